"""Which questions of a bank a paper asks: a seeded sample spread over the text, each kind up to its cap,
never two questions on one sentence, none whose stem gives away another's answer (see ``select_questions``)."""

from __future__ import annotations

import random
import re
from typing import Mapping, Sequence

from ..errors import KaodianError
from ..kinds import parse_kinds
from ..model import QUESTION_KINDS, Bank, Question, QuestionSource
from .paper_options import (KIND_ORDER, fill_kinds, named_kinds, parse_counts, seed_spread, short_advice,
                            short_reasons)

# Kinds whose question cites a whole passage (a list), not one sentence.
PASSAGE_KINDS = ("ordering", "recall")
# A key shorter than this (改革, 人民) stands in many stems without giving a question away.
GIVEAWAY_MIN = 3
_NOT_WORDS = re.compile(r"[\s\W_]+")


def select_questions(
    bank: Bank,
    *,
    kinds: Sequence[str] | str | None = None,
    count=None,
    seed: int = 0,
    distinct: bool = True,
) -> tuple[dict[str, list[Question]], tuple[str, ...]]:
    """The questions of the paper by kind (bank order kept) and the notes on kinds left out or cut short.

    ``count`` gives each section's maximum (``all``: the whole bank); the
    questions are a seeded sample chosen across all sections at once (see
    ``_spread_sample``).  With ``distinct`` (a paper) no two questions rest on
    the same text: one source sentence, one point, one 排序/简答 passage is
    asked once — a 判断题 stating a sentence would give away the 填空题 made
    from it — and no question's stem or options show what another keys (a
    填空题 blanking 三个代表 beside a 判断题 that states it), so a short article gives a shorter paper, and a note says which
    section lost how many questions.  With the default counts the places a short section leaves go to the
    fill kinds (paper.yaml ``fill``), and a note says how many each took.  ``distinct=False`` (an import file, a
    bank the platform draws from) fills the counts from the same text when
    fresh text runs out.  Raises E604 when the bank has no question of the kinds, E610 when ``count``
    gives each kind it has 0 places.
    """
    wanted = parse_kinds(kinds)
    caps = parse_counts(count)
    by_kind: dict[str, list[Question]] = {k: [] for k in KIND_ORDER}
    for q in bank.questions:
        if q.kind in by_kind and (wanted is None or q.kind in wanted):
            by_kind[q.kind].append(q)
    notes = []
    # the kinds asked for, or else every kind the paper's counts give a section (a bank of clozes alone
    # makes a paper of one section: the key and the command say which sections it lacks)
    # (a --count that names kinds asks for those: a section it leaves at its default is not missed aloud)
    for k in wanted or [k for k in named_kinds(count) if caps.get(k)]:
        if not by_kind[k]:
            notes.append(f"题库中没有{QUESTION_KINDS[k]}，试卷不含该部分{_scarce(bank.diagnostics, k)}。")
    available = {k: qs for k, qs in by_kind.items() if qs}
    chosen = _spread_sample(available, caps, random.Random(f"select:{seed}"), distinct=distinct, reach=bool(seed))
    lent = {}
    if count is None:
        # (default counts: the places a short section leaves go to the fill kinds, so the paper keeps its size)
        counted = {k: n for k, n in caps.items() if wanted is None or k in wanted}
        chosen, lent = _lend(available, counted, chosen, [k for k in fill_kinds() if k in counted], seed, distinct)
    for k, qs in available.items():
        cap = caps.get(k)
        want = len(qs) if cap is None else cap
        got = len(chosen.get(k, ()))
        if got < want:
            name = QUESTION_KINDS[k]
            cut = f"应出{want}题，实出{got}题" if got else f"应出{want}题，试卷不含该部分"
            # (the bank holds fewer than the count asks: say so, as for a question held back to keep sentences apart)
            why = f"题库里这种题只有{len(qs)}道" + ("" if got == len(qs) else
                                              f"，其中{len(qs) - got}道与已选的题同出一句或会泄露另一题的答案，没有选")
            notes.append(f"{name}少出{want - got}题（{cut}）：{why}{_scarce(bank.diagnostics, k)}。")
    for k, n in lent.items():
        notes.append(f"{QUESTION_KINDS[k]}多出{n}题，补足其他题型空出的位置。")
    # (a section short of its count: one line on what the teacher can do; a kind the bank lacks says only why)
    if any("少出" in n for n in notes) and short_advice(count is not None):
        notes.append(short_advice(count is not None))
    by_kind = chosen
    if not by_kind and available:  # (the bank has the questions: the counts asked for none of them)
        raise KaodianError("E610", value=count, n=sum(len(qs) for qs in available.values()))
    if not by_kind:
        asked = "、".join(QUESTION_KINDS[k] for k in wanted) if wanted else "任何题型"
        raise KaodianError("E604", kinds=asked)
    return by_kind, tuple(notes)


