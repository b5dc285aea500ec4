"""Whether a list named in a stem by the item of another list it stands under (listlead's
``list_parent``) is that item's list, so that a 多项选择题 may ask it by that name.

Blind teachers (session 11) rejected multiple choices whose stem named the list by the wrong label:

- the list has a lead of its own that ends in a colon (当时…叫作“两头在外、大进大出”：一是…二是…; …的
  主要内容：): what it lists is what that lead announces, not the item above (扩大…开放水平);
- the list follows the last item of another list (第一…第六, then （一）…（九）) whose other items
  carry no lists: nothing says whether it belongs to that item or stands beside the whole list
  (题干把“九个坚持”误归于“第六”条).

A list between two items of another list (1. … 一要…二要… 2. …) is that item's list; it is asked.
The recall and cloze questions on such a list are untouched: they name no parent in their options.
"""

from __future__ import annotations

from ..kinds import LIST_KINDS
from .drafting import Ctx
from .sentence import core

_COLONS = "：:"


def misnamed(ctx: Ctx, values: dict[str, str]) -> bool:
    """Whether the list of ``ctx``, named by ``values["list_parent"]``, may be another list than that
    item's: it has a colon lead of its own, or it stands after the last item of the list above it."""
    parent = values.get("list_parent")
    if not parent:
        return False
    p, text = ctx.point, ctx.doc.text
    lead = p.sentence.text.strip() if p.sentence.end <= p.items[0].start else ""
    if lead.endswith(tuple(_COLONS)) and core(lead.rstrip(_COLONS)) not in parent and parent not in lead:
        return True
    points = [q for q in ctx.material.points.get(ctx.doc_key, ())
              if q.kind in LIST_KINDS and q.article == p.article and (q.start, q.end) != (p.start, p.end)]
    first, last = p.items[0].start, p.items[-1].end
    if any(a.start < first and last <= b.start for q in points for a, b in zip(q.items, q.items[1:])):
        return False  # (between two items of a list: the first one's)
    before = [q for q in points if q.items[-1].start < first]
    if not before:
        return False
    above = max(before, key=lambda q: q.items[-1].start)
    item = above.items[-1]
    if any(a.end <= q.start and q.end <= b.start for q in points for a, b in zip(above.items, above.items[1:])):
        return False  # (the items above carry lists of their own: the last one's is its list too)
    line_end = text.find("\n", item.start)
    line = text[item.start: line_end if line_end >= 0 else len(text)].rstrip("*＊ ")
    return not line.endswith(tuple(_COLONS))  # (an item ending in a colon announces the list under it)
