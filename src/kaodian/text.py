"""Small text helpers shared by the rules and the question generators."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .model import Span

# What ends a sentence: the one set the stages derive theirs from (a cited clause may also end
# at ；, a stem at a closing bracket; see questions/sentence.py and questions/lint.py).
SENTENCE_END = "。！？"
# What ends a clause: a sentence end, or the comma, semicolon and colon inside a sentence.
CLAUSE_END = "，；：" + SENTENCE_END
CLOSE = "”’」』）)"
# Trailing punctuation that never belongs to an item or a term.
TRAIL = "。；，、：！？,;:!? \u3000"
# Quotation marks and title brackets, each opening mark above its closing one (“” ‘’ 「」 『』 《》): the one
# set the sentence splitter, the false statements and the balance checks read.
OPEN_MARKS = "“‘「『《"
CLOSE_MARKS = "”’」』》"
# What a stem or an option keeps balanced (lint): double and single quotes and a title's brackets.
QUOTE_PAIRS: tuple[str, ...] = ("“”", "‘’", "《》")
# Every pair of marks and brackets, which a cut statement never splits (questions/falsehood.py).
ALL_PAIRS: tuple[str, ...] = tuple(o + c for o, c in zip(OPEN_MARKS, CLOSE_MARKS)) + ("（）", "()")


@lru_cache(maxsize=8)
def _significant(stops: str) -> re.Pattern[str]:
    """The characters the sentence splitter must look at: quotes, line breaks, stops."""
    return re.compile("[" + OPEN_MARKS + CLOSE_MARKS + "\n" + re.escape(stops) + "]")


def sentences(text: str, start: int = 0, end: int | None = None, stops: str = SENTENCE_END) -> Iterator[Span]:
    """Split text[start:end] into sentences (closing quotes stay with their sentence).

    A stop inside “…” does not end the sentence: a quoted sentence is part of
    the sentence that quotes it; nor does one inside a title (《滚蛋吧！肿瘤君》).
    """
    end = len(text) if end is None else end
    depth = 0
    s = start
    skip_to = start
    for m in _significant(stops).finditer(text, start, end):
        i = m.start()
        if i < skip_to:
            continue
        c = text[i]
        if c in OPEN_MARKS:
            depth += 1
        elif c in CLOSE_MARKS:
            depth = max(0, depth - 1)
            if depth == 0 and c != "》" and i > s and text[i - 1] in stops and text[i - 1] in SENTENCE_END:
                # a quoted sentence closes the sentence that quotes it: “…本国特色。”我们必须…
                j = i + 1
                while j < end and text[j] in CLOSE + stops:
                    j += 1
                yield _span(text, s, j)
                s = skip_to = j
        elif c == "\n":
            if text[s:i].strip():
                yield _span(text, s, i)
            s = i + 1
            depth = 0
        elif depth == 0:
            j = i + 1
            while j < end and text[j] in CLOSE + stops:
                j += 1
            yield _span(text, s, j)
            s = skip_to = j
    if text[s:end].strip():
        yield _span(text, s, end)


def _span(text: str, s: int, e: int) -> Span:
    while s < e and text[s] in " \u3000":
        s += 1
    return Span(text[s:e], s, e)


def sentence_at(text: str, pos: int) -> Span:
    """The sentence that holds offset ``pos``."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    for sp in sentences(text, ls, le):
        if sp.start <= pos < sp.end:
            return sp
    return Span(text[ls:le], ls, le)


def strip_span(text: str, s: int, e: int, chars: str = TRAIL) -> Span:
    """Trim white space and the given punctuation from both ends of text[s:e]."""
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return Span(text[s:e], s, e)


@lru_cache(maxsize=8)
def _marks(pairs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(pairs)) + "]")


