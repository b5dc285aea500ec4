"""Score a question bank against what people ask: a teacher's key points and human blanks.

The rules are those of the study-points README (tests/study-points/README.md),
with the choices it leaves open made explicit:

* **Key-point coverage.** A question asks for a point when one of the point's
  anchors stands in its source sentence (for ordering and recall questions:
  in its stem, and only there) and what it keys holds one of the point's
  items, substring either way.  Keyed: cloze and recall — the answers;
  single and multiple — the options at the answer letters; ordering — all
  options; true/false — only a false statement (answer 错) counts, and only
  when an item that stands in the source sentence is missing from the stem.
  All white space is removed from every string compared.  Coverage = points
  asked for / points, on the whole bank and on the bank that ``--limit 60``
  keeps (``kaodian.bank.most_important``).
* **Human-blank recall.** For every human answer, the cloze questions of the
  same sentence: both sentences without white space and with
  “”"'‘’（）()。；，、：！？ stripped from both ends, one contains the other
  and the shorter is at least half the longer (a question may cite one
  clause of a long sentence).  The answer is hit when one of their blanks
  equals it, or one contains the other and the shorter is at least 0.6 of
  the longer.  Recall = hits / answers.
* **Budget.** The characters of all distinct (sentence, blank text) pairs of
  the bank's cloze questions, over the characters of the normalized document
  text the questions were drawn from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ..model import Question
from .annotations import HumanBlank, KeyPoint

# The README's "the 60 most important questions": the size of the limited bank.
TOP_N = 60

# The README's sentence match: the shorter sentence is at least half the longer
# (a question may cite one clause of a long sentence, but not a fragment).
SAME_SENTENCE_SHARE = 0.5

# The README's blank match: a blank one character off a two-character answer
# is not the same blank; 政治判断力 for 判断力 is.
SAME_BLANK_SHARE = 0.6

# Stripped from both ends of a sentence before sentences are compared.
_SENTENCE_ENDS = "“”\"'‘’（）()。；，、：！？"
_WHITESPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """The text without any white space, as every comparison here takes it."""
    return _WHITESPACE.sub("", text)


def sentence_key(sentence: str) -> str:
    """A sentence as sentences are compared: no white space, no quotes, brackets or punctuation at either end."""
    return squash(sentence).strip(_SENTENCE_ENDS)


def _contains_share(a: str, b: str, share: float) -> bool:
    """One string contains the other, and the shorter is at least ``share`` of the longer."""
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and shorter in longer and len(shorter) >= share * len(longer)


def same_sentence(a: str, b: str) -> bool:
    """Whether two sentences (already keyed by ``sentence_key``) are the same by the README's rule."""
    return _contains_share(a, b, SAME_SENTENCE_SHARE)


def blank_hits(answer: str, blank: str) -> bool:
    """Whether a kaodian blank hits a human answer: equal, or one inside the other at 0.6 of its length."""
    a, b = squash(answer), squash(blank)
    return a == b or _contains_share(a, b, SAME_BLANK_SHARE)


class _Tally:
    """Counts of one file, or of several added up (micro-averaging): ``COUNTS`` names the hits and the
    whole, ``missed`` lists what was not hit."""

    COUNTS: tuple[str, str]
    missed: list

    @property
    def ratio(self) -> float:
        """Hits / the whole; 1.0 when there is nothing to hit."""
        hit, whole = (getattr(self, f) for f in self.COUNTS)
        return hit / whole if whole else 1.0

    def add(self, other: "_Tally") -> None:
        """Add another file's counts."""
        for f in self.COUNTS:
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.missed += other.missed


@dataclass
class Coverage(_Tally):
    """How many of a text's key points the questions ask for."""

    COUNTS = ("asked", "points")
    asked: int = 0
    points: int = 0
    missed: list[str] = field(default_factory=list)  # names of the points no question asks for


@dataclass(frozen=True)
class MissedBlank:
    """A human answer no kaodian blank hits, with what kaodian blanked in that sentence."""

    answer: str
    sentence: str
    question: str  # the human stem
    kaodian: tuple[str, ...]  # kaodian's blanks in the same sentence; () when it asks no cloze there


@dataclass
class BlankRecall(_Tally):
    """How many human answers the cloze questions blank too."""

    COUNTS = ("hits", "answers")
    hits: int = 0
    answers: int = 0
    missed: list[MissedBlank] = field(default_factory=list)


