"""Single and multiple choice whose options fit their slot (issue 12, task choice; session 12's blind
review): a formulation's blank before a class noun (slot_head), options of one form (option_form), a
series of pairs (multi_shapes.paired), a list's multiple choice of at least four options.  Every
sentence here is invented."""

from __future__ import annotations

import re

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.multi_shapes import narrative_option, paired
from kaodian.questions.option_form import broken_series, clause, clause_series, non_word
from kaodian.questions.option_sets import MULTIPLE_MIN
from kaodian.questions.slot_head import fits, head_after
from test_teacher import banks  # noqa: F401 — the corpus banks, a fixture


def test_the_class_noun_after_a_blank_is_found_after_a_quote_or_de():
    text = "全县上下为实现“两个翻番”奋斗目标而努力，深刻认识“两个率先”的重大意义。"
    assert head_after(text, text.index("奋斗") - 1) == "奋斗目标"  # after the closing quote
    assert head_after("为实现两个翻番的宏伟目标而努力", len("为实现两个翻番")) == "宏伟目标"
    assert head_after(text, text.index("的重大") - 1) is None  # 重大意义 names no class


def test_an_option_fits_a_class_noun_only_where_the_material_says_it_before_that_noun():
    text = "我们提出了“两个翻番”奋斗目标，又提出“两个提升”的奋斗目标，还要做到“两个坚持”。"
    fit = fits(lambda phrase: phrase in text, "奋斗目标")
    assert fit("两个翻番") and fit("两个提升")
    assert not fit("两个坚持")  # said, but never as a goal: 两个坚持奋斗目标 does not read


SLOT = """县委工作报告

过去五年，全县坚持“两个毫不放松”，落实“两个责任”，做到“两个坚持”，扛起“两个担当”。
今后五年，全县人民要团结一心，为实现“两个翻番”奋斗目标而不懈奋斗。
全县上下要深刻认识“两个率先”的重大意义，增强“两个自觉”。
"""

# ... and a text that names other goals before the same noun: they are the options that fit
GOALS = SLOT + """上一个五年，全县完成了“两个提升”奋斗目标，又完成了“两个同步”奋斗目标，还完成了“两个高于”奋斗目标。
"""


def _goal_choices(text: str, seed: int) -> list:
    bank = generate([extract_text(text, "报告.txt")], seed=seed)
    return [q for q in bank.questions if q.kind == "single" and "（　　）奋斗目标" in q.stem]


@pytest.mark.parametrize("seed", range(3))
def test_a_goal_is_asked_as_a_single_choice_only_among_goals_the_text_names(seed):
    assert not _goal_choices(SLOT, seed)  # 两个责任奋斗目标 does not read: no options fit, no question
    got = _goal_choices(GOALS, seed)
    assert got
    for q in got:
        assert all(f"“{o}”奋斗目标" in GOALS for o in q.options), q.options


def test_a_short_wrong_option_that_is_no_word_beside_a_word_key_is_flagged():
    assert non_word("向心力", ["感召力", "有能力", "亲和力"])  # a verb before a noun: words cut from a sentence
    assert non_word("向心力", ["感召力", "亲和力", "战斗力"]) is None


def test_a_series_of_clauses_is_told_from_a_series_of_terms():
    assert clause("投资增速明显回落")
    assert not clause("党的组织建设")  # a noun and 的 open a noun phrase
    assert clause_series(["投资增速明显回落", "物价水平温和上涨", "外贸出口"])  # most are clauses
    assert not clause_series(["政治建设", "思想建设", "作风建设"])
    assert not clause_series(["投资增速明显回落", "外贸出口", "消费升级"])  # one is not most


def _spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    return [(text.index(t), text.index(t) + len(t)) for t in terms]


def test_a_series_of_pairs_is_told_from_a_plain_series():
    text = "要把群众的眼前利益和长远利益、个人利益和集体利益统一起来。"
    assert paired(text, _spans(text, ["长远利益", "个人利益", "集体利益"]), "利益")  # cut after 眼前利益和
    assert paired(text, _spans(text, ["眼前利益", "长远利益", "个人利益", "集体利益"]), "利益")  # A和B、C和D
    plain = "要加强政治建设、思想建设和作风建设。"
    assert not paired(plain, _spans(plain, ["政治建设", "思想建设", "作风建设"]), "建设")


def test_every_multiple_choice_of_the_corpus_shows_at_least_four_options(banks):
    # three options, one of them wrong, ask only to strike it out (session 12: 只有三个选项)
    few = [(name, q.options) for name, made in banks.items() for q in made.bank.questions
           if q.kind == "multiple" and len(q.options) < MULTIPLE_MIN]
    assert not few


def test_a_told_sentence_among_points_is_of_another_kind():
    keys = ["发展特色产业", "改善人居环境", "繁荣乡村文化"]
    assert narrative_option(keys, ["过去只讲粮食产量的增长"])  # a time word, then a verb: the narrative
    assert narrative_option(keys, ["我国农村还处于发展阶段"])  # a pronoun subject, then a verb
    assert narrative_option(keys, ["未来产业六大领域"]) is None  # a noun phrase that opens with a time word
    assert narrative_option(keys, ["健全治理体系"]) is None


def test_a_series_across_an_article_number_is_broken():
    assert broken_series(["条 有关部门", "单位及其负责人", "工作人员"])
    assert broken_series([" 县委发现有关部门", "单位存在问题"])
    assert not broken_series(["政治建设", "思想建设", "作风建设"])
