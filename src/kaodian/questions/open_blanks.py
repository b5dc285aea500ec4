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

# two or three set phrases of three or four characters said as one formulation (稳增长、保就业、防风险)
SET_PHRASES = re.compile(r"[\u4e00-\u9fff]{3,4}(?:、[\u4e00-\u9fff]{3,4}){1,2}")

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
