"""Bench: the offline quiz page for a whole 30,000-character report.

Bars (issue 6): the page weighs under 1 MB and shows its first question within
1 s in headless Chromium.  Prints the page size, the time until the first
question card is in the page, and that time as a ratio of a reference measured
in the same run: loading a one-line HTML page in the same browser.

    uv run python bench/webquiz.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from kaodian.pipeline import make_bank
from kaodian.selftest.webpage import render_page

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
RUNS = 7


def report_text() -> str:
    """The corpus texts joined, cut at a paragraph end after 30,000 characters."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt")))
    return text[: text.index("\n", 30_000)]


def main() -> int:
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp())
    src = tmp / "report.txt"
    src.write_text(report_text(), encoding="utf-8")
    t = time.perf_counter()
    bank = make_bank([str(src)]).bank
    t_gen = time.perf_counter() - t
    t = time.perf_counter()
    page_html = render_page(bank.questions)
    t_render = time.perf_counter() - t
    quiz = tmp / "quiz.html"
    quiz.write_text(page_html, encoding="utf-8")
    ref = tmp / "ref.html"
    ref.write_text('<!DOCTYPE html><meta charset="utf-8"><p id="x">参考页</p>', encoding="utf-8")
    size = len(page_html.encode("utf-8"))

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)

        def load(path: Path, selector: str) -> float:
            ctx = browser.new_context()
            page = ctx.new_page()
            t0 = time.perf_counter()
            page.goto(path.as_uri(), wait_until="commit")
            page.wait_for_selector(selector)
            dt = time.perf_counter() - t0
            ctx.close()
            return dt

        load(ref, "#x")  # warm the browser
        refs = [load(ref, "#x") for _ in range(RUNS)]
        firsts = [load(quiz, "section.card") for _ in range(RUNS)]
        browser.close()

    r, f = statistics.median(refs), statistics.median(firsts)
    print(f"report: {len(src.read_text(encoding='utf-8'))} characters, {len(bank.questions)} questions "
          f"(generated in {t_gen:.2f} s, page rendered in {t_render * 1000:.0f} ms)")
    print(f"page size: {size / 1e6:.3f} MB (bar: < 1 MB) {'OK' if size < 1_000_000 else 'OVER'}")
    print(f"first question shown: {f * 1000:.0f} ms median of {RUNS} (bar: < 1000 ms) {'OK' if f < 1 else 'OVER'}")
    print(f"reference (one-line page): {r * 1000:.0f} ms; ratio quiz/reference: {f / r:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
