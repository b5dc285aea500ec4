"""A memorisation sheet blanks its own key terms (a tab, an empty （ ）, a run of underscores): a sentence
with such a hole is not the statement it stands for and is never asked; its whole sentences still are."""

from __future__ import annotations

import re

from kaodian.pipeline import extract_text
from kaodian.questions import generate

# an invented sheet in the genre's shape: holes as tabs, empty brackets and underscores, then whole statements
SHEET = """第一部分 基层治理

第一节 治理体系
基层治理是国家治理的基石，要坚持\t的领导，健全\t相结合的城乡基层治理体系。
（　）是基层治理的根本目的，群众满意是基层治理的（　）。
推进基层治理现代化，关键在于把___落到实处。
完善网格化管理、精细化服务、信息化支撑的基层治理平台，是提升基层治理效能的重要抓手。
坚持和发展新时代“枫桥经验”，是推进基层治理现代化的重要途径。
加强基层政权建设，要增强乡镇行政执行能力、为民服务能力、议事协商能力、应急管理能力。
"""
HOLE = re.compile(r"\S\t+\S|（[\s　]*）|_{3,}")


def test_a_sentence_with_a_hole_the_source_left_is_never_asked():
    bank = generate([extract_text(SHEET, name="背诵材料.txt")], seed=1)
    assert bank.questions, "the sheet's whole sentences are asked"
    assert [q.stem for q in bank.questions if HOLE.search(q.source.sentence)] == []
    # and the whole statements are
    assert any("网格化管理" in q.source.sentence or "执行能力" in q.source.sentence for q in bank.questions)
