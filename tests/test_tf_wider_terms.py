"""A false statement never swaps in a wider term every claim of the old one holds of (tf_worth.yaml wider_terms;
issue 12, invented sentence)."""

from __future__ import annotations

from kaodian.questions.tf_worth import change_why


def test_a_narrower_term_is_never_swapped_for_the_wider():
    assert change_why("社会主义", "共产主义", "公平正义是", "的内在要求。") is not None


def test_the_wider_term_may_be_swapped_for_the_narrower():
    assert change_why("共产主义", "社会主义", "实现", "是最高理想。") is None


def test_a_claim_of_the_present_order_may_take_the_wider_term():
    assert change_why("社会主义", "共产主义", "我们有", "的制度优势。") is None
