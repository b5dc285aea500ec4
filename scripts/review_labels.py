"""Lint labels from a blind teacher review's sheet (issue 12): the review folder's sample_key.json,
ratings.jsonl and the banks it sampled -> the questions as labels, as tests/data/lint_labels_review.json
holds them.

By default the choice and true/false questions, grade A accepted, B and C rejected.  With ``--all``
every kind, grade A accepted, C rejected and B (the teacher would edit it first) ``edit``, scored
apart (tests/data/lint_labels_s7.json); ``--skip FILE`` leaves out questions already labeled there.

    uv run python scripts/review_labels.py REVIEW_DIR > tests/data/lint_labels_review.json
    uv run python scripts/review_labels.py --all --skip tests/data/lint_labels_diag7.json DIR... > tests/data/lint_labels_s7.json

A review whose sample_key.json names no question id (session 9's) is read with ``--sheet``: each
numbered question of its sheet.md is matched, by its stem, to the question of that kind in the bank it
was drawn from (banks-base/ or banks-new/, per ``drawn_from``); every kind, grade A accepted, B and C
rejected, each label keeping the review, the sheet number and ``drawn_from``:

    uv run python scripts/review_labels.py --sheet /work/notes/s9/rate-h12-205{1,2,3,4} /work/notes/s9/rate-ref-205{5,6} > tests/data/lint_labels_s9.json

With ``--sheet --all`` grade B (the teacher would edit it first) is labeled ``edit``, as ``--all`` labels
it, and scored apart (session 11's reviews, tests/data/lint_labels_s11.json):

    uv run python scripts/review_labels.py --sheet --all /work/notes/s11/rate-h14-211{1,2,3,4} /work/notes/s11/rate-ref-2115 > tests/data/lint_labels_s11.json

and session 12's, tests/data/lint_labels_s12.json:

    uv run python scripts/review_labels.py --sheet --all /work/notes/s12/rate-h15-212{1,2,3} /work/notes/s12/rate-ref-2124 > tests/data/lint_labels_s12.json

and session 14's, tests/data/lint_labels_s14.json:

    uv run python scripts/review_labels.py --sheet --all /work/notes/s14/rate-h18-2141 /work/notes/s14/rate-h17-2142 /work/notes/s14/rate-ref-2143 > tests/data/lint_labels_s14.json

and session 15's, tests/data/lint_labels_s15.json:

    uv run python scripts/review_labels.py --sheet --all /work/notes/s15/rate-h19-2151 /work/notes/s15/rate-ref-2152 /work/notes/s15/rate-h18-2153 /work/notes/s15/rate-sib-2154 /work/notes/s15/rate-ref-2155 > tests/data/lint_labels_s15.json

A rating of one sample by several raters, each writing a grades file (``Q001<TAB>A|B|C<TAB>reason``), with a private
key (``Qnnn`` -> the question's id, kind and text) and the banks sampled (``NAME.txt.json``) is read with ``--key``:
one label per rater and question, every kind, grade B labeled ``edit``, each rater's labels named ``NAME-rN`` after
its grades file (session 25's rating of rateset29, tests/data/lint_labels_s25.json):

    uv run python scripts/review_labels.py --key /work/notes/s25/rate29-private/key.json --banks /work/notes/s25/rate29-private/banks --name rate29 /work/notes/rate29/grades-r1.tsv /work/notes/rate29/grades-r2.tsv > tests/data/lint_labels_s25.json

and its rating of rateset30 by two other raters, tests/data/lint_labels_s25b.json (labels rate30-r3, rate30-r4):

    uv run python scripts/review_labels.py --key /work/notes/s25/rate30-private/key.json --banks /work/notes/s25/rate30-private/banks --name rate30 /work/notes/rate30/grades-r3.tsv /work/notes/rate30/grades-r4.tsv > tests/data/lint_labels_s25b.json

and session 26's rating of rateset31 by two more raters, tests/data/lint_labels_s26.json (labels rate31-r5, rate31-r6):

    uv run python scripts/review_labels.py --key /work/notes/s26/rate31-private/key.json --banks /work/notes/s26/rate31-private/banks --name rate31 /work/notes/rate31/grades-r5.tsv /work/notes/rate31/grades-r6.tsv > tests/data/lint_labels_s26.json

and its rating of rateset32 by two more raters, tests/data/lint_labels_s26b.json (labels rate32-r7, rate32-r8):

    uv run python scripts/review_labels.py --key /work/notes/s26/rate32-private/key.json --banks /work/notes/s26/rate32-private/banks --name rate32 /work/notes/rate32/grades-r7.tsv /work/notes/rate32/grades-r8.tsv > tests/data/lint_labels_s26b.json

and session 27's two ratings of rateset33, each sheet drawn from its own main, tests/data/lint_labels_s27.json (labels
rate33a-r9, rate33a-r10) and tests/data/lint_labels_s27b.json (labels rate33b-r11, rate33b-r12):

    uv run python scripts/review_labels.py --key /work/notes/s27/rate33a-private/key.json --banks /work/notes/s27/rate33a-private/banks --name rate33a /work/notes/s27/rate33a/grades-r9.tsv /work/notes/s27/rate33a/grades-r10.tsv > tests/data/lint_labels_s27.json
    uv run python scripts/review_labels.py --key /work/notes/s27/rate33b-private/key.json --banks /work/notes/s27/rate33b-private/banks --name rate33b /work/notes/s27/rate33b/grades-r11.tsv /work/notes/s27/rate33b/grades-r12.tsv > tests/data/lint_labels_s27b.json
"""

