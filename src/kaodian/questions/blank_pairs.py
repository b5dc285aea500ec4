"""Cloze checks across a stem's blanks taken together (session 12's and 14's blind reviews): two blanks that
leave their clause almost empty (______是______的政治: ``thin_clause``, lint's ``thin_problem``), two blanks side by
side in one series whose order the stem does not tell (``series_mate``), and blanks that share one answer
(学习______…学习______: ``one_of_each_answer``).  The word lists and counts are policy (blank_shapes.yaml)."""

from __future__ import annotations

import re

from .blank_frames import best_subject
from .blank_shapes import MARKER, SHAPES

__all__ = ["SAME_ANSWER_SHARE", "one_of_each_answer", "series_mate", "thin_clause", "thin_problem"]

# A clause two blanks share keeps at least this many characters of its own (blank_shapes.yaml thin_clause_min)
_THIN_MIN: int = SHAPES["thin_clause_min"]
# what may stand between two blanks of one series (blank_shapes.yaml series_joint)
_SERIES_JOINT = re.compile(SHAPES["series_joint"])
# what ends a clause of the stem
_CLAUSE_END = re.compile("[，,；;。：:！？!?]")
_CJK = re.compile("[\u4e00-\u9fff]")


def thin_clause(sentence: str, blanks: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The blank to give up in a clause that two of ``blanks`` (most important first) leave almost empty
    (______是______的政治): the subject it opens with (unless it is the best blank and the other no value of its 是:
    ``blank_frames.best_subject``), else the least important of them; or None.  Blanks (start, end in ``sentence``) joined
    as one series (A、B、C) are a list and keep their clause however little is left of it, as does a clause of quoted words."""
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(sentence)] + [len(sentence)]
    for a, b in zip(cuts, cuts[1:]):
        inside = sorted(x for x in blanks if a <= x[0] and x[1] <= b)
        if len(inside) < 2 or all(_SERIES_JOINT.match(sentence[x[1] : y[0]]) for x, y in zip(inside, inside[1:])) \
                or sentence[: inside[0][0]].count("“") > sentence[: inside[0][0]].count("”"):
            continue  # (a clause of someone's quoted words: who said them to whom frames it, 对子女说：“______是______。”)
        kept = sentence[a:b]
        for x, y in reversed(inside):
            kept = kept[: x - a] + kept[y - a :]
        if len(_CJK.findall(kept)) < _THIN_MIN:
            # a subject the clause opens with gives way first (______应当健全______: the value asserted of it
            # is what the statement teaches), else the less important blank
            if MARKER.fullmatch(sentence[a : inside[0][0]]) and not best_subject(sentence, blanks, inside):
                return inside[0]
            return next(x for x in reversed(list(blanks)) if x in inside)
    return None


def series_mate(sentence: str, blanks: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The less important (by the order of ``blanks``, most important first) of two blanks (start, end in
    ``sentence``) that stand side by side in one series (深入了解其______、______和现实表现), or None.  A
    cloze that is not order-free keys its blanks in order, and which member a learner owes to which blank the
    stem does not say (teachers: 任空两项，顺序不限仍有歧义): a series is blanked one member at a time, or
    whole, or order-free as a term series."""
    ordered = sorted(blanks)
    for x, y in zip(ordered, ordered[1:]):
        if _SERIES_JOINT.match(sentence[x[1] : y[0]]):
            return next(b for b in reversed(list(blanks)) if b in (x, y))
    return None


def thin_problem(sentence: str, blanks: list[tuple[int, int]]) -> str | None:
    """Why the blanks (start, end in ``sentence``) leave a clause of the stem almost empty, or None (lint)."""
    if thin_clause(sentence, blanks) is None:
        return None
    return "几个空挤在同一个短分句里，题干几乎全空、答案不唯一"


def one_of_each_answer(text: str, spans: list[tuple[int, int]], ranked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (text order) less each blank whose answer is that of a more important blank (by ``ranked``,
    best first) in other words: the same without 的 and quotes, its head (行为规范|规范), or most of it
    (世界和平|世界和平发展).  Two members of one series (中央政治局、中央政治局常务委员会) are two answers.
    (Session 14's blind teacher: 两空答案相同互相提示; ask_cloze then drops the cloze whose answer shows in it.)"""
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda ab: ranked.index(ab) if ab in ranked else len(ranked)):
        if not any(_one_answer(text[a:b], text[x:y]) and not _series_neighbours(text, (a, b), (x, y)) for x, y in kept):
            kept.append((a, b))
    return sorted(kept)


# A shorter answer inside a longer one that holds at least this share of it reads as the same answer: a
# learner who fills one has the other (世界和平 of 世界和平发展); a shorter share is another concept (中国 of
# 中国人民).
SAME_ANSWER_SHARE = 2 / 3


def _one_answer(one: str, other: str) -> bool:
    """Whether two blanks' answers are one answer (see one_of_each_answer)."""
    short, long_ = sorted((_bare(one), _bare(other)), key=len)
    if len(short) < 2:
        return False  # (a count said twice, 八个坚持和八个反对: one blank of it would show the other)
    return short == long_ or (short in long_ and (long_.endswith(short) or len(short) >= SAME_ANSWER_SHARE * len(long_)))


def _series_neighbours(text: str, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Whether the blanks x and y stand side by side in one series (A、B, A和B)."""
    (a, b), (c, d) = sorted((x, y))
    return c - b <= 2 and text[b:c] in ("、", "和", "与", "及", "、和")


def _bare(answer: str) -> str:
    """An answer without 的 and quotation marks: how alike two answers read (全市全员核酸, 全市全员的核酸)."""
    return answer.translate(_BARE)


_BARE = str.maketrans("", "", "的“”‘’")
