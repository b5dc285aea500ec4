"""The terminal quiz: one question at a time, immediate feedback, a summary.

Input and output are injected text streams, so tests drive the loop exactly as
a learner does.  At any prompt ``!!`` marks the previous answer right (a typo
override); end of input (Ctrl-D) or Ctrl-C ends the quiz cleanly: every answer
is written to the book the moment it is given, so nothing answered is lost.
"""

from __future__ import annotations

import random
import sys
import uuid
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence, TextIO

from ..errors import KaodianError
from ..model import OPTION_LETTERS, QUESTION_KINDS, Question, untitled
from ..text import book_title
from .book import STREAK_TO_LEAVE, Book, default_path, exists
from ..answers import check, expected_text, parse_truefalse

RULE = "─" * 40


_HINTS = {
    "cloze": "填写空格处的内容，不会就直接回车。",
    "single": "输入一个选项字母，如 A。",
    "multiple": "输入全部正确选项的字母，如 ABD。",
    "truefalse": "输入 对 或 错，也可以是 √ × T F。",
    "ordering": "按正确顺序输入选项字母，如 BDAC。",
    "recall": "写下你记得的要点，回车后对照参考答案自评。",
}


class _Quit(Exception):
    """End of input or Ctrl-C: stop asking."""


@dataclass
class _Last:
    question: Question
    answer_id: int
    correct: bool


@dataclass
class QuizResult:
    """What one session did: (question, right?) per answer given, in order."""

    answers: list[tuple[Question, bool]] = field(default_factory=list)
    interrupted: bool = False
    left_in_review: int = 0  # review: questions of this review still in the book (not yet right twice in a row)
    in_review: int = 0  # review: questions this review took

    @property
    def right(self) -> int:
        """Answers right (after overrides)."""
        return sum(ok for _, ok in self.answers)


class QuizSession:
    """One sitting: asks questions, records each answer, keeps the score."""

    def __init__(self, book: Book, inp: TextIO, out: TextIO, *, mode: str = "quiz", session: str | None = None):
        self.book = book
        self.inp = inp
        self.out = out
        self.mode = mode
        self.session = session or uuid.uuid4().hex[:12]
        self.result = QuizResult()
        self._last: _Last | None = None
        self._queue: deque[Question] | None = None

    # -- input/output ------------------------------------------------------

    def say(self, text: str = "") -> None:
        """Write one line."""
        self.out.write(text + "\n")

    def ask(self, prompt: str) -> str:
        """One line of input; ``!!`` is handled here and asked again. Raises _Quit at the end of input."""
        while True:
            self.out.write(prompt)
            self.out.flush()
            line = self.inp.readline()
            if line == "":
                raise _Quit
            line = line.rstrip("\r\n")
            if line.strip() == "!!":
                self.override_last()
                continue
            return line

    def override_last(self) -> None:
        """Mark the previous answer right, in the book and in the score."""
        last = self._last
        if last is None or last.correct:
            self.say("（没有可改判的上一题：上一题已经答对或还没有作答。）")
            return
        self.book.override(last.answer_id)
        last.correct = True
        for i in range(len(self.result.answers) - 1, -1, -1):
            q, ok = self.result.answers[i]
            if q.id == last.question.id and not ok:
                self.result.answers[i] = (q, True)
                break
        if self._queue is not None and last.question in self._queue:
            st = self.book.state(last.question.id)
            if st is not None and not st.in_book:
                self._queue = deque(x for x in self._queue if x.id != last.question.id)
        self.say(f"已将上一题改判为正确。得分 {self.result.right}/{len(self.result.answers)}")

    # -- one question ------------------------------------------------------

    def show(self, q: Question, header: str) -> None:
        """Print the question."""
        self.say(RULE)
        self.say(f"{header} · {QUESTION_KINDS.get(q.kind, q.kind)} · 得分 {self.result.right}/{len(self.result.answers)}")
        self.say(q.stem)
        if q.kind in ("single", "multiple", "ordering"):
            for i, opt in enumerate(q.options):
                self.say(f"  {OPTION_LETTERS[i]}. {opt}")
        self.say(f"（{_HINTS.get(q.kind, '')}）")

    def answer(self, q: Question) -> bool:
        """Ask for the answer until it has the right form, give feedback, record it; True when right."""
        parts: tuple[bool, ...] = ()
        if q.kind == "recall":
            response = self.ask("你的回答> ")
            self.say("参考要点：")
            self.say(expected_text(q))
            while True:
                grade = parse_truefalse(self.ask("自评：答对了吗？（对/错）> "))
                if grade is not None:
                    break
                self.say("请输入 对 或 错。")
            correct = grade == "对"
        elif q.kind == "cloze" and len(q.answer) > 1:
            blanks = [self.ask(f"第{i}空> ") for i in range(1, len(q.answer) + 1)]
            response = " | ".join(blanks)
            verdict = check(q, blanks)
            correct, parts = bool(verdict.correct), verdict.parts
        else:
            while True:
                response = self.ask("答案> ")
                verdict = check(q, response)
                if verdict.valid:
                    break
                self.say(verdict.hint)
            correct, parts = bool(verdict.correct), verdict.parts
        answer_id = self.book.record(q, response, correct, session=self.session, mode=self.mode)
        self._last = _Last(q, answer_id, correct)
        self.result.answers.append((q, correct))
        self.feedback(q, correct, parts)
        return correct

    def feedback(self, q: Question, correct: bool, parts: tuple[bool, ...]) -> None:
        """Right or wrong, the right answer, 解析 and 出处."""
        if q.kind == "recall":
            self.say("✓ 记下了：答对。" if correct else "✗ 记下了：没答全，已记入错题本。")
        elif correct:
            self.say("✓ 回答正确！")
        else:
            self.say(f"✗ 回答错误。正确答案：{expected_text(q)}")
            if len(parts) > 1:
                wrong = "、".join(f"第{i}空" for i, ok in enumerate(parts, 1) if not ok)
                self.say(f"  （{wrong}不对）")
        if q.explanation:
            self.say(f"解析：{q.explanation}")
        self.say(f"出处：{source_line(q)}")

    # -- whole sittings ----------------------------------------------------

    def run_quiz(self, questions: Sequence[Question]) -> QuizResult:
        """Ask each question once."""
        try:
            for i, q in enumerate(questions, 1):
                self.show(q, f"第 {i}/{len(questions)} 题")
                self.answer(q)
            self._last_chance()
        except (_Quit, KeyboardInterrupt):
            self.result.interrupted = True
        return self.result

    def run_review(self, questions: Sequence[Question]) -> QuizResult:
        """Drill questions until each is answered right twice in a row (counting earlier sittings)."""
        self._queue = deque(questions)
        n = 0
        try:
            while self._queue:
                q = self._queue.popleft()
                n += 1
                self.show(q, f"复习第 {n} 题 · 还剩 {len(self._queue) + 1} 题")
                self.answer(q)
                st = self.book.state(q.id)
                if st is not None and st.in_book:
                    self._queue.append(q)
                    need = STREAK_TO_LEAVE - st.streak
                    self.say(f"（这道题再连续答对 {need} 次就移出错题本。）")
                else:
                    self.say("（这道题已连续答对两次，移出错题本。）")
            self._last_chance()
        except (_Quit, KeyboardInterrupt):
            self.result.interrupted = True
        # counted in the book, like the book's own total: the question left half-answered when the
        # learner quit, and a last answer corrected with !!, count as the book counts them
        ids = {q.id for q in questions}
        self.result.in_review = len(ids)
        self.result.left_in_review = sum(1 for i in ids if (st := self.book.state(i)) is not None and st.in_book)
        return self.result

    def _last_chance(self) -> None:
        """After a wrong last answer, one more prompt so ``!!`` can still correct it."""
        if self._last is not None and not self._last.correct:
            self.ask("（输入 !! 可把上一题改判为正确；直接回车查看总结）> ")


