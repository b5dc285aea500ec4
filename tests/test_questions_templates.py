"""Template validation: every problem reported at once with file:line and the exact message; rendering runs no code."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaodian.cli import app
from kaodian.errors import KaodianError
from kaodian.questions import TemplateErrors, load_templates
from kaodian.questions.templates import default_dir, render

GOOD = """\
- id: cloze.formulation
  point: formulation
  kind: cloze
  stem: "{blanked}"
"""


def write(tmp_path: Path, text: str, name: str = "t.yaml") -> Path:
    (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def test_shipped_templates_load():
    t = load_templates()
    assert t.get("term_series", "cloze")
    assert default_dir().name == "question_templates"


BAD = [
    ("- id: a\n  point: formulation\n  kind: cloze\n  stem: \"{blank}\"\n",
     "t.yaml:4: stem: 未知占位符 {blank}，可用的有："),
    ("- id: a\n  point: formula\n  kind: cloze\n  stem: x\n",
     "t.yaml:2: 未知的考点类型“formula”，可用的有：enumeration、list、term_series、formulation、quote、document、fact、statement"),
    ("- id: a\n  point: formulation\n  kind: essay\n  stem: x\n",
     "t.yaml:3: 未知的题型“essay”，可用的有：cloze、single、multiple、truefalse、ordering、recall"),
    ("- id: a\n  point: formulation\n  kind: cloze\n  stem: x\n- id: a\n  point: formulation\n  kind: single\n  stem: y\n",
     "t.yaml:5: 模板 id“a”重复（已在"),
    ("- id: a\n  point: formulation\n  point: quote\n  kind: cloze\n  stem: x\n",
     "t.yaml:3: 重复的键“point”（同一模板里只能写一次）"),
    ("- id: a\n  point: formulation\n  kind: cloze\n",
     "t.yaml:1: 缺少“stem”"),
    ("- id: a\n  point: formulation\n  kind: cloze\n  stem: x\n  hint: y\n",
     "t.yaml:5: 未知的键“hint”，可用的有：id、point、kind、stem、explanation"),
    ("- id: a\n  point: formulation\n  kind: cloze\n  stem: \"{sentence.__class__}\"\n",
     "t.yaml:4: stem: 未知占位符 {sentence.__class__}"),
    ("- id: a\n  point: formulation\n  kind: cloze\n  stem: \"{sentence!r}\"\n",
     "t.yaml:4: stem: 占位符 {sentence!r} 不能带转换或格式，只写 {名字}"),
    ("- id: a\n  point: formulation\n  kind: cloze\n  stem: \"{sentence\"\n",
     "t.yaml:4: stem: 花括号不成对"),
    ("- id: a\n  point: [formulation\n  kind: cloze\n",
     "t.yaml:3: YAML 格式错误："),
    ("- id: a\n  point: formulation\n\tkind: cloze\n", "t.yaml:3: YAML 格式错误：不能用 Tab 缩进"),
    ("id: a\n", "t.yaml:1: 模板文件应是一个列表"),
    ("- id: a\n  point: formulation\n  kind: cloze\n  stem: [x]\n", "t.yaml:4: “stem”的值应是一段文字"),
]


@pytest.mark.parametrize("text,message", BAD)
def test_bad_template_message(tmp_path, text, message):
    write(tmp_path, text)
    with pytest.raises(TemplateErrors) as e:
        load_templates(tmp_path)
    assert any(p.startswith(f"{tmp_path}/{message}") for p in e.value.problems), e.value.problems
    assert e.value.code == "E402"


def test_all_problems_reported_at_once(tmp_path):
    write(tmp_path, "- id: a\n  point: nope\n  kind: cloze\n  stem: \"{x}\"\n- id: b\n  point: quote\n  kind: essay\n  stem: y\n")
    write(tmp_path, "- id: c\n  point: quote\n  kind: truefalse\n  stem: \"{y}\"\n", "u.yaml")
    with pytest.raises(TemplateErrors) as e:
        load_templates(tmp_path)
    lines = [p.split(": ", 1)[0] for p in e.value.problems]
    assert lines == [f"{tmp_path}/t.yaml:2", f"{tmp_path}/t.yaml:4", f"{tmp_path}/t.yaml:7", f"{tmp_path}/u.yaml:4"]
    assert str(e.value).count("[E402]") == 4


def test_missing_or_empty_folder(tmp_path):
    with pytest.raises(KaodianError, match="E401"):
        load_templates(tmp_path / "nowhere")
    with pytest.raises(KaodianError, match="E401"):
        load_templates(tmp_path)


def test_render_substitutes_names_only():
    assert render("关于“{heading}”，{count_cn}点", {"heading": "标题", "count_cn": "三"}) == "关于“标题”，三点"
    assert render("{{字面}}{answer}", {"answer": "{sentence}"}) == "{字面}{sentence}"


def test_fallback_template_when_a_placeholder_has_no_value(tmp_path):
    write(tmp_path, GOOD + "- id: r1\n  point: quote\n  kind: truefalse\n  stem: \"{speaker}说：{statement}\"\n"
          "- id: r2\n  point: quote\n  kind: truefalse\n  stem: \"{statement}\"\n")
    t = load_templates(tmp_path)
    assert [x.id for x in t.get("quote", "truefalse")] == ["r1", "r2"]


def test_cli_bad_templates_exit_1_no_output(tmp_path):
    write(tmp_path, "- id: a\n  point: nope\n  kind: cloze\n  stem: x\n")
    out = tmp_path / "bank.json"
    r = subprocess.run(
        ["uv", "run", "kaodian", "generate", "tests/corpus/tianjin-theory-page.txt", "-o", str(out), "--templates", str(tmp_path)],
        capture_output=True, text=True, cwd=Path(__file__).parent.parent,
    )
    assert r.returncode == 1
    assert f"[E402] {tmp_path}/t.yaml:2: 未知的考点类型“nope”" in r.stderr
    assert "Traceback" not in r.stderr
    assert not out.exists()


def test_cli_runner_bad_kind(tmp_path):
    r = CliRunner().invoke(app, ["generate", "x.txt", "-o", str(tmp_path / "b.json"), "--kinds", "作文"])
    assert isinstance(r.exception, KaodianError) or r.exit_code != 0


UNSUPPORTED = [
    ("quote", "cloze", "t.yaml:3: 考点类型“quote”不能出填空题（kind: cloze），这样的模板出不了题。“quote”能出的题型：truefalse（判断题）。"),
    ("enumeration", "truefalse", "t.yaml:3: 考点类型“enumeration”不能出判断题（kind: truefalse），这样的模板出不了题。"
     "“enumeration”能出的题型：cloze（填空题）、single（单项选择题）、multiple（多项选择题）、ordering（排序题）、recall（简答题）。"),
    ("document", "ordering", "t.yaml:3: 考点类型“document”不能出排序题（kind: ordering），这样的模板出不了题。“document”能出的题型：cloze（填空题）、single（单项选择题）。"),
]


@pytest.mark.parametrize("point,kind,message", UNSUPPORTED)
def test_a_pair_no_generator_asks_is_refused_at_load(tmp_path, point, kind, message):
    write(tmp_path, f"- id: a\n  point: {point}\n  kind: {kind}\n  stem: \"{{sentence}}\"\n")
    with pytest.raises(TemplateErrors) as e:
        load_templates(tmp_path)
    assert e.value.problems == [f"{tmp_path}/{message}请改 point 或 kind，或删去这个模板。"]
    assert e.value.codes == ["E405"]
    assert str(e.value).startswith(f"[E405] {tmp_path}/t.yaml:3: ")


def test_the_shipped_templates_cover_exactly_the_generators():
    from kaodian.questions.registry import GENERATORS

    assert {(t.point, t.kind) for t in load_templates().templates} == set(GENERATORS)


def test_an_unreadable_template_file_is_a_listed_problem(tmp_path, monkeypatch):
    write(tmp_path, GOOD)
    write(tmp_path, GOOD.replace("cloze.formulation", "other"), "u.yaml")
    real = Path.read_text

    def read_text(self, *a, **k):
        if self.name == "u.yaml":
            raise PermissionError(13, "Permission denied")
        return real(self, *a, **k)

    monkeypatch.setattr(Path, "read_text", read_text)
    with pytest.raises(TemplateErrors) as e:
        load_templates(tmp_path)
    assert e.value.problems == [f"{tmp_path}/u.yaml:1: 无法读取（Permission denied）。请移走它，或改名为不以 .yaml/.yml 结尾"]


def test_cli_folder_named_yaml_and_unsupported_pair_listed_exit_1_no_output(tmp_path):
    (tmp_path / "t").mkdir()
    templates = write(tmp_path / "t", GOOD + "- id: b\n  point: quote\n  kind: cloze\n  stem: \"{blanked}\"\n")
    (templates / "x.yaml").mkdir()
    out = tmp_path / "bank.json"
    r = subprocess.run(
        ["uv", "run", "kaodian", "generate", "tests/corpus/tianjin-theory-page.txt", "-o", str(out), "--templates", str(templates)],
        capture_output=True, text=True, cwd=Path(__file__).parent.parent,
    )
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        f"错误 [E405] {templates}/t.yaml:7: 考点类型“quote”不能出填空题（kind: cloze），这样的模板出不了题。"
        "“quote”能出的题型：truefalse（判断题）。请改 point 或 kind，或删去这个模板。",
        f"错误 [E402] {templates}/x.yaml:1: 是一个文件夹，不是模板文件。请移走它，或改名为不以 .yaml/.yml 结尾",
    ]
    assert not out.exists()


def test_readme_table_of_supported_kinds_matches_the_generators():
    import re

    from kaodian.model import POINT_KINDS
    from kaodian.questions.registry import supported_kinds

    doc = (Path(__file__).parent.parent / "docs" / "generate.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+)` \S+ \| ([a-z ]+) \|$", doc, re.M))
    assert rows == {p: " ".join(supported_kinds(p)) for p in POINT_KINDS}


def test_the_shipped_templates_explain_themselves_in_chinese():
    """A teacher edits question_templates/: every comment is Chinese, and each file says what its fields are."""
    import re

    folder = Path(__file__).resolve().parents[1] / "question_templates"
    for path in sorted(folder.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        comments = [line.strip() for line in text.splitlines() if line.lstrip().startswith("#")]
        assert all(re.search(r"[\u4e00-\u9fff]", c) for c in comments), (path.name, comments)
        assert "每个模板的字段" in text and "docs/generate.md" in text, path.name
