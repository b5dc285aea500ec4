"""E-books and their chapter files: an .epub built here from XHTML strings reads chapter by chapter in
spine order, notes chapters and the table of contents left out; an .xhtml chapter reads as a web page;
a broken or copy-protected book is a coded error, never a traceback."""

from __future__ import annotations

import io
import zipfile

import pytest

from kaodian.errors import KaodianError
from kaodian.ingest import SUFFIXES, read_path
from kaodian.normalize import normalize

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""


def chapter(title: str, paragraphs: list[str], body_type: str = "") -> str:
    typed = f' epub:type="{body_type}"' if body_type else ""
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<?xml version='1.0' encoding='utf-8'?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
            f"xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>{title}</title></head>"
            f"<body{typed}><h1>{title}</h1>{ps}</body></html>")


PARA = "我们要坚持从实际出发，把理论学习同工作实践紧密结合起来，不断提高解决实际问题的本领和水平。"
FIRST = chapter("论学习的方法", [PARA, "学习要有计划，要有重点，要持之以恒，要学以致用，学用相长。"])
SECOND = chapter("论工作的作风", ["作风建设永远在路上，必须常抓不懈、久久为功，以优良作风凝聚人心。", PARA])
NOTES = chapter("注释", ["〔1〕见《某书》第一章，这里说的是一个出处。", "〔2〕见《另一本书》，这里也是一个出处。"], "endnotes")
NAV = chapter("目录", ["论学习的方法目录条目，这一行是目录里的文字，不是正文。"])


