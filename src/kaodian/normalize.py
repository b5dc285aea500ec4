"""Text -> Document: paragraphs, articles, headings, sections.

The cascade, step by step:

1. ``clean_lines``: drop BOMs and page-number lines, the artificial space some
   PDF extractors put after full-width punctuation, trailing space.
2. ``join_lines``: hard-wrapped text (PDF extraction, fixed column width) is
   joined into paragraphs; one-paragraph-per-line text passes through.
3. ``classify``: each paragraph is a heading (一、…), a title-block line, a
   byline, a date, an affiliation （作者为…）, a source line （来源：…） or body.
4. ``split_articles``: bodies are cut where the page says a new article starts
   (a byline or affiliation block between bodies, a restart of the 一、二、
   headings), and title blocks before or after a body are attached to it.

Everything is generic to the genre: no string of any particular article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .chars import repair_line
from .model import Article, Document, Heading, Paragraph, Source

CN_DIGITS = "零一二三四五六七八九十"
TERMINAL = "。！？；…"  # a sentence or paragraph may end here
CLOSERS = "”’」』）)】"

# A level-one heading: 一、 at the start of a paragraph.
HEADING_RE = re.compile(r"^([一二三四五六七八九十]{1,3})[、．]\s*")  # 一、 or 一． (a full-width dot)
# 'Short' line in a title block: titles and bylines rarely run longer.
TITLE_MAX = 48
# A line at least this wide that ends mid-sentence was wrapped (a page of a PDF
# holds 35-50 characters a line); titles and bylines stay below it.
WRAPPED_MIN = 30
# A line that opens with an item marker starts a paragraph of its own.
ITEM_START_RE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,2}[，,、]|[①-⑳])")
AFFILIATION_RE = re.compile(r"^[（(]\s*(?:作者(?:为|系|是|单位[:：]?)|本文作者(?:为|系))(.+?)[)）]\s*$")
SOURCE_RE = re.compile(r"^[（(【\[]?\s*(?:来源|来源于|稿件来源|责任编辑|责编|编辑|原标题)\s*[:：].*[)）】\]]?\s*$")
# A date line of a title block, alone or with the page's metadata after it
# (2023年12月18日 08:30 来源：新华社; 发布时间：2023-12-18).
DATE_RE = re.compile(
    r"^[（(]?\s*(?:(?:发布|更新)?(?:时间|日期)[:：]\s*)?"
    r"(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:\s*[)）])?(?:\s+[^。，；！？]{0,40})?\s*$"
)
PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-—－]\s*)?(?:\d{1,4}|\d{1,4}\s*/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?)(?:\s*[-—－])?\s*$"
)
# What a browser prints in a page's margins: the date and time, the address, the page count.
PRINT_MARGIN_RE = re.compile(
    r"^(?:(?:\d{4}[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4},?)\s+(?:上午|下午)?\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s*.{0,60})?"
    r"|(?:https?|file)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?)\s*$"
)
# A site's breadcrumb trail printed with a page (当前位置：首页>时政要闻).
BREADCRUMB_RE = re.compile(r"^(?:(?:当前|您的|您现在的|所在)位置[:：]|首页\s*[>＞»›])")
# A short line printed this many times is a running head (a speech's 同志们、朋友们！
# recurs too, but ends with punctuation; a running head does not).
RUNNING_HEAD_MIN = 3
# What a byline gives in brackets after the name, one level of brackets inside
# allowed (作者为中央党校（国家行政学院）教授).
IN_BRACKETS = r"(?:[^（）()]|[（(][^（）()]*[)）]){4,80}"
# A byline: a person's name (2-4 Han characters, a space inside is typeset
# spacing), or a group that writes as one (理论学习中心组, 评论员 …).
PERSON_RE = re.compile(
    rf"^(?:作者[:：]\s*|文[/／]\s*)?[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){{1,3}}(?:[（(]{IN_BRACKETS}[)）])?$"
)
# 李明（中共某市委党校教授）: the name, and the affiliation in brackets after it;
# 国务院总理 李强: the office, a space, the name
BYLINE_AFFIL_RE = re.compile(
    rf"^(?:(?P<name>[^（(]+?)\s*[（(](?:作者(?:为|系|是))?(?P<affil>{IN_BRACKETS})[)）]"
    r"|(?P<office>[\u4e00-\u9fff]{2,16})\s+(?P<name2>[\u4e00-\u9fff]{2,4}))$"
)
GROUP_RE = re.compile(r"(?:中心组|课题组|调研组|写作组|编写组|评论员|理论组|研究组|党组|党委|编辑部|研究院|研究中心)$")
OFFICE_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,16}\s+[\u4e00-\u9fff]{2,4}$")
BYLINE_PREFIX_RE = re.compile(r"^(?:作者[:：]|文[/／])\s*")


def char_width(s: str) -> float:
    """Printed width in em: ASCII is half a full-width character."""
    # characters below U+0100 are the narrow ones (full-width forms live far above)
    return len(s) - 0.5 * len(s.encode("latin-1", "ignore"))


def clean_lines(text: str) -> list[str]:
    """Split into lines and remove noise that never belongs to the text.

    Page numbers, a browser's print header and footer (date, address, 1/3), and
    running heads (a short line printed again on every page: kept once) go; each
    line is repaired character by character (``chars.repair_line``).
    """
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    lines = [repair_line(x).strip(" \t\u3000") for x in text.split("\n")]
    counts = Counter(x for x in lines if x)
    out = []
    seen: set[str] = set()
    for line in lines:
        if line and (PAGE_NUMBER_RE.match(line) or PRINT_MARGIN_RE.match(line) or BREADCRUMB_RE.match(line)):
            continue
        if counts[line] >= RUNNING_HEAD_MIN and line in seen and _running_head(line):
            continue
        seen.add(line)
        out.append(line)
    return out


def _running_head(line: str) -> bool:
    return char_width(line) <= TITLE_MAX and not _ends_terminal(line) and not HEADING_RE.match(line)


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
    if col > 60:  # no newspaper or book column is that wide; these are paragraphs
        return 0.0
    # a full line is the column less the punctuation a typesetter pushes to the
    # next line (about two characters), or a half-width digit more
    near = sum(1 for w in widths if col - 2.5 <= w <= col + 1.5)
    return col if near / len(widths) >= 0.5 else 0.0  # most lines run to the edge


def _local_column(widths: list[float], i: int) -> float:
    """The column width around line i: articles on one page are set in different widths."""
    # eight lines either side: a paragraph or two, within one article's column
    window = sorted(widths[max(0, i - 8) : i + 9])
    return window[int(len(window) * 0.75)]  # a full line, as in _is_wrapped


def _ends_terminal(line: str) -> bool:
    s = line.rstrip(CLOSERS)
    return bool(s) and s[-1] in TERMINAL + "：:"


# The start of a line that can only continue the line before it.
_CONTINUES = re.compile(r"^[\u4e00-\u9fff]?[，。、；：！？”’）》]")


def join_lines(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs; keep real paragraph breaks."""
    col = _is_wrapped(lines)
    if not col:
        return _join_unwrapped(lines)
    body = [x for x in lines if x]  # blank lines fall anywhere in PDF text: column and page breaks
    widths = [char_width(x) for x in body]
    # a line this wide ran to the column's edge; the column is measured locally, but
    # never far below the page's (title blocks are runs of short lines)
    fulls = [max(_local_column(widths, i), col - 2) - 2.5 for i in range(len(body))]
    paras: list[str] = []
    cur = ""
    for i, line in enumerate(body):
        cur += line
        nxt = body[i + 1] if i + 1 < len(body) else None
        if nxt is None:
            break
        w, nw = widths[i], widths[i + 1]
        full, nfull = fulls[i], fulls[i + 1]
        if cur.startswith(("（", "(")) and line.endswith(("）", ")")) and char_width(cur) < 2 * TITLE_MAX:
            brk = True  # a bracketed line (作者为…, 来源：…) closes itself
        elif HEADING_RE.match(cur) and w < full and not _ends_terminal(line):
            brk = True  # a heading ends at its short last line
        elif _ends_terminal(line) and HEADING_RE.match(nxt):
            brk = True
        elif _ends_terminal(line):
            # a sentence ends here: the paragraph goes on only when this line ran to
            # the edge and so does the next (a new paragraph's first line is indented)
            brk = not (w >= full and nw >= nfull)
        elif w >= full:
            brk = False  # ran to the edge mid-sentence
        else:
            # a short line that ends no sentence: an indented first line (the
            # next line is full), a two-line paragraph, or a title / byline / heading
            brk = not (nw >= nfull or _ends_terminal(nxt) and not HEADING_RE.match(line))
            # an indented first line is about two characters short; far shorter is the end of a title or heading
            brk = brk or w < full - 2
            # but a next line that opens with a mark, or one character and a mark (内|容，将…), finishes
            # a word or clause this line began: no title, heading or paragraph starts so
            brk = brk and not _CONTINUES.match(nxt)
        if brk:
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return _join_heading_wraps(paras)


