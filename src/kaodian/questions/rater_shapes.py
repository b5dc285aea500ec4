"""Shapes blind party-school teachers rejected in the reviews of sessions 7-13 that lint's other checks
let through, swept together in session 14 (issue 12, deliverable 5; labels in tests/data/lint_labels*.json),
each a small named check:

- ``plan_part``: a list question on a part of an event or work plan that holds its logistics (活动前期,
  注意事项, 参加人员): reciting a document's sub-headings and arrangements;
- ``cut_item``: a recall item or an option that says only where a text was changed (在…中), opens an
  amendment cut before its new wording (将… with no 为), opens with a partitive subject (有些…) or is only
  a time frame (…期间): no content of its own;
- ``have_option``: a wrong option of 有 and a noun (有能力) among terms: struck out by its form;
- ``virtue_in_avoid_slot``: a wrong option that is a virtue (求真务实) in a slot of what to avoid (不搞（　　）);
- ``picked_figures``: a recall of N figures (增长5%左右, …) cut from a sentence that states many times N: the stem
  asks "which N" of a run that holds far more, so no answer is the text's (session 23);
- ``attributed_copy``: a long true statement that copies a report's passage under the template's
  attribution (据《…》，): tasks or figures read out, no claim to judge;

``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it
flags.  Patterns and thresholds are policy (rater_shapes.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..kinds import LIST_KINDS
from ..model import OPTION_LETTERS, Question
from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("rater_shapes.yaml")
# What rater_shapes.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "plan_part": "re", "placement_item": "re", "amendment_head": "re", "partitive_item": "re",
    "time_item": "re", "have_option": "re", "attributed_true_max": int,
    "avoid_slot": "re", "virtue_end": "re", "figure": "re", "clause_split": "re", "picked_share": int,
}
_POLICY = load_policy_file(PATH, SCHEMA)
_PLAN_PART = re.compile(_POLICY["plan_part"])
_CUT_ITEMS = (
    (re.compile(_POLICY["placement_item"]), "只说在原文哪一处修改，没有修改的内容"),
    (re.compile(_POLICY["amendment_head"]), "是“将……修改为……”截去了新的表述，只剩半句"),
    (re.compile(_POLICY["partitive_item"]), "是“有些……有些……”中截下的一个主语，没说它怎样"),
    (re.compile(_POLICY["time_item"]), "只是一个时间状语，是截下的句首，不是要点"),
)
_HAVE_OPTION = re.compile(_POLICY["have_option"])
_AVOID_SLOT = re.compile(_POLICY["avoid_slot"])
_VIRTUE_END = re.compile(_POLICY["virtue_end"])
_FIGURE = re.compile(_POLICY["figure"])
_CLAUSE_SPLIT = re.compile(_POLICY["clause_split"])
ATTRIBUTED_TRUE_MAX: int = _POLICY["attributed_true_max"]
# The place a list question names: 关于“…”，… or 文章在“…”一处….  (The closing quotation mark is the last one
# before the comma or 一处: a place may quote a term itself.)
_PLACE = re.compile(r"(?:关于“(?P<a>.+?)”，|在“(?P<b>.+?)”一处)")
# The template's attribution before a report's statement: 据《…》，(2024年，)
_ATTRIBUTED = re.compile(r"^据(?:[\u4e00-\u9fff·]{2,8}的)?《[^》]*》(?:“[^”]*”部分)?，")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")


def findings(q: Question) -> list[str]:
    """The findings of this module on one question (see the module doc)."""
    right, wrong = _right_wrong(q)
    items = list(q.answer) if q.kind == "recall" else list(q.options) if q.kind in ("single", "multiple", "ordering") else []
    found = (plan_part(q), cut_item(items), have_option(right, wrong), virtue_in_avoid_slot(q.stem, wrong),
             attributed_copy(q), picked_figures(q))
    return [why for why in found if why]


def _right_wrong(q: Question) -> tuple[list[str], list[str]]:
    """A choice's right and wrong options; ([], []) for another kind or answer letters that name no option."""
    if q.kind not in ("single", "multiple") or not all(a in OPTION_LETTERS[: len(q.options)] for a in q.answer):
        return [], []
    right = [q.options[OPTION_LETTERS.index(a)] for a in q.answer]
    return right, [o for o in q.options if o not in right]


