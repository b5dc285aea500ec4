"""Reading inputs: encodings, formats, folders, standard input, and every bad input with its code."""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaodian import ingest
from kaodian.errors import FileErrors, KaodianError
from kaodian.ingest import read_inputs, read_path
from kaodian.normalize.layout import load_layout

CORPUS = Path(__file__).parent / "corpus"

TIANJIN = (CORPUS / "tianjin-theory-page.txt").read_text(encoding="utf-8")
# saved pages and the texts of their content blocks
PAGES = [("qianwan-gongcheng-report", "qianwan-gongcheng-report"), ("gaigekaifang-40-speech-page", "gaigekaifang-40-speech"),
         ("party-school-opening-speech", "party-school-opening-speech")]


def code_of(path: str | Path) -> str:
    with pytest.raises(KaodianError) as info:
        read_path(path)
    assert str(path) in str(info.value), "the message names the file"
    return info.value.code


# ---------------------------------------------------------------- plain text and encodings


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "gb18030", "gbk"]
)
def test_every_notepad_encoding_gives_the_same_text(tmp_path: Path, encoding: str) -> None:
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + TIANJIN.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + TIANJIN.encode("utf-16-be")
    else:
        data = TIANJIN.encode(encoding)
    f = tmp_path / "page.txt"
    f.write_bytes(data)
    source = read_path(f)
    assert source.text == TIANJIN
    assert (source.name, source.kind) == (str(f), "txt")


