"""From points to questions: one generator per (point kind, question kind).

A generator decides what is asked (the blank, the right option, the change of
a false statement) and returns a ``Draft`` or the reason it cannot ask; the
templates then word the stem and the explanation.  Every question cites its
source sentence with offsets, gets an id from identity fields, and options are
shuffled by ``draws.Draws`` seeded by the run seed and what is asked, so one
question's options do not change when another point is added.

Cost: distractor candidates are indexed once per run (``distractors.Pool``),
choices made for a point are shared by its question kinds, and a document
read twice (a .txt and its saved .html give the same text and points) is
drafted and worded once; only its ids and file name differ.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Sequence

from ..errors import KaodianError
from ..kinds import parse_kinds
from ..model import OPTION_LETTERS, QUESTION_KINDS, Bank, Blank, Document, Extraction, Point, Question, QuestionSource, Span
from ..text import common_prefix, common_suffix
from . import distractors as dx
from .draws import Draws
from .lint import CONTEXT_PRONOUNS, DOUBLED, blank_problem, form_findings, quality_findings, unbalanced
from .templates import Template, TemplateSet, load_templates, render
from .blanks import fact_number, item_object
from .vocab import load_vocab
from .text import LEFTOVER_ORDINAL, marker_re, strip_marker
from .text import BLANK, CLOSE_QUOTES, LONG_SENTENCE, OPEN_QUOTES, PAREN, cn_count, core, end_sentence, replace, source_span, width_variants

# Four options is the convention of a 单项选择题.
SINGLE_OPTIONS = 4
# A 多项选择题 shows at most four right options and one or two wrong ones.
MULTIPLE_RIGHT = 4
MULTIPLE_WRONG = 2
# Blanks take at most this share of a cloze sentence: beyond it the sentence no
# longer tells which words belong there (issue 3: never more than a quarter of the text).
CLOZE_SHARE = 0.25
# A list passage longer than this makes an unreadable cloze stem: blank one item's sentence instead.
LONG_PASSAGE = 2 * LONG_SENTENCE

POINT_NAMES = {
    "enumeration": "列举要点", "term_series": "术语并列", "formulation": "提法", "quote": "引语",
    "document": "文件名", "fact": "时间地点", "statement": "重要论断",
}


@dataclass
class Draft:
    """What a generator decided; the template adds the wording."""

    source: Span
    answer: tuple[str, ...]
    key: tuple[str, ...]  # identity of what is asked (for the id): the answer, or the point's place, never wording
    options: tuple[str, ...] = ()
    blanks: tuple[Blank, ...] = ()
    accepted: tuple[tuple[str, ...], ...] = ()
    order_free: bool = False
    difficulty: float = 0.5
    values: dict[str, str] = field(default_factory=dict)
    true_draft: "Draft | None" = None  # a false statement's true version (see _balance_truefalse)


@dataclass(slots=True)
class Ctx:
    """One point of one document, with what the generators share: the material and the run seed.

    Nothing here depends on the document's name, so a document read twice (a
    .txt and its saved .html) gets the same drafts and ``generate`` makes them once.
    """

    doc: Document
    point: Point
    material: dx.Material
    seed: int
    doc_key: int = 0  # Material.doc_key of the document text
    spans: dict = field(default_factory=dict)  # source_span results of this document
    place: tuple[str, ...] = ()  # where the point stands: section and ordinal (see point_place)

    def rng(self, *key: str) -> Draws:
        """Draws seeded by the run seed, this point and ``key``: the same on every run."""
        return Draws(self.seed, "\x1f".join((self.point.article, self.point.kind, *key)))

    def source(self, start: int, end: int) -> Span:
        """The sentence (or clause of a long one) a question on [start, end) cites, computed once per document."""
        s = self.point.sentence
        key = (s.start, s.end, start, end)
        span = self.spans.get(key)
        if span is None:
            span = self.spans[key] = source_span(self.doc, s, start, end)
        return span


def _blanked(src: Span, pieces: list[tuple[int, int]], mark: str) -> str:
    return end_sentence(replace(src.text, [(a - src.start, b - src.start, mark) for a, b in pieces]))


def _shuffle(right: list[str], wrong: list[str], rng: Draws) -> tuple[tuple[str, ...], tuple[str, ...]]:
    options = rng.shuffled(right + wrong)
    letters = tuple(OPTION_LETTERS[options.index(r)] for r in right)
    return tuple(options), tuple(sorted(letters))


def _balanced(doc: Document, start: int, end: int, src: Span) -> tuple[int, int] | None:
    """[start, end) widened by a quotation mark at either end when that closes a quotation it cuts
    (一国两制”、“港人治港 -> “一国两制”、“港人治港”), or None when it still cuts one."""
    t = doc.text
    tries = [(start, end)]
    if start > src.start and t[start - 1] in OPEN_QUOTES:
        tries.append((start - 1, end))
    if end < src.end and t[end] in CLOSE_QUOTES:
        tries += [(a, end + 1) for a, _ in tries]
    return next(((a, b) for a, b in tries if not unbalanced(t[a:b])), None)


def _quoted(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Widen a span to its surrounding “ ” or 《 》 when it has them."""
    t = doc.text
    if start > 0 and end < len(t) and (t[start - 1], t[end]) in (("“", "”"), ("《", "》"), ("‘", "’")):
        return start - 1, end + 1
    return start, end


# ---------------------------------------------------------------- cloze


def _series_blanks(p: Point, src: Span, keep_affix: bool = True) -> list[tuple[int, int]] | str:
    """The blanks of a term series: each term without the affix the terms share (政治|判断力|), or,
    with ``keep_affix`` False, whole terms (when cutting the affix would cut a word: 积极|性)."""
    terms = [s.text for s in p.items]
    prefix, suffix = (common_prefix(terms), common_suffix(terms)) if keep_affix else ("", "")
    # a shared “ or ” stays inside the blank: a blank never cuts through a quotation (增强“四个意识)
    if any(c in prefix for c in OPEN_QUOTES + CLOSE_QUOTES):
        prefix = ""
    if any(c in suffix for c in OPEN_QUOTES + CLOSE_QUOTES):
        suffix = ""
    cut_a = len(prefix) if all(len(t) - len(prefix) - len(suffix) >= 2 for t in terms) else 0
    cut_b = len(suffix) if all(len(t) - cut_a - len(suffix) >= 2 for t in terms) else 0
    spans = [(s.start + cut_a, s.end - cut_b) for s in p.items if src.start <= s.start and s.end <= src.end]
    if len(spans) < 2:
        return "术语不在同一句中"
    limit = CLOZE_SHARE * len(src.text)
    # blank from the end of the series: the first terms stay as the cue
    while len(spans) > 2 and sum(b - a for a, b in spans) > limit:
        spans = spans[1:]
    if sum(b - a for a, b in spans) > limit:
        spans = spans[-1:]
    return spans


def _shown_elsewhere(answer: str, src: Span, spans: list[tuple[int, int]]) -> bool:
    """Whether ``answer`` (quotes aside) can be read in the sentence outside the blanked ``spans``."""
    a = answer.strip("“”‘’《》")
    if len(a) < 2:
        return False
    # the text between the blanks, piece by piece (no piece holds a blank, so none is read across one)
    t, pos = src.text, 0
    for x, y in sorted(spans):
        if a in t[pos : x - src.start]:
            return True
        pos = y - src.start
    return a in t[pos:]


