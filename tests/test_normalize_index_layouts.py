"""normalize on the layouts of a student's study index and an OCR'd memorisation sheet (issue 13):
chapter numbers glued to their titles, answer labels with unpaired brackets, a page header of title
and compiler's credit repeated on every page, a chatty preface wrapped at the column, label lines
that read as names, and 一、 headings that restart under each chapter.

Every text here is made up; none is a corpus text."""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.normalize.chapters import space_glued_chapters

P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会。"


def test_a_glued_chapter_title_is_read_only_where_the_text_numbers_its_chapters_in_sequence():
    lines = ["第一节新任务", P, "第二节\t新要求", P, "第三节新举措", P]
    assert space_glued_chapters(lines)[::2] == ["第一节 新任务", "第二节\t新要求", "第三节 新举措"]
    # a lone 第一节 opening a sentence, or one with clause marks, is text
    assert space_glued_chapters(["第一节课后，大家讨论热烈。", P]) == ["第一节课后，大家讨论热烈。", P]
    doc = normalize(Source("x.txt", "某某学习手册\n" + "\n".join(lines) + "\n"))
    assert [h.text for h in doc.articles[0].headings] == ["新任务", "新要求", "新举措"]


def test_an_answer_label_with_unpaired_ocr_brackets_leaves_its_line_and_the_series_after_it_is_read():
    text = ("第一节 发展阶段\n四个时期是：\t。\n［背诵要点答案】\n［答案】（1)开创时期。 (2)建设时期。\n"
            "(3)改革时期。 (4)新时代。\n")
    doc = normalize(Source("x.txt", text))
    assert "（1）开创时期。(2）建设时期。" in doc.text.split("\n")


def test_a_page_header_of_title_and_compiler_credit_gives_the_title_and_author_and_is_dropped_on_later_pages():
    head = "某某课程 知识点索引           2020 级某某学院 王明 编制  2022 版修订 李华 "
    preface = ("说明：这份索引是给大家复习用的，内容按教材顺序排列，每一条后面都标了页码，方便大家查找原文，"
               "\n复习的时候一定要对照教材，不要只看索引，考试的时候按照题目要求作答，注意条理清楚，分点作答即可。\n")
    body = "一、学习的意义\n1、学习的重要性\n2、学习的方法\n二、学习的要求\n1、勤奋\n2、思考\n"
    doc = normalize(Source("x.txt", f"{head}\n 1 \n{preface}\n{head}\n 2 \n{body}\n{head}\n 3 \n三、学习的目标\n1、成才\n"))
    assert len(doc.articles) == 1
    a = doc.articles[0]
    assert (a.title, a.author) == ("某某课程 知识点索引", "王明")
    assert doc.text.count("知识点索引") == 1
    assert doc.text[a.start :].startswith("说明：这份索引")
    assert [h.text for h in a.headings] == ["学习的意义", "学习的要求", "学习的目标"]


def test_label_lines_between_an_outline_s_points_are_body_and_break_no_heading_sequence():
    """定义 and 劳动 read as names (定 and 劳 are surnames): between 1、 and 2、, or 一、 and 二、, of one
    outline they are labels."""
    text = ("某某课程提纲\n一、基本概念\n1、道德的含义\n定义\n关系、意义\n2、道德的作用\n劳动\n休息\n"
            "3、道德的功能\n二、基本要求\n1、遵守规范\n")
    doc = normalize(Source("x.txt", text))
    assert len(doc.articles) == 1
    assert [h.text for h in doc.articles[0].headings] == ["基本概念", "基本要求"]


