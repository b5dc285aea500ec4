"""Wrong options of a list's single or multiple choice that are no wrong options (blind reviews of
session 13, task choice2):

- a paraphrase of an item of the list: with words of degree and aspect (进一步, 持续, 加强, 强化 …) and
  function characters dropped, its characters are an item's (进一步守牢安全底线 beside 把安全底线守得更牢;
  强化理论学习 beside 持续加强学习): a learner who answers by meaning is marked wrong;
- another polarity than the list: an achievement among shortfalls (…显著增强 beside …仍需提高、…有待提升),
  or a shortfall among achievements, is struck out at a glance;
- another topic than the keys: when every key holds a noun of the list's lead (消费), a wrong option
  without it is another list's, and only the key answers the stem's word;
- a restatement of the lead: a wrong option that says a long run of the list's lead which no key says
  (a step of another procedure that names the meeting the stem asks about) reads as one of the steps
  asked for, and a learner can argue it (session 13: 存在两个可辩答案).

``item_kin`` is asked once of each candidate against the whole list (every item is right, keyed or not);
``on_list_topic`` of each against the keys.  Words are policy (list_kin.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable
from ..rules.schema import load_policy_file



# What list_kin.yaml holds; every key is required.
SCHEMA = {
    "degree_words": [str],
    "function_chars": str,
    "paraphrase_min": int,
    "paraphrase_one_off": int,
    "paraphrase_share": float,
    "paraphrase_two_off": int,
    "shortfall_words": [str],
    "topic_word_min": int,
    "topic_tags": [str],
    "topic_lead_max": int,
    "topic_generic": [str],
    "whole_before": str,
    "lead_run_min": int,
}


@lru_cache(maxsize=1)
def _policy() -> dict:
    """list_kin.yaml, read and checked (file:line) on first use."""
    return load_policy_file(Path(__file__).with_name("list_kin.yaml"), SCHEMA)


@lru_cache(maxsize=65536)
def _content(option: str) -> frozenset[str]:
    """The characters of ``option`` with its degree words and function characters dropped."""
    pol = _policy()
    for w in sorted(pol["degree_words"], key=len, reverse=True):
        option = option.replace(w, "")
    return frozenset(c for c in option if c not in pol["function_chars"] and c.isalnum())


@lru_cache(maxsize=131072)
def paraphrases(item: str, wrong: str) -> bool:
    """Whether ``wrong`` says what ``item`` says: the content characters (``_content``) of the shorter
    are all the other's (and at least ``paraphrase_share`` of its count), or all but one when it holds ``paraphrase_one_off`` or more, or all but two of
    ``paraphrase_two_off`` on either side; never when their digits differ."""
    return item == wrong or _same_content(_content(item), _content(wrong), _policy())


def _same_content(a: frozenset[str], b: frozenset[str], pol: dict) -> bool:
    """``paraphrases`` on the content characters of two different options (the cheap length tests first:
    most pairs fail there)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < pol["paraphrase_min"] or len(small) < pol["paraphrase_share"] * len(large):
        return False
    # (the characters first: most pairs differ in three or more, and the digits' test below costs two lookups)
    if (left := len(small - large)) > 2 or _digits(a) != _digits(b):
        return False  # (another figure or date is another fact, wrong by its figure)
    if left == 2 and len(small) == pol["paraphrase_two_off"] and len(large - small) == 2:
        return True  # (永葆清正廉洁 beside 永葆廉洁底色: four of six shared, one pair of words told apart)
    return left == 0 or (left == 1 and len(small) >= pol["paraphrase_one_off"])


@lru_cache(maxsize=65536)
def _digits(content: frozenset[str]) -> frozenset[str]:
    return frozenset(c for c in content if c.isdigit())


@lru_cache(maxsize=1)
def _shortfall_words() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _policy()["shortfall_words"])))


@lru_cache(maxsize=65536)
def shortfall(option: str) -> bool:
    """Whether ``option`` states a shortfall (仍需完善, 有待提升, …不足)."""
    return bool(_shortfall_words().search(option))


def item_kin(items: list[str], wrong: str) -> bool:
    """Whether ``wrong`` may stand as a wrong option beside the list ``items``: it paraphrases none of
    them, and it states a shortfall exactly when every item does (mixed lists take either)."""
    return _kin_of(tuple((i, _content(i)) for i in items), frozenset(shortfall(i) for i in items), wrong)


def _kin_of(contents: tuple[tuple[str, frozenset[str]], ...], marks: frozenset[bool], wrong: str) -> bool:
    """``item_kin`` with each item's content characters and the items' shortfall marks worked out once per
    list, not once per candidate (``kin_only`` judges every candidate of a document's lists against each list)."""
    pol, cw = _policy(), _content(wrong)
    least, share, n = pol["paraphrase_min"], pol["paraphrase_share"], len(cw)
    for i, ci in contents:
        # (_same_content's length test said here first: most pairs fail it, and a call costs more than the test)
        small, large = (len(ci), n) if len(ci) <= n else (n, len(ci))
        if i == wrong or (small >= least and small >= share * large and _same_content(ci, cw, pol)):
            return False
    return len(marks) != 1 or shortfall(wrong) in marks


