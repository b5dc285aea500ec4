"""Cloze shapes session 25's blind teachers rejected on two provincial government work reports (rate29, rate30;
issue 12 deliverables 4 and 5), each a drafting rule and a lint check: one answer blanked twice (两空答案相同，只留
一空), a report's figure asked without the year or period that governs it (缺“2026年”限定; a figure stem of a few
characters naming no time: 孤立数字，无年份无主体), an open verb's whole object at a sentence's end (完善______。:
可填的说法很多).  Every text here is invented in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.model import Blank, Question, QuestionSource
from kaodian.pipeline import extract_text
from kaodian.questions import generate, lint_question
from kaodian.questions.review_shapes import open_object_blank, timeless_figure, twice_in_clause

REPORT = """2026年江川市政府工作报告

一、“十四五”时期和2025年工作回顾

过去五年，全市经济实力稳步提升。空气质量优良天数比例连续6年保持在90%以上，森林覆盖率达到45.2%。协会坚持把“三个服务”作为各项工作的根本宗旨，引导会员牢固树立服务意识，切实做到“三个服务”。全市新建“邻里中心”120个、“邻里中心”服务站8个，群众办事更加便捷。协会深刻认识到，会务上的“松散软”根子上是思想上的“松散软”，加强思想建设是解决协会各种问题的治本之策。

二、“十五五”时期主要目标任务

“十五五”时期，全市地区生产总值年均增长5%左右，城乡居民收入稳步提高。

三、2026年重点工作安排

