"""Composition of the stages: ingest -> normalize -> rules -> questions.

No logic of its own: each function wires library calls together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from .model import Bank, Extraction, Source


def extract_source(source: Source, rules: Sequence[Path] = ()) -> Extraction:
    """Normalize one source and apply the rules to it."""
    from .normalize import normalize
    from .rules import load_rules

    document = normalize(source)
    return load_rules(tuple(rules)).apply(document)


def extract_text(text: str, name: str = "-", rules: Sequence[Path] = ()) -> Extraction:
    """Extract the points of a text given as a string."""
    return extract_source(Source(name=name, text=text), rules)


def extract_paths(paths: Iterable[str], rules: Sequence[Path] = ()) -> list[Extraction]:
    """Read every input (files, folders, "-"; the bundled sample when none) and extract each."""
    from .ingest import read_inputs

    return [extract_source(s, rules) for s in read_inputs(list(paths))]


def load_questions(
    inputs: Sequence[str],
    *,
    rules: Sequence[Path] = (),
    templates: Path | None = None,
    kinds: Sequence[str] | None = None,
    seed: int = 0,
    per_point: int | None = None,
) -> Bank:
    """A bank from a bank file (one ``.json`` input) or by extracting and generating from articles."""
    from .bank import is_bank_file, load_bank

    if len(inputs) == 1 and is_bank_file(inputs[0]):
        bank = Bank(load_bank(inputs[0]))
        if kinds:
            bank = Bank(tuple(q for q in bank.questions if q.kind in kinds), bank.diagnostics)
        return bank
    from .questions import generate

    return generate(extract_paths(inputs, rules), templates=templates, kinds=kinds, seed=seed, per_point=per_point)
