"""A wrong option is of the answer's topic (questions/topic.py, issue 12): said in the material, a
sibling the lexicon or the material's series give, or of the series' own head and tail; a term from
elsewhere that only shares a character is not.  Every sentence here is invented."""

from __future__ import annotations

from kaodian.lexicon import Group, Lexicon
from kaodian.questions.distractors import Material, Pool, pick
from kaodian.questions.draws import Draws
from kaodian.questions.topic import on_topic

TEXT = "全镇推进河道整治，抓好作风建设、学风建设和家风建设。"


def _material() -> Material:
    lex = Lexicon(groups=(Group(terms=("作风建设", "党风建设"), sources=("t",)),), kinds={}, classes={})
    m = Material(lexicon=lex, co_terms={"作风建设": ["作风建设", "学风建设", "家风建设"]})
    m.doc_key(TEXT)
    return m


def test_a_term_of_the_material_or_a_sibling_is_on_topic_and_a_stranger_sharing_a_character_is_not():
    topical = on_topic(_material(), "作风建设", ["作风建设", "学风建设", "家风建设"])
    assert topical("河道整治")  # said in the material
    assert topical("党风建设")  # the lexicon's sibling of a series term
    assert topical("学风建设")  # the material's series
    assert not topical("古风")  # from elsewhere, sharing only 风
    assert not topical("民风建设")  # from elsewhere, of the series' tail but of no shared head
    assert not topical("经济建设")
    loose = on_topic(_material(), "作风", ["作风", "思想", "纪律"])
    assert not loose("古风")  # a series of no shared head or tail lends no stranger its shape


def test_the_series_own_head_and_tail_make_a_term_from_elsewhere_one_of_its_kind():
    topical = on_topic(_material(), "政治判断力", ["政治判断力", "政治领悟力"])
    assert topical("政治领导力")
    assert not topical("政治路线")


def test_pick_keeps_only_candidates_on_topic():
    m = _material()
    pool = Pool(["经济建设", "党风建设"], m.lexicon)
    kw = dict(n=3, forbidden=["学风建设", "家风建设"], context="", rng=Draws(1, "t"))
    assert set(pick("作风建设", pool, **kw)) == {"经济建设", "党风建设"}
    assert pick("作风建设", pool, **kw, topic=on_topic(m, "作风建设", ["作风建设", "学风建设", "家风建设"])) == ["党风建设"]


def test_a_units_own_numbered_slogan_takes_only_formulations_the_material_says():
    from kaodian.questions.topic import numbered_fit, well_known

    m = Material(lexicon=Lexicon(groups=(), kinds={"三个区分": "提法"}, classes={"提法": "带数字的提法本身"}))
    m.doc_key("全镇发挥“三个作用”，落实“三个到位”，增强“四个意识”。")
    assert well_known("四个意识", m) and well_known("三个区分", m) and not well_known("三个作用", m)
    slogan = numbered_fit(m, "三个作用")
    assert slogan("三个到位") and not slogan("三个代表")  # (the nation's formulation is of another field)
    assert numbered_fit(m, "四个意识")("四个全面")  # a well-known one among its like, said here or not
