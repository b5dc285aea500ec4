"""Term series: X、Y、Z and X、Y和Z, the terms alone.

The middle terms of a series stand between two 、 and are clean.  The first
term shares its clause with the words that govern the whole series (不断提高
政治判断力), and the last with what follows it (社会号召力显著增强).  Their
boundaries are decided from the middle terms: a prefix or suffix they share
(政治…, …力), whether they hold 的, their length; and from word boundaries
given by the segmenter, so that a formulation such as 两个确立 stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from .. import segment
from ..model import Article, Point, Span
from ..text import sentence_at

CLAUSE_SPLIT = re.compile(r"[，。；：！？,;:!?\n（）()]")
QUOTE_MARKS = "“”‘’"


@dataclass(frozen=True)
class SeriesRules:
    """The compiled ``term_series`` section."""

    min_terms: int
    max_term_chars: int
    last_joiners: tuple[str, ...]
    leading_words: frozenset[str]
    trailing_words: frozenset[str]

    @classmethod
    def from_rules(cls, rules: dict) -> "SeriesRules":
        s = rules.get("term_series", {})
        return cls(
            s.get("min_terms", 3),
            s.get("max_term_chars", 16),
            tuple(sorted(s.get("last_joiners", ("和", "与", "及")), key=len, reverse=True)),
            frozenset(s.get("leading_words", ())),
            frozenset(s.get("trailing_words", ())),
        )


def _common_prefix(terms: list[str]) -> str:
    p = terms[0]
    for t in terms[1:]:
        while not t.startswith(p):
            p = p[:-1]
    return p


def _common_suffix(terms: list[str]) -> str:
    return _common_prefix([t[::-1] for t in terms])[::-1]


def _unquote(t: str) -> str:
    """A term wholly inside quotation marks is given without them."""
    if len(t) > 2 and t[0] in "“‘" and t[-1] in "”’" and not any(c in t[1:-1] for c in QUOTE_MARKS):
        return t[1:-1]
    return t


def _first_term(chunk: str, middle: list[str], ref: float, rules: SeriesRules, prefix: str) -> str:
    if prefix and prefix in chunk:
        return chunk[chunk.rfind(prefix) :]
    if "的" in chunk and not any("的" in m for m in middle):
        chunk = chunk[chunk.rfind("的") + 1 :]
    words = segment.cut(chunk)
    # the words that govern the whole series come first: strip them
    while len(words) > 1 and words[0] in rules.leading_words:
        words.pop(0)
    whole = "".join(words)
    if len(whole) <= ref * 1.5 + 1:
        return whole
    # otherwise the suffix of word boundaries whose length is nearest the middle terms'
    best = whole
    for k in range(len(words) - 1, -1, -1):
        cand = "".join(words[k:])
        if abs(len(cand) - ref) < abs(len(best) - ref) or (abs(len(cand) - ref) == abs(len(best) - ref) and len(cand) > len(best)):
            best = cand
    return best


def _last_term(chunk: str, middle: list[str], ref: float, rules: SeriesRules, suffix: str) -> str:
    if suffix and suffix in chunk:
        return chunk[: chunk.find(suffix) + len(suffix)]
    words = segment.cut(chunk)
    kept: list[str] = []
    for w in words:
        if kept and w in rules.trailing_words:
            break
        kept.append(w)
    whole = "".join(kept)
    if len(whole) <= ref * 1.5 + 1:
        return whole
    best = kept[0]
    for k in range(1, len(kept) + 1):
        cand = "".join(kept[:k])
        if abs(len(cand) - ref) < abs(len(best) - ref):
            best = cand
    return best


def _split_joiner(part: str, middle: list[str], rules: SeriesRules) -> tuple[str, str] | None:
    """Split 'Y和Z…' at its joiner, unless the middle terms hold that joiner themselves (速度和质量)."""
    for j in rules.last_joiners:
        if j in part and not any(j in m for m in middle):
            i = part.find(j)
            if i > 0:
                return part[:i], part[i + len(j) :]
    return None


def _chains(clause: str) -> list[list[str]]:
    """The 、-joined parts of a clause, cut where 等 ends one list and another begins."""
    parts = clause.split("、")
    chains: list[list[str]] = [[]]
    for k, part in enumerate(parts):
        if 0 < k < len(parts) - 1 and "等" in part:
            words = segment.cut(part)
            if "等" in words:
                i = words.index("等")
                chains[-1].append("".join(words[:i]))
                chains.append(["".join(words[i + 1 :])])
                continue
        chains[-1].append(part)
    return [c for c in chains if len(c) >= 2]


def _terms(parts: list[str], rules: SeriesRules) -> list[str] | None:
    first, *middle, last = parts
    split = _split_joiner(last, middle, rules)
    if split:
        middle = middle + [split[0]]
        last = split[1]
    if len(middle) + 2 < rules.min_terms or not middle:
        return None
    middle = [m.strip() for m in middle]
    if any(not m or len(m) > rules.max_term_chars for m in middle):
        return None
    ref = median(len(m) for m in middle)
    # with one middle term, its shape is compared with the start or end of the neighbours
    prefix = _common_prefix(middle + [last]) if len(middle) == 1 else _common_prefix(middle)
    suffix = _common_suffix(middle + [first]) if len(middle) == 1 else _common_suffix(middle)
    prefix = prefix if 0 < len(prefix) < min(len(m) for m in middle) else ""
    suffix = suffix if 0 < len(suffix) < min(len(m) for m in middle) else ""
    t_first = _first_term(first, middle, ref, rules, prefix)
    t_last = _last_term(last, middle, ref, rules, suffix)
    terms = [t_first, *middle, t_last]
    if any(not t or len(t) > rules.max_term_chars for t in terms):
        return None
    return [_unquote(t) for t in terms]


def find_series(text: str, article: Article, rules: SeriesRules, skip: list[tuple[int, int]]) -> list[Point]:
    """Term series of one article; ``skip`` holds spans (formulations) whose 、 lists are no series."""
    points: list[Point] = []
    seen: set[tuple[str, ...]] = set()
    for p in article.paragraphs:
        pos = p.start
        for clause in CLAUSE_SPLIT.split(text[p.start : p.end]):
            c_start = text.find(clause, pos, p.end) if clause else pos
            pos = c_start + len(clause)
            if clause.count("、") < 1:
                continue
            if any(s <= c_start and c_start + len(clause) <= e for s, e in skip):
                continue
            for parts in _chains(clause):
                if any(s <= text.find(parts[1], c_start) < e for s, e in skip):
                    continue  # the list is a quoted formulation (“一业一册、一业一单…”)
                terms = _terms(parts, rules)
                if not terms or tuple(terms) in seen:
                    continue
                seen.add(tuple(terms))
                s = text.find(terms[0], c_start)
                s = c_start if s < 0 else s
                e = text.find(terms[-1], s)
                e = c_start + len(clause) if e < 0 else e + len(terms[-1])
                items = tuple(_locate(text, t, c_start, c_start + len(clause)) for t in terms)
                points.append(
                    Point(
                        kind="term_series",
                        article=article.id,
                        section=p.section,
                        heading=article.heading_at(p.section),
                        text="、".join(terms),
                        start=s,
                        end=e,
                        sentence=sentence_at(text, s),
                        items=items,
                        rule="series",
                    )
                )
    return points


def _locate(text: str, term: str, start: int, end: int) -> Span:
    i = text.find(term, start, end)
    return Span(term, i, i + len(term)) if i >= 0 else Span(term, start, start)
