"""Cloze blanks a strict teacher sends back (session 27, issue 12: the cloze33 sample); every sentence here is
invented in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.questions.cloze_slots import split_pair
from kaodian.questions.lint import blank_problem


def _at(sentence: str, blank: str) -> tuple[int, int]:
    i = sentence.index(blank)
    return i, i + len(blank)


@pytest.mark.parametrize(("sentence", "blank", "flagged"), [
    # (the object of 健全 and the verb of 扩大…: two verb phrases' halves)
    ("优化实施补贴政策，进一步健全机制、扩大“覆盖面”。", "机制、扩大", True),
    ("逐步完善制度、提升服务质量。", "制度、提升", True),
    # (a whole series of objects, a series of activities, or a verb series that ends its clause: asked whole)
    ("逐步完善制度、规范、标准，提高服务质量。", "制度、规范、标准", False),
    ("加强服务、管理工作。", "服务、管理", False),
    ("坚持统筹规划、协调推进，提高服务质量。", "统筹规划、协调推进", False),
])
def test_a_blank_joining_two_verb_phrases_halves_fails_lint(sentence, blank, flagged):
    start, end = _at(sentence, blank)
    assert (split_pair(sentence, start, end) is not None) is flagged
    if flagged:
        assert blank_problem(sentence, start, end) is not None


@pytest.mark.parametrize(("sentence", "blank", "flagged"), [
    ("勤奋好学，是青年最宝贵的特质。", "特质", True),
    ("艰苦奋斗是共产党人的优秀品质。", "品质", True),
    ("艰苦奋斗是共产党人的政治本色。", "政治本色", False),
])
def test_a_hollow_quality_noun_is_no_blank(sentence, blank, flagged):
    start, end = _at(sentence, blank)
    assert (blank_problem(sentence, start, end) is not None) is flagged
