"""Stems on a charter or regulation (issue 12 review): no article label (第三条) opens a printed stem,
and a list whose lead names it before a copula (…的主要任务是：) is asked by that name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.listlead import topic

CHARTER = Path(__file__).parent / "study-points" / "dangzhang-2022.txt"
LABEL = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条")


@pytest.fixture(scope="module")
def bank():
    ex = extract_text(CHARTER.read_text(encoding="utf-8"), CHARTER.name)
    return ex, generate([ex]).questions


def test_no_stem_opens_with_an_article_label(bank):
    ex, questions = bank
    labelled = [q for q in questions if LABEL.match(q.source.sentence)]
    assert len(labelled) > 20  # the charter's articles are asked, their source sentences keep the label
    assert not [q.stem for q in questions if LABEL.match(q.stem)]


def test_a_list_named_before_a_copula_is_asked_by_its_name(bank):
    _, questions = bank
    named = [q for q in questions if q.kind in ("recall", "ordering", "multiple") and "一处" not in q.stem
             and ("是什么？" in q.stem or "属于" in q.stem or "哪些？" in q.stem)]
    assert len(named) >= 3
    for q in named:
        assert not LABEL.match(q.stem) and "“" not in q.stem[:2]


@pytest.mark.parametrize(("lead", "expected"), [
    ("第十五条　入党介绍人的主要任务是：", ("入党介绍人的主要任务", "是什么")),
    ("党支部党员大会决议主要包括：", ("党支部党员大会决议", "主要包括哪些")),
    ("它的基本任务是：", ("", "")),  # 它 points outside the stem
    # a short noun in the last clause is the subject's
    ("第四十六条　党的纪律检查委员会是专责机关，主要任务是：", ("党的纪律检查委员会的主要任务", "是什么")),
    ("联络员由正式党员担任，其主要职责是：", ("联络员的主要职责", "是什么")),
    ("本条例所称的红色资源，是指在各个时期形成的，具有纪念意义的下列资源：", ("本条例所称的红色资源", "包括哪些")),
    ("我们要看到，这几年工作有很大进展，成绩是：", ("", "")),  # no subject before a verb
    ("要把握好以下几点：", ("", "")),  # no copula: the count word asks (announced)
])
def test_topic_of_a_lead(lead, expected):
    assert topic(lead) == expected
