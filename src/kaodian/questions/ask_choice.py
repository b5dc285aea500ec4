"""单项选择题 and 多项选择题 drafts, one function per point kind: the right options, the wrong ones
drawn by ``changes`` and ``distractors``, shuffled by the seed — never a padded question."""

from __future__ import annotations
import re
from collections.abc import Callable

from ..model import Span
from . import distractors as dx
from . import reasons
from .arguable import misspelt, wrong_ok
from .ask_cloze import cloze_fact, refused
from .blanks import fact_number
from .figure_choice import DEADLINE_BOUNDS, deadline_ladder, figure_ladder
from .changes import SHORT_TERM, fact_target, formulation_candidates, series_target, series_targets
from .drafting import (
    MULTIPLE_RIGHT, MULTIPLE_WRONG, MULTIPLE_WRONG_MIN, SINGLE_OPTIONS, Ctx, Draft, balanced, blanked, cooccurring,
    open_list, passage, quoted, shared_shape, shown_elsewhere, shuffle,
)
from .draws import Draws
from .lint import DOUBLED, unbalanced
from .multi_shapes import fits as multi_fits, paired
from .odd_class import doctrine_beside_censure, name_among_terms, stray_wrong
from .option_form import broken_series, clause_series, fragment_beside, quantifier
from .option_kinds import option_kind_findings, persons_only
from .option_sets import by_marks
from .parallel import partial_fits
from .policy import DIFFICULTY, POLICY
from .sentence import PAREN
from .single_fit import question_line, title_sentence
from .single_shapes import lookalike, place_roll
from .choice_topic import fragment_stem
from .head_class import series_topic
from .single_slot import date_code
from .series_kin import closed_kin, kin_of, known_series
from .slot_head import fits, head_after
from .odd_option import frame_of, odd_numeral
from .topic import states_members, well_known
from .trivia import choice_figure

# The numeral a numbered formulation opens with (三个转变 -> 三).
NUMERAL_HEAD = re.compile("[一二两三四五六七八九十]+")

# a title's kind by its ending (a book, a regulation): its wrong options are of the same kind
DOCUMENT_KINDS: dict[str, list[str]] = POLICY["document_kinds"]
ONE_SERIES_SHAPED: bool = POLICY["options"]["multiple_one_series_shaped"]
ONE_SERIES_TAILS: tuple[str, ...] = tuple(POLICY["options"]["one_series_tails"])


def single_series(ctx: Ctx) -> Draft | str:
    """A series term (the last with a full set of siblings) asked among SINGLE_OPTIONS - 1 siblings."""
    p = ctx.point
    if open_list(ctx):
        return reasons.OPEN_LIST
    if clause_series([s.text for s in p.items]):  # (statements, not terms: option_form)
        return reasons.SERIES_CLAUSES
    if broken_series([s.text for s in p.items]):
        return reasons.SERIES_BROKEN
    if place_roll([s.text for s in p.items], p.sentence.text):  # (which country of a roll the text named is a detail: single_shapes)
        return reasons.PLACE_ROLL
    got = series_target(ctx, SINGLE_OPTIONS - 1)
    if isinstance(got, str):
        return got
    target, wrong = got
    src = ctx.source(p.items[0].start, p.items[-1].end)
    if lookalike(target.text, wrong, src.text):  # one was picked for a character it shares (人事薪酬 for 人工智能)
        got = _kin_target(ctx)
        if got is None:
            return reasons.too_few_siblings(SINGLE_OPTIONS - 1)
        target, wrong = got
    if q := quantifier(target.text):  # (一切 stays in the stem, the bare term is asked: option_form.quantifiers)
        target = Span(target.text[len(q):], target.start + len(q), target.end)
        wrong = _term_wrong(ctx, target)
        if len(wrong) < SINGLE_OPTIONS - 1:
            return reasons.too_few_siblings(SINGLE_OPTIONS - 1)
    if why := doctrine_beside_censure([s.text for s in p.items], wrong):  # (保护主义 among 共产主义、社会主义)
        return f"{reasons.POOR}{why}"
    if not all(persons_only([s.text for s in p.items], w) for w in wrong):  # (组织建设 among 策划者、组织者、骨干分子)
        return f"{reasons.POOR}各项都是人员，错误选项不是，一眼可辨"
    rng = ctx.rng("single", target.text)  # the pick was seeded on its own: true/false questions share it
    return single_draft(src, (target.start, target.end), target.text, wrong, rng, tuple(s.text for s in p.items),
                   DIFFICULTY["single"]["series"])


