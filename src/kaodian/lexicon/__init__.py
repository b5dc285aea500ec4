"""A domain lexicon of political terms: sibling groups and term classes.

Built from human-written question banks, study texts and the corpus by
``python -m kaodian.lexicon.build`` and shipped as ``lexicon.json``.  Nothing
is read when this package is imported: the data is parsed on the first
look-up (``kaodian --help`` never pays for it).

    from kaodian import lexicon
    lexicon.siblings("政治意识")      # ('大局意识', '核心意识', '看齐意识')
    lexicon.members("四个意识")       # ('政治意识', '大局意识', '核心意识', '看齐意识')
    lexicon.class_of("国务院")        # '机构'
    lexicon.load(extra=Path("my.yaml")).same_class("甲", "乙")
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .store import Group, Lexicon

DATA = Path(__file__).with_name("lexicon.json")
# a user's extension file, commented, shipped so that an installed kaodian can show it (kaodian lexicon --example)
EXAMPLE = Path(__file__).with_name("example.yaml")

__all__ = ["Group", "Lexicon", "load", "example", "check", "siblings", "class_of", "members", "same_class"]


@lru_cache(maxsize=1)
def _shipped() -> Lexicon:
    import json

    from .store import from_data

    return from_data(json.loads(DATA.read_text(encoding="utf-8")))


def load(extra: Path | str | None = None) -> Lexicon:
    """The shipped lexicon, extended by a user's YAML file when ``extra`` is given.

    Raises KaodianError (E101, E108, E201) or RuleErrors (E202, every problem
    with its file:line) for a bad extension file.
    """
    base = _shipped()
    if extra is None:
        return base
    from .extension import read_extension
    from .store import extended

    groups, kinds = read_extension(Path(extra), base.classes)
    return extended(base, groups, kinds)


def example() -> str:
    """The text of the shipped example extension file: what ``--lexicon FILE`` reads, with comments."""
    return EXAMPLE.read_text(encoding="utf-8")


def check(extra: Path | str) -> tuple[int, int]:
    """How many groups and classed terms a user's extension file holds, once it is found valid.

    Raises as ``load`` does for a bad file (every problem at once)."""
    from .extension import read_extension

    groups, kinds = read_extension(Path(extra), _shipped().classes)
    return len(groups), len(kinds)


@lru_cache(maxsize=16384)
def siblings(term: str) -> tuple[str, ...]:
    """The other terms of every shipped group that holds ``term`` (cached: the shipped lexicon never
    changes, and generation asks the same candidates' siblings again and again)."""
    return _shipped().siblings(term)


def class_of(term: str) -> str | None:
    """The shipped class of ``term`` (机构, 文件, 会议, 职务, 人物, 提法), or None."""
    return _shipped().class_of(term)


def members(formulation: str) -> tuple[str, ...]:
    """The members of a numbered formulation in the shipped lexicon; () when unknown."""
    return _shipped().members(formulation)


def same_class(a: str, b: str) -> bool:
    """Whether two terms share a shipped group or a class."""
    return _shipped().same_class(a, b)
