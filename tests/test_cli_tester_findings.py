"""What a newcomer-tester met (session 10): -o checked before any work, stale papers, diagnostics counted
one way, the lexicon example, a folder with bad files.  First: an ``-o`` whose name does not say
what kaodian writes there is refused before any work, with the expected suffix."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaodian.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(list(args))
    out, err = capsys.readouterr()
    return e.value.code, out, err


# (command, -o name, the message after the path).  The input does not exist: the -o check coming
# first is what makes the message E310/E311/E501 and not E101 (no input was read).
BAD_OUTPUTS = [
    ("generate", "bank.txt", "[E310] {o}: 题库的文件名应以 .json 结尾，现在是“.txt”。例如：-o 题库.json"),
    ("generate", "bank", "[E310] {o}: 题库的文件名应以 .json 结尾，现在是“（无扩展名）”。例如：-o 题库.json"),
    ("anki", "x.pdf", "[E501] {o}: Anki 卡组文件名应以 .apkg 结尾。例如：-o decks/学习.apkg"),
    ("web-quiz", "quiz.txt", "[E310] {o}: 自测网页的文件名应以 .html 或 .htm 结尾，现在是“.txt”。例如：-o 自测.html"),
    ("extract", "out.pdf",
     "[E310] {o}: 抽取结果的文件名应以 .txt 或 .md 或 .json 或 .yaml 或 .yml 结尾，现在是“.pdf”。例如：-o 提纲.txt"),
    ("paper", "试卷.pdf", "[E311] {o}: -o 应是一个文件夹（kaodian 在里面写出试卷和答案），不是 .pdf 文件。例如：-o 试卷/"),
    ("build", "out.apkg", "[E311] {o}: -o 应是一个文件夹（kaodian 在里面写出卡组和试卷），不是 .apkg 文件。例如：-o decks/"),
]


@pytest.mark.parametrize(("command", "name", "message"), BAD_OUTPUTS)
def test_a_wrong_output_suffix_is_refused_before_any_input_is_read(tmp_path, capsys, command, name, message):
    out = tmp_path / name
    code, stdout, err = run(capsys, command, str(tmp_path / "missing.txt"), "-o", str(out))
    assert (code, stdout) == (1, "")
    assert err == "错误 " + message.format(o=out) + "\n"
    assert list(tmp_path.iterdir()) == []


def test_extract_with_format_and_a_suffix_of_another_format_is_refused(tmp_path, capsys):
    out = tmp_path / "out.json"
    code, _, err = run(capsys, "extract", str(tmp_path / "missing.txt"), "--format", "yaml", "-o", str(out))
    assert code == 1
    assert err == f"错误 [E310] {out}: 抽取结果的文件名应以 .yaml 或 .yml 结尾，现在是“.json”。例如：-o 提纲.yaml\n"


@pytest.mark.parametrize(("name", "opening"), [("out.json", "{"), ("out.yaml", "document:"), ("out.md", "文档：")])
def test_extract_without_format_writes_what_the_suffix_names(tmp_path, capsys, name, opening):
    src = tmp_path / "a.txt"
    src.write_text("坚持和发展中国特色社会主义。\n必须坚持以下原则：一是坚持党的领导；二是坚持人民至上。\n", encoding="utf-8")
    out = tmp_path / name
    code, _, _ = run(capsys, "extract", str(src), "-o", str(out))
    assert code == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith(opening)


def test_an_existing_folder_named_like_a_file_is_still_a_folder(tmp_path):
    from kaodian.fileio import check_folder_name

    d = tmp_path / "v1.0"  # not a suffix kaodian writes
    check_folder_name(d, what="试卷", example="试卷/")
    d = tmp_path / "papers.pdf"
    d.mkdir()
    check_folder_name(d, what="试卷", example="试卷/")  # the user made it: no error


def test_the_lexicon_help_points_at_something_an_installed_kaodian_ships(capsys):
    """--lexicon's help names the lexicon command's --example, not docs/ (absent from an installed kaodian)."""
    from typer.main import get_command

    from kaodian.cli import app

    helps = {p.help for c in get_command(app).commands.values() for p in c.params if "--lexicon" in p.opts}
    assert helps and all("lexicon 命令（加 --example" in h and "docs/" not in h for h in helps)


def test_the_shipped_example_lexicon_is_printed_and_passes_its_own_check(tmp_path, capsys):
    from kaodian import lexicon

    code, out, _ = run(capsys, "lexicon", "--example")
    assert code == 0 and out == lexicon.example()
    mine = tmp_path / "我的词库.yaml"
    mine.write_text(out, encoding="utf-8")
    code, out, err = run(capsys, "lexicon", str(mine))
    assert (code, err) == (0, "")
    assert out == f"{mine}：同类组 2 组，按类别的术语 2 个，未发现问题。\n"
    # every class the example names is one the lexicon knows
    named = lexicon.example().split("类别只能是：", 1)[1].split("。", 1)[0].split("、")
    assert set(named) == set(lexicon.load().classes), named


def test_a_bad_lexicon_file_is_checked_with_every_problem(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("groups:\n  - terms: [甲]\n  - terms: [乙]\n", encoding="utf-8")
    code, out, err = run(capsys, "lexicon", str(bad))
    assert (code, out) == (1, "")
    assert err.count("[E202]") == 2 and f"{bad}:2" in err and f"{bad}:3" in err
    assert err.rstrip().endswith("kaodian lexicon --example（打印带注释的示例）。")  # where the right shape is shown


def test_a_lexicon_group_written_as_a_bare_term_is_named_as_an_item_of_groups(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("groups:\n  - 甲\n", encoding="utf-8")
    code, out, err = run(capsys, "lexicon", str(bad))
    assert code == 1 and f"{bad}:2: “groups 的一项” 应写成" in err  # not “groups”, which is rightly a list


# diagnostics of the shapes generation writes (questions.reasons): two kinds not asked, two others
DIAGNOSTICS = (
    "a1 列举 #3：未出单选题：干扰项不足（需要 3 个，只有 1 个）",
    "a1 论断 #5：未出判断题（检查未通过）：改动后的句子不通",
    "a2 列举 #1：未出单选题：干扰项不足（需要 3 个，只有 2 个）",
    "跳过 2 道重复题（同一篇文章里同一考点、同一答案已出过）",
    "按重要性选题：另有 4 道题未收入题库（同一句最多出 2 道题，少出 4 道）",
)


def test_generate_and_the_other_commands_count_the_diagnostics_alike(tmp_path):
    """The tester's finding: build said 214 条说明 where generate said 212 处 for the same bank."""
    import re

    from kaodian.build import diagnostics_lines, generate_summary
    from kaodian.model import Bank

    generated = "\n".join(generate_summary([], Bank((), DIAGNOSTICS), tmp_path / "b.json"))
    (built,) = diagnostics_lines(DIAGNOSTICS)
    skipped = r"有 (\d+) 处考点没出某种题型：([^。，；]*)"
    assert re.search(skipped, generated).groups() == re.search(skipped, built).groups() == ("3", "干扰项不足 2 处、检查未通过 1 处")
    assert "另有 2 条提示" in built
    assert all(d in generated for d in DIAGNOSTICS[3:])  # generate shows two others as they are


