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

``make_library`` runs step 1 in worker processes (``concurrent.futures``) and
step 2 in the calling process as results come in (``library_merge.Merger``),
holding one light entry per question it may ask; full results wait in the cache.
The output depends on the results in file order only, so it is byte-identical
for any ``-j``.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .chars import HAN
from .cache import Cache, cache_dir, digest, tree_digest
from .errors import FileErrors, KaodianError
from .model import Bank, Point, Question, Source
from .library_merge import CITED_TAG, Merger, emit, lighten  # noqa: F401  (CITED_TAG: the tag readers look for)
from .pipeline import Made, Progress, Settings, make_bank, step

_NOT_TEXT = re.compile(r"[\s\W_]+")


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
    """What of a text's Document the summaries read: its name, how many articles, a scrap of its text."""

    name: str
    articles: range  # len() is the article count, as of Document.articles
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
    from .questions.templates import TemplateSet

    ex = extract_source(source, how.rules)
    tset = how.templates if isinstance(how.templates, TemplateSet) else _shipped_templates()
    wanted = parse_kinds(how.kinds) or tuple(QUESTION_KINDS)
    # the cap on verbatim true statements (generate.cap_true) is applied by the merge, on its selection
    drafted, diagnostics, duplicates = draft_candidates([ex], tset, wanted, how.seed, how.per_point,
                                                           lexicon=how.lexicon)
    cands = tuple(
        TextCandidate(c.question, point_key(ex.points[int(c.point[1])]), sentence_key(c.question), c.importance)
        for c in drafted
    )
    chinese = re.search(f"[{HAN}]", ex.document.text) is not None
    return TextResult(source.name, cands, tuple(diagnostics), duplicates, len(ex.document.articles), len(ex.points),
                      chinese)


@lru_cache(maxsize=1)
def _shipped_templates():  # noqa: ANN202 — a questions.TemplateSet
    """The shipped templates, loaded and validated once per process (not once per text)."""
    from .questions.templates import load_templates

    return load_templates(None)


def merge(results: Sequence[TextResult], *, per_sentence: int | None, limit: int | None) -> Bank:
    """The library's bank from the per-text results in file order (see the module docstring): the
    reduce step, all in memory (``make_library`` streams the same steps through ``Merger``)."""
    merger = Merger()
    for t, r in enumerate(results):
        merger.add(t, lighten(r))
    cap = _cap(per_sentence)
    return emit(merger.choose(cap, limit), lambda t: results[t], cap, limit)


def _cap(per_sentence: int | None) -> int | None:
    """The per-sentence cap as ``generate`` reads ``--per-sentence``: None the policy's, 0 none."""
    from .questions.generate import PER_SENTENCE

    return PER_SENTENCE if per_sentence is None else (per_sentence or None)


def fingerprint(how: Settings) -> str:
    """What every cached result depends on besides its text: the code, shipped rules, templates and
    lexicon (the package's files), the user's rules, templates and lexicon, and the settings that shape
    drafts."""
    import pickle

    from .questions.templates import default_dir

    package = Path(__file__).resolve().parent
    parts = [tree_digest([package, default_dir()]).encode()]
    parts += [Path(r).read_bytes() for r in how.rules]
    parts += [pickle.dumps(how.templates), repr((how.kinds, how.seed, how.per_point)).encode()]
    if how.lexicon is not None:  # the user's lexicon extension, as loaded (wrong options come from it)
        parts.append(pickle.dumps(how.lexicon))
    return digest(parts)


def text_key(path: str, base: str) -> str:
    """The cache key of one file: its name (question ids name it), its bytes and the run's fingerprint."""
    return digest([base.encode(), path.encode(), Path(path).read_bytes()])


# --- the worker side: one process-wide state, set once per worker (not pickled per text) ---

_STATE: dict = {}
LIGHT = ".light"  # the cache key suffix of a result's light form (``library_merge.lighten``)


def _init(how: Settings, folder: Path | None) -> None:
    _STATE["how"], _STATE["cache"] = how, Cache(folder)


