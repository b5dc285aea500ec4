"""Import files for exam platforms: Excel sheet, plain-text convention, Moodle GIFT, CSV.

All take the unshuffled paper (``build_papers(..., shuffle=False)``): the
selected questions in bank order with their scores; platforms shuffle
themselves.

Answers, in the Excel/CSV sheet and in the text file alike: one letter for
单选, letters for 多选 (ABD), 正确/错误 for 判断, the letters in order for 排序,
the blanks joined by ``|`` with ``;`` between alternatives of one blank for
填空, the expected items joined by ``；`` for 简答.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile

from ..errors import KaodianError
from ..kinds import PLATFORM_NAMES
from ..model import OPTION_LETTERS
from .paper_model import Paper, PaperQuestion, fmt_score
from .zipfile_stable import restamped

COLUMNS = ("题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "答案", "解析", "分值", "难度")
MAX_OPTIONS = 6


def _difficulty(d: float) -> str:
    """The 简单/一般/困难 scale of the platforms' templates; thirds of the 0…1 difficulty."""
    return "简单" if d < 0.34 else "一般" if d < 0.67 else "困难"


def _stem(q: PaperQuestion, blank: str = "______") -> str:
    return "".join(blank if r.blank else r.text for r in q.stem)


def _answer(q: PaperQuestion) -> str:
    if q.kind == "cloze":
        alts = q.accepted
        cells = []
        for i, a in enumerate(q.answer):
            options = [a] + [x for x in (alts[i] if i < len(alts) else ()) if x != a]
            cells.append(";".join(options))
        return "|".join(cells)
    if q.kind == "recall":
        return "；".join(q.answer)
    return q.answer_text


def _rows(paper: Paper) -> list[list[str]]:
    rows = []
    for q in paper.questions:
        if len(q.options) > MAX_OPTIONS:
            raise KaodianError("E304", reason=f"第{q.number}题有{len(q.options)}个选项，导入表最多{MAX_OPTIONS}个。")
        opts = list(q.options) + [""] * (MAX_OPTIONS - len(q.options))
        rows.append([PLATFORM_NAMES[q.kind], _stem(q), *opts, _answer(q), q.explanation,
                     fmt_score(q.score), _difficulty(q.difficulty)])
    return rows


def render_xlsx(paper: Paper) -> bytes:
    """The Excel question-bank sheet (题型, 题干, 选项A…选项F, 答案, 解析, 分值, 难度)."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.writer.excel import ExcelWriter

    wb = Workbook()
    ws = wb.active
    ws.title = "题库"
    ws.append(list(COLUMNS))
    for row in _rows(paper):
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = {"A": 8, "B": 60, "I": 14, "J": 50, "K": 6, "L": 6}
    for col in "CDEFGH":
        widths[col] = 18
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    fixed = dt.datetime(2000, 1, 1)
    wb.properties.created = wb.properties.modified = fixed
    wb.properties.creator = wb.properties.lastModifiedBy = "kaodian"
    buf = io.BytesIO()
    # ExcelWriter directly: Workbook.save would stamp the current time into docProps/core.xml.
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return restamped(buf.getvalue())


def render_csv(paper: Paper) -> bytes:
    """The same sheet as CSV, UTF-8 with BOM so Excel opens it without garbling."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    w.writerows(_rows(paper))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _one_line(s: str) -> str:
    return re.sub(r"\s*\n\s*", " ", s).strip()


def render_txt(paper: Paper) -> bytes:
    """The plain-text import convention of Chinese quiz platforms.

    ::

        1. 关于提高政治能力，文章要求……和（　　）。
        A. 政治鉴别力
        B. 政治号召力
        答案：C
        解析：……

    Blanks of 填空题 print as ``______``; a question ends with a blank line.
    """
    blocks = []
    for q in paper.questions:
        lines = [f"{q.number}. {_one_line(_stem(q))}"]
        lines += [f"{OPTION_LETTERS[i]}. {_one_line(o)}" for i, o in enumerate(q.options)]
        lines.append(f"答案：{_one_line(_answer(q))}")
        if q.explanation:
            lines.append(f"解析：{_one_line(q.explanation)}")
        blocks.append("\n".join(lines))
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")


