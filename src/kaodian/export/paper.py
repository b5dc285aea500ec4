"""Test papers: selection, sections, numbering, shuffling and scoring.

Format-independent.  ``build_papers`` turns a bank into one ``Paper`` per
version (A, B, …): the same questions in every version, question order within
each section and option order shuffled from the seed, answer letters remapped,
so every version carries its own key.  The writers (``paper_typst``,
``paper_docx``, ``paper_html``) only lay a ``Paper`` out; ``platform`` writes
the import files.  ``render_papers`` (then ``RenderedPapers.write``) is the public entry.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from ..errors import KaodianError
from ..kinds import KIND_ALIASES, parse_kinds
from ..selftest.checking import parse_truefalse
from ..model import OPTION_LETTERS, QUESTION_KINDS, Bank, Question, QuestionSource

# Section order of a Chinese paper: objective questions first, 简答 last.
KIND_ORDER = ("cloze", "single", "multiple", "truefalse", "ordering", "recall")
# Kinds whose question cites a whole passage (a list), not one sentence.
PASSAGE_KINDS = ("ordering", "recall")

DEFAULT_SCORES = {"cloze": 2, "single": 2, "multiple": 3, "truefalse": 1, "ordering": 3, "recall": 10}
# How many questions of each kind a paper holds unless --count says otherwise: a
# class test of about 100 points and four to six pages.  A whole report yields
# over a thousand questions; a teacher prints a sample of them, spread over the text.
DEFAULT_COUNTS = {"cloze": 10, "single": 15, "multiple": 5, "truefalse": 10, "ordering": 2, "recall": 1}
ALL = ("all", "全部")

PAPER_FORMATS = ("pdf", "docx", "html")
IMPORT_FORMATS = ("xlsx", "txt", "gift", "csv")
ALL_FORMATS = PAPER_FORMATS + IMPORT_FORMATS

CHINESE_NUMERALS = "一二三四五六七八九十"
BRACKETS = "（　　）"
BLANK_RE = re.compile(r"_{2,}")

# Widest option (in ems) that still fits n to a line: the text column of an A4 page
# with 2.4 cm margins holds 44 ems of 10.5 pt (五号) type, less a 2-em indent; each
# column loses the "A．" label (1.5 ems) and a 1-em gutter.  A quarter leaves 8,
# a third 11, a half 19, a fifth 5.5, a sixth 4.5.
OPTION_WIDTH_BY_COLUMNS = {2: 19.0, 3: 11.0, 4: 8.0, 5: 5.5, 6: 4.5}
# An A4 page with 2.4 cm margins holds 44 ems of 10.5 pt type to a line and about
# 36 lines of question text (leading 0.85 em); 30 leaves room for the section heading
# and the estimate's slack.
LINE_EMS = 44
PAGE_LINES = 30
# Blank underline: the answer's width plus room to write, never narrower than 4 ems
# (a short answer still needs space for handwriting) nor wider than 14 (a line is 43).
BLANK_MIN, BLANK_PAD, BLANK_MAX = 4, 2, 14
# Lines of writing space under a 简答题, per expected item.
RECALL_LINES_PER_ITEM = 2


@dataclass(frozen=True)
class Run:
    """A piece of a stem: plain text, or a blank ``width`` ems wide whose answer is ``text``."""

    text: str
    blank: bool = False
    width: int = 0


@dataclass(frozen=True)
class PaperQuestion:
    """One numbered question as it stands in one version of the paper."""

    number: int
    kind: str
    stem: tuple[Run, ...]
    options: tuple[str, ...]  # shuffled; the writers add the "A．" labels
    option_columns: int  # 4, 2 or 1 options to a line
    answer: tuple[str, ...]  # remapped letters / blank texts / 对 or 错 / items
    answer_text: str  # the answer as the key prints it
    explanation: str
    source: QuestionSource
    score: float  # points for the whole question
    space: int  # lines of writing space below (简答题)
    id: str
    accepted: tuple[tuple[str, ...], ...] = ()  # 填空: alternatives per blank
    difficulty: float = 0.5

    @property
    def stem_text(self) -> str:
        """The stem as plain text, blanks shown as underscores."""
        return "".join("_" * (r.width * 2) if r.blank else r.text for r in self.stem)

    @property
    def lines(self) -> int:
        """Estimated printed lines (stem, options, writing space) on the A4 text column."""
        stem = sum(r.width if r.blank else text_width(r.text) for r in self.stem) + 2
        rows = -(-len(self.options) // self.option_columns) if self.options else 0
        if self.option_columns == 1:
            rows = sum(1 + int(text_width(o) // LINE_EMS) for o in self.options)
        return 1 + int(stem // LINE_EMS) + rows + self.space

    @property
    def fits_on_page(self) -> bool:
        """False for a question taller than a page: it must break, or its end would be cut off."""
        return self.lines <= PAGE_LINES

    @property
    def source_text(self) -> str:
        """出处: 《article》 · heading （document）."""
        article = self.source.article
        m = re.fullmatch(r"a(\d+)", article or "")
        if m:
            parts = [f"第{m.group(1)}篇文章（无标题）"]
        elif untitled(article):
            parts = ["无标题文章"]
        else:
            parts = [f"《{article}》"]
        if self.source.heading:
            parts.append(self.source.heading)
        # the file's name, not the path it was read from (/home/…/报告.txt)
        return " · ".join(parts) + f"（{Path(self.source.document).name or self.source.document}）"


@dataclass(frozen=True)
class Section:
    """One 一、填空题（每空2分，共20分） section."""

    index: int  # 1-based
    kind: str
    questions: tuple[PaperQuestion, ...]
    unit_score: float  # per blank for 填空, per question otherwise
    total: float

    @property
    def name(self) -> str:
        return QUESTION_KINDS[self.kind]

    @property
    def heading(self) -> str:
        """一、填空题（每空2分，共20分）"""
        unit = "每空" if self.kind == "cloze" else "每题"
        return f"{numeral(self.index)}、{self.name}（{unit}{fmt_score(self.unit_score)}分，共{fmt_score(self.total)}分）"


@dataclass(frozen=True)
class Paper:
    """One version of the paper, with everything its key needs."""

    title: str
    subtitle: str
    version: str
    seed: int
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()

    @property
    def total(self) -> float:
        return sum(s.total for s in self.sections)

    @property
    def questions(self) -> tuple[PaperQuestion, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    @property
    def footer(self) -> str:
        """Printed small in the footer so the paper can be regenerated."""
        return f"{self.version}卷 · 种子 {self.seed}"

    @property
    def key_title(self) -> str:
        return f"{self.title}（{self.version}卷）答案与解析"

    @property
    def instructions(self) -> str:
        n = len(self.questions)
        return f"本卷共{numeral(len(self.sections))}大题、{n}小题，满分{fmt_score(self.total)}分。"


@dataclass(frozen=True)
class PaperOutput:
    """What ``RenderedPapers.write`` wrote, and what the user should know (sections left out …)."""

    paths: tuple[Path, ...]
    notes: tuple[str, ...]


def untitled(article: str | None) -> bool:
    """True for a placeholder instead of a title: empty, or bracketed like （无题）."""
    return not article or (article[0] in "（([【" and article[-1] in "）)]】")


def stable_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx, xlsx) with fixed entry dates, so the same paper gives the same bytes."""
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return buf.getvalue()


