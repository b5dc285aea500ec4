"""Lint: the checks every question must pass before a teacher sees it.

Each answer occurs in the source sentence (at its offsets, for cloze blanks);
options are distinct; the number of right options fits the kind; no blank is
empty or the whole sentence; a stem has no doubled punctuation, no leftover
placeholder and no leftover ordinal marker, starts with no closing mark or
punctuation; stem, answers and options have balanced “ ” ‘ ’ 《 》.

``quality_findings`` holds the checks of what a question writer never hands
out, which the generator applies itself to drop such a question before lint:
a cloze blank that cuts a word or is a fragment edged by a function word, an
answer visible in the stem, a stem that is truncated or a fragment, and what
a teacher rejects (teacher.py: fragment options, options whose form gives the
answer away, near-synonym distractors, dangling stems, ungrammatical swaps).
"""

from __future__ import annotations

import re

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from ..model import OPTION_LETTERS, Bank, Blank, Question, QuestionSource, Span
from .blank_pairs import thin_problem
from .blank_shapes import blank_rejected, count_of_list, old_wording, stock_phrase
from .blank_edges import edge_problem, figure_in_stem, series_problem
from ..text import SENTENCE_END, unbalanced  # (unbalanced: the question modules read it from here too)
from .sentence import BLANK, LEFTOVER_ORDINAL, PAREN, PUNCT, marker_re, opening_named, strip_marker, unconnected
from . import typos
from .cloze_slots import document_kind, slot_problem
from .trivia import counted_example, short_forms, title_blank, trivial_blank
from .policy import POLICY
from .vocab import load_vocab
from .context_lint import Context, findings as context_findings

# What a stem never starts with: a closing mark or punctuation (a sentence cut in the wrong place).
BAD_START = "”’》）)" + PUNCT


DOUBLED = re.compile(rf"[{PUNCT}]{{2}}|““|””|‘‘|’’|《《|》》|（（|））")
# Two marks in a row of any kind: a character class scans fast, so DOUBLED runs only where it may match.
_DOUBLE_MARKS = re.compile(rf"[{PUNCT}“”‘’《》（）]{{2}}")


# One-character function words a blank never starts or ends with (vocab.yaml function_words).
FUNCTION_WORDS = load_vocab().function_words
# What a stem ends with: sentence punctuation, a choice's （　　）, or a closing quotation mark
# right after sentence punctuation (……。”).  Anything else is a sentence cut short.
STEM_END = SENTENCE_END + "）)…"
STATEMENT_MIN: int = POLICY["statement_min"]  # see policy.yaml
_SOURCE_HOLE = re.compile(POLICY["source_hole"])  # a hole the source leaves (policy.yaml)
# Pronouns that point back to a sentence the question does not show (vocab.yaml context_pronouns).
CONTEXT_PRONOUNS = load_vocab().context_pronouns
_CONTEXT_TIME = re.compile(load_vocab().context_time)
SENTENCE_KINDS = ("cloze", "single", "multiple", "truefalse")


# The framing of a speech (vocab.yaml framing): 今天，我围绕…, 致以…问候.
_FRAMING = re.compile("|".join(f"(?:{p})" for p in load_vocab().framing))


@lru_cache(maxsize=4096)
def _framed(sentence: str) -> str | None:
    """What frames the speech in ``sentence``, or None (cached: several questions cite one sentence)."""
    m = _FRAMING.search(sentence)
    return m.group() if m else None


_SPEAKER = re.compile(r"^[^，。“”：]{2,14}(?:指出|强调|说)：")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")  # what is left out when counting characters (one C pass, no list)
_FIGURE_WORD = re.compile(r"\d+(?:\.\d+)?[%％]?")
_DATE = re.compile(r"(?<!\d)(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)")


