"""Question generation: templates (load + validate), generators, distractors, lint.

``generate(extractions, templates=, kinds=, seed=, per_point=) -> Bank`` turns
the points of extractions into a linted question bank; ``lint(bank)`` lists
what is wrong with a bank's questions; ``load_templates(dir)`` validates a
templates folder.
"""

from ..kinds import parse_kinds
from .generate import generate
from .identity import question_id
from .lint import lint, lint_question
from .templates import PLACEHOLDERS, TemplateErrors, TemplateSet, load_templates

__all__ = [
    "PLACEHOLDERS",
    "TemplateErrors",
    "TemplateSet",
    "generate",
    "lint",
    "lint_question",
    "load_templates",
    "parse_kinds",
    "question_id",
]
