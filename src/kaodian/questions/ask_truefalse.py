"""判断题 drafts, one function per point kind: the source sentence as is (对), or, wherever a
controlled change can be made, with that change (错, the true sentence in the explanation).

False wherever a change can be made; ``generate`` then turns some back, by the
seed, so that a document's answers are not mostly 错 (many sentences offer no
change: in a short talk with few numbers, formulations or series most answers stay 对).
"""

from __future__ import annotations

import re

from ..model import Span
from ..text import common_prefix, common_suffix
from . import distractors as dx
from .false_dates import detail_date, false_date_edits, fixed_year
from .false_meetings import meeting_change
from .false_pairs import contrast_swap, counterpart_swap, slot_swap
from .false_roles import role_swap
from .believable import NUMERALS, SHARED_CHARACTER_SWAP, numbered_swap
from .falsehood import cut_to_change, echoed, embedded, kin_swap, listed_member, name_fits, open_change, quality_swap
from .plausible import implausible, kept_true
from .swap_point import defining, foreign_class, lexicon_siblings, listed_alongside, timeless_period
from .definition import defined_change
from .order_swap import order_swap
from .tf_first import changed_kind
from .tf_statement import gapped, in_title, note_label, printed_statement
from .tf_worth import change_why, first_claim_change, known_formulation, minor_number, refuted
from .trivia import arguable_change
from . import reasons
from .changes import SHORT_TERM, fact_target, numbered_swaps, sentence_change, series_target
from .drafting import SINGLE_OPTIONS, Ctx, Draft, cooccurring, open_list, shared_shape, statement_source
from .identity import identity
from .policy import DIFFICULTY, POLICY
from .sentence import alternate_quotes, end_sentence, replace
from .parallel import SWAP_FORM_LINT, breaks, series_form
from .vocab import load_vocab

Change = tuple[int, int, str]  # replace [start, end) of the document text by the string
FALSE_COPY_MAX: int = POLICY["false_copy_max"]  # see policy.yaml


def truefalse_series(ctx: Ctx) -> Draft | str:
    """A series term swapped for a sibling (the single-choice question's pick when it found one)."""
    p = ctx.point
    src = statement_source(ctx)
    # a term swapped into a list that goes on may still be true: its terms stay as they are
    if open_list(ctx):
        return _truefalse(ctx, src, None, keep=(p.items[0].start, p.items[-1].end))
    change = None
    got = series_target(ctx, SINGLE_OPTIONS - 1, formed=SWAP_FORM_LINT)
    if isinstance(got, str):
        got = series_target(ctx, 1, formed=SWAP_FORM_LINT)
    if not isinstance(got, str):
        term, siblings = got
        if not any(shared_shape([s.text for s in p.items])):
            # no sibling is of a shapeless series' kind: one that keeps two of the term's
            # characters at an end may mean the same (信息数据 -> 大数据)
            siblings = [w for w in siblings
                        if len(common_prefix([w, term.text])) < 2 and len(common_suffix([w, term.text])) < 2]
        vocab = load_vocab()
        kin = ctx.material.lexicon.siblings(term.text) if ctx.material.lexicon is not None else ()
        if len(term.text) <= SHORT_TERM or term.text in vocab.core_terms or term.text in vocab.negative_terms:
            # a two-character term has too little to tell its class by (勇气 -> 天然气, 道路 -> 铁路), and a
            # core term or a term of censure swapped for any other is absurd (社会主义 -> 唯心主义, 封建主义
            # -> 享乐主义): each takes only a sibling the lexicon gives it
            # (or, for a short term, one of the series' own form where the series shares a character:
            # 信心 of 信仰、信念、信心 -> 信息 keeps what tells its kind; only while policy.yaml
            # shared_character_swap says so: a teacher rejects it, believable.formed_only)
            form = series_form([s.text for s in p.items])
            shaped = (SHARED_CHARACTER_SWAP and len(term.text) <= SHORT_TERM and any(form.marks)
                      and form.length is not None)
            siblings = [w for w in siblings if w in kin or (shaped and breaks(form, w) is None)]
        # a longer swap keeps the term's class (falsehood.kin_swap): 人投诉请求 -> 人工用火术 is no statement
        # (a short term's swaps are decided above)
        if len(term.text) > SHORT_TERM:
            siblings = [w for w in siblings if kin_swap(term.text, w, kin)]
        # nor a term the lexicon files in another class (冰雪经济 among 银发经济、亲子经济 -> 国营经济: swap_point)
        items, known = [s.text for s in p.items], lexicon_siblings(ctx.material)
        siblings = [w for w in siblings if not foreign_class(term.text, w, items, known)]
        # nor one the genre lists beside the series' other terms: the statement may hold of it too (swap_point)
        siblings = [w for w in siblings if not listed_alongside(w, [t for t in items if t != term.text], known)]
        if not siblings and len(term.text) > SHORT_TERM and any(shared_shape([s.text for s in p.items])):
            # the lexicon's siblings of the term that the series and the sentence do not say (a shapeless
            # series takes none: a sibling that shares two characters with its term may mean the same)
            # (nor one that stands beside the term in a series anywhere, as series_target keeps them out)
            said = {s.text for s in p.items} | set(cooccurring(ctx.material, term.text))
            siblings = [w for w in kin if w not in said and w not in src.text and kin_swap(term.text, w, kin)]
        # (nor one a teacher would not print in the term's place, tf_worth.change_why: the next sibling may do)
        text = ctx.doc.text
        siblings = [w for w in siblings if change_why(term.text, w, text[max(0, term.start - 8):term.start],
                                                      text[term.end:term.end + 10]) is None]
        if siblings:
            change = (term.start, term.end, siblings[0])
    return _truefalse(ctx, src, change)


