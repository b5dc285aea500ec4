"""A multiple choice whose keys all name organs or posts takes no wrong option that names none
(questions/option_kinds.py names_among_keys; session 17, task choice: 管理、经济 beside the company's organs
are struck out at a glance).  Invented options."""

from __future__ import annotations

from kaodian.questions.option_kinds import names_among_keys, option_kind_findings


def test_a_concept_beside_keys_that_name_organs_gives_them_away():
    keys = ["董事会", "监事会", "股东会"]
    assert names_among_keys(keys, ["运营"])
    assert option_kind_findings("支持（　　）依法行使职权。", keys, ["运营"], whole=False)


def test_an_organ_beside_them_does_not():
    assert names_among_keys(["董事会", "监事会"], ["理事会"]) is None
    assert names_among_keys(["帝国主义", "封建主义"], ["运营"]) is None  # keys that are concepts
