"""Question identity: a stable id from identity fields, never from the wording.

The same question keeps its id when a typo in its source is fixed, so Anki
updates the note in place and the wrong-answer book keeps its history.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ..model import Point
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


def known_key(p: Point, kind: str) -> tuple[str, ...] | None:
    """The key a draft of ``kind`` on ``p`` will have, when it is certain before drafting, else None.

    A formulation said again in an article is asked once (its key is its text): knowing the
    key lets the generator skip the repeats before drafting them.  A cloze blank is widened
    to a quotation it cuts (see drafting.balanced), so only a formulation with balanced marks is sure.
    """
    if p.kind == "formulation" and (kind in ("single", "truefalse") or (kind == "cloze" and not unbalanced(p.text))):
        return (p.text,)
    return None
