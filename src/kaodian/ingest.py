"""Reading inputs: path -> ``Source`` (decoded text, one paragraph per line where known).

The stages of reading:

1. ``read_inputs`` expands the arguments: no argument -> the bundled sample,
   ``-`` -> standard input, a folder -> its supported files (sorted, hidden
   files and folders skipped), a file -> itself.
2. ``read_path`` checks the file (exists, supported suffix, size limit) and
   dispatches on the suffix: text, saved web page, Word (.docx, and old .doc/.wps: ``msdoc``), PDF; a text file whose
   body is a page's raw HTML under a front matter (a blog generator's mirror of
   a news page) is read as that page (``htmlbody.embedded``).
3. ``decode_text`` (module ``encoding``) is the one place that decides the encoding of bytes that
   claim to be text (files, standard input, web pages without a usable charset); ``ingest`` re-exports it.

Every problem is a ``KaodianError`` (E101–E110) naming the file and the fix.
The parsers of the binary formats (selectolax, python-docx, olefile, pypdf) are imported
only when such a file is read, so plain-text runs and ``kaodian --help`` pay nothing.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from .encoding import decode_text
from .errors import FileErrors, KaodianError
from .model import Source

# 32 MB: the longest real study texts (a party-congress report, a year of a
# weekly column) are well under 1 MB, so 32 MB is ample headroom; a larger file
# is almost surely not a study text, and refusing it early keeps the pipeline
# inside its memory bar (< 500 MB on a 5 MB input). Checked with stat() before
# reading, so a huge file fails at once.
MAX_BYTES = 32 * 1024 * 1024

SAMPLE_NAME = "sample.txt"

TEXT_SUFFIXES = (".txt", ".md")
# An e-book's chapter file (.xhtml, .xht) is a web page in XML spelling: read as one.
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".xht")
# Old binary Word documents; WPS saves its .wps files in the same layout (``msdoc``).
OLD_WORD_SUFFIXES = (".doc", ".wps")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".docx",) + OLD_WORD_SUFFIXES + (".pdf", ".epub")
# Documents kaodian does not read but the teacher can save as .docx in Word or WPS (read_path: E106).
WORD_LIKE_SUFFIXES = (".rtf", ".odt")


# ---------------------------------------------------------------- expanding arguments


def read_inputs(paths: list[str], skipped: list[KaodianError] | None = None) -> list[Source]:
    """Read every input: files, folders, ``-`` (standard input); the bundled sample when none.

    Returns one ``Source`` per file, in argument order (a folder's files sorted).
    Raises ``KaodianError`` (E101–E110) on the first input that cannot be read.  With a ``skipped``
    list, a folder's file that cannot be read is appended there instead (one bad file of a folder
    does not cost the others; a file named on its own still raises), and ``FileErrors`` is raised
    when nothing at all could be read.
    """
    if not paths:
        return [read_sample()]
    sources: list[Source] = []
    for arg in paths:
        if arg == "-":
            sources.append(read_stdin())
        elif os.path.isdir(arg):
            sources.extend(_read_folder(arg, skipped))
        else:
            sources.append(read_path(arg))
    if skipped and not sources:
        raise FileErrors(skipped, none_read=True)
    return sources


def _read_folder(folder: str, skipped: list[KaodianError] | None) -> list[Source]:
    out = []
    for p in folder_files(folder):
        try:
            out.append(read_path(p))
        except KaodianError as e:
            if skipped is None:
                raise
            skipped.append(e)
    return out


def folder_files(folder: str | Path) -> list[str]:
    """The material files in a folder and its subfolders, sorted; hidden entries skipped.

    Material: the supported files, and documents kaodian reads once they are saved as .docx
    (RTF, OpenDocument): the teacher meant those as material too, so they
    are listed for reading to fail on (E106, saying how to save them) instead of being left
    out without a word.  Skipped: names starting with ``.`` (hidden) or ``~$`` (Word's lock
    files), other suffixes (``*.gold.yaml`` annotations, images, question banks …).
    Raises E107 when no material file is left.
    """
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith((".", "~$")):
                continue
            if os.path.splitext(name)[1].lower() in SUFFIXES + WORD_LIKE_SUFFIXES:
                found.append(os.path.join(root, name))
    if not found:
        raise KaodianError("E107", path=folder)
    return found


def read_sample() -> Source:
    """The bundled sample article (the corpus's tianjin page), read from the installed package."""
    from importlib.resources import files

    data = files("kaodian").joinpath("data").joinpath(SAMPLE_NAME).read_bytes()
    return Source(name=SAMPLE_NAME, text=_check_text(decode_text(data, SAMPLE_NAME), SAMPLE_NAME), kind="txt")


def read_stdin() -> Source:
    """Standard input, as bytes, decoded like a text file (name ``-``), or read as the PDF, Word document or
    web page its bytes open as."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise KaodianError("E105", path="-", size=f"> {_mb(MAX_BYTES)}", limit=_mb(MAX_BYTES))
    if (suffix := _sniffed(data)) is not None:
        return _READERS[suffix](data, "-")  # a page or a document piped in reads as its file would
    return _text_source(_check_text(decode_text(data, "-"), "-"), "-")


def _sniffed(data: bytes) -> str | None:
    """The file kind piped bytes are, by their opening (a PDF, a zip: .docx, a compound file: .doc, an HTML
    page), or None: text."""
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(b"PK\x03\x04"):
        # an e-book's first member is its uncompressed ``mimetype`` (EPUB OCF); any other zip is taken for a .docx
        return ".epub" if _EPUB_MIMETYPE in data[:_ZIP_HEAD] else ".docx"
    if data.startswith(_OLE_MAGIC):
        return ".doc"
    head = data[:2048].lstrip().lower()
    return ".html" if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head else None


_EPUB_MIMETYPE = b"application/epub+zip"
_ZIP_HEAD = 128  # the first local header (30 bytes) with the name "mimetype" and the media type after it

# What to do with a file kaodian cannot read whose content it could: save it in a form it reads.
_SAVE_AS = {suffix: "。请在 Word 或 WPS 里“另存为” .docx 后再试" for suffix in WORD_LIKE_SUFFIXES}
_SAVE_AS[".json"] = "。题库文件（.json）请给 quiz、web-quiz、paper、anki 或 lint 命令，一次只给题库"


def read_path(path: str | Path) -> Source:
    """Read one file into a ``Source``; the reader is chosen by the suffix.

    Raises E101 (missing), E106 (unsupported suffix), E105 (too large) before
    reading, then the reader's own errors (E102–E104, E108–E110).
    """
    name = str(path)
    suffix = os.path.splitext(name)[1].lower()
    try:
        st = os.stat(name)
    except FileNotFoundError:
        raise KaodianError("E101", path=name) from None
    except OSError as e:
        raise KaodianError("E108", path=name, reason=e.strerror or str(e)) from None
    if os.path.isdir(name):
        raise KaodianError("E108", path=name, reason="这是文件夹，不是文件。请把文件夹直接作为参数给出")
    reader = _READERS.get(suffix)
    if reader is None:
        raise KaodianError("E106", path=name, suffix=suffix or "（无扩展名）", hint=_SAVE_AS.get(suffix, ""))
    if st.st_size > MAX_BYTES:
        raise KaodianError("E105", path=name, size=_mb(st.st_size), limit=_mb(MAX_BYTES))
    try:
        with open(name, "rb") as f:
            data = f.read(MAX_BYTES + 1)  # a file that grew since stat() is still capped
    except OSError as e:
        raise KaodianError("E108", path=name, reason=e.strerror or str(e)) from None
    if len(data) > MAX_BYTES:
        raise KaodianError("E105", path=name, size=f"> {_mb(MAX_BYTES)}", limit=_mb(MAX_BYTES))
    if not data.strip():
        raise KaodianError("E102", path=name)
    if (renamed := _check_not_renamed(data, name, suffix)) is not None:
        return renamed
    return reader(data, name)


# Documents a teacher renames in the hope kaodian reads them (an Excel file saved as 讲话.docx or 讲话.txt):
# (signature, what the file really is, the suffixes that are right for it, how to go on).  An old Word
# document under another suffix is read all the same (``_check_not_renamed``); the compound-file row
# words E112 for the others kept in that container (Excel, PowerPoint, old WPS), which the .doc reader finds.
_SAVE_AS_DOCX = "请在 Word 或 WPS 里打开它，“另存为” .docx 后再试（只改扩展名不行）。"
_RENAMED = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "一份 Excel、PowerPoint 或旧版 WPS 文件，不是 Word 文档", OLD_WORD_SUFFIXES,
     _SAVE_AS_DOCX),
    (b"{\\rtf", "一份 RTF 文档", (), _SAVE_AS_DOCX),
    (b"%PDF-", "一份 PDF 文件", (".pdf",), "请把扩展名改回 .pdf 再试。"),
)


# A .docx saved with a password is kept in the old container too, its parts in a stream of this name: it is
# no renamed .doc, and saving it as .docx again helps only once the password is off.
_OLE_MAGIC = _RENAMED[0][0]
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def _check_not_renamed(data: bytes, name: str, suffix: str) -> Source | None:
    """E112 when the bytes are a document of another kind than the suffix says (see ``_RENAMED``);
    E108 when they are a Word document locked with a password.  An old Word document under any
    suffix (讲话.doc renamed 讲话.docx or 讲话.txt) is read as the .doc it is: returns its ``Source``;
    a damaged one is E108 as it is under .doc."""
    if data.startswith(_OLE_MAGIC) and _ENCRYPTED_PACKAGE in data:
        raise KaodianError("E108", path=name, reason="文档设了打开密码（已加密）。请在 Word 或 WPS 里去掉密码，另存为 .docx 后再试")
    if data.startswith(_OLE_MAGIC) and suffix not in OLD_WORD_SUFFIXES:
        # the .doc reader tells a Word document (read) from another Office file (E112) and from a damaged
        # container whose directory is lost (E108, as under .doc: a download cut short is no Excel file)
        return _read_old_word(data, name)
    for magic, what, right, fix in _RENAMED:
        if data.startswith(magic) and suffix not in right:
            raise KaodianError("E112", path=name, what=what, suffix=suffix, fix=fix)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}"


def _check_text(text: str, name: str) -> str:
    """Line ends unified to ``\\n``; E102 when nothing but white space is left."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise KaodianError("E102", path=name)
    return text


# ---------------------------------------------------------------- readers


def _read_text(data: bytes, name: str) -> Source:
    return _text_source(_check_text(decode_text(data, name), name), name)


def _text_source(text: str, name: str) -> Source:
    """A text file's Source; one whose body is a page's raw HTML under a front matter (a blog generator's
    post) is read as the page it holds, the front matter kept above it."""
    from . import htmlbody  # (its parser is imported only when the text holds markup)
    from .slides import deck

    if (talk := deck(text)) is not None:  # a Markdown slide deck: its slides' words and its speaker notes
        return Source(name=name, text=_check_text(talk, name), kind="slides")
    if (split := htmlbody.embedded(text)) is None:
        return Source(name=name, text=text, kind="txt")
    head, markup = split  # a blog post's front matter stays for the normalizer: it names the title
    return Source(name=name, text=_check_text(f"{head}\n{htmlbody.extract(markup)}", name), kind="html")


_READERS: dict[str, Callable[[bytes, str], Source]] = {}


def _read_html(data: bytes, name: str) -> Source:
    from . import htmlbody

    text = htmlbody.extract(decode_text(data, name, declared=htmlbody.declared_charset(data)))
    if not text.strip():
        raise KaodianError("E110", path=name)
    return Source(name=name, text=_check_text(text, name), kind="html")


def _read_docx(data: bytes, name: str) -> Source:
    import io

    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_lines(document))
    except Exception as e:  # noqa: BLE001 — a corrupt package fails anywhere inside python-docx/lxml/zipfile
        raise KaodianError("E108", path=name, reason="不是有效的 Word 文件（文件已损坏、没有下载完整，或只是改了扩展名）。"
                           "请用 Word 或 WPS 打开后重新另存为 .docx") from None
    return Source(name=name, text=_check_text("\n".join(lines), name), kind="docx")


