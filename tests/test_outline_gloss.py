"""A review outline glosses a term by the aspect it names, label：content (…的二因素：甲和乙): a short content is
the point and its cloze blanks it whole, though longer than the sentence's share (issue 11, session 26: such
lines of a 复习提纲 were never extracted).  The lines are written for these tests in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate

OUTLINE = "第一章 某学说\n{line}\n某学说的诞生有深刻的社会历史条件，这里不再展开。\n"


def _clozes(line: str) -> dict[str, tuple[str, ...]]:
    bank = generate([extract_text(OUTLINE.format(line=line), "复习提纲.txt")], seed=0)
    return {q.stem: q.answer for q in bank.questions if q.kind == "cloze" and line[:4] in q.stem}


@pytest.mark.parametrize("line, label, content", [
    ("某物品的二因素：甲性和乙性。", "某物品的二因素：", "甲性和乙性"),
    ("某种劳动的二重性：甲类劳动和乙类劳动。", "某种劳动的二重性：", "甲类劳动和乙类劳动"),
])
def test_a_short_gloss_is_blanked_whole(line, label, content):
    got = _clozes(line)
    assert (label + "______" + line[len(label) + len(content):], (content,)) in got.items()


def test_a_long_content_after_an_aspect_label_is_no_gloss_to_blank_whole():
    """(…的内容：在一个相当长的时期内…: a clause, no term; its words are not one answer)"""
    line = "某路线的内容：在一个相当长的时期内逐步实现某某工业化和对某某行业的改造。"
    assert not any(len(a) == 1 and a[0].startswith("在一个相当长") for a in _clozes(line).values())


def test_a_saying_after_a_colon_is_no_gloss():
    """A colon after a clause introduces what is said (某同志指出：…), never a label's content."""
    got = _clozes("某同志在会上指出：作风问题是党性问题。")
    assert all(a != ("作风问题是党性问题",) for a in got.values())


NOTICE = "关于举办某某读书节的通知\n各单位：\n为丰富文化生活，定于五月举办读书节。\n{line}\n请各单位认真组织。\n"


@pytest.mark.parametrize("line", ["报名条件：本单位在职人员。", "主要作用：丰富业余生活。", "活动内容：读书分享会。"])
def test_an_everyday_label_of_a_notice_is_no_key_statement(line):
    """条件, 作用, 内容 also label a notice's lines: without an outline's number or possessive label they are no point."""
    points = extract_text(NOTICE.format(line=line), "通知.txt").points
    assert not any(p.kind == "statement" and line[:4] in p.text for p in points)


@pytest.mark.parametrize("line", ["某路线的基本内容：甲和乙。", "1. 主要作用：甲乙丙丁。", "（二）基本条件：甲和乙。"])
def test_an_everyday_label_in_an_outline_shape_is_a_key_statement(line):
    points = extract_text(OUTLINE.format(line=line), "复习提纲.txt").points
    assert any(p.kind == "statement" and line[:4] in p.text for p in points)
