"""Small text helpers shared by the generators and lint: markers, clauses, width variants."""

from __future__ import annotations

import re

from ..model import Document, Span

# An ordinal marker at the start of an item or sentence (一是, 二要, （三）, 第四，, 5., ⑥, 首先，).
MARKER = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[是要来]|第[一二三四五六七八九十]+[，、,]"
    r"|\d+[.．、](?!\d)|[①-⑳]|(?:首先|其次|再次|最后)[，,])"
)
CLAUSE_END = "，；：。！？"
SENTENCE_END = "。！？；"
PUNCT = "，。、；：！？"
OPEN_QUOTES = "“‘《"
CLOSE_QUOTES = "”’》"

# Sentences longer than this are cut down to the ；-clause holding the point: a
# stem of more than ~120 characters no longer reads as one question.
LONG_SENTENCE = 120

BLANK = "______"
PAREN = "（　　）"


def strip_marker(span: Span) -> Span:
    """The span without a leading ordinal marker (a stem never starts with 一要 or （一）)."""
    m = MARKER.match(span.text)
    if not m:
        return span
    n = m.end()
    return Span(span.text[n:], span.start + n, span.end)


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
    # trailing white space or a line break never belongs to the sentence
    text = s.text.rstrip()
    return Span(text, s.start, s.start + len(text))


def _clause_window(text: str, s: Span, start: int, end: int) -> Span:
    """The ，-clauses around [start, end) that fit in LONG_SENTENCE characters (at least the point's own clauses)."""
    cuts = [s.start] + [i + 1 for i in range(s.start, s.end) if text[i] == "，"] + [s.end]
    a = max(c for c in cuts if c <= start)
    b = min(c for c in cuts if c >= end)
    while True:
        grown = False
        for cand_a, cand_b in (((max([c for c in cuts if c < a], default=None)), b), (a, min([c for c in cuts if c > b], default=None))):
            if cand_a is None or cand_b is None:
                continue
            if cand_b - cand_a <= LONG_SENTENCE:
                a, b, grown = cand_a, cand_b, True
                break
        if not grown:
            break
    piece = text[a:b]
    if b < s.end and piece.endswith("，"):
        b -= 1
    return Span(text[a:b], a, b)


def end_sentence(text: str) -> str:
    """A clause cut out of a longer sentence, ended with 。 so a stem reads as a sentence."""
    if text and text[-1] in "，；：、":
        return text[:-1] + "。"
    if text and text[-1] not in "。！？”’）":
        return text + "。"
    return text


def _sentence_at(text: str, start: int, end: int) -> Span:
    a = start
    while a > 0 and text[a - 1] not in "。！？\n":
        a -= 1
    b = end
    while b < len(text) and text[b] not in "。！？\n":
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1
    while b < len(text) and text[b] in CLOSE_QUOTES:
        b += 1
    return Span(text[a:b], a, b)


def core(item: str) -> str:
    """The core of an enumeration item: its first clause, when that clause says enough on its own."""
    for i, c in enumerate(item):
        if c in CLAUSE_END:
            # a first clause under 4 characters (必须，…) is not a requirement by itself
            if i >= 4:
                return item[:i]
            break
    return item.rstrip(PUNCT)


_HALF = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FULL = {v: k for k, v in _HALF.items()}


def width_variants(s: str) -> tuple[str, ...]:
    """The string and its half-width and full-width spellings, each once (１+X, 1＋X …)."""
    out = [s]
    for table in (_HALF, _FULL):
        v = "".join(table.get(c, c) for c in s)
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


def common_prefix(words: list[str]) -> str:
    p = words[0]
    for w in words[1:]:
        while not w.startswith(p):
            p = p[:-1]
    return p


def common_suffix(words: list[str]) -> str:
    return common_prefix([w[::-1] for w in words])[::-1]


CN_NUM = "零一二三四五六七八九十"


def cn_count(n: int) -> str:
    """3 -> 三, 12 -> 十二 (counts of enumeration items)."""
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return str(n)
