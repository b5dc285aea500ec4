"""A reviewer's findings on session 24's question changes (rev2a): behaviour bugs, each with an invented sentence in
the genre's shape (not a corpus sentence reworded)."""

from __future__ import annotations

from kaodian.bank_edits import follow_edits
from kaodian.model import Question, QuestionSource


def _choice(answer: tuple[str, ...]) -> Question:
    s = "某某工作的根本目的是为人民谋幸福。"
    return Question("q-1", "multiple", "下列说法正确的是（　　）", answer, "", QuestionSource("t", "题", None, s, 0, len(s)),
                    options=("甲", "乙", "丙", "丁"), point_kind="statement")


def test_a_run_of_lower_case_letters_is_read_as_one_answer_per_letter() -> None:
    q, notes = follow_edits(_choice(("ab",)))
    assert q.answer == ("A", "B") and notes
    q, _ = follow_edits(_choice(("a", "d")))
    assert q.answer == ("A", "D")
    q, notes = follow_edits(_choice(("ax",)))  # (not option letters: left as typed, lint says so)
    assert q.answer == ("ax",) and not notes


def _tf(i: int, stem: str, change: tuple[str, str] | None) -> object:
    from types import SimpleNamespace

    explanation = f"错误。“{change[0]}”误作“{change[1]}”。原文：…" if change else "正确。"
    return SimpleNamespace(id=f"q{i}", stem=stem, answer=("错",) if change else ("对",), explanation=explanation,
                           source=SimpleNamespace(sentence=f"第{i}句。"))


def test_only_a_true_statement_gives_a_false_ones_change_away() -> None:
    from kaodian.questions.tf_share import _told_true

    # two false statements of one sentence, each keeping the words the other changed: neither tells the truth
    tf = [
        _tf(1, "某某改革的目标是共同富裕，重点是乡村治理。", ("城乡融合", "共同富裕")),
        _tf(2, "某某改革的目标是城乡融合，重点是基层治理。", ("乡村治理", "基层治理")),
    ]
    assert not any(_told_true(q, tf) for q in tf)
    tf.append(_tf(3, "某某改革的目标是城乡融合，重点是乡村治理。", None))
    assert {q.id for q in tf if _told_true(q, tf)} == {"q1", "q2"}


def test_a_subject_swapped_at_the_stems_start_is_checked() -> None:
    from kaodian.questions.tf_share import _told_true

    tf = [
        _tf(1, "丙精神是某某事业的精神支柱。", ("甲精神", "丙精神")),
        _tf(2, "甲精神是某某事业的精神支柱。", None),
    ]
    assert {q.id for q in tf if _told_true(q, tf)} == {"q1"}


def test_a_year_before_laizhe_or_laizi_is_no_span_of_years_cut() -> None:
    from kaodian.questions.blank_edges import edge_problem

    s = "某某2019年来到某地考察调研，对基层党建工作作出重要指示。"
    assert edge_problem(s, 2, 7) is None  # 2019年 | 来到
    s = "某某2018年来自基层的代表提出建议。"
    assert edge_problem(s, 2, 7) is None
    s = "改革开放40年来，某地经济社会发展取得显著成就。"
    assert edge_problem(s, 4, 7) is not None  # 40年 | 来: the span of years cut


def test_only_the_founding_year_of_the_party_or_the_republic_is_common_knowledge() -> None:
    from kaodian.questions.tf_worth import known_figure

    assert known_figure("年中国共产党宣告正式成立")
    assert known_figure("年10月1日中华人民共和国成立")
    assert known_figure("年中国共产党诞生")
    assert not known_figure("年中国共产党正式确立某某思想为指导思想")
    assert not known_figure("年中国共产党成立100周年")


def test_a_lead_whose_verb_cannot_take_de_is_not_said_as_a_choice_stem() -> None:
    from kaodian.questions.listannounce import lead_has

    table = {
        "过去一年某某局主要做了以下工作": "",
        "会议强调了以下问题": "",
        "某某工作包括以下内容": "",
        "某某机制包含以下环节": "",
        "某某工作主要表现为以下方面": "",
        "某某同志经历过以下岗位": "",
        "党员必须履行下列义务": "党员必须履行的义务包括",
        "会议通过下列决议": "会议通过的决议包括",
    }
    assert {lead: lead_has(lead) for lead in table} == table


def test_only_a_generic_meetings_date_is_held_a_detail() -> None:
    from kaodian.questions.false_dates import detail_date

    def held(s: str) -> bool:
        return detail_date(s, 0, s.index("月") + 1)

    assert held("2025年12月召开的某省经济工作会议对明年工作作出部署。")
    assert held("2024年3月召开的会议研究了某某问题。")
    # a plenary session, a congress, a meeting known by its own name: their dates are asked
    assert not held("1980年2月召开的党的某届某中全会作出了重要决定。")
    assert not held("1956年9月召开的某某代表大会提出了新的任务。")
    assert not held("1942年5月召开的某地会议是党的历史上的重要会议。")


def test_a_subject_the_segmenter_tags_in_part_an_adverb_is_kept_whole() -> None:
    from kaodian.questions.blank_edges import trimmed
    from kaodian.rules.edge_words import edge_run

    s = "全面从严是新时代党的建设的鲜明主题。"
    assert trimmed(s, 0, 4) == (0, 4)  # 全面从严: 从严 is tagged an adverb, it is no word of the list
    assert edge_run(["全面", "从严"], from_end=True) == 0
    assert edge_run(["某某工作", "始终", "也"], from_end=True) == 2
    assert edge_run(["某某干部", "原来"], from_end=True) == 1  # (an adverb of time the tag caught before)
    text = "某某文件\n\n全面从严是新时代党的建设的鲜明主题。\n\n各级党组织要把全面从严贯穿党的建设全过程。\n"
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    answers = [q.answer for q in generate([extract_text(text, "讲话.txt")], seed=0).questions if q.kind == "cloze"]
    assert ("全面从严",) in answers  # (before: the subject keyed 全面, and its cloze was gone)
