"""Whether a change to generation kept its output: the corpus's banks, byte for byte (speed rounds, issues 11 and 12).

    uv run python bench/same_bank.py --save DIR      # before the change: write the banks of this checkout to DIR
    uv run python bench/same_bank.py --against DIR   # after it: generate again and compare with DIR (exit 1 on a difference)
    uv run python bench/same_bank.py --against DIR --questions   # only the questions: the diagnostics may differ

The corpus (``corpus_setup.corpus_inputs``: every .txt and .html of tests/corpus, as bench/questions.py generates it)
is extracted once and generated with a few settings that take different paths through drafting and selection: the
defaults with another seed, no per-sentence cap, one question per point with a limit, and two kinds only.  Each bank is
written as ``kaodian generate`` writes it (``bank.dump_bank``, diagnostics included).  Not a test: it measures
nothing and asserts nothing about what the banks hold, only that two checkouts make the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# name -> generate() keyword arguments: each setting a path of drafting or selection the others skip
SETTINGS: dict[str, dict] = {
    "seed7": {"seed": 7},
    "no-cap": {"seed": 3, "per_sentence": 0},
    "per-point-1-limit-300": {"per_point": 1, "limit": 300},
    "single-truefalse": {"kinds": ["single", "truefalse"]},
}


def banks() -> dict[str, str]:
    """The JSON text of the corpus's bank under each of SETTINGS."""
    import os

    from corpus_setup import ROOT, corpus_inputs, warm_up

    warm_up()
    from kaodian import pipeline
    from kaodian.bank import dump_bank
    from kaodian.questions import generate, load_templates

    # (named relative to the checkout: a question cites its file by the name it was given, so two checkouts compare)
    os.chdir(ROOT)
    extractions = pipeline.extract_paths([os.path.relpath(p, ROOT) for p in corpus_inputs()])
    templates = load_templates()
    out = {}
    for name, kwargs in SETTINGS.items():
        bank = generate(extractions, templates=templates, **kwargs)
        out[name] = dump_bank(bank.questions, bank.diagnostics)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="folder to write the banks to")
    group.add_argument("--against", type=Path, help="folder of banks saved before, to compare with")
    ap.add_argument("--questions", action="store_true",
                    help="compare only the banks' questions (a change that lists fewer or other reasons for what was not asked)")
    args = ap.parse_args()
    made = banks()
    if args.save is not None:
        args.save.mkdir(parents=True, exist_ok=True)
        for name, data in made.items():
            (args.save / f"{name}.json").write_text(data, encoding="utf-8")
        print(f"{len(made)} 份题库写入 {args.save}")
        return 0
    differ = []
    for name, data in made.items():
        saved = args.against / f"{name}.json"
        same = saved.exists() and _part(saved.read_text(encoding="utf-8"), args.questions) == _part(data, args.questions)
        print(f"{name}: {'相同' if same else '不同'}（{data.count(chr(10))} 行{'，只比较题目' if args.questions else ''}）")
        if args.questions and saved.exists():
            print(f"  诊断信息：{_diagnostics(saved.read_text(encoding='utf-8'))} -> {_diagnostics(data)} 条")
        if not same:
            differ.append(name)
    return 1 if differ else 0


def _part(bank: str, questions: bool) -> object:
    """The bank's JSON text, or (``questions``) its questions array alone."""
    import json

    return json.loads(bank)["questions"] if questions else bank


def _diagnostics(bank: str) -> int:
    """How many diagnostics the bank's generation made: those written, and those the last line says were left out."""
    import json
    import re

    got = json.loads(bank).get("diagnostics", [])
    m = re.search(r"另有 (\d+) 条", got[-1]) if got else None
    return len(got) - 1 + int(m.group(1)) if m else len(got)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