def _join_unwrapped(lines: list[str]) -> list[str]:
    """One paragraph per line; a blank line or a break inside a sentence is mended."""
    paras: list[str] = []
    in_body = False  # the title block at the top is short lines that end no sentence: never joined
    for line in lines:
        if not line:
            continue
        prev = paras[-1] if paras else ""
        in_body = in_body or _ends_terminal(prev)
        # a long line cut mid-sentence (no terminal punctuation) continues on the next line
        if in_body and char_width(prev) >= WRAPPED_MIN and not _ends_terminal(prev) and not HEADING_RE.match(prev) \
                and not _starts_block(line):
            paras[-1] = prev + line
        else:
            paras.append(line)
    return paras


def _starts_block(line: str) -> bool:
    return bool(
        HEADING_RE.match(line) or AFFILIATION_RE.match(line) or SOURCE_RE.match(line) or ITEM_START_RE.match(line)
    )


def _join_heading_wraps(paras: list[str]) -> list[str]:
    """A heading wrapped over lines: its tail is a short paragraph with no sentence end."""
    out: list[str] = []
    for p in paras:
        if (
            out
            and HEADING_RE.match(out[-1])
            and not _ends_terminal(out[-1])
            and not _ends_terminal(p)
            and p[-1] not in "，、,"
            and char_width(out[-1] + p) <= 2 * TITLE_MAX
            and char_width(p) < TITLE_MAX / 2
            and not _starts_block(p)
        ):
            out[-1] += p
        else:
            out.append(p)
    return out


