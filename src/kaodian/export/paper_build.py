"""Building the papers: sections, numbering, shuffling and scoring, format-independent.

``build_papers`` turns a bank into one ``Paper`` per version (A, B, …): the
same questions in every version, question order within each section and option
order shuffled from the seed, answer letters remapped, so every version
carries its own key.
"""

from __future__ import annotations

import random
import re
from typing import Sequence

from ..answers import parse_truefalse
from ..chars import FULLWIDTH_PUNCT, HAN
from ..model import OPTION_LETTERS, Bank, Question
from ..questions.figure_order import ascending, figure_row
from .paper_model import Paper, PaperQuestion, Run, Section, document_title, text_width, untitled
from .paper_options import parse_scores, parse_versions
from .paper_select import select_questions

BRACKETS = "（　　）"
BLANK_RE = re.compile(r"_{2,}")
# Spaces between Chinese (or its punctuation) and a blank: before it at a piece's end, after it at its start.
_SPACE_BEFORE_BLANK = re.compile(rf"(?<=[{HAN}{FULLWIDTH_PUNCT}])[ \u00a0]+$")
_SPACE_AFTER_BLANK = re.compile(rf"^[ \u00a0]+(?=[{HAN}{FULLWIDTH_PUNCT}])")
# Widest option (in ems) that still fits n to a line: the text column of an A4 page
# with 2.4 cm margins holds 44 ems of 10.5 pt (五号) type, less a 2-em indent; each
# column loses the "A．" label (1.5 ems) and a 1-em gutter.  A quarter leaves 8,
# a third 11, a half 19, a fifth 5.5, a sixth 4.5.
OPTION_WIDTH_BY_COLUMNS = {2: 19.0, 3: 11.0, 4: 8.0, 5: 5.5, 6: 4.5}
# Blank underline: the answer's width plus room to write, never narrower than 4 ems
# (a short answer still needs space for handwriting) nor wider than 14 (a line is 43).
BLANK_MIN, BLANK_PAD, BLANK_MAX = 4, 2, 14
# Lines of writing space under a 简答题, per expected item.
RECALL_LINES_PER_ITEM = 2


def _stem_runs(q: Question) -> tuple[Run, ...]:
    """The stem with each blank as a Run sized to its answer (填空), or the plain stem."""
    if q.kind != "cloze":
        return (Run(q.stem),)
    pieces = BLANK_RE.split(q.stem)
    answers = list(q.answer)
    if len(pieces) - 1 != len(answers):
        # The stem does not mark its blanks: cut them out of the source sentence.
        if q.blanks and all(q.source.sentence[b.start:b.end] == b.text for b in q.blanks):
            s = q.source.sentence
            pieces, pos = [], 0
            for b in sorted(q.blanks, key=lambda b: b.start):
                pieces.append(s[pos:b.start])
                pos = b.end
            pieces.append(s[pos:])
            answers = [b.text for b in sorted(q.blanks, key=lambda b: b.start)]
        else:
            return (Run(q.stem),)
    # (a PDF spaces digits and Latin apart from Chinese, 到 2035年: the blank takes 2035年 and leaves
    # 到 ______， with a space a Chinese paper never sets beside a blank)
    pieces = [_SPACE_BEFORE_BLANK.sub("", p) if i < len(answers) else p for i, p in enumerate(pieces)]
    pieces = [_SPACE_AFTER_BLANK.sub("", p) if i else p for i, p in enumerate(pieces)]
    runs: list[Run] = []
    for i, piece in enumerate(pieces):
        if piece:
            runs.append(Run(piece))
        if i < len(answers):
            w = round(text_width(answers[i])) + BLANK_PAD
            runs.append(Run(answers[i], blank=True, width=max(BLANK_MIN, min(BLANK_MAX, w))))
    return tuple(runs)


def _with_brackets(stem: str, kind: str) -> str:
    """Choice and judgement stems end with the answer brackets （　　） if they lack them."""
    if kind in ("single", "multiple", "truefalse", "ordering") and not re.search(r"[（(][\s　]*[）)]", stem):
        return stem + BRACKETS
    return stem


def _option_columns(options: Sequence[str]) -> int:
    """As many options to a line as fit: all of them, else 3 (of 5 or 6), 2, or 1 per line."""
    if not options:
        return 1
    widest = max(text_width(o) for o in options)
    n = len(options)
    for cols in (n, 3, 2):
        if cols <= n and cols in OPTION_WIDTH_BY_COLUMNS and widest <= OPTION_WIDTH_BY_COLUMNS[cols]:
            return cols
    return 1


def _pinned(option: str) -> bool:
    """以上都对 / 以上说法都不正确 and the like stay last: shuffling them would make no sense."""
    return option.startswith("以上") or option in ("都对", "都不对", "都正确", "都不正确")


# Draws of a shuffle that may repeat an earlier version's order before one is kept anyway (two
# options have two orders: a third version repeats one).
SHUFFLE_DRAWS = 8


def _shuffled(items: list, rng: random.Random, earlier: set[tuple]) -> list:
    """``items`` shuffled into an order no earlier version printed, where a few draws find one: a B paper
    that repeats A's order of a section or of a question's options (one in sixty papers of two singles
    did) is no second version."""
    for _ in range(SHUFFLE_DRAWS):
        order = list(items)
        rng.shuffle(order)
        if tuple(order) not in earlier:
            break
    earlier.add(tuple(order))
    return order


