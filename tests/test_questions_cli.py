"""kaodian generate / kaodian lint through the CLI, and generation on real extraction of the whole corpus."""

from __future__ import annotations

import json
import re
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import READ_TEXTS
from kaodian import pipeline
from kaodian.bank import dump_bank, load_bank
from kaodian.cli import app
from kaodian.errors import KaodianError
from kaodian.questions import generate, lint

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "tests" / "corpus"
TEXTS = READ_TEXTS + sorted(CORPUS.glob("*.html"))  # the texts read at the bars (conftest), and the pages
runner = CliRunner()


@lru_cache(maxsize=None)
def real_bank(name: str):
    return generate(pipeline.extract_paths([str(CORPUS / name)]))


@pytest.mark.parametrize("name", [p.name for p in TEXTS])
def test_zero_lint_findings_on_real_extraction(name):
    b = real_bank(name)
    assert b.questions
    assert lint(b) == []
    assert not [d for d in b.diagnostics if "检查未通过" in d]


def test_generate_writes_a_bank_that_lints_clean(tmp_path):
    out = tmp_path / "bank.json"
    r = runner.invoke(app, ["generate", str(CORPUS / "tianjin-theory-page.txt"), "-o", str(out), "--seed", "3"])
    assert r.exit_code == 0, r.output
    assert "道题" in r.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "kaodian-bank/1"
    assert {"id", "kind", "stem", "options", "answer", "blanks", "explanation", "source", "tags"} <= set(data["questions"][0])
    r = runner.invoke(app, ["lint", str(out)])
    assert r.exit_code == 0
    assert r.output.endswith("道题，未发现问题。\n")


