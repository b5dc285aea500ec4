"""Enumerations: chains of ordinal markers (一是/二是, 第一，/第二，, （一）/（二） …).

A marker family comes from the rules (a regex with the ordinal in group n).
Every occurrence in an article's paragraphs is found; chains are built from
1, 2, 3 … in order within one section; a chain of one (a lone 一要) is no
series.  A series may hold another of its own family inside an item (四是…：
一是…二是…。五是…; a question 1. whose answer is 1. 2. 3.): the inner one
closes when the outer goes on.  Each item runs from after its marker to the
end of its first sentence, or to just before the next marker when that comes
first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Point, Span
from ..numerals import value_of
from ..text import SENTENCE_END, TRAIL, sentences, strip_span

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# What may stand right before an inline marker: the start of a clause.
CLAUSE_START = set("。；：！？，、:;!?”’）)")
# What may stand before a marker that opens a sentence (1、 in a paragraph run together with the one before).
SENTENCE_START = set("。！？；：")
# Markers of one chain further apart than this many paragraphs belong to different chains:
# a speech may follow each point with a paragraph or two of detail, rarely more.  A
# paragraph that opens with a marker (a sub-point) is part of the detail and not counted.
MAX_PARAGRAPH_GAP = 4
# An outline's point that heads its paragraph as a short headline (4、毛泽东思想的科学内涵。)
# heads a block of notes of any length: the next point may stand any number of paragraphs
# later in the section.  Wider than this (in characters) a paragraph is text, not a headline.
HEADLINE_MAX = 48
ITEM_STOPS = SENTENCE_END + "；"
# How many characters before a marker a family's ``after`` words are looked for in (强调一要…).
AFTER_WINDOW = 6
# What an item opens with: words or a quotation (a note's reference ① stands before 。，)
ITEM_START_RE = re.compile("[\u4e00-\u9fff“《]")
# the words a glued first marker may follow to open a series: a word that names them (变化①); after 》 or a
# closing quote or bracket a circled number is a footnote's reference (在《某书》①中)
GLUED_AFTER_RE = re.compile("[\u4e00-\u9fff]")
# clause marks between a glued 1 and 2: the 1 was a note's reference in a sentence, not a point in a row
GLUED_ITEM_BREAK = set("，。；！？,;!?")
# How many characters before a run of first markers the words that count them are looked for in
# (坚持两条根本原则，一是…: the count and its noun, a few words of what is counted).
COUNT_WINDOW = 18


@dataclass(frozen=True)
class Family:
    """One compiled marker family."""

    id: str
    marker: str
    regex: re.Pattern[str]
    sequence: tuple[str, ...]
    at: str
    after: re.Pattern[str] | None = None  # searched in the words before a marker: where it may stand unpunctuated
    # a marker glued to the item before it (（1）帝国主义（2）封建主义) counts when it continues a
    # marker of its own paragraph: a bracketed number cannot be read as a word
    glued: bool = False
    # searched in the words before a run of first markers (两条根本原则，一是…，一是…): an older
    # speech counts its points and opens each with the first marker; group count says how many
    counted_repeat: re.Pattern[str] | None = None
    # the words of a sequence that may be said again for the next point (首先…其次…其次…)
    repeats: tuple[str, ...] = ()
    # a glued 1 opens a series when its paragraph goes on with a glued 2 (变化①加强②扩大): for a symbol
    # that is never a word (only a note's reference, which stands before punctuation, not before an item)
    glued_opens: bool = False
    # a first marker in one of the body's first this many paragraphs and the sequence's last word in its last
    # paragraph are a pair however far apart (a speech's 首先，greetings … 最后，wishes); 0: no such pair
    frame_paragraphs: int = 0

    def ordinal(self, m: re.Match[str]) -> int:
        """The ordinal a marker stands for (1-based); 0 for a word outside the family's sequence."""
        if self.sequence:
            w = m.group("w")
            # an entry may name words of one rank: 其次|随后 (首先…随后…最后 orders the same way)
            return next((k for k, entry in enumerate(self.sequence, 1) if w in entry.split("|")), 0)
        n = m.group("n")
        if n is None:  # a word that stands for the first or second (首先，其次， before 第三，)
            return 2 if m.groupdict().get("second") else 1
        return CIRCLED.index(n) + 1 if n in CIRCLED else value_of(n)

    def follows(self, prev: int, n: int) -> bool:
        """Whether ordinal n continues a chain that stands at prev."""
        if n == prev + 1 or (n == prev > 0 and any(w in self.sequence[n - 1].split("|") for w in self.repeats)):
            return True
        # 最后 closes a 首先/其次 series wherever it stands
        return bool(self.sequence) and n == len(self.sequence) and prev >= 2


