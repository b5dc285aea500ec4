"""Question generation on the gold-derived points of every corpus file: lint,
coverage bars, distractors, determinism, ids, and the cloze refill property."""

from __future__ import annotations

import difflib
import re

from kaodian.questions.identity import policy as identity_policy
from itertools import product
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import READ_GOLDS
from gold_points import gold_extraction, gold_series
from kaodian.bank import dump_bank
from kaodian.errors import KaodianError
from kaodian.model import Bank, Document, Extraction, Point, Span
from kaodian.questions import generate, lint, parse_kinds
from kaodian.questions import reasons
from kaodian.questions.ask_list import RECALL_ITEM_MAX, unglossed, uncopulaed
from kaodian.questions.lint import as_said
from kaodian.questions.sentence import core
from kaodian.questions.sequence import has_order
from kaodian.questions.vocab import load_vocab

CORPUS = Path(__file__).parent / "corpus"
GOLDS = READ_GOLDS  # the gold files of the texts read at the bars (conftest)
LETTERS = "ABCDEFGHIJKL"


@lru_cache(maxsize=None)
def extraction(name: str) -> Extraction:
    return gold_extraction(CORPUS / name)


@lru_cache(maxsize=None)
def bank(name: str, seed: int = 0) -> Bank:
    return generate([extraction(name)], seed=seed)


@lru_cache(maxsize=None)
def every_kind(name: str) -> Bank:
    """The bank without the per-sentence cap: every point drafted in every kind it can be asked in
    (under the cap a point is drafted only in the kinds the selection can keep)."""
    return generate([extraction(name)], per_sentence=0)


def dump(b: Bank) -> str:
    return dump_bank(b.questions, b.diagnostics)


def right_options(q) -> list[str]:
    return [q.options[LETTERS.index(a)] for a in q.answer]


@pytest.mark.parametrize("gold", [g.name for g in GOLDS])
def test_zero_lint_findings(gold):
    b = bank(gold)
    # (a bank worth linting: the shortest gold text, a news report, keeps 48 since true/false no longer
    # changes its story's tallies nor copies its trivia true, issue 12 task tf; 39 since session 14 asks no
    # cloze of one title of a run of titles said once, 《良宵》《思泉》等名曲, and blanks one term of an open
    # list, not two: the clozes a blind teacher rejected as trivia)
    assert len(b.questions) >= 37  # (session 22: a list member is no longer swapped into a false statement)
    assert lint(b) == []
    assert not [d for d in b.diagnostics if "检查未通过" in d]


LIST_SCOPE_REASONS = (reasons.LIST_OCCASION, reasons.LIST_CONTENTS, reasons.LIST_COUNT_MISMATCH, reasons.LIST_ONE_SENTENCE,
                      reasons.LIST_FRAGMENT_ITEM, reasons.LIST_UNNAMED)


@pytest.mark.parametrize("gold", [g.name for g in GOLDS])
def test_every_enumeration_has_a_list_question_and_a_choice_question(gold):
    """Each list is recalled (or, when its order is a fact, ordered); a list of whole passages, which no one
    recalls word for word, and whose order is the writer's, is asked by its choice questions instead."""
    qs = bank(gold).questions
    text = extraction(gold).document.text
    for p in extraction(gold).of_kind("enumeration"):
        cores = {core(s.text) for s in p.items}
        full = tuple(s.text for s in p.items)
        # (options and answers go without the 是 every item opens with and the note every option closes with)
        shown = set(unglossed(list(uncopulaed(tuple(core(s.text) for s in p.items)))))
        ordered = [q for q in qs if q.kind == "ordering" and set(q.options) == shown]
        # (issue 11/12) an ordering question only on a list with an inherent order
        assert not ordered or has_order(p, text), p.text
        # a list of passages is recalled by their cores, or, when a passage has no short core, chosen
        passages = any(len(i) > RECALL_ITEM_MAX for i in full)
        recalled = uncopulaed(tuple(core(i) for i in full) if passages else full)
        # (a long list of heads with their explanations is answered by its heads, policy.yaml recall_heads_over: each
        # answer opens its item, in the list's order, session 27)
        listed = ordered + [q for q in qs if q.kind == "recall" and (q.answer == recalled or (
            len(q.answer) == len(recalled) and all(r.startswith(a) and a for a, r in zip(q.answer, recalled))))]
        # an option is an item's core, or the core without the word it opens with (要, 着力 …) when the
        # options did not all open with one (see _same_openings)
        leads = load_vocab().lead_words
        bare = cores | {c[len(w):] for c in cores for w in leads if c.startswith(w)}
        chosen = [q for q in qs if q.kind in ("single", "multiple") and q.point_kind == "enumeration" and set(right_options(q)) <= bare]
        # (session 7 teacher review) a list no stem can name, miscounted, or of an occasion is asked by no
        # list question, and the diagnostics say why (questions/listscope.py)
        unasked = [d for d in bank(gold).diagnostics if p.text[:16] in d and any(r in d for r in LIST_SCOPE_REASONS)]
        if unasked:
            assert not listed, p.text
            continue
        # (session 7's teacher review: a list question that names no place in the text, 文章列举了哪九点？,
        # or a place of a word or two, cannot be answered; lint drops it, and the diagnostics say so)
        unplaced = [d for d in bank(gold).diagnostics if p.items[0].text[:12] in d and ("没说是哪一处" in d or "太笼统" in d)]
        assert listed or (passages and not has_order(p, text)) or unplaced, p.text
        # (issue 12: no padded choice question — when there are too few good wrong options, or what
        # there is lint rejects, the list is asked in the other kinds and the diagnostics say why)
        told = [d for d in bank(gold).diagnostics if p.items[0].text[:12] in d and ("单项选择题" in d or "多项选择题" in d)]
        assert chosen or len(told) >= 2, p.text


