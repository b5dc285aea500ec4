"""Credits around a body's paragraphs: a site's footer, a measure's responsible bodies, and the
bracketed source lines and bylines glued to a paragraph's end or start, put on lines of their own."""

from __future__ import annotations

from .layout import Layout, load_layout


def split_glued_sources(lines: list[str], lay: Layout) -> list[str]:
    """Lines with a bracketed source that body text follows on its line (（来源：某报）要完善…,
    …的能力。（来源：某报）要完善…) taken out, the text before and after it each a line of its own.

    On a line of its own the source is noise and goes; glued to a paragraph, the noise rule would
    take the paragraph with it (a short one) or the source would end the article there."""
    out: list[str] = []
    for line in lines:
        while glued := lay.credit_glued.search(line):
            if line[: glued.start()].strip():
                out.append(line[: glued.start()].rstrip())
            line = line[glued.end() :]
        out.append(line)
    return out


def split_credits(paras: list[str]) -> list[str]:
    """Paragraphs with a site's footer dropped, a measure's bracketed responsible bodies taken off its
    end, and a bracketed credit glued to the end of a paragraph (…表示。（本报记者 李明）, …。（来源：某处）)
    put on a line of its own, without its brackets, when it is a byline; any other credit (来源, 策划,
    编辑) is dropped.  A speech's bracketed date with an editor's note glued after it is two lines."""
    lay = load_layout()
    out: list[str] = []
    for p in paras:
        if len(p) <= lay.footer_max_chars and lay.footer.search(p):
            continue
        p = lay.duty_tail.sub("", p)  # (a measure's responsible bodies: apparatus)
        if not p:
            continue
        if dated := lay.note_after_date.match(p):  # (a speech's date, then an editor's note on its line)
            out.append(dated.group(0))
            p = p[dated.end() :]
        m = lay.credit_tail.search(p)
        if not m:
            out.append(p)
            continue
        credit = m.group("credit").strip()
        name = lay.byline_prefix.sub("", credit, count=1)
        byline = name != credit and lay.byline_names.match(name)
        out += [p[: m.start()], credit] if byline else [p[: m.start()]]  # any other credit is apparatus
    return out
