"""Choose, rank and cover: which of the drafted questions a bank keeps, and in what order.

A teacher's quiz asks every key point once before it asks any point twice,
asks the most important points first, and does not ask one sentence over and
over.  ``select`` takes every question generation made, each with the point
it asks and that point's importance, and returns the bank:

1. points in order of importance (text order among equals);
2. round one takes each point's best question (the kind that fits the point
   best: a list is recalled, a definition blanked), round two each point's
   second question, and so on;
3. a sentence (white space and punctuation aside, so a line quoted twice in
   one input counts as one sentence) carries at most ``per_sentence``
   questions, and the same question on it (kind and answer) is asked once;
4. ``limit`` keeps the first N of that order.

The order of kinds per point kind and the cap are policy (``policy.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..model import Question

_NOT_TEXT = re.compile(r"[\s\W_]+")


@dataclass(frozen=True)
class Candidate:
    """A drafted question with what ranks it: the point it asks (an identity), its importance and
    its place in text order."""

    question: Question
    point: tuple[str, ...]
    importance: float
    order: int


def sentence_key(q: Question) -> str:
    """What the per-sentence cap counts: the source sentence without white space and punctuation."""
    return _NOT_TEXT.sub("", q.source.sentence)


def _by_point(cands: Sequence[Candidate], prefer: Mapping[str, Sequence[str]]) -> list[list[Candidate]]:
    """The candidates grouped by point, points most important first, each point's questions in the
    order its kind prefers (then text order)."""
    groups: dict[tuple[str, ...], list[Candidate]] = {}
    for c in cands:
        groups.setdefault(c.point, []).append(c)

    def rank(c: Candidate) -> tuple[int, int]:
        kinds = list(prefer.get(c.question.point_kind, ()))
        k = c.question.kind
        return (kinds.index(k) if k in kinds else len(kinds), c.order)

    ordered = [sorted(g, key=rank) for g in groups.values()]
    ordered.sort(key=lambda g: (-g[0].importance, min(c.order for c in g)))
    return ordered


def select(cands: Sequence[Candidate], *, per_sentence: int | None, prefer: Mapping[str, Sequence[str]],
           limit: int | None = None) -> list[Question]:
    """The bank's questions, ranked and covering (see the module docstring).  ``per_sentence`` None
    lifts the cap; ``limit`` None keeps every question that the cap lets through."""
    groups = _by_point(cands, prefer)
    used: dict[str, int] = {}
    asked: set[tuple] = set()  # (kind, sentence, answer): a line stated twice is asked once
    out: list[Question] = []
    depth = max((len(g) for g in groups), default=0)
    for round_ in range(depth):
        for g in groups:
            if round_ >= len(g):
                continue
            q = g[round_].question
            key = sentence_key(q)
            same = (q.kind, key, q.answer)
            if same in asked or (per_sentence is not None and used.get(key, 0) >= per_sentence):
                continue
            asked.add(same)
            used[key] = used.get(key, 0) + 1
            out.append(q)
            if limit is not None and len(out) >= limit:
                return out
    return out
