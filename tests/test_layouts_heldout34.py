"""Layouts of the held-out set heldout34 (issue 13): a student body's notice with attached tables, a
心得体会 whose points open with 首先/其次是要/最后要, an unfinished speech draft — invented texts of
each genre's shape.

- A notice's outline of bare label lines (一、时间 / 二、对象 …) that its writer misnumbered by hand:
  still its headings, sections counted by position.
- The notice signed by a student body (某某学院学生会, indented with no-break spaces) over its date, then
  附件一 / a form's title / the form as a Word table: the body signs, the form is no text and no article.
"""

from __future__ import annotations

from pathlib import Path

from kaodian.ingest import read_path
from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_source

NOTICE = """关于召开某某学院学习交流会的通知
各班级：
为进一步做好学习工作，现将有关事项通知如下：
一、会议时间
5月10日晚7点，线上会议。
二、参会对象
各班级学习委员。
四、会议主题
学习方法交流。
三、会议内容
1.汇总问题
各班于5月8日前汇总问题。
2.交流讨论
由学习部组织各班交流讨论。
四、有关要求
1．各班要按时提交材料，保证材料真实
2．参会人员要准时参加会议
3. 会后各班要及时传达会议精神
请各班级高度重视，认真落实。
"""


def test_label_headings_misnumbered_by_hand_are_still_the_outline():
    (article,) = normalize(Source("notice.docx", NOTICE, kind="docx")).articles
    assert [h.text for h in article.headings] == ["会议时间", "参会对象", "会议主题", "会议内容", "有关要求"]


def test_a_list_under_a_slipped_heading_counts_its_section_by_position():
    found = extract_source(Source("notice.docx", NOTICE, kind="docx")).of_kind("enumeration")
    sections = {e.section: [i.text for i in e.items] for e in found}
    assert sections[4] == ["汇总问题", "交流讨论"]
    assert len(sections[5]) == 3  # the full-width 1．2． and the ASCII 3. markers are one list


def test_sentences_out_of_sequence_stay_body():
    text = NOTICE.replace("四、会议主题", "四、会议的主题是交流学习方法，大家要积极参加。")
    (article,) = normalize(Source("notice.docx", text, kind="docx")).articles
    assert [h.text for h in article.headings] == ["会议时间", "参会对象", "会议内容", "有关要求"]


def _notice_with_forms(path: Path, form_cells: list[str]) -> Path:
    """The notice as a Word file: signed, dated, then two attachments that are tables."""
    import docx

    document = docx.Document()
    for line in NOTICE.splitlines():
        document.add_paragraph(line)
    document.add_paragraph("\u00a0\u00a0某某大学某某学院学生会")
    document.add_paragraph("\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 2023年5月1日")
    document.add_paragraph("")
    for label, title in (("附件一", "某某学院学习交流会问题汇总表"), ("附件二", "某某学院学习交流会分组表")):
        document.add_paragraph(label)
        document.add_paragraph(title)
        table = document.add_table(rows=len(form_cells), cols=2)
        for r, cell in enumerate(form_cells):
            table.cell(r, 0).text = cell
    path = path / "notice.docx"
    document.save(path)
    return path


FORM = ["班级", "联系人", "问题概述", "个人建议（从必要性、可行性、针对性等方面考虑）", "第一组", "某某2021-01班、某某2021-02班、"]


def test_a_notice_signed_by_a_student_body_with_forms_attached(tmp_path: Path):
    extraction = extract_source(read_path(_notice_with_forms(tmp_path, FORM)))
    (article,) = extraction.document.articles
    assert article.author == "某某大学某某学院学生会"
    assert article.paragraphs[-1].text == "请各班级高度重视，认真落实。"
    assert not extraction.of_kind("term_series")  # (必要性、可行性、针对性 is a form's cell)


def test_an_attachment_in_sentences_stays_text(tmp_path: Path):
    prose = ["某某学院学习交流会实施方案", "为做好交流工作，制定本方案。各班要认真组织。"]
    extraction = extract_source(read_path(_notice_with_forms(tmp_path, prose)))
    assert any("制定本方案" in p.text for a in extraction.document.articles for p in a.paragraphs)


def test_a_file_name_template_in_quotes_is_no_formulation():
    text = NOTICE.replace("各班于5月8日前汇总问题。", "各班于5月8日前汇总问题，文件命名为“XX班+姓名”，落实“三会一课”制度。")
    found = [p.text for p in extract_source(Source("notice.docx", text, kind="docx")).of_kind("formulation")]
    assert found == ["三会一课"]


XINDE = """学习心得
通过这次学习，我对党有了更深的认识，也明确了今后的努力方向：
     首先加强理论学习。要认真学习党的创新理论，做到学思用贯通。
     其次是要提高业务能力 。坚持学习，勇于实践。
      最后要锤炼党性修养。时刻以党员标准严格要求自己。
最后的话，我一定继续努力，争取早日加入党组织。
"""


def test_first_next_last_paragraphs_are_one_enumeration():
    (found,) = extract_source(Source("xinde.docx", XINDE, kind="docx")).of_kind("enumeration")
    assert found.marker == "首先"
    assert [i.text for i in found.items] == ["加强理论学习", "要提高业务能力", "要锤炼党性修养"]


def test_first_glued_to_its_verb_inside_a_sentence_is_no_marker():
    text = XINDE.replace("     首先加强理论学习。", "我们首先加强理论学习。")
    found = extract_source(Source("xinde.docx", text, kind="docx")).of_kind("enumeration")
    assert all(e.items[0].text != "加强理论学习" for e in found)


def test_a_paragraph_opening_with_last_or_again_glued_to_a_word_is_no_marker():
    # (最后胜利 is the final victory, 再次强调 says it again: neither is the last or third point of a series;
    # read as markers, they made 首先发现… and 最后胜利… a two-item enumeration, the text's top point)
    text = ("体会\n首先发现问题的往往是身处一线的基层干部，他们最了解群众的急难愁盼。\n"
            "干部队伍建设要坚持严管和厚爱结合，激励和约束并重。\n"
            "再次强调基层减负，让干部把精力用在抓落实上。\n"
            "最后胜利一定属于团结奋斗的人民，这是历史反复证明了的道理。\n")
    assert not extract_source(Source("tihui.docx", text, kind="docx")).of_kind("enumeration")
