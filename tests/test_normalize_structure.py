"""normalize on the document structures of issue 13: chapter lines and unnumbered
subheadings as headings, outline markers, a page's furniture around titles and bodies
(front matter, site and column names, datelines, credits, footers, captions), an
interview's header block, and several texts with credit blocks in one file.

Every text here is made up; none is a corpus text."""

from __future__ import annotations

import pytest

from kaodian.chars import repair_line
from kaodian.model import Source
from kaodian.normalize import normalize

P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会，并且在实际工作中加以贯彻落实。"
Q = "另一部分讲的是做法，步骤清楚明白，各个单位都可以参照执行，并且要及时总结经验教训。"


def parse(text: str):
    doc = normalize(Source("x.txt", text))
    return doc, [(a.title, a.author, a.affiliation) for a in doc.articles]


def body(doc, k: int = 0) -> str:
    a = doc.articles[k]
    return doc.text[a.start : a.end]


def test_chapter_lines_are_the_level_one_headings_of_a_body_without_numbered_ones():
    doc, meta = parse(f"某某组织条例\n总　纲\n{P}\n第一章　成　员\n{Q}\n第二章　组织\n（一）{P}\n")
    a = doc.articles[0]
    assert meta == [("某某组织条例", None, None)]
    assert [(h.number, h.marker, h.text) for h in a.headings] == [(1, "", "总　纲"), (2, "第一章", "成　员"), (3, "第二章", "组织")]
    assert [p.section for p in a.paragraphs if p.text in (P, Q)] == [1, 2]
    assert body(doc).startswith("总　纲")  # the text opens with its first chapter line


@pytest.mark.parametrize("tag", ["【王立新】", "王立新："])
def test_a_speaker_tag_before_a_chapter_line_names_the_author_and_the_line_stays_a_heading(tag):
    doc, meta = parse(f"{tag}第一章 某某理论的来源\n{P}\n第二章 某某理论的内容\n{Q}\n")
    assert meta == [(None, "王立新", None)]
    assert [h.text for h in doc.articles[0].headings] == ["某某理论的来源", "某某理论的内容"]


def test_a_chapter_line_wrapped_over_lines_is_joined():
    doc, _ = parse(f"第一章 某某理论\n的来源\n{P}\n第二章 某某理\n论的内\n容\n{Q}\n")
    assert [h.text for h in doc.articles[0].headings] == ["某某理论的来源", "某某理论的内容"]


def test_a_charter_line_wrapped_and_an_adoption_note_wrapped_in_a_pdf_title_block():
    """A PDF sets the title block in large type: the adoption note runs over lines that are as wide as
    the block's widest and together are a date line, which the title keeps none of; 总纲 wrapped is one
    chapter line."""
    text = (f"某某组织章程\n\n某某组织第十次全国代表大会部\n分修改，2022年10月22日通\n过\n\n总　\n纲\n{P}\n"
            f"第一章　成　员\n{Q}\n")
    doc, meta = parse(text)
    assert meta == [("某某组织章程", None, None)]
    assert [h.text.replace("　", "") for h in doc.articles[0].headings] == ["总纲", "成员"]


def test_numbered_headings_win_over_chapter_lines():
    doc, _ = parse(f"某某报告\n第一部分　总体情况\n一、过去一年\n{P}\n二、今年安排\n{Q}\n")
    assert [h.text for h in doc.articles[0].headings] == ["过去一年", "今年安排"]


def test_outline_item_numbers_keep_their_dot_and_a_full_stop_after_a_figure_is_still_one():
    assert repair_line("1. 某某理论的主要内容（选择）").startswith("1. ")
    assert repair_line("12.某某理论") == "12.某某理论"
    assert repair_line("答：1. 某某理论的主要内容") == "答：1. 某某理论的主要内容"  # the item opens the answer
    assert repair_line("今年增长了6.") == "今年增长了6."  # a wrap may cut 6.|5
    assert repair_line("共有3.5万人参加了2次.") == "共有3.5万人参加了2次。"


def test_radical_look_alikes_read_as_characters():
    assert repair_line("⻣干教师") == "骨干教师"


