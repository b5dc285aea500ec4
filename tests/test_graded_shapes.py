"""Shapes blind teachers rejected in sessions 7-14 that lint missed until session 15 (questions/graded_shapes.py).
Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kaodian.model import Question
from kaodian.questions import lint_question
from kaodian.questions.graded_shapes import (bare_order, conjunction_opener, count_blank, glossary_entry, modal_blank,
                                              restated_place, sequel_opener, stray_close, tally_decimal,
                                              vague_list_name)
from test_review_shapes import _q  # (one invented question's maker for the shape tests)


def _cloze(sentence: str, *blanked: str) -> Question:
    """A cloze on ``sentence`` blanking each of ``blanked`` (its first occurrence), a statement's."""
    from test_questions_quality import _cloze as cloze

    return replace(cloze(sentence, list(blanked)), id="q-1", point_kind="statement")


@pytest.mark.parametrize(("sentence", "blank", "flagged"), [
    ("谋划社区工作，首先应该摸清居民需求和服务短板。", "首先应该摸清居民需求", True),   # a modal opens the blank
    ("网格员的职责应当是发现问题、上报问题。", "网格员的职责应当", True),                 # a modal closes it
    ("谋划社区工作，首先应该摸清居民需求和服务短板。", "居民需求", False),                # the concept alone
    ("要做到“四个必须”，把社区服务落到实处。", "四个必须", False),                      # a named formulation
    ("决不让那些不愿做事、不能干事的人得利。", "不能干事", False),                        # an item of a list
    ("有的干部奉行“差不多就可以了”，标准不高。", "差不多就可以了", False),                 # a quoted saying
])
def test_a_blank_a_modal_opens_or_closes_is_a_verb_frame(sentence, blank, flagged):
    q = _cloze(sentence, blank)
    assert bool(modal_blank(q)) == flagged
    assert bool(modal_blank(q)) <= bool(lint_question(q))  # (lint reports what the shape finds)


@pytest.mark.parametrize(("sentence", "blank", "flagged"), [
    ("社区服务的基本内容，包括两个方面：即生活服务和文化服务。", "两", True),
    ("调研要注重提高“三性”：一是广泛性，二是针对性，三是多样性。", "三性", True),
    ("社区服务的基本内容，包括两个方面。", "两", False),              # no list follows: the count is the point
    ("社区要在三年内建成十个服务站。", "十", False),
])
def test_a_blank_that_is_the_count_of_the_list_that_follows_is_flagged(sentence, blank, flagged):
    assert bool(count_blank(_cloze(sentence, blank))) == flagged


@pytest.mark.parametrize(("stem", "flagged"), [
    ("加强社区文化建设，志愿服务取得新进展。", True),
    ("据《某区2030年工作报告》，继续适当提高社区服务补贴。", True),
    ("2030年，建立社区服务评价机制。", True),
    ("坚持居民主体、量力而行。", False),                                          # a principle the text states
    ("要抓住“关键环节”，带动社区党员。", False),
    ("截至2030年底，全区共有社区书屋12家。", False),                               # a statement of fact
    ("社区服务中心是居民议事的主要场所。", False),                                # a subject
    ("教育事业全面发展，社区学校覆盖率达到九成。", False),                       # 教育 is a noun here
    ("加强社区文化建设，是提高居民文明素养、凝聚社区共识、推动基层治理现代化的重要途径。", False),  # long: a claim
])
def test_a_short_true_false_instruction_with_no_subject_is_flagged(stem, flagged):
    assert bool(bare_order(_q("truefalse", stem, ("对",)))) == flagged


def test_a_list_question_whose_keys_restate_the_clauses_of_its_place_is_flagged():
    place = "全区消费增速回落，社区经济稳中有升"
    restated = _q("recall", f"关于“{place}”，文章列举了哪两点？", ("全区消费增速持续回落", "社区经济保持稳中有升"),
                  point_kind="enumeration")
    assert restated_place(restated)
    other = _q("recall", f"关于“{place}”，文章列举了哪两点？", ("夜间经济带动就业", "社区团购规模扩大"),
               point_kind="enumeration")
    assert restated_place(other) is None
    one_clause = _q("recall", "关于“社区经济稳中有升”，文章列举了哪两点？", ("社区经济保持稳中有升", "夜间经济带动就业"),
                    point_kind="enumeration")
    assert restated_place(one_clause) is None
    multiple = _q("multiple", f"关于“{place}”，下列哪些是文章列举的要点？", ("A", "C"),
                  options=("全区消费增速持续回落", "加强队伍建设", "社区经济保持稳中有升", "完善议事规则"), point_kind="enumeration")
    assert restated_place(multiple)


