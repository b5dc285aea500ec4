"""How a list question names its list: the lead sentence before the items, when it can stand in a stem.

A list question's stem says which list it asks about (“…主要取得了以下几方面成绩”);
when no sentence names it, the template naming the heading or 文章 is used.
"""

from __future__ import annotations

import re

from .. import segment
from ..model import Span
from ..rules.parts import parts_question
from ..kinds import LIST_KINDS
from ..numerals import value_of
from ..text import CLAUSE_END, SENTENCE_END
from .anchors import anchored
from .drafting import UNTITLED, Ctx, article_title
from .labels import heading_with_thing, is_aspect, of_sibling, stem_heading, subject_of, thing_above, with_thing
from .listhead import head, items_cut, says, whole_title
from .listnest import article_lists, enclosing
from .listalone import LIST_LEAD as _LIST_LEAD, named_alone, shares_heading
from .listannounce import (ARTICLE_LABEL, FOLLOWING, FRAME, LEAD_MAX, LEAD_MIN, POINTS_BACK, announced, asked_lead,
                           lead_has, lead_single, mine, names_nothing, points_outside, topic)
from .listlabel import label_of, own_lead, own_title, scoped
from .listsource import (SPOKEN as _SPOKEN, according, inline_article, list_article, part_named, sourced, spoken, topic_source,
                         told as told_inline)
from .list_kind import kind_question
from .listspeaker import spoken_lead
from .lint import CONTEXT_PRONOUNS
from .policy import POLICY
from .sentence import core, end_sentence, marker_re, strip_marker
from .listask import _counted, count_word, inner_quotes, outer_quotes, sheet_values  # noqa: F401 (the list wording, for its users)
from .vocab import load_vocab
from .voice import leans

_VOCAB = load_vocab()
SUBJECT_MAX = 24  # characters of a long lead's first clause that a list question may still open with


def list_values(ctx: Ctx) -> dict[str, str]:
    """The template values of a list question: its items, their count and the lead that names the list.
    Worked out once per point (``RunCache.list_values``; each caller gets a dict of its own): a list's
    single choice, multiple choice, ordering and recall questions all ask them."""
    memo = ctx.cache.list_values
    got = memo.get(id(ctx.point))
    if got is None or got[0] is not ctx.doc or got[1] is not ctx.point:
        # (the document and point are kept beside their values: an id is never another object's)
        v = sheet_values(ctx, _list_values(ctx))
        if parts := parts_question(ctx.point, article_title(ctx.doc, ctx.point.article)):
            # (a text's parts, its top-level headings, are asked by the teacher's question of its structure)
            v["list_question"] = parts
        inline = bool(inline_article(ctx))
        if inline:
            # (a list inline in a regulation's article is named by that article alone: the chapter's name or a
            # lead word above it is another list's topic, its own first item no lead; session 33's grading)
            v |= {"list_topic": "", "heading": "", "list_where": "", "list_parent": ""}
        # (a list asked by its topic, named by its lead or by a study sheet's heading, says its issuer's document)
        article = list_article(ctx)
        got = memo[id(ctx.point)] = (ctx.doc, ctx.point, v | {"list_topic_source": topic_source(ctx) if v["list_topic"] else "",
                                                              "list_article": article,
                                                              "list_article_lead": _article_lead(ctx) if article and not inline else "",
                                                              "list_article_name": _whole_lead_name(ctx) if article and not inline else "",
                                                              "list_kind_question": "" if article else _kind_question(ctx, v)})
    return dict(got[2])


def _kind_question(ctx: Ctx, v: dict[str, str]) -> str:
    """The list asked by where it stands and what kind its items are (list_kind): 据《…》“…”部分，在“全面提高
    治理效能”方面提出了哪三项举措？; "" when its lead or topic names it, or its items are of no known kind."""
    if v["list_lead"] or v["list_topic"] or v["list_question"] or v.get("list_unscoped"):
        return ""
    p = ctx.point
    part_heading = stem_heading(p.heading or "")
    name = v["list_where"] or v["list_parent"] or inner_quotes(part_heading)
    source = according(ctx)
    part = part_named(part_heading, name) if name != inner_quotes(part_heading) else ""
    return kind_question(source, part, name, len(p.items), tuple(core(s.text) for s in p.items))


