"""Test papers and import files, rendered in memory and written together: the public entry.

``render_papers`` builds the papers (``paper_build``) and hands each to the
writer of its format (``paper_typst``, ``paper_docx``, ``paper_html``;
``platform`` writes the import files); ``RenderedPapers.write`` puts them in a folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..model import Bank
from .paper_build import build_papers
from .paper_model import Paper, PaperOutput
from .paper_options import IMPORT_FORMATS, PAPER_FORMATS, parse_formats

# Typesets a paper (or its key, when the flag is set) as PDF: ``pdf_worker.PdfWorker.render``.
Typeset = Callable[[Paper, bool], bytes]


def _render(paper: Paper, fmt: str, key: bool, font: Path | None, typeset: Typeset | None) -> bytes:
    if fmt == "pdf":
        if typeset is not None:
            return typeset(paper, key)
        from .paper_typst import render_pdf

        return render_pdf(paper, key=key, font=font)
    if fmt == "docx":
        from .paper_docx import render_docx

        return render_docx(paper, key=key)
    from .paper_html import render_html

    return render_html(paper, key=key)


@dataclass(frozen=True)
class RenderedPapers:
    """Papers, keys and import files rendered in memory, not yet written: ``write`` puts them in a folder."""

    outputs: tuple[tuple[str, bytes], ...]  # file name -> bytes
    notes: tuple[str, ...]

    def write(self, outdir: str | Path, *, owned: bool = False) -> PaperOutput:
        """Write every file into ``outdir`` (created when only its last level is missing), each
        through temp file + rename.  ``owned``: the folder is kaodian's (build's paper folder), and what an
        earlier run wrote there and this one does not is removed (``fileio.write_owned``).
        Raises E504 / E301 (see ``fileio.ensure_dir``)."""
        from ..fileio import ensure_dir, write_atomic, write_owned

        if owned:
            paths, removed = write_owned(outdir, self.outputs)
            return PaperOutput(paths=paths, notes=self.notes, removed=removed)
        out = ensure_dir(outdir)
        return PaperOutput(paths=tuple(write_atomic(out / name, data) for name, data in self.outputs),
                           notes=self.notes)


def render_papers(
    bank: Bank,
    *,
    formats: Sequence[str] | str = PAPER_FORMATS,
    font: str | Path | None = None,
    typeset: Typeset | None = None,
    **options,
) -> RenderedPapers:
    """Papers and keys (``paper-A.pdf``, ``paper-A-key.pdf`` …) and import files (``bank.xlsx`` …), in memory.

    Everything is rendered before anything is written, so a failure (no CJK
    font, bad option) writes nothing; ``RenderedPapers.write`` then writes file
    by file, never a half-written one.  ``options`` are those of ``paper_build.build_papers``
    (versions, seed, title, kinds, count, score, distinct); ``typeset``, when given, typesets the
    PDFs (a ``pdf_worker.PdfWorker`` started with the same ``font``).  Raises KaodianError: E601/E602
    fonts, E603–E609 options.
    """
    formats = parse_formats(formats)
    papers = build_papers(bank, **options)
    font_path = Path(font) if font else None
    if "pdf" in formats and typeset is None:
        from .paper_typst import check_font

        check_font(font_path)
    base = None
    if any(f in IMPORT_FORMATS for f in formats):
        # an import file carries the whole bank unless --count says otherwise: a platform
        # draws its own papers from it, so questions on one sentence all stay in
        count = options.get("count")
        base = build_papers(bank, **{**options, "versions": ("A",), "count": "all" if count is None else count,
                                     "shuffle": False, "distinct": False})[0]
    outputs: list[tuple[str, bytes]] = []
    for fmt in formats:
        if fmt in PAPER_FORMATS:
            for paper in papers:
                outputs.append((f"paper-{paper.version}.{fmt}", _render(paper, fmt, False, font_path, typeset)))
                outputs.append((f"paper-{paper.version}-key.{fmt}", _render(paper, fmt, True, font_path, typeset)))
        else:
            from .exam_import import render_import

            outputs.append((f"bank.{fmt}", render_import(base, fmt)))
    # the notes say how the paper came out short: with import files only, no paper was made
    notes = papers[0].notes if any(f in PAPER_FORMATS for f in formats) else ()
    return RenderedPapers(outputs=tuple(outputs), notes=notes)
