"""Which list stands under an item of another (a 1. 2. list under （二）…): worked out once per article.

``named_alone``, ``alone_in_article`` and a list's parent name ask it of every list of an article, each
time for every list: asked afresh it cost the cube of the article's lists and a scan of the text between
any two of them, so a long input (a book, a file of many copies) took hours.  The answers are kept in the
run's cache by document and article.
"""

from __future__ import annotations

import re

from ..kinds import LIST_KINDS
from ..model import Point, Span
from ..rules.parts import RULE as PARTS_RULE
from .drafting import Ctx

# characters a paragraph's own marker may take before its item starts (（一）, 10、, 第三，)
MARKER_WIDTH = 5


def article_lists(ctx: Ctx, article: str | None = None) -> list[Point]:
    """The list points of the article of ``ctx``'s point (or of ``article``), in the document's order."""
    a = ctx.point.article if article is None else article
    # (a text's parts, its top-level headings as one point, is no list the others stand under: each list's
    # section already names its part, rules/parts.py)
    return [q for q in ctx.material.points.get(ctx.doc_key, ()) if q.kind in LIST_KINDS and q.article == a
            and q.rule != PARTS_RULE]


def enclosing(ctx: Ctx, p: Point) -> Span | None:
    """The item of another list of its article that ``p`` stands under (see ``_enclosing``), or None."""
    key = (ctx.doc_key, p.article)
    found = ctx.cache.enclosing.get(key)
    if found is None:
        points, text = article_lists(ctx, p.article), ctx.doc.text
        found = ctx.cache.enclosing[key] = {(q.start, q.end): _enclosing(q, points, text) for q in points}
    return found[(p.start, p.end)] if (p.start, p.end) in found else _enclosing(p, article_lists(ctx, p.article), ctx.doc.text)


def _enclosing(p: Point, points: list[Point], text: str) -> Span | None:
    """The item of another list that ``p`` stands under: ``p`` lies between that item and the next one,
    or after the last item in that item's paragraph."""
    under = []
    for q in points:
        if q.start == p.start and q.end == p.end:
            continue
        under += [a for a, b in zip(q.items, q.items[1:]) if a.start < p.items[0].start and p.items[-1].end <= b.start]
        last = q.items[-1]
        if last.start < p.items[0].start and _next_to(last, p.items[0].start, text):
            under.append(last)
    # the innermost: (二)完善决策机制… holds 1. 强化党委领导职能, which holds the list
    return max(under, key=lambda a: a.start, default=None)


# the label that opens a regulation's article (第二十七条　…): a space after it tells it from a reference (第三条所规定的)
_NEW_ARTICLE = re.compile(r"[ \u3000]*第[一二三四五六七八九十百零〇0-9]+条[ \u3000]+\S")


def _next_to(item: Span, start: int, text: str) -> bool:
    """Whether a list starting at ``start`` follows ``item`` closely enough to stand under it: in the item's
    own paragraph, or in the next one when the item is a paragraph of its own (2. 理顺学院党政关系).  (Line
    breaks are looked for, never counted over the whole stretch between: lists far apart have many.)"""
    first = text.find("\n", item.start, start)
    if first < 0:
        return True
    if text.find("\n", first + 1, start) >= 0 or _NEW_ARTICLE.match(text, first + 1):
        # (a next paragraph that opens a regulation's new article, 第二十七条　…, is no part of the item before it:
        # session 33's grading, a list of 第二十七条 asked as 关于“<the last item of 第二十六条>”)
        return False
    line_end = text.find("\n", item.end)
    return item.start - text.rfind("\n", 0, item.start) <= MARKER_WIDTH + 1 and not text[item.end:line_end].strip("。；;：: ")
