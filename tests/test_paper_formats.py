"""Word and HTML papers, import files (xlsx, txt, GIFT, CSV), the CLI command, determinism."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from paper_check import NASTY, big_bank, nasty_bank
from typer.testing import CliRunner

from kaodian.bank import load_bank
from kaodian.cli import app
from kaodian.errors import KaodianError
from kaodian.export.paper_build import build_papers
from paper_check import write_papers
from kaodian.export.paper_docx import render_docx
from kaodian.export.paper_html import render_html
from kaodian.export.exam_import import COLUMNS, gift_escape, render_import
from kaodian.model import Bank

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def bank() -> Bank:
    return Bank(load_bank(Path(__file__).parent / "data" / "sample_bank.json"))


@pytest.fixture(scope="module")
def base(bank):
    return build_papers(bank, versions="A", shuffle=False, distinct=False)[0]  # as the import files


# --- Word ---


def east_asian(el) -> str | None:
    rfonts = el.find(qn("w:rPr") + "/" + qn("w:rFonts")) if el is not None else None
    return rfonts.get(qn("w:eastAsia")) if rfonts is not None else None


def test_docx_reads_back_with_east_asian_fonts_and_real_numbering(bank):
    paper = build_papers(bank, versions="A", seed=4)[0]
    d = docx.Document(io.BytesIO(render_docx(paper)))
    styles = [s for s in d.styles if s.type != WD_STYLE_TYPE.LIST]
    assert len(styles) > 20
    for s in styles:
        assert east_asian(s.element) == "宋体", s.name
        rfonts = s.element.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        assert rfonts.get(qn("w:eastAsiaTheme")) is None, s.name  # a theme font would override 宋体
    defaults = d.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault"))
    assert east_asian(defaults) == "宋体"
    texts = [p.text for p in d.paragraphs]
    assert texts[0] == "理论学习测试卷" and d.paragraphs[0].style.name == "Title"
    headings = [p for p in d.paragraphs if p.style.name == "Heading 1"]
    assert [h.text for h in headings] == [s.heading.split("、", 1)[1] for s in paper.sections]
    # real numbering: headings and questions carry numPr, the numbers are not typed
    numbered = [p for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) == len(paper.sections) + len(paper.questions)
    assert not any(re.match(r"\d+[．.]", t) for t in texts)
    body = "\n".join(texts)
    for q in paper.questions:
        for r in q.stem:
            if not r.blank:
                assert r.text in body
        for i, o in enumerate(q.options):
            assert f"{'ABCD'[i]}．{o}" in body
    # blanks are underlined runs, sized like the answer
    underlined = [r.text for p in d.paragraphs for r in p.runs if r.font.underline and r.text.strip("\u3000") == ""]
    assert "\u3000" * 6 in underlined
    assert d.sections[0].page_width.mm == pytest.approx(210, abs=0.5)
    footer = d.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_docx_key_and_keep_with_next(bank):
    paper = build_papers(bank, versions="B", seed=4)[0]
    d = docx.Document(io.BytesIO(render_docx(paper, key=True)))
    body = "\n".join(p.text for p in d.paragraphs)
    assert "理论学习测试卷（B卷）答案与解析" in body
    for q in paper.questions:
        assert f"【答案】{q.answer_text}" in body
    d = docx.Document(io.BytesIO(render_docx(paper)))
    stems = [p for p in d.paragraphs if p.text.startswith("关于提高政治能力")]
    assert stems[0].paragraph_format.keep_with_next is True


# --- HTML ---


def test_html_is_self_contained_escaped_and_printable(bank):
    paper = build_papers(bank, versions="A", seed=4)[0]
    page = render_html(paper).decode("utf-8")
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page) and "@import" not in page
    assert "break-inside: avoid" in page and '@page' in page and 'counter(pages)' in page
    assert "A卷 · 种子 0" not in page and "A卷 · 种子 4" in page
    assert page.count('class="q"') == len(paper.questions)
    key = render_html(paper, key=True).decode("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in key and "<script>" not in key
    nasty = render_html(build_papers(nasty_bank(), versions="A")[0]).decode("utf-8")
    assert "</style> " not in nasty.split("</head>")[1]
    assert nasty.count("</style>") == 1


# --- import files ---


def test_xlsx_reads_back(base):
    wb = openpyxl.load_workbook(io.BytesIO(render_import(base, "xlsx")))
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    by_stem = {r[1]: r for r in rows[1:]}
    assert len(rows) - 1 == len(base.questions)
    single = next(r for s, r in by_stem.items() if s.startswith("关于提高政治能力"))
    assert single[0] == "单选题" and single[2:6] == ("政治鉴别力", "政治号召力", "政治执行力", "政治组织力")
    assert single[8] == "C" and single[10] == "2" and single[11] == "一般"
    multiple = next(r for r in rows[1:] if r[0] == "多选题")
    assert multiple[8] == "ABD" and multiple[11] == "一般"
    assert sorted(r[8] for r in rows[1:] if r[0] == "判断题") == ["正确", "错误"]
    cloze = next(r for r in rows[1:] if r[0] == "填空题" and "两个" in r[8])
    assert cloze[8] == "两个确立|两个维护" and cloze[11] == "简单"


def test_txt_convention(base):
    text = render_import(base, "txt").decode("utf-8")
    blocks = text.strip().split("\n\n")
    assert len(blocks) == len(base.questions)
    single = next(b for b in blocks if "关于提高政治能力" in b).splitlines()
    assert single[0].startswith("3. 关于") and single[0].endswith("（　　）。")
    assert single[1:5] == ["A. 政治鉴别力", "B. 政治号召力", "C. 政治执行力", "D. 政治组织力"]
    assert single[5] == "答案：C" and single[6].startswith("解析：原文：")
    assert "答案：ABD" in text and "答案：正确" in text and "答案：错误" in text
    assert "答案：两个确立|两个维护" in text
    assert all(len(b.splitlines()[0]) > 3 for b in blocks)


def test_txt_alternatives_of_one_blank():
    from kaodian.model import Blank, Question

    from paper_check import source

    q = Question(id="x", kind="cloze", stem="坚持“______”和“______”。", answer=("四个自信", "两个维护"),
                 explanation="", source=source(), blanks=(Blank("四个自信", 0, 4), Blank("两个维护", 0, 4)),
                 accepted=(("四个自信", "“四个自信”"), ("两个维护",)))
    paper = build_papers(Bank((q,)), versions="A", shuffle=False)[0]
    assert "答案：四个自信;“四个自信”|两个维护" in render_import(paper, "txt").decode("utf-8")


def test_gift_escapes_and_kinds(base):
    assert gift_escape("a=b~c#d{e}f:g\\h") == "a\\=b\\~c\\#d\\{e\\}f\\:g\\\\h"
    gift = render_import(base, "gift").decode("utf-8")
    assert "{~政治鉴别力 ~政治号召力 =政治执行力 ~政治组织力" in gift
    assert "~%33.33333%政治立场" in gift and "~%-50%政治纪律" in gift and "~%-50%政治规矩" in gift
    assert "{T####" in gift and "{F####" in gift
    assert gift.count("q-cloze-1::") == 2  # one question per blank
    nasty = render_import(build_papers(nasty_bank(), versions="A", shuffle=False)[0], "gift").decode("utf-8")
    for line in nasty.splitlines()[3:]:
        if line:
            # outside the answer braces, no unescaped special character is left
            body = re.sub(r"\\.", "", line.split("::", 2)[2])
            assert body.count("{") == 1 and body.count("}") == 1, line


def test_csv_has_bom_and_same_rows_as_xlsx(base):
    data = render_import(base, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS and len(rows) == len(base.questions) + 1


# --- determinism ---


def test_same_bank_and_seed_give_identical_files(tmp_path):
    for run in ("one", "two"):
        write_papers(big_bank(2), tmp_path / run, formats="pdf,docx,html,xlsx,txt,gift,csv", seed=9)
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert len(names) == 16
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


# --- the command ---


def test_cli_paper_writes_papers_and_keys(sample_bank, tmp_path):
    result = CliRunner().invoke(app, ["paper", str(sample_bank), "-o", str(tmp_path), "--format", "html,xlsx",
                                      "--versions", "A,B,C", "--seed", "3", "--title", "测试卷",
                                      "--score", "填空=1,单选=2"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"paper-{v}{k}.html" for v in "ABC" for k in ("", "-key")] + ["bank.xlsx"])
    page = (tmp_path / "paper-C.html").read_text(encoding="utf-8")
    # (how many blanks seed 3 draws is the selection's business: the score per blank is what --score set)
    assert "<h1>测试卷</h1>" in page and re.search(r"一、填空题（每空1分，共\d+分）", page)


def test_cli_bad_input_is_one_line_without_traceback(sample_bank, tmp_path):
    proc = subprocess.run(["uv", "run", "--offline", "kaodian", "paper", str(sample_bank), "-o", str(tmp_path / "o"),
                           "--format", "pdf,odt"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2  # a wrong option value is a usage error (session 26)
    assert proc.stderr.strip().startswith("错误 [E603]") and "Traceback" not in proc.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("args, code", [
    (["--kinds", "作文"], "E403"),
    (["--score", "单选"], "E605"),
    (["--versions", "A,A"], "E609"),
    (["--font", "/nonexistent/font.ttf"], "E602"),
])
def test_cli_bad_options(sample_bank, tmp_path, args, code):
    result = CliRunner().invoke(app, ["paper", str(sample_bank), "-o", str(tmp_path / "o"), *args])
    assert isinstance(result.exception, KaodianError) and result.exception.code == code
    assert not (tmp_path / "o").exists()


def test_nasty_text_survives_every_format(tmp_path):
    write_papers(nasty_bank(), tmp_path, formats="docx,xlsx,txt,csv", versions="A")
    d = docx.Document(str(tmp_path / "paper-A.docx"))
    assert any(NASTY in p.text for p in d.paragraphs)
    wb = openpyxl.load_workbook(tmp_path / "bank.xlsx")
    assert NASTY in [r[1] for r in wb.active.iter_rows(values_only=True)][3]
    assert NASTY in (tmp_path / "bank.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["xlsx", "txt", "gift", "csv"])
def test_import_files_alone_say_nothing_about_a_paper(fmt, tmp_path):
    """The bundled sample's default paper is short of single-choice questions; with import files only, no
    paper is made, so nothing is said about one (issue 14)."""
    result = CliRunner().invoke(app, ["paper", "-o", str(tmp_path / "p"), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "注意：" not in result.output and "少出" not in result.output, result.output
    with_paper = CliRunner().invoke(app, ["paper", "-o", str(tmp_path / "q"), "--format", f"html,{fmt}"])
    assert "单项选择题少出" in with_paper.output
