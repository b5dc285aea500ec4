"""Choose, rank and cover (questions/select.py): importance first, every point once before any twice,
at most N questions per sentence, and --limit."""

from __future__ import annotations

from dataclasses import replace

from kaodian.model import Question, QuestionSource
from kaodian.questions.select import Candidate, select, top

PREFER = {"enumeration": ("recall", "multiple", "cloze"), "statement": ("cloze", "truefalse")}


def _cand(qid: str, kind: str, point: str, importance: float, order: int, sentence: str, point_kind: str = "statement",
          answer: str = "") -> Candidate:
    q = Question(id=qid, kind=kind, stem=qid, answer=(answer or qid,), explanation="",
                 source=QuestionSource("d.txt", "a", None, sentence, 0, len(sentence)), point_kind=point_kind)
    return Candidate(q, ("a1", point), importance, order)


def _ids(cands, **kw) -> list[str]:
    return [q.id for q in select(cands, prefer=PREFER, **kw)]


def test_the_most_important_point_comes_first_and_each_point_is_asked_once_before_any_twice():
    cands = [
        _cand("low-cloze", "cloze", "p1", 1.0, 0, "甲句。"),
        _cand("low-tf", "truefalse", "p1", 1.0, 1, "甲句。"),
        _cand("high-cloze", "cloze", "p2", 3.0, 2, "乙句。"),
        _cand("high-tf", "truefalse", "p2", 3.0, 3, "乙句。"),
    ]
    assert _ids(cands, per_sentence=None) == ["high-cloze", "low-cloze", "high-tf", "low-tf"]


def test_a_point_is_first_asked_in_the_kind_that_fits_it():
    cands = [
        _cand("cloze", "cloze", "list", 2.0, 0, "列举。", "enumeration"),
        _cand("recall", "recall", "list", 2.0, 1, "列举。", "enumeration"),
        _cand("multiple", "multiple", "list", 2.0, 2, "列举。", "enumeration"),
    ]
    assert _ids(cands, per_sentence=None) == ["recall", "multiple", "cloze"]


def test_a_sentence_is_asked_again_only_below_per_sentence_and_a_repeated_line_once():
    cands = [
        _cand("a", "cloze", "p1", 3.0, 0, "坚持党的全面领导。", answer="全面领导"),
        _cand("b", "truefalse", "p1", 3.0, 1, "坚持党的全面领导。"),
        _cand("c", "cloze", "p2", 2.0, 2, "坚持 党的全面领导！", answer="全面领导"),  # the same line quoted again
        _cand("d", "cloze", "p3", 1.0, 3, "别的句子。"),
    ]
    assert _ids(cands, per_sentence=2) == ["a", "d", "b"]
    assert _ids(cands, per_sentence=1) == ["a", "d"]


def test_every_point_is_asked_once_whatever_the_cap_and_in_another_kind_where_it_can():
    cands = [
        _cand("s-cloze", "cloze", "statement", 3.0, 0, "一句三点。"),
        _cand("s-tf", "truefalse", "statement", 3.0, 1, "一句三点。"),
        _cand("f-cloze", "cloze", "formulation", 2.0, 2, "一句三点。"),
        _cand("f-single", "single", "formulation", 2.0, 3, "一句三点。"),
        _cand("q-tf", "truefalse", "quote", 1.0, 4, "一句三点。"),
    ]
    # the formulation and the quote wait (their sentence is asked), then each takes its best question
    # before any second question; the cap of 2 stops the second round
    assert _ids(cands, per_sentence=2) == ["s-cloze", "f-cloze", "q-tf"]


def test_the_first_questions_ask_every_sentence_once_before_any_sentence_again():
    # two points of one sentence rank above a point of another: the other sentence is asked second, so a
    # limited bank covers two places rather than one place twice
    cands = [
        _cand("series", "cloze", "p1", 3.0, 0, "坚持甲、乙、丙，推进丁。", answer="甲、乙、丙"),
        _cand("statement", "truefalse", "p2", 2.5, 1, "坚持甲、乙、丙，推进丁。"),
        _cand("other", "cloze", "p3", 2.0, 2, "戊是己的根本。", answer="根本"),
    ]
    assert _ids(cands, per_sentence=2) == ["series", "other", "statement"]
    assert _ids(cands, per_sentence=2, limit=2) == ["series", "other"]


def test_limit_keeps_the_top_of_the_ranked_bank():
    cands = [_cand(f"q{i}", "cloze", f"p{i}", float(i), i, f"句{i}。") for i in range(10)]
    assert _ids(cands, per_sentence=2, limit=3) == ["q9", "q8", "q7"]
    assert len(_ids(cands, per_sentence=2)) == 10


