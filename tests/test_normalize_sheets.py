"""Layouts of study sheets, Q&A pages and essay collections (session 14's held-out kinds): a question
as a front matter's title, a note-taking app's callout and heading tags, numbered Markdown headings,
bullet items that read like names, a pupil's class and name under an essay's title, and a character's
spoken line in a narrative.

Every text here is made up; none is a corpus text."""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_text

P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会，并且在实际工作中加以贯彻落实。"
Q = "另一部分讲的是做法，步骤清楚明白，各个单位都可以参照执行，并且要及时总结经验教训。"


def md(text: str):
    return normalize(Source("x.md", text))


def test_a_front_matter_title_is_the_title_however_it_reads():
    doc = md(f"---\ntitle: 为什么要坚持某某方针？某某方针是否等于一刀切？最新回答！\n---\n**{P}**\n\n{Q}\n")
    assert [a.title for a in doc.articles] == ["为什么要坚持某某方针？某某方针是否等于一刀切？最新回答！"]
    assert doc.text[doc.articles[0].start :].startswith(P)


SHEET = f"""> [!info]
>
> 依据本学期提纲撰写的复习单。
> 重点 - 老师强调必会的内容；
>
> By. SomeOne - Edit. Final

### T1 - 第一章：什么是甲乙丙 <mark style="background: #FFB86CA6;">重点</mark> <mark style="background: #FFB8EBA6;">曾考×2</mark>

{P}

### T2.1 - 第一章：如何理解*核心*要义

{Q}

**基本原则主要包括：** <mark style="background: #ADCCFFA6;">选择</mark>

- 法律至上
- 权力制约
- 公平正义
- 权利保障

### T3 - 第二章：我们的制度是怎样形成的

- 《某某纲领》1931，第一次代表大会
- 《某某原则》1946，某某会议

### T4 - 第二章：宪法的地位

{P}
"""


def test_a_study_sheet_s_callout_numbered_headings_and_tags():
    doc = md(SHEET)
    assert len(doc.articles) == 1
    a = doc.articles[0]
    assert a.author == "SomeOne"
    assert "复习单" not in doc.text[a.start : a.end]
    assert [h.text for h in a.headings] == ["第一章：什么是甲乙丙", "第一章：如何理解核心要义", "第二章：我们的制度是怎样形成的", "第二章：宪法的地位"]
    assert [h.marker for h in a.headings][:2] == ["T1 -", "T2.1 -"]


def test_a_figure_that_opens_a_markdown_heading_is_no_marker():
    doc = md(f"# 关于某某工作的学习笔记\n\n## 1.5亿人口的城市群\n\n{P}\n\n## 2.3万个基层组织\n\n{Q}\n")
    assert [h.text for h in doc.articles[0].headings] == ["1.5亿人口的城市群", "2.3万个基层组织"]


def test_essays_signed_by_a_pupil_s_class_and_name_under_their_titles():
    doc = normalize(Source("x.txt", f"某某作文选登\n{P}\n天边的云\n一1班  王小明\n{Q}\n{P}\n春天的信\n203李小红\n{P}\n{Q}\n"))
    got = [(a.title, a.author, a.affiliation) for a in doc.articles]
    assert got[1:] == [("天边的云", "王小明", "一1班"), ("春天的信", "李小红", "203")]


def test_a_character_s_spoken_line_is_a_quote_a_slogan_with_an_exclamation_stays_a_formulation():
    text = (f"某某活动纪实\n“唉…这个情况可不好办啊。”奶奶叹了口气。{P}\n“这样也好。”她低声说。"
            f"大家喊出了“百年接力，强国有我！”的口号。{Q}\n")
    points = extract_text(text).points
    quotes = {p.text for p in points if p.kind == "quote"}
    forms = {p.text for p in points if p.kind == "formulation"}
    assert {"唉…这个情况可不好办啊。", "这样也好。"} <= quotes
    assert "百年接力，强国有我！" in forms


def test_markdown_list_items_stand_apart_and_make_a_list_under_the_line_that_announces_them():
    points = extract_text(SHEET, "x.md").points
    lists = [p for p in points if p.kind == "list"]
    assert [[i.text for i in p.items] for p in lists if "基本原则" in p.sentence.text] == [["法律至上", "权力制约", "公平正义", "权利保障"]]
    doc = md(SHEET)
    assert "法律至上" in [p.text for p in doc.articles[0].paragraphs]


def test_a_study_sheet_s_heading_is_the_question_its_list_is_asked_by():
    from kaodian.questions.generate import generate

    sheet = ("# 复习单\n\n### T1 - 第一章：如何理解某某工作的本质？\n\n- 甲乙是某某工作的根本\n- 丙丁是某某工作的关键\n- 戊己是某某工作的保障\n\n"
             "### T2 - 第二章：某某制度的基本内容\n\n- 坚持甲乙方针\n- 完善丙丁机制\n- 健全戊己体系\n\n"
             "### T3 - 第二章：深刻认识某某制度的重大意义\n\n- 有利于甲乙发展\n- 有利于丙丁稳定\n- 有利于戊己和谐\n")
    bank = generate([extract_text(sheet, "x.md")], kinds=["recall"])
    stems = {q.stem for q in bank.questions}
    assert "如何理解某某工作的本质？（写出三项）" in stems
    assert "某某制度的基本内容包括哪三项？" in stems
    # a heading that sets a task (深刻认识…) names no aspect: asked by where it stands, as before
    assert not any(s.startswith("深刻认识") for s in stems)


def test_a_label_over_the_essays_a_page_prints_is_no_part_of_the_first_essay_s_title():
    doc = normalize(Source("x.txt", f"某校征文推送（一）\n{P}\n学生作品展示\n远方的灯\n一2班  王小明\n{Q}\n{P}\n"
                                    f"春天的信\n203李小红\n{P}\n{Q}\n"))
    assert [a.title for a in doc.articles][1:] == ["远方的灯", "春天的信"]


def test_a_narrative_s_lines_are_quotes_what_a_term_is_explained_as_is_not():
    text = (f"某某活动纪实\n{P}\n“今天又新增了好几例…”\n“妈妈回来了。”这是我等了一整天的消息。"
            f"他向大家解释：“刚开始，人手不够，准备得也不充分。”我忍不住抱怨起来：“太冷清！”"
            f"“我从没过过这样的年！”我忍不住又抱怨起来。箱子上写“某某同学赠送的救援物资”。"
            f"她进一步解释“深化某某体制改革”这一目标，大家唱起“红梅开，冰霜脚下踩……”。{Q}\n")
    points = extract_text(text).points
    quotes = {p.text for p in points if p.kind == "quote"}
    forms = {p.text for p in points if p.kind == "formulation"}
    assert {"今天又新增了好几例…", "妈妈回来了。", "刚开始，人手不够，准备得也不充分。", "我从没过过这样的年！",
            "某某同学赠送的救援物资"} <= quotes
    assert {"深化某某体制改革", "红梅开，冰霜脚下踩……"} <= forms
