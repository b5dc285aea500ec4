"""The offline quiz page: one self-contained HTML file.

No network, no external fonts, styles or scripts: the style sheet and the
script are inlined, and a Content-Security-Policy allows exactly those two
(by hash) and nothing else, so even a slip in escaping could run nothing.

Source text never becomes markup: the questions travel as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` written
as ``\\u003c`` …, and ``page.js`` puts every string into the page with
``textContent``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Sequence

from ..model import QUESTION_KINDS, Question, untitled
from ..text import bare_title
from ..bank import question_to_dict
from ..questions.identity import policy
from .book import STREAK_TO_LEAVE, content, gist
from ..answers import CHECKING_DATA, comparable

DEFAULT_TITLE = "考点自测"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def json_for_script(data: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separators left raw."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def page_data(questions: Sequence[Question], title: str) -> dict:
    """What the page needs, compact: questions without offsets; sources and
    explanations (several questions often share one sentence) stored once and
    referred to by index."""
    sources: list[list[str]] = []
    source_index: dict[tuple[str, str, str], int] = {}
    texts: list[str] = []
    text_index: dict[str, int] = {}
    out = []
    for q in questions:
        # the document's file name for display, never the path it was read from
        # (an untitled article is shown by its file alone, never as 《（无题）》; an inner 《》 becomes 〈〉)
        article = "" if not q.source.article or untitled(q.source.article) else bare_title(q.source.article)
        key = (Path(q.source.document).name or q.source.document, article, q.source.heading or "")
        if key not in source_index:
            source_index[key] = len(sources)
            sources.append(list(key))
        d: dict = {"id": q.id, "kind": q.kind, "stem": q.stem, "answer": list(q.answer), "source": source_index[key]}
        # what it asks, hashed: the book follows a question whose id an inserted paragraph moved (page.js follow)
        d["h"] = hashlib.sha1(content(qd := question_to_dict(q)).encode("utf-8")).hexdigest()[:12]
        # ... and its kind and answer, hashed, with its sentence: it follows one whose sentence had a small edit too
        kind_answer, sentence = gist(qd)[:2], q.source.sentence
        d["g"] = hashlib.sha1("\x1f".join(kind_answer).encode("utf-8")).hexdigest()[:12]
        d["s"] = text_index.setdefault(sentence, len(texts))
        if d["s"] == len(texts):
            texts.append(sentence)
        if q.options:
            d["options"] = list(q.options)
        # Alternatives only where they add something that normalization does not already accept.
        if any({comparable(a) for a in alts} - {comparable(q.answer[i])} for i, alts in enumerate(q.accepted) if i < len(q.answer)):
            d["accepted"] = [list(a) for a in q.accepted]
        if q.order_free:
            d["orderFree"] = True
        if q.explanation:
            d["explanation"] = text_index.setdefault(q.explanation, len(texts))
            if d["explanation"] == len(texts):
                texts.append(q.explanation)
        out.append(d)
    return {
        "title": title,
        "kinds": QUESTION_KINDS,
        "checking": CHECKING_DATA,
        "streakToLeave": STREAK_TO_LEAVE,
        "similar": {"editMax": policy()["edit_max"], "editShare": policy()["edit_share"]},
        "sources": sources,
        "texts": texts,
        "questions": out,
    }


def default_title(questions: Sequence[Question]) -> str:
    """The page's header: the article's title when the questions ask one titled article (an untitled
    caption or editor's note beside it aside), the first of them and how many when they ask several of one
    document (a newspaper page), else the document's file name, else 考点自测.  A file name is often a
    short pinyin name (dangjian-meeting.docx): the learner knows the material by its title."""
    documents = {q.source.document for q in questions}
    first: dict[str, int] = {}  # each titled article -> where its first question stands in the document
    for q in questions:
        if not untitled(q.source.article):
            first[q.source.article] = min(first.get(q.source.article, q.source.start), q.source.start)
    if len(documents) == 1 and first:
        titles = sorted(first, key=lambda a: (first[a], a))
        return titles[0] if len(titles) == 1 else f"{titles[0]}等 {len(titles)} 篇"
    if len(documents) == 1:
        return Path(next(iter(documents))).stem + " · 自测"
    return DEFAULT_TITLE


def render_page(questions: Sequence[Question], title: str | None = None) -> str:
    """The whole HTML page for these questions (same questions → same bytes)."""
    title = title or default_title(questions)
    script = _asset("page.js")
    style = _asset("page.css")
    return Template(_asset("page.html")).substitute(
        title=html.escape(title),
        style=style,
        style_hash=_csp_hash(style),
        script=script,
        script_hash=_csp_hash(script),
        data=json_for_script(page_data(questions, title)),
    )


# A question is kept at least this many places after another on the same
# source sentence: the next one would otherwise show the answer just typed.
SAME_SENTENCE_GAP = 3


def spread_order(questions: Sequence[Question], rng: random.Random) -> list[Question]:
    """A seeded shuffle that keeps questions on one source sentence apart (at least
    SAME_SENTENCE_GAP places where the bank allows)."""
    pending = list(questions)
    rng.shuffle(pending)
    out: list[Question] = []
    recent: list[tuple] = []
    while pending:
        i = next((i for i, q in enumerate(pending)
                  if (q.source.document, q.source.start, q.source.end) not in recent), 0)
        q = pending.pop(i)
        out.append(q)
        recent = (recent + [(q.source.document, q.source.start, q.source.end)])[-SAME_SENTENCE_GAP:]
    return out


@dataclass(frozen=True)
class WebQuiz:
    """What ``run`` wrote: the page, its question count, and the bank's diagnostics."""

    path: Path
    questions: int
    diagnostics: tuple[str, ...] = ()
    skipped: tuple = ()  # a folder's files that could not be read (KaodianError), left out
    sources: int = 0  # the texts the questions were drawn from
    notes: tuple[str, ...] = ()  # the hand edits of a bank file that were followed, one line each


def run(inputs: Sequence[str], output: str | Path, *, kinds: str | None = None, title: str | None = None,
        seed: int | None = None, count: int | None = None, lexicon: Path | None = None) -> WebQuiz:
    """The ``kaodian web-quiz`` command: load the questions and write the page atomically.

    ``seed`` shuffles the question order (questions on one sentence kept apart);
    without it the page keeps the bank's order.  ``count`` keeps the first N.
    Raises KaodianError on bad input, an empty selection, or an unwritable output.
    """
    from .. import pipeline
    from ..fileio import check_parent, check_suffix, write_atomic
    from ..library import make
    from .terminal import select

    # before the work: a page's name ends in .html, and an output file's folder must exist
    check_suffix(output, (".html", ".htm"), what="自测网页", example="自测.html")
    check_parent(output)
    how = pipeline.settings(kinds=kinds, seed=seed or 0, lexicon=lexicon)
    made = make(list(inputs), how, read_bank_file=True)  # (a folder: the library generate and build ask)
    bank = made.bank
    questions = select(bank.questions, kinds=how.kinds)
    if seed is not None:
        questions = spread_order(questions, random.Random(f"web-quiz:{seed}"))
    if count:
        questions = questions[:count]
    path = write_atomic(output, render_page(questions, title).encode("utf-8"))
    return WebQuiz(path=path, questions=len(questions), diagnostics=bank.diagnostics, skipped=made.skipped,
                   sources=len(made.extractions), notes=tuple(made.notes))
