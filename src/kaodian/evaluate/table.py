"""The evaluation report as text tables a person reads.

``format_table`` prints the extraction table (P/R/F1 per category per file,
the article checks, totals) when the folder has gold files, then the
question table (key-point coverage on the whole bank and on the limited
bank, human-blank recall, the share of the text blanked) when it has points
or blanks files.
"""

from __future__ import annotations

from .coverage import TOP_N, BlankRecall, Coverage, QuestionScore
from .extraction import ARTICLE_CHECKS, CATEGORIES, ArticleChecks, Counts, FileScore
from .folder import Report


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(0, width - _width(text))
    return space + text if right else text + space


def _row(cells: list[str], widths: list[int], left: int) -> str:
    # the first ``left`` columns left-aligned (file, category), the numbers right-aligned
    return "  ".join(_pad(c, w, right=i >= left) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()


def _layout(header: list[str], rows: list[list[str] | str], left: int) -> list[str]:
    """Header, rule and rows, the cells of every list row padded to their column; string rows as they are."""
    table = [r for r in rows if isinstance(r, list)]
    widths = [max(_width(r[i]) for r in [header, *table]) for i in range(len(header))]
    lines = [_row(header, widths, left), "-" * (sum(widths) + 2 * (len(widths) - 1))]
    return lines + [_row(r, widths, left) if isinstance(r, list) else r for r in rows]


def _category_row(name: str, label: str, c: Counts) -> list[str]:
    exact = f"{c.exact}/{c.exact_of}" if c.exact_of else ""  # set categories have no exact units
    return [
        name,
        label,
        f"{c.precision:.2f}",
        f"{c.recall:.2f}",
        f"{c.f1:.2f}",
        f"{c.hits}/{c.extracted}/{c.gold}",
        exact,
    ]


def _detail_lines(f: FileScore) -> list[str]:
    lines = []
    for name, label in CATEGORIES.items():
        c = f.categories.get(name)
        if c is None:
            continue
        for what, items in (("漏掉", c.missed), ("多出", c.extra)):
            if items:
                lines.append(f"    {label}{what} {len(items)}：")
                lines += [f"      {t}" for t in items]
    return lines


def _checks_line(a: ArticleChecks) -> str:
    parts = "，".join(f"{label} {getattr(a, key)}/{a.gold}" for key, label in ARTICLE_CHECKS.items())
    return f"文章：{parts}"


def format_table(report: Report, details: bool = False) -> str:
    """The report as text tables: the extraction table, then the question table, each only when scored.

    Extraction: P/R/F1 per category per file, article checks, and totals.
    Questions: per file the bank size, key-point coverage on the whole bank
    and on the TOP_N most important questions, human-blank recall, the share
    of the text blanked, and totals.  With ``details``, each file's block is
    followed by what was missed (and, for extraction, what was extra).
    """
    tables = []
    if report.files:
        tables.append(_extraction_table(report, details))
    if report.questions:
        tables.append(_question_table(report, details))
    return "\n".join(tables)


def _extraction_table(report: Report, details: bool) -> str:
    header = ["文件", "类别", "P", "R", "F1", "命中/抽取/标注", "完全一致"]
    rows: list[list[str] | str] = []
    for f in report.files:
        first = True
        if f.error:
            rows.append(f"{f.name}  抽取失败：{f.error}")
        for name, label in CATEGORIES.items():
            if name in f.categories:
                cells = _category_row(name, label, f.categories[name])
                cells[0] = f.name if first else ""
                first = False
                rows.append(cells)
        if f.articles is not None:
            line = "    " + _checks_line(f.articles)
            if f.articles.missing:
                line += "；不对：" + "，".join(f.articles.missing)
            rows.append(line)
        if details:
            rows += _detail_lines(f)
        rows.append("")
    first = True
    for name, label in CATEGORIES.items():
        if name in report.totals:
            cells = _category_row(name, label, report.totals[name])
            cells[0] = f"总计（{len(report.files)} 个文件）" if first else ""
            first = False
            rows.append(cells)
    rows.append("    " + _checks_line(report.articles))
    return "\n".join(_layout(header, rows, left=2)) + "\n"


# --- the question table -------------------------------------------------------

QUESTION_HEADER = ["文件", "题数", "要点覆盖（全部题）", f"要点覆盖（前 {TOP_N} 题）", "人工填空命中率", "挖空比例"]

# How much of a sentence a detail line shows: enough to find it in the text.
SHOWN_SENTENCE_CHARS = 60


def _ratio(part: Coverage | BlankRecall | None) -> str:
    if part is None:
        return "—"  # no points (or blanks) file: not scored
    done, of = (part.asked, part.points) if isinstance(part, Coverage) else (part.hits, part.answers)
    return f"{part.ratio:.2f}（{done}/{of}）"


def _question_row(s: QuestionScore) -> list[str]:
    budget = f"{s.budget.ratio:.1%}" if s.budget.text else "—"
    return [s.name, str(s.questions), _ratio(s.coverage), _ratio(s.coverage_top), _ratio(s.recall), budget]


def _question_details(s: QuestionScore) -> list[str]:
    lines = []
    top_only = [m for m in (s.coverage_top.missed if s.coverage_top else []) if m not in s.coverage.missed]
    for what, names in (("要点漏掉（全部题）", s.coverage.missed if s.coverage else []), (f"要点前 {TOP_N} 题另漏掉", top_only)):
        if names:
            lines.append(f"    {what} {len(names)}：")
            lines += [f"      {n}" for n in names]
    if s.recall and s.recall.missed:
        lines.append(f"    人工填空漏掉 {len(s.recall.missed)}：")
        for m in s.recall.missed:
            # " / " and not 、: a blank may itself be a series (系统性、整体性、协同性)
            ours = " / ".join(f"“{b}”" for b in m.kaodian) if m.kaodian else "（此句没有填空题）"
            sentence = m.sentence if len(m.sentence) <= SHOWN_SENTENCE_CHARS else m.sentence[:SHOWN_SENTENCE_CHARS] + "……"
            lines.append(f"      人工挖“{m.answer}”，kaodian 挖：{ours}")
            lines.append(f"        原句：{sentence}")
    return lines


def _question_table(report: Report, details: bool) -> str:
    rows: list[list[str] | str] = []
    for s in report.questions:
        if s.error:
            rows.append(f"{s.name}  出题失败：{s.error}")
        rows.append(_question_row(s))
        rows.append(f"    对照：{s.annotations}")
        if details:
            rows += _question_details(s)
        rows.append("")
    if len(report.questions) > 1:
        rows.append(_question_row(report.question_totals))
    else:
        rows.pop()  # one file: no totals row to set apart
    return "\n".join(_layout(QUESTION_HEADER, rows, left=1)) + "\n"