# ---------------------------------------------------------------- classify

BODY, HEADING, TITLE, BYLINE, DATE, AFFIL, SOURCE = "body", "heading", "title", "byline", "date", "affil", "source"


def classify(p: str) -> str:
    """The role of a paragraph on the page."""
    if AFFILIATION_RE.match(p):
        return AFFIL
    if SOURCE_RE.match(p):
        return SOURCE
    if DATE_RE.match(p):
        return DATE
    if HEADING_RE.match(p) and (not _ends_sentence(p) or _one_short_sentence(p)):
        return HEADING
    if PERSON_RE.match(p) or OFFICE_NAME_RE.match(p) or (GROUP_RE.search(p) and char_width(p) <= 24 and not re.search(r"[，。、；：]", p)):
        return BYLINE
    if char_width(p) <= TITLE_MAX and not _ends_terminal(p) and not re.search(r"[。！？；]", p):
        return TITLE
    return BODY


def _one_short_sentence(p: str) -> bool:
    """A heading some texts close with 。 (一、坚持党的全面领导。): short, one sentence."""
    return char_width(p) <= TITLE_MAX and not re.search(r"[。！？；]", p.rstrip("。！？" + CLOSERS))


def _ends_sentence(p: str) -> bool:
    s = p.rstrip(CLOSERS)
    return bool(s) and s[-1] in "。！？"


