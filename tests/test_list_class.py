"""A list's kind, read from the words that name it (questions/list_class.py), and which items of other
lists may be wrong options beside its keys.  Sentences are invented."""

from __future__ import annotations

import pytest

from kaodian.model import Point, Span
from kaodian.questions.list_class import class_of_name, cut_at_wrap, kindred, list_class, whole_clause


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("某某改造的历史经验", "经验"),
        ("某某建设道路初步探索的经验教训。", "经验"),
        ("三大法宝：", "法宝"),
        ("某某学说的历史地位及评价", "地位"),
        ("某某社会的五种经济成分", "成分"),
        ("如何建设某某强省", "措施"),
        ("某某组织如何加强自身建设？", "措施"),
        ("什么是某某经济占主体地位", "内涵"),  # (what it asks first: a 地位 it defines is no 地位 list)
        ("某某时期的基本原则是什么？", "原则"),
        ("我们主要做了以下工作。", ""),
        ("他讲到，", ""),
    ],
)
def test_a_list_is_of_the_class_its_name_ends_in(name, cls):
    assert class_of_name(name) == cls


def _point(text: str, lead: str, items: list[str], heading: str | None = "某某章") -> Point:
    start = text.index(lead)
    spans = []
    for it in items:
        i = text.index(it)
        spans.append(Span(it, i, i + len(it)))
    return Point(kind="enumeration", article="a1", section=1, heading=heading, text="；".join(items),
                 start=spans[0].start, end=spans[-1].end, sentence=Span(lead, start, start + len(lead)), items=tuple(spans))


def test_the_lead_names_the_list_and_the_first_items_marker_is_not_read():
    text = "第三章 某某改造理论\n某某改造的历史经验\n（1）坚持甲乙同时并举（2）采取积极引导的方式"
    p = _point(text, "某某改造的历史经验\n（1）", ["坚持甲乙同时并举", "采取积极引导的方式"], heading="第三章 某某改造理论")
    assert list_class(p, text) == "经验"


def test_a_chapter_heading_names_no_list_under_a_lead():
    # the chapter is of 理论, its list of 改造 names no kind: never a list of 理论
    text = "第三章 某某改造理论\n农业的某某改造\n①积极引导农民组织起来②正确分析农村状况"
    p = _point(text, "农业的某某改造\n①", ["积极引导农民组织起来", "正确分析农村状况"], heading="第三章 某某改造理论")
    assert list_class(p, text) == ""


@pytest.mark.parametrize(
    ("cls", "other", "item", "keys", "ok"),
    [
        ("成分", "理论", "某某初级阶段理论", ["国营经济", "私人资本主义经济"], False),  # another kind beside 经济成分
        ("成分", "成分", "个体经济", ["国营经济", "私人资本主义经济"], True),
        ("经验", "原则", "坚持人民民主专政", ["坚持甲乙同时并举", "坚持积极引导"], False),
        # a list naming no kind: its item only in the keys' form, their head noun or their common lead verb
        ("成分", "", "社会主义初级阶段理论", ["社会主义性质的国营经济", "私人资本主义经济"], False),
        ("成分", "", "合作社经济", ["社会主义性质的国营经济", "私人资本主义经济"], True),
        ("经验", "", "坚持某某原则不动摇", ["坚持甲乙同时并举", "坚持积极引导"], True),
        ("经验", "", "坚持某某原则不动摇", ["坚持甲乙同时并举", "采取积极引导的方式"], False),
        ("", "理论", "某某初级阶段理论", ["坚持甲乙同时并举"], True),  # a list naming no kind is left to the other checks
    ],
)
def test_an_item_of_another_list_is_a_wrong_option_only_of_the_keys_kind(cls, other, item, keys, ok):
    assert kindred(cls, other, item, keys) is ok


@pytest.mark.parametrize(
    ("clause", "ok"),
    [
        ("采取循序渐进的步骤    第一阶", False),  # two columns of a PDF glued
        ("需要某某组织的领导第二", False),  # ran into the next point's ordinal
        ("加强某某制度建设", True),
    ],
)
def test_a_glued_clause_is_no_option(clause, ok):
    assert whole_clause(clause) is ok



NOTES = """第一章 基层治理

一、做好基层治理工作的四条经验
（一）坚持党建引领基层治理。各级党组织要发挥作用。
（二）坚持依靠群众办事。群众是真正的英雄。
（三）坚持完善服务体系。服务群众是根本。
（四）坚持系统观念。统筹各方力量。

二、基层治理必须遵循的四项原则
（一）坚持依法自治。自治是基础。
（二）坚持公开透明。公开是保障。
（三）坚持民主协商。协商是支撑。
（四）坚持权责统一。统一是方向。

三、改进干部作风的三条经验
（一）坚持深入调查研究。要掌握实情。
（二）坚持密切联系群众。要倾听呼声。
（三）坚持勇于自我革命。要刀刃向内。
"""
EXPERIENCE = {"坚持党建引领基层治理", "坚持依靠群众办事", "坚持完善服务体系", "坚持系统观念",
              "坚持深入调查研究", "坚持密切联系群众", "坚持勇于自我革命"}


