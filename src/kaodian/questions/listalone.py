"""Whether a list stands alone where a stem would name it: under its heading, in its article.

Moved out of ``listlead`` (how a list question names its list): a stem may
name a list by its heading, or say 文章列举了…, only when no other list there
could be meant.  ``named_alone`` and ``alone_in_article`` say so;
``shares_heading`` says another enumeration stands under the same heading.
"""

from __future__ import annotations

import re

from ..model import Point
from .drafting import UNTITLED, Ctx, article_title
from .listnest import MARKER_WIDTH, article_lists, enclosing
from .listsource import SPOKEN
from .vocab import load_vocab

# Words that announce a list (vocab.yaml list_lead).
LIST_LEAD = re.compile(load_vocab().list_lead)


def named_alone(ctx: Ctx) -> bool:
    """Whether the list's heading, or (with none) its article's title, names it alone: no other list
    stands under that heading, or in that article, but the lists under this one's items; or, of the lists
    there, it alone holds the section's paragraphs (1、要把…。2、要让…。: the part's own points, which a
    teacher asks by its heading, beside a list inside a paragraph)."""
    p, text = ctx.point, ctx.doc.text
    points = article_lists(ctx)
    if enclosing(ctx, p) is not None:
        return False  # a list under an item of another: the heading names the outer one
    if p.heading:
        where = lambda q: (q.article, q.section) == (p.article, p.section)  # noqa: E731
    elif article_title(ctx.doc, p.article) != UNTITLED:
        where = lambda q: q.article == p.article  # noqa: E731
    else:
        return False
    top = [q for q in points if where(q) and enclosing(ctx, q) is None]
    if len(top) == 1:
        return True
    held = [q for q in top if _holds_paragraphs(q, text)]
    if not (len(held) == 1 and (held[0].start, held[0].end) == (p.start, p.end)):
        return False
    # never beside another list of as many items that no lead of its own announces: 关于“…”…哪五点 where
    # the part holds two lists of five is a riddle (teacher review)
    return not any(len(q.items) == len(p.items) and not _announces(q) for q in top if q is not held[0])


def _announces(q: Point) -> bool:
    """Whether a list's own lead announces it (以下, 三点要求, 我提三点希望), so a reader tells it apart."""
    return q.sentence.end <= q.items[0].start and bool(LIST_LEAD.search(q.sentence.text) or SPOKEN.search(q.sentence.text))


def alone_in_article(ctx: Ctx) -> bool:
    """Whether no other list stands in the list's article, but the lists under its items: then even
    文章列举了… says which list it asks."""
    return sum(1 for q in article_lists(ctx) if enclosing(ctx, q) is None) == 1 and enclosing(ctx, ctx.point) is None


def _holds_paragraphs(q: Point, text: str) -> bool:
    """Whether every item of ``q`` opens a paragraph: the list is the outline of its section."""
    return all(s.start - text.rfind("\n", 0, s.start) <= MARKER_WIDTH + 1 for s in q.items)


def shares_heading(ctx: Ctx) -> bool:
    """Whether another enumeration stands under the same heading of the same article."""
    p = ctx.point
    points = ctx.material.points.get(ctx.doc_key, ())
    return sum(1 for q in points if q.kind == "enumeration" and (q.article, q.section) == (p.article, p.section)) > 1
