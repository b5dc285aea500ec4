"""From points to questions: one generator per (point kind, question kind).

A generator decides what is asked (the blank, the right option, the change of
a false statement) and returns a ``Draft`` or the reason it cannot ask; the
templates then word the stem and the explanation.  Every question cites its
source sentence with offsets, gets an id from identity fields, and options are
shuffled with a ``random.Random`` seeded by the run seed and that id, so one
question's options do not change when another point is added.
"""

from __future__ import annotations

import hashlib
import random
import re
import zlib
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..errors import KaodianError
from ..model import QUESTION_KINDS, Bank, Blank, Document, Extraction, Point, Question, QuestionSource, Span
from . import distractors as dx
from .lint import DOUBLED, lint_question
from .templates import Template, TemplateSet, load_templates, render
from .text import BLANK, PAREN, cn_count, core, end_sentence, replace, source_span, width_variants

LETTERS = "ABCDEFGHIJKL"
# Four options is the convention of a 单项选择题.
SINGLE_OPTIONS = 4
# A 多项选择题 shows at most four right options and one or two wrong ones.
MULTIPLE_RIGHT = 4
MULTIPLE_WRONG = 2
# Blanks take at most this share of a cloze sentence: beyond it the sentence no
# longer tells which words belong there (the held-out bar is a quarter of the text overall).
CLOZE_SHARE = 0.4

KIND_ALIASES = {
    "填空": "cloze", "填空题": "cloze", "单选": "single", "单选题": "single", "单项选择题": "single",
    "多选": "multiple", "多选题": "multiple", "多项选择题": "multiple", "判断": "truefalse", "判断题": "truefalse",
    "排序": "ordering", "排序题": "ordering", "简答": "recall", "简答题": "recall",
}
POINT_NAMES = {
    "enumeration": "列举要点", "term_series": "术语并列", "formulation": "提法", "quote": "引语",
    "document": "文件名", "fact": "时间地点", "statement": "重要论断",
}


def parse_kinds(kinds: Sequence[str] | None) -> tuple[str, ...]:
    """Question kind ids from ids or Chinese names (comma lists allowed); all kinds when None or empty.

    Raises KaodianError E403 for an unknown kind.
    """
    if not kinds:
        return tuple(QUESTION_KINDS)
    out = []
    for entry in kinds:
        for k in re.split(r"[,，、\s]+", entry.strip()):
            if not k:
                continue
            k = KIND_ALIASES.get(k, k)
            if k not in QUESTION_KINDS:
                raise KaodianError("E403", kind=k)
            if k not in out:
                out.append(k)
    return tuple(k for k in QUESTION_KINDS if k in out)


@dataclass
class Draft:
    """What a generator decided; the template adds the wording."""

    source: Span
    answer: tuple[str, ...]
    key: tuple[str, ...]  # identity of what is asked (for the id)
    options: tuple[str, ...] = ()
    blanks: tuple[Blank, ...] = ()
    accepted: tuple[tuple[str, ...], ...] = ()
    order_free: bool = False
    difficulty: float = 0.5
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class Ctx:
    doc: Document
    point: Point
    material: dx.Material
    seed: int

    def rng(self, *key: str) -> random.Random:
        # crc32 of the key: a cheap, stable (not hash-randomized) seed per question and purpose
        text = "\x1f".join((self.doc.name, self.point.article, self.point.kind, *key))
        return random.Random(self.seed * 4294967296 + zlib.crc32(text.encode("utf-8")))

    def source(self, start: int, end: int) -> Span:
        return source_span(self.doc, self.point.sentence, start, end)


def _blanked(src: Span, pieces: list[tuple[int, int]], mark: str) -> str:
    return end_sentence(replace(src.text, [(a - src.start, b - src.start, mark) for a, b in pieces]))


def _shuffle(right: list[str], wrong: list[str], rng: random.Random) -> tuple[tuple[str, ...], tuple[str, ...]]:
    options = right + wrong
    rng.shuffle(options)
    letters = tuple(LETTERS[options.index(r)] for r in right)
    return tuple(options), tuple(sorted(letters))


