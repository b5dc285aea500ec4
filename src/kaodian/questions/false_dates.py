"""The dates a false statement may carry: a change a learner could believe, never a year off by one."""

from __future__ import annotations

import re

from .distractors import DATE


# A false statement's date moves by at least this many years: a year off by one or two (2004 -> 2003)
# reads as a slip of memory, not as another event a learner could believe (issue 12's review).
FALSE_YEAR_SHIFT = 3


def false_date_edits(text: str) -> list[str]:
    """The dates a false statement may put for the first date of ``text``: its year moved by
    FALSE_YEAR_SHIFT or more, earlier first (an earlier date is always a past one), month and day
    kept (a month or a day moved is as trivial as a year off by one)."""
    m = DATE.search(text)
    if not m:
        return []
    y = int(m.group(1))
    rest = m.group()[len(m.group(1)) :]
    return [text.replace(m.group(), f"{y + dy}{rest}", 1) for dy in (-FALSE_YEAR_SHIFT, -5, FALSE_YEAR_SHIFT)]


def trivial_date_change(old: str, new: str) -> bool:
    """Whether ``new`` is the date ``old`` with only its year, month or day moved by one (2004年 ->
    2003年, 2016年9月 -> 2016年8月): what the review rejected.  Generation keeps a wider margin
    (FALSE_YEAR_SHIFT); lint flags only this, the change no teacher takes for another fact."""
    a, b = DATE.fullmatch(old), DATE.fullmatch(new)
    if a is None or b is None:
        return False
    diffs = [(int(x), int(y)) for x, y in zip(a.groups(), b.groups()) if x is not None and y is not None and x != y]
    if len(diffs) != 1:
        return False
    (x, y), = diffs
    return abs(x - y) == 1


# A count of years followed by the span it counts (14年（1949－1963）): the bracket states the answer.
_SPAN_AFTER = re.compile(r"^[（(]\d{4}\s*[－—\-~～至到]+\s*\d{4}")


def span_shown(body: str, at: int, new: str) -> bool:
    """Whether the number ``new`` put at ``at`` in ``body`` is a count of years whose span the
    statement writes right after it in brackets (阿登纳担任总理长达28年（1949－1963）): the change is
    false at a glance."""
    return bool(re.fullmatch(r"\d+年", new)) and bool(_SPAN_AFTER.match(body[at + len(new) :]))
