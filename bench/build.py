"""Speed bar of ``kaodian build`` (issue 4, "Bars"), as a ratio measured in one run.

    uv run python bench/build.py [--runs 5] [--no-paper]

``kaodian build`` on the bundled sample from a cold start (a fresh
interpreter, output into a fresh folder) against
``python -c "import jieba; jieba.lcut(<the same text>)"``, also in a fresh
interpreter.  Best of ``--runs`` runs each, interleaved so that machine noise
hits both sides alike.  Bar: ratio <= 1.0.  Also prints where the build's time
goes (extraction, generation, deck, paper) from one in-process run, and checks
that ``kaodian --help`` imports neither genanki nor anki.

Exits 1 when a bar is missed; it is not a test (no absolute time is asserted
in the test suite).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "kaodian" / "data" / "sample.txt"
RATIO_BAR = 1.0  # build costs no more than jieba's start-up and one cut of the same text

JIEBA = "import jieba, sys; jieba.setLogLevel(60); jieba.lcut(open(sys.argv[1], encoding='utf-8').read())"


# Both sides start as on a user's machine, where modules load from their cached bytecode: with
# PYTHONDONTWRITEBYTECODE set (some CI images set it) every start would compile every module again,
# a cost of the machine's set-up that weighs on the side importing more modules (typer, yaml …).
# The first of the interleaved runs writes the caches; the best run is reported.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=ENV)
    return time.perf_counter() - t


def stages(paper: bool) -> list[tuple[str, float]]:
    """Where one in-process build spends its time."""
    sys.path.insert(0, str(ROOT / "src"))
    out = []
    t = time.perf_counter()
    from kaodian import pipeline
    from kaodian.ingest import read_inputs

    sources = read_inputs([])
    extractions = [pipeline.extract_source(s) for s in sources]
    out.append(("读入与抽取（含分词器启动）", time.perf_counter() - t))
    t = time.perf_counter()
    from kaodian.questions import generate

    bank = generate(extractions)
    out.append((f"出题（{len(bank.questions)} 道）", time.perf_counter() - t))
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        from kaodian.export.anki import write_deck

        write_deck(bank, Path(d) / "sample.apkg", timestamp=0)
        out.append(("写卡组（含 import genanki）", time.perf_counter() - t))
        if paper:
            t = time.perf_counter()
            from kaodian.export.paper import render_papers

            render_papers(bank).write(d)
            out.append(("写试卷", time.perf_counter() - t))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-paper", action="store_true", help="build without the paper (deck only)")
    args = ap.parse_args()

    builds, jiebas = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as out:
            cmd = [sys.executable, "-c", "from kaodian.cli import main; main()", "build", "-o", out]
            if args.no_paper:
                cmd = [sys.executable, "-c", _NO_PAPER, out]
            builds.append(timed(cmd))
        jiebas.append(timed([sys.executable, "-c", JIEBA, str(SAMPLE)]))
    b, j = min(builds), min(jiebas)
    ratio = b / j
    print(f"kaodian build（自带示例，冷启动）  {b * 1000:7.0f} ms（{args.runs} 次取最快）")
    print(f"import jieba + jieba.lcut(同一文本)  {j * 1000:7.0f} ms")
    print(f"比值 {ratio:.2f}（上限 {RATIO_BAR}）{'  通过' if ratio <= RATIO_BAR else '  未达标'}")

    for label, secs in stages(not args.no_paper):
        print(f"  {label:<24} {secs * 1000:7.0f} ms")

    code = "import sys; from kaodian.cli import app; print(int('genanki' in sys.modules or 'anki' in sys.modules))"
    heavy = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    print(f"--help 路径导入 genanki/anki：{'是（未达标）' if heavy == '1' else '否'}")
    return 0 if ratio <= RATIO_BAR and heavy == "0" else 1


_NO_PAPER = "import sys; from kaodian.build import build; build([], sys.argv[1], paper_formats=())"

if __name__ == "__main__":
    raise SystemExit(main())
