"""A folder as a library: every text asked on its own (in parallel, cached), then one merge.

The work splits in two, the shape of a map-reduce:

1. ``ask_text(source, settings) -> TextResult`` — the per-text function.  It
   extracts one text and drafts its questions, each with its point's identity
   across texts (``point_key``: kind, formulation, list items, white space and
   punctuation aside), its sentence (``sentence_key``) and its importance.  It
   reads nothing but its own text, so texts run in any order, in any process,
   and a result can be cached (``cache.py``): ``TextResult`` is plain picklable
   data.  Distractors are drawn from the text itself (``distractors.Material``
   of that one extraction), not from the whole library.
2. ``merge(results, ...)`` — one pass over the results in file order.  A
   sentence or a point stated in several texts is asked once, in the first text
   that states it (its Anki subdeck), and the question cites every other text
   in a tag ``又见于::<file>``; its importance grows with the number of texts
   that state it (``library.yaml``); then ``questions.select`` ranks the whole
   library, counting a sentence once whatever text states it, and ``--limit``
   keeps the top of the library.

``make_library`` runs step 1 in worker processes (``concurrent.futures``),
largest texts first, and step 2 in the calling process.  The output depends on
the results in file order only, so it is byte-identical for any ``-j``.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from .chars import HAN
from .cache import Cache, cache_dir, digest, tree_digest
from .errors import KaodianError
from .model import Bank, Point, Question, Source
from .pipeline import Made, Progress, Settings, make_bank, step

_NOT_TEXT = re.compile(r"[\s\W_]+")
CITED_TAG = "又见于::"  # the tag that names another text a question's sentence or point stands in


@lru_cache(maxsize=1)
def _policy() -> dict:
    return yaml.safe_load((Path(__file__).with_name("library.yaml")).read_text(encoding="utf-8"))


def _plain(text: str) -> str:
    return _NOT_TEXT.sub("", text)


def point_key(p: Point) -> tuple[str, ...]:
    """A point's identity across texts: its kind, its text and its items, white space and punctuation aside."""
    return (p.kind, _plain(p.text), *(_plain(i.text) for i in p.items))


def sentence_key(q: Question) -> str:
    """A question's sentence across texts: its text without white space and punctuation."""
    return _plain(q.source.sentence)


@dataclass(frozen=True)
class TextCandidate:
    """One question drafted on a text, with what the merge needs: its point, sentence and importance."""

    question: Question
    point: tuple[str, ...]
    sentence: str
    importance: float


@dataclass(frozen=True)
class TextResult:
    """What one text gave: its drafted questions in text order, its diagnostics and counts."""

    name: str
    candidates: tuple[TextCandidate, ...]
    diagnostics: tuple[str, ...]
    duplicates: int
    articles: int
    points: int
    chinese: bool  # whether the text holds Chinese at all (what an empty bank's message says)


@dataclass(frozen=True)
class _Document:
    name: str
    articles: range
    text: str


@dataclass(frozen=True)
class Tally:
    """A text's counts in the shape of an Extraction (``document.name``, ``document.articles``, ``points``,
    ``document.text``'s Chinese or not): what summaries and ``bank.check_not_empty`` read."""

    document: _Document
    points: range

    @classmethod
    def of(cls, r: "TextResult") -> "Tally":
        return cls(_Document(r.name, range(r.articles), "中" if r.chinese else ""), range(r.points))


def ask_text(source: Source, how: Settings) -> TextResult:
    """The per-text function: extract one text and draft its questions (see the module docstring).

    Raises KaodianError as ``pipeline.extract_source`` and ``questions.generate`` do."""
    from .kinds import parse_kinds
    from .model import QUESTION_KINDS
    from .pipeline import extract_source
    from .questions.generate import draft_candidates
    from .questions.templates import TemplateSet, load_templates

    ex = extract_source(source, how.rules)
    tset = how.templates if isinstance(how.templates, TemplateSet) else load_templates(None)
    wanted = parse_kinds(how.kinds) or tuple(QUESTION_KINDS)
    drafted, diagnostics, duplicates = draft_candidates([ex], tset, wanted, how.seed, how.per_point)
    cands = tuple(
        TextCandidate(c.question, point_key(ex.points[int(c.point[1])]), sentence_key(c.question), c.importance)
        for c in drafted
    )
    chinese = re.search(f"[{HAN}]", ex.document.text) is not None
    return TextResult(source.name, cands, tuple(diagnostics), duplicates, len(ex.document.articles), len(ex.points),
                      chinese)