def numeral(n: int) -> str:
    """1 → 一 … 10 → 十, 11 → 十一, 20 → 二十."""
    if n <= 10:
        return CHINESE_NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return (CHINESE_NUMERALS[tens - 1] if tens > 1 else "") + "十" + (CHINESE_NUMERALS[ones - 1] if ones else "")


def fmt_score(x: float) -> str:
    """2.0 → "2", 1.5 → "1.5"."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def text_width(s: str) -> float:
    """Printed width in ems: wide (CJK, full-width) characters 1, others ½."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in s)


# --- option parsing (shared by the CLI and the library) ---


def _parse_mapping(value: str | Mapping | int | float | None, option: str, code: str) -> dict[str, float]:
    """``填空=2,单选=3`` (or a mapping, or one number for every kind) → {kind id: number}."""
    if value is None:
        return {}
    if isinstance(value, (int, float)):
        return {k: float(value) for k in KIND_ORDER}
    if isinstance(value, Mapping):
        items = [(str(k), str(v)) for k, v in value.items()]
    else:
        text = str(value).strip()
        if re.fullmatch(r"\d+(\.\d+)?", text):
            return {k: float(text) for k in KIND_ORDER}
        items = []
        for part in filter(None, (p.strip() for p in re.split(r"[,，]", text))):
            k, sep, v = part.partition("=")
            if not sep:
                raise KaodianError(code, value=value, reason=f"“{part}”缺少“=”")
            items.append((k.strip(), v.strip()))
    out: dict[str, float] = {}
    for k, v in items:
        if k not in KIND_ALIASES:
            raise KaodianError(code, value=value, reason=f"未知题型“{k}”")
        try:
            x = float(v)
        except ValueError:
            raise KaodianError(code, value=value, reason=f"“{v}”不是数字") from None
        if x < 0 or x != x or x == float("inf"):
            raise KaodianError(code, value=value, reason=f"“{v}”不能为负数")
        out[KIND_ALIASES[k]] = x
    return out


