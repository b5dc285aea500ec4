"""True/false statements a teacher prints as is (task tf, session 21; tf_worth.yaml, falsehood.yaml own_headline,
false_figures.changed_number, source.sourced): no review tally of new jobs or of a per-head figure changed, no ratio to
GDP taken for GDP, no digits of a decimal swapped, no enemy class swapped in for an ally, no broad class of ownership
swapped in for a kind it may contain, no slogan's verb phrase swapped in for a name, no statement that points at what
it does not say, and an issuer's claim asked true/false says whose it is.  Every text is invented."""

from __future__ import annotations

import pytest

from kaodian.model import QUESTION_KINDS
from kaodian.pipeline import extract_text
from kaodian.questions import load_templates
from kaodian.questions.false_figures import changed_number
from kaodian.questions.falsehood import figure_asked
from kaodian.questions.generate import draft_candidates
from kaodian.questions.tf_worth import change_why, minor_number, statement_why


def _truefalse_stems(text: str) -> list[str]:
    """The stem of every true/false question drafted on ``text`` (before the per-sentence cap and the balance)."""
    drafted = draft_candidates([extract_text(text, "t.txt")], load_templates(), tuple(QUESTION_KINDS), 0, None,
                               per_sentence=None)[0]
    return [c.question.stem for c in drafted if c.question.kind == "truefalse"]


@pytest.mark.parametrize("sentence, figure, asked", [
    ("过去五年，城镇新增就业360万人。", "360", False),  # a review's tally of jobs: 次要统计
    ("“十六五”时期，人均地区生产总值增长20%左右。", "20%", False),  # per head: no aggregate
    ("全年地区生产总值增长5.1%。", "5.1%", True),  # the economy's growth stays a headline
])
def test_a_review_changes_its_headline_aggregate_only(sentence, figure, asked):
    start = sentence.index(figure)
    assert figure_asked(sentence, start, start + len(figure), own_review=True) is asked


def test_a_ratio_to_gdp_is_no_headline():
    text = "加快某某枢纽建设，某项运输费用与GDP比率降低至12.5%左右。"
    at = text.index("12.5%")
    assert minor_number(text, at, at + 4) is not None
    text = "经济增长预期目标为5%左右。"
    at = text.index("5%")
    assert minor_number(text, at, at + 1) is None


def test_a_difference_from_last_year_is_no_point():
    text = "城镇新增就业预期目标比上年多50万人，体现了更加重视就业的导向。"
    at = text.index("50")
    assert minor_number(text, at, at + 2) is not None
    text = "到2040年，单位地区生产总值能耗比2025年减少40%以上。"  # a percentage cut is the target itself
    at = text.index("40%")
    assert minor_number(text, at, at + 3) is None
    text = "全年国内生产总值比上年增长6.5%。"  # a growth rate is how a headline figure is said
    at = text.index("6.5")
    assert minor_number(text, at, at + 4) is None


@pytest.mark.parametrize("figure", ["18.2%", "22.7%", "45.0%"])
def test_a_changed_decimal_never_swaps_its_digits(figure):
    new = changed_number(figure)
    assert new is not None and sorted(new.replace(".", "")) != sorted(figure.replace(".", ""))


@pytest.mark.parametrize("old, new, refused", [
    ("农民阶级", "官僚资产阶级", True),  # an enemy class among the motive forces: false at a glance
    ("地主阶级", "工人阶级", True),  # an ally among the enemies
    ("买办资产阶级", "民族资产阶级", False),  # which bourgeoisie was an ally: the distinction a teacher asks
    ("官僚资产阶级", "民族资产阶级", False),
    ("官僚资本主义", "国家资本主义", False),  # no class: two concepts a learner confuses
    ("民族资产阶级", "城市小资产阶级", False),  # two allies: a learner may confuse them
    ("封建主义", "帝国主义", False),
    ("数据运营企业", "国有企业", True),  # a class of ownership may contain the kind it replaces
    ("国营经济", "个体经济", False),  # one classification's members
    ("科技企业", "中小微企业", True),  # a class by size
    ("文化企业", "外资企业", True),  # a class by ownership
    ("民营企业", "中小微企业", False),  # two broad classes: no containment either way
    ("科技企业", "稳企业", True),  # 稳企业 of 稳就业、稳企业: a slogan's verb phrase, no kind
])
def test_a_change_across_classes_or_into_a_slogan_is_refused(old, new, refused):
    assert (change_why(old, new, "推动", "焕发生机") is not None) is refused


def test_a_statement_that_points_at_what_it_does_not_say_is_not_asked():
    assert statement_why("某理事会年会听取了秘书处的汇报，作出了相应的决定。") is not None
    assert statement_why("前述问题要在年底前逐项整改到位。") is not None
    assert statement_why("某委员会第三次全体会议通过了关于某某问题的决议。") is None
    assert statement_why("某省的经济增速连续三年居全国前列。") is None  # a rank, no pointer


def test_an_issuers_claim_says_whose_it_is():
    text = ("2031年江东省政府工作报告\n\n一、今年经济社会发展总体要求\n\n"
            "今年全省地区生产总值预期增长6.5%，城镇调查失业率控制在5.5%。\n")
    # (a target's figure changed: a sentence of 甲优势、乙优势… gives no false statement since task fix1 of session 22,
    # one member of a list swapped for a sibling is no clear falsehood; and since session 24 a bound or an approximation,
    # 6%左右, 45万人以上, is never changed: the figures here are plain)
    stems = _truefalse_stems(text)
    assert stems and all(s.startswith("《2031年江东省政府工作报告》") for s in stems)


@pytest.mark.parametrize("statement", [
    "违反本办法规定的，依法承担相应的法律责任。",  # a regulation's ordinary 相应的
    "会员履行义务，享有相应的权利。",
    "上述单位应当在15日内向主管部门备案。",  # a regulation's cross-reference
])
def test_a_regulations_own_words_are_no_pointer(statement):
    assert statement_why(statement) is None


def test_parallel_leads_read_their_share_from_policy():
    from pathlib import Path

    import yaml

    from kaodian.questions import sibling_lists

    path = Path(sibling_lists.__file__).with_name("sibling_lists.yaml")
    assert sibling_lists.LEAD_CHANGE == yaml.safe_load(path.read_text(encoding="utf-8"))["lead_change"]
