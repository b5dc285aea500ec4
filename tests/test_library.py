"""A folder as a library (issue 15): asked once across texts, the same for any -j, cached by content."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaodian import library, pipeline
from kaodian.bank import dump_bank
from kaodian.cli import app

CORPUS = Path(__file__).parent / "corpus"
NOT_TEXT = re.compile(r"[\s\W_]+")


def _lines(name: str) -> list[str]:
    return [ln for ln in (CORPUS / name).read_text(encoding="utf-8").splitlines() if ln.strip()]


@pytest.fixture
def quoting(tmp_path: Path) -> Path:
    """A report and two speeches that quote its paragraphs word for word, among their own."""
    report = _lines("gov-work-report-2017.txt")[:8]
    speech = _lines("party-school-opening-speech.txt")[:14]
    interview = _lines("zhejiang-interview-2017.txt")[:8]
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "a-report.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    (folder / "b-speech.txt").write_text("\n".join(speech[:7] + report[5:7] + speech[7:]) + "\n", encoding="utf-8")
    (folder / "c-speech.txt").write_text("\n".join(interview[:4] + report[6:8] + interview[4:]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("KAODIAN_CACHE_DIR", str(folder))
    return folder


def _bank(folder: Path, jobs: int = 1, cache: bool = True) -> tuple[library.Library, str]:
    lib = library.make_library([str(folder)], pipeline.settings(), jobs=jobs, use_cache=cache)
    return lib, dump_bank(lib.bank.questions, lib.bank.diagnostics)


def test_a_sentence_quoted_by_two_speeches_is_asked_in_one_text_only(quoting: Path):
    lib, _ = _bank(quoting)
    texts = defaultdict(set)
    for q in lib.bank.questions:
        texts[NOT_TEXT.sub("", q.source.sentence)].add(q.source.document)
    assert lib.bank.questions
    assert {s: d for s, d in texts.items() if len(d) > 1} == {}
    # a quoted sentence is asked in the report, the first text, which cites the speeches that quote it
    plain = {f.name: NOT_TEXT.sub("", f.read_text(encoding="utf-8")) for f in quoting.iterdir()}
    quoted = 0
    for q in lib.bank.questions:
        s = NOT_TEXT.sub("", q.source.sentence)
        quoting_texts = {n for n in ("b-speech.txt", "c-speech.txt") if s in plain[n]}
        if s in plain["a-report.txt"] and quoting_texts:
            quoted += 1
            assert q.source.document.endswith("a-report.txt")
            assert {library.CITED_TAG + str(quoting / n) for n in quoting_texts} <= set(q.tags)
    assert quoted


def test_a_point_several_texts_state_ranks_above_its_own_text_alone(quoting: Path, tmp_path: Path):
    lib, _ = _bank(quoting)
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "a-report.txt").write_bytes((quoting / "a-report.txt").read_bytes())
    single, _ = _bank(alone)
    alone_keys = {(q.kind, q.stem) for q in single.bank.questions}
    mine = [q for q in lib.bank.questions if (q.kind, q.stem) in alone_keys]  # the report's questions in the library
    # the same questions ranked alone (a true/false question the two banks draw differently is in neither)
    shared = {(q.kind, q.stem) for q in mine}
    rank = {k: i for i, k in enumerate(k for k in ((q.kind, q.stem) for q in single.bank.questions) if k in shared)}
    cited = [i for i, q in enumerate(mine) if any(t.startswith(library.CITED_TAG) for t in q.tags)]
    # among the report's own questions, those the speeches quote move up
    before = sum(rank[mine[i].kind, mine[i].stem] for i in cited) / len(cited) / len(rank)
    after = sum(cited) / len(cited) / len(mine)
    assert cited and after < before


def test_the_bank_is_byte_identical_for_any_jobs(quoting: Path):
    one = _bank(quoting, jobs=1, cache=False)[1]
    two = _bank(quoting, jobs=2, cache=False)[1]
    three = _bank(quoting, jobs=3, cache=False)[1]
    assert one == two == three


def test_a_rebuild_reads_unchanged_texts_from_the_cache(quoting: Path, own_cache: Path):
    first, bank = _bank(quoting)
    assert first.cached == 0
    again, same = _bank(quoting, jobs=2)
    assert (again.cached, same) == (3, bank)
    speech = quoting / "c-speech.txt"
    speech.write_text(speech.read_text(encoding="utf-8") + "坚持以人民为中心的发展思想。\n", encoding="utf-8")
    assert _bank(quoting)[0].cached == 2


def test_a_corrupt_or_torn_cache_entry_is_rebuilt_not_trusted(quoting: Path, own_cache: Path):
    _, bank = _bank(quoting)
    entries = sorted(p for p in own_cache.rglob("*") if p.is_file())
    light = [p for p in entries if p.name.endswith(library.LIGHT)]
    full = [p for p in entries if not p.name.endswith(library.LIGHT)]
    assert len(light) == len(full) == 3
    light[0].write_bytes(light[0].read_bytes()[:-10])  # torn: that text is asked again
    data = bytearray(full[1].read_bytes())
    data[-5] ^= 0xFF  # a flipped byte: that text's questions are made again when the bank is written
    full[1].write_bytes(bytes(data))
    lib, again = _bank(quoting)
    assert (lib.cached, again) == (2, bank)
    assert not [p for p in own_cache.rglob("*.tmp")]


def test_no_cache_neither_reads_nor_writes(quoting: Path, own_cache: Path):
    lib, _ = _bank(quoting, cache=False)
    assert lib.cached == 0 and not own_cache.exists()


def test_generate_and_build_take_a_folder_as_a_library(quoting: Path, tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "bank.json"
    done = runner.invoke(app, ["generate", str(quoting), "-o", str(out), "-j", "2", "--no-cache"])
    assert done.exit_code == 0, done.output
    assert json.loads(out.read_text(encoding="utf-8"))["questions"]
    assert "文件 3 个" in done.output
    bad = runner.invoke(app, ["generate", str(quoting), "-o", str(out), "-j", "0"])
    assert bad.exception.code == "E404"
    decks = tmp_path / "decks"
    built = runner.invoke(app, ["build", str(quoting), "-o", str(decks), "--paper", "none", "-j", "2"])
    assert built.exit_code == 0, built.output
    assert list(decks.glob("*.apkg"))


class _Recorder:
    """A step-aware progress display that keeps what it was told."""

    def __init__(self) -> None:
        self.label, self.seen = "", []

    def step(self, label: str, total: int = 0) -> None:
        self.label = label
        self.seen.append(("step", label))

    def advance(self, done: int, total: int | None = None) -> None:
        self.seen.append((self.label, done, total))


def test_progress_counts_texts_done_of_all_then_the_merge(quoting: Path):
    shown = _Recorder()
    library.make_library([str(quoting)], pipeline.settings(), jobs=2, use_cache=False, progress=shown)
    counts = [s for s in shown.seen if s[0] != "step"]
    assert counts[0][1:] == (0, 3) and counts[-1] == (f"{library.STEP} 3/3 篇", 3, 3)
    assert [d for _, d, _ in counts] == sorted(d for _, d, _ in counts)
    assert shown.seen[-1] == ("step", "合并选题")


def test_verbatim_true_statements_are_at_most_a_third_of_each_texts_true_false(tmp_path: Path):
    """The merge caps verbatim true statements as one run does (issue 12), on its own selection."""
    folder = tmp_path / "speeches"
    folder.mkdir()
    # (a regulation beside the speech: session 17's true/false leaves the theory page five, and the cap is tested
    # on at least six a text)
    for src in (CORPUS / "gaigekaifang-40-speech.txt", CORPUS.parent / "key-points" / "xinfang-regulation-2022.txt"):
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    lib, _ = _bank(folder, cache=False)
    by_text: dict[str, list[str]] = defaultdict(list)
    for q in lib.bank.questions:
        if q.kind == "truefalse":
            by_text[q.source.document].append(q.answer[0])
    assert len(by_text) == 2
    for answers in by_text.values():
        assert len(answers) >= 6 and 3 * answers.count("对") <= len(answers), answers
