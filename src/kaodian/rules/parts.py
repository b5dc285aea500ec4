"""The parts of a long text as one point: a report's or a speech's top-level headings (一、…二、…三、…),
which teachers list as a key point (报告的四个部分, 讲话结构：三个问题).

The mechanism is here; the counts, lengths and the headings that are no parts are policy (parts.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..model import Article, Point, Span
from .schema import load_policy_file

# What parts.yaml holds; every key is required.
SCHEMA = {"min_parts": int, "max_parts": int, "min_chars": int, "heading_min": int, "heading_max": int, "not_part": "re", "lead": str,
          "question": str, "clause": "re"}

RULE = "lists.parts"


@lru_cache(maxsize=1)
def policy() -> dict:
    """parts.yaml, checked against SCHEMA and its patterns compiled (read once)."""
    data = load_policy_file(Path(__file__).with_name("parts.yaml"), SCHEMA)
    return {k: re.compile(v) if SCHEMA[k] == "re" else v for k, v in data.items()}


def find_parts(article: Article, articles: int) -> list[Point]:
    """The top-level headings of ``article`` as one list point of the whole text, when they are the parts of
    its argument: a long text (``min_chars``), the document holds this one article (``articles``: how many it holds; a collection's
    article headings are no one text's parts), it has ``min_parts``–``max_parts`` headings numbered 1, 2, 3 …
    without a gap, and each heading is a statement (``heading_min``–``heading_max`` characters, no
    ``not_part`` label).  Empty otherwise."""
    pol = policy()
    heads = article.headings
    if articles != 1 or not article.title or not pol["min_parts"] <= len(heads) <= pol["max_parts"]:
        return []
    if article.end - article.start < pol["min_chars"]:
        return []  # (a short text's headings are read at a glance: no point of its own)
    if [h.number for h in heads] != list(range(1, len(heads) + 1)):
        return []
    texts = [h.text.strip() for h in heads]
    if any(not pol["heading_min"] <= len(t) <= pol["heading_max"] or pol["not_part"].search(t) for t in texts):
        return []
    title = article.title.strip("《》")
    lead = Span(pol["lead"].format(title=title, n=_CN[len(heads)]), heads[0].start, heads[0].start)
    items = tuple(Span(h.text, h.start, h.end) for h in heads)
    return [Point(kind="list", article=article.id, section=0, heading=None, text=lead.text, start=heads[0].start,
                  end=heads[-1].end, sentence=lead, items=items, marker=heads[0].marker[:1], rule=RULE)]


# the count of the parts as the lead says it (三个部分)
_CN = {3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八"}


def parts_question(p: Point, title: str | None) -> str:
    """The recall stem that asks the parts point ``p`` of the text titled ``title`` (《…》分为哪几个部分？);
    "" for any other point, or a text with no title."""
    if p.rule != RULE or not title:
        return ""
    return policy()["question"].format(title=title.strip("《》"))


def stated_parts(p: Point) -> bool:
    """Whether ``p`` is a text's parts point whose headings are all claims of two clauses or more (``clause``):
    a report's statements of its parts, which no study guide's table of contents is."""
    return p.rule == RULE and all(policy()["clause"].search(s.text) for s in p.items)
