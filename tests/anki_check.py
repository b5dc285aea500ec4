"""Helpers for the Anki tests: import .apkg files into a fresh collection of the real Anki and inspect it."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kaodian.export.anki import note_type_of
from kaodian.export.anki_models import NOTE_TYPE_NAMES
from kaodian.model import Bank


def fresh_collection(tmp: Path):
    """A new empty Anki collection in ``tmp``."""
    from anki.collection import Collection

    return Collection(str(tmp / "collection.anki2"))


def import_apkg(col, path: Path):
    """Import a package the way Anki's importer does by default (update notes when newer); return the log."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    req = ImportAnkiPackageRequest(
        package_path=str(path), options=ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False)
    )
    return col.import_anki_package(req).log


def expected_counts(bank: Bank) -> tuple[Counter, Counter]:
    """Notes and cards per note type (full name) that a bank should give."""
    notes, cards = Counter(), Counter()
    for q in bank.questions:
        nt = note_type_of(q)
        notes[NOTE_TYPE_NAMES[nt]] += 1
        cards[NOTE_TYPE_NAMES[nt]] += len(q.answer) + 1 if nt == "列表" else 1
    return notes, cards


def collection_counts(col) -> tuple[Counter, Counter]:
    """Notes and cards per note type name in a collection."""
    notes, cards = Counter(), Counter()
    for nid in col.find_notes(""):
        notes[col.get_note(nid).note_type()["name"]] += 1
    for cid in col.find_cards(""):
        cards[col.get_card(cid).note_type()["name"]] += 1
    return notes, cards


def visible_text(html: str) -> str:
    """What a reader sees of rendered card HTML: no style, script or tags."""
    html = re.sub(r"<style>.*?</style>|<script>.*?</script>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def card_problems(card) -> list[str]:
    """Everything wrong with one rendered card (empty side, leftover template, stray [...], missing source)."""
    problems = []
    q, a = card.question(), card.answer()
    nt = card.note_type()["name"]
    where = f"{nt} card {card.ord} of note {card.note()['编号']}"
    for side, html in (("question", q), ("answer", a)):
        text = visible_text(html)
        if len(text) < 4:
            problems.append(f"{where}: empty {side}")
        if "{{" in text or "}}" in text:
            problems.append(f"{where}: leftover template in {side}: {text[:80]}")
        if "[...]" in html and 'class="cloze"' not in html:
            problems.append(f"{where}: [...] without a cloze in {side}")
    if nt.endswith(("填空", "列表")) and "[...]" not in q:
        problems.append(f"{where}: cloze card asks nothing")
    back = visible_text(a.split('id="answer"', 1)[-1])
    note = card.note()
    place = visible_text(note["出处"])
    if place and place not in back:
        problems.append(f"{where}: the back lacks the source place")
    if note["原文"] and visible_text(note["原文"]) not in back:
        problems.append(f"{where}: the back lacks the source sentence")
    return problems
