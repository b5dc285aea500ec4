"""Study notes (复习提纲, 考点整理): their furniture is no text, their points are items (issue 13).

Page references, exam marks, stars, a reminder line's label, the 答 that opens an answer and a
table of contents go; 1. 1） 1】 points, punctuated or not, are paragraphs and items of lists,
an outline's points chain across the notes under them, and a series nested in another's item
leaves the outer one whole.
"""

from __future__ import annotations

import pytest

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.normalize.notes import clean_notes
from kaodian.pipeline import extract_text


@pytest.mark.parametrize(
    "line, kept",
    [
        ("1. 马克思主义中国化的意义  （选择、简答 ）（P3） ", "1. 马克思主义中国化的意义"),
        ("6. 中国特色社会主义理论体系的主要内容（大条目—选择）  (P19)", "6. 中国特色社会主义理论体系的主要内容"),
        ("1、新民主主义革命的性质（42）、主力军和最基本的动力。（40）", "1、新民主主义革命的性质、主力军和最基本的动力。"),
        ("4、新发展理念的科学内涵、要求和主要内容。7,13,9-13", "4、新发展理念的科学内涵、要求和主要内容。"),
        ("5、新民主主义革命的法宝。49-53", "5、新民主主义革命的法宝。"),
        ("党的思想路线就是实事求是。（重点！一个字不能错）", "党的思想路线就是实事求是。"),
        ("☆社会主义的本质 P12", "社会主义的本质"),
        ("【重点】新民主主义革命的三大法宝。86-89 武装斗争是主要形式。", "新民主主义革命的三大法宝。 武装斗争是主要形式。"),
        ("（选择：“与时俱进”是马克思主义的理论品质）", "“与时俱进”是马克思主义的理论品质"),
        # a study outline's revision marks (session 7 teacher review)
        ("必须坚持党的全面领导（新内容），这是根本保证。", "必须坚持党的全面领导，这是根本保证。"),
        ("【新增】全面从严治党永远在路上。", "全面从严治党永远在路上。"),
        # a student's stress on a revision mark, how likely a point is asked, reading orders (session 9 review)
        ("6.某某理论的阶段性特征 （简答、辨析？）（新内容！！！）  （P100) ", "6.某某理论的阶段性特征"),
        ("3. 某某对基本矛盾的看法（发展动力） （概率小？）（P130） ", "3. 某某对基本矛盾的看法（发展动力）"),
        ("第三节 全过程人民民主 P237须阅读", "第三节 全过程人民民主"),
        ("阅读网上材料且熟记", ""),
        ("【小知识点】全过程人民民主是社会主义民主政治的本质属性。", "全过程人民民主是社会主义民主政治的本质属性。"),
        # text in brackets, an item marker after a sentence, a year: text
        ("（具体的说，就是把基本原理同中国实际结合起来。）", "（具体的说，就是把基本原理同中国实际结合起来。）"),
        ("主要内容：（1）新民主主义革命理论；（2）社会主义建设理论；", "主要内容：（1）新民主主义革命理论；（2）社会主义建设理论；"),
        ("毛泽东思想在1945年党的七大上被确立为指导思想。", "毛泽东思想在1945年党的七大上被确立为指导思想。"),
        ("阅读是学习的基础，要多读书。", "阅读是学习的基础，要多读书。"),
    ],
)
def test_a_notes_line_loses_its_furniture_and_nothing_else(line, kept):
    assert clean_notes([line]) == [kept]


def test_a_number_a_wrap_cut_at_a_line_end_stays():
    assert clean_notes(["全年经济增长。12", "月份的数据好于预期。"]) == ["全年经济增长。12", "月份的数据好于预期。"]
    assert clean_notes(["马克思主义的鲜明特征。12-14", "1）科学性"]) == ["马克思主义的鲜明特征。", "1）科学性"]


def test_a_table_of_contents_goes_with_or_without_its_head():
    toc = ["目录", "第一章 导论……1", "1.怎样理解毛泽东思想的科学涵义? 3", "", "第一章 导论", "正文。"]
    assert clean_notes(toc) == ["", "", "", "", "第一章 导论", "正文。"]
    bare = ["序言 1", "第一章 关于毛泽东思想 5", "第二章 关于新民主主义革命 38", "正文。"]
    assert clean_notes(bare)[:3] == ["", "", ""]
    two = ["第一章 关于毛泽东思想 5", "第二章 关于新民主主义革命 38", "正文。"]
    # two lines that end with numbers are no table: they stay, their page numbers go
    assert clean_notes(two) == ["第一章 关于毛泽东思想", "第二章 关于新民主主义革命", "正文。"]


NOTES = """第一章 马克思主义
1. 马克思主义的组成部分（选择）（P3）
1】马克思主义哲学
2】马克思主义政治经济学
3】科学社会主义
2. 什么是马克思主义
答：马克思主义是由马克思和恩格斯创立的科学理论体系
3、马克思主义的特征
1）科学性
2）人民性
"""


def test_notes_without_stops_are_body_and_their_points_lists():
    doc = normalize(Source("n.txt", NOTES))
    (a,) = doc.articles
    body = doc.text[a.start : a.end]
    assert "答" not in body and "P3" not in body and "选择" not in body
    assert "2. 什么是马克思主义\n马克思主义是由" in body, "the question stays a paragraph of its own"
    lists = {tuple(s.text for s in p.items) for p in extract_text(NOTES, "n.txt").of_kind("enumeration")}
    assert ("马克思主义的组成部分", "什么是马克思主义", "马克思主义的特征") in lists
    assert ("马克思主义哲学", "马克思主义政治经济学", "科学社会主义") in lists
    assert ("科学性", "人民性") in lists


