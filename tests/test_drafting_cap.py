"""Generation drafts no question the per-sentence cap is sure to drop (questions.generate._ask_document):
once a sentence holds per_sentence first questions of its points, the later kinds of its points are not
drafted, for ``select`` would leave them out; every point's first question is drafted before any second kind.
The text is invented."""

from __future__ import annotations

import pytest

from kaodian.model import QUESTION_KINDS
from kaodian.pipeline import extract_text
from kaodian.questions import generate, load_templates
from kaodian.questions.generate import PER_SENTENCE, PREFER, draft_candidates
from kaodian.questions.select import select

# one sentence holds a statement, a formulation (in a slot a false statement may swap: swap_point.defining) and a
# series; the next one a formulation alone
TEXT = ("学习会议精神\n\n全体干部必须以“四个意识”为引领，不断增强学习本领、调研本领、落实本领，推动基层治理提质增效。\n\n"
        "各级支部要深刻认识“五个带头”的重大意义，把学习成果转化为推动工作的实际成效。\n")


@pytest.fixture(scope="module")
def extraction():
    ex = extract_text(TEXT, "t.txt")
    first = [p.kind for p in ex.points if p.sentence.start == ex.points[0].sentence.start]
    assert first == ["statement", "formulation", "term_series"]  # the shape this test is about
    return ex


def _drafted(ex, per_sentence):
    return draft_candidates([ex], load_templates(), tuple(QUESTION_KINDS), 0, None, per_sentence=per_sentence)[0]


def _kinds(ex, drafted, point_kind):
    start = ex.points[0].sentence.start
    return [c.question.kind for c in drafted
            if c.question.point_kind == point_kind and ex.points[int(c.point[1])].sentence.start == start]


def test_points_of_a_full_sentence_are_drafted_their_first_kind_only(extraction):
    drafted = _drafted(extraction, PER_SENTENCE)
    # the statement's true/false kind is drafted before the sentence is full (first questions are drafted before
    # any second kind, but a true/false kind is skipped as the first questions made before it say: its drafts
    # count in the document's true/false balance); its formulation fills it (two first questions)
    assert len(_kinds(extraction, drafted, "statement")) == 2
    assert len(_kinds(extraction, drafted, "formulation")) == 1
    assert len(_kinds(extraction, drafted, "term_series")) == 1
    # uncapped, the formulation is drafted in more kinds
    assert len(_kinds(extraction, _drafted(extraction, None), "formulation")) > 1


def test_leaving_those_drafts_out_changes_nothing_the_selection_keeps(extraction):
    every = select(_drafted(extraction, None), per_sentence=PER_SENTENCE, prefer=PREFER)
    capped = select(_drafted(extraction, PER_SENTENCE), per_sentence=PER_SENTENCE, prefer=PREFER)
    assert [q.id for q in capped] == [q.id for q in every if q.kind != "truefalse" or q.id in {c.id for c in capped}]
    # generate then applies the bank's cap on true copies (cap_true): it may leave out a true statement,
    # never anything else
    made = [q.id for q in generate([extraction]).questions]
    assert made == [q.id for q in capped if q.kind != "truefalse" or q.id in made]
    assert all(q.kind == "truefalse" and q.answer == ("对",) for q in capped if q.id not in made)


def test_a_formulation_inside_a_series_blanked_whole_is_asked_only_where_its_sentence_has_room():
    """“三项原则”、“五项纪律”、“两个坚持” are points of their own and terms of the series around them: the
    series' cloze asks all of them, so the sentence is not asked five times over (a newcomer saw seven
    clozes on one sentence)."""
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    text = ("某某理论文章\n在长期实践中，我们党提出的思想建党、从严治党、“三项原则”、“五项纪律”、“两个坚持”等，"
            "都是党的建设的宝贵财富。新时代必须继承和发扬这些宝贵财富，不断推进党的建设新的伟大工程。\n")
    qs = generate([extract_text(text, "x.txt")], seed=1).questions
    on = [q.answer for q in qs if "思想建党" in q.source.sentence]
    assert ("思想建党", "从严治党", "三项原则", "五项纪律", "两个坚持") in on
    assert len(on) <= 3
