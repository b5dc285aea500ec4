"""A true/false statement that generation is sure to leave out is not composed (generate._bare_true)."""

from __future__ import annotations

import importlib

from kaodian.pipeline import extract_text
from kaodian.questions import distractors as dx
from kaodian.questions.drafting import Ctx, Draft, RunCache
from kaodian.questions.registry import GENERATORS

gen = importlib.import_module("kaodian.questions.generate")

# an invented speech in the genre's shape: each sentence a statement
TEXT = "关于做好新时代基层工作\n\n各级党组织要坚持把基层工作摆在突出位置，推动各项任务落地见效。\n"


def _copy_draft() -> tuple[Ctx, Draft]:
    ex = extract_text(TEXT)
    p = next(p for p in ex.points if p.kind == "statement")
    ctx = Ctx(ex.document, p, dx.Material.gather([ex]), 0, RunCache())
    draft = GENERATORS["statement", "truefalse"](ctx)
    assert isinstance(draft, Draft) and draft.true_draft is None  # a copy: no change was found
    return ctx, draft


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



def _held(ctx: Ctx, draft: Draft):  # noqa: ANN202 — (out, run) with the copy held between two questions
    from kaodian.questions.held import Held
    from kaodian.questions.templates import load_templates

    out = gen._Asked([], [])
    held = Held(ctx, draft, load_templates().get("statement", "truefalse"), "q-held")
    out.questions = [(object(), ("a",)), (held, ("b",)), (object(), ("c",))]
    return out, _run(0, ctx)


def test_a_held_copy_is_composed_in_its_place_only_when_it_stays():
    from kaodian.questions.held import Held, top_true

    ctx, draft = _copy_draft()
    out, run = _held(ctx, draft)
    # the two questions ranked above it stay: the held copy is left out, never composed
    assert top_true(out, run, [1, 0, 2], 2) == ({0, 2}, set()) and isinstance(out.questions[1][0], Held)
    # ranked among the ones that stay, it is composed there
    kept, absent = top_true(out, run, [0, 1, 2], 2)
    q = out.questions[1][0]
    assert kept == {1, 2} and not absent and q.kind == "truefalse" and q.answer == ("对",) and q.id == "q-held"
