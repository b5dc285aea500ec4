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
from pathlib import Path
from typing import TYPE_CHECKING

from ..rules.schema import load_policy_file
from .label_echo import GENERIC, TOPIC_TAGS, WORD_MIN
from .list_class import marker_family

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


def counted_twins(ctx: "Ctx", cores: Callable[[object], list[str]]) -> frozenset[str]:
    """The items (``cores``) of the other lists of the point's article that count as many items as its own: a
    single choice asks “one of the four” and a member of another four of the same text is one of them too
    (session 26's blind teachers: 讲话三个部分各讲四点，另两个选项也是某一“四点”之一，答案不唯一)."""
    p = ctx.point
    points = ctx.material.points.get(ctx.doc_key, ())
    own = set(cores(p))
    return frozenset(c for q in points if q.kind == "enumeration" and q is not p and q.article == p.article
                     and len(q.items) == len(p.items) for c in cores(q) if c not in own)


def neighbour_items(ctx: "Ctx", cores: Callable[[object], list[str]]) -> list[str]:
    """The items (``cores``) of the other lists of the point's section whose items are marked as its own
    (list_class.marker_family: 一是… beside 一是…) and whose lead opens as its own does (``parallel_leads``:
    从甲方面看… beside 从乙方面看…), before or after it, never inside it: a section that sets out one side's
    problems in one list and the other side's in the next.  A teacher sets the other list's points beside
    this one's keys: of the same kind and level, plausible, and not said of this list's subject (session 20's
    blind teachers: 换成本节以外的干扰项…如另一部分的要点).  Empty for a list without markers."""
    text, p = ctx.doc.text, ctx.point
    family = {marker_family(text, s.start) for s in p.items}
    if len(family) != 1 or not (level := family.pop()):
        return []
    points = ctx.material.points.get(ctx.doc_key, ())
    near = [q for q in points if q.kind == "enumeration" and q is not p and q.article == p.article
            and q.section == p.section and (q.end <= p.sentence.start or q.start >= p.end) and q.items
            and all(marker_family(text, s.start) == level for s in q.items) and parallel_leads(text, p, q)]
    own = set(cores(p))
    return list(dict.fromkeys(c for q in near for c in cores(q) if c not in own))


# Two leads are parallel when their opening clauses are as long and differ in at most this share of their
# characters (sibling_lists.yaml lead_change).
LEAD_CHANGE: float = load_policy_file(Path(__file__).with_name("sibling_lists.yaml"), {"lead_change": float})["lead_change"]


def parallel_leads(text: str, p, q) -> bool:  # noqa: ANN001 — model.Point
    """Whether the opening clauses of the leads of the lists ``p`` and ``q`` of ``text`` (the text of each
    sentence before its first item, up to its first comma) are parallel (LEAD_CHANGE)."""
    a, b = (_CLAUSE.split(text[x.sentence.start : x.items[0].start].strip(), 1)[0] for x in (p, q))
    if not a or len(a) != len(b) or a == b:
        return False
    return sum(x != y for x, y in zip(a, b)) <= LEAD_CHANGE * len(a)



def _under(parent, q) -> int:  # noqa: ANN001 — model.Point
    """The index of the item of the list ``parent`` that the list ``q`` stands under (after it, before the
    next), or -1 when ``q`` stands under none of them."""
    first = q.items[0].start
    before = [i for i, s in enumerate(parent.items) if s.end <= first]
    if not before or q.sentence.start < parent.items[0].start:
        return -1
    i = before[-1]
    return i if i + 1 == len(parent.items) or q.items[-1].end <= parent.items[i + 1].start else -1


def section_items(ctx: "Ctx", cores: Callable[[object], list[str]]) -> list[str]:
    """The items (``cores``) of the lists that stand under the other items of the list the point's list stands
    under, marked as its own (list_class.marker_family): under （一）以完善某某为重点 / （二）以繁荣某某为重点, each
    with its 1．2．3．, the other part's measures, of the same kind and level and not said of this part's subject
    (session 22's blind teachers: 应换成他节明显不同的标题; 可用另一条他节要点).  Empty for a list under no list."""
    text, p = ctx.doc.text, ctx.point
    family = {marker_family(text, s.start) for s in p.items}
    if len(family) != 1 or not (level := family.pop()):
        return []
    points = [q for q in ctx.material.points.get(ctx.doc_key, ())
              if q.kind == "enumeration" and q.article == p.article and q.section == p.section and q.items]
    def heads(L) -> bool:  # noqa: ANN001 — whether an item of L heads p, no item of another list between them
        i = _under(L, p)
        return i >= 0 and not any(L.items[i].end <= s.start < p.items[0].start for q in points if q not in (p, L) for s in q.items)

    parent = next((L for L in points if L is not p and all(marker_family(text, s.start) != level for s in L.items)
                   and heads(L)), None)
    if parent is None:
        return []
    mine = _under(parent, p)
    near = [q for q in points if q is not p and q is not parent and _under(parent, q) not in (-1, mine)
            and all(marker_family(text, s.start) == level for s in q.items)]
    own = set(cores(p))
    return list(dict.fromkeys(c for q in near for c in cores(q) if c not in own))