def compile_families(specs: list[dict]) -> list[Family]:
    """Compile the ``enumerations`` section of the rules."""
    return [
        Family(
            s["id"], s["marker"], re.compile(s["pattern"]), tuple(s.get("sequence", ())), s.get("at", "clause"),
            re.compile(s["after"]) if s.get("after") else None, bool(s.get("glued", False)),
            re.compile(s["counted_repeat"]) if s.get("counted_repeat") else None, tuple(s.get("repeats", ())),
            bool(s.get("glued_opens", False)), int(s.get("frame_paragraphs", 0)),
        )
        for s in specs
    ]


@dataclass(frozen=True)
class _Hit:
    start: int  # marker start
    end: int  # item start
    n: int
    para: int  # paragraph index in the article
    section: int
    level: int = 0  # the Markdown level of its paragraph's heading line, 0 in the text
    opens: bool = False  # the marker opens its paragraph


def _hits(text: str, article: Article, fam: Family) -> list[_Hit]:
    out = []
    for pi, p in enumerate(article.paragraphs):
        if fam.at == "paragraph":
            m = fam.regex.match(text, p.start, p.end)
            ms = [m] if m else []
        else:
            ms = list(fam.regex.finditer(text, p.start, p.end))
        last = 0  # the ordinal of the paragraph's last marker taken
        for k, m in enumerate(ms):
            before = text[m.start() - 1] if m.start() > p.start else ""
            n = fam.ordinal(m)
            if before and (fam.at == "clause" and before not in CLAUSE_START or fam.at == "sentence" and before not in SENTENCE_START) \
                    and not (fam.after and fam.after.search(text, max(p.start, m.start() - AFTER_WINDOW), m.start())) \
                    and not (fam.glued and last and fam.follows(last, n)) and not _opens_glued(text, fam, n, m, ms[k + 1 :]):
                continue
            if n == 1 == last and m.groupdict().get("n") is None:
                # 首先 after the paragraph's own 第一 (第一，着力优化X。优化X，首先要…) is a word of the first
                # item, not a second series opening inside it: taken, it cut the first item to 首先要…
                continue
            last = n
            out.append(_Hit(m.start(), m.end(), n, pi, p.section, p.label_level, m.start() == p.start))
    return out


def _opens_glued(text: str, fam: Family, n: int, m: re.Match[str], rest: list[re.Match[str]]) -> bool:
    """Whether a first marker glued to the words before it opens a series: its family allows it, it follows a
    word and an item follows it (not the punctuation a note's reference stands before) and the paragraph goes
    on with a 2 that no clause mark parts from it."""
    if not (fam.glued_opens and n == 1 and m.end() < len(text) and ITEM_START_RE.match(text, m.end())
            and m.start() > 0 and GLUED_AFTER_RE.match(text, m.start() - 1)):
        return False
    second = next((r for r in rest if fam.ordinal(r) == 2), None)
    return second is not None and not GLUED_ITEM_BREAK & set(text[m.end() : second.start()])