def gift_escape(s: str) -> str:
    """Escape GIFT's special characters ~ = # { } : and backslash; newlines become \\n."""
    return GIFT_SPECIAL.sub(r"\\\1", _one_line(s))


def _gift_feedback(q: PaperQuestion) -> str:
    return f"####{gift_escape(q.explanation)}" if q.explanation else ""


def _gift_question(q: PaperQuestion) -> list[str]:
    name = f"::{q.number:03d} {gift_escape(q.id)}::"
    fb = _gift_feedback(q)
    stem = gift_escape(_stem(q))
    if q.kind == "single":
        answers = " ".join(("=" if OPTION_LETTERS[i] in q.answer else "~") + gift_escape(o) for i, o in enumerate(q.options))
        return [f"{name}{stem} {{{answers} {fb}}}"]
    if q.kind == "multiple":
        right = [i for i in range(len(q.options)) if OPTION_LETTERS[i] in q.answer]
        wrong = len(q.options) - len(right)
        plus = f"{100 / max(1, len(right)):.5f}".rstrip("0").rstrip(".")
        minus = f"{100 / max(1, wrong):.5f}".rstrip("0").rstrip(".")
        answers = " ".join(f"~%{plus if i in right else '-' + minus}%{gift_escape(o)}" for i, o in enumerate(q.options))
        return [f"{name}{stem} {{{answers} {fb}}}"]
    if q.kind == "truefalse":
        return [f"{name}{stem} {{{'T' if q.answer_text == '正确' else 'F'}{fb}}}"]
    if q.kind == "ordering":
        # A matching question: each option goes to its place in the right order.
        pairs = " ".join(f"={gift_escape(q.options[OPTION_LETTERS.index(a)])} -> 第{k}项"
                         for k, a in enumerate(q.answer, 1) if a in OPTION_LETTERS[:len(q.options)])
        return [f"{name}{stem} {{{pairs} {fb}}}"]
    if q.kind == "cloze":
        # GIFT has one answer set per question: a question per blank, the other blanks filled in.
        alts = q.accepted
        blanks = [r for r in q.stem if r.blank]
        out = []
        for k in range(len(blanks)):
            text, seen = [], 0
            for r in q.stem:
                if not r.blank:
                    text.append(gift_escape(r.text))
                    continue
                if seen == k:
                    options = [q.answer[k]] + [x for x in (alts[k] if k < len(alts) else ()) if x != q.answer[k]]
                    text.append(" {" + " ".join("=" + gift_escape(a) for a in options) + f" {fb}}} ")
                else:
                    text.append(gift_escape(q.answer[seen]))
                seen += 1
            suffix = f"-{k + 1}" if len(blanks) > 1 else ""
            out.append(f"::{q.number:03d}{suffix} {gift_escape(q.id)}::" + "".join(text))
        if not blanks:  # a stem that never marked its blanks: ask for the answer after it
            answers = " ".join("=" + gift_escape(a) for a in q.answer[:1])
            out.append(f"{name}{stem} {{{answers} {fb}}}")
        return out
    # recall: an essay question, the expected items as general feedback
    items = "；".join(q.answer)
    return [f"{name}{stem} {{####{gift_escape(items)}}}"]


def render_gift(paper: Paper) -> bytes:
    """Moodle GIFT: one question per paragraph, special characters escaped."""
    lines = [f"// {gift_escape(paper.title)}", "$CATEGORY: kaodian", ""]
    for q in paper.questions:
        for text in _gift_question(q):
            lines += [text, ""]
    return "\n".join(lines).encode("utf-8")


def render_import(paper: Paper, fmt: str) -> bytes:
    """The import file of one format: xlsx, txt, gift or csv."""
    return {"xlsx": render_xlsx, "txt": render_txt, "gift": render_gift, "csv": render_csv}[fmt](paper)

