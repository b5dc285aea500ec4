"""Fit the importance weights (rules/default.yaml ``importance``) to teachers' key points, cross-validated by text.

    uv run python scripts/fit_importance.py DIR [DIR …] --cache /tmp/harvest.pkl [MODE] [--extra] [--least N]

Every annotated input (a text with NAME.points.json beside it, as ``kaodian eval`` reads a folder; a points list
reached twice through links counts once) is extracted and its questions drafted once.  For each point the script
records the signals ``rules/importance.py`` computes (its kind, its cue labels, how often its key terms recur)
and, with ``--extra``, a few general ones it does not (``extra_features``: a paragraph's opening sentence, a
section's close, the place in the article, a heading, the number of items, a short sentence; and, computed from
the weights, the best point of each paragraph or section); for each drafted question, which teacher's points it
asks.  A weight vector then gives every point its importance, ``select`` ranks the drafted questions again as
``generate`` does (cover before repeating, two questions per sentence, the cap on verbatim true statements) and
the first 60 questions are scored: the points they ask over all points, micro-averaged as ``kaodian eval``.

Folds hold whole texts: two lists of one text (they share their sentences) or one list of a text saved twice
(.txt and .html: they share the teacher's points) fall in one fold; groups are dealt to folds in the order of a
hash, the same on every run.  Modes:

  (default)    coordinate search over every weight on the training folds, scored on the held-out fold
  --single     each weight alone: the step the training folds like best, its held-out gain fold by fold
  --stagewise  weights changed one at a time, each only where its held-out gain is at least --least points
               and no fold loses (what session 23 adopted)
  --logistic   a logistic model of each point's label (asks a teacher's point no point above it asks)
  --table F    every bank question's signals and label, TSV, under today's weights

Drafting is done once with the weights of the tree it runs in (drafting reads importance only where it caps a
document's verbatim true statements), so the figures match ``kaodian eval`` for today's weights and approximate
it for others: check an adopted change with ``kaodian eval``.

Session 23 (45 lists of /work/notes/s23/devpts, then 56 with tests/corpus and tests/study-points): the
coordinate search over all weights gained on the training folds and lost held out (devpts: 571 -> 557 of 1402);
so did a logistic model (571 -> 544) and a paragraph-opening signal (x_para_lead: +13 held out on devpts, +10
with a fold at -7 on the 56).  ``--stagewise --least 2`` on the 56 changed defining, known_series, numbered and
long_items; numbered was left as it was (it let cold statistics into reports' first 60), the other three were
adopted (default.yaml): first 60 877 -> 890 of 1974, devpts 635 -> 645 of 1557, no text losing a point.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from kaodian import pipeline
from kaodian.evaluate.annotations import load_points
from kaodian.rules.importance import recurrence_bonus
from kaodian.evaluate.coverage import TOP_N, asks_for
from kaodian.evaluate.folder import annotated_inputs
from kaodian.model import QUESTION_KINDS
from kaodian.questions.generate import PER_SENTENCE, PREFER, draft_candidates
from kaodian.questions.select import Candidate, select, top
from kaodian.questions.templates import load_templates
from kaodian.questions.tf_share import cap_true
from kaodian.rules import importance as imp

_TIMES = re.compile(r"出现(\d+)次")
_LABEL_KEY = {v: k for k, v in imp.LABELS.items()}


@dataclass
class Text:
    """One annotated input: its points' features, its drafted questions and what each asks."""

    name: str  # the input's file name
    group: str  # what ties two lists of one text (the file stem)
    points: int  # teacher's points
    features: list[dict[str, float]]  # per extracted point
    cands: list[Candidate]  # drafted, in drafting order
    asks: list[frozenset[int]]  # per candidate: the teacher's points it asks
    places: list[tuple[int, int]]  # per point: (its paragraph, its section) as numbers within the document
    key_points: str = ""  # a hash of the teacher's points (what ties a text saved twice)


