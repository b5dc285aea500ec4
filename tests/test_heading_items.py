"""heading_items and single_fit.title_sentence: a heading of two clauses is an option whole, and a
title is no stem (session 13's blind review).  Texts are invented for the test."""

from kaodian.model import Span
from kaodian.questions.heading_items import whole_headings
from kaodian.questions.sentence import core

TEXT = (
    "一、讲清形势\n"
    "（一）外部需求有所回落，国内市场持续回暖\n"
    "正文一。\n"
    "（二）行业格局加速调整\n"
    "正文二。\n"
    "要做到：提升服务品质，严守安全底线，强化队伍建设。\n"
)


def _span(s: str) -> Span:
    i = TEXT.index(s)
    return Span(s, i, i + len(s))


def test_a_two_clause_heading_is_one_option():
    items = [_span("外部需求有所回落，国内市场持续回暖"), _span("行业格局加速调整")]
    cores = [core(s.text) for s in items]
    assert cores[0] == "外部需求有所回落"  # (what sentence.core alone gives: half the heading)
    assert whole_headings(TEXT, items, cores) == ["外部需求有所回落，国内市场持续回暖", "行业格局加速调整"]


def test_a_clause_inside_a_paragraph_keeps_its_core():
    items = [_span("提升服务品质，严守安全底线")]
    assert whole_headings(TEXT, items, ["提升服务品质"]) == ["提升服务品质"]


def test_a_title_is_no_stem_of_a_single_choice():
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    text = ("2030年“三个提升”专题教育宣讲提纲\n\n"
            "开展“三个提升”专题教育，要坚持“两个维护”，树牢“四个意识”，增强“四个自信”。\n\n"
            "全体党员要做到“两个维护”，坚持“三个提升”，把握“四个全面”，践行“两个务必”。\n")
    bank = generate([extract_text(text, "提纲.txt")], seed=0)
    singles = [q for q in bank.questions if q.kind == "single"]
    assert not [q for q in singles if q.source.sentence.startswith("2030年")]


def test_a_numbered_sentence_of_notes_is_no_heading():
    text = "一、评价的方法\n1. 既要看眼前的成效，也要看长远的影响。\n2. 既要看个人的努力，也要看集体的配合。\n"
    i = text.index("既要看眼前")
    item = Span("既要看眼前的成效，也要看长远的影响。", i, i + 18)
    assert whole_headings(text, [item], ["既要看眼前的成效"]) == ["既要看眼前的成效"]
