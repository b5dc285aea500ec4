"""Unnumbered subheadings: the section headings of a news feature or a long article that numbers none.

A feature (通讯, 综述, 纪实) or a signed article divides its body with short
lines of its own: 铸魂育人 培根固本, 从“有形”到“有效”, 春风化雨 润物无声——“…”.
No ordinal and no bold marks them; what marks them is where they stand (alone
between two body paragraphs, after one that ends a sentence) and that they come
in runs of one shape.  The shapes, the widths and what is never a subheading
are policy (``subheads`` in layout.yaml); the reading is here.
"""

from __future__ import annotations

from .layout import load_layout
from .roles import BODY, CLOSERS, TITLE, ITEM_START_RE, char_width, ends_terminal


def join_subhead_lines(paras: list, apart: frozenset[str] = frozenset()) -> None:
    """A subheading printed over two lines becomes one short paragraph: a lead that ends with a dash
    and the quotation on the line after it (春风化雨 润物无声—— / “把群众的事当成自己的事”), or a
    subheading a narrow column wrapped (坚持以人民为中 / 心 打造精品力作): two short lines alone
    between body paragraphs that together fit in ``max_chars`` (three or more are a poem or a list).
    Lines in ``apart`` (a Markdown text's headings) stand alone: their file marks where they end."""
    lay = load_layout()
    k = 1
    while k + 2 < len(paras):
        before, p, q, after = paras[k - 1], paras[k], paras[k + 1], paras[k + 2]
        lead = p.short and q.short and lay.subhead_lead.search(p.text) and lay.subhead_continued.match(q.text)
        wrapped = (
            p.short and q.short and _body_line(before) and _body_line(after)
            and char_width(p.text + q.text) <= lay.subhead_max_chars and not ends_terminal(p.text)
            and not p.text.endswith(("，", "、"))
        )
        if (lead or wrapped) and p.text not in apart and q.text not in apart:
            p.text += q.text
            del paras[k + 1]
        k += 1


def join_lead_ins(paras: list) -> None:
    """A short line that ends with a dash and stands above a body paragraph (着眼于……——) is the
    paragraph's lead-in, set on a line of its own: it is joined to that paragraph, as a wrap is.
    A subheading's lead goes on with a quotation instead (``join_subhead_lines`` joined those
    first), and a numbered heading (二、……——) keeps its place in the sequence of headings: it is
    no body line.  So is a short line over a paragraph that goes on with what the line's person said
    (某某学院院长李明 / 说，…): it is that sentence's subject."""
    lay = load_layout()
    k = 0
    while k + 1 < len(paras):
        p, q = paras[k], paras[k + 1]
        said = p.role in (BODY, TITLE) and not ends_terminal(p.text) and bool(lay.subhead_said_on.match(q.text))
        if said and q.role == BODY or p.role == BODY and p.short and char_width(p.text) <= lay.subhead_max_chars \
                and lay.subhead_lead.search(p.text) and _body_line(q) and not lay.subhead_continued.match(q.text) \
                and not ITEM_START_RE.match(q.text):  # (an item keeps its marker at its paragraph's start)
            q.text = p.text + q.text
            q.speaker = q.speaker or p.speaker
            del paras[k]
            continue
        k += 1


def _body_line(p) -> bool:
    return p.role == BODY and not p.short


def unmarked_headings(body: list) -> dict[int, str]:
    """The unnumbered subheadings of a body: {paragraph index: ''} (they carry no marker).

    A candidate is a short line (no sentence end, at most ``max_chars`` wide) standing alone
    between two body paragraphs, and not what the policy says a subheading never is (a line
    that is one quotation, a list item).  It is a subheading when the paragraph before it ends
    a sentence, or when another candidate of the article has its shape (a run of
    phrase pairs, of dashed lines, of lines with a quoted word); at least ``min_run`` of them
    divide the article, fewer are a slogan or an exclamation.
    """
    lay = load_layout()
    cands = [k for k in range(len(body) - 1) if _stands_alone(body, k, lay)]
    shapes = {k: _shape(body[k].text, lay) for k in cands}
    counts: dict[str, int] = {}
    for s in shapes.values():
        if s:
            counts[s] = counts.get(s, 0) + 1
    found = [
        k for k in cands
        if k and lay.subhead_after.search(body[k - 1].text.rstrip(CLOSERS)) or counts.get(shapes[k] or "", 0) >= 2
    ]
    if len([k for k in found if k]) < lay.subhead_min_run:
        return {}
    if 0 in cands and 0 not in found:
        found.insert(0, 0)  # a body its subheadings divide may open with the first of them (a lecture's first part)
    return {k: "" for k in found}


def _stands_alone(body: list, k: int, lay) -> bool:
    """Paragraph k is a short line between two body paragraphs that are not short lines (or opens the
    body above one)."""
    p, after = body[k], body[k + 1]
    return (
        p.short and char_width(p.text) <= lay.subhead_max_chars
        and not lay.subhead_never.search(p.text) and not ITEM_START_RE.match(p.text)
        and (k == 0 or body[k - 1].role == BODY and not body[k - 1].short) and after.role == BODY and not after.short
    )


def _shape(text: str, lay) -> str | None:
    """The name of the first policy shape the line has, None when it has none."""
    return next((name for name, pat in lay.subhead_shapes if pat.search(text)), None)
