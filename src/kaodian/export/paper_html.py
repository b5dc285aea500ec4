"""HTML papers: one self-contained file (no external CSS, fonts or scripts) with print CSS.

Every piece of bank text goes through ``html.escape``.  In print, each question
is ``break-inside: avoid`` (never split from its options) and the page margin
boxes carry 第N页 共M页 and the version and seed.
"""

from __future__ import annotations

from html import escape

from ..model import OPTION_LETTERS
from ..numerals import numeral
from .paper_model import Paper, PaperQuestion

CSS = """
@page { size: A4; margin: 22mm 24mm 24mm;
  @bottom-center { content: "第" counter(page) "页 共" counter(pages) "页"; font-size: 9pt; }
  @bottom-right { content: FOOTER; font-size: 7pt; color: #707070; } }
html { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体", "Songti SC", serif;
  font-size: 10.5pt; line-height: 1.7; color: #000; background: #fff; }
body { max-width: 170mm; margin: 2em auto; padding: 0 1em; }
h1, h2, .heading { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "黑体", "Heiti SC", sans-serif; }
h1 { font-size: 16pt; text-align: center; margin: 0; }
.subtitle { text-align: center; font-size: 12pt; margin: .2em 0; }
.info { display: flex; justify-content: center; gap: 2em; margin: .6em 0; }
.field { display: inline-block; width: 9em; border-bottom: .6pt solid #000; }
table.score { border-collapse: collapse; margin: .4em auto; }
table.score td { border: .6pt solid #000; min-width: 2.8em; height: 1.8em; text-align: center; padding: 0 .3em; }
.instructions, .note { text-align: center; font-size: 9pt; }
h2 { font-size: 11pt; margin: 1.1em 0 .5em; break-after: avoid; page-break-after: avoid; }
.q { margin: .4em 0 .8em; break-inside: avoid; page-break-inside: avoid; }
.blank { display: inline-block; border-bottom: .6pt solid #000; height: 1em; vertical-align: -.15em; }
.opts { display: grid; gap: .3em 1em; margin: .3em 0 0 2em; }
.cols-4 { grid-template-columns: repeat(4, 1fr); }
.cols-3 { grid-template-columns: repeat(3, 1fr); }
.cols-2 { grid-template-columns: repeat(2, 1fr); }
.cols-1 { grid-template-columns: 1fr; }
.space { display: block; }
.key .ans b, .key .label { font-family: "Noto Sans CJK SC", "SimHei", sans-serif; }
.key .expl, .key .src { margin-left: 2em; }
.key .src { font-size: 9pt; color: #464646; }
footer { text-align: right; font-size: 7pt; color: #707070; margin-top: 2em; }
@media print { body { margin: 0; max-width: none; padding: 0; } footer { display: none; } }
"""


def _stem(q: PaperQuestion) -> str:
    out = []
    for r in q.stem:
        if r.blank:
            out.append(f'<span class="blank" style="width:{r.width}em" title="填空"></span>')
        else:
            out.append(escape(r.text))
    return "".join(out)


def _question(q: PaperQuestion, key: bool) -> str:
    label = f'<span class="label">{q.number}．</span>'
    if key:
        parts = [f'<div class="q"><div class="ans">{label}<b>【答案】</b>{escape(q.answer_text)}</div>']
        if q.explanation:
            parts.append(f'<div class="expl"><b>【解析】</b>{escape(q.explanation)}</div>')
        parts.append(f'<div class="src">【出处】{escape(q.source_text)}</div></div>')
        return "".join(parts)
    html = [f'<div class="q"><div class="stem">{label}{_stem(q)}</div>']
    if q.options:
        opts = "".join(f"<div>{OPTION_LETTERS[i]}．{escape(o)}</div>" for i, o in enumerate(q.options))
        html.append(f'<div class="opts cols-{q.option_columns}">{opts}</div>')
    if q.space:
        html.append(f'<div class="space" style="height:{q.space * 1.6}em"></div>')
    html.append("</div>")
    return "".join(html)


def render_html(paper: Paper, *, key: bool = False) -> bytes:
    """The paper (or its key) as one self-contained UTF-8 HTML file; same paper → same bytes."""
    title = paper.key_title if key else paper.title
    footer = ("答案与解析 · " if key else "") + paper.footer
    # A CSS string: version and seed are letters and digits, the rest is ours; escape anyway.
    css_footer = '"' + "".join(c if c.isalnum() or c in " ·卷种子答案与解析" else f"\\{ord(c):x} " for c in footer) + '"'
    css = CSS.replace("FOOTER", css_footer)
    body = [f"<h1>{escape(title)}</h1>"]
    if key:
        body += [f'<p class="note">{escape(n)}</p>' for n in paper.notes]
    else:
        body.append(f'<p class="subtitle">{escape(paper.subtitle)}</p>')
        body.append('<div class="info">' + "".join(
            f'<span>{label}<span class="field"></span></span>' for label in ("单位：", "姓名：", "得分：")) + "</div>")
        heads = ["题号"] + [numeral(s.index) for s in paper.sections] + ["总分"]
        body.append('<table class="score"><tr>' + "".join(f"<td>{h}</td>" for h in heads) + "</tr><tr><td>得分</td>"
                    + "<td></td>" * (len(heads) - 1) + "</tr></table>")
        body.append(f'<p class="instructions">{escape(paper.instructions)}</p>')
    for sec in paper.sections:
        body.append(f'<section><h2>{escape(sec.heading)}</h2>')
        body += [_question(q, key) for q in sec.questions]
        body.append("</section>")
    body.append(f"<footer>{escape(footer)}</footer>")
    doc = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n"
        f'</head>\n<body class="{"key" if key else "paper"}">\n' + "\n".join(body) + "\n</body>\n</html>\n"
    )
    return doc.encode("utf-8")