def _scarce(diagnostics: Sequence[str], kind: str) -> str:
    """Why the bank holds few questions of a kind, in a teacher's words: the commonest of generate's notes on
    points left without one (paper.yaml ``short_reasons``), with how many points it held back; '' when none."""
    said = f"未出{QUESTION_KINDS[kind]}"
    counts: dict[str, int] = {}
    for d in diagnostics:
        if said in d:
            words = next((w for m, w in short_reasons() if m in d), None)
            if words:
                counts[words] = counts.get(words, 0) + 1
    if not counts:
        return ""
    words, n = max(counts.items(), key=lambda item: item[1])
    return f"。{words}（{n} 处考点因此没出{QUESTION_KINDS[kind]}）"


def _lend(available: dict[str, list[Question]], caps: dict[str, int], chosen: dict[str, list[Question]],
          fill: list[str], seed: int, distinct: bool) -> tuple[dict[str, list[Question]], dict[str, int]]:
    """The paper again with the places its short sections left given to the ``fill`` kinds, in order, each up to
    what its bank holds, and how many each took beyond its count; the first draw and nothing lent when no section
    is short or no fill kind has questions to spare."""
    short = sum(max(0, n - len(chosen.get(k, ()))) for k, n in caps.items())
    if not short:
        return chosen, {}
    wider = dict(caps)
    for k in fill:
        spare = max(0, len(available.get(k, ())) - wider.get(k, 0))
        wider[k] = wider.get(k, 0) + min(short, spare)
        short -= min(short, spare)
    if wider == caps:
        return chosen, {}
    again = _spread_sample(available, wider, random.Random(f"select:{seed}"), distinct=distinct, reach=bool(seed))
    # (a fill kind may itself come out short of its wider count: only what it took beyond its own count is lent)
    lent = {k: len(again.get(k, ())) - caps.get(k, 0) for k in fill}
    return again, {k: n for k, n in lent.items() if n > 0}


def _bare(text: str) -> str:
    """The text without white space, punctuation and blanks (______): what a reader sees of its words."""
    return _NOT_WORDS.sub("", text)


def _overlaps(a: QuestionSource, b: QuestionSource) -> bool:
    """Two questions on the same text: the same sentence, or one inside the other's passage (a point)."""
    return a.document == b.document and a.start < b.end and b.start < a.end


class _Taken:
    """The text a paper already asks: offsets per document, and the sentences themselves.

    The text matters besides the offsets: a sentence repeated in an article, or
    the same article given twice, is still one sentence to the reader.
    """

    def __init__(self) -> None:
        self.spans: dict[str, list[tuple[int, int]]] = {}
        self.sentences: set[str] = set()
        self.passages: list[str] = []  # 排序/简答 passages: a sentence inside one is taken too
        self.shown: list[str] = []  # what the paper shows, and what it keys: neither may give the other away
        self.keys: set[str] = set()

    @staticmethod
    def _text(q: Question) -> str:
        return re.sub(r"\s+", "", q.source.sentence)

    @staticmethod
    def _keys(q: Question) -> set[str]:
        return {k for k in map(_bare, q.keyed()) if len(k) >= GIVEAWAY_MIN}

    @staticmethod
    def _shown(q: Question) -> list[str]:
        """What the paper prints of a question besides its number: the stem, and a choice's options."""
        return [_bare(q.stem), *(_bare(o) for o in q.options if q.kind != "truefalse")]

    def _gives_away(self, q: Question) -> bool:
        """The question shows what a question of the paper keys, or the paper shows what it keys."""
        shown = self._shown(q)
        return any(k in s for k in self.keys for s in shown) or any(k in s for k in self._keys(q) for s in self.shown)

    def clashes(self, q: Question) -> bool:
        s = q.source
        if any(s.start < end and start < s.end for start, end in self.spans.get(s.document, ())):
            return True
        if self._gives_away(q):
            return True
        text = self._text(q)
        if not text:
            return False
        if text in self.sentences or any(text in p for p in self.passages):
            return True
        # a passage question claims every sentence inside its passage
        return q.kind in PASSAGE_KINDS and any(t in text for t in self.sentences)

    def add(self, q: Question) -> None:
        self.spans.setdefault(q.source.document, []).append((q.source.start, q.source.end))
        self.shown += self._shown(q)
        self.keys |= self._keys(q)
        text = self._text(q)
        if text:
            self.sentences.add(text)
            if q.kind in PASSAGE_KINDS:
                self.passages.append(text)


