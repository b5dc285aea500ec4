"""The 对/错 balance (``tf_share.balance_truefalse``) weighs what the bank holds, not what was drafted (issue 12):
a false statement the per-sentence cap leaves out counts for nothing, and the statement turned true is one whose
point another held question asks, never one that alone asks its point."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kaodian.questions import tf_share
from kaodian.questions.tf_share import _excess_false, asked_otherwise


def _q(kind: str, answer: str, stem: str) -> SimpleNamespace:
    # (row k's sentence is 句k; its false statement changes 词k, which its cloze keys: tf_share.asked_otherwise)
    k = stem[2:].removesuffix("（原文）")
    return SimpleNamespace(kind=kind, answer=(answer,), stem=stem, id=stem, point_kind="statement",
                           explanation=f"错误。“词{k}”误作“字{k}”。" if answer == "错" else "正确。",
                           keyed=lambda: (f"词{k}",) if kind == "cloze" else (),
                           source=SimpleNamespace(document="d", sentence=f"句{k}", start=100 * int(k), end=100 * int(k) + 50))


def _out(questions: list[tuple[str, str, str, int]]) -> SimpleNamespace:
    """A ``generate._Asked`` of (kind, answer, stem, point index) rows."""
    return SimpleNamespace(questions=[(_q(k, a, s), (s,)) for k, a, s, _ in questions],
                           points=[n for *_, n in questions])


@pytest.fixture(autouse=True)
def _compose_true(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a false statement's true version: its stem marked, answered 对; every copy worth asking, none cut short)
    monkeypatch.setattr(tf_share, "compose", lambda doc, p, kind, true, cands, qid: (_q("truefalse", "对", qid + "（原文）"), None, None))
    monkeypatch.setattr(tf_share, "worth_asking_true", lambda p, key_terms: True)
    monkeypatch.setattr(tf_share, "cut_short", lambda q: False)


def _falsified(out: SimpleNamespace, importance: list[float]) -> list:
    return [(i, SimpleNamespace(importance=importance[out.points[i]]), None, ())
            for i, (q, _) in enumerate(out.questions) if q.kind == "truefalse" and q.answer == ("错",)]


def _answers(out: SimpleNamespace) -> list[str]:
    return [q.answer[0] for q, _ in out.questions if q.kind == "truefalse"]


def test_false_drafts_the_selection_leaves_out_are_not_counted() -> None:
    n = tf_share.FALSE_KEPT_BELOW + 3  # (enough false drafts, with their clozes, to be turned when all are counted)
    rows = [r for k in range(n) for r in (("cloze", "", f"填空{k}", k), ("truefalse", "错", f"判断{k}", k))]
    importance = [1.0] * n
    every = _out(rows)
    tf_share.balance_truefalse(every, _falsified(every, importance), None)
    assert "对" in _answers(every)  # (counted as drafts, some turn true)
    # the selection holds every cloze and only FALSE_KEPT_BELOW - 1 of the false statements: too few to turn any
    held = {i for i, r in enumerate(rows) if r[0] == "cloze" or r[3] < tf_share.FALSE_KEPT_BELOW - 1}
    bank = _out(rows)
    tf_share.balance_truefalse(bank, _falsified(bank, importance), None, held=lambda: held)
    assert _answers(bank) == ["错"] * n


def test_only_a_statement_whose_point_another_held_question_asks_turns_true() -> None:
    n = tf_share.FALSE_KEPT_BELOW + 2
    # every point asked by a false statement alone, but the most important one, whose cloze is held too
    rows = [("truefalse", "错", f"判断{k}", k) for k in range(n)] + [("cloze", "", "填空0", 0)]
    importance = [10.0] + [1.0] * (n - 1)
    out = _out(rows)
    tf_share.balance_truefalse(out, _falsified(out, importance), None, held=lambda: set(range(len(rows))))
    assert _answers(out) == ["对"] + ["错"] * (n - 1)  # (the least important ones alone ask their points: they stay)


def test_the_least_important_of_the_points_asked_otherwise_turns_first() -> None:
    n = tf_share.FALSE_KEPT_BELOW + 1
    rows = [r for k in range(n) for r in (("truefalse", "错", f"判断{k}", k), ("cloze", "", f"填空{k}", k))]
    importance = [float(n - k) for k in range(n)]  # (the last point the least important)
    out = _out(rows)
    tf_share.balance_truefalse(out, _falsified(out, importance), None, held=lambda: set(range(len(rows))))
    answers = _answers(out)
    turned = [k for k, a in enumerate(answers) if a == "对"]
    assert turned and turned == list(range(n - len(turned), n))


# (session 27: the balance weighs what a teacher's key point counts, not a point id: a false statement is turned
# true, or left out of the selection, only when another question of its sentence keys the very term it changed)
def _row(kind: str, sentence: str, keyed: tuple[str, ...] = (), change: tuple[str, str] | None = None,
       qid: str = "q") -> SimpleNamespace:
    explanation = f"错误。“{change[0]}”误作“{change[1]}”。原文：{sentence}" if change else "正确。"
    return SimpleNamespace(id=qid, kind=kind, answer=("错",) if change else ("对",), explanation=explanation,
                           keyed=lambda: keyed, source=SimpleNamespace(document="d.txt", sentence=sentence))


SENTENCE = "1978年12月18日召开的某次全会是一个重要的日子，开启了新的时期。"


def test_a_cloze_of_another_term_of_the_sentence_does_not_ask_the_change():
    false = _row("truefalse", SENTENCE, change=("1978年12月18日", "1975年12月18日"))
    other_term = _row("cloze", SENTENCE, keyed=("新的时期",))
    assert not asked_otherwise(false, [false, other_term])
    same_term = _row("cloze", SENTENCE, keyed=("1978年12月18日",))
    assert asked_otherwise(false, [false, other_term, same_term])
    elsewhere = _row("cloze", "1978年是改革开放之年。", keyed=("1978年12月18日",))
    assert not asked_otherwise(false, [false, elsewhere])  # (another sentence: the teacher's anchor may not be there)


def test_the_selection_keeps_a_false_statement_that_alone_asks_its_change():
    tf = [_row("truefalse", f"第{i}句说到甲{i}。", change=(f"甲{i}", f"乙{i}"), qid=f"q{i}") for i in range(4)]
    clozes = [_row("cloze", f"第{i}句说到甲{i}。", keyed=(f"甲{i}",), qid=f"c{i}") for i in range(2)]
    other = [_row("cloze", f"第{i}句说到甲{i}。", keyed=("第",), qid=f"o{i}") for i in range(2, 4)]
    dropped = _excess_false(tf, tf + clozes + other, lambda q: 0.0)
    assert dropped and set(dropped) <= {"q0", "q1"}


def test_a_statement_whose_point_a_cloze_asks_by_another_term_stays_false() -> None:
    n = tf_share.FALSE_KEPT_BELOW + 3
    rows = [r for k in range(n) for r in (("cloze", "", f"填空{k}", k), ("truefalse", "错", f"判断{k}", k))]
    out = _out(rows)
    for q, _ in out.questions:  # (each cloze keys another word of its sentence than the one its statement changed)
        if q.kind == "cloze":
            q.keyed = lambda: ("别的词",)
    tf_share.balance_truefalse(out, _falsified(out, [1.0] * n), None, held=lambda: set(range(len(rows))))
    assert _answers(out) == ["错"] * n


def test_the_balance_stops_where_a_turn_would_only_lose_a_statement():
    # (tf_share._turn_lost, issue 12: 4 false beside 1 true were turned to 2 and 3, and the cap kept 1 true: 3 in all)
    from kaodian.questions.tf_share import FALSE_MAX_SELECTED, _true_allowed, _turn_lost

    def kept(false, true):  # what the selection's cap keeps of them
        return false + min(true, _true_allowed(false))

    assert _turn_lost(4, 1) and kept(3, 2) < kept(4, 1)
    for false in range(3, 15):
        for true in range(false + 1):
            if _turn_lost(false, true):
                # a turn the balance leaves undone would have cost the bank a statement, and the selection keeps
                # the false ones it holds (its looser share)
                assert kept(false - 1, true + 1) < kept(false, true)
                assert false <= FALSE_MAX_SELECTED * kept(false, true) + 1e-9
    # a turn whose copy the cap keeps is still made (6 false, none true: two turns leave 4 beside 2)
    assert not _turn_lost(6, 0) and not _turn_lost(5, 1)


def test_a_statement_cited_whole_is_on_the_sentence_its_clause_is_cut_from():
    # (tf_share.asked_otherwise: a statement point cites the whole sentence, a formulation's single the clause that
    # starts it; the single keys the changed term, so the statement asks it again: 深刻领悟“甲”… beside （　　）)
    whole = _q("truefalse", "错", "陈述1")
    whole.source = SimpleNamespace(document="d", sentence="句1，后文很长。", start=100, end=160)
    single = _q("cloze", "", "填空1")
    single.kind, single.keyed = "single", lambda: ("词1",)
    assert asked_otherwise(whole, [single])
    # a question of another sentence that keys the term does not ask it (its span is elsewhere)
    single.source = SimpleNamespace(document="d", sentence="句9。", start=900, end=950)
    assert not asked_otherwise(whole, [single])