@pytest.mark.parametrize("gold", [g.name for g in GOLDS])
def test_every_numbered_formulation_is_asked(gold):
    qs = bank(gold).questions
    for p in extraction(gold).of_kind("formulation"):
        if not p.numbered:
            continue
        asked = [
            q for q in qs
            if q.point_kind == "formulation"
            and (p.text in q.answer or (q.kind == "single" and p.text in right_options(q))
                 or (q.kind == "truefalse" and q.source.start <= p.start and p.end <= q.source.end))
        ]
        # (issue 12) unless its only sentence is a verbless 从……到…… cut that no stem stands on: then the
        # diagnostics say so for every kind it was drafted in
        told = [d for d in bank(gold).diagnostics if f"「{p.text}」" in d and "从……到……" in d]
        assert asked or told, p.text


def test_ninety_percent_of_term_series_are_asked():
    total = asked = 0
    for g in GOLDS:
        qs = bank(g.name).questions
        for p in extraction(g.name).of_kind("term_series"):
            total += 1
            asked += any(
                q.point_kind == "term_series" and q.source.start <= p.items[0].start and p.items[-1].end <= q.source.end
                for q in qs
            )
    assert asked / total >= 0.9, f"{asked}/{total}"


@pytest.mark.parametrize("gold", [g.name for g in GOLDS])
def test_no_single_choice_distractor_is_a_right_answer(gold):
    sets = gold_series(CORPUS / gold)
    for q in bank(gold).questions:
        if q.kind != "single":
            continue
        answer = right_options(q)[0]
        wrong = [o for o in q.options if o != answer]
        for s in sets:
            # the answer is a term of this series or the core of one of its items
            if not any(answer == t or t.startswith(answer) for t in s):
                continue
            for w in wrong:
                assert not any(w == t or t.startswith(w) for t in s), (q.stem, w, s)


def test_no_option_appears_twice_and_right_counts():
    for g in GOLDS:
        for q in bank(g.name).questions:
            assert len(set(q.options)) == len(q.options), q.options
            if q.kind == "single":
                assert len(q.options) == 4 and len(q.answer) == 1
            if q.kind == "multiple":
                assert 2 <= len(q.answer) < len(q.options)


def test_distractors_share_the_answers_shape():
    """政治判断力、政治领悟力、政治执行力: a wrong option is a 政治…力 term or the question is dropped with a
    diagnostic; never a term of the same series, never one without the series' shared head and tail."""
    from kaodian.text import common_prefix, common_suffix

    ex = extraction("tianjin-theory-page.gold.yaml")
    b = every_kind("tianjin-theory-page.gold.yaml")
    checked = 0
    for p in ex.of_kind("term_series"):
        terms = [s.text for s in p.items]
        head, tail = common_prefix(terms), common_suffix(terms)
        for q in b.questions:
            if q.kind != "single" or q.point_kind != "term_series" or right_options(q)[0] not in terms:
                continue
            if not (q.source.start <= p.items[0].start and p.items[-1].end <= q.source.end):
                continue
            for w in q.options:
                if w not in right_options(q):
                    assert w not in terms
                    if len(head) >= 2:
                        assert w.startswith(head), (terms, w)
                    if tail:
                        assert w.endswith(tail), (terms, w)
                    checked += 1
    assert checked
    assert not any(q.kind == "single" and "政治想引领力" in q.options for q in b.questions)
    assert any("干扰项不足" in d and "政治判断力" in d for d in b.diagnostics) or any(
        q.kind == "single" and "政治执行力" in q.options for q in b.questions)


