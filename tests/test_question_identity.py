"""A question keeps its identity through an edit of its material: a cloze's id does not collide with a new
paragraph's that blanks the same words, and a typo fixed while a paragraph is inserted above keeps each Anki
note and each record of the wrong-answer book with its own question.  All texts are invented."""

from __future__ import annotations

from pathlib import Path

from anki_check import fresh_collection, import_apkg
from kaodian import pipeline
from kaodian.export.anki import write_deck
from kaodian.model import Bank
from kaodian.questions.identity import blank_frames, similar
from kaodian.selftest.book import Book

T0 = 1_700_000_000.0

# An invented notice: a list and two statements in the first part.  The edit inserts a list at the top of the
# first part (which moves the list below to the next ordinal) and fixes two typos at once: one in the lead of
# the list (工做), one in the clause of a cloze's blanks (服努).
PLAN = """关于加强社区志愿服务的几点意见

一、总体要求

{inserted}社区志愿服务要坚持以居民需求为导向，以常态长效为目标。{lead}，一是要健全服务制度，二是要丰富服务形式，三是要强化服务保障。

志愿服务站是开展社区志愿{service}的基本阵地，每个社区至少设立一个。

二、主要措施

各街道要把社区志愿服务纳入年度工作计划。开展服务，第一要贴近群众，第二要突出重点，第三要注重实效。
"""
INSERTED = "组织服务，首先要建立台账，其次要明确分工，最后要定期回访。\n\n"
TYPOS = {"做好这项工做": "做好这项工作", "服努": "服务"}


def _bank(folder: Path, text: str):
    folder.mkdir(exist_ok=True)
    path = folder / "意见.txt"  # one file name in two folders: the same document, rebuilt
    path.write_text(text, encoding="utf-8")
    return pipeline.make_bank([str(path)], pipeline.settings(seed=1)).bank.questions


def _fixed(sentence: str) -> str:
    for typo, right in TYPOS.items():
        sentence = sentence.replace(typo, right)
    return sentence


def _edit(tmp_path: Path):
    """The bank before and after the edit, and each question of the first with its question in the second."""
    before = _bank(tmp_path / "before", PLAN.format(inserted="", lead="做好这项工做", service="服努"))
    after = _bank(tmp_path / "after", PLAN.format(inserted=INSERTED, lead="做好这项工作", service="服务"))
    same = {q.id: next(a for a in after if a.kind == q.kind and a.answer == q.answer
                       and a.source.sentence == _fixed(q.source.sentence)) for q in before}
    # (else this tests nothing: a question whose id moved to another question's, one whose id changed)
    assert any(same[q.id].id != q.id and q.id in {a.id for a in after} for q in before)
    assert any(same[q.id].id != q.id and q.source.sentence != same[q.id].source.sentence for q in before)
    return before, after, same


def test_a_typo_fixed_with_a_paragraph_inserted_above_keeps_each_anki_note_and_its_history(tmp_path):
    before, after, same = _edit(tmp_path)
    path = tmp_path / "意见.apkg"
    write_deck(Bank(tuple(before)), path, timestamp=T0)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, path)
        notes = {}
        for q in before:  # the learner reviews every card once
            (nid,) = col.find_notes(f'"编号:{q.id}"')
            notes[q.id] = nid
            for cid in col.get_note(nid).card_ids():
                card = col.get_card(cid)
                card.start_timer()
                col.sched.answerCard(card, 3)
        report = write_deck(Bank(tuple(after)), path, timestamp=T0 + 10)
        assert not report.removed
        assert any("原句又有小改动" in d for d in report.diagnostics)
        log = import_apkg(col, path)
        assert len(log.new) == len(after) - len(before)  # only the inserted paragraph's questions are new
        for q in before:
            (nid,) = col.find_notes(f'"编号:{same[q.id].id}"')
            assert nid == notes[q.id], q.stem
            cids = col.get_note(nid).card_ids()
            assert col.db.scalar(f"select count() from revlog where cid in ({','.join(map(str, cids))})") == len(cids)
        assert not col.find_notes("工做") and not col.find_notes("服努")  # each note shows the fixed sentence
    finally:
        col.close()


