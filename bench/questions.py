"""Speed bar of question generation (issue 3, "Bars"), as a ratio measured in one run.

    uv run python bench/questions.py [--runs 7]

Generating the questions of the whole corpus (every .txt and .html of
tests/corpus, one ``generate`` call as ``kaodian generate tests/corpus/*`` makes)
against extracting it.  Each run is a fresh process that first extracts and
generates another text (tests/data/short_party_lecture.txt), so imports, the
segmenter's start-up and the rules count for neither side, then extracts the
corpus once and generates from it once: nothing either side caches by content
(segmentations of sentences, checked candidates) is warm, as in a user's
``kaodian generate``.  Best of ``--runs`` for each side.  Bar: ratio <= 1.5.
Each side is timed in CPU seconds of its process (``time.process_time``): both run in one process
without threads, and on a shared machine wall time counts the other processes' load as well.
Exits 1 when the bar is missed; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

RATIO_BAR = 1.5  # generating costs no more than one and a half extractions of the same text


def child() -> None:
    """One measured run (in its own process): print extraction and generation seconds as JSON."""
    from corpus_setup import corpus_inputs, warm_up

    warm_up()
    from kaodian import pipeline
    from kaodian.questions import generate, load_templates

    inputs = corpus_inputs()
    t = time.process_time()
    extractions = pipeline.extract_paths(inputs)
    x = time.process_time() - t
    t = time.process_time()
    bank = generate(extractions, templates=load_templates())
    g = time.process_time() - t
    print(json.dumps({
        "x": x, "g": g, "inputs": len(inputs), "chars": sum(len(e.document.text) for e in extractions),
        "points": sum(len(e.points) for e in extractions), "questions": len(bank.questions),
    }))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child()
        return 0
    runs = [
        json.loads(subprocess.run([sys.executable, __file__, "--child"], check=True, capture_output=True, text=True).stdout)
        for _ in range(args.runs)
    ]
    best_x = min(r["x"] for r in runs)
    best_g = min(r["g"] for r in runs)
    ratio = best_g / best_x
    r = runs[0]
    print(f"语料：{r['inputs']} 个文件，{r['chars']} 字，{r['points']} 个考点，{r['questions']} 道题")
    print(f"抽取 {best_x * 1000:.0f} ms，出题 {best_g * 1000:.0f} ms（CPU 时间，各取 {args.runs} 个新进程中最快）")
    print(f"出题/抽取 = {ratio:.2f}（上限 {RATIO_BAR}）{'  通过' if ratio <= RATIO_BAR else '  未达标'}")
    return 0 if ratio <= RATIO_BAR else 1


if __name__ == "__main__":
    sys.exit(main())