def _place(q: Question) -> str:
    """The place a list question names, or "" (not a list question, or one that names none)."""
    if q.point_kind not in LIST_KINDS or q.kind not in ("recall", "ordering", "single", "multiple"):
        return ""
    m = _PLACE.search(q.stem)
    return (m.group("a") or m.group("b") or "") if m else ""


def plan_part(q: Question) -> str | None:
    """Why a list question on a plan's logistics part does not test a point, or None."""
    place = _place(q)
    if place and _PLAN_PART.search(place):
        return f"题干问的“{place}”是活动或工作方案里的事务安排，背它的小标题和事项是文档结构，不是知识点"
    return None


def cut_item(items: list[str]) -> str | None:
    """Why a recall item or an option has no content of its own (a place, an amendment's head, a partitive
    subject, a time frame), or None."""
    for item in items:
        for pattern, why in _CUT_ITEMS:
            if pattern.search(item):
                return f"“{item[:16]}”{why}"
    return None


def have_option(right: list[str], wrong: list[str]) -> str | None:
    """Why a wrong option of 有 and a noun stands out among keys none of which opens with 有, or None."""
    if right and not any(r.startswith("有") for r in right):
        if odd := next((w for w in wrong if _HAVE_OPTION.search(w)), None):
            return f"错误选项“{odd}”是“有+名词”，不是与正确选项同类的词，一眼可排除"
    return None


def virtue_in_avoid_slot(stem: str, wrong: list[str]) -> str | None:
    """Why a wrong option that is a virtue stands out in a slot of what to avoid (不搞（　　）), or None."""
    if wrong and _AVOID_SLOT.search(stem) and (odd := next((w for w in wrong if _VIRTUE_END.search(w)), None)):
        return f"空处是要反对、避免的（“{_AVOID_SLOT.search(stem).group()[:-1]}”），错误选项“{odd}”却是褒义的，一眼可排除"
    return None


def attributed_copy(q: Question) -> str | None:
    """Why a true statement copying a long passage of a report under its attribution tests nothing, or None."""
    if q.kind != "truefalse" or q.answer != ("对",):
        return None
    m = _ATTRIBUTED.match(q.stem.strip())
    if m and (n := len(_NOT_CJK.sub("", q.stem[m.end() :]))) > ATTRIBUTED_TRUE_MAX:
        return f"判断题照抄报告里 {n} 字的一段判为对，是一串任务或数字，没有可判断的论断"
    return None


_YEAR = re.compile(r"\d{4}年")


def picked_figures(q: Question) -> str | None:
    """Why a recall of N items that each state a figure asks "which N" of a sentence that states picked_share
    times N figures or more (its clauses with a figure, split at ``clause_split``), or None."""
    if q.kind != "recall" or len(q.answer) < 2 or not all(_FIGURE.search(a) for a in q.answer):
        return None
    # (the figures left out: clauses of the keyed items themselves, each of which may state several, and a bare
    # year, 到2035年, are none: picked_share times N figures in all is (picked_share - 1) times N left out)
    left_out = [c for c in _CLAUSE_SPLIT.split(q.source.sentence)
                if _FIGURE.search(_YEAR.sub("", c)) and not any(c.strip() in a or a in c for a in q.answer)]
    stated = len(left_out) + len(q.answer)
    if len(left_out) < (_POLICY["picked_share"] - 1) * len(q.answer):
        return None
    return f"原文这一段列了 {stated} 个数据，题目只问其中 {len(q.answer)} 项，是任意挑出的几项，没有唯一答案"
