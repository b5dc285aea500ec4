"""Shapes a teacher rejected in session 11's blind reviews that lint missed (questions/review_shapes.py), and
lint's catch on those reviews (tests/data/lint_labels_s11.json).  Every sentence here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kaodian.model import Blank, Question, QuestionSource
from kaodian.questions import lint_question
from kaodian.questions.review_shapes import (cut_blank, dependent_item, figure_heap, findings, glossary_kind, lone_wrong,
                                             lost_numeral, open_member_blank, open_series_blank, prefix_item, unit_list, question_item, question_stem)

TESTS = Path(__file__).parent


def _q(kind: str, stem: str, answer: tuple[str, ...], sentence: str = "", options: tuple[str, ...] = (),
       point_kind: str = "statement", article: str = "题") -> Question:
    sentence = sentence or stem
    return Question("q-1", kind, stem, answer, "", QuestionSource("t", article, None, sentence, 0, len(sentence)),
                    options=options, point_kind=point_kind)


def test_a_multiple_choice_on_a_sentence_with_one_wrong_option_is_flagged():
    sentence = "要统筹抓好教学、科研、服务三项工作。"
    stem = "要统筹抓好（　　）三项工作。"
    lone = _q("multiple", stem, ("A", "B", "C"), sentence, ("教学", "科研", "服务", "后勤"), "term_series")
    assert lone_wrong(lone, ["后勤"]) and any("只有 1 个错误选项" in f for f in findings(lone))
    two = _q("multiple", stem, ("A", "B", "C"), sentence, ("教学", "科研", "服务", "后勤", "宣传"), "term_series")
    assert not any("错误选项" in f for f in findings(two))
    # a list question keeps its one wrong option: the generator decides what else to ask a list by
    listed = _q("multiple", "关于“三项工作”，下列哪些是文章列举的要点？", ("A", "B", "C"), sentence,
                ("抓好教学", "抓好科研", "抓好服务", "抓好后勤"), "enumeration")
    assert lone_wrong(listed, ["抓好后勤"]) is None


def test_a_glossary_entry_is_asked_only_in_the_kinds_policy_allows():
    entry = "“三联三帮”行动：机关联系社区、帮扶困难群众。"
    article = "《工作报告》有关内容名词注释"
    assert glossary_kind(_q("truefalse", entry, ("对",), article=article))
    assert glossary_kind(_q("cloze", "“______”行动：机关联系社区、帮扶困难群众。", ("三联三帮",), entry, article=article)) is None
    assert glossary_kind(_q("truefalse", entry, ("对",), article="工作报告")) is None


def _cloze(sentence: str, blanks: tuple[str, ...]) -> Question:
    """A cloze on ``sentence`` with ``blanks`` (each its first occurrence) blanked."""
    spans = sorted((sentence.index(b), sentence.index(b) + len(b)) for b in blanks)
    stem = sentence
    for b in blanks:
        stem = stem.replace(b, "______", 1)
    return Question("q-1", "cloze", stem, blanks, "", QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                    blanks=tuple(Blank(sentence[a:b], a, b) for a, b in spans))


@pytest.mark.parametrize(("stem", "flagged"), [
    ("全年新增就业12.5万人，城镇登记失业率3.1%，居民收入增长5.2%。", True),
    ("据《某市工作报告》，去年粮食产量增长2.3%，新建农田30万亩。", True),
    ("经济增长目标定在5%左右。", False),  # one figure: a target a teacher asks
    ("今年的主要预期目标是：经济增长5%左右，城镇新增就业11万人，居民收入增长与经济增长同步。", False),  # a plan's targets
    ("新建学校12所，改造校舍30万平方米。", False),  # no share
])
def test_a_false_statement_that_changes_a_tally_of_figures_is_flagged(stem, flagged):
    assert bool(figure_heap(_q("truefalse", stem, ("错",)))) == flagged
    assert figure_heap(_q("truefalse", stem, ("对",))) is None  # a verbatim copy: the balance's to weigh


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("如何理解基层治理是国家治理的基石。", True),
    ("怎样把握新时代党的建设总要求？", True),
    ("基层治理是国家治理的基石。", False),
    ("如何用好红色资源，是各级党组织的基石。", False),  # a 如何-clause as the subject of a statement
])
def test_a_sentence_stem_that_is_a_question_heading_is_flagged(sentence, flagged):
    stem = sentence.replace("基石", "（　　）").replace("总要求", "（　　）")
    assert bool(question_stem(_q("single", stem, ("A",), sentence, ("基石", "关键", "前提", "保障")))) == flagged


@pytest.mark.parametrize(("items", "flagged"), [
    (["基层组织建设取得了哪些成效", "干部队伍建设的经验"], True),
    (["如何加强作风建设", "健全制度"], True),
    (["加强基层组织建设", "健全干部管理制度"], False),
])
def test_an_item_that_is_a_question_heading_is_flagged(items, flagged):
    assert bool(question_item(items)) == flagged


@pytest.mark.parametrize(("item", "flagged"), [
    ("会议明确指出", True),
    ("在抓好教学的同时", True),
    ("改革方案出台以后", True),
    ("坚持问题导向", False),
    ("做到令行禁止、随时随地", False),  # 随时 is a word, not a clause's 时
])
def test_a_key_that_is_the_head_of_a_cut_clause_is_flagged(item, flagged):
    assert bool(dependent_item([item])) == flagged


@pytest.mark.parametrize(("items", "flagged"), [
    (["坚持勤俭办学，就要精打细算", "坚持勤俭办学"], True),  # the second is the first cut short
    (["校务委员会", "校务委员会常务会议", "教职工代表大会"], False),  # another body, not a cut copy
    (["规范办学行为", "规范收费行为"], False),
])
def test_an_item_that_is_the_cut_opening_of_another_is_flagged(items, flagged):
    assert bool(prefix_item(items)) == flagged


@pytest.mark.parametrize(("answers", "flagged"), [
    (("也离不开制度保障",), True),
    (("又迈向新",), True),
    (("就业创业",), False),  # 就业 is a word
    (("制度保障",), False),
])
def test_a_blank_that_is_half_a_clause_is_flagged(answers, flagged):
    assert bool(cut_blank(answers)) == flagged


def test_a_series_item_may_open_with_its_own_adverb():
    sentence = "办学方向最重要、最根本、也最关键。"
    q = Question("q-1", "cloze", "办学方向最重要、最根本、______。", ("也最关键",), "",
                 QuestionSource("t", "题", None, sentence, 0, len(sentence)), blanks=(Blank("也最关键", 12, 16),))
    assert sentence[12:16] == "也最关键"
    assert not any("半句" in f for f in findings(q))
    cut = "学校的发展需要全体教师的努力，也离不开家长的支持。"
    q2 = Question("q-1", "cloze", "学校的发展需要全体教师的努力，______的支持。", ("也离不开家长",), "",
                  QuestionSource("t", "题", None, cut, 0, len(cut)), blanks=(Blank("也离不开家长", 15, 21),))
    assert cut[15:21] == "也离不开家长"
    assert any("半句" in f for f in findings(q2))


@pytest.mark.parametrize(("stem", "flagged"), [
    ("家县级医院完成改造，村卫生室实现全覆盖。", True),
    ("座县级图书馆建成开放。", True),
    ("据《某县工作报告》，2023年，个重点项目开工建设。", True),
    ("12所乡镇卫生院完成改造。", False),
    ("个人利益服从集体利益。", False),  # 个人 is a word
    ("家庭是社会的基本细胞。", False),
])
def test_a_stem_that_lost_its_numeral_is_flagged(stem, flagged):
    assert bool(lost_numeral(stem)) == flagged


@pytest.mark.parametrize(("sentence", "blank", "flagged"), [
    ("支持社会力量兴办托育、康养、家政等服务。", "托育、康养、家政", True),  # an open list blanked whole
    ("坚持托育、康养、家政三业并举。", "托育、康养、家政", False),  # a closed list
    ("支持社会力量兴办托育、康养、家政等服务。", "家政", False),  # one item
])
def test_one_blank_for_several_items_of_an_open_list_is_flagged(sentence, blank, flagged):
    i = sentence.find(blank)
    q = Question("q-1", "cloze", sentence.replace(blank, "______"), (blank,), "",
                 QuestionSource("t", "题", None, sentence, 0, len(sentence)), blanks=(Blank(blank, i, i + len(blank)),))
    assert bool(open_series_blank(q)) == flagged


@pytest.mark.parametrize(("sentence", "blanks", "flagged"), [
    # one or two examples of a long open list, the others shown: any member of the class fills them
    ("社区为老人提供助餐、助浴、助医、助行、助洁、助急等服务。", ("助餐",), True),
    ("协会联系科技、教育、文化、卫生、体育、民政等部门开展服务。", ("科技", "教育"), True),
    ("社区可以采用热线、书信、走访、网络、广播、板报等形式宣传。", ("热线",), True),
    ("协会联系科技、教育、文化、卫生等部门开展服务。", ("科技",), False),  # a short list: the members shown tell it
    ("公众、企业和其他组织可以采用热线、书信、走访、网络等形式反映。", ("热线",), False),  # (公众、 parts the subject)
    ("协会联系科技、教育、文化、卫生、体育、民政等部门开展服务。", ("科技", "教育", "文化"), False),  # the list is the point
    ("协会联系科技、教育、文化、卫生、体育、民政六个部门开展服务。", ("文化",), False),  # a closed list
    ("协会执行章程纪律、财务纪律、服务纪律、活动纪律、宣传纪律、会议纪律等各项纪律。", ("财务纪律",), False),  # one head
    ("协会发挥志愿者、社工、专家、乡贤、“两员一代表”、网格员等作用。", ("两员一代表",), False),  # a quoted formulation
    ("协会坚持自愿、互利、平等的原则。", ("自愿",), False),  # 平等 closes nothing
])
def test_a_blank_among_the_members_of_an_open_list_is_flagged(sentence, blanks, flagged):
    """Session 19: cloze blanks over one or two examples of a long open list (…等) whose other members the stem shows
    (teachers, sessions 9-18: 只挖列举中的一项，别的也能填，答案不唯一)."""
    assert bool(open_member_blank(_cloze(sentence, blanks))) == flagged


@pytest.mark.parametrize(("stem", "flagged"), [
    ("[市文旅局、（　　），各区、县（市）政府]（五）加强场馆开放。", True),  # a blank among the units responsible
    ("［区教育局、区体育局］建成一批社区球场。", True),
    ("建成一批社区球场，[注：含改建]全部向社会开放。", False),  # a note, no unit
    ("要增强“四个意识”、坚定（　　）。", False),
])
def test_a_question_showing_the_units_a_measure_is_assigned_to_is_flagged(stem, flagged):
    """Session 19: a circulated document's list of responsible units in brackets (挖责任单位名单，无考查意义)."""
    assert bool(unit_list(stem, [])) == flagged