def test_a_limited_bank_is_filled_to_its_limit_past_what_a_whole_selection_cap_takes():
    ranked = [q.question for q in (_cand(f"q{i}", "cloze", f"p{i}", 1.0, i, f"句{i}。") for i in range(8))]

    def no_odd(qs):  # a cap that weighs the selection: here, every odd question goes
        return [q for q in qs if int(q.id[1:]) % 2 == 0]

    kept, dropped = top(ranked, 3, no_odd)
    assert [q.id for q in kept] == ["q0", "q2", "q4"] and dropped == 2
    kept, dropped = top(ranked, None, no_odd)
    assert len(kept) == 4 and dropped == 4
    kept, dropped = top(ranked, 20, no_odd)  # a limit past the bank keeps what there is
    assert len(kept) == 4 and dropped == 4


def test_a_limited_bank_keeps_the_cap_on_true_copies_after_the_cut():
    from kaodian.questions.tf_share import cap_true

    # false, true, true, false, false, false: the cap lets one true statement stand beside the first four, but the
    # first two alone are half copies (the reviewer's case)
    answers = ["错", "对", "对", "错", "错", "错"]
    ranked = [_cand(f"q{i}", "truefalse", f"p{i}", 1.0, i, f"句{i}。", answer=a).question for i, a in enumerate(answers)]

    def cap(qs):
        return cap_true(qs, lambda q: "d", lambda q: 1.0, lambda q: q.id)

    kept, copies = top(ranked, 2, cap)
    assert len(kept) == 2 and cap(kept) == kept and copies >= 1


def test_ties_keep_text_order():
    cands = [_cand(f"q{i}", "cloze", f"p{i}", 1.0, i, f"句{i}。") for i in (2, 0, 1)]
    assert _ids(cands, per_sentence=None) == ["q0", "q1", "q2"]


def test_a_point_asked_only_by_a_copied_true_statement_waits_for_the_points_that_ask_something():
    # a true/false question answered 对 copies its sentence: the less important point with a cloze comes first
    cands = [
        _cand("copied", "truefalse", "p1", 3.0, 0, "甲是乙的光辉榜样。", answer="对"),
        _cand("cloze", "cloze", "p2", 2.0, 1, "丙是丁的根本。", answer="根本"),
        _cand("changed", "truefalse", "p3", 1.0, 2, "戊是己的关键。", answer="错"),
    ]
    assert _ids(cands, per_sentence=2) == ["cloze", "changed", "copied"]
    assert _ids(cands, per_sentence=2, limit=2) == ["cloze", "changed"]


def test_first_questions_say_a_sentence_is_full_once_it_holds_per_sentence_distinct_first_questions():
    from kaodian.questions.select import FirstQuestions

    firsts = FirstQuestions(2)
    firsts.add(_cand("a", "cloze", "p1", 1.0, 0, "甲是乙的根本。", answer="根本").question)
    assert not firsts.full("甲是乙的根本。")
    # the same question on the sentence is taken once by select, so it counts once
    firsts.add(_cand("b", "cloze", "p2", 1.0, 1, "甲是乙的根本。", answer="根本").question)
    assert not firsts.full("甲是乙的根本。")
    firsts.add(_cand("c", "single", "p3", 1.0, 2, "甲是乙的根本。", answer="甲").question)
    # white space and punctuation aside, as select counts a sentence
    assert firsts.full("甲是乙的根本")
    assert not firsts.full("丙是丁的关键。")


def test_what_first_questions_call_full_select_leaves_out():
    from kaodian.questions.select import FirstQuestions

    firsts = FirstQuestions(2)
    cands = [_cand("s-cloze", "cloze", "p1", 1.0, 0, "甲句。", answer="甲"),
             _cand("f-cloze", "cloze", "p2", 1.0, 1, "甲句。", answer="乙")]
    for c in cands:
        firsts.add(c.question)
    assert firsts.full("甲句。")
    later = _cand("s-tf", "truefalse", "p1", 1.0, 2, "甲句。", answer="错")
    assert _ids([*cands, later], per_sentence=2) == ["s-cloze", "f-cloze"]


def _choice(qid: str, kind: str, point: str, importance: float, order: int, sentence: str, key: str,
            stem: str, point_kind: str = "formulation") -> Candidate:
    q = Question(id=qid, kind=kind, stem=stem, answer=("A",) if kind != "cloze" else (key,), explanation="",
                 source=QuestionSource("d.txt", "a", None, sentence, 0, len(sentence)), point_kind=point_kind,
                 options=(key, "甲乙丙", "丁戊己", "庚辛壬") if kind != "cloze" else ())
    return Candidate(q, ("a1", point), importance, order)


