"""A wrong option of a term series is a term, never words cut from a clause (questions/option_form.py,
session 17's task choice: 选项是残片、不成词, a teacher strikes it out at a glance).  The options here are
invented in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.questions.option_form import cut_from_clause, fragment_beside

NOUN_KEYS = ["财政资金引导", "社会资本参与", "村集体出资"]


@pytest.mark.parametrize("option", [
    "村党组织为核心",      # a preposition inside: cut from 以…为核心
    "单位又提交同一",      # an adverb inside, a distinguishing word at its end
    "改革开放以后",        # a locative at its end: a time clause
    "发展成果由群众",      # a preposition inside: half a clause
])
def test_words_cut_from_a_clause_are_no_wrong_option_beside_terms(option):
    assert cut_from_clause(option)
    assert fragment_beside(NOUN_KEYS, option)


@pytest.mark.parametrize("option", ["乡村治理体系", "基层党组织", "社会资本规范参与", "共同富裕"])
def test_terms_stay_wrong_options(option):
    assert not fragment_beside(NOUN_KEYS, option)


def test_keys_of_the_same_form_make_it_no_giveaway():
    # keys that are themselves clauses cut alike (想在一起、站在一起) take a wrong option of that form
    assert not fragment_beside(["想在一起", "站在一起"], "干在一起")


def test_an_option_opening_with_a_preposition_fused_to_its_object_is_half_a_clause():
    from kaodian.questions.multi_shapes import dangling

    # (the segmenter reads 对党 as one noun: the option is still 对 + an object, cut before its verb)
    assert dangling("对党的各级委员会委员、候补委员")
    assert not dangling("对党忠诚")  # a predicate follows
    assert not dangling("从严治党")  # one word


def test_a_verb_phrase_is_no_wrong_option_beside_terms():
    keys = ["帝国主义", "封建主义", "官僚资本主义"]
    assert fragment_beside(keys, "发展社会主义")  # a verb and its object
    assert not fragment_beside(keys, "殖民主义")
    # keys that are verb phrases themselves take one
    assert not fragment_beside(["坚持马克思主义", "发展社会主义"], "建设社会主义")