def parse_scores(score) -> dict[str, float]:
    """Points per blank (填空) or per question for each kind; defaults for kinds not given."""
    return {**{k: float(v) for k, v in DEFAULT_SCORES.items()}, **_parse_mapping(score, "--score", "E605")}


def parse_counts(count) -> dict[str, int]:
    """At most this many questions per section: one number for every kind, or ``单选=10,判断=5``
    (other kinds keep their default); None gives the defaults, ``all`` no cap at all."""
    if count is None:
        return dict(DEFAULT_COUNTS)
    if isinstance(count, str) and count.strip().lower() in ALL:
        return {}
    # 单选=10 changes one kind and keeps the others' defaults; a bare number caps every kind
    per_kind = isinstance(count, Mapping) or "=" in str(count)
    out = dict(DEFAULT_COUNTS) if per_kind else {}
    for k, v in _parse_mapping(count, "--count", "E607").items():
        if not float(v).is_integer():
            raise KaodianError("E607", value=count, reason=f"“{fmt_score(v)}”不是整数")
        out[k] = int(v)
    return out


def parse_versions(versions: Sequence[str] | str) -> tuple[str, ...]:
    """Version names (A,B …): non-empty, distinct, letters or digits (they go into file names)."""
    items = [v.strip() for v in (versions.split(",") if isinstance(versions, str) else versions)]
    if not items or any(not re.fullmatch(r"[A-Za-z0-9]{1,8}", v) for v in items) or len(set(items)) != len(items):
        raise KaodianError("E609", versions=",".join(items))
    return tuple(items)


def parse_formats(formats: Sequence[str] | str) -> tuple[str, ...]:
    """Formats from ``pdf,docx`` or a list; unknown ones raise E603."""
    items = [f.strip().lower() for f in (formats.split(",") if isinstance(formats, str) else
                                         [p for f in formats for p in str(f).split(",")]) if f.strip()]
    bad = [f for f in items if f not in ALL_FORMATS]
    if bad or not items:
        raise KaodianError("E603", format="、".join(bad) or "（空）")
    return tuple(dict.fromkeys(items))


# --- building a paper ---


def _stem_runs(q: Question) -> tuple[Run, ...]:
    """The stem with each blank as a Run sized to its answer (填空), or the plain stem."""
    if q.kind != "cloze":
        return (Run(q.stem),)
    pieces = BLANK_RE.split(q.stem)
    answers = list(q.answer)
    if len(pieces) - 1 != len(answers):
        # The stem does not mark its blanks: cut them out of the source sentence.
        if q.blanks and all(q.source.sentence[b.start:b.end] == b.text for b in q.blanks):
            s = q.source.sentence
            pieces, pos = [], 0
            for b in sorted(q.blanks, key=lambda b: b.start):
                pieces.append(s[pos:b.start])
                pos = b.end
            pieces.append(s[pos:])
            answers = [b.text for b in sorted(q.blanks, key=lambda b: b.start)]
        else:
            return (Run(q.stem),)
    runs: list[Run] = []
    for i, piece in enumerate(pieces):
        if piece:
            runs.append(Run(piece))
        if i < len(answers):
            w = round(text_width(answers[i])) + BLANK_PAD
            runs.append(Run(answers[i], blank=True, width=max(BLANK_MIN, min(BLANK_MAX, w))))
    return tuple(runs)


def _with_brackets(stem: str, kind: str) -> str:
    """Choice and judgement stems end with the answer brackets （　　） if they lack them."""
    if kind in ("single", "multiple", "truefalse", "ordering") and not re.search(r"[（(][\s　]*[）)]", stem):
        return stem + BRACKETS
    return stem


