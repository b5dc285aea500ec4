"""A study outline as ``pdftotext -layout`` gives it back (session 22's blind rating): a form feed opens each
page's first line, blank lines stand between lines, leading spaces centre a line, its glossary entries
(【术语】释义) sit in the body, Word's list numbering leaves (5) and a space before a point and breaks a point
after its verb of saying, and its notes say 某某的“某论”：….  The outline is one document titled by its head,
a point wrapped inside a word goes on, and no stem opens with a space, ends with a verb of saying alone or
judges a note's label.  Every text is invented."""

from __future__ import annotations

import pytest

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_text
from kaodian.questions import distractors as dx, generate, reasons
from kaodian.questions.drafting import Ctx, Draft, RunCache
from kaodian.questions.registry import GENERATORS
from kaodian.questions.sentence import end_sentence
from kaodian.questions.tf_statement import note_label

# an invented outline in the genre's shape: a course's 复习要点 head, chapters over pages, page numbers on
# lines of their own, the next page's first line (a chapter line) behind the form feed
OUTLINE = (
    "  某某概论 2020 版复习要点 （仅供参考）\n\n"
    "第一章 某某理论的形成\n\n\n"
    "（一）某某理论的提出\n\n"
    "1950 年，某某在一次会议上首次提出这一理论，此后逐步展开论述\n\n"
    "（二）某某理论的主要内容\n\n"
    "（1）基本纲领    （2）基本路线\n\n"
    "（3）基本经验\n\n\n\n"
    "                     1\n"
    "\f第二章 某某改造理论\n\n"
    "（一）改造的方法方针\n\n"
    "  ①用和平方法改造个体经济\n\n"
    "  ②采取从低级到高级的过渡形式\n\n"
    "【统筹兼顾】在一定年限内让各方面从发展所得中获得一部分\n\n"
    "收益，逐步把个体经营改造成集体经营\n\n"
    "【三级分配】某某时期对合作组织收益分配形式——组织的收益\n\n"
    "按公积金、公益金、社员报酬这三个方面进行分配\n"
    "                        2\n"
    "\f第三章 某某建设理论\n\n"
    "（一）建设的主要矛盾\n\n"
    "主要矛盾：先进的生产关系同落后的生产力之间的矛盾\n"
)


def test_a_form_feed_is_a_page_break_and_glossary_entries_title_nothing():
    doc = normalize(Source("outline.txt", OUTLINE))
    # (on main the form feed glued 第三章 to the line before it, so the glossary entries above it, no
    # longer between two chapters in sequence, opened articles titled by their definitions)
    assert [a.title for a in doc.articles] == ["某某概论 2020版复习要点"]
    assert [h.text for h in doc.articles[0].headings] == ["某某理论的形成", "某某改造理论", "某某建设理论"]
    assert "\f" not in doc.text


# Word's list numbering as pdftotext gives it: a half-width (N) and a space before each point
POINTS = (
    "  某某课程 2019 版复习要点\n\n"
    "第一章 新时代的基本方略\n\n"
    "（一）八个坚持\n\n"
    "(1) 明确坚持和发展某某事业，总任务是实现现代化和民族复兴\n\n"
    "(2) 明确某某事业总体布局是“五位一体”、战略布局是“四个全面”\n\n"
    "(3) 明确全面深化改革总目标是完善和发展某某制度、推进治理体系和治理能力现代化\n\n"
    "(4) 明确全面推进依法治国总目标是建设某某法治体系、建设某某法治国家\n"
)


def test_no_stem_opens_with_the_space_a_point_marker_left():
    bank = generate([extract_text(POINTS, "要点.txt")], seed=0)
    assert bank.questions
    # (on main the marker (2) went and its space stayed: “ 明确某某事业总体布局是……”)
    assert not [q.stem for q in bank.questions if q.stem[:1].isspace()]


# a study note's colon lines: a thing named, then what is said of it (the 笔记式 “标签：内容”)
NOTE_LINES = (
    "  某某课程复习要点\n\n"
    "第一章 革命的两个阶段\n\n"
    "（一）两种错误观点\n\n"
    "某某的“甲阶段论”：把革命过程中两个紧密联系的阶段割裂开来，只看到两者之间的区别，没有看到两者的联系\n\n"
    "某某为代表的“乙阶段论”：混淆了两个阶段的界限，只看到两者之间的联系，而忽视了两者之间的区别\n\n"
    "两种观点都违背了革命的客观发展规律。革命必须分两步走，必须通过第一阶段走向第二阶段。\n"
)



