"""Old binary Word documents (Word 97–2003 ``.doc``, and WPS files saved in that format): bytes -> text.

The layout read is the one of [MS-DOC] (Microsoft's open specification of the Word binary format):

1. The file is an OLE compound file (a small FAT file system); ``olefile`` opens it.
2. Its ``WordDocument`` stream starts with the FIB (File Information Block): the magic ``wIdent``, the
   version ``nFib``, the flags (``fEncrypted``, ``fWhichTblStm``), the main-text length ``ccpText``, and
   the place of the ``Clx`` in the table stream (``fcClx``/``lcbClx``).
3. The table stream (``0Table`` or ``1Table``, as ``fWhichTblStm`` says) holds the ``Clx``: some ``Prc``
   records (formatting, skipped), then the piece table ``PlcPcd``: character positions and, for each
   piece, where its text lies in ``WordDocument`` and whether it is 8-bit (``fCompressed``: cp1252 per
   the spec) or UTF-16LE (all Chinese text is).
4. The main document is the first ``ccpText`` characters (footnotes, headers, comments follow it).
5. Word's control characters become text (``_control_to_text``): paragraph marks and cell ends are line
   ends, fields keep their shown result only, object anchors are dropped.

Only the main text is read: no formatting, no automatic list numbers (they live in the list tables,
not in the text). Every problem is a ``MsDocError`` with a Chinese reason; ``ingest`` turns it into a
coded error.
"""

from __future__ import annotations

import io
import re
import struct

# wIdent of a Word 97+ FIB (MS-DOC 2.5.2).
_WIDENT = 0xA5EC
# nFib: Word 6.0 and 95 write 101–104 (0x65–0x68) and lay out their FIB without the parts read here; Word 97
# and every later version write 193 (0x00C1) in FibBase (MS-DOC 2.5.2), other writers a number near it.  So
# anything up to Word 95's numbers is refused as too old, anything after is read with the Word 97 layout
# and checked as it is read.
_NFIB_LAST_WORD95 = 0x0068
_F_ENCRYPTED = 0x0100  # FibBase flags bit fEncrypted (also set for XOR obfuscation)
_F_WHICH_TBL_STM = 0x0200  # FibBase flags bit fWhichTblStm: 1Table, else 0Table
# fcClx is the 34th (fc, lcb) pair of FibRgFcLcb97 (MS-DOC 2.5.6).
_CLX_PAIR = 33
_CCP_TEXT = 3  # ccpText is the 4th 32-bit value of FibRgLw97

# Control characters of the text stream (MS-DOC 2.8.25 and 2.4.3).
_FIELD_BEGIN, _FIELD_SEP, _FIELD_END = "\x13", "\x14", "\x15"
_LINE_ENDS = str.maketrans({
    "\r": "\n",  # paragraph mark
    "\x07": "\n",  # table cell end / row end: one cell per line, as the .docx reader gives them
    "\x0b": "\n",  # manual line break
    "\x0c": "\n",  # page or section break
    "\x0e": "\n",  # column break
    "\x1e": "-",  # non-breaking hyphen
    "\x1f": None,  # optional hyphen: shown only at a line end
    "\x01": None,  # picture anchor
    "\x08": None,  # drawn object anchor
    "\x02": None,  # automatic footnote reference number
    "\x05": None,  # comment anchor
})
_OTHER_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


