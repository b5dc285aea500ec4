"""Old binary Word documents (.doc, .wps): the piece-table reader (``kaodian.msdoc``) and how ``ingest`` uses it.

The real files: the corpus's dangde-jianshe-biji.doc (Word 97–2003, 2006) and two in tests/data/doc (a table,
a fast-saved file with a 0Table stream; see its SOURCES.md); the broken and disguised files are made from them
or from scratch in each test.
"""

from __future__ import annotations

import io
import random
import re
import shutil
import sys
from pathlib import Path

import olefile
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kaodian.errors import KaodianError
from kaodian.ingest import folder_files, read_path, read_stdin
from kaodian.msdoc import MsDocError, _control_to_text, _main_text, _streams, doc_text

DOC = Path(__file__).parent / "corpus" / "dangde-jianshe-biji.doc"
GOLD = DOC.with_suffix(".gold.yaml")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DATA = Path(__file__).parent / "data" / "doc"
REAL = [DOC, DATA / "junli-jiangyi-table.doc", DATA / "mayuan-09-fastsave.doc"]


def _paragraph_marks() -> int:
    """How many paragraph marks (CR) the main text holds, counted in the raw UTF-16 stream."""
    with olefile.OleFileIO(str(DOC)) as ole:
        word = ole.openstream("WordDocument").read()
    return word.decode("utf-16-le", errors="ignore").count("\r")


def test_a_real_doc_reads_as_its_paragraphs() -> None:
    source = read_path(DOC)
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    assert source.kind == "doc"
    assert not re.search(r"[\x00-\x08\x0b-\x1f\r\ufffd]", source.text)  # no control character, nothing undecodable
    flat = source.text.replace("\n", "")
    for article in gold["articles"]:  # the gold was written from the file by hand: its ends stand in the text
        assert article["starts_with"] in flat and article["ends_with"] in flat
    assert source.text.count("\n") >= _paragraph_marks() - 1


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_every_real_doc_reads_as_chinese_text(path: Path) -> None:
    """UTF-16 pieces read at the right offsets give Chinese; a wrong offset or a UTF-16 piece read as 8-bit
    gives mojibake (Latin-1 letters, control characters, U+FFFD), which would fail here."""
    text = read_path(path).text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\r\ufffd]", text)
    letters = re.sub(r"[\s\d\W_]", "", text)
    # why 0.6: study notes are mostly hanzi (these score 0.96-0.99); misread bytes score near 0
    assert len(re.findall(r"[\u4e00-\u9fff]", letters)) / len(letters) > 0.6


def test_every_table_cell_is_a_line_of_its_own() -> None:
    path = DATA / "junli-jiangyi-table.doc"
    word, table, fib = _streams(path.read_bytes())
    raw = _main_text(word, table, fib)
    assert raw.count("\x07") > 4  # the file holds a table
    lines = set(read_path(path).text.split("\n"))
    cells = [c.rsplit("\r", 1)[-1] for c in raw.split("\x07")[:-1]]  # the text of each cell (its last paragraph)
    assert all(cell in lines for cell in cells if cell and not set(cell) & set("\x01\x08\x13"))


