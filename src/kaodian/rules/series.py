"""Term series: X、Y、Z and X、Y和Z, the terms alone.

The middle terms of a series stand between two 、 and are clean.  The first
term shares its clause with the words that govern the whole series (不断提高
政治判断力), and the last with what follows it (社会号召力显著增强).  Their
boundaries are decided from the middle terms: a prefix or suffix they share
(政治…, …力), whether they hold 的, their length; and from word boundaries
given by the segmenter, so that a formulation such as 两个确立 stays whole
(rules/terms.py cuts the two ends).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from statistics import median

from .. import segment
from ..model import Article, Paragraph, Point, Span
from ..text import common_prefix, common_suffix, sentence_at
from .terms import QUOTE_MARKS, SeriesRules, _first_term, _is_verbal, _last_term, _split_last, _unquote

CLAUSE_SPLIT = re.compile(r"[，。；：！？,;:!?\n（）()]")
TITLE_RE = re.compile(r"《[^《》\n]*》")  # a title in 《》: its 、 join words of the title, not a series
# An item number that opens a clause (4、新发展理念的科学内涵、要求和主要内容): its 、 is the
# marker's, not the first of a list's.
ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})、\s*")


def _chains(clause: str, rules: SeriesRules) -> list[list[str]]:
    """The 、-joined parts of a clause, cut where one list ends and another begins.

    A middle part that holds 等 or a clause joint (…方案才能符合实际情况…) is the
    end of one list and the start of the next.
    """
    parts = _split_outside_brackets(clause)
    chains: list[list[str]] = [[]]
    for k, part in enumerate(parts):
        if 0 < k < len(parts) - 1 and any(j in part for j in rules.clause_joints):
            words = segment.cut(part)
            cut = next((i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w in rules.clause_joints), None)
            if cut is not None:
                chains[-1].append("".join(words[:cut]))
                chains.append(["".join(words[cut + 1 :])])
                continue
        chains[-1].append(part)
    return [c for c in chains if len(c) >= 2]


def _clauses(para: str) -> list[str]:
    """The clauses of a paragraph: cut at CLAUSE_SPLIT, but never inside a title in 《》
    (《…自主招生（推荐生、保送生）推荐规程》 is one term of a list of titles)."""
    inside = [m.span() for m in TITLE_RE.finditer(para)]  # closed titles only: a stray 《 cuts nothing
    out, last = [], 0
    for m in CLAUSE_SPLIT.finditer(para):
        if not any(a < m.start() < b for a, b in inside):
            out.append(para[last : m.start()])
            last = m.end()
    return out + [para[last:]]


# brackets whose 、 are their own: a title's (《…（推荐生、保送生）…》), a bracketed aside's
_OPEN, _CLOSE = "《（(", "》）)"


def _split_outside_brackets(clause: str) -> list[str]:
    """The 、-parts of a clause; a 、 inside 《》 or （） does not part it."""
    parts, depth, last = [], 0, 0
    for i, c in enumerate(clause):
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif c == "、" and depth == 0:
            parts.append(clause[last:i])
            last = i + 1
    return parts + [clause[last:]]


def _split_at_governor(parts: list[str], rules: SeriesRules) -> list[list[str]]:
    """A chain that gave no series, cut where a middle part holds the verb that governs a second
    list (各单位、各科室不断增强责任意识、服务意识…: a pair, then a series of 增强).

    The verb must follow words of the part's own, not only adverbs; it opens the chain that is
    returned.  What stands before it is that verb's subject, a list cut off in mid-part: no
    series is sought in it (…群众喜闻乐见的方式推动…深入人心、深得人心 would give one).
    """
    for k in range(1, len(parts) - 1):
        words = segment.tag(parts[k])
        for i in range(1, len(words)):
            if words[i][0] not in rules.governing_verbs:
                continue
            j = i
            while j > 0 and (words[j - 1][1] in ("d", "ad") or words[j - 1][0] in rules.leading_words):
                j -= 1  # 不断增强: the adverb goes with the verb
            if j == 0:
                break
            right = ["".join(w for w, _ in words[j:])] + parts[k + 1 :]
            return [right] if len(right) >= 2 else []
    return []


def _terms(parts: list[str], rules: SeriesRules) -> list[str] | None:
    first, *middle, last = [p.strip() for p in parts]
    before_joiner, joined, last = _split_last(last, middle, rules, first)
    if before_joiner:
        middle = middle + [before_joiner]
    if len(middle) + 2 < rules.min_terms or not middle:
        return None
    if any(not m or len(m) > rules.max_term_chars and not _whole_title(m) for m in middle):
        return None
    ref = median(len(m.strip(QUOTE_MARKS)) for m in middle)
    # with one middle term, its shape is compared with the start or end of the neighbours
    prefix = common_prefix(middle + [last]) if len(middle) == 1 else common_prefix(middle)
    suffix = common_suffix(middle + [first]) if len(middle) == 1 else common_suffix(middle)
    shortest = min(len(m) for m in middle)
    prefix = prefix if 0 < len(prefix) < shortest and prefix not in QUOTE_MARKS else ""
    suffix = suffix if 0 < len(suffix) < shortest and suffix not in QUOTE_MARKS else ""
    verbal = _is_verbal(middle, rules)
    terms = [_first_term(first, middle, ref, rules, prefix, verbal), *middle,
             joined + _last_term(last, middle, ref, rules, prefix, suffix, verbal)]
    if any(not t or len(t) > rules.max_term_chars and not _whole_title(t) for t in terms):
        return None
    lengths = [len(t) for t in terms]
    if len(middle) >= rules.long_list_terms:
        # a long list (a glossary's, a study sheet's) is parallel by its many terms, however unlike their
        # lengths: only its two ends, which share their clause, are held to the length of a middle term
        if any(not ref / rules.max_length_ratio <= n <= rules.max_length_ratio * ref for n in (lengths[0], lengths[-1])):
            return None
    elif max(lengths) > rules.max_length_ratio * min(lengths):
        return None  # not parallel: a clause caught in the list
    if _ambiguous(terms, middle, rules):
        return None
    return [_unquote(t) for t in terms]


def _whole_title(term: str) -> bool:
    """A term that is one title in 《》: a document's name is as long as it is (no clause)."""
    return term.startswith("《") and term.endswith("》") and term.count("《") == 1


