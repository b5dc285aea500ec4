"""The corpus articles as PDFs a browser prints from their web page (page width
lines, Kangxi-radical look-alikes, spaces around quotation marks, print margins)
extract as well as their text: the floors hold on them too, and every category
scores exactly as on the text."""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import CORPUS
from kaodian.evaluate import evaluate_dir, format_table
from test_corpus_floors import FLOORS, assert_articles_right, assert_floors

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ONE_PER_LINE = ["gaigekaifang-40-speech", "party-school-opening-speech", "qianwan-gongcheng-report"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (. .ci/setup tests installs it)")


def print_to_pdf(text: str, pdf: Path) -> None:
    page = pdf.with_suffix(".page.html")
    paras = "".join(f"<p>{html.escape(x)}</p>" for x in text.splitlines() if x.strip())
    page.write_text(f"<html><head><meta charset='utf-8'><title>学习材料</title></head><body>{paras}</body></html>",
                    encoding="utf-8")
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={pdf.parent / 'profile'}",
         f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    page.unlink()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    d = tmp_path_factory.mktemp("pdf")
    for name in ONE_PER_LINE:
        print_to_pdf((CORPUS / f"{name}.txt").read_text(encoding="utf-8"), d / f"{name}.pdf")
        shutil.copy(CORPUS / f"{name}.gold.yaml", d)
    shutil.rmtree(d / "profile", ignore_errors=True)
    result = evaluate_dir(d)
    print(format_table(result))
    return result


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_printed_pdf_meets_the_floors(report, category):
    assert_floors(report, category)


def test_printed_pdf_finds_every_article(report):
    assert_articles_right(report)


@pytest.fixture(scope="module")
def clean():
    return evaluate_dir(CORPUS)


def _counts(report, name):
    (f,) = [f for f in report.files if f.name == name]
    return {k: (c.hits, c.extracted, c.gold) for k, c in f.categories.items()}


@pytest.mark.parametrize("name", ONE_PER_LINE)
def test_printed_pdf_scores_as_its_text(report, clean, name):
    assert _counts(report, f"{name}.pdf") == _counts(clean, f"{name}.txt")