_COMMON = bytes(b for trail in range(0xA1, 0xFF) for lead in (0xB0, 0xC4, 0xD6) for b in (lead, trail)).decode("gb2312")
_ALPHABET = _COMMON + "，。、；：？！“”‘’（）《》—…\n 0123456789abcXYZ"


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    text=st.text(alphabet=_ALPHABET, min_size=20, max_size=300).filter(lambda t: t.strip()),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "gb18030"]),
)
def test_decoding_gives_back_any_chinese_text(text: str, encoding: str) -> None:
    """Every encoding with a BOM, UTF-8 and GB18030 round-trip (UTF-16 without BOM is best effort)."""
    data = b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    assert ingest.decode_text(data, "x.txt") == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_in_ascii(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "ascii16.txt"
    f.write_bytes("2023 plain text\n".encode(encoding))
    assert read_path(f).text == "2023 plain text\n"


def test_windows_line_ends_become_newlines(tmp_path: Path) -> None:
    f = tmp_path / "crlf.md"
    f.write_bytes("第一段。\r\n第二段。\r\n".encode("gb18030"))
    assert read_path(f).text == "第一段。\n第二段。\n"


@pytest.mark.parametrize(
    "label, data",
    [
        ("big5", "習近平新時代中國特色社會主義思想是當代中國馬克思主義、二十一世紀馬克思主義，是中華文化和中國精神的時代精華。".encode("big5")),
        ("shift_jis", "日本語の文章です。これは東京で書かれた普通のテキストファイルです。".encode("shift_jis")),
        ("latin-1 pairs", "Thé à la menthe, crème brûlée, façade, naïve, Émile, Zoë.".encode("latin-1")),
        ("random bytes", random.Random(7).randbytes(4096).replace(b"\x00", b"")),
    ],
)
def test_text_that_only_pretends_to_be_gbk_is_undecidable(tmp_path: Path, label: str, data: bytes) -> None:
    f = tmp_path / "other.txt"
    f.write_bytes(data)
    assert code_of(f) == "E104"


def test_gb18030_text_with_ascii_and_rare_hanzi_still_passes(tmp_path: Path) -> None:
    text = "朱镕基、李瑞环同志在2023年指出：“坚持和发展新时代中国特色社会主义。”" * 3
    f = tmp_path / "gbk.txt"
    f.write_bytes(text.encode("gb18030"))
    assert read_path(f).text == text


# ---------------------------------------------------------------- bad input, each with its code


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as f:
        f.truncate(size)
    return path


BAD_FILES = {
    "empty": ("empty.txt", lambda p: p.write_bytes(b""), "E102"),
    "white space only": ("blank.txt", lambda p: p.write_bytes("  \n\t\u3000\n".encode()), "E102"),
    "white space only (utf-16)": ("blank16.txt", lambda p: p.write_bytes(" \n".encode("utf-16")), "E102"),
    "NUL bytes": ("binary.txt", lambda p: p.write_bytes(b"abc\x00\x01\x02" * 100), "E103"),
    "UTF-16 without BOM, odd length": ("odd.txt", lambda p: p.write_bytes("中文".encode("utf-16-le") + b"a\x00b"), "E103"),
    "png renamed": ("image.txt", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 50), "E103"),
    "control characters": ("ctl.txt", lambda p: p.write_bytes(bytes(range(1, 9)) * 100), "E103"),
    "50 MB": ("huge.txt", lambda p: _sparse(p, 50 * 1024 * 1024), "E105"),
    "unsupported suffix": ("notes.rtf", lambda p: p.write_text("正文。", encoding="utf-8"), "E106"),
    "no suffix": ("notes", lambda p: p.write_text("正文。", encoding="utf-8"), "E106"),
    "corrupt docx": ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "E108"),
    "docx that is a text file": ("renamed.docx", lambda p: p.write_text("正文。", encoding="utf-8"), "E108"),
    # (a compound file with no Word document in it; a real .doc renamed is read: test_msdoc)
    # (a compound file's header and nothing after: damaged, as it is under .doc, not another kind of file)
    "compound file renamed .docx": ("old.docx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64), "E108"),
    "compound file renamed .txt": ("old.txt", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64), "E108"),
    "rtf renamed .txt": ("note.txt", lambda p: p.write_bytes(b"{\\rtf1\\ansi hello}"), "E112"),
    "pdf renamed .docx": ("paper.docx", lambda p: p.write_bytes(b"%PDF-1.7\n"), "E112"),
    # (a .docx with a password is an old-style container holding an EncryptedPackage stream: no renamed .doc)
    "docx with a password": ("locked.docx", lambda p: p.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")), "E108"),
    "corrupt pdf": ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n garbage without objects"), "E108"),
    "page without body": (
        "menu.html",
        lambda p: p.write_text("<html><body><nav><a href=/>首页</a></nav><script>var a=1;</script></body></html>", encoding="utf-8"),
        "E110",
    ),
    "empty page": ("empty.html", lambda p: p.write_bytes(b"\n"), "E102"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_gets_its_code(tmp_path: Path, case: str) -> None:
    name, make, code = BAD_FILES[case]
    f = tmp_path / name
    make(f)
    assert code_of(f) == code


def test_missing_file(tmp_path: Path) -> None:
    assert code_of(tmp_path / "nowhere.txt") == "E101"


def test_too_large_fails_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = _sparse(tmp_path / "huge.txt", 50 * 1024 * 1024)
    monkeypatch.setattr(ingest, "open", lambda *a, **k: pytest.fail("opened a file over the limit"), raising=False)
    assert code_of(f) == "E105"


def test_five_megabytes_pass(tmp_path: Path) -> None:
    text = TIANJIN * (5 * 1024 * 1024 // len(TIANJIN.encode()) + 1)
    f = tmp_path / "big.txt"
    f.write_text(text, encoding="utf-8")
    assert len(read_path(f).text) == len(text)


def test_messages_say_what_to_do(tmp_path: Path) -> None:
    f = tmp_path / "other.txt"
    f.write_bytes("中華文化的時代精華與傳統".encode("big5"))
    with pytest.raises(KaodianError) as info:
        read_path(f)
    assert str(info.value) == f"[E104] {f}: 无法判断文件编码。请另存为 UTF-8 后再试。"


# ---------------------------------------------------------------- folders, standard input, sample


def test_folder_reads_supported_files_sorted_skipping_hidden_and_gold(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("乙。", encoding="utf-8")
    (tmp_path / "a.md").write_text("甲。", encoding="gb18030")
    (tmp_path / "a.gold.yaml").write_text("articles: []", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("不读", encoding="utf-8")
    (tmp_path / "~$lock.docx").write_bytes(b"\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("不读", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("丙。", encoding="utf-16")
    sources = read_inputs([str(tmp_path)])
    assert [(Path(s.name).relative_to(tmp_path).as_posix(), s.text) for s in sources] == [
        ("a.md", "甲。"),
        ("b.txt", "乙。"),
        ("sub/c.txt", "丙。"),
    ]


def test_folder_without_supported_files(tmp_path: Path) -> None:
    (tmp_path / "x.gold.yaml").write_text("{}", encoding="utf-8")
    with pytest.raises(KaodianError) as info:
        read_inputs([str(tmp_path)])
    assert info.value.code == "E107"
    assert str(tmp_path) in str(info.value)


def test_corpus_folder_reads_texts_and_pages(corpus_dir: Path) -> None:
    kinds = [(Path(s.name).name, s.kind) for s in read_inputs([str(corpus_dir)])]
    assert ("tianjin-theory-page.txt", "txt") in kinds
    assert ("qianwan-gongcheng-report.html", "html") in kinds
    assert not any(name.endswith(".yaml") for name, _ in kinds)


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_is_decoded_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(TIANJIN.encode("gb18030")))
    [source] = read_inputs(["-"])
    assert (source.name, source.text) == ("-", TIANJIN)


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    with pytest.raises(KaodianError) as info:
        read_inputs(["-"])
    assert info.value.code == "E102"
    assert str(info.value).startswith("[E102] 标准输入: ")  # (not "-:", which a newcomer could not place)
    assert str(KaodianError("E312", paths="a.txt、-")).startswith("[E312] a.txt、标准输入: ")  # (a list of names too)


def test_no_arguments_read_the_bundled_sample() -> None:
    [source] = read_inputs([])
    assert source.name == "sample.txt"
    assert source.text == TIANJIN


# ---------------------------------------------------------------- docx


def test_docx_round_trip_with_table(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("深入学习贯彻党的二十大精神")
    document.add_paragraph("")
    wrapped = document.add_paragraph("标题第一行")
    wrapped.add_run().add_break()
    wrapped.add_run("标题第二行")
    document.add_paragraph("一是坚持党的全面领导；二是坚持以人民为中心。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "“两个确立”"
    table.cell(0, 1).text = "“两个维护”"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "合并的单元格只读一次"
    document.add_paragraph("（来源：新华社）")
    f = tmp_path / "study.docx"
    document.save(f)
    source = read_path(f)
    assert source.kind == "docx"
    assert source.text.splitlines() == [
        "深入学习贯彻党的二十大精神",
        "标题第一行",
        "标题第二行",
        "一是坚持党的全面领导；二是坚持以人民为中心。",
        "“两个确立”",
        "“两个维护”",
        "合并的单元格只读一次",
        "（来源：新华社）",
    ]


def test_docx_without_text(tmp_path: Path) -> None:
    import docx

    f = tmp_path / "blank.docx"
    docx.Document().save(f)
    assert code_of(f) == "E102"


# ---------------------------------------------------------------- html


@pytest.mark.parametrize(("page", "text"), PAGES)
def test_saved_page_gives_the_paragraphs_of_its_text(corpus_dir: Path, page: str, text: str) -> None:
    source = read_path(corpus_dir / f"{page}.html")
    expected = [line.strip() for line in (corpus_dir / f"{text}.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert source.kind == "html"
    lines = [line.strip() for line in source.text.splitlines()]
    # a block that opens with no title of its own (同志们，…) gets the page's headline above it, marked as
    # Markdown marks a title: the words the window title opens with, before its column and site names;
    # then the page's property lines under the headline, every one noise to normalize
    raw = (corpus_dir / f"{page}.html").read_bytes().decode("utf-8", "replace")
    headline = re.search(r"<title>\s*(.*?)\s*--", raw).group(1)
    if not expected[0].endswith("："):
        assert lines == expected
        return
    assert lines[0] == f"# {headline}" and lines[-len(expected):] == expected
    assert all(load_layout().noise_line.match(x) for x in lines[1 : -len(expected)])


@pytest.mark.parametrize(("title", "headline", "body", "first"), [
    # a body that opens with no title of its own (a salutation) gets the page's headline above it
    ("关于开展协会年度学习活动的通知--通知公告-某某协会", "关于开展协会年度学习活动的通知",
     ["各会员单位：为深入开展学习活动，经研究，决定于今年举办年度学习活动。", "请各单位认真组织，按时报送材料，确保活动取得实效。"],
     "关于开展协会年度学习活动的通知"),
    # a body that opens with a numbered section heading has no title of its own either
    ("学习活动的几点体会--学习专栏-某某协会", "学习活动的几点体会",
     ["一、坚持学用结合", "协会始终坚持学用结合，把学习成果转化为推动工作的实际成效，取得了明显进步。",
      "二、坚持问题导向", "今后要继续坚持这一做法，不断提高会员服务水平，推动协会各项工作上新台阶。"],
     "学习活动的几点体会"),
    # a body with a title of its own keeps it; the headline above is the column's
    ("每周一学（第三期）--学习专栏-某某协会", "每周一学（第三期）",
     ["坚持学用结合推动协会工作", "协会始终坚持学用结合，把学习成果转化为推动工作的实际成效，取得了明显进步。",
      "今后要继续坚持这一做法，不断提高会员服务水平，推动协会各项工作上新台阶。"],
     "坚持学用结合推动协会工作"),
], ids=["headline-above-salutation", "headline-above-section-heading", "own-title-kept"])
def test_saved_page_takes_its_headline_only_where_the_body_has_no_title(tmp_path: Path, title, headline, body, first) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    page = (f"<html><head><title>{title}</title></head><body><div class='nav'><h3>通知公告</h3></div>"
            f"<h2>{headline}</h2><div class='content'>{paragraphs}</div></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    lines = read_path(tmp_path / "page.html").text.splitlines()
    assert lines[0] == (first if first == body[0] else f"# {first}")  # (a headline set above: a title, as Markdown marks it)
    assert lines[-len(body):] == body


GBK_PAGE = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>学习园地</title><style>.x{{color:red}}</style><script>document.write("广告");</script></head>
<body><div id="header"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/a">新闻中心</a></li>
<li><a href="/b">学习园地</a></li></ul></div>
<div class="main"><div class="sidebar"><h3>热点推荐</h3><ul><li><a href="/1">关于进一步加强机关党建工作的通知，请各支部认真学习</a></li>
<li><a href="/2">某某单位召开理论学习中心组学习会议，传达学习有关精神</a></li></ul></div>
<div class="article"><h1>以中国式现代化全面推进强国建设</h1><p class="info">发布时间：2023-01-01</p>
<div class="TRS_Editor"><p>　　中国式现代化，是中国共产党领导的社会主义现代化，
既有各国现代化的共同特征，更有基于自己国情的中国特色。</p>
<p>　　一是人口规模巨大的现代化；二是全体人民共同富裕的现代化。</p>
<p>要坚持“两个毫不动摇”，<a href="/k">推动高质量发展</a>，实现<b>“两个一百年”</b>奋斗目标。</p>
<p>Tom &amp; Jerry&nbsp;在&nbsp;2023 年。</p></div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div></div></div>
<div id="footer"><p>版权所有 某某网站 Copyright 2023 地址：某某市某某路1号，联系电话 12345678</p></div>
</body></html>"""


def test_gbk_page_body_without_chrome(tmp_path: Path) -> None:
    f = tmp_path / "page.htm"
    f.write_bytes(GBK_PAGE.encode("gbk"))
    assert read_path(f).text.splitlines() == [
        "中国式现代化，是中国共产党领导的社会主义现代化，既有各国现代化的共同特征，更有基于自己国情的中国特色。",
        "一是人口规模巨大的现代化；二是全体人民共同富裕的现代化。",
        "要坚持“两个毫不动摇”，推动高质量发展，实现“两个一百年”奋斗目标。",
        "Tom & Jerry 在 2023 年。",
    ]


def test_page_whose_body_is_one_div_of_br_lines(tmp_path: Path) -> None:
    page = """<html><head><meta charset="gbk"></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/x">理论学习</a></div>
<div id="wrap"><h1>坚持和发展新时代中国特色社会主义</h1>
<div class="text">　　党的二十大报告指出，中国式现代化是人口规模巨大的现代化。<br><br>
　　必须坚持问题导向，着力解决群众身边的急难愁盼问题。<br/>
　　第三段讲的是另一件事情，也写得足够长。</div>
<div class="share-bar"><a href="#">分享</a><a href="#">收藏</a></div></div>
<div class="footer">版权所有</div></body></html>"""
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("gb18030"))
    assert read_path(f).text.splitlines() == [
        "# 坚持和发展新时代中国特色社会主义",  # (the page's one h1, marked as its title)
        "党的二十大报告指出，中国式现代化是人口规模巨大的现代化。",
        "必须坚持问题导向，着力解决群众身边的急难愁盼问题。",
        "第三段讲的是另一件事情，也写得足够长。",
    ]


def test_page_with_a_wrong_charset_label_is_still_decoded(tmp_path: Path) -> None:
    page = "<html><head><meta charset=utf-8></head><body><div class=content><p>这是一段足够长的正文，说明了一些事情。</p></div></body></html>"
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("gb18030"))
    assert read_path(f).text == "这是一段足够长的正文，说明了一些事情。"


def test_utf16_page_with_bom(tmp_path: Path) -> None:
    page = "<html><body><article><p>这是一段足够长的正文，说明了一些事情。</p><p>第二段也很长，没有别的。</p></article></body></html>"
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("utf-16"))
    assert read_path(f).text == "这是一段足够长的正文，说明了一些事情。\n第二段也很长，没有别的。"


# ---------------------------------------------------------------- pdf


def _typst_pdf(tmp_path: Path, body: str) -> Path:
    typst = pytest.importorskip("typst")
    if not any("Noto" in str(p) for p in Path("/usr/share/fonts").rglob("*CJK*")):
        pytest.skip("fonts-noto-cjk is not installed")
    source = tmp_path / "doc.typ"
    source.write_text(
        '#set page(width: 12cm, height: 8cm, margin: 1cm)\n#set text(font: "Noto Serif CJK SC", size: 10pt, lang: "zh")\n' + body,
        encoding="utf-8",
    )
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(typst.compile(str(source)))
    return pdf


def test_pdf_text_layer_with_hard_wraps(tmp_path: Path) -> None:
    pdf = _typst_pdf(
        tmp_path,
        "一、总体要求\n\n全市党员干部要牢记初心使命，立足本职岗位勇于担当作为，任务十分艰巨，责任无比重大。\n\n"
        "#pagebreak()\n第二页：“两个确立”具有决定性意义。\n",
    )
    source = read_path(pdf)
    assert source.kind == "pdf"
    lines = source.text.splitlines()
    assert lines[0] == "一、总体要求"
    assert len(lines) == 4, "the long paragraph wraps, the page break is a newline"
    assert "".join(lines[1:3]) == "全市党员干部要牢记初心使命，立足本职岗位勇于担当作为，任务十分艰巨，责任无比重大。"
    assert lines[3] == "第二页：“两个确立”具有决定性意义。"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pdf = _typst_pdf(tmp_path, "#rect(width: 3cm, height: 2cm, fill: gray)\n")
    assert code_of(pdf) == "E109"


def test_encrypted_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = _typst_pdf(tmp_path, "保密的文字。\n")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with open(locked, "wb") as f:
        writer.write(f)
    assert code_of(locked) == "E108"


def test_pdf_with_owner_password_only_opens(tmp_path: Path) -> None:
    """Word exports a PDF with editing restrictions as AES with an empty user password: anyone can read it."""
    from pypdf import PdfReader, PdfWriter

    plain = _typst_pdf(tmp_path, "限制编辑的文字。\n")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    locked = tmp_path / "restricted.pdf"
    with open(locked, "wb") as f:
        writer.write(f)
    assert read_path(locked).text.strip() == "限制编辑的文字。"


# ---------------------------------------------------------------- the command line


def _extract_command_works() -> bool:
    try:
        import kaodian.normalize  # noqa: F401
        import kaodian.render  # noqa: F401
        import kaodian.rules  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _extract_command_works() or shutil.which("uv") is None, reason="kaodian extract is not wired yet")
@pytest.mark.parametrize("content, code", [(b"", "E102"), (b"\x00\x01binary", "E103")])
def test_cli_bad_file_is_one_line_without_traceback(tmp_path: Path, content: bytes, code: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    out = tmp_path / "out.json"
    result = subprocess.run(
        ["uv", "run", "--quiet", "kaodian", "extract", str(f), "--format", "json", "-o", str(out)],
        capture_output=True, text=True, cwd=Path(__file__).parent.parent, timeout=120,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"[{code}]" in lines[0] and str(f) in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


# (.rtf, .odt: not read, E106; a damaged .doc or .wps: read and found broken, E108; both say to save as .docx)
@pytest.mark.parametrize(("suffix", "code"), [(".doc", "E108"), (".wps", "E108"), (".rtf", "E106"), (".odt", "E106")])
def test_folder_says_a_word_document_was_not_read_instead_of_leaving_it_out(tmp_path: Path, suffix: str, code: str) -> None:
    (tmp_path / "a.txt").write_text("甲。", encoding="utf-8")
    old = tmp_path / f"讲话{suffix}"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    skipped: list[KaodianError] = []
    sources = read_inputs([str(tmp_path)], skipped)
    assert [s.text for s in sources] == ["甲。"]
    assert [(e.code, e.fields["path"]) for e in skipped] == [(code, str(old))]
    assert "另存为” .docx" in str(skipped[0])
    with pytest.raises(KaodianError) as info:  # without a skip list, the folder's unread document is an error
        read_inputs([str(tmp_path)])
    assert info.value.code == code


def test_folder_of_only_broken_word_documents_names_each_not_e107(tmp_path: Path) -> None:
    for name in ("a.doc", "b.wps"):
        (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    skipped: list[KaodianError] = []
    with pytest.raises(FileErrors) as info:
        read_inputs([str(tmp_path)], skipped)
    assert [e.code for e in info.value.errors] == ["E108", "E108"]


def test_a_renamed_compound_file_that_holds_no_word_document_says_to_save_it_as_docx(tmp_path: Path) -> None:
    # a real .doc whose text stream is renamed as Excel names its own: a compound file of another kind
    data = bytearray((Path(__file__).parent / "corpus" / "dangde-jianshe-biji.doc").read_bytes())
    old = "WordDocument".encode("utf-16-le")
    data[data.index(old): data.index(old) + len(old)] = "Workbook\0\0\0\0".encode("utf-16-le")
    f = tmp_path / "讲话.docx"
    f.write_bytes(bytes(data))
    with pytest.raises(KaodianError) as info:
        read_path(f)
    assert str(info.value) == (f"[E112] {f}: 文件名以“.docx”结尾，内容却是一份 Excel、PowerPoint 或旧版 WPS 文件，不是 Word 文档。"
                               "请在 Word 或 WPS 里打开它，“另存为” .docx 后再试（只改扩展名不行）。")


@pytest.mark.parametrize("suffix", [".doc", ".docx", ".txt"])
def test_a_doc_cut_short_is_damaged_whatever_its_name(tmp_path: Path, suffix: str) -> None:
    # a download cut short loses the compound file's directory (at its end): under any name it is a damaged
    # Word file (E108), never "an Excel or PowerPoint file" (a newcomer's 讲话.doc renamed 讲话.docx)
    real = (Path(__file__).parent / "corpus" / "dangde-jianshe-biji.doc").read_bytes()
    f = tmp_path / f"讲话{suffix}"
    f.write_bytes(real[: len(real) // 8])
    with pytest.raises(KaodianError) as info:
        read_path(f)
    assert info.value.code == "E108" and "已损坏" in str(info.value) and "Excel" not in str(info.value)
