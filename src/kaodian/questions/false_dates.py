"""The dates a false statement may carry: a change a learner could believe, never a year off by one."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..numerals import value_of
from ..rules.schema import load_policy_file
from .distractors import DATE
from .false_meetings import counts_things
from .policy import POLICY


# A false statement's date moves by at least this many years: a year off by one or two (2004 -> 2003)
# reads as a slip of memory, not as another event a learner could believe (issue 12's review).
FALSE_YEAR_SHIFT = 3


def false_date_edits(text: str, document: str = "", sentence: str = "") -> list[str]:
    """The dates a false statement may put for the first date of ``text``: its year moved by
    FALSE_YEAR_SHIFT or more, earlier first (an earlier date is always a past one), month and day
    kept (a month or a day moved is as trivial as a year off by one).  Given the ``document`` the date
    stands in, later first where that year is still one the document tells of as past (never a target,
    到2035年), and never a year before the first it names: an earlier year may fall before the story
    begins, which common sense excludes (session 15: 2000 for a deed of one who came in 2002).  Where the
    ``sentence`` the date stands in names an event held on a fixed cycle (false_dates.yaml ``cycles``: a party
    congress every five years), the year moves by whole cycles only: a congress in a year between two is
    false at a glance (session 19: 2014年…第十九次全国代表大会, 党代会五年一届，十八大2012年).  Never past
    another year the sentence names: the order of its events stays."""
    m = DATE.search(text)
    if not m:
        return []
    y = int(m.group(1))
    rest = m.group()[len(m.group(1)) :]
    step = cycle_years(sentence)
    shift = step or FALSE_YEAR_SHIFT
    years = [y - step, y + step] if step else [y + dy for dy in (-FALSE_YEAR_SHIFT, -5, FALSE_YEAR_SHIFT)]
    if not step and target_year(sentence, m.group()):
        years = milestone_years(y, done_years(document) if document else frozenset())
    elif document:
        stated = stated_years(document)
        if len(stated) >= STATED_MIN:
            later = [y + shift] if y + shift <= max(stated) else []
            years = later + [x for x in years[:-1] if x >= min(stated)]
    # (nor across another year its sentence names: 某年底开始酝酿，次年正式提出… moved past the later year tells a
    # story backwards, false at a glance)
    others = {int(o) for o in _YEAR.findall(sentence)} - {y}
    years = [x for x in years if all((x < o) == (y < o) for o in others)]
    return [text.replace(m.group(), f"{x}{rest}", 1) for x in years]


# A target's year moves at most this many years to another milestone (2035 -> 2030, 2027, 2025, 2049): a target a
# generation away is another era's, no confusion a learner makes.
MILESTONE_REACH = 15


def target_year(sentence: str, date: str) -> bool:
    """Whether ``date`` (its first place in ``sentence``) is a target's year: 到2035年, 至2027年底, 2027年前
    (false_dates.yaml ``target_before``, ``target_after``)."""
    pol = _targets()
    at = sentence.find(date)
    if at < 0:
        return False
    return sentence[:at].endswith(tuple(pol["target_before"])) or sentence[at + len(date):].startswith(tuple(pol["target_after"]))


def milestone_years(year: int, done: frozenset[int]) -> list[int]:
    """The years a target's ``year`` may be changed to (false_dates.yaml ``target_milestones``): milestones and
    five-year plans' ends at least FALSE_YEAR_SHIFT and at most MILESTONE_REACH years away, nearest first, earlier
    first at a tie; an earlier one stays after every year the document tells as ``done`` (a target is never past)."""
    pol = _targets()["target_milestones"]
    every = pol["plan_every"]
    ends = range(year - MILESTONE_REACH + (-(year - MILESTONE_REACH)) % every, pol["plan_last"] + 1, every)
    found = {x for x in (*pol["years"], *ends) if FALSE_YEAR_SHIFT <= abs(x - year) <= MILESTONE_REACH}
    found = {x for x in found if x > year or not done or x > max(done)}
    return sorted(found, key=lambda x: (abs(x - year), x))


# A document states a span of years when it names at least this many different ones (a speech that names its
# own year only says nothing of the period its story covers).
STATED_MIN = 3
# (never a target's year, 到2035年: the span is of what the document tells as done)
_YEAR = re.compile(r"(?<![\d到])((?:19|20)\d\d)年")


@lru_cache(maxsize=8)
def stated_years(document: str) -> frozenset[int]:
    """The years ``document`` names (1998年, 2003年), never a target's (到2035年)."""
    return frozenset(int(y) for y in _YEAR.findall(document))


