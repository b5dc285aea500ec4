"""A draft worded by a template into a question, and checked before it is kept.

The first template of the pair whose placeholders all have values is used;
a question a teacher would not hand out (``lint.first_quality_finding``) or one
with a form problem (``lint.form_findings``) is dropped with the reason.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..kinds import POINT_NAMES
from ..model import QUESTION_KINDS, Blank, Document, Point, Question, QuestionSource, Span
from . import reasons
from .drafting import UNTITLED, Draft, article_title
from .lint import first_quality_finding, form_findings
from .context_lint import context_of
from .listlead import inner_quotes
from .templates import Template, render
from .anchors import anchored, noted_blank, parallel_fragment, unasked, without_notes
from .voice import revoiced, unvoiced
from .outline_items import clean_title
from .elision import elided, kept_span
from .itemlead import governing_lead
from . import source, typos
from .falsehood import judged
from .labels import heading_with_thing, question_title, said_of_label, said_of_run, said_of_thing
from .sentence import end_sentence, with_marker

_ARTICLE_ID = re.compile(r"a\d+")  # a1, a2 …: where() names them by number (compiled once: one per diagnostic)


def compose(
    doc: Document, p: Point, kind: str, draft: Draft, templates: tuple[Template, ...], qid: str
) -> tuple[Question | None, list[str], bool]:
    """The question a template words for a draft, or None and why not (lint findings …).

    The flag says whether the wording uses the document's name, so whether the
    question can be reused for the same text read under another name.
    """
    title = article_title(doc, p.article)
    # (the source's short name and the heading are worked out only where a template may say them: most
    # templates of a statement or a term say neither)
    uses = _uses(templates)
    values = {
        "document": doc.name,
        "article": "" if title == UNTITLED else title,
        "source": "" if title == UNTITLED or "source" not in uses else source.short_name(title, source.twin_author(doc, p.article)),
        "heading": inner_quotes(heading_with_thing(doc, p.article, p.section, p.heading or "")) if "heading" in uses else "",
        "sentence": end_sentence(draft.source.text),
        "point": p.text,
        "speaker": p.speaker,
        "answer": "",
    } | draft.values
    if p.kind != "quote" and (cut := _cut(doc, draft, values)):  # (a quote's statement is its quoted words)
        return None, [f"{reasons.POOR}{cut}"], False
    tmpl = _pick_template(templates, values)
    if tmpl is None:
        return None, [reasons.NO_TEMPLATE], False
    values = _about(tmpl, values)
    said = revoiced(anchored(render(tmpl.stem, values), doc, p.article, draft.source.start, draft.answer), doc, p.article)
    statement = values.get("blanked") or values.get("statement") or ""
    if kind != "truefalse":  # (a false statement's change may stand in the next item)
        said = source.item_end(said)
    said, unsaid = _said_whole(doc, p, kind, draft, said, statement)
    if kind in LEAD_KINDS and not unsaid:
        said = _with_lead(doc, draft, said)
    if unsaid:
        return None, [f"{reasons.POOR}{unsaid}"], False
    stem = said = without_notes(said)
    if kind in source.KINDS and statement and (said.startswith(statement[:4]) or tmpl.stem in _STATEMENT_STEMS):
        # a statement of one body's text says whose it is (据《…》，2024年，…), reworded or not (我们要… -> 要…)
        stem = source.sourced(said, doc, p.article, "" if title == UNTITLED else title, p.heading, _shown(draft),
                              draft.source.start, judged=kind == "truefalse")
    if why := noted_blank(tuple(b.text for b in draft.blanks)):
        return None, [f"{reasons.POOR}{why}"], False
    q = Question(
        id=qid,
        kind=kind,
        stem=stem,
        answer=tuple(map(without_notes, draft.answer)),
        explanation=without_notes(render(tmpl.explanation, values)),
        source=QuestionSource(doc.name, title, p.heading, draft.source.text, draft.source.start, draft.source.end),
        options=tuple(map(without_notes, draft.options)),
        blanks=draft.blanks,
        accepted=tuple(tuple(map(without_notes, a)) for a in draft.accepted),
        order_free=draft.order_free,
        tags=(QUESTION_KINDS[kind], POINT_NAMES.get(p.kind, p.kind)),
        difficulty=draft.difficulty,
        point_kind=p.kind,
        template=tmpl.id,
    )
    named = "document" in tmpl.names
    # (the checks read the stem as the text says it, before a source is put before it)
    if why := (
        unasked(said, tuple(b.text for b in q.blanks))
        or parallel_fragment(said, doc.text, draft.source.start)
        or unvoiced(said, statement)
        or (kind in source.KINDS and statement and (source.back_pointer(statement) or _pointing(statement, said)))
    ):
        return None, [f"{reasons.POOR}{why}"], named
    # a key or option that copies a source's typo (实事求事) teaches it (typos.py; teacher review)
    if typo := typos.finding(q.answer + q.options if kind != "truefalse" else (), doc.text):
        return None, [f"{reasons.POOR}{typo}"], named
    # what a question writer never hands out (an answer shown in the stem …): dropped, said why (one reason: the
    # checks stop at the first); each question is checked once, so it is not cached (hashing a Question costs more)
    if poor := first_quality_finding(q, context_of(doc)):
        return None, [f"{reasons.POOR}{poor}"], named
    findings = form_findings(q)
    if findings:
        return None, [f"{reasons.LINT_FAILED}{f}" for f in findings], named
    return _cited_whole(q, doc.text, draft.source), [], named


# templates whose stem is the statement itself, however its opening was reworded
_STATEMENT_STEMS = ("{blanked}", "{statement}")

# the kinds whose stem is the item itself: a true/false statement is judged on what it says
LEAD_KINDS = ("cloze", "single")


def _with_lead(doc: Document, draft: Draft, said: str) -> str:
    """``said`` opened with the lead of the list its sentence is an item of (党员必须履行下列义务：……) when it
    opens with no subject of its own (a verb, or a blank) and the lead holds no answer (itemlead.py)."""
    if not (said.startswith(_BLANK_OPENINGS) or source.subjectless(said[:8])):
        return said
    lead = governing_lead(doc.text, draft.source.start)
    if not lead or lead.rstrip("：") in said or any(a and a in lead for a in draft.answer):
        return said
    return lead + said


_BLANK_OPENINGS = ("______", "（　　）")


def _pointing(statement: str, said: str) -> str | None:
    """Why the statement points at what the text told before (source.pointing), unless the stem as said
    names it (anchors: 针灸铜人这一古代教具…); read on the statement, so a stem said without its speaker
    (voice: 我们把这些… -> 把这些…) is not refused for that."""
    return (why := source.pointing(statement)) and source.pointing(said) and why


def _cut(doc: Document, draft: Draft, values: dict[str, str]) -> str | None:
    """Why the stem's sentence cannot be cut to a stem that stands alone (``elision.elided``), or None;
    ``values``' blanked sentence or statement is replaced by the cut one."""
    for k in ("blanked", "statement"):
        if k in values:
            values[k], why = elided(doc.text, draft.source, values[k], kept_span(values, k))
            if why:
                return why
    return None


