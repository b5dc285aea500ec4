"""Whether a false statement's change is on THE point of its statement (task tf, session 14).

A blind teacher rejected changes that were off the point or not clearly false (policy in
``swap_point.yaml``):

- a term standing alone in a general exhortation swapped for a sibling the text demands too
  (``bound``: a swap of a lone term needs a word of its clause to bind it);
- a year that frames the statement (2002年以来) or that an anniversary's count gives away
  (2019年…70周年) changed (``frame_year``);
- a term the lexicon does not know swapped for one the lexicon files in a group of another class
  (冰雪经济 among 银发经济、亲子经济 -> 国营经济, an ownership form: ``foreign_class``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("swap_point.yaml")
# What swap_point.yaml holds; every key is required ("re": a regex).
SCHEMA = {"unbound_after": str, "frame_after": "re", "anniversary": "re"}
_CLAUSE_MARKS = re.compile(r"[，。；！？,;!?]")


@lru_cache(maxsize=1)
def policy() -> dict:
    """swap_point.yaml, read and checked once; raises RuleErrors (every problem with file:line)."""
    return load_policy_file(PATH, SCHEMA)


def bound(text: str, start: int, end: int) -> bool:
    """Whether the term ``text[start:end]`` is bound by a word of its clause (its head noun, its predicate,
    的 after it; its verb or modifier before it), rather than standing as a clause of its own (…，全面深化改革，…)."""
    marks = policy()["unbound_after"]

    def free(c: str) -> bool:
        return c in marks or c.isspace()

    return not ((start == 0 or free(text[start - 1])) and (end == len(text) or free(text[end])))


def frame_year(sentence: str, start: int, end: int) -> bool:
    """Whether the year ``sentence[start:end]`` frames its statement (``frame_after``: 2002年以来) or is
    given away by the anniversary its clause counts (``anniversary``: 2019年…70周年)."""
    pol = policy()
    if re.match(pol["frame_after"], sentence[end:]):
        return True
    a = max((m.end() for m in _CLAUSE_MARKS.finditer(sentence, 0, start)), default=0)
    b = m.start() if (m := _CLAUSE_MARKS.search(sentence, end)) else len(sentence)
    return re.search(pol["anniversary"], sentence[a:b]) is not None


def foreign_class(old: str, new: str, series: Iterable[str], siblings: Callable[[str], Iterable[str]]) -> bool:
    """Whether ``new``, put for ``old`` (a term the lexicon files in no group: ``siblings(old)`` is empty),
    is a term the lexicon files in a group that holds neither ``old`` nor any term of ``old``'s ``series``:
    a member of another class that only ends alike (国营经济 beside 银发经济、亲子经济)."""
    if any(True for _ in siblings(old)):
        return False  # (a known term's swaps are its siblings already: falsehood.kin_swap)
    kin = set(siblings(new))
    return bool(kin) and not kin & ({old} | set(series))


def lexicon_siblings(material) -> Callable[[str], tuple[str, ...]]:  # noqa: ANN001 — a distractors.Material
    """The run's lexicon's ``siblings`` (the shipped one extended by the user's), or one that knows none."""
    lex = getattr(material, "lexicon", None)
    return lex.siblings if lex is not None else (lambda term: ())


def on_point(text: str, at: int, old: str, new: str, alone: bool, series: list[str], material) -> bool:  # noqa: ANN001
    """Whether ``new`` may be put for the term ``old`` at ``at`` of ``text`` (a sentence's term swap,
    changes.sentence_change): the term is bound there when it stands ``alone`` without its ``series``
    (``bound``), and ``new`` is of no other class (``foreign_class``)."""
    end = at + len(old)
    return (not alone or bound(text, at, end)) and not foreign_class(
        old, new, series, lexicon_siblings(material))
