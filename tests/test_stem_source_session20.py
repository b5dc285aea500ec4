"""Stems session 20's blind teachers sent back for their source (task cloze, session 21): a stem that points
outside itself (以此作为条件, 毛泽东的这个报告: 无所指), an essay's own call with no source (未注明出处《…》).
Invented texts in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.source import back_pointer, pointing


def _clozes(text: str) -> list[tuple[str, tuple[str, ...]]]:
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    return [(q.stem, q.answer) for q in bank.questions if q.kind == "cloze"]


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("以此作为条件，使协会有可能稳步地发展。", True),
        ("对此，协会要高度重视。", True),
        ("刘明的这个报告，构成了协会章程的基础。", True),
        ("协会把服务会员这个宗旨贯穿工作始终。", False),
        ("协会以此为荣。", False),
    ],
)
def test_a_stem_that_points_outside_itself_is_not_asked(statement: str, flagged: bool) -> None:
    assert bool(back_pointer(statement) or pointing(statement)) is flagged


def test_an_essays_own_call_names_its_title_but_its_doctrine_does_not() -> None:
    """An essay no body issued (论…): its calls say whose they are (未注明出处, 注明《论人民民主专政》); a statement of
    its own subject (协会的领导是…) is doctrine and stays as it is."""
    got = _clozes("论协会的建设\n（一九四九年六月三十日）\n我们必须学会做经济工作。\n协会的领导是协会事业的根本保证。\n")
    stems = [s for s, _ in got]
    assert "《论协会的建设》提出，必须学会做______。" in stems, stems
    assert "协会的领导是协会事业的______。" in stems, stems


def test_a_title_and_its_subtitle_apart_by_two_spaces_name_the_main_title() -> None:
    """坚持稳中求进、提质增效  努力实现…良好开局: too long whole, said by its main title (没标出处)."""
    got = _clozes("坚持协会稳中求进、提质增效  努力实现“十五五”会员工作良好开局\n"
                  "我们必须学会做经济工作。\n")
    stems = [s for s, _ in got]
    assert "《坚持协会稳中求进、提质增效》提出，必须学会做______。" in stems, got
    # (the title asked as a statement names itself)
    assert not [s for s in stems if s.startswith("《") and "努力实现" in s], got


def test_a_charters_rules_are_not_sourced_as_an_essays_calls() -> None:
    """党章's every 必须 is a rule read as the rule, no one's call: no 《…章程》提出，before it."""
    got = _clozes("全国协会章程\n第一条 会员必须学会做经济工作。\n第二条 协会的最高领导机关是会员代表大会。\n")
    assert got and not [s for s, _ in got if s.startswith("《")], got


def test_this_report_said_in_the_report_itself_is_named_by_its_title() -> None:
    """An editor's note before a report: 某某的这个报告 is the report itself (改为…在七届二中全会上的报告)."""
    got = _clozes("在协会第七届理事会第二次全体会议上的报告\n（1949.3.5）\n"
                  "刘明的这个报告，和他在同年六月所写的《论协会建设》一文，构成了协会章程的政策基础。\n")
    stems = [s for s, _ in got]
    assert any(s.startswith("刘明的《在协会第七届理事会第二次全体会议上的报告》，") for s in stems), got
    assert not [s for s in stems if "这个报告" in s], got


def test_an_essays_narrative_opening_with_a_place_is_not_sourced() -> None:
    """在福建宁德，提出发扬…的精神: narrative (whose deed the article tells), no call of the article's own."""
    got = _clozes("新时代协会工作的科学指南\n刘明\n在福建宁德，提出发扬“滴水穿石”的精神，因地制宜探索发展路子。\n"
                  "我们必须学会做经济工作。\n")
    assert got and not [s for s, _ in got if s.startswith("《") and "宁德" in s], got


def test_an_essays_call_that_mentions_its_title_keeps_its_source() -> None:
    """Title 坚持会员至上: 必须在一切工作中坚持会员至上，把…放在首位 is the essay's own call, not its title asked as a
    statement (review 2 of session 21: such calls went unsourced)."""
    from kaodian.questions.source import sourced

    text = "坚持会员至上\n必须在一切工作中坚持会员至上，把会员利益放在首位。\n"
    doc = extract_text(text, "协会.txt").document
    stem = "必须在一切工作中坚持会员至上，把______放在首位。"
    got = sourced(stem, doc, doc.articles[0].id, "坚持会员至上", None, ("会员利益",))
    assert got.startswith("《坚持会员至上》"), got
    # the title itself asked as a statement still names no source
    assert sourced("坚持______至上。", doc, doc.articles[0].id, "坚持会员至上", None, ("会员",)) == "坚持______至上。"
