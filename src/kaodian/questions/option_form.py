"""Whether a single choice's options share the key's form (issue 12, task choice; session 12's review).

Two shapes a teacher struck out at a glance that the other checks let through:

- a short wrong option that is no word (有能力: a verb before a noun) beside a key that is one (竞争力);
  ``findings`` runs inside single_slot.findings (lint), so ``generate`` drops what it flags;
- a series of clauses (改革进入攻坚期、利益关系深刻调整、…: each a subject, then a verb) asked as terms:
  the wrong options drawn for a term are phrases (改革创新, 改革开放), and only the key is a whole clause,
  so its form gives it away.  ``clause_series`` tells drafting not to ask such a series as a choice.

Either way the point is asked by another kind.  Thresholds and tags are policy (option_form.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from .. import segment
from ..rules.schema import load_policy_file


_SPACE = re.compile(r"\s")


# What option_form.yaml holds; every key is required.
SCHEMA = {
    "word_option_max": int,
    "clause_words": int,
    "clause_option_max": int,
    "subject_tags": [str],
    "verb_tags": [str],
    "adverb_tags": [str],
    "adverbed_tags": [str],
    "possessive_tags": [str],
    "fragment_end_tags": [str],
    "fragment_inner_tags": [str],
    "object_verb_tags": [str],
    "object_min": int,
    "quantifiers": [str],
    "set_member_max": int,
    "adverbial": str,
    "verb_measures": [str],
    "object_word_max": int,
    "object_tags": [str],
}


@lru_cache(maxsize=1)
def _policy() -> dict:
    """option_form.yaml, read and checked (file:line) on first use."""
    return load_policy_file(Path(__file__).with_name("option_form.yaml"), SCHEMA)


def findings(right: str, wrong: list[str]) -> list[str]:
    """Why the options of a single choice with key ``right`` and wrong options ``wrong`` are not of one
    form (each reason in Chinese), or [] when they are."""
    return [why for why in (non_word(right, wrong),) if why]


def non_word(right: str, wrong: list[str]) -> str | None:
    """A wrong option of at most ``word_option_max`` characters that jieba reads as a verb and more (有能力)
    beside a key it reads as one word (竞争力)."""
    if segment.tag_whole(right) is None:
        return None
    for w in wrong:
        if len(w) <= _policy()["word_option_max"] and segment.tag_whole(w) is None:
            words = segment.tag(w)
            if len(words) > 1 and words[0][1] in _policy()["verb_tags"]:
                return f"错误选项“{w}”不成词，与正确选项“{right}”不同类，属荒谬选项"
    return None


def clause(option: str) -> bool:
    """Whether ``option`` reads as a clause: ``clause_words`` words or more, a noun first, a predicate after it."""
    words = segment.tag(option)
    pol = _policy()
    tags = [t for _, t in words]
    # a predicate: a verb after the subject, or an adverb before a verb or verbal noun (深刻调整)
    verb = any(t in pol["verb_tags"] for t in tags[1:]) or any(
        a in pol["adverb_tags"] and b in pol["adverbed_tags"] for a, b in zip(tags[1:], tags[2:]))
    # (a noun and 的 open a noun phrase, whatever follows: 党的组织建设)
    return len(words) >= pol["clause_words"] and tags[0] in pol["subject_tags"] and tags[1] not in pol["possessive_tags"] and verb


def clause_series(terms: list[str]) -> bool:
    """Whether most terms of a series (two or more, and more than half; each term of at most
    ``clause_option_max`` characters) read as clauses: a series of statements, not of terms.  (Not one:
    jieba's tags are too rough to judge a single phrase, 全面协调发展 reads as a clause; nor every one: a
    clause cut short, 影响社会稳定因素 of …因素增多, reads as a phrase.)"""
    if not terms or max(map(len, terms)) > _policy()["clause_option_max"]:
        return False
    n = sum(map(clause, terms))
    return n >= 2 and 2 * n > len(terms)


def broken_series(terms: list[str]) -> bool:
    """Whether a term of a series holds white space: the series runs across an article's number or a line
    break (条 有关机关, a leading space after 第四十六条), and its terms are pieces, no options."""
    return any(_SPACE.search(t) for t in terms)


@lru_cache(maxsize=8192)
def cut_from_clause(option: str) -> bool:
    """Whether ``option`` reads as words cut from a clause (option_form.yaml fragment_end_tags,
    fragment_inner_tags: 单位又提出同一, 农村基层党组织为核心), not as a term.  One word never does, nor a
    series written out (、，)."""
    if re.search("[、，,]", option) or segment.tag_whole(option) is not None:
        return False
    tags = [t for _, t in segment.tag(option)]
    pol = _policy()
    return len(tags) > 1 and (tags[-1] in pol["fragment_end_tags"] or any(t in pol["fragment_inner_tags"] for t in tags[1:-1]))


@lru_cache(maxsize=8192)
def verb_object(option: str) -> bool:
    """Whether ``option`` is a verb of two characters and one word of ``object_min`` or more after it
    (发展|社会主义, 建设|社会主义): a verb phrase, not a term."""
    if segment.tag_whole(option) is not None:
        return False
    words = segment.tag(option)
    return (len(words) == 2 and len(words[0][0]) == 2 and words[0][1] in _policy()["object_verb_tags"]
            and len(words[1][0]) >= _policy()["object_min"] and words[1][1].startswith("n"))


def fragment_beside(right: list[str], option: str) -> bool:
    """Whether the wrong ``option`` is cut from a clause (``cut_from_clause``) or is a verb phrase
    (``verb_object``) while no right option is: the keys' own form (想在一起、站在一起) is no giveaway."""
    return any(test(option) and not any(test(r) for r in right) for test in (cut_from_clause, verb_object))


