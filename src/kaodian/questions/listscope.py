"""Whether a list may be asked at all: the checks every list question (recall, ordering, choice) passes.

Blind teacher reviews (session 7) rejected list questions whose list a reader could not tell
(关于“heading”…哪五点 where the heading holds two lists of five), whose stem counts otherwise than
the answer (“以下十一个方面” answered by three), that ask a study note's table of contents
(第一章's section titles), an occasion's agenda, a one-sentence general requirement cut into
fourteen "items", or a list with a fragment for an item (通过深化改革、完善政策).  Such a list is
not asked as a list; its sentences keep their other questions.  The words are policy
(``policy.yaml`` ``list_scope``).
"""

from __future__ import annotations

import re

from .. import segment
from ..text import CLAUSE_END, SENTENCE_END
from . import reasons
from .drafting import Ctx
from .listnames import list_counts, stated, stated_counts, table_of_contents
from .labels import stem_heading
from .listask import asked_name
from .outline_items import skeleton, sub_headings
from ..rules.parts import stated_parts
from .listalone import alone_in_article, named_alone
from .listsource import inline_article
from .policy import POLICY
from ..model import Span
from .sentence import core, strip_marker
from .trivia import label_answers
from .vocab import load_vocab

_P = POLICY["list_scope"]
_OCCASION = re.compile(_P["occasion"])
# what an item cut before its verb opens with (通过…, 按照…)
_FRAGMENT = load_vocab().condition_openers + tuple(_P["fragment_opening"])
_LOCATIVE = re.compile(_P["locative_item"])
_HALF = re.compile(_P["half_item_next"])
_PROCEDURE_HEADING = re.compile(_P["procedure_heading"])
_PROCEDURE_ITEM = re.compile(_P["procedure_item"])
_EDITORIAL = re.compile(_P["editorial_item"])
_WORDING = re.compile(_P["wording_lead"])
_VERDICT = re.compile(_P["verdict_lead"])
_CLAUSE_LEAD = re.compile(_P["clause_lead"])
_ITEM_MARKER = re.compile(_P["item_marker"])


def unaskable(ctx: Ctx, values: dict[str, str]) -> str | None:
    """Why the list of ``ctx`` is asked by no list question, or None when it may be; ``values`` are its
    ``listlead.list_values`` (what names the list in a stem)."""
    p = ctx.point
    if values.get("list_unscoped"):
        return reasons.LIST_UNSCOPED
    lead = p.sentence.text if p.sentence.end <= p.items[0].start else ""
    if lead and _OCCASION.search(lead):
        return reasons.LIST_OCCASION
    if lead and _VERDICT.match(lead.strip()):
        return reasons.LIST_VERDICT
    if lead and _CLAUSE_LEAD.search(lead.strip()):
        return reasons.LIST_CLAUSE
    if _counted_on(ctx.doc.text, p.items[0].start) and not _counted_whole(lead or p.heading or "", len(p.items)):
        return reasons.LIST_PARTIAL
    # (or a document's own section labels, 指导思想；目标任务；基本原则: trivia.label_answers)
    if _contents(p, lead, values, ctx.doc.text) or label_answers(tuple(core(s.text) for s in p.items)):
        return reasons.LIST_CONTENTS
    if sub_headings(ctx.doc.text, p.items):
        return reasons.LIST_SUB_HEADINGS
    if _procedure(p, lead, ctx.doc.text):
        return reasons.LIST_PROCEDURE
    if any(_EDITORIAL.search(s.text) for s in p.items) or (p.kind == "list" and _WORDING.search(lead.strip())):
        return reasons.LIST_EDITORIAL
    if _miscounted(lead, len(p.items)) or _name_miscounted(_stem_name(p, values), len(p.items)):
        return reasons.LIST_COUNT_MISMATCH
    if p.kind == "list" and len(p.items) > _P["sentence_items_max"] and _one_sentence(ctx):
        return reasons.LIST_ONE_SENTENCE
    if any(_fragment(core(s.text)) for s in p.items) or any(_HALF.match(ctx.doc.text, s.end) for s in p.items):
        return reasons.LIST_FRAGMENT_ITEM
    if why := _name_answered_otherwise(_stem_name(p, values), [core(s.text) for s in p.items]):
        return why
    # (an item the stem's name already says, 阶段性 of 某项工作的阶段性特征包括哪两项: session 18's blind
    # teachers, 题干自相矛盾; the items are sub-headings, not the features)
    # (the topic only: a quoted lead or heading may run on into the items it names)
    if (name := values.get("list_topic")) and any(len(c) >= 2 and c in name for c in map(core, (s.text for s in p.items))):
        return reasons.LIST_RESTATES_NAME
    # (a study sheet's question over the list names it too: 应如何走在…的时代前列？（写出四项）, listask)
    named = any(values.get(k) for k in ("list_lead", "list_topic", "list_where", "list_parent", "list_question"))
    # (a list inline in a regulation's article is named by it: 《…》第二十七条列举了哪三项, listsource.inline_article)
    named = named or bool(values.get("list_article") and inline_article(ctx))
    if not named and not (named_alone(ctx) or alone_in_article(ctx)):
        return reasons.LIST_UNNAMED
    if not named and p.heading and not stem_heading(p.heading) and not alone_in_article(ctx):
        return reasons.LIST_UNNAMED  # (其他各节 names the notes' part, not the list alone under it)
    if skeleton(ctx.doc.text, p.items) and not stated_parts(p):  # (last: a plan's steps, a title's aspects say more of why)
        return reasons.LIST_SUB_HEADINGS
    return None


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _counted_on(text: str, start: int) -> bool:
    """Whether the marker that opens the line of a list's first item at ``start`` numbers it more than one
    (3.香港…, 四、…): the list goes on a numbering above it.  (Only a marker alone before the item on its
    line: 错误。（1）… opens with its marker after the verdict.)"""
    m = _ITEM_MARKER.search(text, max(0, start - 8), start)
    # (a full-width numeral, １., is the same 1: outlines typed in a Chinese input method number so)
    return bool(m) and m["n"].translate(_FULL_WIDTH) not in ("1", "一")


