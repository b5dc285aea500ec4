"""The counts a list's lead states (以下十一个方面, 三点要求, 5项): one reading for all who count a lead.

``listlead`` states a lead whose count is the list's, ``listscope`` refuses a list its lead counts
otherwise, and lint (``reject_shapes``) flags a stem that asks another count than its anchor names.
The measure words are policy (vocab.yaml ``lead_units``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..numerals import NUMERALS, value_of
from .vocab import alternation, load_vocab

_COUNT_CHARS = NUMERALS + "两"
# a count, not an ordinal (第五条) nor the tail of another numeral: Chinese numerals or digits before a
# measure word, the longest word first (个方面 before 个)
_STATED = re.compile(f"(?<![第{_COUNT_CHARS}\\d])([{_COUNT_CHARS}]+|\\d+)({alternation(load_vocab().lead_units)})")
# A bare 个 counts a formulation as often as a list (两个维护, 四个意识): only a lead's first count, which
# must then be the list's, is read with it (listlead.announced).
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
