"""Anki packages (.apkg) from a question bank.

One question becomes one note of kaodian's own note types (see
``anki_models``): cloze → 填空, single/multiple → 选择, truefalse → 判断, an
ordered recall list → 列表 (one card per item, its neighbours as context, plus
one card for the whole list), ordering and other recall → 问答.

Identity: a note's guid is ``genanki.guid_for(question.id)``, and question ids
come from identity fields, so a rebuilt deck updates its notes in place; over a
previous package, a note that says exactly what one of its notes says keeps that
note's guid (``anki_identity``: an inserted paragraph moves ids, not contents).  Anki
updates a note on import only when the incoming note is newer (its ``mod``, in
whole seconds) than the one in the collection; two packages written with the
same timestamp re-import as duplicates that are skipped.  ``write_deck``
therefore stamps notes with the current time (whole seconds) by default, and
never with a time at or before the previous package at the same path; unless
nothing changed: a deck that, stamped like the previous package, gives its very
bytes is left as it is (a rebuild of the committed sample deck modifies nothing).
"""

from __future__ import annotations

import html
import re
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from hashlib import sha256
from pathlib import Path

from ..errors import KaodianError
from ..fileio import check_parent, write_atomic
from ..model import OPTION_LETTERS, QUESTION_KINDS, Bank, Question, untitled
from .zipfile_stable import stable_zip
from .anki_identity import PackageNote, assign_guids, content_of, gist_of, read_package_notes
from .anki_models import FIELDS, LIST_FULL_ORD, LIST_SLOTS, NOTE_TYPE_NAMES, models

# --deck-per: how deep the deck hierarchy 文档::文章::章节 goes.
DECK_PER = {
    "heading": 3,
    "章节": 3,
    "章": 3,  # (what a user types for 章节)
    "article": 2,
    "文章": 2,
    "篇": 2,
    "document": 1,
    "文档": 1,
    "none": 0,
    "不分": 0,
}

REMOVED_SUFFIX = ".removed.txt"


@dataclass(frozen=True)
class RemovedNote:
    """A note of the previous package at the output path that the new one no longer holds."""

    guid: str
    id: str  # the question id (the 编号 field), "" when unknown
    note_type: str
    text: str  # its first field, tags stripped, shortened


@dataclass(frozen=True)
class DeckReport:
    """What ``write_deck`` wrote."""

    path: Path
    notes: dict[str, int]  # note type (填空 …) -> notes
    cards: int
    decks: tuple[str, ...]
    timestamp: float
    removed: tuple[RemovedNote, ...] = ()
    removed_file: Path | None = None
    diagnostics: tuple[str, ...] = field(default=())
    unchanged: bool = False  # the previous package at path holds this very deck: nothing written

    @property
    def note_count(self) -> int:
        return sum(self.notes.values())


# ---------------------------------------------------------------- fields


def esc(text: str | None) -> str:
    """HTML-escape a field value; braces too, so no text is ever read as a template or a cloze."""
    if not text:
        return ""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;").replace("::", ":&#58;")




def _options_html(options: tuple[str, ...]) -> str:
    lis = "".join(
        f'<li data-k="{OPTION_LETTERS[i]}"><span class="kd-letter">{OPTION_LETTERS[i]}</span>{esc(o)}</li>'
        for i, o in enumerate(options)
    )
    return f'<ol class="kd-opts">{lis}</ol>'


def _levels(q: Question) -> list[str]:
    """Where a question stands: its document, article and heading; an article without a title is the
    document's text (no （无题） level under it)."""
    s = q.source
    return [_doc_label(s.document)] + ([s.article] if not untitled(s.article) else []) + ([s.heading] if s.heading else [])


def _place(q: Question) -> str:
    return esc(" › ".join(p for p in _levels(q) if p))


@lru_cache(maxsize=256)
def _doc_label(document: str) -> str:
    name = Path(document).name if document not in ("", "-") else document
    stem = Path(name).stem if "." in name else name
    return stem or "标准输入"


