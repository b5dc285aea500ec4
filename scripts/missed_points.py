"""Why a teacher's key points go unasked: per text of an annotated folder, every point the bank (and its
first 60) does not ask, with the reason (issue 11).

    uv run python scripts/missed_points.py tests/key-points [tests/corpus …] [--top]

Reasons, first that applies:
  ranked N           asked in the whole bank, first at rank N (> 60); the point's importance and cues follow
  other concept      not asked, but the bank asks an anchor's sentence: its questions key another concept
  not extracted      no extracted point stands in an anchor's sentence and holds an item
  no question        extracted, but no drafted question asks for it (the diagnostics of those points follow)
  left out           a drafted question asks for it, the selection left it out (per-sentence cap)
With ``--top`` only the points missed by the first 60 are listed.  With ``--classes`` a table follows: the
points of each class (asked in the first 60 and the reasons above) per builder set, the folder an input's
link points into, so that a change is weighed on every set and not on the one it was tuned on (session 24:
of 1808 points of /work/notes/s24/devpts, 731 asked in the first 60, 425 other concept, 247 ranked, 186 no
question, 219 not extracted, 0 left out).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from kaodian import pipeline
from kaodian.evaluate.annotations import load_points
from kaodian.evaluate.coverage import TOP_N, asks_for, squash
from kaodian.evaluate.folder import annotated_inputs
from kaodian.questions import generate
from kaodian.questions.generate import PER_SENTENCE, draft_candidates
from kaodian.questions.templates import load_templates
from kaodian.model import QUESTION_KINDS


def _holds(p, kp) -> bool:  # noqa: ANN001 — an extracted point, a key point
    """Whether an extracted point stands in an anchor's sentence and holds one of the key point's items."""
    where = squash(p.sentence.text + p.text)
    if not any(squash(a) in where for a in kp.anchors):
        return False
    texts = [squash(p.text)] + [squash(i.text) for i in p.items]
    return any(i and (i in t or t in i) for i in map(squash, kp.items) for t in texts if t)


def _on_sentence(q, kp) -> bool:  # noqa: ANN001 — a question, a key point
    """Whether ``q`` asks one of the key point's anchor sentences (for ordering and recall, names it in its stem)."""
    where = squash(q.source.sentence + q.stem)
    return any(squash(a) in where for a in kp.anchors)


def report(folder: Path, top_only: bool, classes: Counter | None = None) -> None:
    """Print every missed key point of ``folder`` with where it was lost; count the classes in ``classes``."""
    tset = load_templates(None)
    for a in annotated_inputs(folder):
        if not a.points:
            continue
        (ex,) = pipeline.extract_paths([str(a.input)])
        ex = replace(ex, document=replace(ex.document, name=a.input.name))
        drafted, diags, _ = draft_candidates([ex], tset, tuple(QUESTION_KINDS), 0, None, per_sentence=PER_SENTENCE)
        bank = generate([ex]).questions  # the bank kaodian eval scores
        points = load_points(a.points)
        print(f"== {a.input.name}: {len(bank)} questions, {len(points)} key points")
        builder = os.path.basename(os.path.dirname(os.path.realpath(a.input)))
        for kp in points:
            ranks = [n for n, q in enumerate(bank, 1) if asks_for(q, kp)]
            if ranks and ranks[0] <= TOP_N:
                if classes is not None:
                    classes[("first 60", builder)] += 1
                continue
            mine = [p for p in ex.points if _holds(p, kp)]
            if ranks:
                best = max(mine, key=lambda p: p.importance) if mine else None
                why = f"ranked {ranks[0]}" + (f"  [{best.kind} {best.importance} {'、'.join(best.cues)}]" if best else "")
                lost = "ranked > 60"
            elif any(_on_sentence(q, kp) for q in bank):
                why = lost = "OTHER CONCEPT (its sentence is asked)"
            elif not mine:
                why = lost = "NOT EXTRACTED"
            elif any(asks_for(c.question, kp) for c in drafted):
                why = lost = "left out by selection"
            else:
                lost = "NO QUESTION"
                kinds = sorted({p.kind for p in mine})
                said = [d for d in diags if any(squash(kp.anchors[0])[:8] in squash(d) for _ in (0,))][:3]
                why = f"NO QUESTION [{','.join(kinds)}] " + " | ".join(d[-90:] for d in said)
            if classes is not None:
                classes[(lost, builder)] += 1
            if top_only or not ranks:
                print(f"  - {kp.name}: {why}")
                print(f"      items={list(kp.items)[:6]} anchor={kp.anchors[0][:40]}")
                near = [c.question for c in drafted if any(squash(x) in squash(c.question.source.sentence) for x in kp.anchors)]
                for q in near[:3]:
                    print(f"      near: {q.kind} {q.point_kind} ans={list(q.answer)[:3]} stem={q.stem[:50]}")


def table(classes: Counter) -> None:
    """The classes, largest first, by builder set."""
    sets = sorted({b for _, b in classes})
    print("\n| where lost | all | " + " | ".join(sets) + " |")
    totals = Counter()
    for (c, _), n in classes.items():
        totals[c] += n
    for c, n in totals.most_common():
        print(f"| {c} | {n} | " + " | ".join(str(classes[(c, b)]) for b in sets) + " |")


if __name__ == "__main__":
    args = [x for x in sys.argv[1:] if not x.startswith("--")]
    counts = Counter() if "--classes" in sys.argv else None
    for d in args:
        report(Path(d), "--top" in sys.argv, counts)
    if counts is not None:
        table(counts)
