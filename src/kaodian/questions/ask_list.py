"""排序题 and 简答题 (list recall) drafts: questions on an enumeration as a whole."""

from __future__ import annotations

import os
import re
from dataclasses import replace

from ..kinds import LIST_KINDS
from ..model import OPTION_LETTERS, Span
from . import reasons
from .ask_cloze import blanked
from .drafting import Ctx, Draft, list_passage
from .listhead import head
from .listask import count_word
from .listlead import list_values
from .listscope import alike, detailed, figured, order_given_away, unaskable
from .outline_items import without_page_ref
from .policy import POLICY, growing
from .reject_shapes import swallowed_items
from ..text import CLAUSE_END
from .sentence import BLANK, core, width_variants
from .sequence import has_order, known_term_end, untimed
from .typos import corrected


def ordering(ctx: Ctx) -> Draft | str:
    """An enumeration's item cores shuffled (never left in order), answered by the option letters in
    the text's order; or why not (under three items, two equal items, no inherent order)."""
    p = ctx.point
    # ordering two items is a coin toss
    if len(p.items) < 3:
        return reasons.LIST_UNDER_THREE
    # the order of parallel items is the writer's, not a fact to learn (sequence.py)
    if not has_order(p, ctx.doc.text):
        return reasons.LIST_NO_ORDER
    cores = list(uncopulaed(tuple(corrected(core(untimed(s.text))) for s in p.items)))
    if len(set(cores)) < len(cores):
        return reasons.LIST_REPEATS_ITEM
    if why := order_given_away(cores):
        return why
    values = list_values(ctx)
    if p.kind in LIST_KINDS and (why := unaskable(ctx, values)):
        return why
    if _OPEN_END.search(cores[-1]) and not values.get("list_lead"):
        return reasons.LIST_OPEN
    # (the explanation gives each item whole; an option goes without a note after it, which can tell the order)
    told, cores = cores, unglossed(cores)
    options = ctx.rng("shuffle", *cores).shuffled(cores)
    if options == cores:  # the draw left them in order: move the first item last
        options = options[1:] + options[:1]
    return Draft(
        source=list_passage(ctx, p.items[0].start, p.items[-1].end),
        answer=tuple(OPTION_LETTERS[options.index(c)] if options.index(c) < len(OPTION_LETTERS) else str(options.index(c) + 1) for c in cores),
        key=ctx.place,
        options=tuple(options),
        difficulty=growing("ordering", len(cores)),
        values=values | {"answer": "；".join(told)},
    )


_COPULA = re.compile(POLICY["item_copula"])
_OPEN_END = re.compile(POLICY["item_open_end"])
_CATCH_ALL = re.compile(POLICY["item_catch_all"])
# a list left with fewer items than this once its catch-all goes is no list to recall (one provision is a statement)
CATCH_ALL_REST_MIN = 2


def without_catch_all(items: tuple[str, ...], values: dict[str, str]) -> tuple[tuple[str, ...], dict[str, str]]:
    """``items`` without a last item that only keeps a regulation's list open (有其他对抗组织审查行为的, 本条例另有
    规定的: policy ``item_catch_all``), and ``values`` counting the rest (请写出这五项 -> 这四项); both unchanged
    when the last item is a point of its own or too few would be left."""
    if len(items) <= CATCH_ALL_REST_MIN or not _CATCH_ALL.search(items[-1].strip().rstrip("。；;，,")):
        return items, values
    old, new = count_word(len(items)), count_word(len(items) - 1)
    # (the count is said after 哪/这/共 in a stem's values; 第五十六条 holds the same numeral and stays)
    said = re.compile(f"(?<=[哪这共])({re.escape(old)})(?=[项点条个种])")
    counted = {k: said.sub(new, v) if isinstance(v, str) else v for k, v in values.items()}
    counted |= {"count": str(len(items) - 1), "count_cn": new, "items": "；".join(items[:-1])}
    return items[:-1], counted


def uncopulaed(items: tuple[str, ...]) -> tuple[str, ...]:
    """``items`` without the copula every one of them opens with (是经济增长方式转变期 -> 经济增长方式转变期;
    policy ``item_copula``); ``items`` as they are when one does not open with it."""
    if not items or not all(_COPULA.match(i) and len(i) > 2 for i in items):
        return items
    return tuple(_COPULA.sub("", i, count=1) for i in items)


_GLOSS = re.compile(r"[（(][^（）()]+[）)]$")


def unglossed(cores: list[str]) -> list[str]:
    """The ``cores`` of an ordering question without the bracketed note that closes every one of them
    (办供销小组（萌芽性质）…建立生产合作社（社会主义性质）): such notes grade the steps and give their order
    away (session 18's blind teachers: 括注直接泄露顺序，应删去括注); ``cores`` as they are otherwise."""
    bare = [_GLOSS.sub("", c) for c in cores]
    return bare if all(b != c and b for b, c in zip(bare, cores)) and len(set(bare)) == len(bare) else cores


