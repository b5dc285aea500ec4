"""Lists without ordinal markers.

A speech lists its points without 一是/二是 as often as with them:

- dash bullets, one per paragraph (——坚持…);
- paragraphs that open alike after a sentence announcing them
  (必须把握以下几点： / 坚持… / 坚持… / 坚持…);
- clauses after a colon that announces them (X的Y是：坚持A，坚持B，实现C), or that counts them
  (X的五种基本职能：A，B，C，D，E);
- clauses separated by semicolons that open alike (…；坚持…；坚持…；);
- short headline sentences of one paragraph that open alike, each followed by
  the sentences that carry it out (要以…讲政治。…。要以…提效能。…).

Each becomes a ``list`` point: its items are the units' first clauses or
sentences, its sentence the announcing lead.  What counts is policy in the ``lists`` section
of the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import segment
from ..model import Article, Paragraph, Point, Span
from ..numerals import value_of
from ..text import sentences, strip_span



@dataclass(frozen=True)
class ListRules:
    """The compiled ``lists`` section."""

    min_items: int
    max_item_chars: int
    opening_chars: int
    head_chars: int
    colon_terms_max: int
    dash: re.Pattern[str]
    announce: re.Pattern[str]
    colon_lead: re.Pattern[str]
    counted_colon: re.Pattern[str]
    colon_terms_not_after: re.Pattern[str]

    @classmethod
    def from_rules(cls, rules: dict) -> "ListRules":
        d = rules["lists"]
        patterns = {k: re.compile(d[k]) for k in ("dash", "announce", "colon_lead", "counted_colon", "colon_terms_not_after")}
        return cls(min_items=d["min_items"], max_item_chars=d["max_item_chars"], opening_chars=d["opening_chars"],
                   head_chars=d["head_chars"], colon_terms_max=d["colon_terms_max"], **patterns)


def _first_sentence(text: str, start: int, end: int) -> Span:
    """The first sentence of text[start:end], its closing mark excluded."""
    first = next(iter(sentences(text, start, end)), None)
    span = first if first is not None else Span(text[start:end], start, end)
    return strip_span(text, span.start, span.end)


def _point(article: Article, lead: Span, items: list[Span], section: int, marker: str, rule: str) -> Point:
    return Point(
        kind="list", article=article.id, section=section, heading=article.heading_at(section), text=lead.text,
        start=min(lead.start, items[0].start), end=items[-1].end, sentence=lead, items=tuple(items),
        marker=marker, rule=f"lists.{rule}",
    )


def _open_alike(items: list[str], n: int) -> bool:
    """Whether the units share their first ``n`` characters (坚持… 坚持…): parallel openings."""
    return len({t[:n] for t in items}) == 1 and all(len(t) > n for t in items)


def _runs(paras: tuple[Paragraph, ...], keep) -> list[list[int]]:
    """Runs of consecutive paragraph indexes for which ``keep`` holds (same section)."""
    runs: list[list[int]] = []
    for i, p in enumerate(paras):
        if keep(p):
            if runs and runs[-1][-1] == i - 1 and paras[i - 1].section == p.section:
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs


def _lead_before(text: str, article: Article, i: int) -> Span | None:
    """The last sentence of the paragraph before paragraph i, in the same section."""
    if i == 0 or article.paragraphs[i - 1].section != article.paragraphs[i].section:
        return None
    q = article.paragraphs[i - 1]
    last = list(sentences(text, q.start, q.end))
    return last[-1] if last else None


def _dash_lists(text: str, article: Article, rules: ListRules) -> list[Point]:
    """Runs of dash bullets (——坚持…) or Markdown list items, one per paragraph: each its first sentence."""
    paras = article.paragraphs
    out = []
    for run in _runs(paras, lambda p: p.bullet or rules.dash.match(text, p.start) is not None):
        if len(run) < rules.min_items:
            continue
        items = []
        for i in run:
            m = rules.dash.match(text, paras[i].start)
            items.append(_first_sentence(text, m.end() if m else paras[i].start, paras[i].end))
        if any(len(t.text) > rules.max_item_chars for t in items):
            continue  # bullets that run on as paragraphs are passages, not items to recall
        lead = _lead_before(text, article, run[0]) or Span("", items[0].start, items[0].start)
        out.append(_point(article, lead, items, paras[run[0]].section, "——", "dash"))
    return out


def _parallel_paragraphs(text: str, article: Article, rules: ListRules) -> list[Point]:
    """Paragraphs that open alike right after a paragraph whose last sentence announces them."""
    paras = article.paragraphs
    out = []
    for i in range(1, len(paras)):
        lead = _lead_before(text, article, i)
        if lead is None or not rules.announce.search(lead.text):
            continue
        j = i
        n = rules.opening_chars
        while j < len(paras) and paras[j].section == paras[i].section and text[paras[j].start : paras[j].start + n] == text[paras[i].start : paras[i].start + n]:
            j += 1
        if j - i < rules.min_items:
            continue
        items = [_first_sentence(text, paras[k].start, paras[k].end) for k in range(i, j)]
        if all(len(t.text) <= rules.max_item_chars for t in items):
            out.append(_point(article, lead, items, paras[i].section, "段", "paragraphs"))
    return out


@lru_cache(maxsize=8)
def _stop_pattern(stops: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(stops) + "]")


def _clauses(text: str, start: int, end: int, stops: str) -> list[Span]:
    """The non-empty pieces of text[start:end] between the ``stops``, trimmed."""
    out, s = [], start
    for m in _stop_pattern(stops).finditer(text, start, end):
        span = strip_span(text, s, m.start())
        if span.text:
            out.append(span)
        s = m.start() + 1
    span = strip_span(text, s, end)
    if span.text:
        out.append(span)
    return out


def _colon_items(text: str, start: int, end: int, max_chars: int) -> list[Span]:
    """The items after an announcing colon: its semicolon clauses when it has any (a 、 or ， inside one
    does not start another item: 深刻领悟…的决定性意义，增强…；… is one), each by its first clause when
    one is longer than ``max_chars``; else its comma clauses."""
    if "；" not in text[start:end]:
        return _clauses(text, start, end, "，")
    parts = _clauses(text, start, end, "；")
    if all(len(p.text) <= max_chars for p in parts):
        return parts
    # an item too long to recall whole is recalled by its first clause, as a semicolon list's are
    return [_clauses(text, p.start, p.end, "，")[0] for p in parts]


_LAST_JOINER = re.compile("[和与及]")


def _joined_last(text: str, lead: str, items: list[Span], rules: ListRules) -> list[Span]:
    """``items`` with the last split at its one 和/与/及 when the lead counts one item more than the clauses
    (四个阶段：危机，萧条，复苏和高涨): a list joins its last two terms so; else ``items`` as they are."""
    counted = rules.counted_colon.search(lead)
    if not counted or value_of(counted.group("n")) != len(items) + 1 or not items:
        return items
    last = items[-1]
    joins = list(_LAST_JOINER.finditer(last.text))
    # (the first half is a term of the list, so no longer than a clause that counts as a term after a colon,
    # colon_terms_max; a longer first half is a clause whose 和 joins words inside it, not two of the items;
    # at least 2 characters and a second half of 2 or more: a one-character half is no term)
    if len(joins) != 1 or not 2 <= joins[0].start() <= rules.colon_terms_max or len(last.text) - joins[0].end() < 2:
        return items
    at = last.start + joins[0].start()
    return items[:-1] + [Span(text[last.start:at], last.start, at), Span(text[at + 1:last.end], at + 1, last.end)]


def _colon_list(lead: str, items: list[Span], rules: ListRules) -> bool:
    """Whether the clauses ``items`` after a colon are a list by their ``lead``: it announces them (X的Y是：), counts
    exactly as many (X的五种基本职能：), or they are short terms (活的灵魂：实事求是，群众路线，独立自主) after a lead
    that reports no one's words (``colon_terms_not_after``: 他笑着说：不错，很好，继续努力)."""
    if rules.colon_lead.search(lead):
        return True
    if counted := rules.counted_colon.search(lead):
        return value_of(counted.group("n")) == len(items)
    if rules.colon_terms_not_after.search(lead):
        return False
    # (是 as a word of its own, a copula: 实事求是, 是非 are terms that hold the character)
    return all(len(t.text) <= rules.colon_terms_max and not any(q in t.text for q in "“”‘’\"")
               and ("是" not in t.text or "是" not in segment.cut(t.text)) for t in items)


