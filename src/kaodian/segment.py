"""Word segmentation: the one owner of the segmenter.

kaodian uses rjieba (jieba-rs: jieba's dictionary and algorithm, same cuts,
much faster to load and run) and falls back to jieba itself where rjieba is
not installed.  The tokenizer is created on first use, so commands that do
not segment (``--help``, reading a bank) never pay for it.  Known
formulations are added to its dictionary so that 两个确立 stays one word.
"""

from __future__ import annotations

from collections.abc import Iterable
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

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self._tok.add_word(word, freq, tag)

    def has_word(self, word: str) -> bool:
        return bool(self._tok.FREQ.get(word)) if self._tok.initialized else False


@lru_cache(maxsize=1)
def _tokenizer():
    try:
        # rjieba loads its dictionary into a default tokenizer on import; a second
        # Jieba() would load it again (80 ms), so the module's own one is ours
        import rjieba

        return rjieba
    except ImportError:  # pragma: no cover - exercised only without rjieba
        return _Jieba()


def add_words(words: Iterable[str]) -> None:
    """Teach the segmenter words it must keep whole (formulations found in the text)."""
    tok = _tokenizer()
    for w in words:
        if 1 < len(w) <= 12 and not tok.has_word(w):
            tok.add_word(w, None, "nz")  # a formulation is a proper noun phrase


def cut(text: str) -> list[str]:
    """Words of ``text`` (exact mode, HMM on for unknown words)."""
    return list(_tokenizer().cut(text, True))


def tag(text: str) -> list[tuple[str, str]]:
    """Words of ``text`` with their part of speech (jieba's tag set)."""
    return [tuple(x) for x in _tokenizer().tag(text, True)]