def _kin_target(ctx: Ctx) -> tuple[Span, list[str]] | None:
    """The series term (the last first) with SINGLE_OPTIONS - 1 wrong options none of which shares a
    single character only with it (single_shapes.lookalike), or None: the single choice's own search
    when the shared one (changes.series_targets, also the true/false swap) found look-alikes."""
    p = ctx.point
    src = ctx.source(p.items[0].start, p.items[-1].end)
    for s in reversed(p.items):
        if shown_elsewhere(s.text, src, [(s.start, s.end)]) or quantifier(s.text):
            continue  # the stem would show the answer (or the term carries the series' quantifier: single_series)
        got = _term_wrong(ctx, s)
        if len(got) == SINGLE_OPTIONS - 1:
            return s, got
    return None


def _term_wrong(ctx: Ctx, s: Span) -> list[str]:
    """Up to SINGLE_OPTIONS - 1 wrong options for the series term ``s``: near siblings of its form and topic,
    none sharing a single character only with it (single_shapes.lookalike)."""
    p = ctx.point
    terms = [t.text[len(quantifier(t.text)):] for t in p.items]
    src = ctx.source(p.items[0].start, p.items[-1].end)
    head, tail = shared_shape(terms)
    topical = series_topic(ctx, s.text)
    return dx.pick(
        s.text, ctx.material.terms, dx.term_candidates(s.text, ctx.material), n=SINGLE_OPTIONS - 1,
        forbidden=terms + cooccurring(ctx.material, s.text), context=src.text, rng=ctx.rng("pick", s.text),
        near_only=True, head=head, tail=tail, apart=ctx.material.co_terms, form=partial_fits(terms),
        topic=lambda c: topical(c) and lookalike(s.text, [c], src.text) is None and not fragment_beside(terms, c),
    )


def single_formulation(ctx: Ctx) -> Draft | str:
    """A formulation asked among real ones of its shape (numbered) or near misses."""
    p = ctx.point
    # a blank before a class noun (（　　）奋斗目标) takes only options the material says before it (slot_head)
    head = head_after(ctx.doc.text, quoted(ctx.doc, p.start, p.end)[1])
    # a unit's own abbreviation used in passing (“两重”项目) is no class with the text's others, unless the text
    # says what it counts or a class noun after it names the class its options share (two goals: 奋斗目标)
    if p.numbered and head is None and not well_known(p.text, ctx.material) and not states_members(ctx.doc.text, p.text):
        return reasons.LOCAL_ABBREVIATION
    pool, extra = formulation_candidates(ctx)
    if p.numbered and (count := NUMERAL_HEAD.match(p.text)):
        # another count (两个维护 beside 五个提高, 两个结合 beside 三个转变, 两个维护 beside 三个定位) is struck out
        # at a glance, even one the material says (session 22's newcomer): only its own count word
        extra = [c for c in extra if c.startswith(count.group())]
    # an unnumbered formulation takes only those sharing its first or last character (美丽乡村 for
    # 无废乡村): any other slogan of the text (化工一条江, 最美母亲河) is of another kind at a glance
    fit = None if head is None else fits(ctx.material.says, head)
    return _single_named(ctx, p.start, p.end, pool, extra, near_only=not p.numbered, fit=fit)


def single_document(ctx: Ctx) -> Draft | str:
    """A document title asked among the other titles of the material of its kind (policy.yaml document_kinds: a
    book among books, a regulation among regulations), in 《》."""
    p = ctx.point
    kind = document_kind(p.text)
    fit = None if kind is None else (lambda w: document_kind(w) == kind)
    return _single_named(ctx, p.start, p.end, ctx.material.documents, dx.modifier_edits(p.text, ctx.material), book=True,
                         fit=fit)


def document_kind(title: str) -> str | None:
    """The kind policy.yaml's document_kinds gives ``title`` by its ending (《》 and a trailing （试行） aside), or None."""
    t = re.sub(r"[（(][^（）()]*[）)]$", "", title.strip("《》"))
    return next((k for k, ends in DOCUMENT_KINDS.items() if t.endswith(tuple(ends))), None)


