"""Word papers (.docx) for teachers who edit before printing.

Every style, headings included, carries the East Asian font 宋体 (``w:eastAsia``
on ``rFonts``, theme fonts removed), so Word and WPS never fall back to a
Japanese or Latin font for Chinese text.  Section headings (一、) and question
numbers (1．) are real Word numbering, so inserting a question renumbers the
rest.  Each question keeps with its options on one page.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ..model import OPTION_LETTERS
from ..numerals import numeral
from .paper_model import Paper, PaperQuestion
from .zipfile_stable import restamped

EAST_ASIAN_FONT = "宋体"
HEADING_EAST_ASIAN_FONT = "宋体"
LATIN_FONT = "Times New Roman"
BODY_SIZE = Pt(10.5)  # 五号
TEXT_WIDTH_MM = 210 - 2 * 24
# Fixed document dates: the same paper gives the same bytes.
FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
SECTION_NUM_ID, QUESTION_NUM_ID = 901, 902


def _set_fonts(rpr, east_asian: str) -> None:
    """Set explicit fonts on an rPr and drop the theme fonts that would override them."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), LATIN_FONT)
    rfonts.set(qn("w:hAnsi"), LATIN_FONT)
    rfonts.set(qn("w:eastAsia"), east_asian)
    rfonts.set(qn("w:cs"), LATIN_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _style_fonts(doc) -> None:
    """宋体 on the document defaults and on every paragraph, character and table style."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr_default is not None:
        _set_fonts(rpr_default, EAST_ASIAN_FONT)
    for style in doc.styles:
        if style.type == WD_STYLE_TYPE.LIST:
            continue  # numbering styles hold no run properties
        east = HEADING_EAST_ASIAN_FONT if style.name.startswith(("Heading", "Title")) else EAST_ASIAN_FONT
        _set_fonts(style.element.get_or_add_rPr(), east)
        if style.type == WD_STYLE_TYPE.PARAGRAPH or style.type == WD_STYLE_TYPE.CHARACTER:
            style.font.color.rgb = RGBColor(0, 0, 0)



def _drop(element, *tags: str) -> None:
    """Remove the theme's settings ``tags`` from a style's properties, so the paper's own apply."""
    for tag in tags:
        el = element.find(qn(tag))
        if el is not None:
            element.remove(el)

def _plain_heading_styles(doc) -> None:
    """Headings and title in black, no borders, sizes of a printed paper."""
    normal = doc.styles["Normal"]
    normal.font.size = BODY_SIZE
    normal.paragraph_format.space_after = Pt(2)
    normal.paragraph_format.line_spacing = 1.3
    for name, size in (("Title", Pt(16)), ("Subtitle", Pt(12)), ("Heading 1", Pt(11))):
        st = doc.styles[name]
        st.font.size = size
        st.font.bold = name != "Subtitle"
        st.font.italic = False
        _drop(st.element.get_or_add_pPr(), "w:pBdr", "w:spacing")
        st.paragraph_format.space_before = Pt(10 if name == "Heading 1" else 0)
        st.paragraph_format.space_after = Pt(4)
        st.paragraph_format.keep_with_next = True
        _drop(st.element.get_or_add_rPr(), "w:spacing", "w:kern")
    for name in ("Title", "Subtitle"):
        doc.styles[name].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _add_numbering(doc) -> None:
    """Two real numbering lists: sections 一、二、 and questions 1．2． (continuous over the paper)."""
    numbering = doc.part.numbering_part.element

    def abstract(aid: int, fmt: str, text: str, indent: int, hanging: int) -> None:
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"),
                         ("w:lvlText", text), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(indent))
        ind.set(qn("w:hanging"), str(hanging))
        ppr.append(ind)
        lvl.append(ppr)
        a.append(lvl)
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)

    def num(nid: int, aid: int) -> None:
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(aid))
        n.append(ref)
        numbering.append(n)

    abstract(SECTION_NUM_ID, "chineseCounting", "%1、", 0, 0)
    abstract(QUESTION_NUM_ID, "decimal", "%1．", 0, 0)
    num(SECTION_NUM_ID, SECTION_NUM_ID)
    num(QUESTION_NUM_ID, QUESTION_NUM_ID)


