"""A long text's parts as one point (issue 11, rules/parts.py): a report's or a speech's top-level headings
(一、…二、…三、…) asked as one list recall whose stem is the teacher's question (《…》分为哪几个部分？); a study
guide's nominal chapter labels, a notice's logistics and a text of two parts are not.

Every text here is invented for the test.
"""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.rules.parts import RULE

BODY = "各地区各部门要结合实际认真贯彻落实，推动各项工作取得新的更大成效。\n"


def _report(headings: list[str], title: str = "青岚县二〇三〇年政府工作报告", size: int = 50) -> str:
    marks = "一二三四五六七八九十"
    parts = "".join(f"{marks[k]}、{h}\n{BODY * size}" for k, h in enumerate(headings))
    return f"{title}\n\n{parts}"


REPORT = _report(["砥砺奋进抓发展，经济运行回升向好", "守正创新谋长远，绘就现代化新图景",
                  "真抓实干促落实，扎实做好明年各项工作", "刀刃向内强作风，建设人民满意政府"])


def _parts(text: str):
    return [p for p in extract_text(text, "t.txt").points if p.rule == RULE]


def test_a_reports_top_level_headings_are_one_point_of_the_whole_text():
    (p,) = _parts(REPORT)
    assert [i.text for i in p.items] == ["砥砺奋进抓发展，经济运行回升向好", "守正创新谋长远，绘就现代化新图景",
                                         "真抓实干促落实，扎实做好明年各项工作", "刀刃向内强作风，建设人民满意政府"]
    assert p.section == 0 and p.kind == "list"


def test_the_parts_are_asked_once_by_the_teachers_question():
    bank = generate([extract_text(REPORT, "t.txt")], per_sentence=0)
    asked = [q for q in bank.questions if "砥砺奋进抓发展，经济运行回升向好" in q.answer and len(q.answer) == 4]
    assert len(asked) == 1, [(q.kind, q.stem) for q in asked]
    assert asked[0].kind == "recall"
    assert asked[0].stem == "《青岚县二〇三〇年政府工作报告》分为哪几个部分？"


def test_a_short_texts_headings_are_no_point():
    assert not _parts(_report(["砥砺奋进抓发展，经济运行回升向好", "守正创新谋长远，绘就现代化新图景",
                               "真抓实干促落实，扎实做好明年各项工作"], size=3))


def test_two_headings_are_no_structure_and_nine_are_a_handbooks_chapters():
    assert not _parts(_report(["砥砺奋进抓发展，经济运行回升向好", "真抓实干促落实，扎实做好明年各项工作"]))
    many = [f"第{k}项重点工作扎实推进，取得明显成效" for k in range(9)]
    assert not _parts(_report(many))


def test_a_study_guides_labels_and_a_notices_logistics_are_no_parts():
    assert not _parts(_report(["马克思主义的基本内容", "马克思主义的主要特征", "马克思主义的本质", "马克思主义的意义"],
                              "马克思主义基本原理复习提纲"))
    assert not _parts(_report(["活动时间和地点安排", "报名方式及有关事项", "活动内容", "工作要求和注意事项"],
                              "关于举办读书分享会的通知"))
