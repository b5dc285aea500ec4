"""填空题 drafts, one function per point kind: each finds the spans to blank and ``_finish`` checks
and blanks them within CLOZE_SHARE of the sentence.  An enumeration's item blanks are found in
``enumeration_blanks``, a key statement's in ``statement_blanks``; which candidate blanks one stem keeps (``fit``, ``one_side``, ``less_blanks``) in ``cloze_fit``."""

from __future__ import annotations

from .. import segment
from ..model import Blank, Point, Span
from ..text import common_prefix, common_suffix
from . import distractors as dx
from . import reasons
from .blank_choice import (counts_one, filler, key_blanks, key_concept, slight_alone, object_only, one_of_titles, opens_count,
                           subject_blank, whole_quote, whole_term, with_one_of_head, without_connective, without_determiner,
                           without_manner_verb, without_verb, yi_wei_value)
from .blank_pairs import one_of_each_answer, series_mate, thin_clause
from .blank_shapes import MAX_BLANKS, adverb_opening, half_of_term, members_before, old_wording, unasked_series, whole_ordinal
from .cloze_fit import bare_opening, fit, less_blanks, one_side
from .enumeration_blanks import enumeration_blanks
from .blanks import fact_number, fact_place, trivial_figure
from .figure_choice import ladder_extent
from .identity import cloze_key
from .parallel_stems import MIN_CLAUSE, parallel_elsewhere, with_next_sentence
from .drafting import CLOZE_SHARE, Ctx, Draft, balanced, blanked, shown_elsewhere
from .unique_answers import unique_blanks, with_repeats
from .option_form import uneven_series
from .lint import blank_problem, cuts_numeral
from .note_shapes import evaluation_blank
from .trivia import review_statistic, setting_place, subject_word
from .policy import POLICY, cloze_difficulty
from .sentence import BLANK, CLOSE_QUOTES, OPEN_QUOTES, width_variants
from .statement_blanks import category_name, first_term, head_term, statement_subject, up_to_clause

# A series of terms no longer than this is one blank: the public banks blank such a series whole
# (系统性、整体性、协同性) five times as often as term by term (policy.yaml)
SERIES_WHOLE: int = POLICY["series_whole_max"]
# ... and of no more terms than this: five terms in one blank, in their order, cannot be marked
SERIES_WHOLE_ITEMS: int = POLICY["series_whole_items"]
# The longest affix a series' terms share and its blanks leave out (政治|判断力, 主体|责任, 民族|的文化)
SERIES_AFFIX_MAX = 3
# How many terms of an open series (…等) are blanked (policy.yaml)
SERIES_BLANKS_OPEN: int = POLICY["series_blanks_open"]
# What after a series leaves it open: more members than it names (工会、共青团、妇联等)
_OPEN_AFTER = ("等", "……")


def cloze_named(ctx: Ctx) -> Draft | str:
    """The formulation or document title blanked, unless it is one of a run of names said once."""
    p = ctx.point
    if one_of_titles(ctx, p.start, p.end):
        return reasons.SIBLING_NAME
    return _finish(ctx, ctx.source(p.start, p.end), [(p.start, p.end)])


def cloze_series(ctx: Ctx) -> Draft | str:
    """A series of short terms blanked whole (一体推进______: 不敢腐、不能腐、不想腐), else its terms
    (order-free when several), without the affix they share."""
    p = ctx.point
    src = ctx.source(p.items[0].start, p.items[-1].end)
    whole = (p.items[0].start, p.items[-1].end)
    if (max(len(s.text) for s in p.items) <= SERIES_WHOLE and len(p.items) <= SERIES_WHOLE_ITEMS
            and src.start <= whole[0] and whole[1] <= src.end
            and not blank_problem(src.text, whole[0] - src.start, whole[1] - src.start)):
        draft = _finish(ctx, src, [whole])
        if not isinstance(draft, str):
            return draft  # else too long for its sentence whole (持续打好蓝天、碧水、净土保卫战): its terms
    if why := unasked_series(src.text, whole[0] - src.start, whole[1] - src.start):
        return why  # (学习、研究和运用|马克思主义, 世界观、人生观…: no concept, whole or one by one)
    if uneven_series([s.text for s in p.items]):
        return reasons.SERIES_UNEVEN  # (发布某某、某某: 某某 is the verb's object too; option_form.uneven_series)
    spans = _series_blanks(p, src)
    if not isinstance(spans, str) and any(blank_problem(src.text, a - src.start, b - src.start) for a, b in spans):
        spans = _series_blanks(p, src, keep_affix=False)
    if isinstance(spans, str):
        return spans
    return _finish(ctx, src, spans, order_free=len(spans) > 1)


