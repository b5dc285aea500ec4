"""单项选择题 and 多项选择题 on a list: its items as right options, the wrong ones drawn from other lists
(``changes.enumeration_wrong``, ``sibling_lists``) and fitted to the keys' form — never a padded question."""

from __future__ import annotations

from . import reasons
from .arguable import adverbial_only, crossed, misspelt, subject_only, trimmed_like_siblings, wrong_ok
from .changes import enumeration_wrong, item_cores, same_level, same_openings
from .drafting import MULTIPLE_RIGHT, MULTIPLE_WRONG, MULTIPLE_WRONG_MIN, SINGLE_OPTIONS, Ctx, Draft, list_passage, shuffle
from .draws import Draws
from .label_echo import label_topic, named_echo, on_label
from .lint import unbalanced
from .list_class import cut_at_wrap
from .listlead import list_values
from .listscope import unaskable
from .multi_scope import misnamed
from .multi_shapes import (
    asks, clause_opening, dangling, fits as multi_fits, holding_first, points_away, shape_apart, topic_runs,
)
from .option_form import wrong_fragment
from .option_kinds import RIGHT_PER_WRONG
from .option_sets import (
    MULTIPLE_MIN, affix_fits, by_marks, cut_before_clause, figure_among_items, keys_summed, list_mark,
)
from .policy import DIFFICULTY, POLICY
from .sentence import core
from .single_fit import heading_line, in_frame, list_frame, review_list, under_question
from .single_shapes import odd_key
from .field import no_point, of_list, ubiquitous
from .item_gloss import under_item
from .choice_topic import echo_key, exam_about, topic_values
from .sibling_lists import counted_twins, neighbour_items, same_holder_items, section_items
from .odd_option import odd_affix, odd_frame, odd_one
from .vocab import load_vocab

LIST_WRONG_MIN: int = POLICY["options"]["list_wrong_min"]  # see policy.yaml

# Draws of a multiple choice's right items before one whose option lengths give nothing away is given up.
ENUMERATION_TRIES = 8


def single_enumeration(ctx: Ctx) -> Draft | str:
    """One item of an enumeration asked among requirements of other lists."""
    return _enumeration_choice(ctx, multiple=False)


def multiple_enumeration(ctx: Ctx) -> Draft | str:
    """Up to MULTIPLE_RIGHT items of an enumeration with requirements of other lists."""
    return _enumeration_choice(ctx, multiple=True)


def _enumeration_items(ctx: Ctx, cores: list[str], rng: Draws, pool: list[int]) -> tuple[list[int], list[str]]:
    """The items asked as right options of a multiple choice on a list (indexes, in text order) and
    the wrong options: a right item whose length would give it away (odd_option.odd_one) is
    replaced by the next unasked item, or left out while three are asked, up to ENUMERATION_TRIES times.
    An item cut at its comma to the opening of a clause (multi_shapes.clause_opening: 某某指出, 在…上), or
    one that points outside itself (multi_shapes.points_away: 这一点), or one cut at a PDF's line wrap
    (list_class.cut_at_wrap: …四项基本原), is never asked: it is no point; ``pool``, the others (``_askable``)."""
    k = min(MULTIPLE_RIGHT - 1 if len(pool) > 3 else len(pool), len(pool))
    idx = [pool[i] for i in rng.sample(len(pool), k)]
    spare = [i for i in rng.shuffled(pool) if i not in idx]
    wrong: list[str] = []
    for _ in range(ENUMERATION_TRIES):
        right = [cores[i] for i in idx]
        wrong = _list_wrong(ctx, right, cores, rng)
        if len(wrong) < MULTIPLE_WRONG_MIN and len(idx) > 2:  # too few of the three keys' pattern: two may have more
            two = [idx[0], idx[-1]]  # the first and the last: the passage asked stays the same
            more = _list_wrong(ctx, [cores[i] for i in two], cores, rng)
            if len(more) > len(wrong):
                idx, wrong = two, more
                right = [cores[i] for i in idx]
        odd = odd_one(right + wrong) if wrong else None
        odd = echo_key(ctx, right, wrong) if odd is None else odd  # (a key of the heading's word: choice_topic)
        if odd is None or odd >= len(right) or (not spare and len(idx) <= 2):
            break
        # the odd item gives way to an unasked one, else is left out (two right options stay)
        idx = sorted(idx[:odd] + idx[odd + 1 :] + ([spare.pop(0)] if spare else []))
    return idx, wrong