def _cloze_text(q: Question) -> tuple[str, bool]:
    """The 正文 of a 填空 note: the source sentence with its blanks as c1 clozes.

    Returns the text and whether it is the source sentence (then the back needs
    no separate 原文).  All blanks share c1: the bank asks them as one question,
    so it is one card.  Falls back to the stem's ______ when the blank offsets
    do not match the sentence.
    """
    sentence = q.source.sentence
    blanks = sorted(q.blanks, key=lambda b: b.start)
    if blanks and all(sentence[b.start : b.end] == b.text for b in blanks):
        out, pos = [], 0
        for b in blanks:
            if b.start < pos:
                break
            out.append(esc(sentence[pos : b.start]))
            out.append("{{c1::" + esc(b.text) + "}}")
            pos = b.end
        else:
            out.append(esc(sentence[pos:]))
            return "".join(out), True
    answers = list(q.answer)
    parts = re.split(r"_{2,}|（\s*）", q.stem)
    out = [esc(parts[0])]
    for i, rest in enumerate(parts[1:]):
        ans = answers[i] if i < len(answers) else ""
        out.append("{{c1::" + esc(ans) + "}}" if ans else "")
        out.append(esc(rest))
    text = "".join(out)
    if "{{c1::" not in text:  # no blank marker in the stem: ask for the answer after it
        text += "<br>" + "，".join("{{c1::" + esc(a) + "}}" for a in answers)
    return text, False


def _list_fields(q: Question) -> list[str]:
    """条1…条20, 全部, 条目 of a 列表 note: overlapping clozes, one per item, and the whole list."""
    items = [esc(a) for a in q.answer]
    slots = []
    for k in range(len(items)):
        lis = []
        for j, item in enumerate(items):
            if j == k:
                lis.append(f"<li>{{{{c{k + 1}::{item}}}}}</li>")
            elif abs(j - k) == 1:  # the neighbours are the context, as Cloze Overlapper shows them
                lis.append(f"<li>{item}</li>")
            else:
                lis.append('<li class="kd-far">…</li>')
        slots.append('<ol class="kd-list">' + "".join(lis) + "</ol>")
    slots += [""] * (LIST_SLOTS - len(slots))
    full = '<ol class="kd-list">' + "".join(f"<li>{{{{c{LIST_FULL_ORD}::{i}}}}}</li>" for i in items) + "</ol>"
    plain = '<ol class="kd-list">' + "".join(f"<li>{i}</li>" for i in items) + "</ol>"
    return [*slots, full, plain]


def note_type_of(q: Question) -> str:
    """The note type a question becomes: 填空 选择 判断 列表 问答."""
    if q.kind == "cloze":
        return "填空"
    if q.kind in ("single", "multiple"):
        return "选择"
    if q.kind == "truefalse":
        return "判断"
    if q.kind == "recall" and 2 <= len(q.answer) <= LIST_SLOTS and not q.order_free:
        return "列表"
    return "问答"


def note_fields(q: Question) -> tuple[str, list[str]]:
    """The note type and the field values (HTML, escaped) of one question."""
    nt = note_type_of(q)
    sentence = esc(q.source.sentence)
    # The back shows 原文 anyway: an explanation that only quotes it says nothing more.
    expl = q.explanation.strip()
    s = q.source.sentence.strip()
    if s:
        # with the full stop the explanation puts after a sentence that has none (正确。原文：…。)
        expl = re.sub(r"(?:原文[：:])?" + re.escape(s) + r"[。！？；]?", "", expl).strip()
    tail = [esc(expl) if re.search(r"\w", expl) else "", sentence, _place(q), esc(q.id)]
    if nt == "填空":
        text, is_sentence = _cloze_text(q)
        if is_sentence:
            tail[1] = ""
        values = [text, *tail]
    elif nt == "选择":
        kind = "多选" if q.kind == "multiple" else "单选"
        values = [esc(q.stem), _options_html(q.options), esc("".join(q.answer)), kind, *tail]
    elif nt == "判断":
        values = [esc(q.stem), esc("".join(q.answer)), *tail]
    elif nt == "列表":
        values = [esc(q.stem), *_list_fields(q), *tail]
    else:
        kind = QUESTION_KINDS.get(q.kind, q.kind).removesuffix("题")
        if q.kind == "ordering" and q.options:
            index = {OPTION_LETTERS[i]: o for i, o in enumerate(q.options)}
            answer = "".join(q.answer) + '<ol class="kd-list">'
            answer += "".join(f"<li>{esc(a)}．{esc(index.get(a, ''))}</li>" for a in q.answer) + "</ol>"
            options = _options_html(q.options)
        else:
            answer = '<ol class="kd-list">' + "".join(f"<li>{esc(a)}</li>" for a in q.answer) + "</ol>"
            options = ""
        values = [esc(q.stem), options, answer, kind, *tail]
    assert len(values) == len(FIELDS[nt]), nt
    return nt, values