def cloze_enumeration(ctx: Ctx) -> Draft | str:
    """The key term of each item of an enumeration blanked."""
    got = enumeration_blanks(ctx)
    if isinstance(got, str):
        return got
    return _finish(ctx, *got)


def cloze_statement(ctx: Ctx) -> Draft | str:
    """A key statement's key phrases (…的必由之路), then its subject (团结奋斗是…), blanked, a count
    among them first; a key sentence's concepts name their subject already."""
    p = ctx.point
    if not p.items:
        return reasons.STATEMENT_WITHOUT_KEY
    src = ctx.source(min(i.start for i in p.items), max(i.end for i in p.items))
    src = up_to_clause(src, p.items[0])
    spans = [ab for s in p.items if src.start <= s.start and s.end <= src.end
             and not trivial_figure(src, *(ab := head_term(*first_term(s, src), ctx.doc.text, src)))]
    # (a subject X是 blanked is narrowed past a hollow head, or not blanked when 是 says a quality of it; a key
    # phrase that starts or ends inside a number, 二百一十|万野战军, is none: the statement's other one is asked)
    spans = [ab if ctx.doc.text[ab[1] : ab[1] + 1] != "是" else subject_blank(ctx.doc.text, *ab, 0) for ab in spans]
    if not (spans := [ab for ab in spans if ab is not None and not cuts_numeral(ctx.doc.text, *ab)]):
        return reasons.STATEMENT_WITHOUT_KEY
    if p.rule == "statement" and (subject := statement_subject(src, min(a for a, _ in spans))) is not None:
        spans.append(subject)
    # a count is what a rule asks first (留党察看最长不超过______): when not every blank fits, it does
    spans.sort(key=lambda ab: not opens_count(ctx.doc.text, *ab))
    # a subject that only names the category its value fills (新民主主义的经济纲领|是：…, 我国的国体|是…): the public
    # banks blank the value, never it; another concept of the statement is asked when it has one
    spans = [ab for ab in spans if not category_name(ctx.doc.text, *ab)] or spans
    if p.rule != "statement":  # (a statement pattern's point has no second point to ask the other side)
        spans = one_side(ctx.doc.text, spans)
    draft = _finish(ctx, src, spans)
    if not isinstance(draft, str) and parallel_elsewhere(ctx.doc.text, src, draft.blanks):
        # ——X是______的光辉榜样。 four times over: the sentence after it tells which one is asked
        wider = with_next_sentence(ctx, src)
        if wider is not None and not isinstance(again := _finish(ctx, wider, spans), str):
            draft = again
    return draft


def cloze_fact(ctx: Ctx) -> Draft | str:
    """The date, the place, then a number of a dated fact blanked: what a question writer blanks."""
    p = ctx.point
    src = ctx.source(p.start, p.end)
    spans = []
    seg = ctx.doc.text[p.start : p.end]
    if m := dx.DATE.search(seg):
        spans.append((p.start + m.start(), p.start + m.end()))
    if at := fact_place(seg, dx.PLACE):
        spans.append((p.start + at[0], p.start + at[1]))
    if m := fact_number(seg):
        # (a rung of a ladder, 连跨5万亿元、6万亿元两个台阶, is blanked with the other rungs: one tells the next)
        number = tuple(p.start + x for x in ladder_extent(seg, m.start(), m.end()))
        # a number right after the date (由2003年5431元…) is the point, the date its cue: two blanks
        # never touch
        spans = [ab for ab in spans if ab[1] != number[0] and ab[0] != number[1]] + [number]
    # the day of a visit, a statistics cut-off, the number of visitors: trivia, never blanked
    spans = [(a, b) for a, b in spans if not trivial_figure(src, a, b)]
    if not spans:
        return reasons.FACT_NOTHING_TO_BLANK
    return _finish(ctx, src, spans)