def _chains(hits: list[_Hit], fam: Family, gaps: list[int], headlines: frozenset[int]) -> list[list[_Hit]]:
    """The chains of one family's hits; a chain opened inside another (a 1 while one is open)
    is nested in it and closes when the outer one goes on.

    ``gaps[i]`` counts the paragraphs before paragraph i that open with no marker;
    ``headlines`` holds the paragraphs a marker opens as a short headline."""
    chains: list[list[_Hit]] = []
    open_: list[list[_Hit]] = []  # the open chains, the innermost last
    numbers = {(h.section, h.level, h.n) for h in hits}
    for h in hits:
        at = next((k for k in range(len(open_) - 1, -1, -1)
                   if _goes_on(open_[k], h, fam, gaps, headlines) or _skips_one(open_[k][-1], h, numbers, gaps, headlines)), -1)
        if at < 0 and h.n != 1 and not _numbered_on(chains + open_, h, fam):
            continue
        # an inner chain ends where an outer one goes on; a new chain (a 1 no open chain takes)
        # nests in those still near enough to go on later, and the others end
        keep = at + 1 if at >= 0 else _still_open(open_, h, gaps, headlines)
        for c in open_[keep:]:
            if len(c) >= 2:
                chains.append(c)
        open_ = open_[:keep]
        if at >= 0:
            open_[at].append(h)
        else:
            open_.append([h])
    chains += [c for c in open_ if len(c) >= 2]
    chains.sort(key=lambda c: c[0].start)
    return chains


def _counted_repeats(text: str, article: Article, hits: list[_Hit], fam: Family) -> list[list[_Hit]]:
    """Runs of first markers in one paragraph (一是…，一是…) that the words before the first count
    exactly (两条根本原则，): each marker opens one of the counted points."""
    if fam.counted_repeat is None:
        return []
    runs: list[list[_Hit]] = []
    for h in hits:
        if runs and runs[-1][-1].para == h.para and runs[-1][-1].n == 1 and h.n == 1:
            runs[-1].append(h)
        else:
            runs.append([h])
    out = []
    for run in runs:
        first = run[0]
        if len(run) < 2 or first.n != 1:
            continue
        p = article.paragraphs[first.para]
        m = fam.counted_repeat.search(text, max(p.start, first.start - COUNT_WINDOW), first.start)
        if m and value_of(m.group("count")) == len(run):
            out.append(run)
    return out


def _numbered_on(chains: list[list[_Hit]], h: _Hit, fam: Family) -> bool:
    """Whether ``h`` opens a section's series whose numbers go on from a series of an earlier section
    (a work plan numbers its points 1.–20. straight through its headings: 6. opens the second section's),
    also through a section of one point ((三) alone under its heading, (四) opening the next: a chain that
    opens past 1 was itself numbered on)."""
    return any(fam.follows(c[-1].n, h.n) and c[-1].level == h.level and c[-1].section < h.section
               for c in chains if len(c) >= 2 or c[0].n > 1)


def _goes_on(chain: list[_Hit], h: _Hit, fam: Family, gaps: list[int], headlines: frozenset[int]) -> bool:
    """Whether ``h`` is the next marker of ``chain``: its ordinal follows, in the same section, near enough."""
    last = chain[-1]
    return fam.follows(last.n, h.n) and last.level == h.level and _near(last, h, gaps, headlines, h.para in headlines) \
        or _frames(chain, h, fam, len(gaps))


def _frames(chain: list[_Hit], h: _Hit, fam: Family, paragraphs: int) -> bool:
    """Whether ``h``, the sequence's last word in the body's last paragraph, closes a chain of one first marker
    near the body's start (首先，我代表… / …最后，祝大家…): the opening and the close of a speech, a pair."""
    first = chain[0]
    return len(chain) == 1 and first.n == 1 and first.para < fam.frame_paragraphs and bool(fam.sequence) \
        and h.n == len(fam.sequence) and h.para == paragraphs - 1 and h.section == first.section and h.level == first.level


