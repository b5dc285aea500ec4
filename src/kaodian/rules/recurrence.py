"""How often a phrase is stated in a document: the recurrence that tells a concept of the text
(stated a few times) from its topic (stated everywhere), for the key concepts and importance."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from itertools import repeat


class Recurrence:
    """How often a phrase is stated in a document (white space ignored).

    A document of ordinary size is scanned for each phrase (``str.count``, in C).
    A large one (a 5 MB input would take seconds of scans: a document asks for
    thousands of phrases) is counted through an index of where each pair of
    characters stands, built once, so a count looks only at the places where
    the phrase's first two characters stand.
    """

    def __init__(self, text: str) -> None:
        # a paragraph stated again word for word (a text pasted twice, a line two speeches quote) counts
        # once: a repeated input recurs as the text once does, and is indexed once
        self._text = _SPACE.sub("", "\n".join(dict.fromkeys(text.split("\n"))))
        self._seen: dict[str, int] = {}
        self._alone: dict[str, int] = {}
        self._at: dict[str, array] | None = None

    def _index(self) -> dict[str, array]:
        if self._at is None:
            # (positions as 4-byte machine integers, enough for 2 GB of text: a list of int objects took 36 bytes a character,
            # most of a 10 MB input's memory)
            at: dict[str, array] = {}
            t = self._text
            for i, pair in enumerate(map(str.__add__, t, t[1:])):
                found = at.get(pair)
                if found is None:
                    at[pair] = array("i", (i,))
                else:
                    found.append(i)
            self._at = at
        return self._at

    def count(self, phrase: str) -> int:
        """The number of times ``phrase`` occurs in the document (overlaps counted)."""
        n = self._seen.get(phrase)
        if n is None:
            t = self._text
            if len(phrase) < 2:
                n = t.count(phrase)
            elif len(t) <= SCAN_LIMIT:
                n = _overlapping(t, phrase)
            else:
                # startswith is mapped over the positions in C, not called from a Python loop
                n = sum(map(t.startswith, repeat(phrase), self._index().get(phrase[:2], ())))
            self._seen[phrase] = n
        return n


    def alone(self, phrase: str, n: int) -> int:
        """Of the ``n`` occurrences of ``phrase``, those not inside the longer term it mostly opens
        (纪律检查委员 stands 43 times, 41 of them in 纪律检查委员会): a term's own recurrence.
        Asked only of a phrase stated more than recurring_max times, once per phrase."""
        got = self._alone.get(phrase)
        if got is None:
            t, k = self._text, len(phrase)
            if len(t) <= SCAN_LIMIT:
                at, i = [], t.find(phrase)
                while i >= 0:
                    at.append(i)
                    i = t.find(phrase, i + 1)
            else:
                at = [i for i in self._index().get(phrase[:2], ()) if t.startswith(phrase, i)]
            after = Counter(t[i + k : i + k + 1] for i in at)
            c, most = after.most_common(1)[0] if after else ("", 0)
            got = self._alone[phrase] = n - most if _CJK.match(c) and 2 * most >= n else n
        return got


_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPACE = re.compile(r"\s")
# Up to this many characters a document is scanned per phrase; beyond it the index pays for itself.
SCAN_LIMIT = 200_000


def _overlapping(text: str, phrase: str) -> int:
    """The occurrences of ``phrase`` in ``text``, overlaps counted (``str.count`` skips them: it is
    exact only for a phrase no proper prefix of which is also its suffix)."""
    # a proper prefix that is also a suffix opens with the phrase's first character: a phrase whose
    # first character stands nowhere else has none (most do), and is told so at C speed
    if phrase.find(phrase[0], 1) < 0 or not any(phrase.startswith(phrase[-k:]) for k in range(1, len(phrase))):
        return text.count(phrase)
    n, i = 0, text.find(phrase)
    while i >= 0:
        n += 1
        i = text.find(phrase, i + 1)
    return n
