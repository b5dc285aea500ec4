"""Benchmark: typesetting a paper for a whole report vs extracting that report.

The report: the corpus texts joined (tests/corpus/*.txt, about 38,000 characters:
no corpus file alone reaches 30,000).  Both sides are timed the way a user's
command pays them, each in a fresh process (imports, rule compilation, segmenter
and font loading included, interpreter start excluded), alternating, median of
RUNS:

- extraction: ``pipeline.extract_text(report)``;
- paper: ``render_pdf`` of version A of the paper holding every question
  generated from the report (the bank is generated beforehand, untimed):
  about 1,500 questions, 150 pages.  For scale, also a paper of at most 20
  questions per kind (``--count 20``), the size a teacher hands out.

Printed: both medians, the ratio paper / extraction (bar: < 1.0), and for
information the warm times and the full default export (A/B × pdf, docx,
html, with keys).

    uv run python bench/paper.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

EXTRACT = """
import time, json, sys
t = time.perf_counter()
from kaodian import pipeline
pipeline.extract_text(open(sys.argv[1], encoding="utf-8").read(), "report.txt")
cold = time.perf_counter() - t
t = time.perf_counter()
pipeline.extract_text(open(sys.argv[1], encoding="utf-8").read(), "report.txt")
print(json.dumps([cold, time.perf_counter() - t]))
"""

PAPER = """
import time, json, sys
from kaodian.bank import load_bank
from kaodian.model import Bank
bank = Bank(load_bank(sys.argv[1]))
t = time.perf_counter()
from kaodian.export.paper_build import build_papers
from kaodian.export.paper_typst import render_pdf
paper = build_papers(bank, versions="A")[0]
pdf = render_pdf(paper)
cold = time.perf_counter() - t
t = time.perf_counter()
render_pdf(build_papers(bank, versions="A", seed=1)[0])
warm = time.perf_counter() - t
t = time.perf_counter()
render_pdf(build_papers(bank, versions="A", seed=2, count=20)[0])
sized = time.perf_counter() - t
t = time.perf_counter()
from kaodian.export.paper import render_papers
import tempfile
with tempfile.TemporaryDirectory() as d:
    render_papers(bank).write(d)
print(json.dumps([cold, warm, time.perf_counter() - t, len(paper.questions), len(pdf), sized]))
"""


def run(code: str, arg: str) -> list:
    out = subprocess.run([sys.executable, "-c", code, arg], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    report = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "report.txt"
        text.write_text(report, encoding="utf-8")
        bank = Path(tmp) / "bank.json"
        subprocess.run([sys.executable, "-m", "kaodian", "generate", str(text), "-o", str(bank)],
                       capture_output=True, check=True, cwd=ROOT)
        extract, paper = [], []
        for _ in range(RUNS):
            extract.append(run(EXTRACT, str(text)))
            paper.append(run(PAPER, str(bank)))
    e_cold = statistics.median(x[0] for x in extract)
    e_warm = statistics.median(x[1] for x in extract)
    p_cold = statistics.median(x[0] for x in paper)
    p_warm = statistics.median(x[1] for x in paper)
    full = statistics.median(x[2] for x in paper)
    questions, size = paper[0][3], paper[0][4]
    sized = statistics.median(x[5] for x in paper)
    print(f"report: {len(report)} characters, {questions} questions, paper A: {size // 1024} KB PDF")
    print(f"extraction (fresh process): {e_cold:.3f} s   (warm, same process: {e_warm:.3f} s)")
    print(f"paper A PDF (fresh process): {p_cold:.3f} s   (warm, same process: {p_warm:.3f} s)")
    print(f"full default export (A/B x pdf, docx, html, with keys; warm): {full:.3f} s")
    print(f"ratio paper / extraction: {p_cold / e_cold:.2f}  (bar: < 1.0)")
    print(f"ratio warm / warm (for information): {p_warm / e_warm:.2f}")
    print(f"a paper of at most 20 questions per kind (warm): {sized:.3f} s, ratio to extraction {sized / e_cold:.2f}")


if __name__ == "__main__":
    main()