def _option_columns(options: Sequence[str]) -> int:
    """As many options to a line as fit: all of them, else 3 (of 5 or 6), 2, or 1 per line."""
    if not options:
        return 1
    widest = max(text_width(o) for o in options)
    n = len(options)
    for cols in (n, 3, 2):
        if cols <= n and cols in OPTION_WIDTH_BY_COLUMNS and widest <= OPTION_WIDTH_BY_COLUMNS[cols]:
            return cols
    return 1


def _pinned(option: str) -> bool:
    """以上都对 / 以上说法都不正确 and the like stay last: shuffling them would make no sense."""
    return option.startswith("以上") or option in ("都对", "都不对", "都正确", "都不正确")


def _shuffle_options(q: Question, rng: random.Random) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Shuffled options and the answer letters remapped to them (single, multiple, ordering)."""
    if q.kind not in ("single", "multiple", "ordering") or len(q.options) < 2:
        return q.options, q.answer
    movable = [i for i, o in enumerate(q.options) if not _pinned(o)]
    order = list(movable)
    rng.shuffle(order)
    perm = list(range(len(q.options)))  # new position -> old index
    for pos, old in zip(movable, order):
        perm[pos] = old
    new_of_old = {old: new for new, old in enumerate(perm)}
    options = tuple(q.options[i] for i in perm)
    answer = []
    for a in q.answer:
        old = OPTION_LETTERS.find(a)
        answer.append(OPTION_LETTERS[new_of_old[old]] if 0 <= old < len(q.options) else a)
    if q.kind == "multiple":
        answer.sort()
    return options, tuple(answer)


def _answer_text(kind: str, answer: Sequence[str]) -> str:
    if kind == "truefalse":
        return "正确" if answer and parse_truefalse(answer[0]) == "对" else "错误"
    if kind in ("single", "multiple", "ordering"):
        return "".join(answer)
    if kind == "cloze":
        return "；".join(answer)
    return "；".join(f"{i}. {a}" for i, a in enumerate(answer, 1)) if len(answer) > 1 else "".join(answer)


def _question_score(q: Question, unit: float) -> float:
    return unit * max(1, len(q.answer)) if q.kind == "cloze" else unit


def select_questions(
    bank: Bank,
    *,
    kinds: Sequence[str] | str | None = None,
    count=None,
    seed: int = 0,
    distinct: bool = True,
) -> tuple[dict[str, list[Question]], tuple[str, ...]]:
    """The questions of the paper by kind (bank order kept) and the notes on kinds left out or cut short.

    ``count`` gives each section's maximum (``all``: the whole bank); the
    questions are a seeded sample chosen across all sections at once (see
    ``_spread_sample``).  With ``distinct`` (a paper) no two questions rest on
    the same text: one source sentence, one point, one 排序/简答 passage is
    asked once — a 判断题 stating a sentence would give away the 填空题 made
    from it — so a short article gives a shorter paper, and a note says which
    section lost how many questions.  ``distinct=False`` (an import file, a
    bank the platform draws from) fills the counts from the same text when
    fresh text runs out.  Raises E604 when no question at all is left.
    """
    wanted = parse_kinds(kinds)
    caps = parse_counts(count)
    by_kind: dict[str, list[Question]] = {k: [] for k in KIND_ORDER}
    for q in bank.questions:
        if q.kind in by_kind and (wanted is None or q.kind in wanted):
            by_kind[q.kind].append(q)
    notes = []
    for k in wanted or ():
        if not by_kind[k]:
            notes.append(f"题库中没有{QUESTION_KINDS[k]}，试卷不含该部分。")
    available = {k: qs for k, qs in by_kind.items() if qs}
    by_kind = _spread_sample(available, caps, random.Random(f"select:{seed}"), distinct=distinct)
    for k, qs in available.items():
        cap = caps.get(k)
        want = len(qs) if cap is None else min(cap, len(qs))
        got = len(by_kind.get(k, ()))
        if got < want:
            name = QUESTION_KINDS[k]
            cut = f"应出{want}题，实出{got}题" if got else f"应出{want}题，试卷不含该部分"
            notes.append(f"{name}少出{want - got}题（{cut}）：原文不够，避免同一句重复出题。")
    if not by_kind:
        asked = "、".join(QUESTION_KINDS[k] for k in wanted) if wanted else "任何题型"
        raise KaodianError("E604", kinds=asked)
    return by_kind, tuple(notes)


def _overlaps(a: QuestionSource, b: QuestionSource) -> bool:
    """Two questions on the same text: the same sentence, or one inside the other's passage (a point)."""
    return a.document == b.document and a.start < b.end and b.start < a.end