def extra_features(p, ex) -> dict[str, float]:  # noqa: ANN001 — a Point, its Extraction
    """Signals importance.py does not compute (yet): measured here to see whether they would help."""
    out: dict[str, float] = {}
    text = ex.document.text
    art = next((a for a in ex.document.articles if a.id == p.article), None)
    if art is None:
        return out
    paras = art.paragraphs
    k = next((i for i, q in enumerate(paras) if q.start <= p.sentence.start < q.end), None)
    if k is not None:
        para = paras[k]
        if not text[para.start:p.sentence.start].strip():
            out["x_para_lead"] = 1.0  # the opening sentence of any paragraph
        if k + 1 == len(paras) or paras[k + 1].section != para.section:
            out["x_section_close"] = 1.0  # the last paragraph of a section
        out["x_position"] = (p.start - art.start) / max(1, art.end - art.start)  # 0 at the opening, 1 at the close
    if any(h.start <= p.start < h.end for h in art.headings):
        out["x_heading"] = 1.0
    if p.kind in ("enumeration", "list"):
        out["x_items"] = min(len(p.items), 10) / 10
    out["x_short_sentence"] = 1.0 if len(p.sentence.text) <= 40 else 0.0
    return out


def places(ex) -> list[tuple[int, int]]:  # noqa: ANN001 — an Extraction
    """Each point's paragraph and section, numbered across the document (-1 outside any paragraph)."""
    paras = [(q.start, q.end, n, (a.id, q.section)) for a in ex.document.articles for n, q in enumerate(a.paragraphs)]
    sections = {key: i for i, key in enumerate(dict.fromkeys(k for *_, k in paras))}
    out = []
    for p in ex.points:
        at = next((i for i, (s, e, _, _) in enumerate(paras) if s <= p.sentence.start < e), -1)
        out.append((at, sections[paras[at][3]] if at >= 0 else -1))
    return out


def features(p, ex) -> dict[str, float]:  # noqa: ANN001
    """The point's signals as importance.py weighs them, from its cues, plus ``extra_features``."""
    f: dict[str, float] = {f"kind_{p.kind}": 1.0}
    times = 1
    for cue in p.cues:
        if cue in _LABEL_KEY:
            f[_LABEL_KEY[cue]] = 1.0
        elif m := _TIMES.match(cue):
            times = int(m.group(1))
    f["times"] = float(times)
    f.update(extra_features(p, ex))
    return f


def cached_harvest(dirs: list[Path], cache: Path | None) -> list[Text]:
    """``harvest(dirs)``, read from the pickle ``cache`` when it exists, else harvested and written there (when given)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    texts = harvest(dirs)
    if cache:
        cache.write_bytes(pickle.dumps(texts))
    return texts


def harvest(dirs: list[Path]) -> list[Text]:
    """Extract and draft every annotated input with points once (slow: minutes)."""
    tset = load_templates(None)
    out = []
    seen: set[str] = set()  # a points list read twice (a folder of links to another's files) counts once
    for d in dirs:
        for a in annotated_inputs(d):
            if not a.points:
                continue
            same = hashlib.sha1(a.points.read_bytes() + a.input.read_bytes()).hexdigest()
            if same in seen:
                continue
            seen.add(same)
            (ex,) = pipeline.extract_paths([str(a.input)])
            ex = replace(ex, document=replace(ex.document, name=a.input.name))
            drafted, _, _ = draft_candidates([ex], tset, tuple(QUESTION_KINDS), 0, None, per_sentence=PER_SENTENCE)
            kps = load_points(a.points)
            asks = [frozenset(i for i, kp in enumerate(kps) if asks_for(c.question, kp)) for c in drafted]
            feats = [features(p, ex) for p in ex.points]
            key = hashlib.sha1("\n".join(sorted(kp.name for kp in kps)).encode()).hexdigest()
            out.append(Text(a.input.name, a.input.stem, len(kps), feats, drafted, asks, places(ex), key))
            print(f"  {a.input.name}: {len(ex.points)} points, {len(drafted)} drafted", file=sys.stderr)
    return out


# The weights of today's YAML as a flat vector: kinds, labels, and the recurrence pair.
def current_weights() -> dict[str, float]:
    """Today's weights, read from the shipped rules."""
    r = imp.ImportanceRules.from_rules(_rules())
    w = {f"kind_{k}": v for k, v in r.kinds.items()}
    w.update(r.weights)
    w.update(recurring=r.recurring, recurring_max=r.recurring_max, ubiquitous=r.ubiquitous,
              ubiquitous_min=float(r.ubiquitous_min))
    return w


