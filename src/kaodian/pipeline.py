"""Composition of the stages: ingest -> normalize -> rules -> questions.

No logic of its own: each function wires library calls together.
"""

from __future__ import annotations

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


def extract_paths(paths: Iterable[str], rules: Sequence[Path] = (), progress: Progress | None = None) -> list[Extraction]:
    """Read every input (files, folders, "-"; the bundled sample when none) and extract each.

    ``progress``, when given, is called before each input and once at the end.
    """
    from .ingest import read_inputs

    sources = read_inputs(list(paths))
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


def load_questions(
    inputs: Sequence[str],
    *,
    rules: Sequence[Path] = (),
    templates: Path | None = None,
    kinds: Sequence[str] | None = None,
    seed: int = 0,
    per_point: int | None = None,
) -> Bank:
    """A bank from a bank file (one ``.json`` input) or by extracting and generating from articles.

    A bank file must pass ``lint``: otherwise KaodianError E308 names its first findings.
    """
    from .bank import is_bank_file, load_bank

    if len(inputs) == 1 and is_bank_file(inputs[0]):
        bank = Bank(load_bank(inputs[0]))
        # a bank edited by hand is checked as `kaodian lint` checks it: an answer "Z" is no question
        from .errors import KaodianError
        from .questions import lint

        findings = lint(bank)
        if findings:
            raise KaodianError("E308", path=inputs[0], count=len(findings), first="；".join(findings[:3]))
        if kinds:
            bank = Bank(tuple(q for q in bank.questions if q.kind in kinds), bank.diagnostics)
        return bank
    from .questions import generate

    return generate(extract_paths(inputs, rules), templates=templates, kinds=kinds, seed=seed, per_point=per_point)
