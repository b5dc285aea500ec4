"""Choose, rank and cover: which of the drafted questions a bank keeps, and in what order.

A teacher's quiz asks every key point once before it asks any point twice,
asks the most important points first, and does not ask one sentence over and
over.  ``select`` takes every question generation made, each with the point
it asks and that point's importance, and returns the bank:

1. points in order of importance (text order among equals);
2. round one takes each point's best question (the kind that fits the point
   best: a list is recalled, a definition blanked), first for the points whose
   sentence has no question yet, then for the others; round two each point's
   second question, and so on;
3. a sentence (white space and punctuation aside, so a line quoted twice in
   one input counts as one sentence) is asked again only while it carries
   fewer than ``per_sentence`` questions (a sentence of three points has its
   three first questions), and one answer on it is asked once: a cloze and a
   choice question that key the same words ask the same (``same_ask``), and
   the place goes to another point;
4. ``limit`` keeps the first N of that order.

The order of kinds per point kind and the cap are policy (``policy.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..kinds import LIST_KINDS
from ..model import OPTION_LETTERS, Point, Question
from ..text import common_prefix, common_suffix
from .policy import POLICY

_NOT_TEXT = re.compile(r"[\s\W_]+")


@dataclass(frozen=True)
class Candidate:
    """A drafted question with what ranks it: the point it asks (an identity), its importance and
    its place in text order."""

    question: Question
    point: tuple[str, ...]
    importance: float
    order: int
    ahead: bool = False  # a false statement asked before its point's cloze (questions/tf_first.py)
    stand_in: bool = False  # a false statement that may take a second cloze's place (tf_first.stands_in)


def sentence_key(q: Question) -> str:
    """What the per-sentence cap counts: the document and its sentence without white space and
    punctuation (a .txt and its saved .html are two documents, each asked in full)."""
    return q.source.document + "\x1f" + _bare(q.source.sentence)


@lru_cache(maxsize=8192)
def _bare(sentence: str) -> str:
    """The sentence without white space and punctuation (every question of a sentence asks it)."""
    return _NOT_TEXT.sub("", sentence)


def _by_point(cands: Sequence[Candidate], prefer: Mapping[str, Sequence[str]]) -> list[list[Candidate]]:
    """The candidates grouped by point, points most important first, each point's questions in the
    order its kind prefers (then text order)."""
    groups: dict[tuple[str, ...], list[Candidate]] = {}
    for c in cands:
        groups.setdefault(c.point, []).append(c)

    def rank(c: Candidate) -> tuple[float, int]:
        kinds = list(prefer.get(c.question.point_kind, ()))
        k = c.question.kind
        if c.ahead and "cloze" in kinds:  # (just before its cloze, as it was drafted: tf_first)
            return (kinds.index("cloze") - 0.5, c.order)
        return (kinds.index(k) if k in kinds else len(kinds), c.order)

    ordered = [sorted(g, key=rank) for g in groups.values()]
    ordered.sort(key=lambda g: (-g[0].importance, min(c.order for c in g)))
    return ordered


def select(cands: Sequence[Candidate], *, per_sentence: int | None, prefer: Mapping[str, Sequence[str]],
           limit: int | None = None, sentence: Callable[[Question], str] | None = None) -> list[Question]:
    """The bank's questions, ranked and covering (see the module docstring).  ``per_sentence`` None
    lifts the cap; ``limit`` None keeps every question that the cap lets through.  ``sentence`` is
    what the cap counts as one sentence (``sentence_key`` when None; a library counts a sentence
    once whatever text states it).

    A point whose sentence is asked already is put off until every point has had its first turn: the
    first questions of a bank, and so of ``limit``, ask as many sentences as there are points to ask
    before any sentence twice (a sentence of a series, a formulation and the statement around it is
    one place a teacher asks once, its second and third point are one more question on it).  A point
    put off then takes its best question all the same: another kind could miss what the point asks.
    But a sentence carries one choice question (``leaks``): a second gives way to its point's next kind,
    and a point whose kinds are all choice questions is then not asked.
    """
    groups = _by_point(cands, prefer)
    taken = _Taken(per_sentence, sentence or sentence_key)
    inside = _inside(groups, taken.key) if per_sentence is not None else set()
    beside = _told_beside(groups) if per_sentence is not None else set()
    out: list[Question] = []
    later: list[list[Candidate]] = []
    for round_ in range(max((len(g) for g in groups), default=0)):
        for g in groups:
            if round_ < len(g):
                q = g[round_].question
                if round_ == 0 and (taken.has_any(q) or _copied(q) or id(g) in inside or id(g) in beside):
                    later.append(g)
                elif taken.take(q, first=round_ == 0):
                    out.append(q)
        if round_ == 0:
            # every point has had its turn: a point whose sentence was asked now takes its best question,
            # before any point is asked a second time (one whose answer a bigger question on its sentence
            # asks, only while the sentence has room)
            for g in later:
                q = g[0].question
                if CHOICE_FOR_SECOND_CLOZE and (alt := _choice_for_cloze(g, taken, first=id(g) not in inside)):
                    out.append(alt)  # (its choice question stands in for a second cloze of the sentence)
                elif FALSE_FOR_SECOND_CLOZE and (alt := _false_for_cloze(g, taken, first=id(g) not in inside)):
                    out.append(alt)  # (else its false statement does: the sentence is asked two ways)
                elif taken.take(q, first=id(g) not in inside):
                    out.append(q)
                elif q.kind in CHOICE and taken.has_choice(q):
                    # a second choice question on its sentence gives way to the point's best other kind
                    alt = next((c.question for c in g[1:] if c.question.kind not in CHOICE
                                and taken.take(c.question, first=True)), None)
                    out += [alt] if alt is not None else []
    return out[:limit] if limit is not None else out


def top(ranked: Sequence[Question], limit: int | None,
        cap: Callable[[list[Question]], list[Question]]) -> tuple[list[Question], int]:
    """The first ``limit`` questions of ``ranked`` that ``cap`` keeps (all of them when ``limit`` is None), and
    how many ``cap`` left out of those it was shown.  ``cap`` weighs a selection as a whole (cap_true: verbatim
    true statements at most a third of it), so it weighs what is printed: the first questions it keeps, cut to
    ``limit``, weighed again until it keeps them all (a cut may take the false statements that let a true one
    stand), and topped up from below while the ranking has more."""
    if limit is None:
        kept = cap(list(ranked))
        return kept, len(ranked) - len(kept)
    n = min(limit, len(ranked))
    while True:
        weighed = cap(list(ranked[:n]))
        kept, below = weighed[:limit], weighed[limit:]
        taken = n - len(weighed)  # what the cap left out
        while len(again := cap(kept)) < len(kept):
            taken += len(kept) - len(again)
            kept = again + below[:limit - len(again)]  # (what ranks below comes up in its order)
            below = below[limit - len(again):]
        if len(kept) >= limit or n >= len(ranked):
            return kept, taken
        n = min(len(ranked), n + limit - len(kept))


def left_out(by_sentence: int, copies: int, below: int, per_sentence: int | None, limit: int | None) -> str:
    """The diagnostic that says how many drafted questions the selection left out, by reason: the
    per-sentence cap (or the same question on one sentence, without it), the cap on verbatim true
    statements, and ``limit``."""
    why = []
    if by_sentence:
        cap = f"同一句最多出 {per_sentence} 道题" if per_sentence is not None else "同一句同样的题只出一次"
        why.append(f"{cap}，少出 {by_sentence} 道")
    if copies:
        why.append(f"照抄原文、答案为“对”的判断题不超过判断题的三分之一，少出 {copies} 道")
    if below:
        why.append(f"只保留最重要的 {limit} 道，其余 {below} 道排在后面")
    return f"按重要性选题：另有 {by_sentence + copies + below} 道题未收入题库（{'；'.join(why)}）。"


def _inside(groups: list[list[Candidate]], key: Callable[[Question], str]) -> set[int]:
    """The points (ids of their groups) whose best question asks only what another point's best question on
    the same sentence asks among more (“三大法宝” when the series 思想建党、…、“三大法宝”、… is blanked whole):
    the bigger question covers them, so they are asked only where the sentence's cap leaves room."""
    asks: dict[str, list[frozenset[str]]] = {}
    for g in groups:
        asks.setdefault(key(g[0].question), []).append(frozenset(_asks(g[0].question)))
    out = set()
    for g in groups:
        mine = frozenset(_asks(g[0].question))
        if any(mine < other for other in asks[key(g[0].question)]):
            out.add(id(g))
    return out


