"""Progress from the wrong-answer book: per article, per kind, the questions missed most."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..model import QUESTION_KINDS
from .book import Book, QuestionState, default_path, exists
from ..answers import expected_text

# How many of the most-missed questions ``kaodian stats`` lists.
MOST_MISSED = 10
# Stems are cut to this many display columns in the most-missed list, to keep one line each.
STEM_COLUMNS = 60
# The answer shown after a most-missed stem: several questions are often cut from
# one sentence, and the answer is what tells them apart.
ANSWER_COLUMNS = 24
# Columns of text kept before a blank when a long stem is cut around it.
BEFORE_BLANK = 16


def display_width(s: str) -> int:
    """Columns a string takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    """``s`` padded with spaces to ``width`` display columns."""
    return s + " " * max(0, width - display_width(s))


def cut(s: str, width: int) -> str:
    """``s`` shortened with … to at most ``width`` display columns."""
    if display_width(s) <= width:
        return s
    out, w = [], 0
    for c in s:
        w += display_width(c)
        if w > width - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def cut_around_blank(stem: str, width: int) -> str:
    """The stem cut to ``width`` columns, keeping its first blank (______) in view."""
    if display_width(stem) <= width:
        return stem
    i = stem.find("__")
    if i < 0 or display_width(stem[:i]) <= width - BEFORE_BLANK:
        return cut(stem, width)
    start = i
    while start > 0 and display_width(stem[start - 1:i]) <= BEFORE_BLANK:
        start -= 1
    return "…" + cut(stem[start:], width - 1)


@dataclass(frozen=True)
class Group:
    """Progress of one article or one kind."""

    name: str
    questions: int  # distinct questions answered
    answers: int
    right: int
    in_book: int

    @property
    def accuracy(self) -> float:
        """Share of answers right, 0 … 1."""
        return self.right / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class Stats:
    """Everything ``kaodian stats`` shows."""

    path: Path
    total: Group
    by_article: tuple[Group, ...]
    by_kind: tuple[Group, ...]
    most_missed: tuple[QuestionState, ...]
    answers: dict[str, str] = field(default_factory=dict)  # question id -> expected answer, for most_missed


def _group(name: str, states: list[QuestionState]) -> Group:
    return Group(
        name=name,
        questions=len(states),
        answers=sum(s.answers for s in states),
        right=sum(s.right for s in states),
        in_book=sum(s.in_book for s in states),
    )


def book_stats(book: Book) -> Stats:
    """Aggregate the book: totals, per article (in first-seen order), per kind (in QUESTION_KINDS order), most missed."""
    states = list(book.states().values())
    articles: dict[str, list[QuestionState]] = {}
    kinds: dict[str, list[QuestionState]] = {k: [] for k in QUESTION_KINDS}
    for s in states:
        articles.setdefault(s.article, []).append(s)
        kinds.setdefault(s.kind, []).append(s)
    missed = sorted((s for s in states if s.wrong), key=lambda s: (-s.wrong, -s.in_book, s.question_id))
    most_missed = missed[:MOST_MISSED]
    answers = {q.id: expected_text(q) for q in book.stored_questions(s.question_id for s in most_missed)}
    return Stats(
        path=book.path,
        total=_group("合计", states),
        by_article=tuple(_group(a, ss) for a, ss in articles.items()),
        by_kind=tuple(_group(QUESTION_KINDS.get(k, k), ss) for k, ss in kinds.items() if ss),
        most_missed=tuple(most_missed),
        answers=answers,
    )


def _table(title: str, groups: tuple[Group, ...]) -> list[str]:
    width = max([display_width(title)] + [display_width(g.name) for g in groups])
    lines = [f"{pad(title, width)}  题数  作答  答对  正确率  错题本"]
    for g in groups:
        lines.append(
            f"{pad(g.name, width)}  {g.questions:>4}  {g.answers:>4}  {g.right:>4}  {round(100 * g.accuracy):>5}%  {g.in_book:>6}"
        )
    return lines


def format_stats(stats: Stats) -> str:
    """The stats as text for the terminal."""
    t = stats.total
    if not t.answers:
        return f"错题本里还没有记录（{stats.path}）。先用 kaodian quiz 做一次测验。\n"
    lines = [
        f"错题本：{stats.path}",
        f"共作答 {t.answers} 次，涉及 {t.questions} 题，正确率 {round(100 * t.accuracy)}%，错题本里 {t.in_book} 题待复习。",
        "",
        *_table("按文章", stats.by_article),
        "",
        *_table("按题型", stats.by_kind),
    ]
    if stats.most_missed:
        lines += ["", "错得最多的题："]
        for i, s in enumerate(stats.most_missed, 1):
            mark = "（待复习）" if s.in_book else ""
            answer = stats.answers.get(s.question_id)
            shown = f"（答案：{cut(' '.join(answer.split()), ANSWER_COLUMNS)}）" if answer else ""
            lines.append(f"{i:>2}. 错 {s.wrong} 次/共 {s.answers} 次{mark} [{QUESTION_KINDS.get(s.kind, s.kind)}] "
                         f"{cut_around_blank(s.stem, STEM_COLUMNS)}{shown}")
    return "\n".join(lines) + "\n"


def run(db: str | Path | None = None) -> str:
    """The ``kaodian stats`` command: open the book and format its stats.

    A book that does not exist has no records: it is said so, and nothing is
    created (only ``kaodian quiz`` creates a book).  Raises KaodianError
    E701–E704 for a file that is not a readable book.
    """
    p = Path(db) if db is not None else default_path()
    if not exists(p):  # E704 when its folder cannot be looked into
        return f"错题本里还没有记录（{p} 还不存在）。先用 kaodian quiz 做一次测验。\n"
    with Book.open(p) as book:
        return format_stats(book_stats(book))
