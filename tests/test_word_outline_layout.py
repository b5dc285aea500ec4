"""A student's review outline typed in a word processor and pasted as plain text (issue 13, session 23):
symbol-font bullets (private-use characters) with a TAB after them, TABs after item numbers, circled numbers
typed as ○ and a digit, memory aids in brackets.  The texts are invented in the genre's shape."""

from __future__ import annotations

from kaodian.chars import repair_line
from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_text

BULLET = "\uf06c"  # Wingdings' ● as a copy to plain text keeps it

OUTLINE = "\n".join([
    "学习提纲",
    "",
    f"{BULLET}\t国家机构：有以下三个部分：1.立法机关2.“行政机关",
    f"{BULLET}\t社会组织的主要作用：",
    "1.\t团结和联系广大群众",
    "2.\t反映群众的意见和要求",
    "3.\t参与社会事务的管理",
    f"{BULLET}\t市场调节：以价格为信号配置资源（关键词：价格）",
])


def _paragraphs(text: str) -> list[str]:
    return [p.text for a in normalize(Source("x.txt", text)).articles for p in a.paragraphs]


def test_a_symbol_bullet_opens_a_paragraph_of_its_own_and_is_no_text():
    paras = _paragraphs(OUTLINE)
    # the line above ends no sentence: without the bullet as a mark the two headings run together
    assert "社会组织的主要作用：" in paras
    assert not any(BULLET in p or "\t" in p for p in paras)


def test_the_bulleted_lead_and_its_items_stand_apart_from_the_line_above():
    ext = extract_text(OUTLINE, "x.txt")
    lists = [p for p in ext.points if p.kind == "enumeration"]
    point = next(p for p in lists if "社会组织的主要作用" in p.sentence.text)
    assert point.sentence.text == "社会组织的主要作用："
    assert [i.text for i in point.items] == ["团结和联系广大群众", "反映群众的意见和要求", "参与社会事务的管理"]


def test_a_memory_aid_in_brackets_is_no_part_of_the_point():
    text = "提纲\n\n商品经济：以交换为目的而进行生产的经济形式（关键词：交换），是一定历史条件下的产物。"
    assert _paragraphs(text) == ["商品经济：以交换为目的而进行生产的经济形式，是一定历史条件下的产物。"]


def test_a_circled_number_typed_as_a_circle_and_a_digit_is_the_circled_number():
    assert repair_line("新变化：○1政府干预加强○2危机减轻○12其他") == "新变化：①政府干预加强②危机减轻⑫其他"
    # a year's 〇 among Chinese numerals, and a circle before a number past 20, stay
    assert repair_line("二○一九年，○25号") == "二○一九年，○25号"


def test_bullets_on_every_paragraph_make_no_list_of_their_own():
    text = "\n".join(["提纲", ""] + [f"{BULLET}\t概念{k}：这是第{k}个概念的定义" for k in "一二三四"])
    ext = extract_text(text, "x.txt")
    assert not [p for p in ext.points if p.kind in ("enumeration", "list")]


def test_an_outline_s_points_run_together_on_one_line_are_one_series():
    text = "提纲\n\n生产过程的两重性：1.物质资料的生产过程2.价值的增值过程3.劳动的组织过程。"
    ext = extract_text(text, "x.txt")
    assert [[i.text for i in p.items] for p in ext.points if p.kind == "enumeration"] == [
        ["物质资料的生产过程", "价值的增值过程", "劳动的组织过程"]]


def _series(text: str) -> list[list[str]]:
    ext = extract_text(text, "x.txt")
    return [[i.text for i in p.items] for p in ext.points if p.kind == "enumeration"]


def test_a_nested_circled_series_run_on_from_the_words_that_name_it_is_a_series():
    # (no colon before ①: the outline glues the sub-points to the point that names them)
    text = "提纲\n\n新变化：\n1.机构的变化○1行政权限加强○2社会组织增多\n2.结构的变化○1中间阶层扩大○2农业人口减少"
    assert ["行政权限加强", "社会组织增多"] in _series(text)
    assert ["中间阶层扩大", "农业人口减少"] in _series(text)


def test_a_note_s_circled_reference_before_punctuation_opens_no_series():
    text = "正文\n\n这一论断见于早年的文集①，后来又写进了讲话②。"
    assert _series(text) == []


def test_a_footnote_s_circled_reference_after_a_title_opens_no_series():
    """After 》 a circled number is a note's reference, and clause marks between it and the 2 part two sentences' notes."""
    assert _series("正文\n\n他在《论学习》①中深入阐明了学习的意义，在《论工作》②中系统论述了工作的方法。") == []
    assert _series("正文\n\n他在早年文集①中深入阐明了学习的意义，在晚年讲话②中系统论述了工作的方法。") == []


def test_points_typed_with_a_comma_or_glued_after_a_quote_are_one_series():
    assert _series("提纲\n\n形成的前提：1，水源的保障。2，土地归集体经营。") == [["水源的保障", "土地归集体经营"]]
    assert _series("提纲\n\n章程是协会运行的依据。主要原则：1.民主原则2.“自愿参加”3.公开与透明4.互助原则。") == [
        ["民主原则", "“自愿参加”", "公开与透明", "互助原则"]]
