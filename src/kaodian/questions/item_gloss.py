"""A wrong option of a multiple choice on a list that restates one of the list's items: a term of the
sentence that glosses an item (二是要树立正确党史观。X是……) in a wrong option reads as that item said
again, and both raters of session 27 called such a question ambiguous (issue 12)."""

from __future__ import annotations

import re

from .. import segment
from ..model import Span

# A term this long or longer, said in an item's gloss, names that item's own idea; a shorter one
# (历史, 发展, 建设) is the genre's common stock and is said under every item.
GLOSS_TERM_MIN = 4

# A term the text says more often than this names its subject (社会主义 in a textbook's notes), said
# under many points; one said this rarely belongs to the item it glosses (唯物史观 twice in a speech).
GLOSS_TERM_RARE = 3

_STOPS = "。！？；"

_FIGURE = re.compile(r"\d")


def gloss(text: str, item: Span) -> str:
    """The sentence that follows ``item`` in its paragraph ("" when the item ends its paragraph)."""
    i = item.end
    while i < len(text) and text[i] in _STOPS:
        i += 1
    if i >= len(text) or text[i] == "\n":
        return ""
    ends = [j for j in (text.find(c, i) for c in _STOPS + "\n") if j >= 0]
    return text[i:min(ends)] if ends else text[i:]


def under_item(text: str, items: list[Span], wrong: str) -> bool:
    """Whether ``wrong`` holds a noun of GLOSS_TERM_MIN characters or more that the gloss (``gloss``) of an
    item of the list ``items`` says, and the text says rarely (GLOSS_TERM_RARE): it restates that item,
    asked or not, under a stem on the list.  Never
    an option stating a figure: another target or result is wrong by its figure (as arguable.restates)."""
    if _FIGURE.search(wrong):
        return False
    terms = [w for w, t in segment.tag(wrong)
             if len(w) >= GLOSS_TERM_MIN and t.startswith("n") and text.count(w) <= GLOSS_TERM_RARE]
    if not terms:
        return False
    glosses = [gloss(text, s) for s in items]
    return any(t in g for t in terms for g in glosses)