def truefalse_formulation(ctx: Ctx) -> Draft | str:
    """A numbered formulation swapped for another real one of the same shape, never an invented number."""
    p = ctx.point
    src = statement_source(ctx)
    change = None
    if p.numbered and defining(ctx.doc.text, p.start, p.end):  # (a slot that says what it alone is: swap_point.defining)
        # (never one of another count or shape: 某某战略 -> 三严三实 is of another field, a name the text never
        # gives, and a blind teacher could not judge it from the text, session 12: believable.numbered_swap)
        cands = [c for c in numbered_swaps(ctx, p.text) if name_fits(ctx.doc.text, p.end, c) and numbered_swap(p.text, c) is None]
        got = dx.pick(
            p.text, dx.EMPTY, cands, n=1, forbidden=[],
            context=src.text, rng=ctx.rng("truefalse", *ctx.place),
        )
        if got:
            change = (p.start, p.end, got[0])
    return _truefalse(ctx, src, change, how="formulation")


def truefalse_fact(ctx: Ctx) -> Draft | str:
    """A fact's place or date moved."""
    src = statement_source(ctx)
    change = None
    t = fact_target(ctx)
    if t is not None:
        a, b, pool, extra = t
        if dx.DATE.fullmatch(ctx.doc.text[a:b]):
            # never a year off by one (see FALSE_YEAR_SHIFT); the first, which stays within the story's years
            extra = false_date_edits(ctx.doc.text[a:b], ctx.doc.text, src.text)[:1]
        got = dx.pick(ctx.doc.text[a:b], pool, extra, n=1, forbidden=[], context=src.text,
                      rng=ctx.rng("truefalse", *ctx.place))
        if got:
            change = (a, b, got[0])
    # (a date or figure moved is a figure change; a place moved is not trusted: tf_first.yaml)
    how = changed_kind(ctx.doc.text[change[0]:change[1]]) if change is not None else "series"
    return _truefalse(ctx, src, change, how="figure" if how == "figure" else "place")


def truefalse_statement(ctx: Ctx) -> Draft | str:
    """A key statement's sentence, with its defined term put as a lexicon sibling (definition.defined_change),
    else a change of its formulations, series terms, dates or numbers."""
    src = statement_source(ctx)
    return _truefalse(ctx, src, defined_change(ctx, src.start, src.end), how="definition")


def truefalse_quote(ctx: Ctx) -> Draft | str:
    """A quote asked as its quoted words only: the sentence around them repeats the speaker and the
    speech verb that the template adds (习近平总书记指出：习近平总书记指出：“…”)."""
    p = ctx.point
    src = statement_source(ctx)
    values = {"statement": alternate_quotes(end_sentence(f"“{p.text.strip('“”')}”")), "truth": end_sentence(src.text),
              "speaker": speaker_phrase(p.speaker)}
    return _truefalse(ctx, src, None, values=values)


