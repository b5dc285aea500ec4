"""Question quality (issue 3 review): real formulations as distractors, no made-up words,
no synonym swaps, same-kind options, date granularity, clean quote statements, balanced
quotation marks, readable list lead-ins, template/generator pairs, markers from the rules,
policy word lists in vocab.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import READ_GOLDS, READ_TEXTS
from kaodian.model import OPTION_LETTERS, Article, Document, Extraction, Point, Span
from kaodian.questions import generate, lint
from kaodian.questions.vocab import load_vocab
from kaodian.text import common_prefix, common_suffix

CORPUS = Path(__file__).parent / "corpus"
LETTERS = "ABCDEFGHIJKL"


def right_options(q) -> list[str]:
    return [q.options[LETTERS.index(a)] for a in q.answer]


def wrong_options(q) -> list[str]:
    right = set(right_options(q))
    return [o for o in q.options if o not in right]


def doc_of(text: str) -> Document:
    return Document("t.txt", text, (Article("a1", "题", None, None, 0, len(text)),))


def point(kind: str, text: str, sub: str, **kw) -> Point:
    i = text.index(sub)
    sent = Span(text, 0, len(text))
    return Point(kind, "a1", 0, None, sub, i, i + len(sub), sent, **kw)


# ---------------------------------------------------------------- item 11: word lists are data


def test_policy_word_lists_come_from_vocab_yaml():
    from kaodian.questions import blanks, distractors
    from kaodian.questions.vocab import load_vocab

    v = load_vocab()
    assert distractors.PROVINCES == v.provinces and "浙江" in v.provinces
    assert distractors.MODIFIERS == v.modifiers
    assert blanks.LEAD_WORDS == v.lead_words and blanks.COMPLEMENTS == v.complements
    for verb in v.place_verbs:
        assert distractors.PLACE.search(f"在杭州{verb}")
    for unit in v.units:
        assert blanks.NUMBER.search(f"共有12{unit}参加")


# ---------------------------------------------------------------- item 1: real numbered formulations


def _numbered_doc(seed: int):
    text = "新的一年，我们要坚定捍卫“两个确立”，坚决做到“两个维护”，凝聚奋进力量。"
    pts = (point("formulation", text, "两个确立", numbered=True), point("formulation", text, "两个维护", numbered=True))
    return generate([Extraction(doc_of(text), pts)], kinds=["single", "truefalse"], seed=seed)


@pytest.mark.parametrize("seed", range(6))
def test_numbered_formulation_distractors_are_real_formulations(seed):
    from kaodian.questions.vocab import load_vocab

    known = set(load_vocab().numbered_formulations) | {"两个确立", "两个维护"}
    b = _numbered_doc(seed)
    singles = [q for q in b.questions if q.kind == "single"]
    assert singles
    for q in singles:
        for o in q.options:
            assert o in known, o  # never 九个维护: an invented number
            assert o.startswith(("两个", "三个", "四个", "五个", "六个", "七个", "八个", "九个")), o  # same measure word
    for q in b.questions:
        if q.kind == "truefalse" and q.answer == ("错",):
            swapped = q.explanation.split("误作“")[1].split("”")[0]
            assert swapped in known, q.stem


def test_numbered_formulation_options_on_the_corpus_are_real():
    from gold_points import gold_extraction
    from kaodian.questions.vocab import load_vocab

    for g in READ_GOLDS:
        ex = gold_extraction(g)
        numbered = {p.text for p in ex.points if p.kind == "formulation" and p.numbered}
        known = set(load_vocab().numbered_formulations) | numbered
        for q in generate([ex], kinds=["single"]).questions:
            if q.point_kind == "formulation" and right_options(q)[0] in numbered:
                assert set(q.options) <= known, q.options


# ---------------------------------------------------------------- item 2: no made-up words


def test_series_distractors_are_never_spliced_words():
    text = ("要不断提高政治判断力、政治领悟力、政治执行力。"
            "要增强思想引领力、群众组织力、社会号召力。"
            "要提升组织动员力、舆论引导力、文化影响力。"
            "要提高科学决策力、改革推动力、风险防控力。")
    pts = _series_points(text, ["政治判断力、政治领悟力、政治执行力", "思想引领力、群众组织力、社会号召力", "组织动员力、舆论引导力、文化影响力",
                                "科学决策力、改革推动力、风险防控力"])
    b = generate([Extraction(doc_of(text), pts)], kinds=["single", "multiple", "truefalse"])
    assert [q for q in b.questions if q.kind == "single"]
    # real words: the text's own, the well-known series of vocab.yaml, or terms of the lexicon
    from kaodian import lexicon

    words = {t for g in load_vocab().term_groups for t in g} | lexicon.load().terms
    for q in b.questions:
        for o in q.options:
            assert o in ("对", "错") or o in text or o in words, o  # 政治想引领力, 政治会号召力 are nobody's words
        if q.answer == ("错",):
            new = q.explanation.split("误作“")[1].split("”")[0]
            assert new in text or new in words


def test_a_known_series_lends_siblings_but_never_its_own_members():
    """A short text with one series still gets a choice question from the well-known series of the
    same shape, and never a member of the series it asks (文化自信 is right beside 道路自信、理论自信、制度自信)."""
    # (党员干部: a stem of 要增强（　　）。 alone says too little to be asked, questions/voice.py)
    # (a multiple choice needs two wrong options not all of one series: the text names a second series of …感)
    text = "要坚定道路自信、理论自信、制度自信。党员干部要增强紧迫感、责任感、使命感。青年要有荣誉感、成就感、归属感。"
    pts = _series_points(text, ["道路自信、理论自信、制度自信", "紧迫感、责任感、使命感", "荣誉感、成就感、归属感"])
    b = generate([Extraction(doc_of(text), pts)], kinds=["single", "multiple"])
    # 紧迫感、责任感、使命感 gets 获得感 … from a known series (but never all three of them: see below)
    assert any(q.kind == "multiple" and "使命感" in q.source.sentence for q in b.questions)
    for q in b.questions:
        if "自信" in q.stem or any("自信" in o for o in q.options):
            assert "文化自信" not in q.options


def test_choice_options_on_series_and_lists_are_words_of_the_material():
    """Or the terms of a well-known series (vocab.yaml) or of the lexicon: real words either way, never made up."""
    from gold_points import gold_extraction
    from kaodian import lexicon

    known = {t for g in load_vocab().term_groups for t in g} | lexicon.load().terms
    for g in READ_GOLDS:
        ex = gold_extraction(g)
        for q in generate([ex], kinds=["single", "multiple"]).questions:
            if q.point_kind in ("term_series", "enumeration"):
                for o in q.options:
                    assert o in ex.document.text or (q.point_kind == "term_series" and o in known), (g.name, o)


# ---------------------------------------------------------------- items 3 and 4: no synonym swaps, same kind and shape


def test_a_synonym_swap_is_never_a_wrong_option():
    from kaodian.questions.distractors import acceptable, synonym_swap

    a = "坚决维护党中央权威"
    assert synonym_swap(a, "坚决捍卫党中央权威")
    assert not acceptable(a, "坚决捍卫党中央权威", [], "")
    # (an act of another kind — 坚决反对形式主义, read by its object a doctrine — is refused by option_kinds)
    assert acceptable(a, "坚决打赢脱贫攻坚战", [], "")
    for g in READ_GOLDS:
        from gold_points import gold_extraction

        for q in generate([gold_extraction(g)], kinds=["single", "multiple"]).questions:
            for r in right_options(q):
                for w in wrong_options(q):
                    assert not synonym_swap(r, w), (r, w)


def _series_points(text: str, series: list[str]) -> tuple[Point, ...]:
    pts = []
    for sr in series:
        i = text.index(sr)
        spans, pos = [], i
        for t in sr.split("、"):
            spans.append(Span(t, pos, pos + len(t)))
            pos += len(t) + 1
        j = text.rfind("。", 0, i) + 1
        k = text.index("。", i) + 1
        pts.append(Point("term_series", "a1", 0, None, sr, i, pos - 1, Span(text[j:k], j, k), tuple(spans)))
    return tuple(pts)


def test_series_distractors_share_the_series_tail_or_the_question_is_dropped():
    series = ["经济建设、政治建设、文化建设、社会建设", "幼有所育、学有所教、劳有所得", "产业振兴、人才振兴、组织振兴",
              "党的建设、生态建设、国防建设"]
    # (each list under a verb of its own: a term the text puts under the same verb elsewhere may be right too, head_class)
    text = "".join(f"要{v}{s}。" for v, s in zip(["统筹推进", "努力做到", "全面推动", "不断加强"], series))
    b = generate([Extraction(doc_of(text), _series_points(text, series))], kinds=["single", "multiple"])
    asked = [q for q in b.questions if set(right_options(q)) & {"经济建设", "政治建设", "文化建设", "社会建设"}]
    assert asked
    for q in asked:
        for w in wrong_options(q):
            assert w.endswith("建设"), w  # never 幼有所育 or 组织振兴 for 社会建设


@pytest.mark.parametrize(("answer", "candidate", "ok"), [
    ("引擎", "好办", False),  # nothing in common and too short to judge: off topic
    ("易办", "好办", True),
    ("拓展", "法律", False),  # a noun for a verb
    ("拓展", "起来", False),  # a cut-off complement is no option
    ("社会建设", "组织振兴", False),
    ("社会建设", "文化建设", True),
])
def test_short_options_are_of_the_answers_kind(answer, candidate, ok):
    from kaodian.questions.distractors import acceptable

    assert acceptable(answer, candidate, [], "") is ok


# ---------------------------------------------------------------- item 5: dates keep their granularity


@pytest.mark.parametrize("date", ["2022年10月16日", "2022年10月", "2022年"])
def test_date_distractors_keep_the_granularity(date):
    import re

    from kaodian.questions.distractors import date_edits

    shape = re.sub(r"\d+", "N", date)
    edits = date_edits(date)
    assert len(edits) >= 3
    for e in edits:
        assert re.sub(r"\d+", "N", e) == shape, e
    text = f"{date}，中国共产党第二十次全国代表大会在北京开幕。"
    p = point("fact", text, text)
    for seed in range(4):
        b = generate([Extraction(doc_of(text), (p,))], kinds=["single", "truefalse"], seed=seed)
        for q in b.questions:
            if q.kind == "single":
                assert all(re.sub(r"\d+", "N", o) == shape for o in q.options), q.options
            elif q.answer == ("错",):
                assert re.match(shape.replace("N", r"\d+"), q.stem), q.stem


# ---------------------------------------------------------------- item 6: a quote's true/false is the quote


@pytest.mark.parametrize("speaker", ["邓小平同志指出", "邓小平同志", "邓小平同志强调指出：", "1958年，毛主席再次号召"])
def test_quote_statement_is_the_quoted_text_with_one_speaker(speaker, monkeypatch):
    # one quote and no change to make: without the cap on verbatim true statements (issue 12) it is asked
    import importlib

    for module in ("kaodian.questions.generate", "kaodian.questions.tf_share", "kaodian.questions.held"):
        monkeypatch.setattr(importlib.import_module(module), "TRUE_MAX", 1.0)
    text = "邓小平同志指出：“如果现在再不抓紧发展，我们的各项事业就会落在别人后面。”"
    quote = "如果现在再不抓紧发展，我们的各项事业就会落在别人后面。"
    p = point("quote", text, quote, speaker=speaker)
    b = generate([Extraction(doc_of(text), (p,))], kinds=["truefalse"])
    if speaker.startswith("1958"):
        # no name to say who said it: a bare quotation is no statement to judge (issue 12)
        assert not b.questions
        return
    (q,) = b.questions
    assert q.stem.count("指出") <= 1 and "指出指出" not in q.stem, q.stem
    assert q.stem.endswith("“" + quote + "”"), q.stem
    assert not q.stem.startswith(("”", "，", "1958")), q.stem
    if speaker.startswith("邓小平"):
        assert q.stem == "邓小平同志指出：“" + quote + "”"
    assert lint(b) == []


# ---------------------------------------------------------------- item 7: quotation marks


@pytest.mark.parametrize(("field", "value", "finding"), [
    ("stem", "文章强调，要增强“四个意识______”、坚定“四个自信。", "不成对"),
    ("stem", "”在参加会议时，总书记强调：要团结奋斗。", "题干以“””开头"),
    ("stem", "，要团结奋斗。", "题干以“，”开头"),
    ("answer", ("增强“四个意识",), "答案“增强“四个意识”中的““”不成对"),
    ("options", ("一把手”亲自抓", "二", "三", "四"), "选项“一把手”亲自抓”中的“””不成对"),
    ("stem", "学习（　　）第四卷，要读《论党的自我革命》。", None),
])
def test_lint_finds_unbalanced_quotes_and_bad_starts(field, value, finding):
    from dataclasses import replace

    from kaodian.model import Question, QuestionSource
    from kaodian.questions import lint_question

    s = "全党要认真学习《习近平谈治国理政》第四卷。"
    q = Question("q-1", "single", "全党要认真学习（　　）第四卷。", ("A",), "", QuestionSource("t", "题", None, s, 0, len(s)),
                 options=("《习近平谈治国理政》", "《毛泽东选集》", "《邓小平文选》", "《江泽民文选》"))
    got = lint_question(replace(q, **{field: value}))
    if finding is None:
        assert got == []
    else:
        assert any(finding in f for f in got), got


def test_cloze_blanks_never_cut_through_a_quotation():
    text = "首要的就是深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，确保方向正确。"
    series = "增强“四个意识”、坚定“四个自信”、做到“两个维护”"
    (p,) = _series_points(text + "", [series])
    b = generate([Extraction(doc_of(text), (p,))], kinds=["cloze", "multiple"])
    assert lint(b) == []
    assert not any("检查未通过" in d for d in b.diagnostics), b.diagnostics
    for q in b.questions:
        for bl in q.blanks:
            assert bl.text.count("“") == bl.text.count("”"), bl.text


# ---------------------------------------------------------------- item 8: list lead-ins


def test_a_long_or_marked_lead_never_enters_a_stem():
    text = "（一）坚持以人民为中心的发展思想，把实现人民对美好生活的向往作为出发点和落脚点，这是根本要求。\n一要从严管。二要深入察。三要坚决下。"
    items = []
    for it in ("从严管", "深入察", "坚决下"):
        i = text.index(it)
        items.append(Span(it, i, i + len(it)))
    lead = Span(text[: text.index("\n")], 0, text.index("\n"))
    p = Point("enumeration", "a1", 0, None, "；".join(s.text for s in items), items[0].start, items[-1].end, lead, tuple(items))
    doc = Document("t.txt", text, (Article("a1", None, None, None, 0, len(text)),))
    b = generate([Extraction(doc, (p,))], kinds=["recall"])
    (q,) = b.questions
    assert "\n" not in q.stem and "（一）" not in q.stem and "向往" not in q.stem, q.stem
    # nothing else names the list (no heading, no title): the lead's first clause does
    assert q.stem == "关于“坚持以人民为中心的发展思想”，文章列举了哪三点？"


# ---------------------------------------------------------------- issue 3, round 2: blanks, leaks, stems


def _cloze(sentence: str, answers: list[str], stem: str | None = None):
    from kaodian.model import Blank, Question, QuestionSource

    blanks, marked, pos = [], sentence, 0
    for a in answers:
        i = sentence.index(a, pos)
        blanks.append(Blank(a, i, i + len(a)))
        pos = i + len(a)
    for a in answers:
        marked = marked.replace(a, "______", 1)
    return Question("q-c", "cloze", stem or marked, tuple(answers), "", QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                    blanks=tuple(blanks))


@pytest.mark.parametrize(("sentence", "answers", "finding"), [
    ("发展为了人民、发展依靠人民、发展成果由人民共享。", ["成果由"], "虚词"),  # a fragment ending in 由
    ("要压紧压实管党治党政治责任。", ["紧压实管党治党"], "切开了一个词"),  # edges inside words
    ("要压紧压实管党治党政治责任。", ["管党治党"], None),
    ("全党同志要坚决防止“七个有之”。", ["七个有之"], None),  # a whole quotation is a unit
    ("申请加入的人要有两名正式成员作介绍人。", ["两"], None),  # a count's numeral before its unit
    ("会员连续六个月不交纳会费。", ["六"], None),
    ("会员连续十六个月不交纳会费。", ["六"], "切开了一个词"),  # half a numeral is no numeral
])
def test_a_blank_falls_between_words_and_is_no_fragment(sentence, answers, finding):
    from kaodian.questions import lint_question

    got = lint_question(_cloze(sentence, answers))
    if finding is None:
        assert got == []
    else:
        assert any(finding in f for f in got), got


def test_an_answer_shown_in_the_stem_outside_its_blank_is_a_finding():
    from kaodian.questions import lint_question

    s = "深入实施“乡村振兴”战略，成功举办第二届“乡村振兴”发展论坛。"
    q = _cloze(s, ["乡村振兴"])
    assert any("在题干中空外出现" in f for f in lint_question(q))


@pytest.mark.parametrize(("stem", "finding"), [
    ("必须牢牢把握“五个坚持”", "句末标点"),
    ("是推进党的建设新的伟大工程的根本保证。", "以“是”开头"),
    ("一、深刻领悟“两个确立”的决定性意义。", "残留的序号"),
    ("持之以恒纠治“四风”。", "不成句"),
    ("邓小平同志指出：“封闭不是发展的出路。”", None),
])
def test_truncated_and_fragment_statements_are_findings(stem, finding):
    from kaodian.model import Question, QuestionSource
    from kaodian.questions import lint_question

    q = Question("q-t", "truefalse", stem, ("对",), "", QuestionSource("t", "题", None, stem, 0, len(stem)), options=("对", "错"))
    got = lint_question(q)
    if finding is None:
        assert got == []
    else:
        assert any(finding in f for f in got), got


@pytest.mark.parametrize("name", [t.name for t in READ_TEXTS])
def test_the_generator_drops_what_lint_would_flag(name):
    """Generated banks have no cut blank, no answer in its stem, no truncated stem: each such question
    was dropped before lint, with a diagnostic saying why."""
    from kaodian import pipeline
    from kaodian.questions import generate
    from kaodian.questions.lint import quality_findings

    b = generate(pipeline.extract_paths([str(CORPUS / name)]))
    assert [f for q in b.questions for f in quality_findings(q)] == []


@pytest.mark.parametrize("name", [t.name for t in READ_TEXTS])
def test_no_two_questions_of_a_kind_share_a_stem_nor_two_true_false_a_sentence(name):
    from collections import Counter

    from kaodian import pipeline
    from kaodian.questions import generate

    ex = pipeline.extract_paths([str(CORPUS / name)])
    # capped, and with every point drafted in every kind (where the same stems come up: under the cap the
    # later kinds of a full sentence are not drafted)
    for b in (generate(ex), generate(ex, per_sentence=0)):
        # a list question's stem names the list (关于“…”，下列哪些是…？): its options tell two apart
        asked = Counter((q.kind, q.stem, q.options if q.kind in ("single", "multiple") else ()) for q in b.questions
                        if q.kind not in ("ordering", "recall"))
        assert [k for k, n in asked.items() if n > 1] == []
        tf = Counter((q.source.start, q.source.end) for q in b.questions if q.kind == "truefalse")
        assert [k for k, n in tf.items() if n > 1] == []
    # (the refusals show the check at work: a stem asked already, or, since session 26, a sentence held for another
    # point's true copy that the verbatim third then left out, which tf_refused words as its own reason)
    from kaodian.questions.reasons import SAME_STEM, SENTENCE_COPY_LEFT_OUT

    assert any(SAME_STEM in d or SENTENCE_COPY_LEFT_OUT in d for d in b.diagnostics)


# ---------------------------------------------------------------- key statements


STATEMENTS = (
    "实践充分证明，改革开放是党和人民大踏步赶上时代的重要法宝，是决定当代中国命运的关键一招。"
    "我们要深刻认识到，严守纪律是干部保持清正廉洁、干好本职工作的必由之路。"
    "党的二十大报告指出，团结奋斗是中国人民创造历史伟业、实现中华民族伟大复兴的必由之路。"
    "这是做好新时代各项工作的必然要求。"
)


def test_a_key_statement_is_asked_as_a_cloze_on_its_key_phrase_and_subject():
    from kaodian.pipeline import extract_text

    ex = extract_text(STATEMENTS, "t.txt")
    statements = ex.of_kind("statement")
    assert [[s.text for s in p.items] for p in statements] == [["重要法宝", "关键一招"], ["必由之路"], ["必由之路"], ["必然要求"]]
    cloze = {q.source.sentence: q for q in generate([ex], kinds=["cloze"]).questions if q.point_kind == "statement"}
    asked = {q.answer for q in cloze.values()}
    assert ("团结奋斗", "必由之路") in asked  # the subject fits in the sentence's share of blanks
    assert ("改革开放", "重要法宝", "关键一招") in asked  # the key phrases first, then the subject where it fits
    assert ("严守纪律", "必由之路") in asked
    assert all(not q.source.sentence.startswith("这") for q in cloze.values())  # 这 points to a sentence not shown
    from kaodian.questions.drafting import CLOZE_SHARE

    for q in cloze.values():
        assert sum(len(b.text) for b in q.blanks) <= CLOZE_SHARE * len(q.source.sentence)


def test_a_false_key_statement_never_swaps_its_key_phrase():
    """必由之路 -> 根本保证, 必然要求 -> 关键所在: one evaluative phrase for another may still be true."""
    from kaodian.pipeline import extract_text

    ex = extract_text(STATEMENTS, "t.txt")
    keys = {s.text for p in ex.of_kind("statement") for s in p.items}
    for seed in range(8):
        for q in generate([ex], kinds=["truefalse"], seed=seed).questions:
            if q.answer == ("错",) and "误作" in q.explanation:
                assert q.explanation.split("“")[1].split("”")[0] not in keys


def test_the_distractors_are_never_all_of_one_series():
    """不敢腐、不能腐、不想腐 beside 不干预 are three of a kind: the answer is the odd one out."""
    text = ("该由农民自主干的要做到不越位、不包揽、不干预，尊重农民意愿。"
            "要一体推进不敢腐、不能腐、不想腐，巩固反腐败斗争成果。"
            "要坚持不缺位、不错位、不越位，履行好职责。")  # (not 做到 again: that verb's lists want each other's terms, head_class)
    pts = _series_points(text, ["不越位、不包揽、不干预", "不敢腐、不能腐、不想腐", "不缺位、不错位、不越位"])
    asked = 0
    for seed in range(6):
        for q in generate([Extraction(doc_of(text), pts)], kinds=["single", "multiple"], seed=seed).questions:
            right = {q.options[OPTION_LETTERS.index(a)] for a in q.answer}
            wrong = [o for o in q.options if o not in right]
            for series in ("不敢腐、不能腐、不想腐", "不越位、不包揽、不干预", "不缺位、不错位、不越位"):
                assert len(wrong) < 2 or not all(w in series.split("、") for w in wrong), q.options
            asked += 1
    assert asked


def test_a_wrong_option_of_a_series_multiple_choice_is_as_long_as_a_right_one():
    """Among four-character terms a three-character wrong option is the odd one out at a glance."""
    from gold_points import gold_extraction

    seen = 0
    for g in READ_GOLDS:
        for q in generate([gold_extraction(g)], kinds=["multiple"]).questions:
            if q.point_kind == "term_series":
                right = [q.options[OPTION_LETTERS.index(a)] for a in q.answer]
                wrong = [o for o in q.options if o not in right]
                assert all(min(map(len, right)) <= len(w) <= max(map(len, right)) for w in wrong), q.options
                seen += 1
    assert seen


# ---------------------------------------------------------------- what is worth asking (a teacher's review)


def test_a_series_that_goes_on_gets_no_choice_and_keeps_its_terms():
    """政治、经济、文化等 is not the whole list: another term of its kind may be right too."""
    # (a closed series' multiple choice needs two wrong options not all of one series: a second one of …感)
    text = ("要统筹推进经济建设、政治建设、文化建设等各方面工作，不断开创新局面。"
            "要不断增强人民群众的获得感、幸福感、安全感，始终保持政治定力。青年要有荣誉感、成就感、归属感。")
    pts = _series_points(text, ["经济建设、政治建设、文化建设", "获得感、幸福感、安全感", "荣誉感、成就感、归属感"])
    for seed in range(6):
        b = generate([Extraction(doc_of(text), pts)], kinds=["single", "multiple", "truefalse"], seed=seed)
        for q in b.questions:
            if "经济建设" in q.source.sentence:
                assert q.kind == "truefalse"
                assert q.answer == ("对",) or "建设" not in q.explanation.split("误作")[0]
        assert any("没有列全" in d for d in b.diagnostics)
    closed = generate([Extraction(doc_of(text), pts)], kinds=["single", "multiple"]).questions
    assert any("获得感" in q.source.sentence for q in closed)


def test_no_question_on_a_sentence_that_frames_the_speech_or_points_back():
    from kaodian.pipeline import extract_text

    text = ("今天，我围绕“以严的基调强化正风肃纪”这个主题，和大家交流学习体会。"
            "这是实现“两个确立”的必然要求。"
            "要扎实开展“我为群众办实事”实践活动，坚定“四个自信”，增强“四个意识”。")
    qs = generate([extract_text(text, "t.txt")]).questions
    assert not [q for q in qs if q.source.sentence.startswith(("今天", "这是"))]
    assert [q for q in qs if "我为群众办实事" in q.source.sentence]  # 我 inside a slogan frames nothing


def test_a_list_question_names_its_lead_in_and_quotes_inside_quotes():
    from kaodian.pipeline import extract_text

    text = ("一、坚定捍卫“两个确立”，坚决做到“两个维护”\n"
            "要深刻领悟“两个确立”的决定性意义。这里，我简单提三点要求：一要提高站位，二要压实责任，三要狠抓落实。\n"
            "二、坚持稳中求进\n"
            "会议强调：一是坚持党的全面领导，二是坚持以人民为中心，三是坚持全面深化改革。\n")
    qs = generate([extract_text(text, "t.txt")], kinds=["recall"]).questions
    stems = sorted(q.stem for q in qs)
    # (session 7 teacher review) a lead in the speaker's voice (这里，我简单提三点要求) locates nothing for a
    # reader: the heading names the list instead, when no other list stands under it
    assert not [s for s in stems if "我简单提" in s], stems
    assert any(s.startswith("关于“坚定捍卫‘两个确立’") for s in stems), stems
    assert all(s.count("“") == s.count("”") == 1 for s in stems if s.startswith("关于")), stems


def test_a_heading_over_two_lists_names_neither():
    """(session 7 teacher review: 关于“2024年工作回顾”…哪五项 where that part holds two lists of five) a list
    that only its heading could name is not asked when another list stands under the same heading; the
    list its own lead announces still is."""
    from kaodian.pipeline import extract_text

    text = ("一、坚定捍卫“两个确立”，坚决做到“两个维护”\n"
            "要深刻领悟“两个确立”的决定性意义。这里，我简单提三点要求：一要提高站位，二要压实责任，三要狠抓落实。\n"
            "做好这项工作，要把握好以下三点：一是坚持党的全面领导，二是坚持以人民为中心，三是坚持全面深化改革。\n")
    bank = generate([extract_text(text, "t.txt")], kinds=["recall", "multiple", "single"])
    stems = [q.stem for q in bank.questions]
    assert not [s for s in stems if s.startswith("关于")], stems
    assert [q for q in bank.questions if q.kind == "recall" and "要把握好以下三点" in q.stem], stems
    assert [d for d in bank.diagnostics if "说不清问的是哪一组列举" in d], bank.diagnostics


def test_a_false_statement_from_a_shapeless_series_never_keeps_two_characters_of_the_term():
    """信息数据 -> 大数据 may mean the same: in a series of no shared shape a swap keeps neither end."""
    from gold_points import gold_extraction

    checked = 0
    for g in READ_GOLDS:
        ex = gold_extraction(g)
        for q in generate([ex], kinds=["truefalse"]).questions:
            if q.point_kind == "term_series" and q.answer == ("错",) and "误作" in q.explanation:
                old, new = q.explanation.split("“")[1].split("”")[0], q.explanation.split("误作“")[1].split("”")[0]
                p = next((p for p in ex.points if p.kind == "term_series" and old in [s.text for s in p.items]
                          and q.source.start <= p.start < q.source.end), None)
                if p is None:
                    continue  # a change elsewhere in the sentence (a number, a formulation)
                terms = [s.text for s in p.items]
                if not (len(common_prefix(terms)) >= 2 or common_suffix(terms)):
                    checked += 1
                    assert len(common_prefix([old, new])) < 2 and len(common_suffix([old, new])) < 2, (old, new)
    # (since session 22 no member of a series its clause lists is swapped at all: falsehood.listed_member)
    assert not checked


def test_at_most_so_many_true_false_answers_of_a_document_are_false():
    """A speech full of dates and numbers offers a change in most sentences; a learner who answers
    错 throughout must not pass.  The statements turned back to true keep their ids."""
    from gold_points import gold_extraction
    from kaodian.questions.tf_share import FALSE_KEPT_BELOW, FALSE_MAX_SELECTED

    for g in READ_GOLDS:
        ex = gold_extraction(g)
        for seed in (0, 1):
            tf = [q for q in generate([ex], kinds=["truefalse"], seed=seed).questions]
            false = [q for q in tf if q.answer == ("错",)]
            # (a document with fewer false statements than policy.yaml false_kept_below keeps them false: turned
            # true, the one-third cap left them out and the bank asked no true/false at all, session 22)
            # (the bound on a selected bank is policy.yaml false_max_selected: the balance leaves undone a turn whose
            # true copy the selection could not keep, tf_share._turn_lost, session 27; false_max bounds the drafts)
            assert len(false) < FALSE_KEPT_BELOW or len(false) <= FALSE_MAX_SELECTED * len(tf) + 1e-9, (g.name, len(false), len(tf))
            assert len(false) >= 0.3 * len(tf), (g.name, len(false), len(tf))
        ids = [{q.id for q in generate([ex], kinds=["truefalse"], seed=s).questions} for s in (0, 1)]
        assert ids[0] == ids[1]


def test_options_of_a_list_question_open_alike():
    """Right options that all open with 要 beside wrong ones from other lists that never do give
    themselves away: the opening word goes from every option."""
    from kaodian.pipeline import extract_text

    text = ("一、加强纪律建设\n结合机关实际，我想提几点要求：\n1．要压紧压实管党治党政治责任。\n2．要深化运用监督执纪四种形态。\n"
            "3．要持续加强纪律教育。\n二、改进工作作风\n会议强调：\n1．严守政治纪律和政治规矩。\n2．持之以恒纠治形式主义。\n"
            "3．大力弘扬求真务实作风。\n")
    qs = [q for q in generate([extract_text(text, "t.txt")], kinds=["single", "multiple"]).questions
          if q.point_kind == "enumeration"]
    assert qs
    for q in qs:
        opens = {o.startswith("要") for o in q.options}
        assert len(opens) == 1, q.options


def test_a_stem_cut_out_of_a_long_sentence_is_one_stretch_of_it_without_ellipses():
    """A clause window of a long sentence is asked as one stretch of the sentence ended with 。, never
    marked …… at either end or in the middle (teacher review, session 10: 题干首尾和中间都被省略号截断，
    应写成完整语句); a whole sentence is asked whole."""
    from kaodian.pipeline import extract_text

    long = ("我们要坚持以人民为中心的发展思想，不断增强人民群众的获得感、幸福感、安全感，" * 3
            + "推动新型工业化、信息化、城镇化、农业现代化同步发展，" + "加快建设现代化经济体系，着力提高发展质量和效益，" * 3
            + "为全面建设社会主义现代化国家打下坚实基础。")
    short = "要不断提高政治判断力、政治领悟力、政治执行力。"
    qs = generate([extract_text(long + short, "t.txt")], kinds=["cloze"]).questions
    cut = [q for q in qs if "城镇化" in q.source.sentence]
    assert cut and all("…" not in q.stem and q.stem.endswith("。") for q in cut), [q.stem for q in cut]
    for q in cut:  # refilled, the stem is the sentence's own words (the speaker's opening 我们 left out)
        filled = q.stem
        for b in q.blanks:
            filled = filled.replace("______", b.text, 1)
        assert filled.rstrip("。") in long or ("我们" + filled.rstrip("。")) in long, filled
    whole = [q for q in qs if "政治判断力" in q.source.sentence]
    assert whole and all("……" not in q.stem for q in whole)


def test_an_answer_inside_a_longer_word_of_the_stem_is_not_shown():
    from kaodian.questions import lint_question

    s = "各类社会团体中可以成立党组，其他非党组织中也可以成立。"
    assert not any("空外出现" in f for f in lint_question(_cloze(s, ["党组"])))
    s = "各类社会团体中可以成立党组，党组发挥领导作用。"  # the word itself, outside the blank
    assert any("空外出现" in f for f in lint_question(_cloze(s, ["党组"])))


@pytest.mark.parametrize(("a", "c"), [("人民民主专政", "无产阶级专政"), ("我国的国体", "我国的国家性质")])
def test_terms_the_same_in_substance_are_synonyms_no_false_statement_swaps_in(a, c):
    # review 1 of session 22: 我国的国体是人民民主专政 -> 无产阶级专政 was asked as false, and it is true in substance
    from kaodian.questions.distractors import synonym_swap

    assert synonym_swap(a, c) and synonym_swap(c, a)
