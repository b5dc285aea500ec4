"""``kaodian anki`` and ``kaodian build``: the commands, the whole pipeline on the corpus, the committed decks."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from anki_check import card_problems, collection_counts, expected_counts, fresh_collection, import_apkg
from conftest import CORPUS_TEXTS, PAGE_TEXTS
from kaodian.cli import app
from kaodian.errors import KaodianError

ROOT = Path(__file__).parent.parent
DECKS = ROOT / "decks"
runner = CliRunner()
T0 = 1_700_000_000.0


def _pipeline_ready() -> bool:
    try:
        from kaodian import pipeline

        pipeline.extract_text("一是坚持党的领导。二是坚持人民至上。", "x.txt")
        from kaodian.questions import generate  # noqa: F401
    except Exception:  # the extraction engine or the generator is not there yet
        return False
    return True


needs_pipeline = pytest.mark.skipif(not _pipeline_ready(), reason="extraction rules or question generator not ready")


def notes_of(path: Path) -> dict[str, tuple[str, ...]]:
    """guid -> (note type id, fields…) of a package: what must not change between equal builds."""
    with zipfile.ZipFile(path) as z:
        data = z.read("collection.anki2")
    tmp = path.parent / f".{path.name}.check"
    tmp.write_bytes(data)
    try:
        con = sqlite3.connect(tmp)
        rows = con.execute("select guid, mid, flds from notes").fetchall()
        con.close()
    finally:
        tmp.unlink()
    return {g: (str(m), *f.split("\x1f")) for g, m, f in rows}


# ---------------------------------------------------------------- anki command


def test_anki_from_a_bank_file(sample_bank, tmp_path):
    out = tmp_path / "s.apkg"
    result = runner.invoke(app, ["anki", str(sample_bank), "-o", str(out), "--timestamp", str(T0)])
    assert result.exit_code == 0, result.output
    assert "笔记 8 条（填空 2、选择 2、判断 2、列表 1、问答 1），卡片 11 张" in result.output
    assert out.exists()


def test_anki_kinds_filter_a_bank(sample_bank, tmp_path):
    out = tmp_path / "s.apkg"
    result = runner.invoke(app, ["anki", str(sample_bank), "-o", str(out), "--kinds", "填空,判断"])
    assert result.exit_code == 0, result.output
    assert "笔记 4 条（填空 2、判断 2）" in result.output


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["-o", "{tmp}/missing/s.apkg"], "E301"),
        (["-o", "{tmp}/s.txt"], "E501"),
        (["-o", "{tmp}/s.apkg", "--deck-per", "chapter"], "E503"),
        (["-o", "{tmp}/s.apkg", "--kinds", "作文"], "E403"),
    ],
)
def test_anki_bad_options_are_clear_errors(sample_bank, tmp_path, args, code):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, ["anki", str(sample_bank), *args])
    assert isinstance(result.exception, KaodianError) and result.exception.code == code
    assert list(tmp_path.rglob("*.apkg")) == []


def test_anki_refuses_a_json_that_is_not_a_bank_through_the_real_command(tmp_path):
    bad = tmp_path / "notes.json"
    bad.write_text('{"title": "我的笔记"}', encoding="utf-8")
    out = tmp_path / "s.apkg"
    proc = subprocess.run(
        [sys.executable, "-m", "kaodian", "anki", str(bad), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"错误 [E302] {bad}: 这不是 kaodian 的题库文件：缺少 questions 列表"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]


def test_build_output_that_is_a_file_is_a_clear_error(tmp_path):
    f = tmp_path / "decks"
    f.write_text("x")
    result = runner.invoke(app, ["build", "-o", str(f)])
    assert isinstance(result.exception, KaodianError) and result.exception.code == "E504"


def test_help_does_not_import_genanki_or_anki():
    code = "import sys; from kaodian.cli import app; print('genanki' in sys.modules, 'anki' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# ---------------------------------------------------------------- the whole pipeline


@needs_pipeline
@pytest.mark.parametrize("text", CORPUS_TEXTS, ids=lambda p: p.stem)
def test_corpus_deck_imports_and_renders_in_anki(text, tmp_path):
    from kaodian import pipeline
    from kaodian.export.anki import write_deck

    bank = pipeline.make_bank([str(text)]).bank
    assert bank.questions
    path = tmp_path / f"{text.stem}.apkg"
    write_deck(bank, path, timestamp=T0)
    col = fresh_collection(tmp_path)
    try:
        log = import_apkg(col, path)
        assert len(log.new) == len(bank.questions)
        assert collection_counts(col) == expected_counts(bank)
        problems = [p for cid in col.find_cards("") for p in card_problems(col.get_card(cid))]
        assert problems == []
    finally:
        col.close()


# one-character words that frame the words around them (以…为, …的…, 是, 我们): a typo never falls on one here
FRAME_WORDS = set("以为的是和与及在对把被将从由向于之其们")
# a leader's title after a name (习近平总书记, 某某同志): a typo in it leaves a bare name, which a cloze may
# blank where the name with its title is a stock phrase it never blanks
TITLES = ("总书记", "同志", "主席", "总理")


def _typo_fixed(text: str, bank, kinds: set[str]) -> str:
    """The text with one Han character changed in a sentence asked about only by questions of ``kinds``,
    outside every answer and option: what a typo fix of the source looks like."""
    by_sentence: dict[str, set[str]] = {}
    for x in bank.questions:
        by_sentence.setdefault(x.source.sentence, set()).add(x.kind)
    asked = [a for x in bank.questions for a in (*x.answer, *x.options) if len(a) > 1]
    others = {x.source.sentence for x in bank.questions if x.kind not in kinds}
    # every character of the text inside a sentence that a question of another kind asks about
    avoid = {i for o in others for m in re.finditer(re.escape(o), text) for i in range(m.start(), m.end())}
    for sentence, sentence_kinds in by_sentence.items():
        if not sentence_kinds <= kinds or text.count(sentence) != 1:
            continue
        at = text.index(sentence)
        covered = {i for a in asked for m in re.finditer(re.escape(a), sentence) for i in range(m.start(), m.end())}
        for i, ch in enumerate(sentence):
            # a typo inside a content word, not within three characters of an answer: a changed word beside
            # a blank (以X为主要代表 -> 以X兹…, 为兹要代表) changes what the sentence says about the words
            # around it, and so what a writer blanks
            near = set(range(i - 3, i + 4)) & covered
            beside = sentence[max(0, i - 2) : i] + sentence[i + 1 : i + 3]
            titled = any(t in sentence[max(0, i - 2) : i + 3] and ch in t for t in TITLES)
            if "\u4e00" <= ch <= "\u9fff" and i > 2 and not near and ch not in FRAME_WORDS and at + i not in avoid and not titled \
                    and not any(c.isdigit() for c in beside):  # 40年来 -> 40兹来 is no typo fix of a word
                return text[: at + i] + "兹" + text[at + i + 1 :]
    pytest.skip(f"no sentence asked only by {kinds}")


def _rebuild_after_typo(tmp_path, kinds: set[str]) -> None:
    from kaodian import pipeline
    from kaodian.export.anki import write_deck

    # The first saved-page text, the one this test was written against: a typo fix does not yet keep every
    # question id on every corpus text (issue 13 found ids that change on the charter and the report texts).
    text = PAGE_TEXTS[0].read_text(encoding="utf-8")
    src = tmp_path / "page.txt"
    src.write_text(text, encoding="utf-8")
    path = tmp_path / "page.apkg"
    bank = pipeline.make_bank([str(src)]).bank
    write_deck(bank, path)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, path)
        nids, cards = sorted(col.find_notes("")), len(col.find_cards(""))
        src.write_text(_typo_fixed(text, bank, kinds), encoding="utf-8")
        rebuilt = pipeline.make_bank([str(src)]).bank
        # (a cloze whose clause holds the typo takes a new id: its note is paired by its sentence, anki_identity)
        assert len(rebuilt.questions) == len(bank.questions)
        report = write_deck(rebuilt, path)
        assert report.removed == ()
        log = import_apkg(col, path)
        assert not log.new and not log.duplicate
        assert sorted(col.find_notes("")) == nids
        assert len(col.find_cards("")) == cards
    finally:
        col.close()


@needs_pipeline
def test_corpus_rebuild_after_a_typo_fix_updates_in_place(tmp_path):
    """Edit one sentence of the source; the rebuilt deck updates notes in place, none duplicated."""
    _rebuild_after_typo(tmp_path, {"cloze", "single", "multiple", "ordering", "recall"})


@needs_pipeline
def test_corpus_rebuild_after_a_typo_fix_in_a_truefalse_sentence(tmp_path):
    _rebuild_after_typo(tmp_path, {"cloze", "single", "multiple", "ordering", "recall", "truefalse"})


@needs_pipeline
def test_same_input_and_seed_give_the_same_guids_and_fields(tmp_path):
    from kaodian import pipeline
    from kaodian.export.anki import write_deck

    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    write_deck(pipeline.make_bank([str(CORPUS_TEXTS[0])], pipeline.settings(seed=3)).bank, a, timestamp=T0)
    write_deck(pipeline.make_bank([str(CORPUS_TEXTS[0])], pipeline.settings(seed=3)).bank, b, timestamp=T0 + 60)
    assert notes_of(a) == notes_of(b)


@needs_pipeline
def test_build_writes_deck_paper_and_summary(tmp_path):
    out = tmp_path / "decks"
    result = runner.invoke(app, ["build", "-o", str(out), "--timestamp", str(T0)])
    assert result.exit_code == 0, result.output
    assert (out / "sample.apkg").exists()
    for line in ("文件 1 个，文章 4 篇", "题目", "卡组：笔记", "已写入：", str(out / "sample.apkg")):
        assert line in result.output
    papers = list((out / "sample-paper").glob("*.pdf"))
    assert papers or "试卷模块尚未就绪" in result.output


@needs_pipeline
def test_committed_decks_are_fresh(tmp_path):
    """decks/ holds the decks built from the bundled sample; rebuild with `kaodian build` when this fails."""
    from kaodian.build import build

    committed = sorted(DECKS.glob("*.apkg"))
    assert committed, "decks/ has no deck: run `uv run kaodian build`"
    build([], tmp_path)
    for deck in committed:
        fresh = tmp_path / deck.name
        assert fresh.exists(), f"{deck.name} is not built any more: remove it from decks/"
        assert notes_of(deck) == notes_of(fresh), f"{deck} is stale: run `uv run kaodian build` and commit decks/"
    # the papers beside them are byte for byte what the code prints now (PDF and HTML are deterministic)
    papers = sorted(p.relative_to(DECKS) for p in DECKS.glob("*-paper/*"))
    assert papers == sorted(p.relative_to(tmp_path) for p in tmp_path.glob("*-paper/*"))
    for p in papers:
        assert (DECKS / p).read_bytes() == (tmp_path / p).read_bytes(), f"decks/{p} is stale: run `uv run kaodian build`"


@needs_pipeline
def test_building_the_sample_over_the_committed_decks_changes_no_byte(tmp_path):
    """A fresh clone's `kaodian build` leaves `git status` clean: what did not change is not rewritten."""
    import shutil

    from kaodian.build import build

    out = tmp_path / "decks"
    shutil.copytree(DECKS, out)
    before = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    build([], out)
    after = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert after.keys() == before.keys()
    changed = [str(p) for p in before if before[p] != after[p]]
    assert not changed, f"a build rewrote {changed}: run `uv run --no-dev kaodian build` and commit decks/"