def _about(tmpl: Template, values: dict[str, str]) -> dict[str, str]:
    """``values`` with a heading or lead that opens with 关于 quoted without it where the template says
    关于“…” (teacher review: 关于“关于形势和改革” says 关于 twice), and every title it names a list by said
    without an aside in brackets or the items it names after a colon (outline_items.clean_title: session 19's
    blind teachers, 题干带原文玩笑括注; 题干标题已给出答案)."""
    values = values | {k: clean_title(values[k]) for k in ("heading", "list_where", "list_topic", "list_parent") if values.get(k)}
    for k in ("heading", "list_where"):
        if values.get(k, "").startswith("关于") and f"关于“{{{k}}}”" in tmpl.stem:
            values = values | {k: values[k][2:]}
    return values


def _said_whole(doc: Document, p: Point, kind: str, draft: Draft, said: str, statement: str) -> tuple[str, str | None]:
    """The stem said as a whole statement, or why it cannot be: a study note's label line is said of what
    it names (本质：… -> 某某的本质是…), a run of terms of the title above it; a true/false is one complete
    claim that says what it is about (falsehood.judged)."""
    if kind in source.KINDS and statement and said.startswith(statement[:4]):
        at, start = draft.source.start, _section_start(doc, p.article, draft.source.start)
        said, unlabelled = said_of_label(said_of_thing(said, doc.text, at, start), doc.text, at, start)
        unlabelled = unlabelled or question_title(statement, _line_of(doc.text, at))
        if not unlabelled:
            said, unlabelled = said_of_run(said, doc.text, at, start)
        if unlabelled:
            return said, unlabelled
    if kind == "truefalse":
        return judged(said, draft.source.text)
    return said, ""