import argparse
import json
import re
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


# The sheet's headings: ## 12. [单选] 出自 file.txt
_SHEET_KINDS = {"填空": "cloze", "单选": "single", "多选": "multiple", "判断": "truefalse", "列举": "recall", "排序": "ordering"}
_HEADING = re.compile(r"^## (\d+)\. \[(.+?)\] 出自 (.+)$", re.M)
_OPTION = re.compile(r"^- [A-Z]\. .*$", re.M)


def _bare(stem: str) -> str:
    """A stem without spaces and blanks, as the sheet and the bank both print it."""
    return re.sub(r"[\s　]|______|（　　）", "", stem)


def sheet_entries(sheet: str) -> dict[int, tuple[str, str, str, list[str]]]:
    """Each numbered question of a sheet.md: its kind, the text file it is drawn from, its stem and
    its options (several questions of a bank may share a stem: 关于“…”，下列哪一项…)."""
    out = {}
    parts = _HEADING.split(sheet)
    for n, kind, file, body in zip(parts[1::4], parts[2::4], parts[3::4], parts[4::4]):
        shown = body.split("\n答案：")[0]
        options = [o[len("- A. ") :] for o in _OPTION.findall(shown)]
        out[int(n)] = (_SHEET_KINDS[kind], file.strip(), _OPTION.sub("", shown).strip(), options)
    return out