def _askable(ctx: Ctx, cores: list[str]) -> list[int]:
    """The indexes of the list's items that may be keyed (see _enumeration_items)."""
    text, items = ctx.doc.text, ctx.point.items
    # (nor one the text misspelt, a typo keyed is read as a trick, nor a clause's subject alone: arguable)
    return [i for i, c in enumerate(cores) if not clause_opening(c) and not points_away(c) and not cut_at_wrap(text, items[i].end)
            and misspelt(c, ctx.material.lexicon) is None and not subject_only(items[i].text, c) and not no_point(c)
            and not adverbial_only(c, _after(items[i].text, c))]  # (nor an adverbial cut at its comma: 对…的人员，…)


def _after(item: str, core: str) -> str:
    """What follows ``core`` in the text of its list ``item`` ("" when the item does not hold it)."""
    i = item.find(core)
    return item[i + len(core):] if i >= 0 else ""


def _filled(cores: list[str], idx: list[int], wrong: list[str], pool: list[int]) -> list[int]:
    """The keys ``idx`` with unasked items of the list added (in text order) until the question shows
    MULTIPLE_MIN options, at most RIGHT_PER_WRONG keys per wrong option: three options ask only to strike
    one out (session 12: 只有三个选项), while every item of a short list keyed beside one wrong is still a
    question on the list.  The keys as they were when an added one stands out by its length (odd_option.odd_one)."""
    got = list(idx)
    for i in pool:  # (the items that may be keyed: ``_askable``)
        if len(got) + len(wrong) >= MULTIPLE_MIN or len(got) >= RIGHT_PER_WRONG * len(wrong):
            break
        if i not in got:
            got = sorted([*got, i])
    odd = odd_one([cores[i] for i in got] + wrong)
    return idx if odd is not None and odd < len(got) else got


def _list_wrong(ctx: Ctx, right: list[str], cores: list[str], rng: Draws) -> list[str]:
    """Up to MULTIPLE_WRONG wrong options for the items ``right`` of the list ``cores``: of the list's
    form (_alike), in its length band (_in_band), varied (_varied), and no heading line of the text
    beside keys said in a paragraph (single_fit.heading_line: a section's title, 文化方面, is struck out
    at a glance among points); short of them, statements crossed from the list's own (arguable.crossed)."""
    drawn = enumeration_wrong(ctx, right, 3 * MULTIPLE_WRONG, rng)
    if parallel := section_items(ctx, item_cores):  # (the lists under parallel headings: sibling_lists)
        drawn = list(dict.fromkeys([*enumeration_wrong(ctx, right, MULTIPLE_WRONG, rng, pool=parallel), *drawn]))
    if neighbours := neighbour_items(ctx, item_cores):  # (the next list of its section and level: sibling_lists)
        drawn = list(dict.fromkeys([*enumeration_wrong(ctx, right, MULTIPLE_WRONG, rng, pool=neighbours), *drawn]))
    if sibling := same_holder_items(ctx, item_cores)[0]:  # (a sibling list's items first, of the same holder: sibling_lists)
        drawn = list(dict.fromkeys([*enumeration_wrong(ctx, right, MULTIPLE_WRONG, rng, pool=sibling), *drawn]))
    if (topic := label_topic(list_values(ctx), right)) is not None:  # (of the list's topic first: label_echo)
        drawn = list(dict.fromkeys([*enumeration_wrong(ctx, right, MULTIPLE_WRONG, rng, topic), *drawn]))
    wrong = _varied(right, on_label(list_values(ctx), right, _list_fit(ctx, right, cores, drawn)))
    # (a list of statements S是P short of wrong options takes a key's subject with another's predicate)
    return wrong + crossed(ctx.doc.text, right, cores)[:MULTIPLE_WRONG - len(wrong)]


