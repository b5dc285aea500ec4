"""Whether another question of a bank asks what a false statement changed, as a teacher's key point counts it
(issue 12): the 对/错 balance (``tf_share``) turns such a statement first, and the selection (``select``) ranks it
after every point's first turn.  Its own module: both import it."""

from __future__ import annotations

from typing import Iterable

from ..model import Question


def asked_otherwise(q: Question, others: Iterable[Question]) -> bool:
    """Whether another question of ``others`` asks what the false statement ``q`` changed, as a teacher's key point
    counts it: a question of another kind on the same sentence whose keyed text holds the replaced term (its
    explanation's “甲”误作“乙”).  A point id is finer than a teacher's point: a sentence's point may have a cloze
    that keys another of its terms, and turning the statement true (or leaving it out) loses what only it asked
    (issue 12: gaigekaifang-40-speech 45 -> 44).  A statement whose change cannot be read is asked by it alone."""
    from .statements import swap_of  # (statements reads the lexicon: imported when a bank is balanced)

    if (swap := swap_of(q)) is None or not (old := swap[0].strip()):
        return False
    # (on the same sentence: one cited whole by a statement and cut to its clause by a formulation's question starts at the
    # same place, 深刻领悟“两个确立”… beside the single keying 两个确立, so the spans overlapping count, not equal text)
    s = q.source
    return any(o is not q and o.kind != "truefalse" and o.source.document == s.document
               and (o.source.sentence == s.sentence or _overlap(o.source, s))
               and any(old in k for k in o.keyed()) for o in others)


def _overlap(a, b) -> bool:  # noqa: ANN001 — two QuestionSources
    """Whether two sources' spans of one document overlap (a source without its span overlaps nothing)."""
    if None in (getattr(a, "start", None), getattr(b, "start", None)):
        return False
    return a.start < b.end and b.start < a.end