def test_a_note_label_before_a_colon_is_no_statement_to_judge():
    ex = extract_text(NOTE_LINES, "要点.txt")
    material = dx.Material.gather([ex])
    judged = {}
    for p in ex.points:
        if (p.kind, "truefalse") in GENERATORS:
            draft = GENERATORS[p.kind, "truefalse"](Ctx(ex.document, p, material, 0, RunCache()))
            judged[p.sentence.text] = draft.values["statement"] if isinstance(draft, Draft) else draft
    # (on main: “某某的“甲阶段论”：把…割裂开来…” asked, true or changed; the sentence after the notes is still asked)
    labelled = [s for s in judged if s.startswith("某某的“甲阶段论”：")]
    assert labelled and all(judged[s] == reasons.NOTE_LABEL for s in labelled)
    assert judged["革命必须分两步走，必须通过第一阶段走向第二阶段。"] == "革命必须分两步走，必须通过第一阶段走向第二阶段。"


# a numbered point that ran to the column and wrapped inside a word or after a comma, blank lines between
WRAPPED_POINTS = (
    "  某某课程复习要点\n\n"
    "第一章 两种革命的区别\n\n"
    "（一）新旧两种革命的区别\n\n"
    "（1）    所属阵营不同：新式革命处于世界无产阶级社会主义革命的时代，\n\n"
    "是世界无产阶级社会革命的一部分；而旧式革命是世界资产阶级革命的一部分\n\n"
    "（2）    前途不同：新式革命的前途是社会主义；旧式革命的前途是资本\n\n"
    "主义\n\n"
    "（3）    推动各国从伙伴关系、安全格局、经济发展、文明交流等方面为建\n"
    "  设\n\n"
    "人类命运共同体作出努力\n\n"
    "（4）    坚持和平发展道路\n\n"
    "（5）    不断完善外交布局\n"
)


def test_a_point_wrapped_inside_a_word_or_after_a_comma_goes_on_in_the_next_line():
    paras = normalize(Source("要点.txt", WRAPPED_POINTS)).text.split("\n")
    # (on main each point stood whole on its first line: “…的前途是资本” and “主义” apart, “…为建” asked)
    assert "（1）所属阵营不同：新式革命处于世界无产阶级社会主义革命的时代，是世界无产阶级社会革命的一部分；而旧式革命是世界资产阶级革命的一部分" in paras
    assert "（2）前途不同：新式革命的前途是社会主义；旧式革命的前途是资本主义" in paras
    assert "（3）推动各国从伙伴关系、安全格局、经济发展、文明交流等方面为建设人类命运共同体作出努力" in paras
    assert "（4）坚持和平发展道路" in paras and "（5）不断完善外交布局" in paras


@pytest.mark.parametrize("clause, ended", [
    # Word's list numbering broke a point after its verb of saying (…，强调 / 坚 / (6) 定…自信)
    ("明确某某事业总体布局是“五位一体”、战略布局是“四个全面”，强调", "明确某某事业总体布局是“五位一体”、战略布局是“四个全面”。"),
    ("会议提出，要坚持稳中求进，指出", "会议提出，要坚持稳中求进。"),
    # a verb of saying with what it says stays
    ("会议强调，要坚持稳中求进", "会议强调，要坚持稳中求进。"),
    ("强调", "强调。"),
])
def test_a_last_clause_of_a_verb_of_saying_alone_is_dropped(clause, ended):
    assert end_sentence(clause) == ended


@pytest.mark.parametrize("statement, label", [
    ("某某的“甲阶段论”：把革命过程中两个紧密联系的阶段割裂开来。", "某某的“甲阶段论”"),
    ("基本问题：什么是某某、怎样建设某某。", "基本问题"),
    # a speaker's answer in an interview, a statement with a verb before its colon: no note's label
    ("王立新：2015年5月，我们在村里召开了座谈会。", None),
    ("会议强调：要坚持稳中求进。", None),
    ("某某原则包括：民主集中制、集体领导。", None),
])
def test_a_note_label_is_a_thing_named_before_the_colon(statement, label):
    assert note_label(statement) == label