def _list_fit(ctx: Ctx, right: list[str], cores: list[str], wrong: list[str]) -> list[str]:
    """The wrong options of ``wrong`` that may stand beside the keys ``right`` (see _list_wrong), best first."""
    if not any(heading_line(ctx.doc.text, r) for r in right):
        wrong = [w for w in wrong if not heading_line(ctx.doc.text, w)]
    # (never a typo, a restatement of a key, a glossary entry or a cut 以…为… link: arguable.wrong_ok)
    wrong = [w for w in wrong if wrong_ok(ctx.doc.text, ctx.material.lexicon, right, w)]
    # (nor a term of the sentence glossing an item of the list, asked or not: item_gloss, issue 12)
    wrong = [w for w in wrong if not under_item(ctx.doc.text, ctx.point.items, w)]
    # (never one of another shape than the list's items: a run of slogans, a target among measures; multi_shapes)
    wrong = [w for w in wrong if not shape_apart(cores, w)]
    rank = of_list(ctx, right)  # (of the keys' field first, never of another: field)
    wrong = sorted((w for w in wrong if rank(w) < 3), key=rank)
    wrong = holding_first(right, _in_band(right, _alike(right, by_marks(right, wrong), cores)))
    runs = topic_runs(right)  # (those of the keys' topic first: multi_shapes.topic_option)
    return sorted(wrong, key=lambda w: not any(r in w for r in runs)) if runs else wrong


def _varied(right: list[str], wrong: list[str]) -> list[str]:
    """Up to MULTIPLE_WRONG of ``wrong``, never all opening with two characters no right option opens
    with (这是…、这是… beside 为担当的干部担当: another list's form, odd_option.odd_opening)."""
    heads = {r[:2] for r in right}
    out: list[str] = []
    for w in wrong:
        if len(out) == MULTIPLE_WRONG - 1 and w[:2] not in heads and all(o[:2] == w[:2] for o in out):
            continue
        out.append(w)
        if len(out) == MULTIPLE_WRONG:
            break
    return out


# A wrong option within this factor of the right options' shortest and longest reads as one of them; one
# beyond it stands out by its length (session 8: a sixteen-character clause beside keys of six to ten).
LENGTH_BAND = 1.5


def _in_band(right: list[str], wrong: list[str]) -> list[str]:
    """``wrong`` (best first) of the right options' length band (LENGTH_BAND): one far longer or shorter than
    every key is another list's fragment or another level's heading (multi28's grading: 规范履职 beside
    规范某类人员履职行为, struck out at a glance), and the list is asked in another kind.  A figure beside keys
    without one is never picked (option_sets.figure_among_items), nor one that names the keys'
    subjects together (option_sets.keys_summed), nor half a sentence (option_sets.cut_before_clause), nor a set
    phrase or opening adverbial of the text (option_form.wrong_fragment: 完善好、发展好), nor
    a question or one far out of the band (multi_shapes.fits: a teacher strikes it out at a glance)."""
    lo, hi = min(map(len, right)) / LENGTH_BAND, max(map(len, right)) * LENGTH_BAND
    return [w for w in wrong if lo <= len(w) <= hi and figure_among_items("multiple", "enumeration", right, [w]) is None
            and keys_summed(right, [w]) is None and cut_before_clause([w]) is None and multi_fits(right, w)
            and wrong_fragment(right, [w]) is None]


def _led(items: list[str]) -> bool:
    """Whether every item opens with a lead word (要, 必须 …: vocab.yaml lead_words)."""
    leads = load_vocab().lead_words
    return all(i.startswith(tuple(leads)) for i in items)


