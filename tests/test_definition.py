"""A definition's subject asked as a single choice among its lexicon siblings (task choice, session 19:
（　　）是……的基本形式, the options terms a human setter sets side by side).  Every sentence here is invented."""

from __future__ import annotations

import pytest

from kaodian import lexicon
from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.definition import _kin_in_meaning, _linked, defined_subject, defining_object

TEXT = """学习党史的几点体会

回顾党的百年奋斗历程，我们更加深刻地认识到，武装斗争是我们党夺取政权的基本形式，必须始终坚持党对武装力量的领导。
"""


def _singles(text: str, seed: int) -> list:
    bank = generate([extract_text(text, "体会.txt")], seed=seed)
    return [q for q in bank.questions if q.template == "single.statement"]


def _asked_among_siblings(text: str, seed: int, stem: str, key: str) -> None:
    (q,) = _singles(text, seed)
    assert stem in q.stem
    assert q.options["ABCD".index(q.answer[0])] == key
    assert all(o in lexicon.siblings(key) for o in q.options if o != key)


@pytest.mark.parametrize("seed", range(3))
def test_a_definitions_subject_is_asked_among_its_lexicon_siblings(seed):
    _asked_among_siblings(TEXT, seed, "（　　）是我们党夺取政权的基本形式", "武装斗争")


@pytest.mark.parametrize("seed", range(3))
def test_a_sibling_the_text_says_the_same_of_is_no_wrong_option(seed):
    (plain,) = _singles(TEXT, seed)
    said = next(o for o in plain.options if o != "武装斗争")
    text = TEXT + f"\n{said}是我们党夺取政权的基本形式之一，也要长期坚持。\n"
    asked = [q for q in _singles(text, seed) if "武装斗争" in q.options]
    assert asked and all(said not in q.options for q in asked)


def test_only_a_subject_that_opens_its_clause_before_a_copula_is_defined():
    text = "我们认为，武装斗争是基本形式。为什么说统一战线是法宝？群众路线就是生命线。"
    at = text.index
    assert defined_subject(text, 0, at("武装斗争"), at("武装斗争") + 4) == "是"
    assert defined_subject(text, at("为什么"), at("统一战线"), at("统一战线") + 4) is None  # (a question's subject)
    assert defined_subject(text, at("群众"), at("群众路线"), at("群众路线") + 4) == "就是"
    assert defined_subject("1）实事求是是精髓。", 0, 2, 6) == "是"  # (an outline's marker may lead it)
    # (是否, 即将 open a word, not a definition)
    assert defined_subject("统一战线是否巩固，关系全局。", 0, 0, 4) is None
    assert defined_subject("群众路线即将写入新的规定。", 0, 0, 4) is None


OBJECT = """学习宪法的几点体会

通过学习我们认识到，我国的根本政治制度是人民代表大会制度。
"""


@pytest.mark.parametrize("seed", range(3))
def test_the_term_a_definition_says_its_subject_is_is_asked_among_its_siblings(seed):
    _asked_among_siblings(OBJECT, seed, "我国的根本政治制度是（　　）", "人民代表大会制度")


def test_an_object_is_defined_only_after_a_named_subject_and_a_copula_at_its_clause_end():
    text = "我国的根本政治制度是人民代表大会制度。这是人民代表大会制度的优势。"
    at = text.index("人民代表大会制度")
    assert defining_object(text, 0, at, at + 8) == "我国的根本政治制度是"
    later = text.index("人民代表大会制度", at + 1)
    assert defining_object(text, text.index("这是"), later, later + 8) is None  # (这 names no subject; 的 follows)


def test_a_sibling_that_shares_a_word_with_the_key_beyond_its_class_may_be_right_too():
    assert _kin_in_meaning("人民当家作主", "坚持人民民主")  # (人民: the same thing in other words)
    assert not _kin_in_meaning("个体经济", "国营经济")  # (a shared tail is the class)
    assert not _kin_in_meaning("新民主主义革命", "旧民主主义革命")


@pytest.mark.parametrize("seed", range(3))
def test_a_sibling_the_text_calls_a_kind_or_a_form_of_the_key_is_no_wrong_option(seed):
    (plain,) = _singles(TEXT, seed)
    kin = [o for o in plain.options if o != "武装斗争"]
    # one sibling is said to be a form of the key, one the key is said to be a part of: either may be right
    text = TEXT + f"\n{kin[0]}也是武装斗争的一种表现。武装斗争和党的建设，都是{kin[1]}的题中应有之义。\n"
    asked = [q for q in _singles(text, seed) if "武装斗争" in q.options]
    assert all(kin[0] not in q.options and kin[1] not in q.options for q in asked)


@pytest.mark.parametrize(
    ("sentence", "key", "w", "linked"),
    [
        ("教条主义、经验主义，两者都是主观主义的表现。", "教条主义", "主观主义", True),
        ("宗派主义是主观主义在组织关系上的一种表现。", "主观主义", "宗派主义", True),
        ("武装斗争和党的建设，都是统一战线的题中应有之义。", "武装斗争", "统一战线", True),
        # a 是 of another word, or one clause saying one term and the next the other, links nothing (review 2 of
        # session 21: a good sibling was dropped)
        ("无论是宗派主义还是主观主义，都要坚决反对。", "宗派主义", "主观主义", False),
        ("宗派主义是作风之敌，主观主义是群众之敌。", "宗派主义", "主观主义", False),
        ("宗派主义不是主观主义的对立面。", "宗派主义", "主观主义", False),
        ("宗派主义但是主观主义也要反对。", "宗派主义", "主观主义", False),
    ],
)
def test_a_sibling_is_linked_to_the_key_only_by_a_copula_between_them(sentence: str, key: str, w: str,
                                                                        linked: bool) -> None:
    assert _linked(sentence, key, w) is linked


PARTY = """学习党史的几点体会

回顾百年奋斗历程，中国共产党是全国各族人民的坚强领导核心，这是历史和人民的选择。

武装斗争是我们党夺取政权的基本形式，必须始终坚持党对武装力量的领导。
"""


@pytest.mark.parametrize("seed", range(2))
def test_the_party_itself_is_never_the_key_of_a_definition_single(seed):
    # (rate32's blind teachers: （　　）是…领导核心 among 民主党派、农民阶级 asks what everyone knows; the other
    # definition of the same text is still asked)
    asked = _singles(PARTY, seed)
    assert all("中国共产党" not in q.options for q in asked), [q.options for q in asked]
    assert any("武装斗争" in q.options for q in asked)
