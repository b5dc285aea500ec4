"""A list asked by the title that governs it, a key that is a whole statement, and no key that copies a
source's typo (questions/listlabel.py, listhead.py, typos.py; session 11 blind teacher reviews:
题答错位, 答案只是开头半句, 答案照抄原文笔误).

Every text here is invented for the test.
"""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate, reasons
from kaodian.questions.listhead import head
from kaodian.questions.listlabel import names_itself, scoped
from kaodian.questions.typos import suspect


def _bank(text: str):
    return generate([extract_text(text, "t.md")], per_sentence=0)


def _recalls(bank):
    return [q for q in bank.questions if q.kind == "recall"]


# a study note: a numbered point whose title is a formulation of three parts, then one title line per
# part with that part's own list under it
NOTES = """基层治理复习要点
1、基层治理的三个支点
（1）党建引领（2）群众参与（3）数字赋能
党建引领
党建引领是基层治理的根本保证。
1）坚持党建引领，就要健全基层党组织体系。
2）坚持党建引领，就要发挥党员先锋作用。
3）坚持党建引领，就要完善议事协商机制。
群众参与
1）坚持群众参与，就要畅通群众表达渠道。
2）坚持群众参与，就要培育社区社会组织。
2、社区治理现代化
主要内容
1）健全社区服务体系
2）完善社区治理结构
3）提升社区治理能力
3、基层减负的重点
1）精简会议文件
2）规范督查检查
3）整治形式主义
"""


def test_a_list_under_a_title_line_is_not_asked_by_the_point_above_that_title():
    bank = generate([extract_text(NOTES, "t.txt")], per_sentence=0)
    stems = {q.stem: q.answer for q in _recalls(bank)}
    # the point's own list and a list alone under its point are asked by the point
    assert stems.get("据《基层治理复习要点》，基层治理的三个支点。这三个支点分别是什么？") == ("党建引领", "群众参与", "数字赋能"), stems
    assert stems.get("关于“基层减负的重点”，《基层治理复习要点》一文列举了哪三点？"), stems
    # an aspect's title line is said of its point (主要内容 -> 社区治理现代化的主要内容), and asked as a
    # teacher asks a sheet's heading (listask)
    assert stems.get("社区治理现代化的主要内容包括哪三项？"), stems
    # a part's own requirements are no list of the point: not asked by the point, nor by anything
    assert not [a for a in stems.values() if a[0].startswith("坚持")], stems
    assert len([d for d in bank.diagnostics if reasons.LIST_UNSCOPED in d and "简答题" in d]) == 2, bank.diagnostics


@pytest.mark.parametrize(("name", "label", "n", "said"), [
    ("某理论的成果及其相互关系", "关系", 2, ("某理论的成果的相互关系", True)),  # the 关系 is the 成果's
    ("某理论的内涵和路径", "路径", 3, ("某理论的路径", True)),
    ("某理论的精髓", "某理论的主要内容", 2, ("某理论的主要内容", True)),  # the title names its list itself
    ("某阶段的时代课题", "四次历史性转变", 4, ("四次历史性转变", True)),  # a count that is the list's
    ("某阶段的时代课题", "四次历史性转变", 3, ("", False)),
    ("某思想的三个支点", "党建引领", 3, ("", False)),  # one part's list under the point: which list?
    ("某思想的三个支点", "", 3, ("某思想的三个支点", True)),
])
def test_scoped_names_a_list_by_its_governing_title_or_not_at_all(name, label, n, said):
    assert scoped(name, label, n) == said


def test_a_title_names_its_list_alone_by_an_owned_aspect_or_its_own_count():
    assert names_itself("某社会的基本特征", 3)
    assert names_itself("三大优势", 3)
    assert not names_itself("三大优势", 4)
    assert not names_itself("党建引领", 3)


@pytest.mark.parametrize(("item", "want"), [
    # an adverbial or a topic that waits for its clause is carried on by one clause
    ("在做大产业规模的同时，还要把质量效益提上去，让发展成果惠及群众。", "在做大产业规模的同时，还要把质量效益提上去"),
    ("收入结构上，以工资性收入为主体、多种收入来源并存", "收入结构上，以工资性收入为主体、多种收入来源并存"),
    ("组织方面：以健全基层组织为重点，推进各项工作", "组织方面：以健全基层组织为重点"),
    # a subject whose predicate opens the next clause
    ("改善民生、增进福祉，是发展的根本目的，是全体干部的共同责任。", "改善民生、增进福祉，是发展的根本目的"),
    # a subject with a pair after it, kept whole when short; a verb phrase with a gloss after it stays
    ("乡村的发展和城市的发展，既相互区别，又相互促进。", "乡村的发展和城市的发展，既相互区别，又相互促进"),
    ("坚持扩大开放，既立足自身力量，又用好外部资源。", "坚持扩大开放"),
    # a quotation's verb of saying names nothing
    ("会议明确指出，基层是治理的重心，服务是治理的根本。", "会议明确指出，基层是治理的重心"),
    # an opened bracket glosses the name before it
    ("本地区发展的基本路线（以产业为中心，坚持开放，坚持创新）", "本地区发展的基本路线"),
    # a whole statement's first clause is its head
    ("乡村振兴是一项系统工程，要统筹推进产业、人才、文化、生态、组织振兴。", "乡村振兴是一项系统工程"),
])
def test_a_head_is_carried_past_half_a_statement(item, want):
    assert head(item, 60) == want