def _alike(right: list[str], wrong: list[str], items: list[str] = ()) -> list[str]:
    """The wrong options that open (and end) as every right one does, when the right ones (or all three
    or more ``items`` of the list) share a first or last character (坚持…, …劲, …化: odd_option.odd_affix),
    or two right ones share two (聚焦…, …机制: option_sets.list_affix): another never stands out.  None
    may be left; then the list is not asked as a multiple choice, for a teacher prints no question whose
    keys are read off their form (session 8: two …化 keys beside a noun phrase)."""
    for edge in (0, -1):
        mark = {r[edge] for r in right}
        # (a list whose items all open with a lead word, 要…, loses it in every option: same_openings)
        if len(items) >= 3 and len({i[edge] for i in items}) == 1 and not (edge == 0 and _led(items)):
            wrong = [w for w in wrong if w[edge] in mark]
        elif len(right) >= 3 and len(mark) == 1:
            wrong = [w for w in wrong if w[edge] in mark]
        if shared := list_mark(right, edge):
            wrong = [w for w in wrong if affix_fits(shared, edge, w)]
    return wrong


# Wrong options drawn for a single choice on a list before those out of its frame or heading lines
# are struck out: enough that three usually remain when the material has them.
SINGLE_LIST_DRAWS = 4


def _single_list_wrong(ctx: Ctx, right: str, frame: tuple[str, str], rng: Draws) -> list[str]:
    """SINGLE_OPTIONS - 1 other requirements for a single choice on a list whose item ``right`` is the key,
    or fewer: each in the list's ``frame`` (single_fit.list_frame), none a heading line of the text
    beside a key said in a paragraph (single_fit.heading_line), none an item of another list of the article
    that counts as many items (sibling_lists.counted_twins: “one of the four” holds it too)."""
    need = SINGLE_OPTIONS - 1
    # (of another level of the outline: changes.same_level; a single choice's only, for now: a multiple choice
    # whose one wrong option is such an item holds a key point the floors keep)
    wrong = enumeration_wrong(ctx, [right], SINGLE_LIST_DRAWS * need, rng)
    if sibling := same_holder_items(ctx, item_cores)[0]:  # (a sibling list's items first, of the same holder: sibling_lists)
        wrong = list(dict.fromkeys([*enumeration_wrong(ctx, [right], need, rng, pool=sibling), *wrong]))
    if (topic := label_topic(list_values(ctx), [right])) is not None:  # (of the list's topic first: label_echo)
        wrong = list(dict.fromkeys([*enumeration_wrong(ctx, [right], need, rng, topic), *wrong]))
    wrong = same_level(ctx, wrong)
    twins = counted_twins(ctx, item_cores)  # (never a member of another list of as many items: sibling_lists)
    wrong = [w for w in wrong if w not in twins]
    if any(frame):
        wrong = [w for w in wrong if in_frame(w, frame)]
    if not heading_line(ctx.doc.text, right):
        wrong = [w for w in wrong if not heading_line(ctx.doc.text, w)]
    wrong = on_label(list_values(ctx), [right], wrong)  # (of the list's topic first: label_echo)
    rank = of_list(ctx, [right])  # (of the keys' field first, never of another: field)
    wrong = sorted((w for w in wrong if rank(w) < 3), key=rank)
    return [w for w in wrong if not clause_opening(w) and not dangling(w)][:need]  # (never half a sentence: 就…而言)