def test_lint_on_session_11s_blind_reviews():
    """tests/data/lint_labels_s11.json: every question of session 11's five blind teacher reviews (base and
    new sides), A accepted, C rejected, B ``edit`` (scored apart).  Built by scripts/review_labels.py
    --sheet --all; main's lint caught 2 of the 148 rejects and flagged none of the 88 accepted when
    labeled.  Lint's catch is a floor that only goes up; of the accepted it flags at most five: a changed
    figure among three national ones that a teacher printed, and the four ratings A of one single choice
    whose wrong option 1·24 (a date's code beside the plan code 1269) another rater of the same sheet
    asked to replace (single_slot.py)."""
    from test_teacher import _question

    labels = json.loads((TESTS / "data" / "lint_labels_s11.json").read_text(encoding="utf-8"))
    assert len(labels) == 344 and all(x["reason"] and x["grade"] in "ABC" for x in labels)
    flagged = [(x["label"], bool(lint_question(_question(x["question"])))) for x in labels]
    assert sum(label == "rejected" for label, _ in flagged) == 148
    assert sum(label == "rejected" and f for label, f in flagged) >= 82  # (session 21: the floor raised to the catch)
    # (the sixth: a true statement opening with its predicate, 加深了…，形成了…, graded A here and B by
    # session 14's teacher for the same shape, 极大增强了…: a stem names its subject, tf_worth.py)
    assert sum(label == "accepted" and f for label, f in flagged) <= 7  # (session 22: one accepted option flagged by option_form set phrases)