def test_outline_points_and_sub_points_stand_on_lines_of_their_own():
    doc, _ = parse(f"第一章 某某理论\n1. 某某理论的主要内容（选择）\n1】第一个方面的内容是这样的理论\n2】第二个方面的内容是那样的理论\n{P}\n")
    texts = [p.text for p in doc.articles[0].paragraphs]
    assert "1】第一个方面的内容是这样的理论" in texts and "2】第二个方面的内容是那样的理论" in texts


@pytest.mark.parametrize("line", ["某某活动在各地举行_某某网", "某某活动在各地举行 - 某某省人民政府门户网站", "专栏名|某某活动在各地举行"])
def test_a_site_s_or_column_s_name_leaves_the_title(line):
    _, meta = parse(f"{line}\n==========\n{P}\n{Q}\n")
    assert meta == [("某某活动在各地举行", None, None)]


def test_front_matter_gives_way_to_the_title_it_names():
    doc, meta = parse(f"---\ntitle: 某某活动在各地举行\nurl: http://example.org/a\n---\n\n{P}\n\n{Q}\n")
    assert meta == [("某某活动在各地举行", None, None)]
    assert body(doc).startswith(P)


def test_front_matter_without_a_title_key_is_dropped():
    doc, _ = parse(f"---\n网址: http://example.org/a\n---\n<center>====</center>\n{P}\n{Q}\n")
    assert body(doc).startswith(P) and "http" not in doc.text and "center" not in doc.text


def test_a_dateline_with_the_headline_gives_the_title_and_a_reporter_line_the_author():
    _, meta = parse(f"某某社北京5月1日电 **题：某某之路：走向未来**\n\n某某社记者王明\n\n{P}\n\n{Q}\n")
    assert meta == [("某某之路：走向未来", "王明", None)]


def test_a_bracketed_byline_after_the_last_sentence_signs_the_article():
    doc, meta = parse(f"某某活动举行\n{P}\n{Q}（本报记者 王明）\n")
    assert meta == [("某某活动举行", "王明", None)]
    assert body(doc).endswith(Q)


def test_a_bracketed_source_or_credit_after_the_last_sentence_and_a_footer_are_dropped():
    doc, _ = parse(f"某某活动举行\n{P}\n{Q}（来源：某某处）\n更多资讯请下载某某客户端。版权声明：本文版权归某某网所有，未经授权不得转载。\n")
    assert body(doc).endswith(Q) and "版权" not in body(doc) and "来源" not in doc.text


R = "健全某某制度是发展某某事业的重要内容。要完善某某组织体系，提高自我管理、自我服务的能力。"


@pytest.mark.parametrize("text, articles", [
    # the source line opens the paragraph after it (a page of one article)
    (f"某某工作的几点体会\n\n王明\n\n{P}\n\n{Q}\n\n（来源：某某日报）{R}\n", 1),
    # ... or ends the paragraph before it and the next goes on on its line
    (f"某某工作的几点体会\n\n王明\n\n{P}\n\n{Q}（来源：某某日报）{R}\n", 1),
    # ... on a page of two articles, in the middle of the first and at its end
    (f"某某工作的几点体会\n\n王明\n\n{P}\n\n（来源：某某日报）{R}\n\n推动某某事业发展\n\n李强\n\n{Q}\n\n（来源：某某杂志）\n", 2),
])
def test_the_paragraph_a_paste_runs_onto_a_bracketed_source_line_stays_in_the_body(text, articles):
    doc, meta = parse(text)
    assert len(meta) == articles and R in body(doc, 0) and "来源" not in doc.text


def test_a_quote_s_bracketed_citation_in_mid_paragraph_stays_in_its_paragraph():
    """After a closing quote the bracket cites where the words come from; a book with its volume is a citation."""
    cited = "某某同志指出：“学习就是力量，力量就是学习。”（来源：《某某文选》第二卷）这一重要论述深刻阐明了学习的意义。"
    booked = "这一点十分重要。（来源：《某某文选》第二卷）这一重要论述深刻阐明了学习的意义。"
    for para in (cited, booked):
        doc, _ = parse(f"某某工作的几点体会\n\n王明\n\n{P}\n\n{para}\n\n{Q}\n")
        assert para in doc.text.split("\n"), para
    # (a paper's whole name in 《》 is still a source line)
    doc, _ = parse(f"某某工作的几点体会\n\n王明\n\n{P}\n\n{Q}（来源：《某某日报》）{R}\n")
    assert R in body(doc, 0) and "来源" not in doc.text