def _finish(ctx: Ctx, src: Span, spans: list[tuple[int, int]], order_free: bool = False) -> Draft | str:
    """The cloze draft blanking ``spans`` of ``src``, most important first, or why there is none."""
    doc = ctx.doc
    if not all(src.start <= a and b <= src.end for a, b in spans):
        return reasons.POINT_NOT_IN_SOURCE
    spans = [whole_quote(doc.text, *without_manner_verb(doc.text, *without_connective(doc.text, a, b)), src) for a, b in spans]
    if ctx.point.kind == "statement":
        spans = [_object_or_phrase(doc.text, *yi_wei_value(doc.text, *without_verb(doc.text, a, b)), src) for a, b in spans]
        spans = [with_one_of_head(doc.text, a, b, src.start) for a, b in spans]
    spans = [without_determiner(doc.text, *whole_ordinal(doc.text, a, b)) for a, b in spans]
    # a count of one (过去|一年) names no concept: when it was the statement's best, what is left must be a
    # key concept by itself (best_cut below), never the next word of the frame (回顾|过去, 吃饭聊|家常)
    one_first = bool(spans) and counts_one(doc.text, *spans[0]) and not order_free
    if not (spans := [(a, b) for a, b in spans if not filler(doc.text[a:b], doc.text[b:b + 16]) and not counts_one(doc.text, a, b)]):
        return reasons.BLANK_IS_FILLER  # (加以解决, 归根结底: the sentence's concept is elsewhere or none)
    # a blank takes a quotation whole or none of it
    spans = [w for a, b in spans if (w := balanced(doc, a, b, src)) is not None]
    # a blank falls between words and is no fragment edged by a function word (成果由)
    # a term an amendment drops (将<old>修改为<new>) is no blank, whatever else its series blanks
    old = [(a, b) for a, b in spans if old_wording(src.text, a - src.start, b - src.start)]
    if old and not (spans := [ab for ab in spans if ab not in old]):
        return reasons.BLANK_IS_OLD_WORDING
    # (a blank whose answer is not unique goes: a member of an open list, 加强______。, a generic further one)
    if isinstance(spans := unique_blanks(ctx, src, _whole_terms(ctx, src, spans, order_free), order_free), str):
        return spans
    cut = [(a, b) for a, b in spans if _refused(doc.text, src, a, b, order_free)]
    best_cut = one_first or (bool(spans) and spans[0] in cut and not order_free)
    spans = [ab for ab in spans if ab not in cut]
    if cut and (not spans or order_free):
        return reasons.blank_cuts_words([doc.text[a:b] for a, b in cut])
    if best_cut:
        # the statement's best concept is no blank (取得|重大突破, 在|技术创新方面): what is left stands in
        # only as a key concept by itself, else the cloze asks a word of the sentence's frame (消费需求|变化,
        # 吃饭聊|家常: teachers reject such a stand-in as trivia) and is not asked
        said = [doc.text[a:b] for a, b in spans]
        spans = [ab for i, ab in enumerate(spans) if key_concept(ctx, *ab, said[:i] + said[i + 1 :])]
        if not spans:
            return reasons.blank_cuts_words([doc.text[a:b] for a, b in cut])
    if isinstance(spans := _key_only(ctx, src, spans, order_free), str):
        return spans
    ranked = spans
    spans = fit(spans, src, MAX_BLANKS if not order_free else len(spans))
    src, spans = (src, spans) if order_free else _once(doc.text, src, spans, ranked)  # (学习______…学习______)
    # a quoted name said twice is blanked once, the stem cut to one saying (“四个一批”等计划……纳入“四个一批”人才)
    if isinstance(repeats := with_repeats(ctx, src, spans), str):
        return repeats
    src, spans = repeats
    # a blank whose answer the stem shows elsewhere asks nothing (共建“______”… 第三届“一带一路”…)
    spans = [(a, b) for a, b in spans if not shown_elsewhere(doc.text[a:b], src, spans, words=True)]
    # ... and so does a numbered formulation whose members the stem spells out after it (提高“______”：
    # 一是…广泛性，二是…针对性…) or right before it (废气、废水等“______”): read off the list (答案被题干直接给出)
    spans = [(a, b) for a, b in spans if not (_members_follow(doc.text, a, b, src) or members_before(doc.text[src.start : a], doc.text[a:b]))]
    if not spans:
        return reasons.BLANKS_TOO_LONG_OR_SHOWN
    if len(spans) > 1 and not order_free:
        spans = [ab for ab in spans if not _generic_beside(doc.text, *ab)] or spans
    # a verb with half its object blanked (______的精神文化生活需求 -> 满足农民群众日益增长) breaks the
    # sentence: the blank is no term (teacher review: 挖空割裂原句)
    halves = [ab for ab in spans if _verb_cut_before_de(doc.text, *ab)]
    spans = [ab for ab in spans if ab not in halves]
    if not spans:
        return reasons.blank_half_object([doc.text[a:b] for a, b in halves])
    # two blanks that leave their clause almost empty (______是______的政治), or two members of one series:
    # the less important one goes (teachers: 两个空使题干几乎全空; 任空两项，顺序不限仍有歧义); last, once the
    # checks above have struck what they strike
    if not order_free:
        spans = less_blanks(src, less_blanks(src, spans, ranked, thin_clause), ranked, series_mate)
        spans = less_blanks(src, spans, ranked, bare_opening)
    blanks = tuple(Blank(doc.text[a:b], a - src.start, b - src.start) for a, b in spans)
    answer = tuple(b.text for b in blanks)
    return Draft(
        source=src, answer=answer,
        key=cloze_key(ctx.point.kind, src.text, [(b.start, b.end) for b in blanks], answer),  # (two sentences, two keys)
        blanks=blanks, accepted=tuple(width_variants(a) for a in answer), order_free=order_free,
        difficulty=cloze_difficulty(len(blanks), sum(b - a for a, b in spans)),
        values={"blanked": blanked(src, spans, BLANK), "answer": "、".join(answer)},
    )


