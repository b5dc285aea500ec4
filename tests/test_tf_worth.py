"""True/false statements and changes a teacher would not print (questions/tf_worth.py; task tf, session 15):
a figure common sense exposes, a rote tally, a first made a second, a local measure swapped for a national
formulation, a statement whose subject is elsewhere, a task copied true.  Every sentence here is invented."""

from __future__ import annotations

import pytest

from kaodian.questions.tf_worth import change_why, directive_copy, precise_figure, rote_figure, statement_why


@pytest.mark.parametrize(("figure", "precise"), [
    ("3107.4", True),  # a tally to the tenth of 万
    ("2亿3107.4", True),  # a count in 亿 and 万
    ("63.58", True),  # a rate to the hundredth
    ("45823", True),
    ("6.2", False),  # a growth rate as reports give it
    ("1.76", False),  # an amount in 万亿 to its usual precision
    ("1365", False),  # a core count of four digits
    ("52000", False),  # a round figure
])
def test_a_rote_tally_is_told_from_a_core_figure(figure, precise):
    assert precise_figure(figure) == precise


def test_a_year_is_no_tally():
    assert rote_figure("到2049年建成某某强国。") is None
    assert rote_figure("全镇累计接种2亿1304.6万剂次。") is not None


@pytest.mark.parametrize(("old", "new", "before", "after", "bad"), [
    ("14亿人", "17亿人", "为全国", "民提供保障", True),  # the country's population
    ("14亿", "18亿", "我国拥有超过", "人口的大市场", True),
    ("3亿人", "4亿人", "未来将有", "进入某某群体", False),  # a count the text teaches
    ("3107.4万人", "3728.9万人", "累计服务2亿", "，其中", True),
    ("6.2%", "7.4%", "全年增长", "。", False),
    ("第一次", "第二次", "某某会议", "把作风建设列为专项任务", True),
    ("第一次", "第二次", "", "全省代表大会召开于某年", False),  # an event's count
    ("一镇一品", "一国两制", "推广“", "”模式", True),  # a local measure
    ("一带一路", "一国两制", "共建“", "”倡议", False),  # the country's own formulation
    ("24小时", "29小时", "实行", "在线监控", True),  # a whole day (session 15)
    ("24个", "29个", "新建", "服务站", False),  # a count the text teaches
])
def test_a_change_common_sense_exposes_or_a_tally_is_refused(old, new, before, after, bad):
    assert (change_why(old, new, before, after) is not None) == bad


@pytest.mark.parametrize(("statement", "bad"), [
    ("显著提升了我们推进某某工作的能力和信心。", True),  # its subject was the sentence before
    ("后来，某某理念成为全县发展的一条主线。", True),  # a story's next step
    ("全县累计培训党员干部32561人次。", True),
    ("某某会议显著提升了我们推进工作的能力。", False),
    ("全县生产总值增长6.2%。", False),
    # (session 15) a copula or 对以 opening whose subject the cut left behind, a pronoun that names no one
    ("是某某先生的教育思想，即育人在于启发心智。", True),
    ("对以五项任务、三大体系作为规划的“主体框架”，考虑得非常周全。", True),
    ("某县的绿色发展取得重大进展，是与他的高度重视、亲自推动分不开的。", True),
    ("他专门到某局调研，提出了明确要求。", True),
    ("某某同志到任后，他专门到某局调研。", False),  # named before the pronoun
    ("介绍人要向他解释党的纲领，说明党员的条件。", False),  # a rule's generic party, an object
    ("对所有重点企业，实行在线监控。", False),  # a measure whose source names its subject
    ("某同志指出：“他们是新时代的奋斗者。”", False),  # the pronoun is the quoted speaker's
    # (session 19) deeds in a sequence, their doer left in the sentence before (缺主语，不知是谁提出的)
    ("先后提出了某某理论、某某学说等，丰富了某某思想。", True),
    ("相继出台了某某办法、某某细则。", True),
    ("某某同志先后提出了某某理论、某某学说。", False),  # the doer named
])
def test_a_statement_without_its_subject_or_with_a_tally_is_not_asked(statement, bad):
    assert (statement_why(statement) is not None) == bad


@pytest.mark.parametrize(("statement", "bad"), [
    ("构建覆盖全域、响应敏捷的某某服务新体系。", True),  # a task list's item
    ("继续适当提高某某补贴标准。", True),
    ("要构建覆盖全域的某某服务新体系。", False),  # the text's demand, stated with its modal
    ("据《某市政府工作报告》，构建覆盖全域的某某服务新体系。", False),  # whose task it is
    ("建成某某强国，是几代人接续奋斗的事业。", False),  # a verb phrase as a claim's subject
    ("某某体系是推进工作的重要保障。", False),
])
def test_a_task_copied_true_without_who_issues_it(statement, bad):
    assert (directive_copy(statement) is not None) == bad


def test_a_generic_name_is_no_sibling_of_a_named_term():
    assert change_why("数字转型战略", "企业战略", "实施人才引领战略、", "，协同推进") is not None
    assert change_why("数字转型战略", "人才引领战略", "实施", "，协同推进") is None
    assert change_why("数字转型战略", "实施三大战略", "实施人才引领战略、", "、某某战略") is not None  # the series' label
    assert change_why("创新能力", "工作能力", "企业的经营实力、", "和品牌影响力") is not None  # a word of no kind


def test_a_conclusion_drawn_from_before_is_not_asked():
    assert statement_why("可见作为某某体系的重要组成部分，某某业的水平已成为重要标志。") is not None


def test_a_first_is_asked_by_what_was_done_first():
    from kaodian.questions.tf_worth import first_claim_change

    text = "某次会议以来，某某首次把纪律建设作为协会建设一项专门工作，与制度建设一起纳入整体规划。"
    got = first_claim_change(text, 0, len(text))
    assert got is not None and text[got[0]:got[1]] == "纪律建设"
    assert got[2] not in text  # a sibling the sentence does not say (never 制度建设)
    assert first_claim_change("某市第一次召开某某大会。", 0, 10) is None


def test_a_statement_cut_from_its_governing_preposition_is_not_asked():
    assert statement_why("怎样建设某某、建设什么样的某某这两大问题展开。") is not None
    assert statement_why("全书围绕怎样建设某某这一问题展开。") is None


def test_a_false_year_stays_within_the_years_the_document_tells():
    from kaodian.questions.false_dates import false_date_edits

    # (session 15: a deed put three years before the story begins is excluded by common sense)
    story = "某同志2002年到某省工作。2003年，某省启动某某工程。2004年召开交流会。2006年某县成为示范县。"
    assert false_date_edits("2003年6月", story)[0] == "2006年6月"  # later, still a year the story tells of
    assert all(int(d[:4]) >= 2002 for d in false_date_edits("2004年10月", story))
    # a target's year (到2035年) is no year of what was done: a later year beyond the last told is never put
    report = "2016年经济平稳。2012年、2014年也是如此。到2035年基本实现现代化。"
    assert false_date_edits("2016年", report) == ["2013年"]
    assert false_date_edits("2016年") == ["2013年", "2011年", "2019年"]  # no document: as before


@pytest.mark.parametrize(("statement", "bad"), [
    ("到某年年底，某规划确定的目标任务有望圆满完成。", True),  # what the writer expected, no fact
    ("某项指标预计将达到较高水平。", True),
    ("某规划确定的目标任务已经圆满完成。", False),  # a fact the text states
])
def test_a_forecast_copied_true_is_not_asked(statement, bad):
    from kaodian.questions.tf_worth import forecast_copy

    assert (forecast_copy(statement) is not None) == bad
