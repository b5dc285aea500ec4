"""A study sheet's heading over its list asks for the list itself (sheet_heads.yaml): 第五章：革命道德的
基本内容 -> 革命道德的基本内容, asked 包括哪五项; 如何理解道德的本质？ -> asked as it stands.  Policy (the
chapter label, the question and aspect words) is in sheet_heads.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..rules.schema import load_policy_file

# What sheet_heads.yaml holds; every key is required.
SCHEMA = {"chapter": "re", "question": "re", "aspect_end": "re", "task_open": "re", "max_chars": int}


@lru_cache(maxsize=1)
def _policy() -> dict:
    data = load_policy_file(Path(__file__).with_name("sheet_heads.yaml"), SCHEMA)
    return {k: re.compile(v) if isinstance(v, str) else v for k, v in data.items()}


def sheet_heading(line: str) -> tuple[str, bool] | None:
    """``line`` without its chapter label and whether it is a question (True: asked as it stands) or an
    aspect's name (False: asked 包括哪N项), when it reads as a sheet's heading; else None."""
    pol = _policy()
    text = pol["chapter"].sub("", line.strip()).strip()
    if not text or len(text) > pol["max_chars"] or re.search(r"[。；！]", text.rstrip("？?")):
        return None
    if pol["question"].search(text):
        return (text if text[-1] in "？?" else text + "？"), True
    if pol["aspect_end"].search(text) and "的" in text and not pol["task_open"].match(text) and not re.search(r"[，、：:,]", text):
        return text, False
    return None
