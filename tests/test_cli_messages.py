"""kaodian/cli_messages.py: click's English reasons said in Chinese, and --help described in Chinese everywhere."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from kaodian.cli import app
from kaodian.cli_messages import HELP, click_reason


@pytest.mark.parametrize(
    "english, chinese",
    [
        ("'x' is not a valid integer.", "“x”不是整数。"),
        ("'x' is not a valid float.", "“x”不是数字。"),
        ("'maybe' is not a valid boolean.", "“maybe”不是 是/否 值。"),
        ("0 is not in the range x>=1.", "0 太小，至少应为 1。"),
        ("9 is not in the range 1<=x<=5.", "9 不在允许的范围（1<=x<=5）内。"),
        ("'z' is not one of 'a', 'b'.", "“z”不是可选值之一：'a', 'b'。"),
        ("Path 'nowhere' does not exist.", "“nowhere”不存在。"),
        ("Something click says that we do not know.", "Something click says that we do not know."),
    ],
)
def test_click_reasons_in_chinese(english, chinese):
    assert click_reason(english) == chinese


@pytest.mark.parametrize("command", [[]] + [[name] for name in typer.main.get_command(app).commands])
def test_every_help_option_is_described_in_chinese(command):
    out = CliRunner().invoke(app, [*command, "--help"]).output
    assert HELP in out and "Show this message" not in out
    # (the placeholders too, and the options' column lines up in display columns)
    assert not any(w in out for w in ("<str>", "<path>", "<int", "<float", "[files]", "files...", "{bank}", "[x>="))
    from kaodian.helpwrap import display_width

    options = out[out.index("选项："):] if "选项：" in out else ""
    cols = {display_width(m.group(1)) for line in options.splitlines() if (m := re.match(r"(  -\S.*?\S\s{2,})\S", line))}
    assert len(cols) <= 1, cols


def test_the_kinds_help_names_every_kind_of_kinds_yaml():
    """--kinds help repeats the ids and short names of kinds.yaml (kaodian --help loads no YAML): kept equal here."""
    from kaodian.cli import KindsOpt
    from kaodian.kinds import KIND_ALIASES, QUESTION_KINDS

    ids = ",".join(QUESTION_KINDS)
    shortest = ",".join(min((a for a, k in KIND_ALIASES.items() if k == kind and not a.isascii()), key=len)
                        for kind in QUESTION_KINDS)
    assert f"{ids}（或 {shortest}）" in KindsOpt.help


def test_the_build_paper_help_names_every_format_build_writes():
    """build --paper takes what paper --format takes (paper_options.ALL_FORMATS): its help says so, xlsx included."""
    import inspect

    from kaodian.cli import build
    from kaodian.export.paper_options import ALL_FORMATS

    help_text = inspect.signature(build).parameters["paper"].default.help
    assert all(f in help_text for f in ALL_FORMATS), help_text


def test_a_rebuilt_deck_says_which_notes_are_gone_not_that_it_shrank(tmp_path):
    """A deck rebuilt after an edit that drops one question and adds others grows: the message names the notes
    no longer in it, never "比上次少了" (a newcomer read it of a deck that had grown from 34 to 41 notes)."""
    pieces = ["坚持和加强党的全面领导是做好各项工作的根本保证。", "必须坚持以人民为中心的发展思想。",
              "要把学习贯彻党的创新理论作为首要政治任务。"]
    text, deck = tmp_path / "讲话.txt", tmp_path / "卡组.apkg"
    text.write_text("关于某某工作的讲话\n李明\n" + "".join(pieces) + "\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["anki", str(text), "-o", str(deck)]).exit_code == 0
    more = ["全面从严治党永远在路上，党的自我革命永远在路上。", "调查研究是谋事之基、成事之道。"]
    text.write_text("关于某某工作的讲话\n李明\n" + "".join(pieces[1:] + more) + "\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["anki", str(text), "-o", str(deck)]).output
    assert (tmp_path / "卡组.apkg.removed.txt").exists() and "少了" not in out
    assert re.search(r"上次卡组里有 \d+ 条笔记这次不再有", out), out


def test_a_docstring_line_end_between_chinese_characters_adds_no_space():
    # (session 23's newcomer read “…原文文件时， 也对照…” in lint --help: the line end became a space)
    from kaodian.helpwrap import wrap_text

    assert wrap_text("找得到原文文件时，\n    也对照原文检查。", width=78) == "找得到原文文件时，也对照原文检查。"
    assert wrap_text("题库文件（kaodian\n    generate 写的）", width=78) == "题库文件（kaodian generate 写的）"
    assert wrap_text("读原文\n时\n也对照", width=78) == "读原文时也对照"  # (a line of one character)
