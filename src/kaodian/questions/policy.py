"""The numbers of question generation (``policy.yaml``), loaded once: option counts, shares,
caps and difficulty weights.  The generators hold the mechanism; the word lists are ``vocab``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

PATH = Path(__file__).with_name("policy.yaml")
# libyaml when installed: it is part of every start of a generating command
POLICY: dict = yaml.load(PATH.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
DIFFICULTY: dict = POLICY["difficulty"]


def growing(kind: str, n: int) -> float:
    """The difficulty of an ordering or recall question on ``n`` items: base, per item, capped."""
    d = DIFFICULTY[kind]
    return round(min(d["max"], d["base"] + d["per_item"] * n), 2)


@lru_cache(maxsize=1024)
def cloze_difficulty(blanks: int, chars: int) -> float:
    """The difficulty of a cloze question with ``blanks`` blanks of ``chars`` characters in all."""
    d = DIFFICULTY["cloze"]
    return round(min(d["max"], d["base"] + d["per_extra_blank"] * (blanks - 1) + d["per_char"] * chars), 2)