def test_series_blanks_are_order_free_and_keep_the_shared_affix():
    qs = bank("tianjin-theory-page.gold.yaml").questions
    q = next(q for q in qs if q.kind == "cloze" and "政治领悟力" in q.source.sentence and q.point_kind == "term_series")
    assert q.order_free
    assert "政治______、政治______" in q.stem or "______" in q.stem
    assert all(len(b.text) >= 2 for b in q.blanks)


def test_same_seed_same_bytes_other_seed_may_differ():
    ex = [extraction("tianjin-theory-page.gold.yaml")]
    a = dump(generate(ex, seed=7))
    b = dump(generate(ex, seed=7))
    c = dump(generate(ex, seed=8))
    assert a == b
    assert a != c


def test_a_file_gives_the_same_questions_whatever_was_read_before_it():
    """Reading other files first (their formulations, kept whole while each is read) changes
    neither the points nor the questions of a file: each run here is a fresh process."""
    import subprocess
    import sys

    script = (
        "import sys; from kaodian import pipeline; from kaodian.questions import generate;"
        "from kaodian.bank import dump_bank;"
        "[generate(pipeline.extract_paths([p])) for p in sys.argv[1:-1]];"
        "b = generate(pipeline.extract_paths([sys.argv[-1]])); sys.stdout.write(dump_bank(b.questions, b.diagnostics))"
    )
    target = str(CORPUS / "party-school-opening-speech.txt")
    others = [str(CORPUS / n) for n in ("tianjin-theory-page.txt", "gaigekaifang-40-speech.txt", "qianwan-gongcheng-report.txt")]

    def run(*paths: str) -> str:
        return subprocess.run([sys.executable, "-c", script, *paths], check=True, capture_output=True, text=True).stdout

    alone = run(target)
    assert '"questions"' in alone
    assert run(*others, target) == alone


def test_ids_come_from_identity_fields_not_wording():
    ex = extraction("tianjin-theory-page.gold.yaml")
    ids_a = {q.id for q in generate([ex], seed=1).questions}
    ids_b = {q.id for q in generate([ex], seed=2).questions}
    assert ids_a == ids_b  # a new seed reshuffles options, never the ids
    # a reworded template keeps every id
    import shutil
    import tempfile

    from kaodian.questions.templates import default_dir

    with tempfile.TemporaryDirectory() as d:
        for f in default_dir().glob("*.yaml"):
            shutil.copy(f, d)
        p = Path(d) / "term_series.yaml"
        p.write_text(p.read_text(encoding="utf-8").replace('stem: "{blanked}"', 'stem: "请填空：{blanked}"'), encoding="utf-8")
        reworded = generate([ex], templates=d, seed=1).questions
    assert {q.id for q in reworded} == ids_a
    assert any(q.stem.startswith("请填空：") for q in reworded)


def test_ids_do_not_depend_on_the_folder_a_file_was_given_from():
    """讲话.txt, ./讲话.txt and 资料/讲话.txt are one document: a deck rebuilt from another folder updates its notes."""
    from kaodian.pipeline import extract_text

    text = "某某讲话\n我们要增强“四个意识”，坚定“四个自信”，做到“两个维护”。全党必须牢记“三个务必”。\n"
    ids = [[q.id for q in generate([extract_text(text, name)], seed=1).questions]
           for name in ("讲话.txt", "./讲话.txt", "资料/讲话.txt", "/home/某人/资料/讲话.txt")]
    assert ids[0] and all(x == ids[0] for x in ids)
    assert [q.id for q in generate([extract_text(text, "另一篇.txt")], seed=1).questions] != ids[0]
    # two files of one name read together are told apart by their paths
    a, b = (extract_text(text, f"{y}/讲话.txt") for y in ("2023", "2024"))
    both = generate([a, b], seed=1).questions
    assert len({q.id for q in both}) == len(both) == 2 * len(ids[0])


