"""A pool of candidate wrong options of one kind, indexed once by first character, last character and length, and the
shape tests ``distractors.pick`` ranks them by (the answer's length band, a shared affix)."""

from __future__ import annotations

from itertools import chain
from typing import Iterable


def length_bounds(la: int) -> tuple[float, float]:
    """The lengths ``similar_length`` accepts beside an answer of ``la`` characters: ``pick`` never looks at others."""
    if la <= 6:
        d = max(1, la // 3)
        return la - d, la + d
    return la / 2, la * 2


def similar_length(a: str, c: str) -> bool:
    """Whether ``c`` is close enough in length to ``a`` to stand beside it: options of very different
    length give the answer away."""
    la, lc = len(a), len(c)
    # up to six characters (a term: 政治领悟力) one character in three may differ, at least one: a
    # reader sees a two-character difference between four-character terms at a glance
    if la <= 6:
        return abs(la - lc) <= max(1, la // 3)
    # long options (enumeration items): within a factor of two
    return la / 2 <= lc <= la * 2


def shape_score(a: str, c: str) -> int:
    """How much a candidate looks like the answer: shared suffix (…力, …感) and prefix (政治…), up to 3 each."""
    # slices compare in C: cheaper than walking the strings for an affix of at most 3
    suffix = 3 if a[-3:] == c[-3:] else 2 if a[-2:] == c[-2:] else 1 if a[-1] == c[-1] else 0
    prefix = 3 if a[:3] == c[:3] else 2 if a[:2] == c[:2] else 1 if a[0] == c[0] else 0
    return 3 * suffix + 2 * prefix - abs(len(a) - len(c))


class Pool:
    """Candidates of one kind, deduplicated and indexed once by first character, last character and length.

    ``pick`` looks candidates up by the answer's shape instead of scanning and
    re-ranking the whole material for every question.
    """

    def __init__(self, candidates: Iterable[str] = (), lexicon: object = None) -> None:
        # the run's lexicon (kaodian.lexicon.Lexicon): a candidate of another class than the answer is
        # no option beside it (see ``acceptable``)
        self.lexicon = lexicon
        self.items: list[str] = list(dict.fromkeys(c for c in candidates if c))
        # (membership by a set: the lists of one first character and length run to hundreds in the terms' pool, and
        # each test of a swap or a candidate read one through)
        self._members: frozenset[str] = frozenset(self.items)
        self._near: dict[str, tuple[list[tuple[int, str]], frozenset[str]]] = {}  # see ``near``
        self.by_first: dict[tuple[str, int], list[str]] = {}  # (first character, length) -> candidates
        self.by_last: dict[tuple[str, int], list[str]] = {}  # (last character, length): a lexicon's 建设… is long
        self.by_length: dict[int, list[str]] = {}
        for c in self.items:
            self.by_first.setdefault((c[0], len(c)), []).append(c)
            self.by_last.setdefault((c[-1], len(c)), []).append(c)
            self.by_length.setdefault(len(c), []).append(c)

    def near(self, answer: str) -> tuple[list[tuple[int, str]], frozenset[str]]:
        """The candidates ``pick`` ranks first for ``answer``: those in its length band (``length_bounds``) sharing its
        first or last character, as (key, candidate) pairs sorted by ``shape_score`` and then the candidate, and as a
        set.  Remembered per answer (at most NEAR_KEPT): a series term, a formulation or a swap is picked for by
        several kinds and points, and two picks in five repeat one (gathering and sorting them cost a thirtieth of
        generation on the bench corpus).  The list is shared: never changed by whoever reads it."""
        got = self._near.get(answer)
        if got is None:
            if len(self._near) >= NEAR_KEPT:
                self._near.clear()
            a0, a1 = answer[0], answer[-1]
            lo, hi = length_bounds(len(answer))
            sizes = [L for L in self.by_length if lo <= L <= hi]  # (only these lengths are looked up, never filtered)
            found = dict.fromkeys(chain.from_iterable(chain(self.by_first.get((a0, L), ()), self.by_last.get((a1, L), ()))
                                                     for L in sizes))
            got = self._near[answer] = (sorted([(-shape_score(answer, c), c) for c in found]), frozenset(found))
        return got

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, c: str) -> bool:
        return c in self._members


# Answers a Pool remembers its near candidates for (``Pool.near``): a run picks for a few thousand.
NEAR_KEPT = 4096