def _ambiguous(terms: list[str], middle: list[str], rules: SeriesRules) -> bool:
    """A list whose terms are clauses or whose boundary cannot be told is left out.

    从A、B到C and A、B还是C join by other words than a list's; a first term that
    still opens with a governing word (在, 对, 也是 …) or a term ending in 的 means the
    boundary is not where a list's would be; a middle term with 是 is a clause.
    """
    for t in terms:
        words = segment.cut(t)
        # (the particle 的, not the last character of a word: 根本目的)
        if words[-1] == "的" and not all(x.endswith("的") for x in terms) or any(w in rules.non_joiners for w in words[1:]):
            return True  # (but 是长期的、复杂的、严峻的: every term a predicative 的 phrase)
    head, tag = segment.tag(terms[0])[0]
    if (tag == "p" or head in rules.leading_words) and not all(m.startswith(head) for m in middle):
        return True
    if any(_name_acts(m) and segment.tag(t)[-1][1] == "nr" for t, m in zip(terms, middle)):
        return True
    if any(_actors_act(*terms[k - 1 : k + 2], rules) for k in range(1, len(terms) - 1)):
        return True
    return any(rules.clause_words & set(segment.cut(m)) for m in middle)


def _actors_act(before: str, term: str, after: str, rules: SeriesRules) -> bool:
    """Whether ``term`` opens with people (``actor_nouns``: 干部) and goes on with what they do (深入基层), after a term
    ending in people too (广大党员, one word to the tagger) and before one opening with a verb (深入一线): a pair of subjects, then a pair of
    predicates (广大党员、干部深入基层、深入一线), two lists in one 、-chain and no series of three.  (A term before
    it ending in any other noun is a member of a noun series whose next member names people's affairs: 领导体制、
    干部选拔任用、考核评价机制.)"""
    tags = segment.tag(term)
    if len(tags) < 2 or tags[0][0] not in rules.actor_nouns or not tags[1][1].startswith(("v", "l", "i")):
        return False
    prev, nxt = segment.tag(before), segment.tag(after)
    return bool(prev and nxt) and prev[-1][0].endswith(tuple(rules.actor_nouns)) and nxt[0][1].startswith("v")