def _counted_whole(lead: str, n: int) -> bool:
    """Whether ``lead`` (the list's lead, or its heading) counts exactly ``n`` (办好五件惠生实事 over five
    items): a work plan numbers its items on through its parts (6.…10. under 二、), and a part's own count
    says the items under it are the whole group it names, whatever number the first one bears."""
    counts = [c.value for c in list_counts(lead) if c.value >= 2]
    return len(counts) == 1 and counts[0] == n


def _stem_name(p, values: dict[str, str]) -> str:
    """The title a list question names its list by (the item it stands under, a quoted place, or its
    heading), without its marker; "" when its own lead or a topic names it (their words are no title)."""
    if values.get("list_lead") or (values.get("list_topic") and not values.get("list_parent")):
        return ""  # (an item above asked as a sheet's heading, listask, is still that title)
    name = values.get("list_parent") or values.get("list_where") or stem_heading(p.heading or "")
    return strip_marker(Span(name, 0, len(name))).text.strip().rstrip("？?。")


_NAME_CLAUSE = re.compile(f"[{CLAUSE_END}；\\s]+")
_JOINERS = re.compile(_P["aspect_joiners"])


def _name_answered_otherwise(name: str, items: list[str]) -> str | None:
    """Why a list named by the title ``name`` is not asked by it: its ``items`` only restate the title's
    clauses, one each (the stem gives the answer away), or the title asks for several aspects of a thing
    (…的性质、主力军和最基本的动力) and the list holds another number of items; None otherwise."""
    if not name:
        return None
    if not asked_name(name):
        return reasons.LIST_UNNAMED  # (结合自身实际 names no list: an exam instruction)
    clauses = [c for c in _NAME_CLAUSE.split(name) if c]
    if len(clauses) == len(items) > 1 and all(_restates(c, i) for c, i in zip(clauses, items)):
        return reasons.LIST_RESTATES_NAME
    # (the aspects follow the last 的 before the first joiner, after a thing of a few characters: 党的领导和…
    # is one term, not 党's aspects)
    joiner = _JOINERS.search(name)
    owner = name.rfind("的", 0, joiner.start()) if joiner else -1
    tail = name[owner + 1 :] if owner >= _P["aspect_owner_min"] and _noun(name[:owner]) else ""
    aspects = [a for a in _JOINERS.split(tail) if a] if tail and not _NAME_CLAUSE.search(tail) else []
    if len(aspects) > 1 and len(aspects) != len(items):
        return reasons.LIST_ASPECTS_MISMATCH
    return None


def _noun(thing: str) -> bool:
    """Whether ``thing`` is a name, every word of it a noun (新民主主义革命), not a clause that asks
    (中国共产党如何继续加强党: its 的 opens no aspects of a thing)."""
    return all(tag.startswith("n") for _, tag in segment.tag(thing))


def _restates(clause: str, item: str) -> bool:
    """Whether ``item`` says ``clause`` again: most characters of the one stand in the other, in order."""
    share = _P["restated_share"]
    common = common_chars(clause, item)
    return common >= share * len(clause) or common >= share * len(item)


