"""The frame of a sentence a cloze blank must not run across (session 23, issue 11 deliverable 4): the copula between a
definition's two sides, and the slogans a heading opens with.  The mechanism is here; the words are blank_frames.yaml."""

from __future__ import annotations

import re
from pathlib import Path

from .. import segment
from ..rules import load_rules
from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("blank_frames.yaml")
SCHEMA = {"copula_inside": [str], "copula_clause_max": int, "slogan_member_max": int, "slogan_line_max": int}
_F = load_policy_file(PATH, SCHEMA)
_COPULAS = frozenset(_F["copula_inside"])  # (a word of its own between others: the blank is a clause)
_CLAUSE_MARKS = "，。；：,;:"
_FIRST_CLAUSE = re.compile(r"[^，,；;：:。]*")


def copula_inside(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where in the blank sentence[start:end] a copula stands as a word between other words (文牍主义|是|藏污纳垢的东西:
    offsets in the blank), or None: none does, the blank is a series (、) or a short clause whole (学习是前提，…:
    blank_frames.yaml ``copula_inside``, ``copula_clause_max``)."""
    t = sentence[start:end]
    if "是" not in t or "、" in t:
        return None
    whole = (start == 0 or sentence[start - 1] in _CLAUSE_MARKS) and sentence[end : end + 1] in _CLAUSE_MARKS
    if whole and len(t) <= _F["copula_clause_max"]:
        return None
    at, after = 0, tuple(load_rules().concepts.not_copula)  # (特别|是, 而|是: no copula, rules concepts.not_copula)
    for i, (w, _) in enumerate(words := segment.tag(t)):
        if 0 < i < len(words) - 1 and w in _COPULAS and not words[i - 1][0].endswith(after):
            return at, at + len(w)
        at += len(w)
    return None


def slogan_first(sentence: str, lead: int, start: int, end: int) -> str | None:
    """The first of the slogans a heading opens with (2．强基础、|补短板|，加快…) when the blank sentence[start:end] is one
    of them, else None: the first clause of a short line (after its number, ending at ``lead``) is short phrases joined
    by 、 and a comma follows them (blank_frames.yaml ``slogan_member_max``, ``slogan_line_max``).  What the slogans are
    about is not in the stem (whether they are verb phrases is the caller's test)."""
    clause = _FIRST_CLAUSE.match(sentence, lead).group()
    members = clause.split("、")
    if len(members) < 2 or end > lead + len(clause) or start < lead or any(len(m) > _F["slogan_member_max"] for m in members):
        return None
    # a heading: a short line whose slogans a comma follows (…，加快发展职业教育。); a longer sentence goes on to say
    # what they are (强基础、补短板、促融合…，是…的主要任务: a formulation, asked)
    if len(sentence) - lead > _F["slogan_line_max"] or sentence[lead + len(clause) : lead + len(clause) + 1] not in "，,":
        return None
    return members[0]


def best_subject(sentence: str, blanks, inside: list[tuple[int, int]]) -> bool:  # noqa: ANN001 — thin_clause's blanks
    """Whether the subject ``inside[0]`` of X是… is the cloze's best blank and the blank after it in its clause is no value
    of that 是 (政治纪律|是党最基本、|最要紧的纪律: a member of the value's series): the subject stays, the other goes."""
    a, b = inside[0]
    return (a, b) == tuple(blanks[0]) and sentence[b : b + 1] == "是" and sentence[inside[1][0] - 1] != "是"