def source_line(q: Question) -> str:
    """出处 as one line: document · 《article》 · heading."""
    article = q.source.article
    parts = [Path(q.source.document).name or q.source.document, book_title(article) if article and not untitled(article) else ""]
    if q.source.heading:
        parts.append(q.source.heading)
    return " · ".join(p for p in parts if p)


def summary(result: QuizResult, book: Book, *, mode: str = "quiz") -> str:
    """The end-of-sitting summary: score, by kind, by article, the book."""
    lines = [RULE]
    n = len(result.answers)
    if result.interrupted:
        # (a review asks a missed question again: answers are not questions, and the book counts questions)
        asked = len({q.id for q, _ in result.answers})
        again = f"（共作答 {n} 次）" if n != asked else ""
        lines.append(f"已结束：作答的 {asked} 题{again}已记入错题本。")
    title = "复习结束" if mode == "review" else "测验结束"
    pct = f"（{round(100 * result.right / n)}%）" if n else ""
    lines.append(f"{title}。得分 {result.right}/{n}{pct}")
    if n:
        lines.append("按题型：")
        lines += _tally_lines({QUESTION_KINDS.get(q.kind, q.kind): None for q, _ in result.answers}, result, lambda q: QUESTION_KINDS.get(q.kind, q.kind))
        lines.append("按文章：")
        lines += _tally_lines({q.source.article: None for q, _ in result.answers}, result, lambda q: q.source.article)
    in_book = len(book.in_book())
    if mode == "review" and result.left_in_review:
        lines.append(f"本次复习的 {result.in_review} 题中还有 {result.left_in_review} 题未连续答对两次，下次接着复习。")
    lines.append(f"错题本（{book.path}）：共 {in_book} 题待复习" + ("，用 kaodian quiz --review 复习。" if in_book else "。"))
    return "\n".join(lines) + "\n"