@pytest.mark.usefixtures("one_wrong_option")
@pytest.mark.parametrize("seed", range(3))
def test_a_list_of_experiences_draws_its_wrong_options_from_experiences_only(seed):
    # before list_class the 经验 lists took the 原则 list's items (坚持依法自治) as wrong options, and the
    # 原则 list took 经验 items and a phrase cut from one (坚持密切联系)
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    bank = generate([extract_text(NOTES, "笔记.txt")], seed=seed)
    choices = [q for q in bank.questions if q.kind in ("single", "multiple") and q.point_kind == "enumeration"]
    assert [q for q in choices if "经验" in q.stem]  # the two lists of 经验 give each other wrong options
    assert all(set(q.options) <= EXPERIENCE for q in choices)


SPEECH = """关于基层干部队伍建设的几点意见

要更加重视、关心、爱护在条件艰苦地区工作的基层干部，吸引更多优秀人才扎根基层。
各级党组织要教育引导干部爱国爱民，自觉维护团结稳定的大局。
要帮助基层干部解决实际困难，让他们安心、安身、安业。
"""


def test_two_character_keys_take_no_word_that_only_shares_a_character_with_one():
    # before: 爱国 and 维护 beside 重视、关心、爱护 (a session 9 teacher: 只考几个动词，“爱国”填入不通)
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    bank = generate([extract_text(SPEECH, "讲话.txt")], seed=0)
    offered = {o for q in bank.questions if q.kind == "multiple" for o in q.options}
    assert not offered & {"爱国", "维护"}


@pytest.mark.parametrize(
    ("before", "after", "cut"),
    [
        ("必须坚持某某主义四项基本原", "则是立国之本", True),  # a word runs across the break
        ("半某某性质的合作", "社经济（4）", True),
        ("采取循序渐进的步骤    第一阶", "段发展互助组", True),
        ("（3）党的建设", "武装斗争是党的法宝", False),  # a new sentence after the break
        ("某某制度主要矛盾", "某某社会基本矛盾：", False),
        ("加强社会治理制度建设", "（3）加强预防", False),
    ],
)
def test_an_item_cut_at_a_pdf_wrap_is_told(before, after, cut):
    assert cut_at_wrap(before + "\n" + after, len(before)) is cut
    assert not cut_at_wrap(before + "。" + after, len(before))


def test_a_clause_before_a_colon_is_a_label_and_no_option():
    from kaodian.pipeline import extract_text
    from kaodian.questions.distractors import Material

    m = Material.gather([extract_text("坚持甲类方向核心：改革中坚持党的领导，坚持发展乙类事业。\n", "笔记.txt")])
    clauses = [c for cs in m.clauses.values() for c in cs]
    assert "改革中坚持党的领导" in clauses and "坚持甲类方向核心" not in clauses


def test_a_verb_cut_from_its_object_is_no_head_phrase():
    from kaodian.questions.changes import _head_phrases

    text = "要着力培养学生独立思考的能力。要着力发展，着力推进。"
    got = _head_phrases(text, ["着力补短板"])
    assert "着力培养" not in got and "着力发展" in got


def test_items_of_one_outline_level_share_a_family_of_markers():
    from kaodian.questions.list_class import marker_family

    text = "6.甲类发展的阶段性特征（简答）\n5） 完善乙类保障制度\n促进消费。一要加快发展服务消费。\n六是加强丙类建设，\n（三）推进丁类改革"
    assert marker_family(text, text.index("甲类")) == "N." and marker_family(text, text.index("完善")) == "N）"
    assert marker_family(text, text.index("加快")) == "N要" and marker_family(text, text.index("加强")) == "N是"
    assert marker_family(text, text.index("推进")) == "（N）"
    assert marker_family(text, text.index("促进")) == ""  # (no marker: a clause, not an item)


LEVELS = """一、主要工作
一是加强甲类建设，成效明显。
二是推进乙类改革，成效明显。
三是扩大丙类开放，成效明显。
四是改善丁类民生，成效明显。
二、今年安排
促进消费增长。一要加快发展服务消费。二要增加优质产品消费。三要整顿市场秩序。四要改善消费环境。
扩大有效投资。一要加快补齐短板投资。二要增加民生领域投资。三要规范政府投资。四要激发民间投资。
"""


def test_a_part_of_another_level_is_no_wrong_option_beside_a_paragraphs_measures():
    from kaodian.pipeline import extract_text
    from kaodian.questions.changes import same_level
    from kaodian.questions.distractors import Material
    from kaodian.questions.drafting import Ctx, RunCache

    ex = extract_text(LEVELS, "报告.txt")
    m = Material.gather([ex])
    lists = [p for p in ex.points if p.kind == "enumeration"]
    measures = next(p for p in lists if "加快发展服务消费" in p.items[0].text)
    ctx = Ctx(doc=ex.document, point=measures, material=m, seed=0, cache=RunCache(), doc_key=m.doc_key(ex.document.text))
    # 一是… parts beside 一要… measures are of another level; another paragraph's 一要… measures are not
    assert same_level(ctx, ["加强甲类建设", "激发民间投资", "扩大有效投资"]) == ["激发民间投资", "扩大有效投资"]
