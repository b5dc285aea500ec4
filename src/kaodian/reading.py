"""The reading policy (``reading.yaml``): the words and marks the readers of web posts and slide decks
go by, loaded and compiled once.  The shipped file is trusted at every start; ``tests/test_rules.py``
checks it against ``SCHEMA`` with file:line, as a user's rules file is checked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["SCHEMA", "Reading", "load_reading", "reading_path"]

SCHEMA = {
    "posts": {"index_entry": "re", "index_label": "re", "box_label": "re"},
    "books": {"chapter": "re", "section": "re"},
    "decks": {"note": "re", "tool": "re", "slide_title": "re"},
}


@dataclass(frozen=True)
class Reading:
    """Compiled reading policy."""

    index_entry: re.Pattern[str]  # matched: a line of an account's index of its posts (【头条】…)
    index_label: re.Pattern[str]  # matched: the label above that index (今日某某：)
    box_label: re.Pattern[str]  # matched: an editor's box label above a pull quote (【导读】)
    chapter: re.Pattern[str]  # matched: a book chapter's heading by its rank (第一章)
    section: re.Pattern[str]  # matched: a section's heading under a chapter (第一节　某某)
    deck_note: re.Pattern[str]  # matched: a reveal.js speaker note's label, the note after it
    deck_tool: re.Pattern[str]  # matched: a front matter's line naming a deck tool (marp: true)
    slide_title: re.Pattern[str]  # matched: an untitled slide's first line that reads as its title (学习目标)


def reading_path() -> Path:
    """The shipped reading policy file."""
    return Path(str(resources.files("kaodian").joinpath("reading.yaml")))


@lru_cache(maxsize=1)
def load_reading() -> Reading:
    """The shipped reading policy, compiled."""
    from .rules.schema import load_trusted

    d = load_trusted(reading_path())
    return Reading(
        index_entry=re.compile(d["posts"]["index_entry"]),
        index_label=re.compile(d["posts"]["index_label"]),
        box_label=re.compile(d["posts"]["box_label"]),
        chapter=re.compile(d["books"]["chapter"]),
        section=re.compile(d["books"]["section"]),
        deck_note=re.compile(d["decks"]["note"]),
        deck_tool=re.compile(d["decks"]["tool"]),
        slide_title=re.compile(d["decks"]["slide_title"]),
    )
