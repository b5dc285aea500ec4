"""Shared fixtures: the corpus copy kept in tests/ and a small hand-written bank."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent
CORPUS = TESTS / "corpus"
CORPUS_TEXTS = sorted(CORPUS.glob("*.txt"))


@pytest.fixture
def corpus_dir() -> Path:
    """The annotated corpus (texts, saved pages and gold files) copied into tests/."""
    return CORPUS


@pytest.fixture
def sample_bank() -> Path:
    """A small hand-written bank with every question kind (tests/data/sample_bank.json)."""
    return TESTS / "data" / "sample_bank.json"