def _sentence_lists(text: str, article: Article, rules: ListRules) -> list[Point]:
    """Clauses after an announcing colon, and semicolon clauses that open alike, inside one sentence."""
    out = []
    for para in article.paragraphs:
        for sp in sentences(text, para.start, para.end):
            body_end = sp.start + len(sp.text.rstrip("。！？"))
            colon = sp.text.find("：")
            if colon > 0:
                items = _joined_last(text, sp.text[:colon], _colon_items(text, sp.start + colon + 1, body_end, rules.max_item_chars), rules)
                lead = Span(sp.text[: colon + 1], sp.start, sp.start + colon + 1)
                if _colon_list(sp.text[:colon], items, rules) and len(items) >= rules.min_items \
                        and all(len(t.text) <= rules.max_item_chars for t in items):
                    out.append(_point(article, lead, items, para.section, "：", "colon"))
                    continue
            if rules.min_items > 1 and "；" not in sp.text:
                continue  # one clause: no semicolon list
            parts = _clauses(text, sp.start, body_end, "；")
            heads = [_clauses(text, p.start, p.end, "，")[0] for p in parts if p.text]
            if len(heads) >= rules.min_items and _open_alike([h.text for h in heads], rules.opening_chars):
                if all(len(h.text) <= rules.max_item_chars for h in heads):
                    lead = Span(sp.text, sp.start, sp.end)
                    out.append(_point(article, lead, heads, para.section, "；", "semicolon"))
    return out