def build_epub(files: dict[str, str], spine: list[tuple[str, str]], encryption: str | None = None,
               title: str | None = None) -> bytes:
    """An .epub: mimetype first (stored), the container, the package with its metadata (a ``dc:title`` when
    ``title`` is given), a manifest and a spine of (id, itemref attributes), and the files under OEBPS/."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr("META-INF/container.xml", CONTAINER)
        if encryption is not None:
            z.writestr("META-INF/encryption.xml", encryption)
        nav = ' properties="nav"'
        items = "".join(
            f'<item id="{name.split(".")[0]}" href="{name}" media-type="application/xhtml+xml"'
            f'{nav if name.startswith("nav") else ""}/>' for name in files)
        refs = "".join(f'<itemref idref="{idref}"{attrs}/>' for idref, attrs in spine)
        metadata = ('<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                    f"<dc:title>{title}</dc:title><dc:language>zh</dc:language></metadata>") if title else "<metadata/>"
        z.writestr("OEBPS/content.opf",
                   f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
                   f"{metadata}<manifest>{items}</manifest><spine>{refs}</spine></package>")
        for name, text in files.items():
            z.writestr(f"OEBPS/{name}", text)
    return buf.getvalue()


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_epub_reads_its_chapters_in_spine_order_without_notes_and_contents(tmp_path):
    files = {"nav.xhtml": NAV, "b.xhtml": SECOND, "a.xhtml": FIRST, "notes.xhtml": NOTES}
    # the spine, not the manifest or the zip, gives the order; the notes chapter is marked by its epub:type
    spine = [("nav", ""), ("a", ""), ("b", ""), ("notes", "")]
    text = read_path(write(tmp_path, "书.epub", build_epub(files, spine))).text
    assert text.index("论学习的方法") < text.index("论工作的作风")
    assert "学以致用" in text and "久久为功" in text
    assert "某书" not in text and "目录条目" not in text


def test_epub_leaves_out_what_the_spine_marks_non_linear(tmp_path):
    files = {"a.xhtml": FIRST, "b.xhtml": SECOND}
    text = read_path(write(tmp_path, "书.epub", build_epub(files, [("a", ""), ("b", ' linear="no"')]))).text
    assert "学以致用" in text and "久久为功" not in text


def test_each_chapter_keeps_its_title_line(tmp_path):
    files = {"a.xhtml": FIRST, "b.xhtml": SECOND}
    lines = read_path(write(tmp_path, "书.epub", build_epub(files, [("a", ""), ("b", "")]))).text.split("\n")
    assert [x for x in lines if "的" in x and len(x) < 10] == ["# 论学习的方法", "# 论工作的作风"]


@pytest.mark.parametrize("data, says", [
    (b"PK\x03\x04" + b"\x00" * 200, "不是有效的 EPUB"),  # a zip's signature, then nothing
    (build_epub({}, []), "不是有效的 EPUB"),  # a package with no chapter
])
def test_broken_epub_is_e108(tmp_path, data, says):
    with pytest.raises(KaodianError) as e:
        read_path(write(tmp_path, "坏.epub", data))
    assert e.value.code == "E108" and says in str(e.value)


def test_copy_protected_epub_is_e108_and_font_obfuscation_is_not(tmp_path):
    def encryption(algorithm: str) -> str:
        return ('<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                f'<enc:EncryptionMethod Algorithm="{algorithm}"/></enc:EncryptedData></encryption>')

    files = {"a.xhtml": FIRST}
    drm = build_epub(files, [("a", "")], encryption("http://www.w3.org/2001/04/xmlenc#aes128-cbc"))
    with pytest.raises(KaodianError) as e:
        read_path(write(tmp_path, "锁.epub", drm))
    assert e.value.code == "E108" and "DRM" in str(e.value)
    fonts = build_epub(files, [("a", "")], encryption("http://www.idpf.org/2008/embedding"))
    assert "学以致用" in read_path(write(tmp_path, "字体.epub", fonts)).text


def test_an_encrypted_chapter_with_no_method_named_is_e108(tmp_path):
    # XML Encryption lets the method be left out; the chapter is locked all the same (no font obfuscation)
    locked = ('<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
              'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
              '<enc:CipherReference URI="OEBPS/a.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>')
    with pytest.raises(KaodianError) as e:
        read_path(write(tmp_path, "锁.epub", build_epub({"a.xhtml": FIRST}, [("a", "")], locked)))
    assert e.value.code == "E108" and "DRM" in str(e.value)


def test_a_numbered_chapter_title_is_read_once(tmp_path):
    # the page's headline is the body's first line, spaced (第一章 论…): not set above it a second time
    page = chapter("第一章 论学习的方法", [PARA])
    lines = read_path(write(tmp_path, "第一章.xhtml", page.encode())).text.split("\n")
    assert sum("论学习的方法" in x for x in lines) == 1


@pytest.mark.parametrize("suffix", [".xhtml", ".xht"])
def test_a_chapter_file_reads_as_a_web_page(tmp_path, suffix):
    assert suffix in SUFFIXES and ".epub" in SUFFIXES
    text = read_path(write(tmp_path, f"第一章{suffix}", FIRST.encode())).text
    assert "学以致用" in text and "<p>" not in text


def _chapter_with_notes(title_note: str) -> str:
    return (
        "<html><head><title>论调查研究</title></head><body><div>"
        '<h3>论调查研究<a href="#n0" id="c0">*</a></h3><p>（二〇一〇年五月一日）</p>'
        f"<p>一、{PARA}</p><p>二、学习要有计划，要有重点，要持之以恒，要学以致用，学用相长。</p>"
        "<p>注释</p>"
        f'<p><a href="#c0" id="n0">*</a>{title_note}</p>'
        '<p><a href="#c1" id="n1">〔1〕</a>见《某书》第一章。原文是：“学而时习之。”</p>'
        "</div></body></html>")


def test_a_title_note_called_by_a_star_stands_under_the_title_and_signs_the_text(tmp_path):
    # an e-book's note on its title (标题<a>*</a> … <a>*</a>这是…): the collected works' 题注, not the body's end
    path = write(tmp_path, "章.xhtml", _chapter_with_notes("这是张明在全县干部大会上的讲话。").encode())
    lines = read_path(path).text.split("\n")
    assert lines[:3] == ["# 论调查研究", "（二〇一〇年五月一日）", "> 这是张明在全县干部大会上的讲话。"]
    doc = normalize(read_path(path))
    article = doc.articles[0]
    body = doc.text[article.start:article.end]
    assert article.title == "论调查研究" and article.author == "张明"
    assert body.rstrip().endswith("学用相长。") and "干部大会" not in body and "某书" not in body


def test_a_star_note_not_on_the_title_keeps_its_mark_as_a_note(tmp_path):
    page = _chapter_with_notes("这是一个注。").replace('<h3>论调查研究<a href="#n0" id="c0">*</a></h3>',
                                                    '<h3>论调查研究</h3><p>引子<a href="#n0" id="c0">*</a></p>')
    text = read_path(write(tmp_path, "章.xhtml", page.encode())).text
    assert "＊这是一个注。" in text.split("\n")


def page(window: str, body: str) -> str:
    """A chapter file: its window's title and its body's markup as given (no heading added)."""
    return (f"<?xml version='1.0' encoding='utf-8'?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
            f"<title>{window}</title></head><body>{body}</body></html>")


def _outline(path) -> list[tuple[str | None, list[str]]]:
    return [(a.title, [h.marker + h.text for h in a.headings]) for a in normalize(read_path(path)).articles]


OTHER = "作风建设永远在路上，必须常抓不懈、久久为功，以优良作风凝聚人心，推动各项工作落地见效。"


@pytest.mark.parametrize("tag", ["p", "h2"])
def test_a_chapter_file_headed_by_its_chapter_is_that_chapter_and_its_sections_are_its_parts(tmp_path, tag):
    """第三章 over 第一节/第二节 in a chapter file whose window is titled 第三章: the chapter is the text's title,
    its sections the level-one headings (a plain <p> or a heading element alike)."""
    body = (f"<h1>第三章　调查研究</h1><{tag}>第一节　摸清情况</{tag}><p>{PARA}</p><p>{OTHER}</p>"
            f"<{tag}>第二节　解决问题</{tag}><p>{OTHER}</p><p>{PARA}</p>")
    path = write(tmp_path, "part0007.xhtml", page("第三章　调查研究", body).encode())
    assert _outline(path) == [("第三章\u3000调查研究", ["第一节摸清情况", "第二节解决问题"])]


def test_a_chapter_line_that_is_not_the_windows_title_stays_a_part_heading(tmp_path):
    body = (f"<h1>学习手册</h1><p>第一章　摸清情况</p><p>{PARA}</p><p>第一节　情况</p><p>{OTHER}</p>"
            f"<p>第二章　解决问题</p><p>{OTHER}</p><p>{PARA}</p>")
    path = write(tmp_path, "part0001.xhtml", page("另一本书", body).encode())
    (article,) = normalize(read_path(path)).articles
    assert [h.marker for h in article.headings][:1] == ["第一章"]


def test_a_book_whose_chapters_set_no_title_of_their_own_is_headed_by_its_package_title(tmp_path):
    first = page("", f"<h2>第一章　摸清情况</h2><p>{PARA}</p><p>{OTHER}</p>")
    second = page("", f"<h2>第二章　解决问题</h2><p>{OTHER}</p><p>{PARA}</p>")
    data = build_epub({"a.xhtml": first, "b.xhtml": second}, [("a", ""), ("b", "")], title="基层工作  手册")
    assert _outline(write(tmp_path, "书.epub", data)) == [("基层工作 手册", ["第一章摸清情况", "第二章解决问题"])]
    untitled = build_epub({"a.xhtml": first, "b.xhtml": second}, [("a", ""), ("b", "")])
    assert _outline(write(tmp_path, "无题.epub", untitled))[0][0] is None


def test_a_book_whose_first_chapter_has_its_title_keeps_it_not_the_package_title(tmp_path):
    data = build_epub({"a.xhtml": FIRST, "b.xhtml": SECOND}, [("a", ""), ("b", "")], title="文集")
    text = read_path(write(tmp_path, "文集.epub", data)).text
    assert text.startswith("# 论学习的方法") and "文集" not in text
