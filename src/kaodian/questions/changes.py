"""The changes a question is made of: wrong options drawn for a point, and the one controlled
change that makes a true sentence false.

Each choice is searched once per point and shared by its question kinds (the
single-choice pick is the true/false swap), through the run's cache.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable

from ..text import common_suffix
from . import distractors as dx, list_kin
from .false_dates import false_date_edits, target_options, term_years
from .false_figures import changed_number, changed_number_beside, inside_range  # noqa: F401 (changed_number: tests import it here)
from . import reasons
from .parallel import partial_fits
from .drafting import SINGLE_OPTIONS, Ctx, RunCache, cooccurring, shared_shape, shown_elsewhere
from .swap_point import defining, lexicon_siblings, listed_alongside, on_point
from .head_class import series_topic
from .falsehood import embedded, figure_asked, figure_bound, figure_led, kin_swap, name_fits
from .blanks import NUMBER, fact_number, fact_place, trivial_figure
from .believable import numbered_swap, same_count_first
from .plausible import bound_figure
from .draws import Draws
from .lint import unbalanced
from .option_form import fragment_beside
from .list_class import KIN_AFFIX, NOMINAL, form_kin, kindred, list_class, marker_family, whole_clause
from .list_items import item_classes, item_entries
from .topic import numbered_fit
from .tf_worth import change_why
from .policy import POLICY
from .sentence import core
from .vocab import load_vocab


def series_target(ctx: Ctx, n: int, formed: bool = True) -> tuple | str:
    """The series term with ``n`` distractors (the last term first: 政治判断力、政治领悟力和（　　））,
    or why there is none.  ``n`` is SINGLE_OPTIONS - 1 or 1; ``formed``: see ``series_targets``."""
    if any(unbalanced(s.text) for s in ctx.point.items):
        return reasons.TERM_QUOTES_CUT
    full, partial = series_targets(ctx, formed)
    if n == 1 and partial is not None:
        return partial[0], partial[1][:1]
    if full is not None and n <= len(full[1]):
        return full[0], full[1][:n]
    return reasons.too_few_siblings(n)


def series_targets(ctx: Ctx, formed: bool = True) -> tuple[tuple | None, tuple | None]:
    """The first term from the end with a full set of distractors, and the first with at least one;
    searched once per series and shared by the single-choice, multiple-choice and true/false questions.
    ``formed``: every distractor keeps the series' form (parallel.series_form: 有担当 among 有理想, never
    有法可依); a true/false swap is held to it only as lint is (policy.yaml swap_form_lint)."""
    key = (ctx.doc_key, ctx.point.start, ctx.point.end, formed)
    memo = ctx.cache.series
    if key in memo:
        return memo[key]
    p = ctx.point
    terms = [s.text for s in p.items]
    src = ctx.source(p.items[0].start, p.items[-1].end)
    full = partial = None
    head, tail = shared_shape(terms)
    form = partial_fits(terms) if formed else None
    for s in reversed(p.items):
        if shown_elsewhere(s.text, src, [(s.start, s.end)]):
            continue  # the stem would show the answer
        near_misses = dx.term_candidates(s.text, ctx.material)
        got = dx.pick(
            s.text, ctx.material.terms, near_misses, n=SINGLE_OPTIONS - 1, forbidden=terms + cooccurring(ctx.material, s.text),
            context=src.text, rng=ctx.rng("pick", s.text), near_only=True, head=head, tail=tail, apart=ctx.material.co_terms,
            form=form, topic=_whole_terms(series_topic(ctx, s.text), terms),
        )
        if got and partial is None:
            partial = (s, got)
        if len(got) == SINGLE_OPTIONS - 1:
            full = (s, got)
            break
    memo[key] = full, partial
    return full, partial


def _whole_terms(topical: Callable[[str], bool], terms: list[str]) -> Callable[[str], bool]:
    """``topical`` narrowed to candidates that are no words cut from a clause beside the series ``terms``
    (option_form.fragment_beside: 单位又提出同一 beside 办理机关)."""
    return lambda c: topical(c) and not fragment_beside(terms, c)


def formulation_candidates(ctx: Ctx) -> tuple[dx.Pool, list[str]]:
    """Where a formulation's wrong options come from: a pool and near misses."""
    p, m = ctx.point, ctx.material
    if p.numbered:
        # real formulations of the same shape only (see dx.numbered_candidates); one without a measure
        # word (九二共识, 五险一金) names a policy of its own field, and a well-known one from elsewhere
        # (三会一课 beside 九二共识) is absurd beside it: only those of its topic (topic.on_topic)
        got = dx.numbered_candidates(p.text, m, ctx.cache.numbered)
        fit = numbered_fit(m, p.text)  # (and a unit's own slogan only the material's own: topic.numbered_fit)
        got = [c for c in got if fit(c)]
        return dx.EMPTY, got
    return m.formulations, dx.modifier_edits(p.text, m)


