"""Help text wrapped for Chinese: lines break between characters, never inside an ASCII word.

click wraps help with ``textwrap``, which breaks only at spaces and measures
every character as one column.  Chinese help has no spaces, so textwrap sees a
whole sentence as one long word and cuts it wherever the width runs out,
inside an option list or a path (``ordering,re`` / ``call``, ``book.sqlite`` /
``3``), and counts a Chinese character as half its width.  Here a line may
break before any Chinese character or ASCII word, closing punctuation stays on
the line before, and widths are display columns.
"""

from __future__ import annotations

import re
import unicodedata

# A chunk: a run of spaces, or an ASCII word up to a comma or a slash (an option list breaks after
# its commas, a long path after a slash; a file name stays whole), or one other character.  Opening punctuation sticks to
# the chunk after it and closing punctuation to the chunk before (no line ends with （ or starts with ，).
_CHUNK = re.compile(r"\s+|[（《“‘「『【]*(?:[!-+\--.0-~]+[,/]?|[,/]|[^\s!-~])[，。、；：？！）》”’」』】]*")


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: Chinese (wide) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_LINE_END = re.compile(r"\s*\n\s*")


def _join(m: re.Match) -> str:
    """A line end of a docstring: nothing between two wide characters (找得到…时，/ 也对照 reads as one
    Chinese sentence), a space elsewhere.  (The characters around it are read, not matched: a line of one
    character has a line end on both sides.)"""
    text, a, b = m.string, m.start(), m.end()
    wide = a > 0 and b < len(text) and display_width(text[a - 1]) == 2 and display_width(text[b]) == 2
    return "" if wide else " "


def _fill(text: str, width: int, initial_indent: str, subsequent_indent: str) -> str:
    """One paragraph, its line ends made spaces, wrapped greedily at ``width`` columns."""
    lines: list[str] = []
    line, used = initial_indent, display_width(initial_indent)
    fresh = True  # nothing but the indent on this line yet
    for chunk in _CHUNK.findall(_LINE_END.sub(_join, text.strip())):
        if chunk.isspace():
            if not fresh:
                line, used = line + chunk, used + len(chunk)
            continue
        w = display_width(chunk)
        if not fresh and used + w > width:
            lines.append(line.rstrip())
            line, used, fresh = subsequent_indent, display_width(subsequent_indent), True
        while used + w > width and len(chunk) > 1 and fresh:  # longer than a whole line: cut it
            room = max(1, width - used)
            head = chunk[: max(1, next((i for i in range(len(chunk), 0, -1) if display_width(chunk[:i]) <= room), 1))]
            lines.append(line + head)
            chunk = chunk[len(head):]
            w = display_width(chunk)
            line, used = subsequent_indent, display_width(subsequent_indent)
        line, used, fresh = line + chunk, used + w, False
    lines.append(line.rstrip())
    return "\n".join(lines)


def wrap_text(text: str, width: int = 78, initial_indent: str = "", subsequent_indent: str = "",
              preserve_paragraphs: bool = False) -> str:
    """click's ``formatting.wrap_text`` with Chinese line breaking (same arguments, same paragraphs:
    separated by an empty line, kept as they are after a line holding only ``\\b``)."""
    text = text.expandtabs()
    if not preserve_paragraphs:
        return _fill(text, width, initial_indent, subsequent_indent)
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = para.splitlines()
        if lines and lines[0].strip() == "\b":
            out.append("\n".join(initial_indent + line for line in lines[1:]))
            continue
        indent = " " * (len(lines[0]) - len(lines[0].lstrip())) if lines else ""
        out.append(_fill(para, width, initial_indent + indent, subsequent_indent + indent))
    return "\n\n".join(out)


def install() -> None:
    """Make click's help formatter use ``wrap_text``."""
    from typer._click import formatting

    formatting.wrap_text = wrap_text
