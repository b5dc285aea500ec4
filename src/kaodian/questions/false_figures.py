"""The figures a false statement may carry: a value changed enough to be wrong and near enough to be
believed, given to the roundness the text gives it (a target of 30% is never changed to 36%)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numerals import is_numeral, next_numeral, numeral, value_of
from .falsehood import whole_share
from .policy import POLICY
from .teacher import SPAN_MIN


_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# The year of a date option (2014年, 2014年10月).
_YEAR = re.compile(r"(\d{4})年")
_RANGE = "|".join(re.escape(m) for m in POLICY["figure_options"]["range_marks"])


# A figure of ten or more changes by this share of itself (up, or down for a share of 50% or more), to the
# precision it is given in: 5.4% -> 6.5%, 218 -> 262, 70.3% -> 56.2%.  Doubled or halved, a blind teacher
# called it mechanical and false at a glance (应改为相近数值).
FIGURE_CHANGE: float = POLICY["figure_change"]


def changed_number(number: str) -> str | None:
    """``number`` with its value clearly changed (one more under ten, else by FIGURE_CHANGE; an ordinal to the rank
    before, which always was: 第二个百年 -> 第一个, never 第三个), None for an approximate one (100多万)."""
    if "多" in number or "余" in number:
        return None
    if number.startswith("第"):
        new = numeral(value_of(number[1]) - 1) if is_numeral(number[1]) and value_of(number[1]) >= 2 else next_numeral(number[1])
        if len(number) > 2 and new is not None and not is_numeral(number[2]):
            return f"第{new}{number[2:]}"
        return None
    d = _DIGITS.match(number)
    if d is None:
        return None
    v = d.group()
    if number[d.end():] in ("年", "周年") and "." not in v and SPAN_MIN <= int(v) < 1000:  # (2017年 is a date)
        # a span of years is never changed: doubled (80年) is beyond the era (teacher.doubled_span), moved
        # by ten (89年前 -> 79年前) it is trivial and depends on when it was written (believable.YEAR_COUNT)
        return None
    if whole_share(number):
        return None  # a whole (完成率100%, 全覆盖) changed is false at a glance beside what says it is whole
    share = number[d.end():].startswith(("%", "％"))
    factor = 1 - FIGURE_CHANGE if share and float(v) >= 50 else 1 + FIGURE_CHANGE  # (no share past 100%)
    if "." in v:
        places = len(v) - v.index(".") - 1
        new = f"{float(v) * factor:.{places}f}"
        step = 10 ** -places if factor > 1 else -(10 ** -places)
        if new == v or _permuted(new, v):
            # (13.6 -> 16.3 reads as two digits swapped, as 452 -> 542 does: session 20's teacher, 把数字颠倒)
            new = f"{float(new) + step:.{places}f}"
    elif int(v) < 10:
        new = str(int(v) + 1)
    else:
        new = str(_as_round(int(v), max(int(v) + 1, round(int(v) * factor)) if factor > 1 else round(int(v) * factor)))
        if _permuted(new, v):
            # (452 -> 542 reads as two digits swapped: a test of a learner's eye, not of what the text says)
            new = str(int(new) + _unit(int(new)))
    return new + number[d.end():]


# A figure whose change the sentence already states is changed again, at most this many times more (5% -> 6% beside
# 规上工业增长6%: 7%): the sentence's first change is no false statement (the sentence says it of something else,
# and a learner who sees it there answers by the eye), a further one still a target a learner could believe.
FIGURE_STEPS = 2


def changed_number_beside(number: str, sentence: str, at: int | None = None) -> str | None:
    """``number`` changed (``changed_number``) to a figure ``sentence`` does not state, or None: a target list's
    headline 5% whose change 6% the list gives another target becomes 7% (session 23: the 主要预期目标 of two provincial
    reports were never asked false).  An ordinal is changed once only (第一个 -> 第二个 beside 第二个 goes back).
    With ``at``, where ``number`` stands in ``sentence``: None when the sentence states the figure again elsewhere
    (3人以上的村… ；不足3人的: the kept one gives the change away and contradicts it, session 23's blind teachers),
    and a figure at one end of a range (5至7名) is never moved past its other end."""
    if at is not None and _said_elsewhere(number, sentence, at):
        return None
    new = changed_number(number)
    steps = 0 if number.startswith("第") else FIGURE_STEPS
    while new is not None and new in sentence and steps > 0:
        new, steps = changed_number(new), steps - 1
    if new is None or new in sentence or new == number:
        return None
    if at is not None and (d := _DIGITS.match(new)) is not None and (od := _DIGITS.match(number)) is not None:
        # (the unit is the old figure's: 9人 -> 10人 has one digit more)
        before, after, unit = sentence[:at], sentence[at + len(number):], number[od.end():]
        low, high = range_ends(before, after, unit)
        if (low is not None and Decimal(d.group()) <= low) or (high is not None and Decimal(d.group()) >= high):
            return None
        if not keeps_order(Decimal(od.group()), Decimal(d.group()), series_neighbours(before, after, unit)):
            return None
    return new


def series_neighbours(before: str, after: str, unit: str) -> tuple[Decimal | None, Decimal | None]:
    """The figures of ``unit`` right before and after a figure in a series of them (连跨5万亿元、6万亿元两个台阶: (None,
    6) for the 5万亿元, (5, None) for the 6万亿元), ``before`` and ``after`` the sentence either side of it; None where
    the series has no figure on that side.  The figure before may leave its unit to the last (5、6万亿元)."""
    if not unit:
        return None, None
    lead = re.search(rf"(?<![\d.])(\d+(?:\.\d+)?)(?:{re.escape(unit)})?、$", before)
    tail = re.match(rf"、(\d+(?:\.\d+)?){re.escape(unit)}", after)
    return (Decimal(lead.group(1)) if lead else None, Decimal(tail.group(1)) if tail else None)


def keeps_order(old: Decimal, new: Decimal, neighbours: tuple[Decimal | None, Decimal | None]) -> bool:
    """Whether a figure changed from ``old`` to ``new`` stands to each of its series ``neighbours`` (series_neighbours)
    as ``old`` did: a ladder the sentence states keeps rising (连跨5万亿元、6万亿元 never 7万亿元、6万亿元, session 27's
    blind teachers: 台阶顺序颠倒，一眼看出), nor does a changed figure equal its neighbour."""
    for other in neighbours:
        if other is not None and ((new > other) != (old > other) or other == new):
            return False
    return True


def range_ends(before: str, after: str, unit: str) -> tuple[Decimal | None, Decimal | None]:
    """The other end of the range a figure of ``unit`` stands at, between ``before`` and ``after`` (policy.yaml
    figure_options.range_marks): (5, None) for the 7名 of 委员5至7名, (None, 7) for the 5名 of 5名至7名, else
    (None, None).  Any option or change of the figure stays strictly inside it: 5至5名 is no range."""
    lead = re.search(rf"(\d+(?:\.\d+)?)(?:{re.escape(unit)})?(?:{_RANGE})$", before) if unit else None
    tail = re.match(rf"(?:{_RANGE})(\d+(?:\.\d+)?)", after)
    return (Decimal(lead.group(1)) if lead else None, Decimal(tail.group(1)) if tail else None)


def inside_range(before: str, after: str, edits: list[str]) -> list[str]:
    """The ``edits`` (wrong options) of a year that stands at one end of a span of years (2012—（　　）;
    （　　）—2017年), ``before`` and ``after`` the text either side of it, without those at or past the span's
    other end: a span that ends before it begins is false at a glance (rate32's blind teachers: 干扰项“2011年”
    与“2012—”构成逻辑不可能的区间).  The edits of a year in no span as they are."""
    lo, hi = range_ends(before, after, "年")
    if lo is None and hi is None:
        return edits
    kept = []
    for e in edits:
        m = _YEAR.search(e)
        year = int(m.group(1)) if m else None
        if year is not None and (lo is None or year > lo) and (hi is None or year < hi):
            kept.append(e)
    return kept


def _said_elsewhere(number: str, sentence: str, at: int) -> bool:
    """Whether ``sentence`` states the figure ``number`` (digits and unit) outside [at, at + len(number))."""
    return any(m.start() != at for m in re.finditer(rf"(?<![\d.]){re.escape(number)}", sentence))


def _permuted(new: str, old: str) -> bool:
    """Whether the figure ``new`` has the digits of ``old`` in another order (452 -> 542, 13.6 -> 16.3)."""
    return sorted(new.replace(".", "")) == sorted(old.replace(".", ""))


def _unit(n: int) -> int:
    """The place of ``n``'s last nonzero digit (540 -> 10, 542 -> 1)."""
    unit = 1
    while n % (unit * 10) == 0:
        unit *= 10
    return unit


def _as_round(old: int, new: int) -> int:
    """``new`` rounded to the unit ``old`` is given in (30 -> 40, not 36; 8000 -> 10000, not 9600; 1300 -> 1600):
    a round target changed to an unround figure reads as made up (session 15: “36%”不像政策目标的取整数，易看出
    是改出来的).  A unit that rounds the change away is a tenth as large (100 -> 120); a change that would add a
    digit goes down instead (8000 -> 6000)."""
    unit = 1
    while old % (unit * 10) == 0:
        unit *= 10
    while unit > 1:
        got = round(new / unit) * unit
        if len(str(got)) > len(str(old)):
            got = 2 * old - got  # (8000 -> 6000: 10000亿元 is no figure a text writes; a change down instead)
        if got != old and got > 0:
            return got
        unit //= 10
    return new
