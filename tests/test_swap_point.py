"""A false statement's change is on the point of its statement (questions/swap_point.py, task tf).
Sentences are invented; the lexicon lookups are stubs, so the rules are tested apart from its contents."""

from __future__ import annotations

import pytest

from kaodian.questions.falsehood import figure_asked, name_fits
from kaodian.questions.swap_point import bound, foreign_class, frame_year, labelled, on_point, timeless_period


@pytest.mark.parametrize("text, term, is_bound", [
    ("压实全面从严治党主体责任，构建大监督格局。", "全面从严治党", True),     # its head noun binds it
    ("全面从严治党是党的建设的鲜明主题。", "全面从严治党", True),           # the subject of a 是-statement
    ("深入推进全面依法治国的各项任务。", "全面依法治国", True),             # 的
    ("提升服务质量，全面深化改革，强化创新驱动。", "全面深化改革", False),   # a clause of its own
    ("不断推进实践基础上的理论创新。", "理论创新", True),                   # its modifier
    ("各单位持续推进全面深化改革。", "全面深化改革", True),                # its verb
    ("关键在坚持党要管党、全面从严治党。", "全面从严治党", True),            # a pair's member: 、 binds it
])
def test_a_lone_term_is_bound_only_by_a_word_of_its_clause(text, term, is_bound):
    at = text.index(term)
    assert bound(text, at, at + len(term)) is is_bound


def test_a_lone_unbound_term_takes_no_swap_but_one_in_its_series_may():
    text = "提升服务质量，全面深化改革，强化创新驱动。"
    at = text.index("全面深化改革")
    material = _Material(lambda term: ())
    assert not on_point(text, at, "全面深化改革", "全面从严治党", True, [], material)
    # beside its siblings the term is a member of its list: the series binds it
    assert on_point(text, at, "全面深化改革", "全面从严治党", False, ["全面依法治国"], material)


class _Material:
    """A run's material with a lexicon that knows only ``siblings``."""

    def __init__(self, siblings):
        self.lexicon = type("Lexicon", (), {"siblings": staticmethod(siblings)})()


@pytest.mark.parametrize("sentence, year, frame", [
    ("2003年以来尤其是近十年来本市产业快速发展，已成为全省第二大制造业基地。", "2003年", True),
    ("2031年将迎来某某学院建校80周年，学院正在筹备系列纪念活动。", "2031年", True),
    ("1956年某某省基本完成农业社会主义改造。", "1956年", False),
    ("到2035年基本实现社会主义现代化。", "2035年", False),
])
def test_a_year_that_frames_or_that_an_anniversary_gives_away_is_no_point(sentence, year, frame):
    a = sentence.index(year)
    assert frame_year(sentence, a, a + len(year)) is frame
    if frame:
        assert not figure_asked(sentence, a, a + len(year))


def test_a_term_of_another_class_of_the_lexicon_is_never_swapped_in():
    groups = {"国有资本": ("集体资本", "民间资本"), "集体资本": ("国有资本", "民间资本")}
    siblings = lambda term: groups.get(term, ())  # noqa: E731
    series = ["夜间消费", "康养消费", "假日消费"]
    # 文旅消费 is unknown to the lexicon; 国有资本 is filed with other kinds of capital
    assert foreign_class("文旅消费", "国有资本", series, siblings)
    assert not foreign_class("文旅消费", "体育消费", series, siblings)  # unknown too: judged by its form elsewhere
    # a known term's group decides its swaps elsewhere (falsehood.kin_swap)
    assert not foreign_class("集体资本", "国有资本", series, siblings)
    # a group that holds a term of the series is the series' class
    assert not foreign_class("文旅消费", "集体资本", ["民间资本"], siblings)
    assert not foreign_class("文旅消费", "集体资本", ["活跃的民间资本"], siblings)  # a member said with a modifier


@pytest.mark.parametrize("text, formulation, label", [
    ("切实发挥引领示范、服务保障、风险防控“三个作用”，推动工作落地。", "三个作用", True),
    ("坚持思想引领、制度保障、文化浸润和实践养成“四个维度”。", "四个维度", True),
    ("不断增强“四个意识”，坚定“四个自信”。", "四个意识", False),          # no members before it
    ("切实发挥引领示范、服务保障“三个作用”。", "三个作用", False),          # two items: not its members
])
def test_a_numbered_formulation_that_labels_the_members_just_stated_takes_no_swap(text, formulation, label):
    at = text.index(formulation)
    assert labelled(text, at, at + len(formulation)) is label
    end = at + len(formulation) + 1  # after its closing quote
    assert name_fits(text, end, "三个务必" if formulation[0] == "三" else "四个全面") is not label


@pytest.mark.parametrize("text, old, new, timeless", [
    ("“十五五”时期，本省发展基础稳、潜力足，长期向好的趋势没有变。", "十五五", "十四五", True),
    ("“十四五”时期，本省重点工作取得了历史性成就。", "十四五", "十五五", False),   # something done: false
    ("“十四五”时期，本省发展基础稳。", "十四五", "十四大", False),                 # more than a numeral changed
    ("全省上下要深入学习党的二十大精神。", "二十大", "十九大", True),
    ("向着第二个百年奋斗目标迈进。", "第二个", "第一个", False),                   # an ordinal: the figure rules'
])
def test_a_period_put_for_its_neighbour_in_a_judgement_of_both_is_not_clearly_false(text, old, new, timeless):
    at = text.index(old)
    assert timeless_period(text, at, at + len(old), new) is timeless
