"""Cloze and choice shapes session 22's blind teachers rejected (task fix2): a 顿号 series whose members share a verb
or are a clause cut at its commas (发布决定、命令; 关键处、要紧时拉一把、帮一下), blanked member by member, splits
what belongs together.  Invented texts in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate


def _answers(text: str) -> list[str]:
    bank = generate([extract_text(text, "协会.txt")], seed=0, kinds=("cloze",))
    return [a for q in bank.questions for a in q.answer]


@pytest.mark.parametrize("sentence, cut", [
    # the verb of the first member is the second's too (修订章程、细则 = 修订章程和细则)
    ("涉及两个以上分会的事项，应由协会理事会修订活动章程、发布通知、细则，或由有关分会联合制定办法。", "细则"),
    # a clause cut at its commas (在会员成长的关键处、要紧时扶一把、带一下)
    ("困难是会员成长的磨炼，而在会员成长的关键处、要紧时扶一把、带一下，则可能是会员克服困难、发展进步的重要支点。", "带一下"),
])
def test_a_series_of_uneven_members_is_not_blanked_member_by_member(sentence, cut):
    text = f"协会工作规则\n\n第一章 总则\n\n{sentence}\n"
    assert cut not in _answers(text)


@pytest.mark.parametrize("terms, uneven", [
    (["修订活动章程", "发布通知", "细则"], True),
    (["会员成长的关键处", "要紧时扶一把", "带一下"], True),
    (["稳会员", "稳队伍", "稳活动"], False),  # one form: parallel whatever the tags
    (["会员服务", "活动组织", "财务管理"], False),
    (["坚持民主办会", "依法治会", "会员自治"], False),
])
def test_uneven_members_are_told_from_whole_terms(terms, uneven):
    from kaodian.questions.option_form import uneven_series

    assert uneven_series(terms) is uneven
