"""The wrong-answer book: history by stable id, the review rule, safety of the file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kaodian.bank import load_bank
from kaodian.errors import KaodianError
from kaodian.selftest.book import SCHEMA_VERSION, Book, default_path
from kaodian.selftest.stats import book_stats, format_stats


@pytest.fixture
def questions(sample_bank):
    return {q.id: q for q in load_bank(sample_bank)}


def clock():
    """An injected clock: one second later at each call."""
    t = iter(range(3600))
    return lambda: (lambda s: f"2024-01-01T00:{s // 60:02d}:{s % 60:02d}+00:00")(next(t))


def test_a_paragraph_inserted_above_moves_ids_and_each_record_follows_its_question(tmp_path, questions):
    """Statements are placed by their ordinal in a section: an inserted one takes the first's id, the first
    takes the second's.  The learner's record of each stays with its own question."""
    import dataclasses

    first, second = questions["q-tf-1"], questions["q-tf-2"]
    with Book.open(tmp_path / "b.sqlite3", now=clock()) as book:
        book.record(first, "对", False, session="s1")  # the first statement, answered wrong
        book.record(second, "错", True, session="s1")
        inserted = dataclasses.replace(first, stem="甲乙丙是丁戊的根本。", answer=("错",))
        rebuilt = [inserted, dataclasses.replace(first, id="q-tf-2"), dataclasses.replace(second, id="q-tf-3")]
        assert book.follow(rebuilt) == 2
        assert book.in_book() == ["q-tf-2"] and book.state("q-tf-1") is None
        assert book.state("q-tf-3").right == 1
        (stored,) = book.stored_questions(["q-tf-2"])
        assert stored.id == "q-tf-2" and stored.stem == first.stem  # review without the bank asks it by its id
        assert book.follow(rebuilt) == 0  # nothing moves twice


# An invented notice: two parts, each with statements and a list; a list inserted at the top of the first part moves
# the ids of what follows it in that part (statements are placed by their ordinal in their section).
NOTICE = """关于加强青年理论学习的几点意见

一、总体要求

{inserted}青年理论学习要坚持以科学理论为指导，以学懂弄通做实为目标。做好这项工作，一是要健全学习制度，二是要丰富学习形式，三是要强化学习考核。

学习小组是开展理论学习的基本单位，每个小组不少于五人。

二、主要措施