def merge(results: Sequence[TextResult], *, per_sentence: int | None, limit: int | None) -> Bank:
    """The library's bank from the per-text results in file order (see the module docstring)."""
    from .questions.generate import PER_SENTENCE, PREFER, _left_out
    from .questions.select import Candidate, select

    per_sentence = PER_SENTENCE if per_sentence is None else (per_sentence or None)
    by_point: dict[tuple[str, ...], list[int]] = {}
    by_sentence: dict[str, list[int]] = {}
    for t, r in enumerate(results):
        for c in r.candidates:
            for seen, key in ((by_point, c.point), (by_sentence, c.sentence)):
                texts = seen.setdefault(key, [])
                if not texts or texts[-1] != t:
                    texts.append(t)
    weight = float(_policy()["cited_weight"])
    cands: list[Candidate] = []
    again = 0
    for t, r in enumerate(results):
        for c in r.candidates:
            if by_point[c.point][0] != t or by_sentence[c.sentence][0] != t:
                again += 1  # asked in the first text that states it, which cites this one
                continue
            others = sorted((set(by_point[c.point]) | set(by_sentence[c.sentence])) - {t})
            q = c.question
            if others:
                q = replace(q, tags=q.tags + tuple(CITED_TAG + results[o].name for o in others))
            cands.append(Candidate(q, c.point, c.importance + weight * len(others), len(cands)))
    questions = select(cands, per_sentence=per_sentence, prefer=PREFER, limit=limit,
                       sentence=lambda q: _plain(q.source.sentence))
    diagnostics = [d for r in results for d in r.diagnostics]
    duplicates = sum(r.duplicates for r in results)
    if duplicates:
        diagnostics.append(f"跳过 {duplicates} 道重复题（同一篇文章里同一考点、同一答案已出过）。")
    if again:
        diagnostics.append(f"跨文本去重：{again} 道题的句子或考点在前面的文本里已有，只在最先出现的文本出题，并注明又见于哪些文本。")
    if len(questions) < len(cands):
        diagnostics.append(_left_out(len(cands) - len(questions), per_sentence, limit))
    return Bank(tuple(questions), tuple(diagnostics))


def fingerprint(how: Settings) -> str:
    """What every cached result depends on besides its text: the code, shipped rules, templates and
    lexicon (the package's files), the user's rules and templates, and the settings that shape drafts."""
    import pickle

    from .questions.templates import default_dir

    package = Path(__file__).resolve().parent
    parts = [tree_digest([package, default_dir()]).encode()]
    parts += [Path(r).read_bytes() for r in how.rules]
    parts += [pickle.dumps(how.templates), repr((how.kinds, how.seed, how.per_point)).encode()]
    return digest(parts)


def text_key(path: str, base: str) -> str:
    """The cache key of one file: its name (question ids name it), its bytes and the run's fingerprint."""
    return digest([base.encode(), path.encode(), Path(path).read_bytes()])


# --- the worker side: one process-wide state, set once per worker (not pickled per text) ---

_STATE: dict = {}


def _init(how: Settings, folder: Path | None, warm: bool = False) -> None:
    _STATE["how"], _STATE["cache"] = how, Cache(folder)
    if warm:
        _warm(how)


def _run(path: str, key: str) -> TextResult | tuple[str, dict]:
    """Read, ask and cache one text; a KaodianError comes back as data (its fields do not pickle)."""
    from .ingest import read_path

    try:
        result = ask_text(read_path(path), _STATE["how"])
    except KaodianError as e:
        return (e.code, e.fields)
    _STATE["cache"].put(key, result)
    return result


@dataclass(frozen=True)
class Library:
    """A library's bank, each text's counts (``Tally``, in file order) and how many texts the cache gave."""

    bank: Bank
    texts: tuple[Tally, ...]
    cached: int