@lru_cache(maxsize=8192)
def unbalanced(text: str, pairs: tuple[str, ...] = QUOTE_PAIRS) -> str | None:
    """The first mark of ``pairs`` (each an opening and its closing mark) that ``text`` leaves open or
    closes without opening, or None when every pair is balanced.  Cached: the same answers and options
    are checked again and again (three in five calls repeat one)."""
    marks = _marks(pairs).findall(text)
    if not marks:
        return None
    for o, c in pairs:
        seq = "".join(m for m in marks if m == o or m == c)
        no, nc = seq.count(o), seq.count(c)
        if no != nc:
            return o if no > nc else c
        # matched pairs removed innermost first (str.replace runs in C): with equal counts, what is
        # left opens with a mark closed before it was opened
        pair = o + c
        while pair in seq:
            seq = seq.replace(pair, "")
        if seq:
            return c
    return None


QUOTE_OPEN = "“"
QUOTE_CLOSE = "”"
_QUOTE_MARKS = re.compile("[“”\n]")


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """Every “…” span as (open, close, depth): offsets of the marks, depth 0 outermost.

    Double quotes nested in double quotes are matched by their direction; an
    unbalanced mark is ignored.
    """
    end = len(text) if end is None else end
    stack: list[int] = []
    out = []
    # only the marks and line breaks matter: the regex skips the text between them in C
    for m in _QUOTE_MARKS.finditer(text, start, end):
        i, c = m.start(), m.group()
        if c == QUOTE_OPEN:
            stack.append(i)
        elif c == QUOTE_CLOSE and stack:
            o = stack.pop()
            out.append((o, i, len(stack)))
        elif c == "\n":
            stack.clear()
    out.sort()
    return out


def common_prefix(words: list[str]) -> str:
    """The longest prefix all words share ('' when they share none)."""
    # the prefix of all is the prefix of the least and the greatest (min and max run in C)
    a, b = min(words), max(words)
    for i, c in enumerate(a):
        if c != b[i]:
            return a[:i]
    return a


# Two phrases that share an opening this long (a verb phrase) ...
SAME_OPENING = 4


def same_opening_paraphrase(a: str, b: str) -> bool:
    """Whether ``b`` says ``a``'s opening (its verb phrase: SAME_OPENING characters at least, and half of the
    shorter) over an object that shares a character with ``a``'s (着力扩大国内需求 / 着力扩大内部需要): a near
    paraphrase, which a teacher calls a trap (咬字陷阱) as a wrong option, never a clearly wrong one."""
    # (the slices first: most pairs a near-synonym test asks share no opening that long, and every test must pass)
    if a[:SAME_OPENING] != b[:SAME_OPENING] or a[-1:] == b[-1:]:
        return False  # (the tails: one head, two kinds of it, a contrast a question sets on purpose: 社会主义市场经济 / 计划经济)
    if any(c.isdigit() for c in a + b):
        return False  # dates and figures share their opening by nature (2024年3月 / 2024年5月)
    n, short = len(common_prefix([a, b])), min(len(a), len(b))
    return SAME_OPENING <= n < short <= 2 * n and any("\u4e00" <= c <= "\u9fff" for c in set(a[n:]) & set(b[n:]))


def common_suffix(words: list[str]) -> str:
    """The longest suffix all words share."""
    return common_prefix([w[::-1] for w in words])[::-1]


def common_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share.  Each start in the shorter is
    only asked for a run longer than the best so far, by a substring test in C: a table of every pair of
    characters walked in Python cost a hundredth of generation."""
    if len(a) > len(b):
        a, b = b, a
    best = 0
    for i in range(len(a)):
        while i + best < len(a) and a[i : i + best + 1] in b:
            best += 1
    return best


def shared_edges(short: str, long_: str) -> tuple[int, int]:
    """How long the head ``short`` shares with ``long_`` is, and the tail the rest of ``short`` shares with
    the end of ``long_`` (``short`` no longer than ``long_``): common_prefix of the two, then common_suffix of
    what follows it, walked in place (a near-synonym test asks this of every candidate option)."""
    n = len(short)
    p = 0
    while p < n and short[p] == long_[p]:
        p += 1
    q = 0
    while q < n - p and short[-1 - q] == long_[-1 - q]:
        q += 1
    return p, q


@lru_cache(maxsize=1024)
def by_edges(words: tuple[str, ...]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The non-empty ``words`` by their first and by their last character (two indexes): a near synonym
    shares one of them, so a pick made once per question tries only those (questions.distractors.acceptable).
    Remembered (read only by its callers): a point's kinds and draws pick with the same words forbidden
    (1,827 picks, 345 sets of words on the bench corpus)."""
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    for w in words:
        if w:
            first.setdefault(w[0], []).append(w)
            last.setdefault(w[-1], []).append(w)
    return first, last