def test_a_sentence_is_asked_once_by_choice_and_a_second_point_there_takes_its_next_kind():
    s = "增强“三个观念”，坚定“四个方向”，做到“五个始终”。"
    s1 = _choice("s1", "single", "p1", 3.0, 0, s, "三个观念", "增强（　　），坚定“四个方向”，做到“五个始终”。")
    s2 = _choice("s2", "single", "p2", 2.0, 2, s, "四个方向", "增强“三个观念”，坚定（　　），做到“五个始终”。")
    c2 = _choice("c2", "cloze", "p2", 2.0, 3, s, "四个方向", "增强“三个观念”，坚定______，做到“五个始终”。")
    s3 = _choice("s3", "single", "p3", 1.0, 4, s, "五个始终", "增强“三个观念”，坚定“四个方向”，做到（　　）。")
    prefer = {"formulation": ("single", "cloze")}
    ids = lambda cands, cap=2: [q.id for q in select(cands, prefer=prefer, per_sentence=cap)]  # noqa: E731
    # the second single choice on the sentence gives way to its point's cloze; a point with no other
    # kind is not asked by a third single choice on it
    assert ids([s1, s2, c2, s3]) == ["s1", "c2"]
    # without a cap (--per-sentence 0) a sentence is asked in every kind drafted
    assert ids([s1, s2, c2, s3], cap=None) == ["s1", "s2", "s3", "c2"]


def test_first_questions_expect_a_second_choice_question_on_a_sentence_to_be_refused():
    from kaodian.questions.select import FirstQuestions

    firsts = FirstQuestions(2)
    one = _cand("a", "single", "p1", 1.0, 0, "甲是乙的根本。", answer="甲").question
    assert not firsts.refuses(one)
    firsts.add(one)
    # select takes one choice question per sentence: the next single choice there gives way to its
    # point's next kind, which drafting must therefore draft
    assert firsts.refuses(_cand("b", "single", "p2", 1.0, 1, "甲是乙的根本。", answer="乙").question)
    assert not firsts.refuses(_cand("c", "cloze", "p2", 1.0, 1, "甲是乙的根本。", answer="乙").question)
    assert not firsts.refuses(_cand("d", "single", "p3", 1.0, 2, "丙是丁的关键。", answer="丙").question)


def test_a_cloze_and_a_choice_keying_the_same_words_on_one_sentence_ask_it_once_and_free_the_place():
    s = "反对甲乙主义以整顿学风，反对丙丁主义以整顿党风，反对戊己文风以整顿文风。"
    # a statement asked by single choice, and a series point of the same sentence whose cloze keys the same term
    single = _choice("single", "single", "thesis", 3.0, 0, s, "甲乙主义", "反对（　　）以整顿学风，…", "statement")
    cloze = _choice("cloze", "cloze", "series", 2.0, 1, s, "甲乙主义", "反对______以整顿学风，…", "term_series")
    other = _choice("other", "cloze", "third", 1.0, 2, s, "丙丁主义", "反对______以整顿党风，…", "term_series")
    prefer = {"statement": ("single", "cloze"), "term_series": ("cloze", "single")}
    got = [q.id for q in select([single, cloze, other], prefer=prefer, per_sentence=2)]
    # the term is asked once, by the kind its point prefers; the place it would take goes to another point
    assert got == ["single", "other"]
    # a multiple choice keying a series' terms asks what the cloze blanking them all asks
    many = Question(id="multi", kind="multiple", stem="下列…", answer=("A", "B"), explanation="",
                    source=single.question.source, point_kind="term_series", options=("甲乙主义", "丙丁主义", "庚", "辛"))
    whole = Question(id="whole", kind="cloze", stem="…", answer=("丙丁主义", "甲乙主义"), explanation="",
                     source=single.question.source, point_kind="term_series")
    got = [q.id for q in select([Candidate(many, ("a1", "m"), 2.0, 0), Candidate(whole, ("a1", "w"), 1.0, 1)],
                                prefer=prefer, per_sentence=2)]
    assert got == ["multi"]


