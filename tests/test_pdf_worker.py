"""The PDF typesetting worker (export/pdf_worker.py): same bytes as in-process, errors carried back,
in-process typesetting when the worker is gone."""

from __future__ import annotations

import pytest

from kaodian.errors import KaodianError
from kaodian.export.paper_build import build_papers
from kaodian.export.paper_typst import render_pdf
from kaodian.export.pdf_worker import PdfWorker
from kaodian.pipeline import make_bank


@pytest.fixture(scope="module")
def paper():
    return build_papers(make_bank([]).bank, versions=("A",))[0]


def test_the_worker_typesets_the_same_bytes_as_in_process(paper):
    with PdfWorker() as worker:
        got = (worker.render(paper), worker.render(paper, key=True))
    assert got == (render_pdf(paper), render_pdf(paper, key=True))
    assert got[0].startswith(b"%PDF") and got[0] != got[1]


def test_a_font_error_in_the_worker_comes_back_as_the_same_coded_error(paper, tmp_path):
    bad = tmp_path / "no-such-font.ttf"
    with pytest.raises(KaodianError) as direct:
        render_pdf(paper, font=bad)
    with PdfWorker(font=bad) as worker, pytest.raises(KaodianError) as carried:
        worker.render(paper)
    assert (carried.value.code, str(carried.value)) == (direct.value.code, str(direct.value)) == ("E602", str(direct.value))


def test_when_the_worker_dies_the_paper_is_typeset_in_process(paper):
    worker = PdfWorker()
    worker._proc.kill()
    worker._proc.wait()
    assert worker.render(paper) == render_pdf(paper)
    worker.close()
