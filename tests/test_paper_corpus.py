"""Every corpus file prints as a two-version paper in all three formats, with keys, no question split."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from conftest import CORPUS_TEXTS
from paper_check import needs_poppler, pdf_fonts, pdf_pages, pdf_text, squash

from kaodian import pipeline
from kaodian.export.paper_build import build_papers
from paper_check import write_papers

# Questions per kind on the corpus papers: enough for several pages and every layout
# (long and short options, 判断, 排序, 简答), small enough to keep the suite fast.
COUNT = 12


@needs_poppler
@pytest.mark.parametrize("text", CORPUS_TEXTS, ids=lambda p: p.stem)
def test_corpus_file_prints_as_two_version_paper(text: Path, tmp_path):
    bank = pipeline.make_bank([str(text)]).bank
    assert bank.questions, "the generator found nothing to ask"
    paths = write_papers(bank, tmp_path, formats=("pdf", "docx", "html"), versions=("A", "B"), count=COUNT)
    assert sorted(p.name for p in paths) == sorted(
        f"paper-{v}{k}.{f}" for v in "AB" for k in ("", "-key") for f in ("pdf", "docx", "html"))
    papers = build_papers(bank, versions=("A", "B"), count=COUNT)
    for paper in papers:
        pdf = tmp_path / f"paper-{paper.version}.pdf"
        assert any("CJK" in name and emb for name, emb in pdf_fonts(pdf))
        pages = [squash(pdf_text(pdf, p)) for p in range(1, pdf_pages(pdf) + 1)]
        # the text without the page footers, for a stem that runs over pages (only one taller than a page may)
        body = "".join(re.sub(r"第\d+页共\d+页[A-Z]卷·种子\d+$", "", t) for t in pages)
        for q in paper.questions:
            # the stem's first words and every option stand on one page
            head = squash(f"{q.number}．{q.stem[0].text if not q.stem[0].blank else ''}")[:14]
            on = [i for i, t in enumerate(pages) if head in t]
            assert on, (q.number, head)
            assert all(squash(o) in pages[on[-1]] for o in q.options), (q.number, q.options)
            for r in q.stem:
                if not r.blank:
                    assert squash(r.text) in body, (q.number, r.text)
        key = squash(pdf_text(tmp_path / f"paper-{paper.version}-key.pdf"))
        for q in paper.questions:
            assert squash(f"{q.number}．【答案】{q.answer_text}") in key
        d = docx.Document(io.BytesIO((tmp_path / f"paper-{paper.version}.docx").read_bytes()))
        assert sum(1 for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None) == \
            len(paper.sections) + len(paper.questions)
        html = (tmp_path / f"paper-{paper.version}.html").read_text(encoding="utf-8")
        assert html.count('class="q"') == len(paper.questions)