class MsDocError(Exception):
    """A ``.doc`` that cannot be read; ``reason`` is the Chinese explanation for the user, ``not_word``
    says the container holds no Word document at all (an Excel or PowerPoint file, an old WPS file)."""

    def __init__(self, reason: str, *, not_word: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.not_word = not_word


_DAMAGED = "不是有效的 Word 文件（文件已损坏或没有下载完整）。请用 Word 或 WPS 打开后“另存为” .docx 再试"
_PASSWORD = "文档设了打开密码（已加密）。请在 Word 或 WPS 里去掉密码，“另存为” .docx 后再试"


def doc_text(data: bytes) -> str:
    """The main text of a Word 97–2003 binary document, paragraphs on their own lines.

    Raises ``MsDocError``: not a compound file or damaged, no ``WordDocument`` stream (an Excel or
    PowerPoint file, an old WPS file: ``not_word``), a Word 6/95 file, a password.
    """
    try:
        word, table, fib = _streams(data)
        return _control_to_text(_main_text(word, table, fib))
    except MsDocError:
        raise
    except Exception:  # noqa: BLE001 — a damaged container or stream fails anywhere inside olefile or the parsing
        raise MsDocError(_DAMAGED) from None


def _streams(data: bytes) -> tuple[bytes, bytes, _Fib]:
    """The WordDocument stream, the table stream and the FIB read from the first."""
    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        if ole.exists("EncryptedPackage"):  # a .docx with a password is kept in this container
            raise MsDocError(_PASSWORD)
        if not ole.exists("WordDocument"):
            raise MsDocError("这不是 Word 文档（可能是 Excel、PowerPoint 或旧版 WPS 文件）。"
                             "请在 Word 或 WPS 里打开它，“另存为” .docx 后再试", not_word=True)
        word = ole.openstream("WordDocument").read()
        fib = _fib(word)
        if not ole.exists(fib.table_stream):
            raise MsDocError(_DAMAGED)
        return word, ole.openstream(fib.table_stream).read(), fib


class _Fib:
    __slots__ = ("table_stream", "fc_clx", "lcb_clx", "ccp_text")

    def __init__(self, table_stream: str, fc_clx: int, lcb_clx: int, ccp_text: int) -> None:
        self.table_stream, self.fc_clx, self.lcb_clx, self.ccp_text = table_stream, fc_clx, lcb_clx, ccp_text


def _fib(word: bytes) -> _Fib:
    """The fields of the FIB this reader needs; MsDocError for a file it must not read."""
    if len(word) < 34:
        raise MsDocError(_DAMAGED)
    ident, nfib = struct.unpack_from("<HH", word, 0)
    (flags,) = struct.unpack_from("<H", word, 0x0A)
    if ident != _WIDENT:
        raise MsDocError(_DAMAGED)
    if flags & _F_ENCRYPTED:
        raise MsDocError(_PASSWORD)
    if nfib <= _NFIB_LAST_WORD95:
        raise MsDocError("这是 Word 6.0/95 或更早版本的文档，kaodian 读不了。请在 Word 或 WPS 里打开它，“另存为” .docx 后再试")
    try:
        pos = 32  # FibBase is 32 bytes
        (csw,) = struct.unpack_from("<H", word, pos)
        pos += 2 + 2 * csw  # FibRgW97
        (cslw,) = struct.unpack_from("<H", word, pos)
        lw = pos + 2
        (ccp_text,) = struct.unpack_from("<i", word, lw + 4 * _CCP_TEXT)
        pos = lw + 4 * cslw
        (cb_rg_fc_lcb,) = struct.unpack_from("<H", word, pos)
        if cb_rg_fc_lcb <= _CLX_PAIR:
            raise MsDocError(_DAMAGED)
        fc_clx, lcb_clx = struct.unpack_from("<II", word, pos + 2 + 8 * _CLX_PAIR)
    except struct.error:
        raise MsDocError(_DAMAGED) from None
    table = "1Table" if flags & _F_WHICH_TBL_STM else "0Table"
    return _Fib(table, fc_clx, lcb_clx, ccp_text)


def _main_text(word: bytes, table: bytes, fib: _Fib) -> str:
    """The first ``ccpText`` characters, gathered piece by piece through the piece table."""
    clx = table[fib.fc_clx: fib.fc_clx + fib.lcb_clx]
    if fib.lcb_clx == 0 or len(clx) != fib.lcb_clx:
        raise MsDocError(_DAMAGED)
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: clxt, cbGrpprl, grpprl (formatting)
        if pos + 3 > len(clx):
            raise MsDocError(_DAMAGED)
        (cb,) = struct.unpack_from("<h", clx, pos + 1)
        pos += 3 + max(cb, 0)
    if pos + 5 > len(clx) or clx[pos] != 0x02:  # Pcdt: clxt, lcb, PlcPcd
        raise MsDocError(_DAMAGED)
    (lcb,) = struct.unpack_from("<I", clx, pos + 1)
    plc = clx[pos + 5: pos + 5 + lcb]
    # A PlcPcd of n pieces holds n + 1 character positions (4 bytes) and n piece descriptors (8 bytes).
    n, rest = divmod(len(plc) - 4, 12)
    if n <= 0 or rest or len(plc) != lcb:
        raise MsDocError(_DAMAGED)
    cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
    out: list[str] = []
    remaining = fib.ccp_text
    for i in range(n):
        if remaining <= 0:
            break
        count = min(cps[i + 1] - cps[i], remaining)
        if count <= 0:
            continue
        (fc,) = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)
        if fc & 0x40000000:  # fCompressed: one byte a character, cp1252, at fc / 2
            start = (fc & 0x3FFFFFFF) // 2
            chunk = word[start: start + count]
            text = chunk.decode("cp1252", errors="replace")
        else:
            start = fc & 0x3FFFFFFF
            chunk = word[start: start + 2 * count]
            text = chunk.decode("utf-16-le", errors="replace")
        if len(text) < count:  # the piece runs off the stream
            raise MsDocError(_DAMAGED)
        out.append(text)
        remaining -= count
    return "".join(out)


def _control_to_text(raw: str) -> str:
    """Word's control characters as plain text: fields keep their shown result, line ends are ``\\n``."""
    return _OTHER_CONTROL.sub("", _strip_fields(raw).translate(_LINE_ENDS))


def _strip_fields(raw: str) -> str:
    """Fields ``\\x13 code \\x14 result \\x15`` (nested too) reduced to their result; a field without
    a result (``\\x13 code \\x15``: an index entry, a table-of-contents mark) leaves nothing."""
    if _FIELD_BEGIN not in raw:
        return raw
    out: list[str] = []
    # One entry per open field: True while its code is being read (dropped), False in its result.
    stack: list[bool] = []
    for ch in raw:
        if ch == _FIELD_BEGIN:
            stack.append(True)
        elif ch == _FIELD_SEP and stack:
            stack[-1] = False
        elif ch == _FIELD_END and stack:
            stack.pop()
        elif not any(stack):
            out.append(ch)
    return "".join(out)