def _article_lead(ctx: Ctx) -> str:
    """The first clause of a regulation article's lead sentence, which says what its list is about (机关基层党组织
    应当加强对党员特别是党员领导干部的日常监督); "" when it is too short or too long to stand in a stem, or the
    lead announces the list itself.  The chapter the article stands in is never its subject (session 31's
    blind teachers: “党内民主和监督”是第六章章名，第二十六条讲的是日常监督)."""
    p = ctx.point
    whole = ARTICLE_LABEL.sub("", strip_marker(p.sentence).text.strip())
    first = re.split(f"[{CLAUSE_END}{SENTENCE_END}]", whole, maxsplit=1)[0].strip()
    if not LEAD_MIN <= len(first) <= LEAD_MAX or not _clean_lead(first) or first[0] in CONTEXT_PRONOUNS or _LIST_LEAD.search(first):
        return ""
    # (a clause that says no statement — a name, 对党员的纪律处分种类, or the object its sentence's verb follows,
    # 对违纪后下落不明的党员，应当…: session 33's grading, 对党员的纪律处分种类。该条列举了哪五项 is no sentence)
    return "" if _article_name(first) or not _has_verb(first) else first


def _whole_lead_name(ctx: Ctx) -> str:
    """The lead of a regulation's article when it is nothing but its list's name (``_article_name``), else ""."""
    whole = ARTICLE_LABEL.sub("", strip_marker(ctx.point.sentence).text.strip()).rstrip("：:")
    return _article_name(whole) if LEAD_MIN <= len(whole) <= LEAD_MAX and re.fullmatch("[\u4e00-\u9fff]+", whole) else ""


def _has_verb(clause: str) -> bool:
    """Whether ``clause`` holds a verb, so that it says something (应当加强…的日常监督)."""
    return any(t.startswith("v") and t != "vn" for _, t in segment.tag(clause))


def _article_name(clause: str) -> str:
    """``clause`` when it is a regulation article's whole lead and names its list (对党员的纪律处分种类：), so a
    question asks what it holds: 对党员的纪律处分种类包括哪五项？; "" for a statement (机关基层党组织应当…) or a
    clause that ends in no name of a list's class (policy ``article_name_end``)."""
    return clause if _NAME_END.search(clause) and not _NAME_NEVER.search(clause) else ""


# what a lead that names its list ends with, and the words that make it a statement instead (policy.yaml)
_NAME_END = re.compile(POLICY["article_name_end"])
_NAME_NEVER = re.compile(POLICY["article_name_never"])


