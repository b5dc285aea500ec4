"""Speed bar of question generation (issue 3, "Bars"), as a ratio measured in one run.

    uv run python bench/questions.py [--runs 5]

Generating the questions of the whole corpus (every .txt and .html of
tests/corpus, one ``generate`` call as ``kaodian generate tests/corpus/*`` makes)
against extracting it, both in this process after one warm-up run of each (so
the segmenter's start-up and imports count for neither).  Best of ``--runs``,
interleaved so that machine noise hits both sides alike.  Bar: ratio <= 1.5.
Exits 1 when the bar is missed; it is not a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
RATIO_BAR = 1.5  # generating costs no more than one and a half extractions of the same text


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from kaodian import pipeline
    from kaodian.questions import generate, load_templates

    inputs = [str(p) for p in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))]
    extractions = pipeline.extract_paths(inputs)  # warm-up: imports, tokenizer, rules
    bank = generate(extractions)
    best_x = best_g = float("inf")
    for _ in range(args.runs):
        t = time.perf_counter()
        extractions = pipeline.extract_paths(inputs)
        best_x = min(best_x, time.perf_counter() - t)
        t = time.perf_counter()
        bank = generate(extractions, templates=load_templates())
        best_g = min(best_g, time.perf_counter() - t)
    ratio = best_g / best_x
    chars = sum(len(e.document.text) for e in extractions)
    print(f"语料：{len(inputs)} 个文件，{chars} 字，{sum(len(e.points) for e in extractions)} 个考点，{len(bank.questions)} 道题")
    print(f"抽取 {best_x * 1000:.0f} ms，出题 {best_g * 1000:.0f} ms（各取 {args.runs} 次中最快）")
    print(f"出题/抽取 = {ratio:.2f}（上限 {RATIO_BAR}）{'  通过' if ratio <= RATIO_BAR else '  未达标'}")
    return 0 if ratio <= RATIO_BAR else 1


if __name__ == "__main__":
    sys.exit(main())