def fact_target(ctx: Ctx) -> tuple[int, int, dx.Pool, list[str]] | None:
    """The place (else the date) of a fact, with where its distractors come from."""
    p, doc = ctx.point, ctx.doc
    seg = doc.text[p.start : p.end]
    # (a place among places: a meeting's name, which fact_place also gives, has no such options)
    if (at := fact_place(seg, dx.PLACE)) and not seg[at[0] : at[1]].endswith("会议"):
        return p.start + at[0], p.start + at[1], ctx.material.place_pool, []
    if (m := dx.DATE.search(seg)) and not trivial_figure(p.sentence, p.start + m.start(), p.start + m.end()) \
            and figure_asked(p.sentence.text, p.start + m.start() - p.sentence.start, p.start + m.end() - p.sentence.start,
                             present_years(ctx), own_review(ctx)):
        at, to = p.start + m.start(), p.start + m.end()
        # (the span's other end stands in the sentence, maybe outside the point: 2012—2014年, the point 2014年…)
        edits = inside_range(doc.text[max(p.sentence.start, at - 12) : at], doc.text[to : to + 12], dx.date_edits(m.group()))
        if (term := term_years(p.sentence.text)) is not None:
            if term[0] == term[1]:
                return None  # (a congress's name gives its year away: false_dates.yaml terms)
            edits = [e for e in edits if term[0] <= int(dx.DATE.search(e).group(1)) <= term[1]]
        return p.start + m.start(), p.start + m.end(), dx.EMPTY, target_options(doc.text, seg[: m.start()], edits)
    return None


def present_years(ctx: Ctx) -> tuple[int, ...]:
    """The years that are the present of the point's article (source.present_years), worked out once per
    document and article and kept on the run's Material (which lives as long as the documents): every
    true/false draft asks them (700 calls for 21 articles on the bench corpus), each reading every heading
    of the article."""
    memo = getattr(ctx.material, "_present_years", None)
    if memo is None:
        memo = ctx.material._present_years = {}  # (Material is the run's: the years go with it)
    # (by the document object, alive for the whole run: a text read twice may come with other headings)
    key = (id(ctx.doc), ctx.point.article)
    got = memo.get(key)
    if got is None:
        from .source import present_years as article_present

        got = memo[key] = article_present(ctx.doc, ctx.point.article)
    return got


def own_review(ctx: Ctx) -> bool:
    """Whether the point's sentence tells its issuer's own past year (source.own_review), kept on the run's
    Material by document, article and heading as ``present_years`` is."""
    memo = getattr(ctx.material, "_own_review", None)
    if memo is None:
        memo = ctx.material._own_review = {}
    key = (id(ctx.doc), ctx.point.article, ctx.point.heading)
    got = memo.get(key)
    if got is None:
        from .source import own_review as reviews

        got = memo[key] = reviews(ctx.doc, ctx.point.article, ctx.point.heading)
    return got


from .article_kin import article_kin_items  # noqa: E402 (after the names listsource's imports need)
from .listsource import article_number  # noqa: E402