def ordering_series(ctx: Ctx) -> Draft | str:
    """A series whose order is itself asked (the 指导思想 series, 五位一体's 经济建设、政治建设…): its
    terms shuffled beside the sentence with the series blanked; or why not (see ``ordering``)."""
    p = ctx.point
    last = p.items[-1] if p.items else None
    if last is not None and (cut := known_term_end(last.text)) < len(last.text):
        # (the series' last term carries the predicate after it: the item ends where the list ends)
        p = replace(p, items=p.items[:-1] + (Span(last.text[:cut], last.start, last.start + cut),))
        ctx = replace(ctx, point=p)  # (a copy: the point's other questions keep its extraction)
    draft = ordering(ctx)
    if isinstance(draft, str):
        return draft
    src = ctx.source(p.items[0].start, p.items[-1].end)
    draft.source = src
    draft.values = draft.values | {"blanked": blanked(src, [(p.items[0].start, p.items[-1].end)], BLANK)}
    return draft


# An item longer than this is a passage no one recalls word for word (policy.yaml)
RECALL_ITEM_MAX: int = POLICY["recall_item_max"]
# A recall answer longer than this in all (characters) is too heavy to recite: asked by the list's choice questions
# (policy.yaml)
RECALL_ANSWER_MAX: int = POLICY["recall_answer_max"]
# ... unless every item is a point this short (a committee's nine duties of 10-25 characters): recited as they stand
RECALL_POINT_MAX: int = POLICY["recall_point_max"]
# ... and an answer longer than this whose items are each a head and its explanation is said by the heads (policy.yaml)
RECALL_HEADS_OVER: int = POLICY["recall_heads_over"]


def whole_items(text: str, items: tuple[Span, ...]) -> tuple[str, ...]:
    """The items of a list as a recall answer says them: an item the extraction cut at a comma from a
    semicolon clause (政治审查的主要内容是：…；深刻领悟…的决定性意义，增强…的现实表现；…) runs on to that clause's
    end, where no other item starts before it; cut there, it lost what the clause says (session 13: 答案
    截断，须补…的现实表现)."""
    out = []
    for k, s in enumerate(items):
        stop = items[k + 1].start if k + 1 < len(items) else len(text)
        end = s.end
        if text[end : end + 1] == "，":
            ends = [i for i in (text.find(c, end, stop) for c in "；。\n") if i >= 0]
            if ends and text[min(ends)] == "；" or (ends and k + 1 == len(items)):
                end = min(ends)
        if end == s.end and _lined(text, items) and "；" in text[end - 1 : end + 1] and text[end + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1].strip("。；; \u3000\r"):
            # (a line's item cut at its semicolon: （五）…的处分；进行问责或者提出责任追究的建议。 — the rest of the
            # line is the item's too; session 31's blind teachers: 答案不完整，漏“进行问责…” — never cut, however long)
            line_end = text.find("\n", end, stop)
            end = line_end if line_end >= 0 else stop
            while end > s.end and text[end - 1] in "。；; \u3000\r":
                end -= 1
            out.append(text[s.start : end])
            continue
        out.append(text[s.start : end] if end > s.end and end - s.start <= RECALL_ITEM_MAX else s.text)
    return tuple(out)


def _lined(text: str, items: tuple[Span, ...]) -> bool:
    """Whether every item of a list opens a line of its own (（一）… / （二）…), so that what stands on an
    item's line after it belongs to it."""
    return all(not text[text.rfind("\n", 0, s.start) + 1 : s.start].strip(" \u3000（）()一二三四五六七八九十0123456789.、．")
               for s in items) and all("\n" in text[a.end : b.start] for a, b in zip(items, items[1:]))


def recall_answer(items: tuple[str, ...]) -> tuple[str | None, ...]:
    """The answer of a recall question on ``items``, every item cut by one rule (session 13: 答案前三条截断、
    后两条全文，体例不一; 第5条被截短，与其他条不一致): each its head (listhead.head; None where no head is a
    whole statement short enough) when one item is a passage (over ``RECALL_ITEM_MAX``), states an
    achievement's figure after its head (teacher review: 答案夹带获奖细节，需删成标题) or said whole would
    swallow what follows its point beside shorter siblings (reject_shapes.swallowed_items: 扩大…开放水平，
    主动接轨…，跳出… beside 国有企业改革), or when every item is a point with its explanation (listscope.detailed);
    else each whole, an item of three clauses too: beside siblings that are statements of their own its head
    would lose what it says (经常谈心谈话 of a whole duty)."""
    if heads := _refrain_heads(items):
        return heads
    if any(len(i) > RECALL_ITEM_MAX or figured(i) for i in items) or swallowed_items(items) or all(map(detailed, items)):
        couplets = tuple(map(_couplet, items))
        return couplets if all(couplets) else tuple(head(i, RECALL_ITEM_MAX) for i in items)
    return items


