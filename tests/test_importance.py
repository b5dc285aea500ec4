"""Importance of points (rules/importance.py): general signals, each labelled, summed with YAML weights.

The texts are written for these tests in the genre's shapes.
"""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.render import extraction_to_dict, ranked

TEXT = """关于做好基层工作的几点意见

一、提高政治站位

坚持党的全面领导是做好基层工作的根本保证。各级组织要抓好落实。

二、改进工作作风

这里，我简单提三点要求：一要深入调查研究；二要密切联系群众；三要勇于担当作为。
同时，要增强“四个意识”，做到心中有数。工作要讲方法。

三、加强组织建设

每届任期五年。“四个意识”要常记心间，“四个意识”要落到行动上。
"""


def _points():
    return extract_text(TEXT, "意见.txt").points


def test_every_point_has_an_importance_and_the_bank_of_signals_explains_it():
    for p in _points():
        assert p.importance > 0
        assert all(isinstance(c, str) and c for c in p.cues)


def test_a_counted_list_outranks_a_bare_sentence_and_says_why():
    points = _points()
    listed = next(p for p in points if p.kind == "enumeration")
    assert "点明数目" in listed.cues
    plain = [p for p in points if p.kind == "statement" and "抓好落实" in p.text]
    assert all(listed.importance > p.importance for p in plain)


def test_a_cued_statement_at_a_section_opening_carries_both_labels():
    p = next(p for p in _points() if "根本保证" in p.text)
    assert {"论断句式", "段首句"} <= set(p.cues)


def test_a_formulation_stated_again_and_again_ranks_higher_and_counts_its_repeats():
    formulations = [p for p in _points() if p.kind == "formulation" and p.text.strip("“”") == "四个意识"]
    assert formulations
    assert any(c.startswith("出现3次") for c in formulations[0].cues)


def test_extract_json_carries_scores_and_a_ranking_most_important_first():
    ex = extract_text(TEXT, "意见.txt")
    d = extraction_to_dict(ex)
    assert all("importance" in e and "cues" in e for e in d["enumerations"] + d["statements"])
    scores = [r["importance"] for r in d["ranking"]]
    assert scores == sorted(scores, reverse=True)
    assert [p.importance for p in ranked(ex)][: len(scores)] == scores


def test_weights_come_from_the_rules_file(tmp_path):
    extra = tmp_path / "r.yaml"
    extra.write_text("importance:\n  counted_list: 9.0\n", encoding="utf-8")
    listed = next(p for p in extract_text(TEXT, "意见.txt", rules=[extra]).points if p.kind == "enumeration")
    assert listed.importance >= 9.0


def test_a_series_of_short_unrelated_words_ranks_below_a_parallel_formulation():
    text = "基层治理\n\n各地要统筹推进经济、政治和文化工作。各地要健全自治、法治、德治相结合的治理体系。\n"
    series = {p.text: p for p in extract_text(text, "治理.txt").points if p.kind == "term_series"}
    plain = next(p for t, p in series.items() if "经济" in t)
    parallel = next(p for t, p in series.items() if "德治" in t)
    assert "泛泛并列" in plain.cues and "泛泛并列" not in parallel.cues
    assert plain.importance < parallel.importance


def test_a_term_stated_everywhere_is_the_topic_and_earns_no_recurrence(tmp_path):
    extra = tmp_path / "r.yaml"
    extra.write_text("importance:\n  ubiquitous_min: 3\n  ubiquitous: -1.0\n", encoding="utf-8")

    def four(rules=()):
        return next(p for p in extract_text(TEXT, "意见.txt", rules=rules).points
                    if p.kind == "formulation" and p.text.strip("“”") == "四个意识")

    often, everywhere = four(), four([extra])
    assert any(c.startswith("出现3次（处处都有）") for c in everywhere.cues)
    assert everywhere.importance < often.importance


def test_a_series_that_says_a_known_formulation_whole_is_marked_so_and_a_partial_one_is_not():
    # 四个意识 said member by member, each with a verb before it, is the numbered formulation; three of
    # its four members are only words that stand side by side
    text = ("干部修养\n\n全体干部要增强政治意识、增强大局意识、增强核心意识、增强看齐意识。"
            "全体干部要增强政治意识、大局意识、核心意识。\n")
    series = [p for p in extract_text(text, "修养.txt").points if p.kind == "term_series"]
    whole = next(p for p in series if len(p.items) == 4)
    partial = next(p for p in series if len(p.items) == 3)
    assert "知名提法" in whole.cues and "知名提法" not in partial.cues


