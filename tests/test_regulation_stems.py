"""Stems on a charter or regulation (issue 12 review): no article label (第三条) opens a printed stem,
and a list whose lead names it before a copula (…的主要任务是：) is asked by that name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.listannounce import topic

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
    ("第十五条　联络员的主要职责是：", ("联络员的主要职责", "是什么")),
    ("评审委员会的年度报告主要包括：", ("评审委员会的年度报告", "主要包括哪些")),
    ("它的基本任务是：", ("", "")),  # 它 points outside the stem
    # a short noun in the last clause is the subject's
    ("第二十条　监督委员会是本单位的专责机构，主要任务是：", ("监督委员会的主要任务", "是什么")),
    ("联络员由正式党员担任，其主要职责是：", ("联络员的主要职责", "是什么")),
    ("本办法所称的志愿服务，是指在各个领域开展的，具有公益性质的下列活动：", ("本办法所称的志愿服务", "包括哪些")),
    ("我们要看到，这几年工作有很大进展，成绩是：", ("", "")),  # no subject before a verb
    ("要把握好以下几点：", ("", "")),  # no copula: the count word asks (announced)
])
def test_topic_of_a_lead(lead, expected):
    assert topic(lead) == expected


def test_a_title_that_names_a_part_is_never_asked_but_one_that_states_is(tmp_path):
    """第五章 预备党员的教育、考察和转正 holds a series, yet a title is no sentence to blank or judge; a heading
    that states something (…是…的根本保证) is a statement like any other."""
    from kaodian import pipeline

    body = "党组织应当通过党的组织生活、听取本人汇报、个别谈心、集中培训等方式，对预备党员进行教育和考察。\n"
    text = ("某某工作细则\n第一章 总则\n" + body + "第二章 预备党员的教育、考察和转正\n" + body.replace("预备党员", "发展对象")
            + "第三章 坚持党的全面领导是做好发展党员工作的根本保证\n" + body.replace("党组织", "基层党组织"))
    path = tmp_path / "rules.txt"
    path.write_text(text, encoding="utf-8")
    made = pipeline.make_bank([str(path)])
    doc = made.extractions[0].document
    assert [h.text for h in doc.articles[0].headings][1] == "预备党员的教育、考察和转正"
    questions = made.bank.questions
    assert not [q.stem for q in questions if "预备党员的教育" in q.source.sentence]
    assert any("预备党员的教育" in p.sentence.text for p in made.extractions[0].points)  # a point is there
    assert any("根本保证" in q.source.sentence for q in questions)


def test_no_stem_opens_with_a_sheet_number_or_a_chapter_label():
    """A study sheet's card heading (### T12.1 - 第四章：…) is where a point stands, not what it says."""
    text = ("# 某课程背诵要点\n\n### T12 - 第三章：某某精神的内涵是什么\n\n- 爱国、创新、包容、厚德\n\n"
            "### T12.1 - 第四章：人民性是马克思主义最鲜明的品格\n\n### T13 - 第四章：某某价值观的基本内容是什么\n\n"
            "- 富强、民主、文明、和谐\n- 自由、平等、公正、法治\n")
    bank = generate([extract_text(text, "x.md")]).questions
    assert bank and not [q.stem for q in bank if re.search(r"T\d|第[三四]章：", q.stem)]


@pytest.mark.parametrize(("lead", "expected"), [
    # an aside in brackets is no part of the name (某机构（含某岗位，下同）的职责包括)
    ("某某工作机构（含某某工作岗位，下同）的职责包括：", ("某某工作机构的职责", "包括哪些")),
    # a whole noun phrase before the copula, after a clause of manner, names the list (not the heading above it)
    ("综合考虑各方面因素，今年全市发展主要预期目标为：", ("今年全市发展主要预期目标", "是什么")),
    ("在新的历史条件下，党的建设的总要求是：", ("党的建设的总要求", "是什么")),
    ("我们要看到，这几年工作有很大进展，成绩是：", ("", "")),  # still: a short noun with no subject
])
def test_topic_of_a_lead_with_an_aside_or_a_manner_clause(lead, expected):
    assert topic(lead) == expected


@pytest.mark.parametrize(("title", "cited"), [
    ("某省委办公厅印发《某某工作条例》", "某某工作条例"),
    ("某部发布《某某管理办法》", "某某管理办法"),
    ("《某某工作条例》全文", "某某工作条例"),
    ("某市人民政府办公厅关于印发《某某行动方案》的通知", "某某行动方案"),
    ("关于加强某某工作的意见", "关于加强某某工作的意见"),  # a document's own title stays
    ("学习《某某工作条例》的体会", "学习〈某某工作条例〉的体会"),  # a title that quotes one is not its headline
])
def test_a_headline_that_announces_a_document_is_cited_by_that_document(title, cited):
    from kaodian.questions.citing import without_national
    assert without_national(title) == cited
