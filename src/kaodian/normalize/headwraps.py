"""Headings a wrap broke: a heading's tail on the next line, an ordinal a wrap put at a line's start.

Moved out of ``lines`` (which joins hard-wrapped lines into paragraphs): both
passes run on the joined paragraphs, after ``join_lines`` has done its work.
``join_heading_wraps`` puts a wrapped heading's tail back on its heading;
``mend_ordinal_wraps`` joins a paragraph that opens with 一、 out of the
headings' sequence to the paragraph before it.
"""

from __future__ import annotations

import re

from .layout import load_layout
from .roles import CLOSERS, HEADING_RE, TITLE_MAX, WRAPPED_MIN, char_width, ends_terminal, heading_number, starts_block


def join_heading_wraps(paras: list[str], marked: frozenset[str] = frozenset()) -> list[str]:
    """A heading wrapped over lines: its tail is a short paragraph that ends no sentence (a Markdown line, ``marked``, is whole)."""
    out: list[str] = []
    for p in paras:
        if out and out[-1] not in marked and p not in marked and _continues_heading(out[-1], p):
            out[-1] += p
        else:
            out.append(p)
    return out


# the number of a chapter line that opens with its title on the same line (第七节 某某, 第二章　某某)
_CHAPTER_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}[编章节篇部](?:分)?[\s　]*(?=\S)")


def _continues_heading(head: str, p: str) -> bool:
    # a 一、 heading, or a chapter line that the tail completes (第一章 …, 总纲: as study outlines and
    # charters divide a text)
    if not (HEADING_RE.match(head) or load_layout().parts.match((head + p).strip())) or ends_terminal(head):
        return False
    if char_width(p) >= TITLE_MAX / 2 or char_width(head + p) > 2 * TITLE_MAX or starts_block(p) \
            or load_layout().heading_tail_never.match(p):
        return False
    if char_width(head) < char_width(p):
        # a wrap leaves the head line the longer one: a short chapter line is whole (第一节 某某)
        return False
    if _CHAPTER_NUMBER.match(head) and char_width(_CHAPTER_NUMBER.sub("", head, 1)) < char_width(p):
        # ... and so it leaves the chapter's title words, the number aside, longer than the tail: a short title
        # after its number (第七节 某某建设) is whole, and the line under it (a chart's caption) its body
        return False
    # the tail ends no sentence (a short sentence after a heading is its first paragraph), and no clause its
    # next line goes on (一、某某 / 加强学习，: the first clause of the body; a heading's wrap ends with its words)
    return not ends_terminal(p) and not p.rstrip(CLOSERS).endswith(_CLAUSE_GOES_ON)


# the marks after which a clause goes on: a comma or an enumeration's 、
_CLAUSE_GOES_ON = ("，", ",", "、")


def mend_ordinal_wraps(paras: list[str]) -> list[str]:
    """A paragraph that opens with 一、 out of the headings' sequence was put there by a wrap.

    一、 after 一、 (or 三、 after 一、) is not the next heading: when the
    paragraph before ends no sentence, the two are one paragraph.  A restart
    at 一、 after two or more headings is a new article's first heading.
    """
    out: list[str] = []
    last = 0  # the number of the last heading in sequence
    for p in paras:
        n = heading_number(p)
        if n and (n == last + 1 or n == 1 and last >= 2):
            last = n
        elif n and out and not ends_terminal(out[-1]) and char_width(out[-1]) >= WRAPPED_MIN:
            out[-1] += p
            continue
        out.append(p)
    return out
