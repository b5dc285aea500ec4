"""The field of a list's keys: a wrong option of a list's single or multiple choice must share it (issue 12).

A teacher strikes out at a glance a wrong option of another field than the keys (session 15: economic
measures among party-building keys, diplomatic principles among the basic economic system, a department's
duties among the steps of a meeting's procedure).  The field of a list is the words that name what it is
about: the words of all its items, of the clause that announces them and of the heading it stands under,
without the genre's common words and without the words the whole document says (field.yaml).  A wrong
option is of the field when it shares one of them, when the lexicon puts it in one class with a key, or
when it is an item of a sibling list (sibling_lists: the duties beside the rights); an option that holds
no word of any field (all its words are common) cannot be judged and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING
from pathlib import Path

from ..rules.schema import load_policy_file

if TYPE_CHECKING:
    from .drafting import Ctx

SCHEMA = {
    "word_min": int,
    "field_tags": [str],
    "fallback_tags": [str],
    "field_chars": [str],
    "generic": [str],
    "ubiquity": float,
    "ubiquity_lines": int,
    "no_point": [str],
    "perfective_head": int,
    "near_sections": int,
}

_CJK_WORD = re.compile("[\u4e00-\u9fff]+$")


@lru_cache(maxsize=1)
def _policy() -> dict:
    return load_policy_file(Path(__file__).with_name("field.yaml"), SCHEMA)


@lru_cache(maxsize=1)
def _no_point() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _policy()["no_point"]))


def no_point(option: str) -> bool:
    """Whether ``option`` says no point (field.yaml no_point: a catch-all, a bare aspect label): no key
    and no wrong option."""
    return _no_point().fullmatch(option.rstrip("；;。，,")) is not None


def perfective(option: str) -> bool:
    """Whether ``option`` says what was done (the particle 了 in its first ``perfective_head`` characters:
    有效避免了…, 坚持了…): beside keys that say what is to be done, a teacher reads it off its form
    (session 15: 带“了”字，形式与其他选项不同)."""
    from ..segment import tag

    head = option[: _policy()["perfective_head"]]
    return "了" in head and any(w == "了" and t.startswith("u") for w, t in tag(head))


@lru_cache(maxsize=8192)
def field_words(text: str, fallback: bool = False) -> frozenset[str]:
    """The words of ``text`` that may name a field: of a field tag (of a fallback tag with ``fallback``)
    and ``word_min`` characters or more, not generic, plus (without ``fallback``) the single
    ``field_chars`` it holds."""
    from ..segment import tag  # (the one tokenizer, loaded on first use)

    pol = _policy()
    tags, generic = tuple(pol["fallback_tags" if fallback else "field_tags"]), frozenset(pol["generic"])
    got = {w for w, t in tag(text) if len(w) >= pol["word_min"] and _CJK_WORD.match(w) and t.startswith(tags) and w not in generic}
    return frozenset(got) if fallback else frozenset(got | {c for c in pol["field_chars"] if c in text})


@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line.strip())


@lru_cache(maxsize=4)  # (one test per document, its answers remembered across the document's lists)
def ubiquitous(doc_text: str) -> Callable[[str], bool]:
    """A test of words: True for one said in at least ``ubiquity`` of the lines of ``doc_text`` (when it
    has ``ubiquity_lines`` lines or more): a word of the whole document, no field of one part of it."""
    pol = _policy()
    lines = _lines(doc_text)
    if len(lines) < pol["ubiquity_lines"]:
        return lambda w: False
    limit = pol["ubiquity"] * len(lines)
    memo: dict[str, bool] = {}

    def test(w: str) -> bool:
        if w not in memo:
            memo[w] = len([line for line in lines if w in line]) >= limit
        return memo[w]

    return test


def field_test(doc_text: str, named: Iterable[str], keys: list[str], kin: Iterable[str] = (),
               lexicon: object = None, foreign: Iterable[str] = (), whole: bool = False,
               lenient: bool = False) -> Callable[[str], bool]:
    """A test of wrong options for a list: True for one of the field of the texts ``named`` (the list's
    items, the clause announcing them, its heading) or of the ``kin`` (sibling lists' items, always of
    it), or of one lexicon class with one of ``keys``; True too for one that holds no field word (nor,
    lacking one, a verb: ``field_words`` with ``fallback``).  False
    for a ``no_point`` and, beside keys without it, a ``perfective`` one: a form a teacher strikes out; and
    for one of ``foreign`` (another holder's items of the list's class: sibling_lists.same_holder_items).
    With ``whole`` (the whole document is one field) only those forms and ``foreign`` are struck out; with
    ``lenient`` a word of the whole document (``ubiquitous``) ties an option to the keys too."""
    common = (lambda w: False) if lenient else ubiquitous(doc_text)
    named = [t for t in named if t]
    field = frozenset(w for t in named for w in field_words(t) if not common(w))
    joined = "\n".join(named)
    kin, foreign = frozenset(kin), frozenset(foreign)

    done = any(perfective(k) for k in keys)

    def test(wrong: str) -> bool:
        if no_point(wrong) or (not done and perfective(wrong)) or wrong in foreign:
            return False
        if wrong in kin or whole:
            return True
        own = {w for w in field_words(wrong) if not common(w)} or {w for w in field_words(wrong, True) if not common(w)}
        if not own:
            return True
        # (a word of one side inside a word of the other: 两岸 in 两岸关系, however jieba cut them)
        if any(w in joined for w in own) or any(w in wrong for w in field):
            return True
        return lexicon is not None and any(lexicon.same_class(k, wrong) for k in keys)

    return test


def of_list(ctx: "Ctx", right: list[str]) -> Callable[[str], int]:
    """A rank of wrong options for the list point of ``ctx`` with the keys ``right``: 0 for one of its field
    (``field_test``: its field is named by all its items, the text before its first item in its sentence and
    its heading; the items of its sibling lists of the same holder, sibling_lists.same_holder_items, and of the
    lists beside it in its section, sibling_lists.neighbour_items, are kin, those of another holder foreign), 1 for one tied to it only by a word the whole document says (党员 in a
    party charter: taken only when too few of the field are found, so that the list is still asked), 2 for
    one that only opens as a key does (坚持… beside 坚持…) and is said near the list (``near_sections``), 3
    for one of another field (never taken)."""
    from .changes import item_cores
    from .sibling_lists import neighbour_items, same_holder_items

    p = ctx.point
    memo = ctx.cache.fields
    key = (ctx.doc_key, id(p), tuple(right))
    got = memo.get(key)
    if got is None or got[0] is not p:
        named = [*item_cores(p), ctx.doc.text[p.sentence.start : p.items[0].start], p.heading or ""]
        kin, foreign = same_holder_items(ctx, item_cores)
        kin = [*kin, *neighbour_items(ctx, item_cores)]  # (the next list of its section and level is its kin too)
        strict = field_test(ctx.doc.text, named, right, kin, ctx.material.lexicon, foreign)
        loose = field_test(ctx.doc.text, named, right, kin, ctx.material.lexicon, foreign, lenient=True)
        # (an article without headings, a speech on one subject, is one field: its lists' other items are
        # of it, and only the forms a teacher strikes out are; the lists' names still tell them apart:
        # sibling_lists, list_class)
        if not any(a.headings for a in ctx.doc.articles if a.id == p.article):
            strict = loose = field_test(ctx.doc.text, [], right, foreign=foreign, whole=True)
        # (last, an option that opens as a key does, 坚持… beside 坚持…: the list's form, when nothing of
        # its field is found; the floors of key-point coverage keep such lists asked)
        form = field_test(ctx.doc.text, [], right, foreign=foreign, whole=True)
        heads = {r[:2] for r in right}
        near = _near_test(ctx)
        ranks: dict[str, int] = {}

        def rank(w: str) -> int:
            # (remembered: a caller ranks each option twice, to filter and to sort, and again for each draw
            # of wrong options on the same keys)
            r = ranks.get(w)
            if r is None:
                r = ranks[w] = 0 if strict(w) else 1 if loose(w) else 2 if w[:2] in heads and form(w) and near(w) else 3
            return r

        got = memo[key] = (p, rank)
    return got[1]


def _near_test(ctx: "Ctx") -> Callable[[str], bool]:
    """A test of options: True for one the document first says at most ``near_sections`` sections from the
    list point of ``ctx``, in its article."""
    p, text = ctx.point, ctx.doc.text
    pars = [par for a in ctx.doc.articles if a.id == p.article for par in a.paragraphs]
    reach = _policy()["near_sections"]

    def test(w: str) -> bool:
        i = text.find(w)
        return i >= 0 and any(par.start <= i < par.end and abs(par.section - p.section) <= reach for par in pars)

    return test
