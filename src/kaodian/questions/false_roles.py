"""A false statement made by giving one of several parallel role statements the subject of another (某事业，甲是重点 … 某事业，乙是根本
-> 某事业，乙是重点; 某事业，甲是重点 … 乙是根本 -> 某事业，乙是重点): issue 12's "a swapped subject of a 是-statement", with the
sibling taken from the document's own same-class terms.  The statements of a group name the same whole and different
roles; the one put in is never said by the text to play the role it is given.  Policy in false_roles.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..rules.schema import load_policy_file
from .note_shapes import SPEECH_VERBS

SCHEMA = {"roles": [str], "subject_min": int, "subject_max": int, "subject_not_last": str, "domain_max": int,
          "frame_max": int, "openers": [str], "group_min": int}

_CLAUSE = re.compile(r"[^，。；！？\n]+")
_HEADING = re.compile(r"^[\s　]*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])?")


class Role(NamedTuple):
    """One role statement: its subject's place in the document, the subject, the role, the group it is of."""

    start: int
    end: int
    subject: str
    role: str
    group: str


@lru_cache(maxsize=1)
def policy() -> dict:
    """false_roles.yaml, read and checked on first use."""
    return load_policy_file(Path(__file__).with_name("false_roles.yaml"), SCHEMA)


@lru_cache(maxsize=1)
def _statement() -> re.Pattern:
    """A role statement as a whole clause: subject, 是, the whole's words ending with 的, the role."""
    pol = policy()
    roles = "|".join(sorted(map(re.escape, pol["roles"]), key=len, reverse=True))
    return re.compile(rf"(?P<s>[\u4e00-\u9fff]{{{pol['subject_min']},{pol['subject_max']}}}?)是"
                      rf"(?P<d>[\u4e00-\u9fff]{{0,{pol['domain_max']}}}的)?(?P<k>{roles})$")


@lru_cache(maxsize=4)
def roles_of(text: str) -> tuple[Role, ...]:
    """Every role statement of ``text`` whose group is a framework of roles: ``group_min`` different roles or more,
    none said of two subjects."""
    pol, found = policy(), []
    for c in _CLAUSE.finditer(text):
        head = _HEADING.match(c.group()).end()
        head += next((len(w) for w in pol["openers"] if c.group().startswith(w, head)), 0)
        m = _statement().match(c.group(), head)
        if m is None or m.group("s")[-1] in pol["subject_not_last"]:
            continue
        before = text[max(0, c.start() - 1)]
        frame = _frame(text, c.start()) if before == "，" else ""
        # (roles said in one sentence, 甲是基础，乙是关键, make no group: the subject put in stands in the sentence, and
        # a statement that says its change elsewhere gives it away, teacher._swap_findings)
        group = m.group("d") or (f"frame:{frame}" if frame else "")
        if not group:
            continue
        found.append(Role(c.start() + m.start("s"), c.start() + m.end("s"), m.group("s"), m.group("k"), group))
    groups: dict[str, list[Role]] = {}
    for r in found:
        groups.setdefault(r.group, []).append(r)
    # (a framework: group_min roles or more, none said of two subjects)
    framed = {g for g, rs in groups.items() if len({r.role for r in rs}) >= pol["group_min"]
              and len({r.role for r in rs}) == len({(r.subject, r.role) for r in rs})}
    return tuple(r for r in found if r.group in framed)


def _frame(text: str, at: int) -> str:
    """The clause right before ``at`` (after its comma) when it opens its sentence and is short: it frames the role."""
    s = max(text.rfind(p, 0, at - 1) for p in "。；！？\n")  # (-1 at the text's start)
    run = text[s + 1:at - 1].strip()
    # (a reporting clause, 总书记指出，, frames no whole: three remarks on three things after it are no framework of roles)
    if run.endswith(SPEECH_VERBS):
        return ""
    return run if "，" not in run and 0 < len(run) <= policy()["frame_max"] else ""


def role_swap(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The change of ``text[start:end]`` that puts into its first role statement the subject of another statement of
    its group, as (start, end, subject) of ``text``, or None.  Never a subject the text says plays that role too
    (甲是…关键 said anywhere), nor one that holds or is held in the old subject."""
    roles = roles_of(text)
    for r in roles:
        if not (start <= r.start and r.end <= end):
            continue
        # (the statements of its group from the next one on, so a group of six does not take one subject six times)
        at = roles.index(r)
        for o in roles[at + 1:] + roles[:at]:
            if o.group != r.group or o.role == r.role or o.subject in r.subject or r.subject in o.subject:
                continue
            if any(x.subject == o.subject and x.role == r.role for x in roles) or _says(text, o.subject, r.role):
                continue
            return r.start, r.end, o.subject
    return None


def _says(text: str, subject: str, role: str) -> bool:
    """Whether ``text`` says anywhere that ``subject`` plays ``role`` (甲是…的关键, within one clause)."""
    return re.search(rf"{re.escape(subject)}是[^，。；！？\n]{{0,{policy()['domain_max'] + 1}}}{re.escape(role)}", text) is not None