def test_the_doc_reads_the_same_renamed_or_piped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A .doc renamed .docx or .txt (teachers try that) and one piped in are read as the .doc they are."""
    text = read_path(DOC).text
    for name in ("讲话.docx", "讲话.txt", "讲话.wps"):
        shutil.copy(DOC, tmp_path / name)
        assert read_path(tmp_path / name).text == text, name
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DOC.read_bytes())))
    assert read_stdin().text == text


def test_a_folder_lists_doc_and_wps(tmp_path: Path) -> None:
    for name in ("a.doc", "b.wps", "c.rtf", "d.xls"):
        (tmp_path / name).write_bytes(b"x")
    assert [Path(p).name for p in folder_files(tmp_path)] == ["a.doc", "b.wps", "c.rtf"]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("甲\r乙\r", "甲\n乙\n"),  # paragraph marks
        ("甲\x0b乙\x0c丙", "甲\n乙\n丙"),  # line break, page break
        ("格一\x07格二\x07\x07", "格一\n格二\n\n"),  # cell ends and the row end
        ("见\x13 PAGEREF _Toc1 \\h \x143\x15页", "见3页"),  # a field: its result only
        ("\x13 HYPERLINK \"x\" \x14网\x13 SEQ \x14一\x15站\x15。", "网一站。"),  # nested fields
        ("索引\x13 XE \"术语\" \x15。", "索引。"),  # a field without a result leaves nothing
        ("图\x01文\x08字", "图文字"),  # object anchors
        ("非\x1e断\x1f字", "非-断字"),  # non-breaking hyphen, optional hyphen
    ],
)
def test_word_control_characters_become_plain_text(raw: str, text: str) -> None:
    assert _control_to_text(raw) == text


def _patched(tmp_path: Path, offset: int, value: bytes, name: str = "改.doc") -> Path:
    """A copy of the real .doc whose WordDocument stream has ``value`` written at ``offset``."""
    out = tmp_path / name
    shutil.copy(DOC, out)
    with olefile.OleFileIO(str(out), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        word[offset: offset + len(value)] = value
        ole.write_stream("WordDocument", bytes(word))
    return out


def _flags(word_flags: int) -> bytes:
    with olefile.OleFileIO(str(DOC)) as ole:
        flags = int.from_bytes(ole.openstream("WordDocument").read()[0x0A:0x0C], "little")
    return (flags | word_flags).to_bytes(2, "little")


@pytest.mark.parametrize(
    ("offset", "value", "code", "says"),
    [
        (0x0A, None, "E108", "密码"),  # fEncrypted set
        (0x02, (0x0068).to_bytes(2, "little"), "E108", "Word 6.0/95"),  # nFib of Word 95
        (0x00, b"\x00\x00", "E108", "已损坏"),  # no FIB magic
        (0x01A2, (0x7FFFFF00).to_bytes(4, "little"), "E108", "已损坏"),  # fcClx beyond the table stream
    ],
)
def test_a_doc_word_must_not_read_says_why(tmp_path: Path, offset: int, value: bytes | None, code: str, says: str) -> None:
    path = _patched(tmp_path, offset, value if value is not None else _flags(0x0100))
    with pytest.raises(KaodianError) as info:
        read_path(path)
    assert info.value.code == code and says in str(info.value) and "“另存为” .docx" in str(info.value)


def _write_other_ole(path: Path) -> None:
    """A compound file holding no WordDocument stream (as Excel's and old WPS files are): the real .doc with
    its stream renamed by rewriting the name in its directory entry."""
    data = bytearray(DOC.read_bytes())
    old, new = "WordDocument".encode("utf-16-le"), "Workbook\0\0\0\0".encode("utf-16-le")
    data[data.index(old): data.index(old) + len(old)] = new
    path.write_bytes(bytes(data))


def _bad_inputs() -> dict[str, tuple[str, object, str, str]]:
    real = DOC.read_bytes()
    return {
        "truncated .doc": ("半截.doc", real[: len(real) // 2], "E108", "已损坏"),
        "only the header of a compound file": ("头.doc", OLE_MAGIC + b"\x00" * 64, "E108", "已损坏"),
        "random bytes": ("乱码.doc", random.Random(7).randbytes(4096), "E108", "不是有效的 Word 文件"),
        "RTF named .doc": ("通知.doc", b"{\\rtf1\\ansi\\ansicpg936 hello}", "E112", "RTF"),
        "PDF named .doc": ("通知.doc", b"%PDF-1.7\n", "E112", ".pdf"),
        "an Excel-like compound file named .doc": ("表.doc", _write_other_ole, "E112", "不是 Word 文档"),
        "an old WPS file": ("旧.wps", _write_other_ole, "E108", "旧版 WPS"),
    }


@pytest.mark.parametrize("case", sorted(_bad_inputs()))
def test_bad_doc_input_is_a_coded_error(tmp_path: Path, case: str) -> None:
    name, content, code, says = _bad_inputs()[case]
    path = tmp_path / name
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)
    with pytest.raises(KaodianError) as info:
        read_path(path)
    assert info.value.code == code and says in str(info.value), str(info.value)


def test_what_many_doc_files_really_are_is_read_by_its_own_reader(tmp_path: Path) -> None:
    import docx

    made = docx.Document()
    made.add_paragraph("坚持党的全面领导是根本保证。")
    made.save(tmp_path / "真.docx")
    shutil.copy(tmp_path / "真.docx", tmp_path / "假.doc")
    assert read_path(tmp_path / "假.doc").text == read_path(tmp_path / "真.docx").text
    page = "<html><head><meta charset='utf-8'></head><body><p>坚持党的全面领导是根本保证。</p></body></html>"
    (tmp_path / "网页.doc").write_text(page, encoding="utf-8")
    assert "坚持党的全面领导" in read_path(tmp_path / "网页.doc").text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), min_size=1, max_size=8))
def test_a_damaged_doc_never_raises_anything_but_a_doc_error(flips: list[tuple[int, int]]) -> None:
    """Bytes changed anywhere in a real .doc (header, FAT, directory, FIB, piece table, text) give text or
    ``MsDocError``, never another exception."""
    data = bytearray(DOC.read_bytes())
    for at, byte in flips:
        data[at % len(data)] = byte
    try:
        assert isinstance(doc_text(bytes(data)), str)
    except MsDocError as e:
        assert e.reason