@dataclass
class Budget:
    """How much of the text the cloze questions blank."""

    blanked: int = 0  # characters of the distinct (sentence, blank) pairs
    text: int = 0  # characters of the document text

    @property
    def ratio(self) -> float:
        """Blanked / text characters; 0.0 for an empty text."""
        return self.blanked / self.text if self.text else 0.0

    def add(self, other: "Budget") -> None:
        """Add another file's counts."""
        self.blanked += other.blanked
        self.text += other.text


def asks_for(q: Question, point: KeyPoint) -> bool:
    """Whether a question asks for a key point (see the module docstring)."""
    where = squash(q.stem if q.kind in ("ordering", "recall") else q.source.sentence)
    if not any(squash(a) in where for a in point.anchors):
        return False
    items = [i for i in (squash(i) for i in point.items) if i]
    if q.kind == "truefalse":
        if tuple(q.answer) != ("错",):
            return False  # a true statement copied from the text asks for nothing
        stem = squash(q.stem)
        return any(i in where and i not in stem for i in items)
    keys = [k for k in (squash(k) for k in q.keyed()) if k]
    return any(i in k or k in i for k in keys for i in items)


def point_coverage(questions: Sequence[Question], points: Sequence[KeyPoint]) -> Coverage:
    """The points of ``points`` that at least one of ``questions`` asks for."""
    c = Coverage(points=len(points))
    for p in points:
        if any(asks_for(q, p) for q in questions):
            c.asked += 1
        else:
            c.missed.append(p.name)
    return c


def _cloze_sentences(questions: Sequence[Question]) -> list[tuple[str, tuple[str, ...]]]:
    """(sentence key, blank texts) of every cloze question, in bank order."""
    return [
        (sentence_key(q.source.sentence), tuple(b.text for b in q.blanks) or q.answer)
        for q in questions
        if q.kind == "cloze"
    ]


def blank_recall(questions: Sequence[Question], blanks: Sequence[HumanBlank]) -> BlankRecall:
    """The human answers that a cloze question of the same sentence blanks too."""
    clozes = _cloze_sentences(questions)
    r = BlankRecall()
    for human in blanks:
        key = sentence_key(human.sentence)
        ours = [b for s, bs in clozes if same_sentence(key, s) for b in bs]
        for answer in human.answers:
            r.answers += 1
            if any(blank_hits(answer, b) for b in ours):
                r.hits += 1
            else:
                r.missed.append(MissedBlank(answer, human.sentence, human.question, tuple(dict.fromkeys(ours))))
    return r


def blank_budget(questions: Sequence[Question], text_chars: int) -> Budget:
    """The characters the cloze questions blank, each (sentence, blank) pair once, against ``text_chars``."""
    pairs = {(s, squash(b)) for s, bs in _cloze_sentences(questions) for b in bs}
    return Budget(blanked=sum(len(b) for _, b in pairs), text=text_chars)


@dataclass
class QuestionScore:
    """The question scores of one input: coverage of its key points, recall of its human blanks, the budget."""

    name: str  # the input file name (X.txt / X.html)
    annotations: str  # the points and blanks files it is scored against, as a user reads them
    questions: int = 0  # the size of the whole bank
    coverage: Coverage | None = None  # None without a points file
    coverage_top: Coverage | None = None  # on the TOP_N most important questions
    recall: BlankRecall | None = None  # None without a blanks file
    budget: Budget = field(default_factory=Budget)
    error: str | None = None  # the extraction's or generation's error message, when it failed

    def add(self, other: "QuestionScore") -> None:
        """Add another file's counts (micro-averaging); a part the other file has is started here when missing."""
        self.questions += other.questions
        self.budget.add(other.budget)
        for part, empty in (("coverage", Coverage), ("coverage_top", Coverage), ("recall", BlankRecall)):
            theirs = getattr(other, part)
            if theirs is not None:
                if getattr(self, part) is None:
                    setattr(self, part, empty())
                getattr(self, part).add(theirs)


def score_questions(
    name: str,
    questions: Sequence[Question],
    text_chars: int,
    points: Sequence[KeyPoint] | None = None,
    blanks: Sequence[HumanBlank] | None = None,
    annotations: str = "",
) -> QuestionScore:
    """Score one input's bank against its key points and human blanks (either may be None: not scored).

    ``text_chars`` is the length of the document text the bank was drawn
    from (the budget's denominator).  The limited bank is
    ``kaodian.bank.most_important(questions, TOP_N)``.
    """
    from ..bank import most_important

    s = QuestionScore(name, annotations, questions=len(questions), budget=blank_budget(questions, text_chars))
    if points is not None:
        s.coverage = point_coverage(questions, points)
        s.coverage_top = point_coverage(most_important(questions, TOP_N), points)
    if blanks is not None:
        s.recall = blank_recall(questions, blanks)
    return s
