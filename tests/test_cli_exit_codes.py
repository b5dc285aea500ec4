"""Exit codes a script can trust: a command-line option whose VALUE is wrong exits 2 (the README's usage
errors), with its coded message kept; a problem of the input files still exits 1."""

from __future__ import annotations

import pytest

from kaodian.cli import main
from kaodian.errors import MESSAGES, USAGE_CODES, KaodianError, exit_code

ARTICLE = "坚持和发展中国特色社会主义，必须坚持党的全面领导。全面从严治党永远在路上。\n"


def run(capsys, *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as e:
        main(list(argv))
    _, err = capsys.readouterr()
    return e.value.code, err


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "文章.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


# one or more wrong option values per command family: (argv after the input, the code it must say)
CASES = {
    "generate": [(["--kinds", "填空,问答"], "E403"), (["--limit", "0"], "E404"), (["--per-sentence", "-1"], "E404"),
                 (["-j", "0"], "E404"), (["--templates", "/nonexistent-kaodian"], "E401"),
                 (["--rules", "/nonexistent-kaodian.yaml"], "E111")],
    "extract": [(["--rules", "/nonexistent-kaodian.yaml"], "E111")],
    "paper": [(["--count", "填空10"], "E607"), (["--count", "0"], "E610"), (["--score", "x"], "E605"),
              (["--versions", "A,A"], "E609"), (["--format", "foo"], "E603"),
              (["--font", "/nonexistent-kaodian.ttf"], "E602")],
    "anki": [(["--deck-per", "foo"], "E503"), (["--kinds", "foo"], "E403")],
    "build": [(["--deck-per", "foo"], "E503")],
    "web-quiz": [(["--kinds", "foo"], "E403")],
    "quiz": [(["--kinds", "foo"], "E403"), (["--lexicon", "/nonexistent-kaodian.yaml"], "E111")],
}
OUTPUT = {"generate": "k.json", "paper": "p", "anki": "a.apkg", "build": "d", "web-quiz": "w.html"}
ON_BANK = {"paper", "anki", "web-quiz", "quiz"}


@pytest.mark.parametrize("command, extra, code",
                         [(c, extra, code) for c, cases in CASES.items() for extra, code in cases],
                         ids=lambda v: v if isinstance(v, str) else " ".join(v))
def test_a_wrong_option_value_exits_2_with_its_coded_message(capsys, tmp_path, article, sample_bank,
                                                            command, extra, code):
    source = sample_bank if command in ON_BANK else article
    out = ["-o", str(tmp_path / OUTPUT[command])] if command in OUTPUT else []
    status, err = run(capsys, command, str(source), *out, *extra)
    assert err.startswith(f"错误 [{code}] "), err
    assert status == 2


def test_an_input_file_problem_still_exits_1(capsys, tmp_path):
    status, err = run(capsys, "generate", str(tmp_path / "没有这个文件.txt"), "-o", str(tmp_path / "k.json"))
    assert err.startswith("错误 [E101] ") and status == 1


def test_the_usage_codes_are_registered_and_only_they_exit_2():
    assert USAGE_CODES <= set(MESSAGES)
    # input, rules, output and bank errors are not about an option's value
    assert not USAGE_CODES & {"E101", "E201", "E202", "E301", "E302", "E305", "E308", "E310", "E604"}
    assert exit_code(KaodianError("E403", kind="x")) == 2
    assert exit_code(KaodianError("E101", path="x")) == 1
