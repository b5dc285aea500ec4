"""Cloze blanks that run across a frame of their clause (session 23's newcomer, issue 12 "never half a word", "a list
that swallowed its governing verb phrase"): a preposition and half its object, a modal run before the verb, the verb
after a 把-series inside its last member, a series of clauses cut inside the first; and the by-ear name of a
problem (老大难).  The rules are blank_frames.yaml's and blank_shapes.yaml's.

The sentences are written for these tests in the genre's shapes, not taken from any text.
"""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.blank_shapes import adverb_opening
from kaodian.questions.lint import blank_problem


def _problem(sentence: str, blank: str) -> str | None:
    at = sentence.index(blank)
    return blank_problem(sentence, at, at + len(blank))


@pytest.mark.parametrize(
    ("sentence", "blank", "says"),
    [
        # a subject glued to a preposition and the start of its object, whose head stands after the blank
        ("协会以全行业的力量推动了服务标准的统一。", "协会以全行业", "宾语"),
        ("理事会把全体会员的意见汇总成年度报告。", "理事会把全体会员", "宾语"),
        ("会员要以谦虚的态度对待批评。", "以谦虚", "宾语"),
        # a modal run before the verb (必然会|有…): the sentence's mood, half a clause
        ("在走向行业前列的道路上，必然会有艰巨繁重的任务。", "必然会有艰巨繁重", "开头"),
        ("协会必将迎来更加广阔的发展空间。", "必将迎来更加广阔", "开头"),
        # the last member of a 把-series with the verb that governs the whole series
        ("会员要把扎实的专业知识、过硬的职业技能、良好的服务态度紧密结合起来。", "良好的服务态度紧密结合", "动词"),
        # a series of whole clauses cut inside the first one
        ("服务就在身边、帮扶就在眼前。", "身边、帮扶就在眼前", "分句"),
        # a verb and the first noun of its object, the object going on after the blank: it ends inside a term
        ("协会的目标是：五年内实现会员数量比现在翻一番。", "五年内实现会员", "中间"),
        # a series' last member that runs on into what the sentence says of the series
        ("各个分会、各个部门的工作要相互配合、相互支持。", "各个部门的工作要相互配合", "谓语"),
        # a verb's joint object split at 和 (推进A和B)
        ("坚持和完善会员服务制度、推进行业治理体系和治理能力现代化。", "推进行业治理体系", "拆开"),
        ("坚持和完善会员服务制度、推进行业治理体系和治理能力现代化。", "治理能力现代化", "拆开"),
        # the by-ear name of a problem (口语套话，一望即知)
        ("集中治理会费拖欠等“老大难”问题。", "老大难", "套话"),
    ],
)
def test_a_blank_across_a_frame_is_flagged(sentence: str, blank: str, says: str) -> None:
    why = _problem(sentence, blank)
    assert why is not None and says in why


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        # the object is the blank, or the blank closes it (以…为…)
        ("理事会把全体会员的意见汇总成年度报告。", "全体会员的意见"),
        ("坚持以会员为中心的服务理念。", "以会员为中心"),
        # a member whose object the adjective after it closes (对党忠诚 of 不忘初心、对党忠诚的品格)
        ("会员要有不忘初心、对党忠诚的品格。", "不忘初心、对党忠诚"),
        ("会员要坚持从严治会。", "从严治会"),
        # a preposition's character that is a verb's tail (奔|向, 走|向)
        ("实现一个阶段性目标，又奔向新的目标。", "又奔向新"),
        # words of their own that open with a preposition's character
        ("改革开放以来的行业成就举世瞩目。", "改革开放以来"),
        # the member of the 把-series alone, the verb outside the blank
        ("会员要把扎实的专业知识、过硬的职业技能、良好的服务态度紧密结合起来。", "良好的服务态度"),
        # the members whole
        ("各个分会、各个部门的工作要相互配合、相互支持。", "各个部门"),
        ("坚持和完善会员服务制度、推进行业治理体系和治理能力现代化。", "完善会员服务制度"),
        ("坚持和完善会员服务制度、推进行业治理体系和治理能力现代化。", "行业治理体系"),
        # a compound the segmenter reads as a verb and a noun, before the rest of its term
        ("协会推进会员碳排放权市场化交易。", "会员碳排放权"),
        # a series of terms, not clauses
        ("协会坚持服务会员、服务行业、服务社会。", "服务会员、服务行业、服务社会"),
    ],
)
def test_a_blank_inside_its_frame_stays(sentence: str, blank: str) -> None:
    assert _problem(sentence, blank) is None


def test_a_concept_after_biran_opens_no_modal_run() -> None:
    """必然要求, 必然趋势 are concepts (whether they are worth a blank is another check's): only 必然会 is a modal run."""
    sentence = "提高服务质量是协会发展的必然要求。"
    assert adverb_opening(sentence, sentence.index("必然"), len(sentence) - 1) is None


def test_generated_clozes_open_with_no_modal_run() -> None:
    text = "在走向行业前列的新征程上，必然会有艰巨繁重的任务，必然会有艰难险阻，特别需要我们发扬艰苦奋斗精神。\n"
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    answers = [a for q in bank.questions if q.kind == "cloze" for a in q.answer]
    assert not [a for a in answers if a.startswith("必然会")]