def _fit(spans: list[tuple[int, int]], src: Span) -> list[tuple[int, int]]:
    """The spans, most important first, that fit together in CLOZE_SHARE of the sentence, in text order."""
    limit = CLOZE_SHARE * len(src.text)
    out: list[tuple[int, int]] = []
    used = 0
    for a, b in spans:
        if used + b - a <= limit and not any(a < y and x < b for x, y in out):
            out.append((a, b))
            used += b - a
    return sorted(out)


def _enumeration_blanks(ctx: Ctx) -> tuple[Span, list[tuple[int, int]]] | str:
    """The key term of each item (积极践行|社会主义核心价值观) in the passage of the list, or in the
    sentence of the first item that has one when the passage is too long for a stem."""
    p = ctx.point
    objects = []
    for s in p.items:
        if r := item_object(core(s.text)):
            objects.append((s.start + r[0], s.start + r[1]))
    if not objects:
        return "各项都没有可挖的关键词（动词后的名词短语）"
    src = _passage(ctx, p.items[0].start, p.items[-1].end)
    if len(src.text) <= LONG_PASSAGE:
        return src, objects
    for a, b in objects:
        src = ctx.source(a, b)
        if b - a <= CLOZE_SHARE * len(src.text):
            return src, [(a, b)]
    return "各项的关键词都超过所在句子的四分之一"


def cloze(ctx: Ctx) -> Draft | str:
    """A 填空题 draft: the formulation or document title, the ends of a term series (order-free when
    several), the key term of each enumeration item, or the date, place and number of a fact,
    blanked within CLOZE_SHARE of the sentence.  Returns the Draft, or a Chinese reason why there is
    no question; raises ValueError for a point kind GENERATORS does not pair with cloze."""
    p, doc = ctx.point, ctx.doc
    order_free = False
    if p.kind in ("formulation", "document"):
        src = ctx.source(p.start, p.end)
        spans = [(p.start, p.end)]
    elif p.kind == "term_series":
        src = ctx.source(p.items[0].start, p.items[-1].end)
        spans = _series_blanks(p, src)
        if not isinstance(spans, str) and any(blank_problem(src.text, a - src.start, b - src.start) for a, b in spans):
            spans = _series_blanks(p, src, keep_affix=False)
        if isinstance(spans, str):
            return spans
        order_free = len(spans) > 1
    elif p.kind == "enumeration":
        got = _enumeration_blanks(ctx)
        if isinstance(got, str):
            return got
        src, spans = got
    elif p.kind == "statement":
        if not p.items:
            return "这句论断没有标出可挖空的关键词"
        src = ctx.source(p.items[0].start, p.items[-1].end)
        # its key phrases (…的必由之路), then its subject (团结奋斗是…): what a question writer blanks
        spans = [(s.start, s.end) for s in p.items if src.start <= s.start and s.end <= src.end]
        if (subject := _statement_subject(src, spans[0][0])) is not None:
            spans.append(subject)
    elif p.kind == "fact":
        src = ctx.source(p.start, p.end)
        spans = []  # the date, the place, then a number: what a question writer blanks in a dated fact
        seg = doc.text[p.start : p.end]
        if m := dx.DATE.search(seg):
            spans.append((p.start + m.start(), p.start + m.end()))
        if m := dx.PLACE.search(seg):
            spans.append((p.start + m.start(1), p.start + m.end(1)))
        if m := fact_number(seg):
            spans.append((p.start + m.start(), p.start + m.end()))
        if not spans:
            return "没有可挖的日期、地点或数字"
    else:
        raise _unsupported(ctx, "cloze")
    if not all(src.start <= a and b <= src.end for a, b in spans):
        return "考点不在出处句中"
    # a blank takes a quotation whole or none of it
    spans = [w for a, b in spans if (w := _balanced(doc, a, b, src)) is not None]
    # a blank falls between words and is no fragment edged by a function word (成果由)
    cut = [(a, b) for a, b in spans if blank_problem(src.text, a - src.start, b - src.start)]
    spans = [ab for ab in spans if ab not in cut]
    if cut and (not spans or order_free):
        return f"挖空会切开词语或以虚词开头结尾（{'、'.join(doc.text[a:b] for a, b in cut)}）"
    spans = _fit(spans, src)
    # a blank whose answer the stem shows elsewhere asks nothing (共建“______”… 第三届“一带一路”…)
    spans = [(a, b) for a, b in spans if not _shown_elsewhere(doc.text[a:b], src, spans)]
    if not spans:
        return "挖空会超过句子的四分之一，或答案在句中别处出现"
    blanked_len = sum(b - a for a, b in spans)
    blanks = tuple(Blank(doc.text[a:b], a - src.start, b - src.start) for a, b in spans)
    answer = tuple(b.text for b in blanks)
    return Draft(
        source=src,
        answer=answer,
        key=answer,
        blanks=blanks,
        accepted=tuple(width_variants(a) for a in answer),
        order_free=order_free,
        # a one-word blank is easy (0.3); each further blank and each blanked character is more to
        # recall exactly; capped below 1 because the sentence always gives context
        difficulty=round(min(0.9, 0.3 + 0.1 * (len(blanks) - 1) + 0.02 * blanked_len), 2),
        values={"blanked": _blanked(src, spans, BLANK), "answer": "、".join(answer)},
    )


# ---------------------------------------------------------------- choice


def _series_target(ctx: Ctx, n: int) -> tuple[Span, list[str]] | str:
    """The series term with ``n`` distractors (the last term first: 政治判断力、政治领悟力和（　　））,
    or why there is none.  ``n`` is SINGLE_OPTIONS - 1 or 1."""
    if any(unbalanced(s.text) for s in ctx.point.items):
        return "术语的引号不成对（术语切在引号中间）"
    full, partial = _series_targets(ctx)
    if n == 1 and partial is not None:
        return partial[0], partial[1][:1]
    if full is not None and n <= len(full[1]):
        return full[0], full[1][:n]
    return f"干扰项不足（需要 {n} 个同类的词）"


def _series_targets(ctx: Ctx) -> tuple[tuple[Span, list[str]] | None, tuple[Span, list[str]] | None]:
    """The first term from the end with a full set of distractors, and the first with at least one;
    searched once per series and shared by the single-choice, multiple-choice and true/false questions."""
    key = ("series", ctx.doc_key, ctx.point.start, ctx.point.end)
    memo = ctx.material.memo
    if key in memo:
        return memo[key]
    p = ctx.point
    terms = [s.text for s in p.items]
    src = ctx.source(p.items[0].start, p.items[-1].end)
    full = partial = None
    head, tail = _shared_shape(terms)
    for s in reversed(p.items):
        if _shown_elsewhere(s.text, src, [(s.start, s.end)]):
            continue  # the stem would show the answer
        near_misses = dx.term_candidates(s.text, ctx.material)
        got = dx.pick(
            s.text, ctx.material.terms, near_misses, n=SINGLE_OPTIONS - 1, forbidden=terms + _cooccurring(ctx.material, s.text),
            context=src.text, rng=ctx.rng("pick", s.text), near_only=True, head=head, tail=tail, apart=ctx.material.co_terms,
        )
        if got and partial is None:
            partial = (s, got)
        if len(got) == SINGLE_OPTIONS - 1:
            full = (s, got)
            break
    memo[key] = full, partial
    return full, partial


