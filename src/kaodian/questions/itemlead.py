"""A list item asked alone, said with the lead that governs it (issue 12, deliverable 4; session 17).

A charter's or a regulation's list (……信访部门……，履行下列职责：（一）受理、转送、交办信访事项；……) has
items with no subject of their own: cut out, “受理、转送、______信访事项。” says neither who acts nor of
what (session 17's blind teachers: 题干毫无上下文（谁提、关于什么），无法唯一作答).  A question writer opens
such a stem with the list's lead (党员必须履行下列义务：……).  ``governing_lead`` finds that lead for an
item with a marker of its own line; ``compose`` puts it before a stem that opens with no subject.  What the
lead may be is policy (anchors.yaml ``item_lead``).
"""

from __future__ import annotations

import re

from .anchors import HEAD_MAX, POLICY, loose_opening

_P = POLICY["item_lead"]
_MARKER = re.compile(_P["marker"], re.M)  # (matched at a line's start inside the text)
_ARTICLE = re.compile(_P["article_label"])
_BELOW = re.compile("|".join(map(re.escape, _P["announcing"])))


def governing_lead(text: str, at: int) -> str | None:
    """The lead (ending in ：) of the list whose item line holds document offset ``at``: the last sentence of
    the nearest line above the list's items that is no item, without an article label (第二十二条), cut to the
    clause that announces the list (…履行下列职责：) and the subject clause before it when the whole is long.
    None when the line at ``at`` is no marked item, no lead ends in a colon, or none is short enough."""
    start = text.rfind("\n", 0, at) + 1
    if not _MARKER.match(text, start):
        return None
    for _ in range(_P["items_max"]):
        if start == 0:
            return None
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1].strip()
        start = prev
        if line and not _MARKER.match(line):
            return _said(line)
    return None


def _said(line: str) -> str | None:
    """The lead a stem opens with, from the line above a list (see ``governing_lead``), or None."""
    if not line.endswith(("：", ":")):
        return None
    sentence = _ARTICLE.sub("", re.split("[。！？]", line[:-1])[-1].strip(), count=1) + "："
    if len(sentence) <= _P["max"] and not loose_opening(sentence):
        return sentence  # (not 它的基本任务是：, 并且必须具备以下的基本条件：: they point outside the stem too)
    clauses = re.split("(?<=[，；])", sentence)
    announcing = next((i for i, c in enumerate(clauses) if _BELOW.search(c)), None)
    if announcing is None:
        return None
    # the subject clause and the clause that announces the list (有关机关……有下列情形之一的，) say enough
    said = clauses[announcing].rstrip("，；")
    if announcing and len(clauses[0]) <= HEAD_MAX:
        said = clauses[0] + said
    said = said.rstrip("：") + "："
    return said if len(said) <= _P["max"] and not loose_opening(said) else None