def test_a_bank_whose_diagnostics_are_all_other_notes_says_so_without_a_zero():
    from kaodian.build import diagnostics_lines

    assert diagnostics_lines(DIAGNOSTICS[3:]) == ["提示：出题时有 2 条提示；用 kaodian generate … -o 题库.json --verbose 查看详情。"]


def test_an_owned_folder_keeps_what_this_run_wrote_and_the_users_files(tmp_path):
    from kaodian.fileio import MANIFEST, write_owned

    d = tmp_path / "p"
    write_owned(d, [("a.pdf", b"1"), ("a.docx", b"2"), ("b.docx", b"3")])
    (d / "mine.txt").write_text("我的笔记", encoding="utf-8")  # the user's: never listed, never removed
    (d / "b.docx").write_bytes(b"edited")  # kaodian's, edited since: kept
    paths, removed = write_owned(d, [("a.pdf", b"4")])
    assert paths == (d / "a.pdf",) and removed == ("a.docx",)
    assert sorted(p.name for p in d.iterdir()) == sorted([MANIFEST, "a.pdf", "b.docx", "mine.txt"])
    assert (d / "a.pdf").read_bytes() == b"4"


def test_an_owned_folder_left_with_nothing_goes_and_a_forged_manifest_removes_nothing_outside(tmp_path):
    import hashlib

    from kaodian.fileio import MANIFEST, write_owned

    outside = tmp_path / "keep.txt"
    outside.write_bytes(b"x")
    d = tmp_path / "p"
    write_owned(d, [("a.html", b"1")])
    (d / MANIFEST).write_text((d / MANIFEST).read_text() + f"{hashlib.sha256(b'x').hexdigest()} ../keep.txt\n")
    assert write_owned(d, ()) == ((), ("a.html",))
    assert not d.exists() and outside.exists()


