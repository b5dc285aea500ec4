"""True/false statements a teacher prints as is (task tf, session 20; questions/tf_statement.py, false_dates.cycle_years,
tf_worth.minor_number, falsehood.quality_swap and cut_to_change): a whole proposition without a heading label, a
dated announcement told as done, one event of a run of events, a congress's year moved by whole cycles, no changed
start of a growth story, no significance swapped for another, no cut before what an event signifies.  Every text is
invented."""

from __future__ import annotations

from kaodian.model import QUESTION_KINDS
from kaodian.pipeline import extract_text
from kaodian.questions import load_templates
from kaodian.questions.falsehood import cut_to_change, quality_swap
from kaodian.questions.false_dates import false_date_edits
from kaodian.questions.generate import draft_candidates
from kaodian.questions.tf_statement import dated_future, event_item, label_dropped, printed_statement
from kaodian.questions.tf_worth import minor_number


def _truefalse_drafts(text: str) -> list:
    """Every true/false question drafted on ``text`` (uncapped: before the per-sentence cap and the 对/错 balance)."""
    drafted = draft_candidates([extract_text(text, "t.txt")], load_templates(), tuple(QUESTION_KINDS), 0, None,
                               per_sentence=None)[0]
    return [c.question for c in drafted if c.question.kind == "truefalse"]


def test_a_heading_label_its_subject_repeats_is_dropped():
    s = "“某某”重要论述的形成条件：“某某”重要论述是在对时代特征科学判断的基础上形成的。"
    assert label_dropped(s) == "“某某”重要论述是在对时代特征科学判断的基础上形成的。"
    # a label the rest does not repeat is the subject: it stays
    kept = "三项基本要求包括：坚持甲道路、坚持乙方针、坚持丙原则。"
    assert label_dropped(kept) == kept


def test_a_dated_announcement_is_told_as_done():
    assert dated_future("2031年5月8日，某某学会第九次代表大会将在某市召开。") == "2031年5月8日，某某学会第九次代表大会在某市召开。"
    assert dated_future("2031年，某某论坛即将举行。") == "2031年，某某论坛举行。"
    # no date: the future is the text's own plan
    assert dated_future("我们将在某市召开座谈会。") == "我们将在某市召开座谈会。"


def test_a_run_of_events_is_cut_to_the_event_of_its_change():
    run = "某某国际博览会圆满举办、2031年某某代表团出席某某论坛并发表主旨演讲、某某合作峰会顺利召开。"
    assert event_item(run, "2031年") == "2031年某某代表团出席某某论坛并发表主旨演讲。"
    assert printed_statement(run.rstrip("。") + "，", "2031年") == "2031年某某代表团出席某某论坛并发表主旨演讲。"
    # a directive's run is one demand: its items open with their verbs
    demand = "推进某某领域结构性改革、加快建设某某创新型园区、深入实施某某振兴工程。"
    assert event_item(demand, "某某") == demand


def test_a_congress_year_moves_by_whole_cycles():
    years = {e[:4] for e in false_date_edits("1992年", "", "1992年召开的党的十四大确立了某某改革目标。")}
    assert years == {"1987", "1997"}
    years = {e[:4] for e in false_date_edits("2031年10月", "", "2031年10月，中国共产党第二十五次全国代表大会在某地召开。")}
    assert years == {"2026", "2036"}
    # a year of another kind of event moves as before (a plenum, a law)
    assert "2034年" in false_date_edits("2031年", "", "2031年，某某法正式施行。")


def test_the_low_start_of_a_growth_story_is_no_point():
    text = "起步之初，某省的地区生产总值只有98.6亿元，此后持续快速增长，到2030年达到6020.4亿元。"
    i = text.index("98.6")
    assert minor_number(text, i, i + len("98.6亿元")) is not None
    # the headline figure alone stays a point
    text = "某省地区生产总值达到6020.4亿元。"
    i = text.index("6020.4")
    assert minor_number(text, i, i + len("6020.4亿元")) is None