_GENERIC = frozenset(POLICY["cloze_blank"]["generic"])
# the run's lexicon and its words (terms that are real words), worked out once per lexicon
_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def lexicon_words(lexicon: object) -> frozenset[str]:
    """The words of ``lexicon`` (a Lexicon, or None: none), computed once: ``Lexicon.words`` builds a set."""
    if lexicon is None:
        return frozenset()
    got = _WORDS.get(id(lexicon))
    if got is None or got[0] is not lexicon:
        got = _WORDS[id(lexicon)] = (lexicon, lexicon.words)
    return got[1]


def _whole_terms(ctx: Ctx, src: Span, spans: list[tuple[int, int]], order_free: bool) -> list[tuple[int, int]] | str:
    """``spans`` with a blank that holds half of a lexicon term (中央|八|项规定精神) widened to that term
    (八项规定), or, in a series, dropped alone (习近平新时代|中国特色社会主义思想): the series keeps its other
    terms.  A series' term may leave out the affix the terms share (主体|责任、监督|责任): only a term that
    reaches further than such an affix (SERIES_AFFIX_MAX) makes its blank a half."""
    reach = SERIES_AFFIX_MAX + 1 if order_free else 1
    words = lexicon_words(ctx.material.lexicon)
    out, halves = [], []
    text = ctx.doc.text
    for a, b in spans:
        if 0 < a and b < len(text) and text[a - 1] in OPEN_QUOTES and text[b] in CLOSE_QUOTES:
            out.append((a, b))  # a whole quotation or title is a unit (“三个代表”重要思想)
            continue
        term = half_of_term(src.text, a - src.start, b - src.start, words, beyond=reach)
        if order_free and (term is not None or adverb_opening(src.text, a - src.start, b - src.start)):
            halves.append((a, b))  # (a series term with its verb glued on, 深入开展|…: dropped alone too)
        elif term is None or blank_problem(src.text, a - src.start, b - src.start):
            out.append((a, b))  # (a blank that cuts a word is dropped as such: widened, it would be another)
        else:
            out.append((src.start + term[0], src.start + term[1]))
    if not out:
        return reasons.blank_cuts_words([ctx.doc.text[a:b] for a, b in halves])
    return out


def refused(text: str, src: Span, a: int, b: int, member: bool = False) -> bool:
    """Whether no question writer blanks text[a:b] of ``src`` (``_refused``): a single choice's blank is checked the same."""
    return _refused(text, src, a, b, member)


def _object_or_phrase(text: str, a: int, b: int, src: Span) -> tuple[int, int]:
    """The blank text[a:b] of a statement as ``object_only`` leaves it (without the verb it opens with), widened to a
    whole term; or the verb phrase whole when its object alone is said again elsewhere in ``src`` and the phrase is not
    (社会主义的本质，是|解放生产力|，|发展生产力|…): the object's blank would be given away by the stem and dropped, while
    the verb is what tells the clause from its neighbour, and a teacher keys the phrase (解放生产力)."""
    c, d = object_only(text, a, b)
    # (only a phrase that closes its clause: 健全|基层|自治组织 is no phrase of its own)
    if ((c, d) != (a, b) and text[b : b + 1] in _CLAUSE_CLOSE and _said_elsewhere(text, c, d, src)
            and not _said_elsewhere(text, a, b, src)):
        return whole_term(text, a, b, src.start)
    return whole_term(text, c, d, src.start)


