"""Shapes of teachers' points that were never extracted or never asked (issue 11, session 25).

Every text here is invented for the test; each shape is one a genre writes, not one text's wording.
"""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.blanks import item_object, item_subject


def _lists(text: str) -> list[list[str]]:
    return [[i.text for i in p.items] for p in extract_text(text, "t.txt").points if p.kind == "list"]


def _statement_keys(text: str) -> list[str]:
    return [i.text for p in extract_text(text, "t.txt").points if p.kind == "statement" for i in p.items]


# --- lists a colon announces by counting them or by their short terms -----------------------------------


@pytest.mark.parametrize(("text", "want"), [
    # a counted lead with no 是: exactly as many comma clauses as it counts
    ("市场经济的四种基本手段：价格调节，竞争机制，供求关系，风险约束。\n", ["价格调节", "竞争机制", "供求关系", "风险约束"]),
    # one clause fewer than the count: the last clause joins two terms with 和
    ("农作物生长的周期包括四个阶段：播种，出苗，抽穗和成熟。\n", ["播种", "出苗", "抽穗", "成熟"]),
    # short terms after a label colon, whatever the label ends with
    ("公民的基本政治权利：选举权，被选举权，监督权，知情权。\n", ["选举权", "被选举权", "监督权", "知情权"]),
    # ... a term may hold the character 是 (实事求是): only 是 as a word of its own makes a clause
    ("调研工作的基本原则：实事求是，统筹兼顾，分类指导。\n", ["实事求是", "统筹兼顾", "分类指导"]),
])
def test_a_colon_that_counts_or_lists_terms_makes_a_list(text, want):
    assert want in _lists(text)


@pytest.mark.parametrize("text", [
    # the count disagrees with the clauses: a label with a number, no list
    ("改革的三个阶段：起步较晚，推进较快。\n"),
    # clauses too long or with a 是: prose after a label, no terms
    ("主要做法：坚持把群众满意作为工作的出发点和落脚点，持续推进基层减负工作，切实改进工作作风。\n"),
    ("基本结论：社会主义的本质，是解放生产力，发展生产力。\n"),
    # short phrases someone says or asks after a verb of saying: words reported, no terms
    ("老师看了作业，笑着说：不错，很好，继续努力。\n"),
    ("小王问道：怎么办，去哪里，找谁呢？\n"),
])
def test_a_colon_that_neither_counts_nor_lists_terms_makes_no_list(text):
    assert _lists(text) == []


def test_dash_bullets_under_a_numbered_item_are_a_list_of_their_own():
    text = ("1.总体要求。坚持稳中求进，推动高质量发展。\n"
            "2.主要目标。今后五年，全市发展要努力实现以下目标：\n"
            "——经济实力迈上新台阶。地区生产总值年均增长6%左右。\n"
            "——改革开放取得新突破。营商环境持续优化。\n"
            "——生态环境实现新改善。空气质量稳步提升。\n"
            "3.保障措施。加强组织领导。\n")
    assert ["经济实力迈上新台阶", "改革开放取得新突破", "生态环境实现新改善"] in _lists(text)


# --- statements an essay defines by denial -----------------------------------------------------------------


def test_x_is_not_a_not_b_but_c_asks_c():
    # (an essay's denied clause may run to sixteen characters: 不是某些同志在工作中一时疏忽造成的)
    text = "这种作风不是个别人的问题，不是某些同志在工作中一时疏忽造成的，而是长期形成的顽疾，必须下大力气纠正。\n"
    assert "长期形成的顽疾" in _statement_keys(text)


# --- the key term of an enumeration's headline item ---------------------------------------------------------


@pytest.mark.parametrize(("item", "want"), [
    ("增强了法治观念", "法治观念"),  # a verb, the aspect 了, its object
])
def test_an_item_past_its_aspect_particle_keys_its_object(item, want):
    a, b = item_object(item)
    assert item[a:b] == want


@pytest.mark.parametrize(("item", "want"), [
    ("财政投入不断加大", "财政投入"),
    ("服务水平持续提升", "服务水平"),
])
def test_an_item_of_what_grew_keys_its_subject(item, want):
    a, b = item_subject(item)
    assert item[a:b] == want


@pytest.mark.parametrize("item", ["要不断加强作风建设", "文化育人", "坚持不断改进"])
def test_an_item_with_no_subject_before_its_change_keys_none(item):
    assert item_subject(item) is None


def test_a_headline_item_too_short_for_its_key_is_asked_with_its_lead():
    text = ("某某县教育工作总结\n"
            "过去一年，全县教育事业取得了明显进步，多项指标位居全市前列。一是财政投入不断加大。全年教育支出比上年增长。"
            "二是办学条件不断改善。新建校舍多所。三是教师队伍不断壮大。新招聘教师多名。\n")
    bank = generate([extract_text(text, "t.txt")])
    cloze = [q for q in bank.questions if q.kind == "cloze" and q.point_kind == "enumeration"]
    assert any(q.answer == ("财政投入",) and "多项指标位居全市前列" in q.stem for q in cloze), [q.stem for q in cloze]


# --- a list numbered on from the part above ----------------------------------------------------------------


def test_a_list_numbered_on_is_asked_when_its_lead_counts_it():
    text = ("某某中学学年工作要点\n"
            "一、聚焦质量，抓实三项教学改革。\n1.课程改革。优化课程结构。\n2.课堂改革。推进小组合作。\n3.评价改革。完善过程评价。\n"
            "二、聚焦学生，办好三件暖心实事。\n4.营养午餐。改善食堂条件。\n5.心理辅导。建立咨询制度。\n6.课后服务。开设兴趣课程。\n")
    bank = generate([extract_text(text, "t.txt")], per_sentence=0)
    asked = [q for q in bank.questions if q.kind == "recall"]
    assert any(list(q.answer) == ["营养午餐", "心理辅导", "课后服务"] for q in asked), [(q.stem, q.answer) for q in asked]


def test_a_refrain_every_item_ends_with_is_no_part_of_the_key():
    text = ("在全县教育工作会议上的讲话\n过去一年全县教育工作取得明显成效。做好新学期教育工作，要重点把握以下几点。\n"
            "第一，要提高政治站位抓落实。各校要把立德树人摆在突出位置，完善质量监测体系。\n"
            "第二，要突出改革重点抓落实。各校要推进课堂教学改革，激发办学活力。\n"
            "第三，要强化经费保障抓落实。各地要加大经费投入，改善办学条件。\n")
    bank = generate([extract_text(text, "t.txt")])
    answers = [q.answer for q in bank.questions if q.kind == "cloze" and q.point_kind == "enumeration"]
    assert ("政治站位",) in answers, answers


def test_a_refrain_that_closes_a_preposition_of_the_item_is_none():
    # (以质量|为本的理念: the shared tail closes the item's 以, no clause of its own; no blank 发展以质量)
    text = ("在全校教职工大会上的讲话\n新学年，我们要牢固树立四个理念。\n"
            "一是要树立发展以质量为本的理念。质量是学校的生命线。\n二是要树立教育以育人为本的理念。育人是教育的根本任务。\n"
            "三是要树立办学以人才为本的理念。教师是第一资源。\n四是要树立管理以人文为本的理念。管理是管人的艺术。\n")
    bank = generate([extract_text(text, "t.txt")])
    answers = [a for q in bank.questions if q.kind == "cloze" for a in q.answer]
    assert not any(a.endswith(("以质量", "以育人", "以人才", "以人文")) for a in answers), answers
