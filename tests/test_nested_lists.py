"""An unmarked list inside the body of a numbered item is a list of its own (rules/__init__.py, lists.py).

A study note numbers its subheadings （一）（二）, each followed by its content; a semicolon list in that
content (X具有A性；X具有B性；X具有C性。) is what a teacher asks of the subheading.  Only a list whose first
item stands inside an item of the enumeration (the same clauses found twice) is left to the enumeration.
The text is written for this test in the genre's shape, not taken from the corpus.
"""

from __future__ import annotations

from kaodian.pipeline import extract_text

NOTE = """学习笔记

一、什么是组织纪律
（一）纪律的内涵与特征
纪律：组织为维护集体利益而要求成员共同遵守的行为规则。
纪律具有强制性；纪律具有约束性；纪律具有普遍性。
（二）规矩的内涵与特征
规矩：长期形成、大家共同认可并自觉遵守的行为准则。
规矩具有传承性；规矩具有自觉性。
"""


def test_a_semicolon_list_under_a_numbered_subheading_is_found() -> None:
    ex = extract_text(NOTE, "笔记.txt")
    lists = [[i.text for i in p.items] for p in ex.points if p.kind == "list"]
    assert ["纪律具有强制性", "纪律具有约束性", "纪律具有普遍性"] in lists


def test_the_subheadings_are_still_an_enumeration() -> None:
    ex = extract_text(NOTE, "笔记.txt")
    assert any([i.text for i in p.items] == ["纪律的内涵与特征", "规矩的内涵与特征"]
               for p in ex.points if p.kind == "enumeration")