# items whose last clauses all end alike this many characters at least (…，推动高质量发展实现新突破 eight times)
# repeat their lead's refrain; three or more items so that two alike by chance are no refrain (policy.yaml)
_REFRAIN_TAIL: int = POLICY["recall_refrain_tail"]
_REFRAIN_ITEMS = 3


def _refrain_heads(items: tuple[str, ...]) -> tuple[str, ...] | None:
    """Each item's words before its last clause when every item's last clause ends in one refrain (持续用力打造
    “三个高地”，推动高质量发展实现新突破; …，推动区域发展实现新突破): the refrain says what the lead says, each
    item's point is its lead clause (session 31's blind teachers: 答案为八条长句，宜只答各方面要点); else None."""
    if len(items) < _REFRAIN_ITEMS:
        return None
    parts = [i.rstrip("。；;").split("，", 1) for i in items]
    # (the head is one clause: items of three clauses and more are passages, asked as before)
    if any(len(p) < 2 or len(p[0]) < LEAD_HEAD_MIN or _CLAUSES.search(p[1]) for p in parts):
        return None
    tail = os.path.commonprefix([p[1][::-1] for p in parts])[::-1]
    return tuple(p[0] for p in parts) if len(tail) >= _REFRAIN_TAIL else None


def _lighter(answer: tuple[str, ...]) -> tuple[str | None, ...]:
    """An answer too long to recite (over ``RECALL_ANSWER_MAX`` in all) said by each item's head (listhead.head:
    必须坚持党对一切工作的领导 of 必须坚持党对一切工作的领导，不断加强和改善党的领导) when every head is a whole
    statement and the heads are short enough; else (None,): asked by the list's choice questions.  An item holding a
    semicolon is two provisions, never cut to one (session 31's blind teachers: 答案不完整即错)."""
    heads = tuple(head(i, RECALL_ITEM_MAX) for i in answer)
    if any("；" in i for i in answer) or None in heads or sum(map(len, heads)) > RECALL_ANSWER_MAX or alike(heads):
        return (None,)
    return heads


def _explained(item: str) -> bool:
    """Whether ``item`` is a head clause and its explanation (坚持以上率下，发挥…示范引领作用): two clauses or more,
    not a condition (…，破坏党的集中统一的), whose clauses are one provision, never cut."""
    return len(_CLAUSES.split(item.rstrip("。；;"))) > 1 and not item.rstrip("。；;").endswith("的")


# a head shorter than this (characters) says too little to stand for its item
LEAD_HEAD_MIN = 4


_COUPLET_MIN, _COUPLET_MAX = POLICY["recall_couplet_clause"]
_CLAUSES = re.compile(f"[{CLAUSE_END}]")


def _couplet(item: str) -> str | None:
    """The opening couplet of ``item`` (强化管总能力，全面筑牢安全根基 of 强化管总能力，全面筑牢安全根基，要杜绝…):
    two short clauses without a figure (more clauses may follow); None when it opens otherwise."""
    parts = _CLAUSES.split(item, maxsplit=2)
    if len(parts) < 2 or not all(_COUPLET_MIN <= len(c) <= _COUPLET_MAX and not _DIGIT.search(c) for c in parts[:2]):
        return None
    return item[: len(parts[0]) + 1 + len(parts[1])]


_DIGIT = re.compile(r"[\d０-９%％]")


def recall(ctx: Ctx) -> Draft | str:
    """The enumeration's items are the answer, each also accepted as its core in any width; a list of
    passages (a charter's 党员必须履行下列义务：…) is answered by their cores, the requirement each opens
    with, as a 简答题 on it is marked; or why not (a passage without a core of a recallable length)."""
    p = ctx.point
    values = list_values(ctx)
    if why := unaskable(ctx, values):
        return why
    # (an index's page reference after an item is no part of it: session 19's blind teachers, 答案带页码)
    items = uncopulaed(tuple(without_page_ref(corrected(i)) for i in whole_items(ctx.doc.text, p.items)))
    if _OPEN_END.search(items[-1]) and not values.get("list_lead"):
        return reasons.LIST_OPEN
    items, values = without_catch_all(items, values)
    answer = recall_answer(items)
    if None not in answer and sum(map(len, answer)) > RECALL_ANSWER_MAX and max(map(len, answer)) > RECALL_POINT_MAX:
        answer = _lighter(answer)
    elif None not in answer and sum(map(len, answer)) > RECALL_HEADS_OVER and all(map(_explained, answer)):
        answer = light if None not in (light := _lighter(answer)) else answer
    if None in answer:
        return reasons.LIST_ITEM_TOO_LONG
    if answer != items and alike(answer):
        return reasons.LIST_HEADS_ALIKE  # (four heads all 社会主义制度…的建立: the points are cut away)
    return Draft(
        source=list_passage(ctx, p.items[0].start, p.items[-1].end),
        answer=answer,
        key=ctx.place,
        accepted=tuple(width_variants(core(i)) for i in items),
        difficulty=growing("recall", len(items)),
        values=values | {"answer": "；".join(items)},
    )