def test_a_point_put_off_to_a_sentence_holding_a_cloze_is_asked_by_its_choice_not_a_second_cloze():
    # (policy.yaml choice_for_second_cloze: the series beside the statement blanked around it is asked among siblings)
    prefer = {"statement": ("cloze", "truefalse"), "term_series": ("cloze", "single")}
    s = "坚持甲乙丙丁的方针。"
    single = _cand("se-single", "single", "se", 2.0, 2, s, "term_series", answer="A")
    single = replace(single, question=replace(single.question, options=("政治丙丁", "政治戊己", "政治庚辛", "政治壬癸")))
    cands = [
        _cand("st-cloze", "cloze", "st", 3.0, 0, s, answer="方针"),
        _cand("se-cloze", "cloze", "se", 2.0, 1, s, "term_series", answer="甲乙"),
        single,
    ]
    assert [q.id for q in select(cands, prefer=prefer, per_sentence=2)] == ["st-cloze", "se-single"]
    # a single whose options share no form of two characters (实效性 among 主动性、创造性…) keeps the cloze
    loose = replace(single, question=replace(single.question, options=("实效性", "主动性", "创造性", "先进性")))
    assert [q.id for q in select([*cands[:2], loose], prefer=prefer, per_sentence=2)] == ["st-cloze", "se-cloze"]
    # a sentence whose first question is no cloze keeps the point's best kind
    first_tf = [_cand("st-tf", "truefalse", "st", 3.0, 0, s), *cands[1:]]
    assert [q.id for q in select(first_tf, prefer=prefer, per_sentence=2)] == ["st-tf", "se-cloze"]


def test_a_point_put_off_to_a_sentence_holding_a_cloze_is_asked_by_its_trusted_false_statement():
    # (policy.yaml false_for_second_cloze, issue 12: with no choice to stand in, a false statement whose change a
    # teacher trusts takes the second cloze's place; a copy marked 对, or a change not trusted, does not)
    prefer = {"statement": ("cloze", "truefalse"), "formulation": ("cloze", "truefalse")}
    s = "甲建设是党的根本性建设，必须坚持“五个坚持”。"
    first = _cand("f-cloze", "cloze", "f", 3.0, 0, s, "formulation", answer="五个坚持")
    second = _cand("st-cloze", "cloze", "st", 2.0, 1, s, answer="甲建设")
    false = _cand("st-tf", "truefalse", "st", 2.0, 2, s, answer="错")
    trusted = replace(false, stand_in=True)
    assert [q.id for q in select([first, second, trusted], prefer=prefer, per_sentence=2)] == ["f-cloze", "st-tf"]
    assert [q.id for q in select([first, second, false], prefer=prefer, per_sentence=2)] == ["f-cloze", "st-cloze"]
    copy = replace(trusted, question=replace(trusted.question, answer=("对",)))
    assert [q.id for q in select([first, second, copy], prefer=prefer, per_sentence=2)] == ["f-cloze", "st-cloze"]
    # a sentence whose first question is no cloze keeps the point's cloze
    single = _cand("f-single", "single", "f", 3.0, 0, s, "formulation", answer="A")
    single = replace(single, question=replace(single.question, options=("五个坚持", "五个必须", "五个带头", "五个到位")))
    assert [q.id for q in select([single, second, trusted], prefer={**prefer, "formulation": ("single",)},
                                 per_sentence=2)] == ["f-single", "st-cloze"]


def test_a_false_statement_whose_change_another_point_keys_waits_for_every_first_turn():
    # (select._told_beside, issue 12: 深刻领悟“两个结合”… beside the single keying 两个确立 asks that point again)
    s = "五年来，我们深刻领悟甲乙的决定性意义，增强丙丁。"
    single = _cand("f-single", "single", "f", 3.0, 0, s, "formulation", answer="A")
    single = replace(single, question=replace(single.question, options=("甲乙", "甲丙", "甲丁", "甲戊")))
    false = _cand("st-tf", "truefalse", "st", 4.0, 1, s, answer="错")
    false = replace(false, question=replace(false.question, explanation="错误。“甲乙”误作“甲丙”。"))
    other = _cand("o-cloze", "cloze", "o", 1.0, 2, "别的句子。", answer="别的")
    prefer = {"statement": ("truefalse",), "formulation": ("single",)}
    assert [q.id for q in select([single, false, other], prefer=prefer, per_sentence=2)] == ["f-single", "o-cloze", "st-tf"]
    # a change no other question keys keeps its rank (the most important point first)
    alone = replace(false, question=replace(false.question, explanation="错误。“丙丁”误作“丙戊”。"))
    assert [q.id for q in select([single, alone, other], prefer=prefer, per_sentence=2)] == ["st-tf", "o-cloze", "f-single"]