def enumeration_candidates(ctx: Ctx) -> tuple[list[str], list[str]]:
    """Other requirements to draw an enumeration's distractors from (the same for every question on it):
    those from elsewhere, and the clauses said under the enumeration's own heading."""
    key = (ctx.doc_key, ctx.point.start)
    memo = ctx.cache.enumeration
    if key not in memo:
        p, m = ctx.point, ctx.material
        items = item_cores(p)
        here = (ctx.doc_key, p.article, p.section)
        # items of other enumerations, but never one under the same heading (it may answer the same question)
        # and only of a list of the same kind (list_class: another 经验 list's items beside a list of 经验)
        cls = list_class(p, ctx.doc.text)
        # (the class of each item's list; one cut at a wrap is no option)
        # a regulation article's list (第四十条　…有下列权利：) draws whole items of its sibling articles' lists of the
        # same kind, under its chapter too (the stem cites the article), and never a clause cut from running text
        # (session 33's grading: 被检举、控告人有错误 / …的重要渠道 beside a list of rights)
        if article_number(ctx) and (kin := article_kin_items(ctx, item_cores)) is not None:
            memo[key] = kin, []
            return memo[key]
        cands = [c for c, place, other in item_entries(m) if place != here and c not in items and kindred(cls, other, c, items)]
        # then clauses of the text that start like the items (必须坚持…, 着力…) outside this enumeration
        # (``pick`` drops those said in the enumeration itself: it is the context)
        heads = m.clauses_by_head.get(ctx.doc_key, {})
        said: list[str] = []
        for h in dict.fromkeys(c[:2] for c in items):
            said += heads.get(h, ())
        # items that all end alike (…经济, …制度) name their class by it: a clause that only opens
        # like them (社会主义革命 beside 社会主义性质的国营经济) is of another
        tail = common_suffix(items) if len(items) > 1 else ""
        if len(tail) >= KIN_AFFIX:
            said = [c for c in said if c.endswith(tail)]
        # beside a list of names of things (list_class.NOMINAL), a clause only in the keys' form (form_kin)
        said = [c for c in said if whole_clause(c) and (cls not in NOMINAL or form_kin(c, items))]
        # short items (从严管、深入察) : clauses that start with the same character and are as short; not
        # beside a list that names its kind (三大法宝): a phrase that only opens like an item (党的创立
        # beside 党的建设) is of no kind
        if max(len(c) for c in items) <= 6 and not cls:
            short = m.short_clauses_by_first.get(ctx.doc_key, {})
            for f in dict.fromkeys(i[0] for i in items):
                said += short.get(f, ())
            # and phrases of the text that open like an item: its two-character head and the word after it
            # (从严管 -> 从严治党, 深入察 -> 深入调查): real phrases, never a crossing of two items (从严察)
            said += _head_phrases(ctx.doc.text, items)
        # none said under the enumeration's own heading but as a last resort (``enumeration_wrong``): what
        # the section says of its subject is true of it too (全力抗御…灾害 beside the year's works it
        # lists), and a teacher marks the key disputed
        # (a text without headings is one section: there its other lists are what tells them apart)
        section = section_text(ctx.doc, p.article, p.section) if p.section else ""
        memo[key] = cands + [c for c in said if c not in section], [c for c in said if section and c in section]
    return memo[key]


def same_level(ctx: Ctx, wrong: list[str]) -> list[str]:
    """The wrong options of ``wrong`` that are no item of the document marked otherwise than every item
    of the point's list (list_class.marker_family: 6.… beside 5）…, 六是… beside 一要…): such an item is
    of another level of the outline, a heading among points or a part's title among a paragraph's
    measures (session 10: 干扰项C是章节标题，与其他选项不同类; 干扰项都是其他部分的大标题)."""
    family = {marker_family(ctx.doc.text, s.start) for s in ctx.point.items}
    level = family.pop() if len(family) == 1 else ""
    if not level:
        return wrong
    # (the items marked otherwise are gathered once per document and level: a list's single choice asks for
    # every key it tries, and each time read the marks of every item of the material)
    memo = ctx.cache.levels
    marked = memo.get((ctx.doc_key, level))
    if marked is None:
        marked = memo[ctx.doc_key, level] = frozenset(
            c for (d, _, _, c), k in item_classes(ctx.material).items() if d == ctx.doc_key and k[2] and k[2] != level)
    return [w for w in wrong if w not in marked]


def section_text(doc, article: str, section: int) -> str:  # noqa: ANN001 — a model.Document
    """The text of one section (the paragraphs under one heading) of an article, or "" when the
    article keeps no paragraphs."""
    return "\n".join(par.text for a in doc.articles if a.id == article for par in a.paragraphs if par.section == section)


