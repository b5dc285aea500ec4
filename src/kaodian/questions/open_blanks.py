"""Cloze blanks whose answer is not unique (session 19's blind teachers): an open verb's object at a sentence's
end (加强______。), a further blank on a word of value or scope (……的关键点), a blank in an outline's question
line (什么是…，______).  (A member of an open list, ______、医疗、养老等, is review_shapes.open_member_blank's.)

The mechanism is here; the words and patterns are policy (open_blanks.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..model import Span
from ..rules.schema import load_policy_file
from . import reasons
from .blank_choice import SET_PHRASES
from .drafting import Ctx

# What open_blanks.yaml holds; every key is required.
SCHEMA = {"open_verbs": [str], "open_object": "re", "generic_further": [str], "role_head": "re", "question_heading": "re"}


@lru_cache(maxsize=1)
def policy() -> dict:
    """open_blanks.yaml, checked against SCHEMA (read once), its patterns compiled."""
    data = load_policy_file(Path(__file__).with_name("open_blanks.yaml"), SCHEMA)
    return data | {"open_object": re.compile(data["open_object"]), "question_heading": re.compile(data["question_heading"]),
                   "role_head": re.compile(data["role_head"]),
                   "generic_further": frozenset(data["generic_further"])}


def open_object(text: str, a: int, b: int, named: bool) -> bool:
    """Whether text[a:b] is the object of an open verb that ends its sentence (加强______。), a list of objects or
    one with a generic head (``open_object``), and no term the material ``named`` elsewhere: many objects fit."""
    if named or text[b : b + 1] not in ("。", "；", "！", "") and b < len(text) or not policy()["open_object"].search(text[a:b]):
        return False
    return any(text[a - len(v) : a] == v for v in policy()["open_verbs"])


def generic_further(t: str) -> bool:
    """Whether ``t`` is a word of value or scope that a further blank must not ask (关键点, 各方面), or a phrase
    that names only a role (会费政策的重要考量)."""
    return t in policy()["generic_further"] or policy()["role_head"].search(t) is not None


def question_heading(sentence: str) -> bool:
    """Whether ``sentence`` is an outline's question line (什么是…，…; 如何…): no statement to blank.  (A sentence
    that ends as one, 如何用好…，是…的职责所在。, states what the question is.)"""
    return bool(policy()["question_heading"].match(sentence)) and not sentence.rstrip().endswith(("。", "！", "；", "”"))


def _named(ctx: Ctx, a: int, b: int) -> bool:
    """Whether the document's text[a:b] is a term the material names as such: quoted, a formulation or
    numbered formulation, a title, or a classed term of the lexicon."""
    text, m = ctx.doc.text, ctx.material
    t = text[a:b]
    # (set phrases said as one formulation, 不敢腐、不能腐、不想腐, are one name too)
    if a > 0 and text[a - 1] in "“《‘" or t in m.formulations or t in m.numbered or t in m.documents or SET_PHRASES.fullmatch(t):
        return True
    return m.lexicon is not None and m.lexicon.class_of(t) is not None


def unique_blanks(ctx: Ctx, src: Span, spans: list[tuple[int, int]] | str, order_free: bool) -> list[tuple[int, int]] | str:
    """``spans`` (document offsets, best first) without the blanks whose answer is not unique, or why the cloze
    is not asked: its sentence is an outline's question line, or its best blank is an open verb's object.  A further
    blank on a word of value or scope, or an open object, goes while another blank stays."""
    if isinstance(spans, str):
        return spans
    text = ctx.doc.text
    if question_heading(src.text):
        return reasons.BLANK_IN_QUESTION_HEADING
    # (the sentence's best blank an open object: what is left of it is its frame, 必须______抓好…, not asked)
    if spans and open_object(text, *spans[0], _named(ctx, *spans[0])):
        return reasons.BLANK_OPEN_OBJECT
    kept = [ab for ab in spans if not open_object(text, *ab, _named(ctx, *ab))]
    if len(kept) > 1 and not order_free:
        kept = [ab for ab in kept if not generic_further(text[ab[0] : ab[1]])] or kept[:1]
    return kept
