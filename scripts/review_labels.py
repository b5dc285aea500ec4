"""Lint labels from a blind teacher review's sheet (issue 12): the review folder's sample_key.json,
ratings.jsonl and the banks it sampled -> the choice and true/false questions as labels (grade A
accepted, B and C rejected), as tests/data/lint_labels_review.json holds them.

    uv run python scripts/review_labels.py REVIEW_DIR > tests/data/lint_labels_review.json
"""

import json
import sys
from pathlib import Path


def labels(review: Path) -> list[dict]:
    """The labeled choice and true/false questions of one review folder, in the sheet's order."""
    key = {x["n"]: x for x in json.loads((review / "sample_key.json").read_text(encoding="utf-8"))}
    rates = [json.loads(line) for line in (review / "ratings.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    banks: dict[str, dict] = {}
    out = []
    for r in rates:
        k = key[r["n"]]
        if k["kind"] not in ("single", "multiple", "truefalse"):
            continue
        if k["file"] not in banks:
            bank = json.loads((review / k["file"]).read_text(encoding="utf-8"))
            banks[k["file"]] = {q["id"]: q for q in bank["questions"]}
        q = dict(banks[k["file"]][k["id"]])
        # the texts' folder as the tests name held-out texts, not the reviewer's temporary path
        q["source"] = dict(q["source"], document="review4/" + Path(q["source"]["document"]).name)
        q["file"] = Path(q["source"]["document"]).name
        out.append({"question": q, "label": "accepted" if r["grade"] == "A" else "rejected", "grade": r["grade"],
                    "reason": r["reason"]})
    return out


if __name__ == "__main__":
    print(json.dumps(labels(Path(sys.argv[1])), ensure_ascii=False, indent=1))
