"""True/false a teacher prints (task tf4, session 27; issue 12, rate32's blind review): no order swap that scrambles a
rule's clause into no sentence (a term opening with 或者, words between that end in 的 and modify the second term), and
no year changed that the rest of its sentence fixes (an anniversary, a range's end).  Every text is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kaodian.questions.order_swap import order_swap


@pytest.mark.parametrize("clause", [
    "特殊情况下，经作出或者批准作出补贴决定的机构批准，可以适当延长期限",
    "经审核或者批准作出补助决定的单位批准",
])
def test_no_order_swap_inside_a_rule_clause_of_alternatives(clause):
    # (rate32 Q025: 经作出组织批准作出处分决定的或者批准 — the swapped run is no sentence)
    text = f"{clause}。或者批准的事项另行公布。机构批准的事项另行公布。单位批准的事项另行公布。"
    assert order_swap(text, 0, len(clause)) is None


@pytest.mark.parametrize("sentence, old, new, fixed", [
    ("2021年7月1日，某领导在庆祝某协会成立100周年大会上宣布了决定。", "2021年7月1日", "2018年7月1日", True),
    ("2018年，某学会纪念某先生诞辰一百二十周年。", "2018年", "2015年", True),
    ("“十四五”时期（2021—2025年）某省完成十项任务。", "2021", "2018", True),  # the plan's span fixes its ends
    ("2016年—2020年，某省完成十项任务。", "2020年", "2014年", True),  # the range reversed
    ("2016年—2020年，某省完成十项任务。", "2020年", "2023年", False),
    ("2016年–2020年，某省完成十项任务。", "2020年", "2014年", True),  # (an en dash: policy.yaml range_marks)
    ("2018年某省召开第一次科技大会。", "2018年", "2015年", False),
    ("某协会成立100周年之际，某省投入1200亿元。", "1200亿元", "1440亿元", False),  # a tally, no year
])
def test_a_year_its_own_sentence_fixes_is_never_changed(sentence, old, new, fixed):
    # (rate32 Q021: 2018年 … 庆祝中国共产党成立100周年大会 — the anniversary gives the change away)
    from kaodian.questions.ask_truefalse import _doubtful
    from kaodian.questions.false_dates import fixed_year

    a = sentence.index(old)
    assert fixed_year(sentence, a, a + len(old), new) is fixed
    if fixed:
        assert _doubtful(sentence, (a, a + len(old), new))