def test_lint_on_session_12s_blind_reviews():
    """tests/data/lint_labels_s12.json: every question of session 12's four blind teacher reviews (three
    sheets on heldout15, one on the reference texts; base and new sides), A accepted, C rejected, B
    ``edit``.  Built by scripts/review_labels.py --sheet --all; when labeled, lint caught 8 of the 86
    rejects (a list cut at a sentence's commas, a question title, a plain word of a list) and flagged
    one accepted single choice; session 13's checks (stock-phrase and half-clause blanks, absurd swaps,
    plan headings) catch 24.  The catch is a floor that only goes up.  Session 18 flags one accepted cloze more,
    a plan's year (2025年是“十四五”规划收官之年): session 17's teacher rejected the same cloze as trivia (人人皆知,
    毫无考查价值), and that review is the bar."""
    from test_teacher import _question

    labels = json.loads((TESTS / "data" / "lint_labels_s12.json").read_text(encoding="utf-8"))
    assert len(labels) == 223 and all(x["reason"] and x["grade"] in "ABC" for x in labels)
    flagged = [(x["label"], bool(lint_question(_question(x["question"])))) for x in labels]
    assert sum(label == "rejected" for label, _ in flagged) == 86
    assert sum(label == "rejected" and f for label, f in flagged) >= 64  # (session 21)
    assert sum(label == "accepted" and f for label, f in flagged) <= 2