def test_a_condition_without_its_consequence_within_one_more_clause_has_no_head():
    assert head("只有产业规模扩大了，地方财政的收入增加了，公共服务的投入才能跟上，群众的获得感才会提升。", 30) is None


def test_a_recall_key_is_never_half_a_sentence():
    text = ("推进城乡融合要抓好以下三点：一是在做大产业规模的同时，还要把质量效益提上去，让发展成果更多惠及城乡群众，"
            "形成城乡互促共进的良好局面；二是收入结构上，以工资性收入为主体、多种收入来源并存，持续缩小城乡居民收入差距，"
            "让农民共享发展红利；三是组织方面：以健全基层组织为重点，推进乡村治理体系建设，不断提升乡村治理能力和水平。")
    answers = [a for q in _recalls(_bank(text)) for a in q.answer]
    assert "在做大产业规模的同时，还要把质量效益提上去" in answers, answers
    assert not {"在做大产业规模的同时", "收入结构上", "组织方面"} & set(answers), answers


def test_a_run_one_character_off_a_lexicon_term_is_a_suspected_typo():
    document = "坚持实事求是。做到实事求是。要坚持解放思想、实事求事，反对因循守旧。"
    assert suspect("坚持解放思想、实事求事，反对因循守旧", document) == ("实事求事", "实事求是")
    # the term itself, a phrase of whole words, and a run said as often as the term are no slip
    assert suspect("坚持实事求是", document) is None
    assert suspect("推进协同发展和共同发展", "") is None
    assert suspect("要实事求事。要实事求事。", "要实事求事。要实事求事。实事求是。实事求是。") is None


def test_no_question_is_asked_with_a_key_that_copies_a_typo():
    text = ("学习小组的八项要求\n1. 坚持解放思想、实事求事，反对因循守旧；\n2. 坚持理论联系实际，反对照抄照搬；\n"
            "3. 坚持密切联系群众，反对形式主义。\n实事求是是根本要求。实事求是是思想路线。")
    bank = _bank(text)
    keyed = [q for q in bank.questions if any("实事求事" in x for x in q.answer + q.options)]
    assert not keyed, [q.stem for q in keyed]
    assert [d for d in bank.diagnostics if "实事求事" in d and "笔误" in d], bank.diagnostics


def test_a_chapter_whose_items_head_sections_is_its_table_of_contents():
    outline = ("第三章 基层治理理论\n1、基层治理的性质和基本任务。\n基层治理的性质：基层治理是国家治理的基石。\n"
               "基层治理的基本任务是服务群众。\n2、基层治理的主要矛盾。\n主要矛盾是群众需求与服务能力之间的矛盾。\n"
               "3、基层治理的总路线。\n总路线是党建引领、群众参与、依法治理。\n")
    bank = _bank(outline)
    assert not [q for q in _recalls(bank) if "基层治理的主要矛盾" in q.answer], [q.stem for q in _recalls(bank)]
    assert [d for d in bank.diagnostics if reasons.LIST_CONTENTS in d], bank.diagnostics
    # the same points stated one after another under the chapter are its points, asked as a list
    points = "第三章 基层治理理论\n1、坚持党建引领。\n2、坚持群众参与。\n3、坚持依法治理。\n"
    assert [q for q in _recalls(_bank(points)) if "坚持群众参与" in q.answer], _bank(points).diagnostics


def test_a_title_that_ends_like_a_copula_still_governs_but_an_announcing_sentence_does_not():
    from kaodian.questions.listlabel import label_of, own_title

    assert label_of("实事求是") == "实事求是"  # (ends in 是, yet is one word)
    assert own_title("它的基本任务是：", "它的基本任务是：") == ""
    assert own_title("习近平：", "习近平：") == ""  # a speaker before his words
    assert own_title("某某的科学体系包含着丰富内容：", "某某的科学体系包含着丰富内容：") == ""
    assert own_title("三次历史性飞跃：", "三次历史性飞跃：") == "三次历史性飞跃"
