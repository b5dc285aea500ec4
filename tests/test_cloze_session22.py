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
    (["警告", "严重警告", "撤销会内职务", "暂停会籍"], False),  # a first member is a term of its own
])
def test_uneven_members_are_told_from_whole_terms(terms, uneven):
    from kaodian.questions.option_form import uneven_series

    assert uneven_series(terms) is uneven


# an invented speech to youth: 青年 in nearly every sentence, its subject word
_VOLUNTEER_LINES = [
    "青年是推动社区发展的重要力量。",
    "青年要把服务群众作为自己的根本追求，在服务中增长才干。",
    "各级组织要关心青年的成长，为青年创造良好的服务条件。",
    "青年队伍建设是一项长期任务，要坚持常抓不懈。",
    "广大青年要弘扬奉献精神，在急难险重任务中勇挑重担。",
    "我们要健全青年激励机制，让青年的付出得到社会尊重。",
]


def test_the_documents_own_subject_word_is_never_a_clozes_answer():
    """青年 in a speech to youth is answered from the context alone (session 22's blind teachers: “青年”一望
    可知); the sentence's other concept is blanked, or none."""
    places = ["城东社区", "城西社区", "城南社区", "城北社区", "开发区", "老城区"]
    body = "\n".join(f"{p}的{line}" if i else line for p in places for i, line in enumerate(_VOLUNTEER_LINES))
    text = f"在全市青年工作会议上的讲话\n\n{body}\n"
    answers = _answers(text)
    assert answers and "青年" not in answers


def test_the_subject_word_is_the_word_a_long_text_says_throughout():
    from kaodian.questions.trivia import subject_word

    places = ["城东社区", "城西社区", "城南社区", "城北社区", "开发区", "老城区"]
    text = "\n".join(f"{p}的{line}" for p in places for line in _VOLUNTEER_LINES)
    at = text.index("青年")
    assert subject_word(text, at, at + 2)
    at = text.index("奉献精神")
    assert not subject_word(text, at, at + 4)  # (said six times: a concept of the text, not its subject)
    short = _VOLUNTEER_LINES[0] + _VOLUNTEER_LINES[1]
    assert not subject_word(short, 0, 2)  # (too few occurrences to tell)
