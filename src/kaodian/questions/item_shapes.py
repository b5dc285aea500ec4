"""Shapes of options and answers blind party-school teachers rejected in the reviews of sessions 9-15
that lint's other checks let through (issue 12, deliverable 5; labels in tests/data/lint_labels*.json),
each a small named check:

- ``bracket_cut``: an option, list answer or blank whose brackets do not pair: cut inside a parenthesis;
- ``basis_only``: an option or list answer that is only the basis of a requirement (根据…等因素), no
  requirement;
- ``pronoun_blank``: a cloze blank that opens with a pronoun pointing outside the question;
- ``context_opener``: a stem that opens with a word pointing at a time or at things named before (当时, 三者);
- ``odd_item``: a recall whose items all open alike (通过深化…) but the last: the list ran past its end into the
  next heading (session 27).

``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it
flags.  Patterns and thresholds are policy (item_shapes.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import segment
from ..model import Question
from ..rules.schema import load_policy_file
from .vocab import load_vocab

PATH = Path(__file__).with_name("item_shapes.yaml")
# What item_shapes.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "brackets": [str], "basis_end": "re", "pronoun_blank": [str], "context_opener": "re",
    "odd_item_min": int, "odd_item_opening": int,
}
_POLICY = load_policy_file(PATH, SCHEMA)
_BRACKETS = tuple((pair[0], pair[1]) for pair in _POLICY["brackets"])
_BASIS_END = re.compile(_POLICY["basis_end"])
_PRONOUNS = frozenset(_POLICY["pronoun_blank"])
_CONTEXT_OPENER = re.compile(_POLICY["context_opener"])
_CLAUSE_MARK = re.compile("[，,；;：:。]")


def findings(q: Question) -> list[str]:
    """The findings of this module on one question (see the module doc)."""
    found = (bracket_cut(q), basis_only(q), pronoun_blank(q), context_opener(q), odd_item(q))
    return [why for why in found if why]


def _items(q: Question) -> tuple[str, ...]:
    """The texts a learner reads as items: a choice's options, a list's answers, a cloze's blanks."""
    if q.kind in ("single", "multiple", "ordering"):
        return q.options
    if q.kind in ("recall", "cloze"):
        return q.answer
    return ()


def _paired(text: str, opening: str, closing: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == opening) - (ch == closing)
        if depth < 0:
            return False
    return depth == 0


def bracket_cut(q: Question) -> str | None:
    """Why an item whose brackets do not pair is a piece cut inside a parenthesis, or None."""
    for item in _items(q):
        if not all(_paired(item, o, c) for o, c in _BRACKETS):
            return f"“{item}”的括号不成对，是在括号中间截断的残片"
    return None


def basis_only(q: Question) -> str | None:
    """Why an option or list answer that is only a requirement's basis (根据…等因素) is no point, or None."""
    if q.kind not in ("single", "multiple", "recall", "ordering"):
        return None
    openers = load_vocab().condition_openers
    for item in _items(q):
        if item.startswith(openers) and not _CLAUSE_MARK.search(item) and _BASIS_END.search(item):
            return f"“{item}”只是依据（{item[:2]}…），没有说要做什么，是截断的前半句"
    return None


def pronoun_blank(q: Question) -> str | None:
    """Why a cloze blank whose first word is a pronoun (它…) points outside the question, or None."""
    if q.kind != "cloze":
        return None
    for answer in q.answer:
        if answer[:1] in "它他她其此" and segment.cut(answer)[0] in _PRONOUNS:
            return f"空“{answer}”以代词开头，指的是题外的内容"
    return None


def context_opener(q: Question) -> str | None:
    """Why a stem opening with a word that points at a time or at things named before (当时, 第二天, 三者)
    cannot be answered from the question alone, or None.  List questions (关于“…”，…) name their place."""
    if q.kind not in ("cloze", "single", "multiple", "truefalse"):
        return None
    if m := _CONTEXT_OPENER.match(q.stem):
        word = m.group()[m.group().rfind("，") + 1 :]  # (after the attribution)
        return f"题干以“{word}”开头，指的是题外的时间或内容，离开原文无从作答"
    return None



def odd_item(q: Question) -> str | None:
    """Why a recall whose items all open with the same odd_item_opening characters (通过深化相关制度改革… ×3) but
    its last keys an item that is not one of the list's: the list ran past its end into the next heading (党的自我
    革命的实践探索); or None.  A first item unlike the rest is the list's lead-in, which a teacher edits rather than
    rejects."""
    items = [a.strip() for a in q.answer]
    if q.kind != "recall" or len(items) < _POLICY["odd_item_min"]:
        return None
    opening = items[0][: _POLICY["odd_item_opening"]]
    if len(opening) == _POLICY["odd_item_opening"] and all(item.startswith(opening) for item in items[:-1]) \
            and not items[-1].startswith(opening):
        return f"答案前几项都以“{opening}”开头，末项“{items[-1][:16]}”不是：列举到此已完，末项是下一节的标题或别处的话"
    return None
