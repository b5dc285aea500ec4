"""Swaps a learner of the text could believe (issue 12, deliverable 3; task tf of session 13).

``falsehood.py`` keeps a change that is clearly false; the rules here drop one whose
falsehood no learner would believe (policy in ``plausible.yaml``):

- a term turned into its contrary by one character (小资产阶级 -> 大资产阶级): false at a
  glance, the statement says the opposite of what anyone knows (``opposite_swap``);
- a modifier phrase swapped for another (科学的 -> 民族的): no concept of its own, the
  new phrase is one nobody says (``modifier_swap``);
- and, in its sentence (``kept_true``): a bound moved the way that keeps it true (50%以上 -> 40%以上), a
  core term that modifies the noun after it (社会主义文化强国 -> 民主主义文化强国: ``core_modifier``), a term
  of one field put where the clause still speaks of it (加强生态文明建设，绿色发展… -> 政治建设: ``field_echo``).

(A numbered formulation swapped for one of another count or shape, 八八战略 -> 三严三实, is
policy.yaml's ``other_shape_repeat`` and ``numbered_count_lint``: believable.numbered_swap.)

Generation asks such a sentence true or by another change; lint reports one it finds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..rules.schema import load_policy_file
from ..text import sentence_at, shared_edges

PATH = Path(__file__).with_name("plausible.yaml")
SCHEMA = {"opposite_pairs": [str], "said_own_min": int, "modifier_endings": [str], "lower_before": [str], "lower_after": [str],
          "upper_before": [str], "upper_after": [str],
          "approx_before": [str], "approx_after": [str], "core_head_tags": [str], "field_cues": [[str]]}


@lru_cache(maxsize=1)
def policy() -> dict:
    """plausible.yaml, read and checked once; raises RuleErrors or KaodianError as load_policy_file does."""
    return load_policy_file(PATH, SCHEMA)


def opposite_swap(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` with one character turned into its opposite (``opposite_pairs``) and
    nothing else changed."""
    if len(old) != len(new) or len(old) < 2:
        return False
    diff = [(a, b) for a, b in zip(old, new) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    return any({a, b} == set(p) for p in policy()["opposite_pairs"] if len(p) == 2)


def modifier_swap(old: str, new: str) -> bool:
    """Whether ``old`` or ``new`` is a modifier phrase of three characters or more (ends in one of
    ``modifier_endings``): no concept a swap may replace.  (A two-character one is a noun: 目的.)"""
    ends = tuple(policy()["modifier_endings"])
    return any(len(w) >= 3 and w.endswith(ends) for w in (old, new))


def implausible(old: str, new: str) -> str | None:
    """Why swapping ``new`` in for ``old`` makes a falsehood no learner would believe, or None."""
    if opposite_swap(old, new):
        return f"判断题把“{old}”换成意思相反的“{new}”，错得一眼可辨，不是学员会信的错误"
    if modifier_swap(old, new):
        return f"判断题把修饰语“{old}”换成“{new}”，换后的说法没有人用，荒唐"
    return None


def kept_true(text: str, start: int, end: int, new: str) -> str | None:
    """Why putting ``new`` for ``text[start:end]`` leaves a statement that is not clearly false or absurd; None
    when the change is a clean one."""
    if core_modifier(text, start, end):
        return f"判断题把“{text[start:end]}”换成“{new}”，它在这里修饰后面的名词，换后成了没有人用的名称"
    if cue := field_echo(text, start, end, new):
        return f"判断题把“{text[start:end]}”换成“{new}”，而句中还说着“{cue}”，前后不搭，一眼可辨"
    if own := said_beside(text, start, end, new):
        return f"判断题把“{text[start:end]}”换成“{new}”，而同一句还说着“{own}”，换入的也可能成立，不是明确的错误"
    if _VALUE.match(text[start:end]) and (what := bound_figure(text, start, end)) is not None:
        return f"判断题把{what}“{text[start:end]}”改成“{new}”，改后的说法与原文不矛盾，不能明确判错"
    return stays_true(text[start:end], new, text, start, end)


def said_beside(text: str, start: int, end: int, new: str) -> str | None:
    """What ``new`` says of its own (``new`` without the head and tail it shares with ``text[start:end]``:
    水利 of 水利建设 put for 交通运输建设) when the sentence of the change says it elsewhere (…统筹推进农田水利、
    城乡供水等重点领域建设): the sentence also claims the swapped-in term, so the false statement may be true
    (a teacher's C, session 21).  None when the own part is shorter than ``said_own_min`` characters."""
    old = text[start:end]
    head, tail = shared_edges(*sorted((old, new), key=len)) if old and new else (0, 0)
    own = new[head:len(new) - tail]
    if len(own) < policy()["said_own_min"]:
        return None
    # (the words of the sentence around the change, the change itself cut out: only what else it says counts)
    lo, hi = sentence_at(text, start).start, sentence_at(text, max(start, end - 1)).end
    sentence = text[lo:start] + "\x00" + text[end:max(hi, end)]
    return own if own in sentence else None


def core_modifier(text: str, start: int, end: int) -> bool:
    """Whether the core term ``text[start:end]`` (vocab.yaml core_terms) modifies the noun after it: the first
    word after it is tagged one of ``core_head_tags``."""
    from .. import segment
    from .vocab import load_vocab

    if text[start:end] not in load_vocab().core_terms:
        return False
    tags = segment.tag(text[end:end + 6])
    return bool(tags) and tags[0][1] in policy()["core_head_tags"]


def field_echo(text: str, start: int, end: int, new: str) -> str | None:
    """The word of ``field_cues`` that still speaks of the field the term ``text[start:end]`` names, in its clause
    or the clause on either side, when ``new`` names another field; else None."""
    old = text[start:end]
    # (the clause marks of a window round the term only: ``text`` may be the whole document)
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    before = [lo] + [m.end() for m in _CLAUSE.finditer(text, lo, start)]
    after = [m.end() for m in _CLAUSE.finditer(text, end, hi)] + [hi]
    around = text[before[-2] if len(before) > 1 else lo:start] + text[end:after[1] if len(after) > 1 else hi]
    for field, *cues in policy()["field_cues"]:
        if field in old and field not in new:
            return next((c for c in cues if c in around), None)
    return None


_CLAUSE = re.compile(r"[，；。！？：,;:!?]")
_WINDOW = 200  # characters searched on each side for the clause marks (a clause of the genre is far shorter)


def stays_true(old: str, new: str, body: str, start: int, end: int) -> str | None:
    """Why ``body`` with ``old`` or ``new`` at ``body[start:end]`` says something that stays true with the
    other one: the figure is a bound and ``new`` moves it the way that keeps it true.  (Generation reads the
    source sentence, lint the false statement: either holds one of the two.  Generation never changes a bound
    at all, ``kept_true``; lint, grading banks of every session, flags the move that keeps it true.)"""
    a, b = _VALUE.match(old), _VALUE.match(new)
    if a is None or b is None:
        return None
    old_v, new_v = float(a.group()), float(b.group())
    pol, before, after = policy(), body[max(0, start - 4):start], body[end:end + 2]
    upper = any(before.endswith(w) for w in pol["upper_before"]) or after.startswith(tuple(pol["upper_after"]))
    lower = not upper and (any(before.endswith(w) for w in pol["lower_before"]) or after.startswith(tuple(pol["lower_after"])))
    if (lower and new_v < old_v) or (upper and new_v > old_v):
        return f"判断题把界限“{old}”改成“{new}”，方向不对，改后的说法仍然成立"
    return None


def bound_figure(body: str, start: int, end: int) -> str | None:
    """What the figure at ``body[start:end]`` is when it stands in a bound (超过25%, 6个月以上) or is given as
    near (近3000万, 100万左右: plausible.yaml), which no true/false change may move; else None."""
    pol, before, after = policy(), body[max(0, start - 4):start], body[end:end + 2]
    if any(before.endswith(w) for w in pol["upper_before"] + pol["lower_before"]) \
            or after.startswith(tuple(pol["upper_after"] + pol["lower_after"])):
        return "界限"
    if any(before.endswith(w) for w in pol["approx_before"]) or after.startswith(tuple(pol["approx_after"])):
        return "约数"
    return None


_VALUE = re.compile(r"\d+(?:\.\d+)?")