def test_a_typo_fixed_with_a_paragraph_inserted_above_keeps_each_record_of_the_book(tmp_path):
    before, after, same = _edit(tmp_path)
    with Book.open(tmp_path / "b.sqlite3") as book:
        for q in before:
            book.record(q, "x", False, session="s1")
        book.follow(after)
        assert sorted(book.in_book()) == sorted(same[q.id].id for q in before)
        for q in before:
            (stored,) = book.stored_questions([same[q.id].id])
            assert stored.answer == q.answer and stored.source.sentence == q.source.sentence


# An invented record of events: two facts of one month blank the same words (the date and the ordinal).
EVENTS = """协会年度工作回顾

{inserted}　　2021年3月，协会第一次会员代表大会在北京召开，选举产生了第一届理事会。
　　会议强调，协会工作必须坚持以会员为中心，把服务会员放在首位。
"""
EVENT = "　　2021年3月，协会第一次理事会在天津召开，审议通过了理事会工作规则。\n"


def test_a_new_paragraph_blanking_the_same_words_leaves_the_older_cloze_and_its_id(tmp_path):
    before = _bank(tmp_path / "before", EVENTS.format(inserted=""))
    old = next(q for q in before if q.kind == "cloze" and "2021年3月" in q.answer)
    after = _bank(tmp_path / "after", EVENTS.format(inserted=EVENT))
    kept = [q for q in after if q.kind == "cloze" and q.source.sentence == old.source.sentence]
    assert [q.id for q in kept] == [old.id]
    new = [q for q in after if q.kind == "cloze" and "理事会在天津" in q.source.sentence]
    assert new and new[0].answer == old.answer and new[0].id != old.id


def test_an_unchanged_statement_cloze_keeps_its_id_when_a_paragraph_with_its_answer_is_inserted_above(tmp_path):
    text = "协会工作的几点思考\n\n{inserted}　　提高服务质量是协会建设的关键所在。我们要把服务会员放在首位。\n"
    before = _bank(tmp_path / "before", text.format(inserted=""))
    after = _bank(tmp_path / "after", text.format(inserted="　　提高服务质量是分会工作的关键所在。分会要主动联系会员。\n"))
    (old,) = [q for q in before if q.kind == "cloze" and q.answer == ("服务质量",)]
    assert [q.id for q in after if q.source.sentence == old.source.sentence and q.kind == "cloze"] == [old.id]
    assert len({q.id for q in after}) == len(after)


def test_blank_frames_are_the_clause_of_each_blank_widened_when_short():
    s = "志愿服务站是开展社区志愿服务的基本阵地，每个社区至少设立一个。"
    assert blank_frames(s, [(0, 5)]) == ("\x1e是开展社区志愿服务的基本阵地",)
    # a short clause takes ten characters either side: 每届任期______ alone would be every committee's rule
    assert blank_frames("区县分会的理事会，每届任期五年。", [(13, 15)]) == ("会的理事会，每届任期\x1e。",)


def test_a_small_edit_is_the_same_sentence_and_a_rewrite_is_not():
    assert similar("志愿服务站是开展社区志愿服努的基本阵地。", "志愿服务站是开展社区志愿服务的基本阵地。")
    assert not similar("坚持党的领导。", "坚持党的建设。")  # two characters of seven: another sentence
    assert not similar("提高服务质量是分会工作的关键所在。", "提高服务质量是协会建设的关键所在。")


SENTENCE = "志愿服务站是开展社区志愿服务的基本阵地。"


def _q(kind: str, stem: str, answer: tuple[str, ...], options: tuple[str, ...] = ()):
    from kaodian.model import Question, QuestionSource

    return Question("q-1", kind, stem, answer, "", QuestionSource("意见.txt", "题", None, SENTENCE, 0, len(SENTENCE)),
                    options=options)


