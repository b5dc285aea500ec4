"""How much the importance order beats chance: each annotated text's first 60 against a random order of its bank.

    uv run python scripts/rank_vs_random.py DIR [DIR …] [--cache /tmp/harvest.pkl]

For every annotated input with more than 60 questions (harvested as ``scripts/fit_importance.py`` does, and its
``--cache`` pickle is read when given), prints the points the whole bank asks, the points its first 60 ask under
today's weights, and the points a random 60 of the same bank would ask on average (the sum over the teacher's
points of the chance that 60 questions drawn without replacement include one that asks it).  A text whose first
60 do no better than chance is one whose signals mislead: read its first 60 beside its teacher's points.

Then, over the first 60 questions of all those texts, by point kind and question kind: how many ask a teacher's
point (``hit``), how many stand on a sentence that holds a teacher's anchor but do not ask its point (``there``:
the place is right, the question keys other words, or, for a recall or ordering question, its stem does not
quote the anchor the scorer looks for there), and how many ask nothing a teacher listed (``none``).  Session 26:
of 126 recall questions on lists in the first 60, 17 hit, 64 stood where a teacher's point is, 45 on nothing.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from fit_importance import _ranking, bank_under, cached_harvest, current_weights  # noqa: E402

from kaodian.evaluate.annotations import load_points  # noqa: E402
from kaodian.evaluate.coverage import TOP_N, squash  # noqa: E402
from kaodian.evaluate.folder import annotated_inputs  # noqa: E402


def expected_random(bank: list[int], asks: list[frozenset[int]], points: int, top: int = TOP_N) -> float:
    """The teacher's points a random ``top`` of ``bank`` asks on average."""
    n = len(bank)
    total = 0.0
    for j in range(points):
        k = sum(1 for i in bank if j in asks[i])
        if k == 0:
            continue
        # P(none of the k questions asking j among the top) = C(n-k, top) / C(n, top)
        none = 0.0 if n - k < top else math.exp(math.lgamma(n - k + 1) - math.lgamma(n - k - top + 1)
                                                 - math.lgamma(n + 1) + math.lgamma(n - top + 1))
        total += 1 - none
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--cache", type=Path, help="a pickle of the harvest (fit_importance.py): read when it exists, else written")
    args = ap.parse_args()
    texts = cached_harvest(args.dirs, args.cache)
    lists = {a.input.name: a.points for d in args.dirs for a in annotated_inputs(d) if a.points}
    w = current_weights()
    sums = [0.0, 0.0, 0.0, 0]
    kinds: Counter[tuple[str, str, str]] = Counter()
    print(f"{'text':42s} {'bank':>5s} {'points':>6s} {'whole':>5s} {'first60':>7s} {'random60':>8s}")
    for t in texts:
        bank = bank_under(t, _ranking(t, w)[0])
        if len(bank) <= TOP_N:
            continue
        whole = len(frozenset().union(*(t.asks[i] for i in bank)))
        first = len(frozenset().union(*(t.asks[i] for i in bank[:TOP_N])))
        chance = expected_random(bank, t.asks, t.points)
        sums = [sums[0] + whole, sums[1] + first, sums[2] + chance, sums[3] + t.points]
        flag = "  no better than chance" if first <= chance + 1 else ""
        print(f"{t.name[:42]:42s} {len(bank):5d} {t.points:6d} {whole:5d} {first:7d} {chance:8.1f}{flag}")
        anchors = [squash(a) for kp in load_points(lists[t.name]) for a in kp.anchors] if t.name in lists else []
        for i in bank[:TOP_N]:
            q = t.cands[i].question
            where = "hit" if t.asks[i] else "there" if any(a in squash(q.source.sentence) for a in anchors) else "none"
            kinds[q.point_kind, q.kind, where] += 1
    print(f"{'total':42s} {'':5s} {sums[3]:6d} {sums[0]:5.0f} {sums[1]:7.0f} {sums[2]:8.1f}")
    print("\nfirst 60 by point kind and question kind: hit / there / none")
    for pk, qk in sorted({(a, b) for a, b, _ in kinds}):
        print(f"  {pk:12s} {qk:10s} {kinds[pk, qk, 'hit']:4d} {kinds[pk, qk, 'there']:4d} {kinds[pk, qk, 'none']:4d}")


if __name__ == "__main__":
    main()
