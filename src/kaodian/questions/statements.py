"""True/false statements a teacher rejects though they are well formed (issue 12, options5): a verbatim
statement that copies out a whole paragraph, a remark told as a story (某某说：“…”) asked true, and a
false statement that swaps a term of the lexicon for a term of another of its groups (a word of one
series put for a word of another that only ends alike: a feeling for a duty).  Mechanism only; the
numbers are policy.yaml's; ``teacher`` reports these with its other statement checks."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Question
from .falsehood import judged
from .option_kinds import kind_of
from .option_sets import foreign_group, odd_wrong_form, possessive_wrong
from .policy import POLICY
from .tf_worth import condition_only, directive_copy, forecast_copy
from .false_meetings import meetings_alike

TRUE_STATEMENT_MAX: int = POLICY["true_statement_max"]
FALSE_STATEMENT_MAX: int = POLICY["false_statement_max"]
_REMARK = re.compile(rf"{POLICY['remark_verb']}[：:]\s*“")
_CHANGE = re.compile(r"“([^“”]+)”误作“([^“”]+)”")


def swap_of(q: Question) -> tuple[str, str] | None:
    """The term a false statement's change replaced and the one it put in its place (its explanation's
    “甲”误作“乙”), or None for a true statement."""
    m = _CHANGE.search(q.explanation or "") if q.answer == ("错",) else None
    return (m.group(1), m.group(2)) if m else None


def statement_findings(q: Question) -> list[str]:
    """The findings of this module on a true/false question."""
    if q.kind != "truefalse":
        return []
    if unjudged := judged(q.stem)[1]:  # no one complete claim (a note's label line, two notes glued …)
        return [unjudged]
    if cut := condition_only(q.stem, q.source.sentence):  # (要…，就必须… cut before its consequence)
        return [cut]
    if q.answer == ("对",):
        return [why for why in (long_copy(q.stem), told_remark(q), directive_copy(q.stem), forecast_copy(q.stem)) if why]
    if long := long_change(q.stem) or told_remark(q):  # (a story's remark changed asks the story, session 17)
        return [long]
    m = _CHANGE.search(q.explanation or "")
    if not m or meetings_alike(*m.groups()):  # (a meeting for its neighbour: no term of a class, false_meetings)
        return []
    old, new = m.groups()
    found = (other_group_swap(old, new), option_swap(old, new, q.stem, q.point_kind == "fact"))
    return [why for why in found if why]


def long_copy(stem: str) -> str | None:
    """A true statement longer than TRUE_STATEMENT_MAX characters, or None."""
    n = len(stem.strip())
    return f"判断题整段照搬原文（{n} 字），没有明确的判断点" if n > TRUE_STATEMENT_MAX else None


def long_change(stem: str) -> str | None:
    """A false statement longer than FALSE_STATEMENT_MAX characters, or None."""
    n = len(stem.strip())
    return f"判断题题干过长（{n} 字），改动藏在长段文字里" if n > FALSE_STATEMENT_MAX else None


def told_remark(q: Question) -> str | None:
    """A quotation its sentence brings in with a plain 说, asked true or changed, or None: a remark told as a story
    (某村老党员说：“我第一个…”) is no point of the text, whichever way it is asked (session 17: its changed ordinal)."""
    if q.point_kind != "quote" or not _REMARK.search(q.source.sentence):
        return None
    if q.answer != ("对",):
        return "判断题改动的是一句口头说的话（“说：”），是轶事引语，没有考点"
    return "判断题照抄一句口头说的话（“说：”）判为对，是轶事引语，没有考点"


def option_swap(old: str, new: str, body: str, fact: bool = False) -> str | None:
    """Why ``new`` put for ``old`` in the statement ``body`` is a swap a choice question would not offer
    as a wrong option (option_sets, option_kinds): a phrase with 的 for a term, a noun among the short
    verb-object terms of its series, a term of another lexicon group sharing nothing with it, a name (a
    place, a person, an organ …) for a word of no such kind; or None.  The single choice
    and the swap draw from one pool, so the swap answers to the same checks."""
    if possessive_wrong("term_series", [old], [new]) or foreign_group("term_series", [old], [new]):
        return f"判断题把“{old}”换成“{new}”，换入的是另一类的说法，不是学员会信的说法"
    # the changed word is judged a name by its list, class or suffix only, as an answer is (jieba tags
    # many a phrase a place); a fact's place is swapped for a place by its own rule
    named = kind_of(new, loose=True)
    if named is not None and not fact and named != kind_of(old, tags=False, loose=True) and not re.search(r"\d", old):
        return f"判断题把“{old}”换成“{new}”，换入的是{named}，原词不是，荒唐"
    series = _series_around(body, new)
    if len(series) >= 2 and odd_wrong_form("term_series", series, [new]):
        return f"判断题把“{old}”换成“{new}”，与并列的动宾短语不同形，一眼可辨"
    return None


_ITEM = "[^、，。；：“”（）]{1,4}"


def _series_around(body: str, term: str) -> list[str]:
    """The short terms standing beside ``term`` in ``body`` between 、 (up to two on each side)."""
    at = body.find(term)
    if at < 0:
        return []
    before = re.search(rf"(?:{_ITEM}、){{1,2}}$", body[:at])
    after = re.match(rf"(?:、{_ITEM}(?=[、，。；：上中下的]|$)){{1,2}}", body[at + len(term) :])
    return [t for m in (before, after) if m for t in m.group().split("、") if t]


def other_group_swap(old: str, new: str) -> str | None:
    """Why swapping ``new`` in for ``old`` crosses the lexicon's groups, or None: both are terms of groups
    of their own, of one length, and neither is a sibling of the other (责任感 -> 安全感 ends alike and is
    of another series, sharing one character).  A figure or a numbered formulation is changed by its own
    rules."""
    if len(old) != len(new) or len(old) <= 2 or re.search(r"[\d一二两三四五六七八九十]", old + new):
        return None  # (a two-character word is swapped by short_swap's rule)
    if old[:2] == new[:2] or old[-2:] == new[-2:]:
        return None  # a term of the same head or kind word (全面…, …创新): teachers print some, reject some
    kin_old, kin_new = lexicon.siblings(old), lexicon.siblings(new)
    if not kin_old or not kin_new or new in kin_old or old in kin_new:
        return None
    return f"判断题把“{old}”换成另一组的“{new}”，换后搭配生硬，不是学员会信的说法"
