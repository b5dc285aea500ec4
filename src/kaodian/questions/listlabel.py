"""The label that governs a list: the nearest title line over it, and whether a stem's name says it.

Study notes set a list under a title line of its own (科学内涵 / 1. … 2. …; 毛泽东思想： / 1. …), and
set several such lines under one numbered point or heading (### 活的灵魂 / #### 实事求是 / 1. … /
#### 群众路线 / 1. …).  A stem naming the list by the point or heading above those lines asks about
another list than the one it answers (blind teachers, session 11: 问“活的灵魂”却给出群众路线的三条要求;
题干“科学内涵和实现路径”各有三点，指向不明).  ``scoped`` says the list by its governing label, or says
that no stem can tell which list it asks.  The label's shapes are policy (anchors.yaml ``list_label``).
"""

from __future__ import annotations

import re

from .. import lexicon, segment
from ..model import Span
from ..numerals import value_of
from ..text import SENTENCE_END
from .anchors import POLICY
from .labels import is_aspect, subject_of
from .note_shapes import SPEECH_VERBS
from .vocab import load_vocab

_G = POLICY["list_label"]
# a label's own characters: a title line of words, no clause (a page note (P26) or a link is no label)
_LABEL = re.compile(_G["label"])
_TITLE_LEAD = re.compile(_G["title_lead"])
_OWNED = re.compile(POLICY["labels"]["owned"])
_ASPECTS = frozenset(POLICY["labels"]["aspects"])
_COUNTED = re.compile(_G["counted"])
_COLONS = "：:"
_VOCAB = load_vocab()
_ANNOUNCING = tuple(_VOCAB.lead_copulas)


# a count at a lead's end, before its colon: the number with a measure word and a noun of a few characters
# (三个阶段, 两点要求) or with one character (“四性”), a closing quote; a number opening a longer name
# (“两头在外”) counts nothing
_COUNT_END = re.compile(r"([一二三四五六七八九十两]+|\d+)(?:[个项点条种大][^，。：；、“”\s]{0,4}|[^，。：；、“”\s]?)”?[：:]$")


def own_lead(lead: Span, item: Span, items: tuple[Span, ...], text: str) -> bool:
    """Whether a list standing under ``item`` of another list has a lead of its own after that item, in the
    item's paragraph, which announces it with a colon (四是扩大开放。当时…的发展叫作“…”：一是…二是…): its items
    are what that lead says (the signs of a problem), not the item's points, and a stem naming the list by
    the item asks for another list (session 13, teacher C: 所列两点是…的表现而非…的举措，题干张冠李戴).  An
    item on a line of its own (a note's question, 3、怎样理解…？ / 答：…这是因为：第一，…) is what its paragraphs
    answer, and names their list.  A title label (主要内容：) is no such
    lead: it says which of the item's lists it is (``scoped``); nor is one that ends by counting the list
    (他的理解有三个阶段：, 要注重提高“四性”：): the count says the list is the item's own (its stages, its
    requirements); a number inside a name the lead quotes (“两头在外…”) counts nothing."""
    said = lead.text.strip()
    counted = (m := _COUNT_END.search(said)) is not None and value_of(m.group(1)) == len(items)
    inline = lead.start >= item.end and "\n" not in text[item.end : lead.start]
    return inline and lead.end <= items[0].start and said[-1:] in _COLONS and not label_of(said) and not counted



def label_of(line: str) -> str:
    """``line`` as a list's title label (毛泽东思想： -> 毛泽东思想, 主要内容 -> 主要内容), or "" when it is
    no title line: a statement, a clause, a page note or a link."""
    line = line.strip().rstrip(_COLONS).strip()
    return line if _LABEL.fullmatch(line) and _titles(line) else ""


def _titles(label: str) -> bool:
    """Whether ``label`` names a thing, so it can govern a list: no speaker (习近平： before his words;
    lexicon class 人物), no sentence that announces its list (它的基本任务是：) and no statement (某某的科学体系包含着丰富内容： says something: a verb with words
    after it; 三次历史性飞跃 ends in one, 实现路径 is an aspect)."""
    if lexicon.class_of(label) == _G["speaker_class"] or label.endswith(SPEECH_VERBS):
        return False  # (习近平：, 会议强调： bring in what was said)
    words = segment.tag(label)
    if words[-1][0] in _ANNOUNCING or label[0] in _VOCAB.context_pronouns:
        return False  # (它的基本任务是： announces its list in a sentence, says no title; 实事求是 is one)
    if is_aspect(label):
        return True
    return not any(t.startswith("v") for _, t in words[:-1])


def speaker(line: str) -> bool:
    """Whether ``line`` is only a speaker before his words (习近平：; lexicon class 人物) or a verb of saying
    (会议强调：): it says who speaks, not what the list under it is."""
    line = line.strip()
    label = line.rstrip(_COLONS).strip()
    return line[-1:] in _COLONS and bool(label) and (
        lexicon.class_of(label) == _G["speaker_class"] or label.endswith(SPEECH_VERBS))


def own_title(lead: str, line: str) -> str:
    """The list's own lead ``lead`` as its title, when the lead is all of its ``line`` (markers and all
    cut off before) or ends with a colon and says no statement (邓小平理论，三个代表，科学发展观：;
    科学内涵); "" otherwise (要把握以下几点。 is a sentence that announces, no title)."""
    lead = lead.strip()
    if not lead or lead[-1:] in SENTENCE_END or any(c in lead[:-1] for c in SENTENCE_END):
        return ""
    if lead[-1:] not in _COLONS and line.strip() != lead:
        return ""
    bare = lead.rstrip(_COLONS).strip()
    return bare if _TITLE_LEAD.fullmatch(bare) and _titles(bare) else ""


def names_itself(label: str, n: int) -> bool:
    """Whether a title ``label`` names its list of ``n`` items with no help: a thing's aspect said with the
    thing (邓小平理论的主要内容, 某社会的特征), or a count that is the list's (三次历史性飞跃, 三大法宝)."""
    owned = _OWNED.match(label)
    if owned and owned.group("own") in _ASPECTS:
        return True
    counted = _COUNTED.match(label)
    return bool(counted) and value_of(counted.group(1)) == n


def scoped(name: str, label: str, n: int) -> tuple[str, bool]:
    """How a stem names a list of ``n`` items that its point or heading ``name`` stands over and the title
    ``label`` governs: (name, True) when the label adds nothing (none, or ``name`` says it already);
    the label said of the name (科学内涵 under 某某的科学内涵和实现路径 -> 某某的科学内涵); the label
    alone when it names the list itself; and ("", False) when the stem cannot tell which list it asks
    (实事求是 under 毛泽东思想活的灵魂: the name says another list)."""
    if not label or label == name:
        return name, True
    # (said of the name first: 关系 is in 某某的成果及其相互关系, yet names one of its two parts)
    said = subject_of(label, name) if name else None
    if said:
        return said, True
    if label in name:
        return name, True
    if names_itself(label, n):
        return label, True
    return "", False