def test_a_series_nested_in_an_item_leaves_the_outer_one_whole():
    text = ("他提出了几点要求。一是加强学习。二是改进作风。三是扩大开放，原因有二：一是资源缺乏；二是市场在外。"
            "四是完善制度。\n")
    lists = {tuple(s.text for s in p.items) for p in extract_text("标题\n" + text, "n.txt").of_kind("enumeration")}
    outer = [x for x in lists if x[0] == "加强学习"]
    assert len(outer) == 1 and len(outer[0]) == 4 and outer[0][-1] == "完善制度", lists
    assert ("资源缺乏", "市场在外") in lists


def test_a_notes_line_cut_inside_a_word_at_a_wrap_is_joined_and_a_title_block_is_not():
    """A PDF's notes wrap a short line inside a word (…基本原 / 则，…; …重新激 / 发…): a key cut there
    was a fragment (session 9 review).  A heading or label line first opens the notes' body."""
    notes = ("某某复习重点整理\n第三章 某某路线\n"
             "内容：领导和团结全体人民，坚持四项基本原\n则，坚持改革开放\n"
             "地位：某某路线是某某的生命线，四项基本原\n则是立国之本\n"
             "意义：“某某倡议”是重新激\n发沿线国家活力的重要举措\n")
    text = normalize(Source(name="n", text=notes)).text
    assert "坚持四项基本原则，坚持改革开放" in text
    assert "四项基本原则是立国之本" in text
    assert "重新激发沿线国家" in text
    # two lines that each end a point stay apart
    assert "改革开放\n地位" in text.replace("。", "")


def test_an_index_heading_that_its_page_locator_ends_keeps_the_short_line_under_it_apart():
    # (四、某某和某某 7-8 / 概念、作用: the locator ends the entry, the line under it is its first point)
    text = "\n".join([
        "某某课程知识点索引", "第一章 某某理论 1-20", "一、某某理论的含义 1-3", "1、某某理论的内涵和外延 1-2",
        "二、思想和行动 4-5", "概念、作用", "三、思想素质和行动素质 6-8", "定义", "提高两个素质",
        "四、某某理论的学习方法 9-11", "1、理论联系实际 9-10",
    ])
    heads = [h.text for h in normalize(Source("i.txt", text, "txt")).articles[0].headings]
    assert "思想和行动" in heads and "思想素质和行动素质" in heads


def test_a_study_sheets_chart_of_bare_labels_inside_the_body_opens_no_article():
    # (a chart flattened into lines: 抓手 / 根基 / 某某建设（放在前面）read as bylines opened a second article)
    text = "\n".join([
        "某某知识背诵填空", "第一节 某某思想", "1.某某思想是一个科学体系，它回答了一系列基本问题。",
        "2.某某理论回答了时代课题，是行动指南。", "［答案】某某体系", "抓手", "提高某某能力、完善某某机制",
        "根基", "某某建设（放在前面）", "落脚点", "激发各方面的积极性、主动性", "某某工作",
        "某某工作是一项基础性工作。", "难点", "是制约某某发展的最大短板。", "［答案】某某。",
    ])
    doc = normalize(Source("s.txt", text, "txt"))
    assert len(doc.articles) == 1 and doc.text[: doc.articles[0].end].endswith("某某。")
    assert doc.articles[0].author is None


def test_a_bare_line_that_names_no_one_still_signs_a_title_block_before_the_body():
    # (the label rule is for lines inside a body: under a title, before the first sentence, such a line is a byline)
    text = "某某思想的时代价值\n知行\n学习某某思想，要把握它的时代价值。\n这是第二段正文，说明它的意义。\n"
    (a,) = normalize(Source("t.txt", text, "txt")).articles
    assert (a.title, a.author) == ("某某思想的时代价值", "知行")


def test_a_short_chapter_title_keeps_the_longer_line_under_it_apart():
    # (a chart's caption under 第七节 某某建设 was joined to the heading as its wrapped tail)
    text = "某某背诵填空\n第一节\t某某思想\n某某思想是行动指南。\n第二节\t某某建设\n\n构建某某新格局\n实现某某循环的畅通\n某某建设是中心任务。\n"
    heads = [h.text for h in normalize(Source("s.txt", text, "txt")).articles[0].headings]
    assert heads == ["某某思想", "某某建设"]


def test_a_numbered_answer_s_points_run_over_lines_left_open_after_a_comma():
    # (14.［答案］ is the question's number and the answer's word; （2）'s point goes on over the lines its commas leave open)
    text = "某某背诵填空\n第一节 某某思想\n1.某某工作的总体要求是什么？\n14.［答案］（1）方向，（2）重点，\n难点，\n关键环节。\n"
    lists = {tuple(s.text for s in p.items) for p in extract_text(text, "n.txt").of_kind("enumeration")}
    assert ("方向", "重点，难点，关键环节") in lists


@pytest.mark.parametrize("byline", ["某某日报", "某某网", "王某", "若水"])  # (若水: a pen name, no surname)
def test_a_paper_s_name_or_a_name_between_two_bodies_still_opens_the_next_article(byline):
    # (the label rule leaves a name with a surname and a paper's or a site's name the byline of a page's second article)
    text = (f"坚持学习的意义\n李明\n学习是一个人成长的阶梯，我们要坚持学习，把学习当作一种习惯。\n学习要联系实际，做到学以致用。\n"
            f"把握发展的主动\n{byline}\n发展是解决一切问题的基础和关键，要牢牢把握发展的主动权。\n发展要统筹兼顾，做到协调推进。\n")
    arts = normalize(Source("p.txt", text, "txt")).articles
    assert [(a.title, a.author) for a in arts] == [("坚持学习的意义", "李明"), ("把握发展的主动", byline)]
