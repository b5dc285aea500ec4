"""The bank file: round trip, and every kind of bad file as a clear E302/E108, never a traceback."""

from __future__ import annotations

import json

import pytest

from kaodian.bank import dump_bank, load_bank, question_from_dict, question_to_dict
from kaodian.errors import KaodianError


def test_round_trip(sample_bank):
    questions = load_bank(sample_bank)
    assert tuple(question_from_dict(question_to_dict(q)) for q in questions) == questions
    assert dump_bank(questions) == dump_bank(load_bank(sample_bank))


def _bank_with(tmp_path, sample_bank, change) -> str:
    data = json.loads(sample_bank.read_text(encoding="utf-8"))
    change(data["questions"][1])
    p = tmp_path / "bad.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


@pytest.mark.parametrize("change, reason", [
    (lambda q: q.update(stem=None), "字段 stem 的类型有误（null）"),
    (lambda q: q.pop("answer"), "缺少字段 answer"),
    (lambda q: q.update(answer="A"), "字段 answer 的类型有误（str）"),
    (lambda q: q.update(answer=[1]), "字段 answer 应是字符串列表"),
    (lambda q: q.update(options=[None]), "字段 options 应是字符串列表"),
    (lambda q: q["source"].update(start="0"), "source 的字段 start 的类型有误（str）"),
    (lambda q: q.update(difficulty=True), "字段 difficulty 的类型有误（bool）"),
    (lambda q: q.update(blanks=[{"text": "x"}]), "缺少字段 start"),
])
def test_a_bad_field_names_the_question_and_the_field(tmp_path, sample_bank, change, reason):
    bad = _bank_with(tmp_path, sample_bank, change)
    qid = json.loads(sample_bank.read_text(encoding="utf-8"))["questions"][1]["id"]
    with pytest.raises(KaodianError) as e:
        load_bank(bad)
    assert e.value.code == "E302"
    assert str(e.value) == f"[E302] {bad}: 这不是 kaodian 的题库文件：第 2 题（{qid}）：{reason}"


def test_a_folder_given_as_bank(tmp_path):
    (tmp_path / "bank.json").mkdir()
    with pytest.raises(KaodianError) as e:
        load_bank(tmp_path / "bank.json")
    assert e.value.code == "E302" and "这是一个文件夹" in str(e.value) and "kaodian generate" in str(e.value)


@pytest.mark.skipif(__import__("os").geteuid() == 0, reason="root reads unreadable files")
def test_an_unreadable_bank(tmp_path):
    p = tmp_path / "bank.json"
    p.write_text("{}", encoding="utf-8")
    p.chmod(0)
    with pytest.raises(KaodianError) as e:
        load_bank(p)
    assert str(e.value) == f"[E108] {p}: 无法读取：没有读权限"
