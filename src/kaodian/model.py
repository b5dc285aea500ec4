"""Frozen dataclasses that flow between the pipeline stages.

ingest -> normalize -> rules -> questions -> export.  Every offset is a
character offset into ``Document.text`` (the normalized text), so any point or
question can cite exactly where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .kinds import POINT_KINDS, QUESTION_KINDS  # noqa: F401  (re-exported: the vocabulary every stage shares)


@dataclass(frozen=True)
class Source:
    """Raw text read from one input (a file, a page, standard input)."""

    name: str  # file name as the user gave it, or "-" for stdin
    text: str  # decoded text, one paragraph per line where the format knows paragraphs
    kind: str = "txt"  # txt | html | docx | doc (old binary Word, .wps) | pdf | slides (a Markdown deck's talk)


@dataclass(frozen=True)
class Span:
    """A piece of the document text with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Heading:
    """A level-one heading (一、…) of an article, marker excluded."""

    number: int  # 1-based
    marker: str  # the marker as written, e.g. "三、"
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article body, with the section it stands in."""

    text: str
    start: int
    end: int
    section: int  # 0 before the first heading
    # the Markdown level of a heading line below the sections' level (### 1. 某某 under ## 题目): the
    # points it numbers are a series of their own, not items of a list in the text between them
    label_level: int = 0
    bullet: bool = False  # a Markdown list item (- 某某), a bullet of its own as a dash is


@dataclass(frozen=True)
class Article:
    """One article of a document: its metadata and the span of its body."""

    id: str  # a1, a2, … in order of the body in the text
    title: str | None
    author: str | None
    affiliation: str | None
    start: int  # body start
    end: int  # body end
    headings: tuple[Heading, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()

    def heading_at(self, section: int) -> str | None:
        """The heading text of a 1-based section, or None for section 0."""
        for h in self.headings:
            if h.number == section:
                return h.text
        return None


@dataclass(frozen=True)
class Document:
    """A normalized document: one text, split into articles."""

    name: str
    text: str
    articles: tuple[Article, ...]
    # the year its title block or dateline names (某年中央政府工作报告, （N年M月D日）), None when it
    # names none or several: a stem says 2017年 where the text says 今年; read off lines the normalizer
    # may drop (a page's date line), so no part of what makes two normalized texts the same
    year: int | None = field(default=None, compare=False)




@dataclass(frozen=True)
class Point:
    """One thing a test asks about, found by a rule."""

    kind: str  # one of POINT_KINDS
    article: str  # article id
    section: int  # 1-based heading number, 0 before the first heading
    heading: str | None  # that heading's text
    text: str  # the point's own text (the series joined, the formulation, the quote …)
    start: int
    end: int
    sentence: Span  # the sentence the point stands in (for an enumeration: its lead)
    items: tuple[Span, ...] = ()  # enumeration items / series terms
    marker: str = ""  # enumeration kind: 要 是 首先 第 （一） （1） 1. ①
    numbered: bool = False  # formulation of the N个X / 一X三Y kind
    speaker: str = ""  # quote: who said it, when the text says
    rule: str = ""  # id of the rule that produced it
    importance: float = 0.0  # how much a quiz on the text must ask it (rules/importance.py)
    cues: tuple[str, ...] = ()  # why: the signals that made the importance, as a teacher reads them


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one document, with its diagnostics."""

    document: Document
    points: tuple[Point, ...]
    diagnostics: tuple[str, ...] = field(default=())

    def of_kind(self, kind: str) -> tuple[Point, ...]:
        """The points of one kind, in text order."""
        return tuple(p for p in self.points if p.kind == kind)


# Option letters of choice and ordering questions, the one definition every
# generator, checker and writer uses.  Twelve: the longest 一要…十二要 series an
# ordering question is built from; a shorter alphabet would leave an option of
# such a question without a letter and its key wrong.
OPTION_LETTERS = "ABCDEFGHIJKL"
BLANK = "______"  # a cloze stem's blank, as the bank file writes it




@dataclass(frozen=True)
class Blank(Span):
    """A blank of a cloze question: its text and offsets into ``QuestionSource.sentence``."""


@dataclass(frozen=True)
class QuestionSource:
    """Where a question comes from."""

    document: str
    article: str  # article title, or its id when the article has no title
    heading: str | None
    sentence: str
    start: int  # offsets of the sentence in the normalized document text
    end: int


@dataclass(frozen=True)
class Question:
    """One question of the bank.

    ``answer`` by kind: cloze — one string per blank; single/multiple — the
    letters of the right options; truefalse — ["对"] or ["错"]; ordering — the
    option letters in the right order; recall — the expected items.
    ``accepted`` holds, for each entry of ``answer``, the alternatives that also
    count (full/half-width variants …); ``order_free`` says the entries of
    ``answer`` may come in any order (interchangeable series terms).
    """

    id: str  # stable: derived from document, article, point, kind, answer — never from wording
    kind: str  # one of QUESTION_KINDS
    stem: str
    answer: tuple[str, ...]
    explanation: str
    source: QuestionSource
    options: tuple[str, ...] = ()
    blanks: tuple[Blank, ...] = ()
    accepted: tuple[tuple[str, ...], ...] = ()
    order_free: bool = False
    tags: tuple[str, ...] = ()
    difficulty: float = 0.5  # 0 easy … 1 hard
    point_kind: str = ""
    template: str = ""  # id of the template that rendered it

    def keyed(self) -> tuple[str, ...]:
        """What the question keys as text: the answers (cloze, recall), the keyed options (single,
        multiple), all options of an ordering; nothing for true/false."""
        if self.kind in ("cloze", "recall"):
            return self.answer
        if self.kind == "ordering":
            return self.options
        if self.kind in ("single", "multiple"):
            return tuple(self.options[OPTION_LETTERS.index(a)] for a in self.answer
                         if a in OPTION_LETTERS[: len(self.options)])
        return ()


@dataclass(frozen=True)
class Bank:
    """A question bank: the questions and what generation had to say (dropped points …)."""

    questions: tuple[Question, ...]
    diagnostics: tuple[str, ...] = ()


def untitled(article: str | None) -> bool:
    """True for a placeholder instead of a title: empty, or in round brackets like （无题）.  A label the text
    itself sets in 【】 over an article (【某月学习材料】) is its title, as ``kaodian extract`` shows it: the
    paper, the deck and the quiz name it too (it was 无标题文章 on the paper, session 23's tester)."""
    return not article or (article[0] in "（(" and article[-1] in "）)")
