"""Decoding bytes that claim to be text: the one place that decides a file's encoding.

``decode_text`` is used by ``ingest`` for text files, standard input and web pages without a usable
charset, and by the few callers that read a corpus text themselves.  The order of the tries:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. a binary signature (PDF, zip, compound file, images, archives, RTF) -> E103;
3. NUL bytes -> UTF-16 without a BOM when one byte order is plausible Chinese, else E103;
4. strict UTF-8 (a copy cut inside its last character is kept);
5. the ``declared`` charset (a web page's own) when it decodes strictly;
6. strict GB18030 when the result is plausible Chinese (``_plausible_chinese``); anything else -> E104.

A text full of control characters is a binary that happened to decode: E103.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from .errors import KaodianError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of binary formats that are sometimes renamed to .txt; most also
# hold NUL bytes, but the check is cheap and gives the right message at once.
_MAGIC = (
    b"%PDF-",
    b"PK\x03\x04",  # zip: .docx .xlsx .epub
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE: old .doc .xls .wps
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"\x7fELF",
    b"\x1f\x8b",  # gzip
    b"Rar!",
    b"7z\xbc\xaf",
    b"{\\rtf",
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# A decoded GB18030 text is accepted only when at least this share of its
# non-ASCII characters are common: GB2312 hanzi, CJK and full-width
# punctuation. Real Chinese prose scores above 0.99 (GB2312 covers 99.99% of
# running text); Big5 or Shift-JIS bytes read as GB18030 fall to kana, Greek,
# box drawing, private-use and rare GBK hanzi and score 0.0–0.2 (measured).
_PLAUSIBLE_SHARE = 0.9


def decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode bytes that should be text, deciding the encoding.

    Order: a BOM; a binary signature -> E103; NUL bytes -> UTF-16 without BOM
    when the text is plausible Chinese in one byte order, else E103; strict UTF-8 (real
    GBK prose practically never passes it, so it goes first even when a page
    says otherwise); the ``declared`` encoding (a web page's charset) when it
    decodes strictly; strict GB18030 (a superset of GBK and GB2312) when the
    result is plausible Chinese. Anything else -> E104; a text full of control
    characters -> E103. Returns the text without BOM; line ends as given.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _plain_text(data[len(bom):].decode(encoding), name)
            except UnicodeDecodeError:
                raise KaodianError("E104", path=name) from None
    if data.startswith(_MAGIC):
        raise KaodianError("E103", path=name)
    if b"\x00" in data:
        return _utf16_without_bom(data, name)
    try:
        return _plain_text(data.decode("utf-8"), name)
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            # a copy cut inside its last character (head -c, a truncated download): the rest is UTF-8
            return _plain_text(data[: e.start].decode("utf-8", errors="replace"), name)
    if declared and declared != "utf-8":
        try:
            return _plain_text(data.decode(declared), name)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong or unknown charset label: detect instead
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise KaodianError("E104", path=name) from None
    if not _plausible_chinese(text):
        raise KaodianError("E104", path=name)
    return _plain_text(text, name)


def _utf16_without_bom(data: bytes, name: str) -> str:
    """UTF-16 text written without a BOM (``iconv -t UTF-16LE``, some exporters); else E103.

    NUL bytes in a text are the high bytes of ASCII characters (or the low
    byte of hanzi such as 一 U+4E00), so a file with NULs is tried as UTF-16 LE
    and BE. A byte order counts when its text is plausible Chinese (or plain
    ASCII); of two, the one with more ASCII wins ("00" is "0" in one order and
    an ideographic space in the other). A binary file decodes, if at all, to
    rare characters and fails the check.
    """
    best: tuple[int, str] | None = None
    if len(data) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible_chinese(text) and not _CONTROL.search(text):
                ascii_count = len(text.encode("ascii", "ignore"))
                if best is None or ascii_count > best[0]:
                    best = (ascii_count, text)
    if best is None:
        raise KaodianError("E103", path=name)
    return best[1]


# More than one control character per 1,000 is not a text a person wrote
# (a stray form feed or DOS end-of-file mark in a long file is tolerated).
_MAX_CONTROLS_PER_1000 = 1


def _plain_text(text: str, name: str) -> str:
    """The text itself; E103 when it is full of control characters (a binary that happens to decode)."""
    sample = text[:1_000_000]
    if _CONTROL.search(sample) and len(_CONTROL.findall(sample)) * 1000 > _MAX_CONTROLS_PER_1000 * len(sample):
        raise KaodianError("E103", path=name)
    return text


@lru_cache(maxsize=1)
def _common_pattern() -> re.Pattern[str]:
    """A regex matching one non-ASCII character that is *not* common in Chinese prose."""
    hanzi = bytes(b for lead in range(0xB0, 0xF8) for trail in range(0xA1, 0xFF) for b in (lead, trail))
    chars = set(hanzi.decode("gb2312", errors="ignore"))
    # Symbols of GB2312 row 1 (、。·ˉ《》「」【】 …), row 3 (full-width ASCII).
    symbols = bytes(b for lead in (0xA1, 0xA3) for trail in range(0xA1, 0xFF) for b in (lead, trail))
    chars |= set(symbols.decode("gb2312", errors="ignore"))
    ranges = "\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u205e\u00a0-\u00ff\ufeff"
    body = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"[^\x00-\x7f{ranges}{body}]")


def _plausible_chinese(text: str) -> bool:
    """Whether a GB18030-decoded text looks like Chinese prose (see ``_PLAUSIBLE_SHARE``)."""
    sample = text[:200_000]  # the share is settled long before that; keeps huge inputs cheap
    ascii_count = len(sample.encode("ascii", errors="ignore"))
    other = len(sample) - ascii_count
    if other == 0:
        return True
    rare = len(_common_pattern().findall(sample))
    return (other - rare) >= _PLAUSIBLE_SHARE * other
