"""Session 26, third cloze round (issue 12): blanks a party-school teacher strikes because the words around them
fill them, or because they cross two lists (questions/cloze_slots.py).  Invented sentences only; each case could
fail either way."""

from __future__ import annotations

import pytest

from kaodian.model import Blank, Question, QuestionSource
from kaodian.pipeline import extract_text
from kaodian.questions import generate, lint_question
from kaodian.questions.cloze_slots import slot_problem
from kaodian.questions.lint import blank_problem


def _cloze(sentence: str, word: str) -> Question:
    a = sentence.index(word)
    b = a + len(word)
    return Question("q-1", "cloze", sentence[:a] + "______" + sentence[b:], (word,), "",
                    QuestionSource("t", "在江川市委全会上的讲话", None, sentence, 0, len(sentence)),
                    blanks=(Blank(word, a, b),))


def _slot(sentence: str, word: str) -> str | None:
    a = sentence.index(word)
    return slot_problem(sentence, a, a + len(word))


@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    # the study verb's stock object: the verb fills the blank
    ("各级党组织要认真学习贯彻会议精神，推动各项工作落地见效。", "会议精神", True),
    ("要把学习宣传贯彻重要讲话精神作为当前的首要任务。", "重要讲话精神", True),
    ("全市上下要深入贯彻落实党中央决策部署，奋力推进现代化建设。", "党中央决策部署", True),
    # an object that names a content, or a stock noun after another verb: asked
    ("要深入学习贯彻党的创新理论，筑牢信仰之基。", "党的创新理论", False),
    ("要准确把握会议精神的核心要义，推动各项工作落地见效。", "会议精神", False),
])
def test_a_blank_the_study_verb_fixes_by_collocation_is_trivia(sentence, word, flagged):
    assert bool(_slot(sentence, word)) is flagged
    assert bool(_slot(sentence, word)) <= bool(lint_question(_cloze(sentence, word)))


@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    # 用好/落实好: the verb's complement cut into the blank
    ("要用好地方政府专项债券，扩大有效投资。", "好地方政府专项债券", True),
    ("要落实好就业优先政策，稳住就业基本盘。", "好就业优先政策", True),
    # the object alone, and 好 that opens a term after a verb that takes no such complement: asked
    ("要用好地方政府专项债券，扩大有效投资。", "地方政府专项债券", False),
    ("坚持好干部标准，把忠诚干净担当的干部选出来。", "好干部标准", False),
])
def test_a_blank_never_opens_with_its_verbs_complement(sentence, word, flagged):
    assert bool(_slot(sentence, word)) is flagged


@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    # the blank's last word pairs with the member after it; what it holds before belongs to another list
    ("要激发基层干部想干事、能干事的积极性、主动性，形成比学赶超的浓厚氛围。", "能干事的积极性", True),
    ("要组织全体党员、干部深入学习党章，增强纪律意识、规矩意识。", "组织全体党员", True),
    ("要组织全体党员、干部深入学习党章，增强纪律意识、规矩意识。", "干部深入学习党章", True),
    # the whole pair, the member alone, and a modifier the series shares: asked
    ("要组织全体党员、干部深入学习党章，增强纪律意识、规矩意识。", "全体党员、干部", False),
    ("要激发基层干部想干事、能干事的积极性、主动性，形成比学赶超的浓厚氛围。", "积极性", False),
    ("要推进党的组织建设、作风建设，提升基层治理效能。", "党的组织建设", False),
    ("要坚持正确政治方向、舆论导向，讲好江川故事。", "正确政治方向", False),
])
def test_a_blank_that_crosses_two_lists_is_cut_wrong(sentence, word, flagged):
    assert bool(_slot(sentence, word)) is flagged
    a = sentence.index(word)
    # (the drafter reads the same check: no such blank is placed)
    assert bool(_slot(sentence, word)) <= bool(blank_problem(sentence, a, a + len(word)))