def _parallel_sentences(text: str, article: Article, rules: ListRules) -> list[Point]:
    """Short sentences of one paragraph that open alike, each followed by a longer one that carries it out
    (要以赤诚之心讲政治。忠诚捍卫…。要以勤勉之心提效能。坚持…): the headlines of parallel points.  Its lead is
    the sentence before the first headline (the paragraph's opening, or the paragraph before's last)."""
    out = []
    n = rules.opening_chars
    for k, para in enumerate(article.paragraphs):
        sents = [strip_span(text, sp.start, sp.start + len(sp.text.rstrip("。！？"))) for sp in sentences(text, para.start, para.end)]
        if len(sents) < 2 * rules.min_items:
            continue  # fewer sentences than headlines and what carries them out
        short = [i for i, sp in enumerate(sents) if len(sp.text) <= rules.head_chars and "，" not in sp.text]
        # parallel headlines open alike (要以…) or are as long as each other (永葆政治本色。践行为民初心。)
        groups: dict[object, list[int]] = {}
        for i in short:
            groups.setdefault(sents[i].text[:n], []).append(i)
            if len(sents[i].text) > n + 1:
                groups.setdefault(len(sents[i].text), []).append(i)
        seen: set[tuple[int, ...]] = set()
        for heads in groups.values():
            # each headline is followed by a sentence that is none (it carries the headline out)
            if len(heads) < rules.min_items or any(i + 1 >= len(sents) or i + 1 in short for i in heads):
                continue
            if tuple(heads) in seen or not all(len(sents[i].text) > n for i in heads):
                continue
            seen.add(tuple(heads))
            first = heads[0]
            lead = sents[first - 1] if first > 0 else _lead_before(text, article, k)
            if lead is None:
                continue
            out.append(_point(article, lead, [sents[i] for i in heads], para.section, "句", "sentences"))
    return out


def find_lists(text: str, article: Article, rules: ListRules, taken: list[tuple[int, int]],
               marked: list[tuple[int, int]] | None = None) -> list[Point]:
    """The unmarked lists of one article, in text order; a list whose items stand
    inside ``taken`` spans (an ordinal enumeration found them already) is left out.  A list inside one
    sentence is left out only when it stands in ``marked`` (when given): an enumeration's lead or items, not
    the body under a numbered subheading, whose semicolon list (X具有A性；X具有B性；…) is a list of its own
    (paragraphs and headline sentences there are the item's text: 产值突破…亿元。 is no list)."""
    inner = _sentence_lists(text, article, rules)
    # dash bullets under a numbered item (6.某某主要目标。 / ——经济发展取得新成效。 / ——…) are a list of their own,
    # as a sentence's list is: only where they are the enumeration's lead or items are they found again
    dashes = _dash_lists(text, article, rules)
    own = inner + dashes
    found = dashes + _parallel_paragraphs(text, article, rules) + inner + _parallel_sentences(text, article, rules)
    kept = [p for p in found if not any(a <= p.items[0].start < b
                                        for a, b in (marked if marked is not None and p in own else taken))]
    return sorted(kept, key=lambda p: p.start)
