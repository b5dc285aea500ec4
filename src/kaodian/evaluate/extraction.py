"""Score an extraction against a gold annotation, by the corpus README's rules.

``score(extracted, gold)`` compares two dicts of the gold-file shape (an
extraction rendered by ``kaodian.render.extraction_to_dict``, or a gold file
read from YAML) and returns counts per category; ``kaodian.evaluate.folder``
runs the extractor over an annotated folder and totals the counts;
``kaodian.evaluate.table`` prints them.

How each category is scored (tests/corpus/README.md, "Scoring"), with the
choices that README leaves open made explicit:

* Strings are compared after removing all white space and trailing
  punctuation (。；，、：！？, repeatedly).
* **Articles.** Gold articles are matched one to one, in gold order, to
  extracted articles.  A gold article is *found* when the normalized
  ``starts_with`` of an extracted article and of the gold article are such
  that one is a prefix of the other, and the shorter one has at least
  ``min(len(gold start), MIN_START_CHARS)`` characters; among several
  candidates the one sharing the longest prefix wins (ties: the first).
  A body that opens with its first heading line (第一章　总则第一条…) starts
  like it with or without that line on either side (``_openings``).
  Then ``title``, ``author``, ``affiliation`` must be equal (null, or an empty
  string, where the gold is null) and the ending right: the extracted
  ``ends_with`` ends with the gold one, or the gold one ends with the
  extracted one when that has at least ``MIN_END_CHARS`` characters.
  Extracted article ids are mapped to the gold ids of their matches; the
  per-article categories below compare mapped ids, and anything of an
  unmatched extracted article counts as extracted but never as a hit.
* **Headings.** Per matched article, position by position: heading *i* is a
  hit when it equals gold heading *i*.  Precision over all extracted
  headings, recall over all gold headings; an article's headings are
  *exact* when the whole list equals the gold list.
* **Enumeration items.** Per (article, section): the multiset of extracted
  items against the multiset of gold items; a hit is an item in both.
  Precision over all extracted items, recall over all gold items.  A gold
  enumeration is *exact* when an extracted enumeration of the same (article,
  section) has exactly its item list, in order.  The marker is not scored.
* **Term series.** Extracted series that repeat (same article, same term
  set) are counted once, as the gold lists a recurring series once.  Each
  gold series is matched to the extracted series of the same article that
  shares the most terms, at least ``MIN_SHARED_TERMS``; matching is one to
  one, the pairs sharing most terms first (ties: text order).  The hits are
  the terms a matched pair shares; precision is over the terms of *all*
  extracted series (a series matching nothing is a false positive: its terms
  all count against precision), recall over the terms of all gold series.
  A gold series is *exact* when its match has the same term set.
* **Formulations, documents, quotes.** Set precision and recall over the
  normalized texts of the whole document (formulations numbered and other
  together; quotes by text only, whatever article they are filed under).

A category that a gold file leaves out is not scored for that file.  Totals
are micro-averaged: the counts of all files of a category are added up
before P/R/F1 are computed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..chars import HALF_MARK_BESIDE_HAN_RE, HALF_TO_FULL, fold_corner_quotes, fold_typed_circled

# The scored categories, in table order, with the names a user reads.
CATEGORIES = {
    "headings": "一级标题",
    "enumerations": "列举要点",
    "term_series": "术语并列",
    "formulations": "提法",
    "documents": "文件名",
    "quotes": "引语",
}

# The article checks, in table order, with the names a user reads.
ARTICLE_CHECKS = {
    "found": "找到",
    "title": "标题",
    "author": "作者",
    "affiliation": "单位",
    "ending": "结尾",
}

# A start this short may open two articles of one page (党的二十大报告… opens
# two articles of the tianjin page), so a shorter extracted start only counts
# when it is the whole gold start.
MIN_START_CHARS = 10

# How far into an article's opening its first heading may start and still be the line the body opens
# with: after its marker (第十二章, 一、) at most.
HEADING_MARKER_MAX = 5

# The README's "at least six characters" for an extracted ending that is a
# suffix of the gold one.
MIN_END_CHARS = 6

# The README's "sharing most terms (at least two)": one shared term is chance.
MIN_SHARED_TERMS = 2

_WHITESPACE = re.compile(r"\s+")
_TRAILING_PUNCT = "。；，、：！？"


def norm(text: object) -> str:
    """A string as the scorer compares it: no white space, the half-width marks of Chinese text full-width and a
    circled number typed as ○1 one character, as the extracted text has them (转变,上半年 -> 转变，上半年,
    价值(m) -> 价值（m), ○1所有权 -> ①所有权, 「一國兩制」 -> “一國兩制”: a gold string stands as in the source), no
    trailing 。；，、：！？."""
    if text is None:
        return ""
    s = fold_corner_quotes(fold_typed_circled(_WHITESPACE.sub("", str(text))))
    return HALF_MARK_BESIDE_HAN_RE.sub(lambda m: HALF_TO_FULL[m.group()], s).rstrip(_TRAILING_PUNCT)


def _text(item: object) -> str:
    """The text of an item given as a string or as an object with a ``text`` key."""
    if isinstance(item, dict):
        return norm(item.get("text"))
    return norm(item)


def _texts(items: object) -> list[str]:
    return [_text(i) for i in items or ()]


@dataclass
class Counts:
    """Hits, extracted and gold counts of one category, and its exact matches."""

    hits: int = 0
    extracted: int = 0
    gold: int = 0
    exact: int = 0  # exact enumerations / heading lists / term sets; 0 where not defined
    exact_of: int = 0  # how many gold units could be exact
    missed: list[str] = field(default_factory=list)  # gold units not (exactly) found, for a person to read
    extra: list[str] = field(default_factory=list)  # extracted units that match no gold unit (exactly)

    @property
    def precision(self) -> float:
        """Hits over extracted; 1.0 when nothing was extracted."""
        return self.hits / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        """Hits over gold; 1.0 when the gold holds nothing."""
        return self.hits / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Counts") -> None:
        """Add another file's counts to these (micro-averaging)."""
        self.hits += other.hits
        self.extracted += other.extracted
        self.gold += other.gold
        self.exact += other.exact
        self.exact_of += other.exact_of
        self.missed += other.missed
        self.extra += other.extra