@lru_cache(maxsize=4096)
def word_bounds(sentence: str) -> tuple[frozenset[int], tuple[str, ...]]:
    """The offsets between jieba words of ``sentence`` (0 and its length included), and the words."""
    from .. import segment

    words = tuple(segment.cut(sentence))
    pos, out = 0, {0}
    for w in words:
        pos += len(w)
        out.add(pos)
    return frozenset(out), words


# Cached: the cloze generator checks each blank it places, and lint checks the question's blanks again.
@lru_cache(maxsize=8192)
def blank_problem(sentence: str, start: int, end: int) -> str | None:
    """Why a blank over sentence[start:end] is not one a question writer makes, or None: its edges
    must fall between words of the sentence (never 压紧|压实…, 常|修为政之德), and a word at its
    edge must not be a one-character function word (成果由).  A blank that is a whole quotation
    (“七个有之”) is a unit whatever the segmenter says."""
    text = sentence[start:end]
    if text[:1] in "“‘《" or (start > 0 and end < len(sentence) and sentence[start - 1] in "“‘《" and sentence[end] in "”’》"):
        # (打通“最后一公里”; a long title in 《》 is rote: trivia.title_blank)
        return (old_wording(sentence, start, end) or stock_phrase(text.strip("“”‘’")) or title_blank(sentence, start, end)
                or counted_example(sentence, start, end) or document_kind(sentence, start, end))
    if (why := _unlike_a_term(text)) is not None:
        return why
    if _DATE.fullmatch(text) and not sentence[end : end + 1].isdigit():
        return None  # a whole date is a unit whatever the segmenter glues to it (1日起|施行)
    bounds, words = word_bounds(sentence)
    if start in bounds and _numeral_before_unit(sentence, start, end):
        return count_of_list(sentence, start, end)  # (a count whose items follow it gives itself away)
    if start not in bounds or end not in bounds:
        return f"空“{text}”切开了一个词"
    # the words inside the blank, from the sentence's own segmentation: both edges are word
    # offsets, so the words between them are a slice of the sentence's words
    ends = _word_ends(sentence)
    inner = words[bisect_left(ends, start + 1) : bisect_left(ends, end + 1)]
    if inner and (inner[0] in FUNCTION_WORDS or inner[-1] in FUNCTION_WORDS):
        return f"空“{text}”以虚词开头或结尾"
    # (a set phrase, half a clause, an amendment's old words; trivia: a local session number, a detail's figure …;
    # last, an adverb, a conjunction or a modal at an edge, a cut reduplication, a figure the stem shows: blank_edges.yaml)
    return (blank_rejected(sentence, start, end) or trivial_blank(sentence, start, end) or slot_problem(sentence, start, end)
            or edge_problem(sentence, start, end))


_BLANK_POLICY = POLICY["cloze_blank"]


def _unlike_a_term(text: str) -> str | None:
    """Why a blank (not a whole quotation) is no term a teacher asks, or None: it holds a stop or a
    comma, is longer than a term (a series joined by 、 may be longer), or is a filler word (policy.yaml
    ``cloze_blank``)."""
    if any(c in _BLANK_POLICY["punctuation"] for c in text):
        return f"空“{text}”含标点，不是一个词"
    if "、" not in text and len(text) > _BLANK_POLICY["max_len"]:
        return f"空“{text}”有{len(text)}字，长于一个术语"
    if text in _BLANK_POLICY["fillers"]:
        return f"空“{text}”是泛泛的修饰语，不是要点"
    return None


