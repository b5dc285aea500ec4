"""Word segmentation: the one owner of the segmenter.

kaodian uses rjieba (jieba-rs: jieba's dictionary and algorithm, same cuts,
much faster to load and run) and falls back to jieba itself where rjieba is
not installed.  The tokenizer is created on first use, so commands that do
not segment (``--help``, reading a bank) never pay for it.  Known
formulations are added to its dictionary so that 两个确立 stays one word.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable


@lru_cache(maxsize=1)
def _tokenizer():
    try:
        import rjieba

        return rjieba.Jieba()
    except ImportError:  # pragma: no cover - exercised only without rjieba
        import jieba

        jieba.setLogLevel(60)
        return jieba.Tokenizer()


def add_words(words: Iterable[str]) -> None:
    """Teach the segmenter words it must keep whole (formulations found in the text)."""
    tok = _tokenizer()
    has = getattr(tok, "has_word", None)
    for w in words:
        if 1 < len(w) <= 12 and not (has and has(w)):
            try:
                tok.add_word(w, None, None)
            except TypeError:  # jieba's signature
                tok.add_word(w)


def cut(text: str) -> list[str]:
    """Words of ``text`` (exact mode, HMM on for unknown words)."""
    return list(_tokenizer().cut(text, True))


def tag(text: str) -> list[tuple[str, str]]:
    """Words of ``text`` with their part of speech (jieba's tag set)."""
    tok = _tokenizer()
    if hasattr(tok, "tag"):
        return [tuple(x) for x in tok.tag(text, True)]
    import jieba.posseg  # pragma: no cover

    return [(p.word, p.flag) for p in jieba.posseg.cut(text)]  # pragma: no cover