def test_a_rule_that_states_a_count_ranks_above_the_same_shape_without_one():
    # 每五年, 一年 beside 每/为期 words: a charter's terms, what its tests ask first
    text = ("协会章程\n\n第一章　会员\n\n第一条　会员代表大会每五年举行一次，由理事会召集。"
            "第二条　会员代表大会是协会的最高权力机关，由理事会召集。\n")
    points = [p for p in extract_text(text, "章程.txt").points if p.kind == "statement"]
    counted = next(p for p in points if "每五年" in p.text)
    plain = next(p for p in points if "最高权力机关" in p.text)
    assert "规定或目标中的数字" in counted.cues and "规定或目标中的数字" not in plain.cues


def test_a_figure_without_a_rule_word_is_no_rule_figure():
    text = "工作回顾\n\n第一条　会员代表大会是协会的议事机关，三位代表发了言。\n"
    points = [p for p in extract_text(text, "回顾.txt").points if p.kind == "statement"]
    assert points and all("规定或目标中的数字" not in p.cues for p in points)


def test_a_target_figure_ranks_above_a_plain_formulation_of_the_same_place():
    """A fact whose figure is a target asks a teacher's point more often than an unnumbered formulation's
    cloze (default.yaml importance.kinds): in one paragraph, the fact comes first."""
    text = "全年工作安排\n\n今年全市生产总值预期增长6%左右，要推进“放管服”改革向纵深发展。\n另外一段文字。\n"
    points = extract_text(text, "安排.txt").points
    fact = next(p for p in points if p.kind == "fact")
    named = next(p for p in points if p.kind == "formulation")
    assert fact.importance > named.importance


def test_a_target_figure_ranks_above_a_reported_figure_and_says_why():
    """A fact whose sentence sets a target or a rule (预期, 左右, 以上: figures.rule) is what a plan's reader recalls
    (a provincial report's 年均增长5%左右); a figure the review reports (完成投资1234亿元) is not lifted."""
    text = ("工作安排\n\n全市生产总值年均增长5%左右，城镇新增就业预期12万人以上。\n"
            "去年全市重点项目完成投资1234亿元，新开工项目218个。\n")
    facts = [p for p in extract_text(text, "安排.txt").points if p.kind == "fact"]
    target = next(p for p in facts if "左右" in p.sentence.text)
    reported = next(p for p in facts if "完成投资" in p.sentence.text)
    assert "规定或目标中的数字" in target.cues and "规定或目标中的数字" not in reported.cues
    assert target.importance > reported.importance


# A statement with the cue ranks above the same shape without it, and says why:
# - a study text is written around the judgements it cites (…指出, …强调);
# - a judgement that ranks what it defines with a quality word (定性用语: 是…的根本保证, 首要的是) is what a
#   teacher's list holds of it (a course's notes ranked their definitions below every list, statement 0.5 and
#   enumeration 4.0, and their first 60 questions asked 1 point of 45).
@pytest.mark.parametrize(("marked", "plain", "cue"), [
    ("会议强调，调查研究是做好工作的基本功。", "大家认为，调查研究是做好工作的基本功。", "引述的论断"),
    ("学会认为，调查研究是做好工作的根本方法。", "大家认为，调查研究是做好工作的常用方法。", "定性用语"),
    # the standing a clause ends on (…是重点/基础/前提), a 总-formulation, the place given X (作为…的重中之重)
    ("学会认为，做好工作，调查研究是基础。", "学会认为，做好工作，调查研究是好办法。", "定性用语"),
    ("学会认为，调查研究是做好工作的总要求。", "学会认为，调查研究是做好工作的好办法。", "定性用语"),
    ("学会认为，要把调查研究作为做好工作的重中之重。", "学会认为，要把调查研究作为做好工作的常用方法。", "定性用语"),
])
def test_a_cued_statement_ranks_above_the_same_shape_without_its_cue(marked, plain, cue):
    points = [p for p in extract_text(f"学习体会\n\n{marked}\n{plain}\n", "体会.txt").points if p.kind == "statement"]
    with_cue = next(p for p in points if p.sentence.text == marked)
    without = next(p for p in points if p.sentence.text == plain)
    assert cue in with_cue.cues and cue not in without.cues
    assert with_cue.importance > without.importance