def test_a_caption_with_a_picture_credit_is_no_text():
    doc, _ = parse(f"某某活动举行\n{P}\n某某纪念馆展厅（某某处供图）\n{Q}\n![图片](http://example.org/a.png)\n")
    assert "供图" not in doc.text and "图片" not in doc.text


def test_a_caption_credited_after_its_full_stop_goes_and_the_paragraph_before_it_stays():
    doc, _ = parse(f"某某活动举行\n\n3月8日，{P}\n\n{Q}\n\n学生在展厅参观。某某博物馆供图\n\n{P}\n")
    assert "供图" not in doc.text and f"3月8日，{P}" in doc.text and Q in doc.text


def test_unnumbered_subheadings_between_paragraphs_are_the_headings():
    doc, _ = parse(f"某某活动举行\n{P}\n铭记过去，汲取前行力量\n{Q}\n牢记使命，开创美好未来\n{P}\n")
    assert [h.text for h in doc.articles[0].headings] == ["铭记过去，汲取前行力量", "牢记使命，开创美好未来"]


def test_one_short_line_in_a_body_is_no_heading():
    doc, _ = parse(f"某某活动举行\n{P}\n铭记过去，汲取前行力量\n{Q}\n{P}\n")
    assert doc.articles[0].headings == ()


def test_an_interview_s_header_labels_go_and_the_interviewers_sign():
    doc, meta = parse(
        f"采访对象：张某，某地人。曾任某职。\n采 访 组：王明 李 强\n采访日期：2020年1月1日\n采访地点：某地\n"
        f"采访组：请您谈谈当时的情况。\n张某：{P}\n{Q}\n"
    )
    assert meta == [(None, "王明 李 强", None)]
    assert body(doc).startswith("采访组：请您谈谈")
    assert "采访地点" not in doc.text


def test_several_texts_with_credit_blocks_in_one_file():
    text = (
        f"文档：正文和标题\n标题：宋体，居中。\n正文：仿宋，两端对齐。\n图片：居中，比例一致。\n"
        f"专栏名|“甲、乙、丙”，某某分享会让同学们收获满满！\n{P}\n{Q}\n来源：某某中心\n图片：赵一\n文字：王明\n审核：钱二\n"
        f"【栏目名】某某学院某某培训班开班典礼成功举办\n{Q}\n{P}\n文字、图片：李强\n编辑：\n"
    )
    doc, meta = parse(text)
    assert meta == [
        (None, None, None),
        ("“甲、乙、丙”，某某分享会让同学们收获满满！", "王明", None),
        ("某某学院某某培训班开班典礼成功举办", "李强", None),
    ]
    assert body(doc, 0).startswith("文档：正文和标题")
    assert [body(doc, k).startswith(P if k == 1 else Q) for k in (1, 2)] == [True, True]


def test_a_bracketed_name_or_label_is_no_column():
    _, meta = parse(f"关于某某工作的报告\n【导读】{P}\n{P}\n")
    assert meta == [("关于某某工作的报告", None, None)]


@pytest.mark.parametrize("window, heading, title", [
    # the window title with a weekly column's name and week, then the heading with its subtitle
    ("每周一学（2021年3月1日-3月7日）坚定理想信念的行动指南", "坚定理想信念的行动指南——学习某某重要论述",
     "坚定理想信念的行动指南——学习某某重要论述"),
    # the window title is the subtitle, the heading holds it
    ("每周一学（2021年3月1日-7日）写在某某会议召开之际", "推动事业取得新进展——写在某某会议召开之际",
     "推动事业取得新进展——写在某某会议召开之际"),
    # the window title names the speaker before the heading
    ("王某某：在全省工作会议上的讲话", "在全省工作会议上的讲话", "在全省工作会议上的讲话"),
])
def test_a_title_a_page_prints_twice_is_one_title(window, heading, title):
    doc, arts = parse(f"{window}\n{heading}\n王某某\n{P}\n{Q}")
    assert [a[0] for a in arts] == [title]
    assert arts[0][1] == "王某某"