def test_false_statements_carry_the_true_version():
    qs = bank("tianjin-theory-page.gold.yaml").questions
    false = [q for q in qs if q.kind == "truefalse" and q.answer == ("错",)]
    true = [q for q in qs if q.kind == "truefalse" and q.answer == ("对",)]
    assert false  # (session 22: its few true statements may all go to the one-third cap)
    for q in false:
        # (the explanation states the sentence as the stem says it: without the marker the source cites)
        assert as_said(q).source.sentence.rstrip("，；：") in q.explanation
        assert q.stem != q.source.sentence


def test_kinds_and_per_point():
    ex = [extraction("tianjin-theory-page.gold.yaml")]
    only = generate(ex, kinds=["填空,单选"])
    assert {q.kind for q in only.questions} == {"cloze", "single"}
    capped = generate(ex, per_point=1)
    starts = [(q.point_kind, q.source.document) for q in capped.questions]
    assert len(capped.questions) < len(bank("tianjin-theory-page.gold.yaml").questions)
    assert len(starts) <= len(ex[0].points)
    with pytest.raises(KaodianError, match="E403"):
        parse_kinds(["填空,作文"])
    with pytest.raises(KaodianError, match="E404"):
        generate(ex, per_point=0)


def test_empty_extraction_gives_an_empty_bank_with_a_diagnostic():
    doc = Document("empty.txt", "", ())
    b = generate([Extraction(doc, ())])
    assert b.questions == ()
    assert any("没有找到考点" in d for d in b.diagnostics)
    assert generate([]).questions == ()


def test_too_few_distractors_drops_the_question_with_a_diagnostic():
    # every kind drafted: under the cap this point's sentence is full before its single choice is drafted
    b = every_kind("tianjin-theory-page.gold.yaml")
    assert any("干扰项不足" in d and "档案方志参阅" in d for d in b.diagnostics)
    assert not any(q.kind == "single" and "《档案方志参阅》" in q.options for q in b.questions)


def test_every_question_cites_its_sentence_with_offsets():
    ex = extraction("qianwan-gongcheng-report.gold.yaml")
    for q in bank("qianwan-gongcheng-report.gold.yaml").questions:
        assert ex.document.text[q.source.start : q.source.end] == q.source.sentence


def refill(q) -> str:
    s, out, pos = q.source.sentence, [], 0
    for b, a in zip(q.blanks, q.answer):
        out += [s[pos : b.start], a]
        pos = b.end
    return "".join(out) + s[pos:]


def test_refilling_every_corpus_cloze_gives_back_the_sentence():
    for g in GOLDS:
        for q in bank(g.name).questions:
            if q.kind == "cloze":
                assert refill(q) == q.source.sentence
                assert q.stem.count("______") == len(q.blanks)


_terms = st.text(alphabet="政治判断领悟执行力思想群众组织社会号召建设发展", min_size=2, max_size=5)


@settings(max_examples=60, deadline=None)
@given(
    before=st.text(alphabet="我们要不断提高坚持的和在中", min_size=4, max_size=20),
    terms=st.lists(_terms, min_size=3, max_size=5, unique=True),
    after=st.text(alphabet="能力水平，推动工作", min_size=2, max_size=20),
)
def test_property_refilling_a_cloze_gives_back_the_sentence(before, terms, after):
    series = "、".join(terms)
    sentence = f"{before}{series}{after}。"
    spans, pos = [], len(before)
    for t in terms:
        spans.append(Span(t, pos, pos + len(t)))
        pos += len(t) + 1
    sent = Span(sentence, 0, len(sentence))
    point = Point("term_series", "a1", 0, None, series, spans[0].start, spans[-1].end, sent, tuple(spans))
    from kaodian.model import Article

    doc = Document("p.txt", sentence, (Article("a1", "题", None, None, 0, len(sentence)),))
    b = generate([Extraction(doc, (point,))], kinds=["cloze"])
    assert lint(b) == []
    for q in b.questions:
        assert refill(q) == q.source.sentence
        assert doc.text[q.source.start : q.source.end] == q.source.sentence


