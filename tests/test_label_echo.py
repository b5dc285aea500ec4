"""A choice on a list whose stem names the list in topic words only its keys hold gives its keys away
(questions/label_echo.py; session 14's blind teacher: 只有正确项含“安全”二字, 正确项即题干标题拆分).
Every sentence here is invented."""

from __future__ import annotations

import pytest

from kaodian.questions import lint_question
from kaodian.questions.label_echo import echo, label_words
from test_review_shapes import _q  # (one invented question's maker for the shape tests)

STEM = "关于“全镇要守牢防汛底线”，《镇政府工作要点》一文列举了三点，下列哪些是其中的要点？"


def test_the_label_is_the_part_before_the_question_without_the_documents_title_or_generic_words():
    words = label_words(STEM)
    assert "防汛" in words
    assert not {"政府", "要点", "列举"} & set(words)  # (the title and the template's own words)
    assert "工作" not in label_words("一年来，我们主要做了以下工作。下列哪些是其中的要点？")


@pytest.mark.parametrize("right, wrong, flagged", [
    (["健全防汛预案", "加强防汛物资储备"], ["搭建招商平台", "完善养老服务"], True),  # every key
    (["健全防汛预案", "加强防汛物资储备", "提升队伍作风"], ["搭建招商平台", "完善养老服务"], False),  # two of three: a hint
    (["健全防汛预案", "加强防汛物资储备"], ["搭建招商平台", "完善防汛值守制度"], False),  # a wrong one has it too
])
def test_keys_that_alone_repeat_the_lists_topic_word_are_flagged(right, wrong, flagged):
    assert (echo(STEM, right, wrong) is not None) == flagged


def test_keys_that_each_hold_another_word_of_a_long_name_are_not_flagged():
    stem = "关于“全镇要守牢防汛底线，抓好护林防火”，下列哪些是文章列举的要点？"
    assert echo(stem, ["健全防汛预案", "开展护林防火宣传"], ["搭建招商平台", "完善养老服务"]) is None


def test_a_single_key_that_alone_holds_the_topic_word_is_flagged():
    stem = "关于“全镇要守牢防汛底线”，下列哪一项是文章列举的要点？"
    assert echo(stem, ["健全防汛预案"], ["搭建招商平台", "完善养老服务", "提升队伍作风"])
    assert echo(stem, ["提升队伍作风"], ["搭建招商平台", "完善养老服务", "健全防汛预案"]) is None


def test_generate_drops_it_through_lint():
    sentence = "全镇要守牢防汛底线：一要健全防汛预案，二要加强防汛物资储备，三要提升队伍作风。"
    q = _q("multiple", STEM, ("A", "B"), sentence, ("健全防汛预案", "加强防汛物资储备", "搭建招商平台", "完善养老服务"),
           "enumeration")
    assert any("按字面即可猜中" in f for f in lint_question(q))
    term = _q("multiple", STEM, ("A", "B"), sentence, ("健全防汛预案", "加强防汛物资储备", "搭建招商平台", "完善养老服务"),
              "term_series")
    assert not any("按字面即可猜中" in f for f in lint_question(term))  # (a blanked sentence names no list)


def test_wrong_options_of_the_lists_topic_are_drawn_first_but_never_a_restatement_of_its_name():
    from kaodian.questions.label_echo import label_topic, on_label

    values = {"list_where": "全镇要守牢防汛底线"}
    topic = label_topic(values, ["健全防汛预案"])
    assert topic("完善防汛值守制度") and not topic("搭建招商平台")
    assert not topic("把防汛底线守得更牢")  # (the name said again)
    assert label_topic(values, ["提升队伍作风"]) is None  # (no key of the topic: nothing to prefer)
    assert on_label(values, ["健全防汛预案"], ["搭建招商平台", "完善防汛值守制度"]) == ["完善防汛值守制度", "搭建招商平台"]


@pytest.mark.parametrize("stem, wrong, flagged", [
    # the wrong option is the heading the list stands under (its label whole): no item of any list
    ("《镇志》一文在“基本做法”一处列举了三点，下列哪些是其中的要点？", ["全镇防汛的基本做法和主要经验", "完善养老服务"], True),
    ("关于“防汛物资储备”，下列哪些是文章列举的要点？", ["做好防汛物资储备的意义", "完善养老服务"], True),
    ("《镇志》一文在“基本做法”一处列举了三点，下列哪些是其中的要点？", ["完善养老服务", "搭建招商平台"], False),
    # a label shorter than heading_min is a word any item holds
    ("关于“目标”，下列哪些是文章列举的要点？", ["实现防汛目标", "完善养老服务"], False),
])
def test_a_wrong_option_that_is_the_lists_heading_is_flagged(stem, wrong, flagged):
    """Session 19: 错项竟是小标题，荒谬易排除 (a wrong option holding whole the label the stem names the list by)."""
    from kaodian.questions.label_echo import heading_option
    from kaodian.questions.reject_shapes import list_place

    assert (heading_option(list_place(stem), wrong) is not None) == flagged


@pytest.mark.parametrize("stem, right, wrong, flagged", [
    # a word of the heading in two keys of three, in no wrong option of another section
    ("关于“校园卫生工作中的规范与责任”，下列哪些是《课程提纲》一文列举的要点？",
     ["卫生院的职责", "卫生检查中的服务守则", "医患沟通中的守则"], ["校园交往四方面特征", "职业操守"], True),
    # the same keys beside wrong options of the heading's own topic pass
    ("关于“校园卫生工作中的规范与责任”，下列哪些是《课程提纲》一文列举的要点？",
     ["卫生院的职责", "卫生检查中的服务守则", "医患沟通中的守则"], ["卫生监督的方式", "医疗纠纷中的权利"], False),
    # a distinguishing word (公共 of 公共交往) every key holds
    ("关于“公共交往的规范与责任”，下列哪些是《课程提纲》一文列举的要点？",
     ["公共交往三方面特点", "公共交往中的行为守则"], ["校园社团的守则", "家庭聚会的特点"], True),
])
def test_a_word_or_distinguishing_word_of_the_name_held_by_most_keys_is_flagged(stem, right, wrong, flagged):
    """Session 19's blind teacher: the keys all repeat the heading's keyword, the wrong options belong to other
    sections (按关键词即可答对; an invented outline).  Drafting asks it of most keys (two of three)."""
    assert (echo(stem, right, wrong, most=True) is not None) == flagged


@pytest.mark.parametrize("right, flagged", [
    (["健全防汛预案", "加强防汛物资储备", "提升队伍作风"], True),  # two of three: a teacher picks them, guesses one
    (["健全防汛预案", "开展安全检查", "提升队伍作风"], False),  # one of three
    (["健全防汛预案", "加强防汛物资储备"], True),
])
def test_drafting_asks_no_choice_whose_keys_mostly_repeat_the_lists_name(right, flagged):
    """label_echo.named_echo: drafting's stricter test (session 19: 按关键词即可答对); lint keeps to every key."""
    from kaodian.questions.label_echo import named_echo

    values = {"list_where": "全镇要守牢防汛底线"}
    assert (named_echo(values, right, ["搭建招商平台", "完善养老服务"]) is not None) == flagged


def test_a_list_asked_by_its_topic_is_named_after_xialie():
    """下列哪些属于…: the list's name stands after 下列, and keys that alone repeat its words give them away there too."""
    stem = "据《某县政府工作报告》，下列哪些属于推进防汛体系建设的要求？"
    assert "防汛" in label_words(stem)
    assert echo(stem, ["健全防汛预案", "加强防汛物资储备"], ["搭建招商平台", "完善养老服务"])
