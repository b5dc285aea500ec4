"""The paper model: what a test paper is, as every writer lays it out.

``paper_build.build_papers`` makes these from a bank; the writers
(``paper_typst``, ``paper_docx``, ``paper_html``, ``platform``) import this
module and nothing of the building.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..model import QUESTION_KINDS, QuestionSource, untitled  # noqa: F401 — paper_build reads it here
from ..numerals import numeral
from ..text import book_title


@dataclass(frozen=True)
class Run:
    """A piece of a stem: plain text, or a blank ``width`` ems wide whose answer is ``text``."""

    text: str
    blank: bool = False
    width: int = 0


@dataclass(frozen=True)
class PaperQuestion:
    """One numbered question as it stands in one version of the paper."""

    number: int
    kind: str
    stem: tuple[Run, ...]
    options: tuple[str, ...]  # shuffled; the writers add the "A．" labels
    option_columns: int  # 4, 2 or 1 options to a line
    answer: tuple[str, ...]  # remapped letters / blank texts / 对 or 错 / items
    answer_text: str  # the answer as the key prints it
    explanation: str
    source: QuestionSource
    score: float  # points for the whole question
    space: int  # lines of writing space below (简答题)
    id: str
    accepted: tuple[tuple[str, ...], ...] = ()  # 填空: alternatives per blank
    difficulty: float = 0.5

    @property
    def stem_text(self) -> str:
        """The stem as plain text, blanks shown as underscores."""
        return "".join("_" * (r.width * 2) if r.blank else r.text for r in self.stem)

    @property
    def source_text(self) -> str:
        """出处: 《article》 · heading （document）."""
        article = self.source.article
        m = re.fullmatch(r"a(\d+)", article or "")
        if m:
            parts = [f"第{m.group(1)}篇文章（无标题）"]
        elif untitled(article):
            parts = ["无标题文章"]
        else:
            parts = [document_title(article)]
        if self.source.heading:
            parts.append(self.source.heading)
        # the file's name, not the path it was read from (/home/…/报告.txt)
        return " · ".join(parts) + f"（{Path(self.source.document).name or self.source.document}）"


def document_title(article: str) -> str:
    """An article's title in book-title marks as the stems cite it (《2017年政府工作报告》 for a text titled
    某年中央政府工作报告, ``citing.without_national``): a paper names one document one way throughout."""
    from ..questions.citing import without_national

    return book_title(without_national(article))


@dataclass(frozen=True)
class Section:
    """One 一、填空题（每空2分，共20分） section."""

    index: int  # 1-based
    kind: str
    questions: tuple[PaperQuestion, ...]
    unit_score: float  # per blank for 填空, per question otherwise
    total: float

    @property
    def name(self) -> str:
        return QUESTION_KINDS[self.kind]

    @property
    def heading(self) -> str:
        """一、填空题（每空2分，共20分）"""
        unit = "每空" if self.kind == "cloze" else "每题"
        return f"{numeral(self.index)}、{self.name}（{unit}{fmt_score(self.unit_score)}分，共{fmt_score(self.total)}分）"


@dataclass(frozen=True)
class Paper:
    """One version of the paper, with everything its key needs."""

    title: str
    subtitle: str
    version: str
    seed: int
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()

    @property
    def total(self) -> float:
        return sum(s.total for s in self.sections)

    @property
    def questions(self) -> tuple[PaperQuestion, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    @property
    def footer(self) -> str:
        """Printed small in the footer so the paper can be regenerated."""
        return f"{self.version}卷 · 种子 {self.seed}"

    @property
    def key_title(self) -> str:
        return f"{self.title}（{self.version}卷）答案与解析"

    @property
    def instructions(self) -> str:
        n = len(self.questions)
        return f"本卷共{numeral(len(self.sections))}大题、{n}小题，满分{fmt_score(self.total)}分。"


@dataclass(frozen=True)
class PaperOutput:
    """What ``RenderedPapers.write`` wrote, and what the user should know (sections left out …)."""

    paths: tuple[Path, ...]
    notes: tuple[str, ...]
    removed: tuple[str, ...] = ()  # files an earlier build wrote and this one does not (``fileio.write_owned``)


def fmt_score(x: float) -> str:
    """2.0 → "2", 1.5 → "1.5"."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def text_width(s: str) -> float:
    """Printed width in ems: wide (CJK, full-width) characters 1, others ½."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in s)
