"""把X作为…<value cue>: X is what the sentence makes its main line or root, and the concept a
question writer blanks first (``concepts.placing_verbs`` holds 作为).  Invented sentences."""

from __future__ import annotations

import pytest

from kaodian.rules import load_rules
from kaodian.rules.concepts import Recurrence, sentence_concepts

RULES = load_rules().concepts


def _first(sentence: str) -> tuple[str, str]:
    c = sentence_concepts(sentence, Recurrence(sentence), RULES)[0]
    return sentence[c.start : c.end], c.role


@pytest.mark.parametrize(
    ("sentence", "x"),
    [
        ("要把提高会员满意度作为协会工作的主线。", "提高会员满意度"),
        ("必须把服务基层会员作为协会工作的根本立足点。", "服务基层会员"),
    ],
)
def test_the_x_of_placing_as_a_value_is_the_first_concept(sentence: str, x: str) -> None:
    assert _first(sentence) == (x, "value")


def test_without_a_value_cue_placing_as_asks_the_role() -> None:
    text, role = _first("协会把会员走访作为一项日常工作。")
    assert role != "value" and text != "会员走访"
