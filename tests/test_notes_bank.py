"""Questions on study notes never carry the notes' furniture (issue 13, the study-notes genre).

A teacher rejected questions whose stems held page references ((P3), （P203）, 86-89), exam
marks and stars （选择、简答）, the 答 that opens an answer or a 1】 sub-point marker, and
questions that blanked a page number.  The bank of every study-notes text of the corpus, and
of a small outline written here with all of that furniture, is checked for each of them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaodian import pipeline

CORPUS = Path(__file__).parent / "corpus"
# The study notes of the corpus (复习提纲, review answers): add a new one here.
NOTES = ("maogai-review-outline.txt", "sixiu-review-answers.md")

# An outline with every kind of furniture the review met, in the layout real notes have.
OUTLINE = """目录
第一章 马克思主义的科学内涵……1
第二章 马克思主义的基本特征……5
第三章 马克思主义的当代价值……9

第一章 马克思主义的科学内涵
1. 马克思主义的组成部分（选择、简答）（P3）
1】马克思主义哲学
2】马克思主义政治经济学
3】科学社会主义
2. 什么是马克思主义 （☆重点）  (P5)
答：马克思主义是由马克思和恩格斯创立并为后继者所不断发展的科学理论体系
3、马克思主义的鲜明特征。12-14
1）科学性
2）人民性
3）实践性
4）发展性
（选择：实践观点是马克思主义首要的和基本的观点）
第二章 马克思主义的基本特征
1、为什么说马克思主义是人民的理论？（简答）
答：人民性是马克思主义的本质属性，人民至上是马克思主义的政治立场。
2、马克思主义的理论品质。43
与时俱进是马克思主义的理论品质（P20）
"""

PAGE_REF = re.compile(r"[（(]\s*[Pp]\s*\d|(?<![\d.])[Pp]\d{1,4}(?!\d)")
EXAM_MARK = re.compile(r"[（(][^（）()]{0,10}(?:选择|简答|辨析|论述|判断|填空|重点|必考|☆|★)[^（）()]{0,10}[)）]|[☆★]")
ANSWER_LEAD = re.compile(r"(?:^|[\s。；])答\s*[:：]")
SUB_MARKER = re.compile(r"\d{1,2}】")
PAGE_RANGE = re.compile(r"(?<![\d.])\d{1,3}\s*[-—~～]\s*\d{1,3}(?![\d.%])")
BARE_NUMBER = re.compile(r"^\s*\d+(?:\s*[-—~～,，、]\s*\d+)*\s*$")


def _texts(q) -> list[tuple[str, str]]:
    """Every string of a question a student reads, with what it is."""
    out = [("题干", q.stem)] + [("选项", o) for o in q.options]
    if q.kind not in ("single", "multiple", "ordering", "truefalse"):
        out += [("答案", a) for a in q.answer]
    return out


def _bank(path: Path):
    return pipeline.make_bank([str(path)], pipeline.settings(cache=False)).bank


@pytest.fixture(scope="module")
def banks(tmp_path_factory) -> dict[str, object]:
    outline = tmp_path_factory.mktemp("notes") / "outline.txt"
    outline.write_text(OUTLINE, encoding="utf-8")
    return {name: _bank(CORPUS / name) for name in NOTES} | {"outline.txt": _bank(outline)}


@pytest.mark.parametrize("name", [*NOTES, "outline.txt"])
def test_no_question_carries_the_notes_furniture(banks, name):
    bank = banks[name]
    assert bank.questions, f"{name}: no question made"
    bad = []
    for q in bank.questions:
        for what, s in _texts(q):
            for label, pattern in (("页码", PAGE_REF), ("考试标记", EXAM_MARK), ("答", ANSWER_LEAD),
                                   ("1】", SUB_MARKER), ("页码范围", PAGE_RANGE)):
                if pattern.search(s):
                    bad.append(f"{q.id} {what}有{label}：{s}")
    assert not bad, "\n".join(bad[:20])


@pytest.mark.parametrize("name", [*NOTES, "outline.txt"])
def test_no_question_asks_for_a_bare_number(banks, name):
    """A blank or a right option that is a number alone asks for a page number in notes."""
    bad = [f"{q.id}：{a}" for q in banks[name].questions if q.kind in ("cloze", "recall")
           for a in q.answer if BARE_NUMBER.match(a)]
    bad += [f"{q.id}：{o}" for q in banks[name].questions for o in q.options if BARE_NUMBER.match(o)]
    assert not bad, "\n".join(bad[:20])


def test_the_outline_is_read_as_notes(banks):
    """The table of contents is never asked, the points and their answers are."""
    qs = banks["outline.txt"].questions
    sources = {q.source.sentence for q in qs}
    assert not any("……" in s or "目录" in s for s in sources)
    assert any("科学理论体系" in s for s in sources), "the answer after 答： is text a quiz asks"
    asked = " ".join(" ".join(q.answer) + " ".join(q.options) for q in qs)
    assert "科学社会主义" in asked or "马克思主义哲学" in asked, "the 1】 points are items of a list"