def _list_values(ctx: Ctx) -> dict[str, str]:
    p = ctx.point
    values = {"items": "；".join(s.text for s in p.items), "count": str(len(p.items)), "count_cn": count_word(len(p.items))}
    # the lead sentence in a stem: without a marker of another series, never with a line break or a
    # marker inside, never long; otherwise empty, so a template naming the heading or 文章 is used
    whole = lead = spoken_lead(ARTICLE_LABEL.sub("", strip_marker(p.sentence).text.strip()), ctx)
    # a lead-in that runs on into the first item (这里，我简单提三点要求：一要…) ends before it
    cut = items_cut(lead)
    if cut is not None:
        lead = lead[:cut]
    # it names the list when it announces it (…主要取得了以下几方面成绩。) or stands as a title line; another sentence
    # before it (对此，各单位要高度重视。) only tells apart lists that share a heading
    elif lead[-1:] in SENTENCE_END + "；…" and not _LIST_LEAD.search(lead) and not _SPOKEN.search(lead) and not shares_heading(ctx):
        lead = ""
    titled, titled_unit = _title_name(ctx, whole)
    if titled:
        lead = ""  # (a title line's name is asked as a topic below, never quoted as a statement)
    subject, full = "", lead  # full: the lead sentence up to its colon, before a long one is cut to a clause
    if lead and len(lead) > LEAD_MAX:
        long_lead, lead = lead, _announcing_clause(lead)
        # the first clause names who announces (各级党委和政府信访部门收到信访事项，……，在15日内分别按照下列
        # 方式处理): a question asked with the last clause alone would not say whose list it is
        first = re.split(f"[{CLAUSE_END}]", long_lead, maxsplit=1)[0]
        subject = first if lead and first != lead and len(first) <= SUBJECT_MAX and _clean_lead(first) and not POINTS_BACK.search(first) else ""
    if not _clean_lead(lead):
        lead = ""
    if not lead and not p.heading and article_title(ctx.doc, p.article) == UNTITLED and p.sentence.end <= p.items[0].start:
        # nothing else names the list (a speech without headings): the first clause of the sentence
        # before it does (改革开放40年积累的宝贵经验是党和人民弥足珍贵的精神财富), never 文章列举了… nor 当时我…
        first = re.split(f"[{CLAUSE_END}]", whole, maxsplit=1)[0]
        lead = first if len(first) >= LEAD_MIN and _clean_lead(first) and first[0] not in CONTEXT_PRONOUNS and not mine(first) else ""
    stated, unit = _stated(ctx, lead, whole)
    if stated and subject and not FRAME.match(subject) and subject[0] not in CONTEXT_PRONOUNS:
        stated = f"{subject}，{stated}"
    if stated:
        stated = sourced(stated, ctx)
    # a lead that ends in a colon names its list by what comes before its copula (…的主要任务是：)
    named, ask = topic(full) if not stated and (cut is not None or whole[-1:] in "：:") else ("", "")
    if titled:
        named, ask = titled, POLICY["title_lead_ask"]
    elif not stated and not named and (labelled := _label_name(ctx, lead)):
        named, ask = labelled, POLICY["title_lead_ask"]
    # a lead quoted as where the list stands (文章在“…”一处) only when nothing better anchors it: the
    # heading or the title names a list alone under it (teacher review: 文章在“…”一处 needs a meaningful
    # anchor); an opening 他 is the person named before (他还提出了… -> 习近平同志还提出了…)
    shown = inner_quotes(end_sentence(lead).rstrip("。")) if lead else ""
    # a lead that points outside itself or speaks in the speaker's voice (对此，我们一定要…; 这里，我简单提
    # 三点要求) locates nothing for a reader: the heading or the title does (teacher review)
    where = "" if named_alone(ctx) or (shown and (points_outside(shown) or leans(shown) or mine(shown))) else anchored(shown, ctx.doc, p.article, p.sentence.start)
    if named or (where and (m := FOLLOWING.search(where)) and names_nothing(where, m)):
        where = ""  # (the list is asked by its name; 主要有以下几点 locates nothing)
    elif where and where == inner_quotes(stem_heading(p.heading or "")):
        # the heading itself, which names no list alone here (named_alone): 关于“…”…哪三点 would not say which
        where = ""
    elif where and not stated and (said := topic(where))[0]:
        # a lead quoted as where the list stands that names it before a copula (2017年发展的主要预期目标是)
        # asks for it by that name (teacher review: 在“…”一处 is a mechanical locator)
        (named, ask), where = said, ""
    if where and is_aspect(where):  # 内涵 -> 党的基本路线的内涵: the label above names what it is of
        where = _aspect_of(ctx, where)
    elif where and (sibling := _sibling_lead(ctx)):  # 不足 after 某方案的优点：… -> 某方案的不足 (labels.of_sibling)
        where = of_sibling(where, sibling)
    # a list under an item of another list (要把…导向树起来。…一要…二要…) is named by that item, as a
    # teacher asks it (关于“…”，列举了哪三点), rather than by a sentence that does not announce it
    parent = "" if stated or named else _parent_name(ctx)
    unscoped = parent == UNSCOPED
    if not (stated or named or where or unscoped or parent) and p.heading and (label := governing_label(ctx)):
        # a list asked by its heading whose own title says another list (基本原则： under 如何坚持…)
        heading = heading_with_thing(ctx.doc, p.article, p.section, p.heading)
        parent, told = scoped(heading, label, len(p.items))
        parent, unscoped = ("" if parent == heading else inner_quotes(parent)), not told
    if unscoped:
        parent, values["list_unscoped"] = "", "1"
    if parent:
        values["heading"], where = parent, ""
    unit = unit if stated else titled_unit or _VOCAB.lead_unit
    return values | {"sentence": shown, "list_where": where, "list_parent": parent,
                     "list_lead": stated, "list_unit": unit, "list_question": asked_lead(stated, len(p.items), unit),
                     "list_lead_has": lead_has(stated), "list_lead_single": lead_single(stated, len(p.items), unit),
                     "list_topic": outer_quotes(named), "list_ask": ask, "list_ask_counted": _counted(ask, len(p.items), unit)}