def _docx_lines(document) -> Iterator[str]:  # noqa: ANN001 — docx.Document, imported lazily
    """Body paragraphs and table cells in document order, one paragraph per line; a paragraph that Word
    numbers automatically opens with the marker Word shows (一、, 1.: ``docx_numbering``)."""
    from docx.table import Table

    from .docx_numbering import Numbering

    numbering = Numbering(document)
    paragraph_text = _docx_paragraph_text()

    def text_of(p: object) -> str:
        text = paragraph_text(p)
        marker = numbering.marker(p) if text.strip() else ""
        return marker + text.lstrip() if marker else text

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            seen = set()  # holds the lxml elements themselves: their identity is stable while referenced
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell repeats in every row/column it spans
                        continue
                    seen.add(cell._tc)
                    for p in cell._tc.iterchildren(_W + "p"):
                        if (text := text_of(p)).strip():
                            yield text
        elif (text := text_of(block._p)).strip():
            yield text


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@lru_cache(maxsize=1)
def _docx_paragraph_text() -> Callable[[object], str]:
    """A function giving a ``w:p`` element's text, as python-docx's ``Paragraph.text`` does, 7× faster.

    It reads the run content (text, tabs, line breaks, non-breaking hyphens) of
    the paragraph and its hyperlinks, insertions and fields, and skips text
    boxes (Word stores them twice: the drawing and a fallback) and tab-stop
    definitions in the paragraph properties.
    """
    from lxml import etree

    pieces = etree.XPath(
        ".//w:r[not(ancestor::w:txbxContent)]/*[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen]",
        namespaces={"w": _W[1:-1]},
    )
    t, tab, br = _W + "t", _W + "tab", _W + "br"

    def text_of(p: object) -> str:
        out = []
        for e in pieces(p):
            tag = e.tag
            if tag == t:
                out.append(e.text or "")
            elif tag == tab:
                out.append("\t")
            elif tag == br:
                if e.get(_W + "type") in (None, "textWrapping"):
                    out.append("\n")
            elif tag == _W + "cr":
                out.append("\n")
            else:
                out.append("-")
        return "".join(out)

    return text_of


