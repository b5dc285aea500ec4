"""A multiple choice on the points of a study sheet's question that asks what a thing is (…及其内涵是什么？),
its wrong options statements crossed from the points (a key's subject with another's predicate, false by
construction), asks as an exam does: 下列关于X的表述，正确的有哪些？ (session 17's blind teacher: 题干“文章
列举的要点”不能独立成立).  Invented notes."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.single_fit import asked_about

NOTES = """基层工作复习要点

### 1. 共产党人修养的三个基本方面及其内涵是什么？

共产党人修养有三个基本方面，即理想信念，党性修养，群众观点。

（1）理想信念是思想上的总开关。

（2）党性修养是干部成长的必修课。

（3）群众观点是马克思主义认识论的基本观点。

### 2. 为什么要加强基层工作？

基层是党执政的根基，基层工作关系群众切身利益。
"""


def test_an_exam_questions_points_are_asked_about_the_thing_it_names():
    bank = generate([extract_text(NOTES, "复习.md")], seed=0)
    stems = [q.stem for q in bank.questions if q.kind == "multiple"]
    assert stems == ["下列关于共产党人修养的三个基本方面的表述，正确的有哪些？"]


def test_asked_about():
    assert asked_about("毛泽东思想的活的灵魂及其内涵是什么？") == "毛泽东思想的活的灵魂"
    assert asked_about("新发展理念包括哪些？") == "新发展理念"
    assert asked_about("为什么要加强基层工作？") == ""  # (asks why, names no thing)
