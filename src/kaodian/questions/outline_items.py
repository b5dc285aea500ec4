"""What a study outline's list items and titles carry that a printed recall question must not (session 19's
blind teachers): sub-headings with nothing under them on their line (1、意义 / 2、基本要求：…), page references
(某某美德的当代价值 96-97三点), a joke or aside in brackets in a title (懂得实践（……听着像…）), a title that
names its own items after a colon (某某的主要内容：甲+乙+丙).

The mechanism is here; the words and patterns are policy (outline_items.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..model import Span
from ..rules.schema import load_policy_file

# What outline_items.yaml holds; every key is required.
SCHEMA = {"bare_aspect": "re", "bare_aspect_max": int, "aspect_owner_max": int, "page_ref": "re", "page_units": [str],
          "title_note": "re", "title_answers": "re", "note_item": "re", "heading_marker": "re", "heading_end": "re",
          "member_term_max": int, "member_claim": "re",
          "member_joiners": "re", "announced": "re", "task_item": "re", "task_heading": "re"}

# a bracketed gloss after an item (起源（劳动是历史前提）): no content that makes a sub-heading a point
_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")


@lru_cache(maxsize=1)
def policy() -> dict:
    """outline_items.yaml, checked against SCHEMA and its patterns compiled (read once)."""
    data = load_policy_file(Path(__file__).with_name("outline_items.yaml"), SCHEMA)
    return {k: re.compile(v) if SCHEMA[k] == "re" else v for k, v in data.items()}


def _own_line(text: str, s: Span) -> bool:
    """Whether the item ``s`` of the document ``text`` ends its line (a line break, or the text's end, follows it,
    after its bracketed gloss or a colon's run-on): an outline's sub-heading, not a member said in a sentence."""
    end = text.find("\n", s.end)
    rest = text[s.end : end if end >= 0 else len(text)]
    return not rest.strip() or rest.lstrip()[:1] in "：:（("


def bare_aspect(item: str) -> bool:
    """Whether ``item`` is a sub-heading of an aspect with nothing said of it (意义, 人生本质, 大学生活的特点,
    起源（劳动是历史前提）): its name before a colon, glosses in brackets dropped, ends with an aspect word and
    nothing follows the colon."""
    pol = policy()
    colon = re.search("[：:]", item)
    name, said = (item[: colon.start()], item[colon.end() :]) if colon else (item, "")
    if said.strip():
        return False
    name = _BRACKETS.sub("", without_page_ref(name)).strip()
    m = pol["bare_aspect"].search(name) if 0 < len(name) <= pol["bare_aspect_max"] else None
    # (the aspect word alone, after a word or two or after its owner's 的: a named principle or relation,
    # 党管干部原则, 民主集中制原则, 政府和市场的关系 of a list of them, is a point; review, session 20)
    owner = name[: m.start()] if m else ""
    return m is not None and (len(owner) <= pol["aspect_owner_max"] or owner.endswith("的") and "和" not in owner)


def sub_headings(text: str, items: tuple[Span, ...]) -> bool:
    """Whether a list of the document ``text`` is an outline's skeleton: half its items or more stand on lines of
    their own as bare aspects (1、意义 / 2、基本要求：…), or an item is an aside (……这…).  Its answer would be the
    sub-headings, not the points under them (session 19's blind teachers: 只问小标题，答案空洞).  (One bare aspect
    among points, 人生目的及其作用 beside 人生态度 and 人生价值, leaves a list a teacher asks.)"""
    note = policy()["note_item"]
    bare = sum(_own_line(text, s) and bare_aspect(s.text) for s in items)
    return any(note.match(s.text) for s in items) or 2 * bare >= len(items)


def _heading_line(text: str, s: Span) -> bool:
    """Whether the item ``s`` is its whole line but for its ordinal: a sub-heading (（二）人生观的主要内容),
    not a point said on a line with its gloss or a sentence after it."""
    pol = policy()
    start = text.rfind("\n", 0, s.start) + 1
    end = text.find("\n", s.end)
    rest = text[s.end : end if end >= 0 else len(text)]
    return bool(pol["heading_marker"].fullmatch(text[start : s.start])) and not rest.strip() \
        and not pol["heading_end"].search(s.text)


def skeleton(text: str, items: tuple[Span, ...]) -> bool:
    """Whether a list of the document ``text`` is a study guide's sub-headings, each heading a section of its own:
    every item a heading line and content under half of them or more (a line before the next item).  Asked as a
    list, the answer is the guide's table of contents (session 21's blind teachers: 考笔记小标题，无实质内容;
    the definitions and lists under them are asked instead).  Sub-headings that are the members a test asks stay:
    short terms (宪法相关法, 诉讼法) or claims of their own (某某是…的核心)."""
    pol = policy()
    if len(items) < 2 or not all(_heading_line(text, s) for s in items):
        return False
    if all(len(s.text) <= pol["member_term_max"] and "的" not in s.text for s in items) or \
            all(pol["member_claim"].search(s.text) for s in items) or _named_above(text, items):
        return False
    if pol["announced"].search(_line_above(text, items[0].start)) or \
            pol["task_heading"].search(_heading_above(text, items[0].start)):
        return False  # (a report's tasks, which the line above counts or a heading names: what a test asks)
    if 2 * sum(bool(pol["task_item"].match(s.text)) for s in items) >= len(items):
        return False  # (verb-led headings are a plan's tasks, each a point; a guide's headings are nominal)
    # (the last item's section runs to the next heading, which this list does not know: the others decide)
    under = sum(bool(text[text.find("\n", a.end) + 1 : text.rfind("\n", 0, b.start)].strip())
                for a, b in zip(items, items[1:]))
    return 2 * under >= len(items) - 1


def _line_above(text: str, pos: int) -> str:
    """The line of ``text`` above the one ``pos`` stands on ("" on the first line)."""
    start = max(text.rfind("\n", 0, pos), 0)
    return text[text.rfind("\n", 0, start) + 1 : start]


def _heading_above(text: str, pos: int) -> str:
    """The nearest line of ``text`` above the one ``pos`` stands on that is not blank ("" when there is none)."""
    start = text.rfind("\n", 0, pos)
    while start > 0:
        above = text[text.rfind("\n", 0, start) + 1 : start]
        if above.strip():
            return above
        start = text.rfind("\n", 0, start)
    return ""


def _named_above(text: str, items: tuple[Span, ...]) -> bool:
    """Whether the line above the first of ``items`` names them: half of them or more end with a term that line
    holds (中国精神是民族精神和时代精神的统一 over 以爱国主义为核心的民族精神, 以改革创新为核心的时代精神), or
    hold one it names after its colon (某某的主要内容：甲+乙+丙 over 甲及其作用, 乙): the members of the
    formulation it states, which a test asks."""
    above = _line_above(text, items[0].start)
    colon = re.search("[：:]", above)
    named = [n for n in policy()["member_joiners"].split(above[colon.end() :]) if len(n) >= 2] if colon else []
    hits = sum(len(h := s.text[s.text.rfind("的") + 1 :]) >= 2 and h in above or any(n in s.text for n in named)
               for s in items)
    return bool(above) and 2 * hits >= len(items)


def page_ref(item: str) -> re.Match[str] | None:
    """The first page reference in ``item`` (a page range, 135-136; a page number after a space, 价值观 70社会), or
    None: a figure with its unit after it (3-5个, 全国 31省份) is the text's own.  The one reading of a page
    reference: a recall's item is cut before it, and lint flags an option or a key that holds one.  (A range
    glued to the words before it and after it, 每季度开展2-3场, is a figure too: see outline_items.yaml.)"""
    pol = policy()
    for m in pol["page_ref"].finditer(item):
        if not item[m.end():].lstrip().startswith(tuple(pol["page_units"])):
            return m
    return None


def without_page_ref(item: str) -> str:
    """``item`` without an index's page reference and what its line runs on with after it (多党合作和政治协商
    156基本特色 -> 多党合作和政治协商); ``item`` when it has none or is nothing but one."""
    m = page_ref(item)
    cut = item[: m.start()].rstrip() if m else item
    return cut or item


def clean_title(title: str) -> str:
    """``title`` as a stem may quote it: without a bracketed aside (……听着像…) and without the items it names
    after a colon (某某的主要内容：甲+乙+丙 -> 某某的主要内容); ``title`` when nothing would be left."""
    pol = policy()
    cut = pol["title_answers"].sub("", pol["title_note"].sub("", title)).strip()
    return cut or title
