"""The rule engine: YAML rules, validated and compiled once, applied to a Document.

``load_rules(extra_files)`` reads the shipped ``default.yaml`` plus the user's
files and returns a ``RuleSet``; ``RuleSet.apply(document)`` is pure and
returns an ``Extraction`` with every point and the diagnostics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..chars import unreadable_places
from ..numerals import NUMERALS
from ..model import Document, Extraction, Point, Span
from ..text import sentences
from .concepts import ConceptRules, sentence_concepts
from .edge_words import edge_run
from .recurrence import Recurrence
from .figures import FigureRules
from .importance import ImportanceRules, score
from .lists import ListRules, find_lists
from .enumerations import Family, compile_families, find_enumerations
from .parts import find_parts
from .quoted import QuoteRules, find_documents, find_quoted
from .schema import load_rule_file, load_trusted, merge
from .series import SeriesRules, find_series

# The rule of a statement's second point (concepts.second_point): its second concept asked first.  No defining
# role after the dot, so it ranks after the statement's first point (importance.defining_roles)
SECOND_CONCEPT = "key_concept.second"


@dataclass(frozen=True)
class RuleSet:
    """Compiled rules."""

    families: tuple[Family, ...]
    quotes: QuoteRules
    series: SeriesRules
    fact_date: re.Pattern[str]
    fact_quantity: re.Pattern[str]
    statements: tuple[re.Pattern[str], ...]
    concepts: ConceptRules
    importance: ImportanceRules
    lists: ListRules

    @property
    def figures(self) -> FigureRules:
        """Which figures of a sentence are trivia no test asks (the ``figures`` section)."""
        return self.importance.figures

    @property
    def marker(self) -> re.Pattern[str]:
        """Any enumeration marker of these rules at the start of a text (一是, （三）, 第四，, 5.)."""
        return _marker_union(tuple(f.regex.pattern for f in self.families))

    def apply(self, document: Document) -> Extraction:
        """Every point of the document, in text order per article."""
        from .. import segment

        text = document.text
        points: list[Point] = []
        diagnostics: list[str] = []
        recurrence = Recurrence(text)
        seen: set[tuple] = set()  # the points found so far, by what they say (``_first_time``)
        arts = document.articles
        for k, article in enumerate(arts):
            # the apparatus between the article before and this body is this article's, and so is all
            # after the last body (its notes)
            around = (arts[k - 1].end if k else 0, article.end if k + 1 < len(arts) else len(text))
            quoted = find_quoted(text, article, self.quotes)
            formulations = [p for p in quoted if p.kind == "formulation"]
            formulation_spans = [(p.start - 1, p.end + 1) for p in formulations]
            # the segmenter keeps the formulations of this article whole (in this article only)
            with segment.keeping(p.text for p in formulations):
                enumerations = find_enumerations(text, article, list(self.families), bullet=self.lists.dash)
                series = find_series(text, article, self.series, formulation_spans)
                # a statement's cloze asks what its sentence's series and formulations do not: they are
                # points of their own, asked by their own questions
                asked = Asked((p.start, p.end) for p in series + formulations)
                # a list inside a sentence is the enumeration's own only where its first item stands in the
                # enumeration's lead or one of its items (…要求：一要…；二要…); in the body under a numbered
                # subheading ((一)X的特征 then X具有A性；X具有B性；…) it is what a teacher asks of the subheading
                lists = find_lists(text, article, self.lists, [(p.start, p.end) for p in enumerations],
                                   _enumerated(enumerations))
                # an unmarked list's items (dash bullets, paragraphs that open alike) are asked by its list
                # questions, and their heads are slogans (——X全面加强): a paragraph that opens with one is
                # no lead.  A numbered item (一是X，…) is one: a teacher lists each such item as a point
                items = sorted(i.start for p in lists for i in p.items)
                found = (
                    enumerations
                    + find_parts(article, len(arts))
                    + lists
                    + series
                    + quoted
                    + find_documents(text, article, around)
                    + self._sentences(text, article, recurrence, asked, items)
                )
            found.sort(key=lambda p: (p.start, p.kind))
            # a point said again word for word (a sentence two speeches quote, a text pasted twice) is one
            # point, where it first stands: asked once, and a long repeated input drafts each question once
            points.extend(p for p in score(tuple(found), document.articles, text, recurrence, self.importance)
                          if _first_time(p, seen))
            if not found:
                diagnostics.append(f"{document.name}: 文章 {article.id} 没有找到考点")
        if not document.articles:
            diagnostics.append(f"{document.name}: 没有找到正文")
        if lost := unreadable_places(text):
            # said, not mended: which character stood there cannot be known from the text
            diagnostics.append(f"{document.name}: 有 {lost} 处字符已损坏、无法识别（显示为 \ufffd，原文在保存或转码时丢了字），"
                               "照原样保留；题目里若有 \ufffd，请对照原文改正")
        return Extraction(document, tuple(points), tuple(diagnostics))

    def _sentences(self, text: str, article, recurrence: Recurrence, asked: Asked,
                   items: Sequence[int] = ()) -> list[Point]:
        """Facts (a date at the start, a quantity with its unit) and key statements (a statement
        pattern, or a cued key concept): whole sentences.  A statement's items are what its cloze
        blanks: the key phrases its pattern names, else its key concepts."""
        out = []
        for para in article.paragraphs:
            heading = article.heading_at(para.section)
            spans = list(sentences(text, para.start, para.end))
            for n, sp in enumerate(spans):
                quantity, dated = self.fact_quantity.search(sp.text), self.fact_date.search(sp.text)
                if dated and not quantity and (keys := self._dated_concepts(sp, recurrence, asked)):
                    # a dated sentence that states a key concept (2013年1月22日，…指出：“…关键在‘常’‘长’二字”)
                    out.append(Point("statement", article.id, para.section, heading, sp.text, sp.start, sp.end,
                                     sp, items=keys, rule="key_concept.dated"))
                    continue
                if quantity or dated:
                    out.append(Point("fact", article.id, para.section, heading, sp.text, sp.start, sp.end, sp,
                                     rule="fact"))
                    continue
                # a long sentence of rules separated by ；: each clause states its own (…，应当取消预备党员资格；)
                units = [sp] if len(sp.text) <= self.concepts.clause_sentence or "；" not in sp.text else \
                    list(sentences(text, sp.start, sp.end, stops="；"))
                lead = n == 0 and len(spans) >= self.concepts.lead_sentences \
                    and not self.concepts.lead_narrative.search(sp.text) and not _holds_one(items, sp)
                for u in units:
                    if found := self._statement(u, recurrence, asked, lead and u is units[0]):
                        keys, rule = found
                        out.append(Point("statement", article.id, para.section, heading, u.text, u.start, u.end, u,
                                         items=keys, rule=rule))
                        # a definition's other side asked first (the first point's cloze may not hold it); not a
                        # statement pattern's key phrases, a pair its cloze asks together (…是目标，…是方法)
                        if (rule != "statement" and len(keys) > 1
                                and _defined_side(u, keys[1], self.concepts.second_point, self.concepts.modal)):
                            out.append(Point("statement", article.id, para.section, heading, u.text, u.start, u.end,
                                             u, items=(keys[1], keys[0], *keys[2:]), rule=SECOND_CONCEPT))
        return out

    def _statement(self, sp: Span, recurrence: Recurrence, asked: Asked,
                   lead: bool = False) -> tuple[tuple[Span, ...], str] | None:
        """A key statement's items and rule: a statement pattern's key phrases (else its best
        concepts), or a cued key concept's, or, for a paragraph's ``lead`` sentence, a key concept
        that reaches ``concepts.lead_sentence``; None when ``sp`` is no key statement."""
        if matches := [m for p in self.statements if (m := p.search(sp.text))]:
            # a label a pattern names (基本国情：…) says what the point is about, never its blank
            labels = tuple(m.span("label") for m in matches if "label" in m.re.groupindex and m.group("label"))
            return _key_spans(sp, self.statements) or \
                self._concept_spans(sp, recurrence, asked, cued=True, avoid=labels)[0], "statement"
        keys, role = self._concept_spans(sp, recurrence, asked)
        if not keys and lead:
            # the sentence a paragraph opens with states what the paragraph goes on to develop (突出X，…;
            # 加强X。…): a teacher lists it as a point though no cue word marks it
            keys, role = self._concept_spans(sp, recurrence, asked, bar=self.concepts.lead_sentence)
            role = "lead" if keys else role
        # the role of its best concept says how the sentence states it (importance)
        return (keys, f"key_concept.{role}") if keys else None

    def _dated_concepts(self, sp: Span, recurrence: Recurrence, asked: Asked) -> tuple[Span, ...]:
        """The key concepts of a sentence that opens with a date, when it has any besides numbers: the date
        says when, the concept is what a test asks."""
        keys, role = self._concept_spans(sp, recurrence, asked)
        date = self.fact_date.search(sp.text)
        # (the date, or a piece of it, 2009年 of 2009年3月8日, is when it was said: never the concept the point asks,
        # and a year's blank would cut the date)
        keys = tuple(k for k in keys if not (date and k.start - sp.start < date.end() and date.start() < k.end - sp.start))
        return keys if keys and role != "number" else ()

    def _concept_spans(self, sp: Span, recurrence: Recurrence, asked: Asked,
                       cued: bool = False, bar: float | None = None,
                       avoid: tuple[tuple[int, int], ...] = ()) -> tuple[tuple[Span, ...], str]:
        """The key concepts of a sentence as spans, best first, and the role of the best: those of a key
        sentence, or, for a sentence a statement pattern already made a statement (``cued``), its best
        concepts whatever their score; never inside the sentence-relative spans ``avoid``.  Best first: a cloze whose sentence has room for one blank blanks
        the best (the value of …的主题是X, not the subject), not the first in text order."""
        avoid += tuple((a - sp.start, b - sp.start) for a, b in asked.overlapping(sp.start, sp.end))
        found = sentence_concepts(sp.text, recurrence, self.concepts, cued, avoid, bar)
        spans = tuple(Span(sp.text[c.start : c.end], sp.start + c.start, sp.start + c.end) for c in found)
        return spans, (found[0].role if found else "")


class Asked:
    """The spans of an article's series and formulations, which its statements do not ask again,
    sorted by start: a sentence finds those it overlaps by bisection, not by a scan of them all
    (one scan per sentence grew with the square of the article's length)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._longest = max((b - a for a, b in self._spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap [start, end), in order of start."""
        # a span that starts more than the longest span's length before ``start`` ends before it
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [(a, b) for a, b in self._spans[lo:hi] if start < b]


def _enumerated(enumerations: Sequence[Point]) -> list[tuple[int, int]]:
    """Where an unmarked list would be an enumeration found again: each enumeration from its start to the end
    of its first item, and each of its items (not the bodies between them)."""
    return [span for p in enumerations
            for span in [(p.start, p.items[0].end if p.items else p.end)] + [(i.start, i.end) for i in p.items]]


_CLAUSE_ENDS = "，；。：！？,;:!?"
# The most characters of adverbs and modals between a subject and its 是 (始终, 应该, 也都): more is a clause
ADVERBS_MAX = 4


def _defined_side(sentence: Span, key: Span, verbs: frozenset[str], modal: frozenset[str] = frozenset()) -> bool:
    """Whether ``key`` stands on one side of a definition in its clause: right before a value verb (X是…,
    X，是…, past the adverbs and ``modal`` words that say how: X始终是…, X应该是…) or, after one, closing the
    clause (…是…的Y。): a teacher asks 调查研究是…的基本功 either way.
    A 是 of another word (凡是, 于是, 但是, 是否) is no value verb."""
    text, a, b = sentence.text, key.start - sentence.start, key.end - sentence.start
    after = len(text) - len(text[b:].lstrip("，"))
    for at in {after, after + _adverbs_at(text, after, modal)}:
        if any(text.startswith(v, at) and _verb_at(text, at, v) for v in verbs):
            return True
    start = max(text.rfind(c, 0, a) for c in _CLAUSE_ENDS) + 1
    # (the 是 of an ordinal marker, 三是发挥…的示范作用, defines nothing)
    return (b == len(text) or text[b] in _CLAUSE_ENDS) and any(
        _verb_at(text, k, v) and not (k > start and text[k - 1] in NUMERALS)
        for v in verbs for k in _finds(text, v, start, a))


def _adverbs_at(text: str, at: int, modal: frozenset[str]) -> int:
    """How many characters of adverbs and ``modal`` words stand at ``at`` before the next word (始终, 才, 应该):
    the subject of 是 ends before them (concept_shapes)."""
    from .. import segment

    clause = re.split(f"[{_CLAUSE_ENDS}]", text[at : at + ADVERBS_MAX + 2])[0]
    words = [w for w, _ in segment.tag(clause)]
    # (by the words of edge_words.yaml, not the adverb tag: jieba tags 从严 of 全面从严|是 an adverb)
    n = sum(len(w) for w in words[: edge_run(words, modal)])
    return n if n <= ADVERBS_MAX else 0


def _finds(text: str, word: str, start: int, end: int) -> list[int]:
    """Every offset in [start, end) where ``word`` stands whole within that stretch."""
    out, k = [], text.find(word, start, end)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1, end)
    return out


