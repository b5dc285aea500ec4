"""Markdown headings: which of a Markdown text's # lines title it and which divide it into sections."""

from __future__ import annotations

from collections import Counter

from .articles import Para
from .layout import load_layout
from .roles import BODY, BYLINE, DATE, HEADING_RE, SOURCE, SPEECH, TITLE, TITLE_MAX, char_width


def mark_markdown_headings(paras: list[Para], levels: dict[str, int], raw: str) -> None:
    """The headings of a Markdown text (## 一节, ### 一小节) give its sections: the shallowest level
    used at least twice divides it (a lone # line above is its title); its lines are the section
    headings, deeper ones are lines of the body (labels of the notes under them), never titles.
    ``levels``: the cleaned heading lines with their level (``clean_and_mark``)."""
    _mark_sections(paras, levels)
    _site_heading_stack(paras, levels)


def _mark_sections(paras: list[Para], levels: dict[str, int]) -> None:
    """The section headings and the title of ``mark_markdown_headings``."""
    counts = Counter(levels.values())
    title = _markdown_title(paras, levels, counts)
    if title:
        title.role = TITLE  # the file's top heading (# …) is its title, however punctuated (某某！读懂…)
        counts[1] -= 1
    section = min((lv for lv, n in counts.items() if n >= 2), default=0)
    if not section:
        return
    loose = (TITLE, BODY, BYLINE, SPEECH)
    for p in paras:
        if levels.get(p.text, 0) > section:
            p.md_level = levels[p.text]
            if p.role in loose:
                p.role = BODY  # a label over the notes below it (### 时代背景), not a name or a title
    first = None
    # a numbered part's heading shallower than the level that divides the text divides it too: a note
    # that adds a chapter of its own (# 第九章 … among ## 第一节 …) has no level above it to belong to (an
    # unnumbered one, # 某某工作方案 after a notice, titles a text of its own)
    dividing = {line for line, level in levels.items()
                if level == section or 0 < level < section and _numbered_heading(line)}
    heads = [p for p in paras if p.text in dividing and p is not title]
    # the text's first line, a heading of no number over numbered ones (## 关于印发…的通知 / ## 一、…): its
    # title, a converted document's heading level notwithstanding
    top = paras[0] if paras and heads and heads[0] is paras[0] and not HEADING_RE.match(paras[0].text) \
        and sum(bool(HEADING_RE.match(p.text)) for p in heads[1:]) >= 2 else None
    for i, p in enumerate(paras):
        # a digest's article title over its byline, or a page's headline over its date line
        signed = i + 1 < len(paras) and paras[i + 1].role in (BYLINE, DATE)
        if p.text in dividing and p.role in loose and not signed and p is not top and p is not title:
            p.role, p.md_heading = BODY, True
            first = i if first is None else first
    if first is None:
        return
    for p in paras[first:]:
        if p.role == TITLE and p.text not in levels:
            p.role = BODY  # a short note without a full stop under a heading: Markdown marks its titles with #


def _site_heading_stack(paras: list[Para], levels: dict[str, int]) -> bool:
    """A page of a static-site note book that opens with a stack of headings, each deeper than the one above
    (# 笔记 / ## 某栏 / ### the piece's title) before a title line of the piece's own (its headline): the
    deepest heading titles the piece with that line, the ones above are the site's and the notebook's
    headings, apparatus.  Whether the page opens so; the roles are set when it does."""
    k = 0
    while k < len(paras) and levels.get(paras[k].text, 0) > (levels.get(paras[k - 1].text, 0) if k else 0):
        k += 1
    # (two levels above the piece's heading at least: a # title over a ## part is a plain text's title and its part)
    if k < 3 or k >= len(paras) or paras[k].role != TITLE or any(char_width(p.text) > TITLE_MAX for p in paras[:k]):
        return False
    for p in paras[: k - 1]:
        p.role = SOURCE
    paras[k - 1].role = TITLE
    return True


def _markdown_title(paras: list[Para], levels: dict[str, int], counts: Counter) -> Para | None:
    """The file's first line when it is a top heading (# …) that titles the file: the only one, or one
    with no number over a text that uses # again for a numbered part of its own (# 重点 … # 第九章 某某);
    None otherwise (# 第一章 … # 第二章 … are parts alike)."""
    if not paras or levels.get(paras[0].text) != 1 or char_width(paras[0].text) > TITLE_MAX:
        return None
    if counts[1] == 1:
        return paras[0]
    others = [line for line, level in levels.items() if level == 1 and line != paras[0].text]
    return paras[0] if not _numbered_heading(paras[0].text) and all(map(_numbered_heading, others)) else None


def _numbered_heading(line: str) -> bool:
    """Whether a Markdown heading line opens with a number or a part's (一、, 1. , 第九章)."""
    lay = load_layout()
    return bool(HEADING_RE.match(line) or lay.parts.match(line) or lay.md_heading_number.match(line))
