"""Question kinds as a user names them on the command line: one parser for every command."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .errors import KaodianError
from .model import QUESTION_KINDS

# Every name a user may give a kind: its id, its full name (单项选择题), the
# name without 题, and the short names of Chinese test papers (单选, 判断 …).
KIND_ALIASES: dict[str, str] = {}
for _id, _name in QUESTION_KINDS.items():
    KIND_ALIASES.update({_id: _id, _name: _id, _name.removesuffix("题"): _id})
KIND_ALIASES.update({"单选": "single", "多选": "multiple", "判断": "truefalse", "排序": "ordering",
                     "简答": "recall", "填空": "cloze", "tf": "truefalse"})


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
