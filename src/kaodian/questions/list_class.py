"""The kind of thing a list's items are (经验, 原则, 意义, 措施 …), told by the head noun of the words
that name the list: its lead (三大法宝：, 社会主义改造的历史经验), else its heading.  A wrong option of
a list question is drawn only from lists of the same kind (changes.enumeration_candidates): an item of
a list of another kind is of another class than the keys, and a teacher strikes it out at a glance
(three 理论 beside a key that is an 经济成分, other chapters' headings as a 历史地位).  The nouns are
policy (list_class.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from .. import segment
from ..model import Point
from ..text import CLAUSE_END, SENTENCE_END

_POLICY = yaml.safe_load(Path(__file__).with_name("list_class.yaml").read_text(encoding="utf-8"))
_TAILS = re.compile(_POLICY["tails"])
# head noun -> class, longest noun first, so 经验教训 is read before 教训
_NOUNS = sorted(((n, c) for c, ns in _POLICY["classes"].items() for n in ns), key=lambda nc: -len(nc[0]))
_ASKING = [(o, c) for c, words in _POLICY["asking"].items() for o in words]
NOMINAL = frozenset(_POLICY["nominal"])
_SPLIT = re.compile(f"[{CLAUSE_END}{SENTENCE_END}：:、\n]")


@lru_cache(maxsize=4096)
def class_of_name(name: str) -> str:
    """The class of a list named ``name`` (list_class.yaml), or "" when its last clause ends in no head
    noun of a class and asks nothing (list_class.yaml asking)."""
    parts = [s.strip() for s in _SPLIT.split(name) if s.strip()]
    if not parts:
        return ""
    last = parts[-1]
    for _ in range(2):  # (…的主要内容是什么: the asking tail, then a 及其… after the head noun)
        last = _TAILS.sub("", last) or last
    # (what a name asks first: 如何坚持…原则 lists measures, 什么是…地位 says what the thing is)
    for word, cls in _ASKING:
        if word in last:
            return cls
    for noun, cls in _NOUNS:
        if last.endswith(noun):
            return cls
    return ""


def list_class(p: Point, text: str) -> str:
    """The class of the enumeration ``p`` of the document ``text``: that of the words before its first
    item (its lead, without the first item's marker), or of its heading when nothing leads it; "" when
    they name no kind.  (A chapter heading above a lead names the chapter, not the list: 社会主义改造理论
    above 农业、手工业的社会主义改造 would make every list of the chapter a list of 理论.)"""
    lead = text[p.sentence.start : p.items[0].start] if p.items and p.sentence.start < p.items[0].start else ""
    lead = _unmarked(lead.strip())
    if lead:
        return class_of_name(lead)
    return class_of_name(p.heading) if p.heading else ""


# An ordinal marker at the end of a lead, where the first item opens: （1）, 1】, ①, 一是, 一要, 首先，, 第一，.
_TRAILING_MARKER = re.compile(
    r"(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）】、.．]|[①-⑳]|[一二三四五六七八九十]是|[一二三四五六七八九十]要|首先|第一)[，,\s]*$"
)


def _unmarked(lead: str) -> str:
    """``lead`` without the ordinal marker of the first item at its end (三大法宝：（1） -> 三大法宝：)."""
    return _TRAILING_MARKER.sub("", lead).rstrip()


# Characters an item of another list shares with a key at its opening or its end (坚持…, …理论) to
# read as one of them beside the keys of a list that names no kind.
KIN_AFFIX = 2


def kindred(cls: str, other_cls: str, item: str, keys: list[str]) -> bool:
    """Whether ``item``, of a list of class ``other_cls``, may be a wrong option beside ``keys``, the
    items of a list of class ``cls``.  Beside a list that names its kind: an item of a list of the same
    class (an item of a list of 理论 is of another kind than the keys of a list of 经济成分), or of a list
    that names none and of the keys' form (form_kin).  Beside a list that names no kind: any, as the
    lists of one speech are told apart by the other checks."""
    if not cls:
        return True
    return other_cls == cls if other_cls else form_kin(item, keys)


def form_kin(item: str, keys: list[str]) -> bool:
    """Whether ``item`` ends with the KIN_AFFIX characters a key ends with (…经济 beside …经济: the head
    noun), or opens with the KIN_AFFIX characters every key opens with (坚持… beside 坚持…: the lead
    verb).  An opening only some keys share is chance (社会… beside 社会主义性质的国营经济、私人资本主义经济)."""
    if any(item[-KIN_AFFIX:] == k[-KIN_AFFIX:] for k in keys):
        return True
    return len({k[:KIN_AFFIX] for k in keys}) == 1 and item[:KIN_AFFIX] == keys[0][:KIN_AFFIX]


# A clause of the text that is no option: one holding a run of spaces (two columns of a PDF glued:
# 采取循序渐进的步骤    第一阶) or ending in the ordinal of the next point it ran into (…的领导第二).
_GLUED = re.compile(r"\s{2,}|　|第[一二三四五六七八九十]$")


def whole_clause(clause: str) -> bool:
    """Whether ``clause``, cut from the text between punctuation, may stand as an option: not glued to
    another column or to the next point's ordinal (_GLUED)."""
    return not _GLUED.search(clause)


# Characters read on each side of a line break to tell whether a word runs across it.
_WRAP_READ = 3


def cut_at_wrap(text: str, end: int) -> bool:
    """Whether the item of ``text`` ending at ``end`` was cut at a line wrap of its PDF: a line break
    follows it and a word runs across the break (…四项基本原 / 则是立国之本, …性质的合作 / 社经济,
    …这个阶 / 段): the item is a fragment, never an option.  (A new sentence or label after the break,
    …党的建设 / 武装斗争是…, shares no word with it.)"""
    if text[end : end + 1] != "\n":
        return False
    before, after = text[max(0, end - _WRAP_READ) : end], text[end + 1 : end + 1 + _WRAP_READ]
    if not before or not after or not ("\u4e00" <= before[-1] <= "\u9fff" and "\u4e00" <= after[0] <= "\u9fff"):
        return False
    at = 0
    for word in segment.cut(before + after):
        if at < len(before) < at + len(word):
            return True
        at += len(word)
    return False



# Numerals of an ordinal marker, read as one: 6. and 7. are one family of markers, 6. and 5） two.
_NUMERALS = re.compile("[0-9]+|[一二三四五六七八九十]+|[①-⑳]")


def marker_family(text: str, start: int) -> str:
    """The family of the ordinal marker right before the item of ``text`` at ``start`` (N. for 6., N） for
    5）, N是 for 六是, （N） for （三）), or "" when none stands there.  Items of one outline level of a
    text share a family; another family is another level (a heading among points, 6.某某特征 beside
    5）完善某某制度; a part's 六是… beside a paragraph's 一要…)."""
    m = _TRAILING_MARKER.search(text, max(0, start - 6), start)
    return _NUMERALS.sub("N", m.group().strip(" ，,\t\u3000")) if m else ""
