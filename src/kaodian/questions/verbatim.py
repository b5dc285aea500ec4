"""Which verbatim-true statements are worth asking: one whose sentence holds a key term.

A true/false statement copied from the text and marked 对 asks only whether the
reader recognises the sentence.  A teacher prints it at most when the sentence
holds something to remember — a formulation, a term series, a document's title,
a figure a test asks — and rejects it for a general line (完善外资促进和服务机制。)
or a heading: every reader marks those true (blind review, session 7).  The point
kinds that make a key term are policy (policy.yaml ``true_key_kinds``).
"""

from __future__ import annotations

from ..model import Extraction, Point
from .policy import POLICY

# the point kinds whose span in a sentence makes it worth asking true (see policy.yaml)
KEY_KINDS: frozenset[str] = frozenset(POLICY["true_key_kinds"])


def key_term_sentences(ex: Extraction) -> frozenset[int]:
    """Where each sentence of ``ex`` that holds a key term starts: a point of ``KEY_KINDS`` lies in it, a
    fact only when one of its figures is no trivia (``rules.figures``)."""
    from ..rules import load_rules

    rules = load_rules()
    return frozenset(p.sentence.start for p in ex.points if p.kind in KEY_KINDS and not (
        p.kind == "fact" and rules.figures.all_trivial(p.sentence.text, rules.importance.quantity)))


def worth_asking_true(p: Point, key_terms: frozenset[int]) -> bool:
    """Whether a statement copied true from the sentence of ``p`` asks a key term (``key_terms``: from
    ``key_term_sentences``)."""
    return p.sentence.start in key_terms
