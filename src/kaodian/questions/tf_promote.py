"""Which points are asked true/false before their other kinds: a point whose statement makes a false one by a change
a learner believes and a teacher prints (false_meetings: which meeting did it; false_roles: which of the text's
parallel roles).  Drafted last, as policy.yaml ``prefer`` puts it, such a statement was never drafted: the point's
first kinds filled its sentence (session 23: the 2017 government work report asked 1 true/false in 294 questions,
rateset26's five texts 4 in 744).  Only the kind after the point's first moves: its first question stays."""

from __future__ import annotations

from .drafting import Ctx, statement_source
from .false_meetings import meeting_change
from .false_roles import role_swap

# The point kinds whose true/false statement is their sentence (a list's is not: its questions name it).
_SENTENCE_POINTS = ("statement", "fact", "formulation", "term_series")


def promoted(ctx: Ctx, kinds: list) -> list:
    """``kinds`` (the point's (kind, templates) in the order it prefers) with true/false second, right after its first
    kind, when the point's statement takes a change of ``strong_change``; else ``kinds`` as they are."""
    at = next((i for i, (k, _) in enumerate(kinds) if k == "truefalse"), None)
    if at is None or at <= 1 or ctx.point.kind not in _SENTENCE_POINTS:
        return kinds
    src = statement_source(ctx)
    if not strong_change(ctx.doc.text, src.start, src.end):
        return kinds
    return [kinds[0], kinds[at], *kinds[1:at], *kinds[at + 1:]]


def strong_change(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says which meeting made a decision or which of a group of parallel roles a term
    plays: its false statement asks that, the point a teacher asks of it."""
    return meeting_change(text, start, end) is not None or role_swap(text, start, end) is not None
