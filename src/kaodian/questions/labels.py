"""A list's label that names only an aspect (内涵, 基本内容, 如何坚持), said with the thing it is of.

Study notes set a thing's name on a line of its own and its aspects on the lines below it
(党的基本路线 / 内容 / 内涵 / 如何坚持).  A stem quoting the aspect alone (在“内涵”一处) says not of
what; blind teacher reviews asked for the name (“内涵”未说明是党的基本路线的内涵).  ``with_thing`` names
it by the nearest label line above that is no aspect.  The word lists are policy (anchors.yaml,
section ``labels``).
"""

from __future__ import annotations

import re

from ..model import Document
from .anchors import POLICY

_L = POLICY["labels"]
_ASPECTS = frozenset(_L["aspects"])
_ASK_FIRST = tuple(_L["ask_first"])
_CLAUSE = re.compile("[。！？；：，、:;,.!?]")


def is_aspect(label: str) -> bool:
    """Whether ``label`` names only an aspect of something (内涵, 如何坚持？), not the thing."""
    return label.strip().rstrip("？?") in _ASPECTS


def _label_line(line: str) -> bool:
    line = line.strip()
    return 2 <= len(line) <= _L["line_max"] and not _CLAUSE.search(line)


def with_thing(text: str, at: int, label: str, floor: int = 0) -> str:
    """``label`` said with the thing it is an aspect of, named by the nearest label line above ``at`` that
    is no aspect (内涵 -> 党的基本路线的内涵, 如何坚持 -> 如何坚持党的基本路线); ``label`` as it is when
    it is no aspect or no such line stands within ``lines_back`` lines after ``floor`` (the article's
    body start: its title names the whole text, not the thing)."""
    if not is_aspect(label):
        return label
    end = text.rfind("\n", 0, at)
    for _ in range(_L["lines_back"]):
        if end <= floor:
            break
        start = text.rfind("\n", 0, end) + 1
        if start < floor:
            break
        line = text[start:end].strip()
        if _label_line(line) and not is_aspect(line):
            aspect = label.strip().rstrip("？?")
            return f"{aspect}{line}" if aspect.startswith(_ASK_FIRST) else f"{line}的{aspect}"
        end = start - 1
    return label


def heading_with_thing(doc: Document, article_id: str, section: int, heading: str) -> str:
    """A section's ``heading`` said with the thing it is an aspect of (内涵 -> 党的基本路线的内涵), by the
    label lines above the heading; as it is otherwise."""
    if not is_aspect(heading):
        return heading
    for a in doc.articles:
        if a.id == article_id:
            at = next((h.start for h in a.headings if h.number == section), None)
            return heading if at is None else with_thing(doc.text, at, heading, a.start)
    return heading
