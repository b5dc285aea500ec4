"""Shapes blind teachers rejected in sessions 7-13 that lint missed until session 14 (questions/rater_shapes.py),
and lint's catch on all labeled reviews (tests/data/lint_labels*.json).  Every sentence here is invented."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kaodian.questions import lint_question
from kaodian.questions.rater_shapes import (attributed_copy, cut_item, findings, have_option, picked_figures, plan_part,
                                           virtue_in_avoid_slot)
from kaodian.questions.reject_shapes import list_stem_findings
from test_review_shapes import _q  # (one invented question's maker for the shape tests)

TESTS = Path(__file__).parent




def test_a_recall_of_a_few_figures_picked_from_a_long_run_of_targets_is_flagged():
    # (a county report's targets: ten figures in a row, and the recall asks "which four")
    sentence = ("全县生产总值增长6%左右，一般公共预算收入增长4%，规模以上工业增加值增长7%，社会消费品零售总额增长5%，"
                "固定资产投资增长3%，城镇新增就业1.2万人，城镇调查失业率5.5%以内，居民收入增长6%，粮食产量稳定在"
                "60万吨以上，单位生产总值能耗下降2%。")
    picked = _q("recall", "全县今年主要预期目标是哪四项？", ("全县生产总值增长6%左右", "一般公共预算收入增长4%",
                "固定资产投资增长3%", "居民收入增长6%"), sentence, point_kind="enumeration")
    assert picked_figures(picked) and any("任意挑出" in f for f in lint_question(picked))
    # (the text's own list of four figures is asked whole)
    own = _q("recall", "全县今年主要预期目标是哪四项？", ("全县生产总值增长6%左右", "一般公共预算收入增长4%",
             "固定资产投资增长3%", "居民收入增长6%"),
             "全县生产总值增长6%左右，一般公共预算收入增长4%，固定资产投资增长3%，居民收入增长6%。", point_kind="enumeration")
    assert picked_figures(own) is None
    # (a whole list whose two items each state two figures: the figures are the items' own, none left out; review s23)
    both = ("2021年，某项收入达到5000亿元，增长8%", "2022年，某项收入达到6000亿元，增长7%")
    whole = _q("recall", "两年的收入情况分别是什么？", both, "2021年，某项收入达到5000亿元，增长8%；2022年，某项收入达到6000亿元，增长7%。",
               point_kind="enumeration")
    assert picked_figures(whole) is None


@pytest.mark.parametrize(("place", "flagged"), [
    ("活动前期", True), ("活动注意事项", True), ("后期", True), ("参加人员", True), ("活动内容", True),
    ("2025年工作安排", False),  # a report's tasks for the year: points, not logistics
    ("主要任务", False), ("基层党组织的基本任务", False),
])
def test_a_list_question_on_a_plans_logistics_is_flagged(place, flagged):
    q = _q("recall", f"关于“{place}”，《读书会策划书》一文列举了哪三点？", ("确定书目", "发布通知", "分组讨论"),
           "确定书目；发布通知；分组讨论。", point_kind="enumeration")
    assert bool(plan_part(q)) == flagged
    # the same place in a sentence question's quotation is no list question
    assert plan_part(_q("cloze", f"“{place}”要______。", ("提前准备",), point_kind="statement")) is None


@pytest.mark.parametrize(("items", "flagged"), [
    (["在总则第三段中", "在第五条后", "在附则里"], True),       # where a change was made, not what
    (["将加快建设创新型城市", "将推进城乡融合"], True),          # an amendment's head cut before its new words
    (["将“建设”修改为“高质量建设”", "增写一段"], False),         # a whole amendment
    (["有些建议暂不采纳", "有的建议留待研究"], True),            # one side of a 有些…有的… contrast
    (["集合签到", "活动期间", "返程清点"], True),                 # a time frame alone
    (["在实践中检验真理", "在奋斗中成就事业"], False),           # 在…中 opening a statement that goes on
    (["坚持人民至上", "坚持自信自立"], False),
])
def test_an_item_with_no_content_of_its_own_is_flagged(items, flagged):
    assert bool(cut_item(items)) == flagged


def test_a_wrong_option_of_you_and_a_noun_among_terms_is_flagged():
    assert have_option(["质量", "效益"], ["有能力", "创造力"])
    assert have_option(["质量", "效益"], ["创造力", "生命力"]) is None
    assert have_option(["有理想", "有本领"], ["有能力"]) is None  # a series of 有… (有理想、有本领、有担当)


@pytest.mark.parametrize(("stem", "wrong", "flagged"), [
    ("抓落实要讲实效，不搞（　　）。", ["求真务实", "埋头实干"], True),
    ("抓落实要讲实效，反对（　　）。", ["形式主义", "敢于担当"], True),
    ("抓落实要讲实效，不搞（　　）。", ["层层加码", "文山会海"], False),
    ("抓落实要讲实效，坚持（　　）。", ["求真务实", "埋头实干"], False),  # a slot of what to do
])
def test_a_virtue_among_wrong_options_in_a_slot_of_what_to_avoid_is_flagged(stem, wrong, flagged):
    assert bool(virtue_in_avoid_slot(stem, wrong)) == flagged


def test_a_long_true_copy_of_a_report_under_its_attribution_is_flagged():
    long_copy = ("据《某县政府工作报告》，推进城乡融合发展，做强县域特色产业，扩大有效投资，促进消费回暖，"
                 "优化营商环境，加强生态环境保护，办好民生实事，防范化解重点领域风险，保持社会大局稳定。")
    assert attributed_copy(_q("truefalse", long_copy, ("对",)))
    assert attributed_copy(_q("truefalse", long_copy, ("错",))) is None  # a change to find is a claim to judge
    assert attributed_copy(_q("truefalse", "据《某县政府工作报告》，去年全县粮食总产量创历史新高。", ("对",))) is None
    unattributed = long_copy.split("，", 1)[1]
    assert attributed_copy(_q("truefalse", unattributed, ("对",))) is None  # (long_copy's own length check weighs it)


@pytest.mark.parametrize(("stem", "flagged"), [
    ("下列哪些是文章列举的要点？", True),
    ("下列哪一项是《读书会策划书》一文列举的要点？", True),
    ("关于“读书会的安排”，下列哪些是文章列举的要点？", False),
])
def test_a_choice_on_a_list_that_names_no_place_is_flagged(stem, flagged):
    assert any("没说是哪一处" in f for f in list_stem_findings(stem)) == flagged


def test_findings_run_inside_lint():
    q = _q("multiple", "关于“活动前期”，下列哪些是《读书会策划书》一文列举的要点？", ("A", "B"), "确定书目；发布通知；分组讨论。",
           ("确定书目", "发布通知", "返程清点"), "enumeration")
    assert findings(q) and any("事务安排" in f for f in lint_question(q))


def test_lint_recall_on_all_labeled_reviews_holds():
    """Lint's catch over every labeled review (tests/data/lint_labels*.json: 836 rejects, 787 accepted when
    session 14 swept them): session 14 raised the catch from 469 to 513 while the accepted questions it
    flags stayed few (63 to 71); session 15 added session 14's reviews (870 rejects, 906 not rejected) and
    graded_shapes.py, which raised the catch from 515 to 538 while the flagged non-rejects went from 73
    to 75; session 16 added session 15's reviews (938 rejects, 1085 not rejected) and item_shapes.py, which
    raised the catch from 553 to 561 while the flagged non-rejects went from 96 to 97; both are floors and
    ceilings that only improve.  The merge of session 16 flags three more non-rejects, each graded B
    (edit first) by a teacher whose reason names the very defect flagged (a true/false opening with 对以…,
    a 他的 never named, a cloze opening with 另一方面 without its first half): the precision bound is
    0.845, and 100 flagged non-rejects the ceiling.  Session 17 adds its three blind reviews (45 questions of
    main on the reference texts, 141 of main and of the session's merge on six unseen texts: 989 rejects);
    lint catches none of their 51 new rejects (trivia, wrong time frames, a missing source: no shape of a
    question alone tells them), and flags one of their non-rejects: 101 the ceiling.  Session 18's trivia checks
    (questions/trivia.py) catch 29 rejects more, 23 of them session 17's, and flag 4 non-rejects, each a shape
    teachers split on (a plan's year, 政策体系 -> 评价体系; graded B by one review of session 17 and C by the
    other); its head_class (single_shapes: stray_head) catches three more and flags six non-rejects, each of
    session 17 graded B (edit first) by a teacher whose reason names the very defect flagged (a wrong option of
    another class than the series: 不是设施, 不是保护对象, 与“引导”搭配不通, 生造或过泛, 不合句式): 594 the floor,
    111 the ceiling, 0.84 the precision bound.  Session 18 adds its two blind reviews (148 questions of main and of
    the session's merge on six texts: 1020 rejects): lint caught none of their 31 rejects; trivia's noun-phrase check
    catches four (1981年12月召开的党的十一届三中全会。) and the same-opening paraphrase check flags one question both
    teachers graded (充分挖掘经济潜能 beside 充分挖掘内需潜力: B by one, whose reason names it a 咬字陷阱, A by the
    other): 598 the floor, 113 the ceiling.  Session 19 adds session 18's reference rating (55 questions, 10 rejects:
    1030) and checks that catch 14 rejects more: blanks among the examples of a long open list whose other members
    the stem shows (review_shapes.open_member_blank), a wrong option that is the list's own heading
    (label_echo.heading_option), an adjective blank before 的 (trivia), a statement opening with 先后 and its
    predicate (tf_worth), a circulated document's bracketed list of responsible units (review_shapes.unit_list), a
    list answered by bare aspects (制度方面、实践方面; 从…方面看); they flag two B grades, each for the very defect
    flagged (机构名比较随意; 答案只有“从…方面看”标签，需补出具体区别内容): 612 the floor, 115 the ceiling then.  Session 19's
    blank-choice trivia (trivia.stock_blank: a lone modifier, a member of a set series, a hollow noun, a bare head
    glued to its term) catch more and flag one non-reject, a B whose reason names the very defect flagged (a blank
    that is a meaningless bare head): 617 the floor, 117 the ceiling.  Session 19's blind rating (130 grades of two
    teachers, lint_labels_s19.json: 19 rejects) is a new measure: lint catches none of its rejects (617 of 1049).
    Session 19's reference rating (55 grades, lint_labels_s19ref.json: 7 rejects) joins them: 617 of 1056.
    Session 20's lint_shapes (a note or a page reference in an option or a key, a short cloze cut from a heading, a
    subject that is a heading word with no owner, a stop misprinted inside an option, a list heading asking two aspects
    or only an angle, a stem opening with 的), trivia's hollow blank at a sentence's end and a lone wrong option saying
    坚持了… (reject_shapes.particle_giveaway) catch 39 rejects more; they flag four non-rejects, each a B whose
    teacher's reason names the very defect flagged (题干写“科学内涵和实现路径”，范围含糊; 以“的…”开头，是断行残句):
    656 the floor, 121 the ceiling.  Session 20's blind rating (114 grades of two teachers, lint_labels_s20.json:
    19 rejects) is a new measure: lint catches none of them (656 of 1075).  Session 21's true/false rules (an
    enemy class swapped for an ally, a broad class of ownership, a slogan swapped in, 相应的…) and its checks
    (trivia: a short stem of two blanks, a long document title blanked, a swap of one kind of enterprise or body for
    another, a judgement or an adverb as a whole blank; lint_shapes: a heading that names its recall's items; one
    page-reference pattern, which reads a page number ending an option) catch 670 in all and flag non-rejects that
    are B grades whose teacher's reason names the very defect flagged (错得过于明显; 指代含糊; 选项带页码), and the terms of
    censure (vocab.yaml negative_terms) one more question, graded B by both teachers for the flagged defect
    (正确项带“一切”，干扰项马克思主义、共产主义荒谬): 670 the floor, 128 the ceiling, and precision 0.835 (was 0.84: the
    last two flags are that question's two B grades, each naming the defect flagged).  Session 21's blind rating
    (132 grades of two teachers on five unseen texts, lint_labels_s21.json: 65 rejects) is a new measure: lint
    catches 4 of them (674 of 1140).  Session 22 raises the floor and the ceiling to what lint catches and flags now
    (674 the floor, 127 the ceiling, precision 0.84); the checks that read the text a question cites (context_lint.py)
    keep their own floor with the texts tests/ holds (test_context_lint.py).  Session 23 adds session 22's blind rating
    (120 grades of two teachers, lint_labels_s22.json: 11 rejects, 1 caught; its six flagged B grades each ask to
    replace the very fragment option flagged) and checks that catch 12 rejects more without the texts (a page-furniture
    title 《…】》; a recall of N figures picked from a run of twice N or more): 688 the floor, 138 the ceiling.  Session
    24 adds session 23's two blind ratings of one sample (lint_labels_s23.json: 26 rejects) and three checks of
    lint_shapes (a short subjectless statement, the clause that repeals an old rule, keys that all open with one clause
    the heading does not name): 700 of 1,177, 139 flagged non-rejects.  Session 25's lint_shapes (a statement of one
    clause opening with a preposition, up to 60 characters; keys that hold one another) catch 7 more: 709 the floor,
    flagged non-rejects unchanged (140).  Session 25 adds its two blind ratings of one sample of rateset29 (96 grades of
    two teachers on 48 questions, lint_labels_s25.json: 18 rejects) as a new measure: lint catches none of them and
    flags none of its 78 non-rejects (709 of 1,195; their faults are trivia of figures and app names, a stem that
    does not say which list it asks, a false statement the text's own next clause makes arguable).  The session's trivia
    and definition rules then catch 13 of those rejects (722 of 1,195, flagged non-rejects 141).  Session 25's second
    rating, of rateset30 (58 grades of two teachers on 29 questions, lint_labels_s25b.json: 11 rejects), is a new
    measure: lint catches none of them and flags none of its 47 non-rejects (722 of 1,206).  Session 26's cloze checks
    (review_shapes: one answer blanked twice in one clause, a figure in a short stem naming no time, an open verb's
    whole object at a sentence's end) catch 9 rejects more and flag no non-reject: 734 the floor, 142 the ceiling.
    Session 26 adds its blind rating of rateset31 (100 grades of two teachers, r5 and r6, on 50 questions,
    lint_labels_s26.json: 9 rejects) as a new measure: lint catches none of them and flags none of its 91 non-rejects
    (734 of 1,215; their faults: a recall's key missing half of two items, a single choice whose stem does not say
    which of a speech's runs of four it asks, a true/false or cloze anyone answers without the text, a copied
    forecast with an unanchored 今年).  Session 26's third cloze round (cloze_slots: a study verb's stock object,
    学习宣传贯彻______ -> 全会精神; a blank crossing two lists) catches 4 rejects more and flags no non-reject: 738 the
    floor.  Session 26 adds its second blind rating, of rateset32 (92 grades of two teachers, r7 and r8, on 46
    questions, lint_labels_s26b.json: 13 rejects, 43 B edits) as a new measure: lint catches none of them and flags
    none of its 79 non-rejects (739 of 1,228; their faults: a choice anyone answers from common knowledge, a cloze whose
    stem gives its answer away or is a headless list, a true/false whose false version is garbled or contradicts
    itself, options cut from half-clauses, a recall whose key answers one of three questions, a page title as the
    document's name).  Session 27 adds its two blind ratings of rateset33, each sheet drawn from its own main (rate33a:
    94 grades of r9 and r10 on 47 questions, lint_labels_s27.json, 18 rejects, 22 B edits; rate33b: 92 grades of r11
    and r12 on 46 questions, lint_labels_s27b.json, 18 rejects, 22 B edits; 25 questions stand on both sheets) as a new
    measure: lint catches none of the 36 rejects and flags none of the 150 non-rejects (744 of 1,264; their faults: a
    single choice whose wrong options are truncated half-sentences of the text, a recall whose heading label names
    another article's list, a stem or key cut mid-clause, a past year's statistic or ordinal asked as if proposed, a
    true/false whose false version is arguably true, a choice answered from common knowledge)."""
    sys.path.insert(0, str(TESTS))
    from test_teacher import _lint_scores

    labels = [x for path in sorted((TESTS / "data").glob("lint_labels*.json"))
              for x in json.loads(path.read_text(encoding="utf-8"))]
    tp, rejects, fp = _lint_scores(labels)
    assert rejects >= 1264
    assert tp >= 747, tp  # (session 27: what lint catches on main 5fd6ea0c, scripts/lint_misses.py: 744; item_shapes'
    # odd_item, a recall whose last item lacks the opening all others share (the next heading swept in): 746, no flag more)
    # (session 23: session 22's rating, lint_labels_s22.json, adds six flagged B grades, each a teacher's edit for the
    # very fragment option flagged: 完善好、发展好 as a wrong option, a sentence's opening adverbial; lint_shapes'
    # garbled_title catches five rejects and flags three B grades whose teacher asks to delete that very title;
    # rater_shapes' picked_figures seven rejects and a B asking to cut the same recall of figures down)
    # (session 24: session 23's rating adds a B grade of each teacher on one statement lint flags as a speech's opening,
    # 今天上午，…: both teachers ask for the very context the flag names; the new checks flag no non-reject;
    # tf_worth's founding year flags the two B grades of 1921年…中国共产党宣告正式成立 -> 1918年, each
    # teacher's reason naming the very defect flagged: 1921年建党对干部属常识，判断过于简单; 对干部而言过于浅显)
    # (session 25: cloze30's tally-label check flags one graded non-reject of lint_labels_s25b.json, the very question
    # it was written from: the 全球“______”3家 cloze that one teacher accepted and the other rejected as trivial; its
    # study-demand check, which flagged two B grades, was reverted: it cost a key point, the floors only go up)
    # (session 26: single31's forecast check (tf_worth forecast_words: no true copy of 有望/预计将) catches the reject of
    # lint_labels_s26.json it was written from, 到今年年底，…有望圆满完成 (r6: C, 预期而非事实) and flags the same question's
    # B grade of r5, who asks to edit that very copied true statement (照抄的真命题；“今年”指代不明): one flag more)
    # (session 26: cloze3's procedure_matter (a regulation's procedure sentence asks its decider, not its list of
    # matters) flags the two B grades of rate31's Q019, the three-blank cloze on 设置调整、换届、委员会组成 both teachers
    # asked to edit for that very fault (r6: 非要点；应改挖“党组（党委）讨论决定”; r5: 连续三个空…宜只留一个空): two flags more)
    # (session 26: recall32's checks (a list stem pointing at a list it does not show, 有下列行为之一。请写出…; a statement
    # opening with 强调 and no speaker) catch 3 rejects of rate32 and flag 9 of its B grades, each a teacher's edit for
    # that very defect (r7/r8: 题干照抄“有下列情形之一的”，未列出条文、未注明出处; “强调…”缺主语): nine flags more)
    # (session 27, tf6's wider_terms: one more flag, r11's B of rate33b Q016 共同富裕是共产主义的本质要求 — the other rater's
    # C and r11's own report name the very defect flagged (社会主义 -> 共产主义 arguably true); caught 746 -> 747, the
    # ceiling 154 -> 155 and the precision bound back to 0.828, where lint34 had raised it)
    assert fp <= 155 and tp / (tp + fp) >= 0.828, (tp, fp)
