"""A definition's other side: a key statement whose second concept stands across its 是 (or 作为, 成为) from
the first is also a point that asks that concept first (rules ``concepts.second_point``), asked by a cloze only
and ranked after the statement's first point.  A teacher's list asks either side of X是…的Y, and one cloze
often holds only one of them (two blanks would leave the clause almost empty).

The texts are written for these tests in the genre's shape (a study note), not taken from the corpus.
"""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.rules import SECOND_CONCEPT

NOTE = """学习札记

调查研究始终是推动机关工作创新发展的第一动力。

各支部要按时召开组织生活会，认真开展批评和自我批评。
"""


def _bank(text: str):  # noqa: ANN202 — (the extraction, the bank's questions)
    ex = extract_text(text, "札记.txt")
    return ex, generate([ex], seed=0).questions


def test_the_value_a_definition_gives_is_asked_beside_its_subject() -> None:
    _, bank = _bank(NOTE)
    answers = [q.answer for q in bank if q.kind == "cloze"]
    assert ("第一动力",) in answers  # the value, by a cloze of its own
    assert any(ans[0] == "调查研究" for ans in answers)  # the subject still asked first (without the 始终 of its 是)


def test_a_second_point_ranks_after_the_first_and_is_asked_by_a_cloze_only() -> None:
    ex, bank = _bank(NOTE)
    (second,) = [p for p in ex.points if p.rule == SECOND_CONCEPT]
    (first,) = [p for p in ex.points if p.kind == "statement" and p.rule != SECOND_CONCEPT and p.text == second.text]
    assert second.items[0].text == "第一动力" and second.importance < first.importance
    assert [q.kind for q in bank if q.answer == ("第一动力",)] == ["cloze"]
    value = next(i for i, q in enumerate(bank) if q.answer == ("第一动力",))
    subject = next(i for i, q in enumerate(bank) if any("调查研究" in a for a in q.answer))
    assert subject < value


def test_a_concept_on_neither_side_of_a_definition_makes_no_second_point() -> None:
    ex, _ = _bank(NOTE)
    assert not [p for p in ex.points if p.rule == SECOND_CONCEPT and "组织生活会" in p.text]


def test_the_shi_of_another_word_makes_no_definition_side() -> None:
    # 凡是 opens a condition, not a definition: 重大事情 is on no side of one (definition.yaml link_false)
    ex, _ = _bank("学习札记\n\n凡是关系基层群众切身利益的重大事情，都要坚持民主集中制原则，广泛听取意见。\n\n"
                  "各支部要按时召开组织生活会，认真开展批评和自我批评。\n")
    assert [p for p in ex.points if p.kind == "statement"]  # the statement itself is still a point
    assert not [p for p in ex.points if p.rule == SECOND_CONCEPT]