class _Budget:
    """The sentences the sentence sections (填空, 选择, 判断) need, and what a passage would take of them.

    A 排序题 or 简答题 asks a whole passage, so no other question may come from
    it: on a short article one passage can hold most of the sentences.  A
    passage is taken only from the surplus, when the sentences left outside
    every chosen passage still number at least the places the sentence
    sections have to fill; otherwise the paper keeps its sentence questions.
    """

    def __init__(self, spans: set[tuple[str, int, int]], demand: int) -> None:
        self.spans = sorted(spans)
        self.demand = demand
        self.blocked: set[int] = set()

    def _inside(self, s: QuestionSource) -> set[int]:
        return {i for i, (doc, start, end) in enumerate(self.spans)
                if doc == s.document and s.start < end and start < s.end}

    def cost(self, s: QuestionSource) -> int:
        """How many sentences not yet given up the passage would take."""
        return len(self._inside(s) - self.blocked)

    def allows(self, s: QuestionSource) -> bool:
        return len(self.spans) - len(self.blocked) - self.cost(s) >= self.demand

    def claim(self, s: QuestionSource) -> None:
        self.blocked |= self._inside(s)


def _spread_sample(by_kind: dict[str, list[Question]], caps: Mapping[str, int],
                   rng: random.Random, *, distinct: bool = True, reach: bool = False) -> dict[str, list[Question]]:
    """Each kind's questions cut to its cap, chosen across the whole paper.

    Sections take turns, those asking whole passages first (排序, 简答: they
    need a free passage, the others one sentence), then the scarcest (fewest
    questions per place to fill, so a plentiful 填空题 does not use up the
    sentences a 多选题 needs), each taking its next question round-robin over
    (article, heading) and skipping any whose text a question already in the
    paper asks (``_Taken``).  A section that runs out of fresh text stays
    short.  Without ``distinct``, sections under their cap keep everything and
    the skipped questions fill the rest: first those on a sentence not yet
    asked, then any.  With ``reach`` (any seed but 0) each part draws its
    questions at random, weighted towards its most important (``_queues``).  Bank order is kept.
    """
    chosen: dict[str, list[int]] = {}
    taken = _Taken()
    limit: dict[str, int] = {}
    for k, qs in by_kind.items():
        cap = caps.get(k)
        if not distinct and (cap is None or len(qs) <= cap):
            chosen[k] = list(range(len(qs)))
            for q in qs:
                taken.add(q)
        else:
            limit[k] = len(qs) if cap is None else min(cap, len(qs))
    capped = list(limit)
    budget = _Budget({(q.source.document, q.source.start, q.source.end)
                      for k, qs in by_kind.items() if k not in PASSAGE_KINDS for q in qs},
                     sum(n for k, n in limit.items() if k not in PASSAGE_KINDS))
    queues = {k: _queues(by_kind[k], k, rng, budget, reach) for k in capped}
    for k in capped:
        chosen[k] = []
    capped.sort(key=lambda k: (k not in PASSAGE_KINDS, len(by_kind[k]) / max(1, limit[k]), KIND_ORDER.index(k)))
    turn = {k: 0 for k in capped}  # next group to draw from
    deferred: dict[str, list[int]] = {k: [] for k in capped}
    active = [k for k in capped if limit[k] > 0]
    while active:
        for k in list(active):
            qs, groups = by_kind[k], queues[k]
            pick = None
            for step in range(len(groups)):
                queue = groups[(turn[k] + step) % len(groups)]
                while queue:
                    i = queue.pop()
                    if taken.clashes(qs[i]) or (distinct and k in PASSAGE_KINDS
                                                and not budget.allows(qs[i].source)):
                        deferred[k].append(i)
                        continue
                    pick = i
                    break
                if pick is not None:
                    turn[k] = (turn[k] + step + 1) % len(groups)
                    break
            if pick is None:
                active.remove(k)
                continue
            chosen[k].append(pick)
            taken.add(qs[pick])
            if k in PASSAGE_KINDS:
                budget.claim(qs[pick].source)
            if len(chosen[k]) >= limit[k]:
                active.remove(k)
    if not distinct:
        _fill(by_kind, capped, chosen, deferred, limit)
    return {k: [by_kind[k][i] for i in sorted(chosen[k])] for k in by_kind if chosen.get(k)}