def _shared_shape(terms: list[str]) -> tuple[str, str]:
    """What every term of a series shares and a wrong option must share too: a head (政治…, 高…) and a
    tail (…力, …感, …建设); an option without it gives the answer away (高知识密集、高集成度 and
    主动性).  A head or tail that is a whole term says nothing."""
    head = common_prefix(terms)
    tail = common_suffix(terms)
    head = head if len(head) >= 2 and all(len(t) > len(head) for t in terms) else ""
    tail = tail if tail and all(len(t) > len(tail) for t in terms) else ""
    return head, tail


def _open_list(ctx: Ctx) -> bool:
    """Whether the series goes on beyond its terms (政治、经济、文化等; 如政治、经济、文化): then another
    term of its kind may be right as well, so no option or swap can be called wrong."""
    p, text, v = ctx.point, ctx.doc.text, load_vocab()
    after = text[p.items[-1].end : p.items[-1].end + 4].lstrip(CLOSE_QUOTES)
    before = text[max(0, p.items[0].start - 4) : p.items[0].start].rstrip(OPEN_QUOTES + "：:")
    return after.startswith(v.open_list_after) or before.endswith(v.open_list_before)


OPEN_LIST = "并列没有列全（以“等”结尾或由“如、包括”引出），别的选项未必错"


def _cooccurring(m: dx.Material, term: str) -> list[str]:
    """Terms that stand in a series with ``term`` anywhere in the material: right answers there."""
    return m.co_terms.get(term, [])


def _formulation_candidates(ctx: Ctx) -> tuple[dx.Pool, list[str]]:
    p, m = ctx.point, ctx.material
    if p.numbered:
        # real formulations of the same shape only (see dx.numbered_candidates)
        return dx.EMPTY, dx.numbered_candidates(p.text, m)
    return m.formulations, dx.modifier_edits(p.text, m)


def _fact_target(ctx: Ctx) -> tuple[int, int, dx.Pool, list[str]] | None:
    """The place (else the date) of a fact, with where its distractors come from."""
    p, doc = ctx.point, ctx.doc
    seg = doc.text[p.start : p.end]
    if m := dx.PLACE.search(seg):
        return p.start + m.start(1), p.start + m.end(1), ctx.material.place_pool, []
    if m := dx.DATE.search(seg):
        return p.start + m.start(), p.start + m.end(), dx.EMPTY, dx.date_edits(m.group())
    return None


def single(ctx: Ctx) -> Draft | str:
    """A 单项选择题 draft: one right option (a series term, the formulation, the title, the place or date
    of a fact, an enumeration item) and SINGLE_OPTIONS - 1 distractors, shuffled by the seed.  Returns
    the Draft, or a Chinese reason (too few distractors …) — never a padded question; raises ValueError
    for a point kind GENERATORS does not pair with single."""
    p, doc = ctx.point, ctx.doc
    need = SINGLE_OPTIONS - 1
    if p.kind == "term_series":
        if _open_list(ctx):
            return OPEN_LIST
        got = _series_target(ctx, need)
        if isinstance(got, str):
            return got
        target, wrong = got
        a, b, answer = target.start, target.end, target.text
        src = ctx.source(p.items[0].start, p.items[-1].end)
        rng = ctx.rng("single", answer)  # the pick was seeded on its own: true/false questions share it
    elif p.kind in ("formulation", "document", "fact"):
        if p.kind == "fact":
            t = _fact_target(ctx)
            if t is None:
                return "没有可问的日期或地点"
            a, b, pool, extra = t
        else:
            a, b = p.start, p.end
            pool, extra = _formulation_candidates(ctx) if p.kind == "formulation" else (ctx.material.documents, dx.modifier_edits(p.text, ctx.material))
        answer = doc.text[a:b]
        src = ctx.source(a, b)
        # formulations said in the sentence are excluded as context; an unnumbered formulation takes
        # only those sharing its first or last character (美丽乡村 for 无废乡村): any other slogan of the
        # text (化工一条江, 最美母亲河) is of another kind at a glance
        rng = ctx.rng("single", answer)
        near_only = p.kind == "formulation" and not p.numbered
        wrong = dx.pick(answer, pool, extra, n=need, forbidden=[], context=src.text, rng=rng, near_only=near_only)
        if p.kind == "document":
            answer, wrong = f"《{answer}》", [f"《{w}》" for w in wrong]
        wa, wb = _quoted(doc, a, b)
        # 简称“千万工程”） -> 简称（　　）） doubles a bracket: keep the quotes then
        if not DOUBLED.search(_blanked(src, [(wa, wb)], PAREN)):
            a, b = wa, wb
        if len(wrong) < need:
            return f"干扰项不足（需要 {need} 个，只找到 {len(wrong)} 个）"
    elif p.kind == "enumeration":
        return _enumeration_choice(ctx, multiple=False)
    else:
        raise _unsupported(ctx, "single")
    options, letters = _shuffle([answer], wrong, rng)
    return Draft(
        source=src,
        answer=letters,
        key=tuple(s.text for s in p.items) if p.kind == "term_series" else (answer,),
        options=options,
        # recognition among four is easier than a blank; a series term is harder than a formulation
        # because its distractors share its head or tail (政治判断力 / 政治鉴别力)
        difficulty=0.4 + (0.1 if p.kind == "term_series" else 0),
        values={"blanked": _blanked(src, [(a, b)], PAREN), "answer": answer},
    )


def _enumeration_candidates(ctx: Ctx) -> list[str]:
    """Other requirements to draw an enumeration's distractors from (the same for every question on it)."""
    key = ("enumeration", ctx.doc_key, ctx.point.start)
    memo = ctx.material.memo
    if key not in memo:
        p, m = ctx.point, ctx.material
        items = _item_cores(p)
        here = (ctx.doc_key, p.article, p.section)
        # items of other enumerations, but never one under the same heading (it may answer the same question)
        cands = [c for (c, d, _), (art, sec) in zip(m.items, m.item_place) if (d, art, sec) != here and c not in items]
        # then clauses of the text that start like the items (必须坚持…, 着力…) outside this enumeration
        # (``pick`` drops those said in the enumeration itself: it is the context)
        heads = m.clauses_by_head.get(ctx.doc_key, {})
        for h in dict.fromkeys(c[:2] for c in items):
            cands += heads.get(h, ())
        # short items (从严管、深入察) : clauses that start with the same character and are as short
        if max(len(c) for c in items) <= 6:
            short = m.short_clauses_by_first.get(ctx.doc_key, {})
            for f in dict.fromkeys(i[0] for i in items):
                cands += short.get(f, ())
            # and phrases of the text that open like an item: its two-character head and the word after it
            # (从严管 -> 从严治党, 深入察 -> 深入调查): real phrases, never a crossing of two items (从严察)
            cands += _head_phrases(ctx.doc.text, items)
        memo[key] = cands
    return memo[key]


def _head_phrases(text: str, items: list[str]) -> list[str]:
    """The two-character head of each item followed by the whole next word, wherever the text says it."""
    from .. import segment

    out = []
    for h in dict.fromkeys(i[:2] for i in items):
        i = text.find(h)
        # a few occurrences are enough for two wrong options
        for _ in range(12):
            if i < 0:
                break
            words = segment.cut(text[i + 2 : i + 8])
            if words and len(words[0]) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in words[0]):
                out.append(h + words[0])
            i = text.find(h, i + 1)
    return out


def _item_cores(p: Point) -> list[str]:
    return [c.rstrip("，；。") for c in (core(s.text) for s in p.items)]