def _verb_at(text: str, at: int, verb: str) -> bool:
    """Whether ``verb`` at ``at`` is a verb of its own, not part of a longer word around it (凡是, 于是, 是否):
    the words of definition.yaml's ``link_false`` and ``not_copulas``, which the definition questions read too."""
    return not any(text.startswith(f, at - f.index(verb)) for f in _false_copulas() if verb in f)


@lru_cache(maxsize=1)
def _false_copulas() -> tuple[str, ...]:
    # One list of the words a copula's character is part of, owned by the definition questions' policy
    # (questions/definition.yaml, validated when that stage loads it): read here as data, no import upward.
    pol = load_trusted(Path(__file__).parent.parent / "questions" / "definition.yaml")
    return (*pol["link_false"], *pol["not_copulas"])


def _holds_one(starts: Sequence[int], sp: Span) -> bool:
    """Whether one of the sorted offsets ``starts`` falls inside ``sp``."""
    k = bisect_left(starts, sp.start)
    return k < len(starts) and starts[k] < sp.end


def _key_spans(sentence: Span, patterns: Sequence[re.Pattern[str]]) -> tuple[Span, ...]:
    """The key phrases that statement patterns name with (?P<key>…) in a sentence, in text order,
    none inside another (必由之路 of 是…的必由之路 twice is one phrase)."""
    found = sorted(
        {m.span("key") for p in patterns if "key" in p.groupindex for m in p.finditer(sentence.text) if m.group("key")}
    )
    out: list[Span] = []
    for a, b in found:
        if out and a < out[-1].end - sentence.start:
            continue
        out.append(Span(sentence.text[a:b], sentence.start + a, sentence.start + b))
    return tuple(out)


