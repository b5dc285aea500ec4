"""What every generator shares: the draft it returns, the point it is given, and the helpers that
place blanks and options in the source sentence.

A generator decides what is asked (the blank, the right option, the change of a
false statement) and returns a ``Draft`` or the reason it cannot ask
(``reasons``); the templates then word the stem and the explanation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import OPTION_LETTERS, Blank, Document, Point, Span
from ..text import common_prefix, common_suffix
from . import distractors as dx
from .figure_order import ascending
from .draws import Draws
from .lint import shown_as_word, unbalanced
from .trivia import short_forms
from .policy import POLICY
from .sentence import CLOSE_QUOTES, LONG_SENTENCE, OPEN_QUOTES, end_sentence, replace, source_span, stand_alone
from .vocab import load_vocab

# policy.yaml says why each number is what it is
SINGLE_OPTIONS: int = POLICY["options"]["single"]
MULTIPLE_RIGHT: int = POLICY["options"]["multiple_right"]
MULTIPLE_WRONG: int = POLICY["options"]["multiple_wrong"]
MULTIPLE_WRONG_MIN: int = POLICY["options"]["multiple_wrong_min"]
CLOZE_SHARE: float = POLICY["cloze_share"]
LONG_PASSAGE: int = POLICY["long_passage_sentences"] * LONG_SENTENCE

UNTITLED = "（无题）"  # the source's article title when the text gives none


@dataclass
class Draft:
    """What a generator decided; the template adds the wording."""

    source: Span
    answer: tuple[str, ...]
    key: tuple[str, ...]  # identity of what is asked (for the id): the answer, or the point's place, never wording
    options: tuple[str, ...] = ()
    blanks: tuple[Blank, ...] = ()
    accepted: tuple[tuple[str, ...], ...] = ()
    order_free: bool = False
    difficulty: float = 0.5
    values: dict[str, str] = field(default_factory=dict)
    true_draft: "Draft | None" = None  # a false statement's true version (see generate._balance_truefalse)
    how: str = ""  # a false statement's kind of change (ask_truefalse: formulation, figure, series…; tf_first.py)


@dataclass(slots=True)
class RunCache:
    """What one ``generate`` call works out once and uses again: choices shared by a point's
    question kinds, and drafts shared by a document read twice.  It belongs to the run; the
    Material it draws from is data only."""

    series: dict = field(default_factory=dict)  # (doc key, start, end) -> (full, partial) series targets
    enumeration: dict = field(default_factory=dict)  # (doc key, start) -> distractor candidates
    numbered: dict = field(default_factory=dict)  # formulation -> real formulations of its shape
    drafts: dict = field(default_factory=dict)  # (doc key, points) -> {(point no, kind): Draft or reason}
    spans: dict = field(default_factory=dict)  # doc key -> {(sentence, start, end): source Span}
    co_terms: tuple | None = None  # (terms by their first three characters, rank of each term)
    co_terms_found: dict = field(default_factory=dict)  # sentence -> the series terms it says (changes.co_terms_in)
    swaps: dict = field(default_factory=dict)  # doc key -> the (old, new) swaps its sentences made (changes._fresh)
    swap_candidates: dict = field(default_factory=dict)  # (doc key, article, point kind, term) -> its swaps
    series_terms: dict = field(default_factory=dict)  # doc key -> the terms of its term series (blank_choice)
    term_shapes: dict = field(default_factory=dict)  # term -> its series siblings, their head and tail (changes)
    list_values: dict = field(default_factory=dict)  # id of a point -> (document, point, its list's template values)
    fields: dict = field(default_factory=dict)  # (doc key, id of a point, keys) -> (point, its field test: field.of_list)
    holders: dict = field(default_factory=dict)  # (doc key, id of a point, cores) -> (point, sibling_lists items)
    levels: dict = field(default_factory=dict)  # (doc key, marker family) -> items marked otherwise: same_level
    promoted: dict = field(default_factory=dict)  # (doc key, verb, option) -> where the text says it after the verb
    occurrences: dict = field(default_factory=dict)  # doc key -> text.Occurrences of its text (head_class.series_fit)
    enclosing: dict = field(default_factory=dict)  # (doc key, article) -> {(start, end) of a list: the item it stands under}


_UNSEEDED = ("truefalse", "pick")  # see Ctx.rng


@dataclass(slots=True)
class Ctx:
    """One point of one document, with what the generators share: the material, the run seed and cache.

    Nothing here depends on the document's name, so a document read twice (a
    .txt and its saved .html) gets the same drafts and ``generate`` makes them once.
    """

    doc: Document
    point: Point
    material: dx.Material
    seed: int
    cache: RunCache
    doc_key: int = 0  # Material.doc_key of the document text
    place: tuple[str, ...] = ()  # where the point stands: section and ordinal (see identity.point_places)

    def rng(self, *key: str) -> Draws:
        """Draws seeded by the run seed, this point and ``key``: the same on every run.  The draws of a
        true/false change (and of a series' siblings, which it swaps in) ignore the seed: whether lint
        rejects the change decides whether the statement is asked true, and the cap on true statements
        (generate.cap_true) must leave the same questions whatever the seed."""
        seed = 0 if key[0] in _UNSEEDED else self.seed
        return Draws(seed, "\x1f".join((self.point.article, self.point.kind, *key)))

    def source(self, start: int, end: int) -> Span:
        """The sentence (or clause of a long one) a question on [start, end) cites, computed once per document."""
        s = self.point.sentence
        spans = self.cache.spans.setdefault(self.doc_key, {})
        key = (s.start, s.end, start, end)
        span = spans.get(key)
        if span is None:
            span = spans[key] = source_span(self.doc, s, start, end)
        return span


def blanked(src: Span, pieces: list[tuple[int, int]], mark: str) -> str:
    """The source sentence with ``pieces`` (document offsets) replaced by ``mark``, ended as a sentence."""
    return stand_alone(end_sentence(replace(src.text, [(a - src.start, b - src.start, mark) for a, b in pieces])))


def shuffle(right: list[str], wrong: list[str], rng: Draws) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The options in the order of ``rng`` (figures of one shape in ascending order instead, as a
    teacher prints them), and the sorted letters of the right ones."""
    options = ascending(rng.shuffled(right + wrong))
    letters = tuple(OPTION_LETTERS[options.index(r)] for r in right)
    return tuple(options), tuple(sorted(letters))


def balanced(doc: Document, start: int, end: int, src: Span) -> tuple[int, int] | None:
    """[start, end) widened by a quotation mark at either end when that closes a quotation it cuts
    (一国两制”、“港人治港 -> “一国两制”、“港人治港”), or None when it still cuts one."""
    t = doc.text
    tries = [(start, end)]
    if start > src.start and t[start - 1] in OPEN_QUOTES:
        tries.append((start - 1, end))
    if end < src.end and t[end] in CLOSE_QUOTES:
        tries += [(a, end + 1) for a, _ in tries]
    return next(((a, b) for a, b in tries if not unbalanced(t[a:b])), None)


def quoted(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Widen a span to its surrounding “ ” or 《 》 when it has them."""
    t = doc.text
    if start > 0 and end < len(t) and (t[start - 1], t[end]) in (("“", "”"), ("《", "》"), ("‘", "’")):
        return start - 1, end + 1
    return start, end


def shown_elsewhere(answer: str, src: Span, spans: list[tuple[int, int]], words: bool = False) -> bool:
    """Whether ``answer`` (quotes aside) can be read in the sentence outside the blanked ``spans``;
    with ``words``, only as words of its own (党组 inside 非党组织 is not 党组)."""
    a = answer.strip("“”‘’《》")
    if len(a) < 2:
        return False
    if words:
        # (and the answer less its scope, 中国共产党 -> 共产党执政就是…: the stem gives it away as well)
        blanks = [(x - src.start, y - src.start) for x, y in spans]
        return any(shown_as_word(src.text, f, blanks) for f in (a, *short_forms(a)))
    # the text between the blanks, piece by piece (no piece holds a blank, so none is read across one)
    t, pos = src.text, 0
    for x, y in sorted(spans):
        if a in t[pos : x - src.start]:
            return True
        pos = y - src.start
    return a in t[pos:]


def passage(ctx: Ctx, start: int, end: int) -> Span:
    """From the start of the sentence holding ``start`` to the end of the sentence holding ``end``."""
    a = ctx.source(start, start).start
    b = ctx.source(end, end).end
    b = max(b, end)
    return Span(ctx.doc.text[a:b], a, b)


def list_passage(ctx: Ctx, start: int, end: int) -> Span:
    """The passage a question on a list cites: ``passage`` from the sentence that leads the list (…主要有以下
    几个方面：) when it stands just before the first item, in the item's paragraph or the one before it.
    The lead names what the list is (its stem says so); a source that began at the first item would cite
    the members without saying whose list they are."""
    lead = ctx.point.sentence
    a = passage(ctx, start, end)
    if lead.text and lead.end <= start and lead.start < a.start and ctx.doc.text.count("\n", lead.end, start) <= 1:
        b = ctx.source(lead.start, lead.start).start
        return Span(ctx.doc.text[b : a.end], b, a.end)
    return a


def shared_shape(terms: list[str]) -> tuple[str, str]:
    """What every term of a series shares and a wrong option must share too: a head (政治…, 高…) and a
    tail (…力, …感, …建设); an option without it gives the answer away (高知识密集、高集成度 and
    主动性).  A head or tail that is a whole term says nothing."""
    head = common_prefix(terms)
    tail = common_suffix(terms)
    head = head if len(head) >= 2 and all(len(t) > len(head) for t in terms) else ""
    tail = tail if tail and all(len(t) > len(tail) for t in terms) else ""
    return head, tail


def open_list(ctx: Ctx) -> bool:
    """Whether the series goes on beyond its terms (政治、经济、文化等; 如政治、经济、文化): then another
    term of its kind may be right as well, so no option or swap can be called wrong."""
    p, text, v = ctx.point, ctx.doc.text, load_vocab()
    after = text[p.items[-1].end : p.items[-1].end + 4].lstrip(CLOSE_QUOTES)
    before = text[max(0, p.items[0].start - 4) : p.items[0].start].rstrip(OPEN_QUOTES + "：:")
    return after.startswith(v.open_list_after) or before.endswith(v.open_list_before)


def cooccurring(m: dx.Material, term: str) -> list[str]:
    """Terms that stand in a series with ``term`` anywhere in the material: right answers there."""
    return m.co_terms.get(term, [])


def statement_source(ctx: Ctx) -> Span:
    """The sentence a true/false question on the point states (known before the question is drafted)."""
    p = ctx.point
    # a statement's items are its key phrases: the statement is the whole sentence
    start, end = (p.items[0].start, p.items[-1].end) if p.items and p.kind != "statement" else (p.start, p.end)
    return ctx.source(start, end)


def article_title(doc: Document, article_id: str) -> str:
    """The title of an article of ``doc``, or UNTITLED."""
    for a in doc.articles:
        if a.id == article_id:
            return a.title or UNTITLED
    return UNTITLED
