"""A false statement made by swapping the two kindred terms of a one-way relation its sentence states (概念认识依赖于
知觉认识 -> 知觉认识依赖于概念认识; 由甲类社会转变为乙类社会 -> 由乙类社会转变为甲类社会): issue 12's "a swapped order of
a stated sequence".  The terms share a tail (their class), are whole words said elsewhere in the text, and the words
between them say a direction, never a relation that holds both ways, a negation or a supposition.  Policy in
order_swap.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import segment
from ..rules.schema import load_policy_file

SCHEMA = {"tail_min": int, "term_max": int, "term_min": int, "said_min": int, "between_max": int,
          "directed": [str], "two_way": [str], "between_tags": [str], "term_not_first": str, "term_not_opening": [str],
          "between_not_end": [str], "clause_openers": [str], "refuted": [str]}

_CLAUSE = re.compile(r"[^，。；：！？、“”‘’（）\n]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def policy() -> dict:
    """order_swap.yaml, read and checked on first use."""
    return load_policy_file(Path(__file__).with_name("order_swap.yaml"), SCHEMA)


def order_swap(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The change of ``text[start:end]`` that swaps the two terms of a one-way relation in one of its clauses, as
    (start, end, swapped run) of the document, or None.  The swapped run must be said nowhere in the text (else the
    text states both ways)."""
    pol = policy()
    for c in _CLAUSE.finditer(text, start, end):
        clause = c.group()
        if clause.lstrip().startswith(tuple(pol["clause_openers"])):
            continue
        if (got := _pair(text, clause, c.start())) is not None and not _refuted(text, c.start(), got, end):
            return got
    return None


def _refuted(text: str, clause_start: int, got: tuple[int, int, str], end: int) -> bool:
    """Whether the swap ``got`` stands after a negation in its clause (不能说甲依赖于乙) or before a refutation in its
    sentence up to ``end`` (…，这种看法是错误的): the sentence denies the relation, whose swap is no false claim."""
    words = policy()["refuted"]
    return any(w in text[clause_start : got[0]] or w in text[got[1] : end] for w in words)


def _pair(text: str, clause: str, at: int) -> tuple[int, int, str] | None:
    """The first swap of two kindred terms in ``clause`` (at ``at`` in ``text``), or None."""
    pol = policy()
    if not _may_pair(clause, pol):
        return None  # (most clauses: not segmented, which cost a twentieth of generation)
    bounds, k = {0}, 0
    for w in segment.cut(clause):
        k += len(w)
        bounds.add(k)
    tail = pol["tail_min"]
    for end_b in sorted(bounds):
        for end_a in sorted(bounds):
            if end_a >= end_b or end_a < tail or clause[end_a - tail:end_a] != clause[end_b - tail:end_b]:
                continue
            a, b = _term(text, clause, end_a, bounds), _term(text, clause, end_b, bounds)
            if a is None or b is None or b < end_a or _piece(text, clause, a, end_a) or _piece(text, clause, b, end_b):
                continue
            first, second, between = clause[a:end_a], clause[b:end_b], clause[end_a:b]
            if first == second or not between or len(between) > pol["between_max"] or not _HAN.fullmatch(between):
                continue
            if not any(w in between for w in pol["directed"]) or any(w in between for w in pol["two_way"]):
                continue
            if first[0] in pol["term_not_first"] or second[0] in pol["term_not_first"] or not _predicate(between):
                continue
            # (a term opening with a conjunction is two alternatives' piece, and words between ending in 的 make a
            # modifier of the second term, no relation: a rule's 经作出或者批准作出处分决定的组织批准 is no direction)
            if (first.startswith(tuple(pol["term_not_opening"])) or second.startswith(tuple(pol["term_not_opening"]))
                    or between.endswith(tuple(pol["between_not_end"]))):
                continue
            swapped = second + between + first
            if swapped in text:
                continue  # (the text says it both ways round)
            return at + a, at + end_b, swapped
    return None


def _may_pair(clause: str, pol: dict) -> bool:
    """Whether ``clause`` may hold a swap ``_pair`` finds, read from its characters alone: two runs of tail_min
    characters alike (the terms' shared tail) ending term_min or more apart, the first term_min or more into the
    clause, with a directed word between the first's end and term_min before the second's."""
    tail, n, directed = pol["tail_min"], pol["term_min"], pol["directed"]
    ends: dict[str, list[int]] = {}  # each run of tail_min characters -> where its earlier sayings end
    for end_b in range(tail, len(clause) + 1):
        run = clause[end_b - tail : end_b]
        for end_a in ends.get(run, ()):
            if n <= end_a <= end_b - n and any(w in clause[end_a : end_b - n] for w in directed):
                return True
        ends.setdefault(run, []).append(end_b)
    return False


def _term(text: str, clause: str, end: int, bounds: set[int]) -> int | None:
    """Where the term ending at ``end`` of ``clause`` starts: the shortest run of term_min to term_max characters,
    opening at a word's start (``bounds``: the segmenter's), that the text says said_min times, widened to the longer
    run it is only ever said in; None when none."""
    pol = policy()
    for n in range(pol["term_min"], pol["term_max"] + 1):
        s = end - n
        if s < 0:
            break
        if s in bounds and _HAN.fullmatch(clause[s:end]) and (said := text.count(clause[s:end])) >= pol["said_min"]:
            # (a run said only inside a longer one is a piece of it: 民主主义社会 of 新民主主义社会)
            while s > 0 and end - s < pol["term_max"] and _HAN.fullmatch(clause[s - 1]) and text.count(clause[s - 1:end]) == said:
                s -= 1
            return s
    return None


def _piece(text: str, clause: str, start: int, end: int) -> bool:
    """Whether ``clause[start:end]`` is only ever said followed by the character after it in ``clause``: the front
    of a longer term (新民主主义 of 新民主主义社会), not a term."""
    return end < len(clause) and text.count(clause[start:end + 1]) == text.count(clause[start:end])


def _predicate(between: str) -> bool:
    """Whether ``between`` opens with a word of ``between_tags``: the first term's predicate."""
    tags = segment.tag(between)
    return bool(tags) and tags[0][1] in policy()["between_tags"]
