"""Cloze shapes rate30's blind teachers rejected (issue 12): one answer blanked twice in one stem (把“______”作为…，
做到“______”: 同一答案挖两次).  Invented texts in the genre's shape."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate


def test_a_quoted_name_said_twice_is_blanked_once():
    text = ("协会工作规则\n\n第一章 总则\n\n协会坚持以服务会员为中心，把“三个到位”作为协会工作的根本要求和基本规矩，"
            "引导会员自觉增强“两种意识”、做到“三个到位”，严肃纠正“四种现象”问题。\n")
    bank = generate([extract_text(text, "协会.txt")], seed=0, kinds=("cloze",))
    assert bank.questions  # the sentence is still asked
    for q in bank.questions:
        assert len(set(q.answer)) == len(q.answer), q.stem
