"""``cli.main()``: command-line mistakes in Chinese with exit 2, library errors with exit 1, --help intact."""

from __future__ import annotations

import re

import pytest

from kaodian.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(list(argv))
    out, err = capsys.readouterr()
    return e.value.code, out, err


@pytest.mark.parametrize("argv, message", [
    (["generate"], "错误：缺少选项 --output/-o。\n运行 kaodian generate --help 查看用法。\n"),
    (["lint"], "错误：缺少参数 BANK。\n运行 kaodian lint --help 查看用法。\n"),
    (["paper", "--bogus"], "错误：没有这个选项 --bogus。\n运行 kaodian paper --help 查看用法。\n"),
    (["quiz", "--count", "0"], "错误：选项 --count/-n 的值无效：0 太小，至少应为 1。\n运行 kaodian quiz --help 查看用法。\n"),
    (["quiz", "--seed", "x"], "错误：选项 --seed 的值无效：“x”不是整数。\n运行 kaodian quiz --help 查看用法。\n"),
    (["lint", "a.json", "b.json"], "错误：多余的参数：b.json。\n运行 kaodian lint --help 查看用法。\n"),
    (["bogus"], "错误：没有这个命令 bogus。\n运行 kaodian --help 查看有哪些命令。\n"),
    (["generat"], "错误：没有这个命令 generat（是不是 generate？）。\n运行 kaodian --help 查看有哪些命令。\n"),
])
def test_usage_errors_are_chinese_with_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", message)


def test_option_without_its_value(capsys):
    code, _, err = run(capsys, "paper", "-o")
    assert code == 2 and err.startswith("错误：选项 -o 后面缺少值。\n运行 kaodian")


def test_help_still_works_with_exit_0(capsys):
    code, out, err = run(capsys, "paper", "--help")
    assert code == 0 and "出试卷" in out and err == ""
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "考点" in out


def test_library_error_is_one_line_with_exit_1(capsys, tmp_path):
    article = tmp_path / "文章.txt"
    article.write_text("不是题库。", encoding="utf-8")
    code, out, err = run(capsys, "lint", str(article))
    assert code == 1 and out == ""
    assert err.startswith(f"错误 [E302] {article}: 这不是 kaodian 的题库文件：不是有效的 JSON")
    assert err.endswith("题库文件由 kaodian generate 文章.txt -o 题库.json 生成\n") and err.count("\n") == 1


def test_a_command_exit_code_is_kept(capsys, tmp_path, sample_bank):
    code, out, _ = run(capsys, "lint", str(sample_bank))
    assert code == 0 and "未发现问题" in out


def test_ctrl_c_and_eof_outside_the_quiz(capsys, monkeypatch):
    import kaodian.selftest.stats as stats

    def interrupted(db):
        raise KeyboardInterrupt

    monkeypatch.setattr(stats, "run", interrupted)
    assert run(capsys, "stats")[0] == 130

    def eof(db):
        raise EOFError

    monkeypatch.setattr(stats, "run", eof)
    code, _, err = run(capsys, "stats")
    assert code == 1 and err.endswith("已中止。\n")


# ---- help lines break between Chinese characters, never inside a word (issue 14) ---------------

from kaodian.helpwrap import display_width  # noqa: E402
from typer.main import get_command  # noqa: E402