def common_chars(a: str, b: str) -> int:
    """The length of the longest common subsequence of ``a`` and ``b`` (short texts: a title's clause, an item)."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b):
            prev, row[j + 1] = row[j + 1], prev + 1 if x == y else max(row[j + 1], row[j])
    return row[-1]


def alike(items: tuple[str, ...]) -> bool:
    """Whether two of ``items`` say nearly the same (a ``restated_share`` of the shorter's characters in
    order): heads cut from passages that open with one subject (社会主义制度的建立，… / 社会主义制度在中国的
    建立，…) rather than with their points."""
    share = _P["restated_share"]
    return any(common_chars(a, b) >= share * min(len(a), len(b)) for k, a in enumerate(items) for b in items[k + 1 :])


def _contents(p, lead: str, values: dict[str, str], ctx_text: str) -> bool:
    """A study note's own structure: the list stands under a bare chapter label (第三章 …) that names
    it, or most of its items are exam-question titles (试述…, …是什么？), or its lead is a chapter label
    and each item heads lines of its own (第二章 某某理论 / 1、某某的性质。/ 性质：… / 2、…; blind teachers,
    session 11: 考笔记章节小标题，属目录式): its table of contents, no point."""
    if lead and _CHAPTER_LEAD.match(lead.strip()) and _heads_bodies(p.items, ctx_text):
        return True
    named_by = values.get("list_where") or (lead if not values.get("list_lead") else "") or p.heading or ""
    if values.get("list_lead") or values.get("list_topic"):
        named_by = ""  # (its own lead names the list)
    return table_of_contents(named_by, [s.text for s in p.items], [stated(s.text, ctx_text, s.end) for s in p.items])


_CHAPTER_LEAD = re.compile(_P["contents_label"])


def _heads_bodies(items, text: str) -> bool:
    """Whether every item but the last stands on its own line and lines of another body follow it before
    the next item: the items are the titles of sections, not points."""
    for a, b in zip(items, items[1:]):
        lines = [x for x in text[a.end : b.start].split("\n")[1:-1] if x.strip()]  # (the last: b's marker)
        if not lines or text[a.end : text.find("\n", a.end)].strip("。；; \u3000"):
            return False
    return True


def _procedure(p, lead: str, text: str) -> bool:
    """Whether the list is a plan's procedure rather than its points: it stands under a stage or logistics
    heading (活动前期, 参加人员, 注意事项), named by that heading or a title line like it; or its items are bare
    section titles, each with a body of its own below, and at least half of them name a step or an
    arrangement (活动时间表, 收集感想)."""
    labels = [strip_marker(Span(x, 0, len(x))).text.strip(" \u3000：:") for x in (p.heading or "", lead)]
    if any(x and _PROCEDURE_HEADING.match(x) for x in labels):
        return True
    steps = sum(1 for s in p.items if _PROCEDURE_ITEM.search(s.text))
    return 2 * steps >= len(p.items) and _heads_bodies(p.items, text)


def _miscounted(lead: str, n: int) -> bool:
    """The lead counts its list (以下十一个方面, 三点要求) and no count it states is ``n``: the items found
    are part of the list, or another list."""
    counts = [c.value for c in list_counts(lead) if c.value >= 2]  # 一点, 一条主线: a single thing, not a count
    return bool(counts) and n not in counts


def _name_miscounted(name: str, n: int) -> bool:
    """The title that names the list ends by counting it (…的历史进程主要包括四个阶段) and that count is not
    ``n``: the items found are part of the list (a teacher cannot answer 四个阶段 with three).  A count in
    quotation marks names a formulation (“四个全面”), not the list."""
    last = next(reversed(stated_counts(name)), None)
    return bool(last) and last.value >= 2 and last.value != n and len(name) - last.end <= _P["name_count_tail"] and not (
        "“" in name[: last.start] and "”" in name[last.end :])


def _one_sentence(ctx: Ctx) -> bool:
    """The list's items stand in one sentence: a statement's comma clauses, not parallel points."""
    p = ctx.point
    between = ctx.doc.text[p.items[0].start:p.items[-1].end]
    return not any(c in between for c in SENTENCE_END + "\n")


def _fragment(item: str) -> bool:
    """An item that is only the adverbial of a cut clause (通过深化改革、完善政策) or a locator (在总纲第二段中):
    no point of its own."""
    return item.startswith(_FRAGMENT) and len(item) <= _P["fragment_max"] or bool(_LOCATIVE.fullmatch(item))


_SHOWN_TIME = re.compile(_P["order_shown_time"])


def order_given_away(options: list[str]) -> str | None:
    """Why an ordering question on ``options`` (the items as shown) would give its order away, or None:
    an item still shows its year (从1981年到1990年…: the years order them), or the items' lengths are
    far apart (teacher review: 选项长短悬殊)."""
    if any(_SHOWN_TIME.search(o) for o in options):
        return reasons.ORDER_SHOWN
    lengths = [len(o) for o in options]
    if max(lengths) > _P["order_length_ratio"] * min(lengths):
        return reasons.ORDER_LENGTHS
    return None


_CLAUSE = re.compile(f"[{CLAUSE_END}]")
_FIGURE = re.compile(r"\d")


def detailed(item: str) -> bool:
    """Whether a list item carries details after its head clause: a figure there when the head states
    none (…持续提升，获得了…二等奖1项; a target's second figure, 城镇新增就业1200万人以上，城镇调查失业率5.5%
    左右, is part of the target), or more clauses than a point states (…，放眼全国乃至全球，…，广纳人才)."""
    head = core(item)
    if head == item.rstrip("。；;"):
        return False
    clauses = [c for c in _CLAUSE.split(item) if c.strip()]
    return figured(item) or len(clauses) > _P["item_clauses_max"]


def figured(item: str) -> bool:
    """Whether a list item states a figure after its head clause and none in it (…持续提升，获得了…二等奖
    1项): a detail of an achievement, never part of the point (a target's two figures are: 新增就业…，调查
    失业率5%左右)."""
    head = core(item)
    return head != item.rstrip("。；;") and bool(_FIGURE.search(item[len(head):])) and not _FIGURE.search(head)
