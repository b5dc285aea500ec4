"""Distractors: wrong options drawn from the same kind of thing, then filtered.

Candidates come from the material itself (every extraction given to ``generate``): terms of other series,
other formulations, items of other enumerations, other document titles, dates and places; plus near-miss
edits of the answer (a number changed, a modifier dropped).  ``pick`` keeps only candidates that cannot be
a right answer and look like the answer, ranked by shape.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from ..model import Extraction
from ..text import CLAUSE_END, by_edges, said_in, same_opening_paraphrase, shared_edges
from .draws import Draws
from .option_kinds import cut_off, kind_of, unlike
from .pool import Pool, length_bounds, shape_score, similar_length  # noqa: F401 (the generators read them here)
from .sentence import PUNCT, core, marker_re
from .vocab import alternation, load_vocab

NUMBER_WORDS = "一二两三四五六七八九十"
NUMBERED = re.compile(rf"[{NUMBER_WORDS}]")
DATE = re.compile(r"(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?")
# 在上海考察时 / 在浙江工作时: the place of a dated fact.
# (the verbs: vocab.yaml place_verbs)
PLACE = re.compile(rf"在([\u4e00-\u9fff]{{2,4}}?)(?:{alternation(load_vocab().place_verbs)})")

# Place names a material about Chinese policy may name; used when the
# material itself names too few other places to fill four options (vocab.yaml).
PROVINCES = load_vocab().provinces

# Modifiers a question writer drops to make a near miss (中华优秀传统文化 / 中华传统文化; vocab.yaml).
MODIFIERS = load_vocab().modifiers


EMPTY = Pool()  # a pool of no candidates


@dataclass
class Material:
    """Everything the distractors are drawn from, gathered and indexed once per ``generate`` call.

    Documents are told apart by their text (``doc_key``), not their name: the
    same article read from a .txt and from its saved .html page is one document
    here, so neither copy offers the other's items as distractors.
    """

    series: list[tuple[str, ...]] = field(default_factory=list)
    items: list[tuple[str, int, int]] = field(default_factory=list)  # (core, document key, enumeration no)
    item_place: list[tuple[str, int]] = field(default_factory=list)  # (article id, section) of each entry of items
    terms: Pool = EMPTY
    formulations: Pool = EMPTY
    numbered: Pool = EMPTY
    documents: Pool = EMPTY
    places: list[str] = field(default_factory=list)
    place_pool: Pool = EMPTY  # the places of the material, then the provinces
    # document key -> its clauses (4 to 40 characters, between punctuation), indexed by first two and first character
    clauses: dict[int, list[str]] = field(default_factory=dict)
    clauses_by_head: dict[int, dict[str, list[str]]] = field(default_factory=dict)
    short_clauses_by_first: dict[int, dict[str, list[str]]] = field(default_factory=dict)
    co_terms: dict[str, list[str]] = field(default_factory=dict)  # term -> terms standing in a series with it
    doc_keys: dict[str, int] = field(default_factory=dict)  # document text -> key
    points: dict[int, tuple] = field(default_factory=dict)  # document key -> its points
    lexicon: object = None  # the run's kaodian.lexicon.Lexicon: real terms, their classes and siblings

    def says(self, phrase: str) -> bool:
        """Whether some document of the material contains ``phrase`` (a real word, not a made-up one)."""
        return said_in(tuple(self.doc_keys), phrase)  # (remembered per phrase and set of texts)

    def doc_key(self, text: str) -> int:
        """The key of a document text (equal texts, one key)."""
        return self.doc_keys.setdefault(text, len(self.doc_keys))

    def knows(self, phrase: str) -> bool:
        """Whether ``phrase`` is a real term: said in the material or a term of the lexicon."""
        return self.says(phrase) or (self.lexicon is not None and phrase in self.lexicon.terms)

    @classmethod
    def gather(cls, extractions: list[Extraction], lexicon: object = None) -> "Material":
        """The Material of a run: every term, formulation, title, place, enumeration item and clause of
        the extractions, indexed once; a document read twice (same text and points) is gathered once.
        ``lexicon`` (the shipped one when None) adds its sibling groups to the terms."""
        m = cls()
        if lexicon is None:
            from .. import lexicon as lexicon_package

            lexicon = lexicon_package.load()
        m.lexicon = lexicon
        terms: list[str] = []
        formulations: list[str] = []
        numbered: list[str] = []
        documents: list[str] = []
        n_enum = 0
        for ex in extractions:
            text = ex.document.text
            known = text in m.doc_keys
            key = m.doc_key(text)
            if known and ex.points == m.points.get(key):
                continue  # the same document again (a .txt and its .html): nothing new to draw from
            m.points[key] = ex.points
            for p in ex.points:
                if p.kind == "term_series":
                    t = tuple(s.text for s in p.items)
                    m.series.append(t)
                    terms.extend(t)
                elif p.kind == "formulation":
                    (numbered if p.numbered else formulations).append(p.text)
                elif p.kind == "enumeration":
                    for s in p.items:
                        m.items.append((core(s.text), key, n_enum))
                        m.item_place.append((p.article, p.section))
                    n_enum += 1
                elif p.kind == "document":
                    documents.append(p.text)
                elif p.kind == "fact":
                    for mm in PLACE.finditer(p.text):
                        m.places.append(mm.group(1))
            m.places.extend(pl for pl in PROVINCES if pl in text)
            if key not in m.clauses:
                clauses = list(dict.fromkeys(c for c, end in CLAUSE_RUN.findall(text) if 4 <= len(c) <= 40 and end != "："))
                m.clauses[key] = clauses
                heads: dict[str, list[str]] = {}
                short: dict[str, list[str]] = {}
                for c in clauses:
                    heads.setdefault(c[:2], []).append(c)
                    if len(c) <= 6:
                        short.setdefault(c[0], []).append(c)
                m.clauses_by_head[key] = heads
                m.short_clauses_by_first[key] = short
        m.places = list(dict.fromkeys(m.places))
        m.place_pool = Pool(m.places + list(PROVINCES), lexicon)
        # the material's own terms first, then the well-known series (vocab.yaml), each a series too
        known = load_vocab().term_groups
        # then the lexicon's groups: terms a setter puts side by side, never a bank's made-up one (新民主主性质)
        lexical = [t for g in lexicon.groups for t in g.terms if not NUMBERED_SHAPE.match(t) and t not in lexicon.unattested]
        m.terms = Pool(terms + [t for g in known for t in g] + lexical, lexicon)
        m.formulations = Pool(formulations, lexicon)
        # the material's own numbered formulations first, then the well-known ones (vocab.yaml)
        m.numbered = Pool(numbered + list(load_vocab().numbered_formulations), lexicon)
        m.documents = Pool(documents, lexicon)
        # the members of a named formulation are right answers beside each other (四个意识)
        named = [g.terms for g in lexicon.groups if g.name]
        for t in (*m.series, *known, *named):
            for term in t:
                m.co_terms.setdefault(term, []).extend(t)
        return m


# A clause of the text and the mark ending it: one before a colon is a label (某某核心：…), no option.
CLAUSE_RUN = re.compile(f"([^{CLAUSE_END}\n]*)([{CLAUSE_END}\n]|$)")
CLAUSE_PUNCT = re.compile("[，。；！？]")


def _shares_affix(a: str, c: str, affixes: tuple[str, ...]) -> bool:
    if a[-1] == c[-1] or a[0] == c[0]:
        return True
    return any(x and (c.startswith(x) or c.endswith(x)) for x in affixes)


@lru_cache(maxsize=8192)
def word_kind(text: str) -> str:
    """The grammatical kind of a term, by the part of speech of its last word: n (nouns, nominal
    verbs: 社会建设, 政治担当), v (verbs: 维护, 拓展), a (adjectives), x (anything else)."""
    from .. import segment

    words = segment.tag(text)
    t = words[-1][1] if words else "x"
    if t.startswith("n") or t in ("vn", "an", "j", "l", "i"):
        return "n"
    return t[0] if t[:1] in ("v", "a") else "x"


@lru_cache(maxsize=8192)
def _synonym_variants(a: str) -> frozenset[str]:
    """``a`` with one word swapped for a synonym, every way (computed once per answer)."""
    return frozenset(a.replace(x, y, 1) for x, ys in load_vocab().synonyms.items() if x in a for y in ys)


def synonym_swap(a: str, c: str) -> bool:
    """Whether ``c`` is ``a`` with one word swapped for a synonym (坚决维护… / 坚决捍卫…): it means the
    same, so it is a right answer too, never a wrong option."""
    return abs(len(a) - len(c)) <= 2 and c in _synonym_variants(a)


CLAUSES = 2  # _clean_option of a candidate with clause punctuation: only beside an answer that has some


@lru_cache(maxsize=16384)
def _clean_option(c: str) -> int:
    """0 when ``c`` is never an option whatever the answer (a word of vocab.yaml's not_options, an
    ordinal marker, punctuation at an edge, an unpaired “ or 《), CLAUSES when it holds clause
    punctuation, else 1.  Cached: the same candidates come up for many answers."""
    if c in load_vocab().not_options or marker_re().match(c) or c[-1] in PUNCT or c[0] in PUNCT:
        return 0
    if c.count("“") != c.count("”") or c.count("《") != c.count("》"):
        return 0
    return CLAUSES if CLAUSE_PUNCT.search(c) else 1


@lru_cache(maxsize=65536)  # (picks ask it of every forbidden word beside every candidate: 4 pairs in 5 repeat)
def near_synonym(a: str, c: str) -> bool:
    """Whether one of two terms is the other with a few characters added or spelled out at one place
    (互不干涉内政 / 互不干涉内部事务, 中华传统文化 / 中华优秀传统文化): a reader takes them for the same."""
    # all but one character of the shorter are a shared head and tail, so they share a first or a last character (slices)
    if a[:1] != c[:1] and a[-1:] != c[-1:]:
        return False
    if same_opening_paraphrase(a, c):  # (one verb phrase over a like object: 着力扩大国内需求 / …内部需要)
        return True
    short, long_ = (a, c) if len(a) <= len(c) else (c, a)
    if len(short) < 4 or len(short) == len(long_):
        return False
    p, q = shared_edges(short, long_)
    return p + q >= len(short) - 1


def class_conflict(lexicon: object, a: str, c: str) -> bool:
    """Whether the lexicon knows ``a`` and ``c`` as terms of different classes (a 机构 among 会议)."""
    if lexicon is None:
        return False
    ca, cc = lexicon.class_of(a), lexicon.class_of(c)
    return ca is not None and cc is not None and ca != cc


def form_of(option: str) -> str:
    """The form of a short option that sets it apart at a glance (vocab.yaml option_forms; odd_option.odd_form): "noun" for a
    word of at most three characters with a nominal suffix (战斗力, 人民性), "modal" for a phrase that
    opens with a modal verb (勇于创新), else ""."""
    forms = load_vocab().option_forms
    if len(option) <= 3 and option[-1:] in forms["suffixes"]:
        return "noun"
    if option.startswith(tuple(forms["heads"])):
        return "modal"
    return ""


def acceptable(
    a: str, c: str, forbidden: list[str], context: str, affixes: tuple[str, ...] = (), head: str = "", tail: str = "",
    lexicon: object = None, edges: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None,
) -> bool:
    """A candidate that cannot be a right answer and is a clean option of the same kind and shape:
    with ``head``/``tail`` (what the answer's siblings share: 政治…, …力, …建设) it must have them;
    never a near synonym of a right answer, never of another class than the answer in ``lexicon``."""
    return _plainly_fits(a, c, forbidden, context, head, tail) and _fits(a, c, forbidden, affixes, lexicon, edges)


def _plainly_fits(a: str, c: str, forbidden: list[str], context: str, head: str, tail: str) -> bool:
    """``acceptable``'s cheap tests (substring tests in C): ``_take`` asks them before the topic's, which cost more."""
    if not c or c == a or c in a or a in c:
        return False
    # the cheap tests first (every test must pass, so their order changes nothing but the cost)
    if (head and not c.startswith(head)) or (tail and not c.endswith(tail)) or c in context:
        return False
    for f in forbidden:  # another right answer (an item of the same series), or a variant of one
        if c in f or f in c:
            return False
    return True


def _fits(a: str, c: str, forbidden: list[str], affixes: tuple[str, ...], lexicon: object,
          edges: tuple[dict[str, list[str]], dict[str, list[str]]] | None) -> bool:
    """``acceptable``'s other tests, once ``_plainly_fits`` holds."""
    if not _fits_answer(a, c, affixes):
        return False
    if (swaps := _synonym_variants(c)) and not swaps.isdisjoint(forbidden):
        return False  # (a swap is symmetric: c's own variants hold every f that c is a swap of)
    near = forbidden if edges is None else (*edges[0].get(c[0], ()), *edges[1].get(c[-1], ()))  # (see text.by_edges)
    return not (any(near_synonym(f, c) for f in near) or class_conflict(lexicon, a, c))  # (last: dearest)


@lru_cache(maxsize=32768)
def _fits_answer(a: str, c: str, affixes: tuple[str, ...]) -> bool:
    """``acceptable``'s tests of the answer and candidate alone, remembered: two pairs in five come up again."""
    negative = load_vocab().negative_terms  # 享乐主义 in place of 社会主义 is absurd, not plausible
    if (c in negative) != (a in negative):  # and 共产主义 in place of 封建主义 (a foe of the people) too
        return False
    if (fc := form_of(c)) and fc != form_of(a):  # 战斗力 beside 抗地震 stands out (odd_option.odd_form)
        return False
    if not (clean := _clean_option(c)) or (clean == CLAUSES and not CLAUSE_PUNCT.search(a)):
        return False
    if len(a) <= 6 and not _shares_affix(a, c, affixes):
        # a short term with nothing in common with the answer must be as long and of its kind (a noun for a noun:
        # 引擎 never gets 好办); under three characters there is too little to judge a kind by: it must share one
        if len(a) != len(c) or len(a) <= 3 or word_kind(a) != word_kind(c):
            return False
    # 防城港 beside 防非典, 三会一课 beside a school's motto, 缺乏创新 beside 守正创新 (option_kinds; kinds of candidates first)
    if ((kc := kind_of(c, loose=True)) is not None and kc != kind_of(a, loose=True)) or cut_off(a, c) or unlike(a, c):
        return False
    return not near_synonym(a, c) and similar_length(a, c) and a not in _synonym_variants(c)


def pick(
    answer: str,
    pool: Pool,
    extra: Iterable[str] = (),
    *,
    n: int,
    forbidden: list[str],
    context: str,
    rng: Draws,
    affixes: tuple[str, ...] = (),
    near_only: bool = False,
    head: str = "",
    tail: str = "",
    apart: Mapping[str, Sequence[str]] | None = None,
    form: Callable[[str], bool] | None = None,
    topic: Callable[[str], bool] | None = None,
) -> list[str]:
    """Up to ``n`` distractors for ``answer`` from ``pool`` and the ``extra`` candidates (near-miss
    edits made for this answer), best shape first, none a sub/superstring of another.

    Candidates that share the answer's first or last character are ranked by
    shape and tried first; the others (same length for short answers, nearest
    length first otherwise) only when those run out, and never with
    ``near_only`` (a series term: 合作共赢 beside 理论准备 gives itself away).
    With ``apart`` (term -> the terms standing in a series with it) the
    distractors are never all of one series: 不敢腐、不能腐、不想腐 beside 不干预
    are three of a kind and leave the answer as the odd one; with ``topic`` (topic.on_topic)
    each is of the answer's topic.  Candidates come from the pool's indexes and the
    filter runs lazily, so a large material costs little more than a small one.
    """
    a0, a1, la = answer[0], answer[-1], len(answer)
    lo, hi = length_bounds(la)
    extra = [c for c in dict.fromkeys(extra) if c and lo <= len(c) <= hi]
    # (the pool's near candidates gathered and ranked once per answer: Pool.near; the near misses made for this answer
    # ranked among them.  (key, candidate) pairs sort in C; the candidate breaks ties until the seed re-ranks them: _take)
    ranked, pooled = pool.near(answer)
    own = [c for c in extra if (c[0] == a0 or c[-1] == a1) and c not in pooled]
    if own:
        ranked = sorted(ranked + [(-shape_score(answer, c), c) for c in own])
    if head or tail or form:  # ``form``: the answer's series' (parallel.partial_fits): 有担当 takes 有理想, not 有法可依
        ranked = [(k, c) for k, c in ranked if c.startswith(head) and c.endswith(tail) and (form is None or form(c))]
    seen: list[str] = []
    check = (answer, forbidden, context, affixes, head, tail, apart or {}, pool.lexicon, by_edges(tuple(forbidden)), topic)
    if _take(ranked, n, seen, check, rng):
        return seen
    if near_only or head or tail or form or (la <= 3 and not affixes):
        # every candidate with the required head or tail shares the answer's first or last character,
        # as must every option of a short answer (see ``acceptable``): ``near`` held them all
        return seen
    # a short term with nothing in common with the answer must be as long (see ``acceptable``)
    # (here no head, tail or form narrowed the near candidates: they are the pool's and this answer's own)
    mine = frozenset(own)
    rest_extra = [c for c in extra if c not in pooled and c not in mine]
    if la <= 6:
        lengths = [la]
    else:  # nearest length first
        have = {*pool.by_length, *(len(c) for c in rest_extra)}
        lengths = sorted((L for L in have if lo <= L <= hi), key=lambda L: (abs(L - la), L))

    def rest() -> Iterator[tuple[int, str]]:
        for L in lengths:
            d = abs(L - la)
            yield from ((d, c) for c in rest_extra if len(c) == L)
            yield from ((d, c) for c in pool.by_length.get(L, ()) if c not in pooled and c not in mine)

    _take(rest(), n, seen, check, rng)
    return seen


def _take(ranked: Iterable[tuple[int, str]], n: int, seen: list[str], check: tuple, rng: Draws) -> bool:
    """Add acceptable candidates (of the topic, asked after acceptable's cheap substring tests and before its others:
    nine in ten of a series' are off the topic, a fifth fail the cheap tests, more than half pass ``acceptable``,
    and all are pure) of the (key, candidate) pairs ``ranked`` to ``seen`` until it holds ``n``; True
    when it does.  The first 3n are re-sorted by key with ties broken by the seed (the order is otherwise kept); the
    rest are taken in order, lazily."""
    answer, forbidden, context, affixes, need_head, need_tail, apart, lexicon, edges, topic = check
    ranked = iter(ranked)
    head = list(islice(ranked, 3 * n))
    if len({k for k, _ in head}) < len(head):  # without a tie there is nothing for the seed to decide
        head.sort(key=lambda kc: (kc[0], rng.rank(kc[1])))
    for _, c in chain(head, ranked):
        # the last distractor may not make them all one series (see ``pick``)
        if n > 1 and len(seen) == n - 1 and all(s in apart.get(c, ()) for s in seen):
            continue
        for s in seen:
            if c in s or s in c:
                break
        else:
            # (acceptable's cheap tests, the topic's, then its others: all pure, so the order changes nothing but the cost)
            if _plainly_fits(answer, c, forbidden, context, need_head, need_tail) and (topic is None or topic(c)) \
                    and _fits(answer, c, forbidden, affixes, lexicon, edges):
                seen.append(c)
                if len(seen) == n:
                    return True
    return False


# A numbered formulation opens with a numeral and, often, a measure word: 两个|维护, 八项|规定, 三大|攻坚战.
NUMBERED_SHAPE = re.compile(rf"^[{NUMBER_WORDS}]+([个项大种位条])?")


def numbered_shape(text: str) -> tuple[str, int] | None:
    """The shape of a numbered formulation: its measure word (个, 项 …) and length, or None
    when the text does not open with a numeral."""
    m = NUMBERED_SHAPE.match(text)
    if not m:
        return None
    return m.group(1) or "", len(text)


def same_numbered_shape(a: str, c: str) -> bool:
    """Whether ``c`` is a formulation of the same shape as ``a``: the same measure word (两个维护 /
    四个自信) and, without one, the same length (五位一体 / 三严三实, 三农 / 四风).  A 个-formulation
    may differ in length by one (两个确立 / 两个一百年): a teacher still reads them as siblings."""
    sa, sc = numbered_shape(a), numbered_shape(c)
    if sa is None or sc is None or sa[0] != sc[0]:
        return False
    return abs(sa[1] - sc[1]) <= (1 if sa[0] else 0)


def numbered_candidates(answer: str, material: "Material", cache: dict) -> list[str]:
    """Real numbered formulations of the answer's shape: those of the material, then the
    well-known ones of vocab.yaml.  Never an invented number (九个维护): a teacher rejects those.
    ``cache`` (the run's, answer -> candidates) keeps them for the next question on the answer."""
    if answer not in cache:
        cache[answer] = [c for c in material.numbered.items if c != answer and same_numbered_shape(answer, c)]
    return cache[answer]


def modifier_edits(text: str, material: "Material | None" = None) -> list[str]:
    """Near misses made by dropping one whole modifier word (中华优秀传统文化 -> 中华传统文化).

    With ``material``, only edits the material itself says somewhere are kept: dropping a
    string that is not a word there makes a word nobody uses (中国式现代化 -> 中国式化).
    """
    out = [text.replace(mod, "", 1) for mod in MODIFIERS if mod in text and len(text) - len(mod) >= 2]
    if material is not None:
        out = [e for e in out if material.says(e)]
    return out


def term_candidates(answer: str, material: Material) -> list[str]:
    """Near misses of a series term, to pick from together with ``material.terms``: modifier
    edits that the material says.  No splicing of one term's prefix onto part of another:
    that makes words nobody uses (政治 + 想引领力)."""
    return modifier_edits(answer, material)


def date_edits(text: str) -> list[str]:
    """Neighbouring dates of the same granularity as the first date of ``text``: a year-month-day
    date gets year-month-day dates (2022年10月16日 -> 2021年10月16日, 2022年9月16日, 2022年10月15日),
    never a bare year-month (2022年11月 beside 2022年10月16日 gives the answer away)."""
    m = DATE.search(text)
    if not m:
        return []
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)

    def date(y: int, mo: int | None, d: int | None) -> str:
        return f"{y}年" + (f"{mo}月" if mo is not None else "") + (f"{d}日" if d is not None else "")

    mo_i = int(mo) if mo else None
    d_i = int(d) if d else None
    out = [date(y + dy, mo_i, d_i) for dy in (-1, 1, -2, 2, -3)]
    if mo_i is not None:
        out += [date(y, mo_i + dm, d_i) for dm in (-1, 1, 2) if 1 <= mo_i + dm <= 12]
    if d_i is not None:
        # 28 days in every month: a shifted day is always a real date
        out += [date(y, mo_i, d_i + dd) for dd in (-1, 1, 2) if 1 <= d_i + dd <= 28]
    return [text.replace(m.group(), x, 1) for x in out]
