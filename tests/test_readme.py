"""The README and --help stay honest: every command has Chinese help and a README section."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

from kaodian.cli import app

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
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
def test_every_command_is_documented_in_the_readme(name):
    assert f"kaodian {name}" in README


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_documented_in_the_readme(name):
    cmd = get_command(app).commands[name]
    for p in cmd.params:
        for opt in p.opts:
            if opt.startswith("--") and opt != "--help":
                assert opt in README, f"kaodian {name} {opt}"


def test_every_rules_setting_is_documented_in_the_readme():
    from kaodian.rules.schema import SCHEMA

    keys = set(SCHEMA)
    for shape in SCHEMA.values():
        inner = shape[0] if isinstance(shape, list) else shape
        if isinstance(inner, dict):
            keys |= set(inner)
    missing = sorted(k for k in keys if f"`{k}`" not in README)
    assert not missing, missing
