"""Session 26, second cloze round (issue 12): shapes a party-school teacher sends back from the clozes of reports,
speeches, regulations and theory articles.  Invented sentences only; each case could fail either way."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kaodian.model import Blank, Question, QuestionSource
from kaodian.questions import lint_question
from kaodian.questions.review_amounts import review_amount


def _cloze(sentence: str, word: str, heading: str | None, article: str = "2031年江川市政府工作报告") -> Question:
    a = sentence.index(word)
    b = a + len(word)
    return Question("q-1", "cloze", sentence[:a] + "______" + sentence[b:], (word,), "",
                    QuestionSource("t", article, heading, sentence, 0, len(sentence)), blanks=(Blank(word, a, b),))


@pytest.mark.parametrize(("heading", "sentence", "word", "flagged"), [
    # a past year's amounts in a review section: trivia
    ("2030年工作回顾", "发放托育补贴23.4万人，新增托位6000个。", "23.4万人", True),
    ("2030年主要工作和“十五五”发展成就", "江川茶叶出口额超3亿美元，5家企业上榜全国百强。", "3亿美元", True),
    ("过去五年", "选派科技特派员412名、乡村工匠87名。", "412名", True),
    # the same amount as a plan's target, a headline aggregate, a rule, a rate or a count of years: asked
    ("2031年重点工作", "发放托育补贴23.4万人，新增托位6000个。", "23.4万人", False),
    ("2030年工作回顾", "力争新增托位6000个以上。", "6000个", False),
    ("2030年工作回顾", "城乡居民人均可支配收入突破5万元。", "5万元", False),
    ("2030年工作回顾", "城镇新增就业5.2万人。", "5.2万人", False),
    ("2030年工作回顾", "全省财政衔接资金投入超过30亿元。", "30亿元", False),
    ("2030年工作回顾", "科技特派员覆盖率达到92%。", "92%", False),
    ("2030年工作回顾", "粮食播种面积连续8年稳定。", "8年", False),
])
def test_an_amount_a_review_reports_is_no_cloze_unless_a_headline_target_or_rule(heading, sentence, word, flagged):
    q = _cloze(sentence, word, heading)
    assert bool(review_amount(q)) is flagged
    assert bool(review_amount(q)) <= bool(lint_question(q))


def test_a_heading_of_the_titles_own_year_is_no_review():
    # (2031年 in 《2031年…报告》 is the year it plans; only an earlier year's heading reviews)
    q = _cloze("发放托育补贴23.4万人，新增托位6000个。", "23.4万人", "2031年主要工作安排")
    assert review_amount(q) is None
    assert review_amount(replace(q, source=replace(q.source, heading="2029年主要工作安排"))) is not None


def _series(text: str) -> list[tuple[str, ...]]:
    from kaodian.pipeline import extract_text

    doc = extract_text("关于推进产业发展的意见\n\n一、总体要求\n\n" + text + "\n", "意见.txt")
    return [tuple(i.text for i in p.items) for p in doc.points if p.kind == "term_series"]


@pytest.mark.parametrize(("sentence", "term", "cut"), [
    # a last term after a joiner that the list's 等 closes is whole, whatever the segmenter cuts inside it
    ("发展高端装备、新材料、现代物流、新能源与智能网联汽车等新兴产业。", "智能网联汽车", "智能网"),
    # a governing verb and a verb in the very shape of the other terms are the first term
    ("由市委宣传部负责统筹协调、整体推进、督促落实。", "统筹协调", "协调"),
])
def test_a_list_members_bounds_come_from_the_list(sentence, term, cut):
    found = [s for s in _series(sentence) if any(term in t or cut in t for t in s)]
    assert found and any(term in s for s in found) and not any(cut in s for s in found), found


@pytest.mark.parametrize(("sentence", "term"), [
    # a last term that ends in a word holding 等 (平等, 高等) is no open list's 等: the term keeps it
    ("倡导自由、公正、法治、平等。", "平等"),
    ("坚持各民族一律平等、团结互助、和谐发展、共同平等。", "共同平等"),
])
def test_a_last_term_ending_in_a_word_of_deng_keeps_it(sentence, term):
    found = _series(sentence)
    assert any(s[-1] == term for s in found), found


@pytest.mark.parametrize(("sentence", "listed"), [
    # a pair of subjects, then a pair of predicates: two lists in one 、-chain, no series of three
    ("广大党员、干部深入基层、深入一线，积极回应群众关切。", False),
    ("深入开展警示教育，促进党员、干部知敬畏、守底线，纪律意识进一步提升。", False),
    # a series whose middle term opens with a noun and a verb, not people: a series still
    ("市委宣传部负责统筹协调、整体推进、督促落实。", True),
    # people listed as the series itself
    ("组织党员、干部、群众参加志愿服务。", True),
    # a noun series whose middle member names people's affairs (干部选拔任用): the term before it names no people
    ("要进一步完善领导体制、干部选拔任用、考核评价机制。", True),
])
def test_a_pair_of_subjects_before_a_pair_of_predicates_is_no_series(sentence, listed):
    assert bool(_series(sentence)) is listed, _series(sentence)


@pytest.mark.parametrize(("stem_lead", "sentence", "word", "flagged"), [
    # the count of the report's review period said as 五年来: the title tells it
    ("《2031年江川市政府工作报告》提出，", "“十五五”时期，五年来，我们有效应对各种风险挑战。", "五年", True),
    ("据《2031年江川市政府工作报告》，", "连续五年保持增长，五届会议相继召开。", "五年", False),  # no period of the report
    ("", "五年来，我们有效应对各种风险挑战。", "五年", False),  # no report named
])
def test_the_count_of_the_named_reports_period_before_lai_is_no_blank(stem_lead, sentence, word, flagged):
    from kaodian.questions.review_shapes import own_time_blank

    q = _cloze(sentence, word, None)
    q = replace(q, stem=stem_lead + q.stem)
    assert bool(own_time_blank(q)) is flagged
