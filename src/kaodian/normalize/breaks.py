"""Whether a line break falls inside running text: a word of the dictionary runs across it, or the line
after it opens with a function word no paragraph opens with.  (What ``lines.join_lines`` asks of a break
a page number or a PDF's wrap made.)"""

from __future__ import annotations

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