def test_headings_that_restart_under_each_chapter_line_stay_one_document():
    text = ("某某教材知识点索引\n绪论 某某课程的意义\n一、学习的意义\n" + P + "\n二、学习的方法\n" + P +
            "\n第一章 理想信念\n一、什么是理想\n" + P + "\n二、理想的作用\n" + P +
            "\n第二章 中国精神\n概括起来一句话\n一、精神的传承\n" + P + "\n")
    doc = normalize(Source("x.txt", text))
    assert len(doc.articles) == 1
    assert [h.text for h in doc.articles[0].headings] == ["学习的意义", "学习的方法", "什么是理想", "理想的作用", "精神的传承"]
    assert [h.number for h in doc.articles[0].headings] == [1, 2, 3, 4, 5]


def test_a_short_chapter_line_is_no_wrapped_heading_of_the_longer_line_after_it():
    text = "某某复习资料\n第一节 新理论\n“两个坚持”是指坚持某某和某某相结合、同\n某某相结合。\n第二节 新实践\n" + P + "\n第三节 新要求\n" + P + "\n"
    doc = normalize(Source("x.txt", text))
    assert [h.text for h in doc.articles[0].headings] == ["新理论", "新实践", "新要求"]


def test_a_heading_sequence_goes_on_over_one_number_the_source_skipped():
    """五、 七、 八、: the index skipped 六、; 七、 is still a heading when 八、 goes on from it (一、 after 一、 is not)."""
    text = ("某某提纲\n" + "".join(f"{n}、第{n}项内容\n{P}\n" for n in "一二三四五") + f"七、第七项内容\n{P}\n八、第八项内容\n{P}\n")
    doc = normalize(Source("x.txt", text))
    assert [h.text for h in doc.articles[0].headings][-3:] == ["第五项内容", "第七项内容", "第八项内容"]
    text = "某某提纲\n一、第一项内容\n" + P + "\n三、这一行只是换行时碰巧以序号开头\n" + P + "\n二、第二项内容\n" + P + "\n"
    assert [h.text for h in normalize(Source("x.txt", text)).articles[0].headings] == ["第一项内容", "第二项内容"]


def test_page_references_of_a_study_index_are_furniture():
    """A textbook's page ranges after a heading or a label (理念）3-5, 理想17-18：…) go, and a list of the
    pages where the answers stand (1、P1-3；2、19-21) is no list; a figure with its unit stays."""
    from kaodian.pipeline import extract_text

    text = ("某某索引\n一、如何学习（树立学风）3-5\n1、理想17-18：源于现实\n2、信念 18-19\n二、思考题\n"
            "本章课后练习题所在页码：\n1、P1-3；2、P8定义；3、19-21\n三、目标\n1、60岁以上老人全覆盖。\n2、30%的县达标。\n"
            "四、进步\n1、进步的表现 93（3点）\n2、择业观 125-126、创业观\n")
    doc = normalize(Source("x.txt", text))
    assert [h.text for h in doc.articles[0].headings] == ["如何学习（树立学风）", "思考题", "目标", "进步"]
    assert "理想：源于现实" in doc.text
    lists = [[i.text for i in p.items] for p in extract_text(text, "t.txt").points if p.kind == "enumeration"]
    assert ["理想：源于现实", "信念"] in lists
    assert not any("P1-3" in i or "19-21" in i for items in lists for i in items)
    assert ["60岁以上老人全覆盖", "30%的县达标"] in lists
    assert ["进步的表现（3点）", "择业观、创业观"] in lists


def test_figures_of_running_text_are_no_page_references():
    """A range or a number a wrap cut from its unit, or a range before a bracketed note, is a figure; a gap before
    words that are no compiler's credit splits no line."""
    for text, kept in [("今年经济增长5-6\n个百分点，就业稳定。\n", "5-6个百分点"), ("会议于（上半年）10\n月召开。\n", "10月召开"),
                       ("年龄在18-35（含）岁的青年。\n", "18-35（含）岁"), ("认真做好档案    资料整理 和归档工作，确保完整。\n", "资料整理")]:
        doc = normalize(Source("x.txt", "某某通知\n" + text))
        assert kept in doc.text.replace("\n", "").replace(" ", ""), text
    doc = normalize(Source("x.txt", "关于做好档案工作的通知\n认真做好档案    资料整理 和归档工作，确保完整。\n"))
    assert "\n认真做好档案    资料整理 和归档工作，确保完整。" in doc.text  # (one line, the gap no page header's)