def sheet_labels(review: Path, b_label: str = "rejected") -> list[dict]:
    """The labeled questions of one review folder whose sample key names no ids (see the module doc),
    grade B labeled ``b_label``; raises LookupError for a sheet question found in no bank it was drawn from."""
    key = {x["n"]: x for x in json.loads((review / "sample_key.json").read_text(encoding="utf-8"))}
    entries = sheet_entries((review / "sheet.md").read_text(encoding="utf-8"))
    out = []
    for line in (review / "ratings.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        k = key[r["n"]]
        _, file, stem, options = entries[r["n"]]
        found = None
        # a key without drawn_from (session 15's sibling sheet) drew from every bank the question is in
        for side in k.get("drawn_from") or k["in"]:
            bank = json.loads((review / f"banks-{side}" / f"{Path(file).stem}.json").read_text(encoding="utf-8"))
            found = next((q for q in bank["questions"] if q["kind"] == k["kind"] and _bare(q["stem"]) == _bare(stem)
                          and (q["kind"] == "truefalse" or list(q.get("options") or []) == options)), None)
            if found:
                break
        if found is None:
            raise LookupError(f"{review.name} #{r['n']}: no question of the banks has this stem")
        q = dict(found, source=dict(found["source"], document=f"{review.name}/{Path(found['source']['document']).name}"))
        q["file"] = Path(q["source"]["document"]).name
        label = {"A": "accepted", "B": b_label}.get(r["grade"], "rejected")
        out.append({"question": q, "label": label, "grade": r["grade"],
                    "reason": r["reason"], "review": review.name, "n": r["n"], "drawn_from": k.get("drawn_from") or k["in"]})
    return out


def grades_labels(key_path: Path, banks: Path, grades: list[Path], name: str) -> list[dict]:
    """The labels of a rating whose raters each wrote a grades file (see the module doc): one per rater and
    question, in the grades file's order, grade B labeled ``edit``; raises LookupError for a question id no bank holds."""
    key = json.loads(key_path.read_text(encoding="utf-8"))
    bank_of: dict[str, dict] = {}
    out = []
    for r, path in enumerate(grades, 1):
        # the rater's number is the grades file's own (grades-r3.tsv -> r3), so a rater keeps one name across
        # ratings; a file named otherwise takes its place in the argument list
        m = re.fullmatch(r"grades-(r\d+)", path.stem)
        review = f"{name}-{m.group(1) if m else f'r{r}'}"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            qn, grade, *reason = line.split("\t")
            k = key[qn]
            if k["text"] not in bank_of:
                bank = json.loads((banks / f"{k['text']}.json").read_text(encoding="utf-8"))
                bank_of[k["text"]] = {q["id"]: q for q in bank["questions"]}
            found = bank_of[k["text"]].get(k["id"])
            if found is None or found["kind"] != k["kind"]:
                raise LookupError(f"{path.name} {qn}: no question {k['id']} of kind {k['kind']} in {k['text']}")
            q = dict(found, source=dict(found["source"], document=f"{review}/{Path(found['source']['document']).name}"))
            q["file"] = Path(q["source"]["document"]).name
            label = {"A": "accepted", "B": "edit"}.get(grade.strip(), "rejected")
            out.append({"question": q, "label": label, "grade": grade.strip(), "reason": "\t".join(reason).strip(),
                        "review": review, "n": int(qn.lstrip("Q")), "drawn_from": ["main"]})
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("reviews", nargs="+", type=Path)
    ap.add_argument("--all", action="store_true", help="every kind; B labeled edit")
    ap.add_argument("--skip", action="append", type=Path, default=[], help="a label file whose questions to leave out")
    ap.add_argument("--sheet", action="store_true", help="match the sheet's questions to the banks by stem (no ids in the key)")
    ap.add_argument("--key", type=Path, help="a rating's private key (Qnnn -> id, kind, text); the arguments are grades files")
    ap.add_argument("--banks", type=Path, help="with --key: the folder of the banks sampled (NAME.txt.json)")
    ap.add_argument("--name", default="rate", help="with --key: the rating's name; each rater's labels are NAME-rN")
    args = ap.parse_args()
    if args.key:
        print(json.dumps(grades_labels(args.key, args.banks, args.reviews, args.name), ensure_ascii=False, indent=1))
        raise SystemExit(0)
    if args.sheet:
        b_label = "edit" if args.all else "rejected"
        print(json.dumps([x for r in args.reviews for x in sheet_labels(r, b_label)], ensure_ascii=False, indent=1))
        raise SystemExit(0)
    skip = frozenset(x["question"]["id"] for f in args.skip for x in json.loads(f.read_text(encoding="utf-8")))
    print(json.dumps([x for r in args.reviews for x in labels(r, args.all, skip)], ensure_ascii=False, indent=1))
