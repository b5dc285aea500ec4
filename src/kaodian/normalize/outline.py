"""The divisions of an outline across a document: where a restart of the 一、二、 headings opens a new
article and where it opens the next part of the same one (parallel part banners, chapter lines), and
the short lines between divisions in sequence that are the outline's, not titles or bylines."""

from __future__ import annotations

import re

from ..numerals import value_of
from .layout import load_layout
from .para import Para
from .roles import AFFIL, BODY, BYLINE, HEADING, SPEECH, TITLE, heading_number

# a paragraph that opens with a point of an outline's second level (（三）四项基本原则)
PAREN_POINT_RE = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[)）]")
DIGIT_POINT_RE = re.compile(r"^(\d{1,2})[、.．](?!\d)")
# the marker of a chapter line (第一章 …): its kind is the character after the number
PART_MARKER_RE = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}([编章节篇部题])(?:分)?[\s　]*")


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[^\u4e00-\u9fff]", "", s)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def split_on_restart(body: list[Para]) -> list[list[Para]]:
    """Cut a run of body paragraphs where the 一、二、 headings start again.

    The cut goes between the last heading before the restart and the restart,
    where the paragraphs' vocabulary turns from the one article's headings to
    the other's.  一、 after a lone 一、 is no restart (a wrap put it at a line's start).
    """
    # (a loop, not a recursion: a compilation of a thousand articles restarts a thousand times)
    heads = [(i, heading_number(p.text)) for i, p in enumerate(body) if p.role == HEADING]
    pieces: list[list[Para]] = []
    start, first = 0, 0  # the current piece opens at body[start]; heads[first] is its first heading
    for k in range(1, len(heads)):
        (i0, n0), (i1, n1) = heads[k - 1], heads[k]
        if n1 == 1 and n0 >= 2 and k > first:
            before = _bigrams("".join(body[j].text for j, _ in heads[first:k]))
            after = _bigrams("".join(body[j].text for j, _ in heads[k:]))
            cut = i1
            # walk back from the restart while a paragraph reads more like what follows
            for j in range(i1 - 1, i0, -1):
                b = _bigrams(body[j].text)
                if len(b & after) > len(b & before):
                    cut = j
                else:
                    break
            if _parallel_banners(body[i1 - 1], body[start : heads[first][0]]) or _next_part(body[start:i1]):
                continue  # the same document's next part (国内…要点 / 国际…要点, 第二章): its headings restart
            pieces.append(body[start:cut])
            start, first = cut, k
    return pieces + [body[start:]]


# Part banners of one document differ only in their first words (国内“形势与政策”教学要点 / 国际“形势与政策”教学要点;
# 城市工作要点 / 农村工作要点): at most this many characters; two articles' titles that end alike (…上的讲话) differ more.
BANNER_HEAD = 2
BANNER_MAX = 30


def _banner(p: Para) -> bool:
    """A short line of the body with no sentence or label mark: a part banner may be one."""
    return p.role == BODY and len(p.text) <= BANNER_MAX and not re.search(r"[。！？；：:]", p.text)


def _parallel_banners(line: Para, before_first: list[Para]) -> bool:
    """Whether ``line``, the line right before a restart of the headings, parallels the short line
    right before the current piece's first heading: two part banners of one document, not a new title."""
    if not before_first or not _banner(line) or not _banner(before_first[-1]):
        return False
    a, b = line.text, before_first[-1].text
    return a != b and len(a) == len(b) and a[BANNER_HEAD:] == b[BANNER_HEAD:]


# A part line (第二章 …) stands this close above the 一、 it opens: an epigraph or a summary line may come between.
PART_LEAD_PARAS = 3


def _next_part(piece: list[Para]) -> bool:
    """Whether the lines right before a restart of the headings (the end of ``piece``) hold a part line
    (第二章 …, 绪论 …) that follows one earlier in the piece: a book or an outline numbers each chapter's
    一、二、 anew, one document still."""
    parts = [(k, n) for k, p in enumerate(piece) if (n := _outline_number(p)) and n[0] not in ("一、", "（一）", "1、")]
    return len(parts) >= 2 and parts[-1][0] >= len(piece) - PART_LEAD_PARAS and _goes_on(parts[-2][1], parts[-1][1])


def _outline_number(p: Para) -> tuple[str, int | None] | None:
    """The kind and number of an outline's division a paragraph opens, else None: a 一、 heading (二、 ->
    ("一、", 2)), a chapter line (第二章 -> ("章", 2); an unnumbered part such as 附则 -> ("", None)), a
    second-level point (（三） -> ("（一）", 3)) or a numbered point (3、 -> ("1、", 3))."""
    if p.role == HEADING:
        return ("一、", heading_number(p.text))
    if p.role == BODY and (m := PAREN_POINT_RE.match(p.text)):
        return ("（一）", value_of(m.group(1)))
    if p.role == BODY and (m := DIGIT_POINT_RE.match(p.text)):
        return ("1、", int(m.group(1)))
    if p.role != BODY or not load_layout().parts.match(p.text):
        return None
    m = PART_MARKER_RE.match(p.text)
    return (m.group(1), value_of(p.text[1 : m.start(1)])) if m else ("", None)


def _goes_on(a: tuple[str, int | None], b: tuple[str, int | None]) -> bool:
    """Division ``b`` follows ``a`` in one outline: the next number of its kind, or an unnumbered
    part beside a chapter (总纲 … 第一章, 第五章 … 其余各章)."""
    if a[0] != "一、" and b[0] != "一、" and None in (a[1], b[1]):
        return True
    return a[0] == b[0] and b[1] == a[1] + 1


def lines_within_one_outline(paras: list[Para]) -> None:
    """Short unpunctuated lines between the divisions of one outline are its lines, not titles.

    A study outline's labels and the lines a PDF wrapped (标志：关于…的一些, 政协职能：（1）…) look
    like titles; but where the divisions around them go on in sequence (第二章 … [lines] …
    第三章, 一、 … 二、), no new article starts there: articles number their divisions anew.
    """
    marks = [(k, n) for k, p in enumerate(paras) if (n := _outline_number(p))]
    pairs = []
    # each kind's divisions in turn (第一章 … 第二章 across the 第一节 between them); an unnumbered part
    # stands with the chapter lines of every kind (第五章 … 其余各章)
    for kind in {n[0] for _, n in marks if n[0]}:
        same = [(k, n) for k, n in marks if n[0] == kind or not n[0] and kind in "编章节篇部"]
        pairs += zip(same, same[1:])
    for (k0, a), (k1, b) in pairs:
        between = paras[k0 + 1 : k1]
        if _goes_on(a, b) and not any(p.role in (SPEECH, AFFIL) for p in between):
            for p in between:
                if p.role in (TITLE, BYLINE):  # (a label of two to four characters reads as a name: 劳动, 宗教信仰)
                    p.role = BODY
