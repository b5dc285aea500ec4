"""PDF papers typeset with typst, the CJK font embedded.

The typst source is a fixed template; the paper travels as JSON through
``sys.inputs``, so no user text is ever parsed as typst markup (no escaping to
get wrong: ``#``, ``$``, ``*``, ``[`` in a stem print as themselves).  Every
question is a ``block(breakable: false)``: never split from its options across
a page.  A typst warning (an unknown font family above all: typst would print
boxes) is an error here.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import KaodianError
from ..model import OPTION_LETTERS, QuestionSource
from ..numerals import numeral
from .paper_model import Paper, PaperQuestion, Run, Section, fmt_score, text_width

# An A4 page with 2.4 cm margins holds 44 ems of 10.5 pt type to a line and about
# 36 lines of question text (leading 0.85 em); 30 leaves room for the section heading
# and the estimate's slack.
LINE_EMS = 44
PAGE_LINES = 30

# Body (宋体-like) and heading (黑体-like) families, in order of preference:
# Debian's fonts-noto-cjk, Adobe's Source Han (思源), then Windows and macOS system fonts.
SERIF_FAMILIES = (
    "Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "Noto Serif SC", "SimSun", "NSimSun",
    "Songti SC", "STSong", "FangSong", "AR PL UMing CN", "Noto Sans CJK SC", "Source Han Sans SC",
    "Source Han Sans CN", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei", "Droid Sans Fallback",
)
SANS_FAMILIES = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC", "SimHei",
    "Microsoft YaHei", "PingFang SC", "Heiti SC", "STHeiti",
)
# Characters a usable Chinese font must have (checked in a --font file's cmap).
PROBE = "中国共产党的习近平新时代社会主义"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")

TEMPLATE = r"""
#let data = json(bytes(sys.inputs.data))
#set document(title: data.title, date: none)
#set text(font: data.body_font, size: 10.5pt, lang: "zh", region: "cn")
#set par(leading: 0.85em, spacing: 0.85em, justify: true)
#set page(paper: "a4", margin: (x: 2.4cm, top: 2.2cm, bottom: 2.4cm),
  footer: context {
    set text(size: 9pt)
    grid(columns: (1fr, auto, 1fr),
      align(left, text(size: 7pt, fill: luma(110), data.footer_left)),
      [第#counter(page).display()页 共#counter(page).final().first()页],
      align(right, text(size: 7pt, fill: luma(110), data.footer)))
  })
#let hfont = data.heading_font
// A blank is a row of 1-em underlined boxes: it may run on into the next line, so a
// long blank never leaves a justified line with gaps between its characters.
#let blank(w) = for i in range(w) { box(width: 1em, height: 0.8em, stroke: (bottom: 0.6pt)) }
#let stem(runs) = for r in runs { if type(r) == str { r } else { blank(r.w) } }
#let line-field(label) = [#label#box(width: 9em, height: 0.8em, stroke: (bottom: 0.6pt))]

