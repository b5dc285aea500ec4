"""Whether a list has an inherent order: the test of an ordering question (排序题).

"按原文顺序排列" of parallel items (坚持A、坚持B…; 政治意识、大局意识…) tests nothing a
teacher asks: their order is the writer's.  A list's order is a fact only when its
items are stages in time (dates ascending, 第一阶段…第二阶段), steps of a procedure
(先…再…然后…, 首先…随后…最后), a chain its lead names (由…到…, 程序, 步骤), or a
formulation whose order is itself asked (the 指导思想 series).  The words and
patterns are policy (``policy.yaml`` ``ordering``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Point
from ..numerals import value_of
from .policy import POLICY

_P = POLICY["ordering"]
_LEAD = re.compile(_P["lead"])
_TIME = re.compile(_P["time"])
_STEP = re.compile(_P["step"])
_OPENING_TIME = re.compile(r"^(?:到|至|在|从)?(?:" + _P["time"] + r")[^，,、；;。]{0,4}?[，,、]")
# an item left with fewer characters is no stage of its own (到2025年，全面完成): it keeps its time
_MIN_REST = 4
# the characters before an item that may hold its step word (…；然后，…): its marker and joint, not a
# paragraph between two items
_GAP = 12
_OPENS_STEP = re.compile(r"^[\s，,、；;：:。]*(?:" + _P["step"] + ")")


def has_order(point: Point, text: str) -> bool:
    """Whether ``point``'s items (in ``text``, the document) stand in an order a test may ask."""
    items = point.items
    if len(items) < 2:
        return False
    if point.kind == "term_series":
        # a series' sentence is no lead that announces it (…介绍了保研的基本流程; …分三步走): only a known
        # formulation says a series' order is asked
        return _known(tuple(i.text for i in items))
    return (bool(_LEAD.search(point.sentence.text)) or _ascending_times(items) or _steps(items, text)
            or _known(tuple(i.text for i in items)))


def untimed(item: str) -> str:
    """``item`` without the time that opens it (到2035年，基本实现… -> 基本实现…): an ordering question on
    stages whose options show their years asks only that the years ascend."""
    m = _OPENING_TIME.match(item)
    rest = item[m.end():] if m else item
    return rest if len(rest) >= _MIN_REST else item


def _ascending_times(items) -> bool:
    """Every item states a time and the times ascend (到2035年…，到本世纪中叶…)."""
    times = []
    for s in items:
        m = _TIME.search(s.text)
        if not m:
            return False
        year, mid, stage = m.groups()
        times.append(int(year) if year else _P["mid_century"] if mid else value_of(stage))
    return all(a < b for a, b in zip(times, times[1:]))


def _steps(items, text: str) -> bool:
    """Most later items follow the one before: a step word opens them or stands between them."""
    joined = sum(bool(_OPENS_STEP.match(s.text) or _STEP.search(text[max(a.end, s.start - _GAP):s.start]))
                 for a, s in zip(items, items[1:]))
    return joined >= max(1, _P["step_share"] * (len(items) - 1))


@lru_cache(maxsize=1024)
def _known(items: tuple[str, ...]) -> bool:
    """The items are at least three members of a known ordered formulation, one per item, in its order
    (an item is its member with a few words around it: “三个代表”重要思想, not a clause that names it)."""
    for series in _P["known"]:
        places = [next((k for k, m in enumerate(series) if m in item and len(item) <= 2 * len(m) + 2), None)
                  for item in items]
        found = [k for k in places if k is not None]
        if len(found) >= 3 and len(found) == len(items) and found == sorted(set(found)):
            return True
    return False


def known_term_end(item: str) -> int:
    """Where ``item``, a series' last term, ends when it holds a member of a known ordered formulation (policy.yaml
    ordering.known) followed by the sentence's predicate (科学发展观紧密结合 -> 科学发展观: the list ends there, and
    the next word belongs to the stem; session 24's blind teachers: 选项夹带原文“紧密结合”); else ``len(item)``."""
    from .. import segment
    for series in _P["known"]:
        for m in series:
            at = item.find(m)
            end = at + len(m)
            if at >= 0 and end < len(item):
                rest = item[end:].lstrip("”’")
                if rest and any(t in _P["predicate_tags"] for _, t in segment.tag(rest)):
                    return len(item) - len(rest)
    return len(item)
