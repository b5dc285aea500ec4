"""Lines -> paragraphs: noise lines dropped, hard wraps joined, wrapped headings mended.

``clean_lines`` drops what the layout policy calls noise; ``join_lines``
joins hard-wrapped text (PDF extraction, fixed column width) into paragraphs
and passes one-paragraph-per-line text through; both mend headings wrapped
over lines and lines that open with an ordinal only because a wrap put it
there (the passes in ``headwraps``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container

from ..chars import close_letter_spacing, repair_line
from ..numerals import value_of
from .layout import load_layout
from .frontmatter import front_matter, front_note, headnote
from .notes import clean_notes
from .chapters import space_glued_chapters
from .credits import split_glued_sources
from .headwraps import join_heading_wraps, mend_ordinal_wraps
from .breaks import bold_run, join_split_brackets, join_unindented, opens_with_function_word, word_across
from .roles import (
    BYLINE, HEADING_RE, ITEM_START_RE, TITLE_MAX, WRAPPED_MIN, char_width, classify, column_title, ends_terminal, heading_number, office_byline,
    prefixed_byline, starts_block,
)

# the narrowest column a page sets text in (a newspaper's, about ten characters)
COLUMN_MIN = 9
RUNNING_HEAD_MIN = 3  # a short line printed this often is a running head (同志们、朋友们！ ends with punctuation)
_BARE_NUMBER = re.compile(r"^[一二三四五六七八九十百\d]+$")  # a Markdown heading this bare (## 一) is no page number
# A caption is a sentence or two; a longer line that ends like a credit is text.
CAPTION_MAX = 200
# How much shorter than the full line above it a caption's first line is when it is set as a
# paragraph of its own (the two-character indent, less the half-width digits of its date).
CAPTION_INDENT = 1.75
# The longest credit: 新华社记者 and three names of four characters, with spaces.
CREDIT_TAIL = 40


def clean_lines(text: str) -> list[str]:
    """Split into lines and remove noise that never belongs to the text.

    Lines the layout policy calls noise go (page numbers, a browser's print header and footer,
    captions and photo credits, editor and source lines, a reading app's counts and share buttons),
    and so does noise inside a line (applause markers); running heads (a short line printed again on
    every page) are kept once; each line is repaired character by character (``chars.repair_line``).
    """
    return clean_and_mark(text)[0]


MD_HEADING_RE = re.compile(r"^(#{1,6})\s+\S")
# a heading a Markdown page sets in raw HTML on a line of its own (<h3>要点</h3> in a VitePress card): a
# Markdown heading of that level, as the page renders both alike
HTML_HEADING_RE = re.compile(r"^\s*<h([1-6])\b[^<>]{0,200}>[^<>]+</h\1>\s*$", re.I)
# the level clean_and_mark gives an index's heading whose page locator it took off: whole, as a Markdown heading is
INDEX_ENTRY = -2
# the level clean_and_mark gives the last line before a Markdown thematic break (---, * * *): whole, however wide
# and unstopped it is, since the break ends a block (a transcript's last answer ends with no full stop; what
# follows the rule is the site's, a subscription appeal or a bio, never the rest of its sentence)
RULE_END = -3
# the level clean_and_mark gives a line that was an element of the page's metadata (<span class="date">…</span>,
# ``noise.meta_slot``): apparatus of the title block, as a date line is
META_SLOT = -4
THEMATIC_BREAK_RE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
# a Markdown list item (- 法律至上): a paragraph of its own, as the file's reader shows it; never a rule (- - -)
MD_ITEM_RE = re.compile(r"^ {0,3}[-*+]\s+(?![-*+\s]*$)\S")


# Invisible characters an editor pastes: zero-width space, non-joiner, joiner, word joiner.
ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060]")


def clean_and_mark(text: str) -> tuple[list[str], frozenset[int], dict[int, int]]:
    """``clean_lines``, the indices of the kept lines a dropped noise line followed (a page number
    between the halves of a sentence stood after them), and the Markdown heading lines (## …) by index
    with their level, list items (- …) with level 0, a word processor's bullets with -1 (a mark on every
    paragraph, no list's), an index's 一、 headings whose page locator was taken off with ``INDEX_ENTRY`` and the
    last line before a Markdown thematic break with ``RULE_END``:
    they stand alone whatever the line before them ends with."""
    lay = load_layout()
    # (a form feed, pdftotext's page break, opens a page's first line: a break, else it hides a heading's marker)
    # (zero-width spaces and joiners an editor leaves after a paragraph's last mark are invisible: 同学们：\u200b
    # must end with its colon as it shows)
    text = ZERO_WIDTH_RE.sub("", text)
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\xa0", " ")
    text = lay.markup_blocks.sub("", text)  # (a page's style sheet or script: markup with no text in it)
    text = lay.markup_breaks.sub("\n", text)
    raw = join_split_brackets(join_unindented(_drop_app_tails(headnote(front_note(front_matter(text.split("\n"), lay), lay), lay), lay)))
    raw = ["" if lay.markup_lines.match(x) else x for x in raw]
    # (a Word list number's glyph after its number, 1<U+E010>某某, is its separator: 1、某某)
    raw = [lay.numbering_glyph.sub(lambda m: m.group("number") + lay.numbering_mark, x) for x in raw]
    headed = [len(m.group(1)) if (m := MD_HEADING_RE.match(x)) else int(h.group(1)) if (h := HTML_HEADING_RE.match(x)) else 0
              for x in raw]
    items = [1 if MD_ITEM_RE.match(x) else -1 if lay.bullet.match(x) else 0 for x in raw]  # (-1: a symbol-font bullet)
    slots = [bool(lay.meta_slot.match(x)) for x in raw]
    raw = [lay.md_heading_tags.sub("", x) if level else lay.bullet.sub("", x) for x, level in zip(raw, headed)]
    lines = _wrapped_inline_noise(close_letter_spacing([repair_line(x) for x in raw]), lay)
    lines = space_glued_chapters([lay.noise_inline.sub("", x).strip(" \t\u3000") for x in lines])
    md: dict[str, int] = {}
    # a metadata slot is marked where it stands, never by its words: which occurrences of its text (the
    # first, the third …) were the element, so a paragraph saying the same words stays text
    slot_at: dict[str, set[int]] = {}
    said: Counter[str] = Counter()
    for x, level, item, slot in zip(lines, headed, items, slots):
        if slot and x:
            slot_at.setdefault(x, set()).add(said[x])
        elif (level or item) and x:
            md.setdefault(x, level or min(item, 0))
        said[x] += 1
    # (a 一、 heading of an index whose page locator ended its line, 四、某某和某某7-8, is whole: the short line
    # under it, 概念、相互作用, is the entry's first point, no wrap of the heading)
    located: set[str] = set()
    lines = clean_notes(lines, located)
    md.update((x, INDEX_ENTRY) for x in located if HEADING_RE.match(x) and x not in md)
    lines = _drop_header_labels([_title_in_line(x, lay) for x in lines], lay)
    lines = split_glued_sources(_drop_apparatus_blocks(lines, lay), lay)
    counts = Counter(x for x in lines if x)
    out: list[str] = []
    noise_after: set[int] = set()
    blocks: dict[int, int] = {}
    seen: set[str] = set()
    said.clear()
    for i, line in enumerate(lines):
        nth = said[line]
        said[line] += 1
        if line and not (line in md and _BARE_NUMBER.match(line)) and (lay.noise_line.match(line) or _ends_with_credit(line, lay)):
            if not lay.noise_line.match(line):
                _drop_caption_start(out, lay)
                noise_after = {i for i in noise_after if i < len(out)}
            if THEMATIC_BREAK_RE.match(line):
                for k in _last_kept(out, 1):
                    blocks.setdefault(k, RULE_END)
                continue
            noise_after.update(_last_kept(out, 1))
            continue
        if counts[line] >= RUNNING_HEAD_MIN and line in seen and _running_head(line, lines[i + 1 :], counts):
            continue
        seen.add(line)
        if nth in slot_at.get(line, ()):
            blocks[len(out)] = META_SLOT
        elif line in md:
            blocks[len(out)] = md[line]
        out.append(line)
    return out, frozenset(noise_after), blocks


def _drop_apparatus_blocks(lines: list[str], lay) -> list[str]:
    """The lines of a wrapped list of apparatus (抄送：… down to …印发, ``noise.block``) emptied: the two
    ends are noise lines of their own; what stands between them is the list's."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not lay.block_opens.match(line):
            continue
        end = next((j for j in range(i + 1, min(len(lines), i + 2 + lay.block_max_lines))
                    if lay.block_closes.search(lines[j])), None)
        if end is not None and all(lay.block_between.match(x) for x in lines[i + 1 : end] if x):
            out[i + 1 : end] = [""] * (end - i - 1)
    return out


def _wrapped_inline_noise(lines: list[str], lay) -> list[str]:
    """Noise in brackets that a wrap cut in two (…意见。（ / 掌声） …) is taken out of both lines,
    also when a column break put blank lines between them."""
    out = list(lines)
    for i in range(len(out) - 1):
        a = out[i]
        j = next((j for j in range(i + 1, len(out)) if out[j].strip()), None)
        if j is None or a.count("（") + a.count("(") <= a.count("）") + a.count(")"):
            continue
        joined = a + out[j]
        m = next((m for m in lay.noise_inline.finditer(joined) if m.start() < len(a) < m.end()), None)
        if m:
            out[i], out[j] = joined[: m.start()], joined[m.end() :]
    return out


def _drop_app_tails(lines: list[str], lay) -> list[str]:
    """A reading app's closing block (from 预览时标签不可点, 写留言, 精选留言 on: the account's name, its
    buttons, the readers' comments) leaves the text, up to what was copied after it: the next post
    (from its title, the line above its app header), a speech's subtitle (李明同志的讲话) or a
    paragraph longer than any comment."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lay.app_tail.match(lines[i].strip()):
            out.append(lines[i])
            i += 1
            continue
        j = next((j for j in range(i + 1, len(lines)) if _ends_app_tail(lines[j].strip(), lay)), len(lines))
        if j < len(lines) and lay.app_header.match(lines[j].strip()):
            # the next post's title: the last line with text above its header
            j = next((k for k in range(j - 1, i, -1) if lines[k].strip()), j)
        i = j
    return out


def _ends_app_tail(line: str, lay) -> bool:
    return bool(lay.app_header.match(line) or lay.speech.match(line) or len(line) > lay.app_comment_max)


def front_matter_title(text: str) -> str | None:
    """The title a Markdown front matter gives, as the text's first line reads once cleaned; None without one."""
    lines = text.replace("\r\n", "\n").split("\n")
    kept = front_matter(lines, load_layout())
    if kept is lines or not kept or not kept[0]:
        return None
    cleaned = clean_lines(kept[0])
    return cleaned[0] if cleaned else None


def _drop_header_labels(lines: list[str], lay) -> list[str]:
    """An interview's header block (a run of label lines: 采访对象, 采访日期, 采访地点) goes,
    but for its byline (采 访 组：…)."""
    out: list[str] = []
    run: list[str] = []
    for k, line in enumerate(lines + [""]):
        # (a blank line inside the block goes on with it: a crawler puts one between all lines)
        if line and (lay.header_label.match(line) or prefixed_byline(line)) or run and not line and k < len(lines):
            run.append(line)
            continue
        if sum(1 for x in run if lay.header_label.match(x)) >= lay.header_run:
            run = [x for x in run if not lay.header_label.match(x)]
        out += run
        run = []
        out.append(line)
    return out[:-1]


def _title_in_line(line: str, lay) -> str:
    """A header line that holds the title inside other words (a dateline with 题：…) reads as the title."""
    for pat in lay.title_in_line:
        m = pat.match(line)
        if m:
            return m.group("title").strip()
    return line


def _ends_with_credit(line: str, lay) -> bool:
    # a credit is a few names long: search only the line's tail (a search from every
    # position of every line costs more than the rest of normalize)
    return len(line) <= CAPTION_MAX and bool(lay.caption_credit.search(line, max(0, len(line) - CREDIT_TAIL)))


def _last_kept(out: list[str], n: int) -> list[int]:
    """The indices of the last ``n`` non-empty lines, the last first."""
    found: list[int] = []
    i = len(out) - 1
    while i >= 0 and len(found) < n:
        if out[i]:
            found.append(i)
        i -= 1
    return found


def _drop_caption_start(out: list[str], lay) -> None:
    """A caption wrapped over lines: drop its first lines, back to the one it opens with
    (a date, 图为), when that is near enough and the line before it ended a paragraph (it ends
    a sentence, or it is no wider than the caption's first line: the end of a paragraph or
    a title block, or the caption's first line is indented under it); a line that opens with
    a date in the middle of a paragraph stays."""
    kept = _last_kept(out, lay.caption_lines + 1)
    for k, i in enumerate(kept[: lay.caption_lines]):
        before = out[kept[k + 1]] if k + 1 < len(kept) else ""
        # a caption is one sentence wrapped, ended on its credit's line: never drop back over one that ends (9月23日，…参加。)
        lines = [x for x in out[i:] if x]
        short = sum(char_width(x) for x in lines) <= CAPTION_MAX and not any(ends_terminal(x) for x in lines)
        # (or its first line is indented under a line that ran to the edge: a paragraph of its own, as
        # under a pull quote that ends without a full stop)
        if short and lay.caption_start.match(out[i]) and (
            not before or ends_terminal(before) or char_width(before) < char_width(out[i])
            or char_width(before) - char_width(out[i]) >= CAPTION_INDENT
        ):
            del out[i:]
            return


def _running_head(line: str, after: list[str], counts: Counter) -> bool:
    # (a closing mark alone on a line is a wrap's leftover, however often a long text has one; a line
    # with a byline under it is the title several pieces share, three 述职报告 under one headline, unless
    # that byline repeats as often: a page header of a title and its compiler's credit)
    below = next((x for x in after if x), "")
    return char_width(line) <= TITLE_MAX and not ends_terminal(line) and not HEADING_RE.match(line) \
        and not _CONTINUES.match(line) and (classify(below) != BYLINE or counts[below] >= counts[line])


def _is_wrapped(lines: list[str]) -> float:
    """The column width when the text is hard-wrapped, else 0.

    Hard-wrapped text has most of its lines at one width (the column), with
    the rest shorter; a text of one paragraph per line has widths all over.
    """
    widths = sorted(char_width(x) for x in lines if x)
    if len(widths) < 8:  # too few lines to tell a column from chance
        return 0.0
    # the column: paragraphs' last lines and title lines are shorter, so the
    # 80th percentile of widths is a full line
    col = widths[int(len(widths) * 0.8)]
    if col > 60 or col < COLUMN_MIN:  # no newspaper or book column is that wide (these are paragraphs)
        return 0.0  # ... or that narrow (these are an outline's short points)
    # a full line is the column less the punctuation a typesetter pushes to the
    # next line (about two characters), or a half-width digit more
    near = sum(1 for w in widths if col - 2.5 <= w <= col + 1.5)
    return col if near / len(widths) >= 0.5 else 0.0  # most lines run to the edge


def _local_column(widths: list[float], i: int) -> float:
    """The column width around line i: articles on one page are set in different widths."""
    # eight lines either side: a paragraph or two, within one article's column
    window = sorted(widths[max(0, i - 8) : i + 9])
    return window[int(len(window) * 0.75)]  # a full line, as in _is_wrapped


# A clause mark: what a paragraph's first part holds and a title or byline does not.
_CLAUSE_RE = re.compile("[，、；：,;]")
_OPEN_CLAUSE = ("，", "、", ",")  # a line that ends so leaves its sentence open
# the marks a measure's closing bracket of responsible bodies ends with (…[市体育局，各区政府])
_BRACKET_CLOSERS = ("）", ")", "]", "】", "〕")
# The start of a line that can only continue the line before it.
_CONTINUES = re.compile(r"^[\u4e00-\u9fff]?[，。、；：！？”’）》]")


def _quote_run(cur: str, line: str, nxt: str) -> bool:
    """A run of quoted terms (搬走“拦路虎”“绊脚石”，…) that a PDF's text layer broke between two
    quotations: the line ends one, the next line opens the next, inside a paragraph of running
    text (a clause mark before it; a title block has none)."""
    return line.endswith("”") and nxt.startswith("“") and "，" in cur


def join_lines(lines: list[str], noise_after: frozenset[int] = frozenset(), blocks: Container[int] = frozenset(),
               paragraphs: bool = False) -> list[str]:
    """Join hard-wrapped lines into paragraphs; keep real paragraph breaks.

    ``noise_after`` holds the indices of lines a dropped noise line followed
    (``clean_and_mark``): in one-paragraph-per-line text, a sentence cut there
    by a page number goes on in the next line.  ``paragraphs``: the lines are a Word document's own
    paragraphs, so a short line after a heading is no wrap of it (三、活动时间 / 2025年11月28日下午).
    """
    col = _is_wrapped(lines)
    if not col:
        joined = _join_unwrapped(lines, noise_after, blocks)
        marked = frozenset(lines[i] for i in blocks) if blocks else frozenset()
        return mend_ordinal_wraps(joined if paragraphs else join_heading_wraps(joined, marked))
    body = [x for x in lines if x]  # blank lines fall anywhere in PDF text: column and page breaks
    at = [i for i, x in enumerate(lines) if x]  # each body line's index in ``lines`` (noise_after's)
    widths = [char_width(x) for x in body]
    # a line this wide ran to the column's edge; the column is measured locally, but
    # never far below the page's (title blocks are runs of short lines)
    fulls = [max(_local_column(widths, i), col - 2) - 2.5 for i in range(len(body))]
    paras: list[str] = []
    cur = ""
    last = 0  # the number of the last 一、 heading in sequence: 二、 after it opens the next, not a wrap
    for i, line in enumerate(body):
        if cur == "" and (n := heading_number(line)) and (n == last + 1 or n == 1 and last >= 2):
            last = n
        cur += line
        nxt = body[i + 1] if i + 1 < len(body) else None
        if nxt is None:
            break
        w, nw = widths[i], widths[i + 1]
        full, nfull = fulls[i], fulls[i + 1]
        if cur.startswith(("（", "(")) and line.endswith(("）", ")")) and char_width(cur) < 2 * TITLE_MAX:
            brk = True  # a bracketed line (作者为…, 来源：…) closes itself
        elif cur == line and office_byline(line):
            brk = True  # a speaker's office and name (某某法院党组副书记、副院长 李明) is a line of its own, however wide
        elif HEADING_RE.match(cur) and w < full and not ends_terminal(line):
            brk = True  # a heading ends at its short last line
        elif ends_terminal(line) and HEADING_RE.match(nxt):
            brk = True
        elif cur == line and HEADING_RE.match(line) and not ends_terminal(line) and _indented(body, widths, fulls, i + 1):
            brk = True  # a one-line heading that ran to the edge, before a paragraph's indented first line
        elif ends_terminal(line):
            # a sentence ends here: the paragraph goes on only when this line ran to
            # the edge and so does the next (a new paragraph's first line is indented)
            brk = not (w >= full and nw >= nfull) or _indented(body, widths, fulls, i + 1)
        elif load_layout().label_line.match(nxt) and not _bracket_open(cur):
            # a study note's next labelled line (标志：…), however full this one ran; not the rest of a
            # bracket a wrap cut ((责任 / 单位：…))
            brk = True
        elif line.endswith(_BRACKET_CLOSERS) and (heading_number(nxt) == last + 1 or ITEM_START_RE.match(nxt)):
            # a measure closed by its bracketed responsible bodies ([市体育局…]), however full the line ran,
            # then the next heading or the next measure's （十）
            brk = True
        elif at[i] in noise_after and heading_number(nxt) == last + 1 and last >= 1:
            # a dropped line (a rule, a page number) and then the next 一、 heading in sequence: a list that
            # ran to the edge ends here, as a glossary's last line of terms does before its next part
            brk = True
        elif w >= full:
            brk = False  # ran to the edge mid-sentence
        else:
            # a short line that ends no sentence: an indented first line (the
            # next line is full), a two-line paragraph, or a title / byline / heading
            brk = not (nw >= nfull or ends_terminal(nxt) and not HEADING_RE.match(line))
            # an indented first line is about two characters short; far shorter is the end of a title or heading
            brk = brk or w < full - 2
            # but a next line that opens with a mark, or one character and a mark (内|容，将…), finishes
            # a word or clause this line began: no title, heading or paragraph starts so
            # (二、 after the heading 一、 is the next heading, though it opens with a character and a mark)
            brk = brk and not (_CONTINUES.match(nxt) and heading_number(nxt) != last + 1) and not _quote_run(cur, line, nxt)
        if brk:
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    # an interview's header labels wrapped over lines are whole only now
    return mend_ordinal_wraps(join_heading_wraps(_drop_header_labels(paras, load_layout())))


def _bracket_open(text: str) -> bool:
    """Whether ``text`` opened more brackets than it closed."""
    return sum(map(text.count, "（([【〔")) > sum(map(text.count, "）)]】〕"))


def _indented(body: list[str], widths: list[float], fulls: list[float], j: int) -> bool:
    """Line j is a paragraph's first line: indented (about two characters short of the
    column, where a line that ran on is at most one short), and followed by a full line
    or by the paragraph's last."""
    col = fulls[j] + 2.5  # fulls are the column less 2.5
    return j + 1 < len(body) and col - 2.5 <= widths[j] <= col - 1.75 and not _CONTINUES.match(body[j]) \
        and (widths[j + 1] >= fulls[j + 1] or ends_terminal(body[j + 1]))


def _join_unwrapped(lines: list[str], noise_after: frozenset[int] = frozenset(), blocks: Container[int] = frozenset()) -> list[str]:
    """One paragraph per line; a blank line or a break inside a sentence is mended.  A line of
    ``blocks`` (a Markdown heading) is a paragraph of its own."""
    lay = load_layout()
    paras: list[str] = []
    in_body = False  # the title block at the top is short lines that end no sentence: never joined
    notes_body = False
    prev_i = -1
    for i, line in enumerate(lines):
        if not line:
            continue
        prev = paras[-1] if paras else ""
        # (and so is a wide line of three clauses and more with a wide line after it: running text a wrap
        # cut, not a title's line, whose 、 may join terms but whose commas are rarely two; a pull quote
        # under a title stands alone)
        in_body = in_body or ends_terminal(prev) or (char_width(prev) >= WRAPPED_MIN and char_width(line) >= WRAPPED_MIN
                                                     and len(re.findall("[，；,;]", prev)) >= 2)
        # a long line cut mid-sentence (no terminal punctuation) continues on the next line, and so
        # does a clause cut by a page number (a title or byline has no comma to cut after, nor a
        # quotation left open: …推进“三去 / - 10 - / 一降一补”。…)
        cut = char_width(prev) >= WRAPPED_MIN and not _label_before_gap(prev, prev_i, i) or prev_i in noise_after and (
            _CLAUSE_RE.search(prev) or prev.count("“") > prev.count("”"))
        # a byline (also a speaker's office and name, whose posts a 、 may join: 党组副书记、副院长 李明), a column's title
        # line, a digest's numbered headline or a paragraph closed by its credit is whole, however wide; so is a numbered
        # point of notes (（2）中国革命已不是…革命), which often ends with no stop, unless a page number, a wrap inside a
        # word or after a comma (（4）…的前途是资本 / 主义) or an earlier wrap of its own cut it
        # (once a heading, a numbered point or a label line has opened the notes' body: the title
        # block above holds no such line, and its wrapped lines are mended as a title block)
        notes_body = notes_body or bool(HEADING_RE.match(prev) or ITEM_START_RE.match(prev) or lay.label_line.match(prev))
        # (in notes, a line left open after a comma or a 、 goes on in the next, however short: an answer's
        # points run over lines, （2）某某，/ 某某，/ 某某。)
        open_clause = notes_body and prev.endswith(_OPEN_CLAUSE) and not ITEM_START_RE.match(line)
        item_wrap = (cut or open_clause) and ITEM_START_RE.match(prev) and (prev != lines[prev_i] or prev.endswith(_OPEN_CLAUSE) or word_across(prev, line))
        whole = HEADING_RE.match(prev) or prefixed_byline(prev) or office_byline(prev) or column_title(prev) \
            or lay.credit_tail.search(prev) or ITEM_START_RE.match(prev) and prev_i not in noise_after and not item_wrap
        # (a next line that reads as a label, 手段：…, is none when a wide line cut a word to open it: 主要的 / 手段：…)
        label = lay.label_line.match(line) and not (cut and not ends_terminal(prev) and word_across(prev, line))
        whole = whole or prev_i in blocks or _next_in_series(prev, line) or label or lay.digest_item.match(prev)
        # a short line of running text (a clause mark in it) cut inside a word at a PDF's wrap, as study
        # notes are (…坚持四项基本原 / 则，…; …是重新激 / 发…): the next line finishes the word, however
        # short this one is and wherever the body starts (notes may hold no full stop at all)
        mid_word = notes_body and not cut and _CLAUSE_RE.search(prev) and (_CONTINUES.match(line) or word_across(prev, line) or open_clause)
        # a line a page break cut short, however whole it looks (an item's first words: （三）促进农村劳动力
        # 转移就业 / - 4 - / 和农民增收。): the next line finishes a word or opens with a function word
        broken = prev_i in noise_after and in_body and not ends_terminal(prev) and (
            word_across(prev, line) or opens_with_function_word(line))
        # (a wide line cut mid-sentence under a heading is body too, before any sentence has ended: a heading
        # or an item opens the notes' body, the title block is above it — an exam paper's first question
        # wrapped at its column, 一、问答题 / 某报指出：“…这一进程注定要失 / 去…”)
        bold = in_body and not whole and bold_run(prev, line)  # (…的 / 主要目标 / 是：…, once the body has begun)
        if (((in_body or notes_body) and cut or mid_word or item_wrap or bold) and not whole or broken) and not ends_terminal(prev) and not starts_block(line) \
                and i not in blocks:
            paras[-1] = prev + line
        else:
            paras.append(line)
        prev_i = i
    return paras


def _label_before_gap(prev: str, prev_i: int, i: int) -> bool:
    """A wide line with no clause mark at all, a blank line after it: a part's label or a title set as a
    paragraph of its own (5月16日某某在某地會見傳媒談話（前段省略）), not a sentence a wrap cut; running
    text that wide has a comma or a 、 before its cut."""
    return i > prev_i + 1 and not _CLAUSE_RE.search(prev)


# A paragraph that opens a point of a 一是/二是 or 一要/二要 series: notes often end such points with
# no stop, so the next point's line is no wrap of it.
_SERIES_OPEN_RE = re.compile(r"^([一二三四五六七八九十]{1,2})(是要|是|要)")


def _next_in_series(prev: str, line: str) -> bool:
    """``line`` opens the point after the one ``prev`` opens (一是… / 二是…, 三要… / 四要…)."""
    a, b = _SERIES_OPEN_RE.match(prev), _SERIES_OPEN_RE.match(line)
    return bool(a and b and a.group(2) == b.group(2) and value_of(b.group(1)) == value_of(a.group(1)) + 1)
