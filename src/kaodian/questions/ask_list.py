"""排序题 and 简答题 (list recall) drafts: questions on an enumeration as a whole."""

from __future__ import annotations

from ..kinds import LIST_KINDS
from ..model import OPTION_LETTERS
from . import reasons
from .ask_cloze import blanked
from .drafting import Ctx, Draft, list_passage
from .listhead import head
from .listlead import list_values
from .listscope import detailed, order_given_away, unaskable
from .policy import POLICY, growing
from .sentence import BLANK, core, width_variants
from .sequence import has_order, untimed


def ordering(ctx: Ctx) -> Draft | str:
    """An enumeration's item cores shuffled (never left in order), answered by the option letters in
    the text's order; or why not (under three items, two equal items, no inherent order)."""
    p = ctx.point
    # ordering two items is a coin toss
    if len(p.items) < 3:
        return reasons.LIST_UNDER_THREE
    # the order of parallel items is the writer's, not a fact to learn (sequence.py)
    if not has_order(p, ctx.doc.text):
        return reasons.LIST_NO_ORDER
    cores = [core(untimed(s.text)) for s in p.items]
    if len(set(cores)) < len(cores):
        return reasons.LIST_REPEATS_ITEM
    if why := order_given_away(cores):
        return why
    values = list_values(ctx)
    if p.kind in LIST_KINDS and (why := unaskable(ctx, values)):
        return why
    options = ctx.rng("shuffle", *cores).shuffled(cores)
    if options == cores:  # the draw left them in order: move the first item last
        options = options[1:] + options[:1]
    return Draft(
        source=list_passage(ctx, p.items[0].start, p.items[-1].end),
        answer=tuple(OPTION_LETTERS[options.index(c)] if options.index(c) < len(OPTION_LETTERS) else str(options.index(c) + 1) for c in cores),
        key=ctx.place,
        options=tuple(options),
        difficulty=growing("ordering", len(cores)),
        values=values | {"answer": "；".join(cores)},
    )


def ordering_series(ctx: Ctx) -> Draft | str:
    """A series whose order is itself asked (the 指导思想 series, 五位一体's 经济建设、政治建设…): its
    terms shuffled beside the sentence with the series blanked; or why not (see ``ordering``)."""
    draft = ordering(ctx)
    if isinstance(draft, str):
        return draft
    p = ctx.point
    src = ctx.source(p.items[0].start, p.items[-1].end)
    draft.source = src
    draft.values = draft.values | {"blanked": blanked(src, [(p.items[0].start, p.items[-1].end)], BLANK)}
    return draft


# An item longer than this is a passage no one recalls word for word (policy.yaml)
RECALL_ITEM_MAX: int = POLICY["recall_item_max"]


def recall(ctx: Ctx) -> Draft | str:
    """The enumeration's items are the answer, each also accepted as its core in any width; a list of
    passages (a charter's 党员必须履行下列义务：…) is answered by their cores, the requirement each opens
    with, as a 简答题 on it is marked; or why not (a passage without a core of a recallable length)."""
    p = ctx.point
    values = list_values(ctx)
    if why := unaskable(ctx, values):
        return why
    items = tuple(s.text for s in p.items)
    # an item that carries details after its head clause (…持续提升，获得了国家级教学成果二等奖1项) is
    # answered by the head clause (teacher review: 答案夹带获奖细节，需删成标题)
    # a head is carried on past a first clause that is half a statement (listhead: 只有生产力高度发展了)
    heads = tuple(head(i, RECALL_ITEM_MAX) for i in items)
    answer = tuple(h if detailed(i) else i for h, i in zip(heads, items))
    if any(len(i) > RECALL_ITEM_MAX for i in items):
        answer = heads
    if None in answer:
        return reasons.LIST_ITEM_TOO_LONG
    return Draft(
        source=list_passage(ctx, p.items[0].start, p.items[-1].end),
        answer=answer,
        key=ctx.place,
        accepted=tuple(width_variants(core(i)) for i in items),
        difficulty=growing("recall", len(items)),
        values=values | {"answer": "；".join(items)},
    )
