"""Shapes blind teachers rejected in the labeled reviews that lint let through until session 20
(questions/lint_shapes.py, and trivia's hollow blank and bare stem).  Every sentence here is invented."""

from __future__ import annotations

import pytest

from kaodian.questions import lint_question
from dataclasses import replace

from kaodian.model import Blank
from kaodian.questions.lint_shapes import (cut_opening, heading_cloze, note_item, ownerless_subject, place_gives_items,
                                          perspective_place, repeated_item, shared_clause, stray_stop,
                                          subjectless_clause,
                                          superseded_clause,
                                          two_aspects)
from kaodian.questions.reject_shapes import particle_giveaway
from kaodian.questions.trivia import stock_blank
from test_review_shapes import _q  # (one invented question's maker for the shape tests)


@pytest.mark.parametrize(("items", "flagged"), [
    (["……这也太难背了", "基本要求", "主要做法"], True),        # a note-taker's remark after an ellipsis
    (["⑤我们要记住这一段话", "加强学习"], True),               # a footnote number and its fragment
    (["什么是集体主义 52社会公德", "个人品德"], True),          # a page number after a space
    (["88-89开放", "发展"], True),                             # a page range glued to the key
    (["建成3-5个示范区", "新增就业12万人"], False),             # figures of the text, with units
    (["覆盖 30个县", "G20峰会"], False),                        # a figure after a space has its unit
    (["坚持人民至上", "坚持自信自立"], False),
])
def test_a_note_or_a_page_reference_in_an_option_or_a_key_is_flagged(items, flagged):
    assert bool(note_item(items)) == flagged


def test_a_multiple_choice_keyed_on_a_notes_remark_fails_lint():
    sentence = "二、加强个人修养\n1、对集体的意义\n2、具体做法\n……这段略过"
    q = _q("multiple", "关于“加强个人修养”，下列哪些是《学习笔记》一文列举的要点？", ("A", "B", "C"), sentence,
           ("对集体的意义", "具体做法", "……这段略过", "基本原则"), "enumeration")
    assert any("笔记的批注" in f for f in lint_question(q))


@pytest.mark.parametrize(("sentence", "blank", "flagged"), [
    ("怎样理解共同富裕，特点", "特点", True),          # a heading of notes ending on a hollow noun
    ("共同富裕的特点：", "特点", False),               # a list's own head, its items after the colon
    ("文章阐明了共同富裕的特点。", "特点", True),
])
def test_a_hollow_noun_blank_is_flagged_at_the_end_of_a_sentence_too(sentence, blank, flagged):
    start = sentence.find(blank)
    assert bool(stock_blank(sentence, start, start + len(blank))) == flagged


@pytest.mark.parametrize(("stem", "sentence", "flagged"), [
    ("基层治理的______。", "基层治理的主要环节", True),                 # a heading of notes
    ("什么是协调发展，______。", "什么是协调发展，特点", True),
    ("读书______的______。", "读书成就成长的阶梯，没有读书", True),    # half a sentence, cut at a comma
    ("支部每月召开______。", "支部每月召开一次组织生活会。", False),    # a short rule, its stop kept
    ("______是读书会的根本。", "学习是读书会的根本", False),             # a heading that claims its point
    ("推广某县“______”经验。", "推广某县“三联三帮”经验", False),        # ... or names a quoted formulation
    ("______是读书会的______。", "学习是读书会的根本", False),           # ... blanked on both sides
    ("什么是读书会，______。", "什么是读书会，特点", True),              # a heading that asks
    ("既要读书也要______。", "既要读书也要实践；", False),              # a clause closed by a semicolon
    ("据《某县工作报告》，要把基层治理的主要环节抓实抓细，______。", "要把基层治理的主要环节抓实抓细，落到实处",
     False),                                                             # context enough
])
def test_a_short_cloze_cut_from_a_heading_is_flagged(stem, sentence, flagged):
    q = _q("cloze", stem, ("x",), sentence)
    assert bool(heading_cloze(q.stem, q.source.sentence)) == flagged


@pytest.mark.parametrize(("stem", "answers", "flagged"), [
    ("指导思想是______、科学精神和实干作风。", ("群众路线",), True),        # whose guiding thought?
    ("据《学习笔记》，实现路径是______、凝聚共识、扎实推进。", ("统一思想",), True),
    ("______是群众路线、科学精神和实干作风。", ("指导思想",), True),         # the hollow subject blanked
    ("读书会的指导思想是______、科学精神和实干作风。", ("群众路线",), False),  # its owner named
    ("______是群众路线、科学精神和实干作风。", ("读书会的宗旨",), False),
    ("意义深远的改革要靠______推动。", ("全体成员",), False),               # no heading word as subject
    ("基本要求：______法律、遵守法律。", ("信仰",), False),                  # a label line of notes, its colon
])
def test_a_statement_whose_subject_is_an_ownerless_heading_word_is_flagged(stem, answers, flagged):
    assert bool(ownerless_subject(stem, answers)) == flagged


