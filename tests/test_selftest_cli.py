"""kaodian quiz / stats / web-quiz, driven as a learner drives them."""

from __future__ import annotations

import os
import re
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaodian.bank import load_bank
from kaodian.cli import app
from kaodian.errors import KaodianError
from kaodian.selftest.terminal import select

runner = CliRunner()

# What a learner types for each question of the sample bank, right and wrong.
RIGHT = {
    "q-cloze-1": ["两个确立", "“两个维护”"],
    "q-single-1": ["c"],
    "q-multiple-1": ["D,B,A"],
    "q-tf-1": ["√"],
    "q-tf-2": ["×"],
    "q-order-1": ["BDAC"],
    "q-recall-1": ["践行核心价值观，文化强市，开放查阅", "对"],
    "q-cloze-2": ["数字鸿沟"],
}
WRONG = {
    "q-cloze-1": ["两个确立", "两个拥护"],
    "q-single-1": ["A"],
    "q-multiple-1": ["AB"],
    "q-tf-1": ["错"],
    "q-tf-2": ["对"],
    "q-order-1": ["ABCD"],
    "q-recall-1": ["记不清了", "错"],
    "q-cloze-2": ["数字"],
}


def order(bank: Path, seed: int) -> list[str]:
    """The question ids in the order ``kaodian quiz --seed`` asks them."""
    return [q.id for q in select(load_bank(bank), rng=random.Random(seed))]


