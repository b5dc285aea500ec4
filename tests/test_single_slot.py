"""Which blanks a single choice may ask at all (questions/single_slot.py): each shape teachers rejected in
the blind reviews of sessions 10 and 11 beside the printable shape it must leave alone, and generate's
gate.  Every sentence here is invented."""

from __future__ import annotations

from kaodian.model import Question, QuestionSource
from kaodian.questions import lint_question
from kaodian.questions.single_slot import (cut_predicate, date_code, findings, local_label, phrase_key, plain_key,
                                           trivia_year, verb_head)

P = "（　　）"


def _single(stem: str, right: str, wrong: tuple[str, ...], sentence: str | None = None) -> Question:
    sentence = stem.replace(P, right) if sentence is None else sentence
    return Question("q-1", "single", stem, ("A",), f"原文：{sentence}", QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                    options=(right, *wrong), point_kind="formulation")


def test_a_date_code_is_trivia_as_a_key_and_of_another_kind_beside_a_plan_code():
    assert date_code("3·15", ["1+N", "2468", "1+X"])
    assert date_code("2468", ["3·15", "1+N", "1+X"])
    assert date_code("2468", ["1+N", "1+X", "1357"]) is None


def test_a_year_of_a_routine_act_is_trivia_and_of_a_landmark_is_not():
    assert trivia_year("2006年", "（　　），县里开展了一次农村饮水专题调研，对改进工作提出了新要求。")
    assert trivia_year("2006年", "全县生产总值到（　　）达到500亿元。")
    assert trivia_year("2006年", "（　　）以来，全县乡村旅游快速发展，游客逐年增多。")
    assert trivia_year("1936年", "（　　）以来，县里第一个党支部在师范学校成立后不断壮大。") is None
    assert trivia_year("2006年", "（　　），老书记调往邻县工作，大家都很不舍。") is None  # no routine act
    assert trivia_year("1936年", "（　　），县里第一个党支部在师范学校成立。") is None
    assert trivia_year("1936年11月", "（　　）召开的县委全会在调研基础上作出了开辟新根据地的决策。") is None
    assert trivia_year("四个全面", "全县生产总值到（　　）达到500亿元。") is None  # not a year


def test_a_plain_word_of_a_list_is_trivia_and_a_numbered_or_classed_term_is_not():
    assert plain_key("读书")
    assert plain_key("敬业") is None  # question setters set it beside 爱国、诚信、友善 (the lexicon's group)
    assert plain_key("两翼") is None  # numbered: a term however short
    assert plain_key("国务院") is None  # longer than a plain word
    assert plain_key("依法治国") is None


def test_a_phrase_around_a_known_term_beside_bare_terms_is_flagged():
    assert phrase_key("滋长官僚主义", ["马克思主义", "集体主义", "爱国主义"])
    assert phrase_key("官僚主义", ["形式主义", "享乐主义", "奢靡之风"]) is None  # a term among terms
    # every option the same phrase around a term: one form
    assert phrase_key("滋长官僚主义", ["滋长形式主义", "滋长享乐主义", "滋长奢靡之风"]) is None


def test_a_label_of_the_text_beside_national_formulations_is_flagged():
    assert local_label("三个环节", ["三个代表", "三个务必", "三个有利于"])
    assert local_label("三个环节", ["三个阶段", "三个层次", "三个领域"]) is None  # labels among labels
    assert local_label("三个到底", ["三个代表", "三个务必", "三个有利于"]) is None  # a label of its own wording
    assert local_label("四个意识", ["四个自信", "四个全面", "四个服务"]) is None  # a known formulation


def test_a_verb_run_into_a_class_noun_is_no_name_of_the_class():
    assert verb_head("上级机关", ["威胁机关", "监察机关", "行政机关"])
    assert verb_head("冲击机关", ["上级机关", "行政机关", "监察机关"])
    assert verb_head("上级机关", ["行政机关", "监察机关", "审判机关"]) is None


def test_a_stem_whose_predicate_was_cut_is_flagged():
    assert cut_predicate("县里先后提出的“三个到位”、（　　）等。", "县里先后提出的“三个到位”、“两个确保”等")
    # the whole sentence, or a cut one whose stem does not end in a closed list, is left alone
    assert cut_predicate("县里先后提出了“三个到位”、（　　）等。", "县里先后提出了“三个到位”、“两个确保”等。") is None
    assert cut_predicate("县里要落实（　　），做好服务。", "县里要落实“两个确保”，做好服务") is None


def test_findings_name_every_shape_and_lint_drops_the_question():
    q = _single("县里应对处置（　　）特大洪涝灾害，出台了重建政策。", "7·20", ("1+N", "2468", "1+X"))
    assert findings(q, "7·20", ["1+N", "2468", "1+X"])
    assert any("日期代号" in f for f in lint_question(q))
    ok = _single("全县上下牢固树立（　　），坚定“四个自信”，做到“两个维护”。", "四个意识", ("四个全面", "四个服务", "四个坚持"))
    assert findings(ok, "四个意识", ["四个全面", "四个服务", "四个坚持"]) == []


def test_a_list_under_an_exam_question_of_study_notes_is_found():
    from kaodian.questions.single_fit import under_question

    notes = ("### 2. 某县的经验交流材料，讲述了村里修路的故事。结合自身实际，谈谈如何做好基层服务。\n"
             "> 1. 坚持群众路线\n> 2. 做好调查研究\n> 3. 办好民生实事\n")
    assert under_question(notes, notes.index("坚持群众路线"))
    # a nested list, under an item of the answer, is under the question too
    nested = notes + "> \t1. 修好村道\n> \t2. 管好村道\n"
    assert under_question(nested, nested.index("修好村道"))
    speech = ("同志们，今年全县的工作要抓住重点，突出抓好以下三个方面，确保各项任务落到实处。\n"
              "一、坚持群众路线\n二、做好调查研究\n三、办好民生实事\n")
    assert not under_question(speech, speech.index("坚持群众路线"))

