"""The README, docs/ and --help stay honest: every command has Chinese help, a line in the README's
command reference and a page in docs/ that documents each of its options."""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.main import get_command

from kaodian.cli import app

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = sorted((ROOT / "docs").glob("*.md"))
# The long reference: the README and its pages in docs/, read as one text.
DOCS = "\n".join([README, *(p.read_text(encoding="utf-8") for p in PAGES)])
COMMANDS = sorted(get_command(app).commands)


def _set_up_commands() -> list[str]:
    """The commands of the first code block of the README's first screen, without their comments."""
    first_screen = README[: README.index("## 目录")]
    block = first_screen.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.strip()]


def test_the_first_screen_gives_the_two_set_up_commands():
    main, tests = _set_up_commands()
    # the main job installs neither the dev group (playwright, anki …) nor Chromium
    assert main == ". .ci/setup && uv run --no-dev kaodian build"
    assert tests == ". .ci/setup tests && uv run pytest"


def test_ci_runs_exactly_the_readme_test_command():
    run = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    commands = [line for line in run.splitlines() if line and not line.startswith("#")]
    assert commands[-1] == _set_up_commands()[1]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_in_chinese(name):
    cmd = get_command(app).commands[name]
    assert cmd.help and any("\u4e00" <= c <= "\u9fff" for c in cmd.help)
    for p in cmd.params:
        if p.name != "help" and getattr(p, "help", None) is not None:
            assert any("\u4e00" <= c <= "\u9fff" for c in p.help), f"{name} {p.name}"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme_command_reference_with_its_page(name):
    reference = README[README.index("## 目录") :]
    row = next((line for line in reference.splitlines() if f"`kaodian {name}`" in line), None)
    assert row is not None, name
    page = re.search(r"\(docs/([\w-]+\.md)\)", row)
    assert page and (ROOT / "docs" / page.group(1)).is_file(), row
    assert f"kaodian {name}" in _page_of(name)


def test_every_page_of_docs_is_linked_from_the_readme_and_links_back():
    assert PAGES
    for page in PAGES:
        assert f"(docs/{page.name})" in README, page.name
        assert "(../README.md)" in page.read_text(encoding="utf-8"), page.name


def _page_of(name: str) -> str:
    """The text of the docs page the README's command reference gives for ``kaodian name``."""
    reference = README[README.index("## 目录") :]
    row = next(line for line in reference.splitlines() if f"`kaodian {name}`" in line)
    return (ROOT / "docs" / re.search(r"\(docs/([\w-]+\.md)\)", row).group(1)).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_documented_on_the_page_of_its_command_or_among_the_shared_ones(name):
    cmd = get_command(app).commands[name]
    inputs = (ROOT / "docs" / "input.md").read_text(encoding="utf-8")
    page = _page_of(name) + inputs[inputs.index("## 各命令共用的选项") :]
    for p in cmd.params:
        for opt in p.opts:
            if opt.startswith("--") and opt != "--help":
                assert opt in page, f"kaodian {name} {opt}"


@pytest.mark.parametrize("module", ["kaodian.rules.schema", "kaodian.reading"])
def test_every_rules_setting_is_documented_in_the_docs(module):
    SCHEMA = importlib.import_module(module).SCHEMA

    keys = set(SCHEMA)
    for shape in SCHEMA.values():
        inner = shape[0] if isinstance(shape, list) else shape
        if isinstance(inner, dict):
            keys |= set(inner)
    missing = sorted(k for k in keys if f"`{k}`" not in DOCS)
    assert not missing, missing


def _first_screen_block(n: int) -> str:
    first_screen = README[: README.index("## 目录")]
    return first_screen.split("```sh\n")[n].split("```", 1)[0]


@pytest.mark.skipif(shutil.which("uv") is None, reason="uv is not installed (. .ci/setup installs it)")
def test_the_first_screen_shows_how_to_run_kaodian_in_the_users_own_folder(tmp_path):
    """The README's `uv tool install` gives a `kaodian` that reads the user's files from their own folder."""
    install = _first_screen_block(2).splitlines()[0].split("#", 1)[0].split()
    assert install[:3] == ["uv", "tool", "install"], install
    root = str(Path(__file__).parent.parent)
    env = dict(os.environ, UV_TOOL_DIR=str(tmp_path / "tools"), UV_TOOL_BIN_DIR=str(tmp_path / "bin"))
    env.pop("VIRTUAL_ENV", None)
    subprocess.run([a.replace("/path/to/kaodian", root) for a in install], env=env, check=True,
                   capture_output=True, timeout=600)
    own = tmp_path / "学习材料"
    own.mkdir()
    (own / "讲话.txt").write_text("一是坚持党的领导。二是坚持人民至上。三是坚持自我革命。\n", encoding="utf-8")
    r = subprocess.run([str(tmp_path / "bin" / "kaodian"), "extract", "讲话.txt"], cwd=own, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "坚持人民至上" in r.stdout