def _head_phrases(text: str, items: list[str]) -> list[str]:
    """The two-character head of each item followed by the whole next word, wherever the text says it."""
    from .. import segment

    out = []
    for h in dict.fromkeys(i[:2] for i in items):
        i = text.find(h)
        # a few occurrences are enough for two wrong options
        for _ in range(12):
            if i < 0:
                break
            words = segment.tag(text[i + 2 : i + 8])
            w, t = words[0] if words else ("", "")
            # (no phrase cut from the words that follow: 着力培养 of 着力培养学生…, 团队上下 of 团队上下一心; list_kin)
            if len(w) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in w) and not (
                    "\u4e00" <= (nx := text[i + 2 + len(w) : i + 3 + len(w)]) <= "\u9fff" and (t == "v" or not list_kin.whole_before(nx))):
                out.append(h + w)
            i = text.find(h, i + 1)
    return out


def item_cores(p) -> list[str]:
    """The cores of an enumeration's items, without their closing punctuation."""
    return [c.rstrip("，；。") for c in (core(s.text) for s in p.items)]


def enumeration_wrong(ctx: Ctx, right: list[str], n: int, rng: Draws, topic: Callable[[str], bool] | None = None, pool: list[str] | None = None) -> list[str]:
    """Up to ``n`` other requirements, none of the enumeration's own, as wrong options (only of ``topic``, or of ``pool``: sibling_lists)."""
    # (judged against the list only in the first key's length band: ``pick`` draws for that key, dropping the others unread)
    lo, hi, pools = *dx.length_bounds(len(right[0])), enumeration_candidates(ctx) if pool is None else (pool, [])
    apart, near = list_kin.kin_only(ctx, item_cores(ctx.point), right, tuple([c for c in cs if lo <= len(c) <= hi] for cs in pools))
    if topic is not None:  # (of the list's topic: label_echo.label_topic; never a clause of its own section)
        return _draw(ctx, right, [c for c in apart if topic(c)], n, rng)
    # a clause of the list's own section only where nothing else is found, and then one (floors: too_few_options)
    return _draw(ctx, right, apart, n, rng) or _draw(ctx, right, near, 1, rng)


def _draw(ctx: Ctx, right: list[str], cands: list[str], k: int, rng: Draws) -> list[str]:
    # (pure in the list, its first key, the candidates and the draws: a list's tries of other keys draw again, 1 in 5)
    if (key := ("draw", ctx.doc_key, ctx.point.kind, ctx.point.start, ctx.point.end, right[0], tuple(cands), k, rng.base)) in ctx.cache.enumeration:
        return list(ctx.cache.enumeration[key])
    p, text = ctx.point, ctx.doc.text
    # (through the paragraph of the last item: what the text says under an item is a point of that item,
    # and a learner who picks it argues it is right)
    end = text.find("\n", p.end)
    span = text[p.sentence.start : end if end >= 0 else len(text)]
    got = ctx.cache.enumeration[key] = dx.pick(right[0], dx.EMPTY, cands, n=k, forbidden=[s.text for s in p.items] + item_cores(p),
                                               context=span, rng=rng, affixes=tuple(dict.fromkeys(c[:2] for c in item_cores(p))))  # 深入… ~ 从严管
    return list(got)


def same_openings(right: list[str], wrong: list[str]) -> tuple[list[str], list[str]]:
    """The options without the word a requirement opens with (要, 必须 …: vocab.yaml lead_words) when
    some have it and others not: the right ones all opening with 要 and the wrong ones never (taken
    from other lists) gives them away.  Unchanged when stripping would leave two options alike or
    one under four characters."""
    from .. import segment

    leads = sorted(load_vocab().lead_words, key=len, reverse=True)

    def opening(o: str) -> str:
        # (a one-character lead only as a word of its own: 要 of 要坚持…, never of a noun such as 要素… or 要件…)
        lead = next((w for w in leads if o.startswith(w)), "")
        return lead if len(lead) > 1 or (lead and segment.tag(o[:5])[0][0] == lead) else ""

    if len({opening(o) for o in right + wrong}) < 2:
        return right, wrong
    r2, w2 = [o[len(opening(o)):] for o in right], [o[len(opening(o)):] for o in wrong]
    if len(set(r2 + w2)) < len(r2 + w2) or min(map(len, r2 + w2)) < 4:
        return right, wrong
    return r2, w2


