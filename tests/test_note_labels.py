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
        ("原因：（1）高度发达的生产力是______的基础。", TEXT),  # a body with its own 是 under an aspect
        ("从经济上看：具有______。", ""),  # a one-sided view, no subject
        ("某地：______7月1日某地：______12月20日。", ""),  # two note lines glued
        ("某地回归：1997年7月1日。", ""),  # a figure listed under its label
        ("1949年 某次全会：两个______。", ""),  # a term listed under a dated label
        ("著作：《______》《某某论》。", "（一）形成条件\n著作：《某某》\n"),  # the point above names an aspect
    ],
)
def test_a_label_line_that_cannot_say_its_subject_is_not_asked(stem, text):
    at = text.rfind("\n", 0, len(text) - 1) + 1  # (the last line's start)
    assert said_of_label(stem, text, at)[1]


NOTES = """第一章 全过程人民民主

（一）全过程人民民主
本质：人民当家作主的生动体现，是社会主义民主政治的本质属性
特点：全链条、全方位、全覆盖
（二）新型政党制度
新型政党制度：就是中国共产党领导的多党合作和政治协商制度，是从中国土壤中生长出来的新型政党制度
"""


def test_no_stem_of_a_notes_bank_opens_with_a_bare_label(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    bank = pipeline.make_bank([str(path)], pipeline.settings(cache=False)).bank
    stems = [q.stem for q in bank.questions if q.kind in ("cloze", "single", "multiple", "truefalse")]
    assert stems
    for s in stems:
        assert not s.startswith(("本质：", "特点：", "新型政党制度：")), s