@lru_cache(maxsize=8)
def _marker_union(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # the families' ordinal groups (?P<n>…) would clash in one pattern: make them plain groups
    return re.compile("^(?:" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", p) for p in patterns) + ")")


def default_rules_path() -> Path:
    """The shipped rules file."""
    return Path(str(resources.files("kaodian.rules").joinpath("default.yaml")))


def load_rules(extra: Sequence[Path] = ()) -> RuleSet:
    """The shipped rules plus the user's files, validated and compiled.

    Every setting has its value in the shipped ``default.yaml``; a user's file
    adds to lists and replaces single values, so nothing here needs a default.

    Raises RuleErrors (every problem with file:line) or KaodianError.
    """
    return _load_rules(tuple(Path(p) for p in extra))


@lru_cache(maxsize=8)
def _load_rules(extra: tuple[Path, ...]) -> RuleSet:
    # the shipped file is read without the file:line walk: a test validates it (every start pays
    # ~10 ms for the walk, which only a user's file needs)
    data = load_trusted(default_rules_path())
    for path in extra:
        data = merge(data, load_rule_file(Path(path)))
    return RuleSet(
        families=tuple(compile_families(data["enumerations"])),
        quotes=QuoteRules.from_rules(data),
        series=SeriesRules.from_rules(data),
        fact_date=re.compile(data["facts"]["date"]),
        fact_quantity=re.compile(data["facts"]["quantity"]),
        statements=tuple(re.compile(p) for p in data["statements"]),
        concepts=ConceptRules.from_rules(data),
        importance=ImportanceRules.from_rules(data),
        lists=ListRules.from_rules(data),
    )


def _first_time(p: Point, seen: set[tuple]) -> bool:
    """True the first time a point says what it says (its kind, text, sentence and items) under its heading, and
    records it: the same words found again elsewhere in the document are no new point, but the same words under
    another heading are (a list repeated for each part answers a question about that part)."""
    key = (p.kind, p.heading, p.text, p.sentence.text, tuple(i.text for i in p.items))
    if key in seen:
        return False
    seen.add(key)
    return True
