"""Layouts of the held-out set heldout25 (issue 13), with invented texts of each genre's shape.

- A student's Markdown note: a # title over a table of contents made of links to the file's own
  anchors (apparatus), <a id> anchors and &nbsp; spacers, ## parts with ### labels under them, and a
  # chapter of the note's own further on: the # line is the title, the ## and the later # lines divide
  the note, the link TOC is no text and no heading glues onto the next.
- A document as a news crawler stored it: numbered lead-sentence paragraphs 1.…N. with ―― bullets
  (U+2015) under some of them, TAB-indented lines and TAB-only lines between: one series.
- Characters a decoder lost (U+FFFD) are said in a diagnostic, not passed over.
- A question bank: an index 1、…, then the questions 1、… again, 材料1 / 材料2 labels over the quoted
  material: two series, and the labels are no headings.
"""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_text

NOTE = """# 复习要点

- [第一节 某某理论的形成](#diyijie)
  - [形成条件](#xingcheng)
- [第二节 某某理论的内容提要](#dierjie)

&nbsp;   
### 总的要求

按照某某事业总体布局和某某战略布局，统筹推进甲方面建设、乙方面建设、丙方面建设、丁方面建设，协调推进全面深化某某改革、全面从严治理某某

&nbsp;   
<a id="diyijie"></a>
## 第一节 某某理论的形成

- [形成条件](#xingcheng)

<a id="xingcheng"></a>
### 形成条件：   
1. 实践基础日益深厚   
2. 理论准备更加充分   
3. 群众需要更加迫切   

<a id="dierjie"></a>
## 第二节 某某理论的主要内容

<a></a>
### 思想内涵：三个方面

1. **根本方向**：明确坚持和发展某某事业   
2. **发展动力**：明确全面深化某某改革   
3. **政治保障**：明确坚持某某的全面领导   

# 第五章 某某梦 三句话要点
重点：某某梦的两个阶段

-----

## 复习随记

某某理论是在长期实践中形成的科学理论，是集体智慧的结晶。

- 第一层意思：要坚持某某
- 第二层意思：要发展某某
"""


def test_a_markdown_notes_title_parts_and_link_toc():
    doc = normalize(Source("note.md", NOTE))
    (article,) = doc.articles
    assert article.title == "复习要点"
    assert [h.text for h in article.headings] == [
        "某某理论的形成", "某某理论的主要内容", "某某梦 三句话要点", "复习随记",
    ]
    # the link TOC and the HTML spacers are apparatus: no paragraph holds them
    assert "内容提要" not in doc.text and "&nbsp;" not in doc.text and "diyijie" not in doc.text
    # a ## part and the ### label under it stay two lines (no heading wrap glues them)
    assert any(p.text == "思想内涵：三个方面" for p in article.paragraphs)


def test_a_markdown_notes_body_opens_under_its_first_label():
    from kaodian.render import opening

    doc = normalize(Source("note.md", NOTE))
    assert opening(doc.text, doc.articles[0]).startswith("按照某某事业总体布局")


def test_a_markdown_notes_numbered_lists_fall_in_their_parts():
    found = extract_text(NOTE, "note.md").of_kind("enumeration")
    by_items = {tuple(i.text for i in p.items): p.section for p in found}
    assert by_items[("实践基础日益深厚", "理论准备更加充分", "群众需要更加迫切")] == 1
    assert by_items[("根本方向：明确坚持和发展某某事业", "发展动力：明确全面深化某某改革",
                     "政治保障：明确坚持某某的全面领导")] == 2


def _crawled(points: int) -> str:
    lines = ["", "\t某某社北京3月5日电", "\t", "\t某某时期是推进某某事业的关键时期。某某会议就制定某某规划提出以下建议。", "\t"]
    for n in range(1, points + 1):
        lines.append(f"\t{n}.推进第{n}方面的工作。要围绕某某目标，完善相关制度，抓好各项落实。")
        if n == 2:
            lines += [f"\t――坚持第{k}条原则。要把某某要求贯彻到工作全过程。" for k in range(1, 7)]
            lines.append("\t坚持服务在协会工作全局中的基础地位，把会员满意作为工作的根本标准。")
        lines.append("\t")
    lines.append("\t全体人员要紧密团结，同心同德，夺取某某事业新胜利！")
    return "\n".join(lines)


def test_a_crawled_documents_numbered_paragraphs_are_one_series_over_their_bullets():
    found = extract_text(_crawled(6), "crawl.txt").of_kind("enumeration")
    longest = max(found, key=lambda p: len(p.items))
    assert [i.text for i in longest.items] == [f"推进第{n}方面的工作" for n in range(1, 7)]


