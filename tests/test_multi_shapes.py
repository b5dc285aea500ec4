"""Multiple choices a teacher sends back for their options (questions/multi_shapes.py, issue 12 task mc2):
a question or heading among points, an option that is only the opening of a clause cut at its comma,
a wrong option far longer or shorter than every key.  Lint flags them, and drafting never makes them.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.multi_shapes import (asks, clause_opening, dangling, findings, fits, holding_first, key_word, points_away,
                                           shape_apart, states)

KEYS = ["坚持党建引领基层治理", "坚持依靠群众办事", "坚持完善服务体系"]


@pytest.mark.parametrize("option", [
    "基层治理取得了哪些经验", "什么是基层治理", "如何推进基层治理", "为什么要依靠群众", "基层服务体系是否健全",
    "群众的主体地位是否得到基本确立",
    "关于基层治理的几个问题",
])
def test_a_question_or_title_of_study_notes_asks(option):
    assert asks(option)


@pytest.mark.parametrize("option", ["及时告知群众是否受理诉求并说明理由", "坚持依靠群众办事", "基层治理体系"])
def test_a_point_does_not_ask(option):
    assert not asks(option)


@pytest.mark.parametrize("option", [
    "某某同志明确指出", "在推进治理的问题上", "某某在《关于基层治理的意见》中", "对组织的决定如有不同意见", "在改革过程中",
    "认为凡是上级作出的一切决定", "借口某人晚年", "由于历史的原因",
    "除本条第一款规定的情形外", "除涉及国家秘密的以外", "对有轻微违规行为", "对犯有一般错误的干部",
])
def test_the_opening_of_a_cut_clause_is_no_point(option):
    assert clause_opening(option)


@pytest.mark.parametrize("option", ["两类矛盾学说", "在协会的会议上有根据地批评协会的任何机构", "坚持在发展中保障民生", "只有改革开放才能发展中国",
                                    "对有关部门开展专项检查", "对外开放", "除恶务尽"])
def test_a_point_is_no_clause_opening(option):
    assert not clause_opening(option)


def test_lint_flags_a_question_beside_points_and_a_keyed_question():
    assert "标题或问题" in findings(KEYS[:2], ["基层治理取得了哪些经验"])[0]
    assert "正确选项" in findings(["基层治理取得了哪些经验", KEYS[0]], [KEYS[2]])[0]


def test_lint_flags_a_wrong_option_far_out_of_the_keys_length_band():
    long = "各级党组织要把基层治理同乡村振兴和城市更新统筹起来一体推进"
    assert "长短悬殊" in findings(KEYS, [long])[0]
    assert "长短悬殊" in findings(KEYS, ["治理"])[0]
    assert not fits(KEYS, long) and not fits(KEYS, "治理")
    # (a wrong option of about a key's length, or short terms of one or two characters apart, is of its kind)
    assert findings(KEYS, ["坚持勇于自我革命"]) == []
    assert findings(["活力", "控制力"], ["凝聚力"]) == []


def test_a_statement_beside_phrases_and_a_phrase_beside_statements_are_of_another_kind():
    assert states("群众是真正的英雄") and not states("坚持实事求是") and not states("服务群众的根本宗旨")
    phrases = ["凝聚基层力量的精神纽带", "推进基层治理的根本保证"]
    assert "一句论断" in findings(phrases, ["群众是真正的英雄"])[0]
    assert not fits(phrases, "群众是真正的英雄") and fits(phrases, "密切党群关系的重要桥梁")
    statements = ["党建是基层治理的根本", "服务是基层治理的宗旨"]
    assert "短语" in findings(statements, ["密切党群关系的重要桥梁"])[0]
    assert findings(statements, ["群众是基层治理的主体"]) == []
    # (keys of both forms take either; one key is a single answer's business)
    assert findings([phrases[0], statements[0]], ["群众是基层真正的英雄"]) == []


def test_an_option_that_points_outside_itself_is_flagged():
    assert points_away("基层治理的成效充分说明了这一点") and not points_away("能耗下降3.4%以上")
    assert "别处" in findings(KEYS[:2], ["基层治理的成效充分说明了这一点"])[0]


def test_lint_flags_a_keyed_clause_opening():
    assert "半句" in findings(["某某同志明确指出", KEYS[0]], [KEYS[1]])[0]


# (the third list is of 经验 too: a list's wrong options come from lists of its kind, list_class.py)
NOTES = """第一章 基层治理

一、做好基层治理工作的四条经验
（一）坚持党建引领基层治理。各级党组织要发挥作用。
（二）在推进治理的问题上，要坚持系统观念，统筹各方力量。
（三）坚持依靠群众办事。群众是真正的英雄。
（四）坚持完善服务体系。服务群众是根本。

二、推进乡村振兴的四项举措
（一）加快发展乡村产业。产业兴旺是重点。
（二）加强农村生态建设。生态宜居是关键。
（三）繁荣发展乡村文化。乡风文明是保障。
（四）健全乡村治理体系。治理有效是基础。

