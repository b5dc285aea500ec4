"""Evaluation: score extraction against gold files, and question banks against what people ask.

* ``extraction`` — ``score(extracted, gold)``, the rules of tests/corpus/README.md;
* ``coverage`` — key-point coverage and human-blank recall of a bank, the rules
  of tests/study-points/README.md;
* ``annotations`` — reading X.gold.yaml, X.points.json, X.blanks.json;
* ``folder`` — ``evaluate_dir``: every annotated input of a folder;
* ``table`` — ``format_table``: the report as text.
"""

from .annotations import HumanBlank, KeyPoint, load_blanks, load_gold, load_points
from .coverage import (
    TOP_N,
    BlankRecall,
    Budget,
    Coverage,
    QuestionScore,
    score_questions,
)
from .extraction import (
    ARTICLE_CHECKS,
    CATEGORIES,
    ArticleChecks,
    Counts,
    FileScore,
    norm,
    score,
)
from .folder import INPUT_SUFFIXES, Annotated, Report, annotated_inputs, evaluate_dir
from .table import format_table

__all__ = [
    "ARTICLE_CHECKS",
    "CATEGORIES",
    "INPUT_SUFFIXES",
    "TOP_N",
    "Annotated",
    "ArticleChecks",
    "BlankRecall",
    "Budget",
    "Counts",
    "Coverage",
    "FileScore",
    "HumanBlank",
    "KeyPoint",
    "QuestionScore",
    "Report",
    "annotated_inputs",
    "evaluate_dir",
    "format_table",
    "load_blanks",
    "load_gold",
    "load_points",
    "norm",
    "score",
    "score_questions",
]
