"""How a list question names its list: the lead sentence before the items, when it can stand in a stem.

A list question's stem says which list it asks about (“…主要有以下突出成效”);
when no sentence names it, the template naming the heading or 文章 is used.
"""

from __future__ import annotations

import re

from ..numerals import numeral
from ..text import CLAUSE_END, SENTENCE_END
from .drafting import UNTITLED, Ctx, article_title
from .lint import CONTEXT_PRONOUNS
from .policy import POLICY
from .sentence import end_sentence, marker_re, strip_marker
from .vocab import load_vocab

LEAD_MAX: int = POLICY["lead_max"]  # see policy.yaml
LEAD_MIN: int = POLICY["lead_min"]

# Words that announce a list (vocab.yaml list_lead).
_LIST_LEAD = re.compile(load_vocab().list_lead)
_INNER = str.maketrans("“”", "‘’")


def list_values(ctx: Ctx) -> dict[str, str]:
    """The template values of a list question: its items, their count and the lead that names the list."""
    p = ctx.point
    values = {"items": "；".join(s.text for s in p.items), "count": str(len(p.items)), "count_cn": numeral(len(p.items))}
    # the lead sentence in a stem: without a marker of another series, never with a line break or a
    # marker inside, never long; otherwise empty, so a template naming the heading or 文章 is used
    whole = lead = strip_marker(p.sentence).text.strip()
    # a lead-in that runs on into the first item (这里，我简单提三点要求：一要…) ends before it
    cut = next((i for i in range(1, len(lead)) if lead[i - 1] in "：:" and marker_re().match(lead, i)), None)
    if cut is not None:
        lead = lead[: cut - 1]
    # it names the list when it announces it (…主要有以下突出成效。) or stands as a title line; another
    # sentence before the list (对此，我们一定要给予充分理解。) is used only to tell apart lists that
    # share a heading
    elif lead[-1:] in SENTENCE_END + "；…" and not _LIST_LEAD.search(lead) and not _shares_heading(ctx):
        lead = ""
    if lead and len(lead) > LEAD_MAX:
        lead = _announcing_clause(lead)
    if not _clean_lead(lead):
        lead = ""
    if not lead and not p.heading and article_title(ctx.doc, p.article) == UNTITLED and p.sentence.end <= p.items[0].start:
        # nothing else names the list (a speech without headings): the first clause of the sentence
        # before it does (改革开放40年积累的宝贵经验是党和人民弥足珍贵的精神财富), never a bare 文章列举了…
        first = re.split(f"[{CLAUSE_END}]", whole, maxsplit=1)[0]
        lead = first if len(first) >= LEAD_MIN and _clean_lead(first) and first[0] not in CONTEXT_PRONOUNS else ""
    return values | {"sentence": inner_quotes(end_sentence(lead).rstrip("。")) if lead else ""}


def _announcing_clause(lead: str) -> str:
    """The last clause of a long lead when it announces the list (……，概括起来重点要破除四个方面问题：):
    it names the list as the speaker did, where the whole sentence is too long for a stem; else ""."""
    last = re.split(f"[{CLAUSE_END}]", lead.rstrip(CLAUSE_END + SENTENCE_END))[-1].strip()
    announces = _LIST_LEAD.search(last) or lead.rstrip()[-1:] in "：:"
    return last if announces and LEAD_MIN <= len(last) <= LEAD_MAX and last[0] not in CONTEXT_PRONOUNS else ""


def _clean_lead(lead: str) -> bool:
    """Whether a lead can stand in a stem: short, on one line, with no marker of a list inside."""
    return bool(lead) and len(lead) <= LEAD_MAX and "\n" not in lead and not marker_re().search(lead) and not any(
        marker_re().match(lead, i) for i in range(1, len(lead)) if lead[i - 1] in "，。；：！？"
    )


def inner_quotes(text: str) -> str:
    """``text`` with its “ ” made ‘ ’: the templates quote a heading or lead in “ ” (关于“坚定捍卫‘两个确立’…”)."""
    return text.translate(_INNER)


def _shares_heading(ctx: Ctx) -> bool:
    """Whether another enumeration stands under the same heading of the same article."""
    p = ctx.point
    points = ctx.material.points.get(ctx.doc_key, ())
    return sum(1 for q in points if q.kind == "enumeration" and (q.article, q.section) == (p.article, p.section)) > 1