def _with_text(ex: Extraction, text: str) -> Extraction:
    """The extraction of a document whose text changed without moving any offset (a one-character fix)."""
    def span(s: Span) -> Span:
        return Span(text[s.start : s.end], s.start, s.end)

    old = ex.document.text
    points = tuple(
        replace(
            p,
            text=text[p.start : p.end] if old[p.start : p.end] == p.text else p.text,
            sentence=span(p.sentence),
            items=tuple(span(s) for s in p.items),
        )
        for p in ex.points
    )
    return Extraction(replace(ex.document, text=text), points, ex.diagnostics)


@lru_cache(maxsize=None)
def real_extraction(name: str) -> Extraction:
    from kaodian import pipeline

    return pipeline.extract_paths([str(CORPUS / name)])[0]


TYPO_CASES = [(k, "any") for k in ("cloze", "single", "multiple", "truefalse", "ordering", "recall")] + [
    ("truefalse", "statement"), ("truefalse", "quote"), ("truefalse", "fact"), ("cloze", "fact"), ("single", "fact"),
    ("single", "enumeration"), ("multiple", "enumeration"), ("ordering", "enumeration"), ("recall", "enumeration"),
]


# characters kept between an edit and an asked term (a word of up to four characters on each side)
MARGIN = 4


def _in_blank_clause(sentence: str, blanks, i: int) -> bool:
    """Whether character ``i`` of ``sentence`` stands in the clause of one of ``blanks`` (no clause mark between)."""
    return any(not re.search("[，；：。！？]", sentence[min(i, b.start):max(i, b.end)]) for b in blanks)


def _changed(q) -> set[int]:  # noqa: ANN001 — a Question
    """The indexes of ``q``'s cited sentence that its stem changed (a false statement's change: a term or a figure,
    twelve characters at most on either side; a longer run is a clause the stem cut off), none for a copy."""
    m = difflib.SequenceMatcher(None, q.source.sentence, q.stem, autojunk=False)
    return {i for op, a, b, c, d in m.get_opcodes() if op != "equal" and b - a <= 12 and d - c <= 12
            for i in range(a, max(b, a + 1))}


