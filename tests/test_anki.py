"""Anki decks: written with genanki, verified by importing them into the real Anki (the ``anki`` package)."""

from __future__ import annotations

import dataclasses
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anki_check import card_problems, collection_counts, expected_counts, fresh_collection, import_apkg, visible_text
from kaodian.bank import load_bank
from kaodian.errors import KaodianError
from kaodian.export.anki import esc, note_fields, read_package_notes, write_deck
from kaodian.export.anki_models import FIELDS, MODEL_IDS, NOTE_TYPE_NAMES
from kaodian.model import Bank, Question, QuestionSource

T0 = 1_700_000_000.0


@pytest.fixture
def bank(sample_bank) -> Bank:
    return Bank(load_bank(sample_bank))


def package_notes(path: Path) -> dict[str, list[str]]:
    """guid -> fields of every note in a package (what a rebuild must keep equal)."""
    with zipfile.ZipFile(path) as z:
        data = z.read("collection.anki2")
    db = path.with_suffix(".check.anki2")
    db.write_bytes(data)
    con = sqlite3.connect(db)
    try:
        return {g: f.split("\x1f") for g, f in con.execute("select guid, flds from notes")}
    finally:
        con.close()
        db.unlink()


def test_every_note_and_card_imports_into_anki(bank, tmp_path):
    path = tmp_path / "s.apkg"
    report = write_deck(bank, path, timestamp=T0)
    col = fresh_collection(tmp_path)
    try:
        log = import_apkg(col, path)
        assert len(log.new) == len(bank.questions)
        notes, cards = collection_counts(col)
        assert (notes, cards) == expected_counts(bank)
        assert sum(cards.values()) == report.cards == 11
        assert report.notes == {"填空": 2, "选择": 2, "判断": 2, "列表": 1, "问答": 1}
        problems = [p for cid in col.find_cards("") for p in card_problems(col.get_card(cid))]
        assert problems == []
    finally:
        col.close()


def test_each_back_shows_the_source_sentence_and_place(bank, tmp_path):
    path = tmp_path / "s.apkg"
    write_deck(bank, path, timestamp=T0)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, path)
        for q in bank.questions:
            (nid,) = col.find_notes(f'"编号:{q.id}"')
            for card in col.get_note(nid).cards():
                back = "".join(visible_text(card.answer()).split())
                assert "".join(q.source.sentence.split()) in back, q.id
                assert q.source.article in back
    finally:
        col.close()


def test_decks_follow_document_article_heading_and_tags_have_no_spaces(bank, tmp_path):
    q0 = bank.questions[0]
    spaced = dataclasses.replace(q0, id="q-spaced", source=dataclasses.replace(q0.source, heading="一个 有 空格的标题"))
    path = tmp_path / "s.apkg"
    report = write_deck(Bank(bank.questions + (spaced,)), path, timestamp=T0)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, path)
        decks = {d.name for d in col.decks.all_names_and_ids()}
        assert "考点::tianjin-theory-page::在新征程上大力弘扬团结奋斗精神::忠诚拥护“两个确立”是夺取新征程新胜利的根本政治保证" in decks
        assert set(report.decks) <= decks
        (nid,) = col.find_notes('"编号:q-cloze-1"')
        card = col.get_note(nid).cards()[0]
        assert col.decks.name(card.did).count("::") == 3
        tags = col.get_note(nid).tags
        assert "填空题" in tags and "文章::在新征程上大力弘扬团结奋斗精神" in tags
        (nid,) = col.find_notes('"编号:q-spaced"')
        assert "章节::一个_有_空格的标题" in col.get_note(nid).tags
        assert all(" " not in t for n in col.find_notes("") for t in col.get_note(n).tags)
    finally:
        col.close()


@pytest.mark.parametrize(
    ("deck_per", "levels"), [("heading", 4), ("章节", 4), ("article", 3), ("document", 2), ("none", 1)]
)
def test_deck_per_cuts_the_hierarchy(bank, tmp_path, deck_per, levels):
    report = write_deck(bank, tmp_path / "s.apkg", deck_per=deck_per, timestamp=T0)
    assert {d.count("::") + 1 for d in report.decks} == {levels}