def _enumeration_wrong(ctx: Ctx, right: list[str], n: int, rng: Draws) -> list[str]:
    p = ctx.point
    span = ctx.doc.text[p.sentence.start : p.end]
    return dx.pick(
        right[0], dx.EMPTY, _enumeration_candidates(ctx), n=n, forbidden=[s.text for s in p.items] + _item_cores(p),
        context=span, rng=rng, affixes=tuple(dict.fromkeys(c[:2] for c in _item_cores(p))),  # 深入… is like 从严管 here
    )


def _enumeration_choice(ctx: Ctx, multiple: bool) -> Draft | str:
    p = ctx.point
    if len(p.items) < 2:
        return "列举不足两项"
    cores = [core(s.text) for s in p.items]
    if any(unbalanced(c) for c in cores):
        return "列举项的引号不成对（项的开头或结尾切在引号中间）"
    rng = ctx.rng("choose", str(multiple))
    if multiple:
        idx = rng.sample(len(cores), min(MULTIPLE_RIGHT - 1 if len(cores) > 3 else len(cores), len(cores)))
        right = [cores[i] for i in idx]
        wrong = _enumeration_wrong(ctx, right, MULTIPLE_WRONG, rng)
        if not wrong:
            return "干扰项不足（需要至少 1 个其他要求）"
        first, last = p.items[idx[0]], p.items[idx[-1]]
        src = _passage(ctx, first.start, last.end)
    else:
        for i in rng.shuffled(range(len(cores))):
            right = [cores[i]]
            wrong = _enumeration_wrong(ctx, right, SINGLE_OPTIONS - 1, rng)
            if len(wrong) == SINGLE_OPTIONS - 1:
                break
        else:
            return f"干扰项不足（需要 {SINGLE_OPTIONS - 1} 个其他要求）"
        item = p.items[i]
        src = ctx.source(item.start, item.start + len(right[0]))
    right, wrong = _same_openings(right, wrong)
    options, letters = _shuffle(right, wrong, rng)
    return Draft(
        source=src,
        answer=letters,
        key=ctx.place,  # the enumeration asked about, not the item the seed happened to pick
        options=options,
        # enumeration items are long requirements, harder to tell from near clauses than a term;
        # a multiple choice needs every right option, so it is the harder one
        difficulty=0.6 if multiple else 0.5,
        values=_list_values(ctx) | {"answer": "；".join(right)},
    )


def _same_openings(right: list[str], wrong: list[str]) -> tuple[list[str], list[str]]:
    """The options without the word a requirement opens with (要, 必须 …: vocab.yaml lead_words) when
    some have it and others not: the right ones all opening with 要 and the wrong ones never (taken
    from other lists) gives them away.  Unchanged when stripping would leave two options alike or
    one under four characters."""
    leads = sorted(load_vocab().lead_words, key=len, reverse=True)

    def opening(o: str) -> str:
        return next((w for w in leads if o.startswith(w)), "")

    if len({opening(o) for o in right + wrong}) < 2:
        return right, wrong
    r2, w2 = [o[len(opening(o)):] for o in right], [o[len(opening(o)):] for o in wrong]
    if len(set(r2 + w2)) < len(r2 + w2) or min(map(len, r2 + w2)) < 4:
        return right, wrong
    return r2, w2


def multiple(ctx: Ctx) -> Draft | str:
    """A 多项选择题 draft on a term series or an enumeration: up to MULTIPLE_RIGHT right options and up to
    MULTIPLE_WRONG (at least one) wrong ones.  Returns the Draft, or a Chinese reason why not; raises
    ValueError for a point kind GENERATORS does not pair with multiple."""
    p = ctx.point
    if p.kind == "enumeration":
        return _enumeration_choice(ctx, multiple=True)
    if p.kind != "term_series":
        raise _unsupported(ctx, "multiple")
    src = ctx.source(p.items[0].start, p.items[-1].end)
    if not (src.start <= p.items[0].start and p.items[-1].end <= src.end):
        return "术语不在同一句中"
    terms = [s.text for s in p.items]
    if any(unbalanced(t) for t in terms):
        return "术语的引号不成对（术语切在引号中间）"
    if _open_list(ctx):
        return OPEN_LIST
    rng = ctx.rng("choose")
    right = terms if len(terms) <= MULTIPLE_RIGHT else [terms[i] for i in rng.sample(len(terms), MULTIPLE_RIGHT)]
    forbidden = terms + [x for t in terms for x in _cooccurring(ctx.material, t)]
    # the single-choice question's distractors, when none is a right answer next to another term of the series
    full, partial = _series_targets(ctx)
    found = (full or partial or (None, []))[1]
    # a wrong option as long as some right one: among four-character terms a three-character one
    # (更光荣 beside 清洁美丽、共同繁荣) is the odd one out at a glance
    lo, hi = min(map(len, right)), max(map(len, right))
    fits = lambda w: lo <= len(w) <= hi and not any(w == f or w in f or f in w for f in forbidden)  # noqa: E731
    wrong = [w for w in found if fits(w)][:MULTIPLE_WRONG]
    if not wrong:
        near_misses = dx.term_candidates(terms[-1], ctx.material)
        head, tail = _shared_shape(terms)
        wrong = [w for w in dx.pick(
            terms[-1], ctx.material.terms, near_misses, n=MULTIPLE_WRONG, forbidden=forbidden, context=src.text,
            rng=rng, near_only=True, head=head, tail=tail, apart=ctx.material.co_terms,
        ) if fits(w)]
    if len(wrong) > 1 and all(w in ctx.material.co_terms.get(wrong[0], ()) for w in wrong[1:]):
        wrong = wrong[:1]  # wrong options all of one series are three of a kind (see dx.pick)
    if not wrong:
        return "干扰项不足（需要至少 1 个同类的词）"
    options, letters = _shuffle(right, wrong, rng)
    ab = _balanced(ctx.doc, p.items[0].start, p.items[-1].end, src)
    if ab is None:
        return "术语的引号不成对"
    a, b = ab
    return Draft(
        source=src,
        answer=letters,
        key=tuple(terms),
        options=options,
        difficulty=0.6,  # every right term must be found, and wrong ones share the series' shape
        values={"blanked": _blanked(src, [(a, b)], PAREN), "answer": "、".join(right)},
    )


# ---------------------------------------------------------------- true/false


