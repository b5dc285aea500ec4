"""Word segmentation: the one owner of the segmenter.

kaodian uses rjieba (jieba-rs: jieba's dictionary and algorithm, same cuts,
much faster to load and run) and falls back to jieba itself where rjieba is
not installed.  The tokenizer is created on first use, so commands that do
not segment (``--help``, reading a bank) never pay for it.

The formulations of the text being read stay whole words (两个确立) inside a
``keeping`` block.  They are never added to the segmenter's dictionary: that
dictionary is shared by the whole process, so one document's words would
change how every later document is cut, and the questions of a file would
depend on which files were read before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache


class _Jieba:
    """jieba behind rjieba's interface (the fallback)."""

    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        self._tok = jieba.Tokenizer()
        self._pos = jieba.posseg.POSTokenizer(self._tok)

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return list(self._tok.cut(text, HMM=hmm))

    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in self._pos.cut(text, HMM=hmm)]


@lru_cache(maxsize=1)
def _tokenizer():
    try:
        # rjieba loads its dictionary into a default tokenizer on import; a second
        # Jieba() would load it again (80 ms), so the module's own one is ours
        import rjieba

        return rjieba
    except ImportError:  # pragma: no cover - exercised only without rjieba
        return _Jieba()


# The words to keep whole in the current block (see ``keeping``), as one alternation, longest first.
_KEEP: ContextVar[re.Pattern[str] | None] = ContextVar("kaodian_keep", default=None)


@contextmanager
def keeping(words: Iterable[str]) -> Iterator[None]:
    """Inside the block, ``cut`` and ``tag`` keep each of ``words`` (two to twelve characters) whole
    wherever it occurs; outside it they cut as before."""
    kept = sorted({w for w in words if 1 < len(w) <= 12}, key=lambda w: (-len(w), w))
    token = _KEEP.set(re.compile("|".join(map(re.escape, kept))) if kept else None)
    try:
        yield
    finally:
        _KEEP.reset(token)


def _around_kept(text: str, segment: Callable[[str], list], kept: Callable[[str], object]) -> list:
    """``segment`` run on the text between the kept words of the current block, each kept word as
    ``kept`` makes it; the whole text at once when the block keeps none of its words."""
    keep = _KEEP.get()
    if keep is None or not keep.search(text):
        return segment(text)
    out: list = []
    pos = 0
    for m in keep.finditer(text):
        if m.start() > pos:
            out.extend(segment(text[pos : m.start()]))
        out.append(kept(m.group()))
        pos = m.end()
    if pos < len(text):
        out.extend(segment(text[pos:]))
    return out


def cut(text: str) -> list[str]:
    """Words of ``text`` (exact mode, HMM on for unknown words)."""
    if _KEEP.get() is None:
        return list(_cut_plain(text))
    tok = _tokenizer()
    return _around_kept(text, lambda t: list(tok.cut(t, True)), lambda w: w)


def tag(text: str) -> list[tuple[str, str]]:
    """Words of ``text`` with their part of speech (jieba's tag set; a kept word is nz, a proper noun phrase)."""
    if _KEEP.get() is None:
        return list(_tag_plain(text))
    tok = _tokenizer()
    # both segmenters give (word, tag) tuples already (rjieba's tag, _Jieba.tag)
    return _around_kept(text, lambda t: tok.tag(t, True), lambda w: (w, "nz"))


# Outside a ``keeping`` block a text's words depend on the text alone (the dictionary never changes):
# remembered, as tuples (each caller gets a list of its own).  Question generation, which keeps no
# words, segments the same stems, blanks and options again and again (a quarter of its calls repeat one).
@lru_cache(maxsize=16384)
def _cut_plain(text: str) -> tuple[str, ...]:
    return tuple(_tokenizer().cut(text, True))


@lru_cache(maxsize=16384)
def _tag_plain(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(_tokenizer().tag(text, True))


def tag_starts(text: str) -> tuple[tuple[tuple[str, str], ...], tuple[int, ...]]:
    """The tagged words of ``text`` (as ``tag`` gives them) and the offset where each starts, as tuples (shared:
    never changed by whoever reads them).  Outside a ``keeping`` block remembered: a blank's words are read off
    its sentence's words by bisecting these offsets, and one sentence is asked for every blank placed in it."""
    if _KEEP.get() is None:
        return _tag_starts_plain(text)
    return _with_starts(tuple(tag(text)))


@lru_cache(maxsize=4096)
def _tag_starts_plain(text: str) -> tuple[tuple[tuple[str, str], ...], tuple[int, ...]]:
    return _with_starts(_tag_plain(text))


def _with_starts(words: tuple[tuple[str, str], ...]) -> tuple[tuple[tuple[str, str], ...], tuple[int, ...]]:
    starts, pos = [], 0
    for w, _ in words:
        starts.append(pos)
        pos += len(w)
    return words, tuple(starts)


@lru_cache(maxsize=16384)
def tag_whole(word: str) -> str | None:
    """jieba's dictionary tag of ``word`` when its dictionary holds the word whole (no HMM guess), else
    None: ``ns`` for 加拿大, ``nr`` for 武则天, None for 监督有力 (two words).  Cached: the dictionary never
    changes (a ``keeping`` block does not touch it), and generation asks it of the same candidate
    options and lexicon groups again and again."""
    tags = _tokenizer().tag(word, False)
    return tags[0][1] if len(tags) == 1 else None