def test_an_ownerless_true_false_statement_fails_lint():
    q = _q("truefalse", "主要任务是办好读书会、写好读书笔记。", ("对",))
    assert any("没说是谁的" in f for f in lint_question(q))


@pytest.mark.parametrize(("items", "flagged"), [
    (["坚持集中领导．分步推进的方针", "坚持自愿原则"], True),   # a misprinted stop where 、 was meant
    (["坚持集中领导、分步推进的方针", "坚持自愿原则"], False),
    (["马克·吐温式的讽刺", "增长2.5%"], False),                 # a name's dot, a decimal point
])
def test_a_stop_inside_an_option_or_a_key_is_flagged(items, flagged):
    assert bool(stray_stop(items)) == flagged


@pytest.mark.parametrize(("wrong", "flagged"), [
    (["坚持了自力更生的原则"], True),      # the lone wrong option alone says 坚持了
    (["坚持勤俭办事的原则"], False),
    (["实行了自力更生的原则"], False),     # another verb: no form the keys share
])
def test_a_lone_wrong_option_with_a_particle_the_keys_lack_is_flagged(wrong, flagged):
    right = ["坚持独立自主的原则", "坚持平等互利的原则", "坚持团结合作的原则"]
    assert bool(particle_giveaway(right, wrong)) == flagged


@pytest.mark.parametrize(("place", "flagged"), [
    ("乡村治理的科学内涵和实现路径", True),           # two aspects, one list
    ("基层党组织的性质、任务和作用", True),
    ("乡村治理的科学内涵", False),
    ("乡村治理的三大法宝", False),                   # a named content, no aspect
    ("发展和安全的关系", False),                     # two subjects, not two aspects
    ("乡村治理的特点和表现：从方式上看", False),      # a sub-list named under its heading: the part after the colon
])
def test_a_list_heading_that_asks_two_aspects_is_flagged(place, flagged):
    assert bool(two_aspects(place)) == flagged


@pytest.mark.parametrize(("place", "flagged"), [
    ("从工作对象上看", True), ("从服务领域来看", True), ("从长远看", True),
    ("从严治党的主要做法", False), ("基层服务的对象", False),
])
def test_a_list_named_by_an_angle_alone_is_flagged(place, flagged):
    assert bool(perspective_place(place)) == flagged


@pytest.mark.parametrize(("stem", "flagged"), [
    ("的学习环境，决定读书会的______。", True),
    ("据《学习笔记》，的学习环境决定读书会的成效。", True),
    ("的确，读书会的成效取决于______。", False),
    ("读书会的成效取决于______。", False),
])
def test_a_stem_that_opens_with_a_particle_is_flagged(stem, flagged):
    assert bool(cut_opening(stem)) == flagged


@pytest.mark.parametrize(("place", "items", "flagged"), [
    ("学习型、服务型、创新型社区的建设", ("学习型社区", "服务型社区", "创新型社区"), True),
    ("劳动观的主要内容：劳动目的+劳动态度+劳动价值", ("劳动目的及其作用", "劳动态度", "正确认识劳动价值"), True),
    ("社区议事的基本原则", ("坚持居民自愿参与", "坚持依法依规议事", "坚持公开透明"), False),
    ("坚持和完善社区议事制度", ("坚持社区议事的基本制度地位", "完善议事代表选举办法"), False),
])
def test_a_heading_that_names_its_own_items_gives_the_recall_away(place, items, flagged):
    """Session 21 (session 19's teachers: 题干标题已给出答案): every item is said in the heading the stem quotes."""
    assert bool(place_gives_items(place, items)) == flagged


def test_a_stem_citing_its_text_by_a_scrap_of_page_furniture_is_flagged():
    # (a web page's 【字体：大 中 小】 switch read as the title: 《小】》 names no text a learner can place)
    sentence = "全年新建社区书屋十二个。"
    scrap = _q("truefalse", "据《小】》，全年新建社区书屋十二个。", ("对",), sentence)
    assert any("网页上的残字" in f for f in lint_question(scrap))
    named = _q("truefalse", "据《某县2031年文化工作总结》，全年新建社区书屋十二个。", ("对",), sentence)
    assert not any("网页上的残字" in f for f in lint_question(named))