def _stated(ctx: Ctx, lead: str, whole: str) -> tuple[str, str]:
    """The list's own lead as a stem states it, and the measure word it counts with (``announced``); else a
    speaker's 他的 said of the item the list stands under, a speaker's 我提三点 said by the speech's title,
    or a list said inline after a bare verb of saying; ("", "") when none of them names it.  ``whole`` is
    the lead sentence before a long one is cut to a clause."""
    p = ctx.point
    stated, unit = announced(lead, len(p.items)) if lead else ("", "")
    if not stated and lead and _PRONOUN.search(lead) and (parent := _parent_name(ctx)) and parent != UNSCOPED:
        # a speaker's 他的理解有三个阶段 says whose but not of what: the item it stands under says that
        # (关于“某论的提出”，某某说，他的理解有三个阶段)
        said, unit = announced(lead, len(p.items), about=parent)
        stated = f"关于“{parent}”，{said}" if said else ""
    if not stated and lead:
        stated, unit = spoken(lead, len(p.items), ctx)
    if not stated and p.sentence.end <= p.items[0].start and not mine(whole) and (said := told_inline(whole, len(p.items))):
        stated, unit = said, "点"  # (…正式提出某某思想，强调一要…: 某某…提出某某思想，强调了四点)
    return stated, unit



_PRONOUN = re.compile(POLICY["lead_pronoun"])
_VIEW = re.compile(POLICY["view_name"])
_TITLE_LEADS = tuple(re.compile(r) for r in POLICY["title_lead"])
_LABEL_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def _title_name(ctx: Ctx, lead: str) -> tuple[str, str]:
    """The name a title line before the list gives it and the measure word it counts with (某某的主要内容
    （六个方面） -> 某某的主要内容, 个方面; 四项基本要求, ""), when the lead is such a line standing alone and
    its count is the list's; else ("", "")."""
    p, text = ctx.point, ctx.doc.text
    if "\n" not in text[p.sentence.end : p.items[0].start] or text[text.rfind("\n", 0, p.sentence.start) + 1 : p.sentence.start].strip(" \u3000（）()一二三四五六七八九十0123456789.、"):
        return "", ""  # (not a line of its own: a sentence's clause)
    m = next((m for r in _TITLE_LEADS if (m := r.match(lead.strip()))), None)
    if not m or value_of(m.group("count")) != len(p.items) or not LEAD_MIN - 2 <= len(m.group("name")) <= LEAD_MAX:
        return "", ""
    return inner_quotes(m.group("name")), (m.groupdict().get("unit") or "")


def _label_name(ctx: Ctx, lead: str) -> str:
    """The name of a list a study note's label opens (必要性：（1）… under （八）某某的重要性及必要性 ->
    某某的必要性; 主要经济成分：（1）… under 某社会的五种经济成分 -> 某社会的主要经济成分): the label said of
    the title line above it (labels.subject_of); "" when the lead is no label or the title names no owner."""
    p, text = ctx.point, ctx.doc.text
    lead = lead.rstrip("：:")
    if not _LABEL_LEAD.match(lead) or not text.startswith(lead, p.sentence.start) or text[p.sentence.start + len(lead) : p.sentence.start + len(lead) + 1] not in ("：", ":"):
        return ""
    thing = thing_above(text, p.sentence.start, _body_start(ctx))
    if thing and _an_item(ctx, thing):
        return ""  # (the last item of the list above, 规定了国家的根本制度, names no thing: session 14, 题干语义错乱)
    name = subject_of(lead, strip_marker(Span(thing, 0, len(thing))).text.strip()) if thing else None
    return inner_quotes(name) if name and name != lead and len(name) <= LEAD_MAX else ""


