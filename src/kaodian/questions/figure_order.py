"""Options that are all figures of one shape (2000年、2002年、2003年; 三年、五年) stand in ascending order,
as a teacher prints them: a shuffled row of years reads as careless (年份选项顺序杂乱), and the order
of a figure row gives nothing away because every figure of the row is in it."""

from __future__ import annotations

import re
from typing import Sequence

# One figure: Arabic digits (with a decimal part) or a run of Chinese numerals.
_FIGURE = re.compile(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+")
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def _chinese(run: str) -> float | None:
    """The value of a Chinese numeral run (十五 -> 15, 二〇二五 -> 2025, 一百二十 -> 120), None when
    it is no numeral a reader would take for one (百 alone)."""
    if all(c in _DIGITS for c in run):  # a year written digit by digit: 二〇二五
        return float("".join(str(_DIGITS[c]) for c in run))
    total, digit = 0, None
    for c in run:
        if c in _DIGITS:
            digit = _DIGITS[c]
        else:
            total += (1 if digit is None else digit) * _UNITS[c]
            digit = None
    total += digit or 0
    return float(total) if total else None


chinese_numeral = _chinese  # (the public name: review_shapes reads a list's counted tail, 等十个, with it)


def _shape(option: str) -> tuple[str, tuple[float, ...]] | None:
    """(the option with its figures replaced by a mark, their values in order), or None when it holds
    none, or a run of numerals that is no figure."""
    found = list(_FIGURE.finditer(option))
    if not found:
        return None
    values = []
    for m in found:
        value = float(m.group()) if m.group()[0].isdigit() else _chinese(m.group())
        if value is None:
            return None
        values.append(value)
    return _FIGURE.sub("#", option), tuple(values)


def ascending(options: Sequence[str]) -> list[str]:
    """``options`` in ascending order of their figures (the first deciding: 2003年6月 before 2004年1月)
    when every option says figures in the same words (2003年 beside 2005年, not 2003年 beside 十六大);
    otherwise unchanged."""
    shapes = [_shape(o) for o in options]
    if len(options) < 2 or any(s is None for s in shapes) or len({s[0] for s in shapes}) != 1:
        return list(options)
    values = [s[1] for s in shapes]
    if len(set(values)) != len(values):
        return list(options)
    return [o for _, o in sorted(zip(values, options))]


def figure_pair(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are two different figures in the same words (1114万人 / 1314万人, 10% / 12%): a
    ladder of a figure's unit, never two wordings of one thing, whatever characters they share."""
    sa, sb = _shape(a), _shape(b)
    return sa is not None and sb is not None and sa[0] == sb[0] and sa[1] != sb[1]


def figure_row(options: Sequence[str]) -> bool:
    """Whether ``options`` are all figures in the same words with distinct values (5000万吨、6000万吨、7000万吨): a
    row a teacher prints in ascending order, in every version of a paper."""
    shapes = [_shape(o) for o in options]
    return (len(options) >= 2 and all(s is not None for s in shapes) and len({s[0] for s in shapes}) == 1
            and len({s[1] for s in shapes}) == len(shapes))
