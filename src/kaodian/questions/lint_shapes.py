"""Shapes blind teachers rejected in the labeled reviews that lint's other checks let through (task lint,
session 20; issue 12, deliverable 5), each a small named check a teacher would state:

- ``note_item``: an option or a key that carries a note-taker's remark, a footnote number or a page reference
  (……这个…, ⑧我们…, 135-136改革, 价值观 70社会): no point of the text, and a key that holds one is keyed wrong;
- ``listed_heading``: a list question whose stem names its list by a heading that already lists the answers
  (关于“甲的主要内容：乙+丙+丁”… answered 乙、丙、丁): the stem gives the answer away;
- ``counted_key``: a single choice whose key counts the series the stem lists right before the blank (…、…、…（　　）
  keyed 三大体系) while wrong options count otherwise: the learner counts and strikes them out.

``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it flags.
Patterns and word lists are policy (lint_shapes.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import OPTION_LETTERS, Question
from ..numerals import value_of
from ..rules.schema import load_policy_file
from .sentence import PAREN

PATH = Path(__file__).with_name("lint_shapes.yaml")
# What lint_shapes.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "note_opening": "re", "page_ref": "re", "page_units": [str], "heading_parts": "re", "heading_part_min": int,
    "heading_part_len": int, "numbered": "re",
}


def read_policy(path: Path) -> dict:
    """The policy of ``path``, checked against SCHEMA; raises RuleErrors (every problem with file:line)
    or KaodianError (a file that is missing, unreadable or no YAML)."""
    return load_policy_file(path, SCHEMA)


_POLICY = read_policy(PATH)
_NOTE_OPENING = re.compile(_POLICY["note_opening"])
_PAGE_REF = re.compile(_POLICY["page_ref"])
_PAGE_UNITS = frozenset(_POLICY["page_units"])
_HEADING_PARTS = re.compile(_POLICY["heading_parts"])
HEADING_PART_MIN: int = _POLICY["heading_part_min"]
HEADING_PART_LEN: int = _POLICY["heading_part_len"]
_NUMBERED = re.compile(_POLICY["numbered"])
# What closes the clause the blank of a choice stands in, looking back from the blank.
_CLAUSE_BREAKS = re.compile(r"[，,。；;：:！？!?]")


def findings(q: Question, place: str) -> list[str]:
    """The findings of this module on one question (see the module doc); ``place`` is the list's name its stem
    gives (reject_shapes.list_place), or ""."""
    right, wrong = _right_wrong(q)
    keys = list(q.answer) if q.kind in ("recall", "cloze") else right
    found = [note_item([*keys, *wrong]), listed_heading(place, keys) if q.kind in ("recall", "single", "multiple") else None]
    if q.kind == "single" and len(right) == 1:
        found.append(counted_key(q.stem, right[0], wrong))
    return [why for why in found if why]


def _right_wrong(q: Question) -> tuple[list[str], list[str]]:
    """A choice's right and wrong options; ([], []) for another kind or answer letters that name no option."""
    if q.kind not in ("single", "multiple") or not all(a in OPTION_LETTERS[: len(q.options)] for a in q.answer):
        return [], []
    right = [q.options[OPTION_LETTERS.index(a)] for a in q.answer]
    return right, [o for o in q.options if o not in right]


def note_item(items: list[str]) -> str | None:
    """Why one of ``items`` (options, keys) is a note-taker's remark, a footnote or holds a page reference, or None."""
    for item in items:
        if _NOTE_OPENING.match(item):
            return f"“{item[:12]}”以省略号或注释编号开头，是笔记的批注或注释，不是要点"
        for m in _PAGE_REF.finditer(item):
            after = item[m.end():].lstrip()
            if after[:1] not in _PAGE_UNITS:
                return f"“{item[:16]}”里的“{m.group().strip()}”是页码，混进了选项或答案"
    return None


def listed_heading(place: str, keys: list[str]) -> str | None:
    """Why the heading ``place`` a list question names its list by lists its answers ``keys`` already, or None:
    HEADING_PART_MIN of its parts (parted by heading_parts) or more, each in a key of its own."""
    parts = [p for p in _HEADING_PARTS.split(place) if len(p) >= HEADING_PART_LEN]
    if len(parts) < HEADING_PART_MIN or len(keys) < 2:
        return None
    shown = [k for k in keys if any(p in k for p in parts)]
    used = {p for p in parts if any(p in k for k in keys)}
    if len(shown) >= HEADING_PART_MIN and len(used) >= HEADING_PART_MIN:
        return f"题干的标题“{place[:20]}”已列出答案（{'、'.join(sorted(used, key=place.find))}），不读原文也能答"
    return None


def counted_key(stem: str, key: str, wrong: list[str]) -> str | None:
    """Why a single choice's key, a numbered formulation, counts the series the stem lists right before the blank
    while a wrong option counts otherwise (counting the items strikes it out), or None."""
    m = _NUMBERED.match(key)
    at = stem.find(PAREN)
    if m is None or at < 0 or not (n := value_of(m.group(1))):
        return None
    clause = _CLAUSE_BREAKS.split(stem[:at])[-1]
    if clause.count("、") + 1 != n:
        return None
    if any((w := _NUMBERED.match(o)) and value_of(w.group(1)) != n for o in wrong):
        return f"题干在空前列了{n}项，正确选项“{key}”正是{n}项，数目不同的错误选项一数即可排除"
    return None