def co_terms_in(m: dx.Material, cache: RunCache, text: str) -> list[str]:
    """The material's series terms of three characters or more that ``text`` contains, longest
    first (ties in the material's order, so the result never depends on string hashing).  The terms
    are indexed by their first three characters, so a sentence is scanned once instead of once per term
    (by two, 中国…, 社会… headed a dozen terms each, tried wherever a sentence says them; three leave a
    few); unlike one regex alternation this also finds a term inside another (政治领导力 in 党的政治领导力)."""
    if cache.co_terms is None:
        terms = sorted((t for t in m.co_terms if len(t) >= 3), key=len, reverse=True)
        by_head: dict[str, list[str]] = {}
        for t in terms:
            by_head.setdefault(t[:3], []).append(t)
        cache.co_terms = by_head, {t: i for i, t in enumerate(terms)}
    # (remembered per sentence: a sentence of several points, a statement, its series and its formulation, is
    # searched for each of them; the list is shared, never changed by whoever reads it)
    got = cache.co_terms_found.get(text)
    if got is None:
        by_head, rank = cache.co_terms
        # (a term under a head the sentence holds is said in it exactly when it is a substring: the heads are
        # gathered in one set comprehension and matched in C, no dictionary lookup per position)
        heads = {text[i:i + 3] for i in range(len(text) - 2)} & by_head.keys()
        found = {t for h in heads for t in by_head[h] if t in text}
        got = cache.co_terms_found[text] = sorted(found, key=rank.__getitem__)
    return got


# Candidates drawn for a swap, so that a sentence whose best swap the document made SWAP_REPEAT times
# already gets another (全面从严治党 is said in many sentences of one speech: one 误作 asked over and over).
SWAP_TRIES = 3
SWAP_REPEAT: int = POLICY["swap_repeat"]  # see policy.yaml
SHORT_TERM = 2  # a term this short is swapped only for a sibling the lexicon gives it
OTHER_SHAPE_REPEAT: int = POLICY["other_shape_repeat"]  # see policy.yaml
_OTHER_SHAPE = "\x00other shape"  # the key counting a formulation's swaps for one of another shape


def numbered_swaps(ctx: Ctx, f: str) -> list[str]:
    """Real numbered formulations to swap in for ``f`` (same count first); a two-character one is a
    word like a short series term (两翼 beside 两地 and 两高 in one speech) and takes only its lexicon
    siblings, as _term_swaps gives a short term."""
    m = ctx.material
    cands = same_count_first(f, dx.numbered_candidates(f, m, ctx.cache.numbered))
    if len(f) <= SHORT_TERM:
        kin = set(m.lexicon.siblings(f)) if m.lexicon is not None else set()
        cands = [c for c in cands if c in kin]
    return cands


def _fresh(ctx: Ctx, old: str, text: str, draw: Callable[[int], list[str]],
           ok: Callable[[str], bool] = lambda new: True) -> str | None:
    """The first of the SWAP_TRIES candidates ``draw(n)`` gives for ``old`` that ``text`` does not say and
    that was swapped in fewer than SWAP_REPEAT times in this document (counted as used) and that ``ok``
    accepts in this sentence (falsehood.py), or None.  The
    candidates are drawn once per document, point kind and term (a speech says 全面从严治党 in many
    sentences) without a sentence as context: only whether the sentence says one differs."""
    key = (ctx.doc_key, ctx.point.article, ctx.point.kind, old)
    got = ctx.cache.swap_candidates.get(key)
    if got is None:
        got = ctx.cache.swap_candidates[key] = draw(SWAP_TRIES)
    used = ctx.cache.swaps.setdefault(ctx.doc_key, Counter())
    for new in got:
        if new not in text and used[old, new] < SWAP_REPEAT and ok(new):
            used[old, new] += 1
            return new
    return None