def _truefalse(
    ctx: Ctx, src: Span, change: Change | None, keep: tuple[int, int] | None = None, values: dict | None = None,
    how: str = "series",
) -> Draft | str:
    """The true draft on ``src``, or the false one made by ``change`` (else by a change of the
    sentence, see changes.sentence_change), with the true one kept beside it; why there is none when the
    material itself rejects the sentence (tf_worth.refuted) or it is a fill-in exercise's, with gaps
    (tf_statement.gapped), or a study note's label heads it (tf_statement.note_label).  The statement is printed
    whole and standalone (tf_statement.printed_statement)."""
    if refuted(ctx.doc.text, src.end):
        return reasons.REFUTED
    if gapped(ctx.doc.text, src.start, src.end):
        return reasons.GAPPED
    if note_label(src.text):
        return reasons.NOTE_LABEL
    if change is not None and _doubtful(ctx.doc.text, change):
        change = None
    if change is None:
        # a point of its own kind gave no change: one of the sentence's formulations, series terms,
        # dates or numbers may
        change = sentence_change(ctx, src, keep)
        if change is not None and _doubtful(ctx.doc.text, change):
            # (the sentence's next term or figure may make a clean change)
            again = sentence_change(ctx, src, change[:2]) if keep is None else None
            change = again if again is not None and again != change and not _doubtful(ctx.doc.text, again) else None
        how = changed_kind(ctx.doc.text[change[0]:change[1]]) if change is not None else how
    if change is None and (swap := role_swap(ctx.doc.text, src.start, src.end)) is not None:
        change, how = (None if _doubtful(ctx.doc.text, swap) else swap), "role"  # (甲是基础，乙是关键 -> 乙是基础: the text's own roles)
    if change is None and (moved := meeting_change(ctx.doc.text, src.start, src.end)) is not None:
        change, how = (None if _doubtful(ctx.doc.text, moved) else moved), "meeting"  # (某大提出甲 -> 前一届提出甲: which meeting did it)
    if change is None and (swap := order_swap(ctx.doc.text, src.start, src.end)) is not None:
        change, how = (None if _doubtful(ctx.doc.text, swap) else swap), "order"  # (甲认识依赖于乙认识: the two put the other way round)
    if change is None and (first := first_claim_change(ctx.doc.text, src.start, src.end)) is not None:
        change, how = (None if _doubtful(ctx.doc.text, first) else first), "first_claim"  # (第一次把X作为…: X, never 第一次)
    if change is None and (swap := contrast_swap(ctx.doc.text, src.start, src.end)) is not None:
        change, how = (None if _doubtful(ctx.doc.text, swap) else swap), "contrast"  # (是A，而不是B -> 是B，而不是A: false_pairs)
    if change is None and (swap := slot_swap(ctx.doc.text, src.start, src.end)) is not None:
        change, how = (None if _doubtful(ctx.doc.text, swap) else swap), "slot"  # (以甲为主题，以乙为主线 -> 以乙为主题…: false_pairs)
    if change is None and (swap := counterpart_swap(ctx.doc.text, src.start, src.end)) is not None:
        change, how = (None if _doubtful(ctx.doc.text, swap) else swap), "counterpart"  # (最高理想 -> 共同理想 in a 是-statement: false_pairs)
    old = ctx.doc.text[change[0]:change[1]] if change is not None else ""
    if values is None:
        values = {"statement": printed_statement(src.text, old), "truth": end_sentence(src.text)}
    tf = DIFFICULTY["truefalse"]
    true = Draft(source=src, answer=("对",), key=identity(ctx), options=("对", "错"), difficulty=tf, values=values)
    if change is not None and src.start <= change[0] and change[1] <= src.end:
        a, b, new = change
        # a statement cut to the clause of its change is turned back true as cut (generate balances 对 and
        # 错): the whole long sentence copied true is a statement a teacher rejects
        cut = cut_to_change(src.text, b - src.start)
        if cut != src.text:
            values = {**values, "statement": printed_statement(cut, old)}
            true = Draft(source=src, answer=("对",), key=true.key, options=true.options, difficulty=tf, values=values)
        # a long statement is cut to the clauses up to its change: one claim to judge (falsehood.cut_to_change)
        changed = cut_to_change(replace(src.text, [(a - src.start, b - src.start, new)]), a - src.start + len(new))
        statement = printed_statement(changed, new)
        if echoed(statement, ctx.doc.text[a:b], new):
            return true  # the statement still says what the old term said: false at a glance
        if len(statement) > FALSE_COPY_MAX:
            return true  # a passage to search for its change (policy.yaml false_copy_max); its copy is too long too
        values = {"statement": statement, "truth": end_sentence(src.text), "change": f"“{ctx.doc.text[a:b]}”误作“{new}”"}
        return Draft(source=src, answer=("错",), key=true.key, options=true.options, difficulty=tf, values=values,
                     true_draft=true, how=how)
    return true