def single_fact(ctx: Ctx) -> Draft | str:
    """The place (else the date) of a fact asked among other places (dates)."""
    t = fact_target(ctx)
    if t is None:
        return _single_figure(ctx) or reasons.FACT_NOTHING_TO_ASK
    return _single_named(ctx, *t)


def _single_figure(ctx: Ctx) -> Draft | None:
    """The figure the fact's cloze blanks (城镇新增就业______以上) among a ladder of its unit (figure_choice), or
    None: a target or statistic a teacher asks as a choice too, where a fact with no place or date had none."""
    cloze = cloze_fact(ctx)
    if isinstance(cloze, str) or len(cloze.blanks) != 1 or fact_number(cloze.blanks[0].text) is None:
        return _single_deadline(ctx)
    blank, src = cloze.blanks[0], cloze.source
    if fact_number(blank.text).group() != blank.text or title_sentence(ctx.doc, ctx.point.article, src.text):
        return None
    if not choice_figure(src.text, blank.start, blank.end):
        return None  # (a review's secondary statistic: its cloze asks it, four options would make it weigh more)
    rng = ctx.rng("single", blank.text)
    wrong = figure_ladder(blank.text, src.text, SINGLE_OPTIONS, rng.rank("place") % SINGLE_OPTIONS, src.text[: blank.start],
                         src.text[blank.end:])
    if wrong is None:
        return _single_deadline(ctx)
    ab = (src.start + blank.start, src.start + blank.end)
    return single_draft(src, ab, blank.text, wrong, rng, (blank.text,), DIFFICULTY["single"]["named"])


def _single_deadline(ctx: Ctx) -> Draft | None:
    """The time limit of a rule (自收到之日起15日内) among the limits its unit is set in (figure_choice.deadline_ladder),
    or None: the fact's first figure is no limit, or blanked with its bound (15日内) it is no blank a writer makes
    (ask_cloze.refused: a cut word, trivia)."""
    p = ctx.point
    m = fact_number(ctx.doc.text[p.start : p.end])
    if m is None:
        return None
    src = ctx.source(p.start, p.end)
    a, b = p.start + m.start(), p.start + m.end()
    if not (src.start <= a and b <= src.end):
        return None
    s, e = a - src.start, b - src.start
    bound = next((w for w in DEADLINE_BOUNDS if src.text.startswith(w, e)), None)
    if bound is None or refused(ctx.doc.text, src, a, b + len(bound)):
        return None
    rng = ctx.rng("single", m.group())
    wrong = deadline_ladder(m.group(), src.text, src.text[e:], rng.rank("place"), SINGLE_OPTIONS)
    if wrong is None:
        return None
    return single_draft(src, (a, b), m.group(), wrong, rng, (m.group(),), DIFFICULTY["single"]["named"])



def _single_named(
    ctx: Ctx, a: int, b: int, pool: dx.Pool, extra: list[str], near_only: bool = False, book: bool = False,
    fit: Callable[[str], bool] | None = None,
) -> Draft | str:
    """The text at [a, b) asked among SINGLE_OPTIONS - 1 drawn from ``pool`` and ``extra`` (only those
    ``fit`` accepts, when given)."""
    doc = ctx.doc
    need = SINGLE_OPTIONS - 1
    answer = doc.text[a:b]
    src = ctx.source(a, b)
    if title_sentence(doc, ctx.point.article, src.text):
        return reasons.TITLE_STEM
    # formulations said in the sentence are excluded as context
    rng = ctx.rng("single", answer)
    # a date code (1·24, an event named by its day) is of another kind beside a code (1269): never drawn
    forbidden = [c for c in (*pool.items, *extra) if date_code(answer, [c])] if any(ch.isdigit() for ch in answer) else []
    wrong = dx.pick(answer, pool, extra, n=need, forbidden=forbidden, context=src.text, rng=rng, near_only=near_only,
                    topic=fit)
    if frame_of(answer) is not None:  # a 以…为 answer gets 以…为 wrong options or none (odd_option.odd_frame)
        wrong = [w for w in wrong if frame_of(w) == frame_of(answer)]
    if len(wrong) < need:  # (before the blank is placed: most drafts stop here)
        return reasons.too_few_found(need, len(wrong))
    if book:
        answer, wrong = f"《{answer}》", [f"《{w}》" for w in wrong]
    wa, wb = quoted(doc, a, b)
    # 简称“千万工程”） -> 简称（　　）） doubles a bracket: keep the quotes then
    if not DOUBLED.search(blanked(src, [(wa, wb)], PAREN)):
        a, b = wa, wb
    return single_draft(src, (a, b), answer, wrong, rng, (answer,), DIFFICULTY["single"]["named"])


