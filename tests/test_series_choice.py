"""A series' single choice asks its bare terms (questions/ask_choice.py): a quantifier the first term opens
with stays in the stem (option_form.yaml quantifiers), and a roll of place names is not asked
(single_shapes.yaml place_tags).  Session 20's blind teachers: 选项“一切主观主义”带“一切”与其他选项体例不一，
干扰项…荒谬; 考点琐碎（留学国家名单）.  The texts are invented."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.option_form import quantifier
from kaodian.questions.single_shapes import place_roll
from kaodian.questions.vocab import load_vocab

# a series of errors whose first term carries 一切, in a text whose other -主义 terms are the doctrine itself
ERRORS = """关于改进学风的几点意见

一、坚决反对错误思想作风

一切主观主义、宗派主义、党八股的货色，我们都要坚决抵制，不让它们在党内有市场。
教条主义和经验主义都是主观主义的表现，官僚主义和形式主义都是作风不正的表现。
坚持马克思列宁主义的立场，用马克思主义的观点研究实际问题，为实现共产主义而奋斗。
"""


def test_no_single_choice_keys_a_term_with_the_series_quantifier_nor_sets_the_doctrine_beside_errors():
    qs = generate([extract_text(ERRORS, "c.txt")], kinds=("single",), per_sentence=0).questions
    negative = load_vocab().negative_terms
    for q in qs:
        assert not any(quantifier(o) for o in q.options), q.options
        if any(o in negative for o in q.options):  # (a term of censure asked among terms of censure only)
            assert all(o in negative for o in q.options), q.options


@pytest.mark.parametrize(("term", "q"), [("一切主观主义", "一切"), ("各种风险挑战", "各种"), ("一切", ""), ("主观主义", ""),
    ("所有问题", "所有"), ("所有制形式", ""), ("所有者权益", "")])  # (所有制 is a noun, not the quantifier 所有)
def test_a_quantifier_is_read_off_a_term_of_two_characters_or_more(term, q):
    assert quantifier(term) == q


@pytest.mark.parametrize(("terms", "roll"), [
    (["意大利", "西班牙", "荷兰", "瑞典"], True),
    (["印度", "埃及", "巴西"], True),
    (["北京", "天津"], False),  # (two names: a pair, not a roll)
    (["政治建设", "思想建设", "组织建设"], False),
])
def test_a_roll_of_place_names_is_told(terms, roll):
    assert place_roll(terms) is roll


@pytest.mark.parametrize("sentence", [
    "省里决定在苏州、无锡、常州设立三个开放试验区，先行先试。",
    "苏州、无锡、常州这三个地方，是全省改革的排头兵。",
])
def test_a_roll_the_sentence_counts_or_names_as_a_class_is_asked(sentence):
    assert place_roll(["苏州", "无锡", "常州"]) is True
    assert place_roll(["苏州", "无锡", "常州"], sentence) is False


def test_a_trivia_roll_stays_a_roll_in_its_sentence():
    assert place_roll(["意大利", "西班牙", "荷兰", "瑞典"], "他先后被派往意大利、西班牙、荷兰、瑞典等国学习。") is True

