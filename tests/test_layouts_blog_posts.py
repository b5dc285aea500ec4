"""A text whose Markdown or text file holds a page's raw HTML under a front matter (a blog generator's
mirror of a news site: heldout26) reads as that page: every corpus text re-typeset so scores as the text.

Through ``read_path``, as a user's file is read: the HTML is found by what the file holds, not its suffix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import layouts as L
from conftest import CORPUS, READ_TEXTS
from kaodian.evaluate import evaluate_dir
from kaodian.ingest import read_path
from kaodian.normalize import normalize

NAMES = [p.stem for p in READ_TEXTS]


def _write(d: Path, name: str, layout) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((CORPUS / f"{name}.gold.yaml").read_text(encoding="utf-8"))
    text, gold = layout(text, gold)
    (d / f"{name}.txt").write_text(text, encoding="utf-8")
    (d / f"{name}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _scores(d: Path) -> dict:
    report = evaluate_dir(d, questions=False)
    for f in report.files:
        assert f.error is None, f.error
    return {f.name: ({k: (c.hits, c.extracted, c.gold) for k, c in f.categories.items()},
                     [getattr(f.articles, k) for k in ("found", "title", "author", "affiliation", "ending")])
            for f in report.files}


@pytest.mark.parametrize("name", NAMES)
def test_every_corpus_text_as_a_mirrored_blog_post_scores_as_its_text(tmp_path, name):
    (tmp_path / "post").mkdir()
    (tmp_path / "text").mkdir()
    _write(tmp_path / "post", name, L.blog_post)
    _write(tmp_path / "text", name, lambda text, gold: (text, gold))
    assert _scores(tmp_path / "post") == _scores(tmp_path / "text")
    doc = normalize(read_path(tmp_path / "post" / f"{name}.txt"))
    bodies = "\n".join(doc.text[a.start : a.end] for a in doc.articles)
    for added in ("APP", "责任编辑", "appendQr", "&#123;", "keyword", L.FEED):
        assert added not in bodies or added in (CORPUS / f"{name}.txt").read_text(encoding="utf-8"), added