class _Taken:
    """The text a paper already asks: offsets per document, and the sentences themselves.

    The text matters besides the offsets: a sentence repeated in an article, or
    the same article given twice, is still one sentence to the reader.
    """

    def __init__(self) -> None:
        self.spans: dict[str, list[tuple[int, int]]] = {}
        self.sentences: set[str] = set()
        self.passages: list[str] = []  # 排序/简答 passages: a sentence inside one is taken too

    @staticmethod
    def _text(q: Question) -> str:
        return re.sub(r"\s+", "", q.source.sentence)

    def clashes(self, q: Question) -> bool:
        s = q.source
        if any(s.start < end and start < s.end for start, end in self.spans.get(s.document, ())):
            return True
        text = self._text(q)
        if not text:
            return False
        if text in self.sentences or any(text in p for p in self.passages):
            return True
        # a passage question claims every sentence inside its passage
        return q.kind in PASSAGE_KINDS and any(t in text for t in self.sentences)

    def add(self, q: Question) -> None:
        self.spans.setdefault(q.source.document, []).append((q.source.start, q.source.end))
        text = self._text(q)
        if text:
            self.sentences.add(text)
            if q.kind in PASSAGE_KINDS:
                self.passages.append(text)


class _Budget:
    """The sentences the sentence sections (填空, 选择, 判断) need, and what a passage would take of them.

    A 排序题 or 简答题 asks a whole passage, so no other question may come from
    it: on a short article one passage can hold most of the sentences.  A
    passage is taken only from the surplus, when the sentences left outside
    every chosen passage still number at least the places the sentence
    sections have to fill; otherwise the paper keeps its sentence questions.
    """

    def __init__(self, spans: set[tuple[str, int, int]], demand: int) -> None:
        self.spans = sorted(spans)
        self.demand = demand
        self.blocked: set[int] = set()

    def _inside(self, s: QuestionSource) -> set[int]:
        return {i for i, (doc, start, end) in enumerate(self.spans)
                if doc == s.document and s.start < end and start < s.end}

    def cost(self, s: QuestionSource) -> int:
        """How many sentences not yet given up the passage would take."""
        return len(self._inside(s) - self.blocked)

    def allows(self, s: QuestionSource) -> bool:
        return len(self.spans) - len(self.blocked) - self.cost(s) >= self.demand

    def claim(self, s: QuestionSource) -> None:
        self.blocked |= self._inside(s)