def test_fields_are_html_escaped(bank, tmp_path):
    path = tmp_path / "s.apkg"
    write_deck(bank, path, timestamp=T0)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, path)
        (nid,) = col.find_notes('"编号:q-cloze-2"')
        card = col.get_note(nid).cards()[0]
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card.answer()
        assert "<script>alert(1)" not in card.answer()
    finally:
        col.close()


def test_list_note_is_an_overlapping_cloze(bank, tmp_path):
    """One card per item with its neighbours in clear and the rest hidden, plus a whole-list card."""
    (q,) = [q for q in bank.questions if q.id == "q-recall-1"]
    path = tmp_path / "s.apkg"
    write_deck(Bank((q,)), path, timestamp=T0)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, path)
        cards = sorted((col.get_card(c) for c in col.find_cards("")), key=lambda c: c.ord)
        assert [c.ord for c in cards] == [0, 1, 2, 20]
        first, middle, last, whole = (visible_text(c.question()) for c in cards)
        a, b, c = q.answer
        assert "[...]" in first and a not in first and b in first and c not in first
        assert a in middle and b not in middle and c in middle
        assert a not in last and b in last
        assert whole.count("[...]") == 3 and a not in whole
        assert all(x in visible_text(cards[0].answer()) for x in q.answer)
    finally:
        col.close()


def test_choice_options_carry_letters_for_readers_without_scripts(bank):
    (q,) = [q for q in bank.questions if q.id == "q-multiple-1"]
    nt, values = note_fields(q)
    assert nt == "选择"
    fields = dict(zip(FIELDS[nt], values))
    assert fields["答案"] == "ABD" and fields["题型"] == "多选"
    assert visible_text(fields["选项"]) == "A 政治立场 B 政治方向 C 政治纪律 D 政治原则 E 政治规矩"
    assert 'data-k="D"' in fields["选项"]


def test_model_ids_are_the_constants_and_never_change():
    # Changing any of these orphans every note users already have: never edit this table.
    assert MODEL_IDS == {"填空": 1733010101, "选择": 1733010102, "判断": 1733010103, "列表": 1733010104, "问答": 1733010105}
    # Fields are only ever appended: the original lists must stay a prefix.
    original = {
        "填空": ["正文", "解析", "原文", "出处", "编号"],
        "选择": ["题干", "选项", "答案", "题型", "解析", "原文", "出处", "编号"],
        "判断": ["题干", "答案", "解析", "原文", "出处", "编号"],
        "问答": ["题干", "选项", "答案", "题型", "解析", "原文", "出处", "编号"],
    }
    for name, fields in original.items():
        assert FIELDS[name][: len(fields)] == fields
    assert FIELDS["列表"][:22] == ["题干", *[f"条{i}" for i in range(1, 21)], "全部"]


def test_same_input_same_guids_and_fields_and_bytes(bank, tmp_path):
    a, b, c = tmp_path / "a.apkg", tmp_path / "b.apkg", tmp_path / "c.apkg"
    write_deck(bank, a, timestamp=T0)
    write_deck(bank, b, timestamp=T0)
    write_deck(bank, c, timestamp=T0 + 100)
    assert a.read_bytes() == b.read_bytes()
    assert package_notes(a) == package_notes(c)


def test_rebuild_after_a_typo_fix_updates_notes_in_place(bank, tmp_path):
    """Anki skips a note whose mod is not newer: the default timestamp must move past the previous package."""
    path = tmp_path / "s.apkg"
    first = write_deck(bank, path)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, path)
        ids_before = sorted(col.find_notes(""))
        cards_before = len(col.find_cards(""))
        fixed = tuple(
            dataclasses.replace(q, stem=q.stem.replace("北京", "天津")) if q.id == "q-tf-2" else q
            for q in bank.questions
        )
        second = write_deck(Bank(fixed), path)  # same second, same path
        assert second.timestamp > first.timestamp
        log = import_apkg(col, path)
        assert len(log.updated) == len(bank.questions) and not log.new and not log.duplicate
        assert sorted(col.find_notes("")) == ids_before
        assert len(col.find_cards("")) == cards_before
        (nid,) = col.find_notes('"编号:q-tf-2"')
        assert "天津考察" in col.get_note(nid)["题干"]
    finally:
        col.close()