def answers(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT question_id, mode, response, correct, overridden FROM answers ORDER BY id").fetchall()
    finally:
        conn.close()


def quiz(*args: str, input: str):
    result = runner.invoke(app, ["quiz", *args], input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_a_whole_quiz_then_review_then_stats(sample_bank, tmp_path):
    db = tmp_path / "book.sqlite3"
    ids = order(sample_bank, 7)
    first, second = ids[:4], ids[4:]
    lines = [x for i in first for x in RIGHT[i]] + [x for i in second for x in WRONG[i]] + [""]
    result = quiz(str(sample_bank), "--seed", "7", "--db", str(db), input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("共 8 题。")
    assert out.count("✓ 回答正确！") + out.count("✓ 记下了") == 4
    assert "测验结束。得分 4/8（50%）" in out
    assert "按题型：" in out and "按文章：" in out and "  判断题  " in out
    assert "解析：原文：" in out and "出处：tianjin-theory-page.txt · 《" in out
    assert "共 4 题待复习，用 kaodian quiz --review 复习。" in out
    rows = answers(db)
    assert [r[0] for r in rows] == ids
    assert [r[3] for r in rows] == [1, 1, 1, 1, 0, 0, 0, 0]
    assert {r[1] for r in rows} == {"quiz"}

    # Review without the bank: the book keeps the questions.  Each must be right twice in a row.
    conn = sqlite3.connect(db)
    due = [r[0] for r in conn.execute("SELECT question_id FROM answers WHERE correct = 0 ORDER BY id DESC")]
    conn.close()
    lines = [x for _ in range(2) for i in due for x in RIGHT[i]]
    result = quiz("--review", "--db", str(db), input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert "复习错题：4 题" in result.output
    assert result.output.count("已连续答对两次，移出错题本") == 4
    assert "复习结束。得分 8/8（100%）" in result.output
    assert "共 0 题待复习。" in result.output
    review_rows = answers(db)[8:]
    assert [r[0] for r in review_rows] == due + due and {r[1] for r in review_rows} == {"review"}

    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0
    assert "共作答 16 次，涉及 8 题，正确率 75%，错题本里 0 题待复习。" in result.output
    assert "按文章" in result.output and "按题型" in result.output and "错得最多的题：" in result.output

    result = quiz("--review", "--db", str(db), input="")
    assert "里没有要复习的题目" in result.output


def test_a_wrong_review_answer_comes_back(sample_bank, tmp_path):
    db = tmp_path / "b.sqlite3"
    quiz(str(sample_bank), "--kinds", "判断", "--article", "现代服务业", "--db", str(db), input="对\n\n")
    # review with the bank given: wrong, right, right
    result = quiz(str(sample_bank), "--review", "--db", str(db), input="对\n错\n错\n")
    assert result.output.count("复习第") == 3
    assert "再连续答对 2 次" in result.output and "再连续答对 1 次" in result.output
    assert [r[3] for r in answers(db)] == [0, 0, 1, 1]


def test_typo_override_marks_the_last_answer_right(sample_bank, tmp_path):
    db = tmp_path / "b.sqlite3"
    ids = order(sample_bank, 3)[:2]
    lines = WRONG[ids[0]] + ["!!"] + RIGHT[ids[1]]
    result = quiz(str(sample_bank), "--seed", "3", "--count", "2", "--db", str(db), input="\n".join(lines) + "\n")
    assert "已将上一题改判为正确。得分 1/1" in result.output
    assert "测验结束。得分 2/2" in result.output
    assert [r[3:] for r in answers(db)] == [(1, 1), (1, 0)]


def test_override_at_the_end_and_nothing_to_override(sample_bank, tmp_path):
    db = tmp_path / "b.sqlite3"
    result = quiz(str(sample_bank), "--article", "现代服务业", "--db", str(db), input="!!\n对\n!!\n")
    assert "没有可改判的上一题" in result.output
    assert "测验结束。得分 1/1" in result.output
    assert answers(db)[0][3:] == (1, 1)


def test_an_answer_of_the_wrong_form_is_asked_again(sample_bank, tmp_path):
    db = tmp_path / "b.sqlite3"
    result = quiz(str(sample_bank), "--kinds", "single", "--db", str(db), input="E\nAB\nC\n")
    assert result.output.count("请输入一个选项字母（A–D）。") == 2
    assert answers(db) == [("q-single-1", "quiz", "C", 1, 0)]


def test_end_of_input_ends_cleanly_and_keeps_the_answers(sample_bank, tmp_path):
    db = tmp_path / "b.sqlite3"
    ids = order(sample_bank, 11)
    lines = RIGHT[ids[0]] + WRONG[ids[1]]
    result = quiz(str(sample_bank), "--seed", "11", "--db", str(db), input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    assert "已结束：作答的 2 题已记入错题本。" in result.output
    assert "得分 1/2" in result.output
    assert [r[0] for r in answers(db)] == ids[:2]


def test_same_seed_same_questions(sample_bank, tmp_path):
    outs = [quiz(str(sample_bank), "--seed", "5", "--db", str(tmp_path / f"{i}.sqlite3"), input="").output for i in range(2)]
    assert outs[0].replace("0.sqlite3", "?") == outs[1].replace("1.sqlite3", "?")
    other = quiz(str(sample_bank), "--seed", "6", "--db", str(tmp_path / "0.sqlite3"), input="").output
    assert other != outs[0]


@pytest.mark.parametrize(
    "args,code",
    [
        (["--kinds", "问答"], "E403"),
        (["--article", "没有这篇文章"], "E705"),
    ],
)
def test_bad_selection(sample_bank, tmp_path, args, code):
    result = runner.invoke(app, ["quiz", str(sample_bank), "--db", str(tmp_path / "b.sqlite3"), *args], input="")
    assert isinstance(result.exception, KaodianError) and result.exception.code == code


def test_an_article_not_in_the_bank_is_said_with_the_articles_it_has(sample_bank):
    questions = load_bank(sample_bank)
    titles = {q.source.article for q in questions}
    with pytest.raises(KaodianError) as e:
        select(questions, articles=["没有这篇文章"])
    assert "题库里的文章：" in str(e.value) and any(t in str(e.value) for t in titles)


def _kaodian(*args: str, input: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kaodian", *args], input=input, capture_output=True, text=True, timeout=60, cwd=cwd
    )


def test_a_foreign_database_is_refused_through_the_command(sample_bank, tmp_path):
    notes = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(notes)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = notes.read_bytes()
    proc = _kaodian("quiz", str(sample_bank), "--db", str(notes), input="C\n")
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"错误 [E701] {notes}: 这不是 kaodian 的错题本")
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert notes.read_bytes() == before
    proc = _kaodian("stats", "--db", str(notes))
    assert proc.returncode == 1 and "[E701]" in proc.stderr


def test_default_book_under_xdg_data_home(sample_bank, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    result = quiz(str(sample_bank), "--kinds", "单选", input="C\n")
    assert "得分 1/1" in result.output
    assert len(answers(tmp_path / "data" / "kaodian" / "book.sqlite3")) == 1


def test_stats_of_a_book_that_does_not_exist_creates_nothing(tmp_path, monkeypatch):
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "new.sqlite3")])
    assert result.exit_code == 0 and "错题本里还没有记录" in result.output
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0 and "错题本里还没有记录" in result.output
    assert list(tmp_path.iterdir()) == []


def test_stats_of_an_empty_book(tmp_path):
    from kaodian.selftest.book import Book

    Book.open(tmp_path / "empty.sqlite3").close()
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "empty.sqlite3")])
    assert result.exit_code == 0 and "错题本里还没有记录" in result.output