def _spread_sample(by_kind: dict[str, list[Question]], caps: Mapping[str, int],
                   rng: random.Random, *, distinct: bool = True) -> dict[str, list[Question]]:
    """Each kind's questions cut to its cap, chosen across the whole paper.

    Sections take turns, those asking whole passages first (排序, 简答: they
    need a free passage, the others one sentence), then the scarcest (fewest
    questions per place to fill, so a plentiful 填空题 does not use up the
    sentences a 多选题 needs), each taking its next question round-robin over
    (article, heading) and skipping any whose text a question already in the
    paper asks (``_Taken``).  A section that runs out of fresh text stays
    short.  Without ``distinct``, sections under their cap keep everything and
    the skipped questions fill the rest: first those on a sentence not yet
    asked, then any.  Bank order is kept.
    """
    chosen: dict[str, list[int]] = {}
    taken = _Taken()
    limit: dict[str, int] = {}
    for k, qs in by_kind.items():
        cap = caps.get(k)
        if not distinct and (cap is None or len(qs) <= cap):
            chosen[k] = list(range(len(qs)))
            for q in qs:
                taken.add(q)
        else:
            limit[k] = len(qs) if cap is None else min(cap, len(qs))
    capped = list(limit)
    budget = _Budget({(q.source.document, q.source.start, q.source.end)
                      for k, qs in by_kind.items() if k not in PASSAGE_KINDS for q in qs},
                     sum(n for k, n in limit.items() if k not in PASSAGE_KINDS))
    queues: dict[str, list[list[int]]] = {}
    for k in capped:
        groups: dict[tuple, list[int]] = {}
        for i, q in enumerate(by_kind[k]):
            groups.setdefault((q.source.article, q.source.heading), []).append(i)
        queues[k] = [rng.sample(idx, len(idx)) for idx in groups.values()]
        if k in PASSAGE_KINDS:
            # the passages holding the fewest of the other sections' sentences go first
            cost = {i: budget.cost(by_kind[k][i].source) for i in range(len(by_kind[k]))}
            queues[k] = [sorted((i for q in queues[k] for i in q), key=lambda i: -cost[i])]
        chosen[k] = []
    capped.sort(key=lambda k: (k not in PASSAGE_KINDS, len(by_kind[k]) / max(1, limit[k]), KIND_ORDER.index(k)))
    turn = {k: 0 for k in capped}  # next group to draw from
    deferred: dict[str, list[int]] = {k: [] for k in capped}
    active = [k for k in capped if limit[k] > 0]
    while active:
        for k in list(active):
            qs, groups = by_kind[k], queues[k]
            pick = None
            for step in range(len(groups)):
                queue = groups[(turn[k] + step) % len(groups)]
                while queue:
                    i = queue.pop()
                    if taken.clashes(qs[i]) or (distinct and k in PASSAGE_KINDS
                                                and not budget.allows(qs[i].source)):
                        deferred[k].append(i)
                        continue
                    pick = i
                    break
                if pick is not None:
                    turn[k] = (turn[k] + step + 1) % len(groups)
                    break
            if pick is None:
                active.remove(k)
                continue
            chosen[k].append(pick)
            taken.add(qs[pick])
            if k in PASSAGE_KINDS:
                budget.claim(qs[pick].source)
            if len(chosen[k]) >= limit[k]:
                active.remove(k)
    if not distinct:
        # Out of fresh text: a question inside another's passage (an item of a list
        # asked as a whole) is still better than a second question on one sentence.
        sentences = {(t.document, t.start, t.end) for k in chosen for t in (by_kind[k][i].source for i in chosen[k])}
        for strict in (True, False):
            for k in capped:
                rest = []
                for i in deferred[k]:
                    s = by_kind[k][i].source
                    if len(chosen[k]) < limit[k] and not (strict and (s.document, s.start, s.end) in sentences):
                        chosen[k].append(i)
                        sentences.add((s.document, s.start, s.end))
                    else:
                        rest.append(i)
                deferred[k] = rest
    return {k: [by_kind[k][i] for i in sorted(chosen[k])] for k in by_kind if chosen.get(k)}


def default_title(bank: Bank) -> str:
    """The article title when the bank comes from one article, else a generic title."""
    articles = {q.source.article for q in bank.questions}
    if len(articles) == 1:
        (a,) = articles
        if a and not re.fullmatch(r"a\d+", a) and not untitled(a):
            return f"《{a}》学习测试卷"
    return "理论学习测试卷"


def build_papers(
    bank: Bank,
    *,
    versions: Sequence[str] | str = ("A", "B"),
    seed: int = 0,
    title: str | None = None,
    kinds: Sequence[str] | str | None = None,
    count=None,
    score=None,
    shuffle: bool = True,
    distinct: bool = True,
) -> list[Paper]:
    """One Paper per version: same questions, order and options shuffled from ``seed`` and the version.

    ``shuffle=False`` keeps the bank's order (the import files: platforms shuffle themselves);
    ``distinct=False`` lets two questions rest on one sentence (see ``select_questions``).

    Raises KaodianError (E603–E609) on bad options or when no question is left.
    """
    versions = parse_versions(versions)
    scores = parse_scores(score)
    by_kind, notes = select_questions(bank, kinds=kinds, count=count, seed=seed, distinct=distinct)
    title = (title or "").strip() or default_title(bank)
    papers = []
    for version in versions:
        # String seeds hash with SHA-512 in random.seed: stable across runs and machines.
        rng = random.Random(f"paper:{seed}:{version}")
        sections, number = [], 0
        for kind, qs in by_kind.items():
            order = list(qs)
            if shuffle:
                rng.shuffle(order)
            items = []
            for q in order:
                number += 1
                options, answer = _shuffle_options(q, rng) if shuffle else (q.options, q.answer)
                if kind == "truefalse":
                    # 判断题 are answered √/× in the brackets, never with 对/错 options;
                    # an answer given as the letter of such an option becomes its text.
                    if answer and len(answer[0]) == 1 and answer[0] in OPTION_LETTERS[:len(options)]:
                        answer = (options[OPTION_LETTERS.index(answer[0])],)
                    options = ()
                runs = _stem_runs(q)
                if len(runs) == 1 and not runs[0].blank:
                    runs = (Run(_with_brackets(runs[0].text, kind)),)
                items.append(PaperQuestion(
                    number=number,
                    kind=kind,
                    stem=runs,
                    options=options,
                    option_columns=_option_columns(options),
                    answer=answer,
                    answer_text=_answer_text(kind, answer),
                    explanation=q.explanation,
                    source=q.source,
                    score=_question_score(q, scores[kind]),
                    space=RECALL_LINES_PER_ITEM * max(1, len(q.answer)) if kind == "recall" else 0,
                    id=q.id,
                    accepted=q.accepted,
                    difficulty=q.difficulty,
                ))
            sections.append(Section(
                index=len(sections) + 1, kind=kind, questions=tuple(items),
                unit_score=scores[kind], total=sum(i.score for i in items),
            ))
        papers.append(Paper(title=title, subtitle=f"（{version}卷）", version=version, seed=seed,
                            sections=tuple(sections), notes=notes))
    return papers


