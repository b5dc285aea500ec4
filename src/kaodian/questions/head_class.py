"""Wrong options of a series' class (issue 12; session 18, task distract).

A wrong option drawn for a term of a series (古代桥梁、历史街区、（　　）) must be a thing of the kind the
series lists, and not one the same text wants as well (session 17's blind teachers rejected each of these):

- of the series' head: a compound's head (its last word) names its class, so an option that only shares
  the key's modifier (工业强国 or 工业增长 beside 工业遗迹 among 桥梁、街区、民居) is of another class at a
  glance; it must end in a head of the series or in the suffix every term ends with (…化, on a stem of its
  own: 标准化, never 文化) (``of_class``);
- of the series' form: when every term's modifier ends alike (规模化种植、精细化管理、品牌化经营), an option
  of a term's head keeps that form (长期经营 does not) (``of_class``);
- of the series' field: an option whose modifier the paragraph never says is of another field (民生保障
  among a water-saving plan's systems) (``of_field``);
- not promoted elsewhere: an option the text puts after the series' own verb in another clause (发展订单农业
  said in another paragraph, beside 发展林下经济、休闲农业) may be right too, and a teacher marks the key
  disputed (``promoted_elsewhere``).

A lexicon sibling or a term the material sets in a series with one of the terms is of the class whatever
its words; a series whose terms share an opening (有理想、有本领) is of that form, which the pick keeps.
``series_fit`` is what drafting asks of a series' wrong options and swaps; ``stray_head`` is lint's reading
of the same from a stem.  The thresholds and marks are policy (head_class.yaml).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from .. import lexicon, segment
from ..rules.schema import load_policy_file
from ..text import Occurrences, common_prefix, common_suffix, find_all
from .sentence import PAREN
from .topic import on_topic

SCHEMA = {
    "compound_share": float,
    "suffix_stem_min": int,
    "verb_tags": [str],
    "verb_min": int,
    "clause_marks": str,
}


@lru_cache(maxsize=1)
def _policy() -> dict:
    return load_policy_file(Path(__file__).with_name("head_class.yaml"), SCHEMA)


@lru_cache(maxsize=16384)
def split(term: str) -> tuple[str, str]:
    """``term`` as (modifier, head): its last word and what stands before it (工业|遗迹); ("", term) for a
    term of one word (富强)."""
    words = segment.tag(term)
    if len(words) < 2:
        return "", term
    head = words[-1][0]
    return term[: len(term) - len(head)], head


def compound(terms: Iterable[str]) -> bool:
    """Whether enough terms of a series are a modifier and a head (head_class.yaml compound_share) for
    their heads to name the series' class, and the terms share no opening: a series of one opening
    (有理想、有本领、有担当; 不越位、不包揽) is of its form, whatever follows it (the distractors' pick keeps it)."""
    terms = list(terms)
    if common_prefix(terms):
        return False
    n = sum(1 for t in terms if split(t)[0])
    return n > 0 and n >= _policy()["compound_share"] * len(terms)


def of_class(terms: list[str], option: str, classed: bool = True) -> bool:
    """Whether ``option`` ends in a head of the series ``terms`` (keeping the form their modifiers share:
    …化种植、…化管理 -> …化经营), or in the suffix every term ends with on a stem of its own (标准化 beside
    减量化、资源化; never 文化 or 净化).  Of a series that is no ``compound`` (``classed`` False: 信息化、城镇化),
    only the suffix is asked of an option that ends with it."""
    head = split(option)[1]
    suffix = common_suffix(terms)
    if not classed:
        return not suffix or not option.endswith(suffix) or _suffixed(option, suffix)
    # (a term that ends in the option's head has it, however the segmenter cut the term: …|化经营)
    if any(t.endswith(head) and len(t) > len(head) for t in terms):
        # the modifiers as the option's head leaves them (规模化|种植、精细化|管理 -> …化)
        modifiers = [t[: -len(head)] for t in terms if len(t) > len(head)]
        form = common_suffix(modifiers) if len(modifiers) >= 2 else ""
        return not form or option[: -len(head)].endswith(form)
    return bool(suffix) and option.endswith(suffix) and _suffixed(option, suffix)


def _suffixed(option: str, suffix: str) -> bool:
    """Whether the word before ``suffix`` at the end of ``option`` has suffix_stem_min characters (产品|标准|化,
    经济|全球|化; not 传统|文|化, 自我|净|化): the suffix makes a word of it, as it does of the terms; not a
    modifier before a word that ends with the suffix itself (强|党性: a slogan, no quality like 复杂性)."""
    modifier, head = split(option)
    if modifier and len(head) > len(suffix) and head.endswith(suffix):
        # the suffix ends the option's own head word: that word's stem is asked (经济|全球化 yes; 强|党性 no,
        # 党性 is a word of one character and 性, a slogan beside 长期性、复杂性)
        return len(head) - len(suffix) >= _policy()["suffix_stem_min"]
    stem = option[: len(option) - len(suffix)]
    return bool(stem) and len(split(stem)[1]) >= _policy()["suffix_stem_min"]


def of_field(paragraph: str, option: str) -> bool:
    """Whether the modifier of ``option`` (none: True) is said in ``paragraph`` (the series' own), whole or by
    one of its words of two characters or more: 民生保障 among 水资源监测、节水路径、支撑保障 is of another field."""
    modifier = split(option)[0]
    if not modifier:
        return True
    return modifier in paragraph or any(len(w) >= 2 and w in paragraph for w in segment.cut(modifier))


def _clause_start(text: str, at: int) -> int:
    """Where the clause of ``text`` holding offset ``at`` starts: after the last clause mark before ``at``, else 0."""
    marks = _mark_offsets(text)
    i = bisect_left(marks, at)
    return marks[i - 1] + 1 if i else 0


@lru_cache(maxsize=8)
def _mark_offsets(text: str) -> tuple[int, ...]:
    """The offsets of every clause mark of ``text`` (``clause_marks``), in order: found once per document and bisected
    (a search back from each place for each mark read the whole text before it when a mark was not there, for every
    place an option is said: the runs of ``promoted_elsewhere`` cost a fortieth of generation on the bench corpus)."""
    return tuple(m.start() for m in re.finditer(f"[{re.escape(_policy()['clause_marks'])}]", text))


def governing_verb(text: str, start: int) -> str:
    """The verb that governs a series opening at ``start`` in ``text``: the last verb (verb_tags, verb_min
    characters or more) of its clause before it (发展 in 发展林下经济、…), or ""."""
    pol = _policy()
    for w, t in reversed(segment.tag(text[_clause_start(text, start) : start])):
        if t.startswith(tuple(pol["verb_tags"])) and len(w) >= pol["verb_min"]:
            return w
    return ""


def promoted_elsewhere(text: str, start: int, end: int, verb: str, option: str, memo: dict | None = None,
                       doc_key: object = None, said: Occurrences | None = None) -> bool:
    """Whether ``text`` says ``option`` outside the series at [start, end) in a clause where ``verb``
    stands before it (引导农户发展…、订单农业 for a series governed by 发展): the text wants it too.
    With ``memo`` (the run's cache) the places are found once per document, verb and option: a long
    text asks this of every option of every series; with ``said`` (the text's ``Occurrences``) they are
    looked up, not searched for (most options are never said in the text, and a search reads all of it)."""
    if not verb:
        return False
    key = (doc_key, verb, option)
    places = memo.get(key) if memo is not None else None
    if places is None:
        places = [at for at in (said.of(option) if said is not None else find_all(text, option))
                  if verb in text[_clause_start(text, at) : at]]
        if memo is not None:
            memo[key] = places
    return any(not start <= at < end for at in places)


def _paragraph(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a : b if b >= 0 else len(text)]


def series_fit(ctx) -> Callable[[str], bool]:  # noqa: ANN001 — a drafting.Ctx (drafting imports lint, which imports this)
    """A test of wrong options (and swapped-in terms) for the series point of ``ctx``: of its class and
    field (a lexicon sibling or a term the material sets beside one of its terms always is), and never one
    the text promotes elsewhere with the series' verb.  Worked out once per series (the run's cache)."""
    p, text = ctx.point, ctx.doc.text
    key = ("head_class", ctx.doc_key, p.start, p.end)
    memo = ctx.cache.series
    if key in memo:
        return memo[key]
    terms = [s.text for s in p.items]
    start, end = p.items[0].start, p.items[-1].end
    m = ctx.material
    kin = {k for t in terms for k in (*m.co_terms.get(t, ()), *(m.lexicon.siblings(t) if m.lexicon is not None else ()))}
    classed = compound(terms)
    verb = governing_verb(text, start)
    paragraph = _paragraph(text, start, end)
    # (the cache and the key, not ctx: ``fit`` is kept in ctx's cache, and a ctx inside it would be a cycle)
    promoted, doc_key = ctx.cache.promoted, ctx.doc_key
    said = ctx.cache.occurrences.get(doc_key)
    if said is None or said.text is not text:
        said = ctx.cache.occurrences[doc_key] = Occurrences(text)  # (once per document: promoted_elsewhere)
    # (each term of the series is picked for from the same candidates: a quarter of the tests repeat one)
    judged: dict[str, bool] = {}

    def fit(c: str) -> bool:
        got = judged.get(c)
        if got is None:
            got = judged[c] = not promoted_elsewhere(text, start, end, verb, c, promoted, doc_key, said) and (
                c in kin or (of_class(terms, c, classed) and (not classed or of_field(paragraph, c))))
        return got

    memo[key] = fit
    return fit


def series_topic(ctx, answer: str) -> Callable[[str], bool]:  # noqa: ANN001 — a drafting.Ctx
    """The options for the series term ``answer`` that are of its topic (topic.on_topic) and that
    ``series_fit`` keeps."""
    topical, fit = on_topic(ctx.material, answer, [s.text for s in ctx.point.items]), series_fit(ctx)
    # (the fit first: both are pure, so the order changes nothing but the cost; three in four candidates on
    # topic are no fit, and the topic test of one the material does not set beside the series reads every
    # text of the material: 0.26 s of the bench corpus's generation, 0.06 s when only fits are tested)
    return lambda c: fit(c) and topical(c)


def _stem_terms(stem: str, right: str) -> list[str]:
    """The key ``right`` and the terms said beside the blank of ``stem`` (…、历史街区、（　　）、传统民居; the
    last joined by 和), in the blank's clause."""
    marks = _policy()["clause_marks"]
    at = stem.find(PAREN)
    a, b = at, at + len(PAREN)
    while a > 0 and stem[a - 1] not in marks:
        a -= 1
    while b < len(stem) and stem[b] not in marks:
        b += 1
    chunks = stem[a:b].split("、")
    # (…生态文明建设和（　　）: the blank's own chunk holds a term before it)
    chunks = [x for c in chunks for x in (c.split("和") if PAREN in c else [c])]
    # (the first holds what leads the series in, 保护好|古代桥梁: as long as the key, it is the term)
    if chunks and PAREN not in chunks[0]:
        chunks[0] = chunks[0][-len(right):]
    return [right, *(c for c in chunks if c and PAREN not in c)]


def stray_head(stem: str, right: str, wrong: list[str]) -> str | None:
    """A wrong option of a single choice on a series, beside the terms the stem shows around its blank, that
    shares the key's modifier but ends in no head of theirs (工业强国 beside 工业遗迹 among 古代桥梁、历史街区), or
    ends in a head of theirs without the form their modifiers share (长期经营 beside 规模化种植、精细化管理、
    品牌化经营), and that the lexicon sets beside none of them; None when there is none.  (What the stem shows
    is rougher than a series point's terms, so lint asks only these two shapes of ``of_class``.)"""
    if PAREN not in stem:
        return None
    terms = _stem_terms(stem, right)
    if len(terms) < 3 or not split(right)[0] or not compound(terms):
        return None
    kin = {k for t in terms for k in lexicon.siblings(t)}
    opening = segment.cut(right)[0]
    for w in wrong:
        if w in kin or of_class(terms, w):
            continue
        head = split(w)[1]
        if any(t.endswith(head) and len(t) > len(head) for t in terms) or (w.startswith(opening) and split(w)[0]):
            return f"错误选项“{w}”与题干中并列的各项不是一类（中心词或构词不同），一眼可辨"
    return None
