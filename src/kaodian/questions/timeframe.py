"""The year or period a sourced statement speaks of (issue 12, deliverable 4: a figure of a review asked with no
year is read as another year's; a lesson drawn from a period is framed by none): ``reviews`` tells a review heading, ``review_year`` the one year a review or a plan
heading is of, ``present_years`` an article's present, ``time_frame`` what a stem says before a statement whose stem
names no time (2016年 / “十四五”时期 / 过去五年).  Moved out of ``source.py`` (session 25) when it passed 500 lines;
``source.sourced`` calls ``time_frame``.  The word lists are policy (anchors.yaml, section ``source``)."""

from __future__ import annotations

import re

from ..model import Document
from .anchors import POLICY, YEAR, text_year

_S = POLICY["source"]


def review_year(doc: Document, article_id: str, heading: str | None, title: str = "") -> int | None:
    """The year a section's facts or targets are of: the one year a review heading names (2016年工作回顾),
    else (过去一年工作回顾) the year before the text's; the one year a plan heading names (2017年重点工作
    任务).  With no heading, the title's review word counts (…报告（摘登）过去一年…).  None otherwise: a
    study note's 1949-1956年 or a heading that names a year and neither word speaks of history."""
    cue = heading or title
    if not cue:
        return None
    years = set(YEAR.findall(cue))
    if reviews(cue) and _PERIOD.search(cue):
        # (a review of several years: time_frame says its period, present_years counts no year of it)
        return int(years.pop()) if len(years) == 1 else None
    if reviews(cue) or (not years and opens_review(doc, article_id, heading)):
        if len(years) == 1:
            return int(years.pop())
        year = text_year(doc, article_id) if not years else None
        return year + _S["review_offset"] if year else None
    if heading and len(years) == 1 and any(w in heading for w in _S["plan_words"]):
        return int(years.pop())
    return None


def present_years(doc: Document, article_id: str) -> tuple[int, ...]:
    """The years that are the present of an article: those its headings review or plan (``review_year``:
    2009年教育工作的简要回顾, 2010年绍兴教育的工作重点), and, where it has such a heading, the year it was
    written.  Empty for a text whose headings name no year it reviews or plans (a regulation's
    自2022年5月1日起施行 is its point, a digest's dates are history)."""
    art = next((a for a in doc.articles if a.id == article_id), None)
    if art is None:
        return ()
    years = {review_year(doc, art.id, h.text, art.title or "") for h in art.headings}
    years.discard(None)
    if years:
        years.add(text_year(doc, art.id))
        years.discard(None)
    return tuple(sorted(years))


def reviews(cue: str) -> bool:
    """Whether a heading or title ``cue`` reviews past work (``review_words``: 2016年工作回顾, 过去一年…)."""
    return any(w in cue for w in _S["review_words"])


def opens_review(doc: Document, article_id: str, heading: str | None) -> bool:
    """Whether the level-one section ``heading`` opens reviewing the year before the text's though the heading
    says no review word (一、一年接着一年干，…取得新成效 / 2025年是…收官之年。一年来，我们…): one of the first
    ``review_opening_sentences`` of its first paragraph opens with that year or says 过去一年/一年来 (``year_said``)."""
    year = text_year(doc, article_id) if heading else None
    top = doc.text.find(heading + "\n") if year else -1
    if top < 0:
        return False
    start = top + len(heading) + 1
    first = doc.text[start : doc.text.find("\n", start) % (len(doc.text) + 1)]
    past = f"{year + _S['review_offset']}年"
    return any(s.startswith(past) or _YEAR_SAID.search(s)
               for s in first.split("。")[: _S["review_opening_sentences"]])


def review_cue(doc: Document, article_id: str, heading: str | None, title: str = "") -> bool:
    """Whether a statement under ``heading`` (else the title) stands in a review of past work: the cue says so
    (``reviews``) or the section opens so (``opens_review``)."""
    return reviews(heading or title) or opens_review(doc, article_id, heading)


_PERIOD = re.compile(_S["period"])
_COUNT = re.compile("[两三四五六七八九十]")
_YEAR_SAID = re.compile(_S["year_said"])