def _doubtful(text: str, change: Change) -> bool:
    """Whether ``change`` of ``text`` may leave its statement true: one quality for another, or a term of
    an open list (falsehood.quality_swap, falsehood.open_change); or whether it changes a word of a set
    phrase, not what the statement is about, or one member of a list its clause says (falsehood.embedded,
    falsehood.listed_member: a term, never a figure or a numbered formulation, which name_fits and the figure
    rules judge); or whether no learner would believe it
    (plausible.implausible: a term turned into its contrary, a modifier phrase for another), or it renames a
    title (tf_statement.in_title: 《…2035年远景目标纲要》) or a date that is a detail (false_dates.detail_date),
    or it stays true
    (plausible.kept_true: a bound moved the way that keeps it true; swap_point.timeless_period: a period put for
    its neighbour in a judgement that holds of both)."""
    a, b, new = change
    term = text[a:b]
    if change_why(term, new, text[max(0, a - 8):a], text[b:b + 10]) is not None or minor_number(text, a, b):
        return True  # common sense exposes it, a rote tally, or a detail's number (tf_worth)
    if known_formulation(term, text[max(0, a - 8):a], text[b:b + 10]):
        return True  # a term of a formulation every learner knows (以经济建设为中心: tf_worth)
    if detail_date(text, a, b):
        return True  # the day a document was issued or a meeting held, a day's date: a detail (false_dates)
    if fixed_year(text, a, b, new):
        return True  # a year the rest of its sentence fixes (an anniversary, a range's end): false at a glance
    if arguable_change(text, a, b, new):
        return True  # the subject of a maxim said of all its siblings, or a side of a mutual relation (trivia)
    return quality_swap(text, *change) or open_change(text, a, b) or in_title(text, a, b) or (
        implausible(term, new) is not None) or (
        timeless_period(text, a, b, new)) or (
        kept_true(text, a, b, new) is not None) or (
        _CJK_TERM.fullmatch(term) is not None and term[0] not in NUMERALS and (
            embedded(text, a, b) or listed_member(text, a, b)))


_CJK_TERM = re.compile(r"[\u4e00-\u9fff]+")


def speaker_phrase(speaker: str) -> str:
    """Who said a quote, without the speech verb the extractor may leave on it (习近平总书记强调指出 ->
    习近平总书记); empty when what is left is not a short name phrase."""
    s = speaker.strip().rstrip("，,：:")
    changed = True
    while changed:
        changed = False
        for v in load_vocab().speech_verbs:
            if s.endswith(v) and len(s) > len(v):
                s, changed = s[: -len(v)], True
    # a speaker is a name phrase (邓小平同志, 习近平总书记): punctuation or a long run is a clause, and a
    # person word (习书记对我说 -> 我) is the one spoken to or the narrator, never who is quoted
    if not s or len(s) > 12 or any(c in s for c in "，。；：“”‘’！？、") or s[-1] in PERSON_WORDS:
        return ""
    # 全党, 全国人民, 全军: the audience a speaker addresses (向全党庄严宣告：“…”), never who is quoted
    if s[0] == "全" and len(s) <= 4:
        return ""
    return s


# The last character of a speaker phrase that makes it no name: a personal pronoun (我, 我们, 他们).
PERSON_WORDS = "我你您他她们"