def truefalse(ctx: Ctx) -> Draft | str:
    """A 判断题 draft: the source sentence as is (对), or, for about half the points by the seed, with one
    controlled change — a series term swapped for a sibling, a numbered formulation for another, a
    fact's place or date moved (错, the true sentence in the explanation); a quote is asked as its
    quoted words.  Returns the Draft; raises ValueError for a point kind GENERATORS does not pair with truefalse."""
    p, doc = ctx.point, ctx.doc
    if p.kind in ("enumeration", "document"):
        raise _unsupported(ctx, "truefalse")
    src = _statement_source(ctx)
    change: tuple[int, int, str] | None = None
    # false wherever a change can be made; _balance_truefalse then turns some back, by the seed, so
    # that a document's answers are not mostly 错 (many sentences offer no change: in a short talk
    # with few numbers, formulations or series most answers stay 对).
    # A term swapped into a list that goes on may still be true: its terms stay as they are.
    keep = (p.items[0].start, p.items[-1].end) if p.kind == "term_series" and _open_list(ctx) else None
    if p.kind == "term_series" and keep is None:
        # the single-choice question's pick, when it found one; a search for one sibling otherwise
        got = _series_target(ctx, SINGLE_OPTIONS - 1)
        if isinstance(got, str):
            got = _series_target(ctx, 1)
        if not isinstance(got, str):
            term, siblings = got
            if not any(_shared_shape([s.text for s in p.items])):
                # no sibling is of a shapeless series' kind: one that keeps two of the term's
                # characters at an end may mean the same (信息数据 -> 大数据)
                siblings = [w for w in siblings
                            if len(common_prefix([w, term.text])) < 2 and len(common_suffix([w, term.text])) < 2]
            if siblings:
                change = (term.start, term.end, siblings[0])
    elif p.kind == "formulation" and p.numbered:
        # another real formulation of the same shape swapped in, never an invented number
        got = dx.pick(
            p.text, dx.EMPTY, dx.numbered_candidates(p.text, ctx.material), n=1, forbidden=[], context=src.text,
            rng=ctx.rng("truefalse", *ctx.place),
        )
        if got:
            change = (p.start, p.end, got[0])
    elif p.kind == "fact":
        t = _fact_target(ctx)
        if t is not None:
            a, b, pool, extra = t
            got = dx.pick(doc.text[a:b], pool, extra, n=1, forbidden=[], context=src.text, rng=ctx.rng("truefalse", *ctx.place))
            if got:
                change = (a, b, got[0])
    if change is None:
        # a point of its own kind gave no change: one of the sentence's formulations, series terms,
        # dates or numbers may
        change = _sentence_change(ctx, src, keep)
    if p.kind == "quote":
        # the quoted words only: the sentence around them repeats the speaker and the speech verb
        # that the template adds (习近平总书记指出：习近平总书记指出：“…”)
        values = {"statement": end_sentence(f"“{p.text.strip('“”')}”"), "truth": end_sentence(src.text),
                  "speaker": speaker_phrase(p.speaker)}
    else:
        values = {"statement": end_sentence(src.text), "truth": end_sentence(src.text)}
    # two options and the whole sentence shown: the easiest kind
    true = Draft(source=src, answer=("对",), key=_identity(ctx), options=("对", "错"), difficulty=0.3, values=values)
    if change is not None and src.start <= change[0] and change[1] <= src.end:
        a, b, new = change
        statement = end_sentence(replace(src.text, [(a - src.start, b - src.start, new)]))
        values = {"statement": statement, "truth": end_sentence(src.text), "change": f"“{doc.text[a:b]}”误作“{new}”"}
        return Draft(source=src, answer=("错",), key=true.key, options=true.options, difficulty=0.3, values=values,
                     true_draft=true)
    return true


# The subject of a key statement: a short phrase that opens a clause and is followed by 是 (团结奋斗是…).
_SUBJECT = re.compile(r"(?:^|(?<=[，：；“]))([^，。；：“”‘’、\d]{2,8}?)是")


def _statement_subject(src: Span, before: int) -> tuple[int, int] | None:
    """The subject of the statement whose first key phrase starts at ``before`` (the last clause
    opening before it that reads X是), or None; never a pronoun or adverb (这是…, 也是…)."""
    found = None
    for m in _SUBJECT.finditer(src.text, 0, before - src.start):
        found = m
    if found is None or found.group(1)[0] in load_vocab().subject_never_starts:
        return None
    return src.start + found.start(1), src.start + found.end(1)


def _statement_source(ctx: Ctx) -> Span:
    """The sentence a true/false question on the point states (known before the question is drafted)."""
    p = ctx.point
    # a statement's items are its key phrases: the statement is the whole sentence
    start, end = (p.items[0].start, p.items[-1].end) if p.items and p.kind != "statement" else (p.start, p.end)
    return ctx.source(start, end)


def _known_key(p: Point, kind: str) -> tuple[str, ...] | None:
    """The key a draft of ``kind`` on ``p`` will have, when it is certain before drafting, else None.

    A formulation said again in an article is asked once (its key is its text): knowing the
    key lets the generator skip the repeats before drafting them.  A cloze blank is widened
    to a quotation it cuts (see _balanced), so only a formulation with balanced marks is sure.
    """
    if p.kind == "formulation" and (kind in ("single", "truefalse") or (kind == "cloze" and not unbalanced(p.text))):
        return (p.text,)
    return None


def _co_terms_in(m, text: str) -> list[str]:
    """The material's series terms of three characters or more that ``text`` contains, longest
    first (ties in the material's order, so the result never depends on string hashing).  The terms
    are indexed by their first two characters, so a sentence is scanned once instead of once per term;
    unlike one regex alternation this also finds a term inside another (政治领导力 in 党的政治领导力)."""
    key = ("co_terms_index",)
    if key not in m.memo:
        terms = sorted((t for t in m.co_terms if len(t) >= 3), key=len, reverse=True)
        by_head: dict[str, list[str]] = {}
        for t in terms:
            by_head.setdefault(t[:2], []).append(t)
        m.memo[key] = by_head, {t: i for i, t in enumerate(terms)}
    by_head, rank = m.memo[key]
    found = {t for i in range(len(text) - 2) for t in by_head.get(text[i:i + 2], ()) if text.startswith(t, i)}
    return sorted(found, key=rank.__getitem__)


def _sentence_change(ctx: Ctx, src: Span, keep: tuple[int, int] | None = None) -> tuple[int, int, str] | None:
    """One controlled change of any sentence that makes it false, or None: a numbered formulation it
    names swapped for another real one of the same shape (“四个自信” -> “四个意识”), else a term of a
    series of one shape for a term of another series of that shape (政治判断力 -> 政治鉴别力), else its date moved,
    else its number changed (40年 -> 80年, 第三届 -> 第四届, 0.2% -> 0.4%).  Never a change that could
    still be true: no approximate number (100多万) is touched, nor a term inside ``keep``."""
    m, text = ctx.material, src.text
    for f in sorted((f for f in m.numbered.items if f in text), key=len, reverse=True):
        i = text.find(f)
        got = dx.pick(f, dx.EMPTY, dx.numbered_candidates(f, m), n=1, forbidden=[], context=text, rng=ctx.rng("truefalse", f))
        if got:
            return src.start + i, src.start + i + len(f), got[0]
    for t in _co_terms_in(m, text):
        siblings = list(dict.fromkeys(m.co_terms[t]))
        head, tail = _shared_shape(siblings)
        if not (head or tail):
            continue  # a series of no shape: no sibling of its kind to swap in (see _series_targets)
        i = text.find(t)
        if keep is not None and keep[0] <= src.start + i < keep[1]:
            continue
        got = dx.pick(t, m.terms, [], n=1, forbidden=siblings, context=text, rng=ctx.rng("truefalse", t),
                      near_only=True, head=head, tail=tail)
        if got:
            return src.start + i, src.start + i + len(t), got[0]
    if d := dx.DATE.search(text):
        for new in dx.date_edits(d.group()):
            if new not in text:
                return src.start + d.start(), src.start + d.end(), new
    if n := fact_number(text):
        old = n.group()
        if (new := _changed_number(old)) is not None:
            return src.start + n.start(), src.start + n.end(), new
    return None


_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_NUMERALS = "一二三四五六七八九十"


