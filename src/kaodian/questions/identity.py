"""Question identity: a stable id from identity fields, never from the wording.

The same question keeps its id when a typo in its source is fixed, so Anki
updates the note in place and the wrong-answer book keeps its history.
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..model import OPTION_LETTERS, Point
from ..rules.schema import load_policy_file
from ..text import CLAUSE_END
from .lint import unbalanced

if TYPE_CHECKING:
    from .drafting import Ctx


def point_places(points: Sequence[Point]) -> list[tuple[str, ...]]:
    """Where each point stands, as identity: its section and its ordinal among the points of its
    kind in that section of its article (("s2", "n0"), …).  Unlike its text or offsets, this
    survives a typo fix in the source."""
    counts: dict[tuple[str, int, str], int] = {}
    out = []
    for p in points:
        k = (p.article, p.section, p.kind)
        i = counts.get(k, 0)
        counts[k] = i + 1
        out.append((f"s{p.section}", f"n{i}"))
    return out


@lru_cache(maxsize=1024)
def file_name(document: str) -> str:
    """A document's name as its questions' ids take it: the file's name, not the path it was given by (remembered:
    every question id asks it, 3,277 calls for 19 documents on the bench corpus)."""
    return os.path.basename(os.path.normpath(document))


def question_id(document: str, article: str, point_kind: str, kind: str, key: tuple[str, ...], by_path: bool = False) -> str:
    """A stable id from identity fields: the same question keeps it when its wording changes.

    ``key`` is the answer when the answer names what is asked (a blanked term, a
    formulation, the terms of a series), else the point's place (point_places):
    a list question or a true/false statement keeps its id when a typo in its
    items or sentence is fixed, so Anki updates the note in place.
    """
    # the document by its file name, not the path it was given by (./讲话.txt, 资料/讲话.txt, /home/…/讲话.txt):
    # a deck rebuilt from another folder updates its notes instead of adding a second copy of each; ``by_path``
    # when one run reads two files of that name (2023/讲话.txt, 2024/讲话.txt)
    name = os.path.normpath(document) if by_path else file_name(document)
    h = hashlib.sha1("\x1f".join((name, article, point_kind, kind, *key)).encode("utf-8")).hexdigest()
    return f"q-{h[:16]}"


def identity(ctx: "Ctx") -> tuple[str, ...]:
    """What a question about the whole point is about, for its id: the formulation or the series
    terms themselves (a typo fix elsewhere in the sentence keeps them), else the point's place
    (a statement, fact or quote is its wording, which a typo fix changes)."""
    p = ctx.point
    if p.kind == "formulation":
        return (p.text,)
    if p.kind == "term_series":
        return tuple(s.text for s in p.items)
    return ctx.place


_CLAUSE_MARK = re.compile(f"[{CLAUSE_END}]")


def blank_frames(sentence: str, blanks: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    """Each blank's clause of ``sentence`` with the blank marked (``blanks`` are offsets into it): what
    tells two clozes with one answer apart, for their ids.

    The answer alone would give a new paragraph blanking the same words the id of a cloze already asked
    (and drop that one as its duplicate); the place (the point's ordinal) moves with every paragraph
    inserted above.  The clause around the blank is neither: a typo fixed in another clause, or a new
    paragraph anywhere, leaves it as it was (a typo inside it is paired by ``similar`` instead).  A short
    clause is widened to identity.yaml's ``frame_min`` characters either side: 每届任期______ closes the
    rule of each level of committee, which the clause before it names."""
    wide = policy()["frame_min"]
    out = []
    for a, b in blanks:
        start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, a)), default=0)
        end = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, b)), len(sentence))
        start, end = min(start, max(0, a - wide)), max(end, min(len(sentence), b + wide))
        out.append(f"{sentence[start:a]}\x1e{sentence[b:end]}")
    return tuple(out)


def cloze_key(point_kind: str, sentence: str, blanks: Sequence[tuple[int, int]], answer: tuple[str, ...]) -> tuple[str, ...]:
    """A cloze's key (its id's and its duplicate check's): its answer, and each blank's frame (``blank_frames``:
    a concept blanked in two sentences asks two things, 由上级党组织决定 and 经上级党组织批准), unless the answer is what the point names (identity.yaml ``named_kinds``: a formulation, a document's title,
    the terms of a series), which an article asks once whichever sentence says it again."""
    if point_kind in policy()["named_kinds"]:
        return answer
    return (*answer, *blank_frames(sentence, blanks))


def known_key(p: Point, kind: str) -> tuple[str, ...] | None:
    """The key a draft of ``kind`` on ``p`` will have, when it is certain before drafting, else None.

    A formulation said again in an article is asked once (its key is its text): knowing the
    key lets the generator skip the repeats before drafting them.  A cloze blank is widened
    to a quotation it cuts (see drafting.balanced), so only a formulation with balanced marks is sure.
    """
    if p.kind == "formulation" and (kind in ("single", "truefalse") or (kind == "cloze" and not unbalanced(p.text))):
        return (p.text,)
    return None


# What identity.yaml holds: how small an edit of a question's sentence leaves it the same question.
SCHEMA = {"edit_max": int, "edit_share": float, "answer_edit_max": int, "frame_min": int, "named_kinds": [str]}


@lru_cache(maxsize=1)
def policy() -> dict:
    """identity.yaml, read and checked (file:line) on first use (the quiz page's book reads it too)."""
    return load_policy_file(Path(__file__).with_name("identity.yaml"), SCHEMA)


def edits(a: str, b: str, most: int) -> int:
    """The edit distance of ``a`` and ``b`` (characters added, deleted or replaced), or ``most + 1`` when it is
    more than ``most`` (the rows stop early: two different sentences are told apart in a few rows)."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > most:
            return most + 1
    return row[-1]


def similar(a: str, b: str) -> bool:
    """Whether sentence ``b`` is ``a`` up to a small edit (a typo fixed, a word changed: identity.yaml), the same
    sentence for a teacher: a question on it with the same answer is the same question.  Used where neither the
    id nor the wording pairs a rebuilt question with its record (Anki notes, the wrong-answer book)."""
    return small_edit(a, b) is not None


def small_edit(a: str, b: str) -> int | None:
    """The edit distance of sentences ``a`` and ``b`` when ``b`` is ``a`` up to a small edit (``similar``), else
    None.  Bounded by identity.yaml's edit_max: sentences of lengths further apart are told apart at once, and no
    pair costs more than a few rows of the table (pairing many notes stays near linear in their length)."""
    if a == b:
        return 0
    most = min(policy()["edit_max"], int(max(len(a), len(b)) * policy()["edit_share"]))
    if most <= 0 or abs(len(a) - len(b)) > most:
        return None
    d = edits(a, b, most)
    return d if d <= most else None


def answer_typo(a: str, b: str) -> bool:
    """Whether answer ``b`` (its parts joined by \\x1f, as ``answer_key`` gives them) is ``a`` with a typo fixed: as
    many parts, each changed by at most identity.yaml's answer_edit_max characters and keeping more than half of
    its own (a part replaced whole is another answer, and so is a two-character word with one changed: 民主, 民生)."""
    pa, pb = a.split("\x1f"), b.split("\x1f")
    most = policy()["answer_edit_max"]
    return a != b and len(pa) == len(pb) and all(
        x == y or (d := edits(x, y, most)) <= most and 2 * d < min(len(x), len(y)) for x, y in zip(pa, pb))


def answer_key(kind: str, answer: Sequence[str], options: Sequence[str] = (), statement: str = "") -> str:
    """What a question answers, for pairing a record with it after a small edit (Anki notes, the wrong-answer
    book, the quiz page): a choice's or an ordering's correct options by their text, not their letters (a
    shuffle or another wrong option moves the letters; the promise is 答案相同), and a true/false's verdict with
    its statement (对 or 错 alone pairs any two statements of one sentence)."""
    if options:
        answer = [options[OPTION_LETTERS.index(a)] if a in OPTION_LETTERS[: len(options)] else a for a in answer]
    if kind == "truefalse":
        answer = [*answer, statement]
    return "\x1f".join(answer)


def near_in_length(sentences: Sequence[tuple[int, str]], sentence: str) -> Sequence[tuple[int, str]]:
    """The (index, sentence) pairs of ``sentences`` (sorted by their sentence's length) whose length is within
    identity.yaml's edit_max of ``sentence``'s: the only ones a small edit can make it (``small_edit``), found by
    bisection so that pairing many records looks at few."""
    import bisect

    lengths = [len(t) for _, t in sentences]
    most = policy()["edit_max"]
    return sentences[bisect.bisect_left(lengths, len(sentence) - most) : bisect.bisect_right(lengths, len(sentence) + most)]