def _name_acts(term: str) -> bool:
    """A name, then an adverb and a verb (李明认真记录会议内容): after a term that ends with a name too
    (张华、李明认真记录…), a clause saying what two people do, no series.  (Alone it may be the tagger's
    error: it calls 幸福感 a name in 幸福感更可持续.)"""
    tags = segment.tag(term)
    return tags[0][1] == "nr" and len(tags) >= 3 and tags[1][1] in ("d", "ad") and tags[2][1].startswith("v")


def find_series(text: str, article: Article, rules: SeriesRules, skip: list[tuple[int, int]]) -> list[Point]:
    """Term series of one article; ``skip`` holds spans (formulations) whose 、 lists are no series."""
    points: list[Point] = []
    seen: set[tuple[str, ...]] = set()
    skip = sorted(skip)
    skip_starts = [s for s, _ in skip]
    titles = [m.span() for m in TITLE_RE.finditer(text, article.start, article.end)]
    title_starts = [s for s, _ in titles]
    for p in article.paragraphs:
        pos = p.start
        for clause in _clauses(text[p.start : p.end]):
            c_start = text.find(clause, pos, p.end) if clause else pos
            pos = c_start + len(clause)
            number = ITEM_NUMBER.match(clause)
            if number:
                clause, c_start = clause[number.end() :], c_start + number.end()
            if "、" not in clause:
                continue
            for parts in _chains(clause, rules):
                first_sep = text.find("、", c_start)
                last_sep = c_start + len(clause) - len(parts[-1]) - 1
                if _within(titles, title_starts, first_sep, last_sep):
                    continue  # the list is inside a title
                quoted = _within(skip, skip_starts, first_sep, last_sep)
                found = [_terms(parts, rules)]
                if not found[0] and not quoted:
                    found = [_terms(sub, rules) for sub in _split_at_governor(parts, rules)]
                if quoted:  # the list is one quoted formulation: a series too unless it is a slogan
                    found = [] if _slogan(parts, rules) else found
                for terms in found:
                    if terms and tuple(terms) not in seen:
                        points.append(_series_point(text, article, p, terms, c_start, clause))
                        seen.add(tuple(terms))
    return points


def _slogan(parts: list[str], rules: SeriesRules) -> bool:
    """Whether the 、-parts of a quoted list are a slogan: lines of one length, none short
    (“一业一册、一业一单…”); the first part is read from its opening quote, the last to its closing one."""
    lines = [parts[0].rsplit("“", 1)[-1], *parts[1:-1], parts[-1].split("”", 1)[0]]
    return len({len(t) for t in lines}) == 1 and len(lines[0]) >= rules.slogan_min_chars


def _series_point(text: str, article: Article, para: Paragraph, terms: list[str], c_start: int, clause: str) -> Point:
    """The point of one series found in the clause that starts at ``c_start``."""
    s = text.find(terms[0], c_start)
    s = c_start if s < 0 else s
    e = text.find(terms[-1], s)
    e = c_start + len(clause) if e < 0 else e + len(terms[-1])
    items = tuple(_locate(text, t, c_start, c_start + len(clause)) for t in terms)
    return Point(
        kind="term_series",
        article=article.id,
        section=para.section,
        heading=article.heading_at(para.section),
        text="、".join(terms),
        start=s,
        end=e,
        sentence=sentence_at(text, s),
        items=items,
        rule="series",
    )


def _within(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Whether a..b lies inside one of the sorted, non-overlapping spans."""
    k = bisect_right(starts, a) - 1
    return k >= 0 and b < spans[k][1]


def _locate(text: str, term: str, start: int, end: int) -> Span:
    i = text.find(term, start, end)
    return Span(term, i, i + len(term)) if i >= 0 else Span(term, start, start)