@dataclass
class ArticleChecks:
    """How many gold articles were found, and with title, author, affiliation and ending right."""

    gold: int = 0
    found: int = 0
    title: int = 0
    author: int = 0
    affiliation: int = 0
    ending: int = 0
    missing: list[str] = field(default_factory=list)  # "a2: 标题" … one entry per failed check

    @property
    def all_right(self) -> bool:
        """Every gold article found, with every field right."""
        return all(getattr(self, k) == self.gold for k in ARTICLE_CHECKS)

    def add(self, other: "ArticleChecks") -> None:
        """Add another file's checks to these."""
        for k in ("gold", *ARTICLE_CHECKS):
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class FileScore:
    """The scores of one input file against its gold file."""

    name: str  # the input file name (X.txt / X.html)
    gold: str  # the gold file name
    categories: dict[str, Counts]  # only the categories the gold file scores
    articles: ArticleChecks | None  # None when the gold file has no articles
    error: str | None = None  # the extraction's error message, when it failed


# --- articles ---------------------------------------------------------------


def _starts_like(extracted: str, gold: str) -> int:
    """The shared prefix length when ``extracted`` starts like ``gold``, else 0."""
    shorter, longer = sorted((extracted, gold), key=len)
    if not shorter or not longer.startswith(shorter):
        return 0
    if len(shorter) < min(len(gold), MIN_START_CHARS):
        return 0
    return len(shorter)


def _openings(article: dict) -> set[str]:
    """An article's ``starts_with`` as the scorer compares it, and the same without the heading line it
    may open with (第一章　总则第一条… / 总纲中国共产党是…): whether a body that opens with a heading counts
    that line is a convention the README leaves open, and the headings are scored apart."""
    start = norm(article.get("starts_with"))
    out = {start}
    first = (article.get("headings") or [None])[0]
    head = norm(first.get("text") if isinstance(first, dict) else first)
    at = start.find(head) if head else -1
    if 0 <= at <= HEADING_MARKER_MAX and len(start) > at + len(head):
        out.add(start[at + len(head) :])
        # a run-in heading (一、要当好“班长”。党的委员会…) ends with its sentence's mark, which the heading leaves out
        out.add(start[at + len(head) :].lstrip("。！？"))
    return out


def _ends_like(extracted: str, gold: str) -> bool:
    if not gold:
        return not extracted
    return extracted.endswith(gold) or (len(extracted) >= MIN_END_CHARS and gold.endswith(extracted))