def _quoted(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Widen a span to its surrounding “ ” or 《 》 when it has them."""
    t = doc.text
    if start > 0 and end < len(t) and (t[start - 1], t[end]) in (("“", "”"), ("《", "》"), ("‘", "’")):
        return start - 1, end + 1
    return start, end


# ---------------------------------------------------------------- cloze


def _series_blanks(p: Point, src: Span) -> list[tuple[int, int]] | None:
    terms = [s.text for s in p.items]
    prefix, suffix = dx.common_prefix(terms), dx.common_suffix(terms)
    cut_a = len(prefix) if all(len(t) - len(prefix) - len(suffix) >= 2 for t in terms) else 0
    cut_b = len(suffix) if all(len(t) - cut_a - len(suffix) >= 2 for t in terms) else 0
    spans = [(s.start + cut_a, s.end - cut_b) for s in p.items if src.start <= s.start and s.end <= src.end]
    if len(spans) < 2:
        return None
    limit = CLOZE_SHARE * len(src.text)
    # blank from the end of the series: the first terms stay as the cue
    while len(spans) > 2 and sum(b - a for a, b in spans) > limit:
        spans = spans[1:]
    if sum(b - a for a, b in spans) > limit:
        spans = spans[-1:]
    return spans


def cloze(ctx: Ctx) -> Draft | str:
    p, doc = ctx.point, ctx.doc
    order_free = False
    if p.kind in ("formulation", "document"):
        src = ctx.source(p.start, p.end)
        spans = [(p.start, p.end)]
    elif p.kind == "term_series":
        src = ctx.source(p.items[0].start, p.items[-1].end)
        spans = _series_blanks(p, src)
        if not spans:
            return "术语不在同一句中"
        order_free = len(spans) > 1
    elif p.kind == "fact":
        src = ctx.source(p.start, p.end)
        spans = []
        seg = doc.text[p.start : p.end]
        if m := dx.DATE.search(seg):
            spans.append((p.start + m.start(), p.start + m.end()))
        if m := dx.PLACE.search(seg):
            spans.append((p.start + m.start(1), p.start + m.end(1)))
        if not spans:
            return "没有可挖的日期或地点"
    else:
        return ""
    if not (src.start <= spans[0][0] and spans[-1][1] <= src.end):
        return "考点不在出处句中"
    blanked_len = sum(b - a for a, b in spans)
    if blanked_len * 2 > len(src.text):
        return "挖空超过句子的一半"
    blanks = tuple(Blank(doc.text[a:b], a - src.start, b - src.start) for a, b in spans)
    answer = tuple(b.text for b in blanks)
    return Draft(
        source=src,
        answer=answer,
        key=answer,
        blanks=blanks,
        accepted=tuple(width_variants(a) for a in answer),
        order_free=order_free,
        difficulty=round(min(0.9, 0.3 + 0.1 * (len(blanks) - 1) + 0.02 * blanked_len), 2),
        values={"blanked": _blanked(src, spans, BLANK), "answer": "、".join(answer)},
    )


# ---------------------------------------------------------------- choice


def _series_target(ctx: Ctx, n: int) -> tuple[Span, list[str]] | str:
    """The series term with the best distractors (the last term first: 政治判断力、政治领悟力和（　　））."""
    key = (ctx.doc.name, ctx.point.start, ctx.point.end, n)
    if key not in ctx.material.memo:
        ctx.material.memo[key] = _series_target_uncached(ctx, n)
    return ctx.material.memo[key]


def _series_target_uncached(ctx: Ctx, n: int) -> tuple[Span, list[str]] | str:
    p = ctx.point
    terms = [s.text for s in p.items]
    for s in reversed(p.items):
        src = ctx.source(p.items[0].start, p.items[-1].end)
        cands = dx.term_candidates(s.text, terms, ctx.material)
        got = dx.pick(s.text, cands, n=n, forbidden=terms + _cooccurring(ctx.material, s.text), context=src.text, rng=ctx.rng("pick", s.text))
        if len(got) == n:
            return s, got
    return f"干扰项不足（需要 {n} 个同类的词）"


def _cooccurring(m: dx.Material, term: str) -> list[str]:
    """Terms that stand in a series with ``term`` anywhere in the material: right answers there."""
    return m.co_terms.get(term, [])


def _formulation_candidates(ctx: Ctx) -> list[str]:
    p, m = ctx.point, ctx.material
    if p.numbered:
        return m.numbered + dx.number_edits(p.text)
    return m.formulations + dx.modifier_edits(p.text)


def _fact_target(ctx: Ctx) -> tuple[int, int, list[str]] | None:
    p, doc = ctx.point, ctx.doc
    seg = doc.text[p.start : p.end]
    if m := dx.PLACE.search(seg):
        return p.start + m.start(1), p.start + m.end(1), ctx.material.places + dx.PROVINCES
    if m := dx.DATE.search(seg):
        return p.start + m.start(), p.start + m.end(), dx.date_edits(m.group())
    return None


def single(ctx: Ctx) -> Draft | str:
    p, doc = ctx.point, ctx.doc
    need = SINGLE_OPTIONS - 1
    if p.kind == "term_series":
        got = _series_target(ctx, need)
        if isinstance(got, str):
            return got
        target, wrong = got
        a, b, answer = target.start, target.end, target.text
        src = ctx.source(p.items[0].start, p.items[-1].end)
    elif p.kind in ("formulation", "document", "fact"):
        if p.kind == "fact":
            t = _fact_target(ctx)
            if t is None:
                return "没有可问的日期或地点"
            a, b, cands = t
            forbidden: list[str] = []
        else:
            a, b = p.start, p.end
            cands = _formulation_candidates(ctx) if p.kind == "formulation" else ctx.material.documents + dx.modifier_edits(p.text)
            forbidden = []  # formulations said in the sentence are excluded as context
        answer = doc.text[a:b]
        src = ctx.source(a, b)
        wrong = dx.pick(answer, cands, n=need, forbidden=forbidden, context=src.text, rng=ctx.rng("pick", answer))
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
        return ""
    options, letters = _shuffle([answer], wrong, ctx.rng("shuffle", answer))
    return Draft(
        source=src,
        answer=letters,
        key=tuple(s.text for s in p.items) if p.kind == "term_series" else (answer,),
        options=options,
        difficulty=0.4 + (0.1 if p.kind == "term_series" else 0),
        values={"blanked": _blanked(src, [(a, b)], PAREN), "answer": answer},
    )


def _enumeration_wrong(ctx: Ctx, right: list[str], n: int) -> list[str]:
    p, m = ctx.point, ctx.material
    here = f"{ctx.doc.name}/{p.article}"
    items = [c.rstrip("，；。") for c in (core(s.text) for s in p.items)]
    # items of other enumerations, but never one under the same heading (it may answer the same question)
    cands = [c for c, _, art, sec in m.items if not (art == here and sec == p.section) and c not in items]
    # then clauses of the text that start like the items (必须坚持…, 着力…) outside this enumeration
    heads = {c[:2] for c in items}
    span = ctx.doc.text[p.sentence.start : p.end]
    clauses = [c for c in m.clauses.get(ctx.doc.name, []) if c not in span]
    cands += [c for c in clauses if c[:2] in heads]
    # short items (从严管、深入察) : clauses that start with the same character and are as short
    if max(len(c) for c in items) <= 6:
        cands += [c for c in clauses if c[0] in {i[0] for i in items} and len(c) <= 6]
        # and near misses that cross the items' halves (从严管、深入察 -> 从严察)
        cands += [a[:-1] + b[-1] for a in items for b in items if a != b]
    sample = right[0]
    got = dx.pick(sample, cands, n=n, forbidden=[s.text for s in p.items] + items, context=span, rng=ctx.rng("pick", *right))
    return got


def _enumeration_choice(ctx: Ctx, multiple: bool) -> Draft | str:
    p = ctx.point
    if len(p.items) < 2:
        return "列举不足两项"
    cores = [core(s.text) for s in p.items]
    rng = ctx.rng("choose", str(multiple))
    if multiple:
        idx = sorted(rng.sample(range(len(cores)), min(MULTIPLE_RIGHT - 1 if len(cores) > 3 else len(cores), len(cores))))
        right = [cores[i] for i in idx]
        wrong = _enumeration_wrong(ctx, right, MULTIPLE_WRONG)
        if not wrong:
            return "干扰项不足（需要至少 1 个其他要求）"
        first, last = p.items[idx[0]], p.items[idx[-1]]
        src = _passage(ctx, first.start, last.end)
    else:
        order = list(range(len(cores)))
        rng.shuffle(order)
        for i in order:
            right = [cores[i]]
            wrong = _enumeration_wrong(ctx, right, SINGLE_OPTIONS - 1)
            if len(wrong) == SINGLE_OPTIONS - 1:
                break
        else:
            return f"干扰项不足（需要 {SINGLE_OPTIONS - 1} 个其他要求）"
        item = p.items[i]
        src = ctx.source(item.start, item.start + len(right[0]))
    options, letters = _shuffle(right, wrong, ctx.rng("shuffle", *right))
    return Draft(
        source=src,
        answer=letters,
        key=tuple(cores),  # the enumeration asked about, not the item the seed happened to pick
        options=options,
        difficulty=0.6 if multiple else 0.5,
        values=_list_values(ctx) | {"answer": "；".join(right)},
    )


def multiple(ctx: Ctx) -> Draft | str:
    p, doc = ctx.point, ctx.doc
    if p.kind == "enumeration":
        return _enumeration_choice(ctx, multiple=True)
    if p.kind != "term_series":
        return ""
    src = ctx.source(p.items[0].start, p.items[-1].end)
    if not (src.start <= p.items[0].start and p.items[-1].end <= src.end):
        return "术语不在同一句中"
    terms = [s.text for s in p.items]
    rng = ctx.rng("choose")
    right = terms if len(terms) <= MULTIPLE_RIGHT else [terms[i] for i in sorted(rng.sample(range(len(terms)), MULTIPLE_RIGHT))]
    cands = dx.term_candidates(terms[-1], terms, ctx.material)
    wrong = dx.pick(terms[-1], cands, n=MULTIPLE_WRONG, forbidden=terms + [x for t in terms for x in _cooccurring(ctx.material, t)], context=src.text, rng=ctx.rng("pick"))
    if not wrong:
        return "干扰项不足（需要至少 1 个同类的词）"
    options, letters = _shuffle(right, wrong, ctx.rng("shuffle", *right))
    a, b = p.items[0].start, p.items[-1].end
    return Draft(
        source=src,
        answer=letters,
        key=tuple(terms),
        options=options,
        difficulty=0.6,
        values={"blanked": _blanked(src, [(a, b)], PAREN), "answer": "、".join(right)},
    )


# ---------------------------------------------------------------- true/false


def truefalse(ctx: Ctx) -> Draft | str:
    p, doc = ctx.point, ctx.doc
    if p.kind in ("enumeration", "document"):
        return ""
    start, end = (p.items[0].start, p.items[-1].end) if p.items else (p.start, p.end)
    src = ctx.source(start, end)
    rng = ctx.rng("truefalse")
    change: tuple[int, int, str] | None = None
    if rng.random() < 0.5:  # half false, half true: the seed decides which
        if p.kind == "term_series":
            # the single-choice question's pick, when it found one; a search for one sibling otherwise
            got = _series_target(ctx, SINGLE_OPTIONS - 1)
            if isinstance(got, str):
                got = _series_target(ctx, 1)
            if not isinstance(got, str):
                change = (got[0].start, got[0].end, got[1][0])
        elif p.kind == "formulation" and p.numbered:
            edits = [e for e in dx.number_edits(p.text) if e not in ctx.material.numbered]
            if edits:
                change = (p.start, p.end, rng.choice(edits))
        elif p.kind == "fact":
            t = _fact_target(ctx)
            if t is not None:
                a, b, cands = t
                got = dx.pick(doc.text[a:b], cands, n=1, forbidden=[], context=src.text, rng=rng)
                if got:
                    change = (a, b, got[0])
    if change is not None and src.start <= change[0] and change[1] <= src.end:
        a, b, new = change
        statement = end_sentence(replace(src.text, [(a - src.start, b - src.start, new)]))
        values = {"statement": statement, "truth": end_sentence(src.text), "change": f"“{doc.text[a:b]}”误作“{new}”"}
        answer = ("错",)
    else:
        values = {"statement": end_sentence(src.text), "truth": end_sentence(src.text)}
        answer = ("对",)
    return Draft(source=src, answer=answer, key=(p.text,), options=("对", "错"), difficulty=0.3, values=values)


# ---------------------------------------------------------------- ordering and recall


def _passage(ctx: Ctx, start: int, end: int) -> Span:
    """From the start of the sentence holding ``start`` to the end of the sentence holding ``end``."""
    a = ctx.source(start, start).start
    b = ctx.source(end, end).end
    b = max(b, end)
    return Span(ctx.doc.text[a:b], a, b)


def _list_values(ctx: Ctx) -> dict[str, str]:
    p = ctx.point
    return {"items": "；".join(s.text for s in p.items), "count": str(len(p.items)), "count_cn": cn_count(len(p.items))}


def ordering(ctx: Ctx) -> Draft | str:
    p = ctx.point
    if p.kind != "enumeration":
        return ""
    # ordering two items is a coin toss
    if len(p.items) < 3:
        return "列举不足三项，不出排序题"
    cores = [core(s.text) for s in p.items]
    if len(set(cores)) < len(cores):
        return "列举中有相同的项"
    rng = ctx.rng("shuffle", *cores)
    options = list(cores)
    while options == cores:
        rng.shuffle(options)
    return Draft(
        source=_passage(ctx, p.items[0].start, p.items[-1].end),
        answer=tuple(LETTERS[options.index(c)] if options.index(c) < len(LETTERS) else str(options.index(c) + 1) for c in cores),
        key=tuple(cores),
        options=tuple(options),
        difficulty=round(min(0.9, 0.4 + 0.05 * len(cores)), 2),
        values=_list_values(ctx) | {"answer": "；".join(cores)},
    )


def recall(ctx: Ctx) -> Draft | str:
    p = ctx.point
    if p.kind != "enumeration":
        return ""
    items = tuple(s.text for s in p.items)
    return Draft(
        source=_passage(ctx, p.items[0].start, p.items[-1].end),
        answer=items,
        key=items,
        accepted=tuple(width_variants(core(i)) for i in items),
        difficulty=round(min(0.95, 0.6 + 0.05 * len(items)), 2),
        values=_list_values(ctx) | {"answer": "；".join(items)},
    )


GENERATORS: dict[str, Callable[[Ctx], Draft | str]] = {
    "cloze": cloze,
    "single": single,
    "multiple": multiple,
    "truefalse": truefalse,
    "ordering": ordering,
    "recall": recall,
}


# ---------------------------------------------------------------- assembly


def question_id(document: str, article: str, point_kind: str, kind: str, key: tuple[str, ...]) -> str:
    """A stable id from identity fields: the same question keeps it when its wording changes."""
    h = hashlib.sha1("\x1f".join((document, article, point_kind, kind, *key)).encode("utf-8")).hexdigest()
    return f"q-{h[:16]}"


def _article_title(doc: Document, article_id: str) -> str:
    for a in doc.articles:
        if a.id == article_id:
            return a.title or "（无题）"
    return "（无题）"


def _pick_template(templates: tuple[Template, ...], values: dict[str, str]) -> Template | None:
    for t in templates:
        if all(values.get(n) for n in t.names):
            return t
    return None


def _where(doc: Document, p: Point) -> str:
    return f"{doc.name} {p.article}「{p.text[:16]}{'…' if len(p.text) > 16 else ''}」"


def generate(
    extractions: Sequence[Extraction],
    *,
    templates: str | None | TemplateSet = None,
    kinds: Sequence[str] | None = None,
    seed: int = 0,
    per_point: int | None = None,
) -> Bank:
    """Questions for every point of the extractions, in text order, linted.

    ``templates`` is a folder (the shipped templates when None) or a loaded
    TemplateSet; ``kinds`` limits the question kinds (ids or Chinese names);
    ``per_point`` caps the questions asked about one point.  Returns a Bank
    whose diagnostics say which points were skipped and why.  Raises
    KaodianError on bad templates (E401/E402), an unknown kind (E403) or a
    bad ``per_point`` (E404).
    """
    tset = templates if isinstance(templates, TemplateSet) else load_templates(templates)
    wanted = parse_kinds(kinds)
    if per_point is not None and per_point < 1:
        raise KaodianError("E404", value=per_point)
    extractions = list(extractions)
    material = dx.Material.gather(extractions)
    questions: list[Question] = []
    diagnostics: list[str] = []
    seen: set[str] = set()
    duplicates = 0
    for ex in extractions:
        doc = ex.document
        if not ex.points:
            diagnostics.append(f"{doc.name}: 没有找到考点，未出题。")
        for p in ex.points:
            made = 0
            for kind in wanted:
                if per_point is not None and made >= per_point:
                    break
                candidates = tset.get(p.kind, kind)
                if not candidates:
                    continue
                ctx = Ctx(doc, p, material, seed)
                draft = GENERATORS[kind](ctx)
                if isinstance(draft, str):
                    if draft:
                        diagnostics.append(f"{_where(doc, p)}: 未出{QUESTION_KINDS[kind]}：{draft}")
                    continue
                qid = question_id(doc.name, p.article, p.kind, kind, draft.key)
                if qid in seen:
                    duplicates += 1
                    continue
                title = _article_title(doc, p.article)
                values = {
                    "document": doc.name,
                    "article": "" if title == "（无题）" else title,
                    "heading": p.heading or "",
                    "sentence": end_sentence(draft.source.text),
                    "point": p.text,
                    "speaker": p.speaker,
                    "answer": "",
                } | draft.values
                tmpl = _pick_template(candidates, values)
                if tmpl is None:
                    diagnostics.append(f"{_where(doc, p)}: 未出{QUESTION_KINDS[kind]}：没有占位符都有值的模板（{'、'.join(t.id for t in candidates)}）")
                    continue
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
                findings = lint_question(q)
                if findings:
                    diagnostics.extend(f"{_where(doc, p)}: 未出{QUESTION_KINDS[kind]}（检查未通过）：{f}" for f in findings)
                    continue
                seen.add(qid)
                questions.append(q)
                made += 1
    if duplicates:
        diagnostics.append(f"跳过 {duplicates} 道重复题（同一篇文章里同一考点、同一答案已出过）。")
    if not questions:
        diagnostics.append("没有生成任何题目：输入中没有可出题的考点。")
    return Bank(tuple(questions), tuple(diagnostics))
