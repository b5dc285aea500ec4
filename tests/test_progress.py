"""Progress on a terminal for every step of build and generate, and nothing when output is not a terminal."""

from __future__ import annotations

import io
import re
import time

from typer.testing import CliRunner

from conftest import CORPUS_TEXTS
from kaodian.ingest import decode_text  # (a corpus text may be GBK)
from kaodian.cli import app
from kaodian.progress import TerminalProgress

runner = CliRunner()


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _lines(stream: io.StringIO) -> list[str]:
    return [line for line in re.split(r"\r\x1b\[K", stream.getvalue()) if line]


def test_build_shows_every_step_with_its_share_on_a_terminal(tmp_path):
    from kaodian.build import build

    tty = Tty()
    with TerminalProgress(tty, delay=0) as bar:
        build([], tmp_path, paper_formats=("html",), progress=bar)
    lines = _lines(tty)
    steps = [line.split("…")[0] for line in lines]
    for step in ("抽取考点", "出题", "生成卡组", "排版试卷", "写出文件"):
        assert step in steps, steps
    shares = [int(m.group(1)) for line in lines if line.startswith("出题") and (m := re.search(r"(\d+)%", line))]
    assert len(set(shares)) > 5 and shares == sorted(shares) and shares[-1] == 100
    assert tty.getvalue().endswith("\r\x1b[K")  # the line is cleared at the end


def test_a_step_that_is_one_call_shows_its_running_time():
    tty = Tty()
    with TerminalProgress(tty, delay=0) as bar:
        bar.step("排版试卷")
        time.sleep(1.3)
    assert "排版试卷… 1 秒" in _lines(tty)


def test_nothing_is_drawn_when_the_output_is_not_a_terminal():
    out = io.StringIO()
    with TerminalProgress(out, delay=0) as bar:
        bar.step("出题", 10)
        bar.advance(5)
    assert out.getvalue() == ""


def test_build_and_generate_print_no_progress_into_a_pipe(tmp_path):
    """A long input (over the old 200 000-character threshold) through CliRunner, whose output is no terminal."""
    big = tmp_path / "big.txt"
    big.write_text("\n".join(decode_text(p.read_bytes(), p.name) for p in CORPUS_TEXTS * 6), encoding="utf-8")
    assert len(big.read_text(encoding="utf-8")) > 200_000
    for args in (["build", str(big), "-o", str(tmp_path / "d"), "--paper", "none"],
                 ["generate", str(big), "-o", str(tmp_path / "b.json")]):
        r = runner.invoke(app, args)
        assert r.exit_code == 0, r.output
        assert "\r" not in r.output and "抽取考点" not in r.output and "%" not in r.output, r.output[:300]