def _line_of(text: str, at: int) -> str:
    """The line (paragraph) of the document that holds offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


def _cited_whole(q: Question, text: str, src: Span) -> Question:
    """``q`` citing its sentence with the ordinal marker that opens it (四是|必须…, ``with_marker``), its
    blanks' offsets moved with it; the checks above read the sentence as the stem says it, without."""
    cited = with_marker(text, src)
    if cited.start == src.start:
        return q
    k = src.start - cited.start
    s = q.source
    return replace(q, source=QuestionSource(s.document, s.article, s.heading, cited.text, cited.start, cited.end),
                   blanks=tuple(Blank(b.text, b.start + k, b.end + k) for b in q.blanks))


_USES: dict[int, tuple[tuple[Template, ...], frozenset[str]]] = {}  # id -> (the tuple, what it says)
_USES_MAX = 64  # tuples of templates remembered (a run words its questions with a dozen)


def _uses(templates: tuple[Template, ...]) -> frozenset[str]:
    """Which of the source's short name and the heading a template of ``templates`` may say (remembered:
    one tuple of templates words every question of a point kind and question kind).  Looked up by the
    tuple's identity, the tuple kept beside it (so its id is never another's): a key by value hashed
    and compared every template's fields on every question."""
    got = _USES.get(id(templates))
    if got is None or got[0] is not templates:
        if len(_USES) >= _USES_MAX:
            _USES.clear()
        got = _USES[id(templates)] = (templates, frozenset(
            n for n in ("source", "heading") if any(n in t.names for t in templates)))
    return got[1]


def _section_start(doc: Document, article_id: str, at: int) -> int:
    """Where the text of the section holding offset ``at`` starts: the end of the last heading of the article
    before ``at``, else the article's start.  A label line above a heading belongs to the section before (a
    study sheet's bold bullet under one question title names nothing under the next: session 14's blind
    teacher, 题干主语错配)."""
    art = next((a for a in doc.articles if a.id == article_id), None)
    if art is None:
        return 0
    return max((h.end for h in art.headings if h.end <= at), default=art.start)


def _shown(draft: Draft) -> tuple[str, ...]:
    """What a source before the stem must not hold: the blanks' answers and the options (a one-character
    option, 对 or 错, is no giveaway)."""
    return tuple(t for t in (*(b.text for b in draft.blanks), *draft.options) if len(t) > 1)


def renamed(q: Question, qid: str, document: str) -> Question:
    """``q`` asked about the same text read under another file name (cheaper than dataclasses.replace)."""
    s = q.source
    return Question(
        qid, q.kind, q.stem, q.answer, q.explanation, QuestionSource(document, s.article, s.heading, s.sentence, s.start, s.end),
        q.options, q.blanks, q.accepted, q.order_free, q.tags, q.difficulty, q.point_kind, q.template,
    )


def where(doc: Document, p: Point) -> str:
    """The document, article and point a diagnostic is about (文件 第1篇「…」)."""
    # a1, a2 … are article ids; a teacher counts the articles
    article = f"第{p.article[1:]}篇" if _ARTICLE_ID.fullmatch(p.article) else p.article
    return f"{doc.name} {article}「{p.text[:16]}{'…' if len(p.text) > 16 else ''}」"


def _pick_template(templates: tuple[Template, ...], values: dict[str, str]) -> Template | None:
    for t in templates:
        if all(map(values.get, t.names)):  # (every placeholder has a non-empty value)
            return t
    return None
