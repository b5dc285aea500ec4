"""The options of a paper as a user gives them (``--count``, ``--score``, ``--versions``, ``--format``),
parsed once for the CLI and the library; the defaults are policy, in ``paper.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

from ..errors import KaodianError
from ..kinds import KIND_ALIASES, QUESTION_KINDS, SHORT_NAMES
from .paper_model import fmt_score

POLICY = Path(__file__).with_name("paper.yaml")
# Section order of a Chinese paper: objective questions first, 简答 last (the order of kinds.yaml).
KIND_ORDER = tuple(QUESTION_KINDS)
ALL = ("all", "全部")

PAPER_FORMATS = ("pdf", "docx", "html")
IMPORT_FORMATS = ("xlsx", "txt", "gift", "csv")
ALL_FORMATS = PAPER_FORMATS + IMPORT_FORMATS


# What paper.yaml holds; every key is required, a kind's count or score may be left out (a typo is an error
# with its file:line, not a default silently taken).
SCHEMA = {"counts": {k: int for k in KIND_ORDER}, "fill": [KIND_ORDER], "seed_spread": float,
          "short_reasons": [{"match": str, "words": str}], "short_advice": {"counted": str, "default": str},
          "scores": {k: float for k in KIND_ORDER}}


@lru_cache(maxsize=1)
def _policy() -> dict:
    from ..rules.schema import load_policy_file  # (YAML is read when a paper is made, not at the CLI's start)

    return load_policy_file(POLICY, SCHEMA)


def default_scores() -> dict[str, int]:
    """Points per blank (填空) or per question of each kind when ``--score`` does not say (paper.yaml)."""
    return dict(_policy()["scores"])


def default_counts() -> dict[str, int]:
    """Questions of each kind in a paper when ``--count`` does not say (paper.yaml)."""
    return dict(_policy()["counts"])


def fill_kinds() -> tuple[str, ...]:
    """The kinds that take up the places a short section leaves when ``--count`` does not say (paper.yaml
    ``fill``, in order)."""
    return tuple(_policy()["fill"])


def seed_spread() -> float:
    """How far down a part of the text another ``--seed`` reaches for its questions (paper.yaml ``seed_spread``):
    the rank at which a question is half as likely as the part's first to be drawn first."""
    return float(_policy()["seed_spread"])


def short_reasons() -> tuple[tuple[str, str], ...]:
    """(match, words) pairs: a generate note on why a point got no question of a kind, and how a teacher
    reads it (paper.yaml ``short_reasons``)."""
    return tuple((r["match"], r["words"]) for r in _policy()["short_reasons"])


def short_advice(counted: bool) -> str:
    """What a teacher can do about a short section (paper.yaml ``short_advice``), with ``--count`` or without."""
    return _policy()["short_advice"].get("counted" if counted else "default", "")


def _parse_mapping(value: str | Mapping | int | float | None, option: str, code: str) -> dict[str, float]:
    """``填空=2,单选=3`` (or a mapping, or one number for every kind) → {kind id: number}."""
    if value is None:
        return {}
    if isinstance(value, (int, float)):
        return {k: float(value) for k in KIND_ORDER}
    if isinstance(value, Mapping):
        items = [(str(k), str(v)) for k, v in value.items()]
    else:
        text = str(value).strip()
        if re.fullmatch(r"\d+(\.\d+)?", text):
            return {k: float(text) for k in KIND_ORDER}
        if re.fullmatch(r"-\d+(\.\d+)?", text):
            raise KaodianError(code, value=value, reason=f"“{text}”不能为负数")
        items = []
        for part in filter(None, (p.strip() for p in re.split(r"[,，]", text))):
            k, sep, v = part.partition("=")
            if not sep:
                raise KaodianError(code, value=value, reason=f"“{part}”缺少“=”")
            items.append((k.strip(), v.strip()))
    out: dict[str, float] = {}
    for k, v in items:
        if k not in KIND_ALIASES:
            raise KaodianError(code, value=value, reason=f"未知题型“{k}”（可写 {'、'.join(SHORT_NAMES)}）")
        try:
            x = float(v)
        except ValueError:
            raise KaodianError(code, value=value, reason=f"“{v}”不是数字") from None
        if x < 0 or x != x or x == float("inf"):
            raise KaodianError(code, value=value, reason=f"“{v}”不能为负数")
        out[KIND_ALIASES[k]] = x
    return out


def parse_scores(score) -> dict[str, float]:
    """Points per blank (填空) or per question for each kind; defaults for kinds not given."""
    return {**{k: float(v) for k, v in default_scores().items()}, **_parse_mapping(score, "--score", "E605")}


def parse_counts(count) -> dict[str, int]:
    """At most this many questions per section: one number for every kind, or ``单选=10,判断=5``
    (other kinds keep their default); None gives the defaults, ``all`` no cap at all."""
    if count is None:
        return default_counts()
    if isinstance(count, str) and count.strip().lower() in ALL:
        return {}
    # 单选=10 changes one kind and keeps the others' defaults; a bare number caps every kind
    per_kind = isinstance(count, Mapping) or "=" in str(count)
    out = default_counts() if per_kind else {}
    for k, v in _parse_mapping(count, "--count", "E607").items():
        if not float(v).is_integer():
            raise KaodianError("E607", value=count, reason=f"“{fmt_score(v)}”不是整数")
        out[k] = int(v)
    return out


def named_kinds(count) -> tuple[str, ...]:
    """The kinds a ``--count`` names (单选=10,判断=5 -> single, truefalse); every kind for one number, for
    ``all`` and for no ``--count`` (the paper's default sections)."""
    if count is None or not (isinstance(count, Mapping) or "=" in str(count)):
        return KIND_ORDER
    return tuple(k for k in KIND_ORDER if k in _parse_mapping(count, "--count", "E607"))


def parse_versions(versions: Sequence[str] | str) -> tuple[str, ...]:
    """Version names (A,B …): non-empty, distinct, letters or digits (they go into file names)."""
    items = [v.strip() for v in (versions.split(",") if isinstance(versions, str) else versions)]
    if not items or any(not re.fullmatch(r"[A-Za-z0-9]{1,8}", v) for v in items) or len(set(items)) != len(items):
        raise KaodianError("E609", versions=",".join(items))
    return tuple(items)


def parse_formats(formats: Sequence[str] | str) -> tuple[str, ...]:
    """Formats from ``pdf,docx`` or a list; unknown ones raise E603."""
    items = [f.strip().lower() for f in (formats.split(",") if isinstance(formats, str) else
                                         [p for f in formats for p in str(f).split(",")]) if f.strip()]
    bad = [f for f in items if f not in ALL_FORMATS]
    if bad or not items:
        raise KaodianError("E603", format="、".join(bad) or "（空）")
    return tuple(dict.fromkeys(items))
