"""Which figures of a sentence a test asks: a date that is the sentence's point or history, a rule's
or a target's number; not the day of a visit, a statistics cut-off or the number of visitors.

The patterns are policy (the ``figures`` section of the rules).  The questions
leave trivial figures unblanked and unchanged; importance ranks a fact whose
every figure is trivial low.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a date as a question blanks or changes it (1978年12月18日, 2022年4月, 2019年)
DATE = re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日")


@dataclass(frozen=True)
class FigureRules:
    """The compiled ``figures`` section."""

    point_date: re.Pattern[str]
    narrative: re.Pattern[str]
    place: re.Pattern[str]
    cutoff: re.Pattern[str]
    target_before: re.Pattern[str]
    target_after: re.Pattern[str]
    count: re.Pattern[str]
    attendance: re.Pattern[str]
    rule: re.Pattern[str]

    @classmethod
    def from_rules(cls, rules: dict) -> "FigureRules":
        return cls(**{k: re.compile(v) for k, v in rules["figures"].items()})

    def trivial(self, sentence: str, start: int, end: int) -> bool:
        """Whether ``sentence[start:end]`` (a date or a count) is trivia no test asks (see module docstring)."""
        figure = sentence[start:end].strip()
        before, after = sentence[:start], sentence[end:]
        if DATE.fullmatch(figure):
            if self.cutoff.search(before):
                return True
            if self.target_before.search(before) or self.target_after.match(after):
                return False
            return not self.point_date.search(sentence) and bool(self.narrative.search(sentence))
        if self.count.match(figure):
            return bool(self.attendance.search(sentence) or "人次" in figure) and not self.rule.search(sentence)
        return False

    def all_trivial(self, sentence: str, figures: re.Pattern[str]) -> bool:
        """Whether every date and every match of ``figures`` (a quantity with its unit) in ``sentence``
        is trivial, there is one, and the sentence names no place to ask instead."""
        if self.place.search(sentence):
            return False
        spans = [m.span() for m in DATE.finditer(sentence)] + [m.span() for m in figures.finditer(sentence)]
        return bool(spans) and all(self.trivial(sentence, a, b) for a, b in spans)