def test_lost_characters_are_said():
    text = "某某规划和二\ufffd\ufffd三五年远景目标。到二\ufffd\ufffd三五年基本实现某某目标，坚持某某的全面领导。"
    notes = [d for d in extract_text(text, "lost.txt").diagnostics if "无法识别" in d]
    assert notes and "2 处" in notes[0]
    assert not [d for d in extract_text("到2035年基本实现某某目标，坚持某某的全面领导。", "ok.txt").diagnostics
                if "无法识别" in d]


BANK = """某某课材料题

1、甲和乙谈基层协会改革的方法。

2、某某协作时对长远目标的看法。

3、某某改革的方向和前景。

1、下面是一组有关基层协会改革的材料：

材料1
我们对待老会员的办法到底应当是怎样的呢？我们应当通过示范和耐心帮助来引导他们，而不是采用强迫的办法。
——摘自某某：《某某问题》（1902年3月），《某某文集》第2卷，某某出版社1988年版，第211—212页。

材料2
协会怎样改革？就是按照会员意愿，一步一步推进联合协作，由联络组到分会，再到完整的协会。
——摘自某某：《某某的说明》（1961年5月12日）《某某文稿》第6册，某某出版社1992年版，第145—146页。

材料3
我们一旦取得了主动，就应该果断地收回闲置的场地。这一收回是否要用补偿来实行，这多半不由我们决定，而要看届时的条件。
——摘自某某：《某某问题》，第215页。

（1）材料1表达的主要主张是什么？

（2）材料2从哪些方面发展了这一主张？

（1）材料1提出了通过示范引导实现改革的主要主张。（2分）

（2）材料2指出了联合协作的路径，必须坚持自愿和共赢的原则。（3分）

2、材料：有人认为某某会已经不再进取，仅仅满足于维持现状了。
“因为某某会停办了某些活动，接受了某某的指导，不少人在说，某某会的人已不再进取了。”

分析以上材料中的观点。

（1）某某会是服务型组织，承担着双重职责，不会因为外部的变化而放弃自己的宗旨。

（2）形势变化后，会员需求成为首要问题，某某会及时调整了自己的做法。

3、材料：有人认为取得主动权后就直接转入另一个阶段了。

试依据相关理论评析上述观点。

（1）某某组织的定位决定了某某改革的方向，而不是另一个阶段。

（2）两个阶段任务不同，不能混为一谈。
"""


def test_a_question_banks_material_labels_are_no_headings():
    (article,) = normalize(Source("bank.txt", BANK)).articles
    assert article.headings == ()


def test_a_question_banks_index_and_questions_are_two_series():
    found = [tuple(i.text for i in p.items) for p in extract_text(BANK, "bank.txt").of_kind("enumeration")]
    assert ("甲和乙谈基层协会改革的方法", "某某协作时对长远目标的看法", "某某改革的方向和前景") in found
    assert ("下面是一组有关基层协会改革的材料", "材料：有人认为某某会已经不再进取，仅仅满足于维持现状了",
            "材料：有人认为取得主动权后就直接转入另一个阶段了") in found


def test_a_question_banks_words_about_its_material_are_no_formulations():
    text = ("某某课材料题\n\n1、材料：有人认为这伙人只能用暴力的办法去剥夺，而不能采用赎买的办法。\n\n"
            "（1）材料2中的“这伙人”指的是什么人？\n\n（2）分析以上材料中“不少人”的观点。\n\n"
            "（3）结合材料分析“我们的主要敌人是某某阶级，要与他们争夺领导权”这一观点。\n\n"
            "（4）关于某国是“某某社会”的结论是错误的，要坚持“两个确立”，反对“毕其功于一役”。\n")
    found = {p.text for p in extract_text(text, "bank.txt").of_kind("formulation")}
    assert found == {"两个确立", "毕其功于一役"}


def test_a_formulation_named_a_real_condition_is_no_view_weighed():
    """“…”这一现实国情 names what the formulation is; “…”这一现实 ending its clause or before a verb is a claim weighed (review 2 of
    session 21: 要把握“某某规模巨大”这一现实国情 gave no formulation)."""
    text = ("某某课材料题\n\n要深刻把握“会员规模巨大”这一现实国情，坚持“两个确立”。\n\n我们必须正视“会员老化”这一现实。\n\n"
            "这是基于协会“会费收入还很不充分”这一现实提出来的。\n")
    found = {p.text for p in extract_text(text, "bank.txt").of_kind("formulation")}
    assert "会员规模巨大" in found and "会员老化" not in found and "会费收入还很不充分" not in found, found
