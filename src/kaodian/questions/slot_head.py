"""Whether the wrong options of a formulation's single choice read in its slot (issue 12, task choice).

A blank followed by a class noun (（　　）奋斗目标, （　　）重要思想: slot_head.yaml ``heads``) says what
the key is; a wrong option fits that slot only when the material itself says it before the same noun.
Session 12's teachers: 两个责任、两个确立、两个维护 do not combine with 奋斗目标, so only the key reads as a
phrase; 三个没有变 is no 重要思想.  ``head_after`` finds the noun, ``fits`` tells an option that the
material puts before it.  Policy (the nouns, what may join them) is in slot_head.yaml.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from ..rules.schema import load_policy_file



# What slot_head.yaml holds; every key is required.
SCHEMA = {
    "heads": [str],
    "joins": [str],
}


@lru_cache(maxsize=1)
def _policy() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The heads and the joins of slot_head.yaml (read on first use)."""
    data = load_policy_file(Path(__file__).with_name("slot_head.yaml"), SCHEMA)
    return tuple(data["heads"]), tuple(data["joins"])


def head_after(text: str, end: int) -> str | None:
    """The class noun (slot_head.yaml ``heads``) that follows a blank ending at ``end`` in ``text``,
    right after it or after one join (a closing quote, 的), or None."""
    heads, joins = _policy()
    for skip in ("", *joins):
        if text.startswith(skip, end):
            at = end + len(skip)
            for h in heads:
                if text.startswith(h, at):
                    return h
    return None


def fits(says: Callable[[str], bool], head: str) -> Callable[[str], bool]:
    """A test of whether an option is said before ``head`` in the material (``says``: whether some
    document contains a phrase), directly or after a join: 第一个百年奋斗目标, “三个代表”重要思想."""
    _, joins = _policy()

    def fit(option: str) -> bool:
        return any(says(f"{option}{j}{head}") for j in ("", *joins))

    return fit