# ---------------------------------------------------------------- articles


@dataclass
class _Para:
    text: str
    role: str
    start: int = 0


@dataclass
class _Art:
    body: list[_Para]
    title: str | None = None
    author: str | None = None
    affiliation: str | None = None
    title_before: bool = False


def _title_groups(block: list[_Para]) -> list[tuple[list[str], str | None]]:
    """Split a run of title-block paragraphs into (title lines, byline) groups."""
    groups: list[tuple[list[str], str | None]] = []
    titles: list[str] = []
    for p in block:
        if p.role == TITLE:
            if not titles or titles[-1] != p.text:  # a page that prints its title twice (header and heading)
                titles.append(p.text)
        elif p.role == BYLINE:
            groups.append((titles, BYLINE_PREFIX_RE.sub("", p.text)))
            titles = []
    if titles:
        groups.append((titles, None))
    return groups


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[^\u4e00-\u9fff]", "", s)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _split_on_restart(body: list[_Para]) -> list[list[_Para]]:
    """Cut a run of body paragraphs where the 一、二、 headings start again.

    The cut goes between the last heading before the restart and the restart,
    where the paragraphs' vocabulary turns from the one article's headings to
    the other's.
    """
    heads = [(i, _heading_number(p.text)) for i, p in enumerate(body) if p.role == HEADING]
    for k in range(1, len(heads)):
        (i0, n0), (i1, n1) = heads[k - 1], heads[k]
        if n1 == 1 and n0 >= 1:
            before = _bigrams("".join(body[j].text for j, _ in heads[:k]))
            after = _bigrams("".join(body[j].text for j, _ in heads[k:]))
            cut = i1
            # walk back from the restart while a paragraph reads more like what follows
            for j in range(i1 - 1, i0, -1):
                b = _bigrams(body[j].text)
                if len(b & after) > len(b & before):
                    cut = j
                else:
                    break
            return [body[:cut]] + _split_on_restart(body[cut:])
    return [body]


def _heading_number(text: str) -> int:
    m = HEADING_RE.match(text)
    return cn_number(m.group(1)) if m else 0


