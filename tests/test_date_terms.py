"""A date asked beside a numbered party congress or plenary session keeps to it (session 27, rate32's blind teachers:
2011年10月 offered for 十八届四中全会, a year before the 18th congress; a congress's own year is given away by its
name).  Invented sentences of the genre."""

from __future__ import annotations

import pytest

from kaodian.questions.false_dates import term_years


@pytest.mark.parametrize(("sentence", "years"), [
    ("2017年10月，党的十九大提出要加快建设创新型国家。", (2017, 2017)),  # a congress: its year, no other
    ("2014年10月，党的十八届四中全会专题研究了依法治国问题。", (2013, 2017)),  # a later plenum: after the congress
    ("第二十届中央委员会第三次全体会议审议通过了决定。", (2023, 2027)),
    ("党的十九届一中全会选举产生了中央领导机构。", (2017, 2017)),  # a first plenum: the congress's days
    ("党的十八大以来，各地区各部门开展了专项整治。", None),  # (a time, not the meeting)
    ("学习贯彻党的二十大精神，2023年开展主题教育。", None),
    ("党的十九大和二十大都强调这一点。", None),  # (two meetings: no one term)
    ("全省推进十大民生工程。", None),  # (ten projects, no congress)
])
def test_the_years_a_numbered_meeting_allows(sentence, years):
    assert term_years(sentence) == years


@pytest.mark.parametrize("sentence", [
    "2023年，全市启动实施十三大工程，带动有效投资增长。",  # (thirteen projects, not the 13th congress of 1987)
    "2019年，全省推进十二大行动计划。",
    "2022年，全市聚焦十五大重点产业链。",
])
def test_a_short_name_that_counts_things_is_no_congress(sentence):
    # read as a congress, the sentence's date got no question at all (fact_target: "its name gives its year away")
    assert term_years(sentence) is None