def test_lint_on_session_14s_blind_reviews():
    """tests/data/lint_labels_s14.json: every question of session 14's three blind teacher reviews (two
    sheets on heldout texts, one on the reference texts; base and new sides), A accepted, C rejected, B
    ``edit``.  Built by scripts/review_labels.py --sheet --all; when labeled, lint caught 2 of the 34
    rejects and flagged no accepted question; graded_shapes.py (session 15) raised the catch to 12.  The catch
    is a floor that only goes up."""
    from test_teacher import _question

    labels = json.loads((TESTS / "data" / "lint_labels_s14.json").read_text(encoding="utf-8"))
    assert len(labels) == 153 and all(x["reason"] and x["grade"] in "ABC" for x in labels)
    flagged = [(x["label"], bool(lint_question(_question(x["question"])))) for x in labels]
    assert sum(label == "rejected" for label, _ in flagged) == 34
    assert sum(label == "rejected" and f for label, f in flagged) >= 18  # (session 23: the floor raised to the catch)
    # (one: a list choice whose keys alone hold the stem's word 经济, label_echo.py; graded A here and B by
    # session 13's teacher)
    assert sum(label == "accepted" and f for label, f in flagged) <= 1


def test_a_review_statistic_of_life_expectancy_is_a_tally_not_a_target():
    """预期 of 人均预期寿命 sets no aim: the figures around it are a review's tally (an invented one), while 预期目标
    and 左右 still mark a plan's targets."""
    from kaodian.questions.review_shapes import tally

    assert tally("全市新增城镇就业4.3万人，居民人均预期寿命提高到80.2岁，城镇化率达到67.5%。")
    assert not tally("今年发展的主要预期目标是：新增城镇就业4万人以上，城镇调查失业率5.5%左右。")


@pytest.mark.parametrize(("sentence", "blanks", "flagged"), [
    # a short list its 等 counts larger than it shows: the members are a sample, any of the others fits
    ("本市完成甲集团、乙控股、丙实业等12家企业重组。", ("甲集团",), True),
    ("全省建成东港、西港、南港等十个物流枢纽。", ("西港",), True),
    ("全省建成东港、西港、南港等二十多个物流枢纽。", ("东港",), True),
    ("全省建成东港、西港、南港等三个物流枢纽。", ("东港",), False),  # the count is the members shown: closed
    ("本市完成甲集团、乙控股、丙实业等企业重组。", ("甲集团",), False),  # no count: a short open list stays
])
def test_a_blank_among_a_counted_sample_is_flagged(sentence, blanks, flagged):
    """rate30: one named example of a list its 等 counts larger (等19家企业) has many answers (任一家都能填)."""
    assert bool(open_member_blank(_cloze(sentence, blanks))) == flagged


@pytest.mark.parametrize(("sentence", "blank", "flagged"), [
    # the label of one count in a tally: the words around it give it away
    ("全省建成甲类“示范工厂”5家，乙类智能车间26家，丙类专业企业310家，丁类冠军企业47家。", "示范工厂", True),
    ("全省建成甲类“示范工厂”5家，乙类智能车间26家。", "示范工厂", False),  # two counts: no tally
    ("全省建成甲类示范工厂5家，乙类“智能车间”26家，丙类专业企业310家。", "智能车间", True),
    ("全省建成甲类工厂5家，乙类车间26家，丙类企业310家，“数字车间”建设扎实推进。", "数字车间", False),  # no count's label
])
def test_a_blank_on_the_label_of_a_tallys_count_is_flagged(sentence, blank, flagged):
    """rate30: 全球“______”3家，…16家，…450家 asks a statistic's category label, given away by its neighbours."""
    from kaodian.questions.review_shapes import tally_label_blank

    i = sentence.index(blank)
    q = Question("q-1", "cloze", sentence.replace(blank, "______", 1), (blank,), "",
                 QuestionSource("t", "题", None, sentence, 0, len(sentence)), blanks=(Blank(blank, i, i + len(blank)),))
    assert bool(tally_label_blank(q)) == flagged