@pytest.mark.parametrize(("stem", "flagged"), [
    ("提高服务的社会化、专业化、信息化水平。", True),                      # a line of a list: whose level?
    ("按会费、捐赠、服务收入这三个方面进行核算。", True),                  # a preposition opens it
    ("据《某县2031年文化工作总结》，提高服务的专业化水平。", True),        # its text named, still no subject
    ("落实和完善活动制度，推动读书会提质增效。", False),                  # a second clause after the comma
    ("举办读书会是社区文化建设的重要抓手。", False),                      # a claim with 是 names its subject
    ("社区书屋提高服务的专业化水平。", False),                            # its subject is said
    ("要在阵地、制度、经费、队伍建设等方面把握住社区文化工作的主动权。", False),  # a longer clause places itself
    # (session 25: a preposition's object is never the actor, so a longer clause that opens with one stays subjectless)
    ("与社区的书屋建设、文化广场建设、志愿服务队伍建设和读书会活动相结合。", True),
    ("按照年度计划、季度安排和月度清单的顺序把社区读书会的各项活动落到实处。", True),
    ("提高社区书屋、文化广场、志愿服务队伍和读书会活动的专业化水平。", False),  # a verb's longer clause places itself
    ("对社区书屋登记的借阅申请应当自受理之日起十五个工作日内办结并告知申请人。", False),  # 对 fronts its topic
])
def test_a_short_statement_with_no_subject_is_flagged(stem, flagged):
    """Session 24 (teachers: 无主语的词组片段，无法判断对错; 陈述缺主语，单独看无法判断): one short clause that opens with
    its verb does not say whose doing it is."""
    assert bool(subjectless_clause(stem)) == flagged


def test_a_short_statement_with_no_subject_fails_lint():
    sentence = "按会费、捐赠、服务收入这三个方面进行核算。"
    q = _q("truefalse", "按会费、捐赠、服务收入这三个方面进行核算。", ("对",), sentence)
    assert any("没有主语的短句" in f for f in lint_question(q))
    # (a cloze of that shape is left to the generator: a report's list of experiences is asked so)
    cloze = _q("cloze", "提高______、______、信息化和规范化水平。", ("社会化", "专业化"), "提高社会化、专业化、信息化和规范化水平。")
    cloze = replace(cloze, blanks=(Blank("社会化", 2, 5), Blank("专业化", 6, 9)))
    assert not any("没有主语的短句" in f for f in lint_question(cloze))


def test_a_question_on_the_clause_that_repeals_an_old_rule_is_flagged():
    """Session 24 (session 23's teachers, both C: “同时废止”脱离上下文；被废止旧条例的印发日期属冷僻细节): the date and
    title of a text no longer in force.  A clause that also says when the new text takes effect is asked for that."""
    sentence = "2011年3月8日市文化局印发的《社区书屋管理办法》同时废止。"
    q = _q("truefalse", "2012年3月8日市文化局印发的《社区书屋管理办法》同时废止。", ("错",), sentence)
    assert any("废止旧文件" in f for f in lint_question(q))
    assert superseded_clause(sentence)
    assert not superseded_clause("本办法自2031年1月1日起施行，2011年印发的《社区书屋管理办法》同时废止。")


@pytest.mark.parametrize(("place", "items", "flagged"), [
    ("读书会的三项原则", ("坚持自愿参加，就要尊重会员意愿", "坚持自愿参加，就要允许随时退出", "坚持自愿参加，就要不设门槛"), True),
    ("坚持自愿参加的要求", ("坚持自愿参加，就要尊重会员意愿", "坚持自愿参加，就要允许随时退出"), False),  # the heading names it
    ("读书会的三项原则", ("坚持自愿参加", "坚持平等交流", "坚持学以致用"), False),                        # no shared clause
])
def test_keys_that_all_open_with_one_clause_the_heading_does_not_name_are_flagged(place, items, flagged):
    """Session 24 (teachers: 题干问三点，答案却是其中一点的三条要求，答非所问)."""
    assert bool(shared_clause(place, list(items))) == flagged


def test_a_recall_of_one_members_elaboration_fails_lint():
    items = ("坚持自愿参加，就要尊重会员意愿", "坚持自愿参加，就要允许随时退出", "坚持自愿参加，就要不设门槛")
    sentence = "坚持自愿参加，就要尊重会员意愿；坚持自愿参加，就要允许随时退出；坚持自愿参加，就要不设门槛。"
    q = _q("recall", "关于“读书会的三项原则”，文章列举了哪三点？", items, sentence, point_kind="enumeration")
    assert any("一项的展开" in f for f in lint_question(q))


@pytest.mark.parametrize(("items", "flagged"), [
    (["社区书屋的建立", "读书会制度的建立", "某县社区书屋的建立"], True),   # one point twice, the second with its place
    (["社区书屋的建立", "读书会制度的建立", "志愿服务队的组建"], False),
    (["经济建设", "政治建设", "建设"], False),                            # a short item sits inside others by chance
])
def test_a_list_whose_keys_hold_one_another_is_flagged(items, flagged):
    """Session 25 (teachers: 答案只是四个近乎相同的主语，答案错误): keys that repeat one point miscount the list."""
    assert bool(repeated_item(items)) == flagged


def test_a_recall_that_repeats_a_point_fails_lint():
    sentence = "活动的成果：社区书屋的建立；读书会制度的建立；某县社区书屋的建立。"
    q = _q("recall", "关于“活动的成果”，《读书会总结》一文列举了哪三点？", ("社区书屋的建立", "读书会制度的建立", "某县社区书屋的建立"),
           sentence, (), "enumeration")
    assert any("同一点" in f for f in lint_question(q))
