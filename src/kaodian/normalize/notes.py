"""The furniture of study notes (复习提纲, 考点整理, 期末复习资料): dropped before lines are joined.

A student's notes carry marks around the text that a quiz must never ask:
page references to the textbook ((P3), 性质（42）, …总路线。38), exam marks and
stars （选择、简答）, a label on a reminder line （选择：…）, and a table of
contents.  (The 答： that opens an answer is taken off later, once it has told
that its paragraph is body: ``normalize._take_answer_leads``.) What counts as such is policy
(``layout.yaml``, section ``notes``); this module only applies it, line by line.
"""

from __future__ import annotations

import re

from .layout import load_layout

# the page number an entry line ends with
PAGE_AT_END_RE = re.compile(r"\d{1,3}(?=\s*$)")


def clean_notes(lines: list[str], located: set[str] | None = None) -> list[str]:
    """The lines with a table of contents dropped and each line's notes furniture removed.

    A line that held nothing but furniture (a bare exam mark) becomes empty, like a
    blank line; a reminder line keeps its words without its label and brackets.  ``located``, when
    given, collects the lines whose page locator at the end was taken off (an index's entry: it ends there).
    """
    lay = load_layout()
    out = []
    nexts = _next_lines(lines)
    tocs = _toc_lines(lines, lay)
    indexed = any(tocs) or _is_index(lines, nexts, lay)
    for line, toc, nxt in zip(lines, tocs, nexts):
        if toc:
            out.append("")
            continue
        if not line or lay.noise_line.match(line):
            out.append(line)  # a noise line goes whole later (阅读 10万+ 在看 88 keeps its count)
            continue
        kept = lay.notes_inline.sub("", line).strip(" \t\u3000")
        if indexed:
            kept = lay.notes_index_inline.sub("", kept).strip(" \t\u3000")
        if not lay.notes_goes_on.match(nxt):
            cut = lay.notes_line_end.sub("", kept).strip(" \t\u3000")
            if indexed:
                cut = lay.notes_index_line_end.sub("", cut).strip(" \t\u3000")
            if located is not None and cut != kept.strip(" \t\u3000"):
                located.add(cut)
            kept = cut
        m = lay.notes_label.match(kept)
        if m:
            kept = m.group("text").strip()
        # a line that was all furniture goes; one that had none stays byte for byte
        out.append(kept if kept != line.strip(" \t\u3000") else line)
    return out


def _is_index(lines: list[str], nexts: list[str], lay) -> bool:
    """Whether the document shows page locators: enough of its lines end with one (a study index's entries).
    Only there is a number set off mid-line a locator; in a wrapped text it is a figure (成立 100 周年大会上)."""
    ends = sum(1 for x, nxt in zip(lines, nexts) if x and lay.notes_line_end.search(x) and not lay.notes_goes_on.match(nxt))
    return ends >= lay.notes_index_min


def _next_lines(lines: list[str]) -> list[str]:
    """For each line, the next non-empty line ("" at the end)."""
    out = [""] * len(lines)
    nxt = ""
    for i in range(len(lines) - 1, -1, -1):
        out[i] = nxt
        if lines[i]:
            nxt = lines[i]
    return out


def _toc_lines(lines: list[str], lay) -> list[bool]:
    """Which lines belong to a table of contents: the 目录 line and the entry lines after it
    (a chapter or question with its page number, after dots or spaces), and any run of
    at least ``toc_run`` such entry lines without a 目录 line."""
    flags = [False] * len(lines)
    k = 0
    while k < len(lines):
        head = bool(lay.toc_head.match(lines[k]))
        if not head and not (lines[k] and lay.toc_line.search(lines[k])):
            k += 1
            continue
        j = k + 1 if head else k
        while j < len(lines) and (not lines[j] or lay.toc_line.search(lines[j])):
            j += 1
        entries = sum(1 for x in lines[k + head : j] if x)
        if not head and entries >= lay.toc_run and _within_section_range(lines, k, j, lay):
            k = j  # a section's points, all of them: checked again from the second, the rest read as a table
            continue
        if head or entries >= lay.toc_run:
            # trailing blank lines are not the table's: leave them where they are
            end = j
            while end > k + head and not lines[end - 1]:
                end -= 1
            for i in range(k, end):
                flags[i] = True
            k = max(j, k + 1)
        else:
            k += 1
    return flags


def _within_section_range(lines: list[str], k: int, j: int, lay) -> bool:
    """Whether the entry lines ``lines[k:j]`` stand under a line that ends in a page range holding every
    page they name: a study index's points of one section, each with its page, not a table of contents."""
    above = next((x for x in reversed(lines[:k]) if x), "")
    m = lay.toc_section_range.search(above)
    if not m:
        return False
    lo, hi = int(m.group("lo")), int(m.group("hi"))
    pages = [PAGE_AT_END_RE.search(x) for x in lines[k:j] if x]
    return all(p is not None and lo <= int(p.group()) <= hi for p in pages)
