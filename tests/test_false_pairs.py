"""False statements a sentence gives the means of itself (questions/false_pairs.py, false_pairs.yaml; issue 12,
deliverable 3): a contrast's two sides swapped, two role slots swapped, a counterpart term of the genre put in a
是-statement.  Every sentence here is invented or a textbook commonplace."""

from __future__ import annotations

import pytest

from kaodian.questions.believable import modifier_swap
from kaodian.questions.false_pairs import contrast_swap, counterpart_swap, counterparts, slot_swap
from kaodian.questions.sentence import replace


def _apply(text: str, change) -> str:  # noqa: ANN001
    a, b, new = change
    return replace(text, [(a, b, new)])


@pytest.mark.parametrize("sentence, expected", [
    ("近代中国革命的性质是资产阶级民主主义革命，而不是社会主义革命。",
     "近代中国革命的性质是社会主义革命，而不是资产阶级民主主义革命。"),
    ("决定商品价值量的不是商品的使用价值，而是社会必要劳动时间。",
     "决定商品价值量的不是社会必要劳动时间，而是商品的使用价值。"),
    ("这场战争的性质是民族解放战争，而非侵略战争。", "这场战争的性质是侵略战争，而非民族解放战争。"),
])
def test_contrast_swapped(sentence: str, expected: str) -> None:
    got = contrast_swap(sentence, 0, len(sentence))
    assert got is not None and _apply(sentence, got) == expected


@pytest.mark.parametrize("sentence", [
    "我们这样做是为了人民的利益，而不是为了别的。",  # (别的 names nothing to swap in)
    "这项工作不是一阵子的事，而是一辈子的事。",  # (one character apart: a play on words)
    "是资产阶级民主主义革命，而不是社会主义革命。",  # (no subject in the clause)
    "如果说这是资产阶级民主主义革命，而不是社会主义革命，那就错了。",  # (a supposition)
    "这种学风不是实事求是的，而是拼凑出来的。",  # (a side that ends in a verb)
])
def test_contrast_refused(sentence: str) -> None:
    assert contrast_swap(sentence, 0, len(sentence)) is None


def test_contrast_said_both_ways_is_no_change() -> None:
    text = "甲的性质是资产阶级民主主义革命，而不是社会主义革命。乙的性质是社会主义革命，而不是资产阶级民主主义革命。"
    end = text.index("。") + 1
    assert contrast_swap(text, 0, end) is None


@pytest.mark.parametrize(("sentence", "swapped"), [
    ("坚持以企业为主体，以市场为导向，健全投融资体系。", "坚持以市场为主体，以企业为导向，健全投融资体系。"),
    ("在统一市场里，国家市场是主体，自由市场是补充。", "在统一市场里，自由市场是主体，国家市场是补充。"),
])
def test_slots_swapped(sentence: str, swapped: str) -> None:
    got = slot_swap(sentence, 0, len(sentence))
    assert got is not None and _apply(sentence, got) == swapped


@pytest.mark.parametrize("sentence", [
    "探索以网格化管理为抓手、以信息技术为支撑，提高治理水平。",  # (roles outside the genre's list: both say "a means")
    "坚持以发展为主题，以发展为主线。",  # (one thing in both slots)
    "信念是本，作风是形。",  # (figures of speech, no role of the list)
    "以改革为主题，以主题教育为主线。",  # (a thing said in the other's role)
])
def test_slots_refused(sentence: str) -> None:
    assert slot_swap(sentence, 0, len(sentence)) is None


def test_counterpart_in_a_statement_of_what_something_is() -> None:
    sentence = "民族区域自治制度是我国的一项基本政治制度。"
    got = counterpart_swap(sentence, 0, len(sentence))
    assert got is not None and _apply(sentence, got) == "民族区域自治制度是我国的一项根本政治制度。"
    sentence = "必须坚持以发展为第一要务，不断增强综合国力。"
    got = counterpart_swap(sentence, 0, len(sentence))
    assert got is not None and sentence[got[0]:got[1]] == "第一要务" and got[2] in ("第一资源", "第一动力")


@pytest.mark.parametrize("sentence", [
    "我国建立了以工农联盟为基础的人民民主专政的根本政治制度。",  # (no copula: the clause says nothing of what it is)
    "人民代表大会制度是根本政治制度，多党合作制度是基本政治制度。",  # (both said: false at a glance)
    "坚持党的基本路线不动摇。",  # (a phrase its verb governs, no 是-statement)
])
def test_counterpart_refused(sentence: str) -> None:
    assert counterpart_swap(sentence, 0, len(sentence)) is None


def test_counterparts_are_no_modifier_swap() -> None:
    # (lint's near-synonym check would call 根本 for 基本 a modifier's change; the genre sets the two apart)
    assert counterparts("根本政治制度", "基本政治制度")
    assert not modifier_swap("根本政治制度", "基本政治制度")
    assert not counterparts("根本政治制度", "科技创新载体")