def _told_beside(groups: list[list[Candidate]]) -> set[int]:
    """The points (ids of their groups) whose best question is a false statement whose changed term another point's
    question on its sentence keys (tf_share.asked_otherwise: 深刻领悟“两个结合”… beside the single keying 两个确立):
    that question asks the teacher's point, so the statement waits, as a copy marked 对 does (``_copied``), until every
    point has had its first turn (issue 12: such a statement ranked first pushed a point out of a bank's top 60)."""
    from .tf_asked import asked_otherwise  # (it reads the lexicon through statements: imported when a bank is selected)

    by_doc: dict[str, list[tuple[int, Question]]] = {}
    for g in groups:
        for c in g:
            by_doc.setdefault(c.question.source.document, []).append((id(g), c.question))
    return {id(g) for g in groups if g[0].question.kind == "truefalse" and g[0].question.answer == ("错",)
            and asked_otherwise(g[0].question, [o for n, o in by_doc[g[0].question.source.document] if n != id(g)])}


def _copied(q: Question) -> bool:
    """Whether ``q`` is a true/false question that copies its sentence and is answered 对: it asks
    nothing a learner must recall (issue 12), so its point waits with the points already asked."""
    return q.kind == "truefalse" and q.answer == ("对",)


# The kinds that ask a sentence's words as their answer: one of them keying what another keys on the same sentence
# asks it again (a teacher graded B: 与第10题考点重复), whichever kind it is.
_WORDS_ASKED = ("cloze", "single", "multiple")


