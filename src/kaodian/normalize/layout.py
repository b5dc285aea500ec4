"""The layout policy (``layout.yaml``): loaded, validated with file:line, compiled once.

Every problem of the file is reported at once as ``RuleErrors``, as for the
extraction rules; the patterns are compiled here and nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

SCHEMA = {
    "noise": {"lines": ["re"], "breaks": "re", "inline": ["re"], "markup_lines": ["re"], "markup_blocks": "re", "bullet": "re", "meta_slot": "re", "numbering_glyph": {"pattern": "re", "mark": str}, "block": {"opens": "re", "closes": "re", "between": "re", "max_lines": int},
              "endnotes": {"opens": "re", "note": "re"}},
    "reading_app": {"header": "re", "tail": "re", "comment_max_chars": int},
    "footer": {"patterns": ["re"], "max_chars": int},
    "title_in_line": ["re"],
    "title_number": "re",
    "heading_tail_never": "re",
    "title_affixes": ["re"],
    "column": {"pattern": "re", "max_chars": int},
    "labels": {"pattern": "re", "min_run": int},
    "header_labels": {"pattern": "re", "min_run": int},
    "front_matter": {"title_keys": [str], "author_keys": [str], "filing_keys": [str], "title_fold": "re", "max_lines": int, "note_cue": "re", "compiler": "re",
                     "headnote_speaker": "re"},
    "credit_tail": "re",
    "credit_glued": "re",
    "name_tail": "re",
    "duty_tail": "re",
    "parts": "re",
    "attachments": "re",
    "label_line": "re",
    "run_on_tail": "re",
    "run_on_head": "re",
    "caption": {"credit": "re", "start": "re", "max_lines": int},
    "dated_notes": ["re"],
    "source": "re",
    "affiliation": "re",
    "byline": {"prefix": "re", "names": "re", "handle": "re", "groups": [str], "agencies": [str], "issuer": "re", "team": "re", "meta": "re", "producer": "re", "credit": "re", "interviewee": "re", "reported_by": "re", "group_max_chars": int, "unnamed_label": "re", "next_title_min_chars": int,
               "offices": [str], "member_roles": [str], "school_class": "re", "title_kinds": [str]},
    "speaker": {
        "tags": ["re"], "named": ["re"], "named_min_chars": int, "salutation": "re", "person": "re", "not_names": "re",
    },
    "speech": "re",
    "interview_tail": "re",
    "page_headline": "re",
    "column_label": "re",
    "digest_item": "re",
    "collection": "re",
    "editor_note": "re",
    "note_after_date": "re",
    "editor_signature": "re",
    "pull_quote": {"min_chars": int},
    "subheads": {"max_chars": int, "after": "re", "lead": "re", "continued": "re", "said_on": "re", "shapes": [{"name": str, "pattern": "re"}], "never": ["re"], "min_run": int, "banner": "re"},
    "letter_close": {"opens": "re", "salute": "re"},
    "running_order": {"slot": "re", "min_slots": int, "window": int, "label": "re"},
    "notes": {"inline": ["re"], "line_end": "re", "index": {"min_locators": int, "inline": "re", "line_end": "re"}, "number_goes_on": "re", "label": "re", "answer": "re", "md_heading_number": "re", "md_heading_tags": "re", "point_line": "re", "toc": {"head": "re", "line": "re", "min_run": int, "section_range": "re"}},
}


@dataclass(frozen=True)
class Layout:
    """Compiled layout policy."""

    noise_line: re.Pattern[str]  # any of the noise line patterns
    noise_inline: re.Pattern[str]
    block_opens: re.Pattern[str]  # a line of apparatus that lists on the lines after it (抄送：…)
    block_closes: re.Pattern[str]  # the line that ends that list (…印发)
    block_between: re.Pattern[str]  # what each line of the list between looks like
    block_max_lines: int
    endnotes_opens: re.Pattern[str]  # the label above a text's closing notes (注释)
    endnotes_note: re.Pattern[str]  # what each of those notes opens with ([1], ①)
    markup_breaks: re.Pattern[str]  # tags that end a line inside a line of saved Markdown
    markup_lines: re.Pattern[str]  # matched on a raw line: Markdown apparatus (a link TOC's entries)
    markup_blocks: re.Pattern[str]  # raw HTML elements of a Markdown page that hold no text (<style>…</style>)
    bullet: re.Pattern[str]  # matched on a raw line: a word processor's symbol bullet, a list item's mark
    meta_slot: re.Pattern[str]  # matched on a raw line: an element of the page's metadata (date, category)
    numbering_glyph: re.Pattern[str]  # matched on a raw line: a list number's glyph after it, group number
    numbering_mark: str  # what stands in for that glyph (、)
    app_header: re.Pattern[str]  # a reading app's account-and-time line under a post's title
    app_tail: re.Pattern[str]  # the line that opens a reading app's closing block
    app_comment_max: int
    footer: re.Pattern[str]  # searched in a paragraph
    footer_max_chars: int
    title_in_line: tuple[re.Pattern[str], ...]  # each with a group named title
    title_number: re.Pattern[str]  # searched: the number closing a title of a numbered run (某某考题2)
    heading_tail_never: re.Pattern[str]  # matched: a short line under a heading that is no wrap of it (材料1)
    title_affixes: tuple[re.Pattern[str], ...]
    column: re.Pattern[str]
    column_max_chars: int
    label: re.Pattern[str]
    label_run: int
    header_label: re.Pattern[str]
    header_run: int
    front_title_keys: tuple[str, ...]
    front_author_keys: tuple[str, ...]
    front_filing_keys: tuple[str, ...]  # what a post is filed under: an author named there is the feed
    front_title_fold: re.Pattern[str]  # characters a front matter's title may have replaced: not compared
    front_max_lines: int
    front_note_cue: re.Pattern[str]  # searched in a quote block at the top: a note about the file
    front_compiler: re.Pattern[str]  # searched in that note: who compiled the file, group name
    headnote_speaker: re.Pattern[str]  # matched in a quote block under the title: whose text it is, group name
    credit_tail: re.Pattern[str]  # searched: with a group named credit
    credit_glued: re.Pattern[str]  # searched: a bracketed source with body text after it
    name_tail: re.Pattern[str]  # searched in a text's last paragraph: a bracketed name, group name
    duty_tail: re.Pattern[str]  # searched: a work plan's bracketed responsible bodies ending a paragraph
    parts: re.Pattern[str]
    attachments: re.Pattern[str]
    label_line: re.Pattern[str]  # matched: a study note's labelled line (标志：…), which no wrap runs into
    run_on_tail: re.Pattern[str]  # searched: a body line's end that goes on in the next (…的)
    run_on_head: re.Pattern[str]  # matched: a body line's start that finishes the line before (是：…)
    caption_credit: re.Pattern[str]  # searched: the end of a caption line
    caption_start: re.Pattern[str]
    caption_lines: int
    dated_note: re.Pattern[str]
    source: re.Pattern[str]
    affiliation: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    byline_names: re.Pattern[str]
    byline_handle: re.Pattern[str]  # a user name in Latin letters, after a byline prefix
    group: re.Pattern[str]  # a line that ends with a group's word
    agency: re.Pattern[str]  # a line that is a news agency's name, whole
    team: re.Pattern[str]  # a line that is a team's name by letter or number (B组), whole
    issuer: re.Pattern[str]  # matched: a line that is an organ's department issuing a text (某某办公厅某某局), whole
    meta: re.Pattern[str]  # matched: a news site's 来源：… 作者：… line under a title, the reporters signing it
    producer: re.Pattern[str]  # matched: a post's closing 某某中心出品 line, the body signing it
    credit: re.Pattern[str]  # matched: a compiler's credit (某学院 李明 编制), the name in group body
    interviewee: re.Pattern[str]  # matched: an interview's 访谈对象：… line, the person in group who
    reported_by: re.Pattern[str]  # matched: a dated note naming who gave the text, post and name in group who
    group_max_chars: int
    unnamed_label: re.Pattern[str]  # a bare short line inside a body that names no one: a label, no byline
    next_title_min_chars: int  # ... unless it stands under a title at least this long between two bodies
    office_end: re.Pattern[str]  # a line that ends with an office's word
    office_word: re.Pattern[str]  # searched: an office's word anywhere (副院长李明: where the name starts)
    member_role: str  # the pattern of byline.member_roles (代表, 委员 after a name)
    school_class: re.Pattern[str]  # matched: a pupil's class and name signing an essay, groups unit, name
    title_kind: re.Pattern[str]  # searched: a line ending with a document's kind (工作方案): a title's, no name
    speaker_tags: tuple[re.Pattern[str], ...]  # 【李明】
    speaker_named: tuple[re.Pattern[str], ...]  # 李明：
    named_min_chars: int
    salutation: re.Pattern[str]
    person: re.Pattern[str]
    not_names: re.Pattern[str]
    speech: re.Pattern[str]
    interview_tail: re.Pattern[str]  # searched: how an interview's title ends (…答记者问); fullmatched: that line alone
    page_headline: re.Pattern[str]  # matched: a page's bracketed headline (【2025年5月学习材料】), no document's title
    column_label: re.Pattern[str]  # matched: a column's label line with its week or issue (每周一学（…—…）), no title
    digest_item: re.Pattern[str]  # matched: a digest item's number and headline (NO.1 某某), group title
    collection: re.Pattern[str]  # searched: the headline of several speeches printed together
    editor_note: re.Pattern[str]  # matched: the label opening an editor's note (按：, 编者按：)
    note_after_date: re.Pattern[str]  # matched: a speech's bracketed date with an editor's note glued after it
    editor_signature: re.Pattern[str]  # matched: the editors' signature line under an unlabelled note (——编者)
    pull_quote_min_chars: int
    subhead_max_chars: int
    subhead_after: re.Pattern[str]  # searched: the end of the paragraph before a subheading
    subhead_lead: re.Pattern[str]  # searched: a subheading's first line that goes on on the next
    subhead_continued: re.Pattern[str]
    subhead_said_on: re.Pattern[str]  # matched: a paragraph that goes on with what the short line above it said
    subhead_shapes: tuple[tuple[str, re.Pattern[str]], ...]  # (name, searched pattern), in policy order
    subhead_never: re.Pattern[str]
    subhead_min_run: int
    subhead_banner: re.Pattern[str]  # matched: a subheading in 【】, the heading's words in group text
    close_opens: re.Pattern[str]  # matched: a letter's complimentary close's first line (此致)
    close_salute: re.Pattern[str]  # matched: its salute on the next line (敬礼！)
    running_slot: re.Pattern[str]  # searched: a talk's running-order line's time slot (2min, 5分钟)
    running_min_slots: int  # timed lines that make the text's opening lines a running order
    running_window: int  # the opening paragraphs a running order must stand in
    running_label: re.Pattern[str]  # matched: a part's bare label line (校史) that a running order can announce
    notes_inline: re.Pattern[str]  # study notes' page references, exam marks, stars
    notes_line_end: re.Pattern[str]  # searched: page numbers ending a line
    notes_index_min: int  # lines ending with a page locator that make a document an index
    notes_index_inline: re.Pattern[str]  # an index line's page locators mid-line, taken only in an index
    notes_index_line_end: re.Pattern[str]  # searched: an index's page range after a label's colon, only in an index
    notes_goes_on: re.Pattern[str]  # a next line that goes on with a number cut at the line's end
    notes_label: re.Pattern[str]  # a reminder line's exam label: the group named text is kept
    notes_answer: re.Pattern[str]  # 答： opening an answer
    md_heading_number: re.Pattern[str]  # matched: the number a Markdown heading opens with, its marker
    md_heading_tags: re.Pattern[str]  # searched: highlight tags closing a Markdown heading line
    notes_point_line: re.Pattern[str]  # matched: a note's label line that is a point, never a title
    toc_head: re.Pattern[str]
    toc_line: re.Pattern[str]  # searched: an entry of a table of contents
    toc_run: int
    toc_section_range: re.Pattern[str]  # searched: a study index's section line ending in its page range (groups lo, hi)


def layout_path() -> Path:
    """The shipped layout file."""
    return Path(str(resources.files("kaodian.normalize").joinpath("layout.yaml")))


@lru_cache(maxsize=4)
def load_layout(path: Path | None = None) -> Layout:
    """The layout policy of ``path`` (the shipped file by default).

    A user's file need not give every key: what it gives replaces the shipped value (a list
    whole: a copy of an older shipped file keeps its own list), what it lacks takes the shipped
    value, so a file written before a key was added keeps working.  Wrong types, bad patterns
    and unknown keys are refused.

    Raises RuleErrors (every problem with file:line) or KaodianError.
    """
    # imported here: rules.schema loads the whole rules package, which reading a text alone does not need
    from ..errors import RuleErrors
    from ..rules.schema import check_tree, compose_file, load_trusted

    # the shipped file is trusted (a test validates it): no file:line walk at every start
    shipped = load_trusted(layout_path())
    if path is None:
        return _compile(shipped)
    root = compose_file(path)
    data, problems = check_tree(root, SCHEMA, path) if root is not None else ({}, [])
    if problems:
        raise RuleErrors(problems)
    return _compile(_merged(shipped, data))


def _merged(shipped: dict, given: dict) -> dict:
    """``given`` over ``shipped``: mappings merged key by key, any other value given replaces."""
    out = dict(shipped)
    for k, v in given.items():
        out[k] = _merged(shipped[k], v) if isinstance(v, dict) and isinstance(shipped.get(k), dict) else v
    return out


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else re.compile(r"(?!)")


def _compile(d: dict) -> Layout:
    by = d["byline"]
    return Layout(
        # the app's header under a title is noise wherever it stands, like the lines of noise.lines
        noise_line=_any(d["noise"]["lines"] + [d["reading_app"]["header"]]),
        app_header=re.compile(d["reading_app"]["header"]),
        app_tail=re.compile(d["reading_app"]["tail"]),
        app_comment_max=d["reading_app"]["comment_max_chars"],
        noise_inline=_any(d["noise"]["inline"]),
        block_opens=re.compile(d["noise"]["block"]["opens"]),
        block_closes=re.compile(d["noise"]["block"]["closes"]),
        block_between=re.compile(d["noise"]["block"]["between"]),
        block_max_lines=d["noise"]["block"]["max_lines"],
        endnotes_opens=re.compile(d["noise"]["endnotes"]["opens"]),
        endnotes_note=re.compile(d["noise"]["endnotes"]["note"]),
        markup_breaks=re.compile(d["noise"]["breaks"], re.I), markup_lines=_any(d["noise"]["markup_lines"]),
        markup_blocks=re.compile(d["noise"]["markup_blocks"], re.I | re.S),
        bullet=re.compile(d["noise"]["bullet"]),
        meta_slot=re.compile(d["noise"]["meta_slot"]),
        numbering_glyph=re.compile(d["noise"]["numbering_glyph"]["pattern"]),
        numbering_mark=d["noise"]["numbering_glyph"]["mark"],
        footer=_any(d["footer"]["patterns"]),
        footer_max_chars=d["footer"]["max_chars"],
        title_in_line=tuple(re.compile(p) for p in d["title_in_line"]),
        title_number=re.compile(d["title_number"]),
        heading_tail_never=re.compile(d["heading_tail_never"]),
        title_affixes=tuple(re.compile(p) for p in d["title_affixes"]),
        column=re.compile(d["column"]["pattern"]),
        column_max_chars=d["column"]["max_chars"],
        label=re.compile(d["labels"]["pattern"]),
        label_run=d["labels"]["min_run"],
        header_label=re.compile(d["header_labels"]["pattern"]),
        header_run=d["header_labels"]["min_run"],
        credit_tail=re.compile(d["credit_tail"]),
        credit_glued=re.compile(d["credit_glued"]),
        name_tail=re.compile(d["name_tail"]),
        duty_tail=re.compile(d["duty_tail"]),
        parts=re.compile(d["parts"]),
        attachments=re.compile(d["attachments"]),
        label_line=re.compile(d["label_line"]),
        run_on_tail=re.compile(d["run_on_tail"]), run_on_head=re.compile(d["run_on_head"]),
        caption_credit=re.compile(d["caption"]["credit"]),
        caption_start=re.compile(d["caption"]["start"]),
        caption_lines=d["caption"]["max_lines"],
        dated_note=_any(d["dated_notes"]),
        source=re.compile(d["source"]),
        affiliation=re.compile(d["affiliation"].replace("{offices}", "|".join(re.escape(w) for w in by["offices"]))),
        **_compile_byline(by),
        speaker_tags=tuple(re.compile(p) for p in d["speaker"]["tags"]),
        speaker_named=tuple(re.compile(p) for p in d["speaker"]["named"]),
        named_min_chars=d["speaker"]["named_min_chars"],
        salutation=re.compile(d["speaker"]["salutation"]),
        person=re.compile(d["speaker"]["person"]),
        not_names=re.compile(d["speaker"]["not_names"]),
        speech=re.compile(d["speech"]),
        interview_tail=re.compile(d["interview_tail"]), page_headline=re.compile(d["page_headline"]),
        column_label=re.compile(d["column_label"]), digest_item=re.compile(d["digest_item"]),
        collection=re.compile(d["collection"]),
        editor_note=re.compile(d["editor_note"]),
        note_after_date=re.compile(d["note_after_date"]),
        editor_signature=re.compile(d["editor_signature"]),
        pull_quote_min_chars=d["pull_quote"]["min_chars"],
        subhead_max_chars=d["subheads"]["max_chars"],
        subhead_after=re.compile(d["subheads"]["after"]),
        subhead_lead=re.compile(d["subheads"]["lead"]),
        subhead_continued=re.compile(d["subheads"]["continued"]),
        subhead_said_on=re.compile(d["subheads"]["said_on"]),
        subhead_shapes=tuple((x["name"], re.compile(x["pattern"])) for x in d["subheads"]["shapes"]),
        subhead_never=_any(d["subheads"]["never"]),
        subhead_min_run=d["subheads"]["min_run"],
        subhead_banner=re.compile(d["subheads"]["banner"]),
        close_opens=re.compile(d["letter_close"]["opens"]),
        close_salute=re.compile(d["letter_close"]["salute"]),
        running_slot=re.compile(d["running_order"]["slot"]),
        running_min_slots=d["running_order"]["min_slots"],
        running_window=d["running_order"]["window"],
        running_label=re.compile(d["running_order"]["label"]),
        **_compile_notes(d["notes"]),
        **_compile_front_matter(d["front_matter"]),
    )


def _compile_byline(by: dict) -> dict:
    """The byline section of layout.yaml, compiled: the keyword arguments of Layout it gives."""
    return {
        "byline_prefix": re.compile(by["prefix"]),
        "byline_names": re.compile(by["names"]),
        "byline_handle": re.compile(by["handle"]),
        "group": re.compile("(?:" + "|".join(re.escape(w) for w in by["groups"]) + ")$"),
        "agency": re.compile("^(?:" + "|".join(re.escape(w) for w in by["agencies"]) + ")$"),
        "team": re.compile(by["team"]),
        "issuer": re.compile(by["issuer"]),
        "meta": re.compile(by["meta"]),
        "producer": re.compile(by["producer"]),
        "credit": re.compile(by["credit"]),
        "interviewee": re.compile(by["interviewee"]),
        "reported_by": re.compile(by["reported_by"]),
        "group_max_chars": by["group_max_chars"],
        "unnamed_label": re.compile(by["unnamed_label"]),
        "next_title_min_chars": by["next_title_min_chars"],
        "office_end": re.compile("(?:" + "|".join(re.escape(w) for w in by["offices"]) + ")$"),
        "office_word": re.compile("|".join(re.escape(w) for w in by["offices"])),
        "member_role": "(?:" + "|".join(re.escape(w) for w in by["member_roles"]) + ")",
        "school_class": re.compile(by["school_class"]),
        "title_kind": re.compile("(?:" + "|".join(map(re.escape, by["title_kinds"])) + ")$"),
    }


def _compile_front_matter(fm: dict) -> dict:
    """The Layout fields of the ``front_matter`` section (a Markdown file's --- block, its notes on top)."""
    return dict(
        front_title_keys=tuple(fm["title_keys"]),
        front_author_keys=tuple(fm["author_keys"]),
        front_filing_keys=tuple(fm["filing_keys"]),
        front_title_fold=re.compile(fm["title_fold"]),
        front_max_lines=fm["max_lines"],
        front_note_cue=re.compile(fm["note_cue"]),
        front_compiler=re.compile(fm["compiler"]),
        headnote_speaker=re.compile(fm["headnote_speaker"]),
    )


def _compile_notes(n: dict) -> dict:
    """The Layout fields of the ``notes`` section (study notes, Q&A texts, study sheets)."""
    return dict(
        notes_inline=_any(n["inline"]),
        notes_line_end=re.compile(n["line_end"]),
        notes_index_min=n["index"]["min_locators"],
        notes_index_inline=re.compile(n["index"]["inline"]),
        notes_index_line_end=re.compile(n["index"]["line_end"]),
        notes_goes_on=re.compile(n["number_goes_on"]),
        notes_label=re.compile(n["label"]),
        notes_answer=re.compile(n["answer"]),
        md_heading_number=re.compile(n["md_heading_number"]),
        md_heading_tags=re.compile(n["md_heading_tags"]),
        notes_point_line=re.compile(n["point_line"]),
        toc_head=re.compile(n["toc"]["head"]),
        toc_line=re.compile(n["toc"]["line"]),
        toc_run=n["toc"]["min_run"],
        toc_section_range=re.compile(n["toc"]["section_range"]),
    )
