"""Faults two blind teachers of session 25 named on single choice, cloze and true/false (issue 12): trivial figures,
a counted example, an open clause, a stem that gives its answer in a shortened form, wrong options of another class,
false statements that are arguably true.  Every sentence here is invented in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.model import Blank, Question, QuestionSource
from kaodian.questions import lint_question
from kaodian.questions.definition import _of_class
from kaodian.questions.lint import blank_problem
from kaodian.questions.trivia import arguable_change, arguable_swap, choice_figure, in_tally, near_swap, short_forms


def _cloze(sentence: str, blank: str) -> Question:
    i = sentence.index(blank)
    stem = sentence[:i] + "______" + sentence[i + len(blank):]
    return Question("q-1", "cloze", stem, (blank,), "", QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                    blanks=(Blank(blank, i, i + len(blank)),), point_kind="statement")


def _blank(sentence: str, blank: str) -> str | None:
    i = sentence.index(blank)
    return blank_problem(sentence, i, i + len(blank))


def test_one_example_named_before_a_count_of_its_kind_is_trivia():
    sentence = "培育建设“城乡客运一卡通”等18个市级重点平台，关停低效平台40个。"
    assert _blank(sentence, "城乡客运一卡通")
    # (a named scheme said alone, with no count of its kind after it, stays a blank)
    alone = "全面推行“城乡客运一卡通”改革，方便群众出行。"
    assert _blank(alone, "城乡客运一卡通") is None


@pytest.mark.parametrize(("sentence", "blank", "trivial"), [
    ("加强金融风险防控，全市银行业不良贷款率1.27%，处于较低水平。", "1.27%", True),
    ("全市银行业不良贷款率控制在1.50%以内。", "1.50%", False),  # (a target's bound: asked)
    ("全市粮食产量达到65.3亿斤，创历史新高。", "65.3亿斤", False),  # (one decimal: not a statistic's precision)
])
def test_a_figure_to_two_decimals_is_trivia_unless_a_bound_follows(sentence, blank, trivial):
    assert bool(_blank(sentence, blank)) is trivial


def test_one_figure_of_a_tally_of_four_is_no_single_choice_whatever_its_word_of_aim():
    tally = "争取中央财政补助资金86亿元、政策性贷款投放金额512.6亿元，争取新增债券额度1260亿元、支持民生项目918个。"
    i = tally.index("86亿元")
    assert not choice_figure(tally, i, i + len("86亿元"))
    target = "全市地区生产总值增长6%左右，一般公共预算收入增长3%，城镇新增就业12万人，居民收入增长5%。"
    j = target.index("6%")
    assert choice_figure(target, j, j + 2)  # (a target with its own bound stays a single choice)
    # (a round figure said as one is its tally's headline: 近…名, a teacher's key point)
    headline = "查处了近300名违纪干部，追回外逃人员1866人、追赃金额52.3亿元，已有29人落网。"
    k = headline.index("300名")
    assert not in_tally(headline, k, k + len("300名"))
    assert in_tally(headline, headline.index("1866人"), headline.index("1866人") + 5)


def test_a_verb_led_clause_that_names_the_task_is_an_open_blank():
    sentence = "学习贯彻全会精神，必须紧密联系本地实际，在实际工作中抓好落实。"
    assert _blank(sentence, "学习贯彻全会精神")
    assert _blank(sentence, "实际工作")  # (a concrete work, any work: 具体/实际工作)
    # (a clause that is said of, ______是…, is a subject and stays)
    said = "全过程人民民主是社会主义民主政治的本质属性，必须长期坚持。"
    assert _blank(said, "全过程人民民主") is None


def test_a_stem_that_names_the_answer_less_its_scope_gives_it_away():
    assert short_forms("中国共产党") == ["共产党"]
    assert short_forms("国家安全") == []
    given = "中国共产党是领导我们事业的核心力量，共产党执政就是领导和支持人民当家作主。"
    assert any("泄露" in f for f in lint_question(_cloze(given, "中国共产党")))
    fair = "中国共产党是领导我们事业的核心力量，党的领导是做好各项工作的根本保证。"
    assert not any("泄露" in f for f in lint_question(_cloze(fair, "中国共产党")))


def test_a_wrong_option_of_another_class_or_form_is_not_drawn():
    assert _of_class("人民代表大会制度", "民族区域自治制度")
    assert not _of_class("人民代表大会制度", "人民民主专政")
    assert not _of_class("人民代表大会制度", "基层群众的自治制度")
    assert _of_class("统一战线", "武装斗争")  # (a key of no class noun takes siblings of any ending)
    assert _of_class("中国特色社会主义制度", "中国特色社会主义道路")  # (members of one formulation)
    assert _of_class("毛泽东思想", "邓小平理论")  # (思想, 理论 are no nouns of class: classic sibling options)


def _false(sentence: str, old: str, new: str) -> Question:
    stem = sentence.replace(old, new, 1)
    return Question("q-1", "truefalse", stem, ("错",), f"错误。“{old}”误作“{new}”。原文：{sentence}",
                    QuestionSource("t", "题", None, sentence, 0, len(sentence)), options=("对", "错"),
                    point_kind="statement")


def test_a_sibling_swapped_into_a_maxim_of_endurance_is_arguably_true():
    maxim = "纪律建设是攻坚战，也是持久战，必须常抓不懈。"
    assert near_swap(_false(maxim, "纪律建设", "组织建设"))
    assert arguable_change(maxim, 0, 4, "组织建设")
    # (a claim of rank is false of a sibling: 把政治建设摆在首位)
    rank = "要把纪律建设摆在首位，以此统领各项建设。"
    assert near_swap(_false(rank, "纪律建设", "组织建设")) is None


def test_the_two_sides_of_a_mutual_relation_swapped_are_arguably_true():
    mutual = "物质文明和精神文明相辅相成，发展精神文明必须依托物质文明，建设物质文明又为发展精神文明提供支撑。"
    old = "物质文明又为发展精神文明"
    new = "精神文明又为发展物质文明"
    assert arguable_swap(mutual, mutual.index(old), old, new)
    one_way = "物质文明是精神文明的基础，建设物质文明为发展精神文明提供支撑。"
    assert arguable_swap(one_way, one_way.index(old[:4]), "物质文明", "精神文明") is None