def _paraphrase_test(contents: tuple[tuple[str, frozenset[str]], ...]) -> Callable[[str], bool]:
    """A test of candidates: whether one paraphrases an item of a list (``_same_content`` of its content characters and
    an item's), each item's length bounds and digits worked out once per list.  ``_kin_of`` asked it pair by pair
    (38,000 candidates on the bench corpus, each against every item of its list, a fiftieth of generation)."""
    pol = _policy()
    least, share, one_off, two_off = pol["paraphrase_min"], pol["paraphrase_share"], pol["paraphrase_one_off"], pol["paraphrase_two_off"]
    # (an item of fewer than ``paraphrase_min`` content characters is the smaller of any pair: none is its paraphrase)
    sized = [(len(ci), ci, _digits(ci)) for _, ci in contents if len(ci) >= least]
    # (a paraphrase leaves at most two characters of the smaller side out of the larger, so it shares at least the
    # smaller's count less two with the items' characters together: a candidate sharing fewer with them than that,
    # for the shortest item, is no paraphrase of any, told by one set intersection)
    union = frozenset().union(*(ci for _, ci, _ in sized))
    shortest = min((li for li, _, _ in sized), default=0)

    def test(c: str) -> bool:
        cw = _content(c)
        n = len(cw)
        if n < least or not sized or len(cw & union) + 2 < min(n, shortest):
            return False
        dw = None
        for li, ci, di in sized:
            small, large, ls = (ci, cw, li) if li <= n else (cw, ci, n)
            if ls < share * (n if li <= n else li):
                continue
            left = len(small - large)
            if left > 2:
                continue
            if dw is None:
                dw = _digits(cw)
            if di != dw:
                continue
            if (left == 2 and ls == two_off and len(large - small) == 2) or left == 0 or (left == 1 and ls >= one_off):
                return True
        return False

    return test


def topic_words(lead: str, right: list[str]) -> list[str]:
    """The nouns of the list's ``lead`` (``topic_word_min`` characters or more) that every key holds, none
    of the genre's common words (``topic_generic``); none when the lead is longer than ``topic_lead_max``
    or says a key itself."""
    from .. import segment  # (jieba is loaded only when a list is asked)

    pol = _policy()
    lead = lead.strip()
    # (only a heading-like lead names a topic: a long sentence, or one that lists the items itself, names many)
    if not lead or not right or len(lead) > pol["topic_lead_max"] or any(r in lead for r in right):
        return []
    words = {w for w, t in segment.tag(lead) if len(w) >= pol["topic_word_min"] and t.startswith(tuple(pol["topic_tags"]))}
    return sorted(w for w in words if w not in pol["topic_generic"] and all(w in r for r in right))


def on_list_topic(topics: list[str], wrong: str) -> bool:
    """Whether ``wrong`` holds every word of ``topics`` (``topic_words``)."""
    return all(w in wrong for w in topics)


def _runs(text: str, n: int) -> frozenset[str]:
    """Every run of ``n`` characters of ``text`` (punctuation breaks a run)."""
    return frozenset(text[i:i + n] for i in range(len(text) - n + 1) if all(c.isalnum() for c in text[i:i + n]))


def restates_lead(lead: str, right: list[str]) -> Callable[[str], bool]:
    """A test of wrong options for a list whose ``lead`` is short enough to name one subject: True for
    one that holds a run of ``lead_run_min`` characters of the lead that no key of ``right`` holds
    (党支部党员大会讨论、表决通过 beside the steps of 党支部党员大会讨论接收预备党员的程序)."""
    pol = _policy()
    n = pol["lead_run_min"]
    lead = lead.strip()
    if not lead or len(lead) > pol["topic_lead_max"]:
        return lambda c: False
    runs = _runs(lead, n) - frozenset().union(*(_runs(r, n) for r in right))
    if not runs:
        return lambda c: False
    # (a run of the lead is one of a candidate's runs exactly when the candidate contains it: a few
    # substring tests instead of every run of every candidate, for each list drawn from)
    return lambda c: any(r in c for r in runs)


def kin_only(ctx: object, items: list[str], right: list[str], pools: tuple[list[str], ...]) -> tuple[list[str], ...]:
    """Each of ``pools`` (candidate wrong options for the keys ``right`` of the list point of ``ctx``,
    whose item cores are ``items``) without those ``item_kin``, the keys' topic (``topic_words`` of the
    list's lead, ``on_list_topic``) or ``restates_lead`` strike out."""
    p = ctx.point
    lead = ctx.doc.text[p.sentence.start : p.items[0].start]
    topics = topic_words(lead, right)
    its = tuple(items)
    # (the pools share candidates, and a list's single and multiple choice and each of their draws of keys
    # ask of the same pools: each candidate is judged against the list and its lead once, whatever the keys;
    # only the keys' topic is judged per call)
    key = (its, lead)
    kin = _KIN.get(key)
    if kin is None:
        if len(_KIN) >= _KIN_MAX:
            _KIN.clear()
        kin = _KIN[key] = {}
    new = {c for cs in pools for c in cs if c not in kin}
    if new:
        marks = frozenset(shortfall(i) for i in items)
        contents = tuple((i, _content(i)) for i in its)
        restated = restates_lead(lead, items)
        paraphrased = _paraphrase_test(contents)
        for c in new:
            # (``_kin_of`` with the list's items read once, not once per candidate: the same verdict)
            kin[c] = c not in its and not paraphrased(c) and (len(marks) != 1 or shortfall(c) in marks) and not restated(c)
    if not topics:
        return tuple([c for c in cs if kin[c]] for cs in pools)
    return tuple([c for c in cs if kin[c] and on_list_topic(topics, c)] for cs in pools)


# each list's items and lead -> whether a candidate may stand beside it (``_kin_of`` and ``restates_lead``: a
# function of the three alone)
_KIN: dict[tuple[tuple[str, ...], str], dict[str, bool]] = {}
_KIN_MAX = 512  # lists remembered (a run asks a few dozen)


def whole_before(char: str) -> bool:
    """Whether a phrase the text goes on from with ``char`` may still be whole (a particle or conjunction
    after it: 团队建设的…, 团队建设和…); any other character continues it (团队上下一心: 团队上下 is a piece)."""
    return char in _policy()["whole_before"]