def make(inputs: Sequence[str], how: Settings = Settings(), *, refuse_empty: bool = False,
         progress: Progress | None = None) -> Made:
    """The bank of articles for ``generate`` and ``build``: a library when a folder is among the inputs
    (``make_library`` with ``how.jobs`` and ``how.cache``), else ``pipeline.make_bank`` as for one file.
    A library's ``Made.extractions`` are its texts' ``Tally`` counts.  ``refuse_empty`` as ``make_bank``."""
    if not is_library(inputs):
        return make_bank(list(inputs), how, read_bank_file=False, refuse_empty=refuse_empty, progress=progress)
    lib = make_library(inputs, how, jobs=how.jobs, use_cache=how.cache, progress=progress)
    if refuse_empty:
        from .bank import check_not_empty

        check_not_empty(lib.bank, lib.texts, how.kinds)
    return Made(lib.bank, lib.texts)  # type: ignore[arg-type]  # tallies stand in for extractions


def library_files(inputs: Sequence[str]) -> list[str]:
    """The files of the inputs (folders expanded, sorted): the texts of the library, in file order."""
    from .ingest import folder_files

    out: list[str] = []
    for arg in inputs:
        out.extend(folder_files(arg) if os.path.isdir(arg) else [arg])
    return out


def is_library(inputs: Sequence[str]) -> bool:
    """Whether the inputs make a library: a folder among them (``kaodian generate DIR``)."""
    return any(a != "-" and os.path.isdir(a) for a in inputs)


def make_library(inputs: Sequence[str], how: Settings = Settings(), *, jobs: int | None = None,
                 use_cache: bool = True, progress: object = None) -> Library:
    """The bank of a library (see the module docstring): ``jobs`` worker processes (the machine's cores
    when None), each text's result read from the cache when its text and fingerprint are unchanged.

    Raises KaodianError as reading and generating do (the first failing text in file order), E404
    for a ``-j`` below 1."""
    if jobs is not None and jobs < 1:
        raise KaodianError("E404", option="-j", value=jobs, least="正整数")
    from .questions.generate import generate  # noqa: F401 — loads the shipped policy before workers fork

    files = library_files(inputs)
    cache = Cache(cache_dir() if use_cache else None)
    base = fingerprint(how)
    keys = [text_key(f, base) for f in files]
    results: list[TextResult | tuple | None] = [cache.get(k) for k in keys]
    results = [r if isinstance(r, TextResult) else None for r in results]
    cached = sum(r is not None for r in results)
    todo = sorted((i for i, r in enumerate(results) if r is None), key=lambda i: -os.path.getsize(files[i]))
    step(progress, STEP)
    _advance(progress, cached, len(files))
    _run_all(todo, files, keys, results, how, cache, jobs or os.cpu_count() or 1, progress)
    for r in results:
        if isinstance(r, tuple):
            raise KaodianError(r[0], **r[1])
    step(progress, "合并选题")
    done = [r for r in results if isinstance(r, TextResult)]
    bank = merge(done, per_sentence=how.per_sentence, limit=how.limit)
    return Library(bank, tuple(Tally.of(r) for r in done), cached)


STEP = "抽取与出题"


def _advance(progress: object, done: int, total: int) -> None:
    """Tell the display how many texts are done; a ``TerminalProgress`` also shows the count in its label."""
    if isinstance(getattr(progress, "label", None), str):
        progress.label = f"{STEP} {done}/{total} 篇"  # texts done / total, not only a share
    hook = getattr(progress, "advance", None)
    if hook is not None:
        hook(done, total)


def _warm(how: Settings) -> None:
    """Load the rules, the tokenizer and the templates when a worker starts, all workers at once."""
    from .pipeline import extract_text
    from .questions.templates import load_templates

    extract_text("坚持和发展中国特色社会主义，全面建设社会主义现代化国家。", rules=how.rules)
    if how.templates is None:
        load_templates(None)


def _run_all(todo: list[int], files: list[str], keys: list[str], results: list, how: Settings, cache: Cache,
             jobs: int, progress: object) -> None:
    """Fill ``results[i]`` for every index of ``todo``: in this process for one job, else in a pool."""
    total = len(files)
    done = total - len(todo)
    if jobs == 1 or len(todo) <= 1:
        _init(how, cache.folder)
        for i in todo:
            results[i] = _run(files[i], keys[i])
            done += 1
            _advance(progress, done, total)
        return
    import multiprocessing

    # fork: a worker starts with the modules this process has imported, not importing them again
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(min(jobs, len(todo)), mp_context=ctx, initializer=_init,
                             initargs=(how, cache.folder, True)) as pool:
        pending = {pool.submit(_run, files[i], keys[i]): i for i in todo}
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for f in finished:
                results[pending.pop(f)] = f.result()
                done += 1
            _advance(progress, done, total)