# --- writing ---


def _render(paper: Paper, fmt: str, key: bool, font: Path | None) -> bytes:
    if fmt == "pdf":
        from .paper_typst import render_pdf

        return render_pdf(paper, key=key, font=font)
    if fmt == "docx":
        from .paper_docx import render_docx

        return render_docx(paper, key=key)
    from .paper_html import render_html

    return render_html(paper, key=key)


@dataclass(frozen=True)
class RenderedPapers:
    """Papers, keys and import files rendered in memory, not yet written: ``write`` puts them in a folder."""

    outputs: tuple[tuple[str, bytes], ...]  # file name -> bytes
    notes: tuple[str, ...]

    def write(self, outdir: str | Path) -> PaperOutput:
        """Write every file into ``outdir`` (created when only its last level is missing), each
        through temp file + rename.  Raises E504 / E301 (see ``fileio.ensure_dir``)."""
        from ..fileio import ensure_dir, write_atomic

        out = ensure_dir(outdir)
        return PaperOutput(paths=tuple(write_atomic(out / name, data) for name, data in self.outputs),
                           notes=self.notes)


def render_papers(
    bank: Bank,
    *,
    formats: Sequence[str] | str = PAPER_FORMATS,
    versions: Sequence[str] | str = ("A", "B"),
    seed: int = 0,
    title: str | None = None,
    kinds: Sequence[str] | str | None = None,
    count=None,
    score=None,
    font: str | Path | None = None,
    distinct: bool = True,
) -> RenderedPapers:
    """Papers and keys (``paper-A.pdf``, ``paper-A-key.pdf`` …) and import files (``bank.xlsx`` …), in memory.

    Everything is rendered before anything is written, so a failure (no CJK
    font, bad option) writes nothing; ``RenderedPapers.write`` then writes file
    by file, never a half-written one.  ``distinct=False`` lets a paper ask one
    sentence twice (see ``select_questions``).  Raises KaodianError: E601/E602 fonts,
    E603–E609 options.
    """
    formats = parse_formats(formats)
    papers = build_papers(bank, versions=versions, seed=seed, title=title, kinds=kinds, count=count, score=score,
                          distinct=distinct)
    font_path = Path(font) if font else None
    if "pdf" in formats:
        from .paper_typst import check_font

        check_font(font_path)
    base = None
    if any(f in IMPORT_FORMATS for f in formats):
        # an import file carries the whole bank unless --count says otherwise: a platform
        # draws its own papers from it, so questions on one sentence all stay in
        base = build_papers(bank, versions=("A",), seed=seed, title=title, kinds=kinds,
                            count="all" if count is None else count, score=score, shuffle=False,
                            distinct=False)[0]
    outputs: list[tuple[str, bytes]] = []
    for fmt in formats:
        if fmt in PAPER_FORMATS:
            for paper in papers:
                outputs.append((f"paper-{paper.version}.{fmt}", _render(paper, fmt, False, font_path)))
                outputs.append((f"paper-{paper.version}-key.{fmt}", _render(paper, fmt, True, font_path)))
        else:
            from .platform import render_import

            outputs.append((f"bank.{fmt}", render_import(base, fmt)))
    # the notes say how the paper came out short: with import files only, no paper was made
    notes = papers[0].notes if any(f in PAPER_FORMATS for f in formats) else ()
    return RenderedPapers(outputs=tuple(outputs), notes=notes)
