"""The one list of what can be asked: a generator per (point kind, question kind).

Each generator takes a ``drafting.Ctx`` and returns a ``Draft`` or the reason it
cannot ask (``reasons``).  A template for a pair not here is refused when the
templates are loaded (E405), never silently left unused.
"""

from __future__ import annotations

from typing import Callable

from ..model import QUESTION_KINDS
from .ask_choice import multiple_series, single_document, single_fact, single_formulation, single_series
from .list_choice import multiple_enumeration, single_enumeration
from .ask_cloze import cloze_enumeration, cloze_fact, cloze_named, cloze_series, cloze_statement
from .ask_list import ordering, ordering_series, recall
from .definition import single_statement
from .ask_truefalse import (
    truefalse_fact, truefalse_formulation, truefalse_quote, truefalse_series, truefalse_statement,
)
from .drafting import Ctx, Draft

GENERATORS: dict[tuple[str, str], Callable[[Ctx], Draft | str]] = {
    ("enumeration", "cloze"): cloze_enumeration,
    ("enumeration", "single"): single_enumeration,
    ("enumeration", "multiple"): multiple_enumeration,
    ("enumeration", "ordering"): ordering,
    ("enumeration", "recall"): recall,
    ("list", "multiple"): multiple_enumeration,
    ("list", "ordering"): ordering,
    ("list", "recall"): recall,
    ("term_series", "cloze"): cloze_series,
    ("term_series", "single"): single_series,
    ("term_series", "multiple"): multiple_series,
    ("term_series", "truefalse"): truefalse_series,
    ("term_series", "ordering"): ordering_series,
    ("formulation", "cloze"): cloze_named,
    ("formulation", "single"): single_formulation,
    ("formulation", "truefalse"): truefalse_formulation,
    ("document", "cloze"): cloze_named,
    ("document", "single"): single_document,
    ("fact", "cloze"): cloze_fact,
    ("fact", "single"): single_fact,
    ("fact", "truefalse"): truefalse_fact,
    ("quote", "truefalse"): truefalse_quote,
    ("statement", "cloze"): cloze_statement,
    ("statement", "truefalse"): truefalse_statement,
    ("statement", "single"): single_statement,
}


def supported_kinds(point_kind: str) -> tuple[str, ...]:
    """The question kinds GENERATORS can ask about a point kind, in QUESTION_KINDS order (empty for an unknown one)."""
    return tuple(k for k in QUESTION_KINDS if (point_kind, k) in GENERATORS)