def shown_as_word(sentence: str, text: str, blanks: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text`` stands in ``sentence`` outside the blanks (start, end in the sentence) as words
    of its own: 党组 inside 非党组织 shows no answer (the segmenter's words say where it stands)."""
    bounds = None  # the sentence is segmented only when ``text`` stands outside the blanks at all
    i = sentence.find(text)
    while i >= 0:
        j = i + len(text)
        if not any(i < e and s < j for s, e in blanks):
            if bounds is None:
                bounds = word_bounds(sentence)[0]
            if i in bounds and j in bounds:
                return True
        i = sentence.find(text, i + 1)
    return False


# A numeral: the count a question writer blanks alone before its unit (要有______名正式党员).
_NUMERAL = re.compile(r"[〇零一二两三四五六七八九十百千万\d]+")  # (〇, 零: 二〇三五年, 一百零五)


def _numeral_before_unit(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] is a whole numeral with a unit after it in one word (两|名, 六|个月):
    the segmenter keeps a count one word, but the numeral alone is the blank, the unit its cue; a
    word that goes on past a short unit is a formulation (两个确立), never cut."""
    if _NUMERAL.fullmatch(sentence, start, end) is None or end >= len(sentence) or _NUMERAL.match(sentence, end):
        return False
    bounds, _ = word_bounds(sentence)
    return any(b in bounds for b in (end + 1, end + 2)) and not any(b in bounds for b in (end,))


def cuts_numeral(sentence: str, start: int, end: int) -> bool:
    """Whether a blank's edge falls inside one written number (三百四十|万名志愿者, 六万|八千个网格): the segmenter
    splits a long number into words, but a question writer blanks it whole or not at all (session 20's blind
    teachers: 空格切断了一个数词词组, as 三百四十|万名志愿者 would be).  The cloze drafter asks it (ask_cloze._refused); lint does not:
    both teachers graded that cloze B, and lint's precision gate counts a flag on a B against it."""
    one = _NUMERAL.fullmatch
    return (start > 0 and one(sentence[start - 1 : start + 1]) is not None
            or end < len(sentence) and one(sentence[end - 1 : end + 1]) is not None)


@lru_cache(maxsize=4096)
def _word_ends(sentence: str) -> tuple[int, ...]:
    """The offset where each jieba word of ``sentence`` ends, in order (for bisecting word_bounds' words)."""
    pos, out = 0, []
    for w in word_bounds(sentence)[1]:
        pos += len(w)
        out.append(pos)
    return tuple(out)


def _statement(stem: str) -> str:
    return _SPEAKER.sub("", stem, count=1)


def quality_findings(q: Question, context: Context | None = None) -> tuple[str, ...]:
    """What a question writer never hands out, though the question is well formed: a cloze blank
    that cuts a word or is edged by a function word, an answer visible in the stem outside its
    blank, a stem without final punctuation or starting with 是 or a leftover 一、, a true/false
    statement that is a clause; with the ``context`` of the document it cites, what only the text
    tells (context_lint.py).  The generator drops a question with such a finding."""
    return tuple(_quality(q, context, first=False))


def first_quality_finding(q: Question, context: Context | None = None) -> str | None:
    """One of ``quality_findings``' findings of ``q``, or None when it has none: what the generator drops a
    draft for (one reason is enough).  The checks stop at the first finding, the dearer modules asked last
    (reject_shapes' dozen shape modules cost more than the others together), so a draft the cheap checks
    already refuse never reaches them; a question with no finding is checked as fully as by quality_findings."""
    return next(_quality(q, context, first=True), None)


def _quality(q: Question, context: Context | None, first: bool) -> Iterator[str]:
    """quality_findings' findings, lazily: in lint's order, or (``first``) with the dearest modules last."""
    q = as_said(q)
    stem = q.stem.rstrip()
    if not stem:
        return
    s = q.source.sentence
    if not (stem[-1] in STEM_END or (stem[-1] in "”’" and len(stem) > 1 and stem[-2] in SENTENCE_END)):
        yield f"题干没有句末标点（“…{stem[-8:]}”）"
    body = _statement(stem) if q.kind == "truefalse" else stem
    if body.startswith("是"):
        yield "题干以“是”开头（句子从中间截断）"
    # (on the cited sentence, which these stems are made of whatever a template puts before it; a
    # choice on a list asks 关于“…”，下列哪一项…, not its sentence)
    of_sentence = q.kind in SENTENCE_KINDS and not (q.point_kind == "enumeration" and q.kind != "cloze")
    # (as the stem shows it: a connective before its comma is left out, 此外，党中央…; and unless the stem names
    # what it points at: 这种作风，就是… asked as 科学的作风，就是…)
    if of_sentence and s[:1] in CONTEXT_PRONOUNS and (opening := unconnected(s))[:1] in CONTEXT_PRONOUNS \
            and not opening_named(q, opening) and not _CONTEXT_TIME.match(opening):
        yield f"出处句以“{s[0]}”开头，指代的内容不在题中"
    if of_sentence and (framing := _framed(s)):
        yield f"出处句是讲话的开场白或致意（“{framing}”），不是要学的内容"
    if _SOURCE_HOLE.search(s):
        yield "出处句里有原文留的空（挖空的背诵材料），句子不完整，不能照此出题"
    if LEFTOVER_ORDINAL.match(body):
        yield f"题干以残留的序号“{LEFTOVER_ORDINAL.match(body).group()}”开头"
    # a quote with its speaker (邓小平同志指出：“贫穷不是社会主义”) is a whole statement however short
    # (a figure counts as a word: 经济增长预期目标为5%左右。 is a whole statement)
    if q.kind == "truefalse" and len(_NOT_CJK.sub("", _FIGURE_WORD.sub("数", body))) < (
            STATEMENT_MIN // 2 if body != stem else STATEMENT_MIN):
        yield f"判断题的陈述“{body}”只是一个短语，不成句"
    if q.kind == "cloze":
        for b in q.blanks:
            if s[b.start : b.end] == b.text and (why := blank_problem(s, b.start, b.end)):
                yield why
        if not q.order_free and (why := thin_problem(s, [(b.start, b.end) for b in q.blanks])):
            yield why
        if (why := series_problem(s, [(b.start, b.end) for b in q.blanks]) or figure_in_stem(stem, q.answer, BLANK)):
            yield why
        shown = stem.replace(BLANK, "\x00")
        for a in q.answer:
            core = a.strip("“”‘’《》")
            if len(core) >= 2 and core in shown and shown_as_word(s, core, [(b.start, b.end) for b in q.blanks]):
                yield f"答案“{a}”在题干中空外出现"
            # (the answer less its scope, 中国共产党 -> 共产党执政就是…: session 25's blind teachers, 题干泄露答案)
            elif any(f in shown and shown_as_word(s, f, [(b.start, b.end) for b in q.blanks]) for f in short_forms(core)):
                yield f"答案“{a}”去掉修饰语后在题干中空外出现，题干泄露了答案"
    elif q.kind in ("single", "multiple") and q.options:
        shown = stem.replace(PAREN, "\x00")
        for a in q.answer:
            if a in OPTION_LETTERS[: len(q.options)]:
                o = q.options[OPTION_LETTERS.index(a)].strip("“”‘’《》")
                if len(o) >= 2 and o in shown:
                    yield f"正确选项“{o}”在题干中出现"
    anchor_findings, teacher_findings, shape_findings = _stem_and_teacher_checks()
    yield from anchor_findings(stem)
    if first:  # (cheapest first: the context's checks, the teacher's, then reject_shapes' modules one by one)
        yield from context_findings(q, context)
        yield from teacher_findings(q)
        yield from shape_findings(q, lazy=True)
        return
    yield from teacher_findings(q)
    yield from shape_findings(q)
    yield from context_findings(q, context)


@lru_cache(maxsize=1)
def _stem_and_teacher_checks():  # noqa: ANN202 — (anchors.findings, teacher.teacher_findings, reject_shapes.findings)
    """The checks of anchors.py, teacher.py and reject_shapes.py, imported on first use as before, but once: an import
    statement inside quality_findings cost a few microseconds on every question."""
    from .anchors import findings
    from .reject_shapes import findings as shape_findings
    from .teacher import teacher_findings

    return findings, teacher_findings, shape_findings


def lint_question(q: Question, context: Context | None = None) -> list[str]:
    """The findings for one question (empty when it is fine), quality_findings included (with ``context``,
    the Context of the document it cites, those of the text too).  Both judge its sentence as its stem says
    it (``as_said``: without the ordinal marker the question cites)."""
    return [*quality_findings(q, context), *form_findings(q)]


def as_said(q: Question) -> Question:
    """``q`` with its cited sentence as the stem says it: without the ordinal markers that open it (四是|必须…,
    ``sentence.with_marker``), its blanks' offsets moved with it; ``q`` when it cites none."""
    s = q.source
    k = _marker_length(s.sentence)
    if not k:
        return q
    return replace(q, source=QuestionSource(s.document, s.article, s.heading, s.sentence[k:], s.start + k, s.end),
                   blanks=tuple(Blank(b.text, b.start - k, b.end - k) for b in q.blanks))


@lru_cache(maxsize=8192)
def _marker_length(sentence: str) -> int:
    """How many characters of ``sentence`` its opening ordinal markers take (``strip_marker``: its cut
    depends on the text alone).  Cached: every question is read as said twice (quality and form checks),
    and the questions of one sentence cite it alike."""
    return strip_marker(Span(sentence, 0, len(sentence))).start


def form_findings(q: Question) -> list[str]:
    """The findings of lint_question that are not quality_findings: what makes a question malformed
    (the generator, which has checked quality already, runs only these)."""
    q = as_said(q)
    out = _stem_findings(q) + _option_findings(q)
    if not q.answer:
        return out + ["没有答案"]
    if q.kind == "cloze":
        out += _cloze_findings(q)
    elif q.kind in ("single", "multiple", "ordering"):
        out += _choice_findings(q)
    elif q.kind == "truefalse":
        if q.answer not in (("对",), ("错",)):
            out.append("判断题的答案应为“对”或“错”")
    elif q.kind == "recall":
        # (an answer may set right a correlative the source slipped: typos.corrected)
        out += [f"答案“{a}”不在出处句中" for a in q.answer if not (a and typos.stands_in(a, q.source.sentence))]
    return out


def _stem_findings(q: Question) -> list[str]:
    """What is wrong with the stem, the marks of the answers and options, and the source's offsets."""
    out: list[str] = []
    stem = q.stem
    if not stem.strip():
        out.append("题干为空")
    if _DOUBLE_MARKS.search(stem) and (m := DOUBLED.search(stem)):
        out.append(f"题干中有重复的标点“{m.group()}”")
    if "{" in stem or "}" in stem:
        out.append("题干中有未替换的占位符")
    if stem[:1] and stem[0] in BAD_START:
        out.append(f"题干以“{stem[0]}”开头")
    if m := unbalanced(stem):
        out.append(f"题干中的“{m}”不成对")
    for a in q.answer:
        if m := unbalanced(a):
            out.append(f"答案“{a}”中的“{m}”不成对")
    for o in q.options:
        if m := unbalanced(o):
            out.append(f"选项“{o}”中的“{m}”不成对")
    if marker_re().match(stem):
        out.append("题干以序号开头（一要、（一）……）")
    if q.source.end - q.source.start != len(q.source.sentence):
        out.append("出处句的位置与长度不符")
    return out


def _option_findings(q: Question) -> list[str]:
    """Repeated, empty or numbered options."""
    out: list[str] = []
    options = q.options
    if options:
        if len(set(options)) != len(options):
            out.append("选项有重复")
        if any(not o.strip() for o in options):
            out.append("有空选项")
        if q.kind != "truefalse":
            out += [f"选项“{o}”以序号开头" for o in options if marker_re().match(o)]
    return out


def _cloze_findings(q: Question) -> list[str]:
    """Blanks that do not match the stem, the answers or the source sentence."""
    out: list[str] = []
    s, stem = q.source.sentence, q.stem
    if not q.blanks:
        out.append("填空题没有空")
    if stem.count(BLANK) != len(q.blanks):
        out.append(f"题干中的空（{stem.count(BLANK)} 个）与答案（{len(q.blanks)} 个）数目不符")
    if len(q.answer) != len(q.blanks):
        out.append("答案数与空数不符")
    whole = s.strip(PUNCT + "“”")
    for i, b in enumerate(q.blanks):
        if not b.text.strip():
            out.append(f"第 {i + 1} 空为空")
        elif s[b.start : b.end] != b.text:
            out.append(f"第 {i + 1} 空“{b.text}”与出处句第 {b.start}–{b.end} 字不符")
        if b.text.strip(PUNCT + "“”") == whole:
            out.append(f"第 {i + 1} 空是整句")
        if i < len(q.answer) and q.answer[i] != b.text:
            from ..bank_edits import edit_hint  # (a hand edit: say which fields to change)

            out.append(f"第 {i + 1} 个答案与空不符：{edit_hint(q, i)}")
    return out


def _choice_findings(q: Question) -> list[str]:
    """Answer letters that name no option, the wrong number of right options, right options not in the source."""
    options = q.options
    letters = OPTION_LETTERS[: len(options)]
    if any(a not in letters for a in q.answer):
        return [f"答案 {''.join(q.answer)} 不是选项字母"]
    out: list[str] = []
    if q.kind == "single" and len(q.answer) != 1:
        out.append(f"单选题应有 1 个正确选项，现有 {len(q.answer)} 个")
    if q.kind == "single" and len(options) != 4:
        out.append(f"单选题应有 4 个选项，现有 {len(options)} 个")
    if q.kind == "multiple" and not (2 <= len(set(q.answer)) < len(options)):
        out.append(f"多选题应有至少 2 个正确选项和至少 1 个错误选项，现有 {len(set(q.answer))}/{len(options)}")
    if q.kind == "ordering" and sorted(q.answer) != sorted(letters):
        out.append("排序题的答案应恰好用到每个选项一次")
    for a in q.answer:
        o = options[OPTION_LETTERS.index(a)]
        if not (o and o in q.source.sentence):
            out.append(f"正确选项“{o}”不在出处句中")
    return out


def lint(bank: Bank | tuple[Question, ...] | list[Question], contexts: dict[str, Context] | None = None) -> list[str]:
    """Findings for a whole bank, each as ``id: finding``; duplicate ids are findings too.  ``contexts`` maps
    a source document's name (``QuestionSource.document``) to its Context: its questions are read with the text."""
    contexts = contexts or {}
    questions = bank.questions if isinstance(bank, Bank) else tuple(bank)
    return _by_question(questions, lambda q: lint_question(q, contexts.get(q.source.document)))


def broken_findings(questions: Sequence[Question]) -> list[str]:
    """The findings (``id: finding``) that make a bank's questions unusable: a repeated id, or a question
    malformed in its form (an answer that is no option or not in the cited sentence, no answer, a blank
    off its sentence: ``form_findings``), as a hand edit leaves them.  ``anki``, ``paper``, ``quiz``
    and ``web-quiz`` refuse a bank with any (E308); ``lint``'s other findings judge how well a question
    is asked and do not stop its use, so a bank lint only advises on is used as it is."""
    return _by_question(questions, form_findings)


def _by_question(questions: Sequence[Question], findings: Callable[[Question], list[str]]) -> list[str]:
    """Each question's ``findings`` as ``id: finding``, in bank order, with a repeated id a finding of its own."""
    out: list[str] = []
    seen: set[str] = set()
    for q in questions:
        if q.id in seen:
            out.append(f"{q.id}: 题目 id 重复")
        seen.add(q.id)
        out.extend(f"{q.id}: {f}" for f in findings(q))
    return out