def _run(path: str, key: str) -> tuple[TextResult, TextResult | None] | tuple[str, dict]:
    """Read, ask and store one text: its light result (``lighten``), and the full one when the store
    could not keep it.  A KaodianError comes back as data (its fields do not pickle)."""
    from .ingest import read_path

    try:
        result = ask_text(read_path(path), _STATE["how"])
    except KaodianError as e:
        return (e.code, e.fields)
    light = lighten(result)
    kept = _STATE["cache"].put(key, result)
    # the light form too: a rebuild reads it for every text, the full one only for texts it asks from
    _STATE["cache"].put(key + LIGHT, light)
    return light, None if kept else result


@dataclass(frozen=True)
class Library:
    """A library's bank, each text's counts (``Tally``, in file order) and how many texts the cache gave."""

    bank: Bank
    texts: tuple[Tally, ...]
    cached: int
    skipped: tuple[KaodianError, ...] = ()  # files that could not be read, left out (``make_library``)


def make(inputs: Sequence[str], how: Settings = Settings(), *, refuse_empty: bool = False,
         progress: Progress | None = None, read_bank_file: bool = False) -> Made:
    """The bank of the inputs for every command that asks questions (generate, build, anki, paper, quiz,
    web-quiz: one folder gives one bank whichever asks it): a library when a folder is among the inputs
    (``make_library`` with ``how.jobs`` and ``how.cache``), else ``pipeline.make_bank`` as for one file, which
    reads a bank file (.json) too when ``read_bank_file``.  A library's ``Made.extractions`` are its texts'
    ``Tally`` counts.  ``refuse_empty`` as ``make_bank``."""
    if not is_library(inputs):
        return make_bank(list(inputs), how, read_bank_file=read_bank_file, refuse_empty=refuse_empty,
                         progress=progress)
    lib = make_library(inputs, how, jobs=how.jobs, use_cache=how.cache, progress=progress)
    if refuse_empty:
        from .bank import check_not_empty

        try:
            check_not_empty(lib.bank, lib.texts, how.kinds)
        except KaodianError as e:  # the files left out are said too: they may be why nothing was asked
            raise FileErrors([*lib.skipped, e]) if lib.skipped else e from None
    return Made(lib.bank, lib.texts, lib.skipped)  # type: ignore[arg-type]  # tallies stand in for extractions


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

    Memory stays bounded: full results go to the cache (to a spool of this run under ``--no-cache``)
    and the merge keeps one light entry per question it may ask (``library_merge``).
    A file that cannot be read (an input error, E1xx: empty, binary, a broken .docx …) is left out and
    returned in ``Library.skipped``: one bad file does not cost the others.  Raises FileErrors (every
    such file) when no file could be read, KaodianError as generating does (the first failing text in
    file order), E404 for a ``-j`` below 1."""
    import tempfile

    if jobs is not None and jobs < 1:
        raise KaodianError("E404", option="-j", value=jobs, least="正整数")
    files = library_files(inputs)
    base = fingerprint(how)
    unread: dict[int, KaodianError] = {}
    keys = []
    for i, f in enumerate(files):
        try:
            keys.append(text_key(f, base))
        except OSError as e:  # (no read permission, gone since the folder was listed): that file's problem
            from .fileio import os_reason

            unread[i] = KaodianError("E108", path=f, reason=os_reason(e))
            keys.append("")
    with tempfile.TemporaryDirectory(prefix="kaodian-spool-") as spool:
        store = Cache(cache_dir() if use_cache else Path(spool))
        run = _Run(files, keys, store, progress)
        for i, e in unread.items():
            run.fail(i, e.code, e.fields)
        for i, k in enumerate(keys):
            if i in unread:
                continue
            light = store.get(k + LIGHT) if use_cache else None
            if isinstance(light, TextResult):
                run.cached += 1
                run.take(i, (light, None))
        # file order, the largest first within each WINDOW (a big text last would leave a core idle); the
        # merge takes texts in file order, so what finishes early waits at most about a window
        todo = sorted((i for i in range(len(files)) if i not in run.tallies and i not in unread),
                      key=lambda i: (i // WINDOW, -os.path.getsize(files[i])))
        step(progress, STEP)
        _advance(progress, run.cached, len(files))
        _run_all(todo, run, how, jobs or os.cpu_count() or 1)
        skipped = run.check_errors()
        step(progress, "合并选题")
        cap = _cap(how.per_sentence)
        bank = emit(run.merger.choose(cap, how.limit), run.load, cap, how.limit)
    return Library(bank, tuple(run.tallies[i] for i in sorted(run.tallies)), run.cached, skipped)


class _Run:
    """A library build's state: the merge, each text's counts, the full results no store kept, errors."""

    def __init__(self, files: list[str], keys: list[str], store: Cache, progress: object) -> None:
        self.files, self.keys, self.store, self.progress = files, keys, store, progress
        self.merger = Merger()
        self.tallies: dict[int, Tally] = {}
        self.unstored: dict[int, TextResult] = {}
        self.errors: dict[int, tuple[str, dict]] = {}
        self.cached = 0

    def take(self, i: int, outcome: tuple) -> None:
        """Text ``i``'s outcome from ``_run`` (or the cache): merged, counted, or an error kept for later."""
        if isinstance(outcome[0], str):
            self.fail(i, *outcome)
            _advance(self.progress, len(self.tallies) + len(self.errors), len(self.files))
            return
        light, full = outcome
        if full is not None:
            self.unstored[i] = full
        self.tallies[i] = Tally.of(light)
        self.merger.add(i, light)
        _advance(self.progress, len(self.tallies) + len(self.errors), len(self.files))

    def fail(self, i: int, code: str, fields: dict) -> None:
        """Text ``i`` could not be made: its error is kept, and the merge takes it as a text with no
        question (the merge takes texts in file order, and would wait for it)."""
        self.errors[i] = (code, fields)
        self.merger.add(i, TextResult(self.files[i], (), (), 0, 0, 0, False))

    def check_errors(self) -> tuple[KaodianError, ...]:
        """The files left out, in file order: those that could not be read (E1xx).  Raises the first other
        error (a rule, a template: every text would meet it), or FileErrors when no file could be read."""
        errors = [KaodianError(code, **fields) for code, fields in (self.errors[i] for i in sorted(self.errors))]
        other = next((e for e in errors if not e.code.startswith("E1")), None)
        if other is not None:
            raise other
        if errors and not self.tallies:
            raise FileErrors(errors, none_read=True)
        return tuple(errors)

    def load(self, i: int) -> TextResult:
        """Text ``i``'s full result: kept here, read from the store, or (an entry gone bad since) made again."""
        full = self.unstored.get(i) or self.store.get(self.keys[i])
        if not isinstance(full, TextResult):
            from .ingest import read_path

            full = ask_text(read_path(self.files[i]), _STATE["how"])
            self.store.put(self.keys[i], full)
        return full