def cn_number(s: str) -> int:
    """一 -> 1, 十二 -> 12, 二十 -> 20; digits pass through."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGITS.index(a) if a else 1) * 10 + (CN_DIGITS.index(b) if b else 0)
    return CN_DIGITS.index(s) if s in CN_DIGITS else 0


def _segment(paras: list[_Para]) -> list[_Art]:
    """Group classified paragraphs into articles and attach their title blocks."""
    # runs: consecutive body/heading paragraphs form a body; the rest are apparatus
    runs: list[tuple[str, list[_Para]]] = []
    for p in paras:
        kind = "body" if p.role in (BODY, HEADING) else "meta"
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(p)
        else:
            runs.append((kind, [p]))
    arts: list[_Art] = []
    pending: list[_Para] = []  # apparatus waiting for the next body
    for kind, items in runs:
        if kind == "meta":
            pending.extend(items)
            continue
        pieces = _split_on_restart(items)
        prev = arts[-1] if arts else None
        block = pending
        pending = []
        # apparatus that closes the previous article: its affiliation, source, and a
        # title block printed after its body
        if prev is not None:
            block = _close_previous(prev, block)
        for n, piece in enumerate(pieces):
            art = _Art(body=piece)
            if n == 0:
                _open_article(art, block, arts)
            arts.append(art)
    if pending and arts:
        _close_previous(arts[-1], pending)
    return arts


def _close_previous(prev: _Art, block: list[_Para]) -> list[_Para]:
    """Take from the front of ``block`` what belongs to the article before it."""
    rest = list(block)
    took_affil = False
    while rest and rest[0].role in (AFFIL, SOURCE, DATE):
        p = rest.pop(0)
        if p.role == AFFIL and prev.affiliation is None:
            prev.affiliation = AFFILIATION_RE.match(p.text).group(1).strip()
            took_affil = True
    groups = _title_groups([p for p in rest if p.role in (TITLE, BYLINE)])
    if prev.title is None and not prev.title_before and groups and (took_affil or len(groups) > 1):
        # the page prints this article's title and byline after its body
        titles, author = groups[0]
        prev.title = "".join(titles) or None
        _set_byline(prev, author)
        drop = len(titles) + (1 if author else 0)
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
            prev.affiliation = AFFILIATION_RE.match(p.text).group(1).strip()
    return rest


def _open_article(art: _Art, block: list[_Para], arts: list[_Art]) -> None:
    """Attach the title block standing before a body."""
    groups = _title_groups([p for p in block if p.role in (TITLE, BYLINE)])
    if not groups:
        return
    # a page whose title blocks carry bylines: a lone line without one is a column banner
    titles, author = groups[-1]
    others_have_bylines = any(a.author for a in arts)
    if author is None and others_have_bylines:
        return
    art.title = "".join(titles) or None
    _set_byline(art, author)
    art.title_before = True


def _set_byline(art: _Art, byline: str | None) -> None:
    """The author of a byline, and the affiliation it gives in brackets."""
    m = BYLINE_AFFIL_RE.match(byline or "")
    if m:
        art.author = m.group("name") or m.group("name2")
        art.affiliation = art.affiliation or (m.group("affil") or m.group("office")).strip()
    else:
        art.author = byline


def normalize(source: Source) -> Document:
    """Turn a source into a Document of articles with headings, sections and paragraphs."""
    paras_text = join_lines(clean_lines(source.text))
    paras: list[_Para] = [_Para(t, classify(t)) for t in paras_text]
    _mend_roles(paras)
    text_parts: list[str] = []
    pos = 0
    for p in paras:
        p.start = pos
        text_parts.append(p.text)
        pos += len(p.text) + 1
    text = "\n".join(text_parts)
    arts = _segment(paras)
    articles = []
    for k, a in enumerate(arts, 1):
        articles.append(_build_article(f"a{k}", a))
    return Document(name=source.name, text=text, articles=tuple(articles))


def _mend_roles(paras: list[_Para]) -> None:
    """Short lines inside a body are body unless they stand in a title block.

    A salutation (同志们：), a one-line exclamation or a short paragraph between
    body paragraphs is part of the body; title-like lines count as a title block
    only at the top, at the end, or next to a byline or affiliation.
    """
    n = len(paras)
    # the title block at the top runs until the first body paragraph; the one at the end starts after the last
    top = next((i for i, q in enumerate(paras) if q.role not in (TITLE, BYLINE, DATE)), n)
    tail = next((i for i in range(n - 1, -1, -1) if paras[i].role not in (TITLE, BYLINE, DATE, AFFIL, SOURCE)), -1)
    for i, p in enumerate(paras):
        if p.role != TITLE or i < top or i > tail:
            continue
        near_meta = any(
            0 <= j < n and paras[j].role in (BYLINE, AFFIL, DATE, SOURCE) for j in (i - 2, i - 1, i + 1, i + 2)
        )
        if not near_meta:
            p.role = BODY


def _build_article(aid: str, a: _Art) -> Article:
    start = a.body[0].start
    last = a.body[-1]
    end = last.start + len(last.text)
    headings: list[Heading] = []
    paragraphs: list[Paragraph] = []
    section = 0
    for p in a.body:
        m = HEADING_RE.match(p.text) if p.role == HEADING else None
        if m:
            number = cn_number(m.group(1))
            if number == len(headings) + 1:
                section = number
                text = p.text[m.end() :].rstrip("。 ")
                headings.append(Heading(number, m.group(0).strip(), text.strip(), p.start + m.end(), p.start + m.end() + len(text)))
                continue
        paragraphs.append(Paragraph(p.text, p.start, p.start + len(p.text), section))
    return Article(aid, a.title, a.author, a.affiliation, start, end, tuple(headings), tuple(paragraphs))