def test_same_timestamp_is_not_an_update_in_anki(bank, tmp_path):
    """The behaviour the default timestamp works around, pinned so a change in Anki is noticed."""
    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    write_deck(bank, a, timestamp=T0)
    fixed = tuple(dataclasses.replace(q, stem=q.stem + "改") for q in bank.questions)
    write_deck(Bank(fixed), b, timestamp=T0)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, a)
        log = import_apkg(col, b)
        assert not log.updated and len(log.duplicate) == len(bank.questions)
    finally:
        col.close()


def test_a_paragraph_inserted_above_moves_ids_but_each_question_keeps_its_note_and_history(bank, tmp_path):
    """A statement is placed by its ordinal in its section: one inserted above takes the first one's id, and
    the first takes the second's.  Rebuilt over the deck, each question still updates its own note."""
    path = tmp_path / "s.apkg"
    write_deck(bank, path, timestamp=T0)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, path)
        (first_nid,) = col.find_notes('"编号:q-tf-1"')
        card = col.get_card(col.get_note(first_nid).card_ids()[0])
        card.start_timer()
        col.sched.answerCard(card, 3)  # the learner has reviewed the first statement
        by_id = {q.id: q for q in bank.questions}
        inserted = dataclasses.replace(by_id["q-tf-1"], stem="甲乙丙是丁戊的根本。", answer=("错",))
        shifted = {"q-tf-1": "q-tf-2", "q-tf-2": "q-tf-3"}  # each statement one ordinal down
        moved = [dataclasses.replace(q, id=shifted.get(q.id, q.id)) for q in bank.questions]
        report = write_deck(Bank((inserted, *moved)), path, timestamp=T0 + 10)
        assert not report.removed and any("2 道题因前文增删换了编号" in d for d in report.diagnostics)
        log = import_apkg(col, path)
        assert len(log.new) == 1 and not log.duplicate
        (nid,) = col.find_notes('"编号:q-tf-2"')
        assert nid == first_nid and col.get_note(nid)["题干"] == by_id["q-tf-1"].stem
        assert col.db.scalar("select count() from revlog where cid = ?", card.id) == 1
        (new_nid,) = col.find_notes('"编号:q-tf-1"')
        assert col.get_note(new_nid)["题干"] == "甲乙丙是丁戊的根本。"
        # built again over itself, nothing moves: the guids paired by content are kept, and nothing is said
        again = write_deck(Bank((inserted, *moved)), path)
        assert again.unchanged and not any("换了编号" in d for d in again.diagnostics)
        # a typo fixed in the moved statement afterwards still updates its note, found by the id it now holds
        fixed = [dataclasses.replace(q, stem=q.stem.replace("确定性", "确定因素")) if q.id == "q-tf-2" else q
                 for q in moved]
        typo = write_deck(Bank((inserted, *fixed)), path, timestamp=T0 + 20)
        assert not typo.removed
        log = import_apkg(col, path)
        assert not log.new and not log.duplicate
        assert "确定因素" in col.get_note(first_nid)["题干"]
    finally:
        col.close()


def test_removed_questions_are_listed_beside_the_deck(bank, tmp_path):
    path = tmp_path / "s.apkg"
    write_deck(bank, path, timestamp=T0)
    kept = tuple(q for q in bank.questions if q.id not in ("q-tf-2", "q-order-1"))
    report = write_deck(Bank(kept), path)
    assert [r.id for r in report.removed] == ["q-order-1", "q-tf-2"]
    assert report.removed_file == tmp_path / "s.apkg.removed.txt"
    text = report.removed_file.read_text(encoding="utf-8")
    assert '"编号:q-order-1" or "编号:q-tf-2"' in text
    assert "排序" in text or "问答" in text
    notes, newest = read_package_notes(path)
    assert len(notes) == len(kept) and newest >= T0


