"""Whether a line break falls inside running text: a word of the dictionary runs across it, or the line
after it opens with a function word no paragraph opens with.  (What ``lines.join_lines`` asks of a break
a page number or a PDF's wrap made.)"""

from __future__ import annotations

import re
from collections import Counter

from .layout import load_layout
from .roles import WRAPPED_MIN, char_width, ends_terminal

# Characters either side of a line break segmented to tell whether a word runs across it: a word of
# the dictionary is at most four characters in the cases that matter (原则, 激发, 基本原则).
_ACROSS = 4


def word_across(prev: str, line: str) -> bool:
    """Whether a word runs across the break between ``prev`` and ``line`` (基本原 | 则是 -> 基本原则)."""
    from .. import segment  # (jieba is loaded only for a text that has such a break)

    head = prev[-_ACROSS:]
    if not (head[-1:].isalpha() and line[:1].isalpha() and "\u4e00" <= head[-1] <= "\u9fff" and "\u4e00" <= line[0] <= "\u9fff"):
        return False
    at = 0
    for w in segment.cut(head + line[:_ACROSS]):
        if at < len(head) < at + len(w):
            return True
        at += len(w)
    return False


def opens_with_function_word(line: str) -> bool:
    """Whether ``line`` opens with a conjunction or particle as a word of its own (和农民增收, 的发展):
    no paragraph starts so (和平, 与时俱进 are words of their own)."""
    from .. import segment  # (only for a line after a page break)

    first = segment.tag(line[:6])
    return bool(first) and first[0][1][:1] in ("c", "u") and first[0][0] in _FUNCTION_OPENERS


# conjunctions and particles that never open a paragraph
_FUNCTION_OPENERS = frozenset(("和", "与", "及", "以及", "并", "而", "的", "地", "得", "了", "着", "等", "或"))


# A text marks its paragraphs by indenting their first lines when at least this many lines are indented
# (and not nearly all: a text that indents every line marks nothing).
INDENTED_MIN = 10
INDENTED_SHARE = (0.05, 0.8)
# (a full-width indent or a tab: spaces indent a Markdown list's items or centre a title, and mark no paragraph)
_INDENT = ("\u3000", "\t")
# An unindented line this short with no punctuation is a subheading or a title, never the rest of a wrapped line.
SUBHEAD_MAX = 20
_PUNCT = re.compile(r"[，。；：、！？,.;:!?]")
# ... and a line of running text above an unindented line is at least this long (a byline or a title is shorter)
RUN_MIN = 16
# ... and it is wrapped at a column when this share of its unindented lines are of one width
COLUMN_SHARE = 0.5


def join_unindented(lines: list[str]) -> list[str]:
    """In a text that indents the first line of each paragraph (a book scanned or retyped line by line,
    wrapped anywhere), a line without the indent goes on the line before it when that line ends no
    sentence (…每个成员都 / 在一定的条件下生活，…): the lines are one paragraph however wide each is.  A blank line, a
    sentence end or a line that stands alone (a heading, an item, a chapter, a Markdown line, a short
    unpunctuated subheading) still breaks, above or below, and so does a short line above (a byline, a
    title: 某某某 / （一九三九年七月在某地的讲演）)."""
    from .layout import load_layout
    from .roles import HEADING_RE, ITEM_START_RE  # (roles imports this module's users)

    def alone(line: str, below: bool) -> bool:
        # (a line below opens an item of its own, unless the line above ran to the column's edge (五是… cut
        # there); above, an item's paragraph may wrap, a heading's line not)
        unpunctuated = not _PUNCT.search(line)
        return bool(HEADING_RE.match(line) and (below or unpunctuated) or below and ITEM_START_RE.match(line)) \
            or bool(load_layout().parts.match(line)) or line[:1] in "#>-*|" or (len(line) <= SUBHEAD_MAX and unpunctuated)

    filled = [x for x in lines if x.strip()]
    indented = sum(1 for x in filled if x.startswith(_INDENT))
    low, high = INDENTED_SHARE
    if indented < INDENTED_MIN or not low * len(filled) <= indented <= high * len(filled):
        return lines
    # where the lines that run to a column's edge stop, if most unindented lines do (a wrapped part)
    widths = Counter(len(x.strip()) for x in filled if not x.startswith(_INDENT))
    col, n = widths.most_common(1)[0] if widths else (0, 0)
    col = col if n >= COLUMN_SHARE * sum(widths.values()) and col >= RUN_MIN else 0
    out: list[str] = []
    last = ""  # the last line as it stood
    for x in lines:
        prev, bare = out[-1].strip() if out else "", x.strip()
        # (only a paragraph that opened with the indent goes on: a title, a byline or a caption has none;
        # after a sentence's end only a line that ran to the column's edge)
        full = bool(col) and len(last.strip()) == col
        if out and out[-1].startswith(_INDENT) and bare and len(prev) >= RUN_MIN and not x.startswith(_INDENT) \
                and (full or _open_end(prev) or bare[:1] in _CLAUSE_OPENERS) and not alone(bare, not full) \
                and not alone(prev, False):
            out[-1] = out[-1].rstrip() + bare
        else:
            out.append(x)
        last = x
    return out