def _enumeration_choice(ctx: Ctx, multiple: bool) -> Draft | str:
    p = ctx.point
    if len(p.items) < 2:
        return reasons.LIST_UNDER_TWO
    cores = [core(s.text) for s in p.items]
    if any(unbalanced(c) for c in cores):
        return reasons.ITEM_QUOTES_CUT
    values = list_values(ctx)
    if why := unaskable(ctx, values):
        return why
    if review_list(p.heading, p.sentence.text):  # (other work of the report was likely done too: single_fit)
        return reasons.LIST_REVIEW
    rng = ctx.rng("choose", str(multiple))
    if multiple:
        cores = trimmed_like_siblings([s.text for s in p.items], cores)  # (…、反对… cut like its siblings' …，反对…)
        if any(asks(c) for c in cores):  # questions of study notes are headings, not points (multi_shapes)
            return reasons.LIST_CONTENTS
        if misnamed(ctx, values):  # (named by the item above it, which may not be its label: multi_scope)
            return reasons.LIST_MISNAMED
        if len(pool := _askable(ctx, cores)) < 2:  # items cut at a comma (指出, 在…中) or at a PDF's wrap, or saying no point
            return reasons.LIST_FRAGMENT_ITEM
        idx, wrong = _enumeration_items(ctx, cores, rng, pool)
        if wrong:
            idx = _filled(cores, idx, wrong, pool)
        right = [cores[i] for i in idx]
        # (three options, one of them wrong, ask only to strike it out: a teacher rejects a multiple choice
        # of fewer than MULTIPLE_MIN options, session 12: 只有三个选项; and one wrong option beside three keys
        # asks the same, session 20: 唯一干扰项…一眼可排除; the list is asked in another kind)
        if len(wrong) < LIST_WRONG_MIN or len(right) + len(wrong) < MULTIPLE_MIN:
            return reasons.too_few_requirements(max(LIST_WRONG_MIN, MULTIPLE_MIN - len(right)))
        # (most keys repeat a word of the stem's name of the list, its lead or place too, that no wrong option holds:
        # 按关键词即可答对, asked in another kind; choice_topic.topic_values judges a heading alone)
        if named_echo(values, right, wrong, ubiquitous(ctx.doc.text)):
            return reasons.LIST_TOPIC_ECHO
        first, last = p.items[idx[0]], p.items[idx[-1]]
        src = list_passage(ctx, first.start, last.end)
        values = values | {"list_about": exam_about(ctx, right, cores, wrong)}
    else:
        if under_question(ctx.doc.text, p.items[0].start):  # (an answer's points: other answers are no wrong options; single_fit)
            return reasons.LIST_UNDER_QUESTION
        frame = list_frame(cores)
        for i in rng.shuffled(range(len(cores))):
            if cut_at_wrap(ctx.doc.text, p.items[i].end):
                continue  # (a fragment cut at a PDF's wrap is never the key: …四项基本原)
            if (clause_opening(cores[i]) or dangling(cores[i]) or points_away(cores[i]) or no_point(cores[i])
                    or adverbial_only(cores[i], _after(p.items[i].text, cores[i]))):
                continue  # (nor half a sentence, cut at its comma: 在党的会议上和党报党刊上; as multiple_enumeration)
            right = [cores[i]]
            wrong = _single_list_wrong(ctx, right[0], frame, rng)
            # (never an answer that alone opens or ends otherwise: odd_option.odd_affix)
            if (len(wrong) == SINGLE_OPTIONS - 1 and odd_affix("single", right, wrong) is None
                    and odd_frame(right, wrong) is None and figure_among_items("single", p.kind, right, wrong) is None
                    and odd_key(right[0], wrong) is None):
                break
        else:
            return reasons.too_few_requirements(SINGLE_OPTIONS - 1)
        item = p.items[i]
        src = ctx.source(item.start, item.start + len(right[0]))
    if isinstance(values := topic_values(ctx, values, right, wrong), str):  # (named so that it stands alone: choice_topic)
        return values
    right, wrong = same_openings(right, wrong)
    options, letters = shuffle(right, wrong, rng)
    return Draft(
        source=src,
        answer=letters,
        key=ctx.place,  # the enumeration asked about, not the item the seed happened to pick
        options=options,
        difficulty=DIFFICULTY["multiple" if multiple else "single"]["enumeration"],
        values=values | {"answer": "；".join(right)},
    )
