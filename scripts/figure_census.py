"""Figure questions of the dev banks by class (the trivia work of session 7): which questions blank, key
or change a figure, the class ``rules/figures.py`` gives that figure, and the verbatim-true statements.

    uv run python scripts/figure_census.py [--list] [--out census.json] [--banks DIR] [FOLDER ...]

FOLDER defaults to tests/corpus, tests/key-points and tests/study-points; every .txt there is generated
with the default settings (as ``kaodian eval`` does) and its questions are classified.  ``--list`` prints
every figure question with its class; ``--out`` writes them as JSON, to compare two runs; ``--banks``
reads each text's bank from DIR/NAME.json instead (another build's banks, e.g. main's, made with
``kaodian generate TEXT -o DIR/NAME.json``).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from kaodian.pipeline import extract_paths
from kaodian.questions import generate
from kaodian.questions import distractors as dx
from kaodian.questions.blanks import fact_number
from kaodian.questions.verbatim import KEY_KINDS
from kaodian.rules import load_rules

# a figure as a question asks it: a date, a number with its unit, or a Chinese count (两次, 三人以上)
FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千万]+(?:次|个|名|人|年|项|倍|条|届|件)")
# a count in Chinese numerals (两次, 三人以上), which ``fact_number`` leaves to the statements' concepts
COUNT = re.compile(r"(?<![第\d一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+(?:次|个|名|人|项|倍|条|件|年)")


def _figures(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` a figure class is asked of (dates, then numbers with their units)."""
    spans = [m.span() for m in dx.DATE.finditer(text)]
    spans += [m.span() for m in COUNT.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    for m in re.finditer(r"[^，。；、：（）]+", text):
        if (n := fact_number(m.group())) and not any(a <= m.start() + n.start() < b for a, b in spans):
            spans.append((m.start() + n.start(), m.start() + n.end()))
    return spans


def _asked(q, sentence: str) -> list[str]:
    """What of ``sentence`` the question asks: its blanks, its keyed options, or the changed span."""
    if q.kind == "cloze":
        return list(q.answer)
    if q.kind in ("single", "multiple"):
        letters = "ABCDEFGH"
        return [q.options[letters.index(a)] for a in q.answer if a in letters[: len(q.options)]]
    if q.kind == "truefalse" and q.answer == ("错",):
        m = re.search(r"“([^”]*)”误作“", q.explanation)
        return [m.group(1)] if m else []
    return []


def classify(q, key_terms: list[tuple[int, int]] = ()) -> str | None:
    """The class of the figure a question asks (None: it asks no figure); for a verbatim-true statement
    'true' when its sentence holds a key term (a span of ``key_terms``), else 'true-bare'."""
    if q.kind == "truefalse" and q.answer == ("对",):
        a, b = q.source.start, q.source.end
        return "true" if any(a < e and s < b for s, e in key_terms) else "true-bare"
    sentence = q.source.sentence
    figures = load_rules().figures
    for asked in _asked(q, sentence):
        if not FIGURE.search(asked):
            continue
        at = sentence.find(asked)
        if at < 0:
            return "figure?"
        for a, b in _figures(sentence):
            figure = sentence[a:b]
            # the figure is what is asked, not a word it opens (三个代表, 风景线743条 asks the place too)
            if a < at + len(asked) and at < b and (asked in figure or (
                    figure in asked and len(asked) - len(figure) <= 2 and re.search(r"\d", figure))):
                return figures.kind(sentence, a, b)
    return None


def _key_terms(ex) -> list[tuple[int, int]]:
    """The spans of ``ex``'s key terms: its points of ``verbatim.KEY_KINDS``, facts only when a figure
    of theirs is no trivia."""
    rules = load_rules()
    return [(p.start, p.end) for p in ex.points if p.kind in KEY_KINDS and not (
        p.kind == "fact" and rules.figures.all_trivial(p.sentence.text, rules.importance.quantity))]


def _read_bank(path: Path) -> list:
    """The questions of a bank file, as objects with a question's fields (to classify another build's banks)."""
    def obj(q: dict) -> SimpleNamespace:
        return SimpleNamespace(**{**q, "answer": tuple(q["answer"]), "options": tuple(q["options"]),
                                  "source": SimpleNamespace(**q["source"])})
    return [obj(q) for q in json.loads(path.read_text(encoding="utf-8"))["questions"]]


def census(folders: list[Path], banks: Path | None = None) -> list[dict]:
    """Every figure or verbatim-true question of the banks of ``folders``' texts, with its class; the
    banks are generated here, or read from ``banks``/NAME.json (another build's, made with the same
    default settings and seed 0)."""
    rows = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            # named by the file name, as ``kaodian eval`` names it (question ids and seeds follow it)
            ex = extract_paths([str(path)])[0]
            ex = replace(ex, document=replace(ex.document, name=path.name))
            key_terms = _key_terms(ex)
            bank = banks / f"{path.stem}.json" if banks else None
            for q in _read_bank(bank) if bank else generate([ex], seed=0).questions:
                c = classify(q, key_terms)
                if c is not None:
                    rows.append({"file": path.name, "kind": q.kind, "class": c, "stem": q.stem,
                                 "answer": list(q.answer), "asked": _asked(q, q.source.sentence)})
    return rows


def main(argv: list[str]) -> None:
    show = "--list" in argv
    out = argv[argv.index("--out") + 1] if "--out" in argv else None
    banks = argv[argv.index("--banks") + 1] if "--banks" in argv else None
    folders = [Path(a) for a in argv if not a.startswith("--") and a not in (out, banks)] or [
        Path("tests/corpus"), Path("tests/key-points"), Path("tests/study-points")]
    rows = census(folders, Path(banks) if banks else None)
    if out:
        Path(out).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if show:
        for r in rows:
            print(f"{r['class']:14} {r['kind']:9} {r['file'][:18]:18} {'、'.join(r['asked'])[:16]:16} {r['stem'][:70]}")
    table = Counter((r["class"], r["kind"]) for r in rows)
    kinds = sorted({k for _, k in table})
    print(f"{'class':16}" + "".join(f"{k:>10}" for k in kinds) + f"{'all':>8}")
    for c in sorted({c for c, _ in table}):
        print(f"{c:16}" + "".join(f"{table[c, k]:>10}" for k in kinds) + f"{sum(table[c, k] for k in kinds):>8}")


if __name__ == "__main__":
    main(sys.argv[1:])
