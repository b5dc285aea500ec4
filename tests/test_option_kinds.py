"""Options a teacher would print (issue 12, options3; questions/option_kinds.py): a wrong option names
the answer's kind of thing, no option is a cut piece of its sentence, a right option does not alone
splice into the blank, the stem does not say a wrong option, and a multiple choice has enough wrong
options.  Invented sentences of the genre; lint's catch on the teachers' labels is in test_teacher."""

from __future__ import annotations

import pytest

from kaodian.model import OPTION_LETTERS, Question, QuestionSource
from kaodian.questions import distractors as dx
from kaodian.questions import lint_question
from kaodian.questions.option_kinds import (RIGHT_PER_WRONG, cut_off, cut_piece, kind_of, lone_kind, lone_splice,
                                            persons_only,
                                            other_kind, said_in_stem, too_few_wrong)


@pytest.mark.parametrize(("term", "kind"), [
    ("加拿大", "地名"), ("德国", "地名"), ("广东省", "地名"),  # a country, a province
    ("毛泽东", "人物"),  # the lexicon's class
    ("监察机关", "机构"), ("人民法院", "机构"), ("上级党组织", "机构"),
    ("严重警告", "处分"), ("《入党志愿书》", "表格"), ("知识分子", "人群"), ("历史唯物主义", "学说"),
    ("政治意识", None), ("深化改革", None),
    # jieba's dictionary tags these names; alone they are common words (爱国 ns, 碧水 and 幸福感 nr)
    ("爱国", None), ("碧水", None), ("幸福感", None),
    # ... and a four-character principle it tags a place, whose lexicon siblings are no places (session 19)
    ("依法治国", None), ("防城港", "地名"), ("延安", "地名"),
    # a clause or a list names no one thing (…工作人员 ends like a group of people)
    ("侮辱、殴打机关工作人员", None),
])
def test_the_kind_of_thing_an_option_names(term, kind):
    assert kind_of(term) == kind


def test_a_wrong_option_of_another_kind_than_the_right_ones():
    assert other_kind(["深化改革", "扩大开放"], ["加拿大"])
    assert other_kind(["严以修身", "严以用权"], ["严重警告"])
    assert other_kind(["巩固", "提高"], ["毛泽东"])
    # a place wrongly tagged among concepts does not make the series one of places
    assert other_kind(["爱国", "敬业", "诚信"], ["加拿大"])
    # of the right options' own kind: fair
    assert other_kind(["国务院", "监察机关"], ["人民法院"]) is None
    assert other_kind(["深化改革", "扩大开放"], ["改革创新"]) is None


def test_an_act_among_persons_who_act_is_no_wrong_option():
    # (rate32's blind teachers: 组织建设、组织调整 beside 策划者、组织者、骨干分子, 非人员身份)
    keys = ["发起者", "实施者", "骨干分子"]
    assert not persons_only(keys, "工作调整")
    assert persons_only(keys, "参与者") and persons_only(keys, "先进分子")
    assert persons_only(["深化改革", "扩大开放"], "工作调整")  # (no persons: any kind may stand)
    assert persons_only(["发起者"], "工作调整")  # (a single key says no class)


def test_an_answer_alone_of_a_named_kind():
    assert lone_kind(["监察机关"], ["依法治国", "从严治党", "改革开放"])
    assert lone_kind(["监察机关"], ["人民法院", "从严治党", "改革开放"]) is None
    assert lone_kind(["依法治国"], ["从严治党", "改革开放", "自我革命"]) is None


@pytest.mark.parametrize(("option", "cut"), [
    ("第十二条 市", True), ("第三章", True),  # an article's or chapter's label
    ("预备党员转为正式党员后", True), ("召开支部大会时", True),  # a clause of time cut off
    ("以后", False), ("同时", False), ("党的基本路线", False), ("第一书记", False),
])
def test_an_option_cut_from_its_sentence(option, cut):
    assert bool(cut_piece(option)) is cut


def test_a_clause_of_time_may_stand_for_a_clause_of_time():
    assert cut_off("党的建设", "改革开放以后")
    assert not cut_off("十八大以后", "改革开放以后")


def test_a_right_option_alone_splicing_into_the_blank():
    """以及（　　）无关的费用: only the option that opens with 与 reads on."""
    assert lone_splice(["与公务活动"], ["日常活动", "基本活动", "文化活动"])
    assert lone_splice(["与公务活动"], ["与日常活动", "基本活动", "文化活动"]) is None
    assert lone_splice(["公务活动"], ["日常活动", "基本活动", "文化活动"]) is None


def test_a_wrong_option_the_stem_says():
    stem = "从“两个‘确立’”到（　　），都是新时代的重大论断。"
    assert said_in_stem(stem, ["两个确立"])
    assert said_in_stem(stem, ["四个自信"]) is None


def test_a_multiple_choice_needs_wrong_options_for_its_right_ones():
    right = ["创新", "协调", "绿色", "开放"]
    assert too_few_wrong(right, ["共同"])
    assert too_few_wrong(right[:RIGHT_PER_WRONG], ["共同"]) is None
    assert too_few_wrong(right, ["共同", "合作"]) is None


def _choice(stem: str, options: list[str], right: list[str]) -> Question:
    letters = tuple(OPTION_LETTERS[i] for i, o in enumerate(options) if o in right)
    sentence = stem.replace("（　　）", "、".join(right))
    return Question(id="q", kind="multiple" if len(right) > 1 else "single", stem=stem, answer=letters,
                    options=tuple(options), explanation=f"原文：{sentence}",
                    source=QuestionSource(document="d.txt", article="a", heading=None, sentence=sentence, start=0,
                                          end=len(sentence)), point_kind="term_series")


def test_lint_flags_what_the_teacher_rejected_and_generation_never_draws_it():
    flagged = _choice("对（　　）的事项，可以举行听证会。", ["疑难", "复杂", "重大", "重庆"], ["疑难", "复杂", "重大"])
    assert any("地名" in f for f in lint_question(flagged))
    fair = _choice("对（　　）的事项，可以举行听证会。", ["疑难", "复杂", "重大", "简单"], ["疑难", "复杂", "重大"])
    assert not any("不同类" in f for f in lint_question(fair))
    assert not dx.acceptable("重大", "重庆", [], "")  # a place that shares a character with the answer
    assert not dx.acceptable("巩固", "班固", [], "")  # a person likewise


def test_a_verb_phrase_names_an_act_whatever_its_object():
    assert kind_of("坚决反对形式主义") is None
    assert kind_of("历史唯物主义") == "学说"
    assert kind_of("加强基层党组织") is None
    # a wrong option or a swap is read by its object all the same: 反对封建主义 never stands for 具有典型意义
    assert not dx.acceptable("具有典型意义", "反对封建主义", [], "")


def test_an_answer_is_read_by_its_object():
    """反对帝国主义 beside 封建主义、官僚资本主义: another doctrine is a fair swap, an act of no kind too."""
    assert kind_of("反对帝国主义") is None and kind_of("反对帝国主义", loose=True) == "学说"
    assert other_kind(["反对帝国主义", "反对封建主义"], ["国家资本主义"]) is None