STEP = "抽取与出题"
# texts scheduled largest first among each this many in file order: enough to balance two to eight
# workers, few enough that results waiting for an earlier text to be merged stay a small share of memory
WINDOW = 64


def _advance(progress: object, done: int, total: int) -> None:
    """Tell the display how many texts are done; a ``TerminalProgress`` also shows the count in its label."""
    if isinstance(getattr(progress, "label", None), str):
        progress.label = f"{STEP} {done}/{total} 篇"  # texts done / total, not only a share
    hook = getattr(progress, "advance", None)
    if hook is not None:
        hook(done, total)


def _warm(how: Settings) -> None:
    """Load the rules, the tokenizer and the templates here, once: forked workers start with them (each
    loading its own would cost every worker the tokenizer's dictionary)."""
    from .pipeline import extract_text

    extract_text("坚持和发展中国特色社会主义，全面建设社会主义现代化国家。", rules=how.rules)
    if how.templates is None:
        _shipped_templates()


def _run_all(todo: list[int], run: _Run, how: Settings, jobs: int) -> None:
    """Run ``_run`` on every text of ``todo`` and hand each outcome to ``run``: in this process for one
    job, else in a pool of ``jobs`` forked workers."""
    _init(how, run.store.folder)
    if jobs == 1 or len(todo) <= 1:
        for i in todo:
            run.take(i, _run(run.files[i], run.keys[i]))
        return
    import multiprocessing

    _warm(how)
    # fork: a worker starts with what this process has loaded, the tokenizer and the rules included
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(min(jobs, len(todo)), mp_context=ctx, initializer=_init,
                             initargs=(how, run.store.folder)) as pool:
        pending = {pool.submit(_run, run.files[i], run.keys[i]): i for i in todo}
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for f in finished:
                run.take(pending.pop(f), f.result())