def test_web_quiz_writes_one_file(sample_bank, tmp_path):
    out = tmp_path / "quiz.html"
    result = runner.invoke(app, ["web-quiz", str(sample_bank), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["quiz.html"]


def test_web_quiz_into_a_missing_folder_leaves_nothing(sample_bank, tmp_path):
    proc = _kaodian("web-quiz", str(sample_bank), "-o", str(tmp_path / "nope" / "quiz.html"))
    assert proc.returncode == 1 and "[E301]" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_quiz_in_a_real_terminal_with_ctrl_c(sample_bank, tmp_path):
    pexpect = pytest.importorskip("pexpect")
    db = tmp_path / "b.sqlite3"
    ids = order(sample_bank, 2)
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="100")
    import signal

    child = pexpect.spawn(
        sys.executable,
        ["-m", "kaodian", "quiz", str(sample_bank), "--seed", "2", "--db", str(db)],
        env=env,
        encoding="utf-8",
        timeout=30,
        # a test run started in the background of a shell without job control ignores SIGINT, and a child
        # inherits that: the learner's terminal delivers Ctrl-C, so the quiz gets it as a terminal would
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    prompt = r"(答案|第\d空|你的回答|自评：答对了吗？（对/错）)> "
    for qid, script in ((ids[0], RIGHT), (ids[1], WRONG)):
        for line in script[qid]:
            child.expect(prompt)
            child.sendline(line)
    child.expect("✗")
    child.expect(prompt)  # the third question waits for an answer
    child.sendintr()
    child.expect("已结束：作答的 2 题已记入错题本。")
    child.expect("得分 1/2")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert [(r[0], r[3]) for r in answers(db)] == [(ids[0], 1), (ids[1], 0)]


def _page_ids(path: Path) -> list[str]:
    import json

    text = path.read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', text, re.S).group(1)
    return [q["id"] for q in json.loads(data)["questions"]]


def test_web_quiz_seed_shuffles_and_count_cuts(sample_bank, tmp_path):
    bank_ids = [q.id for q in load_bank(sample_bank)]
    runs = {}
    for name, args in (("plain", []), ("s1", ["--seed", "1"]), ("s1b", ["--seed", "1"]), ("s2", ["--seed", "2"]),
                       ("n3", ["--seed", "1", "-n", "3"])):
        out = tmp_path / f"{name}.html"
        result = runner.invoke(app, ["web-quiz", str(sample_bank), "-o", str(out), *args])
        assert result.exit_code == 0, result.output
        runs[name] = _page_ids(out)
    assert runs["plain"] == bank_ids
    assert sorted(runs["s1"]) == sorted(bank_ids) and runs["s1"] != bank_ids
    assert runs["s1"] == runs["s1b"] != runs["s2"]
    assert runs["n3"] == runs["s1"][:3]


def test_seeded_order_keeps_questions_on_one_sentence_apart(corpus_dir):
    from kaodian.pipeline import make_bank
    from kaodian.selftest.webpage import SAME_SENTENCE_GAP, spread_order

    bank = make_bank([str(corpus_dir / "tianjin-theory-page.txt")]).bank
    qs = spread_order(bank.questions, random.Random(3))
    assert sorted(q.id for q in qs) == sorted(q.id for q in bank.questions)
    where = [(q.source.start, q.source.end) for q in qs]
    near = sum(where[i] in where[max(0, i - SAME_SENTENCE_GAP):i] for i in range(len(where)))
    assert near <= len(qs) // 20  # only at the very end, when one sentence's questions are all that is left


def test_web_quiz_and_paper_print_the_count_of_diagnostics(tmp_path):
    result = runner.invoke(app, ["web-quiz", "-o", str(tmp_path / "q.html")])
    assert result.exit_code == 0, result.output
    assert re.search(r"提示：出题时有 \d+ 处考点没出某种题型", result.output) and "道题" in result.output
    result = runner.invoke(app, ["paper", "-o", str(tmp_path / "p"), "-f", "html", "--versions", "A"])
    assert result.exit_code == 0, result.output
    assert re.search(r"提示：出题时有 \d+ 处考点没出某种题型", result.output)


def test_quiz_page_and_terminal_show_the_file_name_not_its_path(sample_bank):
    from dataclasses import replace

    from kaodian.selftest.terminal import source_line
    from kaodian.selftest.webpage import page_data

    qs = [replace(q, source=replace(q.source, document="/home/someone/学习/报告.txt")) for q in load_bank(sample_bank)]
    assert {s[0] for s in page_data(qs, "t")["sources"]} == {"报告.txt"}
    assert source_line(qs[0]).startswith("报告.txt · ")


# ---- issue 14: the default book's folder cannot be read; what is not a book; E705 ---------------


@pytest.fixture
def unreadable_data_home(tmp_path, monkeypatch):
    """XDG_DATA_HOME whose kaodian folder cannot be looked into (chmod 000 for a user; tests run as root too,
    whom no mode stops, so the refusal is the one the system gives: PermissionError from stat)."""
    import pathlib

    locked = tmp_path / "data" / "kaodian"
    locked.mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    real_stat, real_lstat = pathlib.Path.stat, pathlib.Path.lstat

    def refuse(real):
        def stat(self, *args, **kwargs):
            if str(self).startswith(str(locked) + os.sep):
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *args, **kwargs)
        return stat

    monkeypatch.setattr(pathlib.Path, "stat", refuse(real_stat))
    monkeypatch.setattr(pathlib.Path, "lstat", refuse(real_lstat))
    return locked / "book.sqlite3"


@pytest.mark.parametrize("command", [["stats"], ["quiz", "--kinds", "单选"], ["quiz", "--review"]])
def test_an_unreadable_default_book_is_a_clean_e704(command, sample_bank, unreadable_data_home, capsys):
    from kaodian.cli import main

    args = command + ([str(sample_bank)] if command[0] == "quiz" else [])
    with pytest.raises(SystemExit) as e:
        main(args)
    err = capsys.readouterr().err
    assert e.value.code == 1
    assert err.startswith(f"错误 [E704] {unreadable_data_home}: 无法打开错题本：没有写权限"), err


@pytest.mark.parametrize("args", [["--article", "没有这篇文章"], ["--kinds", "排序", "--article", "没有这篇文章"]])
def test_a_quiz_with_no_question_creates_no_book(sample_bank, tmp_path, args):
    db = tmp_path / "b.sqlite3"
    result = runner.invoke(app, ["quiz", str(sample_bank), "--db", str(db), *args], input="")
    assert isinstance(result.exception, KaodianError) and result.exception.code == "E705"
    assert list(tmp_path.iterdir()) == []


def test_a_review_with_no_book_creates_none(tmp_path):
    db = tmp_path / "b.sqlite3"
    result = runner.invoke(app, ["quiz", "--review", "--db", str(db)], input="")
    assert result.exit_code == 0 and "没有要复习的题目" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["quiz", "stats"])