def _queues(qs: list[Question], kind: str, rng: random.Random, budget: _Budget,
            reach: bool = False) -> list[list[int]]:
    """The draw order of one section: its questions grouped by (article, heading), the groups in a
    seeded order, each group's most important question drawn first (the bank is ranked, most
    important first: a paper asks the top of each part of the text) or, with ``reach``, a seeded
    draw weighted by rank (``_weighted_order``); one queue of passages, those holding the fewest
    other sentences first, for 排序/简答."""
    groups: dict[tuple, list[int]] = {}
    for i, q in enumerate(qs):
        groups.setdefault((q.source.article, q.source.heading), []).append(i)
    # a queue is popped from its end: the bank's first question of a group goes last in the list
    queues = [sorted(idx, reverse=True) for idx in rng.sample(list(groups.values()), len(groups))]
    if reach:
        # (drawn after the groups' order, so seed 0's paper, which draws nothing more, stays as it was)
        queues = [_weighted_order(q, rng) for q in queues]
    if kind in PASSAGE_KINDS:
        # the passages holding the fewest of the other sections' sentences go first
        cost = {i: budget.cost(qs[i].source) for i in range(len(qs))}
        queues = [sorted((i for q in queues for i in q), key=lambda i: -cost[i])]
    return queues


def _weighted_order(queue: list[int], rng: random.Random) -> list[int]:
    """A group's queue (last popped first) in a seeded order that favours the bank's ranking: the
    question at rank r of the group is drawn as if weighted 2 ** (-r / spread) (Efraimidis–Spirakis
    keys: half as likely every ``spread`` places down), so another seed asks other questions, mostly from the top of each part (paper.yaml
    ``seed_spread``; 0 keeps the ranking)."""
    spread = seed_spread()
    if spread <= 0:
        return queue
    ranked = queue[::-1]  # most important first
    keys = {i: rng.random() ** (2 ** (r / spread)) for r, i in enumerate(ranked)}
    return sorted(queue, key=lambda i: (keys[i], -i))


def _fill(by_kind: dict[str, list[Question]], capped: list[str], chosen: dict[str, list[int]],
          deferred: dict[str, list[int]], limit: dict[str, int]) -> None:
    """Sections under their cap take the questions they skipped: first those on a sentence not yet
    asked, then any.  Out of fresh text, a question inside another's passage (an item of a list
    asked as a whole) is still better than a second question on one sentence."""
    sentences = {(t.document, t.start, t.end) for k in chosen for t in (by_kind[k][i].source for i in chosen[k])}
    for strict in (True, False):
        for k in capped:
            rest = []
            for i in deferred[k]:
                s = by_kind[k][i].source
                if len(chosen[k]) < limit[k] and not (strict and (s.document, s.start, s.end) in sentences):
                    chosen[k].append(i)
                    sentences.add((s.document, s.start, s.end))
                else:
                    rest.append(i)
            deferred[k] = rest
