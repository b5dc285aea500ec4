"""True/false a blind teacher prints (task tf28, session 24; issue 12, deliverable 3): no change of the day a document
was issued or of the date a meeting is named by (details no test asks), no change of the year the party or the
republic was founded (common sense), no order swap of the two terms of a topic (甲关于乙: 于 gives no direction), and
no false statement whose truth another statement of the document tells (one answer gives the other away).  Every
text is invented."""

from __future__ import annotations

import pytest

from kaodian.questions.ask_truefalse import _doubtful
from kaodian.questions.false_dates import detail_date
from kaodian.questions.order_swap import order_swap
from kaodian.questions.tf_worth import change_why


@pytest.mark.parametrize("sentence, issued", [
    ("2016年3月某省委办公厅印发《关于加强村级组织建设的意见》。", True),
    ("2016年某省委印发的《村级组织工作条例》同时废止。", True),
    ("2016年某省召开第一次村级组织建设工作会议。", False),  # a meeting's year: the point may be when it met
    # (session 24: a meeting named by its date, a day's date: 考会议召开年月、提出日期，琐碎)
    ("2016年3月召开的某省工作会议是一次十分重要的会议。", True),
])
def test_the_day_a_document_was_issued_is_never_changed(sentence, issued):
    # (session 23's blind teachers: 被废止旧条例的印发日期属冷僻细节，不值得考)
    end = sentence.index("年") + 1 if "3月" not in sentence else sentence.index("月") + 1
    assert detail_date(sentence, 0, end) is issued
    assert _doubtful(sentence, (0, end, sentence[:end].replace("2016", "2013"))) is issued


def test_the_year_the_party_was_founded_is_never_changed():
    # (session 22's blind teachers: 1921年建党对干部属常识，判断过于简单)
    assert change_why("1921年", "1918年", "经过某地各小组的筹备，", "，中国共产党正式诞生") is not None
    assert change_why("1949年10月", "1946年10月", "", "，中华人民共和国成立，") is not None
    assert change_why("1978年", "1975年", "", "，某省召开第一次科技大会") is None


def test_no_order_swap_of_a_topic_and_what_is_said_of_it():
    # (甲关于乙的新论断 -> 乙关于甲的新论断 says nothing: 于 of 关于 is no direction)
    clause = "初级阶段理论是概念认识关于知觉认识的新论断"
    text = f"{clause}。知觉认识是第一步。概念认识是第二步。"
    assert order_swap(text, 0, len(clause)) is None


def _tf(i: int, stem: str, change: tuple[str, str] | None) -> object:
    from types import SimpleNamespace

    explanation = f"错误。“{change[0]}”误作“{change[1]}”。原文：…" if change else "正确。"
    return SimpleNamespace(id=f"q{i}", stem=stem, answer=("错",) if change else ("对",), explanation=explanation,
                           source=SimpleNamespace(sentence=f"第{i}句。"))


def test_a_selection_keeps_no_false_statement_that_another_tells_true():
    from kaodian.questions.tf_share import _told_true

    tf = [
        _tf(0, "乙方略是某党治国的基本方略。", ("甲方略", "乙方略")),
        _tf(4, "某某革命的前途是共产主义。", ("社会主义", "共产主义")),
        _tf(5, "某某革命的前途是社会主义。", None),  # tells the false one's truth: one gives the other away
        _tf(6, "某某地区振兴，丙方面是重点。", ("甲方面", "丙方面")),
        _tf(7, "某某地区振兴，甲方面是根本。", None),  # says another clause of 甲方面: tells nothing of 重点
    ]
    assert {q.id for q in tf if _told_true(q, tf)} == {"q4"}