def test_a_publishing_stamp_and_an_html_comment_are_no_title_or_text():
    doc, arts = parse(f"党风建设的新举措\n李某\n2017年08月22日09:55    来源：某某网-理论频道\n<!-- INFO END -->\n{P}\n{Q}")
    assert arts == [("党风建设的新举措", "李某", None)]
    assert "来源" not in doc.text and "INFO" not in doc.text


def test_a_crawled_page_s_front_matter_title_loses_the_site_s_name_and_address():
    text = "---\ntitle: 某某大学->学院召开主题党日活动 | example.edu.cn\ndate: 2022-11-08\n---\n" + P + "\n" + Q + "\n"
    doc, meta = parse(text)
    assert meta[0][0] == "学院召开主题党日活动"


def test_an_editor_s_note_between_title_and_an_unnamed_agency_byline_is_no_body():
    text = (
        "奋进新征程\n_开栏的话：_\n_即日起，本网开设专栏，连续播发系列报道，展现各地生动实践和显著成效。_\n"
        f"新华社记者\n{P}\n<!--more-->\n{Q}\n文字记者：张三、李四\n[转入文章首发地址](http://example.org/a)\n"
    )
    doc, meta = parse(text)
    assert meta == [("奋进新征程", "新华社记者", None)]
    assert body(doc) == f"{P}\n{Q}"


def test_an_interview_s_interviewee_line_signs_it_and_its_numbered_questions_are_headings():
    text = (
        "学院答记者问\n编者按：\n为推动各项工作，本刊推出系列访谈，以期构建充分交流的平台。\n"
        "本期访谈对象：某某学院副院长周立新\n"
        "一、围绕学校发展规划和新一轮建设，结合本次共同行动，学院将从哪几个方面发力？\n" + P + "\n"
        "二、学院下一步的重点工作是什么？请谈一谈具体举措是什么？\n" + Q + "\n"
    )
    doc, meta = parse(text)
    assert meta == [("学院答记者问", "周立新", None)]
    (a,) = doc.articles
    assert [h.text for h in a.headings][:1] == ["围绕学校发展规划和新一轮建设，结合本次共同行动，学院将从哪几个方面发力？"]
    assert len(a.headings) == 2 and body(doc).startswith("为推动各项工作")


def test_markdown_notes_take_their_sections_from_the_shallowest_heading_level_used_twice():
    text = (
        "---\ntitle: 3.毛泽东思想\n---\n\n## 形成的条件 <Badge text=\"选择题\" />\n\n### 时代背景\n\n"
        "帝国主义战争与无产阶级革命的时代主题。\n\n### 实践基础\n\n中国共产党领导人民进行革命的实践，一是革命战争的实践，一是根据地建设的实践\n\n"
        "## 主要内容\n\n### 新民主主义革命理论\n\n新民主主义革命的总路线。\n"
    )
    doc, meta = parse(text)
    assert meta == [("3.毛泽东思想", None, None)]
    (a,) = doc.articles
    assert [h.text for h in a.headings] == ["形成的条件", "主要内容"]
    assert "时代背景" in body(doc) and "中国共产党领导人民进行革命的实践" in body(doc)


def test_notes_points_that_end_with_no_stop_stay_apart_from_the_next_point():
    # study notes set 一是… 二是… one per line and often drop the full stop; the next point's
    # line is no wrap of the last
    one = "一是在合作的范围上，既包括对周边地区的合作，也包括对更远地区的合作，是面向所有伙伴的合作"
    two = "二是在合作的内容上，实行合作要正确对待别人创造的先进经验和有益成果"
    text = f"学习笔记\n{P}\n{one}\n\n{two}\n\n三是在合作的原则上，要坚决维护自己的正当权利。\n"
    doc, _ = parse(text)
    assert body(doc).split("\n")[1:] == [one, two, "三是在合作的原则上，要坚决维护自己的正当权利。"]