def _changed_number(number: str) -> str | None:
    """``number`` with its value clearly changed (one more under ten, else doubled), None for an
    approximate one (100多万) that a change may leave true."""
    if "多" in number or "余" in number:
        return None
    if number.startswith("第"):
        i = _NUMERALS.find(number[1])
        if len(number) > 2 and 0 <= i < len(_NUMERALS) - 1 and number[2] not in _NUMERALS:
            return f"第{_NUMERALS[i + 1]}{number[2:]}"
        return None
    d = _DIGITS.match(number)
    if d is None:
        return None
    v = d.group()
    if "." in v:
        new = f"{float(v) * 2:g}"
    else:
        new = str(int(v) + 1 if int(v) < 10 else int(v) * 2)
    return new + number[d.end():]


def speaker_phrase(speaker: str) -> str:
    """Who said a quote, without the speech verb the extractor may leave on it (习近平总书记强调指出 ->
    习近平总书记); empty when what is left is not a short name phrase."""
    s = speaker.strip().rstrip("，,：:")
    changed = True
    while changed:
        changed = False
        for v in load_vocab().speech_verbs:
            if s.endswith(v) and len(s) > len(v):
                s, changed = s[: -len(v)], True
    # a speaker is a name phrase (邓小平同志, 习近平总书记): punctuation or a long run is a clause
    if not s or len(s) > 12 or any(c in s for c in "，。；：“”‘’！？、"):
        return ""
    return s


def _identity(ctx: Ctx) -> tuple[str, ...]:
    """What a question about the whole point is about, for its id: the formulation or the series
    terms themselves (a typo fix elsewhere in the sentence keeps them), else the point's place
    (a statement, fact or quote is its wording, which a typo fix changes)."""
    p = ctx.point
    if p.kind == "formulation":
        return (p.text,)
    if p.kind == "term_series":
        return tuple(s.text for s in p.items)
    return ctx.place


# ---------------------------------------------------------------- ordering and recall


def _passage(ctx: Ctx, start: int, end: int) -> Span:
    """From the start of the sentence holding ``start`` to the end of the sentence holding ``end``."""
    a = ctx.source(start, start).start
    b = ctx.source(end, end).end
    b = max(b, end)
    return Span(ctx.doc.text[a:b], a, b)


# A lead sentence longer than this does not fit in a stem's “…”: the question names the heading or 文章.
LEAD_MAX = 40
LEAD_MIN = 6  # a first clause shorter than this (对此，…) names nothing


def _list_values(ctx: Ctx) -> dict[str, str]:
    p = ctx.point
    values = {"items": "；".join(s.text for s in p.items), "count": str(len(p.items)), "count_cn": cn_count(len(p.items))}
    # the lead sentence in a stem: without a marker of another series, never with a line break or a
    # marker inside, never long; otherwise empty, so a template naming the heading or 文章 is used
    whole = lead = strip_marker(p.sentence).text.strip()
    # a lead-in that runs on into the first item (这里，我简单提三点要求：一要…) ends before it
    cut = next((i for i in range(1, len(lead)) if lead[i - 1] in "：:" and marker_re().match(lead, i)), None)
    if cut is not None:
        lead = lead[: cut - 1]
    # it names the list when it announces it (…主要有以下突出成效。) or stands as a title line; another
    # sentence before the list (对此，我们一定要给予充分理解。) is used only to tell apart lists that
    # share a heading
    elif lead[-1:] in "。！？；…" and not _LIST_LEAD.search(lead) and not _shares_heading(ctx):
        lead = ""
    if not _clean_lead(lead):
        lead = ""
    if not lead and not p.heading and _article_title(ctx.doc, p.article) == UNTITLED and p.sentence.end <= p.items[0].start:
        # nothing else names the list (a speech without headings): the first clause of the sentence
        # before it does (改革开放40年积累的宝贵经验是党和人民弥足珍贵的精神财富), never a bare 文章列举了…
        first = re.split("[，；：。！？]", whole, maxsplit=1)[0]
        lead = first if len(first) >= LEAD_MIN and _clean_lead(first) and first[0] not in CONTEXT_PRONOUNS else ""
    return values | {"sentence": _inner_quotes(end_sentence(lead).rstrip("。")) if lead else ""}


def _clean_lead(lead: str) -> bool:
    """Whether a lead can stand in a stem: short, on one line, with no marker of a list inside."""
    return bool(lead) and len(lead) <= LEAD_MAX and "\n" not in lead and not marker_re().search(lead) and not any(
        marker_re().match(lead, i) for i in range(1, len(lead)) if lead[i - 1] in "，。；：！？"
    )


_INNER = str.maketrans("“”", "‘’")


def _inner_quotes(text: str) -> str:
    """``text`` with its “ ” made ‘ ’: the templates quote a heading or lead in “ ” (关于“坚定捍卫‘两个确立’…”)."""
    return text.translate(_INNER)


# Words that announce a list (vocab.yaml list_lead).
_LIST_LEAD = re.compile(load_vocab().list_lead)


def _shares_heading(ctx: Ctx) -> bool:
    """Whether another enumeration stands under the same heading of the same article."""
    p = ctx.point
    points = ctx.material.memo.get(("points", ctx.doc_key), ())
    return sum(1 for q in points if q.kind == "enumeration" and (q.article, q.section) == (p.article, p.section)) > 1


def ordering(ctx: Ctx) -> Draft | str:
    """An 排序题 draft: an enumeration's item cores shuffled (never left in order), answered by the option
    letters in the text's order.  Returns the Draft, or a Chinese reason (under three items, two equal
    items); raises ValueError for a point kind other than enumeration."""
    p = ctx.point
    if p.kind != "enumeration":
        raise _unsupported(ctx, "ordering")
    # ordering two items is a coin toss
    if len(p.items) < 3:
        return "列举不足三项，不出排序题"
    cores = [core(s.text) for s in p.items]
    if len(set(cores)) < len(cores):
        return "列举中有相同的项"
    options = ctx.rng("shuffle", *cores).shuffled(cores)
    if options == cores:  # the draw left them in order: move the first item last
        options = options[1:] + options[:1]
    return Draft(
        source=_passage(ctx, p.items[0].start, p.items[-1].end),
        answer=tuple(OPTION_LETTERS[options.index(c)] if options.index(c) < len(OPTION_LETTERS) else str(options.index(c) + 1) for c in cores),
        key=ctx.place,
        options=tuple(options),
        # the items are shown, only their order is asked: harder with each item, capped as for cloze
        difficulty=round(min(0.9, 0.4 + 0.05 * len(cores)), 2),
        values=_list_values(ctx) | {"answer": "；".join(cores)},
    )


def recall(ctx: Ctx) -> Draft | str:
    """A 简答题 (list recall) draft: the enumeration's items are the answer, each also accepted as its
    core in any width.  Returns the Draft; raises ValueError for a point kind other than enumeration."""
    p = ctx.point
    if p.kind != "enumeration":
        raise _unsupported(ctx, "recall")
    items = tuple(s.text for s in p.items)
    return Draft(
        source=_passage(ctx, p.items[0].start, p.items[-1].end),
        answer=items,
        key=ctx.place,
        accepted=tuple(width_variants(core(i)) for i in items),
        # nothing is shown: recalling the items unaided is the hardest kind, harder with each item
        difficulty=round(min(0.95, 0.6 + 0.05 * len(items)), 2),
        values=_list_values(ctx) | {"answer": "；".join(items)},
    )


