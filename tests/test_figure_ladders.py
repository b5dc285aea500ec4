"""A series of figures a sentence calls steps (连跨…两个台阶) is a ladder: a false statement keeps its order, and no rung
is asked as a single choice, since the other rung gives it away (issue 12; invented sentences)."""

from __future__ import annotations

import re

import pytest

from kaodian.questions.false_figures import changed_number_beside
from kaodian.questions.figure_choice import figure_ladder

_LADDER = "全市经济总量先后迈上3万亿元、4万亿元两个台阶，居民收入分别增长5%、8%。"


@pytest.mark.parametrize("number", ["3万亿元", "4万亿元", "5%", "8%"])
def test_a_changed_figure_keeps_its_order_in_a_series(number):
    at = _LADDER.index(number)
    new = changed_number_beside(number, _LADDER, at)
    if new is None:
        return  # (no change keeps the order: no false statement on this figure)
    changed = _LADDER[:at] + new + _LADDER[at + len(number):]
    figures = [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)万亿元", changed)]
    assert figures == sorted(figures) and len(set(figures)) == len(figures), changed
    shares = [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)%", changed)]
    assert shares == sorted(shares) and len(set(shares)) == len(shares), changed


def test_a_rising_rung_is_never_moved_past_the_next():
    s = "本市常住人口连续突破8百万人、9百万人两大关口。"
    assert changed_number_beside("8百万人", s, s.index("8百万人")) is None  # (8 -> 9 would equal its neighbour)


@pytest.mark.parametrize("number", ["3万亿元", "4万亿元"])
def test_no_rung_of_a_ladder_is_a_single_choice(number):
    at = _LADDER.index(number)
    assert figure_ladder(number, _LADDER, 4, 1, _LADDER[:at], _LADDER[at + len(number):]) is None


@pytest.mark.parametrize("number", ["5%", "8%"])
def test_a_series_no_sentence_calls_steps_keeps_its_single_choice(number):
    at = _LADDER.index(number)
    assert figure_ladder(number, _LADDER, 4, 1, _LADDER[:at], _LADDER[at + len(number):]) is not None


def test_a_ladders_cloze_blanks_every_rung(tmp_path):
    from kaodian import pipeline

    src = tmp_path / "report.txt"
    src.write_text("2031年某市政府工作报告\n\n一、过去五年工作回顾\n\n"
                   "过去五年，全市经济总量先后迈上3万亿元、4万亿元两个台阶，城镇新增就业120万人。\n", encoding="utf-8")
    bank = pipeline.make_bank([str(src)], pipeline.settings(kinds="cloze,single")).bank.questions
    rungs = [q for q in bank if "台阶" in q.stem and "万亿元" in "".join(q.answer + q.options)]
    assert rungs, [q.stem for q in bank]
    for q in rungs:
        # (never one rung alone beside the other: a blank 迈上______、4万亿元 can only be 3万亿元)
        assert q.kind == "cloze" and "、" in q.answer[0], (q.kind, q.stem, q.answer)
