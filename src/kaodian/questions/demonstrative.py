"""A thesis stated about what the text just named (这种作风，就是求真务实的作风), said so that it stands
alone: the demonstrative dropped before a noun phrase that names itself, or its bare noun named by the
clause before that named it (第二种：科学的作风。).  The word lists and lengths are policy
(policy.yaml ``demonstrative_subject``)."""

from __future__ import annotations

import re

from .policy import POLICY

_P = POLICY["demonstrative_subject"]
_DEMOS = "|".join(sorted(_P["demonstratives"], key=len, reverse=True))
COPULAS = tuple(sorted(_P["copulas"], key=len, reverse=True))
_COPULAS = "|".join(COPULAS)
# the demonstrative, its noun phrase, and the 是 of the thesis (a comma between them or none)
_SUBJECT = re.compile(f"^({_DEMOS})([\u4e00-\u9fff“”]{{1,40}}?)(，?)(?={_COPULAS}|_)")
_COPULA_OPENING = re.compile(f"^(?:{_COPULAS}|即)")
_HAN = "\u4e00-\u9fff"


def named_subject(stem: str, text: str, at: int, answers: tuple[str, ...] = ()) -> str:
    """``stem`` (the sentence at ``at`` of ``text``, as a stem says it) with a demonstrative subject of a
    是-thesis named: 这种脱离实际的错误的方法，是… -> 脱离实际的错误的方法，是…; 这种作风，就是… ->
    科学的作风，就是… when a clause before it names 科学的作风, and the name shows none of the
    question's ``answers``.  Else ``stem`` as it is."""
    m = _SUBJECT.match(stem)
    if not m:
        return stem
    phrase = m.group(2)
    # (its own clause, 这种…的方法，是…: without the comma the phrase may run on into the predicate, 这种对待…的态度是有害的)
    if m.group(3) and "的" in phrase[:-1] and len(phrase) >= _P["self_named_min"] and not phrase.endswith("的"):
        return stem[m.end(1) :]
    if len(phrase) > _P["noun_max"] or at < 0:
        return stem
    name = _antecedent(phrase, text, at)
    # (a thesis that says its subject of itself, 科学的作风，就是科学的作风, is no thesis)
    if name is None or name in stem or any(a and a in name for a in answers):
        return stem
    return name + stem[m.end(2) :]


def _antecedent(noun: str, text: str, at: int) -> str | None:
    """The nearest clause before ``at`` (within the window) that only names a thing of ``noun`` (…的态度),
    its modifier no copula: what a following 这种``noun`` points at.  None when no clause that near does."""
    clause = re.compile(f"(?:^|(?<=[，。；：！？\n\u3000 ]))([{_HAN}“”]{{2,{_P['antecedent_max']}}}?)的{re.escape(noun)}(?=[。，；！？\n])")
    found = None
    for c in clause.finditer(text, max(0, at - _P["antecedent_window"]), at):
        modifier = c.group(1)
        if not _COPULA_OPENING.match(modifier) and not re.match(_DEMOS, modifier):
            found = c.group(1) + "的" + noun
    return found