def test_a_table_cell_set_on_one_line_of_saved_markdown_keeps_its_points_apart():
    text = (f"学习笔记\n{P}\n<table><tr><td>类别</td>"
            "<td>①范围方面：甲以某某为主体，其他的不是<br>②方式方面：甲以某某为方向，其他的不是</td></tr></table>\n")
    doc, _ = parse(text)
    lines = body(doc).split("\n")
    assert "①范围方面：甲以某某为主体，其他的不是" in lines and "②方式方面：甲以某某为方向，其他的不是" in lines


def test_a_report_s_dated_note_without_a_dash_is_no_body_and_names_its_speaker():
    text = ("2031年某省政府工作报告\n"
            "2031年1月15日在某省第十五届人民代表大会第二次会议上某省人民政府省长李明远作政府工作报告。\n"
            "来源：某某日报\n各位代表：\n" + P + "\n")
    doc, meta = parse(text)
    assert meta == [("2031年某省政府工作报告", "李明远", None)]
    assert body(doc) == "各位代表：\n" + P


def test_a_markdown_front_matter_author_signs_the_text_under_its_heading_title():
    text = f"---\nicon: book\nauthor: 李明远\ndate: 2031-01-11\n---\n\n# 深入学习某某理念\n\n{P}\n\n{Q}\n"
    doc, meta = parse(text)
    assert meta == [("深入学习某某理念", "李明远", None)]
    # a site's user name is no author
    doc, meta = parse(text.replace("author: 李明远", "author: admin"))
    assert meta == [("深入学习某某理念", None, None)]


def test_an_indented_outline_number_stays_a_marker_not_a_full_stop():
    """A page that indents every paragraph (　　1. 以…): the item number is not read as a sentence's end."""
    assert repair_line("　　1. 以制度管权管事管人。这是第一点。") == "　　1. 以制度管权管事管人。这是第一点。"
    assert repair_line("1. 以制度管权管事管人。") == "1. 以制度管权管事管人。"
    assert repair_line("　　增长了3.5个百分点.") == "　　增长了3.5个百分点。"


def test_a_closing_author_line_that_names_the_author_before_the_affiliation_signs_the_body():
    _, meta = parse(f"某某问题的几点思考\n{P}\n{Q}\n（作者王立新，系某省纪委常委、省监委委员）\n")
    assert meta == [("某某问题的几点思考", "王立新", "某省纪委常委、省监委委员")]
    _, meta = parse(f"某某问题的几点思考\n{P}\n{Q}\n（作者系某市委党校教授）\n")
    assert meta == [("某某问题的几点思考", None, "某市委党校教授")]


@pytest.mark.parametrize("meta_line, author", [
    ("2021-08-28 16:50 来源：某某日报 作者：王立新 李华", "王立新 李华"),
    ("2021-08-28来源：“某某”学习平台", None),
    ("来源：某某日报 记者：王立新", "王立新"),
])
def test_a_news_site_meta_line_under_the_title_is_apparatus_and_its_reporters_sign(meta_line, author):
    doc, meta = parse(f"某市召开某某工作推进会议\n{meta_line}\n{P}\n{Q}\n")
    assert meta == [("某市召开某某工作推进会议", author, None)]
    assert body(doc).startswith(P)


def test_label_lines_between_the_chapters_of_one_outline_start_no_article():
    """A study outline's short unpunctuated lines (labels, lines a PDF wrapped) look like titles; where
    the chapters or points around them go on in sequence they are the outline's lines."""
    text = (f"某某课程重点整理（仅供参考，请以新版教材为准）\n第一章 某某理论的形成\n（一）形成的条件\n{P}\n\n"
            "【萌芽阶段】（1921——1927）：某某时期标志：关于某某革命的一些\n\n基本思想的提出\n\n"
            f"第二章 某某理论的内容\n（一）主要内容\n{Q}\n\n区别新旧两种革命的根本标志：领导权是掌握在谁的手中\n\n"
            f"（二）历史地位\n{P}\n其余各章\n（一）其他要点\n{Q}\n\n某某职能：（1）甲（2）乙（3）丙\n\n（二）其他制度\n{P}\n")
    doc, meta = parse(text)
    assert meta == [("某某课程重点整理", None, None)]
    assert [h.text for h in doc.articles[0].headings] == ["某某理论的形成", "某某理论的内容", "其余各章"]
    assert "【萌芽阶段】（1921——1927）" in doc.text  # a line of the outline keeps its tag, as no title would