SPEECH = """在江川市委全会上的讲话

一、抓好全会精神的贯彻落实

全市各级党组织要结合学习宣传贯彻全会精神，抓好党的创新理论武装，提高领导干部推动高质量发展的本领。要落实好积极的财政政策，用好超长期特别国债。要激发基层干部想干事、能干事的积极性、主动性、创造性，形成比学赶超的浓厚氛围。
"""


def test_generate_places_none_of_these_blanks():
    answers = {a for q in generate([extract_text(SPEECH, "讲话.txt")], seed=0, kinds=("cloze",)).questions
               for a in q.answer}
    assert not {"全会精神", "好积极的财政政策", "能干事的积极性"} & answers, answers


def test_a_series_of_phrases_that_open_alike_is_no_crossing():
    # (定期…、定期…: the tails' shared 访 makes no other list)
    assert _slot("领导干部应当定期接待群众来访、定期下访，包案化解突出问题。", "定期接待群众来访") is None


def test_two_members_the_text_joins_inside_a_series_are_no_crossing():
    assert _slot("要树立正确的世界观、人生观、价值观和权力观、政绩观。", "价值观和权力观") is None


@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    ("区委每年至少听取2次党的工作委员会的专题汇报。", "2次党", True),
    ("区委每年至少听取2次党的工作委员会的专题汇报。", "2次", False),
    ("申请人应当在3个月内提出复核申请。", "3个月", False),
    ("要把各项任务落细落小落实，确保见到实效。", "各项任务落细落", True),
    ("要把各项任务落细落小落实，确保见到实效。", "落细落小落实", False),
])
def test_a_blank_never_runs_past_its_own_word(sentence, word, flagged):
    assert bool(_slot(sentence, word)) is flagged


@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    # the clause's verb inside the blank, its object's head outside
    ("要加强和改进街道党建工作，充分发挥社区党组织作用，推动基层治理。", "充分发挥社区党组织", True),
    ("要明确责任主体和工作要求，推动任务落地。", "明确责任主体", True),
    # the object alone, a whole task to its clause's end, a task that is the subject, a set phrase of four: asked
    ("要加强和改进街道党建工作，充分发挥社区党组织作用，推动基层治理。", "社区党组织", False),
    ("要明确责任主体和工作要求，推动任务落地。", "明确责任主体和工作要求", False),
    ("学习好贯彻好会议精神是当前的一项重大政治任务。", "学习好贯彻好会议精神", False),
    ("要统筹协调各方力量，形成工作合力。", "统筹协调", False),
])
def test_a_blank_never_holds_its_clauses_verb_without_its_object(sentence, word, flagged):
    assert bool(_slot(sentence, word)) is flagged


@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    ("要确保《条例》各项规定得到有效贯彻落实。", "条例", True),
    ("全会审议通过了《决定》。", "决定", True),
    ("全会审议通过了《关于加强基层治理的决定》。", "关于加强基层治理的决定", False),
])
def test_a_documents_kind_alone_in_its_title_marks_is_trivia(sentence, word, flagged):
    a = sentence.index(word)
    assert bool(blank_problem(sentence, a, a + len(word))) is flagged



@pytest.mark.parametrize(("sentence", "word", "flagged"), [
    # the list of matters a procedure covers: the rule's point is who decides and who approves
    ("街道党工委的设立、撤销、合并，经区委组织部审核后，报区委审批。", "撤销", True),
    ("村务监督委员会的组成、调整和换届，须报乡镇党委批准。", "组成", True),
    # the approver itself, a lone matter, and a list of principles before a decision of the body: asked
    ("街道党工委的设立、撤销、合并，经区委组织部审核后，报区委审批。", "区委", False),
    ("街道党工委的设立，经区委组织部审核后，报区委审批。", "设立", False),
    ("凡属重要事项都应当按照集体领导、民主集中、个别酝酿、会议决定的原则，由集体讨论作出决定。", "个别酝酿", False),
])
def test_a_regulations_procedure_asks_who_decides_not_its_list_of_matters(sentence, word, flagged):
    assert bool(_slot(sentence, word)) is flagged
