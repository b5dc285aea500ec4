"""The edges of a cloze blank a teacher strikes though they fall between words (issues 11 and 12, session 24).

A blank that begins or ends with an adverb, a conjunction or a modal of its clause (甲始终|是…, 凡是|甲、乙的人), a
member of a series that runs across the 、 into a clause an adverb opens, a reduplication the blank cuts
(一代又|一代…), a figure the stem shows outside the blank, and a series whose first blank swallows the owner its
members share (提高|党科学|决策、民主决策…).  Lint's ``blank_problem`` and ``series_problem`` read these, so the
generator drops such a blank and drafts another.  Word lists, tags and patterns are policy (blank_edges.yaml).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path

from .. import segment
from ..rules.edge_words import EDGE_WORDS, LAST_WORDS, edge_run
from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("blank_edges.yaml")
# What blank_edges.yaml holds; every key is required ("re": a regex).
SCHEMA = {"reduplication": "re", "figure": "re", "owner_tags": [str], "figure_answer": "re", "years_end": "re",
          "years_then": "re"}
_P = load_policy_file(PATH, SCHEMA)
# The adverbs, conjunctions and modals at a blank's edges are rules/edge_words.yaml's (one list with the subject's end
# on the extract side); at a blank's end also the adverbs that tie a clause to the one before (也, 都, 又): at its
# start such a word is review_shapes.cut_blank's (note_shapes.yaml ``opening_words``), which lets a series member keep
# its own (也最管用).
_REDUP = re.compile(_P["reduplication"])
_FIGURE = re.compile(_P["figure"])
_OWNER_TAGS = frozenset(_P["owner_tags"])
_FIGURE_ANSWER = re.compile(_P["figure_answer"])
_YEARS_END = re.compile(_P["years_end"])
_YEARS_THEN = re.compile(_P["years_then"])


def _words_in(sentence: str, start: int, end: int) -> list[tuple[str, str]] | None:
    """The tagged words of sentence[start:end] as the sentence's own segmentation has them, or None when an edge
    falls inside a word (lint's word check says so first)."""
    # (read off the sentence's words by their offsets, bisected: a walk over every word of the sentence for each
    # blank cost a sixtieth of generation; the same words as that walk, which stops at the first word starting at
    # ``end`` or later and refuses a word before ``start`` that runs past it)
    words, starts = segment.tag_starts(sentence)
    k = bisect_left(starts, end)  # (the words before the k-th start before ``end``)
    j = min(bisect_left(starts, start), k)  # (the words from the j-th on start at ``start`` or later)
    if j > 0 and starts[j - 1] + len(words[j - 1][0]) > start:
        return None
    pos = starts[k] if k < len(starts) else (starts[-1] + len(words[-1][0]) if words else 0)
    return list(words[j:k]) if pos >= end and j < k else None


def edge_problem(sentence: str, start: int, end: int) -> str | None:
    """Why a blank over sentence[start:end] is edged by an adverb, a conjunction or a modal, runs across a 、 into
    a clause one opens, cuts a reduplication or a span of years from its 来; or None."""
    text = sentence[start:end]
    if start > 0 and sentence[start - 1] in "“‘《" and sentence[end : end + 1] in "”’》":
        return None  # a whole quotation is a unit, its words are its own (“五个必须”)
    words = _words_in(sentence, start, end)
    if words is None:
        return None
    member = sentence[start - 1 : start] == "、"  # (a series member may open with its own adverb: 最根本、也最管用)
    first = not member and words[0][0] in EDGE_WORDS
    if len(words) > 1 and (first or words[-1][0] in LAST_WORDS):
        edge = words[0][0] if first else words[-1][0]
        return f"空“{text}”带着句中的副词、连词或助动词“{edge}”，不是一个概念"
    # a member after a 、 opened by an adverb (服务意识、始终心系会员): two clauses in one blank
    for i, (w, _) in enumerate(words[:-1]):
        if w == "、" and words[i + 1][0] in EDGE_WORDS:
            return f"空“{text}”跨过顿号连着另一个分句（“{words[i + 1][0]}…”）"
    for m in _REDUP.finditer(sentence, max(0, start - 5), min(len(sentence), end + 5)):
        if m.start() < start < m.end() or m.start() < end < m.end():
            return f"空“{text}”切开了叠用的“{m.group()}”"
    if _YEARS_END.search(text) and _YEARS_THEN.match(sentence[end:]):
        return f"空“{text}”切开了“{text}{sentence[end]}”"
    return None


def series_problem(sentence: str, blanks: list[tuple[int, int]]) -> str | None:
    """Why a series of blanks (甲、乙、丙) has its first member swallow what all the members share (提高|党科学|决策、
    民主决策…: the owner 党 stands in the first blank only), or None."""
    if len(blanks) < 2:
        return None
    spans = sorted(blanks)
    gaps = {sentence[e:s] for (_, e), (s, _) in zip(spans, spans[1:])}
    if len(gaps) != 1 or "、" not in next(iter(gaps)):
        return None
    lengths = {e - s for s, e in spans[1:]}
    first_s, first_e = spans[0]
    if len(lengths) != 1 or first_e - first_s <= (n := lengths.pop()):
        return None
    words = _words_in(sentence, first_s, first_e)
    owner = words[0] if words else ("", "")
    # (a one-character noun owns what follows it, 党|科学执政; a longer owner only of these tags: 思想|政治素质好 is one term)
    if not (owner[1] in _OWNER_TAGS or (len(owner[0]) == 1 and owner[1][:1] == "n")) or len(owner[0]) + n != first_e - first_s:
        return None
    # the remainder must be of the members' shape: the same word class as their first words
    rest = _words_in(sentence, first_s + len(words[0][0]), first_e)
    mate = _words_in(sentence, *spans[1])
    if not rest or not mate or rest[0][1][:1] != mate[0][1][:1]:
        return None
    return f"第一空“{sentence[first_s:first_e]}”把各项共有的“{words[0][0]}”也挖掉了"


def trimmed(sentence: str, start: int, end: int) -> tuple[int, int]:
    """sentence[start:end] without the adverbs, conjunctions and modals at its edges (某精神永远 → 某精神: the
    subject of 某精神永远是… ends before the adverb), by the sentence's own words; the span as it was when its edges
    fall inside words or nothing of two characters would be left."""
    words = _words_in(sentence, start, end)
    if not words:
        return start, end
    ws = [w for w, _ in words]
    head = ws[: edge_run(ws)]
    rest = ws[len(head) :]
    tail = rest[len(rest) - edge_run(rest, from_end=True) :]
    a, b = start + len("".join(head)), end - len("".join(tail))
    return (a, b) if b - a >= 2 else (start, end)


def figure_in_stem(stem: str, answers: tuple[str, ...], blank: str) -> str | None:
    """Why an answer's figure stands in the stem outside its blanks (庆祝某协会成立30周年大会上指出，某协会成立______来…: the
    attribution a template puts before the sentence says it), or None."""
    shown = set(_FIGURE.findall(stem.replace(blank, "\x00")))
    for a in answers:
        if not _FIGURE_ANSWER.match(a):
            continue  # (a phrase with a figure in it, 跻身全省20强, asks its words, not the figure)
        for f in _FIGURE.findall(a):
            if f in shown:
                return f"答案“{a}”里的“{f}”题干中已经给出"
    return None