@lru_cache(maxsize=4096)
def _tag(text: str) -> str:
    """Anki tags cannot hold spaces; keep them readable otherwise."""
    return re.sub(r"\s+", "_", text.strip()).replace('"', "")


def note_tags(q: Question) -> list[str]:
    """Tags: question kind, document, article, heading, and the question's own tags."""
    s = q.source
    tags = [QUESTION_KINDS.get(q.kind, q.kind), f"文档::{_doc_label(s.document)}", f"文章::{s.article}"]
    if s.heading:
        tags.append(f"章节::{s.heading}")
    tags += list(q.tags)
    out: list[str] = []
    for t in tags:
        t = _tag(t)
        if t and t not in out:
            out.append(t)
    return out


@lru_cache(maxsize=4096)
def _deck_part(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("::", "：")).strip() or "—"


def deck_path(q: Question, root: str, depth: int) -> str:
    """The deck a question goes to: root::文档::文章::章节, cut at ``depth`` levels."""
    parts = [_deck_part(p) for p in _levels(q)[:depth]]
    return "::".join([p for p in [root.strip()] if p] + parts) or "考点"


def deck_id(name: str) -> int:
    """A stable deck id from the deck name (Anki ids are positive 63-bit; keep well inside)."""
    return int.from_bytes(sha256(("kaodian-deck:" + name).encode("utf-8")).digest()[:6], "big") + (1 << 40)


# ---------------------------------------------------------------- previous package


def _removed_text(removed: tuple[RemovedNote, ...], deck_file: str) -> str:
    ids = [r.id for r in removed if r.id]
    lines = [
        f"# 重建 {deck_file} 后，下列 {len(removed)} 条笔记已不在新卡组中。",
        "# 如需删除：在 Anki 的“浏览”里粘贴下面的搜索式，选中全部结果后删除笔记。",
        "",
        " or ".join(f'"编号:{i}"' for i in ids) if ids else "",
        "",
    ]
    lines += [f"{r.id or r.guid}\t{r.note_type}\t{r.text}" for r in removed]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- writing


def _package_bytes(decks: list, timestamp: float) -> bytes:
    """The .apkg bytes of genanki decks: an in-memory collection in a zip with fixed entry dates."""
    import genanki

    with tempfile.TemporaryDirectory(prefix="kaodian-apkg-") as tmpdir:
        db = Path(tmpdir) / "collection.anki2"
        con = sqlite3.connect(db)
        try:
            cur = con.cursor()
            genanki.Package(decks).write_to_db(cur, timestamp, _ids(timestamp))
            con.commit()
        finally:
            con.close()
        return stable_zip((("collection.anki2", db.read_bytes()), ("media", b"{}")))


def _ids(timestamp: float):
    import itertools

    return itertools.count(int(timestamp * 1000))


@dataclass(frozen=True)
class RenderedDeck:
    """An Anki package built in memory, not yet written: ``write`` puts it (and its removed list) in place."""

    report: DeckReport
    data: bytes
    removed_text: bytes | None  # the list of notes gone since the previous package, if any

    def write(self) -> DeckReport:
        """Write the package and ``<deck>.removed.txt`` beside it (all or nothing, file by file).

        A rebuild that removes nothing deletes a stale removed list, which would
        otherwise keep telling the user to delete notes that are long gone.
        """
        p = self.report.path
        if not self.report.unchanged:
            write_atomic(p, self.data)
        removed_file = p.with_name(p.name + REMOVED_SUFFIX)
        if self.removed_text is not None:
            write_atomic(removed_file, self.removed_text)
        else:
            removed_file.unlink(missing_ok=True)
        return self.report


def write_deck(bank: Bank, path: str | Path, **options) -> DeckReport:
    """Write the bank as an Anki package at ``path`` (all or nothing); see ``render_deck`` for the options and errors."""
    return render_deck(bank, path, **options).write()


