"""The sentences questions are made of: markers, the clause a question cites, blanks and width variants
(named apart from kaodian/text.py, the sentence splitting every stage shares)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..model import BLANK, Document, Question, Span  # (BLANK: the bank file's; question modules read it here)
from ..text import CLAUSE_END, SENTENCE_END, unbalanced
from .policy import POLICY
from .vocab import load_vocab

# Cached: the shipped rules never change in a process, and building the union on every call (a
# tuple of every family's pattern) was an eighth of generate's time, called for each stem and option.
@lru_cache(maxsize=1)
def marker_re() -> re.Pattern[str]:
    """An ordinal marker at the start of an item or sentence (一是, 二要, （三）, 第四，, 5., ⑥, 首先，):
    the enumeration families of the shipped rules, so a family added there is stripped and linted too."""
    from ..rules import load_rules

    return load_rules().marker


PUNCT = "，。、；：！？"
OPEN_QUOTES = "“‘《"
CLOSE_QUOTES = "”’》"

# Sentences longer than this are cut down to the ；-clause holding the point: a
# stem of more than ~120 characters no longer reads as one question.
LONG_SENTENCE = 120
# The marks a cut never leaves open: quotation marks and a title's brackets.
_CUT_PAIRS = ("“”", "《》")

PAREN = "（　　）"


# A list ordinal the rules do not take for a marker (一、 before a heading-like line): never a stem's start.
LEFTOVER_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+|\d+)[、.．]")


def strip_marker(span: Span) -> Span:
    """The span without its leading ordinal markers (a stem never starts with 一要, （一） or 一、; an
    outline's sub-point may open with two: 1】首先，…)."""
    while span.text and (m := marker_re().match(span.text) or LEFTOVER_ORDINAL.match(span.text)) and m.end():
        # (and the spaces a PDF's layout left after it, (5) 明确…: a stem never opens with a space)
        end = m.end() + len(span.text[m.end() :]) - len(span.text[m.end() :].lstrip(" \u3000\t"))
        span = Span(span.text[end:], span.start + end, span.end)
    return span


# What stands before the ordinal marker that opens a sentence or an item (。一是…, ：一要…, a line's start).
_BEFORE_MARKER = SENTENCE_END + "；：\n"
# A marker is this long at most (十二是, （十一）, 第十三，): a longer look back finds no marker.
_MARKER_MAX = 6


def with_marker(text: str, span: Span) -> Span:
    """``span`` with the ordinal markers that open its sentence put back (四是|必须…): what a question cites
    is the sentence as the text says it, and a teacher's anchor often holds its marker.  The stem never
    opens with one (``source_span`` strips it, lint checks the stem); ``span`` when nothing but white
    space or text other than markers stands between it and the start of its sentence."""
    i = a = span.start
    while i > 0 and a - i < _MARKER_MAX and text[i - 1] not in _BEFORE_MARKER:
        i -= 1
    head = text[i:a].lstrip()
    if not head or (i > 0 and text[i - 1] not in _BEFORE_MARKER) or strip_marker(Span(head, a - len(head), a)).text:
        return span
    return Span(text[a - len(head) : span.end], a - len(head), span.end)


def source_span(doc: Document, sentence: Span, start: int, end: int) -> Span:
    """The sentence a question cites for the text [start, end): marker stripped, long sentences cut to the clause."""
    s = sentence
    if not (s.start <= start and end <= s.end):
        s = _sentence_at(doc.text, start, end)
    if len(s.text) > LONG_SENTENCE:
        a, b = s.start, s.end
        i = doc.text.rfind("；", a, start)
        if i >= 0:
            a = i + 1
        j = doc.text.find("；", end, b)
        if j >= 0:
            b = j + 1
        s = Span(doc.text[a:b], a, b)
    if len(s.text) > LONG_SENTENCE:
        s = _clause_window(doc.text, s, start, end)
    s = strip_marker(s)
    s = _with_lead(doc.text, s)
    # trailing white space or a line break never belongs to the sentence
    text = s.text.rstrip()
    return Span(text, s.start, s.start + len(text))


# A sentence shorter than this (要形成合力。) says too little to be asked alone: the sentence before it
# in its paragraph comes with it (要有拼劲。……要形成合力。), when that one is short enough to read.
SHORT_SENTENCE = 8
LEAD_MAX = 40


def _with_lead(text: str, s: Span) -> Span:
    """``s`` with the sentence before it in the same paragraph when ``s`` is too short to stand alone."""
    if len(s.text.strip()) >= SHORT_SENTENCE or s.start == 0 or text[s.start - 1] not in SENTENCE_END:
        return s
    a = s.start - 1
    while a > 0 and text[a - 1] not in SENTENCE_END + "\n":
        a -= 1
    lead = text[a : s.start]
    if not lead.strip() or len(lead) > LEAD_MAX or "\n" in lead or marker_re().match(lead):
        return s
    return Span(text[a : s.end], a, s.end)


def _clause_window(text: str, s: Span, start: int, end: int) -> Span:
    """The ，-clauses around [start, end) that fit in LONG_SENTENCE characters (at least the point's own clauses)."""
    cuts = [s.start]
    i = text.find("，", s.start, s.end)
    while i >= 0:
        # never cut inside a quotation (打造“海河人文地，活力新河北”): a stem keeps its quotes paired
        seg = text[s.start : i]
        if not unbalanced(seg, _CUT_PAIRS):
            cuts.append(i + 1)
        i = text.find("，", i + 1, s.end)
    cuts.append(s.end)
    # cuts is sorted: the window grows one clause at a time, to the left first, while it fits
    lo = bisect_right(cuts, start) - 1  # index of the last cut <= start
    hi = bisect_left(cuts, end)  # index of the first cut >= end
    while True:
        if lo > 0 and cuts[hi] - cuts[lo - 1] <= LONG_SENTENCE:
            lo -= 1
        elif hi < len(cuts) - 1 and cuts[hi + 1] - cuts[lo] <= LONG_SENTENCE:
            hi += 1
        else:
            break
    a, b = cuts[lo], cuts[hi]
    if b < s.end and text[a:b].endswith("，"):
        b -= 1
    return Span(text[a:b], a, b)


# where a line stands, not what it says: a study sheet's card number (T23.1 - ), a chapter's label (第四章：),
# a charter's article (第三条　)
ARTICLE_LABEL = re.compile(r"^(?:[A-Za-z]{1,2}\d{1,3}(?:\.\d{1,2})*\s*[-–—]\s+)?"
                            r"(?:第[一二三四五六七八九十百零〇\d]+(?:条(?:[ \u3000]+(?=\S)|(?=_|（　))|[章节][：:](?=\S)))?")


# what opens the predicate of a thesis about what a demonstrative subject names (policy.yaml demonstrative_subject)
_THESIS_COPULAS = tuple(POLICY["demonstrative_subject"]["copulas"])


@lru_cache(maxsize=1)
def _connectives() -> tuple[str, ...]:
    from .vocab import load_vocab

    return tuple(w + "，" for w in load_vocab().stem_connectives)


_BARE_CONNECTIVES = tuple(POLICY["bare_connectives"]["words"])
_SUBJECT_TAGS = tuple(POLICY["bare_connectives"]["subject_tags"])


def unconnected(text: str) -> str:
    """``text`` without a connective it opens with (所以，… / 此外，… / 但是错误常常是… -> 错误常常是…), as a stem
    shows it (``stand_alone``); lint reads a sentence's opening so."""
    openers = _connectives()
    if text.startswith(openers):  # one C call decides for nearly every stem
        for w in openers:
            if text.startswith(w) and len(text) > len(w) + 7:
                return text[len(w) :]
    elif text.startswith(_BARE_CONNECTIVES) and len(text) > 9:
        return _without_bare_connective(text)
    return text


def _without_bare_connective(text: str) -> str:
    """``text`` without the connective it opens with and no comma after (但是错误常常是…) when a noun follows
    it as the subject of a whole clause (policy.yaml ``bare_connectives``); else as it is."""
    from .. import segment

    w = next(w for w in _BARE_CONNECTIVES if text.startswith(w))
    tags = segment.tag(text[:12])
    if len(tags) > 1 and tags[0][0] == w and (tags[1][1] in _SUBJECT_TAGS or tags[1][1][:1] == "n"):
        return text[len(w) :]
    return text


@lru_cache(maxsize=8192)  # lint reads each question's sentence, and a sentence carries several questions
def stand_alone(text: str) -> str:
    """``text`` without a connective that opens it and ties it to the sentence before (所以，对干部还是要
    从严… -> 对干部还是要从严…): a stem shows one sentence, and the connective points outside it."""
    # the label of a charter's or regulation's article (第三条　…): a reference to where the sentence
    # stands, not part of what it says; teachers strike it from a printed stem
    text = ARTICLE_LABEL.sub("", text, count=1) if text[:1] == "第" or text[:1].isascii() else text
    text = unconnected(text)
    # a short first clause about what came before (这还是初步的，我们要…): the rest stands alone
    head, comma, rest = text.partition("，")
    # (not the subject of a thesis, 这种态度，就是…: named or not asked, demonstrative.named_subject)
    if comma and head[:1] in "这此其" and len(head) <= 8 and len(rest) >= 12 and not any(m in head for m in "_（") \
            and not rest.startswith(_THESIS_COPULAS):
        return rest
    return text


def alternate_quotes(text: str) -> str:
    """``text`` with a quotation inside a quotation marked ‘ ’ (“…推动“八八战略”再深化” -> “…推动
    ‘八八战略’再深化”): a source that nests “ ” in “ ” leaves the reader unsure where a quotation ends."""
    if text.count("“") < 2:
        return text
    # (only the quotation marks are visited, found in C: a walk over every character cost a hundredth of
    # generation, every true/false statement being read so)
    out, depth, pos = [], 0, 0
    for m in _DOUBLE_QUOTE.finditer(text):
        i = m.start()
        if m.group() == "“":
            depth += 1
            if depth > 1:
                out += (text[pos:i], "‘")
                pos = i + 1
        elif depth:
            if depth > 1:
                out += (text[pos:i], "’")
                pos = i + 1
            depth -= 1
    out.append(text[pos:])
    return "".join(out)


_DOUBLE_QUOTE = re.compile("[“”]")


def end_sentence(text: str) -> str:
    """A clause cut out of a longer sentence, ended with 。 so a stem reads as a sentence; a last clause that is
    a verb of saying alone (…战略布局是“四个全面”，强调) loses it: what it said went with a wrap or a cut."""
    head, comma, last = text.rpartition("，")
    if comma and head and last.rstrip("。") in load_vocab().speech_verbs:
        text = head
    if text and text[-1] in "，；：、":
        return text[:-1] + "。"
    if text and text[-1] in "”’）" and (len(text) < 2 or text[-2] not in SENTENCE_END):
        # a quotation or bracket closing a clause (……以阶级斗争为纲”) ends no sentence: 。 after it
        return text + "。"
    if text and text[-1] not in SENTENCE_END + "”’）":
        return text + "。"
    return text


def _sentence_at(text: str, start: int, end: int) -> Span:
    a = start
    while a > 0 and text[a - 1] not in SENTENCE_END + "\n":
        a -= 1
    b = end
    while b < len(text) and text[b] not in SENTENCE_END + "\n":
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1
    while b < len(text) and text[b] in CLOSE_QUOTES:
        b += 1
    return Span(text[a:b], a, b)


def core(item: str) -> str:
    """The core of an enumeration item: its first clause, when that clause says enough on its own (a
    clause giving the basis of the requirement, 按照…等，…, does not: the core is what follows it)."""
    for i, c in enumerate(item):
        if c in CLAUSE_END:
            rest = item[i + 1 :].strip()
            if item.startswith(load_vocab().condition_openers) and c == "，" and len(rest) >= 4:
                return core(rest)
            # a first clause under 4 characters (必须，…) is not a requirement by itself
            if i >= 4:
                return item[:i]
            break
    return item.rstrip(PUNCT)


_HALF = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
_FULL = str.maketrans({chr(c - 0xFEE0): chr(c) for c in range(0xFF01, 0xFF5F)})


_WIDE_OR_ASCII = re.compile("[\x21-\x7e\uff01-\uff5e]")


def width_variants(s: str) -> tuple[str, ...]:
    """The string and its half-width and full-width spellings, each once (１+X, 1＋X …)."""
    if not _WIDE_OR_ASCII.search(s):
        return (s,)  # nothing either table changes (most Chinese answers)
    out = [s]
    for table in (_HALF, _FULL):
        v = s.translate(table)
        if v not in out:
            out.append(v)
    return tuple(out)


def replace(text: str, pieces: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end) piece replaced; pieces must not overlap."""
    out, pos = [], 0
    for a, b, r in sorted(pieces):
        out.append(text[pos:a])
        out.append(r)
        pos = b
    out.append(text[pos:])
    return "".join(out)


# Characters a clause may hold before a demonstrative that points outside the sentence (对于这个).
DEMONSTRATIVE_LEAD = 3
# An opening that counts off an item of a list the sentence does not show (一是…, 一张是国家水网).
_COUNTED_OPENING = re.compile("^[一二三四五六七八九十]+(?:[个张条项块]|方面)?是")


def dangling(shown: str) -> str | None:
    """Why a choice or true/false stem (the sentence as ``stand_alone`` shows it) points at what only
    the text around it says, or None: a demonstrative (这个修订, 这次全会) or an item counted off a list
    it does not show (一张是…)."""
    if m := _COUNTED_OPENING.match(shown):
        return f"题干以“{m.group()}”开头，是列举中的一项，所列的内容不在题中"
    if m := _demonstrative().search(shown):
        return f"题干里的“{m.group(1)}”指代的内容不在题中"
    return None


@lru_cache(maxsize=1)
def _demonstrative() -> re.Pattern:
    """A demonstrative at a clause's start, after at most a preposition (对于这个修订, 这次全会将…);
    inside a clause it names what stands before it (…的矛盾这个社会主要矛盾)."""
    from .vocab import alternation, load_vocab

    words = alternation(load_vocab().dangling_demonstratives)
    return re.compile(f"(?:^|[，；：。“])[^，；：。“]{{0,{DEMONSTRATIVE_LEAD}}}?({words})")



def opening_named(q: Question, sentence: str) -> bool:
    """Whether ``q``'s stem names what the demonstrative opening ``sentence`` points at (这种态度，就是… asked as
    科学的作风，就是…, 这种脱离实际的…方法，是… as 脱离实际的…方法，是…: demonstrative.named_subject):
    it says the opening clause's noun phrase without the demonstrative, and blanks none of it."""
    head, comma, _ = sentence.partition("，")
    if not comma or len(head) < 3 or any(b.start <= len(head) for b in q.blanks):
        return False
    i = q.stem.find(head[2:] + "，")
    return i >= 0 and not q.stem[:i].endswith(head[:2])