def _term_swaps(ctx: Ctx, t: str, siblings: list[str], head: str, tail: str, n: int, alone: bool = False) -> list[str]:
    """Up to ``n`` terms to swap in for the series term ``t`` (its series' ``siblings`` among them only
    where ``t`` stands ``alone`` in its sentence): terms of the material of the series' shape
    and the lexicon's siblings of ``t``; a two-character term takes only those siblings (道路 -> 理论,
    never 铁路: too short to tell a class by its shape), as do a core term (社会主义 -> 共产主义, never
    唯心主义) and a term of censure (封建主义 -> 官僚资本主义, never 享乐主义, a fault of work style)."""
    m, vocab = ctx.material, load_vocab()
    kin = list(m.lexicon.siblings(t)) if m.lexicon is not None else []
    # a term the lexicon knows the class of takes only its siblings (falsehood.kin_swap)
    # (and a term alone in its sentence takes only those: a term of the material's that merely ends alike may name a
    # part or a kind of it, 某某型服务业 for 现代服务业, and the statement may hold of it: swap_point.defining)
    pool = dx.EMPTY if kin or alone or len(t) <= SHORT_TERM or t in vocab.core_terms or t in vocab.negative_terms \
        else m.terms
    forbidden = [t] if alone else siblings
    return dx.pick(t, pool, kin, n=n, forbidden=forbidden, context="", rng=ctx.rng("truefalse", t), near_only=True,
                   head=head, tail=tail, form=partial_fits([t, *siblings]))


def _inside_fixed(text: str, term: str, at: int) -> bool:
    """Whether ``term`` at ``at`` in ``text`` lies inside a longer fixed formulation (vocab.yaml fixed_phrases)."""
    for phrase in load_vocab().fixed_phrases:
        if term in phrase and term != phrase:
            j = text.find(phrase)
            while j >= 0:
                if j <= at and at + len(term) <= j + len(phrase):
                    return True
                j = text.find(phrase, j + 1)
    return False


def _series_shape(cache: RunCache, m: dx.Material, t: str) -> tuple[list[str], str, str]:
    """The terms standing in a series with ``t`` anywhere in the material, and their shared head and tail
    (drafting.shared_shape), worked out once per run: a term recurs in many sentences of a text.  The list
    is shared: never changed by whoever reads it."""
    got = cache.term_shapes.get(t)
    if got is None:
        siblings = list(dict.fromkeys(m.co_terms[t]))
        got = cache.term_shapes[t] = (siblings, *shared_shape(siblings))
    return got


def _numbered_in(m: dx.Material, text: str) -> list[str]:
    """The material's numbered formulations that ``text`` says, longest first (ties in the material's
    order).  They are looked up in an index by first character, made once per run and kept on the material:
    only its few first characters (numerals) are looked for in the sentence, in C (reading every formulation,
    or making a string of each character of the sentence, cost a hundredth of generation)."""
    index = getattr(m, "_numbered_by_first", None)
    if index is None:
        index = {}
        for i, f in enumerate(m.numbered.items):
            index.setdefault(f[0], []).append((i, f))
        m._numbered_by_first = index  # (Material is the run's: the index goes with it)
    found = sorted(x for c, xs in index.items() if c in text for x in xs if x[1] in text)
    return sorted((f for _, f in found), key=len, reverse=True)