def _read_old_word(data: bytes, name: str) -> Source:
    """A .doc or .wps file: the Word 97–2003 binary layout is read by ``msdoc``; what many files named
    .doc really are is read by its own reader (a .docx, a web page Word saved as .doc); RTF says E112."""
    if data.startswith(_OLE_MAGIC):
        from .msdoc import MsDocError, doc_text

        try:
            text = doc_text(data)
        except MsDocError as e:
            suffix = os.path.splitext(name)[1].lower()
            if e.not_word and suffix == ".wps":  # WPS 2000 and older, and Microsoft Works, keep their own format there
                raise KaodianError("E108", path=name, reason="这是旧版 WPS（WPS 2000 或更早）或 Microsoft Works 格式的文件，"
                                   "kaodian 读不了。请在 WPS 或 Word 里打开它，“另存为” .docx 后再试") from None
            if e.not_word and suffix:  # (piped in, there is no name to have been wrong: E108 with the reason)
                raise KaodianError("E112", path=name, what=_RENAMED[0][1], suffix=suffix, fix=_SAVE_AS_DOCX) from None
            raise KaodianError("E108", path=name, reason=e.reason) from None
        return Source(name=name, text=_check_text(text, name), kind="doc")
    if data.startswith(b"PK\x03\x04"):
        return _read_docx(data, name)  # a .docx saved under the old name
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return _read_html(data, name)  # Word's "save as web page" kept the .doc name
    raise KaodianError("E108", path=name, reason="不是有效的 Word 文件（文件已损坏、没有下载完整，或只是改了扩展名）。"
                       "请用 Word 或 WPS 打开后“另存为” .docx 再试")


