"""A slide deck written in Markdown (reveal.js, Marp, Slidev …) -> the text of its talk.

Such a deck is one Markdown file whose slides are set apart by lines of ``---`` (and ``--``, reveal.js's
vertical sub-slides); what the speaker says stands in speaker notes (reveal.js: a line opening with
``Note:``; Marp: an HTML comment).  Read as a text: the separators are no text, a note is body (the spoken
text), the images' raw HTML is markup, and each slide's heading heads a part of the talk, whatever size the
author gave it (## or ###: font size, not nesting): every slide heading is written at one level, ``##``.
The deck's first slide holding a ``#`` title is its title slide: the lines under the title (the presenter,
the date) are plain lines, not headings.

``ingest`` calls ``deck`` on every .md/.txt; it returns None for anything that is not such a deck.
"""

from __future__ import annotations

import re

from .reading import Reading, load_reading

__all__ = ["deck"]

# A slide separator: --- (horizontal) or -- (vertical sub-slide), alone on its line.
_SEPARATOR = re.compile(r"^\s*-{2,3}\s*$")
# A Marp / Slidev speaker note: an HTML comment alone on its lines.
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# A line of raw HTML (an image stack, a fragment's div): markup, not text.
_HTML_LINE = re.compile(r"^\s*</?[A-Za-z][^<>]*>\s*(?:<[^<>]*>\s*)*$")
# A deck has this many separators at least: a note with one thematic break (or a front matter's two
# fences) is no deck; a talk of a title slide and three slides has three.
_MIN_SEPARATORS = 3
# ... and speaker notes, or the front matter of a deck tool (reading.yaml's decks.note, decks.tool): a study
# note's sections set apart by --- under their own headings are no slides, and flattening their heading levels
# would lose its outline.
_MIN_NOTES = 2


def deck(text: str) -> str | None:
    """The talk of a Markdown slide deck as text (one paragraph per line, slide headings as ``## …``, the
    title slide's ``# title`` kept), or None when ``text`` is not a deck (too few separators, or no
    slide headings and speaker notes)."""
    lines = text.split("\n")
    front = _front_matter_end(lines)
    body = lines[front:]
    separators = sum(bool(_SEPARATOR.match(x)) for x in body)
    # (only reveal.js's Note: lines tell a deck by themselves: an HTML comment is a speaker note in a deck whose front
    # matter names its tool (marp: true), but in a study note it is the editor's aside, <!-- 整理：某支部 -->)
    rd = load_reading()
    notes = sum(bool(rd.deck_note.match(x)) for x in body)
    marp = any(rd.deck_tool.match(x) for x in lines[:front])
    if separators < _MIN_SEPARATORS or notes < _MIN_NOTES and not marp:
        return None
    out: list[str] = lines[:front]
    title_seen = False
    under_title = False
    talk = _COMMENT.sub(lambda m: "\n".join(_note_lines(m.group(1))), "\n".join(body)).split("\n")
    heads = _untitled_heads(talk, rd)
    for i, line in enumerate(talk):
        if i in heads:
            line = f"## {line.strip()}"
        elif _SEPARATOR.match(line):
            under_title = False
            continue
        if _HTML_LINE.match(line):
            continue
        if m := rd.deck_note.match(line):
            line = line[m.end() :]
        elif h := _HEADING.match(line):
            level, words = len(h.group(1)), h.group(2)
            if level == 1 and not title_seen:
                title_seen = under_title = True
                line = f"# {words}"
            else:
                if under_title:  # (under the title: its presenter, its date, each a line apart from the title)
                    out.append("")
                line = words if under_title else f"## {words}"
        elif line.lstrip().startswith(("- ", "* ", "+ ")):
            line = line.lstrip()[2:]  # a bullet's mark is markup; its words are a line of the slide
        out.append(line.strip())
    return "\n".join(out)


def _untitled_heads(talk: list[str], rd: Reading) -> set[int]:
    """The indexes of the lines of ``talk`` that head a slide set without a heading: its first line when that is
    a phrase (no punctuation, reading.yaml ``decks.slide_title``) with more lines of the slide under it
    (学习目标, then its bullets).  Written as the slide's heading, it is no line under the deck's title, which the
    normalizer would read as a subtitle or a new title, gluing the slide to the title slide."""
    heads: set[int] = set()
    slide: list[int] = []
    for i, line in enumerate([*talk, "---"]):
        if not _SEPARATOR.match(line):
            if line.strip() and not _HTML_LINE.match(line):
                slide.append(i)
            continue
        if len(slide) >= 2 and not any(_HEADING.match(talk[j]) for j in slide):
            first = talk[slide[0]]
            if rd.slide_title.match(first.strip()) and not rd.deck_note.match(first) \
                    and not first.lstrip().startswith(("- ", "* ", "+ ")):
                heads.add(slide[0])
        slide = []
    return heads


def _note_lines(comment: str) -> list[str]:
    """A Marp/Slidev note's lines (an HTML comment); a comment that is a directive (``_class: lead``,
    ``fit``) or empty gives none."""
    words = comment.strip()
    if not words or re.fullmatch(r"[A-Za-z0-9_\s:.-]*", words):
        return []
    return words.split("\n")


def _front_matter_end(lines: list[str]) -> int:
    """The index of the first line after a ``---``-fenced front matter at the very start (Marp's settings),
    0 when there is none."""
    if not lines or lines[0].strip() != "---":
        return 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None or not all(re.match(r"^\s*(?:[\w-]+\s*:|#|$|\s)", x) for x in lines[1:end]):
        return 0
    return end + 1