#align(center, text(font: hfont, size: 16pt, weight: "bold", data.title))
#if data.subtitle != "" { align(center, text(size: 12pt, data.subtitle)) }
#v(0.3em)
#if not data.key {
  align(center, grid(columns: 3, column-gutter: 2em,
    line-field("单位："), line-field("姓名："), line-field("得分：")))
  v(0.4em)
  align(center, table(
    columns: (3.2em,) + (2.8em,) * data.sections.len() + (3.2em,),
    rows: (1.6em, 2em), align: center + horizon, inset: 3pt,
    [题号], ..data.sections.map(s => [#s.numeral]), [总分],
    [得分], ..data.sections.map(s => []), [],
  ))
  align(center, text(size: 9pt, data.instructions))
}
#for note in data.notes { text(size: 9pt, fill: luma(80), note); parbreak() }
#v(0.4em)

#for sec in data.sections {
  block(sticky: true, above: 1.1em, below: 0.7em,
    text(font: hfont, weight: "bold", size: 11pt, sec.heading))
  for q in sec.questions {
    block(breakable: q.long, width: 100%, above: 0.6em, below: 0.9em, {
      if data.key {
        [#q.label#text(font: hfont, weight: "bold")[【答案】]#q.answer]
        if q.explanation != "" { parbreak(); pad(left: 2em, [#text(font: hfont)[【解析】]#q.explanation]) }
        parbreak()
        pad(left: 2em, text(size: 9pt, fill: luma(70), [【出处】#q.source]))
      } else {
        par(hanging-indent: 0em, [#q.label#stem(q.stem)])
        if q.options.len() > 0 {
          // options as inline boxes a column wide: same look as a grid, a third cheaper to lay out
          pad(left: 2em, top: 0.1em, par(justify: false, leading: 0.65em,
            q.options.map(o => box(width: 100% / q.cols - 0.01pt, o)).join()))
        }
        if q.space > 0 { v(q.space * 1.6em) }
      }
    })
  }
}
"""


@dataclass(frozen=True)
class FontChoice:
    """The families typst sets the paper in, and the font files it must load besides the system's."""

    body: str
    heading: str
    paths: tuple[str, ...] = ()


def _cmap_covers(data: bytes, chars: str) -> bool:
    """True when the first font in an sfnt/TTC file maps every char to a glyph (cmap format 4 or 12)."""
    base = 0
    if data[:4] == b"ttcf":
        base = struct.unpack_from(">I", data, 12)[0]
    num_tables = struct.unpack_from(">H", data, base + 4)[0]
    cmap = None
    for i in range(num_tables):
        tag, _, off, _ = struct.unpack_from(">4sIII", data, base + 12 + 16 * i)
        if tag == b"cmap":
            cmap = off
    if cmap is None:
        return False
    n = struct.unpack_from(">H", data, cmap + 2)[0]
    subtables = {}
    for i in range(n):
        pid, eid, off = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        fmt = struct.unpack_from(">H", data, cmap + off)[0]
        subtables.setdefault(fmt, cmap + off)
    codes = [ord(c) for c in chars]
    if 12 in subtables:
        t = subtables[12]
        groups = [struct.unpack_from(">III", data, t + 16 + 12 * i)
                  for i in range(struct.unpack_from(">I", data, t + 12)[0])]
        return all(any(s <= c <= e for s, e, _ in groups) for c in codes)
    if 4 in subtables:
        t = subtables[4]
        seg = struct.unpack_from(">H", data, t + 6)[0] // 2
        ends = struct.unpack_from(f">{seg}H", data, t + 14)
        starts = struct.unpack_from(f">{seg}H", data, t + 16 + 2 * seg)
        deltas = struct.unpack_from(f">{seg}h", data, t + 16 + 4 * seg)
        ro_base = t + 16 + 6 * seg
        ranges = struct.unpack_from(f">{seg}H", data, ro_base)
        for c in codes:
            for k in range(seg):
                if starts[k] <= c <= ends[k]:
                    if ranges[k] == 0:
                        gid = (c + deltas[k]) & 0xFFFF
                    else:
                        gid = struct.unpack_from(">H", data, ro_base + 2 * k + ranges[k] + 2 * (c - starts[k]))[0]
                        gid = (gid + deltas[k]) & 0xFFFF if gid else 0
                    if gid == 0:
                        return False
                    break
            else:
                return False
        return True
    return False


@lru_cache(maxsize=8)
def find_font(font: Path | None = None) -> FontChoice:
    """The CJK font to set papers in: the ``--font`` file, or the best one installed.

    Raises E602 for a ``--font`` file that is missing or has no Chinese glyphs,
    E601 when the system has no Chinese font at all.
    """
    import typst

    if font is not None:
        p = Path(font).expanduser()
        if not p.is_file():
            raise KaodianError("E602", path=p, reason="文件不存在")
        if p.suffix.lower() not in FONT_SUFFIXES:
            raise KaodianError("E602", path=p, reason="不是 .ttf/.otf/.ttc 字体文件")
        try:
            ok = _cmap_covers(p.read_bytes(), PROBE)
        except (OSError, struct.error, IndexError):
            raise KaodianError("E602", path=p, reason="无法读取字体") from None
        if not ok:
            raise KaodianError("E602", path=p, reason="字体里没有中文字形")
        # typst loads fonts from folders: load the file's folder, then keep the file's own families.
        fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                            font_paths=[str(p.parent)]).fonts()
        families = [f.family for f in fonts if f.path and Path(f.path).resolve() == p.resolve()]
        if not families:
            raise KaodianError("E602", path=p, reason="typst 无法加载这个字体")
        # A collection (.ttc) holds JP/KR/TC/SC variants: prefer the simplified-Chinese one.
        family = next((f for f in families if f.endswith((" SC", " CN"))), families[0])
        return FontChoice(body=family, heading=family, paths=(str(p.parent),))
    available = set(_system_fonts().families())
    body = next((f for f in SERIF_FAMILIES if f in available), None)
    if body is None:
        raise KaodianError("E601")
    heading = next((f for f in SANS_FAMILIES if f in available), body)
    return FontChoice(body=body, heading=heading)


def check_font(font: Path | None = None) -> FontChoice:
    """Fail early (before any file is written) when no usable CJK font exists."""
    return find_font(font)


@lru_cache(maxsize=1)
def _system_fonts():
    """The system's fonts and typst's own, scanned once (a tenth of a second with the CJK fonts)."""
    import typst

    return typst.Fonts()


@lru_cache(maxsize=8)
def _compiler(paths: tuple[str, ...]):
    """One typst compiler per font set: it scans the fonts once and caches layouts between papers."""
    import typst

    return typst.Compiler(font_paths=list(paths) if paths else _system_fonts())


def _lines(q: PaperQuestion) -> int:
    """Estimated printed lines of a question (stem, options, writing space) on the A4 text column;
    a question taller than a page must break, or its end would be cut off."""
    stem = sum(r.width if r.blank else text_width(r.text) for r in q.stem) + 2
    rows = -(-len(q.options) // q.option_columns) if q.options else 0
    if q.option_columns == 1:
        rows = sum(1 + int(text_width(o) // LINE_EMS) for o in q.options)
    return 1 + int(stem // LINE_EMS) + rows + q.space


def _key_lines(q: PaperQuestion) -> int:
    """Estimated lines of a key entry: answer, explanation, source."""
    return 3 + int((text_width(q.answer_text) + text_width(q.explanation) + text_width(q.source_text)) // LINE_EMS)


def _question_data(q: PaperQuestion, key: bool) -> dict:
    return {
        "label": f"{q.number}．",
        "stem": [{"w": r.width} if r.blank else r.text for r in q.stem],
        "options": [f"{OPTION_LETTERS[i]}．{o}" for i, o in enumerate(q.options)],
        "cols": q.option_columns,
        "space": q.space,
        # a question taller than a page may break; any other stays whole with its options
        "long": _key_lines(q) > PAGE_LINES if key else _lines(q) > PAGE_LINES,
        "answer": q.answer_text,
        "explanation": q.explanation,
        "source": q.source_text,
    }


def paper_data(paper: Paper, key: bool, fonts: FontChoice) -> dict:
    """The JSON the template lays out."""
    return {
        "title": paper.key_title if key else paper.title,
        "subtitle": "" if key else paper.subtitle,
        "key": key,
        "instructions": paper.instructions,
        "notes": list(paper.notes) if key else [],
        "footer": paper.footer,
        "footer_left": "答案与解析" if key else "",
        "body_font": fonts.body,
        "heading_font": fonts.heading,
        "sections": [
            {
                "numeral": numeral(s.index),
                "heading": s.heading,
                "total": fmt_score(s.total),
                "questions": [_question_data(q, key) for q in s.questions],
            }
            for s in paper.sections
        ],
    }


def warm_up_paper() -> Paper:
    """A one-question paper and its key in the paper's fonts (body and bold heading): typeset once, it
    leaves the compiler warm (fonts scanned, CJK faces parsed) for the real papers (``pdf_worker``)."""
    q = PaperQuestion(number=1, kind="cloze", stem=(Run("坚持党的全面领导，"), Run("团结奋斗", blank=True, width=4), Run("。")),
                      options=(), option_columns=4, answer=("团结奋斗",), answer_text="团结奋斗", explanation="原文",
                      source=QuestionSource("预热", "预热", None, "坚持党的全面领导，团结奋斗。", 0, 14), score=2,
                      space=0, id="q-warm")
    return Paper(title="理论学习测试卷", subtitle="预热", version="A", seed=0,
                 sections=(Section(index=1, kind="cloze", questions=(q,), unit_score=2, total=2),))


def render_pdf(paper: Paper, *, key: bool = False, font: Path | None = None) -> bytes:
    """The paper (or its key) as PDF bytes; same paper → same bytes.

    Raises E601/E602 (fonts) and E608 when typst fails or warns.
    """
    import typst

    fonts = find_font(font)
    data = json.dumps(paper_data(paper, key, fonts), ensure_ascii=False)
    try:
        pdf, warnings = _compiler(fonts.paths).compile_with_warnings(
            TEMPLATE.encode("utf-8"), format="pdf", sys_inputs={"data": data}, timestamp=0)
    except typst.TypstError as e:
        raise KaodianError("E608", reason=getattr(e, "message", str(e))) from None
    if warnings:
        # typst only warns about a missing font and prints boxes: refuse that.
        raise KaodianError("E608", reason="；".join(w.message for w in warnings))
    return pdf