def same_ask(q: Question) -> tuple:
    """What makes two questions on one sentence the same: what they ask, and their kind, except that a cloze, a
    single and a multiple choice keying the same words are one."""
    if q.kind in _WORDS_ASKED:
        return ("words", frozenset(_asks(q)))
    return (q.kind, _asks(q))


def _asks(q: Question) -> tuple[str, ...]:
    """What a question asks, whatever the seed drew: the answer text, the keyed options' texts (not
    their letters), the statement of a true/false question."""
    if q.kind in ("single", "multiple", "ordering"):
        return tuple(q.options[OPTION_LETTERS.index(a)] for a in q.answer if a in OPTION_LETTERS)
    if q.kind == "truefalse":
        return (q.stem,)
    return q.answer


class _Taken:
    """What the bank has taken per sentence: how many questions, with which answers."""

    def __init__(self, per_sentence: int | None, key: Callable[[Question], str] = sentence_key) -> None:
        self.cap = per_sentence
        self.key = key
        self.count: dict[str, int] = {}
        self.asked: set[tuple] = set()  # (sentence, same_ask): a line stated twice is asked once
        self.questions: dict[str, list[Question]] = {}  # sentence -> the questions taken on it
        # option set -> what the first choice question on it keys: two questions of one bank on the same four
        # options for different keys give each other away (session 22's newcomer: 两院/两重/两山/两污 twice)
        self.option_sets: dict[frozenset[str], tuple[str, ...]] = {}

    def has_any(self, q: Question) -> bool:
        """Whether the bank has a question on ``q``'s sentence."""
        return self.count.get(self.key(q), 0) > 0

    def has_choice(self, q: Question) -> bool:
        """Whether the bank has a choice question on ``q``'s sentence."""
        return any(t.kind in CHOICE for t in self.questions.get(self.key(q), ()))

    def take(self, q: Question, first: bool = False) -> bool:
        """Take ``q`` unless the same question on its sentence was taken, it is a second choice question
        on its sentence (``leaks``) or, for a point asked again (not ``first``), its sentence is full:
        every point is asked once, whatever the cap, unless its kinds are all refused by ``leaks``."""
        key = self.key(q)
        # (without a cap, --per-sentence 0, a sentence is asked in every kind drafted: a cloze and a choice on one answer)
        same = (key, *same_ask(q)) if self.cap is not None else (key, q.kind, _asks(q))
        if same in self.asked or (not first and self.cap is not None and self.count.get(key, 0) >= self.cap):
            return False
        on_sentence = self.questions.setdefault(key, [])
        # (without a cap, --per-sentence 0, a sentence is asked in every kind drafted: the user's choice)
        if self.cap is not None and any(leaks(q, t) for t in on_sentence):
            return False
        options = frozenset(q.options) if q.kind in CHOICE else frozenset()
        if options and self.option_sets.get(options, _asks(q)) != _asks(q):
            return False
        if options:
            self.option_sets.setdefault(options, _asks(q))
        self.asked.add(same)
        self.count[key] = self.count.get(key, 0) + 1
        on_sentence.append(q)
        return True


