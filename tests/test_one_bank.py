"""Every command that asks questions of a folder asks the same bank: generate, anki, paper, quiz and web-quiz go
through ``library.make`` (a folder is a library: a text given twice is asked once).  Invented texts."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from kaodian.cli import app
from kaodian.export.anki import read_package_notes

NOTICE = """关于加强社区志愿服务的几点意见

一、总体要求

社区志愿服务要坚持以居民需求为导向，以常态长效为目标。做好这项工作，一是要健全服务制度，二是要丰富服务形式，三是要强化服务保障。

志愿服务站是开展社区志愿服务的基本阵地，每个社区至少设立一个。
"""
EVENTS = """协会年度工作回顾

　　2021年3月，协会第一次会员代表大会在北京召开，选举产生了第一届理事会。
　　会议强调，协会工作必须坚持以会员为中心，把服务会员放在首位。
"""


def _folder_bank(tmp_path):
    """A folder of two texts, one of them twice, and the bank ``generate`` asks of it (its questions)."""
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "意见.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "意见（转发）.txt").write_text(NOTICE, encoding="utf-8")  # the same text, forwarded
    (folder / "回顾.txt").write_text(EVENTS, encoding="utf-8")
    assert CliRunner().invoke(app, ["generate", str(folder), "-o", str(tmp_path / "题库.json")]).exit_code == 0
    return folder, json.loads((tmp_path / "题库.json").read_text(encoding="utf-8"))["questions"]


def test_anki_and_web_quiz_on_a_folder_ask_the_bank_generate_asks(tmp_path):
    folder, questions = _folder_bank(tmp_path)
    bank = {q["id"] for q in questions}
    runner = CliRunner()
    assert runner.invoke(app, ["anki", str(folder), "-o", str(tmp_path / "卡组.apkg")]).exit_code == 0
    notes, _ = read_package_notes(tmp_path / "卡组.apkg")
    assert {n.id for n in notes.values()} == bank
    assert runner.invoke(app, ["web-quiz", str(folder), "-o", str(tmp_path / "自测.html")]).exit_code == 0
    page = (tmp_path / "自测.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="kaodian-data">(.*?)</script>', page, re.S).group(1))
    assert {q["id"] for q in data["questions"]} == bank


def test_paper_and_quiz_on_a_folder_ask_the_bank_generate_asks(tmp_path):
    # (review 1 of session 22: only anki and web-quiz were checked)
    folder, questions = _folder_bank(tmp_path)
    runner = CliRunner()
    got = runner.invoke(app, ["paper", str(folder), "-o", str(tmp_path / "试卷"), "-f", "txt", "--count", "all",
                              "--versions", "A"])
    assert got.exit_code == 0, got.output
    paper = "".join(p.read_text(encoding="utf-8") for p in sorted((tmp_path / "试卷").glob("*.txt")))
    stems = re.findall(r"^\d+\. ", paper, re.M)
    assert len(stems) == len(questions) and all(q["stem"].rstrip("（　　）") in paper for q in questions), paper
    got = runner.invoke(app, ["quiz", str(folder), "--seed", "1", "--db", str(tmp_path / "错题本.sqlite3")], input="")
    assert f"共 {len(questions)} 题" in got.output, got.output
