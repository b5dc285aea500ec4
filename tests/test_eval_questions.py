"""Scoring question banks against what people ask (kaodian.evaluate.coverage), and eval on such folders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaodian import bank as bank_module
from kaodian.cli import app
from kaodian.errors import KaodianError
from kaodian.evaluate import (
    TOP_N,
    HumanBlank,
    KeyPoint,
    annotated_inputs,
    evaluate_dir,
    format_table,
    load_blanks,
    load_points,
    score_questions,
)
from kaodian.evaluate.coverage import (
    asks_for,
    blank_budget,
    blank_hits,
    blank_recall,
    point_coverage,
    same_sentence,
    sentence_key,
)
from kaodian.model import Blank, Question, QuestionSource

TESTS = Path(__file__).parent
SENTENCE = "党的最高理想和最终目标是实现共产主义。"
LIST = "必须坚持四项基本原则，坚持改革开放，坚持自力更生，艰苦创业。"


def question(kind: str, stem: str = "", answer=(), options=(), sentence: str = SENTENCE, blanks=()) -> Question:
    """A hand-made question of ``kind`` citing ``sentence``; cloze blanks are found in the sentence."""
    if kind == "cloze" and not blanks:
        blanks = tuple(Blank(a, sentence.index(a), sentence.index(a) + len(a)) for a in answer)
    source = QuestionSource("t.txt", "（无题）", None, sentence, 0, len(sentence))
    return Question(
        id="q", kind=kind, stem=stem or sentence, answer=tuple(answer), explanation="",
        source=source, options=tuple(options), blanks=tuple(blanks),
    )


POINT = KeyPoint("最高理想", anchors=("最高理想和最终目标",), items=("实现共产主义", "共产主义"))


# --- key-point coverage ---------------------------------------------------------


@pytest.mark.parametrize(
    "q, asked",
    [
        (question("cloze", answer=["共产主义"]), True),  # answer inside an item
        (question("cloze", answer=["是实现共产主义"]), True),  # an item inside the answer
        (question("cloze", answer=["最终目标"]), False),  # keys something else
        (question("cloze", answer=["共产主义"], sentence="我们的理想是实现共产主义。"), False),  # no anchor in the sentence
        (question("recall", stem="文章列举了哪几点？", answer=["共产主义"]), False),  # recall: the anchor must be in the stem
        (question("recall", stem="“最高理想和最终目标”是什么？", answer=["共产主义"], sentence="无关。"), True),
        (question("ordering", stem="按“最高理想和最终目标”的顺序排列", answer=["B", "A"], options=["甲", "共产主义"]), True),
        (question("single", answer=["B"], options=["社会主义", "共产主义", "资本主义", "集体主义"]), True),
        (question("single", answer=["A"], options=["社会主义", "共产主义", "资本主义", "集体主义"]), False),  # item only as a distractor
        (question("multiple", answer=["A", "C"], options=["共产主义", "甲", "乙"]), True),
        (question("truefalse", answer=["对"], options=["对", "错"]), False),  # a true statement asks for nothing
        (question("truefalse", stem="党的最高理想和最终目标是实现社会主义。", answer=["错"], options=["对", "错"]), True),
        (question("truefalse", stem="党的最高理想和长远目标是实现共产主义。", answer=["错"], options=["对", "错"]), False),
    ],
)
def test_a_question_asks_for_a_point_by_the_readme_rules(q, asked):
    assert asks_for(q, POINT) is asked


def test_white_space_is_ignored_on_every_side():
    point = KeyPoint("p", anchors=("最高 理想",), items=("共产 主义",))
    assert asks_for(question("cloze", answer=["共产主义"], sentence="党的最高\n理想是实现共产主义。"), point)


def test_coverage_counts_points_and_names_the_missed_ones():
    other = KeyPoint("预备期", anchors=("预备期为一年",), items=("一年",))
    c = point_coverage([question("cloze", answer=["共产主义"])], [POINT, other])
    assert (c.asked, c.points, c.missed, c.ratio) == (1, 2, ["预备期"], 0.5)


def test_the_limited_bank_comes_from_most_important_and_nowhere_else(monkeypatch):
    asking = question("cloze", answer=["共产主义"])
    filler = [question("cloze", answer=["最终目标"])] * TOP_N
    s = score_questions("t.txt", [*filler, asking], 100, points=[POINT])
    assert (s.coverage.asked, s.coverage_top.asked) == (1, 0)  # bank order: the asking question is the 61st
    monkeypatch.setattr(bank_module, "most_important", lambda qs, n: tuple(reversed(qs))[:n])
    s = score_questions("t.txt", [*filler, asking], 100, points=[POINT])
    assert s.coverage_top.asked == 1


def test_most_important_keeps_the_first_n_in_bank_order():
    qs = [question("cloze", answer=[a]) for a in ("最高理想", "最终目标", "共产主义")]
    assert bank_module.most_important(qs, 2) == tuple(qs[:2])
    assert bank_module.most_important(qs, 10) == tuple(qs)


# --- human blanks and the budget ------------------------------------------------


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("“党的最高理想是共产主义。”", "党的最高理想是共产主义", True),  # quotes and end punctuation stripped
        ("甲乙丙丁，戊己庚", "甲乙丙丁", True),  # a clause of half the sentence
        ("甲乙丙丁，戊己庚辛", "甲乙丙丁", False),  # less than half
        ("甲乙丙丁", "乙丙丁戊", False),
    ],
)
def test_sentences_are_the_same_when_one_holds_at_least_half_of_the_other(a, b, same):
    assert same_sentence(sentence_key(a), sentence_key(b)) is same


@pytest.mark.parametrize(
    "answer, blank, hit",
    [
        ("判断力", "判断力", True),
        ("判断力", "政治判断力", True),  # 3 of 5: at least 0.6
        ("主权", "国家主权", False),  # 2 of 4
        ("系统性、整体性、协同性", "系统性", False),
        ("中国 工人阶级", "中国工人阶级", True),
    ],
)
def test_a_blank_hits_an_answer_when_equal_or_contained_at_six_tenths(answer, blank, hit):
    assert blank_hits(answer, blank) is hit


def test_blank_recall_looks_only_at_cloze_questions_of_the_same_sentence():
    human = [HumanBlank(("共产主义", "最终目标"), SENTENCE, "党的最高理想和（ ）是实现（ ）。")]
    elsewhere = question("cloze", answer=["最终目标"], sentence="最终目标不是一句空话，我们的最终目标明确。")
    as_choice = question("single", answer=["A"], options=["最终目标", "甲", "乙", "丙"])
    r = blank_recall([question("cloze", answer=["实现共产主义"]), elsewhere, as_choice], human)
    assert (r.hits, r.answers) == (1, 2)  # 共产主义 is 4 of 实现共产主义's 6 characters
    (missed,) = r.missed
    assert (missed.answer, missed.kaodian, missed.question) == ("最终目标", ("实现共产主义",), human[0].question)


def test_budget_counts_each_sentence_and_blank_once():
    qs = [
        question("cloze", answer=["共产主义"]),
        question("cloze", answer=["共产主义"]),  # the same pair again
        question("cloze", answer=["最终目标", "共产主义"]),
        question("cloze", answer=["改革开放"], sentence=LIST),
        question("single", answer=["A"], options=["四项基本原则", "甲", "乙", "丙"], sentence=LIST),
    ]
    b = blank_budget(qs, 100)
    assert (b.blanked, b.text, b.ratio) == (12, 100, 0.12)


# --- the annotation files --------------------------------------------------------


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_study_points_copies_load():
    assert len(load_points(TESTS / "study-points" / "dangzhang-2022.points.json")) == 35
    blanks = load_blanks(TESTS / "study-points" / "dangzhang-2022.blanks.json")
    assert sum(len(b.answers) for b in blanks) == 102


def test_a_malformed_points_file_lists_every_problem(tmp_path):
    bad = [{"name": "甲", "anchors": ["a"], "items": ["b"]}, {"name": "", "anchors": "a", "items": ["b"]}, "x"]
    with pytest.raises(KaodianError) as e:
        load_points(write(tmp_path / "t.points.json", bad))
    assert e.value.code == "E307"
    assert "第 2 项：name 应是非空的字符串；第 2 项：anchors 应是非空的字符串列表；第 3 项：应是一个对象" in str(e.value)


def test_a_blank_answer_outside_its_sentence_is_refused(tmp_path):
    with pytest.raises(KaodianError) as e:
        load_blanks(write(tmp_path / "t.blanks.json", [{"answers": ["乙"], "sentence": "甲。"}]))
    assert e.value.code == "E307" and "第 1 项：答案“乙”不在 sentence 里" in str(e.value)


def test_a_points_file_that_is_not_json_says_where(tmp_path):
    (tmp_path / "t.points.json").write_text('[{"name": "甲",\n "anchors": [}]', encoding="utf-8")
    with pytest.raises(KaodianError) as e:
        load_points(tmp_path / "t.points.json")
    assert e.value.code == "E307" and "不是合法的 JSON，第 2 行第 14 列：这里应有一个值" in str(e.value)
    assert "Expecting" not in str(e.value)  # the json module's English reason is said in Chinese


def test_a_points_file_with_a_comma_left_before_the_bracket_says_which_line(tmp_path):
    (tmp_path / "t.points.json").write_text('[{"name": "甲", "anchors": ["a"], "items": ["b"]},\n]', encoding="utf-8")
    with pytest.raises(KaodianError) as e:
        load_points(tmp_path / "t.points.json")
    assert "第 1 行末多了一个逗号" in str(e.value)


def test_a_misspelt_key_of_a_point_is_named(tmp_path):
    bad = [{"name": "甲", "anchors": ["a"], "item": ["b"]}]
    with pytest.raises(KaodianError) as e:
        load_points(write(tmp_path / "t.points.json", bad))
    assert "第 1 项：未知的键“item”（可用：name、anchors、items）；第 1 项：items 应是非空的字符串列表" in str(e.value)


# --- a folder of texts with points and blanks ------------------------------------


def lecture_folder(tmp_path: Path) -> Path:
    """A folder with the short lecture as .txt and .html and a points file made from its own bank."""
    from kaodian import pipeline

    text = (TESTS / "data" / "short_party_lecture.txt").read_text(encoding="utf-8")
    (tmp_path / "lecture.txt").write_text(text, encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    (tmp_path / "lecture.html").write_text(f"<html><body>{paragraphs}</body></html>", encoding="utf-8")
    bank = pipeline.make_bank([str(tmp_path / "lecture.txt")]).bank
    cloze = next(q for q in bank.questions if q.kind == "cloze")
    asked = {"name": "出了题的", "anchors": [cloze.source.sentence[-8:]], "items": [cloze.answer[0]]}
    never = {"name": "文中没有的", "anchors": ["这句话不在文中"], "items": ["没有"]}
    write(tmp_path / "lecture.points.json", [asked, never])
    return tmp_path


def test_a_folder_with_points_files_only_is_scored(tmp_path):
    folder = lecture_folder(tmp_path)
    report = evaluate_dir(folder)
    assert report.files == []  # no gold file: extraction is not scored
    assert [s.name for s in report.questions] == ["lecture.txt", "lecture.html"]
    for s in report.questions:
        assert s.error is None and s.questions > 0
        assert (s.coverage.asked, s.coverage.points, s.coverage.missed) == (1, 2, ["文中没有的"])
        assert s.recall is None and 0 < s.budget.ratio < 0.25
    assert (report.question_totals.coverage.asked, report.question_totals.coverage.points) == (2, 4)


def test_questions_can_be_left_out_of_a_folder_run(tmp_path):
    report = evaluate_dir(lecture_folder(tmp_path), questions=False)
    assert report.questions == [] and report.question_totals is None


def test_a_points_file_without_its_text_is_an_error(tmp_path):
    write(tmp_path / "x.points.json", [{"name": "甲", "anchors": ["a"], "items": ["b"]}])
    with pytest.raises(KaodianError) as e:
        annotated_inputs(tmp_path)
    assert e.value.code == "E303" and "x.points.json: 旁边没有 x.txt 或 x.html" in str(e.value)


def test_gold_points_and_blanks_files_of_one_text_go_together(tmp_path):
    for name in ("a.txt", "a.html", "a.gold.yaml", "a.blanks.json", "b.txt", "b.points.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    got = [(a.input.name, a.gold and a.gold.name, a.points and a.points.name, a.blanks and a.blanks.name)
           for a in annotated_inputs(tmp_path)]
    assert got == [
        ("a.txt", "a.gold.yaml", None, "a.blanks.json"),
        ("a.html", "a.gold.yaml", None, "a.blanks.json"),
        ("b.txt", None, "b.points.json", None),
    ]


def test_a_corpus_text_gets_both_tables_when_it_has_a_gold_and_a_points_file(tmp_path):
    shutil.copy(TESTS / "corpus" / "qianwan-gongcheng-report.txt", tmp_path)
    shutil.copy(TESTS / "corpus" / "qianwan-gongcheng-report.gold.yaml", tmp_path)
    write(tmp_path / "qianwan-gongcheng-report.points.json", [{"name": "甲", "anchors": ["不在文中的锚"], "items": ["乙"]}])
    table = format_table(evaluate_dir(tmp_path), details=True)
    assert table.index("命中/抽取/标注") < table.index("要点覆盖（全部题）")
    assert "0.00（0/1）" in table and "要点漏掉（全部题） 1：\n      甲" in table


def test_eval_command_prints_the_question_table(tmp_path):
    folder = lecture_folder(tmp_path)
    write(folder / "lecture.blanks.json", [{"answers": ["不存在"], "sentence": "这一句不存在。"}])
    result = CliRunner().invoke(app, ["eval", str(folder), "--details"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["文件", "题数", "要点覆盖（全部题）", "要点覆盖（前", f"{TOP_N}", "题）", "人工填空命中率", "挖空比例"]
    row = lines[2].split()
    assert row[0] == "lecture.txt" and row[2:5] == ["0.50（1/2）", "0.50（1/2）", "0.00（0/1）"] and row[5].endswith("%")
    assert "    对照：lecture.points.json、lecture.blanks.json" in lines
    assert "      人工挖“不存在”，kaodian 挖：（此句没有填空题）" in lines
    total = [line for line in lines if line.strip()][-1].split()
    assert total[:2] == ["总计（2", "个文件）"] and total[3] == "0.50（2/4）"


def test_a_text_that_fails_to_extract_is_scored_empty_and_shown(tmp_path, monkeypatch):
    from kaodian import pipeline

    (tmp_path / "t.txt").write_text("x", encoding="utf-8")
    write(tmp_path / "t.points.json", [{"name": "甲", "anchors": ["a"], "items": ["b"]}])

    def failing(paths, rules=()):
        raise KaodianError("E102", path=paths[0])

    monkeypatch.setattr(pipeline, "extract_paths", failing)
    report = evaluate_dir(tmp_path)
    (s,) = report.questions
    assert "E102" in s.error and s.questions == 0 and (s.coverage.asked, s.coverage.points) == (0, 1)
    assert "t.txt  出题失败：[E102]" in format_table(report)