def _match_articles(ext: list[dict], gold: list[dict]) -> tuple[dict[str, str], ArticleChecks]:
    """Map extracted article ids to gold ids, and check the matched articles' fields."""
    checks = ArticleChecks(gold=len(gold))
    mapping: dict[str, str] = {}
    taken: set[int] = set()
    openings = [_openings(e) for e in ext]
    for g in gold:
        gid = str(g.get("id"))
        g_starts = _openings(g)
        best, best_len = None, 0
        for i, e in enumerate(ext):
            if i in taken:
                continue
            shared = max(_starts_like(a, b) for a in openings[i] for b in g_starts)
            if shared > best_len:
                best, best_len = i, shared
        if best is None:
            checks.missing.append(f"{gid}: {ARTICLE_CHECKS['found']}")
            continue
        taken.add(best)
        e = ext[best]
        mapping[str(e.get("id"))] = gid
        checks.found += 1
        for key in ("title", "author", "affiliation"):
            if norm(e.get(key)) == norm(g.get(key)):
                setattr(checks, key, getattr(checks, key) + 1)
            else:
                checks.missing.append(f"{gid}: {ARTICLE_CHECKS[key]}")
        if _ends_like(norm(e.get("ends_with")), norm(g.get("ends_with"))):
            checks.ending += 1
        else:
            checks.missing.append(f"{gid}: {ARTICLE_CHECKS['ending']}")
    return mapping, checks


def _gold_id(mapping: dict[str, str], ext_id: object) -> str:
    """The gold id of an extracted article; unmatched ids get a key no gold id equals."""
    return mapping.get(str(ext_id), f"\0unmatched:{ext_id}")


# --- categories -------------------------------------------------------------


def _score_headings(ext: list[dict], gold: list[dict], mapping: dict[str, str]) -> Counts:
    by_gold = {_gold_id(mapping, e.get("id")): _texts(e.get("headings")) for e in ext}
    c = Counts(extracted=sum(len(v) for v in by_gold.values()))
    for g in gold:
        want = _texts(g.get("headings"))
        got = by_gold.get(str(g.get("id")), [])
        c.gold += len(want)
        c.hits += sum(1 for a, b in zip(got, want) if a == b)
        c.exact_of += 1
        c.exact += got == want
        c.missed += [f"{g.get('id')} {i}. {w}" for i, w in enumerate(want, 1) if got[i - 1 : i] != [w]]
    gold_ids = {str(g.get("id")) for g in gold}
    for art, got in by_gold.items():
        want = next((_texts(g.get("headings")) for g in gold if str(g.get("id")) == art), [])
        shown = art if art in gold_ids else "（未对上的文章）"
        c.extra += [f"{shown} {i}. {h}" for i, h in enumerate(got, 1) if want[i - 1 : i] != [h]]
    return c


def _score_enumerations(ext: list[dict], gold: list[dict], mapping: dict[str, str]) -> Counts:
    def key(e: dict, ids: dict[str, str] | None) -> tuple[str, int]:
        art = _gold_id(ids, e.get("article")) if ids is not None else str(e.get("article"))
        return art, int(e.get("section") or 0)

    got_items: dict[tuple[str, int], Counter] = {}
    got_lists: dict[tuple[str, int], list[list[str]]] = {}
    for e in ext:
        k = key(e, mapping)
        items = _texts(e.get("items"))
        got_items.setdefault(k, Counter()).update(items)
        got_lists.setdefault(k, []).append(items)
    want_items: dict[tuple[str, int], Counter] = {}
    c = Counts(extracted=sum(sum(v.values()) for v in got_items.values()))
    for g in gold:
        k = key(g, None)
        items = _texts(g.get("items"))
        want_items.setdefault(k, Counter()).update(items)
        c.gold += len(items)
        c.exact_of += 1
        c.exact += items in got_lists.get(k, [])
    for k, want in want_items.items():
        c.hits += sum((want & got_items.get(k, Counter())).values())
        c.missed += [f"{_where(k)} {t}" for t in (want - got_items.get(k, Counter())).elements()]
    for k, got in got_items.items():
        c.extra += [f"{_where(k)} {t}" for t in (got - want_items.get(k, Counter())).elements()]
    return c


