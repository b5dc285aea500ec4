"""Build the shipped lexicon (lexicon.json) from the shared reference material.

    uv run python -m kaodian.lexicon.build [--shared ../shared] [--corpus tests/corpus] [-o FILE]

Reads the human-written question banks and study texts under
``SHARED/reference``, the corpus texts and ``questions/vocab.yaml``; writes
the same bytes for the same inputs (groups and terms sorted, no time stamp).
What is kept is decided by ``policy.yaml`` and ``seeds.yaml`` next to this file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from . import harvest
from .harvest import Candidate, Sources, unquote

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]  # src/kaodian/lexicon -> the repository, when run from a checkout
DATA = HERE / "lexicon.json"
VOCAB = HERE.parent / "questions" / "vocab.yaml"
FORMAT = 1


def build(shared: Path, corpus: Path, vocab: Path = VOCAB) -> tuple[dict[str, Any], list[str]]:
    """The lexicon data built from the sources, and notes on what was dropped."""
    policy = _yaml(HERE / "policy.yaml")
    seeds = _yaml(HERE / "seeds.yaml")
    src = harvest.read_sources(shared, corpus, vocab)
    keep = harvest.TermFilter(policy)
    seeded, notes = harvest.seed_groups(src, seeds)
    candidates = seeded + harvest.option_groups(src, keep, policy["min_term_share"])
    candidates += harvest.cloze_groups(src, keep)
    candidates += harvest.recurring_series(src, harvest.text_series(src), keep, policy["recurring_min_shared"])
    groups = _merge(candidates)
    kinds = _kinds(src, policy, seeds, groups, keep, notes)
    data = {
        "format": FORMAT,
        "classes": policy["classes"],
        "groups": [_group_data(g, kinds) for g in groups],
        "kinds": {c: {t: ids for t, (k, ids) in sorted(kinds.items()) if k == c} for c in policy["classes"]},
        "unattested": _unattested(src, groups),
    }
    return data, notes


def _unattested(src: Sources, groups: list[Candidate]) -> list[str]:
    """The terms of option groups seen nowhere but as a wrong option of one bank question: a question
    setter's made-up or misspelt distractor (新民主主性质, 共治共建共赢).  They still tell which terms are
    siblings, but are never offered as an option (issue 12: no option is a non-word)."""
    keyed = {unquote(a.strip()) for row in src.bank_rows for a in row["answer"]}
    hay = "\n".join(src.files.values())
    out = set()
    for g in groups:
        if g.origin != "options":
            continue
        for t in g.terms:
            u = unquote(t)
            if u in keyed or u in hay or u in src.vocab_text or len(src.bank_lines(t, 2)) >= 2:
                continue
            out.add(t)
    return sorted(out)


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _merge(candidates: list[Candidate]) -> list[Candidate]:
    """One group per set of terms; a group inside a larger one gives it its sources and goes.

    A named group (a formulation) is never folded away: its name is looked up.
    """
    by_set: dict[frozenset[str], Candidate] = {}
    for c in candidates:
        key = frozenset(c.terms)
        if key in by_set:
            have = by_set[key]
            have.sources |= c.sources
            have.name = have.name or c.name
        else:
            by_set[key] = Candidate(c.terms, set(c.sources), c.name, c.origin)
    keys = sorted(by_set, key=len)
    out = []
    for i, k in enumerate(keys):
        supers = [by_set[s] for s in keys[i + 1 :] if k < s]
        if supers and by_set[k].name is None:
            for s in supers:
                s.sources |= by_set[k].sources
        else:
            out.append(by_set[k])
    return sorted(out, key=lambda g: (g.name is None, g.name or "", g.terms))


def _kinds(
    src: Sources,
    policy: dict[str, Any],
    seeds: dict[str, Any],
    groups: list[Candidate],
    keep: harvest.TermFilter,
    notes: list[str],
) -> dict[str, tuple[str, list[str]]]:
    """term -> (class, source ids) for every term whose class is known."""
    patterns = [(c, re.compile(p)) for c, p in policy["class_patterns"]]
    found: dict[str, set[str]] = {}

    def add(term: str, sid: str) -> None:
        found.setdefault(term, set()).add(sid)

    for g in groups:
        for t in g.terms:
            for sid in sorted(g.sources, key=_source_key)[:2]:
                add(t, sid)
    for n, row in enumerate(src.bank_rows, 1):
        if row["topic"] == "political":
            for t in (*row["options"], *(row["answer"] if row["kind"] in ("cloze", "single", "multiple") else ())):
                if keep.is_term(t.strip(), row["options"]):
                    add(t.strip(), f"qbanks:{n}")
    for sid, terms in src.terms_in_files.items():
        for t in terms:
            if keep.is_term(t):
                add(t, sid)
    out: dict[str, tuple[str, list[str]]] = {}
    for t, sids in found.items():
        cls = next((c for c, rx in patterns if rx.search(t)), None)
        if cls:
            out[t] = (cls, sorted(sids, key=_source_key)[:3])
    for name in [*src.vocab["numbered_formulations"], *seeds["formulations"]]:
        ids = src.where(name)
        if ids:
            out[name] = ("提法", ids)
    unseen = []
    for name in seeds["figures"].split():
        ids = src.where(name)
        if ids:
            out[name] = ("人物", ids)
        else:
            unseen.append(name)
    if unseen:
        notes.append(f"seeds.yaml: 人物: 来源里找不到 {'、'.join(unseen)}")
    return out


def _group_data(g: Candidate, kinds: dict[str, tuple[str, list[str]]]) -> dict[str, Any]:
    classes = [kinds[t][0] for t in g.terms if t in kinds]
    # The group is of a class when every classed term agrees and more than half
    # are classed (人民代表大会 beside 基层群众自治 makes no group of organs).
    cls = classes[0] if classes and len(set(classes)) == 1 and 2 * len(classes) > len(g.terms) else None
    if g.name and cls == "提法":
        cls = None  # the members of a formulation are not formulations
    return {"name": g.name, "class": cls, "terms": list(g.terms), "sources": sorted(g.sources, key=_source_key)}


def _source_key(sid: str) -> tuple[str, int, str]:
    head, _, tail = sid.partition(":")
    return (head, int(tail) if tail.isdigit() else -1, tail)


def dumps(data: dict[str, Any]) -> str:
    """The data as JSON text, one group or class per line so a rebuild diffs readably."""
    one = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"), sort_keys=True)  # noqa: E731
    # the classes in policy order: the order a user reads them in messages
    classes = json.dumps(data["classes"], ensure_ascii=False, separators=(",", ":"))
    lines = ["{", f'"format":{data["format"]},', f'"classes":{classes},', '"groups":[']
    lines += [one(g) + ("," if i < len(data["groups"]) - 1 else "") for i, g in enumerate(data["groups"])]
    lines += ["],", '"kinds":{']
    items = list(data["kinds"].items())
    lines += [f"{one(c)}:{one(v)}" + ("," if i < len(items) - 1 else "") for i, (c, v) in enumerate(items)]
    lines += ["},", f'"unattested":{one(data["unattested"])}', "}"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Build the lexicon and write it; print a summary and the dropped seeds on stderr."""
    ap = argparse.ArgumentParser(prog="python -m kaodian.lexicon.build", description="从参考题库和学习材料构建术语词库。")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="共享资料文件夹（含 reference/）")
    ap.add_argument("--corpus", type=Path, default=REPO / "tests" / "corpus", help="语料文件夹（*.txt）")
    ap.add_argument("-o", "--output", type=Path, default=DATA, help="输出的词库文件")
    args = ap.parse_args(argv)
    if not (args.shared / "reference" / "qbanks.jsonl").is_file():
        print(f"错误：{args.shared}/reference/qbanks.jsonl 不存在。请用 --shared 指定共享资料文件夹。", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    data, notes = build(args.shared, args.corpus)
    text = dumps(data)
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.output)  # never a half-written lexicon
    terms = {t for g in data["groups"] for t in g["terms"]} | {t for v in data["kinds"].values() for t in v}
    for n in notes:
        print(f"未收入：{n}", file=sys.stderr)
    print(
        f"{args.output}: {len(data['groups'])} 组，{len(terms)} 个术语，"
        f"{sum(1 for v in data['kinds'].values() if v)} 个类别；用时 {time.perf_counter() - t0:.1f} 秒",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
