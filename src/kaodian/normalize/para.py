"""A paragraph of a document as normalize classifies it: its text, its role on the page, what it carries."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Para:
    """A paragraph with its role on the page and its offset in the document text."""

    text: str
    role: str
    start: int = 0
    speaker: str | None = None  # the speaker tag that opened it (【李明】…), removed from its text
    short: bool = False  # a title-like line (short, no sentence end) standing inside a body
    column: bool = False  # a title line that a column's name opened (党建专栏|…), the name removed
    md_heading: bool = False  # a Markdown heading (## …) of the level that divides the text into sections
    md_level: int = 0  # a deeper Markdown heading's level (### 1. 某某): a label line of the body
    item: bool = False  # a digest's numbered headline (NO.2 某某), its number removed: it opens a title of its own
    bullet: bool = False  # a Markdown list item (- 某某): an item of the list the line before announces
