"""Stems a teacher prints without editing (issue 12, deliverable 4; session 10's blind review): a clause
cut from a long sentence is one stretch of it, never ……X……Y……; a cut that leaves a condition or an
adverbial without its main clause is not asked; endnote numbers leave the stem.  The sentences are
invented, of the shapes the rated texts hold."""

from __future__ import annotations

import pytest

from kaodian.model import Span
from kaodian.questions.anchors import anchored, half_pair, loose_opening, noted_blank, without_notes
from kaodian.questions.elision import MID_CUT, elided, kept_span


def _cut(sentence: str, clause: str, stem: str | None = None, values: dict | None = None):
    """``elided`` on ``clause`` cut out of ``sentence``, its stem ``stem`` (the clause ended with 。 when
    not given)."""
    at = sentence.index(clause)
    stem = stem if stem is not None else clause + "。"
    values = values or {"blanked": stem}
    key = next(iter(values))
    return elided(sentence, Span(clause, at, at + len(clause)), stem, kept_span(values, key))


LONG = ("为认真落实全会精神，推动各项工作再上新台阶，特别是在新的发展阶段以来，全区各级党组织团结带领广大党员干部，"
        "勇担历史使命，坚持“三个面向”，不断推进制度创新、管理创新、服务创新，努力建设人民满意的服务型机关。")


def test_a_clause_that_opens_with_its_verb_is_asked_alone_without_ellipses():
    clause = "坚持“三个面向”，不断推进制度创新、管理创新、服务创新"
    stem, why = _cut(LONG, clause, "坚持“______”，不断推进制度创新、管理创新、服务创新。")
    assert why is None
    assert stem == "坚持“______”，不断推进制度创新、管理创新、服务创新。"


def test_a_clause_tied_to_what_was_cut_opens_at_the_next_clause_that_can():
    clause = "特别是在新的发展阶段以来，全区各级党组织团结带领广大党员干部，勇担历史使命，坚持“三个面向”"
    stem, why = _cut(LONG, clause, "特别是在新的发展阶段以来，全区各级党组织团结带领广大党员干部，勇担历史使命，坚持“______”。")
    assert why is None and "…" not in stem
    assert stem.startswith("全区各级党组织团结带领")


def test_a_blank_in_a_clause_that_cannot_open_a_sentence_is_not_asked():
    clause = "特别是在新的发展阶段以来，全区各级党组织团结带领广大党员干部"
    stem, why = _cut(LONG, clause, "特别是在新的______以来，全区各级党组织团结带领广大党员干部。")
    assert why == MID_CUT


def test_a_false_statement_keeps_its_change_when_clauses_are_cut_off_it():
    clause = "特别是在新的发展阶段以来，全区各级党组织团结带领广大党员干部，勇担历史使命，坚持“三个面向”"
    truth = clause + "。"
    false = truth.replace("新的发展阶段", "新的历史时期")  # the change stands in the clause that cannot open
    stem, why = _cut(LONG, clause, false, {"statement": false, "truth": truth})
    assert why == MID_CUT
    true_stem, why = _cut(LONG, clause, truth, {"statement": truth, "truth": truth})
    assert why is None and true_stem.startswith("全区各级党组织")


@pytest.mark.parametrize(("sentence", "clause", "blanked", "expected"), [
    # the tail opens a condition whose main clause was cut away: it goes when the blank stands before it
    ("各级干部要增强大局意识，只有坚持问题导向，才能把工作落到实处。", "各级干部要增强大局意识，只有坚持问题导向",
     "各级干部要增强______，只有坚持问题导向。", "各级干部要增强______。"),
    # an adverbial tail goes the same way
    ("全区上下要扛起主体责任，持续深化作风建设，特别是新时代以来，形成了良好的政治生态。",
     "全区上下要扛起主体责任，持续深化作风建设，特别是新时代以来",
     "全区上下要扛起______，持续深化作风建设，特别是新时代以来。", "全区上下要扛起______，持续深化作风建设。"),
])
def test_a_tail_without_its_main_clause_goes(sentence, clause, blanked, expected):
    stem, why = _cut(sentence, clause, blanked)
    assert why is None and stem == expected


def test_a_condition_holding_the_blank_is_not_asked():
    sentence = "只有坚持学生的主体地位，才能体现教学的中心地位。"
    stem, why = _cut(sentence, "只有坚持学生的主体地位", "只有坚持学生的______。")
    assert why and "只有" in why


def test_a_cut_before_the_end_ends_with_a_full_stop_not_an_ellipsis():
    sentence = "全面推开乡镇机构综合改革，全部取消行政审批前置，推进一窗受理。"
    stem, why = _cut(sentence, "全面推开乡镇机构综合改革，全部取消行政审批前置", "全面推开乡镇机构综合改革，全部取消______前置。")
    assert why is None and stem == "全面推开乡镇机构综合改革，全部取消______前置。"


def test_pairs_and_openers():
    assert half_pair("只有坚持问题导向") == (0, "只有")
    assert half_pair("只有坚持问题导向，才能落到实处") is None
    assert half_pair("只看到两者的区别，没有看到两者的联系") is None  # (没有 before a verb only denies it)
    assert half_pair("发展是硬道理，没有经济社会的发展") == (7, "没有")
    assert loose_opening("特别是新时代以来") and loose_opening("并持续推进") and loose_opening("指出政治属性是第一位的")
    assert not loose_opening("坚持问题导向") and not loose_opening("人民当家作主的制度保障更加有力")


def test_endnote_numbers_leave_the_stem_and_a_blank_holding_one_is_not_asked():
    assert without_notes("仍然坚持“双百”方针〔27〕，坚持说服教育") == "仍然坚持“双百”方针，坚持说服教育"
    assert without_notes("某办发〔2023〕12号") == "某办发〔2023〕12号"  # a document's number stays
    assert noted_blank(("十二大〔5〕提出的本世纪末",))
    assert noted_blank(("双百",)) is None


def test_an_empty_stem_opens_with_no_person():
    from kaodian.model import Article, Document

    text = "张某某同志\n这些年来，全市教育事业取得了重大成就。"
    doc = Document("t.txt", text, (Article("a1", None, None, None, 0, len(text)),))
    assert anchored("", doc, "a1", text.index("这些")) == ""
    assert anchored("他长期从事教学工作。", doc, "a1", text.index("这些")).startswith("张某某同志")


def test_a_last_clause_that_opens_with_a_frame_word_but_holds_its_verb_is_kept():
    # 对…进行…教育 is what the methods are for: cut away, the statement would lose its object (session 13)
    sentence = ("支部应当采取组织青年学员听专题报告、参加志愿服务，安排他们承担一定的社会工作以及集中轮训等方法，"
                "对青年学员进行党的基本理论教育，党的优良传统和作风教育。")
    clause = "支部应当采取组织青年学员听专题报告、参加志愿服务，安排他们承担一定的社会工作以及集中轮训等方法，对青年学员进行党的基本理论教育"
    stem, why = _cut(sentence, clause, values={"statement": clause + "。", "truth": clause + "。"})
    assert why is None and stem.endswith("对青年学员进行党的基本理论教育。")
    # a frame without a verb of its own still goes with the main clause it opened
    framed = "支部应当采取组织青年学员听专题报告、参加志愿服务等方法，对表现突出的青年学员"
    stem, why = _cut(framed + "，优先列为发展对象。", framed, values={"statement": framed + "。", "truth": framed + "。"})
    assert stem == "支部应当采取组织青年学员听专题报告、参加志愿服务等方法。"
