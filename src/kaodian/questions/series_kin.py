"""Wrong options of a multiple choice on a term series the lexicon knows (session 25, task choice).

When the keys of a series are siblings of one another in the lexicon (基本理论、基本路线、基本方略;
科学化、民主化、法治化), the series is a known formulation, and a teacher sets beside it only terms of its
neighbouring formulations (基本纲领, 基本方针; 制度化, 规范化).  A stranger that only shares the keys'
affix (基本养老, 基本农田 beside 基本路线; 北斗产业化 beside 工业化) is of another class, absurd in the
stem, and struck out at a glance (blind teachers: 干扰项与题干不同类).  ``known_series`` tells whether
the keys are known; ``kin_of`` gives the lexicon's siblings a wrong option is then drawn from.
"""

from __future__ import annotations

import re

# At least this many pairs of keys siblings of one another make a series the lexicon knows: a group holds
# only terms set side by side in a reference question, a numbered formulation or a series recurring across
# texts, so two keys of one group already mark the formulation.
KNOWN_PAIRS = 1
# Without an affix the keys share, a wrong option is a sibling of at least this many keys: the siblings of
# one key alone may be of another formulation and another class.
KIN_KEYS = 2
# A lexicon term a wrong option may be: Chinese characters and quotation marks only (a harvested term
# with a stray code point, 基本理论\ue003, or a clause of a reference question is no option).
_CLEAN_TERM = re.compile(r"^[\u4e00-\u9fff“”]+$")


def known_series(lexicon: object, terms: list[str]) -> bool:
    """Whether ``lexicon`` knows the series ``terms``: at least KNOWN_PAIRS pairs of them are siblings."""
    if lexicon is None:
        return False
    pairs = 0
    for i, t in enumerate(terms):
        kin = set(lexicon.siblings(t))
        pairs += sum(1 for u in terms[i + 1:] if u in kin)
    return pairs >= KNOWN_PAIRS


def kin_of(lexicon: object, terms: list[str], head: str = "", tail: str = "") -> list[str]:
    """The lexicon's siblings of the ``terms`` that may stand beside them as wrong options, in the lexicon's
    order (the first key's siblings first): clean attested terms (``Lexicon.words``), none of the ``terms``,
    and of the series' class:
    with the affix the keys share (``head``/``tail``: 基本纲领 beside 基本路线, 制度化 beside 科学化), or,
    without one, a sibling of KIN_KEYS keys at least (a group may join a key to terms of another class:
    可持续 with 原生态, 先进性 with 党群关系)."""
    if lexicon is None:
        return []
    counts: dict[str, int] = {}
    words = lexicon.words  # (never a term only offered as a wrong option by a reference question: unattested)
    for t in terms:
        for k in lexicon.siblings(t):
            if k not in terms and k in words and _CLEAN_TERM.match(k):
                counts[k] = counts.get(k, 0) + 1
    return [k for k, n in counts.items()
            if (head and k.startswith(head)) or (tail and k.endswith(tail)) or n >= KIN_KEYS]


def closed_kin(lexicon: object, terms: list[str], found: list[str], head: str = "", tail: str = "") -> list[str]:
    """The wrong options ``found`` (by the material's pick) that may stand beside a series the lexicon knows only as a
    closed group (``kin_of`` gives nothing: 自我净化、自我完善、自我革新、自我提高 is its own whole group): those
    with the affix the keys share (``head``/``tail``) that the lexicon itself sets in some other group as a term
    (自我批评, 政治纪律): a real formulation term of the series' shape, not a stranger of the material that only
    shares a character (基本养老 is no group's term)."""
    if lexicon is None or not (head or tail):
        return []
    words = lexicon.words
    return [w for w in found if w not in terms and w in words and _CLEAN_TERM.match(w)
            and ((head and w.startswith(head)) or (tail and w.endswith(tail)))
            and any(len(g.terms) >= 2 for g in lexicon.groups_of(w))]
