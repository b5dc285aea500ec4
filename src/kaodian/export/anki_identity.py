"""Which note of the previous package at a deck's path each question updates.

A note's guid is ``genanki.guid_for(question.id)``.  A question id survives a typo fix in its
sentence (``questions.identity``), but a list or a statement is placed by its ordinal in its
section: a paragraph inserted above it moves it to the next ordinal, whose id belonged to the
question below.  Rebuilt over the previous package, Anki would then write the moved questions over
their neighbours' notes, and their review histories would follow the wrong questions.

So a rebuild over a package reads its notes first (``read_package_notes``) and pairs them
(``assign_guids``) by the question id each note holds (its 编号 field, which the last build wrote),
and by content: a note whose fields but the id are exactly those of a note of the package keeps that
note's guid, whatever id it now has; a question whose wording changed keeps the note that holds its
id (a typo fix updates in place, also after a move); the rest take their own guid, or a new one where
another note holds it.  Between the two, a note that neither its id nor its words pair (a typo fixed and a
paragraph inserted above in one edit) keeps the note of the same type and answer whose source sentence is its
own up to a small edit (``questions.identity.similar``): the same question for a teacher; so does a note whose
answer had a typo fixed in that edit (``questions.identity.answer_typo``: 保樟 -> 保障), after those.
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

from ..questions.identity import answer_key, answer_typo, near_in_length, small_edit

ID_FIELD = "编号"
# The fields a note's answer is read from (选择, 判断, 问答: 答案; 列表: 全部; 填空: its c1 clozes) and its source
# sentence (原文; a 填空 whose 正文 is the sentence itself leaves it empty)
ANSWER_FIELDS = ("答案", "全部")
SENTENCE_FIELD = "原文"
_CLOZE = re.compile(r"\{\{c\d+::(.*?)\}\}")
_TAG = re.compile(r"<[^>]+>")
# an option of a choice's or an ordering's 选项 field as anki.py writes it (its letter, then its text)
_OPTION = re.compile(r'<li data-k="([A-Z])"><span class="kd-letter">[A-Z]</span>(.*?)</li>', re.S)


def _plain(value: str) -> str:
    """A field's value as plain text: clozes filled with their answers, tags dropped, entities read."""
    return html.unescape(_TAG.sub("", _CLOZE.sub(r"\1", value)))


@dataclass(frozen=True)
class PackageNote:
    """A note of a package as kaodian reads it back."""

    id: str  # the question id (the 编号 field), "" when unknown
    note_type: str  # its note type's full name (考点·填空 …)
    text: str  # its first field, tags stripped, shortened
    content: tuple[str, ...]  # its note type and fields, the question id left out
    gist: tuple[str, str, str] = ("", "", "")  # its note type, answer and source sentence (gist_of)


def content_of(note_type: str, names: Iterable[str], values: Iterable[str]) -> tuple[str, ...]:
    """What a note says, for pairing: its note type and field values, without the question id."""
    return (note_type, *(v for n, v in zip(names, values) if n != ID_FIELD))


def gist_of(note_type: str, names: Iterable[str], values: Iterable[str]) -> tuple[str, str, str]:
    """A note's type, answer and source sentence, as plain text: what pairs it with a question whose sentence
    had a small edit (``assign_guids``)."""
    fields = dict(zip(names, values))
    first = next(iter(fields.values()), "")
    raw = next((fields[n] for n in ANSWER_FIELDS if fields.get(n)), "")
    options = [_plain(o) for _k, o in sorted(_OPTION.findall(fields.get("选项", "")))]
    if options:  # (a choice or an ordering: its correct options' text, not their letters)
        answer = answer_key("choice", list(re.match("[A-Z]*", raw).group()), options)
    elif note_type.endswith("判断"):  # (a verdict with its statement: 对 alone pairs any two of one sentence)
        answer = answer_key("truefalse", [_plain(raw)], statement=_plain(fields.get("题干", "")))
    else:
        answer = _plain(raw) or "\x1f".join(html.unescape(_TAG.sub("", c)) for c in _CLOZE.findall(first))
    return note_type, answer, _plain(fields.get(SENTENCE_FIELD) or first)


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
        first = _plain(values[0] if values else "")
        kind = m.get("name", "")
        out[guid] = PackageNote(html.unescape(qid), kind, first[:60], content_of(kind, names, values),
                                gist_of(kind, names, values))
        newest = max(newest, int(mod))
    return out, newest