def _aspect_of(ctx: Ctx, aspect: str) -> str:
    """The aspect label ``aspect`` (基本原则) said of the thing the label line above names; "" when that line
    is an unnumbered item of another list (规定了国家的根本制度, the last bullet of the list above: session 14's
    blind teacher, 题干把…误当主语，语义错乱), since a bare aspect names no list either."""
    thing = thing_above(ctx.doc.text, ctx.point.sentence.start, _body_start(ctx))
    return "" if thing and _an_item(ctx, thing) else with_thing(ctx.doc.text, ctx.point.sentence.start, aspect, _body_start(ctx))


def _sibling_lead(ctx: Ctx) -> str:
    """The lead line of the list just before the point's, when only white space stands between that list's last
    item and the point's lead (a study note's next aspect: 某方案的优点：1.…3.… / 不足；1.…); else ""."""
    p, text = ctx.point, ctx.doc.text
    before = [q for q in article_lists(ctx) if q.items[-1].end <= p.sentence.start and q.sentence.end <= q.items[0].start]
    if not before:
        return ""
    q = max(before, key=lambda q: q.items[-1].end)
    gap = text[q.items[-1].end : p.sentence.start]
    # (the next line: the rest of the last item's line, then the lead; a blank line or a title between is no sibling)
    return strip_marker(q.sentence).text.strip() if gap.count("\n") == 1 and not gap.split("\n")[1].strip() else ""


def _an_item(ctx: Ctx, line: str) -> bool:
    """Whether ``line`` is the text of an item of a list of the point's article, standing without a marker
    (a bullet's text; 8. 某思想 is a numbered title, which may name the lists under it)."""
    bare, points = line.strip().rstrip("。；;"), ctx.material.points.get(ctx.doc_key, ())
    return strip_marker(Span(line, 0, len(line))).text == line and any(
        s.text.strip().rstrip("。；;") == bare for q in points if q.kind in LIST_KINDS and q.article == ctx.point.article for s in q.items)


def _body_start(ctx: Ctx) -> int:
    """Where the body of the list's article starts (0 when the article is not found)."""
    return next((a.start for a in ctx.doc.articles if a.id == ctx.point.article), 0)



def _announcing_clause(lead: str) -> str:
    """The last clause of a long lead when it announces the list (……，概括起来重点要破除四个方面问题：):
    it names the list as the speaker did, where the whole sentence is too long for a stem; else ""."""
    clauses = [c.strip() for c in re.split(f"[{CLAUSE_END}]", lead.rstrip(CLAUSE_END + SENTENCE_END))]
    # the clause with the count word announces (有下列情形之一的，由其上级机关责令改正；……，依法追究刑事
    # 责任：); the last clause only when none has one and the colon after it announces
    last = next((c for c in clauses if _LIST_LEAD.search(c)), "")
    if not last and lead.rstrip()[-1:] in "：:":
        last = clauses[-1]
    return last if last and LEAD_MIN <= len(last) <= LEAD_MAX and last[0] not in CONTEXT_PRONOUNS else ""


def _clean_lead(lead: str) -> bool:
    """Whether a lead can stand in a stem: short, on one line, with no marker of a list inside."""
    return bool(lead) and len(lead) <= LEAD_MAX and "\n" not in lead and not marker_re().search(lead) and not any(
        marker_re().match(lead, i) for i in range(1, len(lead)) if lead[i - 1] in "，。；：！？"
    )


def governing_label(ctx: Ctx, item: Span | None = None) -> str:
    """The title line that governs the list (listlabel): its own lead when that is a title (科学内涵,
    毛泽东思想：), else the last title line between ``item``, the item it stands under, and the list; ""."""
    p, text = ctx.point, ctx.doc.text
    if p.sentence.end <= p.items[0].start:
        line = text[text.rfind("\n", 0, p.sentence.start) + 1 : p.sentence.end]
        if own := own_title(strip_marker(p.sentence).text, strip_marker(Span(line, 0, len(line))).text):
            return own
    if item is None:
        return ""
    lines = text[item.end : p.items[0].start].split("\n")[1:]
    # (a line that opens with a list's marker, 1. or 一是, is an item, never a title)
    labels = [x for x in lines if label_of(x) and not _ITEM_START.match(x.strip()) and not marker_re().match(x.strip())]
    return label_of(labels[-1]) if labels else ""


