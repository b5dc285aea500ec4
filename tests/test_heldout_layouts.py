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
            lines.append("\t坚持某某在现代化建设全局中的核心地位，把某某作为发展的战略支撑。")
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

1、甲和乙谈某某改造的方法。

2、某某合作时对某某目标的看法。

3、某某革命的性质和前途。

1、下面是一组有关某某改造的材料：

材料1
我们对待小农的态度究竟是怎样的呢？我们应该通过示范和社会帮助来改造他们，而不是采用暴力的办法。
——摘自某某：《某某问题》（1894年11月），《某某选集》第4卷，某某出版社1995年版，第498—499页。

材料2
农业怎样改造？就是按照农民自愿，一步一步发展互助合作运动，由互助组到合作社，再到完全的合作社。
——摘自某某：《某某的修改》（1953年10月31日）《某某文稿》第4册，某某出版社1990年版，第380—381页。

材料3
我们一旦掌握了政权，就应该干脆地剥夺大土地占有者。这一剥夺是否要用赎买来实行，这大半不取决于我们，而取决于当时的情况。
——摘自某某：《某某问题》，第503页。

（1）材料1提出的重要观点是什么？

（2）材料2在哪些方面丰富了这一观点？

（1）材料1提出了通过合作化实现改造的重要观点。（2分）

（2）材料2指出了合作化的道路，必须贯彻自愿和互利的原则。（3分）

2、材料：有人认为某某党已经不是革命者，仅仅只是改良主义者了。
“因为某某党放弃了某些宣传，服从于某某的领导，许多人在说，某某党人已不是革命者了。”

分析以上材料中的观点。

（1）某某党是先锋队组织，肩负着双重重任，不会因为外来的因素而改变自己的原则。

（2）战争爆发后，民族矛盾成为主要矛盾，某某党适时调整了自己的政策。

3、材料：有人认为掌握领导权后就直接转变为另一种革命了。

试依据相关理论评析上述观点。

（1）某某社会的性质决定了某某革命的性质，而不是另一种革命。

（2）两个阶段性质不同，不能混为一谈。
"""


def test_a_question_banks_material_labels_are_no_headings():
    (article,) = normalize(Source("bank.txt", BANK)).articles
    assert article.headings == ()


def test_a_question_banks_index_and_questions_are_two_series():
    found = [tuple(i.text for i in p.items) for p in extract_text(BANK, "bank.txt").of_kind("enumeration")]
    assert ("甲和乙谈某某改造的方法", "某某合作时对某某目标的看法", "某某革命的性质和前途") in found
    assert ("下面是一组有关某某改造的材料", "材料：有人认为某某党已经不是革命者，仅仅只是改良主义者了",
            "材料：有人认为掌握领导权后就直接转变为另一种革命了") in found


def test_a_question_banks_words_about_its_material_are_no_formulations():
    text = ("某某课材料题\n\n1、材料：有人认为这伙人只能用暴力的办法去剥夺，而不能采用赎买的办法。\n\n"
            "（1）材料2中的“这伙人”指的是什么人？\n\n（2）分析以上材料中“许多人”的观点。\n\n"
            "（3）结合材料分析“我们的主要敌人是某某阶级，要与他们争夺领导权”这一观点。\n\n"
            "（4）关于某国是“某某社会”的结论是错误的，要坚持“两个确立”，反对“毕其功于一役”。\n")
    found = {p.text for p in extract_text(text, "bank.txt").of_kind("formulation")}
    assert found == {"两个确立", "毕其功于一役"}
