"""kaodian（考点）: turn Chinese political-theory study material into quizzes and flashcards.

Public API, loaded on first use (``import kaodian`` stays cheap, so ``kaodian --help`` does too):

- ``extract_text(text)`` / ``extract_paths(paths)``: the points of articles (``kaodian.pipeline``);
- ``settings(...)`` / ``make_bank(inputs, settings)``: a question bank from articles or a bank file;
- ``load_bank(path)`` / ``dump_bank(questions)``: the bank file (``kaodian.bank``);
- the dataclasses that flow between the stages (``kaodian.model``).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "extract_text": "pipeline", "extract_paths": "pipeline", "settings": "pipeline", "make_bank": "pipeline",
    "load_bank": "bank", "dump_bank": "bank",
    "Source": "model", "Document": "model", "Article": "model", "Span": "model", "Point": "model",
    "Extraction": "model", "Question": "model", "QuestionSource": "model", "Blank": "model", "Bank": "model",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    """The public names above, imported when first asked for (PEP 562)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'kaodian' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
