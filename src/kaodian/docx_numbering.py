"""Word's automatic numbering, written out: the 一、 of a heading or the 1. of a list item that Word
shows on the page but keeps out of the paragraph's text (numbering.xml, a paragraph's or its
style's ``w:numPr``).  Without it a circulated plan or notice loses every heading number and list
marker, and its structure with them.

Counters run per list instance (``w:num``), a level's counter restarting when a level above it
moves on, as Word counts them.  Bullets and unknown formats give no marker.
"""

from __future__ import annotations

import re

from .numerals import numeral

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_PLACEHOLDER = re.compile(r"%([1-9])")


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


# numFmt values -> how a counter is written (Word's names; the Chinese ones as a Chinese Word writes them)
_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalHalfWidth": str,
    "chineseCounting": numeral,
    "chineseCountingThousand": numeral,
    "chineseLegalSimplified": numeral,
    "ideographDigital": numeral,
    "japaneseCounting": numeral,
    "ideographTraditional": lambda n: _TRADITIONAL[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if 0 < n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if 0 < n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


class Numbering:
    """The list markers of one document's paragraphs, in document order (``marker``)."""

    def __init__(self, document) -> None:  # noqa: ANN001 — a docx.Document, imported lazily
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (numFmt, lvlText, start)
        self.styles: dict[str, tuple[str | None, int | None, str | None]] = {}  # styleId -> (numId, ilvl, basedOn)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except Exception:  # noqa: BLE001 — a package without numbering definitions: no markers
            return
        abstract = {a.get(_W + "abstractNumId"): _levels(a) for a in numbering.iterchildren(_W + "abstractNum")}
        for num in numbering.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            levels = dict(abstract.get(ref.get(_W + "val") if ref is not None else None, {}))
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl, start = int(override.get(_W + "ilvl", "0")), override.find(_W + "startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl] = (*levels[ilvl][:2], int(start.get(_W + "val", "1")))
            self.levels[num.get(_W + "numId")] = levels
        for style in document.styles.element.iterchildren(_W + "style"):
            num_id, ilvl = _num_pr(style.find(_W + "pPr"))
            based = style.find(_W + "basedOn")
            self.styles[style.get(_W + "styleId")] = (num_id, ilvl, based.get(_W + "val") if based is not None else None)

    def marker(self, p) -> str:  # noqa: ANN001 — a w:p element
        """The marker Word shows before paragraph ``p`` ('' for none), counting it."""
        if not self.levels:
            return ""
        ppr = p.find(_W + "pPr")
        num_id, ilvl = _num_pr(ppr)
        style = ppr.find(_W + "pStyle") if ppr is not None else None
        style_id = style.get(_W + "val") if style is not None else None
        for _ in range(5):  # the style's numbering, or its base style's (a direct numId 0 switches it off)
            if num_id is not None or style_id is None:
                break
            s_num, s_ilvl, style_id = self.styles.get(style_id, (None, None, None))
            num_id, ilvl = s_num, ilvl if ilvl is not None else s_ilvl
        levels = self.levels.get(num_id or "0")
        ilvl = ilvl or 0
        if not levels or ilvl not in levels:
            return ""
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a level's counter restarts under the next item above it
        fmt, text, _ = levels[ilvl]
        if fmt not in _FORMATS:
            return ""  # (a bullet, or none)

        def written(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            f = levels.get(k, (fmt,))[0]
            n = counts.get(k, levels.get(k, ("", "", 1))[2])
            return _FORMATS.get(f, str)(n)

        return _PLACEHOLDER.sub(written, text)


def _levels(abstract) -> dict[int, tuple[str, str, int]]:  # noqa: ANN001 — a w:abstractNum element
    out = {}
    for lvl in abstract.iterchildren(_W + "lvl"):
        fmt, text, start = (lvl.find(_W + tag) for tag in ("numFmt", "lvlText", "start"))
        out[int(lvl.get(_W + "ilvl", "0"))] = (
            fmt.get(_W + "val") if fmt is not None else "decimal",
            text.get(_W + "val", "") if text is not None else "",
            int(start.get(_W + "val", "1")) if start is not None else 1,
        )
    return out


def _num_pr(ppr) -> tuple[str | None, int | None]:  # noqa: ANN001 — a w:pPr element or None
    """The numId and ilvl a paragraph's (or a style's) properties give, None where they give none."""
    pr = ppr.find(_W + "numPr") if ppr is not None else None
    if pr is None:
        return None, None
    num, lvl = pr.find(_W + "numId"), pr.find(_W + "ilvl")
    return (num.get(_W + "val") if num is not None else None,
            int(lvl.get(_W + "val", "0")) if lvl is not None else None)