def _lines(text: str) -> list[str]:
    return normalize(Source("x.txt", text)).text.split("\n")


INDEX = "某某课程 知识点索引\n" + P + "\n一、学习的要求 12-16\n"


def test_an_index_section_s_points_each_with_a_page_in_its_range_are_points_not_a_table_of_contents():
    lines = _lines(INDEX + "二、锻炼的益处 55-57\n1、强健体魄 55\n2、磨炼意志 56\n3、舒缓情绪 57\n" + P + "\n")
    assert ["1、强健体魄", "2、磨炼意志", "3、舒缓情绪"] == [x for x in lines if x[:2] in ("1、", "2、", "3、")]


def test_a_run_of_entries_with_pages_outside_the_range_above_is_still_a_table_of_contents():
    lines = _lines(INDEX + "二、锻炼的益处 55-57\n1、强健体魄 55\n2、磨炼意志 120\n3、舒缓情绪 150\n" + P + "\n")
    assert not [x for x in lines if "强健体魄" in x]


def test_an_index_section_s_points_stay_all_when_the_section_has_four_or_more():
    lines = _lines(INDEX + "二、运动的好处 93-96\n1、增强体质 93\n2、调节心情 94\n3、结交朋友 95\n4、培养毅力 96\n" + P + "\n")
    assert ["1、增强体质", "2、调节心情", "3、结交朋友", "4、培养毅力"] == [x for x in lines if x[1:2] == "、" and x[0] in "1234"]


# (an index shows its page locators at the ends of its lines: three of them here)
LOCATED = INDEX + "二、学习的方法 17-20\n三、学习的目标 21-25\n"


def test_an_index_line_s_pages_in_mid_line_and_after_a_label_s_colon_go():
    lines = _lines(LOCATED + "1、何为阅读 31 阅读的乐趣\n2、阅读的步骤 64-65两步\n3、阅读的对象：18-20\n" + P + "\n")
    assert ["1、何为阅读阅读的乐趣", "2、阅读的步骤两步", "3、阅读的对象："] == [x for x in lines if x[:2] in ("1、", "2、", "3、")]


def test_a_spaced_figure_with_its_unit_or_in_a_sentence_stays():
    lines = _lines(INDEX + "1、学习的时长 用 20-24分钟\n2、新建场地 各 2支球队。\n3、人员 帮助 180多位学生\n" + P + "\n")
    text = "".join(lines).replace(" ", "")
    assert "用20-24分钟" in text and "各2支球队。" in text and "帮助180多位学生" in text


def test_a_wrapped_text_s_spaced_figures_and_a_range_after_a_colon_stay_where_no_line_shows_a_page_locator():
    """A PDF spaces a figure from its words and wraps a line before its clause mark: outside an index the
    number is the text's (no unit list can tell 周年, 季度, 剂, 稳 from a label's next word)."""
    text = ("某某单位通知\n在庆祝中国共产党成立 100 周年\n大会上的讲话精神要认真学习领会。\n前 3 季度各地接种 3 剂疫苗\n"
            "的人数稳步增长，成效明显。\n纪念辛亥革命 110 周年\n各地用 3 天时间做好 6 稳工作、落实 6 保任务\n"
            "招录对象年龄要求：18-35\n" + P + "\n")
    flat = normalize(Source("x.txt", text)).text.replace("\n", "").replace(" ", "")
    for kept in ["成立100周年大会上", "前3季度各地接种3剂疫苗", "纪念辛亥革命110周年", "用3天时间", "做好6稳工作、落实6保任务",
                 "年龄要求：18-35"]:
        assert kept in flat, kept
