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


def test_the_bank_is_written_as_json_dumps_with_an_indent_of_one_writes_it(sample_bank):
    from kaodian.bank import _indented, bank_to_dict

    questions = load_bank(sample_bank)
    diagnostics = ("一条“提示”\n", "\u2028\\")
    assert dump_bank(questions, diagnostics) == json.dumps(bank_to_dict(questions, diagnostics), ensure_ascii=False,
                                                          indent=1) + "\n"
    for qs, ds in (((), ()), ((), diagnostics), (questions, ())):  # an empty bank, no diagnostics
        assert dump_bank(qs, ds) == json.dumps(bank_to_dict(qs, ds), ensure_ascii=False, indent=1) + "\n"
    odd = {"a": 0.1, "b": [[], {}, [True, False, None, -3]], "c": {"键": "“引号”\t"}}
    out: list[str] = []
    _indented(odd, "\n", out)
    assert "".join(out) == json.dumps(odd, ensure_ascii=False, indent=1)


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
    assert str(e.value) == f"[E108] {p}: 无法读取：没有读权限。"


NOT_A_BANK = "[E302] {p}: 这不是 kaodian 的题库文件：不是有效的 JSON，{r}。题库文件由 kaodian generate 文章.txt -o 题库.json 生成"
# (a bank edited by hand, a comma kept after a deleted question: mended where it broke, since regenerating undoes the edits)
EDITED = "[E313] {p}: 题库文件的 JSON 格式有误，{r}。改好这一处后再试（重新出题会丢掉手工的修改）。"


@pytest.mark.parametrize("text, reason, message", [
    ("", "文件是空的", NOT_A_BANK),
    ("not json", "第 1 行第 1 列：这里应有一个值", NOT_A_BANK),
    ('{\n "question": [\n  {"id": "x"}\n  {"id": "y"}\n ]\n}', "第 4 行第 3 列：这里缺少逗号", NOT_A_BANK),
    ('{"answer": [],}', "第 1 行末多了一个逗号（} 前不能有逗号），删去它", NOT_A_BANK),
    ('{"answer": "x" "y"}', "第 1 行第 16 列：这里缺少逗号", NOT_A_BANK),
    ('[]\n{}', "第 2 行第 1 列：JSON 结束后还有多余的内容", NOT_A_BANK),
    ('["x', "第 1 行第 2 列：字符串缺少结尾的双引号", NOT_A_BANK),
    ('{\n "questions": [\n  {"id": "x"},\n  {"id": "y"},\n ]\n}', "第 4 行末多了一个逗号（] 前不能有逗号），删去它", EDITED),
    ('{"questions": [\n  {"id": "x"},\n  {"id": "y"}\n ],\n}', "第 4 行末多了一个逗号（} 前不能有逗号），删去它", EDITED),
    ('{\n "questions": [\n  {"id": "x"}\n  {"id": "y"}\n ]\n}', "第 4 行第 3 列：这里缺少逗号", EDITED),
])
def test_broken_json_says_where_in_chinese(tmp_path, text, reason, message):
    p = tmp_path / "bank.json"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(KaodianError) as e:
        load_bank(p)
    assert str(e.value) == message.format(p=p, r=reason)


def test_a_bank_with_a_bom_loads(tmp_path, sample_bank):
    p = tmp_path / "bank.json"
    p.write_bytes(b"\xef\xbb\xbf" + sample_bank.read_bytes())
    assert load_bank(p) == load_bank(sample_bank)


def test_a_bank_not_in_utf8(tmp_path):
    p = tmp_path / "bank.json"
    p.write_bytes('{"questions": ["测试"]}'.encode("gbk"))
    with pytest.raises(KaodianError) as e:
        load_bank(p)
    assert e.value.code == "E302" and "不是 UTF-8 编码的文本（第 17 个字节）" in str(e.value)


def test_a_bank_file_keeps_the_first_diagnostics_and_says_how_many_more():
    # (an 11 MB input wrote 31 MB of diagnostics into the bank a teacher edits by hand; --verbose prints them all)
    import json

    from kaodian.bank import DIAGNOSTICS_KEPT, dump_bank

    many = tuple(f"文章{i}: 未出判断题" for i in range(DIAGNOSTICS_KEPT + 500))
    kept = json.loads(dump_bank((), many))["diagnostics"]
    assert kept[:-1] == list(many[:DIAGNOSTICS_KEPT])
    assert kept[-1] == "另有 500 条说明未写入题库文件；出题时加 --verbose 可全部打印。"
    assert json.loads(dump_bank((), many[:10]))["diagnostics"] == list(many[:10])
