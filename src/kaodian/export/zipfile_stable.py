"""Zip archives whose bytes depend on their contents only: the .apkg deck and the .docx/.xlsx papers.

Every entry gets one fixed date and mode, so the same deck or paper gives the
same bytes on every run and every machine.
"""

from __future__ import annotations

import io
import zipfile
from typing import Iterable

FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold
FIXED_MODE = 0o644 << 16  # rw-r--r--, whoever's umask wrote it


def stable_zip(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """A deflated zip of ``(name, data)`` entries, in the order given, with a fixed date and mode."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = FIXED_MODE
            dst.writestr(info, data)
    return buf.getvalue()


def restamped(data: bytes) -> bytes:
    """A zip (a .docx, .xlsx a library wrote) rewritten by ``stable_zip``: same entries, fixed dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    return stable_zip((info.filename, src.read(info.filename)) for info in src.infolist())
