"""Composition of the stages: ingest -> normalize -> rules -> questions.

No logic of its own: each function wires library calls together.  ``make_bank``
is the one entry that builds a bank from inputs and settings; the CLI, ``build``,
the terminal quiz and the web quiz all call it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .model import Bank, Extraction, Source


def extract_source(source: Source, rules: Sequence[Path] = ()) -> Extraction:
    """Normalize one source and apply the rules to it."""
    from .normalize import normalize
    from .rules import load_rules

    document = normalize(source)
    if source.kind == "html" and not document.articles:
        # what was left of the page is no article (a 404 notice, a list of links): E110 as for an empty page
        from .errors import KaodianError

        raise KaodianError("E110", path=source.name)
    return load_rules(tuple(rules)).apply(document)


def extract_text(text: str, name: str = "-", rules: Sequence[Path] = ()) -> Extraction:
    """Extract the points of a text given as a string."""
    return extract_source(Source(name=name, text=text), rules)


# Called as progress(done, total, label) while inputs are extracted: done and
# total count characters of input text, label names the input being extracted
# ("" once all are done).
Progress = Callable[[int, int, str], None]


def extract_paths(paths: Iterable[str], rules: Sequence[Path] = (), progress: Progress | None = None,
                  skipped: list | None = None) -> list[Extraction]:
    """Read every input (files, folders, "-"; the bundled sample when none) and extract each.

    ``progress``, when given, is called before each input and once at the end.  ``skipped``, when
    given, collects a folder's unreadable files instead of raising (``ingest.read_inputs``).
    """
    from .ingest import read_inputs

    sources = read_inputs(list(paths), skipped)
    if progress is None:
        return [extract_source(s, rules) for s in sources]
    total = sum(len(s.text) for s in sources)
    done = 0
    out = []
    for s in sources:
        progress(done, total, s.name)
        out.append(extract_source(s, rules))
        done += len(s.text)
    progress(total, total, "")
    return out


@dataclass(frozen=True)
class Settings:
    """How a bank is made, checked once (see ``settings``): the same for every command."""

    rules: tuple[Path, ...] = ()
    templates: object = None  # a loaded questions.TemplateSet, or None for the shipped templates
    kinds: tuple[str, ...] | None = None  # question kind ids, None for all
    seed: int = 0
    per_point: int | None = None
    per_sentence: int | None = None  # None: the policy's default (questions/policy.yaml); 0: no cap
    limit: int | None = None
    # a folder as a library (kaodian.library): worker processes (None: the machine's cores) and the
    # per-text cache; neither changes the bank
    jobs: int | None = None
    cache: bool = True
    lexicon: object = None  # a loaded lexicon.Lexicon with the user's extension, or None for the shipped one


def settings(
    *,
    rules: Sequence[Path] = (),
    templates: Path | None = None,
    kinds: str | Sequence[str] | None = None,
    seed: int = 0,
    per_point: int | None = None,
    per_sentence: int | None = None,
    limit: int | None = None,
    jobs: int | None = None,
    cache: bool = True,
    lexicon: Path | None = None,
) -> Settings:
    """Settings with the question kinds parsed (``填空,单选`` or ids) and the templates loaded, so that
    a bad value is reported before any input is read.  Raises KaodianError E401/E402 (templates)
    or E403 (an unknown kind), E404 for ``jobs`` below 1, and a bad ``lexicon`` extension file (E101,
    E201, E202).  The shipped templates and lexicon load when a bank is generated."""
    from .kinds import parse_kinds

    tset = None
    if templates is not None:
        from .questions import load_templates

        tset = load_templates(templates)
    if jobs is not None and jobs < 1:
        from .errors import KaodianError

        raise KaodianError("E404", option="-j", value=jobs, least="正整数")
    lex = None
    if lexicon is not None:
        from . import lexicon as lexicon_package

        lex = lexicon_package.load(extra=lexicon)
    return Settings(tuple(rules), tset, parse_kinds(kinds), seed, per_point, per_sentence, limit, jobs, cache, lex)


@dataclass(frozen=True)
class Made:
    """A bank and what it was made from: the extractions (none when a bank file was read)."""

    bank: Bank
    extractions: tuple[Extraction, ...] = ()
    # a library's files that could not be read and were left out (KaodianError E1xx, in file order)
    skipped: tuple = ()
    # the hand edits of a bank file that were followed (bank_edits), one line each: the commands say them
    notes: tuple[str, ...] = ()
    # a bank file's own diagnostics (why generate left points without a kind): a paper says from them why a
    # section is short; kept apart from ``bank.diagnostics``, which the commands count as this run's
    said: tuple[str, ...] = ()


def make_bank(
    inputs: Sequence[str],
    how: Settings = Settings(),
    *,
    read_bank_file: bool = True,
    refuse_empty: bool = False,
    progress: Progress | None = None,
) -> Made:
    """The bank of the inputs: read from bank files (``.json`` inputs, when ``read_bank_file``; several
    are merged, each question once), else extracted from the articles and generated.

    A bank file must hold no broken question (``lint.broken_findings``: what ``lint`` calls a repeated id or a
    malformed question): otherwise KaodianError E308 names its first findings.
    ``refuse_empty`` raises E305/E306 for a bank with no question (see ``bank.check_not_empty``).
    ``progress`` follows the extraction (called as ``progress(done, total, label)``); a
    step-aware display (``progress.TerminalProgress``) is also told the steps and the points asked.
    """
    from .bank import is_bank_file, read_bank
    from .questions.lint import broken_findings

    banks = [p for p in inputs if is_bank_file(p)]
    if read_bank_file and banks:
        from .errors import KaodianError

        if len(banks) != len(inputs):
            raise KaodianError("E309", path=banks[0])
        # several banks are one: their questions in the order given, each question once
        questions: dict[str, object] = {}
        notes: list[str] = []
        said: list[str] = []
        for path in banks:
            one = read_bank(path, notes)
            said += one.diagnostics
            # a bank edited by hand can break a question (an answer "Z" is no question): lint's advice on how
            # well a question is asked does not stop its use (a generated bank is used as it was written)
            findings = broken_findings(one.questions)
            if findings:
                raise KaodianError("E308", path=path, count=len(findings), first="；".join(findings[:3]))
            for q in one.questions:
                questions.setdefault(q.id, q)
        bank = Bank(tuple(questions.values()))
        if how.kinds:
            bank = Bank(tuple(q for q in bank.questions if q.kind in how.kinds), bank.diagnostics)
        return Made(bank, notes=tuple(notes), said=tuple(said))
    from .questions import generate

    step(progress, "读入文件")
    skipped: list = []  # a folder's files that cannot be read: left out and said (``Made.skipped``)
    extractions = tuple(extract_paths(inputs, how.rules, progress=progress, skipped=skipped))
    step(progress, "出题")
    bank = generate(extractions, templates=how.templates, kinds=how.kinds, seed=how.seed, per_point=how.per_point,
                    per_sentence=how.per_sentence, limit=how.limit, lexicon=how.lexicon, progress=getattr(progress, "advance", None))
    if refuse_empty:
        from .bank import check_not_empty

        check_not_empty(bank, extractions, how.kinds)
    return Made(bank, extractions, tuple(skipped))


def step(progress: object, label: str) -> None:
    """Tell a step-aware progress display (``progress.TerminalProgress``) which step starts."""
    hook = getattr(progress, "step", None)
    if hook is not None:
        hook(label)