def test_one_significance_is_never_swapped_for_another():
    text = "要深刻认识某某会议的重大政治意义、理论意义、实践意义。"
    i = text.index("重大政治意义")
    assert quality_swap(text, i, i + len("重大政治意义"), "历史意义")


def test_a_false_statement_is_never_cut_before_what_its_event_signifies():
    s = "2031年底某地对甲产业、乙产业和丙产业改造的基本完成，标志着某地实现了由旧体制向新体制的转变，新体制在某地初步确立。"
    assert cut_to_change(s, 3) == s


NOTES = ("某某教学要点\n\n"
         "一、形势\n\n"
         "2031年10月18日，某某协会第十九次全国代表大会将在北京召开。这次大会是在某某事业发展关键时期召开的一次十分重要的大会。\n\n"
         "“某某”重要思想的形成条件：“某某”重要思想是在对冷战结束后国际局势科学判断的基础上形成的。\n")


def test_drafted_statements_stand_alone():
    stems = [q.stem for q in _truefalse_drafts(NOTES)]
    assert stems
    assert not [s for s in stems if "将在北京召开" in s or "形成条件：" in s]


def test_a_statement_that_opens_with_since_then_leans_on_the_sentence_before():
    from kaodian.questions.tf_worth import unanchored

    assert unanchored("从此，“某某理论”成为某某工作的主题。") is not None
    assert unanchored("某某理论是某某工作的主题。") is None


def test_a_false_statement_is_never_cut_after_a_verb_whose_object_comes_next():
    s = "某某委员会在2031年底开始酝酿，2032年6月在某次全体会议上正式提出某某时期的总路线和总任务，并在此后的若干年内逐步加以完善。"
    assert cut_to_change(s, 9) == s


def test_a_changed_year_never_passes_another_year_of_its_sentence():
    sentence = "某某委员会在2031年底开始酝酿，2032年6月正式提出某某时期的总路线。"
    assert all(int(e[:4]) < 2032 for e in false_date_edits("2031年", "", sentence))


def test_a_sentence_of_a_fill_in_exercise_is_no_statement():
    from kaodian.questions.tf_statement import gapped

    text = "2031年底\t的完成，标志着\t在某地的建立。"
    assert gapped(text, 0, len(text))
    assert gapped("某某\t相统一，是全方位的民主。", 3, 14)
    assert not gapped("3.\t2031年某某会议召开。", 3, 15)   # a tab after a list number is no gap
    assert not gapped("2031年某某会议召开。", 0, 12)


def test_a_year_of_a_title_is_never_changed():
    from kaodian.questions.tf_statement import in_title

    text = "《某某规划和2045年远景目标纲要》对某某作出部署，到2045年基本实现某某。"
    i = text.index("2045年")
    assert in_title(text, i, i + 5)
    j = text.index("2045年", i + 1)
    assert not in_title(text, j, j + 5)


def test_a_catch_all_term_is_never_swapped():
    from kaodian.questions.tf_worth import change_why

    assert change_why("各方面创新", "改革创新", "文化创新以及", "。") is not None
    assert change_why("人民代表大会制度", "各种联席会议制度", "坚持和完善", "、") is not None
    assert change_why("理论创新", "实践创新", "推进", "、") is None


def test_a_term_of_a_formulation_every_learner_knows_is_not_swapped():
    # the basic line's formulation: 以政治建设为中心 is false by common sense, the text need not be read
    from kaodian.pipeline import extract_text
    from kaodian.questions.generate import generate
    from kaodian.questions.tf_worth import known_formulation

    assert known_formulation("经济建设", "坚持以", "为中心，稳住某项指标") == "以经济建设为中心"
    # the same term in a frame the learner must read the text for is no such formulation
    assert known_formulation("经济建设", "坚持以", "为主线，稳住某项指标") is None
    text = "某省工作报告\n过去一年，我们坚持以经济建设为中心，不断巩固经济大省地位，各项事业取得新进展。\n"
    changes = [q.explanation for q in generate([extract_text(text, "t.txt")], per_sentence=0).questions
               if q.kind == "truefalse" and q.answer == ("错",)]
    assert not any("“经济建设”误作" in c for c in changes), changes