BOOK_RE = re.compile(r"《([^《》\n]{1,80})》")


def norm(s: str) -> str:
    """Compare form: no white space, no trailing punctuation."""
    return re.sub(r"\s+", "", s).rstrip("。；，、：！？")


@lru_cache(maxsize=8192)
def said_in(texts: tuple[str, ...], phrase: str) -> bool:
    """Whether one of ``texts`` contains ``phrase``, remembered: a candidate option is checked for many
    answers (two in five checks repeat one), and each check reads every text of the material."""
    return any(phrase in t for t in texts)


def bare_title(title: str) -> str:
    """``title`` as it stands inside a stem's 《》: without the marks that enclose it whole, and a title quoted
    inside it in 〈〉 (《某课程》知识要点 -> 〈某课程〉知识要点, so 《〈某课程〉知识要点》; stripping both ends
    left 《某课程》知识要点》, whose 》 no 《 opens: the blind teachers' 题干中的“》”不成对)."""
    title = title.strip()
    if title.startswith("《") and title.endswith("》") and _nested(title[1:-1]):
        title = title[1:-1]
    return title.replace("《", "〈").replace("》", "〉")


def _nested(text: str) -> bool:
    """Whether every 《 of ``text`` is closed by a 》 after it and no 》 closes what it did not open."""
    depth = 0
    for c in text:
        depth += (c == "《") - (c == "》")
        if depth < 0:
            return False
    return depth == 0


def book_title(title: str) -> str:
    """``title`` in book-title marks, as Chinese writes a title that names another: 《〈某某概论〉课程知识要点》,
    never 《《某某概论》课程知识要点》 (``bare_title``).  A label in 【】 (【某月学习材料】) is shown as the text sets it."""
    if title.startswith("【") and title.endswith("】"):
        return title
    return f"《{bare_title(title)}》"


class Occurrences:
    """Where strings occur in one text, read off an index of its character pairs built once (a text of the bench corpus
    is searched for thousands of candidate options, and each ``str.find`` of one the text never says reads all of it)."""

    __slots__ = ("text", "_pairs")

    def __init__(self, text: str) -> None:
        self.text = text
        pairs: dict[str, list[int]] = {}
        for i, pair in enumerate(map(str.__add__, text, text[1:])):
            got = pairs.get(pair)
            if got is None:
                pairs[pair] = [i]
            else:
                got.append(i)
        self._pairs = pairs

    def of(self, s: str) -> list[int]:
        """Every offset where ``s`` starts in the text, overlapping ones too, in order (as repeated ``find`` gives them)."""
        text = self.text
        if len(s) < 2:
            return find_all(text, s)
        # (every occurrence holds each of its pairs: the rarest one of ``s`` in the text gives the fewest places to try)
        pairs = self._pairs
        k = min(range(len(s) - 1), key=lambda i: len(pairs.get(s[i : i + 2], ())))
        return [q - k for q in pairs.get(s[k : k + 2], ()) if q >= k and text.startswith(s, q - k)]


def find_all(text: str, s: str) -> list[int]:
    """Every offset where ``s`` starts in ``text``, overlapping ones too, in order (a search each: ``Occurrences``
    looks them up in an index, for a text searched for many strings)."""
    out, at = [], text.find(s)
    while at >= 0:
        out.append(at)
        at = text.find(s, at + 1)
    return out
