"""True statements held undrafted until a document is asked: a true/false statement copied true (no change
found) is composed only once ``generate._cap_true`` may keep it.

Nineteen in twenty such copies on the bench corpus were left out by ``_cap_true`` (a copy whose point another
kind asks, in a document with ``true_needs_change_from`` false statements, asks nothing: policy.yaml
``true_needs_change``), and composing them cost a fifteenth of generation.  Whether they are left out is known
only once every point is asked (the count of false statements grows to the end), so each is held in its place
among the document's questions (``Held``) and resolved before ``_cap_true``: left out uncomposed, or composed
then, as it would have been when drafted (composing reads nothing of the run).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from ..model import QUESTION_KINDS
from . import reasons
from .compose import compose
from .drafting import Ctx, Draft, statement_source
from .templates import Template


@dataclass(frozen=True, slots=True)
class Held:
    """A true statement's draft, held in its place among the questions (see the module docstring)."""

    ctx: Ctx
    draft: Draft
    candidates: tuple[Template, ...]
    qid: str
    kind: str = "truefalse"


def hold(ctx: Ctx, n: int, draft: Draft, candidates: tuple[Template, ...], identity: tuple, qid: str,
         run: object, out: object) -> int:
    """Put the copy ``draft`` of the ``n``th point in its place among ``out``'s questions, holding its sentence
    and identity as a composed one would (``run``: the document's ``generate._DocumentRun``); returns 1."""
    src = statement_source(ctx)
    run.stems.add((src.start, src.end))
    run.seen.add(identity)
    run.asked.add(n)
    out.questions.append((Held(ctx, draft, candidates, qid), identity))
    out.points.append(n)
    return 1


def resolve(out: object, run: object, doomed: bool) -> None:
    """Compose each held statement of ``out`` in its place, or leave it out: uncomposed (``run.uncomposed``)
    when ``doomed`` (the document has enough false statements) and its point is asked in another kind too;
    else as composing says (a lint finding, a stem asked already).  The places of the questions after one left
    out move up, in ``run``'s records too."""
    held = [i for i, (q, _) in enumerate(out.questions) if isinstance(q, Held)]
    if not held:
        return
    asked = Counter(out.points)
    gone: list[int] = []
    for i in held:
        h, identity = out.questions[i]
        p = h.ctx.point
        if doomed and asked[out.points[i]] > 1:
            run.uncomposed.append((i, p, False))
            gone.append(i)
            continue
        q, problems, named = compose(h.ctx.doc, p, "truefalse", h.draft, h.candidates, h.qid)
        out.named |= named
        if q is None or ("truefalse", q.stem, ()) in run.stems:  # (as generate._ask says either)
            said = problems if q is None else ["：" + reasons.SAME_STEM]
            out.diagnostics.extend((p, f"未出{QUESTION_KINDS['truefalse']}{m}") for m in said)
            gone.append(i)
            continue
        run.stems.add(("truefalse", q.stem, ()))
        out.questions[i] = (q, identity)
    if gone:
        _drop(out, run, gone)


def _drop(out: object, run: object, gone: list[int]) -> None:
    """``out``'s questions without the places ``gone`` (ascending), and ``run``'s places moved up past them."""
    out_of = set(gone)

    def moved(i: int) -> int:
        return i - bisect_left(gone, i)

    out.questions = [x for i, x in enumerate(out.questions) if i not in out_of]
    out.points = [x for i, x in enumerate(out.points) if i not in out_of]
    run.falsified = [(moved(f[0]), *f[1:]) for f in run.falsified]
    run.changeable = {moved(i) for i in run.changeable}
    run.uncomposed = [(moved(k), p, c) for k, p, c in run.uncomposed]
