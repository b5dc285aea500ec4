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
    para = "\u3000\u3000我们共产党员，是近代历史上最先进的革命者，是改造社会、改造世界的"
    text = "\n".join([
        "论某某的修养", "\u3000\u3000某某某", "（一九三九年七月在某地某学院的讲演）《某刊》编辑部按：本文这次发表以前，由作者又校阅了一次。",
        "\u3000\u3000同志们！",
        *[line for n in ("一", "二", "三") for line in (
            f"\u3000\u3000{n}某某党员为什么要进行修养", para, "决定力量。我们说，共产党员要在各方面的斗争中改造自己，并且在",
            "这种斗争中改造社会。", "\u3000\u3000" + BODY * 2, "\u3000\u3000" + BODY + "所以，我们应该把自己看作是需要而且",
            "可能改造的。")],
    ])
    doc = normalize(Source("x.txt", text, "txt"))
    a = doc.articles[0]
    assert (a.title, a.author) == ("论某某的修养", "某某某")
    assert doc.text[a.start :].startswith("同志们！")
    assert [(h.marker, h.text) for h in a.headings] == [(n, "某某党员为什么要进行修养") for n in ("一", "二", "三")]
    assert "是改造社会、改造世界的决定力量。" in doc.text and "看作是需要而且可能改造的。" in doc.text


def test_a_speech_says_its_points_with_shouxian_laishuo_and_qici_again():
    text = "\n".join([
        "改进某某的学习", "我主张将我们全党的学习方法改造一下。",
        "首先来说研究现状。我们所收集的材料还是零碎的，我们的研究工作还是没有系统的。",
        "其次来说研究历史。不论是近百年的和古代的中国史，在许多党员的心目中还是漆黑一团。",
        "其次说到学习国际的革命经验。许多同志的学习似乎并不是为了革命实践的需要。",
        "有两种互相对立的态度。第一种：主观主义的态度。第二种：实事求是的态度。",
        "实践证明，“某某之道”①是正确的。我们要坚持真理。”②①某某同志不断地提出过这一点。",
    ])
    lists = _lists(extract_text(text, "s.txt"))
    assert ["来说研究现状", "来说研究历史", "说到学习国际的革命经验"] in lists
    assert ["主观主义的态度", "实事求是的态度"] in lists
    assert not any(x[0].startswith("是正确的") or "同志不断" in x[-1] for x in lists)  # note references


def test_a_short_word_in_quotes_that_the_text_defines_is_no_formulation():
    text = ("改进学习\n\n这种态度，就是实事求是的态度。“实事”就是客观存在着的一切事物，“求”就是我们去研究。"
            "“全面”是指发展要有全面性、整体性。“五位一体”是指经济建设、政治建设、文化建设、社会建设、生态文明建设。\n")
    found = {p.text for p in extract_text(text, "d.txt").points if p.kind == "formulation"}
    assert "五位一体" in found and not found & {"实事", "求", "全面"}


def test_a_list_of_paragraph_points_goes_on_over_a_number_its_writer_skipped():
    points = [f"{n}.某某理论的第{n}个要点是坚持实事求是。" for n in (1, 2, 3, 5, 6)]
    lists = _lists(extract_text("某某课程知识要点\n\n导论 某某理论\n" + "\n".join(points) + "\n", "k.docx"))
    assert [f"某某理论的第{n}个要点是坚持实事求是" for n in (1, 2, 3, 5, 6)] in lists


def test_a_point_ending_on_a_quoted_sentence_ends_at_its_words():
    text = ("某某课程知识要点\n\n导论 某某理论\n1.毛泽东指出：“认清中国的国情，乃是认清一切革命问题的基本的依据。”\n"
            "2.要用改革的办法深入推进“三去一降一补”。\n")
    assert ["毛泽东指出：“认清中国的国情，乃是认清一切革命问题的基本的依据",
            "要用改革的办法深入推进“三去一降一补”"] in _lists(extract_text(text, "k.docx"))


def test_a_series_after_zhuyao_you_starts_after_the_preposition_beside_a_long_middle_term():
    text = "某某社会\n\n社会阶级主要由工人阶级、农民阶级和其他小资产阶级、民族资产阶级三种阶级力量组成。\n"
    series = [[i.text for i in p.items] for p in extract_text(text, "s.txt").points if p.kind == "term_series"]
    assert series == [["工人阶级", "农民阶级和其他小资产阶级", "民族资产阶级"]]
