"""Layouts of books and course handouts (session 18's held-out set): a course handout's 导论 before its 第一章
and a chapter title that opens with a quotation mark, a collected works' 题注 in a Markdown quote block and its
closing 注释, a book retyped line by line whose paragraphs are marked only by their indented first lines, part
headings numbered by a bare numeral glued to their first word, an editor's note glued to a speech's date line,
首先来说…其次…其次…, 第一种：…第二种：…, and circled note references.  Invented text."""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_text

BODY = "某某理论是一个科学体系，它回答了某某发展的一系列基本问题。"


def _lists(ex) -> list[list[str]]:
    return [[i.text for i in p.items] for p in ex.points if p.kind == "enumeration"]


def test_a_handouts_introduction_and_a_quoted_chapter_title_are_headings():
    text = "\n".join([
        "《某某概论》课程知识要点", "", "导论 某某理论的历史进程", "1.某某理论是一脉相承的科学体系。",
        "2.某某理论回答了时代课题。", "第一章 某某思想及其历史地位", "1.某某思想是集体智慧的结晶。",
        "2.某某思想的活的灵魂是实事求是。", "第二章“某某重要”思想", "1.“某某重要”思想是在科学判断党的历史方位的基础上提出的。",
        "2.“某某重要”思想的核心是始终保持党同人民群众的血肉联系。",
    ])
    doc = normalize(Source("h.docx", text, "docx"))
    a = doc.articles[0]
    assert a.title == "《某某概论》课程知识要点"
    assert [(h.marker, h.text) for h in a.headings] == [
        ("导论", "某某理论的历史进程"), ("第一章", "某某思想及其历史地位"), ("第二章", "“某某重要”思想")]


def test_a_headnote_in_a_quote_block_signs_the_text_and_closing_notes_are_no_body():
    text = "\n".join([
        "# 改进我们的某某", "", "（一九四一年五月十九日）", "",
        "> * 这是某某某在某地干部会上所作的报告。这篇报告和《某某作风》，是关于某某运动的基本著作。", "",
        "我主张将我们全党的某某方法改造一下。其理由如次：", "", BODY * 3, "",
        "我们走过了许多弯路。但是错误常常是正确的先导。", "", "注释", "",
        "[1] 某县在某地南面约八十公里。", "", "[2] 参见某某《某某论》第一卷第二版跋。",
    ])
    ex = extract_text(text, "g.md")
    a = ex.document.articles[0]
    assert (a.title, a.author) == ("改进我们的某某", "某某某")
    body = ex.document.text[a.start : a.end]
    assert body.startswith("我主张") and body.endswith("但是错误常常是正确的先导。")
    # the titles the note and the notes name are the text's, and never asked
    docs = {p.text for p in ex.points if p.kind == "document"}
    assert {"某某作风", "某某论"} <= docs


def test_indented_paragraphs_of_a_retyped_book_and_numerals_glued_to_headings():
    para = "\u3000\u3000我们某某工作者，是新时代最有朝气的建设者，是推动发展、服务群众的"
    text = "\n".join([
        "论某某的修养", "\u3000\u3000某某某", "（一九五〇年三月在某地某学院的讲演）《某刊》编辑部按：本文收入本书时，作者作了个别文字修改。",
        "\u3000\u3000同志们！",
        *[line for n in ("一", "二", "三") for line in (
            f"\u3000\u3000{n}某某党员为什么要进行修养", para, "骨干力量。我们说，某某工作者要在各方面的实践中锻炼自己，并且在",
            "这种实践中服务社会。", "\u3000\u3000" + BODY * 2, "\u3000\u3000" + BODY + "所以，我们应该把自己看作是需要而且",
            "可能提高的。")],
    ])
    doc = normalize(Source("x.txt", text, "txt"))
    a = doc.articles[0]
    assert (a.title, a.author) == ("论某某的修养", "某某某")
    assert doc.text[a.start :].startswith("同志们！")
    assert [(h.marker, h.text) for h in a.headings] == [(n, "某某党员为什么要进行修养") for n in ("一", "二", "三")]
    assert "是推动发展、服务群众的骨干力量。" in doc.text and "看作是需要而且可能提高的。" in doc.text


