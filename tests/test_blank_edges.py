"""The edges of a cloze blank a teacher strikes though they fall between words (session 24, issues 11 and 12: a
newcomer tester struck about one cloze in six of a speech's bank for these, all passed by lint).

* A blank edged by an adverb, a conjunction or a modal of its clause (甲始终|是…, 凡是|甲、乙的人) is struck, and the
  subject of a 是-statement is trimmed of it, so the cloze asks the subject alone (blank_edges.yaml ``edge_words``).
* A member that runs across 、 into a clause an adverb opens, a cut reduplication (一代又|一代…), a figure the stem
  shows outside the blank, and a series whose first blank swallows the owner every member shares (提高|党科学|执政、
  民主执政…) are struck.

The texts are written for these tests in the genre's shape (a commemorative speech), not taken from the corpus.
"""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.blank_edges import edge_problem, figure_in_stem, series_problem, trimmed
from kaodian.questions.lint import blank_problem


def _clozes(*sentences: str) -> list[tuple[str, ...]]:
    text = "纪念讲话\n\n" + "\n\n".join(sentences) + "\n\n各级党组织要认真组织学习，把思想和行动统一到大会精神上来。\n"
    return [q.answer for q in generate([extract_text(text, "讲话.txt")], seed=0).questions if q.kind == "cloze"]


def test_an_adverb_at_a_blanks_edge_is_struck() -> None:
    s = "群众路线始终是我们党的生命线和根本工作路线。"
    assert blank_problem(s, 0, 6) is not None  # 群众路线始终
    assert blank_problem(s, 0, 4) is None  # 群众路线
    s = "凡是违反纪律、损害群众利益的人，都必须受到严肃处理。"
    assert blank_problem(s, 0, 6) is not None  # 凡是违反纪律
    assert edge_problem(s, 2, 6) is None


def test_a_subject_is_trimmed_of_the_adverb_before_its_copula() -> None:
    s = "群众路线始终是我们党的生命线和根本工作路线。"
    assert trimmed(s, 0, 6) == (0, 4)
    assert trimmed(s, 0, 4) == (0, 4)
    answers = _clozes("实事求是永远是我们党的思想路线的核心。")
    assert ("实事求是",) in answers  # (before: 实事求是永远)


def test_a_blank_across_a_clause_or_a_reduplication_is_struck() -> None:
    s = "我们要增强斗争意识、始终艰苦奋斗，保持革命精神。"
    assert edge_problem(s, 5, 16) is not None  # 斗争意识、始终艰苦奋斗
    assert edge_problem(s, 5, 9) is None
    s = "这些论述教育了一代又一代青年的思想。"
    assert edge_problem(s, 9, 13) is not None  # 一代|青年 after 一代又


def test_a_series_whose_first_blank_swallows_the_shared_owner_is_struck() -> None:
    s = "要提高党科学执政、民主执政、依法执政水平。"
    assert series_problem(s, [(3, 6), (9, 11), (14, 16)]) is not None  # 党科学 / 民主 / 依法
    assert series_problem(s, [(4, 6), (9, 11), (14, 16)]) is None  # 科学 / 民主 / 依法
    s = "领导班子应当由思想政治素质好、道德品行好的党员组成。"
    assert series_problem(s, [(7, 14), (15, 20)]) is None  # (a long first member is one term)


def test_a_span_of_years_is_not_cut_from_its_lai_nor_asked_when_the_stem_says_it() -> None:
    s = "某协会成立30年来的经验告诉我们，必须坚持服务会员。"
    assert edge_problem(s, 5, 8) is not None  # 30年|来
    assert edge_problem("某协会成立30年以来，会员增加了一倍。", 5, 8) is None
    assert figure_in_stem("在庆祝某协会成立30周年大会上指出，某协会成立______来的经验告诉我们…。", ("30年",), "______") is not None
    assert figure_in_stem("某协会成立______来的经验告诉我们…。", ("30年",), "______") is None
    # (a phrase with a figure asks its words; a series' other members are no stem)
    assert figure_in_stem("提出“______”的目标，力争全县进入20强。", ("跻身全省20强",), "______") is None
    assert figure_in_stem("做到______、______。", ("定下90分的目标", "交出90分的答卷"), "______") is None