def test_a_rebuild_with_other_paper_formats_leaves_no_stale_paper(tmp_path, capsys):
    out = tmp_path / "decks"
    code, _, _ = run(capsys, "build", "-o", str(out), "--paper", "html,docx", "--timestamp", "0")
    assert code == 0
    papers = out / "sample-paper"
    assert {"paper-A.docx", "paper-A.html"} <= {p.name for p in papers.iterdir()}
    code, _, err = run(capsys, "build", "-o", str(out), "--paper", "html", "--timestamp", "0")
    assert code == 0
    assert sorted(p.name for p in papers.iterdir() if not p.name.startswith(".")) == ["paper-A-key.html", "paper-A.html"]
    assert f"删去了上次写出、这次不再写出的试卷文件：paper-A-key.docx、paper-A.docx（{papers}）。" in err
    code, _, _ = run(capsys, "build", "-o", str(out), "--paper", "none", "--timestamp", "0")
    assert code == 0 and not papers.exists()


# an invented short lecture: enough for a few questions
GOOD = ("加强基层组织建设的几点思考\n\n新时代加强基层组织建设，必须把握以下几点：一是坚持党建引领，二是坚持人民至上，"
        "三是坚持问题导向，四是坚持系统观念。\n\n基层党组织是联系服务群众的桥梁纽带，是推动基层发展的坚强堡垒。\n\n"
        "我们要增强政治意识、大局意识、核心意识、看齐意识，不断提高政治判断力、政治领悟力、政治执行力。\n")
BAD = {"a-empty.txt": b"", "b-binary.txt": bytes(range(256)) * 8, "c-broken.docx": b"PK not really a zip"}


