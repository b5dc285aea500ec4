"""plausible.py: a false statement's swap is one a learner could believe (task tf, session 13)."""

import pytest

from kaodian.questions.believable import swap_findings
from kaodian.questions.plausible import implausible, modifier_swap, opposite_swap


@pytest.mark.parametrize("old,new,flagged", [
    ("小生产者", "大生产者", True),  # one character turned into its contrary
    ("长期目标", "短期目标", True),
    ("高标准", "低标准", True),
    ("小生产者", "小经营者", False),  # a sibling of the same kind
    ("大局意识", "小局观念", False),  # more than one character changed
    ("大", "小", False),  # a single character is no term
])
def test_a_term_turned_into_its_contrary_is_no_believable_error(old, new, flagged):
    assert opposite_swap(old, new) is flagged


@pytest.mark.parametrize("old,new,flagged", [
    ("群众的", "先进的", True),  # a modifier phrase is no concept of its own
    ("目的", "方法", False),  # a two-character noun ending in 的
    ("群众路线", "统一战线", False),
])
def test_a_modifier_phrase_is_never_swapped(old, new, flagged):
    assert modifier_swap(old, new) is flagged


def test_lint_reports_an_implausible_swap_and_passes_a_sibling():
    assert implausible("甲类阶层", "乙类阶层") is None
    why = swap_findings("小生产者", "大生产者", "大生产者是劳动者。")
    assert any("意思相反" in w for w in why)
    assert not any("意思相反" in w for w in swap_findings("小生产者", "小经营者", "小经营者是劳动者。"))


@pytest.mark.parametrize("text,old,new,flagged", [
    ("市场份额保持在50%以上。", "50%", "40%", True),  # a lower bound moved down stays true
    ("市场份额保持在50%以上。", "50%", "60%", True),  # moved up it is still no clear falsehood (超过30% beside 超过25%)
    ("投入超过1000亿元。", "1000", "800", True),
    ("审批不超过15日。", "15", "18", True),  # an upper bound moved up stays true
    ("审批不超过15日。", "15", "12", True),
    ("村级集体经济收入超过25%的乡镇予以奖励。", "25%", "30%", True),
    ("参加培训满6个月以上的学员可以申请结业。", "6个月", "7个月", True),
    ("集中轮训每年至少2次。", "2次", "3次", True),
    ("全年带动近3000万人就业。", "3000万人", "3600万人", True),  # a figure given as near
    ("新增投资约5亿元。", "5亿元", "6亿元", True),
    ("新增投资100万元左右。", "100万元", "120万元", True),
    ("在15日内作出答复。", "15", "18", False),  # no bound: a time limit is a figure of its own
])
def test_a_change_that_leaves_its_statement_true_is_not_made(text, old, new, flagged):
    from kaodian.questions.plausible import kept_true

    at = text.index(old)
    assert (kept_true(text, at, at + len(old), new) is not None) is flagged


def test_a_long_false_statement_is_never_cut_inside_a_pair_of_conjunctions():
    from kaodian.questions.falsehood import cut_to_change

    s = ("作为以数字技术为依托、建立在新的组织形式和经营理念基础上的新型业态，这类产业既包括随着平台发展而出现的新型服务，"
         "也包括运用数字技术改造提升的传统服务，还包括与之相配套的各类支撑服务和专业服务。")
    assert cut_to_change(s, s.index("这类产业") + 2) == s


def test_a_core_term_that_modifies_the_noun_after_it_is_not_swapped():
    from kaodian.questions.plausible import kept_true

    text = "努力建设社会主义文化强国。"
    at = text.index("社会主义")
    assert kept_true(text, at, at + 4, "民主主义") is not None
    alone = "我们坚持的是社会主义。"
    at = alone.index("社会主义")
    assert kept_true(alone, at, at + 4, "共产主义") is None


@pytest.mark.parametrize("text,old,new,flagged", [
    ("加强生态文明建设，低碳发展取得新进展。", "生态文明建设", "政治建设", True),
    ("在经济建设上，坚持扩大有效投资。", "经济建设", "政治建设", True),
    ("加强生态文明建设，全面提高治理水平。", "生态文明建设", "政治建设", False),
    ("加强生态文明建设，低碳发展取得新进展。", "生态文明建设", "生态环境保护", False),  # the same field
])
def test_a_term_of_one_field_is_not_swapped_where_the_clause_speaks_of_it(text, old, new, flagged):
    from kaodian.questions.plausible import kept_true

    at = text.index(old)
    assert (kept_true(text, at, at + len(old), new) is not None) is flagged


def test_no_false_statement_hides_its_change_in_a_passage():
    # (policy.yaml false_copy_max: blind teachers printed long false statements 5 times in 21, 题干过长)
    from pathlib import Path

    from kaodian.pipeline import extract_paths
    from kaodian.questions import generate
    from kaodian.questions.ask_truefalse import FALSE_COPY_MAX

    corpus = Path(__file__).parent / "corpus"
    bank = generate(extract_paths([str(corpus / "gaigekaifang-40-speech.txt")]), seed=0)
    false = [q.stem for q in bank.questions if q.kind == "truefalse" and q.answer == ("错",)]
    assert false
    assert all(len(s) <= FALSE_COPY_MAX for s in false), [s for s in false if len(s) > FALSE_COPY_MAX]


def test_a_false_figure_passes_over_a_bound_for_the_plain_figure_after_it():
    """(目标是增长6%以上，失业率5.5%: 6%以上 is never changed, the 5.5% after it may be: a target list stays asked)"""
    from kaodian.questions.blanks import fact_number
    from kaodian.questions.plausible import bound_figure

    text = "今年的主要预期目标是：地区生产总值增长6%以上，城镇调查失业率5.5%，居民收入同步增长。"
    m = fact_number(text, lambda m: bound_figure(text, m.start(), m.end()) is not None)
    assert m is not None and m.group() == "5.5%"
    assert fact_number(text).group() == "6%"
    assert fact_number("目标是增长6%以上。", lambda m: bound_figure("目标是增长6%以上。", m.start(), m.end()) is not None) is None