def _shuffle_options(q: Question, rng: random.Random,
                     earlier: set[tuple] | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Shuffled options and the answer letters remapped to them (single, multiple, ordering), in an
    order not in ``earlier`` (the orders of the versions before) where one is found."""
    if q.kind not in ("single", "multiple", "ordering") or len(q.options) < 2:
        return q.options, q.answer
    if q.kind != "ordering" and figure_row(q.options):
        # (a row of figures stays in ascending order in every version, as a teacher prints it: figure_order)
        perm = [q.options.index(o) for o in ascending(q.options)]
    else:
        movable = [i for i, o in enumerate(q.options) if not _pinned(o)]
        order = _shuffled(movable, rng, set() if earlier is None else earlier)
        perm = list(range(len(q.options)))  # new position -> old index
        for pos, old in zip(movable, order):
            perm[pos] = old
    new_of_old = {old: new for new, old in enumerate(perm)}
    options = tuple(q.options[i] for i in perm)
    answer = []
    for a in q.answer:
        old = OPTION_LETTERS.find(a)
        answer.append(OPTION_LETTERS[new_of_old[old]] if 0 <= old < len(q.options) else a)
    if q.kind == "multiple":
        answer.sort()
    return options, tuple(answer)


def _answer_text(kind: str, answer: Sequence[str]) -> str:
    if kind == "truefalse":
        return "正确" if answer and parse_truefalse(answer[0]) == "对" else "错误"
    if kind in ("single", "multiple", "ordering"):
        return "".join(answer)
    if kind == "cloze":
        return "；".join(answer)
    return "；".join(f"{i}. {a}" for i, a in enumerate(answer, 1)) if len(answer) > 1 else "".join(answer)


def _question_score(q: Question, unit: float) -> float:
    return unit * max(1, len(q.answer)) if q.kind == "cloze" else unit


def default_title(bank: Bank) -> str:
    """The article title when the bank comes from one article, else a generic title."""
    articles = {q.source.article for q in bank.questions}
    if len(articles) == 1:
        (a,) = articles
        if a and not re.fullmatch(r"a\d+", a) and not untitled(a):
            return f"{document_title(a)}学习测试卷"
    return "理论学习测试卷"


def build_papers(
    bank: Bank,
    *,
    versions: Sequence[str] | str = ("A", "B"),
    seed: int = 0,
    title: str | None = None,
    kinds: Sequence[str] | str | None = None,
    count=None,
    score=None,
    shuffle: bool = True,
    distinct: bool = True,
) -> list[Paper]:
    """One Paper per version: same questions, order and options shuffled from ``seed`` and the version.

    ``shuffle=False`` keeps the bank's order (the import files: platforms shuffle themselves);
    ``distinct=False`` lets two questions rest on one sentence (see ``select_questions``).

    Raises KaodianError (E603–E609) on bad options or when no question is left.
    """
    versions = parse_versions(versions)
    scores = parse_scores(score)
    by_kind, notes = select_questions(bank, kinds=kinds, count=count, seed=seed, distinct=distinct)
    title = (title or "").strip() or default_title(bank)
    papers = []
    printed: dict[str, set[tuple]] = {}  # a section's or a question's orders in the versions so far
    for version in versions:
        # String seeds hash with SHA-512 in random.seed: stable across runs and machines.
        rng = random.Random(f"paper:{seed}:{version}")
        sections, number = [], 0
        for kind, qs in by_kind.items():
            places = range(len(qs))
            order = [qs[i] for i in (_shuffled(list(places), rng, printed.setdefault(kind, set())) if shuffle else places)]
            items = []
            for q in order:
                number += 1
                options, answer = (_shuffle_options(q, rng, printed.setdefault(q.id, set())) if shuffle
                                   else (q.options, q.answer))
                if kind == "truefalse":
                    # 判断题 are answered √/× in the brackets, never with 对/错 options;
                    # an answer given as the letter of such an option becomes its text.
                    if answer and len(answer[0]) == 1 and answer[0] in OPTION_LETTERS[:len(options)]:
                        answer = (options[OPTION_LETTERS.index(answer[0])],)
                    options = ()
                runs = _stem_runs(q)
                if len(runs) == 1 and not runs[0].blank:
                    runs = (Run(_with_brackets(runs[0].text, kind)),)
                items.append(PaperQuestion(
                    number=number,
                    kind=kind,
                    stem=runs,
                    options=options,
                    option_columns=_option_columns(options),
                    answer=answer,
                    answer_text=_answer_text(kind, answer),
                    explanation=q.explanation,
                    source=q.source,
                    score=_question_score(q, scores[kind]),
                    space=RECALL_LINES_PER_ITEM * max(1, len(q.answer)) if kind == "recall" else 0,
                    id=q.id,
                    accepted=q.accepted,
                    difficulty=q.difficulty,
                ))
            sections.append(Section(
                index=len(sections) + 1, kind=kind, questions=tuple(items),
                unit_score=scores[kind], total=sum(i.score for i in items),
            ))
        papers.append(Paper(title=title, subtitle=f"（{version}卷）", version=version, seed=seed,
                            sections=tuple(sections), notes=notes))
    return papers
