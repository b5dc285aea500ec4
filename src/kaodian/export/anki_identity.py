"""Which note of the previous package at a deck's path each question updates.

A note's guid is ``genanki.guid_for(question.id)``.  A question id survives a typo fix in its
sentence (``questions.identity``), but a list or a statement is placed by its ordinal in its
section: a paragraph inserted above it moves it to the next ordinal, whose id belonged to the
question below.  Rebuilt over the previous package, Anki would then write the moved questions over
their neighbours' notes, and their review histories would follow the wrong questions.

So a rebuild over a package reads its notes first (``read_package_notes``) and pairs by content
before by id (``assign_guids``): a note whose fields, but for the question id, are exactly those of
a note of the package keeps that note's guid; the others take their own guid unless a moved
question holds it already, in which case they take a new one.  Content alone pairs nothing that
changed, so a typo fix still updates its note in place through its id.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

ID_FIELD = "编号"


@dataclass(frozen=True)
class PackageNote:
    """A note of a package as kaodian reads it back."""

    id: str  # the question id (the 编号 field), "" when unknown
    note_type: str  # its note type's full name (考点·填空 …)
    text: str  # its first field, tags stripped, shortened
    content: tuple[str, ...]  # its note type and fields, the question id left out


def content_of(note_type: str, names: Iterable[str], values: Iterable[str]) -> tuple[str, ...]:
    """What a note says, for pairing: its note type and field values, without the question id."""
    return (note_type, *(v for n, v in zip(names, values) if n != ID_FIELD))


def read_package_notes(path: Path) -> tuple[dict[str, PackageNote], int]:
    """The notes of an existing .apkg by guid, and the newest mod.

    Reads only what genanki writes (collection.anki2); anything else gives ({}, 0).
    """
    try:
        with zipfile.ZipFile(path) as z:
            if "collection.anki2" not in z.namelist():
                return {}, 0
            data = z.read("collection.anki2")
    except (OSError, zipfile.BadZipFile, KeyError):
        return {}, 0
    with tempfile.NamedTemporaryFile(suffix=".anki2") as tmp:
        tmp.write(data)
        tmp.flush()
        try:
            con = sqlite3.connect(tmp.name)
            try:
                (models_json,) = con.execute("select models from col").fetchone()
                rows = con.execute("select guid, mid, flds, mod from notes").fetchall()
            finally:
                con.close()
        except sqlite3.Error:
            return {}, 0
    try:
        mods = json.loads(models_json)
    except ValueError:
        mods = {}
    out, newest = {}, 0
    for guid, mid, flds, mod in rows:
        m = mods.get(str(mid), {})
        names = [f.get("name") for f in m.get("flds", [])]
        values = flds.split("\x1f")
        qid = values[names.index(ID_FIELD)] if ID_FIELD in names and names.index(ID_FIELD) < len(values) else ""
        first = re.sub(r"<[^>]+>|\{\{c\d+::|\}\}", "", values[0] if values else "")
        kind = m.get("name", "")
        out[guid] = PackageNote(html.unescape(qid), kind, html.unescape(first)[:60], content_of(kind, names, values))
        newest = max(newest, int(mod))
    return out, newest


def assign_guids(notes: list[tuple[str, tuple[str, ...]]], previous: dict[str, PackageNote],
                 fresh: Callable[[str], str]) -> tuple[list[str], int]:
    """The guid of each new note, given as (its own guid, its content), and how many moved.

    A note that says exactly what a note of ``previous`` says keeps that note's guid (its own
    first, then the package's in guid order); the rest take their own guid, or ``fresh(own)`` when a
    moved note holds it.  Deterministic: the same notes over the same package, the same guids."""
    by_content: dict[tuple[str, ...], list[str]] = {}
    for guid in sorted(previous):
        by_content.setdefault(previous[guid].content, []).append(guid)
    out: list[str | None] = [None] * len(notes)
    claimed: set[str] = set()
    for i, (own, content) in enumerate(notes):  # unchanged notes first: nothing takes their place
        if own in previous and previous[own].content == content and own not in claimed:
            out[i] = own
            claimed.add(own)
    moved = 0
    for i, (own, content) in enumerate(notes):
        if out[i] is None:
            match = next((g for g in by_content.get(content, ()) if g not in claimed), None)
            if match is not None:
                out[i] = match
                claimed.add(match)
                moved += 1
    for i, (own, _content) in enumerate(notes):
        if out[i] is None:
            guid = own
            while guid in claimed:
                guid = fresh(guid)
            out[i] = guid
            claimed.add(guid)
    return [g for g in out if g is not None], moved
