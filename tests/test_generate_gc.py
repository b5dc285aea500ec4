"""generate pauses Python's cycle collector while it drafts (questions.gcpause.no_cycle_collector):
that is sound only while drafting makes no reference cycles, which these tests keep true."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kaodian import pipeline
from kaodian.questions import generate

TESTS = Path(__file__).resolve().parent
# a lecture and a charter: enumerations, series, formulations, facts and articles, every question kind
INPUTS = [TESTS / "data" / "short_party_lecture.txt", TESTS / "corpus" / "dangzhang-2022-charter.txt"]


@pytest.fixture(scope="module")
def extractions():
    return pipeline.extract_paths([str(p) for p in INPUTS])


def test_drafting_leaves_no_cyclic_garbage(extractions):
    gc.collect()
    gc.disable()
    try:
        bank = generate(extractions, seed=3)
        assert bank.questions
        # what is garbage now and not freed by its reference count sits in a cycle
        assert gc.collect() == 0
    finally:
        gc.enable()


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(extractions, enabled):
    (gc.enable if enabled else gc.disable)()
    try:
        generate(extractions[:1])
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