def test_a_speech_says_its_points_with_shouxian_laishuo_and_qici_again():
    text = "\n".join([
        "改进某某的学习", "我主张将我们全党的学习方法改造一下。",
        "首先来说调查现状。我们掌握的情况还是零碎的，我们的调查工作还是不成体系的。",
        "其次来说总结经验。不论是近年的和早年的经验，在一些同志的心目中还是模糊一片。",
        "其次说到借鉴外地的有益做法。一些同志的借鉴似乎并不是为了解决实际的问题。",
        "有两种互相对立的作风。第一种：浮于表面的作风。第二种：求真务实的作风。",
        "实践证明，“某某之道”①是正确的。我们要坚持真理。”②①某某同志不断地提出过这一点。",
    ])
    lists = _lists(extract_text(text, "s.txt"))
    assert ["来说调查现状", "来说总结经验", "说到借鉴外地的有益做法"] in lists
    assert ["浮于表面的作风", "求真务实的作风"] in lists
    assert not any(x[0].startswith("是正确的") or "同志不断" in x[-1] for x in lists)  # note references


def test_a_short_word_in_quotes_that_the_text_defines_is_no_formulation():
    text = ("改进作风\n\n这种作风，就是求真务实的作风。“求真”就是探求事物的本来面目，“务”就是我们去努力。"
            "“全面”是指发展要有全面性、整体性。“五位一体”是指经济建设、政治建设、文化建设、社会建设、生态文明建设。\n")
    found = {p.text for p in extract_text(text, "d.txt").points if p.kind == "formulation"}
    assert "五位一体" in found and not found & {"求真", "务", "全面"}


def test_a_list_of_paragraph_points_goes_on_over_a_number_its_writer_skipped():
    points = [f"{n}.某某理论的第{n}个要点是坚持实事求是。" for n in (1, 2, 3, 5, 6)]
    lists = _lists(extract_text("某某课程知识要点\n\n导论 某某理论\n" + "\n".join(points) + "\n", "k.docx"))
    assert [f"某某理论的第{n}个要点是坚持实事求是" for n in (1, 2, 3, 5, 6)] in lists


def test_a_point_ending_on_a_quoted_sentence_ends_at_its_words():
    text = ("某某课程知识要点\n\n导论 某某理论\n1.毛泽东指出：“认清中国的国情，乃是认清一切革命问题的基本的依据。”\n"
            "2.要用创新的思路持续深化“最多跑一次”。\n")
    assert ["毛泽东指出：“认清中国的国情，乃是认清一切革命问题的基本的依据",
            "要用创新的思路持续深化“最多跑一次”"] in _lists(extract_text(text, "k.docx"))


def test_a_series_after_zhuyao_you_starts_after_the_preposition_beside_a_long_middle_term():
    text = "某某社会\n\n新社会的阶级主要由工人阶级、农民阶级和其他劳动阶级、民族资产阶级三种阶级力量组成。\n"
    series = [[i.text for i in p.items] for p in extract_text(text, "s.txt").points if p.kind == "term_series"]
    assert series == [["工人阶级", "农民阶级和其他劳动阶级", "民族资产阶级"]]


def test_an_indented_text_keeps_its_headings_subheadings_and_markdown_lines_apart():
    """The reviewer's cases: only running text goes on over an unindented line."""
    para = "\u3000\u3000会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动各项政策落地见效。"
    heads = [f"\u3000\u3000{n}、坚持以人民为中心推动高质量发展取得新成效" for n in "一二三四五六七八九十"]
    text = "某某会议公报\n\n" + "\n".join(f"{h}\n会议强调，要推动各项政策落地见效，确保取得实效。\n{para}" for h in heads) + "\n"
    doc = normalize(Source("x.txt", text, "txt"))
    assert len(doc.articles[0].headings) == 10
    caption = "\u3000\u3000图为某县农民在田间收割水稻。本报记者 李四 摄影"
    news = "某地见闻\n\n" + "\n".join(f"{para}\n{caption}\n生态宜居绘新景\n{para}" for _ in range(6)) + "\n"
    assert "摄影生态" not in normalize(Source("n.txt", news, "txt")).text


def test_a_retyped_books_line_after_a_note_marker_that_opens_with_a_comma_goes_on_its_paragraph():
    # (…“人人可以成才”③ / ，在我看来…: the note's marker after a quote's close ends no paragraph, and the wrapped
    # lines after it still join, so a quotation the wrap cut stays one formulation)
    text = "\n".join([
        "论某某的修养", "\u3000\u3000某某某",
        *[f"\u3000\u3000{BODY}{BODY}" for _ in range(10)],
        "\u3000\u3000《某书》上有这样一句话：“人人可以成才”③", "，在我看来这话很有道理。每位青年都应该勤学苦练，",
        "持之以恒，不可以半途而废。否则，就会成为“某某会上", "的看客”，那是很遗憾的。",
        *[f"\u3000\u3000{BODY}{BODY}" for _ in range(3)],
    ])
    ex = extract_text(text, "x.txt")
    assert "“人人可以成才”③，在我看来这话" in ex.document.text
    assert "某某会上的看客" in {p.text for p in ex.points if p.kind == "formulation"}