def _rules() -> dict:
    import yaml
    from importlib.resources import files

    return yaml.safe_load((files("kaodian.rules") / "default.yaml").read_text(encoding="utf-8"))


def importance(f: dict[str, float], w: dict[str, float]) -> float:
    """A point's importance under ``w``, as importance.score computes it (plus any x_ weights)."""
    v = 0.0
    for k, x in f.items():
        if k == "times":
            continue
        v += w.get(k, 0.0) * x
    v += recurrence_bonus(f.get("times", 1.0), w["ubiquitous_min"], w["ubiquitous"], w["recurring"], w["recurring_max"])
    return round(v, 2)


def _ranking(t: Text, w: dict[str, float]) -> tuple[list[float], tuple[int, ...]]:
    """The points' importance under ``w`` and the order ``select`` ranks them in (what the result depends on)."""
    imps = [importance(f, w) for f in t.features]
    for name, at in (("x_para_best", 0), ("x_section_best", 1)):
        if w.get(name):
            imps = _lift_best(imps, [pl[at] for pl in t.places], w[name])
    first: dict[int, int] = {}
    for c in t.cands:
        first.setdefault(int(c.point[1]), c.order)
    return imps, tuple(sorted(first, key=lambda n: (-imps[n], first[n])))


def _lift_best(imps: list[float], place: list[int], bonus: float) -> list[float]:
    """``imps`` with ``bonus`` added to the most important point of each place (the first of equals)."""
    best: dict[int, int] = {}
    for n, v in enumerate(imps):
        if place[n] >= 0 and (place[n] not in best or v > imps[best[place[n]]]):
            best[place[n]] = n
    out = list(imps)
    for n in best.values():
        out[n] = round(out[n] + bonus, 2)
    return out


def bank_under(t: Text, imps: list[float]) -> list[int]:
    """The drafted questions (their indices) of the whole bank, in rank order, under the points' ``imps``."""
    cands = [Candidate(c.question, c.point, imps[int(c.point[1])], c.order) for c in t.cands]
    ranked = select(cands, per_sentence=PER_SENTENCE, prefer=PREFER)
    by_id = {c.question.id: c for c in cands}
    bank, _ = top(ranked, None, lambda qs: cap_true(qs, lambda q: q.source.document,
                                                      lambda q: by_id[q.id].importance, lambda q: by_id[q.id].point))
    where = {c.question.id: i for i, c in enumerate(cands)}
    return [where[q.id] for q in bank]


_MEMO: dict[tuple[str, tuple[int, ...]], int] = {}


def top_asked(t: Text, w: dict[str, float]) -> int:
    """The teacher's points the first TOP_N questions of the bank ask under ``w`` (memoized on the ranking:
    weights that rank a text's points alike give it the same bank)."""
    imps, order = _ranking(t, w)
    key = (t.name, order)
    if key not in _MEMO:
        asked: set[int] = set()
        for i in bank_under(t, imps)[:TOP_N]:
            asked |= t.asks[i]
        _MEMO[key] = len(asked)
    return _MEMO[key]


def score(texts: list[Text], w: dict[str, float]) -> tuple[int, int]:
    """(points asked by the first TOP_N, points) over ``texts``."""
    return sum(top_asked(t, w) for t in texts), sum(t.points for t in texts)


def groups_of(texts: list[Text]) -> dict[str, list[Text]]:
    """The texts by what they are a text of: two lists of one text (by different teachers) share their sentences,
    one list of a text saved twice (.txt and .html) shares its teacher's points; either ties them."""
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, t in enumerate(texts):
        sentences = "\n".join(sorted({c.question.source.sentence for c in t.cands}))
        for key in ("s" + hashlib.sha1(sentences.encode()).hexdigest(), "p" + t.key_points):
            j = first.setdefault(key, i)
            parent[root(i)] = root(j)
    out: dict[str, list[Text]] = {}
    for i, t in enumerate(texts):
        out.setdefault(texts[root(i)].name, []).append(t)
    return out


