"""Evaluate an annotated folder: every text beside a gold, points or blanks file.

For a text ``X`` the folder may hold any of ``X.gold.yaml`` (what extraction
must find), ``X.points.json`` (the key points a teacher would test) and
``X.blanks.json`` (what human question writers blanked), and one or more
inputs ``X.txt``, ``X.html``, ``X.docx``, ``X.doc``, ``X.pdf`` ….  Every input is
extracted once; it is scored against the gold file when there is one, and,
when there is a points or blanks file, the bank ``kaodian generate`` makes from
it (default templates and settings, the given seed) is scored too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence

from ..errors import KaodianError
from .annotations import HumanBlank, KeyPoint, load_blanks, load_gold, load_points
from .coverage import QuestionScore, score_questions
from .extraction import CATEGORIES, ArticleChecks, Counts, FileScore, score

# Every kind of input an annotated text may come in: all are scored against the same annotations.
INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".xhtml", ".xht", ".epub", ".docx", ".doc", ".wps", ".pdf")

# The annotation files of a text X, by what they annotate.
ANNOTATION_SUFFIXES = {"gold": ".gold.yaml", "points": ".points.json", "blanks": ".blanks.json"}


@dataclass(frozen=True)
class Annotated:
    """One input of an annotated folder and the annotation files of its text (None: absent)."""

    input: Path
    gold: Path | None = None
    points: Path | None = None
    blanks: Path | None = None


@dataclass
class Report:
    """The scores of every input of an annotated folder, and their totals.

    ``files``/``totals``/``articles`` score extraction against gold files;
    ``questions``/``question_totals`` score banks against points and blanks
    files (empty and None when the folder has none).
    """

    files: list[FileScore]
    totals: dict[str, Counts]
    articles: ArticleChecks
    questions: list[QuestionScore] = field(default_factory=list)
    question_totals: QuestionScore | None = None


def annotated_inputs(corpus: Path) -> list[Annotated]:
    """Every input of an annotated folder with its annotation files, texts in name order.

    Raises ``KaodianError`` E303 when the folder is missing, holds no
    annotation file, or an annotation file has no text beside it.
    """
    if not corpus.exists():
        raise KaodianError("E303", path=str(corpus), reason="文件夹不存在，请检查路径")
    if not corpus.is_dir():
        raise KaodianError("E303", path=str(corpus), reason="不是文件夹")
    found: dict[str, dict[str, Path]] = {}
    for what, suffix in ANNOTATION_SUFFIXES.items():
        for path in corpus.glob(f"*{suffix}"):
            found.setdefault(path.name[: -len(suffix)], {})[what] = path
    if not found:
        globs = "、".join(f"*{s}" for s in ANNOTATION_SUFFIXES.values())
        raise KaodianError("E303", path=str(corpus), reason=f"没有标注文件（{globs}）")
    annotated = []
    for stem in sorted(found):
        inputs = [p for p in (corpus / f"{stem}{s}" for s in INPUT_SUFFIXES) if p.is_file()]
        if not inputs:
            first = next(iter(found[stem].values()))
            raise KaodianError("E303", path=str(first), reason=f"旁边没有 {stem}.txt 或 {stem}.html")
        annotated += [Annotated(p, **found[stem]) for p in inputs]
    return annotated


class _Annotations:
    """Every annotation file of a folder, read once and before anything is extracted."""

    def __init__(self, annotated: list[Annotated], questions: bool) -> None:
        self.gold = {a.gold: load_gold(a.gold) for a in annotated if a.gold}
        self.points: dict[Path, tuple[KeyPoint, ...]] = {}
        self.blanks: dict[Path, tuple[HumanBlank, ...]] = {}
        if questions:
            self.points = {a.points: load_points(a.points) for a in annotated if a.points}
            self.blanks = {a.blanks: load_blanks(a.blanks) for a in annotated if a.blanks}


def evaluate_dir(corpus: Path, rules: Sequence[Path] = (), *, questions: bool = True, seed: int = 0) -> Report:
    """Extract every annotated input of ``corpus`` and score it against its annotations.

    Gold files score the extraction; with ``questions`` (the default), points
    and blanks files score the bank generated from it with ``seed``.  An
    input whose extraction or generation fails with a ``KaodianError`` is
    scored as empty and carries the message in ``error``.  Raises
    ``KaodianError`` for a folder without annotation files (E303), a
    malformed gold file (E201) or a malformed points or blanks file (E307).
    """
    from .. import pipeline

    annotated = annotated_inputs(Path(corpus))
    notes = _Annotations(annotated, questions)
    files: list[FileScore] = []
    banks: list[QuestionScore] = []
    for a in annotated:
        extraction, error = None, None
        try:
            (extraction,) = pipeline.extract_paths([str(a.input)], rules)
        except KaodianError as e:
            error = str(e)
        if a.gold:
            files.append(_score_extraction(a, extraction, error, notes.gold[a.gold]))
        if questions and (a.points or a.blanks):
            banks.append(_score_bank(a, extraction, error, notes, seed))
    return _report(files, banks)


def _score_extraction(a: Annotated, extraction: object, error: str | None, gold: dict) -> FileScore:
    from ..render import extraction_to_dict

    extracted = extraction_to_dict(extraction) if error is None else {}
    result = score(extracted, gold)
    return FileScore(a.input.name, a.gold.name, result["categories"], result["articles"], error)


def _score_bank(a: Annotated, extraction: object, error: str | None, notes: _Annotations, seed: int) -> QuestionScore:
    """The bank ``kaodian generate`` makes from one extraction, scored; an empty bank when it fails."""
    from ..questions import generate

    bank, text_chars = (), 0
    if error is None:
        # the document is named by its file name, not the path it was reached by: question ids (and
        # so which false statements the seed turns back true) derive from the name, and a score must
        # not change with the folder a clone lives in
        named = replace(extraction, document=replace(extraction.document, name=a.input.name))
        try:
            bank = generate([named], seed=seed).questions
            text_chars = len(extraction.document.text)
        except KaodianError as e:
            error = str(e)
    points = notes.points[a.points] if a.points else None
    blanks = notes.blanks[a.blanks] if a.blanks else None
    shown = "、".join(p.name for p in (a.points, a.blanks) if p)
    result = score_questions(a.input.name, bank, text_chars, points, blanks, shown)
    result.error = error
    return result


def _report(files: list[FileScore], banks: list[QuestionScore]) -> Report:
    totals: dict[str, Counts] = {}
    articles = ArticleChecks()
    for f in files:
        for name, counts in f.categories.items():
            totals.setdefault(name, Counts()).add(counts)
        if f.articles is not None:
            articles.add(f.articles)
    ordered = {k: totals[k] for k in CATEGORIES if k in totals}
    question_totals = None
    if banks:
        question_totals = QuestionScore(f"总计（{len(banks)} 个文件）", "")
        for b in banks:
            question_totals.add(b)
    return Report(files, ordered, articles, banks, question_totals)