def quantifier(term: str) -> str:
    """The quantifier (option_form.yaml quantifiers: 一切, 各种 …) ``term`` opens with before a term of at least two
    characters, or "".  Only a quantifier that is its own word counts: 所有制结构 opens with the noun 所有制."""
    q = next((q for q in _policy()["quantifiers"] if term.startswith(q) and len(term) - len(q) >= 2), "")
    return q if q and segment.tag(term)[0][0] == q else ""


def set_phrase(option: str) -> bool:
    """Whether ``option`` is a set phrase of short members sharing their last character (完善好、发展好:
    option_form.yaml set_member_max), a slogan of the text rather than a point."""
    members = option.split("、")
    return (len(members) >= 2 and all(0 < len(m) <= _policy()["set_member_max"] for m in members)
            and len({m[-1] for m in members}) == 1)


def adverbial(option: str) -> bool:
    """Whether ``option`` is the adverbial a sentence opens with (2009年在某某工作中: option_form.yaml adverbial),
    half a clause with no predicate."""
    return re.fullmatch(_policy()["adverbial"], option) is not None


def wrong_fragment(right: list[str], wrong: list[str]) -> str | None:
    """Why a wrong option of ``wrong`` is a set phrase or an opening adverbial (``set_phrase``, ``adverbial``) while
    no right option is one, or None: a piece of the text, no point, struck out at a glance."""
    for test, what in ((set_phrase, "文中的套语"), (adverbial, "句首的状语残片")):
        if not any(test(r) for r in right) and (odd := next((w for w in wrong if test(w)), None)):
            return f"错误选项“{odd}”是{what}，不是要点，一眼可排除"
    return None


def uneven_series(terms: list[str]) -> bool:
    """Whether a 顿号 series' members are not whole terms of one kind (option_form.yaml verb_measures, verb_tags):
    a verb phrase followed by a short noun of one word that is its object too (发布某某、某某), or a member ending
    with a verb's measure beside one that does not (关键处、要紧时拉一把、帮一下).  A series that keeps a form
    (parallel.series_form: 稳就业、稳金融, one length, one opening) is parallel whatever jieba tags its words."""
    from .parallel import series_form

    terms = [t for t in terms if t]
    if series_form(terms):
        return False
    pol = _policy()
    tagged = [segment.tag(t) for t in terms]
    measured = {t.endswith(tuple(pol["verb_measures"])) for t in terms}
    # (the verb reaches forward: 发布决定、命令; a first member, 警告 before 撤销党内职务, is a term of its own)
    shared = any(len(a) > 1 and a[0][1] in pol["verb_tags"] and len(b) == 1 and len(b[0][0]) <= pol["object_word_max"]
                 and b[0][1] in pol["object_tags"] for a, b in zip(tagged, tagged[1:]))
    return len(measured) > 1 or shared
