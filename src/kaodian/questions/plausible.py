"""Swaps a learner of the text could believe (issue 12, deliverable 3; task tf of session 13).

``falsehood.py`` keeps a change that is clearly false; the rules here drop one whose
falsehood no learner would believe (policy in ``plausible.yaml``):

- a term turned into its contrary by one character (小资产阶级 -> 大资产阶级): false at a
  glance, the statement says the opposite of what anyone knows (``opposite_swap``);
- a modifier phrase swapped for another (科学的 -> 民族的): no concept of its own, the
  new phrase is one nobody says (``modifier_swap``).

(A numbered formulation swapped for one of another count or shape, 八八战略 -> 三严三实, is
policy.yaml's ``other_shape_repeat`` and ``numbered_count_lint``: believable.numbered_swap.)

Generation asks such a sentence true or by another change; lint reports one it finds.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("plausible.yaml")
SCHEMA = {"opposite_pairs": [str], "modifier_endings": [str]}


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