# The one list of what can be asked: a generator per (point kind, question kind).  A template for a
# pair not here is refused when the templates are loaded (E405), never silently left unused.
GENERATORS: dict[tuple[str, str], Callable[[Ctx], Draft | str]] = {
    ("enumeration", "cloze"): cloze,
    ("enumeration", "single"): single,
    ("enumeration", "multiple"): multiple,
    ("enumeration", "ordering"): ordering,
    ("enumeration", "recall"): recall,
    ("term_series", "cloze"): cloze,
    ("term_series", "single"): single,
    ("term_series", "multiple"): multiple,
    ("term_series", "truefalse"): truefalse,
    ("formulation", "cloze"): cloze,
    ("formulation", "single"): single,
    ("formulation", "truefalse"): truefalse,
    ("document", "cloze"): cloze,
    ("document", "single"): single,
    ("fact", "cloze"): cloze,
    ("fact", "single"): single,
    ("fact", "truefalse"): truefalse,
    ("quote", "truefalse"): truefalse,
    ("statement", "cloze"): cloze,
    ("statement", "truefalse"): truefalse,
}


def supported_kinds(point_kind: str) -> tuple[str, ...]:
    """The question kinds GENERATORS can ask about a point kind, in QUESTION_KINDS order (empty for an unknown one)."""
    return tuple(k for k in QUESTION_KINDS if (point_kind, k) in GENERATORS)


def _unsupported(ctx: Ctx, kind: str) -> ValueError:
    # only reachable by calling a generator directly: generate() goes through GENERATORS
    return ValueError(f"no {kind} generator for {ctx.point.kind} points (see GENERATORS)")


# ---------------------------------------------------------------- assembly


def point_places(points: Sequence[Point]) -> list[tuple[str, ...]]:
    """Where each point stands, as identity: its section and its ordinal among the points of its
    kind in that section of its article (("s2", "n0"), …).  Unlike its text or offsets, this
    survives a typo fix in the source."""
    counts: dict[tuple[str, int, str], int] = {}
    out = []
    for p in points:
        k = (p.article, p.section, p.kind)
        i = counts.get(k, 0)
        counts[k] = i + 1
        out.append((f"s{p.section}", f"n{i}"))
    return out


def question_id(document: str, article: str, point_kind: str, kind: str, key: tuple[str, ...]) -> str:
    """A stable id from identity fields: the same question keeps it when its wording changes.

    ``key`` is the answer when the answer names what is asked (a blanked term, a
    formulation, the terms of a series), else the point's place (point_places):
    a list question or a true/false statement keeps its id when a typo in its
    items or sentence is fixed, so Anki updates the note in place.
    """
    h = hashlib.sha1("\x1f".join((document, article, point_kind, kind, *key)).encode("utf-8")).hexdigest()
    return f"q-{h[:16]}"


UNTITLED = "（无题）"  # the source's article title when the text gives none


def _article_title(doc: Document, article_id: str) -> str:
    for a in doc.articles:
        if a.id == article_id:
            return a.title or UNTITLED
    return UNTITLED


def _pick_template(templates: tuple[Template, ...], values: dict[str, str]) -> Template | None:
    for t in templates:
        if all(values.get(n) for n in t.names):
            return t
    return None


def _where(doc: Document, p: Point) -> str:
    # a1, a2 … are article ids; a teacher counts the articles
    article = f"第{p.article[1:]}篇" if re.fullmatch(r"a\d+", p.article) else p.article
    return f"{doc.name} {article}「{p.text[:16]}{'…' if len(p.text) > 16 else ''}」"


def _renamed(q: Question, qid: str, document: str) -> Question:
    """``q`` asked about the same text read under another file name (cheaper than dataclasses.replace)."""
    s = q.source
    return Question(
        qid, q.kind, q.stem, q.answer, q.explanation, QuestionSource(document, s.article, s.heading, s.sentence, s.start, s.end),
        q.options, q.blanks, q.accepted, q.order_free, q.tags, q.difficulty, q.point_kind, q.template,
    )


@lru_cache(maxsize=16)
def _sentence_ends(text: str) -> list[int]:
    """The offsets of the sentence ends of a document text (-1 first, so every offset has one before it)."""
    return [-1] + [m.start() for m in _SENTENCE_END.finditer(text)]


_SENTENCE_END = re.compile("[。！？；\n]")


def _elided(text: str, src: Span, stem: str) -> str:
    """``stem`` (made of the clause ``src``) marked with …… where the clause was cut out of a longer
    sentence: a reader sees that the sentence goes on, instead of a fragment passed off as a whole
    (……，通过延展科技创新服务链…… rather than 通过延展科技创新服务链。)."""
    ends = _sentence_ends(text)
    start = ends[bisect_left(ends, src.start) - 1] + 1  # the sentence's start: after the last end before the clause
    before = text[start : src.start].strip()
    if before and not marker_re().fullmatch(before) and not LEFTOVER_ORDINAL.fullmatch(before):
        stem = "……" + stem
    if text[src.end : src.end + 1] in ("，", "、", "：") and stem.endswith("。"):
        stem = stem[:-1] + "……"
    return stem


def _compose(
    doc: Document, p: Point, kind: str, draft: Draft, templates: tuple[Template, ...], qid: str
) -> tuple[Question | None, list[str], bool]:
    """The question a template words for a draft, or None and why not (lint findings …).

    The flag says whether the wording uses the document's name, so whether the
    question can be reused for the same text read under another name.
    """
    title = _article_title(doc, p.article)
    values = {
        "document": doc.name,
        "article": "" if title == UNTITLED else title,
        "heading": _inner_quotes(p.heading or ""),
        "sentence": end_sentence(draft.source.text),
        "point": p.text,
        "speaker": p.speaker,
        "answer": "",
    } | draft.values
    if p.kind != "quote":  # a quote's statement is its quoted words, not a clause of the sentence
        for k in ("blanked", "statement"):
            if k in values:
                values[k] = _elided(doc.text, draft.source, values[k])
    tmpl = _pick_template(templates, values)
    if tmpl is None:
        # said for a teacher: what the text lacks, not which template ids were tried
        return None, ["：题目要写出的文章标题、小标题或讲话人，这里没有"], False
    q = Question(
        id=qid,
        kind=kind,
        stem=render(tmpl.stem, values),
        answer=draft.answer,
        explanation=render(tmpl.explanation, values),
        source=QuestionSource(doc.name, title, p.heading, draft.source.text, draft.source.start, draft.source.end),
        options=draft.options,
        blanks=draft.blanks,
        accepted=draft.accepted,
        order_free=draft.order_free,
        tags=(QUESTION_KINDS[kind], POINT_NAMES.get(p.kind, p.kind)),
        difficulty=draft.difficulty,
        point_kind=p.kind,
        template=tmpl.id,
    )
    named = "document" in tmpl.names
    # what a question writer never hands out (an answer shown in the stem …): dropped, said why;
    # each question is checked once, so quality_findings is not cached (hashing a Question costs more)
    if poor := quality_findings(q):
        return None, [f"（不合格，已舍去）：{f}" for f in poor], named
    findings = form_findings(q)
    if findings:
        return None, [f"（检查未通过）：{f}" for f in findings], named
    return q, [], named


SAME_STEM = "与已出的题题干相同（或同一句已出判断题）"


@dataclass(slots=True)
class _Asked:
    """What ``_ask_document`` made of one document, its file name aside except where a question's
    wording uses it (``named``): a document that reads the same under another name is renamed,
    not asked again."""

    questions: list[tuple[Question, tuple[str, ...]]]  # each with its identity: (article, point kind, kind, *key)
    diagnostics: list[tuple[Point, str]]
    duplicates: int = 0
    named: bool = False


