"""Chapter lines whose title is glued to their number (第一节新思想, 第九节政治建设).

A chapter line is read by ``parts`` in layout.yaml, which wants a space (or a quotation mark)
between 第N节 and the title: a body sentence may open with 第一节 too (第一节课后，…).  A scan or
an OCR'd handout often loses that space.  Where the text numbers several lines of one kind in
sequence (第一节…第二节…第三节), a short line without sentence marks that opens with the next or
the previous number of that kind is one of them: the space goes back in.
"""

from __future__ import annotations

import re

from ..numerals import value_of

# 第N节 and what follows it on a line; the kind is the character after the number
_CHAPTER_RE = re.compile(r"^(第([一二三四五六七八九十百零〇\d]{1,4})([编章节篇部])(?:分)?)([\s　]*)(.*)$")
# a glued title: short, opens with a character or a quotation mark, no sentence or clause mark
_GLUED_TITLE_RE = re.compile(r"^[\u4e00-\u9fff“‘《][^。，；！？,;!?：:]{0,30}$")


def space_glued_chapters(lines: list[str]) -> list[str]:
    """``lines`` with a space put between a chapter's number and its glued title, where the text's
    other chapter lines of that kind number it in sequence (an earlier or a later one is N±1)."""
    found = [(i, m) for i, x in enumerate(lines) if (m := _CHAPTER_RE.match(x))]
    numbers: dict[str, set[int]] = {}
    for _, m in found:
        numbers.setdefault(m.group(3), set()).add(value_of(m.group(2)))
    out = list(lines)
    for i, m in found:
        n, kind = value_of(m.group(2)), m.group(3)
        if m.group(4) or not _GLUED_TITLE_RE.match(m.group(5)):
            continue
        if len(numbers[kind]) >= 3 and (n - 1 in numbers[kind] or n + 1 in numbers[kind]):
            out[i] = f"{m.group(1)} {m.group(5)}"
    return out