def trivial_date_change(old: str, new: str) -> bool:
    """Whether ``new`` is the date ``old`` with only its year, month or day moved by one (2004年 ->
    2003年, 2016年9月 -> 2016年8月): what the review rejected.  Generation keeps a wider margin
    (FALSE_YEAR_SHIFT); lint flags only this, the change no teacher takes for another fact."""
    a, b = DATE.fullmatch(old), DATE.fullmatch(new)
    if a is None or b is None:
        return False
    diffs = [(int(x), int(y)) for x, y in zip(a.groups(), b.groups()) if x is not None and y is not None and x != y]
    if len(diffs) != 1:
        return False
    (x, y), = diffs
    return abs(x - y) == 1


# A count of years followed by the span it counts (14年（1949－1963）): the bracket states the answer.
_SPAN_AFTER = re.compile(r"^[（(]\d{4}\s*[－—\-~～至到]+\s*\d{4}")


def span_shown(body: str, at: int, new: str) -> bool:
    """Whether the number ``new`` put at ``at`` in ``body`` is a count of years whose span the
    statement writes right after it in brackets (阿登纳担任总理长达28年（1949－1963）): the change is
    false at a glance."""
    return bool(re.fullmatch(r"\d+年", new)) and bool(_SPAN_AFTER.match(body[at + len(new) :]))


@lru_cache(maxsize=1)
def _targets() -> dict:
    return load_policy_file(Path(__file__).with_name("false_dates.yaml"),
                            {"target_before": [str], "target_after": [str],
                             "target_milestones": {"years": [int], "plan_every": int, "plan_last": int},
                             "cycles": [{"event": "re", "years": int}],
                             "issued_after": "re", "held_after": "re", "year_fixed_by": ["re"],
                             "span_named": "re",
                             "terms": {"first": int, "first_year": int, "years": int, "meeting": "re"}})