@pytest.mark.parametrize(("kind", "point_kind"), TYPO_CASES)
def test_a_typo_fix_in_a_cited_sentence_keeps_every_id(kind, point_kind):
    """Change one character of a sentence that a question cites, outside every answer, option and
    asked-about term: every question keeps its id (Anki then updates its note in place)."""
    # several seeds: which enumeration item a choice question asks (and so whether its sentence has
    # anything to edit outside the answer) is the seed's draw
    # (the corpus lists are parallel, asked by no ordering question: an invented text of the regulation
    # genre holds the steps and stages that are ordered)
    # (sixiu-review-answers.md: its lists' single choices draw other lists' items, not clauses of their own
    # section, which a list's single choice no longer takes)
    # (a report's headline target: the corpus speeches' facts changed only their details' figures, which session 17's
    # true/false no longer changes, tf_worth.minor_number)
    texts = ("tianjin-theory-page.txt", "qianwan-gongcheng-report.txt", "party-school-opening-speech.txt",
             "../data/ordered_steps.txt", "sixiu-review-answers.md", "../data/list_items_with_tails.txt",
             "../key-points/gwr-2024-digest.txt")
    # (party-school's quote is asked by its fact's true/false question now that the fact's date is a single choice
    # and its cloze takes no kind's place: a speech's quote stands in, for this case only: it is a long text)
    texts += ("gaigekaifang-40-speech.txt",) if point_kind == "quote" else ()
    for name, seed in product(texts, (3, 0, 1, 2)):
        ex = real_extraction(name)
        text = ex.document.text
        before = generate([ex], seed=seed)
        asked = {a for q in before.questions for a in (*q.answer, *q.options, *(b.text for b in q.blanks)) if len(a) > 1}
        asked |= {p.text for p in ex.points if p.kind in ("formulation", "document")}
        asked |= {s.text for p in ex.points if p.kind == "term_series" for s in p.items}
        covered = {i for a in asked for m in re.finditer(re.escape(a), text) for i in range(m.start(), m.end())}
        # (a cloze's id holds the clause around each blank, widened to frame_min characters: a typo there gives it a
        # new id, and Anki and the book pair it by its sentence instead: test_question_identity)
        wide = identity_policy()["frame_min"]
        covered |= {i for q in before.questions for b in q.blanks
                    for i in range(q.source.start + b.start - wide, q.source.start + b.end + wide)}
        covered |= {q.source.start + i for q in before.questions if q.blanks for i in range(len(q.source.sentence))
                    if _in_blank_clause(q.source.sentence, q.blanks, i)}
        # (a false statement asks about the words it changed, 1978年 -> 1981年: an edit there is no typo fix outside
        # its asked-about term, and may leave it nothing to change, session 27)
        covered |= {q.source.start + i for q in before.questions if q.kind == "truefalse" for i in _changed(q)}
        for q in before.questions:
            if q.kind != kind or point_kind not in ("any", q.point_kind):
                continue
            at = next(
                # not near an asked term either: a changed neighbour may change how the segmenter cuts
                # the term's edge (2022年|国务院 -> 2022年国|兹院), which is not a typo fix outside the term
                (q.source.start + i for i, ch in enumerate(q.source.sentence)
                 if "\u4e00" <= ch <= "\u9fff" and i > 2
                 and not set(range(q.source.start + i - MARGIN, q.source.start + i + MARGIN + 1)) & covered),
                None,
            )
            if at is None:
                continue
            fixed = text[:at] + ("兹" if text[at] != "兹" else "滋") + text[at + 1 :]
            after = generate([_with_text(ex, fixed)], seed=seed)
            assert sorted(x.id for x in after.questions) == sorted(x.id for x in before.questions), (name, q.stem)
            # the question itself now cites the fixed sentence, under its old id
            assert {x.id: x for x in after.questions}[q.id].source.sentence != q.source.sentence
            return
    if (kind, point_kind) == ("truefalse", "quote"):
        # (session 22: the corpus's one true/false on a quote stands in a sentence whose every character lies within
        # frame_min of another question's blank, where a typo rightly gives that cloze a new id; nothing to edit)
        pytest.skip("no true/false quote sentence has a character outside every cloze's frame")
    pytest.fail(f"no {kind} question on a {point_kind} point to edit")


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("积极践行社会主义核心价值观", "社会主义核心价值观"),
        ("进一步完善档案方志工作机制", "档案方志工作机制"),
        ("实施好天津城市记忆工程", "天津城市记忆工程"),  # 好 belongs to the verb
        ("必须坚持以人民为中心", "以人民为中心"),
        ("强化政治担当", "政治担当"),
        ("坚持创新引领", None),  # verbs only: nothing to name
        ("必须坚持走中国特色社会主义道路", None),  # a second verb opens the rest: a clause
        ("坚持把政治建设放在首位", None),
        ("坚决维护协会章程的权威、理事会的决策地位", None),  # punctuation: more than a term
        ("认真贯彻执行安全生产岗位责任制和环境保护目标责任制", None),  # too long to be a key term
    ],
)
def test_the_key_term_of_an_enumeration_item(item, term):
    from kaodian.questions.blanks import item_object

    got = item_object(item)
    assert (item[got[0] : got[1]] if got else None) == term


@pytest.mark.parametrize(
    ("fact", "number"),
    [("1992年，掀起了全省乡镇企业的第二次浪潮。", "第二次"), ("提出从全市近2万个社区中选择", "2万个"),
     ("改革开放40年来", "40年"), ("2018年6月，习近平总书记在某地考察时指出", None)],
)
def test_the_number_of_a_fact_is_not_its_date(fact, number):
    from kaodian.questions.blanks import fact_number

    m = fact_number(fact)
    assert (m.group() if m else None) == number


def test_cloze_blanks_key_terms_of_items_and_numbers_never_over_their_share_of_the_sentence():
    from kaodian import pipeline
    from kaodian.questions.drafting import CLOZE_SHARE

    # every cloze the generators draft (no cap per sentence): what they blank, not what the bank keeps
    qs = [q for name in ("tianjin-theory-page.txt", "qianwan-gongcheng-report.txt")
          for q in generate(pipeline.extract_paths([str(CORPUS / name)]), per_sentence=0).questions if q.kind == "cloze"]
    qs += [q for g in GOLDS for q in generate([extraction(g.name)], per_sentence=0).questions if q.kind == "cloze"]
    for q in qs:
        assert sum(b.end - b.start for b in q.blanks) <= len(q.source.sentence) * CLOZE_SHARE, q.stem
    answers = {a for q in qs for a in q.answer}
    assert {"社会主义核心价值观", "政治担当"} & answers  # the object of an item's verb
    assert "4万个" in answers  # a number of a dated fact


