"""Blanks whose answer is one and unique: a cloze does not blank an open verb's whole object or a further word of
value or scope (open_blanks), and blanks a quoted answer the sentence says twice once.  These read the drafting
context, so they stand apart from open_blanks, whose policy lint reads too.
"""

from __future__ import annotations

from ..model import Span
from . import reasons
from .drafting import Ctx
from .open_blanks import SET_PHRASES, generic_further, open_object, question_heading
from .parallel_stems import MIN_CLAUSE
from .policy import POLICY

# How many times a quoted answer the sentence says twice is blanked (policy.yaml repeat_answer_blanks)
REPEAT_BLANKS: int = POLICY["repeat_answer_blanks"]
# What between two sayings of one answer in one clause makes them members of one series (policy.yaml)
REPEAT_SERIES_MARKS: str = POLICY["repeat_series_marks"]


def _named(ctx: Ctx, a: int, b: int) -> bool:
    """Whether the document's text[a:b] is a term the material names as such: quoted, a formulation or
    numbered formulation, a title, or a classed term of the lexicon."""
    text, m = ctx.doc.text, ctx.material
    t = text[a:b]
    # (set phrases said as one formulation, 不敢腐、不能腐、不想腐, are one name too)
    if a > 0 and text[a - 1] in "“《‘" or t in m.formulations or t in m.numbered or t in m.documents or SET_PHRASES.fullmatch(t):
        return True
    return m.lexicon is not None and m.lexicon.class_of(t) is not None


def unique_blanks(ctx: Ctx, src: Span, spans: list[tuple[int, int]] | str, order_free: bool) -> list[tuple[int, int]] | str:
    """``spans`` (document offsets, best first) without the blanks whose answer is not unique, or why the cloze
    is not asked: its sentence is an outline's question line, or its best blank is an open verb's object.  A further
    blank on a word of value or scope, or an open object, goes while another blank stays."""
    if isinstance(spans, str):
        return spans
    text = ctx.doc.text
    if question_heading(src.text):
        return reasons.BLANK_IN_QUESTION_HEADING
    # (the sentence's best blank an open object: what is left of it is its frame, 必须______抓好…, not asked)
    if spans and open_object(text, *spans[0], _named(ctx, *spans[0])):
        return reasons.BLANK_OPEN_OBJECT
    kept = [ab for ab in spans if not open_object(text, *ab, _named(ctx, *ab))]
    if len(kept) > 1 and not order_free:
        kept = [ab for ab in kept if not generic_further(text[ab[0] : ab[1]])] or kept[:1]
    return kept


def with_repeats(ctx: Ctx, src: Span, spans: list[tuple[int, int]]) -> tuple[Span, list[tuple[int, int]]] | str:
    """``src`` and ``spans`` when a blank's quoted answer is said again in ``src``: with REPEAT_BLANKS of 1, the
    stem ends before the clause that says it again, or (the first clause too short a stem) opens after the clause
    that said it first; the answer said twice as members of one series (policy.yaml repeat_series_marks between the
    sayings, no clause mark), or no stem of MIN_CLAUSE left, is a reason (no cloze), and so is an answer the
    point's article says again in a later sentence: an article asks a name once (identity.yaml
    named_kinds), and that sentence asks it whole, not a stem cut short.  One clause that says it twice as a
    relation (甲上的“A”根子上是乙上的“A”) blanks both sayings, as REPEAT_BLANKS of 2 blanks every other saying."""
    text = ctx.doc.text
    art = next((x for x in ctx.doc.articles if x.id == ctx.point.article), None)
    article = (art.start, art.end) if art else (0, len(text))
    out = list(spans)
    for a, b in spans:
        if not (text[a - 1 : a] == "“" and text[b : b + 1] == "”"):
            continue  # only a quoted name: a bare word may stand inside another
        quoted = "“" + text[a:b] + "”"
        i = src.text.find(quoted)
        while i >= 0:
            x = src.start + i + 1
            if not any(p <= x < q for p, q in out):
                lo, hi = (b, x) if x > b else (x + b - a, a)
                one_clause = not any(c in text[lo:hi] for c in _CLAUSE_MARKS)
                if REPEAT_BLANKS > 1 or one_clause and not any(c in text[lo:hi] for c in REPEAT_SERIES_MARKS):
                    # (one clause saying it twice as a relation, 甲上的“A”根子上是乙上的“A”: one answer to recall)
                    out.append((x, x + b - a))
                elif one_clause or _said_later(text, quoted, src, article):
                    return reasons.ANSWER_SAID_TWICE
                elif not (src := _one_saying(text, src, (a, b), x)) or isinstance(src, str):
                    return src or reasons.ANSWER_SAID_TWICE
                else:
                    out = [(p, q) for p, q in out if src.start <= p and q <= src.end]
                    return src, out
            i = src.text.find(quoted, i + 1)
    return src, sorted(out)


def _said_later(text: str, quoted: str, src: Span, article: tuple[int, int]) -> bool:
    """Whether ``quoted`` stands in the article (its start and end in ``text``) after ``src``: a later sentence may ask
    it whole.  (An earlier one asked it already, and the article's name is not asked again, or it was not asked.)"""
    return text.find(quoted, src.end, article[1]) >= 0


# What parts two clauses of one sentence (a quoted answer said twice within one of them prompts itself; policy.yaml).
_CLAUSE_MARKS: str = POLICY["repeat_clause_marks"]


def _one_saying(text: str, src: Span, blank: tuple[int, int], again: int) -> Span | str:
    """The stem of ``src`` that holds the saying of ``blank`` and not the other one at ``again``: it ends before
    the later saying's clause or opens after the earlier one's; a reason when both stand in one clause or the
    stem left would be shorter than MIN_CLAUSE."""
    a, b = blank
    lo, hi = (b, again) if again > b else (again, a)
    if not any(c in text[lo:hi] for c in _CLAUSE_MARKS):
        return reasons.ANSWER_SAID_TWICE
    if again > b:
        cut = max(text.rfind(c, b, again) for c in _CLAUSE_MARKS)
        if cut - src.start >= MIN_CLAUSE:
            return Span(text[src.start : cut], src.start, cut)
        return reasons.ANSWER_SAID_TWICE
    opens = max(text.rfind(c, again, a) for c in _CLAUSE_MARKS) + 1
    if src.end - opens >= MIN_CLAUSE:
        return Span(text[opens : src.end], opens, src.end)
    return reasons.ANSWER_SAID_TWICE