def _where(key: tuple[str, int]) -> str:
    """An (article, section) key as a person reads it."""
    art, section = key
    if art.startswith("\0"):
        art = "（未对上的文章）"
    return f"{art} 第{section}节"


def _score_term_series(ext: list[dict], gold: list[dict], mapping: dict[str, str]) -> Counts:
    seen: set[tuple[str, frozenset[str]]] = set()
    got: list[tuple[str, frozenset[str]]] = []
    shown: list[str] = []  # the extracted series as written, for the miss lists
    for e in ext:
        terms = _texts(e.get("terms"))
        s = (_gold_id(mapping, e.get("article")), frozenset(terms))
        if s not in seen:
            seen.add(s)
            got.append(s)
            shown.append("、".join(terms))
    want = [(str(g.get("article")), frozenset(_texts(g.get("terms")))) for g in gold]
    c = Counts(extracted=sum(len(t) for _, t in got), gold=sum(len(t) for _, t in want), exact_of=len(want))
    pairs = sorted(
        (
            (-len(gt & et), gi, ei)
            for gi, (ga, gt) in enumerate(want)
            for ei, (ea, et) in enumerate(got)
            if ga == ea and len(gt & et) >= MIN_SHARED_TERMS
        )
    )
    used_gold: set[int] = set()
    used_ext: set[int] = set()
    for neg_shared, gi, ei in pairs:
        if gi in used_gold or ei in used_ext:
            continue
        used_gold.add(gi)
        used_ext.add(ei)
        c.hits += -neg_shared
        c.exact += want[gi][1] == got[ei][1]
        if want[gi][1] != got[ei][1]:
            c.missed.append(f"{'、'.join(_texts(gold[gi].get('terms')))} ≠ {shown[ei]}")
    c.missed += ["、".join(_texts(g.get("terms"))) for gi, g in enumerate(gold) if gi not in used_gold]
    c.extra += [shown[ei] for ei in range(len(got)) if ei not in used_ext]
    return c


def _flat_formulations(value: object) -> list[str]:
    """Formulations given as {numbered, other} or as a list of strings/objects."""
    if isinstance(value, dict):
        return _texts(value.get("numbered")) + _texts(value.get("other"))
    return _texts(value)


def _score_set(ext: Iterable[str], gold: Iterable[str]) -> Counts:
    ext_list = list(dict.fromkeys(t for t in ext if t))
    gold_list = list(dict.fromkeys(t for t in gold if t))
    got, want = set(ext_list), set(gold_list)
    return Counts(
        hits=len(got & want),
        extracted=len(got),
        gold=len(want),
        missed=[t for t in gold_list if t not in got],
        extra=[t for t in ext_list if t not in want],
    )


def score(extracted: dict, gold: dict) -> dict[str, Any]:
    """Score one extraction against one gold annotation (both dicts of the gold-file shape).

    Returns ``{"categories": {name: Counts}, "articles": ArticleChecks | None,
    "mapping": {extracted id: gold id}}``; ``categories`` holds only the
    categories the gold dict has (see the module docstring for each rule).
    """
    ext_articles = list(extracted.get("articles") or [])
    mapping: dict[str, str] = {}
    articles: ArticleChecks | None = None
    if "articles" in gold:
        mapping, articles = _match_articles(ext_articles, list(gold.get("articles") or []))
    categories: dict[str, Counts] = {}
    if "articles" in gold:
        categories["headings"] = _score_headings(ext_articles, list(gold.get("articles") or []), mapping)
    if "enumerations" in gold:
        categories["enumerations"] = _score_enumerations(
            list(extracted.get("enumerations") or []), list(gold.get("enumerations") or []), mapping
        )
    if "term_series" in gold:
        categories["term_series"] = _score_term_series(
            list(extracted.get("term_series") or []), list(gold.get("term_series") or []), mapping
        )
    if "formulations" in gold:
        categories["formulations"] = _score_set(
            _flat_formulations(extracted.get("formulations")), _flat_formulations(gold.get("formulations"))
        )
    if "documents" in gold:
        categories["documents"] = _score_set(_texts(extracted.get("documents")), _texts(gold.get("documents")))
    if "quotes" in gold:
        categories["quotes"] = _score_set(_texts(extracted.get("quotes")), _texts(gold.get("quotes")))
    return {"categories": categories, "articles": articles, "mapping": mapping}