def test_a_new_article_that_numbers_its_headings_anew_is_still_split():
    doc, meta = parse(f"第一篇文章的标题\n一、第一部分\n{P}\n二、第二部分\n{Q}\n\n第二篇文章的标题\n\n王立新\n\n一、开头部分\n{P}\n二、结尾部分\n{Q}\n")
    assert meta == [("第一篇文章的标题", None, None), ("第二篇文章的标题", "王立新", None)]


def test_a_study_notes_labelled_line_is_no_wrap_of_the_line_before_it():
    """标志：… / 著作：… / 主要思想：…: each labelled line of notes is a line of its own, however wide the one
    before it ran; a wrap before a speech verb's colon (…讲话中 / 指出：…) still joins."""
    notes = ("某某课程重点整理\n第一章 某某理论的形成\n" + "（一）形成时期（1927——1935）：土地革命战争前中期\n"
             "标志：农村包围城市、武装夺取政权的革命道路理论的形成，这一时期的理论探索取得了重大的进展\n"
             "著作：《某某的斗争》、《某某为什么能够存在》\n主要思想：提出了农村包围城市的理论\n")
    doc, _ = parse(notes)
    assert "形成，这一时期的理论探索取得了重大的进展\n著作：" in doc.text
    assert "》\n主要思想：" in doc.text
    from kaodian.normalize.layout import load_layout
    label = load_layout().label_line
    assert label.match("代表著作：《某某论》") and label.match("党的七大：确立指导思想")
    assert not any(label.match(x) for x in ("讲话中指出：要…", "主要任务是：…", "具体要求：", "方法如下：…"))


def test_a_compilation_of_more_articles_than_python_s_recursion_limit_is_cut_at_every_restart():
    """Each 一、 after a 二、 opens the next article: a thousand of them are a thousand cuts, not a crash
    (a newcomer's 6 MB compilation raised RecursionError)."""
    import sys

    n = sys.getrecursionlimit() + 100
    piece = "一、加强学习\n坚持学习理论，提高思想水平，做到学思用贯通。\n二、改进作风\n坚持改进作风，密切联系群众，做到知信行统一。\n"
    doc = normalize(Source("x.txt", piece * n))
    assert len(doc.articles) == n
    assert all(len(a.headings) == 2 for a in doc.articles)


def test_headings_that_restart_under_parallel_part_banners_stay_one_document():
    """A document in two parts, each under a banner line that ends as the other's does (城市…工作要点 /
    农村…工作要点), numbers each part's headings from 一、: one article with all the headings, while the
    same restart under a line of another shape still opens a new article."""
    head = "某某年度宣传工作要点\n"
    part = "一、加强学习\n{p}\n二、改进作风\n{q}\n"
    doc = normalize(Source("x.txt", head + f"{P}\n城市宣传工作要点\n" + part.format(p=P, q=Q)
                           + "农村宣传工作要点\n" + part.format(p=Q, q=P)))
    assert len(doc.articles) == 1
    assert [h.number for h in doc.articles[0].headings] == [1, 2, 3, 4]
    doc = normalize(Source("x.txt", head + f"{P}\n城市宣传工作要点\n" + part.format(p=P, q=Q)
                           + "农村的新变化\n" + part.format(p=Q, q=P)))
    assert len(doc.articles) == 2


def test_a_speaker_named_before_a_title_is_its_author():
    doc, meta = parse(f"王立新：在某某协会成立大会上的讲话\n同志们：\n{P}\n{Q}\n")
    assert meta == [("在某某协会成立大会上的讲话", "王立新", None)]


