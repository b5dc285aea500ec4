"""The question stages' policy files falsehood.yaml and reject_shapes.yaml are checked when read, as the
rules and layout files are: a broken file names every problem with its file:line, in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kaodian.errors import KaodianError, RuleErrors
from kaodian.questions import falsehood, lint_shapes, reject_shapes

MODULES = [falsehood, reject_shapes, lint_shapes]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.PATH.name)
def test_the_shipped_policy_reads_as_plain_yaml_does(module):
    assert module.read_policy(module.PATH) == yaml.safe_load(module.PATH.read_text(encoding="utf-8"))


def _line(text: str, needle: str) -> int:
    return next(i for i, x in enumerate(text.splitlines(), 1) if x.startswith(needle))


@pytest.mark.parametrize(("module", "regex_key", "int_key"), [
    (falsehood, "figure_range", "cut_above"),
    (reject_shapes, "relative_time", "recall_max"),
], ids=["falsehood.yaml", "reject_shapes.yaml"])
def test_a_broken_policy_file_names_every_problem_with_its_line(tmp_path: Path, module, regex_key, int_key):
    text = module.PATH.read_text(encoding="utf-8")
    lines = text.splitlines()
    lines[_line(text, f"{regex_key}:") - 1] = f"{regex_key}: '(未闭合'"
    lines[_line(text, f"{int_key}:") - 1] = f"{int_key}: 很多"
    broken = "\n".join(lines) + f"\n未知的键: 1\n{int_key}: 3\n"
    bad = tmp_path / module.PATH.name
    bad.write_text(broken, encoding="utf-8")
    with pytest.raises(RuleErrors) as e:
        module.read_policy(bad)
    n = len(lines)
    assert sorted(e.value.problems) == sorted([
        f"{bad}:{_line(text, f'{regex_key}:')}: “{regex_key}” 的正则表达式无法编译：左括号“(”没有配对的右括号“)”（在第 1 个字符处）",
        f"{bad}:{_line(text, f'{int_key}:')}: “{int_key}” 应为整数",
        f"{bad}:{n + 1}: 未知的键“未知的键”（可用：{'、'.join(module.SCHEMA)}）",
        f"{bad}:{n + 2}: 重复的键“{int_key}”",
    ])
    assert str(e.value).startswith("[E202] ")


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.PATH.name)
def test_a_policy_file_missing_a_key_says_which(tmp_path: Path, module):
    text = module.PATH.read_text(encoding="utf-8")
    first = next(iter(module.SCHEMA))
    bad = tmp_path / module.PATH.name
    bad.write_text("\n".join(x for x in text.splitlines() if not x.startswith(f"{first}:")), encoding="utf-8")
    with pytest.raises(RuleErrors) as e:
        module.read_policy(bad)
    assert e.value.problems == [f"{bad}:1: 缺少键“{first}”"]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.PATH.name)
def test_a_policy_file_that_is_no_yaml_is_refused_with_its_line(tmp_path: Path, module):
    bad = tmp_path / module.PATH.name
    bad.write_text("cut_above: 90\nwords: [甲, [\n", encoding="utf-8")  # (a bracket left open on line 2: said at line 2, the last one, not past the end)
    with pytest.raises(KaodianError) as e:
        module.read_policy(bad)
    assert e.value.code == "E201" and f"{bad}:2" in str(e.value) and "YAML 格式错误" in str(e.value)


SHIPPED_YAML = sorted((Path(__file__).parents[1] / "src" / "kaodian").rglob("*.yaml")) + sorted(
    (Path(__file__).parents[1] / "question_templates").rglob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED_YAML, ids=lambda p: p.name)
def test_no_shipped_yaml_file_says_a_key_twice(path: Path):
    """PyYAML keeps the last of two equal keys silently: a second list under an old name made the first dead
    (anchors.yaml's plan heading words, session 21).  The rules files are checked when read; every other
    shipped file is checked here."""
    twice = []
    nodes = [yaml.compose(path.read_text(encoding="utf-8"))]
    while nodes:
        node = nodes.pop()
        if isinstance(node, yaml.MappingNode):
            keys = [k.value for k, _ in node.value]
            twice += [f"{path.name}:{k.start_mark.line + 1}: {k.value}" for i, (k, _) in enumerate(node.value)
                      if k.value in keys[:i]]
            nodes += [v for _, v in node.value]
        elif isinstance(node, yaml.SequenceNode):
            nodes += node.value
    assert twice == []


@pytest.mark.parametrize(("pattern", "said"), [
    ("(坚持", "左括号“(”没有配对的右括号“)”（在第 1 个字符处）"),
    ("坚持)", "多了一个右括号“)”（在第 3 个字符处）"),
    ("[一二三", "方括号“[”没有配对的“]”（在第 1 个字符处）"),
    ("*坚持", "“*”“+”“?”或“{}”前面没有可重复的内容（在第 1 个字符处）"),
    ("(?<=坚持+)党", "“(?<=…)”“(?<!…)”里的内容长度必须固定"),
])
def test_a_pattern_that_does_not_compile_is_said_in_chinese(pattern, said):
    """A teacher who breaks a pattern in a rules file reads why in Chinese, not re's English."""
    import re

    from kaodian.rules.schema import regex_reason

    with pytest.raises(re.error) as e:
        re.compile(pattern)
    assert regex_reason(e.value).startswith(said) and not re.search("[A-Za-z]", regex_reason(e.value))


def test_paper_yaml_is_read_through_its_schema_and_a_misspelt_key_is_named_with_its_line(tmp_path: Path):
    from kaodian.export import paper_options
    from kaodian.rules.schema import load_policy_file

    path = paper_options.POLICY
    assert load_policy_file(path, paper_options.SCHEMA) == yaml.safe_load(path.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    bad = tmp_path / "paper.yaml"
    bad.write_text(text.replace("seed_spread:", "seed_sprad:"), encoding="utf-8")
    with pytest.raises(RuleErrors) as e:
        load_policy_file(bad, paper_options.SCHEMA)
    shown = str(e.value)
    assert f"paper.yaml:{_line(text, 'seed_spread:')}" in shown and "seed_sprad" in shown, shown
    assert "缺少键“seed_spread”" in shown, shown