def single_draft(
    src: Span, ab: tuple[int, int], answer: str, wrong: list[str], rng: Draws, key: tuple[str, ...], difficulty: float
) -> Draft:
    """A single choice on ``src`` with ``ab`` blanked: ``answer`` among the ``wrong`` options, shuffled by ``rng``."""
    options, letters = shuffle([answer], wrong, rng)
    return Draft(
        source=src,
        answer=letters,
        key=key,
        options=options,
        difficulty=difficulty,
        values={"blanked": blanked(src, [ab], PAREN), "answer": answer},
    )



def multiple_series(ctx: Ctx) -> Draft | str:
    """Up to MULTIPLE_RIGHT terms of a series and up to MULTIPLE_WRONG (at least MULTIPLE_WRONG_MIN) wrong ones."""
    p = ctx.point
    src = ctx.source(p.items[0].start, p.items[-1].end)
    if not (src.start <= p.items[0].start and p.items[-1].end <= src.end):
        return reasons.TERMS_NOT_IN_ONE_SENTENCE
    terms = [s.text for s in p.items]
    if any(unbalanced(t) for t in terms):
        return reasons.TERM_QUOTES_CUT
    if open_list(ctx):
        return reasons.OPEN_LIST
    if any(misspelt(t, ctx.material.lexicon) for t in terms):  # (a typo keyed is read as a trick: 实事求事)
        return reasons.TERM_MISSPELT
    if clause_series(terms):  # (statements, not terms: option_form)
        return reasons.SERIES_CLAUSES
    if broken_series(terms):
        return reasons.SERIES_BROKEN
    if place_roll(terms, ctx.point.sentence.text):
        return reasons.PLACE_ROLL
    if paired(ctx.doc.text, [(s.start, s.end) for s in p.items], shared_shape(terms)[1]):
        return reasons.SERIES_PAIRED  # (options would split 当前利益和长远利益: multi_shapes.paired)
    if len(terms) > MULTIPLE_RIGHT:
        # the stem blanks the whole series, so every term must be keyed: five blanked and four keyed
        # leaves the fifth (普遍安全, 基本路线) nowhere, and a learner who knows the list cannot answer
        return reasons.SERIES_TOO_LONG
    rng = ctx.rng("choose")
    right = terms
    wrong = _series_wrong(ctx, src, terms, right, rng)
    if len(wrong) < MULTIPLE_WRONG_MIN:
        return reasons.too_few_siblings(MULTIPLE_WRONG_MIN)
    options, letters = shuffle(right, wrong, rng)
    ab = balanced(ctx.doc, p.items[0].start, p.items[-1].end, src)
    if ab is None:
        return reasons.TERM_QUOTES_UNPAIRED
    if fragment_stem(stem := blanked(src, [ab], PAREN)):  # (追求目标的（　　）。 is no question: session 19)
        return f"{reasons.POOR}{reasons.STEM_FRAGMENT}"
    return Draft(
        source=src,
        answer=letters,
        key=tuple(terms),
        options=options,
        difficulty=DIFFICULTY["multiple"]["series"],
        values={"blanked": stem, "answer": "、".join(right)},
    )