class FirstQuestions:
    """The first questions of one document's points on each of its sentences, as ``select`` counts them in
    its first round, so that generation can leave undrafted what the selection is sure to leave out.

    Every point's first question is taken in round one (unless the same question on that sentence was
    taken), so a sentence holding ``per_sentence`` distinct first questions is full before any point is
    asked a second time: select then drops every later question on it.  Only a point's first question
    that no later step of drafting takes back counts (a true statement may be left out by
    ``generate._cap_true``, and its point's next question is then its first)."""

    def __init__(self, per_sentence: int, points: Sequence[Point] = ()) -> None:
        self.cap = per_sentence
        self.asked: dict[str, dict[tuple, str]] = {}  # bare sentence -> same_ask of its first questions -> kind
        # where each sentence holding a list starts: select may give the sentence's one choice question to the list
        self.listed = frozenset(p.sentence.start for p in points if p.kind in LIST_KINDS)

    def add(self, q: Question) -> None:
        """Count ``q``, the first question of its point."""
        self.asked.setdefault(_bare(q.source.sentence), {}).setdefault(same_ask(q), q.kind)

    def refuses(self, q: Question) -> bool:
        """Whether ``select`` refuses ``q`` as its point's first question: a second choice question on a
        sentence (``leaks``); the point's next kind stands in for it, so that one is drafted."""
        return q.kind in CHOICE and any(kind in CHOICE for kind in self.asked.get(_bare(q.source.sentence), {}).values())

    def stands_in(self, first: Question | None, kind: str, sentence_start: int) -> bool:
        """Whether a point whose first question is the choice ``first`` is drafted in ``kind`` even on a full sentence:
        on a sentence holding a list, select may give the sentence's one choice question to the list's (``leaks``,
        by importance, which drafting in text order cannot know), and this kind then stands in for ``first``."""
        return (first is not None and first.kind in CHOICE and kind not in (*CHOICE, "truefalse")
                and sentence_start in self.listed)

    def full(self, sentence: str) -> bool:
        """Whether ``select`` leaves out every question of a point asked again on ``sentence``."""
        return len(self.asked.get(_bare(sentence), ())) >= self.cap


CHOICE = ("single", "multiple")
# Whether a point put off to a sentence that holds a cloze already is asked by its choice question (when it drafted
# one the sentence takes) rather than by a second cloze (policy.yaml choice_for_second_cloze; issue 11: each key
# point asked in the kind that fits it, a series term or a formulation among its siblings).
CHOICE_FOR_SECOND_CLOZE: bool = POLICY["choice_for_second_cloze"]


