"""Figure options stand in ascending order (a teacher rejected a shuffled row of years)."""

import pytest

from kaodian.questions.draws import Draws
from kaodian.questions.drafting import shuffle
from kaodian.questions.figure_order import ascending


@pytest.mark.parametrize(
    "options, expected",
    [
        (["1998年", "1990年", "1995年", "1993年"], ["1990年", "1993年", "1995年", "1998年"]),
        (["五年", "三年", "一年", "两年"], ["一年", "两年", "三年", "五年"]),
        (["增长8%左右", "增长6.5%左右", "增长7%左右", "增长9%左右"], ["增长6.5%左右", "增长7%左右", "增长8%左右", "增长9%左右"]),
        (["第十二次", "第九次", "第十次", "第十一次"], ["第九次", "第十次", "第十一次", "第十二次"]),
        (["二〇一〇年", "二〇〇八年", "二〇一二年"], ["二〇〇八年", "二〇一〇年", "二〇一二年"]),
        (["2004年1月", "2003年6月", "2003年11月"], ["2003年6月", "2003年11月", "2004年1月"]),  # the year first
    ],
)
def test_figures_of_one_shape_ascend(options, expected):
    assert ascending(options) == expected


@pytest.mark.parametrize(
    "options",
    [
        ["三个有利于", "三个代表", "三个务必"],  # figures in different words: terms, not figures
        ["1995年", "某次会议", "1990年"],  # not every option is a figure
        ["5年", "5年"],  # no order among equal figures
        ["2003年6月", "2003年"],  # figures in other words
    ],
)
def test_other_rows_keep_their_order(options):
    assert ascending(options) == options


def test_shuffle_keeps_the_key_letter_on_sorted_figures():
    options, letters = shuffle(["1993年"], ["1998年", "1990年", "1995年"], Draws(3, "test"))
    assert list(options) == ["1990年", "1993年", "1995年", "1998年"]
    assert letters == ("B",)
