"""The head of a list item as an answer or a stem states it: its first clause, carried on while that
clause is only half a statement.

A recall answer or a list's name cut at the first comma may keep half a sentence: an adverbial
(在做大“蛋糕”的同时, 所有制结构上), a condition without its consequence (只有生产力高度发展了), a
note's label (经济方面：…), a verb of saying before what is said (毛泽东明确指出，…) or an opened
bracket (…基本路线（领导和团结…).  Blind teachers rejected such keys (答案只是三条的开头半句，不成要点).
The shapes are policy (policy.yaml ``list_head``).
"""

from __future__ import annotations

import re

from .. import segment
from ..model import Span
from ..text import CLAUSE_END, SENTENCE_END
from .anchors import POLICY as _ANCHORS
from .policy import POLICY
from .sentence import core, marker_re
from .vocab import load_vocab

_H = POLICY["list_head"]
_ENDS_HALF = re.compile(_H["ends_half"])
_CONDITION = tuple(load_vocab().condition_words) + tuple(_H["condition"])  # (what a head waiting for its consequence opens with)
_CONSEQUENCE = re.compile(_H["consequence"])
_CONDITION_END = re.compile(_H["condition_end"])
_CONDITION_NEXT = re.compile(_H["condition_next"])
_PAIRED = re.compile(_H["paired_open"])
_COPULA = re.compile(_H["copula"])
_SAYING = re.compile(_H["saying"])
_OWN_COPULA = re.compile(_H["own_copula"])
_PAIR_NEXT = re.compile(_H["pair_next"])
_COMPARES = tuple(_ANCHORS["note_labels"]["comparisons"])
_PAIRS = (("（", "）"), ("(", ")"), ("“", "”"), ("《", "》"))


def says(head: str) -> bool:
    """Whether ``head`` ends with a verb of saying (毛泽东明确指出): what is said follows it."""
    return bool(_SAYING.search(head))


def half(head: str, after: str = "") -> bool:
    """Whether ``head``, the opening clauses of an item, is only half a statement; ``after`` is what
    follows it in the item: a copula opening the next clause makes it that clause's subject
    (消除贫困、改善民生，是社会主义的本质要求) when the head has no 是 of its own, or a pair (甲和乙，既
    相互区别，又…) when it has no verb.  A label before a colon is half (经济方面：…, 服务型政党：…) but
    for a comparison's (所属革命阵营不同：… is a point: anchors.yaml note_labels.comparisons)."""
    if _COPULA.match(after[1:]) and not _OWN_COPULA.search(head):
        return True
    if after[:1] in ("：", ":") and not head.endswith(_COMPARES):
        return True  # (服务型政党：就是指… names what the body says; 所属阵营不同：… is a point of a comparison)
    if _PAIR_NEXT.match(after[1:]) and not any(t == "v" for _, t in segment.tag(head)):
        return True  # (甲和乙，既相互区别: the pair says what the noun is; 坚持开放，既… goes on a point)
    if _ENDS_HALF.search(head) or says(head):
        return True
    if head.startswith(_CONDITION) and not _CONSEQUENCE.search(head) or _PAIRED.search(head):
        return True
    if (_CONDITION_END.search(head) or _CONDITION_NEXT.match(after)) and not _OWN_COPULA.search(head):
        return True  # (…的，应当…: the consequence follows)
    return any(head.count(a) != head.count(b) for a, b in _PAIRS)


def head(item: str, most: int) -> str | None:
    """The head of ``item``: its core (sentence.core), carried on clause by clause while it is half a
    statement (by one clause at most), an opened bracket cut off before it; None when no head of at most
    ``most`` characters is a whole statement."""
    item = item.rstrip("。；;")
    h = core(item)
    if half(h, item[len(h) :]):
        if (at := h.rfind("（")) >= _H["bracket_head_min"] and h.count("（") > h.count("）"):
            return h[:at] if not half(h[:at]) else None  # (…基本路线（领导和团结…）: the name before the gloss)
        # one clause more at most: an answer of three clauses swallows what follows its point (lint)
        nxt = next((i for i in range(len(h) + 1, len(item)) if item[i] in CLAUSE_END), len(item))
        h = item[:nxt]
        if half(h):  # (a second predicate after it may be left: …，是社会主义的本质要求，是…使命)
            # (甲和乙，既相互区别，又密切联系: a short item is answered whole)
            return item if len(item) <= most else None
    return h if len(h) <= most else None


def whole_title(item: Span, text: str, most: int) -> str:
    """An item that is a title line of its own, of two clauses or more, said whole (（一）世界经济增速放缓，
    我国经济稳中有进 over a list of a point on each half): its head clause alone names half of what the list
    answers (a blind teacher's C, session 13: 题干只截取半句标题).  "" for an item that runs on in its line
    or holds a sentence's end, and for one longer than ``most``."""
    rest = text[item.end : text.find("\n", item.end) if "\n" in text[item.end :] else len(text)]
    whole = item.text.strip().rstrip("；;")
    if rest.strip() or any(c in whole for c in SENTENCE_END) or not any(c in whole for c in "，；") or len(whole) > most:
        return ""
    return whole


def items_cut(text: str) -> int | None:
    """Where the items of a list start in ``text``, as the index of the colon a list's marker follows
    (科学发展观的主要内容：（1）… -> the colon after 主要内容); None when no marker follows a colon.  A lead
    or an item above a list that runs on into its first item names the list by the words before it."""
    return next((i - 1 for i in range(1, len(text)) if text[i - 1] in "：:" and marker_re().match(text[i:])), None)