def _same_bytes(path: Path, data: bytes) -> bool:
    """Whether the file at ``path`` holds exactly ``data``."""
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _decks(bank: Bank, deck_name: str, depth: int,
           previous: dict[str, PackageNote]) -> tuple[dict, dict[str, int], int, set[str], list[str]]:
    """The genanki decks of the bank: (deck name -> Deck, notes per type, cards, guids, diagnostics).
    Each note takes the guid of the note of ``previous`` (the package at the output path) that says the
    same (``assign_guids``): a question whose id moved with an inserted paragraph updates its own note."""
    import genanki

    mods = models()
    decks: dict[str, genanki.Deck] = {}
    notes: dict[str, int] = {name: 0 for name in FIELDS}
    diagnostics: list[str] = []
    cards = 0
    drafts, own = [], set()
    for q in bank.questions:
        guid = genanki.guid_for(q.id)
        if guid in own:
            diagnostics.append(f"{q.id}: 编号重复，只写入第一题")
            continue
        own.add(guid)
        nt, values = note_fields(q)
        drafts.append((q, nt, values, guid))
    guids, moved, edited = assign_guids(
        [(q.id, g, content_of(NOTE_TYPE_NAMES[nt], FIELDS[nt], v), gist_of(NOTE_TYPE_NAMES[nt], FIELDS[nt], v))
         for q, nt, v, g in drafts], previous, lambda g: genanki.guid_for(g, "kaodian-moved"))
    if moved > edited:
        diagnostics.append(f"{moved - edited} 道题因前文增删换了编号，内容未变：仍更新原来的笔记，复习记录不丢。")
    if edited:
        diagnostics.append(f"{edited} 道题换了编号（前文有增删，或答案改了错字），原句又有小改动：仍更新原来的笔记，复习记录不丢。")
    for (q, nt, values, _own), guid in zip(drafts, guids):
        name = deck_path(q, deck_name, depth)
        if name not in decks:
            decks[name] = genanki.Deck(deck_id(name), name)
        note = genanki.Note(model=mods[nt], fields=values, tags=note_tags(q), guid=guid, sort_field=values[0])
        decks[name].add_note(note)
        notes[nt] += 1
        cards += len(note.cards)
    return decks, notes, cards, set(guids), diagnostics


def check_output(path: str | Path) -> Path:
    """A deck's output path, checked before any work: E501 unless it ends in .apkg, E301 when its folder is missing."""
    p = Path(path)
    if p.suffix.lower() != ".apkg":
        raise KaodianError("E501", path=p)
    check_parent(p)
    return p


def render_deck(
    bank: Bank,
    path: str | Path,
    *,
    deck_name: str = "考点",
    deck_per: str = "heading",
    timestamp: float | None = None,
) -> RenderedDeck:
    """The bank as an Anki package for ``path``, built in memory, with a report of what it holds.

    ``deck_name`` is the root deck; ``deck_per`` (heading/article/document/none
    or 章节/文章/文档/不分) how deep the 文档::文章::章节 hierarchy goes.
    ``timestamp`` stamps the notes (default: now, and always later than the
    previous package at ``path`` so that Anki updates its notes on re-import).
    Questions in the previous package and not in this one are listed in the
    report and in ``<path>.removed.txt``.

    Raises KaodianError E501 (not .apkg), E502 (no question), E503 (bad
    --deck-per), E301 (cannot write).
    """
    p = check_output(path)
    if deck_per not in DECK_PER:
        raise KaodianError("E503", value=deck_per, choices="、".join(DECK_PER))
    if not bank.questions:
        raise KaodianError("E502", path=p)

    previous, newest = read_package_notes(p) if p.exists() else ({}, 0)
    decks, notes, cards, guids, diagnostics = _decks(bank, deck_name, DECK_PER[deck_per], previous)
    unchanged = False
    if timestamp is None and newest:
        # stamped like the previous package: the very same bytes mean nothing changed
        data = _package_bytes(list(decks.values()), float(newest))
        unchanged = _same_bytes(p, data)
        if unchanged:
            timestamp = float(newest)
    if not unchanged:
        if timestamp is None:
            # whole seconds: Anki compares note times in seconds, and a whole stamp can be met again
            timestamp = float(max(int(time.time()), newest + 1))
        data = _package_bytes(list(decks.values()), timestamp)

    removed = tuple(
        RemovedNote(guid=g, id=n.id, note_type=n.note_type.removeprefix("考点·"), text=n.text)
        for g, n in sorted(previous.items(), key=lambda kv: kv[1].id)
        if g not in guids
    )
    report = DeckReport(
        path=p,
        notes={k: v for k, v in notes.items() if v},
        cards=cards,
        decks=tuple(sorted(decks)),
        timestamp=timestamp,
        removed=removed,
        removed_file=p.with_name(p.name + REMOVED_SUFFIX) if removed else None,
        diagnostics=tuple(diagnostics),
        unchanged=unchanged,
    )
    return RenderedDeck(report, data, _removed_text(removed, p.name).encode("utf-8") if removed else None)


__all__ = ["DECK_PER", "DeckReport", "RemovedNote", "RenderedDeck", "render_deck", "NOTE_TYPE_NAMES", "note_fields", "note_type_of", "write_deck"]