def test_an_empty_file_given_as_the_book_is_refused_and_left_alone(command, sample_bank, tmp_path):
    empty = tmp_path / "notes.txt"
    empty.write_bytes(b"")
    args = [command, *([str(sample_bank)] if command == "quiz" else []), "--db", str(empty)]
    result = runner.invoke(app, args, input="C\n")
    assert isinstance(result.exception, KaodianError) and result.exception.code == "E701"
    assert "空文件" in str(result.exception)
    assert empty.read_bytes() == b""


@pytest.mark.parametrize("review_input", ["", "对\n"])
def test_a_review_cut_short_counts_what_is_left_as_the_book_does(sample_bank, tmp_path, review_input):
    """Quit at the first review question (or after one answer): the summary's two counts agree."""
    db = tmp_path / "book.sqlite3"
    ids = order(sample_bank, 7)
    lines = [x for i in ids for x in WRONG[i]] + [""]
    quiz(str(sample_bank), "--seed", "7", "--db", str(db), input="\n".join(lines) + "\n")
    result = quiz(str(sample_bank), "--review", "--kinds", "判断", "--db", str(db), input=review_input)
    out = result.output
    assert "本次复习的 2 题中还有 2 题未连续答对两次" in out, out
    assert re.search(r"共 8 题待复习", out), out
