"""Where question generation's time goes (issue 11's speed bar): each draft's cost, by what became of it.

    uv run python bench/question_costs.py [--top 25]

Generates the corpus of ``bench/questions.py`` (every .txt and .html of tests/corpus, after the same warm-up
text) once and times every draft ``generate`` makes of a point in a question kind (``generate._ask``: drafting,
wording and lint), in CPU seconds, split by what became of it:

- 入库: the question is in the bank;
- 未出: no question (the kind does not fit, too few wrong options, a lint finding …; the reason is printed);
- 出后舍去: a question was made, then left out (the true/false share, the per-sentence cap, ``--limit``).

The first column is the floor of the bar: what the bank's own questions cost if nothing else were drafted.
A draft's work shared with a later kind of its point (a series' distractors, searched once for its single,
multiple and true/false questions) counts where it was first done.  Timing wraps ``generate._ask`` and the
generators, so it adds a little to every draft; it is no test and asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections import defaultdict


def _reason(message: str) -> str:
    """A draft's reason without the words it quotes, so that reasons of one kind add up."""
    return re.sub(r"“[^”]*”", "“…”", message)[:40]


def measure() -> tuple[float, dict, int]:
    """Generate the corpus once: its CPU seconds, and {(point kind, kind, fate, reason): [seconds, drafts]}."""
    from corpus_setup import warmed_corpus

    extractions, templates = warmed_corpus()
    from kaodian.questions import generate

    gen = importlib.import_module("kaodian.questions.generate")
    why: list[str] = []  # the reason of the draft being timed, as its generator or compose said it

    def drafting(f):  # noqa: ANN001, ANN202 — a generator of the registry
        def drafted(ctx):  # noqa: ANN001, ANN202
            got = f(ctx)
            why[:] = [(got or "这种题型不问这种考点") if isinstance(got, str) else "起草了，没有成题（照抄原文的判断题、同一题干等）"]
            return got
        return drafted

    def composing(*args):  # noqa: ANN202
        got = compose(*args)
        why[:] = [got[1][0]] if got[0] is None and got[1] else why
        return got

    drafts: list[tuple[str, str, str, object, float]] = []  # (point kind, kind, reason, question id, seconds)

    def asking(ctx, n, kind, *rest):  # noqa: ANN001, ANN202
        why[:] = ["未起草（重复、标题行、同一题干，或沿用已起草的稿）"]  # (what _ask skips before drafting)
        t = time.process_time()
        made = ask(ctx, n, kind, *rest)  # (rest: templates, drafts, run, out[, last])
        took = time.process_time() - t
        q = rest[3].questions[-1][0] if made else None  # (a Question, or a true statement held: held.Held)
        drafts.append((ctx.point.kind, kind, "" if made else _reason(why[0]), getattr(q, "id", None) or getattr(q, "qid", None), took))
        return made

    ask, compose = gen._ask, gen.compose
    gen.GENERATORS.update({k: drafting(f) for k, f in gen.GENERATORS.items()})
    gen._ask, gen.compose = asking, composing
    t = time.process_time()
    bank = generate(extractions, templates=templates)
    total = time.process_time() - t
    kept = {q.id for q in bank.questions}
    costs: dict = defaultdict(lambda: [0.0, 0])
    for point_kind, kind, reason, qid, took in drafts:
        fate = "未出" if reason else ("入库" if qid in kept else "出后舍去")
        c = costs[point_kind, kind, fate, reason]
        c[0] += took
        c[1] += 1
    return total, costs, len(bank.questions)


def main() -> int:
    """Print the corpus's generation time by what became of each draft, then the ``--top`` dearest rows."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=25, help="how many of the dearest rows to print")
    args = ap.parse_args()
    total, costs, questions = measure()
    fates = defaultdict(lambda: [0.0, 0])
    for (_, _, fate, _), (s, n) in costs.items():
        fates[fate][0] += s
        fates[fate][1] += n
    print(f"出题 {total * 1000:.0f} ms（CPU），{questions} 道题")
    print("，".join(f"{fate} {s * 1000:.0f} ms / {n} 次起草" for fate, (s, n) in sorted(fates.items())))
    for (point_kind, kind, fate, reason), (s, n) in sorted(costs.items(), key=lambda kv: -kv[1][0])[: args.top]:
        print(f"{s * 1000:7.1f} ms {n:6d}  {point_kind:>12} {kind:>10}  {fate} {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
