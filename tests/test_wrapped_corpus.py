"""The corpus articles typeset as PDF text (hard wraps, blank lines inside sentences)
must extract as well as their clean text: the floors hold on them too, and every
category scores exactly as on the clean text."""

from __future__ import annotations

import shutil

import pytest

from kaodian.evaluate import evaluate_dir, format_table
from conftest import CORPUS
from test_corpus_floors import FLOORS, assert_articles_right, assert_floors
from wrapping import typeset_page

ONE_PER_LINE = ["gaigekaifang-40-speech", "party-school-opening-speech", "qianwan-gongcheng-report"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    d = tmp_path_factory.mktemp("wrapped")
    for name in ONE_PER_LINE:
        (d / f"{name}.txt").write_text(typeset_page((CORPUS / f"{name}.txt").read_text(encoding="utf-8")), encoding="utf-8")
        shutil.copy(CORPUS / f"{name}.gold.yaml", d)
    result = evaluate_dir(d)
    print(format_table(result))
    return result


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_wrapped_text_meets_the_floors(report, category):
    assert_floors(report, category)


def test_wrapped_text_finds_every_article(report):
    assert_articles_right(report)


def _counts(report, name):
    (f,) = [f for f in report.files if f.name == name]
    return {k: (c.hits, c.extracted, c.gold) for k, c in f.categories.items()}


@pytest.fixture(scope="module")
def clean():
    return evaluate_dir(CORPUS)


@pytest.mark.parametrize("name", ONE_PER_LINE)
def test_wrapped_text_scores_as_its_clean_text(report, clean, name):
    assert _counts(report, f"{name}.txt") == _counts(clean, f"{name}.txt")
