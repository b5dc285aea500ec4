"""A cloze's stem that another sentence of the text repeats with other words in its blanks (parallel
sentences: 刘少奇同志是A的光辉榜样。刘少奇同志是B的光辉榜样。) asks nothing a learner can tell apart: the
stem is widened by the sentence after it, or not asked (ask_cloze.cloze_statement)."""

from __future__ import annotations

import re

from ..model import Span
from .drafting import Ctx

# What stands in a parallel sentence where the cloze has its blank (the other sentences' terms)
PARALLEL_FILL = "[^。；！？\n]{1,40}?"
# A stem widened by the sentence after it is at most this long (a sentence and a short one after it)
PARALLEL_MAX = 160
# A clause shorter than this says too little to be cited alone (a cloze's stem cut to the clause of
# its answer), or to be told apart from a parallel one
MIN_CLAUSE = 10


def parallel_elsewhere(text: str, src: Span, blanks: tuple) -> bool:
    """Whether another sentence of the text reads as the cloze's stem with other words in its blanks
    (parallel sentences: 刘少奇同志是A的光辉榜样。刘少奇同志是B的光辉榜样。): its stem asks nothing
    a learner can tell apart.  A copy of the sentence itself is not one."""
    pieces, pos = [], 0
    for b in sorted(blanks, key=lambda b: b.start):
        pieces.append(src.text[pos : b.start])
        pos = b.end
    pieces.append(src.text[pos:])
    # (a parallel sentence repeats every piece: the longest stated once rules it out, cheaply)
    if sum(map(len, pieces)) < MIN_CLAUSE or text.count(max(pieces, key=len)) < 2:
        return False
    pattern = re.compile(PARALLEL_FILL.join(map(re.escape, pieces)))
    # (the very sentence said again, the same words in its blanks, is no other sentence: a text pasted twice
    # asks it once, as the text once does)
    return any(m.start() != src.start and m.group() != src.text for m in pattern.finditer(text))


def with_next_sentence(ctx: Ctx, src: Span) -> Span | None:
    """``src`` and the sentence after it in its paragraph, or None (the last sentence, or too long)."""
    text = ctx.doc.text
    j = src.end
    while j < len(text) and text[j] in " \u3000":
        j += 1
    if j >= len(text) or text[j] == "\n":
        return None
    nxt = ctx.source(j, j + 1)
    if nxt.start < src.end:
        return None
    end = nxt.end
    # a sentence after it that opens a quotation ends where the quotation closes (刘少奇同志说：“…。…。”): the
    # sentence splitter stops at the quotation's first 。, and a stem cut there leaves its “ unpaired
    while text.count("“", src.start, end) > text.count("”", src.start, end):
        close = text.find("”", end)
        if close < 0 or "\n" in text[end:close]:
            return None
        end = close + 1
        end += text[end : end + 1] in "。！？" and end < len(text)
    if end - src.start > PARALLEL_MAX:
        return None
    return Span(text[src.start : end], src.start, end)
