"""Read the lexicon's sources and propose sibling groups and classed terms.

Mechanism only: what counts as a term, a class or a recurring series is in
``policy.yaml``; the hand-written groups are in ``seeds.yaml``.  Every group
and term carries the ids of the sources it was seen in (``qbanks:LINE`` for a
line of ``qbanks.jsonl``, ``texts/NAME``, ``corpus/NAME``, ``vocab.yaml``,
``seeds.yaml``), so a reviewer can look each one up.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

BLANK = "（　　）"
QUOTES = re.compile("[“”‘’\"']")
# Titles and short quoted words of a text.
TITLE = re.compile(r"《([^《》\n]{2,40})》")
QUOTED = re.compile(r"“([\u4e00-\u9fff]{2,12})”")
# Blanks of a cloze stem set side by side: （　　）、（　　）和（　　）.  A comma
# between two blanks usually separates two clauses, not two siblings.
BLANK_RUN = re.compile(r"（　　）(?:(?:、|和|与|及|以及)（　　）)+")


@dataclass
class Candidate:
    """A proposed sibling group: its terms in source order and where it was seen."""

    terms: tuple[str, ...]
    sources: set[str]
    name: str | None = None
    origin: str = ""  # options, cloze, series, seeds, vocab


@dataclass
class Sources:
    """All source texts, searchable for where a term occurs."""

    bank_rows: list[dict[str, Any]]
    raw: dict[str, str]  # source id -> text as read
    vocab: dict[str, Any]
    vocab_text: str
    files: dict[str, str] = field(init=False)  # source id -> text without quotation marks
    terms_in_files: dict[str, list[str]] = field(init=False)  # source id -> its text_terms
    _hay: str = field(init=False)
    _starts: list[int] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.files = {sid: unquote(text) for sid, text in self.raw.items()}
        self.terms_in_files = {sid: text_terms(text) for sid, text in self.raw.items()}
        # One haystack of every bank question, one per line, so a term is
        # found with str.find instead of a loop over 5,000 items.
        parts = [unquote(item_text(r)) for r in self.bank_rows]
        pos = 0
        for p in parts:
            self._starts.append(pos)
            pos += len(p) + 1
        self._hay = "\n".join(parts)

    def bank_lines(self, term: str, limit: int = 0) -> list[int]:
        """1-based qbanks.jsonl lines whose question holds ``term`` (at most ``limit`` when > 0)."""
        out: list[int] = []
        term = unquote(term)
        i = self._hay.find(term)
        while i >= 0:
            line = bisect.bisect_right(self._starts, i)
            if not out or out[-1] != line:
                out.append(line)
                if limit and len(out) >= limit:
                    break
            i = self._hay.find(term, i + 1)
        return out

    def where(self, term: str, limit: int = 3) -> list[str]:
        """Ids of up to ``limit`` sources that hold ``term``: files first, then bank lines, then vocab.yaml."""
        term = unquote(term)
        out = [sid for sid, text in self.files.items() if term in text][:limit]
        if len(out) < limit:
            out += [f"qbanks:{n}" for n in self.bank_lines(term, limit - len(out))]
        if not out and term in self.vocab_text:
            out.append("vocab.yaml")
        return out


def unquote(text: str) -> str:
    """The text without quotation marks: “三个代表”重要思想 holds the term 三个代表重要思想."""
    return QUOTES.sub("", text)


def item_text(row: dict[str, Any]) -> str:
    """A bank question as one line: the stem with its blanks filled, the options and the answers."""
    stem = row["stem"]
    if row["kind"] == "cloze" and stem.count(BLANK) == len(row["answer"]):
        for a in row["answer"]:
            stem = stem.replace(BLANK, a, 1)
    return " ".join([stem, *row["options"], *row["answer"]]).replace("\n", " ")


def read_sources(shared: Path, corpus: Path, vocab_path: Path) -> Sources:
    """Read the reference banks and texts under ``shared``, the corpus texts and vocab.yaml."""
    import yaml

    from ..encoding import decode_text

    ref = shared / "reference"
    rows = [json.loads(line) for line in (ref / "qbanks.jsonl").read_text(encoding="utf-8").splitlines()]
    files = {f"texts/{p.name}": p.read_text(encoding="utf-8") for p in sorted((ref / "texts").glob("*.txt"))}
    # A corpus text cut from a reference text (every line of it stands there) is not a second source: read
    # twice, each of its series would seem to recur elsewhere.
    read = {line.strip() for text in files.values() for line in text.splitlines()}
    for p in sorted(corpus.glob("*.txt")):
        text = decode_text(p.read_bytes(), p.name)  # (a corpus text may be GBK, as Windows users save it)
        if not {line.strip() for line in text.splitlines() if line.strip()} <= read and not fill_in_sheet(text):
            files[f"corpus/{p.name}"] = text
    vocab_text = vocab_path.read_text(encoding="utf-8")
    return Sources(rows, files, yaml.safe_load(vocab_text), vocab_text)


# A fill-in sheet blanks the key terms of its statements (a tab or a run of underscores inside a line): its series
# have holes (______优先、保护优先 for 节约优先、保护优先), so it is no source when this share of its lines has one.
FILL_IN_SHARE = 0.1
_HOLE = re.compile(r"\S(?:\t|_{3,})")


def fill_in_sheet(text: str) -> bool:
    """Whether ``text`` is a fill-in sheet: ``FILL_IN_SHARE`` of its lines or more have a hole (a tab or ___) inside."""
    lines = [x for x in text.splitlines() if x.strip()]
    return bool(lines) and sum(bool(_HOLE.search(x)) for x in lines) >= FILL_IN_SHARE * len(lines)


class TermFilter:
    """Whether a string a human set as an option is a term (policy.yaml)."""

    def __init__(self, policy: dict[str, Any]) -> None:
        self.max_chars = policy["max_term_chars"]
        self.max_title = policy["max_title_chars"]
        self.bad_char = re.compile(policy["not_in_term"])
        self.noise = re.compile(policy["noise_options"])
        self.number = re.compile(policy["number_option"])
        self.clause = re.compile(policy["clause_opener"])
        self.joiners = tuple(policy["joiners"])

    def is_term(self, s: str, others: Iterable[str] = ()) -> bool:
        """True for a term; False for a sentence, a number, 以上都对, or two other options joined."""
        if s.startswith("《") and s.endswith("》"):
            return 4 <= len(s) <= self.max_title and "《" not in s[1:-1]
        if not 2 <= len(s) <= self.max_chars or self.bad_char.search(s):
            return False
        if self.noise.search(s) or self.number.match(s) or self.clause.match(s):
            return False
        return not self._joins(s, set(others) - {s})

    def _joins(self, s: str, others: set[str]) -> bool:
        for j in self.joiners:
            parts = s.split(j)
            if len(parts) > 1 and sum(p in others for p in parts) >= 2:
                return True
        return False


def option_groups(src: Sources, keep: TermFilter, min_share: float) -> list[Candidate]:
    """The options of each political choice question whose options are (nearly all) terms."""
    out = []
    for n, row in enumerate(src.bank_rows, 1):
        if row["topic"] != "political" or row["kind"] not in ("single", "multiple"):
            continue
        opts = [o.strip() for o in row["options"]]
        terms = tuple(dict.fromkeys(o for o in opts if keep.is_term(o, opts)))
        if len(terms) >= 2 and len(terms) >= min_share * len(opts):
            out.append(Candidate(terms, {f"qbanks:{n}"}, origin="options"))
    return out


def cloze_groups(src: Sources, keep: TermFilter) -> list[Candidate]:
    """The answers of blanks a cloze sets side by side (（　　）、（　　）和（　　）)."""
    out = []
    for n, row in enumerate(src.bank_rows, 1):
        stem, answers = row["stem"], row["answer"]
        if row["topic"] != "political" or row["kind"] != "cloze" or stem.count(BLANK) != len(answers):
            continue
        for m in BLANK_RUN.finditer(stem):
            first = stem[: m.start()].count(BLANK)
            terms = tuple(a.strip() for a in answers[first : first + m.group().count(BLANK)])
            if all(keep.is_term(t) for t in terms) and len(set(terms)) == len(terms):
                out.append(Candidate(terms, {f"qbanks:{n}"}, origin="cloze"))
    return out


def text_series(src: Sources) -> dict[str, list[tuple[str, ...]]]:
    """source id -> the term series kaodian's own rules find in that file (A、B、C和D).

    The rules cut a governing verb off the first term and a trailing word off
    the last one, which a plain split at 、 cannot; their series still hold a
    fragment now and then, hence ``recurring_series``.
    """
    from ..pipeline import extract_text

    out = {}
    for sid, text in src.raw.items():
        points = extract_text(text, sid).of_kind("term_series")
        out[sid] = [tuple(dict.fromkeys(unquote(s.text) for s in p.items)) for p in points]
    return out


def text_terms(text: str) -> list[str]:
    """Titles in 书名号 (with the marks) and short quoted words (“四个意识”) of a raw text."""
    return [f"《{t}》" for t in TITLE.findall(text)] + QUOTED.findall(text)


def recurring_series(
    src: Sources, series: dict[str, list[tuple[str, ...]]], keep: TermFilter, min_shared: int
) -> list[Candidate]:
    """The items of the texts' series that recur side by side elsewhere.

    A series of one text may hold a cut fragment (来稳增长) or be a run of
    common words (技术、设备、关键).  Its items are
    kept when ``min_shared`` of them (all, for a shorter run) stand together in
    one paragraph of another file or in one bank question, and only the items
    found in such a place: co-occurring in a whole long text proves nothing,
    hence the paragraph.
    """
    paragraphs = {sid: text.split("\n") for sid, text in src.files.items()}
    out = []
    for sid, runs in series.items():
        for items in runs:
            terms = [t for t in items if keep.is_term(t)]
            need = min(len(terms), min_shared)
            if need < 2:
                continue
            places: dict[str, set[str]] = {}
            for t in terms:
                for i in _elsewhere(src, paragraphs, t, sid):
                    places.setdefault(i, set()).add(t)
            good = {i: ts for i, ts in places.items() if len(ts) >= need}
            confirmed = tuple(t for t in terms if any(t in ts for ts in good.values()))
            if len(confirmed) >= 2:
                together = sorted({i.split("#")[0] for i in good}, key=_id_key)
                out.append(Candidate(confirmed, {sid, *together[:5]}, origin="series"))
    return out


def _elsewhere(src: Sources, paragraphs: dict[str, list[str]], term: str, sid: str) -> set[str]:
    """Ids (file#paragraph, qbanks:LINE) of the places outside file ``sid`` that hold ``term``."""
    ids = {f"{f}#{n}" for f, paras in paragraphs.items() if f != sid for n, p in enumerate(paras) if term in p}
    # A short term (三农) is found inside many longer words; 200 lines is
    # enough to tell whether it recurs.
    return ids | {f"qbanks:{n}" for n in src.bank_lines(term, 200)}


def _id_key(sid: str) -> tuple[str, int]:
    head, _, tail = sid.partition(":")
    return (head, int(tail) if tail.isdigit() else -1)


def seed_groups(src: Sources, seeds: dict[str, Any]) -> tuple[list[Candidate], list[str]]:
    """The hand-written groups of seeds.yaml and vocab.yaml whose every term occurs in a source.

    Returns the groups kept and a note for each group dropped.
    """
    wanted = [(name, tuple(ts), "seeds.yaml") for name, ts in seeds["formulations"].items()]
    wanted += [(None, tuple(ts), "seeds.yaml") for ts in seeds["series"]]
    wanted += [(None, tuple(ts), "vocab.yaml") for ts in src.vocab["term_groups"]]
    out, dropped = [], []
    for name, terms, origin in wanted:
        found = {t: src.where(t, 1) for t in terms}
        missing = [t for t, ids in found.items() if not ids]
        if missing:
            dropped.append(f"{origin}: {name or '、'.join(terms)}: 来源里找不到 {'、'.join(missing)}")
            continue
        ids = {i for v in found.values() for i in v}
        out.append(Candidate(terms, ids | {origin if origin == "vocab.yaml" else f"seeds.yaml:{name or terms[0]}"}, name, origin))
    return out, dropped
