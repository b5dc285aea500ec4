"""A numbered formulation after a list of as many items (抓好A、B、C、D“四个环节”): the stem shows the count, so a
single choice on it takes only wrong options of that count (session 18, task distract: the key was the one
option of the count, 五个… beside 四个…、两个…).  Invented texts in the genre's shape."""

from __future__ import annotations

from kaodian.questions.believable import counted_before, shown_count
from kaodian.questions.single_shapes import findings
from test_head_class import single


def test_a_list_of_as_many_items_shows_the_count():
    text = "要抓好城市规划、建设、管理、服务“四个环节”，提升治理水平。"
    assert counted_before(text, text.index("四个"), "四个环节")


def test_phrases_or_another_count_show_none():
    text = "增强“四个意识”、坚定“四个自信”、做到“两个维护”。"
    assert not counted_before(text, text.index("两个"), "两个维护")  # (phrases, not counted items)
    text = "要抓好城市规划、建设、管理“四个环节”。"
    assert not counted_before(text, text.index("四个"), "四个环节")  # (three items for four)


def test_lint_flags_a_wrong_option_of_another_count():
    stem = "要抓好城市规划、建设、管理、服务（　　），提升治理水平。"
    assert shown_count(stem, "四个环节", ["三个务必", "四个自信", "两个维护"])
    assert shown_count(stem, "四个环节", ["四个意识", "四个自信", "四个全面"]) is None
    q = single(stem, ["三个务必", "四个环节", "四个自信", "两个维护"], "四个环节", "formulation")
    assert any("数目不同" in f for f in findings(q, "四个环节", ["三个务必", "四个自信", "两个维护"]))


def test_a_formulation_of_two_numerals_counts_no_list():
    text = "学习贯彻党的十八大、十九大、二十大精神，落实“十四五”规划。"
    assert not counted_before(text, text.index("十四五"), "十四五")  # (no crash on a run of numerals either)
