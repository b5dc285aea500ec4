"""A list whose items are headings of two clauses (世界经济增速放缓，我国经济稳中有进) is asked with each
heading whole: cut to its first clause (sentence.core), the option says half the heading, the question
on the heading's own list quotes it whole, and a teacher rejects the key as not what the text says
(session 13: 题干只截取半句标题…答案与题干不符).  Lengths are policy (single_shapes.yaml)."""

from __future__ import annotations

from ..model import Span
from ..text import CLAUSE_END
from .sentence import PUNCT
from .single_fit import HEADING_OPTION_MAX, heading_line


def whole_headings(text: str, items: tuple[Span, ...] | list[Span], cores: list[str]) -> list[str]:
    """``cores`` with the core of each item that is a heading line of ``text`` holding two clauses, at most
    HEADING_OPTION_MAX characters in all, replaced by the whole heading (without its closing punctuation)."""
    out = []
    for item, c in zip(items, cores):
        whole = item.text.strip().rstrip(PUNCT)
        two = sum(ch in CLAUSE_END for ch in whole) == 1 and whole != c
        out.append(whole if two and len(whole) <= HEADING_OPTION_MAX and _titled(text, item, whole) else c)
    return out


def _titled(text: str, item: Span, whole: str) -> bool:
    """Whether ``item`` is a heading: a line of its own that ends without punctuation (a numbered line of
    study notes or a rule ending in 。 or ；, 2. 既要…，也要…。, is a sentence, and its halves the text's own)."""
    end = text.find("\n", item.start)
    line_end = text[item.start : len(text) if end < 0 else end].rstrip()
    return heading_line(text, whole) and not line_end.endswith(tuple(PUNCT))
