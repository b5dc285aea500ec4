"""Paragraphs a page or a letter marks by where they stand: a page's metadata slot (its date or category element,
found once where it stands, not wherever its words recur) and a letter's complimentary close over two lines."""

from __future__ import annotations

from .articles import Para
from .layout import load_layout
from .lines import META_SLOT
from .roles import BODY


def slot_paragraphs(lines: list[str], marks: dict[int, int], texts: list[str]) -> set[int]:
    """The indices of the paragraphs that are a page's metadata slots (``META_SLOT`` lines, which stand
    alone): the same occurrence of the same words (the first 本周学习, not a later paragraph saying it too)."""
    nth: dict[str, set[int]] = {}
    for i, level in marks.items():
        if level == META_SLOT:
            nth.setdefault(lines[i], set()).add(lines[:i].count(lines[i]))
    out: set[int] = set()
    if not nth:
        return out
    said: dict[str, int] = {}
    for k, t in enumerate(texts):
        if t in nth:
            if said.get(t, 0) in nth[t]:
                out.add(k)
            said[t] = said.get(t, 0) + 1
    return out


def join_letter_close(paras: list[Para]) -> None:
    """A letter's complimentary close over two lines (此致 / 敬礼！) becomes one body paragraph, 此致敬礼！:
    the letter's closing words, not a signature line and a title (policy: ``letter_close`` in layout.yaml)."""
    lay = load_layout()
    k = 0
    while k + 1 < len(paras):
        if lay.close_opens.match(paras[k].text) and lay.close_salute.match(paras[k + 1].text):
            paras[k].text, paras[k].role = paras[k].text + paras[k + 1].text, BODY
            del paras[k + 1]
        k += 1