def _series_wrong(ctx: Ctx, src: Span, terms: list[str], right: list[str], rng: Draws) -> list[str]:
    """The wrong options of a multiple choice on a series: none a right answer beside another term."""
    forbidden = terms + [x for t in terms for x in cooccurring(ctx.material, t)]
    # the single-choice question's distractors, when none is a right answer next to another term of the series
    full, partial = series_targets(ctx)
    found = (full or partial or (None, []))[1]
    # a wrong option as long as some right one: among four-character terms a three-character one
    # (更光荣 beside 清洁美丽、共同繁荣) is the odd one out at a glance
    lo, hi = min(map(len, right)), max(map(len, right))
    form = partial_fits(right)  # the right options' form: 大科学中心 beside 政治上关怀、工作上支持 stands out
    fits = lambda w: lo <= len(w) <= hi and form(w) and not any(w == f or w in f or f in w for f in forbidden)  # noqa: E731
    wrong = by_marks(right, [w for w in found if fits(w)])[:MULTIPLE_WRONG]
    if not wrong:
        near_misses = dx.term_candidates(terms[-1], ctx.material)
        head, tail = shared_shape(terms)
        wrong = [w for w in dx.pick(
            terms[-1], ctx.material.terms, near_misses, n=MULTIPLE_WRONG, forbidden=forbidden, context=src.text,
            rng=rng, near_only=True, head=head, tail=tail, apart=ctx.material.co_terms,
            topic=series_topic(ctx, terms[-1]),  # never a stranger that shares a character (古风)
        ) if fits(w)]
    if max(map(len, right)) <= SHORT_TERM:
        # two-character keys (重视、关心、爱护; 政协、人大) take only their siblings: a word sharing one character
        # with a key (爱国, 维护; 政策, 政治) is of another kind or makes no sense in the sentence
        kin = {k for r in right for k in (*ctx.material.co_terms.get(r, ()), *_siblings(ctx, r))}
        wrong = [w for w in wrong if w in kin]
    if known_series(ctx.material.lexicon, right):
        # a series the lexicon knows takes only its siblings (series_kin: 基本纲领 beside 基本路线, never 基本养老),
        # those the pick found first, then the lexicon's others that fit and the sentence does not show
        kin = kin_of(ctx.material.lexicon, right, *shared_shape(terms))
        if not kin:
            kin = closed_kin(ctx.material.lexicon, right, wrong, *shared_shape(terms))
        wrong = [w for w in wrong if w in kin]
        if all(t in ctx.material.lexicon.words for t in right):  # (a key the lexicon does not hold may be cut
            # wrong, 农村革命根据地建设三者: its siblings would only make a broken series askable)
            wrong += [k for k in kin if k not in wrong and k not in src.text and fits(k)][:MULTIPLE_WRONG - len(wrong)]
    elif len(wrong) > 1 and all(w in ctx.material.co_terms.get(wrong[0], ()) for w in wrong[1:]) \
            and not _shaped_kin(terms, wrong):
        wrong = wrong[:1]  # wrong options all of one series are three of a kind (see dx.pick)
    # a count (三中、四中全会) takes only wrong options that count too (odd_option.odd_numeral), and none is
    # a name among terms or of no right option's kind (odd_class), nor of another kind of thing
    # (option_kinds: 武则天 beside 碧水、净土)
    return [w for w in wrong if odd_numeral(right, [w]) is None and name_among_terms(right, [w]) is None
            and doctrine_beside_censure(right, [w]) is None and stray_wrong("multiple", "", right, [w]) is None and not option_kind_findings(src.text, right, [w], whole=False)
            and multi_fits(right, w) and wrong_ok(ctx.doc.text, ctx.material.lexicon, right, w)
            and not fragment_beside(right, w) and persons_only(right, w)]  # (no words cut from a clause, option_form)


def _shaped_kin(terms: list[str], wrong: list[str]) -> bool:
    """Whether the wrong options, all of one other series, may stand together beside the series ``terms``
    (policy.yaml options.multiple_one_series_shaped): the keys share an affix (…性, …权, …化) and so does every
    wrong option, so the options read as one class (表达权、参与权、监督权、知情权 beside 休息权、教育权)."""
    if not ONE_SERIES_SHAPED:
        return False
    head, tail = shared_shape(terms)
    if not (head or len(tail) >= 2 or tail in ONE_SERIES_TAILS):  # (一 character such as 法 makes no class)
        return False
    return all(w.startswith(head) and w.endswith(tail) for w in wrong)


def _siblings(ctx: Ctx, term: str) -> tuple[str, ...]:
    """The lexicon's siblings of ``term`` (none without a lexicon)."""
    lex = ctx.material.lexicon
    return tuple(lex.siblings(term)) if lex is not None else ()
