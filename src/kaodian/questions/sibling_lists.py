"""Wrong options of a list question from its sibling lists (issue 12: distractors of the same class).

A charter lists 教师享有下列权利 and, in the next article, 教师应当履行下列义务; a plan lists the steps of two
meetings' procedures.  A teacher sets the duties beside the rights and one meeting's steps beside the other's:
the same kind of thing, plausible, clearly not in the list.  Items of lists about something else (a
department's duties among procedure steps, a working group's founding among rights) are struck out at a
glance (session 15's blind teacher: 干扰项…不是程序步骤，一眼即可排除; 应换成似是而非的项，如教师义务条目).

Two lists of one article are siblings when the words naming them (the clause that announces the items,
read as label_echo reads a list's name: nouns that are not the genre's generic words, nor the title's) share
one and each has one the other lacks (权利 / 义务): then they ask different things even under one heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .label_echo import GENERIC, TOPIC_TAGS, WORD_MIN

if TYPE_CHECKING:
    from .drafting import Ctx

_CLAUSE = re.compile("[，,。；;！？\n]")
_CJK = re.compile("[\u4e00-\u9fff]")


def _name(text: str, p) -> set[str]:
    """The topic words before a list's first item in its sentence: what names it (教师享有下列权利：), read
    as label_echo reads a stem's (its nouns of WORD_MIN characters or more, not GENERIC)."""
    return set(_name_words(text, p))


def _name_words(text: str, p) -> list[str]:
    """``_name``'s words in the order the lead says them."""
    from ..segment import tag  # (the one tokenizer, loaded on first use)

    if not p.items:
        return []
    # (the clause that announces the items: a long lead's earlier clauses say other things)
    lead = re.split("[：:]", text[p.sentence.start : p.items[0].start])[0]
    lead = next((c for c in reversed(_CLAUSE.split(lead)) if _CJK.search(c)), "")
    words = [w for w, t in tag(lead) if t in TOPIC_TAGS and len(w) >= WORD_MIN and w not in GENERIC and not w.isascii()]
    return list(dict.fromkeys(words))


def siblings(text: str, points, p, title: str = "") -> list:
    """The lists among ``points`` (of the document ``text``) that are siblings of the list ``p``, in text order.
    A word of the ``title`` names what the whole text is about (机关 in a talk to an office's staff): it
    makes no two lists siblings."""
    own = {w for w in _name(text, p) if w not in title}
    return [q for q in points if own and q.kind == "enumeration" and q is not p and q.article == p.article
            and (other := _name(text, q)) & own and other - own and own - other]


def same_holder_items(ctx: "Ctx", cores: Callable[[object], list[str]]) -> tuple[list[str], list[str]]:
    """The items (``cores``) of the sibling lists of the list point of ``ctx``, those whose name opens with the
    same word as its own first (教师享有下列权利 beside 教师应当履行下列义务: one holder's duties beside its
    rights); and apart, the items of its other siblings of the same class (whose name ends with the same
    word: 学生享有下列权利 beside 教师享有下列权利).  Another holder's rights beside
    a holder's (a school's beside a pupil's, a teacher's beside an education bureau's) are no kin of the keys:
    session 15's blind teacher struck them out (显然只有学校能做，学生不可能享有; 取自教师权利，用于教育局明显不合理).

    Worked out once per point and ``cores`` (``RunCache.holders``): a list's single and multiple choice ask it
    for every key tried and every draw of keys, and each time it segmented the name of every list of the
    document.  The lists returned are shared: never changed by whoever reads them."""
    memo = ctx.cache.holders
    key = (ctx.doc_key, id(ctx.point), cores)
    got = memo.get(key)
    if got is None or got[0] is not ctx.point:
        # (the point is kept beside its items: an id is never another object's while it lives)
        got = memo[key] = (ctx.point, _same_holder_items(ctx, cores))
    return got[1]


def _same_holder_items(ctx: "Ctx", cores: Callable[[object], list[str]]) -> tuple[list[str], list[str]]:
    points = ctx.material.points.get(ctx.doc_key, ())
    title = "".join(a.title or "" for a in ctx.doc.articles)
    text, p = ctx.doc.text, ctx.point
    sibs = siblings(text, points, p, title)
    def name(q) -> list[str]:
        return [w for w in _name_words(text, q) if w not in title]

    own = name(p)
    same = [q for q in sibs if own and name(q)[:1] == own[:1]] or sibs
    # (another holder's list of the same class: its name ends as this one's, 权利 beside 权利)
    other = [q for q in sibs if q not in same and own and name(q)[-1:] == own[-1:]]
    kin = list(dict.fromkeys(c for q in [*same, *(q for q in sibs if q not in same and q not in other)] for c in cores(q)))
    return kin, [c for q in other for c in cores(q) if c not in kin]