def test_no_removed_file_when_nothing_disappears(bank, tmp_path):
    path = tmp_path / "s.apkg"
    write_deck(bank, path, timestamp=T0)
    assert write_deck(bank, path).removed_file is None
    assert not (tmp_path / "s.apkg.removed.txt").exists()


@pytest.mark.parametrize(
    ("where", "code"),
    [("missing/s.apkg", "E301"), ("s.zip", "E501"), ("s", "E501")],
)
def test_bad_output_path_is_a_clear_error_and_writes_nothing(bank, tmp_path, where, code):
    with pytest.raises(KaodianError) as e:
        write_deck(bank, tmp_path / where, timestamp=T0)
    assert e.value.code == code
    assert list(tmp_path.rglob("*")) == []


@pytest.mark.skipif(__import__("os").geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_a_clear_error(bank, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with pytest.raises(KaodianError) as e:
            write_deck(bank, ro / "s.apkg", timestamp=T0)
        assert e.value.code == "E301"
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o755)


def test_failed_write_leaves_the_previous_deck_intact(bank, tmp_path, monkeypatch):
    path = tmp_path / "s.apkg"
    write_deck(bank, path, timestamp=T0)
    before = path.read_bytes()

    def broken(*a, **k):
        raise KaodianError("E301", path=path, reason="磁盘已满", fix="请换一个可写的输出位置。")

    monkeypatch.setattr("kaodian.export.anki.write_atomic", broken)
    with pytest.raises(KaodianError):
        write_deck(Bank(bank.questions[:2]), path, timestamp=T0 + 5)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.apkg"]


def test_empty_bank_is_refused(tmp_path):
    with pytest.raises(KaodianError) as e:
        write_deck(Bank(()), tmp_path / "s.apkg")
    assert e.value.code == "E502"
    assert not (tmp_path / "s.apkg").exists()


def _question(kind: str, stem: str, answer: tuple[str, ...], options: tuple[str, ...] = ()) -> Question:
    src = QuestionSource(document="x.txt", article="标题", heading=None, sentence=stem, start=0, end=len(stem))
    return Question(id=f"h-{kind}", kind=kind, stem=stem, answer=answer, explanation=stem, source=src, options=options)


TEXT = st.text(alphabet=st.sampled_from(list("党的二十大<>&\"'{}:：“”c1[...] \n")), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(stem=TEXT, items=st.lists(TEXT, min_size=2, max_size=5))
def test_no_input_text_can_break_out_of_its_field(stem, items):
    """Whatever the text, fields hold no raw markup, template braces or cloze syntax of the input."""
    for q in (
        _question("single", stem, ("A",), tuple(items)),
        _question("recall", stem, tuple(items)),
        _question("ordering", stem, ("B", "A"), tuple(items[:2])),
        _question("truefalse", stem, ("对",)),
        _question("cloze", stem, tuple(items[:1])),
    ):
        _, values = note_fields(q)
        for v in values:
            stripped = v.replace("{{c", "").replace("}}", "")
            assert "{" not in stripped and "}" not in stripped
        assert esc(stem).count("<") == 0 and esc(stem).count("::") == 0


def test_a_rebuild_that_removes_nothing_deletes_the_stale_removed_list(bank, tmp_path):
    path = tmp_path / "s.apkg"
    write_deck(bank, path, timestamp=T0)
    write_deck(Bank(bank.questions[1:]), path)
    assert (tmp_path / "s.apkg.removed.txt").exists()
    write_deck(Bank(bank.questions[1:]), path)  # nothing removed this time
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.apkg"]


def test_no_explanation_field_ends_in_a_doubled_full_stop(corpus_dir):
    """The 解析 of a true/false note once read 正确。。 where the source sentence had no full stop."""
    from kaodian import pipeline

    for text in sorted(corpus_dir.glob("*.txt")):
        for q in pipeline.make_bank([str(text)]).bank.questions:
            _, values = note_fields(q)
            explanation = values[-4]
            assert "。。" not in explanation and explanation not in ("。", "正确。。", "错误。。"), (q.id, explanation)
