"""Shapes blind party-school teachers rejected in the reviews of sessions 7-14 that lint's other checks
let through, swept together in session 15 (issue 12, deliverable 5; labels in tests/data/lint_labels*.json),
each a small named check:

- ``modal_blank``: a cloze blank of several words one of which is a modal (首先应该摸清…): a verb frame;
- ``count_blank``: a cloze blank that is only the count of a list the stem then spells out;
- ``bare_order``: a short true/false statement that is an instruction with no subject;
- ``restated_place``: a list question whose keys restate the clauses of the place it names;
- ``glossary_entry``: a question on an annex's note of a report's shorthand (“…”行动：…) in a kind other
  than policy.yaml's ``glossary_kinds``, known by its shape when its article's title does not say it;
- ``conjunction_opener``: a stem cut after the first of two things joined (和…);
- ``vague_list_name``: a list question that names its list only as 相关内容;
- ``sequel_opener``: a stem opening with 之后，/此后，: the event it follows is not shown;
- ``stray_close``: a stem with a closing bracket no opening one precedes (坚持甲）“…”: cut out of notes);
- ``tally_decimal``: a true/false statement on a tally of hundreds of 万 to a decimal (2345.6万人).

``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it
flags.  Patterns and thresholds are policy (graded_shapes.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import segment
from ..model import OPTION_LETTERS, Question
from ..rules.schema import load_policy_file
from .policy import POLICY

PATH = Path(__file__).with_name("graded_shapes.yaml")
# What graded_shapes.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "modal_word": "re", "count_answer": "re", "list_after": "re", "bare_order_max": int, "bare_order_spared": "re",
    "restated_run": int, "glossary_head": "re", "conjunction_opener": "re", "tally_decimal": "re",
    "vague_list_name": "re", "sequel_opener": "re",
}
_POLICY = load_policy_file(PATH, SCHEMA)
_MODAL = re.compile(_POLICY["modal_word"])
_COUNT = re.compile(_POLICY["count_answer"])
_LIST_AFTER = re.compile(_POLICY["list_after"])
BARE_ORDER_MAX: int = _POLICY["bare_order_max"]
_BARE_ORDER_SPARED = re.compile(_POLICY["bare_order_spared"])
RESTATED_RUN: int = _POLICY["restated_run"]
_GLOSSARY = re.compile(_POLICY["glossary_head"])
_CONJUNCTION = re.compile(_POLICY["conjunction_opener"])
_TALLY_DECIMAL = re.compile(_POLICY["tally_decimal"])
_VAGUE_LIST_NAME = re.compile(_POLICY["vague_list_name"])
_SEQUEL = re.compile(_POLICY["sequel_opener"])
LIST_ASKING = ("recall", "ordering", "single", "multiple")
# The kinds a glossary entry may be asked in (policy.yaml glossary_kinds, as generate.py reads it: a cloze
# on its name keeps the key points teachers list among a report's terms).
_GLOSSARY_KINDS = frozenset(POLICY["glossary_kinds"])
# A blank that is a named formulation (五个必须) or a list of items (不敢腐、不能腐、不想腐) holds a modal as a
# word of its name, not as the verb frame of a clause.
_SET_PHRASE = re.compile(r"^[一二两三四五六七八九十]+个|、")
BLANK = "______"
SENTENCE_KINDS = ("cloze", "single", "multiple", "truefalse")
# The template's attribution before a report's statement (据《…》，, 据《…》“…”部分，), then a date (2016年，).
_ATTRIBUTED = re.compile(r"^据(?:[\u4e00-\u9fff·]{2,8}的)?《[^》]*》(?:“[^”]*”部分)?，")
_DATED = re.compile(r"^(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)，")
# The place a list question names: 关于“…”，… (the last closing mark before the comma: a place may quote).
_PLACE = re.compile(r"关于“(.+?)”，")
_CLAUSE_BREAK = re.compile("[，；]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")


def findings(q: Question) -> list[str]:
    """The findings of this module on one question (see the module doc)."""
    found = (modal_blank(q), count_blank(q), bare_order(q), restated_place(q), glossary_entry(q), conjunction_opener(q),
             tally_decimal(q), vague_list_name(q), sequel_opener(q), stray_close(q))
    return [why for why in found if why]


def modal_blank(q: Question) -> str | None:
    """Why a cloze blank of several words, one a modal or an auxiliary, blanks a verb frame, or None."""
    if q.kind != "cloze":
        return None
    s = q.source.sentence
    for b in q.blanks:
        words = segment.cut(b.text)
        if len(words) < 2 or s[b.start : b.end] != b.text or _SET_PHRASE.search(b.text):
            continue
        # (a quoted saying, “差不多就可以了”, or an item of a list, 不敢扛事、不能干事, is a whole; the
        # modal opens or closes the blank when the blank is cut out of its clause)
        if s[b.start - 1 : b.start] in "“、" and b.start or s[b.end : b.end + 1] in "”、" and b.end < len(s):
            continue
        if modal := next((w for w in (words[0], words[-1]) if _MODAL.match(w)), None):
            return f"空“{b.text}”连着“{modal}”挖去半个分句，挖的是谓语框架，不是要考的概念"
    return None


def count_blank(q: Question) -> str | None:
    """Why a cloze blank that is only the count of the list the stem then spells out gives itself away, or None."""
    if q.kind != "cloze" or len(q.answer) != 1 or not _COUNT.match(q.answer[0]):
        return None
    at = q.stem.find(BLANK)
    if at >= 0 and _LIST_AFTER.search(q.stem[at + len(BLANK) :]):
        return f"空“{q.answer[0]}”是项数，题干随后逐项列出，数一数就得答案"
    return None


def bare_order(q: Question) -> str | None:
    """Why a short true/false statement that is an instruction with no subject cannot be judged, or None."""
    if q.kind != "truefalse":
        return None
    body = q.stem.strip()
    body = body[m.end() :] if (m := _ATTRIBUTED.match(body)) else body
    body = body[m.end() :] if (m := _DATED.match(body)) else body
    if len(_NOT_CJK.sub("", body)) > BARE_ORDER_MAX:
        return None
    tags = segment.tag(body)[:2]
    if not tags:
        return None
    (word, first), second = tags[0], (tags[1][1] if len(tags) > 1 else "")
    if _BARE_ORDER_SPARED.match(word):
        return None
    # (a verb, not a verbal noun: 教育事业全面发展 has a subject)
    if first == "v" or (first in ("d", "ad") and second == "v"):
        return f"判断题的陈述“{body}”是没有主语的一句要求，谁做、何时做都没说，无从判断"
    return None


def restated_place(q: Question) -> str | None:
    """Why a list question whose keys restate the clauses of the place it names gives its answer, or None."""
    if q.kind not in ("recall", "multiple") or not (m := _PLACE.search(q.stem)):
        return None
    clauses = [c for c in _CLAUSE_BREAK.split(m.group(1)) if c]
    if q.kind == "recall":
        keys = list(q.answer)
    elif all(a in OPTION_LETTERS[: len(q.options)] for a in q.answer):
        keys = [q.options[OPTION_LETTERS.index(a)] for a in q.answer]
    else:
        return None
    if len(clauses) < 2 or len(keys) != len(clauses):
        return None

    def restates(key: str, clause: str) -> bool:
        return any(key[i : i + RESTATED_RUN] in clause for i in range(len(key) - RESTATED_RUN + 1))

    if all(any(restates(k, c) for c in clauses) for k in keys) and all(any(restates(k, c) for k in keys) for c in clauses):
        return f"答案各项就是题干所引“{m.group(1)}”的各个分句，题干泄露了答案"
    return None


def glossary_entry(q: Question) -> str | None:
    """Why a question on an annex's note of a report's shorthand asks no point of the report, or None."""
    if q.kind in SENTENCE_KINDS and q.kind not in _GLOSSARY_KINDS and (m := _GLOSSARY.match(q.stem.strip())):
        return f"题干“{m.group()}……”是附件对简称的名词注释，属琐碎信息，不是报告的要点"
    return None


def conjunction_opener(q: Question) -> str | None:
    """Why a stem that opens with a conjunction lacks the first of the two things it joins, or None."""
    words = segment.cut(q.stem.strip()[:8])
    if words and _CONJUNCTION.match(words[0]):
        return f"题干以连词“{words[0]}”开头，缺了它连着的前一项，是残句"
    return None


def tally_decimal(q: Question) -> str | None:
    """Why a true/false statement on a tally of hundreds of ten thousands to a decimal is rote trivia, or None."""
    if q.kind == "truefalse" and (m := _TALLY_DECIMAL.search(q.stem)):
        return f"判断题考精确到小数的统计数“{m.group()}”，是死记的琐碎数字，不是要点"
    return None


def vague_list_name(q: Question) -> str | None:
    """Why a list question that names its list only as 相关内容 cannot be answered, or None."""
    if q.kind in LIST_ASKING and (m := _VAGUE_LIST_NAME.search(q.stem)):
        return f"题干只说“{m.group()[:4]}”，没说问的是哪一组，无法作答"
    return None


def sequel_opener(q: Question) -> str | None:
    """Why a stem that opens after an event it does not show points outside itself, or None."""
    if m := _SEQUEL.match(q.stem.strip()):
        return f"题干以“{m.group()[:-1]}”开头，所接的前事不在题中"
    return None


def stray_close(q: Question) -> str | None:
    """Why a stem with a closing bracket that no opening one precedes is a cut piece of notes, or None."""
    if "）" not in q.stem and ")" not in q.stem:
        return None  # (most stems close none: no walk over their characters)
    depth = 0
    for ch in q.stem:
        depth += (ch in "（(") - (ch in "）)")
        if depth < 0:
            return "题干里有没有前括号的后括号，是从笔记中截下的残句"
    return None