def names_period(doc: Document, article_id: str) -> bool:
    """Whether a level-one heading of the article names a period of several years (“十五五”时期主要目标任务)."""
    art = next((a for a in doc.articles if a.id == article_id), None)
    return art is not None and any(_PERIOD.search(h.text) for h in art.headings)


def _period_said(period: str) -> str:
    """How a stem says a period of several years: “十四五”时期 (a plan's name), 过去五年 (a count of years:
    这五年, 五年来, 近五年)."""
    said = _S["period_said"]
    if "十" in period[:2].lstrip("“") and "五" in period:
        return said["plan"].format(name=period.strip("“”").removesuffix("时期").strip("“”"))
    return said["years"].format(count=_COUNT.search(period).group())


def time_frame(stem: str, doc: Document, article_id: str, heading: str | None, title: str, at: int = -1,
               figure: bool = False, owned: bool = False) -> str | None:
    """The year or period a sourced statement is of, when the stem names none: a period of several years its
    heading names (“十四五”时期工作回顾), or its paragraph before it (过去五年，…) under a review or before a
    ``figure`` of an issuer's text (``owned``), said as such (“十四五”时期, 过去五年); else the review year
    (``review_year``: 2016年), a plan's year before a target only.  None when a heading names a period and a
    year and the paragraph neither, or the stem says its time itself."""
    if YEAR.search(stem[:12]) or _PERIOD.search(stem[:12]) or any(w in stem[:12] for w in _S["review_words"]):
        # (said already: 2016年，…, 过去五年，…, 过去一年取得的成绩…; a period named later, “十三五”实现了良好
        # 开局, frames nothing)
        return None
    cue = heading or title
    para = doc.text[doc.text.rfind("\n", 0, at) + 1 : at] if at > 0 else ""
    if any(w in para for w in _S["lesson_marks"]):
        return None  # (a lesson drawn from a period, 回顾…我们深切感受到：必须…, is of no one time)
    if ((figure and owned) or review_cue(doc, article_id, heading, title)) and (m := _PERIOD.search(para)):
        return _period_said(m.group())
    if cue and (m := _PERIOD.search(cue)):
        if not YEAR.search(cue):
            return _period_said(m.group())
        if not any(w in para for w in _S["review_words"]):
            # (2025年和“十四五”时期工作回顾: which of the two the paragraph does not say; the paragraph that opens
            # its block does, 过去的五年极不寻常。… / 刚刚过去的2025年很不平凡。…: rate30's blind teachers, a
            # five-year figure asked with no period, the text giving the year's too)
            return _block_time(doc, at, heading, article_id) if heading else None
    year = review_year(doc, article_id, heading, title)
    if year and not figure and not review_cue(doc, article_id, heading, title):
        year = None  # a plan's year only before a target (2017年，国内生产总值增长6.5%左右), not every task
    return f"{year}年" if year and f"{year}年" not in stem else None


def _block_time(doc: Document, at: int, heading: str, article_id: str = "") -> str | None:
    """The period or year the nearest paragraph before ``at`` under ``heading`` opens with (过去的五年极不寻常。;
    刚刚过去的2025年很不平凡。; 过去的一年，…: the year before the text's, ``year_said``), said as a stem's time
    (“十四五”时期 / 过去五年; 2025年), or None when no paragraph of the section opens so.  Only a paragraph's first
    sentence counts: a later one names a year in passing."""
    top = doc.text.rfind(heading, 0, at)
    if top < 0:
        return None
    end = doc.text.rfind("\n", 0, at)
    while end > top + len(heading):
        start = doc.text.rfind("\n", 0, end) + 1
        first = doc.text[start:end].split("。", 1)[0]
        if (m := _PERIOD.search(first)) or (y := YEAR.search(first)):
            return _period_said(m.group()) if m else f"{y.group(1)}年"
        if _YEAR_SAID.search(first) and (year := text_year(doc, article_id)):
            return f"{year + _S['review_offset']}年"
        end = start - 1
    return None
