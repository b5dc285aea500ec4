"""Question quality (issue 3 review): real formulations as distractors, no made-up words,
no synonym swaps, same-kind options, date granularity, clean quote statements, balanced
quotation marks, readable list lead-ins, template/generator pairs, markers from the rules,
policy word lists in vocab.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaodian.model import Article, Document, Extraction, Point, Span
from kaodian.questions import generate, lint

CORPUS = Path(__file__).parent / "corpus"
LETTERS = "ABCDEFGHIJKL"


def right_options(q) -> list[str]:
    return [q.options[LETTERS.index(a)] for a in q.answer]


def wrong_options(q) -> list[str]:
    right = set(right_options(q))
    return [o for o in q.options if o not in right]


def doc_of(text: str) -> Document:
    return Document("t.txt", text, (Article("a1", "题", None, None, 0, len(text)),))


def point(kind: str, text: str, sub: str, **kw) -> Point:
    i = text.index(sub)
    sent = Span(text, 0, len(text))
    return Point(kind, "a1", 0, None, sub, i, i + len(sub), sent, **kw)


# ---------------------------------------------------------------- item 11: word lists are data


def test_policy_word_lists_come_from_vocab_yaml():
    from kaodian.questions import blanks, distractors
    from kaodian.questions.vocab import load_vocab

    v = load_vocab()
    assert distractors.PROVINCES == v.provinces and "浙江" in v.provinces
    assert distractors.MODIFIERS == v.modifiers
    assert blanks.LEAD_WORDS == v.lead_words and blanks.COMPLEMENTS == v.complements
    for verb in v.place_verbs:
        assert distractors.PLACE.search(f"在杭州{verb}")
    for unit in v.units:
        assert blanks.NUMBER.search(f"共有12{unit}参加")