三、改进干部作风的三条经验
（一）坚持深入调查研究。要掌握实情。
（二）坚持密切联系群众。要倾听呼声。
（三）坚持勇于自我革命。要刀刃向内。
"""


@pytest.mark.usefixtures("one_wrong_option")
@pytest.mark.parametrize("seed", range(4))
def test_no_multiple_choice_offers_the_opening_of_a_cut_clause(seed):
    # the first list's second item was cut at its comma (在…问题上): it is neither keyed nor a wrong option
    bank = generate([extract_text(NOTES, "笔记.txt")], seed=seed)
    multiple = [q for q in bank.questions if q.kind == "multiple"]
    assert multiple
    assert not [o for q in multiple for o in q.options if clause_opening(o)]


def test_a_word_every_key_holds_and_a_wrong_option_lacks_gives_the_keys_away():
    keys = ["深刻认识建设“某某强省”的重大意义", "加强“某某强省”建设的组织领导", "以新理念指导“某某强省”建设"]
    assert "某某强省" in findings(keys, ["把“争创一流”的要求体现到工作作风上"])[0]
    assert not fits(keys, "把“争创一流”的要求体现到工作作风上") and fits(keys, "扎实推进“某某强省”的各项工作")
    # a run after a comma is a gloss's frame, no word that marks them
    assert findings(["立大志，就是要有理想", "明大德，就是要有操守"], ["树立探索未知的信心"]) == []


def test_a_short_word_every_key_holds_and_no_wrong_option_holds_gives_the_keys_away():
    # session 10: 正确项都是“……不断……”句式
    keys = ["甲项投入不断加大", "乙类资源不断扩大", "丙类水平不断提升"]
    assert "不断" in key_word(keys, ["强化保障抓落实", "突出重点抓落实"])
    # (the keys' common opening, a lead word aside, is the list's form: 必须坚持…)
    assert key_word(["必须坚持党的领导", "必须坚持人民至上", "必须坚持改革开放"], ["必须统揽全局工作", "必须通过改革前进"]) is None
    # one wrong option that holds it is enough: the word no longer marks the keys
    assert key_word(keys, ["强化保障抓落实", "服务能力不断增强"]) is None
    # two keys share a two-character word by chance (统一), a longer one they share marks them
    assert key_word(["坚持甲乙丙相统一", "维护祖国统一和团结"], ["正确认识自己", "人生价值的尺度"]) is None
    # a person's name (the lexicon's 人物) marks two keys though a third lacks it (session 10: 周恩来)
    assert "周恩来" in key_word(["建立周恩来研究机构", "搭建国际交流平台", "围绕周恩来开展研究"],
                                ["建立政治传导机制", "引入政府过程概念"])
    assert key_word(["建立周恩来研究机构", "搭建国际交流平台"], ["建立政治传导机制", "引入政府过程概念"]) is None


def test_drafting_puts_first_the_wrong_options_that_hold_the_keys_word():
    assert holding_first(["甲项投入不断加大", "乙类资源不断扩大"], ["突出重点抓落实", "服务能力不断增强", "强化保障"]) == [
        "服务能力不断增强", "突出重点抓落实", "强化保障"]


def test_a_frame_without_its_clause_is_half_a_sentence():
    assert clause_opening("就从改革的深刻性和广泛性而言") and clause_opening("从全局来看")
    assert not clause_opening("坚持共产党的领导")


def test_a_wrong_option_sharing_another_word_of_all_keys_reads_as_one_of_them():
    # every key names 甲派学说 and 乙理论体系; a wrong option on 甲派学说 is of their topic (a teacher printed it)
    keys = ["乙理论体系在新的条件下丰富和发展了甲派学说", "甲派学说和乙理论体系都是某某原理的运用", "甲派学说是乙理论体系的重要渊源"]
    assert findings(keys, ["甲派学说形成和发展的过程就是某某化的过程"]) == []
    assert "乙理论体系" in findings(keys, ["把某某要求体现到精神状态上"])[0]


def test_a_preposition_without_a_predicate_after_it_is_half_a_clause():
    # (cut at the comma before its verb: 某类主体从亲属等身边人，扩展到…)
    assert dangling("某类主体从亲属等身边人") and "半句" in findings(KEYS, ["某类主体从亲属等身边人", "坚持服务群众"])[0]
    assert not dangling("坚持把纪律挺在前面") and not dangling("坚持从思想教育入手") and not dangling("向党中央看齐")
    assert not fits(KEYS, "某类主体从亲属等身边人")


def test_a_bare_noun_phrase_is_no_wrong_option_beside_items_that_say_something():
    """某某的直接目的和动机 beside items that each state a change is a remnant of another sentence (multi28's
    grading: 截下的名词短语残片); a statement of the same shape stays."""
    items = ["中小企业的数量不断增加", "技术人员成为企业管理的骨干力量", "服务业的比重不断提高"]
    assert shape_apart(items, "传统手工业生产的主要目的和基本动机")
    assert not shape_apart(items, "资金由传统行业转向新兴行业")
