"""What the words that name a list say, read one way by all who read them: the counts a lead states
(以下十一个方面, 三点要求, 5项) and whether a label is a bare chapter label of study notes (第三章 …).

``listannounce`` states a lead whose count is the list's, ``listscope`` refuses a list its lead counts
otherwise or a table of contents, and lint (``reject_shapes``) flags a stem whose anchor counts otherwise
or names a table of contents.  The measure words are policy (vocab.yaml ``lead_units``), and so is the
chapter label (policy.yaml ``list_scope.contents_label``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..numerals import NUMERALS, value_of
from ..text import SENTENCE_END
from .policy import POLICY
from .vocab import alternation, load_vocab

_COUNT_CHARS = NUMERALS + "两"
# a count, not an ordinal (第五条) nor the tail of another numeral: Chinese numerals or digits before a
# measure word, the longest word first (个方面 before 个)
_STATED = re.compile(f"(?<![第{_COUNT_CHARS}\\d])([{_COUNT_CHARS}]+|\\d+)({alternation(load_vocab().lead_units)})")
# A bare 个 counts a formulation as often as a list (两个维护, 四个意识): only a lead's first count, which
# must then be the list's, is read with it (listannounce.announced).
FORMULATION_UNIT = "个"


class Count(NamedTuple):
    """A count a text states: its value, its measure word and where it stands."""

    value: int
    unit: str
    start: int
    end: int


def stated_counts(text: str, start: int = 0) -> list[Count]:
    """Every count ``text`` states from ``start`` on (十一个方面 -> Count(11, 个方面, …)), in order."""
    return [Count(value_of(m.group(1)), m.group(2), m.start(), m.end()) for m in _STATED.finditer(text, start)]


def list_counts(text: str) -> list[Count]:
    """The counts of ``text`` that count a list: those by a bare 个 left out (see FORMULATION_UNIT)."""
    return [c for c in stated_counts(text) if c.unit != FORMULATION_UNIT]


# a counted formulation's name is this long at most (三个代表, 四项基本原则, 两个一百年)
_FORMULATION_MAX = 8


def names_formulation(text: str, count: Count) -> bool:
    """Whether ``count`` opens the name of a known formulation (lexicon class 提法: 三个代表) that
    ``text`` sets among other names (邓小平理论，三个代表，科学发展观): it names a thing and counts no
    list, though the list under it has as many items."""
    if not any(c in text for c in "，、,"):
        return False
    from .. import lexicon  # (loaded on the first look-up: a lead without a count never pays for it)

    return any(lexicon.class_of(text[count.start : count.start + k]) == "提法" for k in range(3, _FORMULATION_MAX + 1))


def stated(item: str, text: str, end: int) -> bool:
    """Whether ``item``, which ends at ``end`` of ``text``, is a point stated, not a title: it ends with a
    sentence's stop, or one follows it."""
    after = text[end:end + 1]  # ("" at the end of the text, which is in any string: no stop follows)
    return item.rstrip().endswith(tuple(SENTENCE_END)) or (after != "" and after in SENTENCE_END)


_CONTENTS = re.compile(POLICY["list_scope"]["contents_label"])
_TITLE_QUESTION = re.compile(POLICY["list_scope"]["title_question"])


def table_of_contents(label: str, items: Sequence[str], stated: Sequence[bool]) -> bool:
    """Whether a list is a study note's own structure, its table of contents, not a point: it is named
    only by ``label``, a bare chapter label (第三章, 第一章 马克思主义中国化…), and most of its items are no
    statement (``stated[i]``: item i ends a sentence; 坚持真理、坚守理想。 is what the chapter states, no
    section title); or most of its ``items`` are exam-question titles (试述…, …是什么？).  ``label`` is ""
    when a lead of the list's own names it."""
    if label and _CONTENTS.match(label.strip()) and sum(not s for s in stated) * 2 > len(stated):
        return True
    return sum(bool(_TITLE_QUESTION.search(s.strip())) for s in items) * 2 > len(items)