def _ask_document(
    ex: Extraction, material: dx.Material, plan: dict[str, list[tuple[str, tuple[Template, ...]]]], seed: int,
    per_point: int | None, tick: Callable[[int], None] | None = None,
) -> _Asked:
    """The questions on every point of one document, in text order, each linted (see ``generate``)."""
    doc = ex.document
    out = _Asked([], [])
    doc_key = material.doc_key(doc.text)
    # drafts depend on the text and its points, not on the file name or the templates
    drafts = material.memo.setdefault(("drafts", doc_key, ex.points), {})
    spans: dict = material.memo.setdefault(("spans", doc_key), {})
    places = point_places(ex.points)
    seen: set[tuple] = set()  # identities asked
    stems: set[tuple] = set()  # (kind, stem, options) asked, and the sentences that have their true/false question
    falsified: list = []  # (index in out.questions, point, true draft, templates) of each false statement
    for n, p in enumerate(ex.points):
        if tick is not None:
            tick(n)
        made = 0
        ctx = Ctx(doc, p, material, seed, doc_key, spans, places[n])
        for kind, candidates in plan[p.kind]:
            if per_point is not None and made >= per_point:
                break
            # what is sure to be skipped is skipped before it is drafted: a formulation asked
            # already in this article, a sentence that has its true/false question
            known = _known_key(p, kind)
            if known is not None and (p.article, p.kind, kind, *known) in seen:
                out.duplicates += 1
                continue
            if kind == "truefalse":
                src = _statement_source(ctx)
                if (src.start, src.end) in stems:
                    out.diagnostics.append((p, f"未出{QUESTION_KINDS[kind]}：{SAME_STEM}"))
                    continue
            draft = drafts.get((n, kind))
            if draft is None:
                draft = drafts[n, kind] = GENERATORS[p.kind, kind](ctx)
            if isinstance(draft, str):
                out.diagnostics.append((p, f"未出{QUESTION_KINDS[kind]}：{draft}"))
                continue
            identity = (p.article, p.kind, kind, *draft.key)
            if identity in seen:
                out.duplicates += 1
                continue
            q, problems, named = _compose(doc, p, kind, draft, candidates, question_id(doc.name, *identity[:3], draft.key))
            out.named |= named
            if q is None:
                out.diagnostics.extend((p, f"未出{QUESTION_KINDS[kind]}{m}") for m in problems)
                continue
            # one question of a kind per stem, one true/false question per sentence (a sentence
            # asked true and false gives one answer away): several points of one sentence
            # (a series, a formulation, the statement) would otherwise ask it again
            # (a list question's stem names the list, not its items: the options tell two apart)
            asked = [] if kind in ("ordering", "recall") else [(kind, q.stem, q.options if kind in ("single", "multiple") else ())]
            if kind == "truefalse":
                asked.append((q.source.start, q.source.end))
            if any(k in stems for k in asked):
                out.diagnostics.append((p, f"未出{QUESTION_KINDS[kind]}：{SAME_STEM}"))
                continue
            stems.update(asked)
            seen.add(identity)
            if draft.true_draft is not None:
                falsified.append((len(out.questions), p, draft.true_draft, candidates))
            out.questions.append((q, identity))
            made += 1
    _balance_truefalse(out, falsified, doc, seed)
    return out


# At most this share of a document's true/false answers is 错: a learner who answers 错 throughout
# must not pass (a speech full of dates and numbers offers a change in most sentences).
FALSE_MAX = 0.55


def _balance_truefalse(out: _Asked, falsified: list[tuple[int, Point, Draft, tuple[Template, ...]]],
                       doc: Document, seed: int) -> None:
    """Turn false statements back into their true versions, chosen by the seed, until at most
    FALSE_MAX of the document's true/false questions are false.  Ids stay: they name the point."""
    total = sum(1 for q, _ in out.questions if q.kind == "truefalse")
    excess = len(falsified) - int(FALSE_MAX * total)
    if excess <= 0:
        return
    draws = Draws(seed, "balance")
    for i, p, true, candidates in sorted(falsified, key=lambda f: draws.rank(out.questions[f[0]][0].id))[:excess]:
        q, identity = out.questions[i]
        flipped, _, _ = _compose(doc, p, "truefalse", true, candidates, q.id)
        if flipped is not None:
            out.questions[i] = (flipped, identity)


def generate(
    extractions: Sequence[Extraction],
    *,
    templates: str | None | TemplateSet = None,
    kinds: Sequence[str] | None = None,
    seed: int = 0,
    per_point: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Bank:
    """Questions for every point of the extractions, in text order, linted.

    ``templates`` is a folder (the shipped templates when None) or a loaded
    TemplateSet; ``kinds`` limits the question kinds (ids or Chinese names);
    ``per_point`` caps the questions asked about one point.  Returns a Bank
    whose diagnostics say which points were skipped and why.  Raises
    KaodianError on bad templates (E401/E402), an unknown kind (E403) or a
    bad ``per_point`` (E404).  ``progress``, when given, is called as
    ``progress(points done, points in all)`` before each point is asked.
    """
    tset = templates if isinstance(templates, TemplateSet) else load_templates(templates)
    wanted = parse_kinds(kinds) or tuple(QUESTION_KINDS)
    if per_point is not None and per_point < 1:
        raise KaodianError("E404", value=per_point)
    extractions = list(extractions)
    material = dx.Material.gather(extractions)
    # point kind -> (question kind, its templates)
    plan = {
        k: [(kind, t) for kind in wanted if (k, kind) in GENERATORS and (t := tset.get(k, kind))]
        for k in {p.kind for ex in extractions for p in ex.points}
    }
    questions: list[Question] = []
    diagnostics: list[str] = []
    ids: set[str] = set()
    asked: dict[tuple, _Asked] = {}  # (text, points, articles) -> what was asked of it
    duplicates = 0
    total, base = sum(len(ex.points) for ex in extractions), 0
    for ex in extractions:
        doc = ex.document
        tick = None if progress is None else (lambda n, base=base: progress(base + n, total))
        base += len(ex.points)
        if not ex.points:
            diagnostics.append(f"{doc.name}: 没有找到考点，未出题。")
            continue
        key = (material.doc_key(doc.text), ex.points, doc.articles)
        done = asked.get(key)
        if done is None or done.named:
            done = asked[key] = _ask_document(ex, material, plan, seed, per_point, tick)
            made = [q for q, _ in done.questions]
        else:  # the same text read under another file name (a .txt and its saved .html)
            made = [_renamed(q, question_id(doc.name, *i[:3], i[3:]), doc.name) for q, i in done.questions]
        diagnostics.extend(f"{_where(doc, p)}: {m}" for p, m in done.diagnostics)
        duplicates += done.duplicates
        for q in made:
            if q.id in ids:  # the same file given twice
                duplicates += 1
                continue
            ids.add(q.id)
            questions.append(q)
    if progress is not None:
        progress(total, total)
    if duplicates:
        diagnostics.append(f"跳过 {duplicates} 道重复题（同一篇文章里同一考点、同一答案已出过）。")
    if not questions:
        diagnostics.append("没有生成任何题目：输入中没有可出题的考点。")
    return Bank(tuple(questions), tuple(diagnostics))