def folds(texts: list[Text], k: int) -> list[list[Text]]:
    """``k`` folds of whole groups, dealt in the order of a hash of the group (the same split on every run)."""
    groups = groups_of(texts)
    out: list[list[Text]] = [[] for _ in range(k)]
    for n, g in enumerate(sorted(groups, key=lambda g: hashlib.sha1(g.encode()).hexdigest())):
        out[n % k] += groups[g]
    return out


# The steps a weight is tried at around its value, and the integer thresholds' range.
STEPS = (-2.0, -1.5, -1.0, -0.5, -0.25, 0.25, 0.5, 1.0, 1.5, 2.0)
FIXED = ("ubiquitous_min",)  # an integer threshold: tried over THRESHOLDS
THRESHOLDS = range(4, 16)


def fit(texts: list[Text], start: dict[str, float], names: list[str], rounds: int, least: int) -> dict[str, float]:
    """Coordinate search from ``start`` over ``names``: each weight tried at its steps, the best kept when it asks
    at least ``least`` more points of ``texts`` in their first TOP_N (ties keep the smaller change)."""
    w = dict(start)
    best = score(texts, w)[0]
    for _ in range(rounds):
        moved = False
        for name in names:
            values = THRESHOLDS if name in FIXED else [round(w[name] + s, 2) for s in STEPS]
            trial = []
            for v in values:
                got = score(texts, {**w, name: float(v)})[0]
                trial.append((got, -abs(v - w[name]), v))
            got, _, v = max(trial)
            if got >= best + least:
                w[name], best, moved = float(v), got, True
        if not moved:
            break
    return w


def single(texts: list[Text], start: dict[str, float], names: list[str], k: int,
           say: bool = True) -> dict[str, tuple[list[int], float]]:
    """One weight at a time: every step of each weight scored on every fold once; for each fold the step the
    other folds like best (ties: the smaller change) is scored on it.  Returns, per weight, the held-out points
    gained over ``start`` fold by fold and the step all texts like best; prints them with ``say``."""
    parts = folds(texts, k)
    base = [score(f, start)[0] for f in parts]
    out = {}
    for name in names:
        values = list(THRESHOLDS) if name in FIXED else [round(start[name] + s, 2) for s in (0.0, *STEPS)]
        table = {v: [score(f, {**start, name: float(v)})[0] for f in parts] for v in values}
        gains, picks = [], []
        for n in range(k):
            train = {v: sum(r) - r[n] for v, r in table.items()}
            v = max(values, key=lambda v: (train[v], -abs(v - start[name])))
            gains.append(table[v][n] - base[n])
            picks.append(v)
        whole = max(values, key=lambda v: (sum(table[v]), -abs(v - start[name])))
        out[name] = (gains, float(whole))
        if say:
            print(f"{name:16s} {start[name]:g}: held-out gain {sum(gains):+d} by fold {gains}, picks {picks}; "
                  f"on all texts {whole:g} ({sum(table[whole]) - sum(base):+d})", flush=True)
    return out


def stagewise(texts: list[Text], start: dict[str, float], names: list[str], k: int, least: int) -> dict[str, float]:
    """Weights changed one at a time: at each stage every weight is cross-validated alone (``single``) from the
    weights so far; the one whose held-out gain is largest is set to the step all texts like best, provided it
    gains at least ``least`` points held out and loses in no fold.  Stops when none does."""
    w = dict(start)
    while True:
        found = single(texts, w, names, k, say=False)
        fair = {n: (sum(g), v) for n, (g, v) in found.items() if min(g) >= 0 and sum(g) >= least and v != w[n]}
        if not fair:
            return w
        name = max(fair, key=lambda n: (fair[n][0], n))
        print(f"stage: {name} {w[name]:g} -> {fair[name][1]:g} (held-out gain {found[name][0]})", flush=True)
        w[name] = fair[name][1]


