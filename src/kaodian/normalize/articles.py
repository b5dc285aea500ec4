"""Classified paragraphs -> articles, each with its title, author and affiliation.

Bodies are cut where the page says a new article starts (apparatus between
bodies, a restart of the 一、二、 headings); title blocks before or after a
body are attached to it; a byline or issuing body on its own line right
after a body signs it; a speech subtitle opens a speech of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Heading, Paragraph
from ..numerals import value_of
from .layout import load_layout
from .subheads import unmarked_headings
from .outline import DIGIT_POINT_RE, PAREN_POINT_RE, PART_MARKER_RE, split_on_restart
from .para import Para
from .roles import AFFIL, BODY, BYLINE, BYLINE_AFFIL_RE, DATE, HEADING, HEADING_RE, SOURCE, SPEECH, TITLE, \
    char_width, ends_terminal, in_sequence, class_byline, glued_office_byline, names_person, meta_author, office_above_name, office_byline, prefixed_byline, producer, speaker_line, speech_speaker


@dataclass
class _Art:
    body: list[Para]
    title: str | None = None
    author: str | None = None
    affiliation: str | None = None
    title_before: bool = False
    signed_after: bool = False  # its author is a signature under its body (an issuing body, a letter's name)
    bylined: bool = False  # its title block carried its author (a byline or a speech's subtitle)


@dataclass
class _Group:
    """Title lines and the byline (or speech subtitle) that closes them."""

    titles: list[str]
    author: str | None
    speech: bool = False
    column: bool = False  # a column's name marked a line of it as a title


def _title_groups(block: list[Para], speeches: bool) -> list[_Group]:
    """Split a run of title-block paragraphs into groups of title lines and their byline.

    In a document of several speeches (``speeches``) a speech subtitle opens
    its speech's title: a headline above it belongs to the whole document, and
    so does the headline of speeches printed as excerpts (…座谈会发言摘登), also
    when a wrap cut it into lines (the last piece may look like a name: 言摘登).
    A byline right after another byline signs the same article; a title line
    that is the office of the name under it (a speaker's line cut by a wrap)
    joins the name.
    """
    lay = load_layout()
    groups: list[_Group] = []
    cur = _Group([], None)
    for p in block:
        if p.role in (TITLE, BYLINE) and lay.collection.search("".join(cur.titles) + p.text):
            cur.titles.clear()  # the lines so far are a collection's headline: the document's, no speech's
            continue
        if p.role == SPEECH:
            if speeches:
                cur = _Group([], None)
            _add_title(cur.titles, p.text)
            cur.speech, cur.author = True, speech_speaker(p.text)
        elif p.role == TITLE:
            if p.item:
                cur.titles.clear()  # the lines above a digest's item (its headline, a column banner) are not its title
            _add_title(cur.titles, p.text)
            cur.column = cur.column or p.column
            cur.author = cur.author or p.speaker
        elif p.role == BYLINE:
            if not cur.titles and groups and groups[-1].author and not cur.speech:
                continue
            byline = p.text
            if len(cur.titles) >= 2 and office_above_name(cur.titles[-1], byline):
                byline = f"{cur.titles.pop()} {byline}"
            # a byline of the prefix alone (新华社记者: the agency's reporters, unnamed) is itself the author
            cur.author = (cur.author or speaker_line(byline) or producer(byline) or meta_author(byline)
                          or lay.byline_prefix.sub("", byline) or byline)
            groups.append(cur)
            cur = _Group([], None)
    if cur.titles:
        groups.append(cur)
    return groups


# A title line shorter than this is never taken for another's repeat (会议, 讲话).
REPEAT_MIN = 4


def _add_title(titles: list[str], line: str) -> None:
    """Add a title line, unless the page prints its title twice (its window title, then its heading):
    the same line again; a line within the one before or holding it (科学指南 / 科学指南——学习贯彻…;
    写在…之际 / 确保…——写在…之际) is one title, the longer; a line the one before ends with after a
    prefix (习近平：在…上的讲话 / 在…上的讲话) is the title without the prefix."""
    if titles and min(len(titles[-1]), len(line)) >= REPEAT_MIN:
        last = titles[-1]
        if line in last:
            if last.endswith(line) and last != line:
                titles[-1] = line
            return
        if last in line:
            titles[-1] = line
            return
    titles.append(line)


def segment(paras: list[Para]) -> list[_Art]:
    """Group classified paragraphs into articles and attach their title blocks."""
    speeches = sum(p.role == SPEECH for p in paras) >= 2  # several speeches printed together
    # runs: consecutive body/heading paragraphs form a body; the rest are apparatus
    runs: list[tuple[str, list[Para]]] = []
    for p in paras:
        kind = "body" if p.role in (BODY, HEADING) else "meta"
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(p)
        else:
            runs.append((kind, [p]))
    # a page that prints the last article's title after its body prints its titles after the bodies
    after = sum(k == "body" for k, _ in runs) >= 2 and runs[-1][0] == "meta" and any(p.role == TITLE for p in runs[-1][1])
    # in a document of several speeches, a short unsigned body that opens it before the first
    # speech's subtitle is its front matter (an editor's note, a cover notice, a host's words)
    front = next((k for k, p in enumerate(paras) if p.role == SPEECH), 0) if speeches else 0
    front_ids = {id(p) for p in paras[:front]}
    arts: list[_Art] = []
    pending: list[Para] = []  # apparatus waiting for the next body
    lay = load_layout()
    note, signed = lay.editor_note, lay.editor_signature
    for i, (kind, items) in enumerate(runs):
        if kind == "meta":
            pending.extend(items)
            continue
        block, pending = pending, []
        # apparatus that closes the previous article: its signature, affiliation,
        # source, and a title block printed after its body
        if arts:
            block = _close_previous(arts[-1], block, speeches, titles_after=after)
        if id(items[0]) in front_ids and len(items) <= FRONT_MAX_PARAS and (
                note.match(items[0].text) or (not arts and not _signed(block, runs[i + 1 : i + 2]))):
            continue  # the front matter goes with the headline above it
        if not arts and len(items) > 1 and note.match(items[0].text) and not note.fullmatch(items[0].text) \
                and any(p.role == TITLE for p in block) and any(p.role in (BYLINE, DATE) for p in block):
            # an editor's note under a whole title block (its byline or date too), before the body: front
            # matter (a note straight under the title opens the body, as a page prints it)
            items = items[1:]
        nxt = runs[i + 1][1] if i + 1 < len(runs) else []
        titles = [p for p in block if p.role == TITLE]
        if not arts and len(items) <= FRONT_MAX_PARAS and _introduces(items, nxt) \
                and titles and all(lay.page_headline.match(p.text) for p in titles):
            # a note under a page's bracketed headline naming the documents after it (本月推荐的是《…》): front
            # matter, its headline too (under a document's own title, 现将《…》印发给你们 is that notice's body)
            continue
        apart = bool(nxt) and bool(signed.match(nxt[0].text.strip()))  # (the signature on a line set apart)
        if not arts and len(items) <= FRONT_MAX_PARAS + 1 and (apart or signed.match(items[-1].text.strip())):
            # an editors' note signed ——编者 is no article: on a page whose articles have titles of their
            # own, the headline above it goes too; else that title waits for the body after the note
            if apart:
                del nxt[0]
            if not any(p.role == TITLE for p in nxt):
                pending = block
            continue
        if not arts and note.match(items[0].text) and len(items) <= FRONT_MAX_PARAS and _byline_then_body(runs[i + 1 :]):
            pending = block  # an editor's note between the title and the byline: the title's, no body
            continue
        if note.fullmatch(items[0].text) and len(items) > 1:
            # the label alone on its line (编者按：) opens the note, no text of its own
            items[1].speaker = items[1].speaker or items[0].speaker
            items = items[1:]
        for n, piece in enumerate(split_on_restart(items)):
            art = _Art(body=piece)
            if n == 0:
                _open_article(art, block, arts, speeches)
            if art.author is None and piece[0].speaker:
                art.author = piece[0].speaker
            arts.append(art)
    if pending and arts:
        if arts[-1].body[-1].role == HEADING and all(p.role in (TITLE, BYLINE) for p in pending):
            for p in pending:  # a last heading's only content is short lines (a table's cells, 项目 单价 …): its body
                p.role = BODY
            arts[-1].body.extend(pending)
        else:
            _close_previous(arts[-1], pending, speeches, at_end=True, titles_after=after)
    return arts


def _introduces(note: list[Para], after: list[Para]) -> bool:
    """The note names in 《》 the title that comes after it: it introduces what follows, no article."""
    said = "".join(p.text for p in note)
    return any(p.role == TITLE and f"《{p.text}》" in said for p in after)


def _byline_then_body(rest: list[tuple[str, list[Para]]]) -> bool:
    """What follows is a byline and then a body: the body the title above it names."""
    return (len(rest) >= 2 and rest[0][0] == "meta" and rest[1][0] == "body"
            and all(p.role == BYLINE for p in rest[0][1]))


def _signed(before: list[Para], after: list[tuple[str, list[Para]]]) -> bool:
    """Whether a body has a byline above it or, a notice's way, right below it (…的通知 / 全校教工：… /
    党政办 / 2019年6月10日): signed, it is an article, never front matter."""
    below = after[0][1] if after and after[0][0] == "meta" else []
    return any(p.role == BYLINE for p in before + below)


# An editor's note, a cover notice or a host's opening words is a paragraph or a few; a longer
# body before the first subtitle is text (a speech whose subtitle the page left out).
FRONT_MAX_PARAS = 3


def _close_previous(prev: _Art, block: list[Para], speeches: bool, at_end: bool = False,
                    titles_after: bool = False) -> list[Para]:
    """Take from the front of ``block`` what belongs to the article before it.

    ``titles_after``: the page prints its titles after the bodies (its last title stands after
    the last body), so a title block between two bodies closes the one before it.
    """
    rest = list(block)
    # a byline or issuing body right after the body (and its list of attachments) signs it when a
    # date, an affiliation or a source follows it, or nothing does; one followed by a body opens that
    # body; a credit (文字：李明, 本报记者 李明) followed by the next title, or under a body whose title
    # stood above it, signs the body above it, as a credit block does
    k = next((j for j, p in enumerate(rest) if p.role != SOURCE), len(rest))
    # a credit block may stand below an office's apparatus (附件, the date, 抄送): the credit still signs
    # the body above both; a bare name after a date is left to what follows it
    k2 = next((j for j, p in enumerate(rest) if p.role not in (SOURCE, DATE)), len(rest))
    if k2 > k and k2 < len(rest) and prefixed_byline(rest[k2].text):
        k = k2
    credit = k < len(rest) and prefixed_byline(rest[k].text)
    closes = k + 1 == len(rest) and at_end or k + 1 < len(rest) and rest[k + 1].role in (DATE, AFFIL, SOURCE)
    closes = closes or credit and (k + 1 < len(rest) and rest[k + 1].role == TITLE or prev.title_before)
    if k < len(rest) and rest[k].role == BYLINE and prev.author is None and closes:
        groups = _title_groups(rest[k : k + 1], speeches)
        prev.author = groups[0].author if groups else None
        prev.signed_after = prev.author is not None and not credit
        rest.pop(k)
        while credit and k < len(rest) and rest[k].role == BYLINE and prefixed_byline(rest[k].text):
            rest.pop(k)  # the credits after it sign the same body (本报记者 李明 / 本报通讯员 王强)
    took_affil = False
    while rest and rest[0].role in (AFFIL, SOURCE, DATE):
        p = rest.pop(0)
        if p.role == AFFIL and prev.affiliation is None:
            _take_affiliation(prev, p.text)
            took_affil = True
    groups = _title_groups([p for p in rest if p.role in (TITLE, BYLINE, SPEECH)], speeches)
    if prev.title is None and not prev.title_before and groups and (took_affil or len(groups) > 1 or titles_after):
        # the page prints this article's title and byline after its body
        g = groups[0]
        prev.title = "".join(g.titles) or None
        if g.author or prev.author is None:  # a signature under the body already signed it
            _set_byline(prev, g.author)
        drop = len(g.titles) + (1 if g.author else 0)
        kept = []
        for p in rest:
            if drop and p.role in (TITLE, BYLINE):
                drop -= 1
                continue
            kept.append(p)
        rest = kept
    while rest and rest[0].role in (AFFIL, SOURCE):
        p = rest.pop(0)
        if p.role == AFFIL and prev.affiliation is None:
            _take_affiliation(prev, p.text)
    return rest


def _take_affiliation(art: _Art, line: str) -> None:
    """The affiliation a closing （作者为…） line gives, and the author when the line names one first."""
    m = load_layout().affiliation.match(line)
    named = m.groupdict()  # a user's pattern may give the affiliation as its first group alone
    art.affiliation = (named["affil"] if "affil" in named else m.group(1)).strip()
    who = named.get("who") or named.get("speaker")
    if who and art.author is None:
        art.author = who


def _open_article(art: _Art, block: list[Para], arts: list[_Art], speeches: bool) -> None:
    """Attach the title block standing before a body."""
    groups = _title_groups([p for p in block if p.role in (TITLE, BYLINE, SPEECH)], speeches)
    if not groups:
        return
    # a page whose title blocks carry bylines: a lone line without one is a column banner
    # (a signature under a body, as an official document's issuing body, is no such byline, nor
    # is a speaker named in the body or a dated note: the attachment after it has a title of its own)
    g = groups[-1]
    if g.author is None and not g.speech and not g.column and any(a.bylined and not a.signed_after for a in arts):
        return
    art.title = "".join(g.titles) or None
    art.bylined = g.author is not None
    _set_byline(art, g.author)
    art.title_before = art.title is not None  # a byline alone above a body leaves its title to come after it
    affil = next((p for p in block if p.role == AFFIL), None)
    if affil is not None and art.title and art.affiliation is None:
        _take_affiliation(art, affil.text)  # (李明，某某大学副校长) under a lecture's title


def _set_byline(art: _Art, byline: str | None) -> None:
    """The author of a byline, and the affiliation it gives in brackets or before a name run together
    with its post (某某中学副校长李明)."""
    byline = producer(byline or "") or byline
    if glued := glued_office_byline(byline or "") or class_byline(byline or ""):
        art.affiliation = art.affiliation or glued[0]
        art.author = glued[1]
        return
    m = BYLINE_AFFIL_RE.match(byline or "")
    if m and m.group("office") and names_person(m.group("office")) and office_byline(byline):
        m = None  # two reporters' names (新华社记者 张明 李华), not an office and a name (省长 李明)
    if m:
        art.author = m.group("name") or m.group("name2")
        # the affiliation is what a byline gives in brackets (作者为…), or the unit and post before a
        # deputy's or a member's name (某某大学教授  李明代表); a post before a speaker's name (国务院总理
        # 李强) is not one
        affil = m.group("affil") or (m.group("office") if m.group("role") else None)
        if affil:
            art.affiliation = art.affiliation or affil.strip()
    else:
        art.author = byline


def build_article(aid: str, a: _Art) -> Article:
    """The Article of a segmented body: its headings in sequence, its paragraphs by section.

    The headings are the 一、二、 paragraphs in sequence; a body without them that is
    divided by chapter lines (总纲, 第一章　党员, 第二章 …) has those as its headings.
    """
    start = a.body[0].start
    last = a.body[-1]
    end = last.start + len(last.text)
    marked = _numbered_headings(a.body) or _bracketed_divisions(a.body)
    # a chapter line or an unnumbered subheading stays a line of the body too: the text
    # opens with it (总纲 / 第一章 …), and its words are the article's
    parts = {} if marked else _sections(a.body) or _glued_numerals(a.body, unmarked_headings(a.body))
    marked = marked or parts
    headings: list[Heading] = []
    paragraphs: list[Paragraph] = []
    section = 0
    for k, p in enumerate(a.body):
        if k in marked:
            marker = marked[k]
            text = p.text[len(marker) :].rstrip("。 ").strip()
            if not marker and (banner := load_layout().subhead_banner.match(text)):
                text = banner.group("text").strip()  # (【某某記者會】: the brackets set it off, the words are the heading)
            at = p.start + p.text.index(text, len(marker)) if text else p.start
            section = len(headings) + 1
            headings.append(Heading(section, marker.strip(), text or p.text, at, at + len(text or p.text)))
            if k not in parts:
                continue
        paragraphs.append(Paragraph(p.text, p.start, p.start + len(p.text), section, p.md_level, p.bullet))
    return Article(aid, a.title, a.author, a.affiliation, start, end, tuple(headings), tuple(paragraphs))


def _sections(body: list[Para]) -> dict[int, str]:
    """The unnumbered (not 一、) level-one headings: the chapter lines, or a Markdown text's section
    headings when those hold every chapter line (## 第一节 … ## 复习随记, # 第九章 …: the file marks its
    parts, some of them with no chapter number, and the chapter lines' kinds may differ)."""
    parts, md = _part_headings(body), _markdown_headings(body)
    return md if md and parts.keys() <= md.keys() else parts or md


def _markdown_headings(body: list[Para]) -> dict[int, str]:
    """A Markdown text's section headings (## …) as its level-one headings: {paragraph index: the number
    it opens with (1. / T20 - / 第一节 ), if any}."""
    number = load_layout().md_heading_number
    found = {k: m.group(0) if (m := number.match(p.text) or PART_MARKER_RE.match(p.text)) else ""
             for k, p in enumerate(body) if p.md_heading}
    return found if len(found) >= 2 else {}


def _numbered_headings(body: list[Para]) -> dict[int, str]:
    """The 一、二、 headings of a body in sequence: {paragraph index: marker}."""
    # a restart at 一、 in one body is the next part's (a body stays whole over a restart only
    # under parallel part banners or chapter lines, see split_on_restart)
    heads = [k for k, p in enumerate(body) if p.role == HEADING]
    return {k: HEADING_RE.match(body[k].text).group(0)
            for k, kept in zip(heads, in_sequence([body[k].text for k in heads])) if kept}


# Fewer bracketed division lines than this are a lone label, not the divisions of a document.
BRACKETED_DIVISIONS_MIN = 2


def _bracketed_divisions(body: list[Para]) -> dict[int, str]:
    """The （一） lines of a body with no 一、 level as its level-one headings: {paragraph index: marker}.

    Notes pasted from a longer outline keep its （二十二） divisions and the 1、 lines under them: a line
    that opens with a bracketed numeral, ends no sentence and has the next level's first line (1、) right
    under it is a division of the document, whatever its number (the numbers are the source's, not in
    sequence here).  Every such bracketed line of the body must be one, and at least
    ``BRACKETED_DIVISIONS_MIN``; a （一） series of sentences or of labels with text under them stays an
    enumeration."""
    found: dict[int, str] = {}
    for k, p in enumerate(body):
        if p.role != BODY or not (m := PAREN_POINT_RE.match(p.text)):
            continue
        nxt = body[k + 1] if k + 1 < len(body) else None
        opens = nxt is not None and (d := DIGIT_POINT_RE.match(nxt.text)) is not None and int(d.group(1)) == 1
        if ends_terminal(p.text) or not opens or char_width(p.text) > load_layout().subhead_max_chars:
            return {}
        found[k] = m.group(0)
    return found if len(found) >= BRACKETED_DIVISIONS_MIN else {}


# a numeral glued to a heading's first word, with no 、 (一某某党员为什么要进行修养, as a retyped old book sets it);
# not one before a measure word, which makes it a word of the heading (一张蓝图绘到底, 二次创业再出发, 三产融合…)
_GLUED_NUMERAL_RE = re.compile(r"^[一二三四五六七八九十]{1,3}(?=[\u4e00-\u9fff“《])(?![个张次条项种点年月日批类位名届代产线带路心体步])")


def _glued_numerals(body: list[Para], headings: dict[int, str]) -> dict[int, str]:
    """Unmarked headings whose first characters number them 一, 二, 三 … in turn: the numeral is
    their marker (a title that merely opens with 一 is one heading, not a run)."""
    found = [(k, _GLUED_NUMERAL_RE.match(body[k].text)) for k in sorted(headings)]
    if len(found) < 2 or any(m is None or value_of(m.group(0)) != n for n, (_, m) in enumerate(found, 1)):
        return headings
    return {k: m.group(0) for k, m in found}


def _part_headings(body: list[Para]) -> dict[int, str]:
    """The chapter lines of a body as its level-one headings: {paragraph index: marker}.

    Only the divisions of the first numbered one's kind count (第一章, not 第一节 under
    it); an unnumbered 总纲 or 附则 stands with them and is all heading text (no marker).
    """
    lay = load_layout()
    out: dict[int, str] = {}
    kind = None
    for k, p in enumerate(body):
        if p.role != BODY or not lay.parts.match(p.text):
            continue
        m = PART_MARKER_RE.match(p.text)
        if m is None:
            # an unnumbered part: all heading text (总纲), or its name before its title (导论 某某)
            out[k] = u.group(0) if (u := _UNNUMBERED_PART_RE.match(p.text)) else ""
        elif kind in (None, m.group(1)):
            kind = m.group(1)
            out[k] = m.group(0)
    return out if kind else {}


# the name of an unnumbered part before its title, after a space (导论 马克思主义中国化…)
_UNNUMBERED_PART_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}[\s　]+(?=\S)")
