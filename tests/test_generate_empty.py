"""generate refuses to write a bank with no question: no Chinese, no point, or no question of the kinds asked."""

from __future__ import annotations

import subprocess

import pytest

from kaodian.bank import check_not_empty
from kaodian.errors import KaodianError
from kaodian.model import Bank, Document, Extraction, Point


def _generate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["uv", "run", "kaodian", "generate", *args], capture_output=True, text=True)


@pytest.mark.parametrize("text, reason", [
    ("This is an English text. First, we do this; second, that.\n", "文件里没有中文（可能是英文或其他语言的材料），"),
    ("今天天气很好。我们去公园散步。\n", "文件里没有列举要点、提法、术语并列或引语，"),
])
def test_no_point_is_an_error_and_no_file(tmp_path, text, reason):
    src = tmp_path / "in.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "bank.json"
    proc = _generate(str(src), "-o", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip() == (f"错误 [E305] {src}: 没有找到可以出题的考点：{reason}未写入题库。"
                                   "请提供中文的政治理论学习材料（讲话、报告、理论文章）。")
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]


def test_points_but_no_question_of_the_kinds_asked():
    doc = Document(name="a.txt", text="坚持“两个确立”。", articles=())
    point = Point.__new__(Point)  # the check only counts points
    with pytest.raises(KaodianError) as e:
        check_not_empty(Bank(()), [Extraction(document=doc, points=(point,))], ("ordering", "recall"))
    assert str(e.value) == "[E306] a.txt: 找到 1 个考点，但出不了排序题、简答题，未写入题库。请放宽或去掉 --kinds。"
    check_not_empty(Bank((object(),)), [], None)  # a bank with questions passes
