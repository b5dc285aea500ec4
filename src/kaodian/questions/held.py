"""True statements held undrafted until a document is asked: a true/false statement copied true (no change
found) is composed only where ``generate._cap_true`` keeps it.

``_cap_true`` left 519 of the 542 such copies composed on the bench corpus out (policy.yaml ``true_needs_change``,
and the share of copies: ``true_max``), and composing them cost a fifteenth of generation.  Which it leaves out is
known only once every point is asked (the count of false statements grows to the end), so each copy is held in
its place among the document's questions (``Held``) and ``_cap_true`` composes only those it keeps (``top_true``),
as they would have been when drafted: composing reads nothing of the run.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import QUESTION_KINDS
from . import reasons
from .compose import compose
from .drafting import Ctx, Draft, statement_source
from .sentence import with_marker
from .templates import Template
from .tf_share import TRUE_MAX, TRUE_NEEDS_CHANGE, TRUE_NEEDS_FROM
from .verbatim import cut_short, worth_asking_true


@dataclass(frozen=True, slots=True)
class Held:
    """A true statement's draft, held in its place among the questions (see the module docstring)."""

    ctx: Ctx
    draft: Draft
    candidates: tuple[Template, ...]
    qid: str
    kind: str = "truefalse"
    answer: tuple[str, ...] = ()  # (none yet: _cap_true's test of a composed copy's answer passes it by)


def hold(ctx: Ctx, n: int, draft: Draft, candidates: tuple[Template, ...], identity: tuple, qid: str,
         run: object, out: object) -> int:
    """Put the copy ``draft`` of the ``n``th point in its place among ``out``'s questions, holding its sentence
    and identity as a composed one would (``run``: the document's ``generate._DocumentRun``); returns 1."""
    src = statement_source(ctx)
    run.stems.add((src.start, src.end))
    run.tf_owner[src.start, src.end] = len(out.questions)
    run.seen.add(identity)
    run.asked.add(n)
    out.questions.append((Held(ctx, draft, candidates, qid), identity))
    out.points.append(n)
    return 1


def cited(q: object) -> str:
    """The sentence the question ``q`` (or held as ``q``) cites, with the ordinal marker that opens it (as
    ``compose`` cites it): ``generate._cap_true`` ranks the true statements by it, held ones among them."""
    return with_marker(q.ctx.doc.text, q.draft.source).text if isinstance(q, Held) else q.source.sentence


def top_true(out: object, run: object, ranked: list[int], keep: int) -> tuple[set[int], set[int]]:
    """The places of the last ``keep`` of ``ranked`` (true statements of ``out``, least important first) that
    stay, each held one among them composed now, in its place, as it would have been when drafted (composing
    reads nothing of the run); one that composing finds no question (a lint finding, a stem asked already:
    said why) or a clause cut out of its sentence (verbatim.cut_short: left out as such) gives way to the next.
    Returns those places and the places of held statements that are no question."""
    kept: set[int] = set()
    absent: set[int] = set()
    for i in reversed(ranked):
        if len(kept) >= keep:
            break
        h, identity = out.questions[i]
        if isinstance(h, Held):
            q, problems, named = compose(h.ctx.doc, h.ctx.point, "truefalse", h.draft, h.candidates, h.qid)
            out.named |= named
            if q is None or ("truefalse", q.stem, ()) in run.stems:  # (as generate._ask says either)
                said = problems if q is None else ["：" + reasons.SAME_STEM]
                out.diagnostics.extend((h.ctx.point, f"未出{QUESTION_KINDS['truefalse']}{m}") for m in said)
                absent.add(i)
                continue
            run.stems.add(("truefalse", q.stem, ()))
            out.questions[i] = (q, identity)
            if cut_short(q):
                continue
        kept.add(i)
    return kept, absent


def bare_true(ctx: Ctx, kind: str, draft: Draft, identity: tuple, run: object, at: int,
               changed: bool = False, asked: bool = False) -> bool:
    """Whether ``draft`` is a true/false statement copied true (no change found) that ``generate._cap_true`` is sure to
    leave out whatever the share: from a sentence without a key term, or (policy.yaml true_needs_change) on a
    point ``asked`` already in another kind once the document has TRUE_NEEDS_FROM statements a change was found
    for (neither count goes down while the document is asked).  It is not composed (composing the statements
    ``generate._cap_true`` left out cost a sixth of generation).  It still holds its sentence and identity, as a
    composed one would, and ``generate._cap_true`` says it was left out in its place (``run.uncomposed``).  ``changed``:
    the statement's change was rejected (``generate._ask``), so it still counts as one a change was found for."""
    if kind != "truefalse" or TRUE_MAX >= 1 or draft.true_draft is not None:
        return False
    doomed = not changed and asked and TRUE_NEEDS_CHANGE and len(run.falsified) >= TRUE_NEEDS_FROM
    if not doomed and worth_asking_true(ctx.point, run.key_terms):
        return False
    src = statement_source(ctx)
    run.stems.add((src.start, src.end))
    run.tf_owner[src.start, src.end] = None
    run.seen.add(identity)
    run.uncomposed.append((at, ctx.point, changed))
    return True
