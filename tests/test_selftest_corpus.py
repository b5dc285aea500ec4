"""Self-test on every corpus file: generated questions through the terminal quiz, a review, stats, and the page."""

from __future__ import annotations

import functools
import random
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPUS
from kaodian.bank import dump_bank
from kaodian.cli import app
from kaodian.model import Question
from kaodian.answers import check
from kaodian.selftest.terminal import select
from kaodian.selftest.webpage import page_data, render_page
from test_selftest_web import answer_in_page, browser, needs_chromium, open_page  # noqa: F401  (fixtures)

FILES = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))
runner = CliRunner()


@functools.lru_cache(maxsize=None)
def bank_of(path: Path):
    from kaodian.pipeline import make_bank

    return make_bank([str(path)]).bank.questions


def right_lines(q: Question) -> list[str]:
    """What a learner who knows the answer types, as the terminal asks it."""
    if q.kind == "cloze":
        return list(q.answer)
    if q.kind == "recall":
        return ["我记得这几点", "对"]
    return ["".join(q.answer)]


def wrong_lines(q: Question) -> list[str]:
    """A wrong answer of the right form."""
    if q.kind == "cloze":
        return ["不知道"] + list(q.answer[1:])
    if q.kind == "recall":
        return ["不记得", "错"]
    if q.kind == "truefalse":
        return ["错" if q.answer[0] == "对" else "对"]
    letters = [chr(ord("A") + i) for i in range(len(q.options))]
    if q.kind == "single":
        return [next(x for x in letters if x != q.answer[0])]
    if q.kind == "multiple":
        other = [x for x in letters if x not in q.answer]
        return ["".join(other) if other else letters[0]]
    return ["".join(reversed(q.answer))]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_checker_accepts_every_generated_answer(path):
    questions = bank_of(path)
    assert questions
    for q in questions:
        v = check(q, right_lines(q) if q.kind == "cloze" else right_lines(q)[0])
        assert v.correct in (True, None), (q.id, q.answer)
        if q.kind != "recall":
            w = check(q, wrong_lines(q) if q.kind == "cloze" else wrong_lines(q)[0])
            assert w.valid and w.correct is False, (q.id, q.answer)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_whole_quiz_review_and_stats_on_corpus_file(path, tmp_path):
    """Every generated question once (every third one wrong), then a review, then stats."""
    db = tmp_path / "book.sqlite3"
    bank = tmp_path / "bank.json"
    questions = bank_of(path)
    bank.write_text(dump_bank(questions), encoding="utf-8")
    asked = select(questions, rng=random.Random(4))
    wrong = {q.id for i, q in enumerate(asked) if i % 3 == 0}
    lines = [x for q in asked for x in (wrong_lines(q) if q.id in wrong else right_lines(q))] + [""]
    result = runner.invoke(app, ["quiz", str(bank), "--seed", "4", "--db", str(db)], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output[-2000:]
    n = len(asked)
    assert f"测验结束。得分 {n - len(wrong)}/{n}" in result.output
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), sum(correct) FROM answers").fetchone() == (n, n - len(wrong))
    due = [r[0] for r in conn.execute("SELECT question_id FROM answers WHERE correct = 0 ORDER BY id DESC")]
    conn.close()

    by_id = {q.id: q for q in questions}
    lines = [x for _ in range(2) for qid in due for x in right_lines(by_id[qid])]
    result = runner.invoke(app, ["quiz", "--review", "--db", str(db)], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output[-2000:]
    assert f"复习结束。得分 {2 * len(due)}/{2 * len(due)}" in result.output

    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert f"共作答 {n + 2 * len(due)} 次，涉及 {n} 题" in result.output and "错题本里 0 题待复习" in result.output


def one_of_each_kind(questions) -> list[Question]:
    seen: dict[str, list[Question]] = {}
    for q in questions:
        seen.setdefault(q.kind, []).append(q)
    return [qs[i] for qs in seen.values() for i in range(min(2, len(qs)))]


@needs_chromium
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_page_on_corpus_file(path, open_page):
    questions = bank_of(path)
    # The whole page: loads, shows its first question, no error.
    page = open_page(render_page(questions))
    assert page.locator("section.card").get_attribute("data-qid") == questions[0].id
    # The JavaScript checker agrees with Python on every generated question, right and wrong answers.
    payload, expected = [], []
    for q in questions:
        for lines in (right_lines(q), wrong_lines(q)):
            resp = lines if q.kind == "cloze" else lines[0]
            payload.append((page_data([q], "t")["questions"][0], resp))
            v = check(q, resp)
            expected.append([v.correct, v.valid, list(v.parts)])
    got = page.evaluate("cases => cases.map(c => { const v = kaodianCheck(c[0], c[1]); return [v.correct, v.valid, v.parts]; })", payload)
    assert got == expected
    assert page.events["errors"] == []

    # Tap through two questions of each kind, right then wrong.
    subset = one_of_each_kind(questions)
    page = open_page(render_page(subset), served=True)  # it reloads
    right = 0
    for i, q in enumerate(subset):
        ok = i % 2 == 0
        answer_in_page(page, q.id, q.kind, (right_lines if ok else wrong_lines)(q))
        right += ok
        assert page.locator("#score").inner_text() == f"得分 {right}/{i + 1}"
        page.locator(".next").click()
    assert page.locator(".final-score").inner_text().startswith(f"得分 {right}/{len(subset)}")
    page.reload()
    assert page.locator("#review-btn").inner_text() == f"复习错题（{len(subset) - right}）"
    assert page.events["errors"] == [] and page.events["requests"] == []
