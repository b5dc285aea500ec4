"""A false statement of a trusted change takes its sentence's second place before its point's cloze
(questions/tf_first.py, issue 12 session 26); a charter's or a regulation's article keeps its clozes.
The texts are invented."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.drafting import Draft
from kaodian.questions.tf_first import changed_kind, rule_text, trusted
from kaodian.model import Span

SENTENCE = "全体干部必须以“四个意识”为引领，不断增强学习本领、调研本领、落实本领，推动基层治理提质增效。"
TEXT = "学习会议精神\n\n" + SENTENCE + "\n\n各级支部要深刻认识“五个带头”的重大意义，把学习成果转化为推动工作的实际成效。\n"
RULES = ("某某工作条例\n\n第一条　为了规范工作，制定本条例。\n\n第二条　" + SENTENCE +
         "\n\n第三条　各级支部要深刻认识“五个带头”的重大意义。\n\n第四条　本条例自发布之日起施行。\n")


def _on(bank, words):
    return [q for q in bank.questions if words in q.source.sentence]


def test_a_trusted_false_statement_takes_the_second_place_of_a_sentence():
    bank = generate([extract_text(TEXT, "t.txt")])
    on = _on(bank, "学习本领")
    assert any(q.kind == "truefalse" and q.answer == ("错",) for q in on)
    # its three points have a question each (one a choice, one a cloze): the statement's cloze gave way
    assert len(on) == 3 and sum(q.kind == "cloze" for q in on) == 1


def test_a_rule_text_keeps_its_clozes():
    assert rule_text(RULES) and not rule_text(TEXT)
    on = _on(generate([extract_text(RULES, "r.txt")]), "学习本领")
    assert not any(q.kind == "truefalse" for q in on)


def _false(sentence, old, new, how):
    src = Span(sentence, 0, len(sentence))
    true = Draft(source=src, answer=("对",), key=("k",))
    return Draft(source=src, answer=("错",), key=("k",), values={"change": f"“{old}”误作“{new}”"}, true_draft=true, how=how)


def test_which_changes_are_trusted():
    assert changed_kind("2035年") == "figure" and changed_kind("第二次") == "figure"
    assert changed_kind("四个意识") == "formulation" and changed_kind("一带一路") == "series"
    assert trusted(_false("到2050年，乡村全面振兴。", "2050年", "2047年", "figure"), "statement")
    # a speech's date or a local congress's session is a detail
    assert not trusted(_false("2011年3月，他在开学典礼上的讲话中作出阐释。", "2011年3月", "2014年3月", "figure"), "statement")
    assert not trusted(_false("市第八次党代会提出，要争先进位。", "第八次", "第七次", "figure"), "statement")
    # a formulation in a run of formulations is a list member; alone in its slot it is trusted
    assert not trusted(_false("鲜明提出“五个必须”、“五个决不允许”。", "五个决不允许", "五个必由之路", "formulation"), "statement")
    assert trusted(_false("深刻领悟“两个确立”的决定性意义。", "两个确立", "两个大局", "formulation"), "statement")
    # a series member for a sibling, or a definition's subject, is not
    assert not trusted(_false("制造强国是目标。", "制造强国", "体育强国", "series"), "statement")
    assert not trusted(_false("政务新媒体是重要渠道。", "政务新媒体", "政务热线", "definition"), "statement")
    assert not trusted(_false("到2050年，乡村全面振兴。", "2050年", "2047年", "figure"), "term_series")


def test_which_false_statements_may_stand_in_for_a_second_cloze():
    from kaodian.questions.tf_first import stands_in

    # a series term for a sibling stands beside the sentence's cloze, a definition's subject does not
    assert stands_in(_false("甲建设是党的根本性建设。", "甲建设", "乙建设", "series"))
    assert not stands_in(_false("政务新媒体是重要渠道。", "政务新媒体", "政务热线", "definition"))
    assert not stands_in(_false("从甲到乙，走出新路。", "甲", "乙", "order"))
    # a date of history stands in; a speech's date and a local congress's session are details
    assert stands_in(_false("1938年召开的全会提出了这一命题。", "1938年", "1941年", "figure"))
    assert not stands_in(_false("2011年3月，他在开学典礼上的讲话中作出阐释。", "2011年3月", "2014年3月", "figure"))
    assert not stands_in(_false("市第八次党代会提出，要争先进位。", "第八次", "第七次", "figure"))
    assert not stands_in(None) and not stands_in("没有改动")
