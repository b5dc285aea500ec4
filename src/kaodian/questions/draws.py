"""Seeded draws for the generators: option order, tie-breaks between equally good distractors.

A ``random.Random`` costs about 5 µs to seed, and the generator needs a fresh,
independently seeded one for nearly every question, which made seeding a
visible share of ``generate``.  ``Draws`` gives each item a pseudo-random rank
from a hash of the run seed, the question's purpose and the item itself: no
state, so the same item keeps its rank however many draws came before it, and
the same on every run and machine (no hash randomization).
"""

from __future__ import annotations

import zlib
from typing import Sequence, TypeVar

T = TypeVar("T")


def _mix(h: int) -> int:
    # murmur3's 32-bit finalizer: crc32 is linear, so ranks of strings that differ in one
    # character would be correlated; this spreads every input bit over the whole result
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    return h ^ (h >> 16)


class Draws:
    """Seeded pseudo-random choices for one question and purpose (see the module docstring)."""

    __slots__ = ("base",)

    def __init__(self, seed: int, key: str) -> None:
        self.base = zlib.crc32(f"{seed}\x1f{key}".encode("utf-8"))

    def rank(self, item: str) -> int:
        """The pseudo-random rank of ``item`` (a tie-break: equal items, equal ranks)."""
        return _mix(zlib.crc32(item.encode("utf-8"), self.base))

    def shuffled(self, items: Sequence[T]) -> list[T]:
        """``items`` in a seeded order; the rank of each comes from its text and its position."""
        return [x for _, x in sorted(((self.rank(f"{i}\x1f{x}"), i), x) for i, x in enumerate(items))]

    def sample(self, n: int, k: int) -> list[int]:
        """``k`` of the indexes 0..n-1, seeded, in text order."""
        return sorted(self.shuffled(range(n))[:k])