def detail_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a date that is a detail, never the change a false statement makes
    (false_dates.yaml): the day a document was issued (2018年…印发《…》, ``issued_after``), the day a meeting the
    statement names by it was held (2025年12月召开的…会议, ``held_after``)."""
    pol = _targets()
    m = DATE.fullmatch(text[start:end])
    if m is None:
        return False
    after = text[end:end + 24]
    return re.match(pol["issued_after"], after) is not None or re.match(pol["held_after"], after) is not None


_SENTENCE_END = re.compile(r"[。！？!?\n]")
# what joins the two years of a range (policy.yaml figure_options.range_marks, as false_figures reads a range)
_RANGE_MARK = "(?:%s)" % "|".join(re.escape(m) for m in POLICY["figure_options"]["range_marks"])
_LEAD_YEAR = re.compile(r"(\d{4})年?")


def fixed_year(text: str, start: int, end: int, new: str) -> bool:
    """Whether the year of the date ``text[start:end]`` is one its own sentence fixes, so that ``new`` put in its
    place contradicts the rest of the sentence (false at a glance, rate32 Q021: 2018年 … 庆祝建党100周年): the
    sentence names an anniversary or another count of years (false_dates.yaml ``year_fixed_by``), or the date is an
    end of a range (2021—2025年, policy.yaml ``figure_options.range_marks``) that ``new`` reverses, or whose span the
    sentence names by itself (“十四五”时期, ``span_named``)."""
    pol = _targets()
    old, moved = _LEAD_YEAR.match(text[start:end]), _LEAD_YEAR.match(new)
    if old is None or moved is None or (start > 0 and text[start - 1].isdigit()) or not (
            re.match(r"年|%s\d{4}" % _RANGE_MARK, text[start + 4:start + 9])):
        return False  # (a year: four digits a 年 or a range's other year follows, never a tally as 1200亿元)
    s = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    e = (m.start() if (m := _SENTENCE_END.search(text, end)) else len(text))
    sentence = text[s:e]
    if any(re.search(p, sentence) for p in pol["year_fixed_by"]):
        return True
    later = re.match(r"(?:年)?(?:%s)(\d{4})" % _RANGE_MARK, text[start + 4:start + 12])
    earlier = re.search(r"(\d{4})年?(?:%s)$" % _RANGE_MARK, text[max(s, start - 8):start])
    if later is None and earlier is None:
        return False
    y = int(moved.group(1))
    reversed_ = (later is not None and y >= int(later.group(1))) or (earlier is not None and y <= int(earlier.group(1)))
    return reversed_ or re.search(pol["span_named"], sentence) is not None


def cycle_years(sentence: str) -> int:
    """The years between two events of the fixed cycle ``sentence`` names (false_dates.yaml ``cycles``), or 0."""
    return next((c["years"] for c in _targets()["cycles"] if re.search(c["event"], sentence)), 0) if sentence else 0


@lru_cache(maxsize=8)
def done_years(document: str) -> frozenset[int]:
    """The years ``document`` names as no target (false_dates.yaml: not 到2027年, 至2027年, 2027年前)."""
    pol = _targets()
    before, after = tuple(pol["target_before"]), tuple(pol["target_after"])
    out = set()
    for m in _ANY_YEAR.finditer(document):
        # (a few characters back: 到 2027 年 of a PDF's letter-spaced text)
        if not document[max(0, m.start() - 3) : m.start()].rstrip().endswith(before) and not document.startswith(after, m.end()):
            out.add(int(m.group(1)))
    return frozenset(out)


_ANY_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def target_options(document: str, before: str, edits: list[str]) -> list[str]:
    """The ``edits`` (wrong options) of a date that ``before`` shows to be a target (到2027年) without those of
    a year before the latest the ``document`` names as no target (done_years): a target cannot lie before the
    text that sets it, and a teacher strikes such a year out at a glance (session 17: 年份选项琐碎，2024早于
    发文).  The edits of any other date as they are."""
    if not before.rstrip().endswith(tuple(_targets()["target_before"])) or not (done := done_years(document)):
        return edits
    floor = max(done)
    return [e for e in edits if (m := DATE.search(e)) and int(m.group(1)) >= floor]


def term_years(sentence: str) -> tuple[int, int] | None:
    """The years a date of ``sentence`` may lie in when the sentence names one numbered party congress or plenary
    session (false_dates.yaml ``terms``): (y, y) for a congress, whose name gives its year away, and for its first
    plenary session, (y + 1, y + years) for a later one; None for a sentence that names none, or several.  A short
    name that counts things (实施十三大工程, ``false_meetings.counts_things``) names no congress."""
    t = _targets()["terms"]
    named = list(re.finditer(t["meeting"], sentence))
    found = {(m.group("n"), m.group("k")) for m in named}
    # (a short name that counts things, 实施十三大工程, is no congress: false_meetings.counts_things)
    if len(found) != 1 or all(counts_things(sentence, m) for m in named):
        return None
    ((ordinal, plenum),) = found
    start = t["first_year"] + t["years"] * (value_of(ordinal) - t["first"])
    # (a first plenum meets the days after its congress; the second early the year after, the last in the next
    # congress's year)
    return (start + 1, start + t["years"]) if plenum and value_of(plenum) > 1 else (start, start)