def _gists(q):
    """The answer a note of ``q`` and a book record of it pair by (anki_identity.gist_of, book.gist)."""
    from kaodian.bank import question_to_dict
    from kaodian.export.anki import note_fields
    from kaodian.export.anki_identity import gist_of
    from kaodian.export.anki_models import FIELDS, NOTE_TYPE_NAMES
    from kaodian.selftest.book import gist

    nt, values = note_fields(q)
    return gist_of(NOTE_TYPE_NAMES[nt], FIELDS[nt], values)[1], gist(question_to_dict(q))[1]


def test_a_choice_pairs_by_its_correct_options_text_not_its_letter():
    # review 1 of session 22: the answer letter paired a note with a question whose correct option was another
    # (docs: 答案相同), and parted it from its own when a shuffle moved the letter
    stem = "______是开展社区志愿服务的基本阵地。"
    one = _q("single", stem, ("B",), ("居委会", "志愿服务站", "活动中心", "服务大厅"))
    moved = _q("single", stem, ("C",), ("居委会", "活动中心", "志愿服务站", "服务大厅"))
    other = _q("single", stem, ("B",), ("居委会", "活动中心", "志愿服务站", "服务大厅"))
    assert _gists(one) == _gists(moved)
    assert _gists(one)[0] != _gists(other)[0] and _gists(one)[1] != _gists(other)[1]


def test_a_true_false_pairs_by_its_statement_as_well_as_its_verdict():
    a = _q("truefalse", "活动中心是开展社区志愿服务的基本阵地。", ("错",))
    b = _q("truefalse", "志愿服务站是开展社区文化活动的基本阵地。", ("错",))
    assert _gists(a)[0] != _gists(b)[0] and _gists(a)[1] != _gists(b)[1]


def test_a_small_edit_is_bounded_and_looked_for_only_near_its_length():
    from kaodian.questions.identity import near_in_length, small_edit

    assert small_edit(SENTENCE, SENTENCE.replace("服务站", "服努站")) == 1
    assert small_edit(SENTENCE, SENTENCE * 40) is None and small_edit(SENTENCE, "") is None
    rows = sorted(((n, "字" * n) for n in (3, 18, 20, 22, 30)), key=lambda r: len(r[1]))
    assert [n for n, _ in near_in_length(rows, SENTENCE)] == [18, 20, 22]


def _note(qid: str, answer: str, sentence: str):
    from kaodian.export.anki_identity import PackageNote

    return PackageNote(qid, "考点·填空", sentence, ("考点·填空", sentence.replace(answer, f"{{{{c1::{answer}}}}}")),
                       ("考点·填空", answer, sentence))


def test_a_typo_fixed_inside_a_blanked_answer_keeps_the_anki_note_but_a_new_answer_is_a_new_note():
    from kaodian.export.anki_identity import assign_guids

    old = "落实三项制度、四个保樟到位的工作要求，是社区工作的根本遵循。"
    previous = {"g-old": _note("q-old", "四个保樟", old)}
    fixed, other = old.replace("保樟", "保障"), old.replace("四个保樟", "两个着力点")

    def guid_of(answer: str, sentence: str) -> str:
        new = _note("q-new", answer, sentence)  # (the answer is in the id: a fixed answer has another id)
        (guid,), _moved, _edited = assign_guids([(new.id, "g-new", new.content, new.gist)], previous, lambda g: g + "'")
        return guid

    assert guid_of("四个保障", fixed) == "g-old"  # the same question for a teacher: its history stays
    assert guid_of("两个着力点", other) == "g-new"  # another answer: another question


def test_a_two_character_answer_with_one_character_changed_is_another_answer():
    """民主 and 民生, 法治 and 德治 are other words, not a typo: a different answer keeps no old note."""
    from kaodian.questions.identity import answer_typo

    assert not answer_typo("民主", "民生") and not answer_typo("法治", "德治")
    assert answer_typo("着力黠", "着力点") and answer_typo("四个保樟", "四个保障")
