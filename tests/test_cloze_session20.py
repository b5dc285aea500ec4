"""Cloze shapes session 20's blind teachers rejected (task cloze, session 21): a blank that cuts a written
number or ends in a pronoun or an adverb, a subject blanked whole where 是 says only a quality of it, a blank
that runs on into its verb, a role phrase blanked beside the concept, a statistic of a review.  Invented texts
in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.lint import blank_problem


def _clozes(text: str) -> list[tuple[str, tuple[str, ...]]]:
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    return [(q.stem, q.answer) for q in bank.questions if q.kind == "cloze"]


def _answers(text: str) -> list[str]:
    return [a for _, ans in _clozes(text) for a in ans]


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        # 二百一十|万野战军: the segmenter splits the number, the blank must not (空格切断“二百一十万”)
        ("我们必须把三百二十万会员看成一所巨大的学校。", "万会员"),
        ("现在准备派往各地的五万三千个干部还很不够用。", "三千"),
        ("现在准备派往各地的五万三千个干部还很不够用。", "五万"),
        # a blank that ends in a pronoun or an adverb, series or not (政治、军事、经济哪; 斯大林曾经)
        ("学了文化以后，政治、军事、经济哪一门都可学。", "政治、军事、经济哪"),
        ("马克思、恩格斯、列宁曾经反复地讲，理论不是教条。", "列宁曾经"),
        # ... or opens with a pronoun (这就是我们; 我们尊重知识分子)
        ("反对主观主义以整顿学风，这就是我们党的任务。", "这就是我们"),
        ("我们尊重知识分子是完全应该的。", "我们尊重知识分子"),
        # a hollow noun any word replaces (所必须首先采取的______ 步骤; 很好的______ 现象)
        ("这些都是我们进入城市的时候所必须首先采取的步骤。", "步骤"),
        ("这是协会会员工作中很好的现象。", "现象"),
    ],
)
def test_a_blank_that_cuts_a_number_or_is_half_a_clause_is_refused(sentence: str, blank: str) -> None:
    from kaodian.questions.lint import cuts_numeral  # (here: the drafter's check is new with this behaviour)

    at = sentence.index(blank)
    assert blank_problem(sentence, at, at + len(blank)) is not None or cuts_numeral(sentence, at, at + len(blank))


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("出席的有中央委员三十四人。", "三十四"),
        ("我们必须把三百二十万会员看成一所巨大的学校。", "三百二十万"),
        ("坚持以人民为中心的发展思想。", "以人民为中心"),
    ],
)
def test_a_whole_number_or_a_term_stays_a_blank(sentence: str, blank: str) -> None:
    from kaodian.questions.lint import cuts_numeral

    at = sentence.index(blank)
    assert blank_problem(sentence, at, at + len(blank)) is None and not cuts_numeral(sentence, at, at + len(blank))


def test_a_key_phrase_that_cuts_a_number_gives_way_to_the_other() -> None:
    """二百一十|万野战军 was blanked first as a count; the statement's concept is 干部学校 (应改空“干部学校”)."""
    got = _clozes("我们必须把三百二十万会员看成一个巨大的干部学校。\n")
    assert [ans for _, ans in got] == [("干部学校",)], got


def test_a_subject_whose_predicate_names_a_class_stays_a_blank() -> None:
    """国营经济是社会主义性质的: a classification, the subjects are the point."""
    flat = _answers("国营经济是社会主义性质的，合作社经济是半社会主义性质的，这些就是协会的几种主要的经济成分。\n")
    assert "国营经济" in flat and "合作社经济" in flat, flat


def test_a_subject_is_not_blanked_where_its_predicate_is_a_quality() -> None:
    """南方和北方的情况是不同的: many subjects fit (整个主语挖空，答案开放)."""
    got = _clozes("城市和乡村的情况是不同的，协会的工作任务也就必须有所区别。\n"
                  "第一种矛盾是国内的，即会员和协会的矛盾。\n")
    flat = [a for _, ans in got for a in ans]
    assert "城市和乡村的情况" not in flat and "城市和乡村" not in flat, got
    assert "第一种矛盾" not in flat, got


@pytest.mark.parametrize(
    ("clause", "subject", "blank"),
    [
        ("城市和乡村的情况是协会工作的出发点", "城市和乡村的情况", "城市和乡村"),
        ("团结奋斗是协会的优良传统", "团结奋斗", "团结奋斗"),
        ("城市和乡村的情况是不同的", "城市和乡村的情况", None),
    ],
)
def test_a_subject_blank_leaves_out_its_hollow_head(clause: str, subject: str, blank: str | None) -> None:
    """X的情况是…: the hollow head is no concept (空格把“的情况”也挖掉，答案成了长短语); …是不同的: no subject blank."""
    from kaodian.questions.blank_choice import subject_blank  # (here: the helper is new with this behaviour)

    got = subject_blank(clause, 0, len(subject), 0)
    assert (clause[got[0] : got[1]] if got else None) == blank


def test_a_blank_leaves_the_manner_verb_outside() -> None:
    """把城市作为有机生命体|系统谋划: the concept ends before the verb (答案应为“有机生命体”)."""
    flat = _answers("党的十八大以来，协会深刻把握新形势下行业发展规律，坚持党对行业工作的全面领导，"
                    "坚持行业协会大家建、行业协会为大家，坚持把行业作为有机生命体系统谋划，推动行业发展取得历史性成就。\n")
    assert "有机生命体系统谋划" not in flat, flat
    assert "有机生命体" in flat, flat


def test_a_role_phrase_is_no_blank_beside_the_concept() -> None:
    """…作为货币政策的重要考量 beside 人民币汇率: keep only the key blank (第一空是普通短语，不是要点)."""
    got = _clozes("继续实施适度宽松的会费政策，把促进会员稳定增长作为会费政策的重要考量，"
                  "保持会员会费在合理均衡水平上的基本稳定。\n")
    flat = [a for _, ans in got for a in ans]
    assert "会费政策的重要考量" not in flat, got


def test_a_statistic_of_a_review_is_no_blank_but_a_target_is() -> None:
    """优良天数比例达到92.8%: a minor statistic (次要统计数字，纯记忆); 增长5%左右 is a target and stays."""
    got = _answers("2026年江宁省政府工作报告\n一、2025年工作回顾\n过去一年，全省经济运行稳中有进。\n"
                   "地级及以上城市空气质量优良天数比例达到92.8%。\n新能源汽车产量增长25.6%，一批新车型投产上市。\n"
                   "二、2026年工作安排\n全省地区生产总值增长5%左右。\n")
    assert "92.8%" not in got and "25.6%" not in got, got
    assert "5%" in got, got
