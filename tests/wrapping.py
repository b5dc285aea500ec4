"""Typeset clean text as a PDF extractor gives it back, for robustness tests."""

from __future__ import annotations

import random
import re


def wrap(paras: list[str], col: int, seed: int) -> str:
    """Body paragraphs in a fixed column: first lines indented (two characters
    shorter), blank lines dropped in at random places (column and page breaks)."""
    rng = random.Random(seed)
    lines: list[str] = []
    for p in paras:
        width = col - 2
        while p:
            n = _fit(p, width)
            lines.append(p[:n])
            p = p[n:]
            width = col
        if rng.random() < 0.5:
            lines.append("")
    for _ in range(len(lines) // 6):
        lines.insert(rng.randrange(1, len(lines)), "")
    return "\n".join(lines)


def _fit(p: str, width: int) -> int:
    """How many characters of ``p`` fill a line ``width`` full-width characters wide:
    digits and Latin letters are half as wide, as a PDF sets them."""
    used = 0.0
    for n, c in enumerate(p):
        used += 0.5 if ord(c) < 0x100 else 1.0
        if used > width:
            return n
    return len(p)


def _hard(p: str, width: int) -> str:
    return "\n".join(p[i : i + width] for i in range(0, len(p), width))


def typeset_page(text: str, col: int = 26, seed: int = 0) -> str:
    """A one-paragraph-per-line article as a PDF page: the title block in large
    type (16 a line), 一、 headings in bold (col - 2 a line), the body wrapped."""
    out = []
    body = False
    for k, p in enumerate(x.strip() for x in text.splitlines() if x.strip()):
        # a sentence that a remark in brackets closes (…意见。（掌声）) is body, not a title line
        if not body and len(p) < 60 and not re.sub(r"[（(][^（）()]*[)）]$", "", p).endswith(("。", "：")):
            out.append(_hard(p, 16) + "\n\n")
        elif re.match("^[一二三四五六七八九十]、", p) and not p.endswith("。"):
            body = True
            out.append(_hard(p, col - 2) + "\n\n")
        else:
            body = True
            out.append(wrap([p], col, seed + k) + "\n")
    return "".join(out)