def test_a_standing_word_inside_a_clause_is_no_quality_word():
    """基础 or 前提 ranks what a clause defines only where the clause ends on it (…是做好工作的基础); inside a clause
    (在调查研究的基础上, 是以…为前提的工作) it says where something stands, no quality of it."""
    text = "学习体会\n\n这次修订是在调查研究的基础上进行的。\n这项制度是在充分调研的前提下出台的。\n"
    points = [p for p in extract_text(text, "体会.txt").points if p.kind == "statement"]
    assert points and all("定性用语" not in p.cues for p in points)


def test_a_list_of_the_cases_a_rule_applies_to_ranks_below_a_list_of_duties():
    """A regulation's lists of cases (有下列情形之一的) are its fine print, looked up when a case arises;
    what its tests ask first is what a rule gives: duties, powers, principles."""
    text = ("协会管理办法\n\n第三条　理事会履行下列职责：\n（一）召集会员大会；\n（二）制定年度计划；\n"
            "（三）管理协会财务。\n第九条　会员有下列情形之一的，由理事会予以批评教育：\n"
            "（一）无故缺席会员大会；\n（二）拖欠会费；\n（三）损害协会名誉。\n")
    lists = [p for p in extract_text(text, "办法.txt").points if p.kind in ("enumeration", "list")]
    duties = next(p for p in lists if "职责" in p.sentence.text)
    cases = next(p for p in lists if "情形之一" in p.sentence.text)
    assert "适用情形的列举" in cases.cues and "适用情形的列举" not in duties.cues
    assert duties.importance > cases.importance


def test_a_named_document_ranks_with_the_named_formulations():
    """A document named in a text (《…》) asks a teacher's point as often as a formulation does (of the
    dev texts' points, 11 in 18 and 52 in 100): it ranks with them, not below the plain series."""
    text = "学习安排\n\n全体党员要认真学习《关于加强基层治理的意见》，坚持思想建党、理论强党、制度治党。\n"
    points = extract_text(text, "安排.txt").points
    document = next(p for p in points if p.kind == "document")
    series = next(p for p in points if p.kind == "term_series")
    assert document.importance > series.importance


def test_a_statement_that_answers_its_numbered_subheading_ranks_up_and_an_item_after_an_item_does_not():
    """Notes and reports number their subheadings (2. 某会的根本任务) and state the answer right under them:
    that statement is what the subheading asks.  An item after an item (（一）…。 / （二）…) or a line after
    a list item that ends as a sentence is no such answer."""
    text = ("复习提纲\n\n第一章 总论\n\n2. 学会的根本任务  （选择） （P12）\n\n"
            "学会的根本任务是团结会员推进学术研究。\n\n"
            "学会的根本任务是团结会员推进学术研究，大家都要记牢。\n\n"
            "（一）召集会员大会；\n\n（二）承担交办的其他事项。\n\n承担交办事项的是学会的秘书处。\n")
    points = [p for p in extract_text(text, "提纲.txt").points if p.kind == "statement"]
    under = next(p for p in points if p.sentence.text == "学会的根本任务是团结会员推进学术研究。")
    again = next(p for p in points if p.sentence.text.endswith("大家都要记牢。"))
    assert "回答小标题" in under.cues and "回答小标题" not in again.cues
    assert under.importance > again.importance
    assert not any("回答小标题" in p.cues for p in points if "秘书处" in p.sentence.text)


def test_a_list_of_long_sentences_ranks_below_a_list_of_short_terms_unless_a_rule_lays_it_down():
    """A study note's 1】…2】… of the points of a theory is a passage of sentences a learner does not recall
    item by item (逐句长列举); a list of short terms is the one to recall, and a charter's list of duties
    (履行下列义务) is its tests' first question however long each item."""
    long = ["坚持从实际出发，把理论同本地区本单位的具体实际紧密结合起来，在解决实际问题中深化认识",
            "在实践中检验和发展理论，及时总结群众创造的新鲜经验并加以推广，使理论始终保持生机活力",
            "正确处理继承和创新的关系，既不能丢了老祖宗，又要讲出新话来，在守正的基础上不断创新"]
    text = ("复习提纲\n\n3. 某理论的要点\n" + "".join(f"{n}】{t}。\n" for n, t in enumerate(long, 1))
            + "4. 某工作的方法\n1】调查研究\n2】群众路线\n3】批评和自我批评\n第五条　会员必须履行下列义务：\n"
            + "".join(f"（{n}）{t}；\n" for n, t in zip("一二三", long)))
    lists = [p for p in extract_text(text, "提纲.txt").points if p.kind in ("enumeration", "list")]
    passage = next(p for p in lists if "要点" in p.sentence.text)
    terms = next(p for p in lists if "方法" in p.sentence.text)
    duties = next(p for p in lists if "义务" in p.sentence.text)
    assert "逐句长列举" in passage.cues and "逐句长列举" not in terms.cues + duties.cues
    assert terms.importance > passage.importance and duties.importance > passage.importance