# what closes a clause after a verb phrase blanked whole (policy.yaml)
_CLAUSE_CLOSE: str = POLICY["clause_close"]


def _said_elsewhere(text: str, a: int, b: int, src: Span) -> bool:
    """Whether text[a:b] stands in ``src`` outside the span [a, b) too."""
    word, at = text[a:b], src.start
    while (at := text.find(word, at, src.end)) >= 0:
        if not a <= at < b:
            return True
        at += 1
    return False


def _refused(text: str, src: Span, a: int, b: int, member: bool = False) -> bool:
    """Whether no question writer blanks text[a:b] of ``src``: it cuts a word or asks trivia (``lint.blank_problem``),
    cuts a written number or is a review's statistic (the drafter's own checks, lint.cuts_numeral and
    trivia.review_statistic), or it is the text's own setting, a place it names throughout, which the context gives (session 18's blind teacher),
    or its own subject word (trivia.subject_word: 青年 in a speech to youth, session 22's blind teachers),
    unless it is a ``member`` of a series asked whole (某省的面貌、某省人民的面貌…: the series is the point)."""
    s, e = a - src.start, b - src.start
    return (bool(blank_problem(src.text, s, e)) or cuts_numeral(src.text, s, e) or review_statistic(src.text, s, e)
            or not member and (setting_place(text, a, b) or subject_word(text, a, b)))


def _key_only(ctx: Ctx, src: Span, spans: list[tuple[int, int]], order_free: bool) -> list[tuple[int, int]] | str:
    """``spans`` (best first) with only the key concepts among them (``key_blanks``), or why a statement's one blank is
    none: a common short word glued to the term after it (全面加强|政府|自身建设), which ``key_blanks`` strikes beside
    another and which alone is no concept either (session 18's blind teacher on such blanks: 琐碎，一猜就中)."""
    if len(spans) > 1 and not order_free:
        spans = key_blanks(ctx, spans, src)
    if ctx.point.kind == "statement" and len(spans) == 1 and slight_alone(ctx, *spans[0]):
        return reasons.BLANK_IS_SLIGHT
    return spans


def _once(text: str, src: Span, spans: list[tuple[int, int]], ranked: list[tuple[int, int]]) -> tuple[Span, list[tuple[int, int]]]:
    """``src`` and ``spans`` with one blank of each answer (blank_pairs.one_of_each_answer); when the stem says its
    first blank's clause twice (a digest that repeats its lead after a byline: X，必须深入贯彻A……指出，X，必须
    深入贯彻A……), the stem is the second saying alone, with its one blank; when a later clause says the answer again,
    the stem ends before it."""
    for (a, b), (c, d) in zip(spans, spans[1:]):
        head = text[src.start : a]
        if text[a:b] == text[c:d] and len(head) >= MIN_CLAUSE and text[c - len(head) : c] == head:
            tail = text[c - len(head) : src.end]
            return Span(tail, c - len(head), src.end), [(x, y) for x, y in spans if x >= c]
        # one answer said again in a later clause (学习______，是…的前提，参与…是学习______的途径): the stem ends
        # before that clause, with the first blank alone (session 14's blind teacher: 应只留一空)
        cut = max(text.rfind(m, b, c) for m in "，；")
        if len(text[a:b]) > 1 and text[a:b].replace("的", "") == text[c:d].replace("的", "") and cut > b \
                and cut - src.start >= MIN_CLAUSE:
            return Span(text[src.start : cut], src.start, cut), [(x, y) for x, y in spans if y <= cut]
    if spans and len(text[(a := spans[0][0]) : (b := spans[0][1])]) > 1 and text[a - 1 : a] not in OPEN_QUOTES \
            and (again := text.find(text[a:b], b, src.end)) > b:
        # ... and so when the later saying is no blank of its own (the sentence's other point asks another word);
        # a quoted name said twice is blanked both times instead (unique_answers.with_repeats)
        cut = max(text.rfind(m, b, again) for m in "，；")
        if cut > b and cut - src.start >= MIN_CLAUSE:
            return Span(text[src.start : cut], src.start, cut), one_of_each_answer(text, [(x, y) for x, y in spans if y <= cut], ranked)
    return src, one_of_each_answer(text, spans, ranked)


