"""The domain lexicon: the shipped data equals a fresh build, look-ups, a user's extension."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kaodian import lexicon
from kaodian.errors import KaodianError, RuleErrors
from kaodian.lexicon import build, harvest

REPO = Path(__file__).resolve().parents[1]
# The shared reference material beside the repository (../shared), or the
# workplace's copy; the rebuild test is skipped where neither exists.
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if (p / "reference" / "qbanks.jsonl").is_file()), None)


@pytest.mark.skipif(SHARED is None, reason="no ../shared/reference to rebuild the lexicon from")
def test_shipped_lexicon_is_what_the_builder_writes(tmp_path: Path) -> None:
    out = tmp_path / "lexicon.json"
    assert build.main(["--shared", str(SHARED), "--corpus", str(REPO / "tests" / "corpus"), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == lexicon.DATA.read_text(encoding="utf-8"), (
        "lexicon.json is stale: run uv run python -m kaodian.lexicon.build"
    )


def test_every_group_has_distinct_terms_and_a_source() -> None:
    lex = lexicon.load()
    assert len(lex.groups) > 300
    for g in lex.groups:
        assert len(set(g.terms)) == len(g.terms) >= 2, g
        assert g.sources, g


def test_members_of_a_numbered_formulation_in_order() -> None:
    assert lexicon.members("四个意识") == ("政治意识", "大局意识", "核心意识", "看齐意识")
    assert lexicon.members("四风") == ("形式主义", "官僚主义", "享乐主义", "奢靡之风")
    assert lexicon.members("九个维护") == ()


def test_siblings_come_from_every_group_of_the_term() -> None:
    sib = lexicon.siblings("政治判断力")
    assert {"政治领悟力", "政治执行力"} <= set(sib) and "政治判断力" not in sib
    assert lexicon.siblings("不在词库里的词") == ()


def test_the_terms_of_censure_of_a_style_are_siblings_but_not_the_kinds_of_one_of_them() -> None:
    # (a setter sets 主观主义 beside 宗派主义 and 党八股; 教条主义 is a kind of 主观主义, right as well)
    assert {"宗派主义", "党八股", "官僚主义"} <= set(lexicon.siblings("主观主义"))
    assert not {"教条主义", "经验主义"} & set(lexicon.siblings("主观主义"))
    assert "经验主义" in lexicon.siblings("教条主义")


@pytest.mark.parametrize(
    ("term", "cls"),
    [("国务院", "机构"), ("《共产党宣言》", "文件"), ("遵义会议", "会议"), ("十三大", "会议"), ("毛泽东", "人物"), ("四个意识", "提法")],
)
def test_class_of_a_term(term: str, cls: str) -> None:
    assert lexicon.class_of(term) == cls


def test_same_class_by_group_or_by_class() -> None:
    assert lexicon.same_class("形式主义", "奢靡之风")  # one group
    assert lexicon.same_class("周恩来", "邓小平")  # both 人物
    assert not lexicon.same_class("形式主义", "周恩来")
    assert not lexicon.same_class("国务院", "毛泽东")


def test_no_term_is_an_option_about_options_or_a_number() -> None:
    titles = [t for t in lexicon.load().terms if t.startswith("《")]
    assert titles and all(t.endswith("》") for t in titles)
    for t in lexicon.load().terms - set(titles):
        assert not any(w in t for w in ("以上", "都对", "都不")), t
        assert not any(c.isdigit() for c in t), t


POLICY = yaml.safe_load((REPO / "src" / "kaodian" / "lexicon" / "policy.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("option", "others", "is_term"),
    [
        ("政治意识", (), True),
        ("《中国人民政治协商会议共同纲领》", (), True),
        ("以上都对", (), False),
        ("以上都不是", (), False),
        ("1921年", (), False),
        ("三个月", (), False),
        ("第十一次", (), False),
        ("三分之二", (), False),
        ("工人、农民阶级", (), False),
        ("核心内容是国家富强，民族振兴", (), False),
        ("可以实现经济结构的平衡", (), False),
        ("甲和乙", ("甲", "乙"), False),
        ("批评与自我批评", ("批评", "表扬"), True),
        ("A和B", (), False),
    ],
)
def test_what_a_term_is(option: str, others: tuple[str, ...], is_term: bool) -> None:
    assert harvest.TermFilter(POLICY).is_term(option, others) is is_term


def test_importing_kaodian_and_help_do_not_load_the_lexicon() -> None:
    code = (
        "import sys; import kaodian.cli; from kaodian import lexicon; "
        "assert lexicon._shipped.cache_info().currsize == 0; "
        "print('ok')"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "ok"
    r = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kaodian", "--help"], capture_output=True, text=True, check=True
    )
    assert "kaodian.lexicon" not in r.stderr


def test_a_users_file_adds_groups_and_classes(tmp_path: Path) -> None:
    f = tmp_path / "my.yaml"
    f.write_text(
        "groups:\n"
        "  - name: 三个务必\n"
        "    terms: [不忘初心牢记使命, 谦虚谨慎艰苦奋斗, 敢于斗争善于斗争]\n"
        "  - terms: [政治判断力, 政治定力]\n"
        "terms:\n"
        "  人物: [张桂梅]\n",
        encoding="utf-8",
    )
    lex = lexicon.load(extra=f)
    assert lex.members("三个务必")[0] == "不忘初心牢记使命"
    assert lex.groups_of("政治定力")[0].sources == (f"{f}:4",)
    assert "政治定力" in lex.siblings("政治判断力") and "政治领悟力" in lex.siblings("政治判断力")
    assert lex.class_of("张桂梅") == "人物" and lex.same_class("张桂梅", "毛泽东")
    assert lexicon.class_of("张桂梅") is None  # the shipped lexicon is untouched


@pytest.mark.parametrize(
    ("text", "messages"),
    [
        ("group:\n  - terms: [甲, 乙]\n", ["{f}:1: 未知的键“group”（可用：groups、terms）"]),
        ("groups:\n  - terms: [甲]\n", ["{f}:2: 一组术语至少要有两个不同的术语（terms: [甲, 乙]）"]),
        ("groups:\n  - terms: [甲, 乙, 甲]\n", ["{f}:2: 列表里重复的条目“甲”"]),
        ("groups:\n  - terms: 甲\n", ["{f}:2: “terms” 应为列表", "{f}:2: 一组术语至少要有两个不同的术语（terms: [甲, 乙]）"]),
        ("groups:\n  - class: 地名\n    terms: [甲, 乙]\n", ["{f}:2: “class” 只能是 机构 或 文件 或 会议 或 职务 或 人物 或 提法，而不是“地名”"]),
        ("terms:\n  人名: [甲]\n", ["{f}:2: 未知的键“人名”（可用：机构、文件、会议、职务、人物、提法）"]),
        ("terms:\n  人物: [甲]\n  人物: [乙]\n", ["{f}:3: 重复的键“人物”"]),
    ],
)
def test_a_bad_users_file_reports_every_problem_with_its_line(tmp_path: Path, text: str, messages: list[str]) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(RuleErrors) as e:
        lexicon.load(extra=f)
    assert e.value.problems == [m.format(f=f) for m in messages]


def test_a_users_file_that_is_missing_or_not_yaml(tmp_path: Path) -> None:
    with pytest.raises(KaodianError) as e:
        lexicon.load(extra=tmp_path / "none.yaml")
    assert e.value.code == "E111" and "词库文件不存在" in str(e.value)  # (the --lexicon file, not an article)
    f = tmp_path / "bad.yaml"
    f.write_text("groups: [甲, [\n", encoding="utf-8")
    with pytest.raises(KaodianError) as e:
        lexicon.load(extra=f)
    assert e.value.code == "E201" and str(f) in str(e.value)
    f.write_bytes("groups:\n  - terms: [甲乙, 丙丁]\n".encode("gbk"))
    with pytest.raises(KaodianError) as e:
        lexicon.load(extra=f)
    assert e.value.code == "E108" and "词库文件不是 UTF-8 编码" in str(e.value)


def test_a_users_formulation_replaces_the_shipped_members(tmp_path: Path) -> None:
    f = tmp_path / "my.yaml"
    f.write_text("groups:\n  - name: 四个意识\n    terms: [甲意识, 乙意识]\n", encoding="utf-8")
    assert lexicon.load(extra=f).members("四个意识") == ("甲意识", "乙意识")
    assert lexicon.load(extra=f).siblings("政治意识") == lexicon.siblings("政治意识")


def test_afill_in_sheet_is_no_source_of_series():
    """A sheet that blanks its statements' key terms (tabs or underscores inside lines) has series with holes."""
    from kaodian.lexicon.harvest import fill_in_sheet

    sheet = "第一节 某某\n坚持\t为先、服务为本、效率为重。\n\t是根本。\n要坚持______。\n［答案】质量。\n"
    assert fill_in_sheet(sheet)
    assert not fill_in_sheet("坚持质量为先、服务为本、效率为重。\n协会的服务是根本。\n" * 5)
