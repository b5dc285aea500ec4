"""Shapes a teacher rejected in session 9's blind reviews that lint missed (questions/note_shapes.py): what
study notes leave in a question, and form that picks the answer; and lint's catch on those reviews
(tests/data/lint_labels_s9.json).  Every sentence here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kaodian.model import Blank, Question, QuestionSource
from kaodian.questions import lint_question
from kaodian.questions.note_shapes import (bare_series, cut_items, cut_opening, findings, label_option, note_form, shared_keys,
                                           shared_opening)

TESTS = Path(__file__).parent


def _q(kind: str, stem: str, answer: tuple[str, ...], sentence: str = "", options: tuple[str, ...] = (),
       point_kind: str = "statement") -> Question:
    sentence = sentence or stem
    return Question("q-1", kind, stem, answer, "", QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                    options=options, point_kind=point_kind)


@pytest.mark.parametrize(("stem", "found"), [
    ("要义：勤学、（　　）、笃行。", "题干以笔记的标签“要义：”开头，没有主语，不成一句"),
    ("从队伍建设上看：具有年轻化、（　　）的特点。", "题干以笔记的标签“从队伍建设上看：”开头，没有主语，不成一句"),
    ("目标：建成示范校；举措：抓教研、（　　）。", "题干是几条笔记连在一起（…：…：…），不成一句"),
    ("任务：开展调研活动措施：建立（　　）。", "题干是几条笔记连在一起（…：…：…），不成一句"),
])
def test_a_stem_in_note_form_is_found(stem, found):
    assert note_form(stem) == [found]


@pytest.mark.parametrize("stem", [
    "校长在大会上指出：学习是立身之本，（　　）是成才之基。",  # a speaker's colon
    "会议要求：“要把（　　）落到实处。”",  # a colon that opens a quotation
    "三项原则：依法、（　　）、公开。",  # a label with a numeral names what follows
    "学院今年的总体要求是：稳中求进、（　　）。",  # a copula announces what follows
    "机关党委书记在会上强调：要抓好（　　）；同时要求：各支部按时报送材料。",  # colons after verbs of saying
    "据《团委：青年工作要点》，要把（　　）摆在首位。",  # a colon inside a title
])
def test_a_sentence_with_a_speaker_or_an_announcing_colon_is_no_note(stem):
    assert note_form(stem) == []


def test_a_stem_is_judged_on_its_cited_sentence_not_on_the_templates_words():
    sentence = "学校坚持把立德树人作为根本任务。"
    q = _q("cloze", "请填空：学校坚持把______作为根本任务。", ("立德树人",), sentence=sentence)
    assert not any("笔记" in f for f in findings(q))
    labelled = "要义：学校坚持把立德树人作为根本任务。"
    assert any("笔记的标签" in f for f in findings(_q("truefalse", labelled, ("对",), sentence=labelled)))
    # a stem that says the labelled line as a sentence of its own (labels.said_of_label) shows no label
    assert not any("笔记的标签" in f for f in findings(_q("truefalse", "学校坚持把立德树人作为根本任务。", ("对",),
                                                         sentence=labelled)))


def test_a_choice_on_a_list_is_not_read_as_a_sentence_stem():
    q = _q("single", "关于“组织生活：三会一课”，下列哪一项是文章列举的要点？", ("A",), options=("甲", "乙", "丙", "丁"),
           point_kind="enumeration")
    assert not any("笔记的标签" in f or "连在一起" in f for f in findings(q))


def test_a_count_in_brackets_is_a_notes_annotation():
    q = _q("single", "据《学习笔记》“基层组织”部分，支部的主要任务（四个方面）。下列哪一项是其中之一？", ("A",),
           options=("组织党员学习", "做好群众工作", "发展党员", "管理党费"), point_kind="enumeration")
    assert "题干里的“（四个方面）”是笔记的注记，不成句" in findings(q)


def test_list_numbering_inside_an_option_is_two_items_run_together():
    q = _q("multiple", "关于“支部工作的要求”，下列哪些是文章列举的要点？", ("A", "B"),
           options=("加强理论武装", "健全学习制度（3）落实谈心谈话", "开展志愿服务", "严肃组织纪律"), point_kind="enumeration")
    assert any("列举的序号“（3）”" in f for f in findings(q))


def test_list_numbering_at_the_start_or_in_a_date_is_no_run_together_item():
    q = _q("truefalse", "学校在2020年（第1季度）完成了改造任务。", ("对",))
    assert not any("列举的序号" in f for f in findings(q))


@pytest.mark.parametrize(("stem", "found"), [
    ("关于“怎样开好组织生活会   P18须背诵”，下列哪些是文章列举的要点？", "题干所指的一处带着笔记的批注（“P18须背诵”），不是原文的标题"),
    ("文章在“支部书记的职责（重点”一处列举了三点，下列哪些是其中的要点？", "题干所指的一处带着笔记的批注（“（重点”），不是原文的标题"),
    ("关于“党员教育”，《青年理论学习小组的学习要点和》一文列举了哪三点？", "题干所称的篇名《青年理论学习小组的学习要…》是截断的一行笔记，不是文章的标题"),
])
def test_a_list_place_or_title_left_from_notes_is_found(stem, found):
    q = _q("recall", stem, ("甲", "乙", "丙"), point_kind="enumeration")
    assert found in lint_question(q)  # (the place is read as the list stems' anchor, reject_shapes.list_place)


def test_an_item_cut_inside_a_word_of_its_source_is_found():
    sentence = "坚持民主集\n中制，健全工作机制，落实好三会一课制度。"
    assert cut_items(["坚持民主集", "健全工作机制"], sentence) == [("坚持民主集", "民主集中制"[1:5])]
    assert cut_items(["健全工作机制", "落实好三会一课制度"], sentence) == []


@pytest.mark.parametrize(("right", "wrong", "found"), [
    (["理论学习形成常态", "三会一课落到实处"], ["纪律方面"], "错误选项“纪律方面”是一种“方面”的名称，正确选项都不是，不同类，一眼可排除"),
    (["学员来源广泛", "课程设置灵活"], ["班级管理制度"], "错误选项“班级管理制度”是一种“制度”的名称，正确选项都不是，不同类，一眼可排除"),
    (["思想方面", "组织方面"], ["作风建设"], None),  # the keys name aspects too: alike
    (["学员来源广泛", "课程设置灵活"], ["坚持民主集中制原则"], None),  # opens with a verb: a deed, not a name
    (["学员来源广泛", "课程设置灵活"], ["学习是立身之本的思想"], None),  # says 是: a claim
    (["落实帮扶措施", "加强队伍建设"], ["规范组织生活制度"], None),  # keys that are deeds: a deed beside them
])
def test_a_wrong_option_naming_a_class_the_keys_are_not_of_is_found(right, wrong, found):
    assert label_option(right, wrong) == found


def test_keys_sharing_words_their_lone_wrong_option_lacks_are_found():
    right = ["推进“智慧课堂”建设", "完善“智慧课堂”评价", "开展“智慧课堂”竞赛"]
    assert shared_keys(right, ["加强师资培训"]) == "正确选项都含“智慧课堂”，错误选项都不含，一眼可辨"
    assert shared_keys(right, ["建设智慧校园"]) == "正确选项都含“智慧课堂”，错误选项都不含，一眼可辨"
    assert shared_keys(right, ["推进智慧课堂改革"]) is None  # the wrong option shares the words
    assert shared_keys(right, ["加强师资培训", "健全考核机制"]) is None  # two wrong options: keys of one list
    # a short opening every key shares is the list's verb, not read; a long one is a subject they repeat
    assert shared_keys(["必须坚持依法治校", "必须坚持立德树人"], ["弘扬优良学风"]) is None
    assert shared_keys(["建设示范校是提高质量的关键", "建设示范校是服务社会的途径"], ["教师队伍素质不断提高"]) \
        == "正确选项都含“建设示范校是”，错误选项都不含，一眼可辨"


def test_wrong_options_of_a_single_sharing_an_opening_the_key_lacks_are_found():
    assert shared_opening(["教师发展中心"], ["学生会主席", "学生会干事", "学生会委员"]) \
        == "错误选项都以“学生会”开头，只有正确选项“教师发展中心”不是，一眼可辨"
    assert shared_opening(["学生会主席"], ["学生会干事", "学生会委员", "学生会部长"]) is None
    assert shared_opening(["教师发展中心"], ["学生工作部", "学生资助中心", "学生社团"]) is None  # two characters: a word's head


@pytest.mark.parametrize(("stem", "bare"), [
    ("勤学、修德、（　　）、笃实。", True),
    ("加强______、______、规范化和专业化建设。", True),
    ("学校带有示范性、引领性、开放性和（　　）。", False),  # a subject and its verb before the series
    ("三项原则是依法、（　　）、公开。", False),  # says what the series is
    ("勤学、修德，（　　）、笃实。", False),  # a comma: a sentence of clauses
])
def test_a_stem_that_is_only_a_series_of_short_phrases(stem, bare):
    assert (bare_series(stem) is not None) == bare


def test_lint_on_session_9s_blind_reviews():
    """tests/data/lint_labels_s9.json: every question of session 9's six blind teacher reviews (base and new
    sides), A accepted, B and C rejected.  Built by scripts/review_labels.py --sheet; main's lint caught 48
    of the 339 rejects and flagged 4 of the 130 accepted when labeled.  Lint's catch is a floor that only
    goes up; of the accepted it flags at most six (note_shapes.bare_series flags two series stems that
    teachers split on: one of them another review rejected for its missing subject).  Session 18's trivia
    checks catch one more and flag one accepted, a swap of 政策体系 for 评价体系: session 17's teacher rejected the
    same swap (单词替换，不是明确的错误命题)."""
    from test_teacher import _question

    labels = json.loads((TESTS / "data" / "lint_labels_s9.json").read_text(encoding="utf-8"))
    assert len(labels) == 469 and all(x["reason"] and x["grade"] in "ABC" for x in labels)
    flagged = [(x["label"] == "rejected", bool(lint_question(_question(x["question"])))) for x in labels]
    assert sum(r for r, _ in flagged) == 339
    assert sum(r and f for r, f in flagged) >= 228  # (session 21: the floor raised to the catch)
    assert sum(f and not r for r, f in flagged) <= 7


@pytest.mark.parametrize(("item", "cut"), [
    ("就提高办学质量而言", True),  # 就…: the rest of a clause
    ("都要按期完成", True),
    ("开展的一系列活动", True),  # a verb and 的: a modifier without its subject
    ("就业创业服务", False),  # 就业 is a word
    ("从严管理干部", False),
    ("与时代同步", False),  # a preposition opens list items
    ("加强支部建设", False),
])
def test_an_item_cut_off_its_head_is_found(item, cut):
    assert (cut_opening(item) is not None) == cut


@pytest.mark.parametrize(("stem", "count"), [
    ("关于“社区服务的四类主体”，文章列举了哪三点？", True),
    ("文章在“三大任务”一处列举了哪三点？", False),
    ("关于“第四条　学员享有下列权利”，文章列举了哪五点？", False),  # an ordinal, not a count
])
def test_a_list_asked_with_another_count_than_its_heading_states(stem, count):
    q = _q("recall", stem, ("甲", "乙", "丙"), point_kind="enumeration")
    assert any("不是同一组" in f for f in lint_question(q)) == count


@pytest.mark.parametrize(("answer", "generic"), [("重要标志", True), ("根本途径", True), ("民主集中制", False), ("重要讲话", False)])
def test_a_blank_beside_another_that_is_only_an_evaluation(answer, generic):
    sentence = f"坚持民主集中制是党的建设的{answer}。"
    at, key = sentence.index(answer), sentence.index("民主集中制")
    blanks = tuple(sorted({(key, "民主集中制"), (at, answer)}))
    q = Question("q-1", "cloze", sentence.replace(answer, "______").replace("民主集中制", "______"), tuple(t for _, t in blanks), "",
                 QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                 blanks=tuple(Blank(t, i, i + len(t)) for i, t in blanks))
    assert any("泛泛的评价语" in f for f in findings(q)) == generic
    alone = Question("q-1", "cloze", sentence.replace(answer, "______"), (answer,), "",
                     QuestionSource("t", "题", None, sentence, 0, len(sentence)), blanks=(Blank(answer, at, at + len(answer)),))
    assert not any("泛泛的评价语" in f for f in findings(alone))