def _skips_one(last: _Hit, h: _Hit, numbers: set[tuple[int, int, int]], gaps: list[int], headlines: frozenset[int]) -> bool:
    """Whether ``h`` goes on a list of points that each open a paragraph, near enough, over one number its
    writer skipped (1. … 5. then 7. 8.: no 6. stands in the section)."""
    return last.opens and h.opens and h.n == last.n + 2 and h.level == last.level \
        and (h.section, h.level, last.n + 1) not in numbers and _near(last, h, gaps, headlines, h.para in headlines)


def _near(last: _Hit, h: _Hit, gaps: list[int], headlines: frozenset[int], headline: bool) -> bool:
    """``h`` stands near enough after ``last`` to be the next marker of its chain: in its section, with
    few paragraphs between that open with no marker, or both headlines of an outline."""
    if h.section != last.section:
        return False
    return last.para in headlines and headline or gaps[h.para] - gaps[last.para] <= MAX_PARAGRAPH_GAP


def _still_open(open_: list[list[_Hit]], h: _Hit, gaps: list[int], headlines: frozenset[int]) -> int:
    """How many open chains a new chain at ``h`` nests in: those whose next marker may still come
    (an outline's headline point may be followed by its next one however far on)."""
    keep = 0
    for c in open_:
        if not _near(c[-1], h, gaps, headlines, True):
            break
        keep += 1
    return keep


def _paragraph_marks(article: Article, hits: list[list[_Hit]], bullets: frozenset[int] = frozenset()) \
        -> tuple[list[int], frozenset[int]]:
    """For each paragraph, how many paragraphs before it open with no marker (a bullet of ``bullets`` is
    one); and the paragraphs a marker opens as a short headline (one sentence at most, no wider than
    HEADLINE_MAX)."""
    opened = {h.para for fam_hits in hits for h in fam_hits if h.start == article.paragraphs[h.para].start}
    gaps, n = [], 0
    for pi in range(len(article.paragraphs)):
        gaps.append(n)
        n += pi not in opened and pi not in bullets
    headlines = frozenset(
        pi for pi in opened
        if len(article.paragraphs[pi].text) <= HEADLINE_MAX and not _two_sentences(article.paragraphs[pi].text)
    )
    return gaps, headlines


def _two_sentences(p: str) -> bool:
    """A sentence end before the paragraph's last characters: more than one sentence."""
    return any(c in ITEM_STOPS for c in p.rstrip("。！？；”’）)")[:-1])


def _item(text: str, start: int, para_end: int, limit: int) -> Span:
    """From ``start`` to the end of its first sentence, or to ``limit`` when that comes first."""
    end = min(para_end, limit)
    for sp in sentences(text, start, end, stops=ITEM_STOPS):
        span = strip_span(text, sp.start, sp.end, TRAIL + "")
        # a point that ends on a quoted sentence (某某指出：“…的根本依据。”) ends at its words: the stop
        # and the closing mark after it are trailing punctuation (a quoted term, 推进“三去一降一补”, keeps its mark)
        while span.end - span.start >= 2 and text[span.end - 1] in "”’" and text[span.end - 2] in ITEM_STOPS:
            span = strip_span(text, span.start, span.end - 2, TRAIL)
            if span.text[:1] in "“‘" and not any(c in span.text for c in "”’"):
                span = strip_span(text, span.start + 1, span.end, TRAIL)  # (a point that is all a quotation)
        return span
    return strip_span(text, start, end)


def _after_ordinal_word(text: str, start: int, end: int, families: list[Family], fam: Family) -> int:
    """Where an item starts once the ordinal word that follows its marker is passed: in 1】首先，…,
    1】第一，… and 3）最后要… the word repeats the marker (首先 is the first), it is not the item's (a blind
    teacher's B, session 13: 答案保留“第一，”序号前缀; 答案第3条残留“最后要”)."""
    for other in families:
        if other is fam:
            continue
        m = other.regex.match(text, start, end)
        if not m or m.end() >= end:
            continue
        word = m.group().rstrip("，,、：:")
        # (an ordinal word of at most three characters, 首先 / 第一 / 第十二, with a comma after it or straight
        # before the verb its point opens with; not 第一个阶段是, whose words are the item's)
        if len(word) <= _ORDINAL_WORD_MAX and all("\u4e00" <= c <= "\u9fff" for c in word):
            return m.end()
    return start