def _choice_for_cloze(g: list[Candidate], taken: "_Taken", first: bool) -> Question | None:
    """The choice question the point ``g`` (best question a cloze) is asked by instead, taken, or None: only when
    its sentence holds a cloze already (two clozes of one sentence ask it twice the same way) and the point drafted
    a choice question the sentence takes (no second choice, no same answer: ``_Taken.take``)."""
    q = g[0].question
    if q.kind != "cloze" or not any(t.kind == "cloze" for t in taken.questions.get(taken.key(q), ())):
        return None
    return next((c.question for c in g[1:] if c.question.kind in CHOICE and _one_class(c.question)
                 and taken.take(c.question, first=first)), None)


# A single choice stands in for a cloze only when its options share this many characters at an edge (政治自律 among
# 政治标准、政治过硬、政治纪律; 形式主义 among 命令主义…): session 26's own review printed such singles, and rejected
# those of bare qualities (实效性 among 主动性、创造性: another fits the blank as well) and of no shared form.
_CLASS_EDGE: int = POLICY["choice_for_second_cloze_edge"]


def _one_class(q: Question) -> bool:
    """Whether the choice ``q`` may stand in for a cloze: a multiple choice (it keys the whole series), or a single
    choice whose options, 《》 aside, share a head or a tail of ``_CLASS_EDGE`` characters."""
    if q.kind != "single":
        return True
    options = [o.strip("《》“”") for o in q.options]
    if not options or min(map(len, options)) <= _CLASS_EDGE:
        return False  # (no options to judge, or an option no longer than the edge: the edge would be all of it)
    head = min(len(common_prefix(options)), min(map(len, options)) - 1)
    tail = min(len(common_suffix(options)), min(map(len, options)) - 1)
    return max(head, tail) >= _CLASS_EDGE


# Whether a point put off to a sentence that holds a cloze already, with no choice question to stand in, is asked by
# its false statement rather than by a second cloze of the sentence (policy.yaml false_for_second_cloze, issue 12).
FALSE_FOR_SECOND_CLOZE: bool = POLICY["false_for_second_cloze"]


def _false_for_cloze(g: list[Candidate], taken: "_Taken", first: bool) -> Question | None:
    """The false statement the point ``g`` (best question a cloze) is asked by instead, taken, or None: only when its
    sentence holds a cloze already (a second blank asks the sentence again the same way) and the point drafted a
    true/false question answered 错 whose change a teacher trusts (``Candidate.stand_in``, tf_first.stands_in) and that
    the sentence takes.  A copy marked 对 never stands in (it teaches little)."""
    q = g[0].question
    if q.kind != "cloze" or not any(t.kind == "cloze" for t in taken.questions.get(taken.key(q), ())):
        return None
    return next((c.question for c in g[1:] if c.stand_in and c.question.kind == "truefalse"
                 and c.question.answer == ("错",) and taken.take(c.question, first=first)), None)


def asks_again(first: Question | None, q: Question) -> bool:
    """Whether ``q`` asks what ``first``, its point's first question and a choice one, asks (a cloze keying the
    same words, ``same_ask``): select refuses it while that choice stands, so drafting counts it in no kind's
    place and the point's next kind (its true/false question) is drafted as before."""
    return (first is not None and first.kind in CHOICE and q is not first and q.kind in _WORDS_ASKED
            and same_ask(q) == same_ask(first))  # (a true/false one may be a Held draft: questions/held.py)


def leaks(q: Question, t: Question) -> bool:
    """Whether two questions on one sentence are both choice questions: a teacher asks a sentence once by
    choice (增强（　　）、坚定“四个自信”… asked three times over, each stem giving the others' keys)."""
    return q.kind in CHOICE and t.kind in CHOICE