def _tally_lines(groups: dict, result: QuizResult, key) -> list[str]:
    from .stats import pad

    tally: dict[str, list[int]] = {g: [0, 0] for g in groups}
    for q, ok in result.answers:
        t = tally[key(q)]
        t[0] += ok
        t[1] += 1
    width = max(_width(g) for g in tally)
    return [f"  {pad(g, width)}  {r}/{t}" for g, (r, t) in tally.items()]


def _width(s: str) -> int:
    from .stats import display_width

    return display_width(s)


def select(
    questions: Sequence[Question],
    *,
    kinds: Sequence[str] | None = None,
    articles: Sequence[str] = (),
    count: int | None = None,
    rng: random.Random | None = None,
) -> list[Question]:
    """Filter by kind and article (a title or document name containing the text), shuffle, take ``count``.

    Raises KaodianError E705 when nothing is left.
    """
    qs = list(questions)
    if kinds:
        qs = [q for q in qs if q.kind in kinds]
        if not qs:
            raise KaodianError("E705", reason=f"题库里没有这些题型：{'、'.join(QUESTION_KINDS[k] for k in kinds)}")
    if articles:
        titles = list(dict.fromkeys(q.source.article for q in qs if not untitled(q.source.article)))
        qs = [q for q in qs if any(a in q.source.article or a in q.source.document for a in articles)]
        if not qs:
            have = f"，题库里的文章：{'、'.join(titles[:8])}{' 等' if len(titles) > 8 else ''}" if titles else ""
            raise KaodianError("E705", reason=f"没有文章标题或文件名包含“{'、'.join(articles)}”{have}")
    if not qs:
        raise KaodianError("E705", reason="题库是空的")
    if rng is not None:
        rng.shuffle(qs)
    return qs[:count] if count else qs


def run(
    inputs: Sequence[str],
    *,
    inp: TextIO,
    out: TextIO,
    kinds: str | None = None,
    count: int | None = None,
    articles: Sequence[str] = (),
    review: bool = False,
    seed: int | None = None,
    db: str | Path | None = None,
    session: str | None = None,
    lexicon: Path | None = None,
) -> QuizResult:
    """The ``kaodian quiz`` command: load the questions, run a quiz or a review, print the summary.

    A review takes the questions of the book (from the given bank when there is
    one, else the versions stored in the book).  Raises KaodianError on bad
    input, an unusable book, or no question to ask.
    """
    from .. import pipeline
    from ..library import make

    how = pipeline.settings(kinds=kinds, seed=seed or 0, lexicon=lexicon)
    kind_ids = how.kinds
    rng = random.Random(seed)
    questions: list[Question] = []
    if not review:
        # chosen before the book is opened: a quiz with no question (E705) creates no book
        made = make(list(inputs), how, read_bank_file=True)  # (a folder: the library generate and build ask)
        _say_read(made.notes, made.skipped, len(made.extractions))
        bank = made.bank
        questions = select(bank.questions, kinds=kind_ids, articles=articles, count=count, rng=rng)
    elif not exists(Path(db) if db is not None else default_path()):
        out.write("错题本里还没有记录，没有要复习的题目。先用 kaodian quiz 做一次测验。\n")
        return QuizResult()
    with Book.open(db) as book:
        if not review:
            book.follow(bank.questions)  # a question whose id an inserted paragraph moved keeps its history
        if review:
            if inputs:
                bank = {q.id: q for q in make(list(inputs), pipeline.settings(seed=seed or 0, lexicon=lexicon),
                                              read_bank_file=True).bank.questions}
                book.follow(bank.values())
            due = book.in_book()
            if inputs:
                pool = [bank[i] for i in due if i in bank]
            else:
                pool = book.stored_questions(due)
            if not pool:
                out.write(f"错题本（{book.path}）里没有要复习的题目。\n")
                return QuizResult()
            questions = select(pool, kinds=kind_ids, articles=articles, count=count)
        quiz = QuizSession(book, inp, out, mode="review" if review else "quiz", session=session)
        if review:
            out.write(f"复习错题：{len(questions)} 题，每题连续答对两次即移出错题本。Ctrl-D 或 Ctrl-C 随时结束。\n")
            result = quiz.run_review(questions)
        else:
            out.write(f"共 {len(questions)} 题。输入 !! 可把上一题改判为正确；Ctrl-D 或 Ctrl-C 随时结束。\n")
            result = quiz.run_quiz(questions)
        if result.interrupted:
            out.write("\n")
        out.write(summary(result, book, mode=quiz.mode))
        out.flush()
    return result


def _say_read(followed: Sequence[str], skipped: tuple, done: int) -> None:
    """Say, before the quiz starts, the hand edits of a bank file that were followed (as the other commands do:
    a teacher sees what was read) and the files of a folder left out because they cannot be read."""
    lines = [f"注意：{note}" for note in followed]
    if skipped:
        lines += [f"错误 {e}" for e in skipped]
        lines.append(f"以上 {len(skipped)} 个文件读不了，已跳过；测验用其余 {done} 个文件的题。")
    if lines:
        sys.stderr.write("\n".join(lines) + "\n")
