"""Which of a cloze's candidate blanks one stem keeps: those that fit together in the sentence's share
(``fit``), one side of a 是-definition (``one_side``), and the less important blank of a place two blanks
crowd (``less_blanks``, with blank_shapes' finders and ``bare_opening``, a stem that opens with a blank and
keeps too few characters of its own).

Moved out of ``ask_cloze`` (the cloze drafts, one function per point kind): these read only the spans and
their sentence, never the point, and ``ask_cloze._finish`` calls them once its checks have struck what they strike.
"""

from __future__ import annotations

import re

from ..model import Span
from ..rules import load_rules
from .blank_choice import definition_side
from .drafting import CLOZE_SHARE
from .teacher import CLAUSE_STEM_MIN, STEM_MIN


def one_side(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (best first) less the second of the first two when they are the two sides of one definition
    S是…的C, its subject and the bare category closing its clause (质量|是我们一切工作的|前提，): a stem with
    both blanked asks a pair many pairs fit (teachers: 应只空一处); the definition's other point asks the other side."""
    if len(spans) < 2:
        return spans
    (a, b), (c, d) = sorted(spans[:2])
    if (_COPULA_TO_CATEGORY.fullmatch(text, b, c) and text[d : d + 1] in "，。；！？"
            and text[c:d].endswith(load_rules().concepts.categories) and d - c <= _BARE_CATEGORY_MAX):
        return [spans[0]] + spans[2:]
    return spans


# what stands between a definition's subject (or its topic, set apart by a comma) and the category closing it
_COPULA_TO_CATEGORY = re.compile(r"，?是[^，。；：！？]*的")
# a category this short is bare (前提, 根本保证): a longer one (…工作的重要组成部分) says what its subject is
_BARE_CATEGORY_MAX = 4


def less_blanks(src: Span, spans: list[tuple[int, int]], ranked: list[tuple[int, int]], found) -> list[tuple[int, int]]:
    """``spans`` (text order) less the less important blank, by ``ranked`` (best first), of each place that
    ``found`` names (blank_shapes: thin_clause, a clause two blanks leave almost empty; series_mate, two
    blanks side by side in one series), until it names none."""
    order = sorted(spans, key=lambda ab: ranked.index(ab) if ab in ranked else len(ranked))
    while (hit := found(src.text, [(a - src.start, b - src.start) for a, b in order])) is not None:
        order.remove((hit[0] + src.start, hit[1] + src.start))
    return sorted(order)


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")  # the characters lint counts as a stem's own


def bare_opening(sentence: str, blanks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The least important of two or more ``blanks`` (most important first) when the first of them in the text
    opens the sentence and all of them leave the stem too few characters of its own to tell what is asked
    (______，始终是我们党一以贯之的______。): lint's rule of a stem that opens with a blank (teacher.STEM_MIN,
    CLAUSE_STEM_MIN), so that the cloze keeps its best blank instead of being struck whole; or None."""
    if len(blanks) < 2:
        return None
    first = min(blanks)
    if first[0] != len(sentence) - len(sentence.lstrip("…“‘")):
        return None
    kept, at = [], 0
    for a, b in sorted(blanks):
        kept.append(sentence[at:a])
        at = max(at, b)
    own = len(_CJK_CHAR.findall("".join(kept) + sentence[at:]))
    rest = sentence[first[1] :]
    if own < STEM_MIN or (rest.startswith("，") and own < CLAUSE_STEM_MIN):
        return blanks[-1]
    return None


def fit(spans: list[tuple[int, int]], src: Span, most: int) -> list[tuple[int, int]]:
    """The spans, most important first, that fit together in CLOZE_SHARE of the sentence, at most ``most``
    of them, in text order; two blanks never touch (由______决定 with ______ twice would read as one blank).
    (A series passes its own count: human writers of the Party Constitution blank up to the tenth term of
    a long list, and the question floors keep those hits; see policy.yaml series_blanks_open.)  A first span that is a
    whole side of a 是-definition (blank_choice.definition_side) is blanked alone, whatever its share."""
    limit = CLOZE_SHARE * len(src.text)
    if spans and spans[0][1] - spans[0][0] > limit and definition_side(src.text, spans[0][0] - src.start, spans[0][1] - src.start):
        return spans[:1]  # (a definition's side, its concept, blanked whole: no other side's head stands in for it)
    out: list[tuple[int, int]] = []
    used = 0
    for a, b in spans:
        if len(out) < most and used + b - a <= limit and not any(a <= y and x <= b for x, y in out):
            out.append((a, b))
            used += b - a
    return sorted(out)