_ITEM_START = re.compile(r"[（(]?[\d一二三四五六七八九十]+[）)、.．]")


# items of a list at least this many that open with one clause make it a refrain (two may share one by chance)
_REFRAIN_ITEMS = 3


def _refrain(ctx: Ctx, item: Span) -> str:
    """The clause every item of the list holding ``item`` opens with (不忘初心、牢记使命，必须… six times), when
    there is one and the item says more after it; else ""."""
    outer = next((q for q in article_lists(ctx) if any(s.start == item.start and s.end == item.end for s in q.items)), None)
    if outer is None or len(outer.items) < _REFRAIN_ITEMS:
        return ""
    firsts = {strip_marker(s).text.strip().split("，", 1)[0] for s in outer.items}
    first = firsts.pop() if len(firsts) == 1 else ""
    rest = strip_marker(item).text.strip()[len(first) :].lstrip("，")
    return first if first and len(rest) >= LEAD_MIN and item.text.lstrip().startswith(first) else ""


# what _parent_name says of a list its governing title tells apart from the item it stands under
UNSCOPED = "\0"


def _parent_name(ctx: Ctx) -> str:
    """The head clause of the item the list stands under, when it can stand in a stem; else "", or
    UNSCOPED when the list's own title says another list than the item (listlabel.scoped)."""
    item = enclosing(ctx, ctx.point)
    if item is not None and own_lead(ctx.point.sentence, item, ctx.point.items, ctx.doc.text):
        return UNSCOPED  # (its own lead says what the list is, not the item: listlabel.own_lead)
    # (its head, carried past half a clause: 在做大“蛋糕”的同时 -> …，还要把“蛋糕”分好, but a view 从主体上看
    # is said with the heading below and a quotation's 某某指出 names nothing; no reading order after it)
    first = core(item.text) if item is not None else ""
    refrain = _refrain(ctx, item) if item is not None else ""
    if refrain:
        # every item of the outer list opens with one clause (第五，不忘初心、牢记使命，必须完善…): a speech's theme
        # that names none of them; the item's own words after it do (session 25's blind teachers: 关于“不忘初心、
        # 牢记使命”…并列了哪三项 does not say which list, 全文都讲此题)
        own = item.text[len(refrain) :].lstrip("，, ")
        name = head(own, LEAD_MAX) or ""
    else:
        name = "" if not first or says(first) else first if _VIEW.match(first) else whole_title(item, ctx.doc.text, LEAD_MAX) or head(item.text, LEAD_MAX) or ""
    if first and ctx.point.items[0].start < item.end:
        # an item that runs on into the list (12.某某的主要内容：（1）…; 伴随着…，某某也发生了根本的变化：…) is
        # named by its words before the colon that opens it: its head clause is half of that
        before = ctx.doc.text[item.start : ctx.point.items[0].start]
        name = before[: max(before.rfind("："), before.rfind(":"))] if re.search("[：:]", before) else name
    name = stem_heading(name)
    # (the title line that governs the list says which of the item's lists it is: 8. 某思想 / 主要内容 /
    # 1. … -> 某思想的主要内容; teacher review: 题干未点明“主要内容”，只能靠“六点”去猜; 2. 活的灵魂 /
    # 实事求是 / 1. … is no list of the 活的灵魂: not asked by that name, 题答错位)
    if name:
        name, told = scoped(name, governing_label(ctx, item), len(ctx.point.items))
        if not told:
            return UNSCOPED
    if _VIEW.match(name):
        # a view (从主体上看) says of what only with the heading above it (teacher review: 缺“…的特征”语境)
        heading = stem_heading(ctx.point.heading or "")
        name = f"{heading}：{name}" if heading and not _VIEW.match(heading) else ""
    return inner_quotes(name) if LEAD_MIN <= len(name) <= LEAD_MAX and _clean_lead(name) else ""
