"""A true/false question refused because its sentence has one says so only while that one stands: when the
sentence was kept for another point's true copy that ``generate._cap_true`` then left out (or never composed,
``_bare_true``), the sentence has no true/false question and the reason says why (issue 12, session 26).
The text is invented."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate, reasons

TEXT = ("学习会议精神\n\n全体干部必须以“四个意识”为引领，不断增强学习本领、调研本领、落实本领，推动基层治理提质增效。\n\n"
        "各级支部要深刻认识“五个带头”的重大意义，把学习成果转化为推动工作的实际成效。\n"
        "我们要坚持稳中求进工作总基调，统筹推进改革、发展、稳定各项工作，实现经济社会持续健康发展。\n")


def _refusals(bank, reason):
    return [m for m in bank.diagnostics if "未出判断题" in m and m.endswith(reason)]


def test_a_sentence_whose_true_copy_was_left_out_is_not_said_to_have_one():
    bank = generate([extract_text(TEXT, "t.txt")])
    tf_sentences = {q.source.sentence for q in bank.questions if q.kind == "truefalse"}
    left = _refusals(bank, reasons.SENTENCE_COPY_LEFT_OUT)
    assert left  # the series of the third sentence waits on its statement's copy, which the cap leaves out
    assert not any("稳中求进" in s for s in tf_sentences)
    # and no refusal claims a true/false question the bank (uncapped per sentence) does not hold
    uncapped = generate([extract_text(TEXT, "t.txt")], per_sentence=0)
    if not any(q.kind == "truefalse" for q in uncapped.questions):
        assert not _refusals(uncapped, reasons.SAME_STEM)
