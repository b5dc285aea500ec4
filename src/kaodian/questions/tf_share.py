"""How a document's true/false questions stand between 对 and 错: at most TRUE_MAX verbatim copies marked
对 (they teach little), at most FALSE_MAX marked 错 (a learner who answers 错 throughout must not pass).
The drafts are balanced in ``generate``; the selection is capped again here (``cap_true``), since the
per-sentence cap weighs a statement against its sentence's other questions and may leave either side out."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Callable, Sequence

from ..model import Question
from .draws import Draws
from .policy import POLICY

FALSE_MAX: float = POLICY["false_max"]  # see policy.yaml
TRUE_MAX: float = POLICY["true_max"]
FALSE_MAX_SELECTED: float = POLICY["false_max_selected"]
# a statement no change was found for is never asked true (policy.yaml true_needs_change)
TRUE_NEEDS_CHANGE: bool = POLICY["true_needs_change"]


def _true_allowed(false: int) -> int:
    """How many true statements may stand beside ``false`` false ones: at most TRUE_MAX of all."""
    if TRUE_MAX >= 1:  # no cap
        return sys.maxsize
    return int(false * TRUE_MAX / (1 - TRUE_MAX) + 1e-9)


_STABLE = Draws(0, "true")  # a tie-break by the sentence: the same whatever the seed, file name or wording


def cap_true(questions: Sequence[Question], document: Callable[[Question], object],
             importance: Callable[[Question], float], point: Callable[[Question], object]) -> list[Question]:
    """``questions`` (a selection, in rank order) without the true statements beyond TRUE_MAX of each
    document's true/false questions: the selection keeps fewer false statements than were drafted (a
    changed sentence has other questions the per-sentence cap weighs), so a cap before it is not
    enough (issue 12: verbatim copies marked 对 dominated gaigekaifang's bank).  A statement whose
    point is asked in another kind goes first, then the least important; ties by the sentence,
    whatever the seed (the flips are chosen without it, ``_balance_truefalse``).  ``document``,
    ``importance`` and ``point`` read a question's document, rank and point: a library's selection
    keys them otherwise than one run's."""
    asked = Counter(point(q) for q in questions)
    by_doc: dict[object, list[Question]] = {}
    for q in questions:
        if q.kind == "truefalse":
            by_doc.setdefault(document(q), []).append(q)
    drop: set[str] = set()
    for tf in by_doc.values():
        true = [q for q in tf if q.answer == ("对",)]
        keep = _true_allowed(len(tf) - len(true))
        ranked = sorted(true, key=lambda q: (asked[point(q)] == 1, importance(q), _STABLE.rank(q.source.sentence)))
        drop.update(q.id for q in ranked[: max(0, len(true) - keep)])
        drop.update(_excess_false(tf, asked, importance, point))
    return [q for q in questions if q.id not in drop] if drop else list(questions)


def _excess_false(tf: list[Question], asked: Counter, importance: Callable[[Question], float],
                  point: Callable[[Question], object]) -> list[str]:
    """The false statements of one document's selection beyond FALSE_MAX_SELECTED of its true/false questions (the
    per-sentence cap may leave out the true ones the drafts balanced them with): least important first,
    only those whose point another kind still asks, so no point goes unasked."""
    true = sum(q.answer == ("对",) for q in tf)
    false = [q for q in tf if q.answer == ("错",)]
    spare = sorted((q for q in false if asked[point(q)] > 1), key=lambda q: (importance(q), _STABLE.rank(q.source.sentence)))
    n = 0
    while n < len(spare) and len(false) - n > FALSE_MAX_SELECTED * (len(false) - n + true):
        n += 1
    return [q.id for q in spare[:n]]