def _folder(tmp_path: Path, bad: dict[str, bytes]) -> Path:
    d = tmp_path / "材料"
    d.mkdir()
    (d / "m-good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in bad.items():
        (d / name).write_bytes(data)
    return d


def _bad_lines(d: Path) -> list[str]:
    return [
        f"错误 [E102] {d / 'a-empty.txt'}: 文件为空，没有可读的文字。请检查是否选错了文件，或文件没有保存好。",
        f"错误 [E103] {d / 'b-binary.txt'}: 这是二进制文件，不是文本。请提供 .txt、.md、.docx、.doc、.html、.epub 或 .pdf 文件。",
        f"错误 [E108] {d / 'c-broken.docx'}: 无法读取：不是有效的 Word 文件（文件已损坏、没有下载完整，或只是改了扩展名）。"
        "请用 Word 或 WPS 打开后重新另存为 .docx。",
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_with_bad_files_asks_the_good_ones_and_says_each_bad_one(tmp_path, capsys, jobs):
    import json

    d = _folder(tmp_path, BAD)
    out = tmp_path / "bank.json"
    code, _, err = run(capsys, "generate", str(d), "-o", str(out), "--no-cache", "-j", jobs)
    assert code == 3
    lines = err.splitlines()
    assert lines[-4:-1] == _bad_lines(d)
    assert lines[-1] == "有 3 个文件读不了，已跳过；其余 1 个文件照常出题，输出已写出。改好或移出这些文件后重新运行即可（退出码 3）。"
    assert lines[0].startswith("文件 1 个，文章 1 篇")
    questions = json.loads(out.read_text(encoding="utf-8"))["questions"]
    assert questions and {q["source"]["document"] for q in questions} == {str(d / "m-good.txt")}


def test_build_on_a_folder_with_a_bad_file_writes_the_deck_and_exits_3(tmp_path, capsys):
    d = _folder(tmp_path, {"a-empty.txt": b""})
    out = tmp_path / "decks"
    code, _, err = run(capsys, "build", str(d), "-o", str(out), "--paper", "none", "--no-cache", "--timestamp", "0")
    assert code == 3
    assert (out / "材料.apkg").is_file()
    assert err.splitlines()[-2] == _bad_lines(d)[0]


@pytest.mark.parametrize("command, output", [
    ("anki", "卡组.apkg"), ("paper", "试卷"), ("web-quiz", "自测.html"),
])
def test_every_command_on_a_folder_with_bad_files_writes_the_good_ones_and_exits_3(tmp_path, capsys, command, output):
    """anki, paper and web-quiz treat a folder's unreadable files as generate does: said, left out."""
    d = _folder(tmp_path, BAD)
    out = tmp_path / output
    extra = ["-f", "html"] if command == "paper" else []
    code, _, err = run(capsys, command, str(d), "-o", str(out), *extra)
    assert code == 3
    assert out.exists() and (not out.is_dir() or any(out.iterdir()))
    lines = err.splitlines()
    assert lines[-4:] == [*_bad_lines(d), "有 3 个文件读不了，已跳过；其余 1 个文件照常出题，输出已写出。"
                          "改好或移出这些文件后重新运行即可（退出码 3）。"]


def test_a_quiz_on_a_folder_with_bad_files_says_them_first_and_asks_the_good_ones(tmp_path, capsys, monkeypatch):
    import io

    d = _folder(tmp_path, BAD)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # the learner ends at once (Ctrl-D)
    code, out, err = run(capsys, "quiz", str(d), "-n", "1", "--db", str(tmp_path / "book.sqlite3"))
    assert code == 0 and "共 1 题" in out
    assert err.splitlines()[:4] == [*_bad_lines(d), "以上 3 个文件读不了，已跳过；测验用其余 1 个文件的题。"]


def test_a_bad_file_named_on_its_own_still_stops_the_run(tmp_path, capsys):
    """A file the user named is not skipped silently: nothing is written."""
    d = _folder(tmp_path, {"a-empty.txt": b""})
    out = tmp_path / "卡组.apkg"
    code, _, err = run(capsys, "anki", str(d / "m-good.txt"), str(d / "a-empty.txt"), "-o", str(out))
    assert code == 1 and not out.exists() and err.splitlines() == [_bad_lines(d)[0]]


@pytest.mark.parametrize("command", [["generate", "-o", "{out}/bank.json", "--no-cache", "-j", "1"], ["extract"]])
def test_a_folder_of_bad_files_only_says_every_one_and_that_nothing_was_written(tmp_path, capsys, command):
    d = tmp_path / "材料"
    d.mkdir()
    for name, data in BAD.items():
        (d / name).write_bytes(data)
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(capsys, command[0], str(d), *[a.format(out=out) for a in command[1:]])
    assert code == 1 and list(out.iterdir()) == []
    # each problem its own 错误 line, then a summary as a folder with some good files ends with
    assert err.splitlines() == [*_bad_lines(d), "3 个文件都读不了，没有可用的材料，什么也没有做。改好或换掉这些文件后重新运行即可（退出码 1）。"]


def test_a_bad_rules_file_still_fails_the_whole_folder(tmp_path, capsys):
    """Only a file's own problem (E1xx) is skipped: a rule every text would meet stops the run."""
    d = _folder(tmp_path, {})
    rules = tmp_path / "r.yaml"
    rules.write_text("rules: [\n", encoding="utf-8")
    out = tmp_path / "bank.json"
    code, _, err = run(capsys, "generate", str(d), "-o", str(out), "--no-cache", "-j", "1", "--rules", str(rules))
    assert code == 1 and not out.exists() and "[E201]" in err


def test_bad_files_beside_a_text_that_gives_no_question_are_all_said(tmp_path, capsys):
    d = tmp_path / "材料"
    d.mkdir()
    (d / "a-empty.txt").write_bytes(b"")
    (d / "m-english.txt").write_text("Nothing here is Chinese.\n", encoding="utf-8")
    out = tmp_path / "bank.json"
    code, _, err = run(capsys, "generate", str(d), "-o", str(out), "--no-cache", "-j", "1")
    assert code == 1 and not out.exists()
    first, second = err.splitlines()
    assert first == _bad_lines(d)[0] and second.startswith(f"错误 [E305] {d / 'm-english.txt'}: ")


def test_a_deck_note_that_is_no_duplicate_is_said_as_it_is():
    """The newcomer tester: a rebuild after an inserted paragraph said “1 道题编号重复” of a deck with none."""
    from kaodian.build import diagnostics_lines

    moved = "2 道题因前文增删换了编号，内容未变：仍更新原来的笔记，复习记录不丢。"
    assert diagnostics_lines(deck=[moved]) == [f"提示：{moved}"]
    assert diagnostics_lines(deck=["q-1: 编号重复，只写入第一题", moved])[0] == "提示：1 道题编号重复，卡组只写入了每个编号的第一题。"