@pytest.mark.parametrize("columns", [60, 80, 120])
@pytest.mark.parametrize("name", sorted(get_command(__import__("kaodian.cli").cli.app).commands))
def test_help_lines_break_between_words_and_fit_the_terminal(name, columns, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, _ = run(capsys, name, "--help")
    assert code == 0
    lines = out.splitlines()
    for before, after in zip(lines, lines[1:]):
        # an ASCII word cut in two: a letter or digit on both sides of the line break
        assert not (re.search(r"[A-Za-z0-9]$", before) and re.match(r"\s*[A-Za-z0-9]", after)), (before, after)
        assert not re.match(r"\s*[，。、；：）》]", after), after
        assert not before.endswith(("（", "《")), before
    assert max(display_width(line) for line in lines) <= min(columns, 80), out


def test_kaodian_alone_shows_its_commands_in_chinese(capsys):
    """A newcomer's first try: the help, its headings and usage line in Chinese, no English click words."""
    _, out, err = run(capsys)
    assert out.startswith("用法：kaodian [选项] 命令 [参数]...") and "命令：" in out and "generate" in out
    assert not re.search(r"Usage|Options|Commands|Missing command", out + err)


def test_an_unexpected_exception_is_one_line_with_exit_70(capsys, monkeypatch, tmp_path):
    import kaodian.selftest.stats as stats

    def broken(db):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.delenv("KAODIAN_DEBUG", raising=False)
    monkeypatch.setattr(stats, "run", broken)
    code, out, err = run(capsys, "stats", "--db", str(tmp_path / "book.sqlite"))
    assert code == 70 and out == "" and err.count("\n") == 1
    assert err.startswith("错误：kaodian 内部出错（RecursionError: maximum recursion depth exceeded）")
    assert "Traceback" not in err


def test_several_banks_are_one_and_a_bank_with_articles_is_refused(capsys, tmp_path, sample_bank):
    import json

    other = tmp_path / "other.json"
    data = json.loads(sample_bank.read_text(encoding="utf-8"))
    first = data["questions"][0]
    data["questions"] = [{**first, "id": "q-0000000000000001"}]
    other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page = tmp_path / "quiz.html"
    code, _, err = run(capsys, "web-quiz", str(sample_bank), str(other), str(sample_bank), "-o", str(page))
    total = len(json.loads(sample_bank.read_text(encoding="utf-8"))["questions"]) + 1
    assert code == 0 and f"{total} 道题" in err
    article = tmp_path / "文章.txt"
    article.write_text("坚持党的全面领导是根本保证。", encoding="utf-8")
    code, _, err = run(capsys, "web-quiz", str(sample_bank), str(article), "-o", str(tmp_path / "x.html"))
    assert code == 1 and err.startswith(f"错误 [E309] {sample_bank}: 题库文件（.json）不能和文章一起给出")
    assert not (tmp_path / "x.html").exists()


def test_an_old_word_file_is_told_to_be_saved_as_docx(capsys, tmp_path):
    old = tmp_path / "讲话.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 60)
    code, _, err = run(capsys, "extract", str(old))
    assert code == 1 and "另存为” .docx" in err


def test_a_bank_to_standard_output(capsys):
    import json

    code, out, err = run(capsys, "generate", "-o", "-")
    assert code == 0 and json.loads(out)["questions"] and err.rstrip().endswith("道题")
    assert not __import__("pathlib").Path("-").exists()


def test_a_failed_anki_leaves_no_empty_decks_folder(capsys, tmp_path, monkeypatch):
    """A newcomer (session 20): kaodian anki on an empty file, or with a --deck-per it does not know, left an
    empty decks/ in the folder it ran in; 章 is what a user types for 章节."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "空.txt").write_text("", encoding="utf-8")
    (tmp_path / "文.txt").write_text("我们要坚持以人民为中心的发展思想。", encoding="utf-8")
    assert run(capsys, "anki", "空.txt")[0] == 1
    # (a wrong option value is a usage error since session 26: exit 2, test_cli_exit_codes)
    assert run(capsys, "anki", "文.txt", "--deck-per", "节次")[0] == 2
    assert not (tmp_path / "decks").exists()
    from kaodian.export.anki import DECK_PER

    assert DECK_PER["章"] == DECK_PER["章节"]


def test_ctrl_c_says_the_run_was_interrupted_and_exits_130(tmp_path, capsys, monkeypatch):
    import kaodian.library

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kaodian.library, "make", interrupted)
    text = tmp_path / "讲话.txt"
    text.write_text("坚持和发展中国特色社会主义。", encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["generate", str(text), "-o", str(tmp_path / "题库.json")])
    _, err = capsys.readouterr()
    assert e.value.code == 130
    assert err == "已中断（Ctrl-C）：这次运行没有做完，需要时重新运行即可。\n"
    assert not (tmp_path / "题库.json").exists()