def test_a_series_of_short_terms_is_one_blank_and_longer_terms_are_blanked_one_by_one():
    """一体推进______ (不想贪、不能贪、不敢贪) as the public banks write it; 政治判断力、… term by term."""
    from kaodian.pipeline import extract_text

    t = ("关于作风建设\n\n各级组织要持之以恒正风肃纪，一体推进不想贪、不能贪、不敢贪，巩固拓展作风建设成果。\n\n"
         "各级组织要提高政治判断力、政治领悟力、政治执行力，把学习成果转化为工作成效。\n")
    clozes = {q.answer: q for q in generate([extract_text(t, "t.txt")]).questions if q.kind == "cloze"}
    assert ("不想贪、不能贪、不敢贪",) in clozes
    assert ("政治判断力", "政治领悟力", "政治执行力") in clozes
    assert clozes[("政治判断力", "政治领悟力", "政治执行力")].order_free


def test_a_stem_loses_every_marker_it_opens_with():
    """An outline's sub-point may open with two markers (1】首先，…): the stem starts after both."""
    from kaodian.model import Span
    from kaodian.questions.sentence import strip_marker

    s = strip_marker(Span("1】首先，某某思想是某某体系的重要渊源", 10, 30))
    assert (s.text, s.start) == ("某某思想是某某体系的重要渊源", 15)


def test_a_glossary_attachment_is_asked_once_an_entry_and_only_by_cloze():
    # a report's attachment that explains its terms is reference: teachers rejected its copies, its
    # many-blank definitions and its names as wrong options
    from kaodian.pipeline import extract_text

    report = ("某某协会2025年工作报告\n各位会员：\n今年协会要坚持服务立会，深入实施“三服务”行动，推进“两会”建设，"
              "全面提升会员满意度，确保各项工作取得新成效。\n协会要坚持民主办会，健全会员大会、理事会、监事会制度，"
              "推动协会治理能力现代化。\n")
    glossary = ("附件\n《工作报告》有关内容名词注释\n1.“三服务”：服务会员、服务行业、服务社会、服务政府。\n"
                "2.“两会”：会员大会和理事会，是协会的决策机构和执行机构。\n"
                "3.“五好协会”：到2027年，建成组织健全、服务优良、管理规范、作风过硬、群众满意的协会，会员满意度达到95%以上。\n")
    bank = generate([extract_text(report + glossary, "t.txt")])
    from_glossary = [q for q in bank.questions if q.source.article.endswith("名词注释")]
    assert from_glossary, "its terms are still asked"
    assert {q.kind for q in from_glossary} == {"cloze"}
    lines = [q.source.sentence[:4] for q in from_glossary]
    assert len(lines) == len(set(lines)) <= 3


def test_a_series_of_counts_is_a_tally_and_not_asked():
    from kaodian.pipeline import extract_text

    text = ("某某协会2024年工作报告\n各位会员：\n一年来，协会建成会员之家120个、服务站点3500余个、培训基地48家，"
            "服务能力明显提升。\n协会要坚持服务会员、服务行业、服务社会，推动协会工作高质量发展。\n")
    questions = generate([extract_text(text, "t.txt")]).questions
    asked = " ".join(" ".join(q.answer) if isinstance(q.answer, (list, tuple)) else str(q.answer) for q in questions)
    assert "服务会员" in asked  # a series of terms is asked
    assert "会员之家120个" not in asked and "培训基地48家" not in asked

def test_which_list_stands_under_which_is_worked_out_once_an_article(monkeypatch):
    """named_alone, alone_in_article and a list's parent name ask every list of an article which item it
    stands under; asked afresh for each list it cost the cube of the lists (a repeated 3 MB text: an hour)."""
    from kaodian import pipeline
    from kaodian.questions import listnest

    calls = []
    real = listnest._enclosing
    monkeypatch.setattr(listnest, "_enclosing", lambda p, points, text: calls.append(p) or real(p, points, text))
    # (each part's lists say their own words: the same list said again word for word is one point since session 24)
    part = "一、{n}方面\n我们要做到三点：一是加强{n}学习，二是改进{n}作风，三是狠抓{n}落实。\n（一）健全{n}制度\n（二）强化{n}监督\n（三）严格{n}考核\n"
    text = "某某单位工作要点\n" + "".join(part.format(n=n) for n in "甲乙丙丁戊己庚辛")
    ex = pipeline.extract_text(text, name="x.txt")
    lists = [p for p in ex.points if p.kind in ("enumeration", "list")]
    assert len(lists) >= 8
    generate([ex], seed=1)
    assert len(calls) <= 2 * len(lists)