def test_a_rebuild_with_other_notes_gets_a_later_whole_second_stamp(tmp_path):
    from kaodian.build import build
    from kaodian.pipeline import settings

    first = build([], tmp_path, settings(kinds=["cloze"]), paper_formats=()).deck
    second = build([], tmp_path, settings(kinds=["cloze", "truefalse"]), paper_formats=()).deck
    assert not second.unchanged and second.timestamp == int(second.timestamp) > first.timestamp
    third = build([], tmp_path, settings(kinds=["cloze", "truefalse"]), paper_formats=()).deck
    assert third.unchanged and third.timestamp == second.timestamp


def test_a_paper_failure_writes_no_deck(tmp_path, monkeypatch):
    """Everything is rendered before anything is written: a paper that fails leaves no deck behind."""
    def broken(*args, **kwargs):
        raise KaodianError("E608", reason="测试")

    monkeypatch.setattr("kaodian.export.paper._render", broken)
    out = tmp_path / "decks"
    result = runner.invoke(app, ["build", "-o", str(out), "--paper", "html"])
    assert isinstance(result.exception, KaodianError) and result.exception.code == "E608"
    assert not out.exists()  # (nor the empty folder it made)


def test_build_reports_progress_through_the_pipeline(tmp_path):
    from kaodian.build import build

    calls = []
    build([], tmp_path / "d", paper_formats=(), timestamp=T0, progress=lambda *a: calls.append(a))
    assert calls[0][0] == 0 and calls[0][2] and calls[-1] == (calls[-1][1], calls[-1][1], "")


def test_anki_and_build_print_the_count_of_diagnostics(tmp_path):
    result = runner.invoke(app, ["anki", "-o", str(tmp_path / "s.apkg"), "--timestamp", str(T0)])
    assert result.exit_code == 0, result.output
    assert re.search(r"提示：出题时有 \d+ 处考点没出某种题型.*kaodian generate", result.output)
    result = runner.invoke(app, ["build", "-o", str(tmp_path / "d"), "--paper", "none", "--timestamp", str(T0)])
    assert re.search(r"提示：出题时有 \d+ 处考点没出某种题型", result.output)