@pytest.mark.parametrize(("kind", "stem", "answer", "flagged"), [
    ("truefalse", "邻里互助“三帮一”行动：党员帮老人、帮儿童、帮困难户。", ("对",), True),
    ("truefalse", "“______”行动：党员帮老人、帮儿童、帮困难户。", ("对",), True),
    ("cloze", "邻里互助“______”行动：党员帮老人、帮儿童、帮困难户。", ("三帮一",), False),  # glossary_kinds asks a cloze
    ("truefalse", "“邻里守望”的核心内涵：互帮互助、守望相助。", ("对",), False),           # a heading of notes
    ("truefalse", "邻里互助要坚持“三帮一”，党员帮老人、帮儿童、帮困难户。", ("对",), False),
])
def test_a_glossary_entry_is_known_by_its_shape(kind, stem, answer, flagged):
    assert bool(glossary_entry(_q(kind, stem, answer))) == flagged


@pytest.mark.parametrize(("stem", "flagged"), [
    ("和社区服务体系紧密联系、相辅相成。", True),
    ("以及居民自治组织，都要参与社区治理。", True),
    ("和平发展是社区居民的共同心愿。", False),           # 和平 is a word
    ("与传统社区不同，智慧社区以数据为纽带。", False),   # 与…不同 is a whole sentence
])
def test_a_stem_that_opens_with_a_conjunction_is_flagged(stem, flagged):
    assert bool(conjunction_opener(_q("truefalse", stem, ("对",)))) == flagged


@pytest.mark.parametrize(("stem", "flagged"), [
    ("截至6月，全省接种疫苗的居民达到1亿2345.6万人。", True),
    ("全省粮食播种面积达到8654.3万亩。", True),
    ("全区累计培育新型农民超3.2万名。", False),    # a round count
    ("全年完成社区建设投资1.8万亿元。", False),    # money: a target a report sets
    ("全区居民人均收入增长5.5%。", False),
    ("全区接种疫苗的居民达到12万人。", False),
])
def test_a_true_false_tally_to_a_decimal_is_flagged(stem, flagged):
    assert bool(tally_decimal(_q("truefalse", stem, ("对",)))) == flagged


def test_a_list_question_that_names_its_list_only_as_related_content_is_flagged():
    items = ("建好社区书屋", "办好居民课堂", "用好文化广场")
    assert vague_list_name(_q("recall", "根据区委书记的相关内容表述是哪三项？", items, point_kind="enumeration"))
    assert vague_list_name(_q("recall", "关于“社区文化阵地建设”，文章列举了哪三点？", items, point_kind="enumeration")) is None
    # a sentence question may mention the related provisions it amends
    assert vague_list_name(_q("cloze", "充实第十条相关内容，明确______的范围。", ("议事协商",))) is None


@pytest.mark.parametrize(("stem", "flagged"), [
    ("之后，街道将______征求意见稿送各社区讨论。", True),
    ("此后，社区议事会每月召开一次。", True),
    ("会议之后，社区议事会每月召开一次。", False),
])
def test_a_stem_that_opens_after_an_event_it_does_not_show_is_flagged(stem, flagged):
    assert bool(sequel_opener(_q("truefalse", stem, ("对",)))) == flagged


@pytest.mark.parametrize(("stem", "flagged"), [
    ("坚持居民自治）“依靠群众”——社区治理的根本力量“______”。", True),
    ("社区议事会（居民代表会议）每月召开一次。", False),
    ("社区议事会每月召开（　　）次。", False),
])
def test_a_stem_with_a_stray_closing_bracket_is_flagged(stem, flagged):
    assert bool(stray_close(_q("cloze", stem, ("一",)))) == flagged