def _rows(texts: list[Text], w: dict[str, float]) -> tuple[list[dict[str, float]], list[int]]:
    """For the logistic model: one row per point that has a question in the bank under ``w`` (its signals, the
    recurrence in bands) and its label: one of its questions asks a teacher's point no question of a point ranked
    above it asks."""
    rows, labels = [], []
    for t in texts:
        imps, order = _ranking(t, w)
        bank = set(bank_under(t, imps))
        by_point: dict[int, list[int]] = {}
        for i, c in enumerate(t.cands):
            if i in bank:
                by_point.setdefault(int(c.point[1]), []).append(i)
        seen: set[int] = set()
        for n in order:
            if n not in by_point:
                continue
            asked = frozenset().union(*(t.asks[i] for i in by_point[n]))
            f = {k: v for k, v in t.features[n].items() if k != "times"}
            times = t.features[n].get("times", 1.0)
            f["rec_some"] = 1.0 if 1 < times < w["ubiquitous_min"] else 0.0
            f["rec_ubiquitous"] = 1.0 if times >= w["ubiquitous_min"] else 0.0
            rows.append(f)
            labels.append(1 if asked - seen else 0)
            seen |= asked
    return rows, labels


def logistic(rows: list[dict[str, float]], labels: list[int], l2: float = 1.0, steps: int = 300) -> dict[str, float]:
    """Coefficients of an L2-regularised logistic regression (full-batch gradient descent, pure Python)."""
    import math

    names = sorted({k for r in rows for k in r})
    b = {k: 0.0 for k in names}
    b0, rate, n = 0.0, 0.5, len(rows)
    for _ in range(steps):
        g = {k: l2 * b[k] / n for k in names}
        g0 = 0.0
        for r, y in zip(rows, labels):
            z = b0 + sum(b[k] * v for k, v in r.items())
            e = 1 / (1 + math.exp(-z)) - y
            g0 += e / n
            for k, v in r.items():
                g[k] += e * v / n
        b0 -= rate * g0
        for k in names:
            b[k] -= rate * g[k]
    return b


def from_logistic(b: dict[str, float], today: dict[str, float], scale: float) -> dict[str, float]:
    """Weights in the YAML's form from logistic coefficients: each signal's coefficient times ``scale``; the
    recurrence bands become ``recurring_max`` (with ``recurring`` high enough to reach it at once) and
    ``ubiquitous``."""
    w = {k: 0.0 if k not in ("ubiquitous_min",) else today[k] for k in today}
    for k, v in b.items():
        if k in w:
            w[k] = round(v * scale, 2)
        elif k.startswith("x_"):
            w[k] = round(v * scale, 2)
    w["recurring_max"] = round(b.get("rec_some", 0.0) * scale, 2)
    w["recurring"] = w["recurring_max"]
    w["ubiquitous"] = round(b.get("rec_ubiquitous", 0.0) * scale, 2)
    return w


def write_table(texts: list[Text], w: dict[str, float], path: Path) -> None:
    """One line per question of each bank under ``w``, in rank order: the text, the rank, the question's kind,
    its point's kind, importance and signals, and whether it asks a teacher's point no question above it asks."""
    with path.open("w", encoding="utf-8") as out:
        out.write("text\trank\tkind\tpoint_kind\timportance\tsignals\tasks_new\n")
        for t in texts:
            imps, _ = _ranking(t, w)
            seen: set[int] = set()
            for rank, i in enumerate(bank_under(t, imps), 1):
                c, n = t.cands[i], int(t.cands[i].point[1])
                signals = ",".join(f"{k}={v:g}" for k, v in sorted(t.features[n].items()))
                out.write(f"{t.name}\t{rank}\t{c.question.kind}\t{c.question.point_kind}\t{imps[n]:g}\t{signals}\t"
                          f"{int(bool(t.asks[i] - seen))}\n")
                seen |= t.asks[i]


