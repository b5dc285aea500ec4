"""A figure or target of a fact (增长6.5%左右, 城镇新增就业1100万人以上) as a single choice: the wrong options a
ladder of the same unit around it, as human question banks set them (50%/60%/70%/80%; 一个月/三个月/六个月),
never a figure the stem shows.  Policy (the spread of the ladder) is ``figure_options`` in policy.yaml."""

from __future__ import annotations

import re
from decimal import Decimal

from .false_figures import range_ends, series_neighbours
from .option_sets import odd_wrong_head
from .policy import POLICY
from .odd_option import odd_affix
from .vocab import alternation

_OPTIONS = POLICY["figure_options"]
# The ladder's step is about this share of the figure, rounded to a 1/2/5 step: near enough to be believed,
# far enough apart that only the text tells them apart (6.5% -> 6%/6.5%/7%/7.5%; 3500亿元 -> 2500…4000).
SPREAD: Decimal = Decimal(str(_OPTIONS["spread"]))
# A share past this is no share a text sets (110%), nor is a ladder step below zero.
SHARE_MAX: int = _OPTIONS["share_max"]
# A share from this on is near full: its ladder's step stays within its room to SHARE_MAX (99% -> 96%/97%/98%).
SHARE_NEAR_FULL: int = _OPTIONS["share_near_full"]
# A figure of this many or more is never set beside one with a digit more: a text writes 1万亿元, not 10000亿元.
DIGITS_GROW: int = 1000

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# The words a change to a new level ends with (policy.yaml figure_change_to: 提高到, 降至, 调整为 …).
_CHANGE_TO = re.compile(f"(?:{alternation(tuple(POLICY['figure_change_to']))})$")


def figure_ladder(
    number: str, sentence: str, n: int, pick: int, before: str = "", after: str = ""
) -> list[str] | None:
    """``n`` - 1 wrong options for the figure ``number`` (digits and a unit: 6.5%, 1314万人), all of its unit and
    precision, the figure at place ``pick`` % ``n`` of an evenly spaced ladder (else the nearest place below it, then
    above, that leaves every figure positive and apart from the text's); None for a figure
    no ladder fits (an approximate 100多万, an ordinal, a span of years) or when every ladder shows one of the
    sentence's other figures (由30万元提高到50万元: 30万元 is the old level, no wrong option).  ``before`` is the
    sentence up to the figure: after a rise from an old level (由310元提高到) every option is above that level.
    ``after``, the sentence past it, with ``before`` tells a range's other end (5至7名): every option stays inside
    it (false_figures.range_ends)."""
    d = _DIGITS.match(number)
    if d is None or d.start() != 0 or "多" in number or "余" in number:
        return None
    unit = number[d.end():]
    if not unit or unit in ("年", "周年", "日", "天"):
        return None  # (a bare count or a span of years: believable.YEAR_COUNT and teacher.doubled_span say why)
    if ladder_rung(before, after, unit):
        return None
    value = Decimal(d.group())
    step = max(_precision(d.group()), _nice(value * SPREAD))
    share = unit.startswith(("%", "％"))
    low, high = _old_level(before, unit)
    lo, hi = range_ends(before, after, unit)
    floor = reached_target(after, unit)
    if floor is not None and floor < value:
        # (every option above the target the sentence says the figure reached: 48.1% beside 下降40%—45%的目标)
        low = max(low, floor - _finest(d.group()) / 2)
    # (a range's low end bounds the ladder as an old level does, its high end from above: 5至（　　） never 5名)
    low = max(low, lo) if lo is not None else low
    if hi is not None:
        high = min(high, hi - _finest(d.group())) if high is not None else hi - _finest(d.group())
    # (near an old level the ladder narrows so that the figure need not stand at its end: 310元 -> 320/330/340/350)
    gap = min(value - low if low else step * n, high - value if high is not None else step * n)
    step = min(step, max(_precision(d.group()), _nice(gap / 2)))
    if value - step <= low and step >= 10:
        step /= 2  # (100万人 among 200万人、300万人… is always the lowest, option A: 50万人、100万人、150万人 is not)
    if share and SHARE_NEAR_FULL <= value < SHARE_MAX:
        # (a near-full share's wrong values stay as close below 100 as it is: 99% among 96%/97%/98%, not 84%/89%/94%,
        # and never 100% itself, a full share no text sets beside 99%以上)
        step = min(step, max(_finest(d.group()), _nice(Decimal(SHARE_MAX) - value)))
        high = min(high, Decimal(SHARE_MAX) - _finest(d.group())) if high is not None else Decimal(SHARE_MAX) - _finest(d.group())
    if share:
        high = min(high, Decimal(SHARE_MAX)) if high is not None else Decimal(SHARE_MAX)
    # (the seeded place first, then the places below it, then those above: a place the step leaves no positive
    # figure below takes a finer step, and a figure too small for one moves down only as far as it must, so that
    # a small figure is not option A whatever the seed)
    pick %= n
    for i in [*range(pick, -1, -1), *range(pick + 1, n)]:
        at = _step_at(value, step, i, low, _finest(d.group()))
        if at is None or (high is not None and value + at * (n - 1 - i) > high):
            continue
        ladder = [value + at * (j - i) for j in range(n) if j != i]
        wrong = [_as_given(v, d.group()) + unit for v in ladder]
        # (10000亿元 beside 8000亿元 is no figure a text writes, it says 1万亿元: false_figures._as_round)
        longer = value >= DIGITS_GROW and any(len(str(int(v))) > len(str(int(value))) for v in ladder)
        # (a row crossing a leading digit, 3.63、4.13、4.63 beside 5.13, sets one option apart by its opening: lint's
        # odd_affix and odd_wrong_head would drop the question, another place of the figure may keep it)
        told = odd_affix("single", [number], wrong) or odd_wrong_head("single", [number], wrong)
        if not longer and not told and not any(_shows(sentence, w) for w in wrong):
            return wrong
    return None