# the longest ordinal word an item may open with after its marker (第十二)
_ORDINAL_WORD_MAX = 3


def _lead(text: str, article: Article, first: _Hit) -> Span:
    """The sentence that introduces the series."""
    p = article.paragraphs[first.para]
    before = list(sentences(text, p.start, first.start))
    if before:
        return before[-1]
    if first.para > 0 and article.paragraphs[first.para - 1].section == first.section:
        q = article.paragraphs[first.para - 1]
        prev = list(sentences(text, q.start, q.end))
        if prev:
            return prev[-1]
    # a series that opens its section is introduced by the section's heading, never by
    # the last words of the section before
    for h in article.headings:
        if h.number == first.section:
            return Span(h.text, h.start, h.end)
    return Span("", first.start, first.start)


def _strip_marker(lead: Span, families: list[Family]) -> Span:
    """A lead that is itself an item of another series ((三)推进…。一是…) loses that marker."""
    for fam in families:
        m = fam.regex.match(lead.text)
        if m:
            cut = m.end() + (1 if lead.text[m.end() : m.end() + 1] in ("，", "、", "：") else 0)
            return Span(lead.text[cut:], lead.start + cut, lead.end)
    return lead


def find_enumerations(text: str, article: Article, families: list[Family], rule_prefix: str = "enum",
                      bullet: re.Pattern[str] | None = None) -> list[Point]:
    """All enumerations of one article, in text order.  ``bullet`` (matched at a paragraph's start) marks
    the unnumbered sub-points a numbered point may have under it (——坚持…): like a numbered sub-point, such
    a paragraph is the point's detail and does not part it from the next point."""
    points = []
    hits = [_hits(text, article, fam) for fam in families]
    bullets = frozenset(pi for pi, p in enumerate(article.paragraphs)
                        if p.bullet or bullet is not None and bullet.match(text, p.start))
    gaps, headlines = _paragraph_marks(article, hits, bullets)
    for fam, fam_hits in zip(families, hits):
        ordinal = _chains(fam_hits, fam, gaps, headlines)
        # a counted run of first markers is no ordinal series but a list its speaker counts: asked as a
        # list, not scored as an enumeration (the corpus rules count ordinal series only)
        for chain in ordinal + _counted_repeats(text, article, fam_hits, fam):
            items = []
            for k, h in enumerate(chain):
                para = article.paragraphs[h.para]
                nxt = chain[k + 1].start if k + 1 < len(chain) else para.end
                item = _item(text, _after_ordinal_word(text, h.end, para.end, families, fam), para.end, nxt)
                if item.text:
                    items.append(item)
            if len(items) < 2:
                continue
            lead = _strip_marker(_lead(text, article, chain[0]), families)
            section = chain[0].section
            points.append(
                Point(
                    kind="enumeration" if chain in ordinal else "list",
                    article=article.id,
                    section=section,
                    heading=article.heading_at(section),
                    text=lead.text,
                    start=chain[0].start,
                    end=items[-1].end,
                    sentence=lead,
                    items=tuple(items),
                    marker=fam.marker,
                    rule=f"{rule_prefix}.{fam.id}" if chain in ordinal else f"lists.counted_{fam.id}",
                )
            )
    points.sort(key=lambda p: p.start)
    return _without_shorter_copies(points)


def _without_shorter_copies(points: list[Point]) -> list[Point]:
    """A series two families both read (首先，…其次，…第三，… is a 首先 series and a 第 series) is kept
    once, as the longer reading: a series whose items all start where another's do is dropped."""
    starts = [frozenset(i.start for i in p.items) for p in points]
    return [p for k, p in enumerate(points)
            if not any(j != k and starts[k] < starts[j] for j in range(len(points)))]
