"""Turn a gold annotation into an Extraction, so question generation can be
tested (and its coverage bars measured) independently of extraction quality.

The document text is the source with its line breaks handled the way the gold
conventions read it: a hard-wrapped file (short lines, PDF text) is joined
into one line; a file with one paragraph per line keeps its newlines, which
end sentences.  Every gold string is then located in that text, so each point
carries true offsets.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import yaml

from kaodian.model import Article, Document, Extraction, Heading, Point, Span

SENTENCE_END = "。！？"
CLOSERS = "”’）"


def _text(path: Path) -> str:
    if path.suffix == ".txt":
        raw = path.read_text(encoding="utf-8").replace("\r", "")
    else:  # a page, a PDF, a Word or Markdown file: its text as kaodian reads it
        import unicodedata

        from kaodian.chars import LOOKALIKE_RE, RADICAL_CHARS
        from kaodian.ingest import read_path

        raw = read_path(path).text.replace("\r", "").translate(RADICAL_CHARS)  # PDF look-alike radicals, as normalize folds them
        raw = LOOKALIKE_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), raw)
    lines = [line for line in raw.split("\n") if line.strip()]
    # Hard-wrapped PDF text has lines of ~25 characters; paragraphs run to hundreds.
    if statistics.median(len(line) for line in lines) < 60:
        return raw.replace("\n", "")
    return "\n".join(line.strip() for line in lines)


def _in_title(t: str, i: int) -> bool:
    """A stop at i stands inside a title in 《》 on its line (《滚蛋吧！肿瘤君》): no sentence ends there."""
    if t[i] == "\n":
        return False
    a, b = t.rfind("《", 0, i), t.find("》", i)
    return a > t.rfind("》", 0, i) and b >= 0 and "\n" not in t[a:b] and "《" not in t[i:b]


class _Finder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds: set[int] = set()

    def find(self, needle: str, start: int = 0, end: int | None = None) -> int:
        i = self.text.find(needle, start, end if end is not None else len(self.text))
        if i < 0:
            # the scorer ignores white space: try ignoring spaces in the source
            pattern = r"\s*".join(re.escape(c) for c in needle if not c.isspace())
            m = re.compile(pattern).search(self.text, start, end if end is not None else len(self.text))
            if not m:
                return -1
            return m.start()
        return i

    def sentence(self, start: int, end: int) -> Span:
        """The sentence around [start, end): from after the previous end mark to the next one."""
        t = self.text
        s = start
        while s > 0 and (t[s - 1] not in SENTENCE_END + "\n" or _in_title(t, s - 1)) and s not in self.bounds:
            s -= 1
        while s < start and t[s] in CLOSERS + " ":
            s += 1
        e = max(end, start)
        while e < len(t) and (t[e] not in SENTENCE_END + "\n" or _in_title(t, e)) and e not in self.bounds:
            e += 1
        if e < len(t) and t[e] in SENTENCE_END:
            e += 1
            while e < len(t) and t[e] in CLOSERS:
                e += 1
        return Span(t[s:e], s, e)


def _items(value) -> list[str]:
    return [v["text"] if isinstance(v, dict) else str(v) for v in value or []]


def gold_extraction(gold_path: Path) -> Extraction:
    """An Extraction built from ``X.gold.yaml`` and the text beside it (X.txt, else X.md, X.docx, X.pdf …)."""
    from kaodian.evaluate import INPUT_SUFFIXES

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    stem = gold_path.name[: -len(".gold.yaml")]
    (txt, *_) = [p for p in (gold_path.with_name(stem + s) for s in INPUT_SUFFIXES) if p.is_file()]
    text = _text(txt)
    f = _Finder(text)
    articles = []
    for a in gold.get("articles") or []:
        start = f.find(a["starts_with"])
        assert start >= 0, a["starts_with"]
        last = f.find(a["ends_with"], start)
        assert last >= 0, a["ends_with"]
        end = last + len(a["ends_with"])
        headings = []
        pos = start
        for n, h in enumerate(_items(a.get("headings")), 1):
            i = f.find(h, pos, end)
            assert i >= 0, h
            headings.append(Heading(n, "", h, i, i + len(h)))
            f.bounds.update((i, i + len(h)))
            pos = i + len(h)
        f.bounds.update((start, end))
        articles.append(Article(a["id"], a.get("title"), a.get("author"), a.get("affiliation"), start, end, tuple(headings)))
    by_id = {a.id: a for a in articles}

    def article_at(pos: int) -> Article:
        for a in articles:
            if a.start <= pos < a.end:
                return a
        return articles[0]

    def section_at(a: Article, pos: int) -> tuple[int, str | None]:
        sec, head = 0, None
        for h in a.headings:
            if h.start <= pos:
                sec, head = h.number, h.text
        return sec, head

    points: list[Point] = []

    def add(kind: str, pos: int, end: int, text: str, items=(), **kw) -> None:
        a = article_at(pos)
        sec, head = section_at(a, pos)
        points.append(Point(kind, a.id, sec, head, text, pos, end, f.sentence(pos, end), tuple(items), rule="gold", **kw))

    for e in gold.get("enumerations") or []:
        a = by_id[e["article"]]
        pos = a.start
        if e.get("section"):
            pos = a.headings[e["section"] - 1].end
        spans = []
        for item in _items(e["items"]):
            i = f.find(item, pos, a.end)
            assert i >= 0, item
            spans.append(Span(text[i : i + len(item)], i, i + len(item)))
            pos = i + len(item)
        lead = f.sentence(spans[0].start - 1, spans[0].start - 1) if spans[0].start > 0 else f.sentence(0, 0)
        sec, head = section_at(a, spans[0].start)
        points.append(
            Point("enumeration", a.id, sec, head, "；".join(s.text for s in spans), spans[0].start, spans[-1].end,
                  lead, tuple(spans), marker=str(e.get("marker", "")), rule="gold")
        )
    for s in gold.get("term_series") or []:
        a = by_id[s["article"]]
        terms = _items(s["terms"])
        found = None
        pos = a.start
        while found is None:
            i = f.find(terms[0], pos, a.end)
            assert i >= 0, terms
            spans = [Span(terms[0], i, i + len(terms[0]))]
            window = i + sum(len(t) + 4 for t in terms) + 8
            for t in terms[1:]:
                j = f.find(t, spans[-1].end, min(window, a.end))
                if j < 0:
                    break
                spans.append(Span(t, j, j + len(t)))
            if len(spans) == len(terms):
                found = spans
            pos = i + 1
        add("term_series", found[0].start, found[-1].end, "、".join(terms), found)
    forms = gold.get("formulations") or {}
    if isinstance(forms, list):
        forms = {"other": forms}
    for numbered in (True, False):
        for ftext in _items(forms.get("numbered" if numbered else "other")):
            i = f.find(f"“{ftext}”")
            i = i + 1 if i >= 0 else f.find(ftext)
            assert i >= 0, ftext
            add("formulation", i, i + len(ftext), ftext, numbered=numbered)
    for d in _items(gold.get("documents")):
        i = f.find(f"《{d}》")
        assert i >= 0, d
        add("document", i + 1, i + 1 + len(d), d)
    for q in gold.get("quotes") or []:
        i = f.find(q["text"])
        assert i >= 0, q
        add("quote", i, i + len(q["text"]), q["text"])
    for fact in gold.get("facts") or []:
        i = f.find(fact["text"])
        assert i >= 0, fact
        add("fact", i, i + len(fact["text"]), fact["text"])
    points.sort(key=lambda p: (p.start, p.kind))
    doc = Document(txt.name, text, tuple(articles))
    return Extraction(doc, tuple(points))


def gold_series(gold_path: Path) -> list[set[str]]:
    """Every gold term series and enumeration of a file, as sets of correct answers."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    out = [set(_items(s["terms"])) for s in gold.get("term_series") or []]
    out += [set(_items(e["items"])) for e in gold.get("enumerations") or []]
    return out
