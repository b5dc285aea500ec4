"""A false statement never swaps one member of a list its clause says (task fix1, session 22): 甲、乙、丙、丁 with
丙 put as a sibling is seldom false in substance (the list is open in spirit, the sibling often holds too), and
blind teachers graded none of them A.  A term alone in its clause, a figure and a numbered formulation still change.
Every text is invented."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import distractors as dx
from kaodian.questions.drafting import Ctx, Draft, RunCache
from kaodian.questions.falsehood import listed_member
from kaodian.questions.registry import GENERATORS

LIST = "要着力建设现代化的水利设施体系、交通设施体系、能源设施体系、信息设施体系，夯实发展根基。"


@pytest.mark.parametrize("text, term, member", [
    (LIST, "水利设施体系", True),                 # the first member: its words go on to a 、
    (LIST, "交通设施体系", True),                 # a middle one
    (LIST, "信息设施体系", True),                 # the last: it follows a 、
    (LIST, "水利设施", True),                     # part of a member, its rest short before the 、
    ("坚持公平原则、效率原则和安全原则，推进改革。", "安全原则", True),  # after the 和 that closes a 、 list
    ("坚持公平原则、效率原则和安全原则，推进改革。", "推进", False),      # another clause
    ("坚持“生态优先”、“绿色发展”的理念。", "绿色发展", True),          # through quotation marks
    ("我国的根本政治制度是人民代表大会制度。", "人民代表大会制度", False),  # alone in its clause
    ("坚持公平原则和效率原则，推进改革。", "效率原则", False),          # two joined by 和: no 、 list
    ("着力建设现代化的水利设施体系、交通设施体系。", "着力", False),    # a verb before the list, far from its 、
])
def test_a_member_of_a_list_in_its_clause_is_told(text, term, member):
    a = text.index(term)
    assert listed_member(text, a, a + len(term)) is member


SERIES = """关于加强学习的几点体会

一、总体要求

新时代要统筹推进经济建设、政治建设、文化建设、社会建设，不断开创新局面。要大力弘扬爱国主义、集体主义、社会主义，凝聚奋进力量。
"""


@pytest.mark.parametrize("seed", range(3))
def test_a_series_term_is_never_swapped_into_a_false_statement(seed):
    ex = extract_text(SERIES, "t.txt")
    material = dx.Material.gather([ex])
    series = [p for p in ex.points if p.kind == "term_series"]
    assert len(series) == 2
    for p in series:
        draft = GENERATORS["term_series", "truefalse"](Ctx(ex.document, p, material, seed, RunCache()))
        if isinstance(draft, Draft) and draft.answer == ("错",):
            old = draft.values["change"].split("”误作“")[0].lstrip("“")
            assert old not in {s.text for s in p.items}, draft.values