# A line opening with one of these goes on the sentence above, whatever that line ends with (…“人人可以成才”③ /
# ，在我看来…: a note's marker after a quote's close is no sentence's end): no paragraph opens with a clause mark
_CLAUSE_OPENERS = "，、；：,;"


def _open_end(line: str) -> bool:
    """Whether ``line`` stops where running text cannot end: on a character of a word, a clause mark or an
    opening mark (…广大群众 / …各级组织都， / …“), not a sentence's end or a closing bracket (…。（掌声）)."""
    last = line[-1:]
    return "\u4e00" <= last <= "\u9fff" or last in "，、：；“‘《（"


_OPENS, _CLOSES = "（(【[《“", "）)】]》”"
# A bracketed widget a page copy sets one word per line (【字体： / 大 / 中 / 小 / 】): at most this many
# short lines of at most this many characters between the bracket and its close
_SPLIT_LINES, _SPLIT_CHARS = 5, 3


def join_split_brackets(lines: list[str]) -> list[str]:
    """Brackets a copy split over lines put back together: a line that is only an opening bracket joins
    the line after it (（ / 三）改革开放…: a heading's ordinal wrapped at its bracket), and a short line opening a
    bracket that a few one-word lines close
    (【字体： / 大 / 中 / 小 / 】, a page's font widget) becomes one line, which the layout's noise can then see.
    (A lone closing bracket is left to the unwrapping of lines: a PDF's wrap before it, 姓名（职务 / ）, is
    joined there with the paragraph's other lines.)"""
    out: list[str] = []
    pending = ""  # lone opening brackets waiting for the line after them
    i = 0
    while i < len(lines):
        line = pending + lines[i].lstrip() if pending else lines[i]
        x = line.strip()
        if x and all(c in _OPENS for c in x) and i + 1 < len(lines):
            pending, i = x, i + 1
            continue
        pending = ""
        close = _widget_end(lines, i) if len(x) <= 12 and _unclosed(x) else None
        if close is not None:
            out.append("".join(y.strip() for y in [x, *lines[i + 1 : close + 1]]))
            i = close + 1
            continue
        out.append(line)
        i += 1
    return out


def _unclosed(line: str) -> bool:
    return any(line.count(o) > line.count(c) for o, c in zip(_OPENS, _CLOSES))


def _widget_end(lines: list[str], i: int) -> int | None:
    """The line that closes the bracket ``lines[i]`` opens, when every line up to it is one short word."""
    for j in range(i + 1, min(len(lines), i + 2 + _SPLIT_LINES)):
        x = lines[j].strip()
        if not x or len(x) > _SPLIT_CHARS:
            return None
        if any(c in x for c in _CLOSES):
            return j
    return None


def bold_run(prev: str, line: str) -> bool:
    """Whether ``line`` goes on the sentence ``prev`` began, which a web page's bold run split over lines
    (“十五五”时期经济社会发展的 / 主要目标 / 是：…): it opens with a copula and a colon (``run_on_head``), or
    ``prev`` ends as a modifier does (``run_on_tail``) and ``line`` is a short phrase with no clause mark,
    the bold run itself (a heading may end with 的, …是统一的, before its body paragraph)."""
    lay = load_layout()
    if lay.run_on_head.match(line):
        return True
    return bool(lay.run_on_tail.search(prev)) and char_width(line) < WRAPPED_MIN and not _CLAUSE.search(line) \
        and not ends_terminal(line)


_CLAUSE = re.compile("[，、；：,;]")  # (a clause mark: a line holding one is running text, no bold run)