主要预期目标是：地区生产总值增长5%左右，城镇新增就业8万人以上。新改建农村公路600公里，提升农村供水保障水平。实施紧缺人才培养计划，大力引进高端人才，完善人才激励机制。
"""


@pytest.fixture(scope="module")
def clozes() -> list[Question]:
    return list(generate([extract_text(REPORT, "江川.txt")], seed=0, kinds=("cloze",)).questions)


def test_a_quoted_answer_said_twice_is_blanked_once_in_a_stem_cut_before_its_second_saying(clozes):
    asked = [q for q in clozes if "三个服务" in q.answer]
    assert asked and all(q.answer == ("三个服务",) for q in asked)
    assert all("三个服务" not in q.stem for q in asked)  # (the second saying is cut off, not shown)


def test_a_quoted_answer_said_twice_in_one_clause_is_not_blanked(clozes):
    assert not any("邻里中心" in q.answer for q in clozes)
    assert all(len(set(q.answer)) == len(q.answer) for q in clozes if "松散软" not in q.answer)  # (see below)


def test_a_quoted_answer_a_clause_says_twice_as_a_relation_is_blanked_both_times(clozes):
    # (甲上的“A”根子上是乙上的“A”: one term to recall, and no series whose members prompt each other)
    assert any(q.answer == ("松散软", "松散软") for q in clozes)


def test_a_plans_figure_says_its_year_when_the_report_sets_a_periods_targets_too(clozes):
    target = next(q for q in clozes if "主要预期目标" in q.stem)
    assert "2026年，主要预期目标" in target.stem
    period = next(q for q in clozes if "年均增长______" in q.stem)
    assert "“十五五”时期" in period.stem


def test_a_figure_the_title_year_holds_as_digits_is_still_sourced_with_its_period(clozes):
    # (6年 stands inside 《2026年…》: read as given away, the stem used to lose its source and its period)
    q = next(q for q in clozes if q.answer == ("6年",))
    assert q.stem.startswith("据《2026年江川市政府工作报告》，过去五年，")


def test_an_open_verbs_object_at_the_sentences_end_is_not_blanked(clozes):
    assert not any("人才激励机制" in q.answer for q in clozes)


def _cloze(sentence: str, blanks: tuple[tuple[int, int], ...]) -> Question:
    stem, last = "", 0
    for a, b in blanks:
        stem, last = stem + sentence[last:a] + "______", b
    stem += sentence[last:]
    answer = tuple(sentence[a:b] for a, b in blanks)
    return Question("q-1", "cloze", stem, answer, "", QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                    blanks=tuple(Blank(sentence[a:b], a, b) for a, b in blanks))


def _spans(sentence: str, word: str) -> tuple[tuple[int, int], ...]:
    out, i = [], sentence.find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = sentence.find(word, i + 1)
    return tuple(out)


@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    ("社团“旋转门”、校企“旋转门”等现象花样百出。", "旋转门", True),
    ("理事会两次调整会费标准、两次修订活动章程，会员人数稳步增长。", "两次", True),
    # across clauses a teacher asks to keep the first blank (graded B) or prints a refrain: the drafter cuts, lint stays
    ("协会把“三个服务”作为根本宗旨，引导会员切实做到“三个服务”。", "三个服务", False),
    ("会风建设永远在路上，协会自身建设永远在路上。", "路上", False),
    ("会务上的“松散软”根子上是思想上的“松散软”。", "松散软", False),  # a relation in one clause, no series
])
def test_one_answer_blanked_twice_in_one_clause_fails_lint(sentence, word, flagged):
    q = _cloze(sentence, _spans(sentence, word))
    assert bool(twice_in_clause(q)) is flagged
    assert bool(twice_in_clause(q)) <= bool(lint_question(q))


@pytest.mark.parametrize(("sentence", "figure", "flagged"), [
    ("引进落地亿元以上项目904个。", "904个", True),
    ("资助困难家庭学生2570名。", "2570名", True),
    ("2025年，资助困难家庭学生2570名。", "2570名", False),  # its year said
    ("今年新增会员2570名。", "2570名", False),
    ("广义货币增长11.3%，低于13%左右的预期目标，信贷结构持续优化。", "11.3%", False),  # long enough to say more
    ("习近平同志在1921年正式入党。", "1921年", False),  # a year dates a fact: no figure of a tally
])
def test_a_figure_in_a_short_stem_that_names_no_time_fails_lint(sentence, figure, flagged):
    q = _cloze(sentence, _spans(sentence, figure)[:1])
    assert bool(timeless_figure(q)) is flagged
    assert bool(timeless_figure(q)) <= bool(lint_question(q))


@pytest.mark.parametrize(("sentence", "answer", "flagged"), [
    ("实施紧缺人才培养计划，大力引进高端人才，完善人才激励机制。", "人才激励机制", True),
    ("开展环境整治提升，抓好厕所改造，加强城镇生活垃圾、污水治理。", "城镇生活垃圾、污水治理", True),
    ("坚持标本兼治，一体推进不敢腐、不能腐、不想腐。", "不敢腐、不能腐、不想腐", False),  # a set phrase: one name
    ("树立社会新风，建立新型邻里关系。", "新型邻里关系", True),
    ("着眼事业需要，优化班子结构、增强整体功能，精准科学选人用人。", "整体功能", False),  # a clause follows
    ("建设社会主义政治文明，必须坚持和完善中国特色社会主义政治制度。", "中国特色社会主义政治制度", False),  # no open head
    ("持续深化新时代“枫桥经验”。", "枫桥经验", False),  # a quoted name
])
def test_an_open_verbs_whole_object_at_the_sentences_end_fails_lint(sentence, answer, flagged):
    q = _cloze(sentence, _spans(sentence, answer)[:1])
    assert bool(open_object_blank(q)) is flagged
    assert bool(open_object_blank(q)) <= bool(lint_question(q))


@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    ("我们要更加紧密地团结在以王建国同志为核心的党中央周围，奋力谱写新篇章。", "核心", True),
    ("过去五年，根本在于以王建国同志为核心的党中央领航掌舵。", "核心", True),
    ("协会的工作始终以服务会员为核心的理念推进。", "核心", False),  # no honored name, no 党中央
])
def test_the_other_word_of_the_core_formula_is_no_blank(sentence, word, flagged):
    from kaodian.questions.lint import blank_problem

    i = sentence.index(word)
    assert bool(blank_problem(sentence, i, i + len(word))) is flagged


@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    ("江川茶园系统成为全省第6个省级重要农业文化遗产，新增传承人75名。", "6个", True),
    ("安全事故起数下降20%，降幅居全省前5位，未发生重大事故。", "5", True),
    ("江川茶园系统成为全省第6个省级重要农业文化遗产，新增传承人75名。", "75名", False),  # no rank
])
def test_a_rank_or_an_items_place_in_a_list_of_honours_is_no_blank(sentence, word, flagged):
    from kaodian.questions.lint import blank_problem

    i = sentence.index(word)
    assert (blank_problem(sentence, i, i + len(word)) or "").startswith(f"空“{word}”只是名次") is flagged


@pytest.mark.parametrize(("stem_lead", "sentence", "word", "flagged"), [
    ("《2031年江川市政府工作报告》指出，", "2030年是极不平凡的一年，全市上下攻坚克难。", "2030年", True),
    ("据《2031年江川市政府工作报告》，", "过去的五年极不寻常。", "五年", True),
    ("《2031年江川市政府工作报告》提出，", "下达2031年市级育儿补贴资金2.6亿元。", "2031年", True),
    ("据《2031年江川市政府工作报告》，", "江川市1998年撤县设市。", "1998年", False),  # a date of the record
    ("", "2030年是极不平凡的一年，全市上下攻坚克难。", "2030年", False),  # no report named: no year to read
])
def test_a_blank_of_the_named_reports_own_year_or_period_fails_lint(stem_lead, sentence, word, flagged):
    q = _cloze(sentence, _spans(sentence, word)[:1])
    from dataclasses import replace

    q = replace(q, stem=stem_lead + q.stem)
    from kaodian.questions.review_shapes import own_time_blank

    assert bool(own_time_blank(q)) is flagged
    assert bool(own_time_blank(q)) <= bool(lint_question(q))
