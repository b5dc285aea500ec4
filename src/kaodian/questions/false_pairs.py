"""False statements a sentence gives the means of itself (issue 12, deliverable 3): the two sides of a contrast it
draws swapped (是A，而不是B -> 是B，而不是A), or a counterpart term of the genre put in a 是-statement (根本政治制度 ->
基本政治制度).  Both are one change, grammatical, unambiguously false, and a learner who mixed the two up believes
them.  Policy in false_pairs.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .. import segment
from ..rules.schema import load_policy_file
from ..text import common_prefix, common_suffix

SCHEMA = {"contrasts": ["re"], "side_chars": "re", "subject_min": int, "side_not": [str], "side_tags": [str],
          "not_after": [str], "differ_min": int, "slots": ["re"], "slot_roles": [str], "counterparts": [[str]], "counterpart_copulas": [str],
          "counterpart_tail": "re"}

Change = tuple[int, int, str]
_CLAUSE_ENDS = "，。；：！？\n"


@lru_cache(maxsize=1)
def policy() -> dict:
    """false_pairs.yaml, read and checked on first use (raises RuleErrors with file:line)."""
    return load_policy_file(Path(__file__).with_name("false_pairs.yaml"), SCHEMA)


@lru_cache(maxsize=1)
def _contrasts() -> tuple[re.Pattern, ...]:
    """The contrast patterns, their {side} filled in, compiled once."""
    pol = policy()
    return tuple(re.compile(p.replace("{side}", pol["side_chars"])) for p in pol["contrasts"])


def contrast_swap(text: str, start: int, end: int) -> Change | None:
    """The change of ``text[start:end]`` that swaps the two sides of a contrast its sentence draws (中国革命的性质是
    资产阶级民主主义革命，而不是社会主义革命 -> …是社会主义革命，而不是资产阶级民主主义革命), as (start, end, swapped run)
    of the document, or None: each side a noun phrase or a quality said with 的 (``side_tags``), none pointing outside
    the statement (``side_not``), the copula after a subject in its clause (``subject_min``), the sentence no
    supposition (``not_after``), and the swapped run said nowhere in the text."""
    pol = policy()

    def fits(m: re.Match, sentence: str) -> bool:
        if _differ(m.group("a"), m.group("b")) < pol["differ_min"]:
            return False
        cue = m.start("a") - (2 if sentence[m.start("a") - 2:m.start("a")] in ("不是", "并非") else 1)
        clause_start = max(sentence.rfind(c, 0, cue) for c in _CLAUSE_ENDS) + 1
        # (是A，而不是B with the subject in another clause: judged against what it does not name)
        return cue - clause_start >= pol["subject_min"]

    return _swap_sides(text, start, end, _contrasts(), fits)


@lru_cache(maxsize=1)
def _slots() -> tuple[re.Pattern, ...]:
    """The slot patterns, their {side} and {role} filled in, compiled once."""
    pol = policy()
    role = "|".join(sorted(map(re.escape, pol["slot_roles"]), key=len, reverse=True))
    return tuple(re.compile(p.replace("{side}", pol["side_chars"]).replace("{role}", f"(?:{role})")) for p in pol["slots"])


def slot_swap(text: str, start: int, end: int) -> Change | None:
    """The change of ``text[start:end]`` that puts the two things of two parallel role slots of its sentence each in
    the other's role (以甲为主题，以乙为主线 -> 以乙为主题，以甲为主线), as (start, end, swapped run), or None: the roles
    differ and are the genre's (``slot_roles``), each thing is a noun phrase pointing nowhere outside the statement
    (``side_tags``, ``side_not``), no thing and the role it is put in hold one another (主题教育为主题), and the swapped run is said nowhere in
    the text."""

    def fits(m: re.Match, sentence: str) -> bool:
        a, b, r1, r2 = m.group("a"), m.group("b"), m.group("r1"), m.group("r2")
        return r1 != r2 and not (a in r2 or b in r1 or r1 in b or r2 in a)

    return _swap_sides(text, start, end, _slots(), fits)


def _swap_sides(text: str, start: int, end: int, patterns: tuple[re.Pattern, ...],
                fits: Callable[[re.Match, str], bool]) -> Change | None:
    """The first match of ``patterns`` (groups ``a`` and ``b``) in the sentence ``text[start:end]`` with its two sides
    swapped, as (start, end, swapped run) of the document, or None: the sentence no supposition (``not_after``), the
    sides distinct, neither holding the other, each ending with a noun phrase or a quality (``side_tags``) and pointing
    nowhere outside the statement (``side_not``), the match one ``fits`` (the caller's own conditions) accepts, and the
    swapped run said nowhere in the text (a text that says it both ways round)."""
    pol = policy()
    sentence = text[start:end]
    if any(w in sentence for w in pol["not_after"]):
        return None
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            a, b = m.group("a"), m.group("b")
            if a == b or a in b or b in a or not fits(m, sentence) or not (_side(a) and _side(b)):
                continue
            if any(w in a or w in b for w in pol["side_not"]):
                continue
            swapped = b + sentence[m.end("a"):m.start("b")] + a
            if swapped in text:
                continue
            return start + m.start("a"), start + m.end("b"), swapped
    return None


def _differ(a: str, b: str) -> int:
    """How many characters of the longer of ``a`` and ``b`` lie outside the start and end they share."""
    return max(len(a), len(b)) - len(common_prefix([a, b])) - len(common_suffix([a, b]))


def _side(side: str) -> bool:
    """Whether ``side`` ends with a noun phrase or a quality (``side_tags``): its last word, or the word before
    its closing 的 (对立的, 相辅相成的)."""
    words = segment.tag(side.removesuffix("的") if side.endswith("的") and len(side) > 2 else side)
    return bool(words) and words[-1][1] in policy()["side_tags"]


@lru_cache(maxsize=1)
def _counterparts() -> dict[str, tuple[str, ...]]:
    """Each counterpart term with the other members of its group (false_pairs.yaml ``counterparts``)."""
    out: dict[str, tuple[str, ...]] = {}
    for group in policy()["counterparts"]:
        for t in group:
            out[t] = tuple(o for o in group if o != t)
    return out


def counterpart_swap(text: str, start: int, end: int) -> Change | None:
    """The change of ``text[start:end]`` that puts a counterpart term of the genre (``counterparts``: 最高理想 for
    共同理想) in place of the one its sentence says, as (start, end, counterpart), or None: only in a clause that
    states what something is (``counterpart_copulas``), never where the sentence says a member of the term's group
    already (甲是最高理想，乙是共同理想), and never a term cut out of a longer one (根本政治制度 inside 最根本政治制度 is
    read whole: the term must start and end on word boundaries of its clause)."""
    pol = policy()
    sentence = text[start:end]
    for term, others in _counterparts().items():
        at = sentence.find(term)
        if at < 0 or any(o in sentence for o in others):
            continue
        a = max(sentence.rfind(c, 0, at) for c in _CLAUSE_ENDS) + 1
        m = re.search(f"[{re.escape(_CLAUSE_ENDS)}]", sentence[at:])
        b = at + m.start() if m else len(sentence)
        clause = sentence[a:b]
        s, e = at - a, at - a + len(term)
        copulas = pol["counterpart_copulas"]
        predicate = (any(c in clause[:s] for c in copulas) or clause[:s].endswith("为")) \
            and re.match(pol["counterpart_tail"], clause[e:])
        subject = clause[e:].startswith(tuple(copulas))
        if not (predicate or subject):
            continue
        if not _whole(clause, at - a, at - a + len(term)):
            continue
        return start + at, start + at + len(term), others[0]
    return None


def counterparts(a: str, b: str) -> bool:
    """Whether the genre sets ``a`` and ``b`` against each other (``counterparts``: 根本政治制度 / 基本政治制度): two
    concepts a learner must tell apart, never a near synonym whatever characters they share."""
    return b in _counterparts().get(a, ())


def _whole(clause: str, s: int, e: int) -> bool:
    """Whether ``clause[s:e]`` starts and ends on word boundaries of the clause (segment.cut)."""
    bounds, k = {0}, 0
    for w in segment.cut(clause):
        k += len(w)
        bounds.add(k)
    return s in bounds and e in bounds
