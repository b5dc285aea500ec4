"""Helpers for the paper tests: read a PDF as a reader sees it (poppler), and build test banks."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kaodian.model import Bank, Blank, Question, QuestionSource

POPPLER = all(shutil.which(t) for t in ("pdftoppm", "pdffonts", "pdftotext", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils 未安装（apt install poppler-utils）")


def squash(s: str) -> str:
    """Text without white space (pdftotext breaks lines and adds spaces between CJK and Latin)."""
    return re.sub(r"\s+", "", s)


def pdf_text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font of the PDF."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        cols = line.split()
        # name type... encoding emb sub uni object ID: emb is the 5th column from the end
        rows.append((cols[0], cols[-5] == "yes"))
    return rows


def render_pngs(pdf: Path, outdir: Path, dpi: int = 30) -> list[Path]:
    """Every page as a PNG, as a reader's viewer would draw it."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(outdir / pdf.stem)], check=True)
    return sorted(outdir.glob(f"{pdf.stem}-*.png"))


def source(i: int = 0, n: int = 0) -> QuestionSource:
    """Sentence ``n`` of part ``i``: a different ``n`` is a different sentence (a paper asks each once)."""
    return QuestionSource(document="test.txt", article="测试文章", heading=f"第{i}部分", sentence=f"句子{n}。",
                          start=10 * n, end=10 * n + 4)


def big_bank(n: int = 12) -> Bank:
    """A bank long enough for several pages: every kind, long and short options, awkward characters."""
    qs = []
    for i in range(n):
        qs.append(Question(
            id=f"c{i}", kind="cloze", stem=f"第{i}个填空：坚持以人民为中心的发展思想，推进“______”建设，实现“______”目标。",
            answer=("全过程人民民主", "共同富裕"), explanation="原文如此。", source=source(i, 4 * i + 0),
            blanks=(Blank("全过程人民民主", 0, 7), Blank("共同富裕", 0, 4)), difficulty=0.2))
        qs.append(Question(
            id=f"s{i}", kind="single", stem=f"第{i}个单选：下列说法中正确的是（　　）。", answer=("B",),
            explanation="B 是原文。", source=source(i, 4 * i + 1),
            options=(f"长选项{i}：必须坚持党的全面领导，坚持以人民为中心，坚持全面深化改革开放",
                     f"正确选项{i}：坚持和发展中国特色社会主义，推进中华民族伟大复兴",
                     f"干扰选项{i}：只要经济发展就行，其他方面都可以暂缓推进不必考虑",
                     "以上都不对"), difficulty=0.5))
        qs.append(Question(
            id=f"m{i}", kind="multiple", stem=f"第{i}个多选：新发展理念包括", answer=("A", "C", "D"),
            explanation="创新、协调、绿色、开放、共享。", source=source(i, 4 * i + 2),
            options=("创新", "封闭", "协调", "绿色"), difficulty=0.8))
        qs.append(Question(
            id=f"t{i}", kind="truefalse", stem=f"第{i}个判断：发展是党执政兴国的第一要务。", answer=("对",),
            explanation="", source=source(i, 4 * i + 3)))
    qs.append(Question(
        id="o1", kind="ordering", stem="请按原文顺序排列：", answer=("C", "A", "B"), explanation="", source=source(0, 4 * n),
        options=("第二项要求", "第三项要求", "第一项要求")))
    qs.append(Question(
        id="r1", kind="recall", stem="简述“三个务必”的内容。", answer=("务必不忘初心、牢记使命", "务必谦虚谨慎、艰苦奋斗",
                                                           "务必敢于斗争、善于斗争"),
        explanation="党的二十大报告。", source=source(0, 4 * n + 1)))
    return Bank(tuple(qs))


# Text typst, HTML, GIFT and CSV would each misread if it were not escaped.
NASTY = "特殊字符#let x = 1$a$*粗*_斜_[方括号]<标签>@引用`代码`\\反斜杠~波浪{花括号}:冒号 & \"引号\" </style>"


def nasty_bank() -> Bank:
    return Bank((
        Question(id="n1", kind="single", stem=NASTY + "（　　）", answer=("A",), explanation=NASTY, source=source(0, 1),
                 options=(NASTY, "=等号", "~波浪", "#井号")),
        Question(id="n2", kind="cloze", stem=NASTY + "“______”。", answer=("#答案{1}",), explanation=NASTY,
                 source=source(0, 2), blanks=(Blank("#答案{1}", 0, 6),)),
        Question(id="n3", kind="truefalse", stem=NASTY, answer=("错",), explanation=NASTY, source=source()),
    ))


def write_papers(bank: Bank, outdir, **options) -> list[Path]:
    """Render and write papers, the paths written (what most tests want)."""
    from kaodian.export.paper import render_papers

    return list(render_papers(bank, **options).write(outdir).paths)