def test_generate_is_byte_identical_for_the_same_seed(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for out in (a, b):
        runner.invoke(app, ["generate", str(CORPUS / "party-school-opening-speech.txt"), "-o", str(out), "--seed", "5", "--kinds", "单选,排序"])
    assert a.read_bytes() == b.read_bytes()
    kinds = {q.kind for q in load_bank(a)}
    # the speech's lists are parallel (坚持…、坚持…): their order is the writer's, and no ordering question asks it
    assert kinds == {"single"}


def test_the_sample_bank_lints_clean(sample_bank):
    """The hand-written fixture every exporter test reads is a bank that ``generate`` could have written."""
    r = runner.invoke(app, ["lint", str(sample_bank)])
    assert r.exit_code == 0, r.output
    assert r.output == "8 道题，未发现问题。\n"


def test_lint_reports_every_problem_and_exits_1(tmp_path, sample_bank):
    questions = list(load_bank(sample_bank))
    q = questions[0]
    from dataclasses import replace

    from kaodian.model import Blank

    broken = replace(q, stem=q.stem + "，，", blanks=(Blank("不在句中", 0, 4),) + q.blanks[1:], options=("甲", "甲"))
    path = tmp_path / "bad.json"
    path.write_text(dump_bank([broken] + questions[1:]), encoding="utf-8")
    r = runner.invoke(app, ["lint", str(path)])
    assert r.exit_code == 1
    assert f"{q.id}: 题干中有重复的标点" in r.output
    assert f"{q.id}: 选项有重复" in r.output
    assert f"{q.id}: 第 1 空“不在句中”与出处句第 0–4 字不符" in r.output


def test_lint_on_a_file_that_is_not_a_bank(tmp_path):
    p = tmp_path / "x.json"
    p.write_text("[1, 2]", encoding="utf-8")
    r = subprocess.run(["uv", "run", "kaodian", "lint", str(p)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1
    assert "[E302]" in r.stderr and "Traceback" not in r.stderr


def test_unknown_kind_is_reported_before_reading_input(tmp_path):
    r = runner.invoke(app, ["generate", "nowhere.txt", "-o", str(tmp_path / "b.json"), "--kinds", "作文"])
    assert isinstance(r.exception, KaodianError)
    assert r.exception.code == "E403"
    assert not (tmp_path / "b.json").exists()


def test_input_without_points_is_an_error_and_writes_no_bank(tmp_path):
    src = tmp_path / "empty.txt"
    src.write_text("这是一句没有考点的话。\n", encoding="utf-8")
    out = tmp_path / "b.json"
    r = runner.invoke(app, ["generate", str(src), "-o", str(out)])
    assert isinstance(r.exception, KaodianError) and r.exception.code == "E305"
    assert not out.exists()


def test_a_page_and_its_text_give_the_same_questions_under_their_own_names():
    """Generation drafts a document read twice (.txt and its saved .html) once; each copy keeps its own ids."""
    from dataclasses import replace

    name = "party-school-opening-speech"
    exs = pipeline.extract_paths([str(CORPUS / f"{name}.txt"), str(CORPUS / f"{name}.html")])
    both = generate(exs, seed=4)
    again = generate(exs, seed=4)
    assert dump_bank(both.questions, both.diagnostics) == dump_bank(again.questions, again.diagnostics)
    txt = [q for q in both.questions if q.source.document.endswith(".txt")]
    html = [q for q in both.questions if q.source.document.endswith(".html")]
    assert txt and len(txt) == len(html)
    assert not {q.id for q in txt} & {q.id for q in html}
    assert generate([exs[1]], seed=4).questions == tuple(html)  # the same as reading the page alone
    for a, b in zip(txt, html):
        assert replace(a, id=b.id, source=replace(a.source, document=b.source.document)) == b


# ---------------------------------------------------------------- what generate prints (issue 14)

SPEECHES = sorted(CORPUS.glob("*speech*.txt"))


@pytest.mark.parametrize("text", [p.name for p in SPEECHES] + ["."])
def test_generate_prints_a_few_lines_whatever_the_input(text, tmp_path):
    """A speech, or the whole corpus folder: a summary of at most 6 lines, details behind --verbose."""
    out = tmp_path / "bank.json"
    src = CORPUS if text == "." else CORPUS / text
    r = runner.invoke(app, ["generate", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    diagnostics = json.loads(out.read_text(encoding="utf-8"))["diagnostics"]
    assert len(diagnostics) > 6  # there is plenty to say, and it goes to the bank
    assert len(lines) <= 6, r.output
    assert lines[-1] == f"已写入 {out}：{len(load_bank(out))} 道题"
    verbose = runner.invoke(app, ["generate", str(src), "-o", str(out), "--verbose"])
    from kaodian.bank import DIAGNOSTICS_KEPT
    for d in diagnostics[:DIAGNOSTICS_KEPT]:  # (past the cap, the bank's last line says how many more --verbose prints)
        assert f"提示：{d}" in verbose.output


def test_the_summary_groups_the_points_left_out_by_reason(tmp_path):
    out = tmp_path / "bank.json"
    r = runner.invoke(app, ["generate", str(CORPUS / "tianjin-theory-page.txt"), "-o", str(out)])
    diagnostics = json.loads(out.read_text(encoding="utf-8"))["diagnostics"]
    skipped = sum("未出" in d for d in diagnostics)
    (line,) = [x for x in r.output.splitlines() if x.startswith(f"有 {skipped} 处考点没出某种题型：")]
    # the reasons, most frequent first (too few distractors and questions lint drops lead on this text)
    groups = re.findall(r"([^：、]+?) (\d+) 处", line.split("：", 1)[1])
    counts = [int(n) for _, n in groups]
    assert counts == sorted(counts, reverse=True) and sum(counts) <= skipped, line
    assert "干扰项不足" in [name for name, _ in groups[:2]], line


def test_diagnostics_are_worded_for_a_teacher():
    """No template ids, regular-expression syntax or article ids in what a teacher reads."""
    said = [d for name in (p.name for p in TEXTS) for d in real_bank(name).diagnostics]
    assert said
    for d in said:
        assert not re.search(r"[a-z_]+\.[a-z_]+\.[a-z_]+|\(\?P|占位符| a\d+「", d), d
