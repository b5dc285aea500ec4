"""Wrong options for a choice on a regulation article's list: whole items of its sibling articles' lists of the same
kind (第四十条 rights beside 第四十二条 rights or 第四十一条 duties), never a clause cut from running text (session
33's grading).  Which leads are of one kind is policy (article_kin.yaml)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..rules.schema import load_policy_file
from .listsource import ARTICLE_LINE

if TYPE_CHECKING:
    from .drafting import Ctx

_P = load_policy_file(Path(__file__).with_name("article_kin.yaml"), {"announce": str, "kinds": [str]})
_ANNOUNCE = re.compile(_P["announce"])
_KINDS = [re.compile(f"^(?:{k})$") for k in _P["kinds"]]


def lead_kind(text: str, p) -> int | None:  # noqa: ANN001 — model.Point
    """The index of the kind (article_kin.yaml ``kinds``) a list's article lead line announces (…有下列权利：), or
    None when the lead line opens no article or announces no known kind."""
    if not p.items:
        return None
    item_line = text.rfind("\n", 0, p.items[0].start) + 1
    lead = text[text.rfind("\n", 0, max(item_line - 1, 0)) + 1 : item_line]
    if not ARTICLE_LINE.match(lead) or not (m := _ANNOUNCE.search(lead)):
        return None
    return next((i for i, k in enumerate(_KINDS) if k.match(m["word"])), None)


def article_kin_items(ctx: "Ctx", cores) -> list[str] | None:  # noqa: ANN001 — cores: Point -> list[str]
    """The items (``cores``) of the other article lists of the point's document whose lead announces the same kind
    ([] when there are none: then its choice is not asked, no clause stands in); None when the point's own lead
    announces no known kind (its wrong options are drawn as any list's)."""
    text, p = ctx.doc.text, ctx.point
    kind = lead_kind(text, p)
    if kind is None:
        return None
    own = set(cores(p))
    return [c for q in ctx.material.points.get(ctx.doc_key, ()) if q is not p and q.kind == "enumeration"
            and lead_kind(text, q) == kind for c in cores(q) if c not in own]
