"""The words that say how a clause states its claim (始终, 也, 应该), never part of a term (edge_words.yaml): where
the subject of a 是-statement ends, and which words a cloze blank may not begin or end with.  One list for the
extract side (concept_shapes, the 是-side check of rules) and the question side (blank_edges)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .schema import load_policy_file

_P = load_policy_file(Path(__file__).with_name("edge_words.yaml"), {"edge_words": [str], "last_words": [str]})
# at either edge of a blank
EDGE_WORDS: frozenset[str] = frozenset(_P["edge_words"])
# at a blank's end and between a subject and its 是
LAST_WORDS: frozenset[str] = EDGE_WORDS | frozenset(_P["last_words"])


def says_how(word: str, modal: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` stands between a subject and its 是 saying how the sentence states it (始终, 也, 才, or one
    of a rule set's ``modal`` words): a word of the list, never a word the segmenter merely tags an adverb (从严)."""
    return word in LAST_WORDS or word in modal


def edge_run(words: Sequence[str], modal: frozenset[str] = frozenset(), from_end: bool = False) -> int:
    """How many of ``words``, from their start (or their end), say how (``says_how``): the adverbs and modals a
    subject ends before (人民群众|始终|是: one from the end of 人民群众 始终)."""
    n = 0
    for w in (reversed(words) if from_end else words):
        if not says_how(w, modal):
            break
        n += 1
    return n
