"""True/false statements a teacher would print (task tf, session 17; questions/tf_worth.py, swap_point.py,
falsehood.cut_to_change): a number is changed only where it is what its statement is about, a term only where the
statement says what it alone is and no sibling the genre lists beside its series is put for it, a false statement is
cut to the clause of its change, and a proposition its material rejects is never asked.  Every text is invented; the
lexicon lookups are stubs."""

from __future__ import annotations

import pytest

from kaodian.model import QUESTION_KINDS
from kaodian.pipeline import extract_text
from kaodian.questions import generate, load_templates
from kaodian.questions.generate import draft_candidates
from kaodian.questions.falsehood import cut_to_change
from kaodian.questions.reasons import REFUTED
from kaodian.questions.swap_point import defining, listed_alongside
from kaodian.questions.tf_worth import minor_number, refuted


def _at(text: str, figure: str) -> tuple[int, int]:
    i = text.index(figure)
    return i, i + len(figure)


@pytest.mark.parametrize(("text", "figure", "minor"), [
    ("今年拟安排某省专项债券6200亿元，比去年增加400亿元。", "6200亿元", True),      # a quota among a report's figures
    ("某污染物排放量下降3%，某某排放量下降2%。", "3%", True),                       # a detail's cut
    ("去年某市九年义务教育巩固率达91.6%。", "91.6%", True),                         # a rate among achievements
    ("今年经济增长预期目标为6%左右。", "6%", False),                                # the headline target
    ("赤字率拟按2.8%安排。", "2.8%", False),
    ("有关单位应当自受理之日起45日内办结。", "45日", False),                         # a regulation's time limit
    ("推选的代表人数不得超过7人。", "7人", False),                                  # a quorum
    ("某某条例自2031年3月1日起施行。", "2031年3月1日", False),                       # a date: the date rules judge it
    ("2031年2月9日，某某在某届某次全会上强调，要把纪律挺在前面。", "2031年2月9日", True),  # the day of a speech
])
def test_a_number_is_changed_only_where_the_statement_is_about_it(text, figure, minor):
    assert (minor_number(text, *_at(text, figure)) is not None) is minor


@pytest.mark.parametrize(("text", "term", "defines"), [
    ("全面从严治党永远在路上。", "全面从严治党", True),
    ("始终坚持以经济建设为中心。", "经济建设", True),
    ("关键在坚持党要管党、全面从严治党。", "全面从严治党", True),
    ("必须深刻领悟“两个确立”的决定性意义。", "两个确立", True),
    ("要加强某某领域制度建设，保持社会安定有序。", "制度建设", False),   # a predicate every sibling takes
    ("当时党的制度建设相对薄弱。", "制度建设", False),
    ("让群众有更多获得感。", "获得感", False),
    ("全体干部必须增强“四个意识”。", "四个意识", False),               # a formulation under its own verb
])
def test_a_lone_term_is_swapped_only_where_the_statement_says_what_it_alone_is(text, term, defines):
    assert defining(text, *_at(text, term)) is defines


def test_a_sibling_the_genre_lists_beside_the_series_is_no_clear_falsehood():
    groups = {"安心感": ("舒适感", "满足感"), "认同感": ("荣誉感",)}

    def siblings(term: str) -> tuple[str, ...]:
        return groups.get(term, ())

    # 满足感、舒适感 … : 安心感 stands beside 舒适感 in the genre's lists, 认同感 beside neither
    assert listed_alongside("安心感", ["舒适感", "幸福感"], siblings)
    assert not listed_alongside("认同感", ["舒适感", "幸福感"], siblings)
    # (a mark the built lexicon keeps on a few entries is no part of the term)
    assert listed_alongside("安心感", ["舒适感"], lambda t: ("舒适感\ue003",))


def test_a_false_statement_is_cut_after_the_clause_of_its_change():
    statement = "严格某某责任制，全面落实甲方主体责任、乙方配合责任、丙方监管责任，坚决遏制某类事故发生，切实保障群众安全。"
    at = statement.index("乙方配合责任")
    assert cut_to_change(statement, at) == "严格某某责任制，全面落实甲方主体责任、乙方配合责任、丙方监管责任。"


NOTES = ("某课程复习要点\n\n一、辨析题\n\n"
         "1.某某革命的对象是甲主义、乙主义和丙资本主义。\n"
         "错误。某某革命的对象是甲主义、乙主义和丁资本主义，丙资产阶级是革命的动力之一。\n\n"
         "2.某某事业最本质的特征是某某领导。\n"
         "正确。某某领导是某某事业最本质的特征，是某某制度的最大优势。\n")


def _truefalse_drafts(text: str) -> list:
    """Every true/false question drafted on ``text`` (uncapped: before the per-sentence cap and the 对/错 balance)."""
    drafted = draft_candidates([extract_text(text, "t.txt")], load_templates(), tuple(QUESTION_KINDS), 0, None,
                               per_sentence=None)[0]
    return [c.question for c in drafted if c.question.kind == "truefalse"]


def test_a_proposition_its_notes_reject_is_never_asked_true_or_false():
    text = NOTES
    end = text.index("丙资本主义。") + len("丙资本主义。")
    assert refuted(text, end)
    assert not refuted(text, text.index("某某领导。") + len("某某领导。"))
    # (asked true, its key would say what the notes call wrong)
    assert not [q for q in _truefalse_drafts(text) if "丙资本主义" in q.source.sentence]
    assert any(REFUTED in d for d in generate([extract_text(text, "notes.txt")]).diagnostics)


REPORT = ("某省政府工作报告\n\n二、今年经济社会发展总体要求和主要预期目标\n\n"
          "今年全省发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业80万人以上；居民消费价格涨幅3%左右。\n\n"
          "积极的财政政策要更加积极有效。拟安排地方政府专项债券5200亿元、比上年增加600亿元。\n\n"
          "生态环境质量稳步改善，单位地区生产总值能耗降低3%左右，某污染物排放量要下降4%，重点城市某某浓度继续下降。\n")


def test_a_report_never_changes_a_detail_figure():
    changed = [q.explanation.split("原文")[0] for q in _truefalse_drafts(REPORT) if q.answer == ("错",)]
    assert not [c for c in changed if "5200亿元" in c or "4%" in c]
