"""A true/false statement that generation is sure to leave out is not composed (generate._bare_true)."""

from __future__ import annotations

import importlib

from kaodian.pipeline import extract_text
from kaodian.questions import distractors as dx
from kaodian.questions.drafting import Ctx, Draft, RunCache, statement_source

gen = importlib.import_module("kaodian.questions.generate")

# an invented speech in the genre's shape: each sentence a statement
TEXT = "关于做好新时代基层工作\n\n各级党组织要坚持把基层工作摆在突出位置，推动各项任务落地见效。\n"


def _copy_draft() -> tuple[Ctx, Draft]:
    ex = extract_text(TEXT)
    p = next(p for p in ex.points if p.kind == "statement")
    ctx = Ctx(ex.document, p, dx.Material.gather([ex]), 0, RunCache())
    return ctx, Draft(source=statement_source(ctx), answer=("对",), key=("p1",))  # a copy: no change was found


def _run(falsified: int, ctx: Ctx):  # noqa: ANN202 — a generate._DocumentRun whose sentence holds a key term
    return gen._DocumentRun(set(), set(), [None] * falsified, key_terms=frozenset({ctx.point.sentence.start}))


def test_a_copy_on_a_point_asked_already_is_left_uncomposed_once_enough_statements_were_changed():
    ctx, draft = _copy_draft()
    run = _run(gen.TRUE_NEEDS_FROM, ctx)
    assert gen._bare_true(ctx, "truefalse", draft, ("id",), run, 3, asked=True)
    # (held in its place, as a composed one would be, and said as left out by the cap)
    assert run.uncomposed == [(3, ctx.point, False)] and ("id",) in run.seen


def test_a_copy_of_a_key_term_sentence_is_composed_while_the_cap_may_still_keep_it():
    ctx, draft = _copy_draft()
    # its point asked in no other kind yet, or too few statements changed so far: _cap_true may keep it
    assert not gen._bare_true(ctx, "truefalse", draft, ("id",), _run(gen.TRUE_NEEDS_FROM, ctx), 3, asked=False)
    assert not gen._bare_true(ctx, "truefalse", draft, ("id",), _run(gen.TRUE_NEEDS_FROM - 1, ctx), 3, asked=True)