各单位要把青年理论学习纳入年度工作计划。开展学习，第一要联系实际，第二要突出重点，第三要注重实效。
"""
INSERTED = "组织学习，首先要建立台账，其次要明确责任，最后要定期通报。\n\n"


def _bank(tmp_path, inserted: str):
    from kaodian import pipeline

    path = tmp_path / "意见.txt"
    path.write_text(NOTICE.format(inserted=inserted), encoding="utf-8")
    return pipeline.make_bank([str(path)], pipeline.settings(seed=1)).bank.questions


def test_a_record_follows_its_question_through_a_real_rebuild_with_a_paragraph_inserted_and_deleted(tmp_path):
    before = _bank(tmp_path, "")
    after = _bank(tmp_path, INSERTED)
    now_asks = {a.id: a.answer for a in after}
    moved = [q for q in before if now_asks.get(q.id) != q.answer]  # (its id gone, or asking another question)
    assert moved, "the inserted list moves some ids (else this test tests nothing)"
    q = moved[0]
    with Book.open(tmp_path / "b.sqlite3", now=clock()) as book:
        book.record(q, "x", False, session="s1")
        assert book.follow(after) >= 1
        (now,) = book.in_book()
        assert now != q.id and now_asks[now] == q.answer
        book.record(next(a for a in after if a.id == now), "x", False, session="s2")
        # the paragraph deleted again: the record moves back, and nothing stays on an id that asks another question
        assert book.follow(before) >= 1
        assert book.in_book() == [q.id] and book.state(q.id).wrong == 2


def test_two_records_of_one_question_move_as_one_without_a_crash(tmp_path, questions):
    import dataclasses

    first = questions["q-tf-1"]
    with Book.open(tmp_path / "b.sqlite3", now=clock()) as book:
        book.record(dataclasses.replace(first, id="old-a"), "对", False, session="s1")
        book.record(dataclasses.replace(first, id="old-b"), "对", True, session="s1")
        assert book.follow([dataclasses.replace(first, id="new")]) == 1
        assert book.state("new").right == 1  # the one answered last moved


def test_a_deleted_question_s_record_is_set_aside_for_the_one_that_moved_onto_its_id(tmp_path, questions):
    import dataclasses

    first, second = questions["q-tf-1"], questions["q-tf-2"]
    with Book.open(tmp_path / "b.sqlite3", now=clock()) as book:
        book.record(first, "对", False, session="s1")  # the first statement is deleted from the text
        book.record(second, "错", True, session="s1")  # the second moves up onto its id
        assert book.follow([dataclasses.replace(second, id="q-tf-1")]) == 1
        assert book.state("q-tf-1").right == 1 and book.state("q-tf-1").wrong == 0
        (aside,) = book.in_book()  # the deleted statement is still in the book, under an id of its own
        assert aside.startswith("q-tf-1~") and book.stored_questions([aside])[0].stem == first.stem


def test_a_record_follows_the_exact_wording_even_where_an_edited_question_keeps_its_old_id(tmp_path, questions):
    import dataclasses

    first = questions["q-tf-1"]
    with Book.open(tmp_path / "b.sqlite3", now=clock()) as book:
        book.record(first, "对", False, session="s1")
        book.record(questions["q-tf-2"], "错", True, session="s1")
        # q-tf-2 now asks q-tf-1's wording word for word, q-tf-1 an edited statement: the record follows the wording,
        # and q-tf-2's own record, whose statement is asked nowhere, is set aside
        edited = dataclasses.replace(first, stem=first.stem + "改")
        assert book.follow([edited, dataclasses.replace(first, id="q-tf-2")]) == 1
        assert book.state("q-tf-2").wrong == 1 and book.state("q-tf-1") is None


def test_default_path_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_path() == tmp_path / "kaodian" / "book.sqlite3"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_path() == tmp_path / ".local" / "share" / "kaodian" / "book.sqlite3"


def test_new_book_has_schema_version_and_wal(tmp_path):
    path = tmp_path / "book.sqlite3"
    Book.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT schema_version FROM kaodian_book").fetchall() == [(SCHEMA_VERSION,)]
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_wrong_answer_enters_the_book_and_two_rights_in_a_row_take_it_out(tmp_path, questions):
    q = questions["q-single-1"]
    with Book.open(tmp_path / "b.sqlite3", now=clock()) as book:
        book.record(q, "A", False, session="s1")
        assert book.in_book() == ["q-single-1"]
        book.record(q, "C", True, session="s1", mode="review")
        assert book.state(q.id).streak == 1 and book.in_book() == ["q-single-1"]
        book.record(q, "B", False, session="s1", mode="review")  # a miss resets the streak
        book.record(q, "C", True, session="s1", mode="review")
        assert book.in_book() == ["q-single-1"]
        book.record(q, "C", True, session="s1", mode="review")
        assert book.in_book() == []
        st = book.state(q.id)
        assert (st.answers, st.right, st.wrong, st.streak) == (5, 3, 2, 2)


def test_override_marks_the_answer_right(tmp_path, questions):
    q = questions["q-cloze-2"]
    with Book.open(tmp_path / "b.sqlite3") as book:
        aid = book.record(q, "数字鸿", False, session="s")
        book.override(aid)
        assert book.state(q.id).wrong == 0 and book.in_book() == []
        assert book.answer_rows()[0][4:] == ("数字鸿", 1, 1)


def test_history_is_kept_by_stable_id_and_review_works_without_the_bank(tmp_path, questions):
    q = questions["q-tf-2"]
    path = tmp_path / "b.sqlite3"
    with Book.open(path) as book:
        book.record(q, "对", False, session="s")
    from dataclasses import replace

    reworded = replace(q, stem="（改写后的题干）2019年11月，习近平总书记在北京考察时指出……")
    with Book.open(path) as book:
        book.record(reworded, "对", False, session="s2")
        assert book.state(q.id).wrong == 2
        (stored,) = book.stored_questions(book.in_book())
    assert stored == reworded


def test_stats_by_article_kind_and_most_missed(tmp_path, questions):
    with Book.open(tmp_path / "b.sqlite3") as book:
        for _ in range(3):
            book.record(questions["q-tf-2"], "对", False, session="s")
        book.record(questions["q-single-1"], "C", True, session="s")
        book.record(questions["q-cloze-2"], "x", False, session="s")
        stats = book_stats(book)
    assert stats.total.answers == 5 and stats.total.right == 1 and stats.total.in_book == 2
    assert [(g.name, g.answers, g.right) for g in stats.by_kind] == [("填空题", 1, 0), ("单项选择题", 1, 1), ("判断题", 3, 0)]
    assert [m.question_id for m in stats.most_missed] == ["q-tf-2", "q-cloze-2"]
    text = format_stats(stats)
    assert "错 3 次/共 3 次（待复习）" in text and "全面推动现代服务业与先进制造业的深度融合" in text


def _unchanged(path: Path):
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    return lambda: path.read_bytes() == before and sorted(p.name for p in path.parent.iterdir()) == siblings


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("我的学习笔记\n" * 100, encoding="utf-8")
    same = _unchanged(path)
    with pytest.raises(KaodianError) as e:
        Book.open(path)
    assert e.value.code == "E701" and str(path) in str(e.value) and "不是 SQLite" in str(e.value)
    assert same()


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('张三')")
    conn.commit()
    conn.close()
    same = _unchanged(path)
    with pytest.raises(KaodianError) as e:
        Book.open(path)
    assert e.value.code == "E701" and str(path) in str(e.value) and "contacts" in str(e.value)
    assert same()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone() == ("delete",)


def _book_with_answers(path: Path, questions) -> None:
    with Book.open(path) as book:
        for i in range(300):
            book.record(questions["q-recall-1"], "很长的回答" * 40, i % 2 == 0, session=f"s{i}")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


@pytest.mark.parametrize("damage", ["truncated", "garbled pages", "short header"])
def test_a_corrupted_book_is_refused_untouched(tmp_path, questions, damage):
    path = tmp_path / "book.sqlite3"
    _book_with_answers(path, questions)
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    elif damage == "garbled pages":
        for i in range(4096 + 100, len(data), 997):
            data[i] = (data[i] + 91) % 256
    else:
        data = data[:10]
    path.write_bytes(bytes(data))
    same = _unchanged(path)
    with pytest.raises(KaodianError) as e:
        with Book.open(path) as book:
            book.states()
    assert e.value.code == "E702" and str(path) in str(e.value)
    assert same()


def test_a_book_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "b.sqlite3"
    Book.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE kaodian_book SET schema_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(KaodianError) as e:
        Book.open(path)
    assert e.value.code == "E703" and "99" in str(e.value)


def test_a_folder_is_not_a_book(tmp_path):
    with pytest.raises(KaodianError) as e:
        Book.open(tmp_path)
    assert e.value.code == "E704"


WRITER = textwrap.dedent(
    """
    import sys
    from kaodian.bank import load_bank
    from kaodian.selftest.book import Book
    qs = load_bank(sys.argv[2])
    with Book.open(sys.argv[1]) as book:
        for i in range(150):
            q = qs[i % len(qs)]
            book.record(q, sys.argv[3], i % 3 != 0, session=sys.argv[3])
    """
)


def test_two_sessions_at_once_do_not_corrupt_the_book(tmp_path, sample_bank):
    path = tmp_path / "shared.sqlite3"
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(sample_bank), name], stderr=subprocess.PIPE)
        for name in ("one", "two", "three")
    ]
    for p in procs:
        _, err = p.communicate(timeout=60)
        assert p.returncode == 0, err.decode()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = conn.execute("SELECT session, count(*) FROM answers GROUP BY session ORDER BY session").fetchall()
    assert rows == [("one", 150), ("three", 150), ("two", 150)]
    assert conn.execute("SELECT count(*) FROM kaodian_book").fetchone() == (1,)


def test_db_in_a_missing_folder_is_refused_and_the_default_folder_is_made(tmp_path, monkeypatch):
    """--db is an output file: its folder must exist (fileio's rule); the default data folder is kaodian's own."""
    with pytest.raises(KaodianError) as e:
        Book.open(tmp_path / "nodir" / "b.sqlite3")
    assert e.value.code == "E704" and f"所在文件夹 {tmp_path / 'nodir'} 不存在" in str(e.value)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    Book.open().close()
    assert (tmp_path / "data" / "kaodian" / "book.sqlite3").exists()


@pytest.mark.parametrize("body", ["not json", '{"id": "q-single-1", "stem": null}', "[1]"])
def test_a_corrupt_stored_question_is_e702_not_a_traceback(tmp_path, questions, body):
    path = tmp_path / "b.sqlite3"
    with Book.open(path, now=clock()) as book:
        book.record(questions["q-single-1"], "A", False, session="s1")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE questions SET body = ?", (body,))
    conn.commit()
    conn.close()
    with Book.open(path, now=clock()) as book:
        with pytest.raises(KaodianError) as e:
            book.stored_questions(["q-single-1"])
    assert e.value.code == "E702" and "q-single-1" in str(e.value)


def test_most_missed_questions_on_one_sentence_can_be_told_apart(tmp_path, questions):
    """Two blanks cut from one long sentence: the list shows each blank in view and its answer."""
    from dataclasses import replace

    q1 = questions["q-cloze-1"]
    head = "新的一年，我们要深刻认识实干担当的时代要求，坚持实干才能兴业，担当方显本色，"
    a = replace(q1, id="qa", stem=head + "坚定捍卫“______”，坚决做到“两个维护”。", answer=("两个确立",), blanks=())
    b = replace(q1, id="qb", stem=head + "坚定捍卫“两个确立”，坚决做到“______”。", answer=("两个维护",), blanks=())
    with Book.open(tmp_path / "b.sqlite3") as book:
        for q in (a, b):
            book.record(q, "x", False, session="s")
        text = format_stats(book_stats(book))
    lines = [line for line in text.splitlines() if "[填空题]" in line]
    assert len(lines) == 2 and lines[0] != lines[1]
    assert all("______" in line for line in lines)
    assert "（答案：两个确立）" in lines[0] and "（答案：两个维护）" in lines[1]
