"""Layouts of work plans and interviews (issue 13), on made-up texts: a plan that numbers its points
straight through its headings, an interview set in one block, ordinals that count stages, scare quotes."""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_text

P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会，并且在实际工作中加以贯彻落实。"


def _series(text: str) -> list[list[str]]:
    return [[i.text for i in e.items] for e in extract_text(text).points if e.kind == "enumeration"]


def test_a_plan_that_numbers_its_points_through_its_headings_has_a_series_under_each():
    text = (f"某某学校年度工作要点\n{P}\n一、深化两项工作加强党建\n1.深化甲项改革。{P}\n2.深化乙项建设。{P}\n"
            f"二、建设三项工程推进治理\n3.丙工程建设。{P}\n4.丁工程建设。{P}\n5.戊工程建设。{P}\n")
    assert ["丙工程建设", "丁工程建设", "戊工程建设"] in _series(text)
    assert ["深化甲项改革", "深化乙项建设"] in _series(text)


def test_a_lone_later_number_under_a_heading_opens_no_series():
    text = f"某某学校年度工作要点\n{P}\n一、深化工作\n{P}\n二、建设工程\n3.丙工程建设。{P}\n4.丁工程建设。{P}\n"
    assert _series(text) == []


def test_stages_counted_as_subjects_and_a_first_point_said_as_yi_ge_shi_open_series():
    text = (f"某某访谈\n{P}\n第一个阶段，人们只讲速度。{P}\n第二个阶段，人们开始兼顾质量。\n第三个阶段，人们追求协调发展。\n"
            f"治理的重点有三个地方，一个是甲基地，二是乙基地，三是丙基地。{P}\n")
    got = _series(text)
    assert ["人们只讲速度", "人们开始兼顾质量", "人们追求协调发展"] in got
    assert ["甲基地", "乙基地", "丙基地"] in [[x.rstrip("。") for x in s] for s in got]


def test_an_interview_set_in_one_block_splits_into_its_turns():
    text = (f"某某访谈录\n采访对象：张某，某地人。　　采 访 组：王明 李强　　采访日期：2020年1月1日　　采访地点：某地"
            f"　　采访组：请您谈谈当时的情况。　　张某：{P}\n")
    doc = normalize(Source("x.txt", text))
    assert [p.text for p in doc.articles[0].paragraphs][:2] == ["采访组：请您谈谈当时的情况。", f"张某：{P}"]


def test_gaps_of_a_signature_line_stay_one_line():
    doc = normalize(Source("x.txt", f"某某通知\n{P}\n某某办公室　　　　2023年9月1日印发\n"))
    assert "某某办公室" not in [p.text for a in doc.articles for p in a.paragraphs]


def test_a_word_in_quotes_after_a_degree_adverb_or_jiancheng_is_no_formulation():
    points = extract_text(f"某某回忆\n{P}环保工作从一个比较“边缘”的地位起步，某某委员会（以下简称“委员会”）提出了“绿色家园”行动。\n").points
    forms = {p.text for p in points if p.kind == "formulation"}
    assert "绿色家园" in forms and not {"边缘", "委员会"} & forms


def test_a_verb_in_quotes_after_yijing_meiyou_or_suo_is_no_formulation():
    text = (f"某某材料题\n{P}他认为制度已经“确立”了，目标却还没有“达成”，这是他们所“推崇”的说法。"
            "我们要践行“绿色发展”理念。\n")
    forms = {p.text for p in extract_text(text).points if p.kind == "formulation"}
    assert "绿色发展" in forms and not {"确立", "达成", "推崇"} & forms
    # (a bare 没有 may deny a thing: 没有“全科型”医生 names one; 这所 counts one)
    text = f"某某讲话\n{P}没有“全科型”医生，就没有好的基层诊疗。办好这所“书院”。\n"
    assert {"全科型", "书院"} <= {p.text for p in extract_text(text).points if p.kind == "formulation"}


def test_a_quote_after_suo_with_no_de_after_it_is_a_formulation():
    """所 counts schools and ends place nouns: only 所“…”的 is the writer's doubt."""
    text = (f"某某讲话\n{P}全市现有4所“示范性”建设高校，其中15所“特色化”学院，另有七所“高水平”院校。"
            "要推广派出所“网格警务”做法。这是他们所“推崇”的说法。\n")
    forms = {p.text for p in extract_text(text).points if p.kind == "formulation"}
    assert {"示范性", "特色化", "高水平", "网格警务"} <= forms and "推崇" not in forms


def test_a_verb_quoted_after_suiran_or_a_quoted_modifier_is_no_formulation():
    text = (f"某某材料题\n{P}制度虽然“确立”，但任务仍然艰巨。有人以“真正”的行家自居，之所以是“绝对的”，"
            "是因为条件不同。虽然“一国两制”实践面临新情况，我们要践行“绿色发展”理念，反对“躺平”。\n")
    forms = {p.text for p in extract_text(text).points if p.kind == "formulation"}
    assert {"一国两制", "绿色发展", "躺平"} <= forms and not {"确立", "真正", "绝对的"} & forms


def test_words_a_scholar_put_forward_are_a_quote():
    text = f"某某校史\n{P}某先生也提出“教学者，非为过去，非为现在，而志在未来”。我们提出“三全育人”。\n"
    points = extract_text(text).points
    assert "教学者，非为过去，非为现在，而志在未来" in {p.text for p in points if p.kind == "quote"}
    assert "三全育人" in {p.text for p in points if p.kind == "formulation"}


def _statement_keys(text: str) -> dict[str, list[str]]:
    return {p.sentence.text: [i.text for i in p.items] for p in extract_text(text).points if p.kind == "statement"}


def test_a_stage_of_a_plans_timetable_named_by_a_period_is_a_statement_keyed_on_its_stage():
    text = (f"某某规划纲要\n{P}\n要分步骤推进乡村振兴。到“十六五”末，甲项工作取得明显进展。"
            f"到2040年，乙项工作全面铺开，群众满意度稳步提高。到本世纪中叶，丙项目标全面实现，各项制度更加成熟。\n{P}\n")
    keys = _statement_keys(text)
    assert keys.get("到本世纪中叶，丙项目标全面实现，各项制度更加成熟。") == ["本世纪中叶"]
    assert keys.get("到“十六五”末，甲项工作取得明显进展。") == ["“十六五”末"]


def test_a_period_inside_a_clause_is_no_stage():
    text = f"某某规划纲要\n{P}\n这项工作的期限一直延长到本世纪中叶，各地分别安排。\n{P}\n"
    assert not any(k == ["本世纪中叶"] for k in _statement_keys(text).values())


def test_the_subject_of_a_standing_said_twice_is_a_key_and_of_one_said_once_is_not():
    text = (f"某某学习辅导\n{P}\n甲乙精神是我们单位的根本宗旨，也是各个部门的根本宗旨。{P}\n"
            f"丙丁制度是做好各项工作的根本保证。\n{P}\n")
    keys = _statement_keys(text)
    assert "甲乙精神" in keys.get("甲乙精神是我们单位的根本宗旨，也是各个部门的根本宗旨。", [])
    assert "丙丁制度" not in keys.get("丙丁制度是做好各项工作的根本保证。", [])
