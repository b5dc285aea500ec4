"""Revision notes kept in a Word file (issue 13, session 26): the list numbers Word sets itself come out of
the file with their separator as a private-use character (1<U+E010>某某, where 、 stands), and the notes keep
the bracketed divisions of the outline they were pasted from (（十五）…, numbers out of sequence) with the
1、 lines under them.  The texts are invented in the genre's shape."""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_text

GLYPH = "\ue010"  # a symbol font's separator glyph after an automatic list number
IND = "\u3000\u3000"

NOTES = "\n".join([
    "复习要点：",
    "群众路线的内涵",
    "",
    f"{IND}（十五）群众工作的基本方法",
    f"{IND}1{GLYPH}调查研究的传统",
    f"{IND}调查研究是谋事之基、成事之道。没有调查就没有发言权。",
    f"{IND}2{GLYPH}密切联系群众",
    f"{IND}（1）坚持从群众中来，到群众中去。",
    f"{IND}（2）坚持问计于民，问需于民。",
    f"{IND}（三）基层组织建设的主要任务",
    f"{IND}1{GLYPH}健全基层组织体系",
    f"{IND}基层组织是全部工作和战斗力的基础。",
    f"{IND}2{GLYPH}选好配强带头人",
    f"{IND}带头人是基层组织的主心骨。",
])


def _article(text: str):
    return normalize(Source("notes.doc", text)).articles[0]


def test_the_glyph_after_a_list_number_reads_as_its_separator():
    paras = [p.text for p in _article(NOTES).paragraphs]
    assert "1、调查研究的传统" in paras and "2、选好配强带头人" in paras
    assert not any(GLYPH in p for p in paras)


def test_a_private_use_character_outside_a_numbering_slot_is_left_alone():
    # (not right after a line's opening number: no separator, whatever it stands for)
    text = f"本节共有3{GLYPH}个要点需要背诵，务必记牢。\n第二段落写在这里，也是一句完整的话。"
    assert any(GLYPH in p.text for p in _article(text).paragraphs)


def test_bracketed_divisions_with_numbered_lines_under_them_are_the_headings():
    art = _article(NOTES)
    assert [h.text for h in art.headings] == ["群众工作的基本方法", "基层组织建设的主要任务"]
    by_text = {p.text: p.section for p in art.paragraphs}
    assert by_text["1、调查研究的传统"] == 1 and by_text["2、选好配强带头人"] == 2
    assert by_text["群众路线的内涵"] == 0


def test_the_numbered_lines_are_one_series_per_division():
    ext = extract_text(NOTES, "notes.doc")
    lists = {tuple(i.text for i in p.items) for p in ext.points if p.kind == "enumeration"}
    assert ("调查研究的传统", "密切联系群众") in lists
    assert ("健全基层组织体系", "选好配强带头人") in lists


def test_a_bracketed_series_of_sentences_stays_a_series_not_headings():
    # (no 1、 line opens under each: the （一） lines are a list's items, not the document's divisions)
    text = "\n".join([
        "加强作风建设，要做到以下几点：",
        "（一）坚持调查研究，深入基层一线",
        "调查研究是谋事之基。",
        "（二）坚持勤俭节约，反对铺张浪费",
        "勤俭节约是优良传统。",
    ])
    art = _article(text)
    assert art.headings == ()
    ext = extract_text(text, "notes.txt")
    assert any(len(p.items) == 2 for p in ext.points if p.kind == "enumeration")
