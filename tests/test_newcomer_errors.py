"""Bad input found in a newcomer trial (issue 14): each gets its coded Chinese message, exit 1, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaodian.cli import main

GBK_RULES = "rules:\n  - name: 测试\n".encode("gbk")
NO_ARTICLE_PAGES = [
    '<html><body><div>您访问的页面不存在或已被删除</div></body></html>',
    '<html><body><ul><li><a href="/a">习近平新时代中国特色社会主义思想</a></li>'
    '<li><a href="/b">党的二十大精神</a></li></ul><div class="footer">版权所有</div></body></html>',
]


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(list(args))
    out, err = capsys.readouterr()
    return e.value.code, out, err


def test_rules_in_gbk_are_said_in_chinese(tmp_path, capsys):
    rules = tmp_path / "mine.yaml"
    rules.write_bytes(GBK_RULES)
    code, out, err = run(capsys, "extract", "--rules", str(rules))
    assert code == 1 and out == ""
    assert err == f"错误 [E108] {rules}: 无法读取：规则文件不是 UTF-8 编码（第 18 个字节起）。请另存为 UTF-8 后再试。\n"


def test_eval_on_a_missing_folder_says_it_does_not_exist(tmp_path, capsys):
    missing = tmp_path / "语料"
    code, _, err = run(capsys, "eval", str(missing))
    assert code == 1
    assert err.startswith(f"错误 [E303] {missing}: 文件夹不存在，请检查路径。")


def test_eval_on_a_file_says_it_is_not_a_folder(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "eval", str(f))
    assert code == 1 and err.startswith(f"错误 [E303] {f}: 不是文件夹。")


@pytest.mark.parametrize("html", NO_ARTICLE_PAGES)
@pytest.mark.parametrize("command", ["extract", "generate"])
def test_a_page_with_no_article_text_is_e110(html, command, tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    out_args = ["-o", str(tmp_path / "b.json")] if command == "generate" else []
    code, out, err = run(capsys, command, str(page), *out_args)
    assert code == 1 and out == ""
    assert err == f"错误 [E110] {page}: 网页里找不到正文。请把正文复制到 .txt 文件后再试。\n"
    assert not (tmp_path / "b.json").exists()


def _bank_with_answer_z(sample_bank: Path, tmp_path: Path) -> Path:
    import json

    data = json.loads(sample_bank.read_text(encoding="utf-8"))
    q = next(q for q in data["questions"] if q["kind"] == "single")
    q["answer"] = ["Z"]
    bad = tmp_path / "题库.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return bad


@pytest.mark.parametrize("command", [
    ["anki", "-o", "{out}/s.apkg"],
    ["paper", "-o", "{out}/paper", "--format", "html"],
    ["web-quiz", "-o", "{out}/quiz.html"],
    ["quiz", "--db", "{out}/book.sqlite3"],
])
def test_a_bank_that_fails_lint_is_refused_on_load(command, sample_bank, tmp_path, capsys):
    bad = _bank_with_answer_z(sample_bank, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    args = [command[0], str(bad)] + [a.format(out=out) for a in command[1:]]
    code, _, err = run(capsys, *args)
    assert code == 1
    assert err.startswith(f"错误 [E308] {bad}: 题库有 1 处题目坏了，不能使用：q-single-1: 答案 Z 不是选项字母。"), err
    assert "按 id 找到这些题，改正或删去" in err and f"kaodian lint {bad}" in err
    assert list(out.iterdir()) == []


def test_lint_itself_still_reports_the_bank_and_says_the_other_commands_refuse_it(sample_bank, tmp_path, capsys):
    bad = _bank_with_answer_z(sample_bank, tmp_path)
    code, out, err = run(capsys, "lint", str(bad))
    assert code == 1 and "q-single-1: 答案 Z 不是选项字母" in out
    assert "其中 1 处题目坏了：anki、paper、quiz、web-quiz 不会使用这个题库（E308）" in err


def test_a_bank_lint_only_advises_on_is_used_and_lint_says_so(sample_bank, tmp_path, capsys):
    import json

    data = json.loads(sample_bank.read_text(encoding="utf-8"))
    q = next(q for q in data["questions"] if q["kind"] == "cloze")
    q["stem"] = q["stem"].rstrip("。！？")  # (a stem without its full stop: how well it is asked, not broken)
    advised = tmp_path / "题库.json"
    advised.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "lint", str(advised))
    assert code == 1 and f"{q['id']}: 题干没有句末标点" in out
    assert "都是出题质量的提示：anki、paper、quiz、web-quiz 照常使用这个题库" in err
    page = tmp_path / "自测.html"
    code, _, err = run(capsys, "web-quiz", str(advised), "-o", str(page))
    assert code == 0 and page.exists() and "E308" not in err