def sentence_change(ctx: Ctx, src, keep: tuple[int, int] | None = None) -> tuple[int, int, str] | None:
    """One controlled change of any sentence that makes it false, or None: a numbered formulation it
    names swapped for another real one of the same shape (“四个自信” -> “四个意识”), else a term of a
    series of one shape for a term of another series of that shape (政治判断力 -> 政治鉴别力), else its date moved,
    else its number changed (40年 -> 80年, 第三届 -> 第四届, 0.2% -> 0.4%).  Never a change that could
    still be true: no approximate number (100多万) is touched, nor a term inside ``keep``."""
    m, text, vocab = ctx.material, src.text, load_vocab()
    for f in _numbered_in(m, text):
        i = text.find(f)
        cands = numbered_swaps(ctx, f)
        draw = lambda n, f=f, cands=cands: dx.pick(f, dx.EMPTY, cands, n=n, forbidden=[], context="",  # noqa: E731
                                                   rng=ctx.rng("truefalse", f))
        # (never a made-up name: “三个代表”重要思想 -> “三个务必”重要思想, falsehood.name_fits)
        # (and one of another count or shape, 八八战略 -> 一国两制, of another field and false at a glance to a
        # blind teacher, at most OTHER_SHAPE_REPEAT times a document: the same term said in many sentences of a
        # story took such a swap in each; believable.numbered_swap)
        used = ctx.cache.swaps.setdefault(ctx.doc_key, Counter())
        if not defining(ctx.doc.text, src.start + i, src.start + i + len(f)):
            continue  # (增强“四个意识” -> “四个全面”: a formulation under a verb of its own is no slot another fills)
        if new := _fresh(ctx, f, text, draw, lambda new, f=f, end=src.start + i + len(f): name_fits(ctx.doc.text, end, new)
                         and (numbered_swap(f, new) is None or used[f, _OTHER_SHAPE] < OTHER_SHAPE_REPEAT)):
            if numbered_swap(f, new) is not None:
                used[f, _OTHER_SHAPE] += 1
            return src.start + i, src.start + i + len(f), new
    for t in co_terms_in(m, ctx.cache, text):
        siblings, head, tail = _series_shape(ctx.cache, m, t)
        if not (head or tail):
            continue  # a series of no shape: no sibling of its kind to swap in (see series_targets)
        i = text.find(t)
        if keep is not None and keep[0] <= src.start + i < keep[1]:
            continue
        if _inside_fixed(text, t, i):
            continue  # 社会主义 of 中国特色社会主义 is never swapped (teacher.broken_phrase)
        kin = m.lexicon.siblings(t) if m.lexicon is not None else ()
        # a term alone in its sentence and bound there (全面从严治党是… -> 全面深化改革是…, swap_point.on_point) may take another
        # of its series; one beside its siblings none (nor a core term or one of censure: 封建主义 -> 资本主义 is absurd)
        alone = not any(s != t and s in text for s in siblings) and t not in vocab.core_terms \
            and t not in vocab.negative_terms
        # (drawn with room for the siblings only where they may be taken)
        if new := _fresh(ctx, t, text, lambda n, t=t, siblings=siblings, head=head, tail=tail, alone=alone: _term_swaps(
                ctx, t, siblings, head, tail, n + (len(siblings) if alone else 0), alone),
                lambda new, t=t, kin=kin, alone=alone, siblings=siblings, at=src.start + i: kin_swap(t, new, kin) and (
                    alone or (new not in siblings and not listed_alongside(new, [s for s in siblings if s != t and s in text],
                                                                           lexicon_siblings(m)))) and not embedded(ctx.doc.text, at, at + len(t)) and on_point(ctx.doc.text, at, t, new, alone, siblings, m)
                    # (the next candidate where a teacher would not print this one: an enemy class for an ally)
                    and change_why(t, new, ctx.doc.text[max(0, at - 8):at], ctx.doc.text[at + len(t):at + len(t) + 10]) is None):
            return src.start + i, src.start + i + len(t), new
    # (never a trivial date or count: a false statement whose change is the day of a visit teaches nothing)
    # (nor a figure no test asks: a local tally, a year of the text's own present, falsehood.figure_asked)
    present, own = present_years(ctx), own_review(ctx)
    if (d := dx.DATE.search(text)) and not trivial_figure(src, src.start + d.start(), src.start + d.end()) \
            and figure_asked(text, d.start(), d.end(), present):
        for new in false_date_edits(d.group(), ctx.doc.text, text):
            if new not in text:
                return src.start + d.start(), src.start + d.end(), new
    # (nor a figure its sentence measures: 全部完成 beside 完成率50%, falsehood.figure_bound)
    if (n := fact_number(text, lambda m: bound_figure(text, m.start(), m.end()) is not None)) and not trivial_figure(src, src.start + n.start(), src.start + n.end()) \
            and not figure_bound(text) and figure_asked(text, n.start(), n.end(), present, own) \
            and figure_led(text, n.start(), n.end(), len(NUMBER.findall(text))):
        old = n.group()
        if (new := changed_number_beside(old, text, n.start())) is not None:  # (第一个 -> 第二个 beside 第二个: none)
            return src.start + n.start(), src.start + n.end(), new
    # never a person for a person (习近平 -> 胡锦涛): who said a sentence is not what a study text teaches,
    # and a teacher rejected every such swap (believable.py flags them)
    return None
