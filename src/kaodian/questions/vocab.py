"""The word lists of question generation (``vocab.yaml``), loaded once.

They are policy: which formulations are well known, which modifiers a near
miss may drop, which words mean the same.  The generators hold the mechanism.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

PATH = Path(__file__).with_name("vocab.yaml")
# Chinese numerals that open a numbered formulation (两个维护, 五位一体, 三农).
NUMERALS = "一二两三四五六七八九十"


@dataclass(frozen=True)
class Vocab:
    """The lists of vocab.yaml, as tuples and sets."""

    numbered_formulations: tuple[str, ...]
    term_groups: tuple[tuple[str, ...], ...]
    provinces: tuple[str, ...]
    place_verbs: tuple[str, ...]
    modifiers: tuple[str, ...]
    synonyms: dict[str, frozenset[str]]  # word -> the other words of its group
    speech_verbs: tuple[str, ...]  # longest first
    not_options: frozenset[str]
    lead_words: frozenset[str]
    condition_openers: tuple[str, ...]
    condition_words: tuple[str, ...]  # 只有, 如果…: a clause they open waits for its consequence
    complements: frozenset[str]
    item_change: str  # a regex (blanks.item_subject)
    subject_never_starts: frozenset[str]
    open_list_after: tuple[str, ...]
    open_list_before: tuple[str, ...]
    framing: tuple[str, ...]  # regexes
    list_lead: str  # a regex
    lead_frame: str  # a regex (listannounce.announced)
    lead_copulas: dict[str, str]  # copula a lead ends with -> how a question asks (listannounce.topic)
    lead_noun_max: int  # listannounce.topic: a last clause's noun this short belongs to the sentence's subject
    lead_subject_verbs: tuple[str, ...]
    lead_definition: tuple[str, ...]
    lead_definition_ask: str
    lead_units: tuple[str, ...]  # longest first
    lead_unit: str
    units: tuple[str, ...]  # longest first, so the regex prefers 平方公里 to 公里
    ordinal_units: tuple[str, ...]
    function_words: frozenset[str]  # one character each
    context_pronouns: str
    context_time: str  # a regex (lint: 这些年来， points back to nothing)
    stem_connectives: tuple[str, ...]  # left out of a stem's start before a comma (sentence.stand_alone)
    option_forms: dict  # suffixes, heads: an option alone of its form (odd_option.odd_form)
    negative_terms: frozenset[str]  # never swapped in for another term (teacher._swap_findings)
    fixed_phrases: tuple[str, ...]  # no true/false change breaks one (teacher.broken_phrase)
    core_terms: frozenset[str]  # no true/false change swaps one (changes.sentence_change, teacher._swap_findings)
    dangling_openers: tuple[str, ...]  # what a stem never opens with (teacher.py)
    dangling_demonstratives: tuple[str, ...]  # what a choice or true/false stem never says (sentence.dangling)
    fragment_edges: dict  # start, start_words, end: what an option never opens or ends with (teacher.py)


@lru_cache(maxsize=1)
def load_vocab() -> Vocab:
    """The shipped vocab.yaml, parsed once per process."""
    # libyaml when installed: the pure-Python parser takes ~7 ms of every start for this file
    d = yaml.load(PATH.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    synonyms: dict[str, frozenset[str]] = {}
    for group in d["synonyms"]:
        for w in group:
            synonyms[w] = synonyms.get(w, frozenset()) | frozenset(x for x in group if x != w)
    return Vocab(
        numbered_formulations=tuple(dict.fromkeys(d["numbered_formulations"])),
        term_groups=tuple(tuple(g) for g in d["term_groups"]),
        provinces=tuple(d["provinces"].split()),
        place_verbs=tuple(d["place_verbs"]),
        modifiers=tuple(d["modifiers"]),
        synonyms=synonyms,
        speech_verbs=tuple(sorted(d["speech_verbs"], key=len, reverse=True)),
        not_options=frozenset(d["not_options"]),
        lead_words=frozenset(d["lead_words"]),
        condition_openers=tuple(d["condition_openers"]),
        condition_words=tuple(d["condition_words"]),
        complements=frozenset("".join(d["complements"])),
        item_change=d["item_change"],
        subject_never_starts=frozenset(d["subject_never_starts"]),
        open_list_after=tuple(d["open_list_after"]),
        open_list_before=tuple(d["open_list_before"]),
        framing=tuple(d["framing"]),
        list_lead=d["list_lead"],
        lead_frame=d["lead_frame"],
        lead_copulas=dict(d["lead_copulas"]),
        lead_noun_max=int(d["lead_noun_max"]),
        lead_subject_verbs=tuple(d["lead_subject_verbs"]),
        lead_definition=tuple(d["lead_definition"]),
        lead_definition_ask=d["lead_definition_ask"],
        lead_units=tuple(sorted(d["lead_units"], key=len, reverse=True)),
        lead_unit=d["lead_unit"],
        units=tuple(sorted(map(str, d["units"]), key=len, reverse=True)),
        ordinal_units=tuple(d["ordinal_units"]),
        function_words=frozenset(d["function_words"]),
        context_pronouns=d["context_pronouns"],
        context_time=d["context_time"],
        stem_connectives=tuple(d["stem_connectives"]),
        option_forms=dict(d["option_forms"]),
        negative_terms=frozenset(d["negative_terms"]),
        fixed_phrases=tuple(d["fixed_phrases"]),
        core_terms=frozenset(d["core_terms"]),
        dangling_openers=tuple(d["dangling_openers"]),
        dangling_demonstratives=tuple(d["dangling_demonstratives"]),
        fragment_edges=dict(d["fragment_edges"]),
    )


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
