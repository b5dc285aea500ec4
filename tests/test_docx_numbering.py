"""Word's automatic numbering is written out when a .docx is read (kaodian/docx_numbering.py): the
markers Word shows on the page (一、 1. ①) but keeps out of the paragraph text."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml

from kaodian.ingest import read_path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ABSTRACT = f"""<w:abstractNum {W} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>"""
NUM = f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def _numbered(paragraph, num_id: str, ilvl: int) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _plan(tmp_path):
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT))  # (abstract definitions come before the w:num elements)
    numbering.append(parse_xml(NUM))
    d.add_paragraph("某某协会参观活动策划书")
    for head, items in (("活动背景", []), ("活动前期", ["出行规划", "发布通知"]), ("活动后期", ["整理总结"])):
        _numbered(d.add_paragraph(head), "90", 0)
        for item in items:
            _numbered(d.add_paragraph(item), "90", 1)
        d.add_paragraph("这一部分的说明文字。")
    _numbered(d.add_paragraph("2.手写的序号"), "0", 0)  # numId 0: numbering switched off, the typed marker stays
    path = tmp_path / "plan.docx"
    d.save(path)
    return path


def test_automatic_heading_and_item_numbers_are_read_as_word_shows_them(tmp_path):
    lines = read_path(str(_plan(tmp_path))).text.splitlines()
    assert lines == ["某某协会参观活动策划书", "一、活动背景", "这一部分的说明文字。", "二、活动前期", "1.出行规划",
                     "2.发布通知", "这一部分的说明文字。", "三、活动后期", "1.整理总结", "这一部分的说明文字。", "2.手写的序号"]


def test_a_style_that_numbers_its_paragraphs_numbers_them(tmp_path):
    d = docx.Document()
    for text in ("活动背景", "活动时间"):
        d.add_paragraph(text, style="List Number")  # the template's style carries the numbering
    d.save(tmp_path / "s.docx")
    assert read_path(str(tmp_path / "s.docx")).text.splitlines() == ["1.活动背景", "2.活动时间"]


def test_the_numbered_headings_of_a_plan_are_its_headings(tmp_path):
    from kaodian.pipeline import extract_paths

    (ex,) = extract_paths([str(_plan(tmp_path))])
    (a,) = ex.document.articles
    assert [h.text for h in a.headings] == ["活动背景", "活动前期", "活动后期"]