@pytest.mark.parametrize("title", ["基本原则：坚持学用结合", "工作方法：抓住重点带动全局"])
def test_a_label_before_a_title_names_nobody(title):
    doc, meta = parse(f"{title}\n{P}\n{Q}\n")
    assert all(m[1] is None for m in meta)


def test_an_attachment_after_a_report_its_dated_note_names_the_speaker_of_keeps_its_title():
    text = (f"某某协会2025年工作报告\n2025年1月17日在某某协会第三次会员大会上会长王立新作工作报告。\n各位会员：\n{P}\n{Q}\n"
            "附件\n《工作报告》有关名词注释\n1.“两会”：会员大会和理事会。\n2.“三服务”：服务会员、服务行业、服务社会。\n")
    doc, meta = parse(text)
    assert meta == [("某某协会2025年工作报告", "王立新", None), ("《工作报告》有关名词注释", None, None)]


def test_a_compilation_of_excerpts_keeps_its_bare_numbered_headings_and_drops_each_excerpt_source():
    text = ("# 某某工作论述摘编※\n\n王立新\n\n## 一\n\n" + P + "\n\n（2012年12月29日在某地考察时的讲话）\n\n## 二\n\n" + Q
            + "\n\n（2013年6月28日在某某工作会议上的讲话）\n\n※这是王立新同志有关某某工作论述的节录。\n")
    doc = normalize(Source("x.md", text))
    (a,) = doc.articles
    assert (a.title, a.author) == ("某某工作论述摘编", "王立新")
    assert [h.text for h in a.headings] == ["一", "二"]
    assert body(doc).endswith(Q)


@pytest.mark.parametrize("who, author", [("整理 by @StudyBot", "StudyBot"), ("整理：王立新", "王立新")])
def test_a_note_about_the_file_in_a_quote_block_at_its_top_is_no_text_and_names_its_compiler(who, author):
    text = f"> 这是某某课程复习提纲\n> 非官方（{who}） 仅供参考。\n\n## 第一讲\n\n{P}\n\n## 第二讲\n\n{Q}\n"
    doc, meta = parse(text)
    assert meta == [(None, author, None)]
    assert body(doc).startswith("第一讲")


def test_a_quote_block_at_the_top_that_is_no_note_about_the_file_stays_text():
    doc, meta = parse(f"> 不忘初心，方得始终。\n\n{P}\n\n{Q}\n")
    assert "不忘初心" in doc.text


def test_numbered_label_lines_of_notes_are_a_series_of_their_own():
    from kaodian.pipeline import extract_text
    text = ("## 范围\n\n本讲共有两个问题。\n\n## 题目\n\n### 1. 某某理论的内涵\n\n1. 第一层内涵是坚持学用结合\n2. 第二层内涵是坚持问题导向\n\n"
            "### 2. 某某理论的意义\n\n1. 为工作提供基本遵循\n2. 为发展指明前进方向\n\n### 3. 某某理论的地位\n\n某某理论是协会工作的指导思想。\n")
    doc = extract_text(text, name="notes.md")
    series = [[i.text for i in p.items] for p in doc.points if p.kind == "enumeration"]
    assert ["某某理论的内涵", "某某理论的意义", "某某理论的地位"] in series
    assert ["为工作提供基本遵循", "为发展指明前进方向"] in series


def test_a_news_dateline_and_its_reporters_credit_broken_over_a_blank_line_are_no_body():
    text = (f"---\ntitle: 某某大学->【专栏】师生热议大会报告 | example.edu.cn\n---\n"
            f"**某某新闻网讯** （记者 张立 李华 王强\n\n赵明）{P}\n\n{Q}\n")
    (a,) = normalize(Source("x.md", text)).articles
    assert (a.title, a.author) == ("师生热议大会报告", None)
    assert body(normalize(Source("x.md", text))).startswith(P)


