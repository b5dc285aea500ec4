"""The kinds of question and of point, and their names (``kinds.yaml``): one table for every stage.

``parse_kinds`` is the one parser of the kinds a user names on the command line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import yaml

from .errors import KaodianError

_TABLE = yaml.load(Path(__file__).with_name("kinds.yaml").read_text(encoding="utf-8"),
                   Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

# Question kinds: the id used in the bank, and the Chinese name a user reads.
QUESTION_KINDS: dict[str, str] = {k: v["name"] for k, v in _TABLE["question_kinds"].items()}
# Type names as the Chinese exam platforms' templates spell them.
PLATFORM_NAMES: dict[str, str] = {k: v["platform"] for k, v in _TABLE["question_kinds"].items()}
# Point kinds, and the tag a question on each carries.
POINT_NAMES: dict[str, str] = dict(_TABLE["point_kinds"])
POINT_KINDS: tuple[str, ...] = tuple(POINT_NAMES)
# The point kinds asked as lists (recall, ordering, a choice of its items); a term series is a blanked sentence.
LIST_KINDS: tuple[str, ...] = ("enumeration", "list")

# Every name a user may give a kind: its id, its full name (单项选择题), the
# name without 题, and the short names of Chinese test papers (单选, 判断 …).
KIND_ALIASES: dict[str, str] = {}
for _id, _kind in _TABLE["question_kinds"].items():
    KIND_ALIASES.update({_id: _id, _kind["name"]: _id, _kind["name"].removesuffix("题"): _id})
    KIND_ALIASES.update({a: _id for a in _kind["aliases"]})
    # (a short name said with 题 as well: 单选题, 多选题)
    KIND_ALIASES.update({a + "题": _id for a in _kind["aliases"] if not a.isascii()})
# The short name of each kind a Chinese paper uses (单选, 判断 …), for messages that list them.
SHORT_NAMES: tuple[str, ...] = tuple(
    next((a for a in k["aliases"] if not a.isascii()), k["name"].removesuffix("题")) for k in _TABLE["question_kinds"].values())


def parse_kinds(kinds: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """Kind ids, in QUESTION_KINDS order, from ``填空,单选`` (or a list of such); None when none given.

    Raises KaodianError E403 naming the first unknown kind.
    """
    if kinds is None:
        return None
    entries = [kinds] if isinstance(kinds, str) else list(kinds)
    wanted = set()
    for entry in entries:
        for k in re.split(r"[,，、\s]+", str(entry).strip()):
            if not k:
                continue
            if k not in KIND_ALIASES:
                raise KaodianError("E403", kind=k)
            wanted.add(KIND_ALIASES[k])
    return tuple(k for k in QUESTION_KINDS if k in wanted) or None
