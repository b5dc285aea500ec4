"""A reviewer's findings on session 24's question changes (rev2a): behaviour bugs, each with an invented sentence in
the genre's shape (not a corpus sentence reworded)."""

from __future__ import annotations

from kaodian.bank_edits import follow_edits
from kaodian.model import Question, QuestionSource


def _choice(answer: tuple[str, ...]) -> Question:
    s = "某某工作的根本目的是为人民谋幸福。"
    return Question("q-1", "multiple", "下列说法正确的是（　　）", answer, "", QuestionSource("t", "题", None, s, 0, len(s)),
                    options=("甲", "乙", "丙", "丁"), point_kind="statement")


def test_a_run_of_lower_case_letters_is_read_as_one_answer_per_letter() -> None:
    q, notes = follow_edits(_choice(("ab",)))
    assert q.answer == ("A", "B") and notes
    q, _ = follow_edits(_choice(("a", "d")))
    assert q.answer == ("A", "D")
    q, notes = follow_edits(_choice(("ax",)))  # (not option letters: left as typed, lint says so)
    assert q.answer == ("ax",) and not notes
