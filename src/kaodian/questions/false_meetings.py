"""A false statement made by naming a neighbouring meeting for the one its sentence says made a decision (党的某大提出
甲 -> 党的某大的前一届提出甲; 某届三中全会通过《决定》 -> 某届二中全会通过《决定》): issue 12's "an attribution changed"
(which meeting proposed X, when the text says so).  The meeting is what its clause is about and the clause says what
it did of its own (提出, 通过, 作出…); the meeting put in is one the text never names (the text may say what that one
did).  Policy in false_meetings.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..numerals import numeral, value_of
from ..rules.schema import load_policy_file

SCHEMA = {"meeting": "re", "before": [str], "verbs": [str], "not_after": [str], "plenum_min": int,
          "party_words": [str]}

_CLAUSE = re.compile(r"[^，。；：！？“”\n]+")


@lru_cache(maxsize=1)
def policy() -> dict:
    """false_meetings.yaml, read and checked on first use."""
    return load_policy_file(Path(__file__).with_name("false_meetings.yaml"), SCHEMA)


@lru_cache(maxsize=1)
def _meeting() -> re.Pattern:
    """The compiled meeting name of false_meetings.yaml."""
    return re.compile(policy()["meeting"])


def meeting_change(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The change of ``text[start:end]`` that names a neighbouring meeting for the one a clause of it says made a
    decision, as (start, end, new name) of ``text``, or None.  The meeting put in is named nowhere in ``text``."""
    pol = policy()
    named = _named(text)
    for c in _CLAUSE.finditer(text, start, end):
        m = _meeting().search(c.group())
        if m is None or c.group()[: m.start()].strip() not in pol["before"] or counts_things(c.group(), m):
            continue
        after = c.group()[m.end():]
        if after.startswith(tuple(pol["not_after"])) or not any(v in after for v in pol["verbs"]):
            continue
        got = _neighbour(m, named)
        if got is not None:  # (the whole name is changed, so the explanation says “十五大”误作“十四大”)
            group, new = got
            name = m.group()
            cut = m.start(group) - m.start()
            return c.start() + m.start(), c.start() + m.end(), name[:cut] + new + name[cut + len(m.group(group)):]
    return None


def counts_things(text: str, m: re.Match) -> bool:
    """Whether the short name ``m`` of ``text`` (…大) may count things, not name a congress (六大任务, 十大民生工程): it
    names one only after the Party's name (党的七大) or before a verb of the meeting's deeds or a punctuation mark
    (十九大提出, 十九大报告, 十九大、); false_meetings.yaml party_words."""
    if not m.group().endswith("大"):
        return False
    pol = policy()
    if text[max(0, m.start() - 5):m.start()].endswith(tuple(pol["party_words"])):
        return False
    after = text[m.end():]
    return not (after[:1] in "，。；、：）”" or after.startswith(tuple(pol["verbs"]) + ("报告", "以来", "精神", "召开", "上")))


def _values(m: re.Match) -> tuple[int, int]:
    """A meeting name's (session, plenum) ordinals; plenum 0 for a congress."""
    return value_of(m.group("session")), value_of(m.group("plenum") or "")


@lru_cache(maxsize=8)
def _named(text: str) -> frozenset[tuple[int, int]]:
    """Every meeting ``text`` names, as (session, plenum) ordinals, whatever form the name takes."""
    return frozenset(_values(m) for m in _meeting().finditer(text) if not counts_things(text, m))


def _neighbour(m: re.Match, named: frozenset[tuple[int, int]]) -> tuple[str, str] | None:
    """The group of ``m`` to change and its new ordinal: a plenary session's the one before (from plenum_min on,
    else the one after), a congress's the one before (it always was); None when that meeting is ``named`` in the
    text (the text may say what it did, so the change may be true)."""
    session, plenum = _values(m)
    if plenum:
        new = plenum - 1 if plenum - 1 >= policy()["plenum_min"] else plenum + 1
        return None if (session, new) in named else ("plenum", numeral(new))
    if session < 2 or (session - 1, 0) in named:
        return None
    return "session", numeral(session - 1)


def meetings_alike(old: str, new: str) -> bool:
    """Whether ``old`` and ``new`` are both whole meeting names (十五大, 十九届四中全会): a change ``meeting_change``
    made, which the checks of a term's swap (its class in the lexicon, the segmenter's words) do not judge: the
    lexicon knows some meetings and not others, and the segmenter cuts a name it does not know (十九|大对)."""
    return _meeting().fullmatch(old) is not None and _meeting().fullmatch(new) is not None