def _ratio(a: int, n: int) -> str:
    return f"{a / n:.3f} ({a}/{n})" if n else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--cache", type=Path, help="a pickle of the harvest: read when it exists, else written")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--least", type=int, default=1, help="points a step must gain on the training texts")
    ap.add_argument("--extra", action="store_true", help="also fit the signals importance.py does not compute (x_…)")
    ap.add_argument("--single", action="store_true", help="cross-validate one weight at a time (see single)")
    ap.add_argument("--stagewise", action="store_true", help="change one weight at a time where CV holds (stagewise)")
    ap.add_argument("--logistic", action="store_true", help="cross-validate a logistic model of each point's label")
    ap.add_argument("--table", type=Path, help="write every bank question's signals and label (TSV) under today's weights")
    ap.add_argument("--only", default="", help="comma-separated weights to fit (default: all)")
    args = ap.parse_args()
    texts = cached_harvest(args.dirs, args.cache)
    today = current_weights()
    # a text whose whole bank fits in the first TOP_N scores the same under any weights
    ranked = [t for t in texts if len(bank_under(t, _ranking(t, today)[0])) > TOP_N]
    extra = sorted({k for t in texts for f in t.features for k in f if k.startswith("x_")}) if args.extra else []
    start = {**today, **{k: 0.0 for k in extra}}
    names = args.only.split(",") if args.only else [k for k in start if k != "ubiquitous_min"] + ["ubiquitous_min"]
    all_asked, all_points = score(texts, today)
    print(f"texts {len(texts)} ({len(ranked)} with more than {TOP_N} questions); today's top-{TOP_N}: "
          f"{_ratio(all_asked, all_points)}")
    if args.table:
        write_table(texts, today, args.table)
    if args.logistic:
        held = [0, 0, 0]
        for fold in folds(ranked, args.folds):
            rows, labels = _rows([t for t in ranked if t not in fold], today)
            w = from_logistic(logistic(rows, labels), today, 2.0)
            got = score(fold, today), score(fold, w)
            held = [held[0] + got[0][0], held[1] + got[1][0], held[2] + got[0][1]]
        print(f"logistic, held-out folds together: today {_ratio(held[0], held[2])}, fitted {_ratio(held[1], held[2])}")
        return
    if args.single:
        single(ranked, start, names, args.folds)
        return
    if args.stagewise:
        w = stagewise(ranked, start, names, args.folds, args.least)
        parts = folds(ranked, args.folds)
        # (each fold's held-out figure here is of weights chosen with every fold in view: a little kind)
        print(f"stagewise: today {_ratio(*score(texts, today))}, stagewise {_ratio(*score(texts, w))}; by fold "
              f"{[score(f, w)[0] - score(f, today)[0] for f in parts]}")
        for k, v in sorted(w.items()):
            if v != start[k]:
                print(f"   {k}: {start[k]:g} -> {v:g}")
        return
    held_today = held_fit = held_n = 0
    for n, fold in enumerate(folds(ranked, args.folds)):
        train = [t for t in ranked if t not in fold]
        w = fit(train, start, names, args.rounds, args.least)
        a0, pts = score(fold, today)
        a1, _ = score(fold, w)
        t0, tp = score(train, today)
        t1, _ = score(train, w)
        held_today, held_fit, held_n = held_today + a0, held_fit + a1, held_n + pts
        changed = {k: v for k, v in w.items() if v != start[k]}
        print(f"fold {n + 1}: {len(fold)} texts held out; train {_ratio(t0, tp)} -> {_ratio(t1, tp)}; "
              f"held out {_ratio(a0, pts)} -> {_ratio(a1, pts)}")
        print(f"   {', '.join(f'{k} {start[k]:g}->{v:g}' for k, v in sorted(changed.items()))}")
    print(f"held-out folds together: today {_ratio(held_today, held_n)}, fitted {_ratio(held_fit, held_n)}")
    w = fit(ranked, start, names, args.rounds, args.least)
    a1, _ = score(texts, w)
    print(f"fitted on all texts: {_ratio(all_asked, all_points)} -> {_ratio(a1, all_points)} (in-sample)")
    for k, v in sorted(w.items()):
        if v != start[k]:
            print(f"   {k}: {start[k]:g} -> {v:g}")


if __name__ == "__main__":
    main()