# The fitted weights of session 23 (scripts/fit_importance.py): each test below fails with the weights before it.

def test_a_series_that_says_a_known_formulation_whole_ranks_above_an_unnumbered_formulation_of_its_sentence():
    text = "干部修养\n\n全体干部要增强政治意识、增强大局意识、增强核心意识、增强看齐意识，弘扬“伟大建党精神”。\n另一段文字，讲别的事情。\n"
    points = extract_text(text, "修养.txt").points
    series = next(p for p in points if p.kind == "term_series")
    named = next(p for p in points if p.kind == "formulation")
    assert "知名提法" in series.cues and series.importance > named.importance


def test_a_list_of_sentence_long_items_ranks_below_a_term_series_of_its_place():
    text = ("学习体会\n\n这一理论的要点主要有：一是坚持把发展作为解决我国一切问题的基础和关键，不断增强综合实力和发展后劲；"
            "二是坚持把改革创新作为推动各项事业发展的根本动力，不断破除制约发展的体制机制障碍；"
            "三是坚持把人民群众的利益作为全部工作的出发点和落脚点，不断提高人民群众的生活水平。"
            "我们要推进质量变革、效率变革、动力变革。\n另外一段文字。\n")
    points = extract_text(text, "体会.txt").points
    listed = next(p for p in points if p.kind == "enumeration")
    series = next(p for p in points if p.kind == "term_series")
    assert "逐句长列举" in listed.cues and listed.importance < series.importance


def test_a_parallel_series_of_five_terms_ranks_above_a_plain_series_of_its_place_and_says_why():
    """A series whose five terms share a tail (…体系、…体系) is a set formulation recalled whole (成套并列提法); words
    that merely stand side by side are not, nor is a parallel series of three (the bonus there lost points)."""
    text = ("工作意见\n\n要加快构建产业体系、生产体系、经营体系、服务体系、标准体系，统筹推进交通、水利、能源、通信等设施建设。"
            "要推进质量变革、效率变革、动力变革。\n另一段文字，讲别的事情。\n")
    series = [p for p in extract_text(text, "意见.txt").points if p.kind == "term_series"]
    four = next(p for p in series if "服务体系" in p.text)
    plain = next(p for p in series if "水利" in p.text)
    three = next(p for p in series if "效率变革" in p.text)
    assert "成套并列提法" in four.cues and "成套并列提法" not in plain.cues + three.cues
    assert four.importance > plain.importance and four.importance > three.importance


@pytest.mark.parametrize("names", ["甲山市、乙水市、丙川市、丁河市、戊江市", "农机局、粮食局、林业局、水利局、商务局",
                                   "甲川大学、乙林大学、丙河大学、丁山大学、戊江大学"])
def test_a_run_of_five_names_sharing_a_tail_is_no_set_formulation(names):
    """Places, organs and schools a report lists share their tail (…市, …局) but are no formulation to recall:
    no 成套并列提法, while a set formulation's five terms beside them still take it."""
    text = f"工作意见\n\n要统筹推进{names}的协作，要加快构建产业体系、生产体系、经营体系、服务体系、标准体系。\n另一段文字。\n"
    series = [p for p in extract_text(text, "意见.txt").points if p.kind == "term_series"]
    named = next(p for p in series if names[:3] in p.text)
    formulation = next(p for p in series if "服务体系" in p.text)
    assert "成套并列提法" not in named.cues and "成套并列提法" in formulation.cues


def test_a_set_of_goals_sharing_more_than_a_name_tail_keeps_its_bonus():
    """文化强市、科技强市… share 强市, not just 市: goals a plan names together, a set formulation."""
    text = "工作意见\n\n要加快建设文化强市、科技强市、人才强市、生态强市、交通强市。\n另一段文字。\n"
    series = next(p for p in extract_text(text, "意见.txt").points if p.kind == "term_series")
    assert "成套并列提法" in series.cues
