"""normalize: hard wraps joined, clean text untouched, pages split into articles."""

from __future__ import annotations

import pytest

from kaodian.model import Source
from kaodian.normalize import clean_lines, join_lines, normalize
from kaodian.normalize.layout import load_layout

from conftest import CORPUS
from wrapping import wrap


def paragraphs(name: str) -> list[str]:
    return [x.strip() for x in (CORPUS / name).read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.mark.parametrize("name", ["qianwan-gongcheng-report.txt", "party-school-opening-speech.txt"])
def test_clean_paragraph_per_line_text_passes_through_unchanged(name):
    paras = paragraphs(name)
    doc = normalize(Source(name, "\n".join(paras)))
    # a source line (（来源：…）) is the page's apparatus: the layout policy drops it
    assert doc.text == "\n".join(p for p in paras if not load_layout().noise_line.match(p))


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("col", [24, 26, 30])
def test_hard_wrapped_body_is_joined_back_into_its_paragraphs(col, seed):
    # the body of the report (without its title block, whose lines are short by nature)
    body = paragraphs("qianwan-gongcheng-report.txt")[2:-1]
    joined = join_lines(clean_lines(wrap(body, col, seed)))
    assert "".join(joined) == "".join(body)  # nothing added or lost
    # a paragraph that ends exactly at the column edge may run into the next one;
    # every heading and nearly every paragraph comes back as it was
    assert [p for p in joined if p.startswith(("一、", "二、", "三、"))] == [p for p in body if p[1] == "、"]
    assert len(set(joined) & set(body)) >= 0.8 * len(body)


def test_a_word_wrapped_after_a_short_first_line_stays_one_paragraph():
    """A new paragraph's first line is short (indented), but a next line opening with one character
    and a comma (内|容，…) finishes a word: no paragraph, title or heading starts so."""
    full = "这一段的前一句写到这里，一共有二十几个字的样子，满行写到了边"  # 30 characters: the column
    lines = [full, full, "的便利。",
             "智慧社区服务的完善是基层治理创新的一项重要内",  # 22: more than two short of the column
             "容，将居民各类生活需求与具体服务项目、办理事项相结合，涵",
             "盖养老托育、医疗卫生、文化体育、矛盾调解等领域，写到边了"] * 3
    joined = join_lines(lines)
    assert all(not p.startswith("容") for p in joined), joined
    assert any("一项重要内容，将居民" in p for p in joined)


def test_page_numbers_and_space_after_fullwidth_punctuation_are_dropped():
    lines = clean_lines("第一段文字， 接着写。\n  12  \n- 3 -\n第二段：  内容。")
    assert lines == ["第一段文字，接着写。", "第二段：内容。"]


def test_wrapped_heading_is_joined_across_a_blank_line():
    text = wrap(["前言部分的一段正文，写到这里结束了。"], 20, 0) + "\n\n一、坚持党的全面领导是根本\n\n政治保证\n\n" + wrap(
        ["正文第一段，说明这一部分的主要内容和要求，一共有好几行文字。" * 8], 20, 0
    )
    doc = normalize(Source("x.txt", text))
    assert [h.text for h in doc.articles[0].headings] == ["坚持党的全面领导是根本政治保证"]


def test_a_clause_that_goes_on_after_a_heading_is_no_wrap_of_it():
    text = wrap(["前言部分的一段正文，写到这里结束了。"], 20, 0) + "\n\n一、坚持党的全面领导是根本\n\n加强学习，\n\n" + wrap(
        ["正文第一段，说明这一部分的主要内容和要求，一共有好几行文字。" * 8], 20, 0
    )
    doc = normalize(Source("x.txt", text))
    assert [h.text for h in doc.articles[0].headings] == ["坚持党的全面领导是根本"]


PAGE = """\
第一篇文章的正文，讲团结奋斗的时代要求，内容相当充实。
一、第一部分的标题
第一部分的正文内容，讲了很多道理。
（作者为某市委党校教授）
第一篇的标题在正文之后
张三
第二篇文章的标题
某某理论学习中心组
第二篇文章的正文开头，同样讲了很多道理。
一、第二篇第一部分
第二篇的正文，到此结束。
"""


def test_a_page_is_split_into_articles_with_their_title_blocks():
    doc = normalize(Source("page.txt", PAGE))
    meta = [(a.title, a.author, a.affiliation) for a in doc.articles]
    assert meta == [
        ("第一篇的标题在正文之后", "张三", "某市委党校教授"),
        ("第二篇文章的标题", "某某理论学习中心组", None),
    ]
    a1, a2 = doc.articles
    assert doc.text[a1.start : a1.end].endswith("讲了很多道理。")
    assert doc.text[a2.start : a2.end].startswith("第二篇文章的正文开头")
    assert [h.text for h in a2.headings] == ["第二篇第一部分"]


def test_title_block_with_date_and_speaker_before_a_speech():
    text = "在某某会议上的讲话\n（2018年9月3日）\n李四\n同志们：\n今天我们召开会议。\n"
    (a,) = normalize(Source("s.txt", text)).articles
    assert (a.title, a.author, a.affiliation) == ("在某某会议上的讲话", "李四", None)
    assert normalize(Source("s.txt", text)).text[a.start : a.end].startswith("同志们：")


def test_no_title_is_invented():
    (a,) = normalize(Source("s.txt", "同志们，朋友们：\n今天我们在这里隆重集会。\n")).articles
    assert (a.title, a.author, a.affiliation) == (None, None, None)


@pytest.mark.parametrize(
    "meta",
    ["2023年12月18日 08:30 来源：新华社", "发布时间：2023-12-18", "2018年9月3日", "（2018年9月3日）", "来源：人民网"],
)
def test_date_and_source_lines_of_a_title_block_are_neither_title_nor_body(meta):
    text = f"总结推广浙江经验\n{meta}\n作者：王五\n正文第一句讲了经验。正文第二句。\n"
    (a,) = normalize(Source("s.txt", text)).articles
    assert (a.title, a.author) == ("总结推广浙江经验", "王五")


def test_a_short_heading_closed_with_a_full_stop_is_still_a_heading():
    text = "前言正文一段。\n一、坚持党的全面领导。\n正文讲这一部分。\n二、坚持人民至上。\n正文讲那一部分。\n"
    (a,) = normalize(Source("s.txt", text)).articles
    assert [h.text for h in a.headings] == ["坚持党的全面领导", "坚持人民至上"]


def test_text_as_a_pdf_or_an_editor_hands_it_over_is_repaired():
    """Kangxi radicals from a PDF text layer, half-width punctuation, Markdown, a
    browser's print margins and running heads."""
    text = (
        "2026/11/27 21:30 深刻把握\n"
        "# 深刻把握\"两个结合\"的重大意义\n"
        "李明（中共某市委党校教授）\n"
        "⼀、坚持\"两个结合\"\n"
        "我们要坚持\"两个结合\",推动理论创新。**这是根本**。\n"
        "file:///tmp/x.html 1/2\n"
        "2026/11/27 21:30 深刻把握\n"
        "正文继续讲道理：第一,要学习;第二,要实践。\n"
    )
    doc = normalize(Source("x.md", text))
    (a,) = doc.articles
    assert (a.title, a.author, a.affiliation) == ("深刻把握“两个结合”的重大意义", "李明", "中共某市委党校教授")
    assert [h.text for h in a.headings] == ["坚持“两个结合”"]
    body = doc.text[a.start : a.end]
    assert "我们要坚持“两个结合”，推动理论创新。这是根本。" in body
    assert "第一，要学习；第二，要实践。" in body
    assert "file://" not in doc.text and "21:30" not in doc.text


def test_a_running_head_is_kept_once():
    body = "正文讲了一个道理，内容很长很长。"
    text = "\n".join(["学习时报理论版", body, "学习时报理论版", body, "学习时报理论版", body])
    lines = clean_lines(text)
    assert lines.count("学习时报理论版") == 1 and lines.count(body) == 3


def test_a_report_title_block_with_subtitle_and_office():
    text = (
        "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n"
        "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2023年工作回顾\n过去一年极不平凡。\n"
    )
    (a,) = normalize(Source("r.txt", text)).articles
    # the dash line says when and where it was given: a dated note, like （2024年3月5日在…上）
    assert a.title == "政府工作报告"
    # the post before the name is no affiliation (that is the （作者为…） line)
    assert (a.author, a.affiliation) == ("李强", None)


def test_a_speech_title_block_with_a_day_line_and_a_spaced_name_after_two_posts():
    text = (
        "守正创新 砥砺前行\n——在全体教职工大会上的讲话\n（3月2日上午，学术报告厅）\n"
        "某某中学党委书记、校长\u00a0 周\u00a0明\n同志们：\n今天我们召开全体教职工大会，部署新学期工作。\n"
    )
    (a,) = normalize(Source("s.txt", text)).articles
    assert a.title == "守正创新 砥砺前行——在全体教职工大会上的讲话"
    assert ("".join(a.author.split()), a.affiliation) == ("周明", None)


def test_a_post_of_two_characters_is_no_first_reporter_s_name():
    text = "某省政府工作报告\n省长\u3000钱立新\n各位代表：\n现在，我代表省政府，向大会报告工作。\n"
    (a,) = normalize(Source("g.txt", text)).articles
    assert (a.title, a.author) == ("某省政府工作报告", "钱立新")


def test_an_office_and_a_name_of_no_han_surname_sign_the_report():
    text = "某自治区政府工作报告\n来源：某某日报\n某自治区代理主席 格桑顿珠\n各位代表：\n现在，我代表自治区人民政府，向大会报告工作。\n"
    (a,) = normalize(Source("z.txt", text)).articles
    assert (a.title, a.author) == ("某自治区政府工作报告", "格桑顿珠")


def test_a_part_s_bare_number_on_its_own_line_is_no_heading():
    text = "论担当\n一\n干部要敢于担当，勇于作为，这是第一部分的道理。\n二\n担当要有本领，本领要靠学习，这是第二部分。\n"
    doc = normalize(Source("n.txt", text))
    (a,) = doc.articles
    assert a.headings == () and "一\n" not in doc.text and "干部要敢于担当" in doc.text


def test_a_printed_page_s_breadcrumbs_and_doubled_title_are_not_the_title():
    text = "当前位置：首页>时政要闻\n奋力谱写新篇章\n奋力谱写新篇章\n王建国\n同志们：\n现在我代表省委作报告。\n"
    (a,) = normalize(Source("p.txt", text)).articles
    assert (a.title, a.author) == ("奋力谱写新篇章", "王建国")


def test_markdown_with_half_width_punctuation():
    text = (
        "# 深刻把握本质要求\n\n**作者:** 李明\n\n## 一、中国特色\n\n"
        "- 一要坚定理想信念.理想信念是精神上的\"钙\".\n- 二要严守政治规矩.\n\n"
        "要认真学习[《习近平谈治国理政》](https://example.org)和《习近平著作选读》,增长5.2%.\n"
    )
    doc = normalize(Source("m.md", text))
    (a,) = doc.articles
    assert (a.title, a.author) == ("深刻把握本质要求", "李明")
    body = doc.text[a.start : a.end]
    assert "一要坚定理想信念。理想信念是精神上的“钙”。\n二要严守政治规矩。" in body
    assert "要认真学习《习近平谈治国理政》和《习近平著作选读》，增长5.2%。" in body


def test_headings_marked_with_a_full_width_dot():
    doc = normalize(Source("x.txt", "前言一段正文。\n一．坚持党的领导\n正文。\n二．坚持人民至上\n正文。\n"))
    assert [h.text for h in doc.articles[0].headings] == ["坚持党的领导", "坚持人民至上"]


def test_a_run_of_quoted_terms_broken_by_a_pdf_between_two_quotations_stays_one_paragraph():
    from kaodian.normalize.lines import join_lines
    full = "我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推"
    lines = [full] * 6 + ["动高质量发展，搬走各种“拦路虎”", "“绊脚石”，促进发展和安全动态平衡。", full, full, "全面深化改革开放。"]
    paras = join_lines(lines)
    assert any("“拦路虎”“绊脚石”，促进" in p for p in paras)


def test_a_thematic_break_ends_an_unstopped_paragraph_and_a_sites_appeal_is_dropped():
    """A transcript's last answer often ends with no stop: a Markdown rule (---) after it still ends it, and the
    site's subscription appeal under the rule (simplified or traditional) is no part of the body."""
    answer = "答：我们会继续推进这项工作，把各方面的意见都认真研究，尽快拿出一个可以落实的方案来，大家放心，好吗？谢谢"
    for appeal in ("请加入成为本报的月费订户，长期支持我们的工作。所有订户都可以收到我们的通讯。",
                   "請加入成為本報的會員，長期支持我們的工作。"):
        text = f"# 记者会实录\n\n问：这个方案什么时候能出台？\n\n{answer}\n\n---\n\n{appeal}\n\n订户 网址：example.com/subscribe\n"
        doc = normalize(Source(name="t.md", text=text))
        last = doc.articles[0].paragraphs[-1].text
        assert last.endswith("谢谢") and "支持我" not in doc.text[doc.articles[0].start : doc.articles[0].end]


def test_a_short_sign_off_ends_with_the_sentence_before_it():
    from kaodian.render import ending

    text = "# 题目\n\n第一段正文写在这里，说明了基本情况。\n\n我们一定会把这件事情做好。谢谢！\n"
    doc = normalize(Source(name="t.md", text=text))
    assert ending(doc.text, doc.articles[0]) == "我们一定会把这件事情做好。谢谢！"