def _generic_beside(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a generic head word (工作, 能力 …, policy.yaml ``cloze_blank.generic``) that is not the concept (the
    subject of a 是, the X of 以X为), or an evaluation lint rejects beside another blank (note_shapes.evaluation_blank)."""
    if text[a:b] not in _GENERIC:
        return evaluation_blank(text[a:b])
    return not (text[b : b + 1] == "是" or (text[a - 1 : a] == "以" and text[b : b + 1] == "为"))


def _members_follow(text: str, a: int, b: int, src: Span) -> bool:
    """Whether text[a:b] is a numbered formulation (四性, 三个代表) that a colon after it opens the list of
    within the source sentence."""
    name = text[a:b].strip("“”‘’")
    shape = dx.numbered_shape(name)
    # a count of more than one, by a measure word (四个意识) or short (四性, 五位一体): not 一个调研题目, nor a
    # slogan that opens with a numeral (两头在外、大进大出)
    if shape is None or name[0] == "一" or not (shape[0] or len(name) <= 4):
        return False
    after = text[b : src.end].lstrip("”’\"")
    return after[:1] in ("：", ":") and len(after) > 2


def _verb_cut_before_de(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] opens with a verb and goes on into its object, while the 的 right after the
    blank shows that the object's head noun was left outside it (满足农民群众日益增长|的需求); not a
    member of a 、 series, whose 的 belongs to the whole series."""
    if text[b : b + 1] != "的" or "、" in (text[a - 1 : a], text[b - 1 : b]) or "、" in text[a:b]:
        return False
    tags = segment.tag(text[a:b])
    return len(tags) >= 2 and tags[0][1] == "v"


def _series_blanks(p: Point, src: Span, keep_affix: bool = True) -> list[tuple[int, int]] | str:
    """The blanks of a term series: each term without the affix the terms share (政治|判断力|), or,
    with ``keep_affix`` False, whole terms (when cutting the affix would cut a word: 积极|性).  An open
    series (…等) blanks its first term only."""
    terms = [s.text for s in p.items]
    prefix, suffix = (common_prefix(terms), common_suffix(terms)) if keep_affix else ("", "")
    # a shared “ or ” stays inside the blank: a blank never cuts through a quotation (增强“四个意识)
    if any(c in prefix for c in OPEN_QUOTES + CLOSE_QUOTES):
        prefix = ""
    if any(c in suffix for c in OPEN_QUOTES + CLOSE_QUOTES):
        suffix = ""
    cut_a = len(prefix) if all(len(t) - len(prefix) - len(suffix) >= 2 for t in terms) else 0
    cut_b = len(suffix) if all(len(t) - cut_a - len(suffix) >= 2 for t in terms) else 0
    spans = [(s.start + cut_a, s.end - cut_b) for s in p.items if src.start <= s.start and s.end <= src.end]
    if len(spans) < 2:
        return reasons.TERMS_NOT_IN_ONE_SENTENCE
    if cut_b:
        spans = _past_modifiers(p, spans)
    if src.text[p.items[-1].end - src.start :].startswith(_OPEN_AFTER):
        # an open list names examples: which two of them a pair of blanks asks the learner cannot know
        # (teachers: 任空两项，顺序不限仍有歧义); one blank, the terms shown tell which one is asked
        spans = spans[:SERIES_BLANKS_OPEN]
    limit = CLOZE_SHARE * len(src.text)
    # blank from the start of the series, as human writers do (党的纪律主要包括______、______、廉洁纪律…):
    # the last terms stay as the cue
    while len(spans) > 2 and sum(b - a for a, b in spans) > limit:
        spans = spans[:-1]
    if sum(b - a for a, b in spans) > limit:
        spans = spans[:1]
    return spans


def _past_modifiers(p: Point, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The series' blanks each past the modifier its term opens with, when every term is a modifier, 的 and a
    head before the affix the terms share (显著的|制度|优势、超大规模市场的|需求|优势, 执行有力的|组织|体系): the head is the
    concept a teacher lists (制度优势, 组织体系), the modifier its cue; else ``spans`` unchanged."""
    text = p.sentence.text
    heads = []
    for a, b in spans:
        blank = text[a - p.sentence.start : b - p.sentence.start]
        de = blank.rfind("的")
        if de < 1 or len(blank) - de - 1 < 2:  # (a head of one character names no concept: 的|人)
            return spans
        heads.append((a + de + 1, b))
    return heads
