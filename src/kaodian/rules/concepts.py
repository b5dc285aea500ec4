"""The key concepts of a sentence: what a question writer blanks in it.

Human fill-in questions on study texts blank the concept a sentence is about,
not an arbitrary word: the defined term of 发展是…的第一要务, the X of
坚持X的原则, the Y of 是X的Y, the object of a governing verb (坚持X, 由X批准),
a count (两名, 五年).  This module finds such candidates from the segmenter's
part-of-speech tags, scores them by where they stand and how they are cued,
and returns the best non-overlapping ones.  The cue words and the scores are
policy in the ``concepts`` section of the rules (default.yaml); the mechanism is here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

from .concept_rules import ConceptRules
from .concept_shapes import MODIFIER_TAGS, NOUN_TAGS, Candidates, Concept, Token, find_shapes
from .recurrence import Recurrence

__all__ = ["Concept", "ConceptRules", "Recurrence", "candidates", "key_concepts", "sentence_concepts"]

# a short quotation, a candidate as a whole
QUOTED = re.compile(r"“([^”]{2,14})”")
# before a numeral, these make it no count: 这两项工作, 那三个问题 (每五年 is a count: a term)
_DETERMINERS = frozenset("这那某哪")


def _tokens(sentence: str) -> list[Token]:
    from .. import segment

    tagged = segment.tag(sentence)
    words = [w for w, _ in tagged]
    ends = list(accumulate(map(len, words)))
    return list(zip(words, [t for _, t in tagged], [0, *ends[:-1]], ends))


def _retag(toks: list[Token], rules: ConceptRules) -> list[Token]:
    """The tokens with a word that introduces an agent (经, 并报) tagged a preposition: the segmenter
    tags some as nouns, and a noun phrase never opens with one (经支部大会)."""
    if rules.agents.isdisjoint(t[0] for t in toks):
        return toks  # most sentences hold no agent word: nothing to retag
    return [(w, "p", a, b) if w in rules.agents and t[0] in "nv" else (w, t, a, b) for w, t, a, b in toks]


def _cue_words(toks: list[Token], rules: ConceptRules) -> bool:
    """Whether a cue word of ``_cue`` stands as a token the way a bonus or role needs it: 是, 以 or a
    governing word as a word, a category word ending the word right after 的."""
    words = [t[0] for t in toks]
    if ("是" in words or "以" in words or "作为" in words or not rules.series_takers.isdisjoint(words)
            or not rules.value_verbs.isdisjoint(words)):
        return True
    return any(w == "的" and nxt.endswith(rules.categories) for w, nxt in zip(words, words[1:]))


def _recurring(c: Concept, sentence: str, recurrence: Recurrence, rules: ConceptRules) -> Concept:
    """``c`` with the score its recurrence in the document adds (or takes: the ubiquitous topic)."""
    lo, hi = rules.recurring
    # a numeral blanked alone recurs as the count it makes with its unit (两名), not as a character
    m = rules.number.match(sentence, c.start) if c.role == "number" else None
    n = recurrence.count(m.group() if m else sentence[c.start : c.end])
    if n > hi and not m:
        n = recurrence.alone(sentence[c.start : c.end], n)
    bonus = rules.scores["recurring"] if lo <= n <= hi else rules.scores["ubiquitous"] if n > hi else 0.0
    return Concept(c.start, c.end, c.score + bonus, c.role)


def candidates(sentence: str, recurrence: Recurrence, rules: ConceptRules) -> tuple[Concept, ...]:
    """Every candidate concept of ``sentence``, best score per span, in sentence order."""
    return tuple(_recurring(c, sentence, recurrence, rules) for c in _raw(sentence, rules))


def _raw(sentence: str, rules: ConceptRules, toks: list[Token] | None = None) -> tuple[Concept, ...]:
    """The candidates scored by role alone, in sentence order (``toks``: the sentence's tokens, when
    tagged already)."""
    c = Candidates(sentence, rules)
    if toks is None:
        toks = _tokens(sentence)
    toks = _retag(toks, rules)
    counts = list(c.p.number.finditer(sentence))
    if counts:
        _counts(c, counts, toks)
    for m in QUOTED.finditer(sentence):
        c.add(m.start(1), m.end(1), "quoted")
    find_shapes(c, toks)
    return _no_attribution(c.concepts(), sentence, c.p)


# what closes the phrase after a tally's count (两次|降低存款准备金率|、)
_PHRASE_END = "、，,；;。！？!?：:"


def _counts(c: Candidates, counts: list[re.Match[str]], toks: list[Token]) -> None:
    """Put the counts (matches of the number pattern) that are words of their own into ``c``."""
    sentence = c.sentence
    starts, ends = {t[2] for t in toks}, {t[3] for t in toks}
    tags = {t[2]: t[1] for t in toks}
    count_starts, count_ends = {m.start() for m in counts}, {m.end() for m in counts}
    for m in counts:
        # a count is words of its own (两名, 五年|以上), never the head of a formulation (两个确立) nor
        # half of a session's name (八届三次全会: two counts that touch)
        if (m.start() not in starts or m.end() not in ends or sentence[m.start() - 1 : m.start()] in _DETERMINERS
                or m.start() in count_ends or m.end() in count_starts):
            continue
        if m.group("n") == "一" and tags.get(m.end(), "x") in NOUN_TAGS | MODIFIER_TAGS:
            continue  # 一次伟大觉醒: an article before a noun phrase, not a count (预备期为一年。 is one)
        if c.p.figures.trivial(sentence, m.start(), m.end()):
            # 两次降低存款准备金率、…: a tally of what was done is trivia, what was done the concept, in
            # the count's stead (its role and score; a phrase's length and words checked)
            end = next((i for i in range(m.end(), len(sentence)) if sentence[i] in _PHRASE_END), len(sentence))
            if tags.get(m.end(), "x").startswith("v"):
                c.add(m.end(), end, "number")
            continue
        if m.group("u") in c.p.numeral_alone:
            if m.group("n") == "一":
                continue  # 一个, 一位, 一名: an article (确立一个更高的标杆), not a count
            c.add(m.start("n"), m.end("n"), "number", number=True)
        else:
            c.add(m.start(), m.end(), "number", number=True)


def _no_attribution(cands: tuple[Concept, ...], sentence: str, rules: ConceptRules) -> tuple[Concept, ...]:
    """The candidates but who says or lays down the statement (习近平总书记|指出, 党章|规定):
    a question writer blanks what is said, never the attribution."""
    if not rules.speech_verb.search(sentence):
        return cands  # no speech verb in the sentence: no candidate stands before or ends with one
    out = []
    for c in cands:
        text, after = sentence[c.start : c.end], sentence[c.end : c.end + 3]
        # (the value a cue announces is what is said, whatever its last character: 唯物史观和剩余价值学说)
        if after.startswith(rules.speech_verbs) or (text.endswith(rules.speech_verbs) and c.role != "value"):
            continue
        out.append(c)
    return tuple(out)


# Recurrence is counted for this many candidates beyond the k wanted, the best by role: it moves a
# score by under one point, so a candidate further down would not come up (and counting is the cost).
SHORTLIST = 4


def _best_first(cands) -> list[Concept]:
    return sorted(cands, key=lambda x: (-x.score, x.start, x.end))


def key_concepts(sentence: str, recurrence: Recurrence, rules: ConceptRules, k: int = 2) -> tuple[Concept, ...]:
    """The ``k`` best candidates of ``sentence`` that do not overlap, best first (ties: earlier first)."""
    return _choose(_raw(sentence, rules), sentence, recurrence, rules, k)


def _choose(raw, sentence: str, recurrence: Recurrence, rules: ConceptRules, k: int) -> tuple[Concept, ...]:
    """The ``k`` best of the shortlist that do not overlap, recurrence counted.  Counting goes down
    the shortlist best first and stops once no candidate left can overtake the k-th pick even if
    it gains the most recurrence gives: the picks are then those of the whole shortlist."""
    gains = (rules.scores["recurring"], rules.scores["ubiquitous"], 0.0)
    counted: list[Concept] = []
    chosen: tuple[Concept, ...] = ()
    for c in _best_first(raw)[: k + SHORTLIST]:
        if len(chosen) >= k and max(c.score + g for g in gains) < chosen[-1].score:
            break  # this and every later one (their scores are no higher) sort after the k-th pick
        counted.append(_recurring(c, sentence, recurrence, rules))
        chosen = _pick(counted, k)
    return chosen


def _pick(cands: list[Concept], k: int) -> tuple[Concept, ...]:
    chosen: list[Concept] = []
    for cand in _best_first(cands):
        if any(cand.start < o.end and o.start < cand.end for o in chosen):
            continue
        chosen.append(cand)
        if len(chosen) >= k:
            break
    return tuple(chosen)


def sentence_concepts(sentence: str, recurrence: Recurrence, rules: ConceptRules, cued: bool = False,
                      avoid: Sequence[tuple[int, int]] = (), bar: float | None = None) -> tuple[Concept, ...]:
    """The blanks of ``sentence`` as a key statement, best first: its best concepts, when the best
    reaches ``rules.key_sentence`` or the sentence is ``cued`` a statement already or states a rule
    (``rules.rule_clauses``), else none.  A candidate that overlaps a span of ``avoid`` (offsets in
    the sentence: its series and formulations, points of their own) is none: the sentence's second
    question asks its second point, not the first again.  ``bar`` (None: ``rules.key_sentence``) is
    the score the best concept must reach when the sentence is not ``cued``."""
    cued = cued or any(p.search(sentence) for p in rules.rule_clauses)
    bar = float("-inf") if cued else (rules.key_sentence if bar is None else bar)
    toks = None
    if not cued and bar >= rules.key_sentence and rules.cue is not None and not rules.number.search(sentence):
        # no candidate can reach the bar without a cue word (see _cue): a sentence with none is not
        # tagged, one whose cue words are no words of their own gets no candidates
        if not rules.cue.search(sentence):
            return ()
        toks = _tokens(sentence)
        if not _cue_words(toks, rules):
            return ()
    raw = _raw(sentence, rules, toks)
    # no candidate can reach the bar even if it recurs: nothing to count
    if not raw or max(c.score for c in raw) + rules.scores["recurring"] < bar:
        return ()
    best = _choose(raw, sentence, recurrence, rules, rules.per_sentence)
    if not best or best[0].score < bar:
        return ()
    # the sentence is a key statement by all its candidates; it asks those its other points do not
    if avoid and any(c.start < b and a < c.end for c in best for a, b in avoid):
        rest = tuple(c for c in raw if not any(c.start < b and a < c.end for a, b in avoid))
        return _choose(rest, sentence, recurrence, rules, rules.per_sentence) if rest else ()
    return best