def assign_guids(notes: list[tuple[str, str, tuple[str, ...], tuple[str, str, str]]], previous: dict[str, PackageNote],
                 fresh: Callable[[str], str]) -> tuple[list[str], int, int]:
    """The guid of each new note, given as (its question id, its own guid, its content, its gist), how many moved
    and how many of those were edited too.

    The package's notes are known by the question id they hold (编号), which the last build wrote: a note
    keeps the guid of the note that holds its id and says the same; else of a note that says the same
    under another id (it moved: in guid order, and counted); else of a note of its type and answer whose
    sentence is its own up to a small edit (``_similar``: moved and edited at once); else of the note that
    holds its id (it was edited: a typo fix updates it in place); else its own guid, unless a note of the
    package that asks something else holds it, or a moved note took it: then ``fresh(own)``.
    Deterministic: the same notes over the same package, the same guids."""
    by_content: dict[tuple[str, ...], list[str]] = {}
    by_id: dict[str, str] = {}
    for guid in sorted(previous):
        by_content.setdefault(previous[guid].content, []).append(guid)
        by_id.setdefault(previous[guid].id, guid)
    out: list[str | None] = [None] * len(notes)
    claimed: set[str] = set()

    def take(i: int, guid: str | None) -> bool:
        if guid is None or guid in claimed:
            return False
        out[i] = guid
        claimed.add(guid)
        return True

    for i, (qid, _own, content, _gist) in enumerate(notes):  # unchanged notes first: nothing takes their place
        held = by_id.get(qid)
        if held is not None and previous[held].content == content:
            take(i, held)
    moved = 0
    for i, (_qid, _own, content, _gist) in enumerate(notes):
        if out[i] is None and take(i, next((g for g in by_content.get(content, ()) if g not in claimed), None)):
            moved += 1
    edited = 0
    for i, guid in _similar(notes, previous, out, claimed):
        take(i, guid)
        edited += previous[guid].id != notes[i][0]
    for i, (qid, own, _content, _gist) in enumerate(notes):
        if out[i] is None and not take(i, by_id.get(qid)):
            guid = own
            while guid in claimed or (guid in previous and previous[guid].id != qid):
                guid = fresh(guid)
            take(i, guid)
    return [g for g in out if g is not None], moved + edited, edited


def _similar(notes: list[tuple[str, str, tuple[str, ...], tuple[str, str, str]]], previous: dict[str, PackageNote],
             out: list[str | None], claimed: set[str]) -> list[tuple[int, str]]:
    """(new note, guid) pairs of the notes not yet paired with the package's unclaimed notes of the same type and
    answer whose source sentence is theirs up to a small edit: the closest pairs first, the note that holds the
    same id first among equals, then in order (deterministic); each note and guid in one pair at most.  A note
    whose answer had a typo fixed (``identity.answer_typo``) pairs too, after every note of the same answer."""
    by_type: dict[str, list[tuple[str, str]]] = {}
    for guid in sorted(previous):
        if guid not in claimed and previous[guid].gist[1]:
            by_type.setdefault(previous[guid].gist[0], []).append((guid, previous[guid].gist[2]))
    for group in by_type.values():
        group.sort(key=lambda g: len(g[1]))  # (stable: guid order among equal lengths)
    pairs = []
    for i, (qid, _own, _content, gist) in enumerate(notes):
        if out[i] is None:
            # (only the sentences near its length, each compared with a bounded distance: no quadratic table)
            for guid, old in near_in_length(by_type.get(gist[0], []), gist[2]):
                answer = previous[guid].gist[1]
                if (answer == gist[1] or answer_typo(answer, gist[1])) and (d := small_edit(old, gist[2])) is not None:
                    pairs.append((answer != gist[1], d, previous[guid].id != qid, i, guid))
    done, used, chosen = set(), set(), []
    for _typo, _d, _other, i, guid in sorted(pairs):
        if i not in done and guid not in used:
            done.add(i)
            used.add(guid)
            chosen.append((i, guid))
    return chosen
