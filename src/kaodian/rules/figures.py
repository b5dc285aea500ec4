"""Which figures of a sentence a test asks: a date that is the sentence's point or history, a rule's
or a target's number, a measure of the economy or of people's lives; not the day of a visit, a
statistics cut-off, the number of visitors, the year a plan is labelled by, or a report's tally of
what was done (743条, 两次降准, 是…的20倍).

A figure's class (``FigureRules.kind``) comes from its sentence (a past tally against a target, a
norm, a rule), its unit (a count of things or occasions against a measure) and its cue words
(目标, 左右, 以上, 不低于, 每…年, 任期, 规定…).  The patterns are policy (the ``figures`` section of
the rules).  The questions leave trivial figures unblanked and unchanged; importance ranks a fact
whose every figure is trivial low.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# a date as a question blanks or changes it (1978年12月18日, 2022年4月, 2019年)
DATE = re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日")
# what closes the clause a figure's cue words are looked for in (a sentence may state a target
# and a tally side by side: 城镇新增就业1200万人以上，…)
CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")

# The classes a test never asks (see the module docstring): a statistics cut-off, the year that labels
# a plan, the base year of a comparison, the day of a visit or an event, the year of a tally, the
# number of visitors, a count of the occasion's own order of the day, a report's tally of what was done.
TRIVIAL = frozenset({"cutoff", "plan_year", "base_year", "base_level", "narrative", "tally_year", "attendance", "occasion", "tally",
                     "sector", "career"})
# A class a cloze may still blank, ranked low, but that no true/false statement changes and no single choice
# asks: a sector's past rate (新登记企业增长24.5%), a cold number to a teacher though some points lists hold it.
MINOR = frozenset({"minor"})


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
    tally: re.Pattern[str]
    occasion: re.Pattern[str]
    base_before: re.Pattern[str]
    base_after: re.Pattern[str]
    level_from: re.Pattern[str]
    level_to: re.Pattern[str]
    name_before: re.Pattern[str]
    name_after: re.Pattern[str]
    plan_label: re.Pattern[str]
    sector: re.Pattern[str]
    headline: re.Pattern[str]
    career: re.Pattern[str]
    rate: re.Pattern[str]
    plan: re.Pattern[str]
    target_past: re.Pattern[str]
    indicator: re.Pattern[str]
    planned: re.Pattern[str]
    # each figure's class by (sentence, start, end): generation asks it again of a sentence's figures for each
    # kind and blank drafted (a third of the calls repeat one); cleared at _KINDS_MAX, so a library stays small
    _kinds: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_rules(cls, rules: dict) -> "FigureRules":
        return cls(**{k: re.compile(v) for k, v in rules["figures"].items()})

    def kind(self, sentence: str, start: int, end: int) -> str:
        """The class of the figure ``sentence[start:end]`` (a date or a number with its unit): for a date
        career, cutoff, target, plan_year, base_year, point_date, narrative, tally_year or history; for a number base_level, attendance,
        rule, name (an ordinal or a quoted name), occasion, tally, sector (a sector's quantity in a review of work), minor
        (a sector's past rate) or measure.  ``TRIVIAL`` holds the classes no test asks."""
        got = self._kinds.get((sentence, start, end))
        if got is None:
            if len(self._kinds) >= _KINDS_MAX:
                self._kinds.clear()
            got = self._kinds[sentence, start, end] = self._kind(sentence, start, end)
        return got

    def _kind(self, sentence: str, start: int, end: int) -> str:
        """``kind``, worked out."""
        figure = sentence[start:end].strip()
        before, after = sentence[:start], sentence[end:]
        if DATE.fullmatch(figure):
            if self.career.search(sentence):
                return "career"
            if self.cutoff.search(before):
                return "cutoff"
            if (self.target_before.search(before) and not self.target_past.search(before)) or self.target_after.match(after):
                return "target"
            if self.plan_label.match(after):
                return "plan_year"
            if self.base_before.search(before) or self.base_after.match(after):
                return "base_year"
            if self.point_date.search(sentence):
                return "point_date"
            if self.narrative.search(sentence):
                return "narrative"
            return "tally_year" if self._tallies(sentence) else "history"
        if self.level_from.search(before) and self.level_to.match(after):
            return "base_level"
        if (self.count.match(figure) and (self.attendance.search(sentence) or "人次" in figure)
                and not self.rule.search(sentence)):
            return "attendance"
        if self.rule.search(_clause(sentence, start, end)):
            return "rule"
        if self.name_before.search(before) or self.name_after.match(after):
            return "name"
        if self.occasion.search(sentence):
            return "occasion"
        planned = self.planned.search(sentence) is not None
        if self.tally.fullmatch(figure):
            return "rule" if planned else "tally"  # a plan's count is its target (再完成…600万套)
        if planned and self.sector.match(figure):
            return "rule"  # ... and so is its quantity (要完成铁路建设投资8000亿元)
        if self.sector.match(figure) and not self.headline.search(sentence):
            return "sector"
        if (self.rate.search(figure) and not self.headline.search(sentence) and not self.plan.search(sentence)
                and not self.indicator.search(_clause(sentence, start, end))):
            return "minor"
        return "measure"

    def _tallies(self, sentence: str) -> bool:
        """Whether ``sentence`` holds a count that is a tally of what was done."""
        return any(self.kind(sentence, *m.span()) == "tally" for m in self.tally.finditer(sentence))

    def minor(self, sentence: str, start: int, end: int) -> bool:
        """Whether ``sentence[start:end]`` is a minor figure: blanked, ranked low, never changed or chosen (``MINOR``)."""
        return self.kind(sentence, start, end) in MINOR

    def trivial(self, sentence: str, start: int, end: int) -> bool:
        """Whether ``sentence[start:end]`` (a date or a count) is trivia no test asks (see module docstring)."""
        return self.kind(sentence, start, end) in TRIVIAL

    def all_minor(self, sentence: str, figures: re.Pattern[str]) -> bool:
        """Whether every date and every match of ``figures`` in ``sentence`` is trivial or minor, and one is minor."""
        spans = [m.span() for m in DATE.finditer(sentence)] + [m.span() for m in figures.finditer(sentence)]
        kinds = [self.kind(sentence, a, b) for a, b in spans]
        return any(k in MINOR for k in kinds) and all(k in MINOR or k in TRIVIAL for k in kinds)

    def all_trivial(self, sentence: str, figures: re.Pattern[str]) -> bool:
        """Whether every date and every match of ``figures`` (a quantity with its unit) in ``sentence``
        is trivial, there is one, and the sentence names no place to ask instead."""
        if self.place.search(sentence):
            return False
        spans = [m.span() for m in DATE.finditer(sentence)] + [m.span() for m in figures.finditer(sentence)]
        return bool(spans) and all(self.trivial(sentence, a, b) for a, b in spans)


_KINDS_MAX = 65536  # figures remembered (the corpus asks about two thousand)


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` that holds [start, end): from the punctuation before it to the one after."""
    a = max((m.end() for m in CLAUSE_END.finditer(sentence, 0, start)), default=0)
    b = m.start() if (m := CLAUSE_END.search(sentence, end)) else len(sentence)
    return sentence[a:b]
