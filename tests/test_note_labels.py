"""A stem cut from a study note's label line says its subject, or is not asked (session 9 review).

A teacher rejected 本质：实现…______ (whose 本质?), 指导思想不同：… and two note lines glued at a wrap
(某地：______7月1日某地：…); she printed 某某的本质是…, 某某就是….  The sentences here are invented.
"""

from __future__ import annotations

import pytest

from kaodian import pipeline
from kaodian.questions.labels import said_of_label

TEXT = "（二）全过程人民民主\n本质：人民当家作主的生动体现\n"


@pytest.mark.parametrize(
    "stem, said",
    [
        # the thing defined by its body
        ("学习型组织：就是把学习作为______的组织。", "学习型组织就是把学习作为______的组织。"),
        # a term whose body names its members or what it is
        ("三大作风：理论联系实际、______、批评与自我批评。", "三大作风是理论联系实际、______、批评与自我批评。"),
        # a definition that ends with the label's head noun
        ("学习型组织：能够把______作为内在需求的组织。", "学习型组织是能够把______作为内在需求的组织。"),
        # a comparison's label goes: the body names both sides
        ("领导力量不同：甲的领导力量是______；乙的领导力量是资产阶级。", "甲的领导力量是______；乙的领导力量是资产阶级。"),
        # a body with a subject of its own keeps it
        ("两个维护：全党必须坚决维护______。", "全党必须坚决维护______。"),
        # a timeline's line: its date, then what happened (at a meeting: 在…上)
        ("1945年 某党第七次大会：确立了______的指导地位。", "1945年，在某党第七次大会上，确立了______的指导地位。"),
        ("______ 某次党代会：确立了某某理论的指导地位。", "______，某次党代会确立了某某理论的指导地位。"),
        # an aspect whose body says its own subject: the body, without its item number
        ("原因：（1）高度发达的某某是______的基础。", "高度发达的某某是______的基础。"),
        # a headline over what was done is no term's label: as it is
        ("某项工作再创佳绩：在______首次达到新的水平。", "某项工作再创佳绩：在______首次达到新的水平。"),
        # no label: as it is
        ("党的基本路线是党和国家的生命线。", "党的基本路线是党和国家的生命线。"),
        ("习近平总书记指出：______是第一生产力。", "习近平总书记指出：______是第一生产力。"),
    ],
)
def test_a_label_line_is_said_as_a_statement(stem, said):
    assert said_of_label(stem, "", 0) == (said, None)


def test_an_aspect_label_is_said_with_the_point_above_without_its_number():
    at = TEXT.index("本质")
    assert said_of_label("本质：人民当家作主的______", TEXT, at) == ("全过程人民民主的本质是人民当家作主的______", None)


@pytest.mark.parametrize(
    "stem, text",
    [
        ("本质：人民当家作主的______", "本质：人民当家作主的生动体现\n"),  # no thing above it
        ("从经济上看：具有______。", ""),  # a one-sided view, no subject
        ("某地：______7月1日某地：______12月20日。", ""),  # two note lines glued
        ("某地回归：1997年7月1日。", ""),  # a figure listed under its label
        ("1949年 某次全会：两个______。", ""),
        ("______：实现某某、某某。", ""),  # the blank is the label  # a term listed under a dated label
        ("著作：《______》《某某论》。", "（一）形成条件\n著作：《某某》\n"),  # the point above names an aspect
    ],
)
def test_a_label_line_that_cannot_say_its_subject_is_not_asked(stem, text):
    at = text.rfind("\n", 0, len(text) - 1) + 1  # (the last line's start)
    assert said_of_label(stem, text, at)[1]


NOTES = """某某理论复习提纲

第一章 某某理论的形成

一、某某理论的提出
2001年 某某会议：首次提出“某某理论”的命题
2003年 某某大会：确立某某理论为某某的指导思想
二、某某理论的形成和发展
（一）形成条件
标志：某某理论的系统阐述
著作：《某某论》《论某某》
（二）某某理论的活的灵魂
内容：甲方针、乙方针、丙方针
地位：某某理论是某某化的第一个重大理论成果

第二章 某某制度理论

一、区别新旧某某制度的根本标志
根本标志：某某权掌握在某某人及其组织手中
二、某某制度的总路线
总路线：某某人领导的，某某大众的，反对甲主义、乙主义和丙主义的制度
三大支柱：甲支柱、乙支柱、丙支柱
（四）某某梦
本质：实现甲目标、乙目标、丙目标
从经济基础上看：具有过渡性，存在多种经济成分
意义：某某梦是凝聚人心的精神旗帜
"""


def test_no_stem_of_a_notes_bank_opens_with_a_bare_label_and_its_points_name_no_article(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    bank = pipeline.make_bank([str(path)], pipeline.settings(cache=False)).bank
    stems = [q.stem for q in bank.questions if q.kind in ("cloze", "single", "multiple", "truefalse")]
    assert stems
    for s in stems:
        assert not s.startswith(("本质：", "标志：", "著作：", "内容：", "地位：", "意义：", "三大支柱：", "______：")), s
    # a label line is a point of the notes, never the title of an article a stem could cite
    assert all("：" not in (a.title or "") for a in bank_doc(path).articles)


def bank_doc(path):
    from kaodian.pipeline import extract_text

    return extract_text(path.read_text(encoding="utf-8"), str(path)).document
