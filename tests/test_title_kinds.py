"""A title is asked among titles of its kind, a numbered formulation offered as wrong is a current one, and a
sentence that reports its occasion (今天上午，…) is no question (session 23's blind teachers: a 警示录 asked among
three 规定, 干扰项均为规章而非出版物; 四个第一 beside 四个自信, 并非规范提法; “今天上午”脱离语境)."""

from __future__ import annotations

from kaodian.questions.ask_choice import document_kind
from kaodian.questions.lint import _framed
from kaodian.questions.vocab import load_vocab


def test_a_title_is_asked_among_titles_of_its_kind():
    assert document_kind("《查处违纪违法案件警示录》") == "出版物"
    assert document_kind("《纪检机关处理主动投案问题的规定（试行）》") == "规章"
    assert document_kind("《监督执纪工作规则》") == "规章"
    assert document_kind("《国家监察》") is None


def test_the_well_known_formulations_are_current_ones():
    # (a slogan of 1960 read as invented beside 四个意识、四个自信: session 23's blind teacher, 并非规范提法)
    assert "四个第一" not in load_vocab().numbered_formulations


def test_a_sentence_dated_by_its_occasion_is_framing():
    assert _framed("今天上午，中央领导同志发表重要讲话，对推进某项工作作出战略部署。") is not None
    assert _framed("昨天下午，大会听取了工作报告。") is not None
    assert _framed("今天，我国经济总量已经稳居世界第二。") is None
    assert _framed("要把今天上午部署的任务落到实处。") is None
