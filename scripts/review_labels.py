"""Lint labels from a blind teacher review's sheet (issue 12): the review folder's sample_key.json,
ratings.jsonl and the banks it sampled -> the questions as labels, as tests/data/lint_labels_review.json
holds them.

By default the choice and true/false questions, grade A accepted, B and C rejected.  With ``--all``
every kind, grade A accepted, C rejected and B (the teacher would edit it first) ``edit``, scored
apart (tests/data/lint_labels_s7.json); ``--skip FILE`` leaves out questions already labeled there.

    uv run python scripts/review_labels.py REVIEW_DIR > tests/data/lint_labels_review.json
    uv run python scripts/review_labels.py --all --skip tests/data/lint_labels_diag7.json DIR... > tests/data/lint_labels_s7.json
"""

import argparse
import json
from pathlib import Path

SHEET_KINDS = ("single", "multiple", "truefalse")


def labels(review: Path, every_kind: bool = False, skip: frozenset[str] = frozenset()) -> list[dict]:
    """The labeled questions of one review folder, in the sheet's order (see the module doc)."""
    key = {x["n"]: x for x in json.loads((review / "sample_key.json").read_text(encoding="utf-8"))}
    rates = [json.loads(line) for line in (review / "ratings.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    banks: dict[str, dict] = {}
    out = []
    for r in rates:
        k = key[r["n"]]
        if not every_kind and k["kind"] not in SHEET_KINDS:
            continue
        if k["id"] in skip:
            continue
        if k["file"] not in banks:
            bank = json.loads((review / k["file"]).read_text(encoding="utf-8"))
            banks[k["file"]] = {q["id"]: q for q in bank["questions"]}
        q = dict(banks[k["file"]][k["id"]])
        # the texts' folder as the tests name held-out texts, not the reviewer's temporary path
        q["source"] = dict(q["source"], document=f"{review.name if every_kind else 'review4'}/" + Path(q["source"]["document"]).name)
        q["file"] = Path(q["source"]["document"]).name
        if every_kind:
            label = {"A": "accepted", "B": "edit"}.get(r["grade"], "rejected")
        else:
            label = "accepted" if r["grade"] == "A" else "rejected"
        out.append({"question": q, "label": label, "grade": r["grade"], "reason": r["reason"]})
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("reviews", nargs="+", type=Path)
    ap.add_argument("--all", action="store_true", help="every kind; B labeled edit")
    ap.add_argument("--skip", action="append", type=Path, default=[], help="a label file whose questions to leave out")
    args = ap.parse_args()
    skip = frozenset(x["question"]["id"] for f in args.skip for x in json.loads(f.read_text(encoding="utf-8")))
    print(json.dumps([x for r in args.reviews for x in labels(r, args.all, skip)], ensure_ascii=False, indent=1))
