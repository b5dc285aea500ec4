"""Run-in level-one headings: a body whose numbered points each open with a short lead sentence and go
on in the same paragraph (一、党委书记要当好“班长”。党的委员会有……), as a book of collected works or a
set of work rules prints its points.  The leads are the body's 一、二、 headings (the corpus README's
heading numbering), the rest of each paragraph the first paragraph of its section."""

from __future__ import annotations

import re

from .layout import load_layout
from .para import Para
from .roles import BODY, HEADING, HEADING_RE, META, char_width, heading_number

# the lead: the paragraph's first sentence, its closing quotation marks with it (三、“互通情报”。)
_LEAD_RE = re.compile(r"^[^。！？]+[。！？][”’」』]?")
# Fewer points than this are a numbered paragraph or two, not an outline of the body: two 一、二、
# paragraphs may as well be a list of the text's own making; three in sequence number its divisions.
RUN_IN_MIN = 3


def split_run_in_headings(paras: list[Para]) -> None:
    """Split each run-in point of a body into its lead (a 一、 heading) and the rest (body), in place.

    A body qualifies when it has no 一、 heading of its own, its 一、二、三、… paragraphs stand one right
    after the other numbered in sequence from 一、 (at least ``RUN_IN_MIN``; an opening or closing
    paragraph may stand outside them), and every one of them opens with a lead sentence no wider than
    a subheading with more text after it.  Numbered paragraphs with another paragraph or a chapter
    line between them, or whose first sentence runs long (一、国务院……根据……制定本规则。), are the
    articles of a regulation or the items of a list: left alone.
    """
    width = load_layout().subhead_max_chars  # (a heading fits in a line; a wider lead is a sentence)
    out: list[Para] = []
    i = 0
    while i < len(paras):
        j = i
        while j < len(paras) and paras[j].role not in META:
            j += 1
        body = paras[i:j] or paras[i : i + 1]
        out += _split_body(body, width)
        i += len(body)
    paras[:] = out


def _split_body(body: list[Para], width: int) -> list[Para]:
    """The body's paragraphs with its run-in points split, or the body unchanged when it has none."""
    if any(p.role == HEADING for p in body):
        return body
    numbered = [k for k, p in enumerate(body) if p.role == BODY and HEADING_RE.match(p.text)]
    if len(numbered) < RUN_IN_MIN or numbered != list(range(numbered[0], numbered[0] + len(numbered))):
        return body
    if [heading_number(body[k].text) for k in numbered] != list(range(1, len(numbered) + 1)):
        return body
    leads = [_LEAD_RE.match(body[k].text) for k in numbered]
    if any(m is None or m.end() == len(body[k].text) or char_width(m.group(0)) > width for k, m in zip(numbered, leads)):
        return body
    out: list[Para] = []
    for k, p in enumerate(body):
        if k in numbered:
            lead = leads[k - numbered[0]].group(0)
            out += [Para(lead, HEADING), Para(p.text[len(lead) :].lstrip(), BODY)]
        else:
            out.append(p)
    return out
