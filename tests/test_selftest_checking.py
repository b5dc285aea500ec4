"""Answer checking: what a learner may type and still be right."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kaodian.model import Question, QuestionSource
from kaodian.answers import check, expected_text, comparable, parse_letters, parse_truefalse

SRC = QuestionSource(document="d.txt", article="文章", heading=None, sentence="", start=0, end=0)


def q(kind: str, answer, **kw) -> Question:
    return Question(id=f"t-{kind}", kind=kind, stem="题干", answer=tuple(answer), explanation="", source=SRC, **kw)


SINGLE = q("single", ["C"], options=("甲", "乙", "丙", "丁"))
MULTI = q("multiple", ["A", "B", "D"], options=("甲", "乙", "丙", "丁"))
ORDER = q("ordering", ["B", "D", "A", "C"], options=("甲", "乙", "丙", "丁"))
TF_TRUE = q("truefalse", ["对"])
TF_FALSE = q("truefalse", ["错"])
CLOZE = q("cloze", ["两个确立", "两个维护"], accepted=(("两个确立",), ("两个维护", "两个坚决维护")))
CLOZE_FREE = q("cloze", ["政治判断力", "政治领悟力", "政治执行力"], order_free=True)
CLOZE_ASCII = q("cloze", ["5G", "AI"])
RECALL = q("recall", ["第一点", "第二点"])
CLOZE_LIST = q("cloze", ["稳增长、调结构、防风险"])

# (question, response, correct, valid)
CASES = [
    (SINGLE, "C", True, True),
    (SINGLE, "c", True, True),
    (SINGLE, "Ｃ", True, True),  # full-width letter
    (SINGLE, " c ", True, True),
    (SINGLE, "B", False, True),
    (SINGLE, "", False, True),  # blank: "don't know", wrong
    (SINGLE, "E", False, False),  # not an option: ask again
    (SINGLE, "AB", False, False),  # two letters for a single choice
    (SINGLE, "C1", False, False),
    (MULTI, "ABD", True, True),
    (MULTI, "dba", True, True),  # any order, any case
    (MULTI, "A, B、D", True, True),
    (MULTI, "ＡＢＤ", True, True),
    (MULTI, "AB", False, True),
    (MULTI, "ABCD", False, True),
    (MULTI, "ABX", False, False),
    (ORDER, "BDAC", True, True),
    (ORDER, "b d a c", True, True),
    (ORDER, "B-D-A-C", True, True),
    (ORDER, "ABCD", False, True),
    (ORDER, "BDA", False, False),  # incomplete order: ask again
    (ORDER, "BDAA", False, False),
    (TF_TRUE, "对", True, True),
    (TF_TRUE, "√", True, True),
    (TF_TRUE, "T", True, True),
    (TF_TRUE, "t", True, True),
    (TF_TRUE, "正确", True, True),
    (TF_TRUE, "错", False, True),
    (TF_TRUE, "×", False, True),
    (TF_FALSE, "×", True, True),
    (TF_FALSE, "F", True, True),
    (TF_FALSE, "错误", True, True),
    (TF_FALSE, "对", False, True),
    (TF_FALSE, "也许", False, False),
    (CLOZE, ["两个确立", "两个维护"], True, True),
    (CLOZE, ["“两个确立”", "两个维护。"], True, True),  # quotes and full stop ignored
    (CLOZE, ["两个 确立", " 两个维护 "], True, True),  # white space ignored
    (CLOZE, ["两个确立", "两个坚决维护"], True, True),  # an accepted alternative
    (CLOZE, ["两个维护", "两个确立"], False, True),  # order matters without order_free
    (CLOZE, ["两个确立", ""], False, True),
    (CLOZE, ["两个确立"], False, True),  # a missing blank is wrong
    (CLOZE_FREE, ["政治执行力", "政治判断力", "政治领悟力"], True, True),
    (CLOZE_FREE, ["政治执行力", "政治执行力", "政治领悟力"], False, True),  # each answer once
    (CLOZE_ASCII, ["５Ｇ", "ai"], True, True),  # NFKC and case
    (CLOZE_ASCII, ["5 G", "Ａ Ｉ"], True, True),
    # a list in one blank typed with commas or semicolons for its 、 (session 23's newcomer was marked wrong)
    (CLOZE_LIST, ["稳增长，调结构，防风险"], True, True),
    (CLOZE_LIST, ["稳增长,调结构；防风险。"], True, True),
    (CLOZE_LIST, ["稳增长，防风险，调结构"], False, True),
    # the options' own words for their letters
    (SINGLE, "丙", True, True),
    (SINGLE, "“乙”", False, True),
    (SINGLE, "戊", False, False),
    (MULTI, "甲、乙、丁", True, True),
    (MULTI, "丁，甲，乙", True, True),
    (MULTI, "甲、乙", False, True),
    (MULTI, "甲、戊", False, False),
    (ORDER, "乙丁甲丙", False, False),  # an order is asked in letters
]


@pytest.mark.parametrize("question,response,correct,valid", CASES)
def test_check(question, response, correct, valid):
    v = check(question, response)
    assert (v.correct, v.valid) == (correct, valid)


def test_cloze_parts_say_which_blank_was_wrong():
    assert check(CLOZE, ["两个确立", "两个拥护"]).parts == (True, False)
    assert check(CLOZE_FREE, ["政治执行力", "政治鉴别力", "政治判断力"]).parts == (True, False, True)


def test_one_blank_cloze_takes_a_plain_string():
    one = q("cloze", ["数字鸿沟"])
    assert check(one, "“数字鸿沟”").correct is True


def test_recall_is_graded_by_the_learner():
    assert check(RECALL, "随便写").correct is None


def test_invalid_answer_explains_the_form():
    assert "A–D" in check(SINGLE, "E").hint
    assert "4" in check(ORDER, "BD").hint
    assert "对 或 错" in check(TF_TRUE, "嗯").hint


def test_ordering_hint_does_not_give_the_answer_away():
    hint = check(ORDER, "B").hint
    assert "BDAC" not in hint and "CADB" not in hint


def test_expected_text():
    assert expected_text(SINGLE) == "C. 丙"
    assert expected_text(MULTI) == "A. 甲；B. 乙；D. 丁"
    assert expected_text(ORDER) == "BDAC"
    assert expected_text(CLOZE_FREE).endswith("（顺序不限）")
    assert expected_text(RECALL) == "1. 第一点\n2. 第二点"


def test_parsers():
    assert parse_letters("a b,Ｃ", 4) == ("A", "B", "C")
    assert parse_letters("E", 4) is None
    assert parse_truefalse("√") == "对" and parse_truefalse("×") == "错" and parse_truefalse("嗯") is None


def _full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@given(st.text(alphabet=st.sampled_from("两个确立维护5GAIabc数字鸿沟"), min_size=1, max_size=12))
def test_an_answer_in_full_width_with_quotes_and_spaces_counts(answer):
    question = q("cloze", [answer])
    typed = "“" + " ".join(_full_width(answer)) + "”。"
    assert check(question, [typed]).correct is True


@given(st.text(max_size=20))
def test_normalize_is_idempotent(text):
    n = comparable(text)
    assert comparable(n) == n
    assert n == unicodedata.normalize("NFKC", n)


QUOTED = q("cloze", ["坚定“四个自信”"])


@pytest.mark.parametrize(
    "typed",
    ['坚定"四个自信"', "坚定四个自信", "坚定‘四个自信’", "坚定「四个自信」", "坚定＂四个自信＂", "“坚定四个自信”", "坚定 '四个自信'"],
)
def test_quotation_marks_of_any_kind_never_matter(typed):
    assert check(QUOTED, [typed]).correct is True


def test_quotation_marks_do_not_make_a_wrong_answer_right():
    assert check(QUOTED, ['坚定"四个意识"']).correct is False
    assert check(q("cloze", ["四个自信"]), ["坚定四个自信"]).correct is False