def test_a_bold_line_naming_a_person_over_what_they_said_is_the_sentences_subject():
    text = (f"师生热议大会报告\n\n{P}\n\n**某某学院院长林建国**\n\n说，{P}\n\n**某某学院副教授宋明**\n\n说，{Q}\n\n"
            f"**某某学院2024级研究生欧阳立新**\n\n表示，{P}\n")
    doc = normalize(Source("x.md", text))
    (a,) = doc.articles
    assert a.headings == ()
    assert f"某某学院院长林建国说，{P}" in body(doc) and f"某某学院2024级研究生欧阳立新表示，{P}" in body(doc)


def test_an_issued_document_converted_to_markdown_keeps_its_notice_title_and_issuing_company():
    """A 红头 notice saved as Markdown from a PDF: the masthead (# 某某文件) and the document number go, the
    notice title stands at a heading level its numbered sections share yet is the notice's title, the
    company under the body signs it, and the programme it issues follows with its own title."""
    text = ("---\ntitle: \"关于印发某某工作方案的通知\"\n---\n\n# 某某集团有限公司文件\n\n某集团发〔2025〕3号\n\n"
            f"## 关于印发某某工作方案的通知\n\n各部门、各单位：\n\n{P}\n\n某某集团有限公司\n\n2025年3月1日\n\n"
            f"# 某某工作方案\n\n{Q}\n\n## 一、总体要求\n\n{P}\n\n## 二、主要任务\n\n{Q}\n\n## 三、保障措施\n\n{P}\n")
    doc = normalize(Source("x.md", text))
    assert [(a.title, a.author) for a in doc.articles] == [("关于印发某某工作方案的通知", "某某集团有限公司"), ("某某工作方案", None)]
    assert body(doc).startswith("各部门、各单位：") and "文件" not in body(doc) and "〔2025〕" not in doc.text
    assert [h.text for h in doc.articles[1].headings] == ["总体要求", "主要任务", "保障措施"]


def test_the_texts_own_title_line_wins_over_a_front_matter_title_that_adds_a_label():
    text = f"---\ntitle: \"2026年形势任务宣讲提纲（某某分公司）\"\n---\n\n# 2026年形势任务宣讲提纲\n\n{P}\n\n{Q}\n"
    (a,) = normalize(Source("x.md", text)).articles
    assert a.title == "2026年形势任务宣讲提纲"
    # a short first line that the title merely contains (an author's name) is no title line
    text = f"---\ntitle: \"林建国在某某大会上的讲话\"\n---\n\n林建国\n\n{P}\n"
    (a,) = normalize(Source("x.md", text)).articles
    assert (a.title, a.author) == ("林建国在某某大会上的讲话", "林建国")


def test_a_title_with_its_own_single_date_keeps_it():
    # one date in brackets is the title's date, no column's week: the line stays (whatever role it takes)
    doc, _ = parse(f"某某工作报告（2021年3月5日）\n——在某某会议上\n{P}\n{Q}")
    assert "某某工作报告（2021年3月5日）" in doc.text


@pytest.mark.parametrize("lines", [
    # a bold run of a web page on a line of its own, between a modifier's 的 and the copula's 是：
    ["今后五年某某工作的", "主要目标", "是：全年产值增长5%左右，服务水平明显提升。"],
    ["今后五年某某工作的主要目标", "是：全年产值增长5%左右，服务水平明显提升。"],
])
def test_a_sentence_a_bold_run_split_over_lines_is_one_paragraph(lines):
    joined = "".join(lines)
    doc, _ = parse("某某工作报告\n" + P + "\n" + "\n".join(lines) + "\n" + Q + "\n")
    assert joined in body(doc).split("\n")


def test_a_heading_is_not_run_on_into_its_body():
    # (the run-on rule is for a sentence's pieces: a heading closes its line, a line ending with a stop too)
    doc, _ = parse("某某工作报告\n" + P + "\n一、主要目标\n" + Q + "\n")
    assert "一、主要目标" in body(doc).split("\n")
    doc, _ = parse("某某工作报告\n" + P + "\n是：" + Q + "\n")
    assert "是：" + Q in body(doc).split("\n")  # (a line ending its sentence is whole)
    # a heading ending with 的 keeps the body paragraph under it apart
    doc, _ = parse("某某工作报告\n" + P + "\n二理论和实践是统一的\n" + Q + "\n")
    assert Q in body(doc).split("\n")
