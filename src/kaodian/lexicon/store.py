"""The lexicon in memory: sibling groups and classed terms, with look-ups by term.

Built from the shipped ``lexicon.json`` (and a user's YAML extension) by
``kaodian.lexicon.load``; pure look-ups, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable


@dataclass(frozen=True)
class Group:
    """Terms a question setter puts side by side, and where they were seen.

    ``name`` is the numbered formulation the group spells out (四个意识), if any;
    ``cls`` the class all its terms share (人物, 文件 …), if any.
    """

    terms: tuple[str, ...]
    sources: tuple[str, ...]
    name: str | None = None
    cls: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """Sibling groups and term classes, indexed by term."""

    groups: tuple[Group, ...]
    kinds: dict[str, str]  # term -> class
    classes: dict[str, str]  # class -> what it holds
    # terms seen only as a bank's wrong option (a made-up or misspelt distractor): siblings, never options
    unattested: frozenset[str] = frozenset()
    _by_term: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _by_name: dict[str, int] = field(default_factory=dict, repr=False)
    # class_of per term, worked out once: generation asks it of every candidate option of every question
    _class: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    # siblings per term, worked out once too: a series term's are asked by every question kind on it
    _siblings: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    # ``terms`` and ``words`` built once: generation asks them of every multiple choice on a series (900 sets of
    # 40,000 terms built on the bench corpus, 3% of its generation); the groups and classes never change
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_term: dict[str, list[int]] = {}
        for i, g in enumerate(self.groups):
            for t in g.terms:
                by_term.setdefault(t, []).append(i)
            if g.name is not None:
                # a later group of the same name (a user's) replaces the shipped one
                self._by_name[g.name] = i
        self._by_term.update({t: tuple(ix) for t, ix in by_term.items()})

    def __getstate__(self) -> dict:
        # what was looked up is no part of the lexicon: a pickled lexicon (a library's fingerprint) is
        # the same bytes whatever generation asked of it
        return {**self.__dict__, "_class": {}, "_siblings": {}, "_sets": {}}

    @property
    def terms(self) -> frozenset[str]:
        """Every term of a group or of a class."""
        got = self._sets.get("terms")
        if got is None:
            got = self._sets["terms"] = frozenset(self._by_term) | frozenset(self.kinds)
        return got

    @property
    def words(self) -> frozenset[str]:
        """The terms that are real words, fit to stand as an option: ``terms`` but the unattested."""
        got = self._sets.get("words")
        if got is None:
            got = self._sets["words"] = self.terms - self.unattested
        return got

    def groups_of(self, term: str) -> tuple[Group, ...]:
        """The groups that hold ``term``, in lexicon order."""
        return tuple(self.groups[i] for i in self._by_term.get(term, ()))

    def siblings(self, term: str) -> tuple[str, ...]:
        """The other terms of every group holding ``term``, first seen first; () when none."""
        try:
            return self._siblings[term]
        except KeyError:
            pass
        out: dict[str, None] = {}
        for g in self.groups_of(term):
            out.update((t, None) for t in g.terms if t != term)
        got = self._siblings[term] = tuple(out)
        return got

    def class_of(self, term: str) -> str | None:
        """The term's class (机构, 文件, 会议, 职务, 人物, 提法), else that of a classed group holding it."""
        try:
            return self._class[term]
        except KeyError:
            pass
        if term in self.kinds:
            got = self.kinds[term]
        else:
            got = next((self.groups[i].cls for i in self._by_term.get(term, ()) if self.groups[i].cls), None)
        self._class[term] = got
        return got

    def members(self, formulation: str) -> tuple[str, ...]:
        """The members of a numbered formulation (四个意识 -> 政治意识 …); () when unknown."""
        i = self._by_name.get(formulation)
        return self.groups[i].terms if i is not None else ()

    def same_class(self, a: str, b: str) -> bool:
        """True when ``a`` and ``b`` share a group, or both have the same class."""
        if a == b:
            return True
        if set(self._by_term.get(a, ())) & set(self._by_term.get(b, ())):
            return True
        ca = self.class_of(a)
        return ca is not None and ca == self.class_of(b)

    def of_class(self, cls: str) -> tuple[str, ...]:
        """Every term of class ``cls``, sorted."""
        return tuple(sorted(t for t in self.terms if self.class_of(t) == cls))


def from_data(data: dict[str, Any]) -> Lexicon:
    """A Lexicon from the JSON data the builder writes."""
    groups = tuple(
        Group(tuple(g["terms"]), tuple(g["sources"]), g.get("name"), g.get("class")) for g in data["groups"]
    )
    kinds = {t: c for c, terms in data["kinds"].items() for t in terms}
    return Lexicon(groups, kinds, dict(data["classes"]), frozenset(data.get("unattested", ())))


def extended(base: Lexicon, groups: Iterable[Group], kinds: dict[str, str]) -> Lexicon:
    """``base`` with more groups after its own and more (or changed) term classes."""
    return Lexicon(base.groups + tuple(groups), {**base.kinds, **kinds}, base.classes, base.unattested)
