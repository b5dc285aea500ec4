"""What stands above a Markdown text before its own lines: a front-matter block (--- title: … ---) and a
note in a quote block about the file.  Both give way to what the text should open with: its title, a
compiler's byline."""

from __future__ import annotations

import yaml

from .roles import is_group

# A title block (a masthead, a document number, the title) stands in this many first lines of a text.
TITLE_LINES = 5
# A title block's line is this long at most (a longer line is a paragraph of the body).
HEAD_LINE_MAX = 60
# The text's own title line is most of the front matter's title (which may add a label: 标题（某单位）).
TITLE_SHARE = 0.6


def _names_title(line: str, title: str, lay) -> bool:
    """Whether ``line`` is the title ``title`` names, as the text prints it (a label the front matter adds
    aside, and the characters a generator replaces in it: quotes as _ in 拼谁能_咬住_)."""
    line, title = lay.front_title_fold.sub("", line), lay.front_title_fold.sub("", title)
    return bool(line) and line in title and len(line) >= TITLE_SHARE * len(title)


def front_note(lines: list[str], lay) -> list[str]:
    """A quote block (> …) that opens a Markdown file with a note about it (what it is, 仅作参考) leaves
    the text; the compiler it names stays as a byline line (整理：某某)."""
    first = next((i for i, x in enumerate(lines) if x.strip()), None)
    if first is None or not lines[first].lstrip().startswith(">"):
        return lines
    end = next((i for i in range(first, len(lines)) if not lines[i].lstrip().startswith(">")), len(lines))
    note = " ".join(x.lstrip()[1:].strip() for x in lines[first:end])
    if not lay.front_note_cue.search(note):
        return lines
    who = lay.front_compiler.search(note)
    return lines[:first] + ([f"整理：{who.group('name')}"] if who else []) + lines[end:]


def headnote(lines: list[str], lay) -> list[str]:
    """A quote block (> …) under a Markdown text's title lines, before its first paragraph, is the editors'
    note about the text (a collected works' 题注: labelled so, it is front matter), not body; the speaker it
    names signs the text (作者：某某)."""
    seen = [i for i, x in enumerate(lines) if x.strip()][: TITLE_LINES + 1]
    first = next((i for i in seen if lines[i].lstrip().startswith(">")), None)
    above = [lines[i].strip() for i in seen if first is not None and i < first]
    if not first or any(len(x) > HEAD_LINE_MAX for x in above) or sum(x.startswith("#") for x in above) > 1:
        return lines  # a quote opening the file is front_note's; after a paragraph or a section's heading, the body's
    end = next((i for i in range(first, len(lines)) if not lines[i].lstrip().startswith(">")), len(lines))
    note = " ".join(x.lstrip()[1:].strip() for x in lines[first:end]).lstrip("*-+ ")
    if not note.endswith(("。", "！", "？", "。）")):
        return lines  # a bar of fields (来源：… | 日期：…), no note in sentences
    who = lay.headnote_speaker.match(note)
    # (kept as the editors' note it is: the titles it names are the text's)
    return lines[:first] + ([f"作者：{who.group('name')}"] if who else []) + [f"题注：{note}"] + lines[end:]


def front_matter(lines: list[str], lay) -> list[str]:
    """A Markdown front-matter block at the top (--- … ---) gives way to the title it names, if any; blank
    lines may stand above it (a blog generator's post opens with one)."""
    top = next((i for i, x in enumerate(lines) if x.strip()), len(lines))
    if top == len(lines) or lines[top].strip() != "---":
        return lines
    end = next((i for i in range(top + 1, min(len(lines), top + lay.front_max_lines + 1)) if lines[i].strip() == "---"), 0)
    if not end:
        return lines
    try:
        data = yaml.safe_load("\n".join(lines[top + 1 : end]))
    except yaml.YAMLError:  # not front matter after all: a rule and text
        return lines
    if not isinstance(data, dict):
        return lines
    title = next((data[k] for k in lay.front_title_keys if data.get(k)), None)
    if isinstance(title, list):
        title = title[0] if title else None
    if isinstance(title, str):  # a crawler's page title: the site's name before it, its address after it
        for pat in lay.title_affixes:
            title = pat.sub("", title).strip() or title
    head = [str(title).strip(), ""] if isinstance(title, (str, int)) else [""]
    rest = lines[end + 1 :]
    if len(head) > 1 and any(_names_title(x.lstrip("#").strip(), head[0], lay) for x in [x for x in rest if x.strip()][:TITLE_LINES]):
        head = [""]  # the text's own title line under it (the front matter may add a label: 标题（某单位）)
    author = next((data[k] for k in lay.front_author_keys if data.get(k)), None)
    if isinstance(author, str) and (lay.byline_names.match(author.strip()) or is_group(author.strip())) \
            and author.strip() not in _filed_under(data, lay):
        # a byline line under the title, as the page prints it: the front matter's title, else the
        # first line of the text (# 标题)
        at = 0 if len(head) > 1 else next((i + 1 for i, x in enumerate(rest) if x.strip()), 0)
        rest = rest[:at] + [f"作者：{author.strip()}"] + rest[at:]
    return head + rest


def _filed_under(data: dict, lay) -> set[str]:
    """The names a front matter files its post under (its categories, not its tags), as strings."""
    names: set[str] = set()
    for key in lay.front_filing_keys:
        value = data.get(key)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, (str, int)):
                names.add(str(v).strip())
    return names