def _read_epub(data: bytes, name: str) -> Source:
    """An e-book: each chapter of its spine read as a web page (``htmlbody``), in reading order, one after
    the other; a corrupt or copy-protected book is E108 with the reason (``epub``)."""
    from . import htmlbody
    from .epub import EpubError, book_title, chapters

    try:
        markups = chapters(data)
    except EpubError as e:
        raise KaodianError("E108", path=name, reason=e.reason) from None
    texts = [htmlbody.extract(decode_text(m, name, declared=htmlbody.declared_charset(m) or "utf-8")) for m in markups]
    text = "\n".join(t for t in texts if t.strip())
    if not text.strip():
        raise KaodianError("E110", path=name)
    # a book whose first chapter sets no title of its own (a report's text alone, chapters headed 第一章 …) is
    # headed by the title its package names, as the page's headline heads a web page's body
    if not text.lstrip().startswith("# ") and (title := book_title(data)):
        text = f"# {title}\n{text}"
    return Source(name=name, text=_check_text(text, name), kind="html")


def _read_pdf(data: bytes, name: str) -> Source:
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every harmless quirk
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs carry only an owner password
            except Exception:  # noqa: BLE001 — missing crypto backend or unknown scheme
                opened = 0
            if not opened:
                raise KaodianError("E108", path=name, reason="PDF 已加密。请先去掉密码（另存为不加密的 PDF）")
        pages = [page.extract_text() or "" for page in reader.pages]
    except KaodianError:
        raise
    except Exception as e:  # noqa: BLE001 — a corrupt PDF fails anywhere inside pypdf
        raise KaodianError("E108", path=name, reason="不是有效的 PDF 文件（文件已损坏、没有下载完整，或只是改了扩展名）。"
                           "请用 PDF 阅读器打开确认，或重新下载、导出后再试") from None
    text = "\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise KaodianError("E109", path=name)
    return Source(name=name, text=_check_text(text, name), kind="pdf")


_READERS.update(
    {s: _read_text for s in TEXT_SUFFIXES}
    | {s: _read_html for s in HTML_SUFFIXES}
    | {s: _read_old_word for s in OLD_WORD_SUFFIXES}
    | {".docx": _read_docx, ".pdf": _read_pdf, ".epub": _read_epub}
)
