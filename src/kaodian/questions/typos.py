"""Suspected source typos: a word one character off a lexicon term.

Study notes typed in haste carry typos (实事求事 for 实事求是), and a question that copies one into
its key teaches the typo (blind teachers, session 11: 答案照抄原文笔误“实事求事”，应改为实事求是).
A run of a text that is no lexicon term and no word of the segmenter's dictionary, yet differs by one
character from a lexicon term of the same length, is suspected; a question is not asked with it as
its answer.  The lengths are policy (policy.yaml ``typos``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon, segment
from .policy import POLICY

_T = POLICY["typos"]
_MIN, _MAX = _T["term_min"], _T["term_max"]
_HAN = re.compile("[\u4e00-\u9fff]+")
_HAN_RUN = re.compile(f"[\u4e00-\u9fff]{{{_MIN},}}")  # a run a slip may be (checked before the text is segmented)


@lru_cache(maxsize=1)
def _index() -> tuple[frozenset[str], dict[str, str]]:
    """The shipped lexicon's terms, and each real term (no misspelt distractor) of a checked length by
    every key that masks one of its characters (实事求? -> 实事求是); a key two terms share is no key."""
    lex = lexicon.load()
    keys: dict[str, str] = {}
    for term in sorted(lex.words):
        if _MIN <= len(term) <= _MAX and all("\u4e00" <= c <= "\u9fff" for c in term):
            for i in range(len(term)):
                key = f"{term[:i]}?{term[i + 1:]}"
                keys[key] = "" if key in keys and keys[key] != term else term
    return lex.terms, {k: t for k, t in keys.items() if t}


@lru_cache(maxsize=8192)  # (a key or an option is checked in every draft that shows it)
def suspect(text: str, document: str = "") -> tuple[str, str] | None:
    """The first run of ``text`` suspected a typo and the lexicon term it is one character off
    (坚持解放思想、实事求事 -> (实事求事, 实事求是)), or None.  A run starts and ends between words
    (色社会主义 in 特色社会主义 is none), of Chinese characters only; in a ``document`` given, the term must stand there at least
    ``term_seen`` times and the run at most once (a writer who spells the term right elsewhere slipped
    once; 民族复兴 said often is a phrase of its own, not a slip for 民族振兴)."""
    if not _HAN_RUN.search(text):
        return None  # (no run of term_min Chinese characters to be a slip: not segmented; a quarter of the texts)
    terms, keys = _index()
    cuts, at, unknown = {0}, 0, set()
    for word, _ in segment.tag(text):
        if len(word) > 1 and segment.tag_whole(word) is None:
            unknown.update(range(at, at + len(word)))
        at += len(word)
        cuts.add(at)
    if not unknown:
        return None  # (a slip's odd character stands in a word the dictionary does not hold: see below)
    for start in sorted(cuts):
        for size in range(_MIN, _MAX + 1):
            # (a run over no unknown word has no odd character to look up: skipped before it is read)
            if start + size not in cuts or unknown.isdisjoint(range(start, start + size)):
                continue
            run = text[start : start + size]
            if run in terms or not _HAN.fullmatch(run):
                continue
            for i in range(size):
                # (the odd character stands in a word the dictionary does not hold, 实事|求事: a phrase of
                # words, 协同|发展 or 的|社会主义, is no slip for 共同发展 or 半社会主义)
                term = keys.get(f"{run[:i]}?{run[i + 1:]}") if start + i in unknown else None
                if term and term not in text and _slip(run, term, document):
                    return run, term
    return None


_CORRELATIVES = tuple((re.compile(c["slip"]), c["fix"]) for c in _T["correlatives"])


def corrected(item: str) -> str:
    """A list item with the first word of a correlative pair set right where the pair shows which is meant
    (即通过…，又通过… -> 既通过…，又通过…); ``item`` itself when no pair is slipped."""
    for slip, fix in _CORRELATIVES:
        item = slip.sub(fix, item)
    return item


def stands_in(item: str, source: str) -> bool:
    """Whether the list item ``item`` is said in ``source``, as it stands or as ``corrected`` says one of its
    parts (既通过… for the source's 即通过…)."""
    return item in source or any(corrected(part.strip()) == item for part in re.split("[：:；;。\n]", source))


def _slip(run: str, term: str, document: str) -> bool:
    """Whether ``document`` ("" when none is given) reads as if ``run`` were a slip for ``term``."""
    return not document or (document.count(term) >= _T["term_seen"] and document.count(run) <= 1)


def finding(texts: tuple[str, ...], document: str) -> str | None:
    """Why a question whose answers and options are ``texts`` is not asked: one of them copies a
    suspected typo of its ``document`` (答案或选项“实事求事”疑为“实事求是”的笔误); None when none does."""
    for text in texts:
        if hit := suspect(text, document):
            return f"答案或选项“{hit[0]}”疑为原文“{hit[1]}”的笔误，照抄会教错字"
    return None

