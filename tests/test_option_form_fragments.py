"""A multiple choice's wrong option that is a set phrase of the text (…好、…好) or the adverbial a sentence opens
with (某年在某某工作中) is no point: beside keys that are points it is struck out at a glance (session 22's blind
teachers: 干扰项是文章开头的套语残片、半句残片，不成其为选项).  Lint finds it, and a list's multiple choice never
draws it (questions/option_form.wrong_fragment).  Every option here is invented."""

from __future__ import annotations

import pytest

from kaodian.questions.list_choice import _in_band
from kaodian.questions.option_form import wrong_fragment
from kaodian.questions.option_sets import option_set_findings

KEYS = ["健全社区议事制度", "完善网格管理机制"]


@pytest.mark.parametrize("odd", ["建设好、管理好", "守得好、管得好", "2018年在社区治理工作中",
                                 "在推进乡村振兴中"])
def test_a_set_phrase_or_an_opening_adverbial_beside_points_is_a_finding_and_never_drawn(odd):
    wrong = ["落实村务公开制度", odd]
    assert wrong_fragment(KEYS, wrong)
    assert any(odd in f for f in option_set_findings("multiple", "enumeration", "", "", KEYS, wrong))
    assert odd not in _in_band(KEYS, wrong)


@pytest.mark.parametrize("fine", ["重规范、抓拓展", "落实村务公开制度", "在线政务服务平台", "健全基层治理体系"])
def test_a_point_or_a_slogan_of_two_verbs_is_no_fragment(fine):
    assert wrong_fragment(KEYS, [fine]) is None


def test_a_set_phrase_beside_keys_of_the_same_form_is_no_giveaway():
    assert wrong_fragment(["学得好、用得好", "讲得好、做得好"], ["看得好、想得好"]) is None


@pytest.mark.parametrize("half", ["乡村振兴任务能否如期完成", "集体经济能不能发展壮大", "扶贫资金可否足额到位"])
def test_an_embedded_question_cut_from_its_sentence_is_never_a_wrong_option(half):
    """(某某任务能否高质量完成，关键在人: the subject clause of a sentence, no point: session 24's blind teachers,
    半句话，不是并列要点.)"""
    from kaodian.questions.multi_shapes import findings

    wrong = ["落实村务公开制度", half]
    assert half not in _in_band(KEYS, wrong)
    assert any(half in f for f in findings(KEYS, wrong))