def _numbered(paragraph, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def _field(paragraph, instr: str) -> None:
    """A Word field (PAGE, NUMPAGES) with a placeholder result."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def _page_setup(doc, paper: Paper, key: bool) -> None:
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(24)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(24)
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("第")
    _field(footer, "PAGE")
    footer.add_run("页 共")
    _field(footer, "NUMPAGES")
    footer.add_run("页")
    small = sec.footer.add_paragraph()
    small.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = small.add_run(("答案与解析 · " if key else "") + paper.footer)
    r.font.size = Pt(7)
    r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)


def _keep(p, with_next: bool) -> None:
    p.paragraph_format.keep_together = True
    p.paragraph_format.keep_with_next = with_next


def _stem(doc, q: PaperQuestion, with_next: bool):
    p = doc.add_paragraph()
    _numbered(p, QUESTION_NUM_ID)
    for r in q.stem:
        if r.blank:
            run = p.add_run("\u3000" * r.width)
            run.font.underline = True
        else:
            p.add_run(r.text)
    _keep(p, with_next)
    return p


def _options(doc, q: PaperQuestion) -> None:
    labels = [f"{OPTION_LETTERS[i]}．{o}" for i, o in enumerate(q.options)]
    cols = q.option_columns
    rows = [labels[i:i + cols] for i in range(0, len(labels), cols)]
    for k, row in enumerate(rows):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(21)
        stops = p.paragraph_format.tab_stops
        for c in range(1, cols):
            stops.add_tab_stop(Mm(TEXT_WIDTH_MM * c / cols), WD_TAB_ALIGNMENT.LEFT)
        p.add_run("\t".join(row))
        _keep(p, k < len(rows) - 1)


def _header(doc, paper: Paper, key: bool) -> None:
    doc.add_paragraph(paper.key_title if key else paper.title, style="Title")
    if key:
        for note in paper.notes:
            doc.add_paragraph(note)
        return
    doc.add_paragraph(paper.subtitle, style="Subtitle")
    info = doc.add_paragraph()
    info.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, label in enumerate(("单位：", "姓名：", "得分：")):
        info.add_run(("\u3000\u3000" if i else "") + label)
        blank = info.add_run("\u3000" * 8)
        blank.font.underline = True
    table = doc.add_table(rows=2, cols=len(paper.sections) + 2)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["题号"] + [numeral(s.index) for s in paper.sections] + ["总分"]
    for c, text in enumerate(heads):
        table.cell(0, c).text = text
        table.cell(0, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        table.cell(0, c).width = Mm(14)
        table.cell(1, c).width = Mm(14)
    table.cell(1, 0).text = "得分"
    table.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    note = doc.add_paragraph(paper.instructions)
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note.runs[0].font.size = Pt(9)


def render_docx(paper: Paper, *, key: bool = False) -> bytes:
    """The paper (or its key) as .docx bytes; same paper → same bytes."""
    doc = Document()
    _style_fonts(doc)
    _plain_heading_styles(doc)
    _add_numbering(doc)
    _page_setup(doc, paper, key)
    cp = doc.core_properties
    cp.title = paper.key_title if key else paper.title
    cp.author = cp.last_modified_by = "kaodian"
    cp.created = cp.modified = FIXED_DATE
    cp.revision = 1
    _header(doc, paper, key)
    for sec in paper.sections:
        h = doc.add_paragraph(sec.heading.split("、", 1)[1], style="Heading 1")
        _numbered(h, SECTION_NUM_ID)
        for q in sec.questions:
            if key:
                p = doc.add_paragraph()
                _numbered(p, QUESTION_NUM_ID)
                _keep(p, True)
                p.add_run("【答案】").bold = True
                p.add_run(q.answer_text)
                if q.explanation:
                    e = doc.add_paragraph()
                    e.paragraph_format.left_indent = Pt(21)
                    e.add_run("【解析】").bold = True
                    e.add_run(q.explanation)
                    _keep(e, True)
                s = doc.add_paragraph()
                s.paragraph_format.left_indent = Pt(21)
                run = s.add_run("【出处】" + q.source_text)
                run.font.size = Pt(9)
                _keep(s, False)
                continue
            _stem(doc, q, bool(q.options) or q.space > 0)
            if q.options:
                _options(doc, q)
            for i in range(q.space):
                _keep(doc.add_paragraph(), i < q.space - 1)
    buf = io.BytesIO()
    doc.save(buf)
    return restamped(buf.getvalue())
