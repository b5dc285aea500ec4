"""排序题 and 简答题 (list recall) drafts: questions on an enumeration as a whole."""

from __future__ import annotations

from ..model import OPTION_LETTERS
from . import reasons
from .drafting import Ctx, Draft, passage
from .listlead import list_values
from .policy import POLICY, growing
from .sentence import core, width_variants


def ordering(ctx: Ctx) -> Draft | str:
    """An enumeration's item cores shuffled (never left in order), answered by the option letters in
    the text's order; or why not (under three items, two equal items)."""
    p = ctx.point
    # ordering two items is a coin toss
    if len(p.items) < 3:
        return reasons.LIST_UNDER_THREE
    cores = [core(s.text) for s in p.items]
    if len(set(cores)) < len(cores):
        return reasons.LIST_REPEATS_ITEM
    options = ctx.rng("shuffle", *cores).shuffled(cores)
    if options == cores:  # the draw left them in order: move the first item last
        options = options[1:] + options[:1]
    return Draft(
        source=passage(ctx, p.items[0].start, p.items[-1].end),
        answer=tuple(OPTION_LETTERS[options.index(c)] if options.index(c) < len(OPTION_LETTERS) else str(options.index(c) + 1) for c in cores),
        key=ctx.place,
        options=tuple(options),
        difficulty=growing("ordering", len(cores)),
        values=list_values(ctx) | {"answer": "；".join(cores)},
    )


# An item longer than this is a passage no one recalls word for word (policy.yaml)
RECALL_ITEM_MAX: int = POLICY["recall_item_max"]


def recall(ctx: Ctx) -> Draft | str:
    """The enumeration's items are the answer, each also accepted as its core in any width; or why
    not (an item is a whole passage)."""
    p = ctx.point
    items = tuple(s.text for s in p.items)
    if any(len(i) > RECALL_ITEM_MAX for i in items):
        return reasons.LIST_ITEM_TOO_LONG
    return Draft(
        source=passage(ctx, p.items[0].start, p.items[-1].end),
        answer=items,
        key=ctx.place,
        accepted=tuple(width_variants(core(i)) for i in items),
        difficulty=growing("recall", len(items)),
        values=list_values(ctx) | {"answer": "；".join(items)},
    )
