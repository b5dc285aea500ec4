"""False statements that name a neighbouring meeting for the one a sentence says made a decision (task fixTF,
session 23; issue 12, deliverable 3: "an attribution changed: which meeting proposed X, when the text says so";
questions/false_meetings.py).  Every text is invented in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.false_meetings import meeting_change


def _changed(sentence: str, text: str | None = None) -> str | None:
    """``sentence`` with its meeting changed (in ``text``, which holds it; itself when None), or None."""
    text = text or sentence
    at = text.index(sentence)
    got = meeting_change(text, at, at + len(sentence))
    return None if got is None else sentence[: got[0] - at] + got[2] + sentence[got[1] - at:]


@pytest.mark.parametrize("sentence, changed", [
    # a congress that put a line forward: the congress before (it always was)
    ("党的十五大把依法治国确立为治国理政的基本方略。", "党的十四大把依法治国确立为治国理政的基本方略。"),
    ("中国共产党第十六次全国代表大会通过了修改后的章程。", "中国共产党第十五次全国代表大会通过了修改后的章程。"),
    # a plenary session: the one before, never the first (it elects, it decides no line), else the one after
    ("党的十四届五中全会提出实行两个根本性转变。", "党的十四届四中全会提出实行两个根本性转变。"),
    ("党的十九届二中全会审议通过了修改宪法部分内容的建议。", "党的十九届三中全会审议通过了修改宪法部分内容的建议。"),
    # a session of one numeral, 六届六中全会; never a short name that counts things (六大任务)
    ("党的六届六中全会最先提出“理论联系实际”。", "党的六届五中全会最先提出“理论联系实际”。"),
    ("六大任务提出了新的要求。", None),
    # ten things counted are no tenth congress (review, session 23: 十大民生工程 -> 九大…); a short name after the
    # Party's is one whatever its ordinal
    ("十大民生工程全部通过验收。", None),
    ("十大重点项目首次纳入省级计划。", None),
    ("党的七大确立毛泽东思想为党的指导思想。", "党的六大确立毛泽东思想为党的指导思想。"),
    # a time, the meeting's words as a whole, a note's label, a report's emphasis: no attribution to change
    ("党的十八大以来，我们提出了一系列新理念。", None),
    ("全市上下认真学习贯彻党的十九届四中全会精神。", None),
    ("党的十五大：提出新的理论概念。", None),
    ("党的二十大报告强调，全面从严治党永远在路上。", None),
    # a plan for a field: the congress before may have made one too (session 23's blind grading)
    ("党的十九大对发展某项事业作出了全面部署。", None),
])
def test_the_meeting_a_clause_says_made_a_decision_is_put_as_its_neighbour(sentence, changed):
    assert _changed(sentence) == changed


def test_a_meeting_the_text_names_is_never_put_in():
    # (the text may say what that meeting did: the change may be true)
    text = "党的十四大确立了改革的目标。党的十五大把依法治国确立为基本方略。"
    assert _changed("党的十五大把依法治国确立为基本方略。", text) is None


MEETINGS = """学习党史的几个要点

党的十五大把依法治国确立为党领导人民治理国家的基本方略。党的十四届五中全会提出实行两个根本性转变。
"""


@pytest.mark.parametrize("seed", range(2))
def test_a_short_texts_attributions_are_asked_false(seed):
    bank = generate([extract_text(MEETINGS, "t.txt")], seed=seed)
    stems = {q.stem: q for q in bank.questions if q.kind == "truefalse"}
    assert set(stems) == {"党的十四大把依法治国确立为党领导人民治理国家的基本方略。", "党的十四届四中全会提出实行两个根本性转变。"}
    assert all(q.answer == ("错",) for q in stems.values())
    assert "“十五大”误作“十四大”" in stems["党的十四大把依法治国确立为党领导人民治理国家的基本方略。"].explanation


def test_a_false_statement_is_never_cut_after_a_verb_of_saying():
    # (the words the meeting said are in the next clause: cut there, the statement says nothing)
    from kaodian.questions.falsehood import cut_to_change
    s = "党的十八届三中全会审议通过的《中共中央关于深化某项工作的若干重大问题的决定》明确指出，要坚持甲为主体、乙共同发展的基本制度。"
    assert cut_to_change(s, 5) == s


@pytest.mark.parametrize("number, sentence, changed", [
    ("5%", "地区生产总值增长5%左右，规上工业增加值增长6%左右。", "7%"),  # (6% is another target of the list)
    ("5%", "地区生产总值增长5%左右。", "6%"),
    ("第一个", "实现第一个百年奋斗目标，向第二个百年奋斗目标进军。", None),  # (an ordinal goes back: none)
])
def test_a_targets_changed_figure_is_one_its_sentence_does_not_state(number, sentence, changed):
    from kaodian.questions.false_figures import changed_number_beside
    assert changed_number_beside(number, sentence) == changed


LEXICON_GAP = """学习文化强国建设的几点体会

党的二十大首次提出建设社会主义文化强国的战略任务。各地要结合实际抓好落实，推动文化事业和文化产业繁荣发展。
"""


@pytest.mark.parametrize("seed", range(2))
def test_a_meeting_the_lexicon_does_not_know_is_changed_all_the_same(seed):
    # (lint judged the change as a term's swap: 二十大 of no class the lexicon knows for a meeting, 十九|大对 cut by
    # the segmenter; so the statement was asked true and left out)
    bank = generate([extract_text(LEXICON_GAP, "t.txt")], seed=seed, kinds=["truefalse"])
    assert [q.stem for q in bank.questions if q.answer == ("错",)] == ["党的十九大首次提出建设社会主义文化强国的战略任务。"]