def ladder_rung(before: str, after: str, unit: str) -> bool:
    """Whether a figure of ``unit`` between ``before`` and ``after`` is a rung of a ladder: a series of figures of its
    unit (false_figures.series_neighbours) that its clause calls steps (连跨5万亿元、6万亿元两个台阶: policy.yaml
    figure_options.ladder_words), whose other rung gives the figure away."""
    if series_neighbours(before, after, unit) == (None, None):
        return False
    clause = re.split("[，,；;。]", after)[0]
    return any(w in clause for w in _OPTIONS["ladder_words"])


def ladder_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` a blank of the figure ``text[start:end]`` takes: the whole ladder when the figure is a rung
    of one (ladder_rung: 连跨（5万亿元、6万亿元）两个台阶, the blank teachers ask for, 两空都留), else the figure."""
    d = _DIGITS.match(text, start)
    unit = text[d.end():end] if d is not None else ""
    if not unit or not ladder_rung(text[:start], text[end:], unit):
        return start, end
    rung = rf"\d+(?:\.\d+)?(?:{re.escape(unit)})?"
    while (m := re.search(rf"(?<![\d.]){rung}、$", text[:start])) is not None:
        start = m.start()
    while (m := re.match(rf"、\d+(?:\.\d+)?{re.escape(unit)}", text[end:])) is not None:
        end += m.end()
    return start, end


_REACHED = re.compile(f"(?:{alternation(tuple(_OPTIONS['reached']))})")


def reached_target(after: str, unit: str) -> Decimal | None:
    """The highest figure of ``unit`` in the clause of ``after`` (the sentence past a figure) that says the figure
    reached or passed a target (提前完成下降40%—45%的目标: 45; policy.yaml figure_options.reached), else None, also for
    a target that is a cap (控制在3%以内: ``capped``).  Only the figure's own clause and the next are read."""
    if not unit:
        return None
    near = "，".join(re.split("[，,；;。]", after)[:2])
    m = _REACHED.search(near)
    if m is None:
        return None
    clause = re.split("[，,；;。]", near[m.end():])[0]
    if any(w in clause for w in _OPTIONS["capped"]):
        return None
    found = [Decimal(x) for x in re.findall(rf"(\d+(?:\.\d+)?)(?={re.escape(unit)}|[—―－～~-]\d)", clause)]
    return max(found) if found else None


def _shows(sentence: str, figure: str) -> bool:
    """Whether ``sentence`` states ``figure`` as a figure of its own: 97.7万人 is none of 1697.7万人 (a ladder that
    stops there would leave the key at its bottom, the wrong values above it, less often than the seed says)."""
    return re.search(rf"(?<![\d.]){re.escape(figure)}", sentence) is not None


def _step_at(value: Decimal, step: Decimal, place: int, low: Decimal, finest: Decimal) -> Decimal | None:
    """The ladder's step when ``value`` stands at ``place`` (0 the lowest): ``step`` when the ``place`` figures
    below it stay above ``low``, else the largest 1/2/5 step that keeps them so (100万人 at the top: 40万人、60万人、
    80万人), never finer than ``finest`` (see ``_finest``); None when none does."""
    if value - step * place > low:
        return step
    if place == 0:
        return None  # (a figure of zero, or at the old level itself: no step puts it above it)
    room = (value - low) / place
    at = _nice(room)
    if at == room:
        at = _nice(room - finest / 2)  # (the lowest figure would be the old level itself, or zero)
    return at if at >= finest else None


def _finest(digits: str) -> Decimal:
    """The finest ladder step for a figure given as ``digits``: its last digit's unit when it has decimals
    (6.5 -> 0.1), else 1 (3% never beside 2.5%; 30% at the top of its row beside 15%、20%、25%, 100万人 beside
    40万人、60万人、80万人: the step stays the largest 1/2/5 one that leaves the figures below it positive)."""
    return _precision(digits) if "." in digits else Decimal(1)


def _old_level(before: str, unit: str) -> tuple[Decimal, Decimal | None]:
    """The range a new level stands in after a change from an old one, when ``before`` ends with a change word
    (提高到, 降低到: policy.yaml figure_change_to) and its clause says a figure of ``unit`` (由每人每月310元): above
    the old level after a rise, below it after a fall (a wrong option on the other side is absurd beside the
    text's 提高).  Else (0, None): any positive figure."""
    change = _CHANGE_TO.search(before)
    clause = re.split("[，。；：]", before)[-1]
    found = [Decimal(m.group(1)) for m in re.finditer(r"(\d+(?:\.\d+)?)" + re.escape(unit), clause)]
    if change is None or not found:
        return Decimal(0), None
    if change.group().startswith(tuple(_OPTIONS["rises"])):
        return max(found), None
    if change.group().startswith(tuple(_OPTIONS["falls"])):
        return Decimal(0), min(found)
    return Decimal(0), None


def _precision(digits: str) -> Decimal:
    """The unit of the last digit a figure is given in (6.5 -> 0.1, 30 -> 10, 1314 -> 1)."""
    if "." in digits:
        return Decimal(1).scaleb(-(len(digits) - digits.index(".") - 1))
    n, unit = int(digits), 1
    while n and n % (unit * 10) == 0:
        unit *= 10
    return Decimal(unit)


def _nice(x: Decimal) -> Decimal:
    """``x`` rounded down to a 1, 2 or 5 times a power of ten (0.65 -> 0.5, 131 -> 100, 350 -> 200)."""
    if x <= 0:
        return Decimal(0)
    power = Decimal(1).scaleb(x.adjusted())
    return max(m * power for m in (1, 2, 5) if m * power <= x)


def _as_given(v: Decimal, digits: str) -> str:
    """``v`` with as many decimals as ``digits``, except that a figure given in halves (6.5) sets its whole
    neighbours without them (6%、6.5%、7%, as banks print them, not 6.0%)."""
    if "." not in digits:
        return str(int(v))
    places = len(digits) - digits.index(".") - 1
    text = f"{v:.{places}f}"
    return text.rstrip("0").rstrip(".") if digits.endswith("5") and places == 1 else text


# A rule's time limit (15日内): the units with a conventional list of limits, and the bounds that make a figure one.
DEADLINE_LADDERS: dict[str, list[int]] = _OPTIONS["deadline_ladders"]
DEADLINE_BOUNDS: tuple[str, ...] = tuple(_OPTIONS["deadline_bounds"])
_DEADLINE = re.compile(r"(?<![0-9.])([0-9]+)(" + "|".join(sorted(map(re.escape, DEADLINE_LADDERS), key=len, reverse=True)) + ")$")


def deadline_ladder(number: str, sentence: str, after: str, pick: int, n: int) -> list[str] | None:
    """``n`` - 1 wrong options for the time limit ``number`` (15日) followed by ``after`` (内…), or None when it is
    no limit (no bound after it, a unit with no list, a value off its unit's list) or when no ``n`` consecutive
    values of the list hold it without one the ``sentence`` shows elsewhere.  The window is the one at place
    ``pick`` among those that fit, so the answer's place varies with the seed (``pick`` % ``n``: the answer's place, as figure_ladder's)."""
    m = _DEADLINE.fullmatch(number)
    if m is None or not after.startswith(DEADLINE_BOUNDS):
        return None
    value, unit = int(m.group(1)), m.group(2)
    ladder = DEADLINE_LADDERS[unit]
    if value not in ladder:
        return None
    shown = {int(x) for x in re.findall(rf"(?<![0-9.])([0-9]+){re.escape(unit)}", sentence)} - {value}
    i = ladder.index(value)
    windows = [ladder[s : s + n] for s in range(max(0, i - n + 1), min(i, len(ladder) - n) + 1)]
    windows = [w for w in windows if len(w) == n and not shown & set(w)]
    # (as for a ladder: a window whose other values all end alike apart from the answer, 15日 among 30日、60日、90日,
    # is dropped by lint's odd_affix, another window may keep the question)
    windows = [w for w in windows if not (odd_affix("single", [number], wrong := [f"{v}{unit}" for v in w if v != value])
                                          or odd_wrong_head("single", [number], wrong))]
    if not windows:
        return None
    place = pick % n  # (the answer's place among the options, as figure_ladder's: not always the largest)
    w = min(windows, key=lambda w: (abs(w.index(value) - place), w.index(value)))
    return [f"{v}{unit}" for v in w if v != value]


def deadline_cut(item: str, text: str, end: int) -> bool:
    """Whether ``item``, standing in ``text`` up to ``end``, is a rule's time limit cut before its bound (15日|内): the
    segmenter reads 日内 as one word, yet 15日 is a whole option (lint's cut-word check lets it pass)."""
    return _DEADLINE.fullmatch(item) is not None and text.startswith(DEADLINE_BOUNDS, end)
