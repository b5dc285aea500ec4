"""The chapters of an e-book (.epub): a zip whose ``META-INF/container.xml`` names the package (OPF) file,
whose spine lists the chapters (XHTML) in reading order.

``chapters`` returns each chapter's markup in spine order; ``ingest`` reads each with the web-page reader
(``htmlbody``), and heads a book whose first chapter has no title of its own with the package's ``dc:title``
(``book_title``).  ``opens_chapter`` tells a chapter file's own heading (第一章 over its 第一节 …) for
``htmlbody``.  Left out: what the spine marks as outside the reading order (``linear="no"``: a cover, a notes
file the chapters link to), the navigation document (``properties="nav"``: the table of contents), and a
chapter the book itself marks as notes (``epub:type`` endnotes/footnotes/rearnotes on its body or its one
section).  Only the standard library: the container is a zip of XML files.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from io import BytesIO
from urllib.parse import unquote
from xml.etree import ElementTree

from .reading import load_reading

__all__ = ["EpubError", "book_title", "chapters", "opens_chapter"]

_CONTAINER = "META-INF/container.xml"
# A book whose chapters the seller encrypted (DRM; font obfuscation alone leaves the text readable).
_ENCRYPTION = "META-INF/encryption.xml"
_FONT_OBFUSCATION = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
# The media types a chapter is kept in (XHTML, and HTML in older books).
_CHAPTER_TYPES = ("application/xhtml+xml", "text/html")
# A chapter whose body (or its first section) the book marks so holds notes, not text.
_NOTES_TYPES = re.compile(r"\b(?:endnotes|footnotes|rearnotes|footnote|endnote|rearnote)\b")
_BODY_OPEN = re.compile(rb"<body\b[^>]*>", re.I)
_FIRST_TAG = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:section|div)\b[^>]*>", re.I | re.S)
_TYPE = re.compile(rb"epub:type\s*=\s*[\"']([^\"']*)[\"']", re.I)


class EpubError(Exception):
    """An .epub that cannot be read: ``reason`` says why, in words for the user (Chinese)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_BROKEN = "不是有效的 EPUB 电子书（文件已损坏、没有下载完整，或只是改了扩展名）。请重新下载或导出后再试"


def chapters(data: bytes) -> list[bytes]:
    """The markup of each chapter of the book, in reading (spine) order.

    Raises ``EpubError`` when the bytes are no readable e-book (not a zip, no container or package file,
    no chapter) or when its chapters are encrypted (DRM)."""
    try:
        book = zipfile.ZipFile(BytesIO(data))
        names = set(book.namelist())
        if _CONTAINER not in names:
            raise EpubError(_BROKEN)
        if _ENCRYPTION in names and _drm(book.read(_ENCRYPTION)):
            raise EpubError("电子书有版权保护（DRM 加密），读不出文字。请用能导出文字的阅读软件另存为 .txt 或 .html 后再试")
        opf = _package_path(book.read(_CONTAINER))
        if opf not in names:
            raise EpubError(_BROKEN)
        paths = _spine(book.read(opf), posixpath.dirname(opf))
        out = []
        for path in paths:
            if path not in names:
                continue  # (a spine entry the packager forgot to include: the rest of the book still reads)
            markup = book.read(path)
            if not _is_notes(markup):
                out.append(markup)
    except EpubError:
        raise
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, OSError, EOFError,
            NotImplementedError, RuntimeError):  # a corrupt zip or XML fails anywhere in zipfile/ElementTree
        raise EpubError(_BROKEN) from None
    if not out:
        raise EpubError(_BROKEN)
    return out


def book_title(data: bytes) -> str | None:
    """The book's title as its package names it (the first ``dc:title`` of the OPF metadata), white space
    folded; None when it names none or the book cannot be read (``chapters`` reports that)."""
    try:
        book = zipfile.ZipFile(BytesIO(data))
        root = ElementTree.fromstring(book.read(_package_path(book.read(_CONTAINER))))
    except (EpubError, zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, OSError, EOFError,
            NotImplementedError, RuntimeError):
        return None
    for node in root.iter():
        if _local(node.tag) == "metadata":
            found = next((t for t in node.iter() if _local(t.tag) == "title" and (t.text or "").strip()), None)
            return " ".join(found.text.split()) if found is not None and found.text else None
    return None


def opens_chapter(lines: list[str], page_title: str) -> bool:
    """Whether the first of a page's ``lines`` is a book chapter's own heading: its window's title whole, a
    chapter's rank (第一章, reading.yaml ``books.chapter``), with a section's heading (第一节, ``books.section``)
    among the lines under it: the file is that chapter, the line its title and the sections its parts."""
    rd = load_reading()
    first = lines[0].strip() if lines else ""
    # (compared without white space: the window's title is read with its spaces taken out)
    return bool(first) and "".join(first.split()) == "".join(page_title.split()) and bool(rd.chapter.match(first)) \
        and any(rd.section.match(x.strip()) for x in lines[1:])


def _drm(encryption: bytes) -> bool:
    """Whether ``encryption.xml`` encrypts more than the fonts (font obfuscation is no DRM)."""
    root = ElementTree.fromstring(encryption)
    # each encrypted file's method; XML Encryption lets a packager leave the method out (agreed beforehand
    # with the reading system), and an unnamed method is no font obfuscation: the file is locked
    methods = [next((m.get("Algorithm", "") for m in data.iter() if _local(m.tag) == "EncryptionMethod"), "")
               for data in root.iter() if _local(data.tag) == "EncryptedData"]
    return any(m not in _FONT_OBFUSCATION for m in methods)


def _package_path(container: bytes) -> str:
    """The path of the package (OPF) file that ``container.xml`` names first."""
    root = ElementTree.fromstring(container)
    for node in root.iter():
        if _local(node.tag) == "rootfile" and node.get("full-path"):
            return node.get("full-path", "")
    raise EpubError(_BROKEN)


def _spine(opf: bytes, base: str) -> list[str]:
    """The zip paths of the spine's chapters in order, without non-linear items and the navigation document."""
    root = ElementTree.fromstring(opf)
    manifest = {}
    for item in root.iter():
        if _local(item.tag) == "item" and item.get("id") and item.get("href"):
            manifest[item.get("id")] = item
    paths = []
    for ref in root.iter():
        if _local(ref.tag) != "itemref" or ref.get("linear", "yes") == "no":
            continue
        item = manifest.get(ref.get("idref", ""))
        if item is None or item.get("media-type") not in _CHAPTER_TYPES or "nav" in item.get("properties", "").split():
            continue
        href = unquote(item.get("href", "").split("#", 1)[0])
        paths.append(posixpath.normpath(posixpath.join(base, href)))
    return paths


def _is_notes(markup: bytes) -> bool:
    """Whether the chapter's body, or the first section it opens with, is marked as notes (``epub:type``)."""
    body = _BODY_OPEN.search(markup)
    if body is None:
        return False
    opening = [body.group()]
    if first := _FIRST_TAG.match(markup, body.end()):
        opening.append(first.group())  # (the section the body opens with; a note inside a chapter is an aside)
    types = [m.group(1).decode("ascii", "ignore") for tag in opening if (m := _TYPE.search(tag))]
    return any(_NOTES_TYPES.search(t) for t in types)


def _local(tag: str) -> str:
    """An XML tag without its namespace."""
    return tag.rsplit("}", 1)[-1]
