"""The article body of a saved web page, one paragraph per line.

A readability-style cascade, generic to article pages (nothing here names a
site or a text):

1. drop what is never body: scripts, styles, forms, navigation, asides,
   footers, hidden elements;
2. score each paragraph-like block (a ``p``, or a ``div``/``td`` with no
   block inside) by its non-link text: one point, plus one per comma or
   full stop, plus its length in hundreds of characters (at most 3);
3. give each paragraph's score to its parent in full and to its grandparent in
   half; weight candidates by tag and by class/id names that content
   containers carry (article, content, TRS_Editor …) or that chrome carries
   (nav, footer, share …); scale by one minus the link density;
4. the best candidate is the body; its blocks become lines, white space
   collapsed as a browser does (a line break between two CJK characters
   vanishes, CSS Text 3 segment-break rule);
5. a page whose body opens with no title of its own (a sentence, a
   salutation) prints its headline above the body, in an ``h1``–``h3`` the
   ``<title>`` opens with (``headline--column-site``): that line is the title.

``ingest`` decodes the bytes (``declared_charset`` reads the page's own
label) and calls ``extract``; selectolax is imported only here.
"""

from __future__ import annotations

import re

from .htmlposts import LINE_CHARS as _LINE_CHARS, MIN_PARAGRAPH as _MIN_PARAGRAPH, SENTENCE_MARK as _SENTENCE_MARK
from .epub import opens_chapter
from .htmlposts import headline_text, title_notes, wechat_meta, wechat_post, without_account_footer, without_furniture

# Tags whose content is never article text.
_JUNK = (
    "script, style, noscript, iframe, template, svg, canvas, object, embed, "
    "button, select, input, textarea, nav, aside, footer, head, [hidden], "
    '[style*="display:none"], [style*="display: none"]'
)

# Blocks: each starts and ends a line.
_BLOCKS = frozenset(
    "address article blockquote center dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 "
    "header hr li main ol p pre section summary table tbody thead tfoot tr td th ul caption".split()
)

# Paragraph-like blocks scored in step 2 (a div or td counts only when it holds no block).
_PARAGRAPHS = frozenset(("p", "pre", "blockquote", "td", "div", "li", "dd", "section"))

# Tag weights of readability: a div is the usual container, lists and headings rarely.
_TAG_WEIGHT = {"div": 5, "article": 10, "section": 3, "main": 5, "td": 3, "pre": 3, "blockquote": 3,
               "ol": -3, "ul": -3, "dl": -3, "li": -3, "h1": -5, "h2": -5, "h3": -5, "th": -5}

_POSITIVE = re.compile(
    r"article|body|content|entry|main|post|text|txt|story|detail|zoom|zhengwen|neirong|wenzhang|"
    r"TRS_Editor|Custom_UnionStyle|printArea",
    re.I,
)
_NEGATIVE = re.compile(
    r"hidden|banner|combx|comment|contact|foot|footnote|masthead|menu|meta|nav|pager|popup|promo|"
    r"related|reference|scroll|share|shoutbox|sidebar|sponsor|tags|tool|widget|breadcrumb|crumb|login|copyright",
    re.I,
)
# Class/id weight: big enough to decide between a container and its wrapper,
# small against the text score of a real body (hundreds of points).
_CLASS_WEIGHT = 25

# (_MIN_PARAGRAPH, _LINE_CHARS, _SENTENCE_MARK: htmlposts' measures, the same for a post's furniture and footer)

_PUNCT = re.compile(r"[，。；,;！？]")

_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Labels that name a Chinese or Unicode encoding are trusted; a single-byte
# label (iso-8859-1, us-ascii …) on a Chinese page is almost always a CMS default, so detect instead.
_LABELS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb18030": "gb18030", "cp936": "gb18030",
           "utf-8": "utf-8", "utf8": "utf-8", "big5": "big5hkscs", "big5-hkscs": "big5hkscs"}


def declared_charset(data: bytes) -> str | None:
    """The Python codec named by the page's ``<meta charset>``, or None when absent or untrusted."""
    m = _CHARSET.search(data[:8192])  # the label must come early (HTML spec: 1024 bytes; saved pages stretch it)
    if not m:
        return None
    return _LABELS.get(m.group(1).decode("ascii", "ignore").lower())


def extract(html: str) -> str:
    """The article body of a page as text, one paragraph per line; "" when no body is found."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body
    if root is None:
        return ""
    title = tree.css_first("title")
    page_title = _text(title) if title is not None else ""
    for node in root.css(_JUNK):
        node.decompose()
    notes = title_notes(root)
    post = wechat_post(root)
    best = post[0] if post else _best_candidate(root)
    if best is None:
        return ""
    lines: list[str] = []
    pieces: list[str] = []
    _lines(best, pieces, lines)
    _flush(pieces, lines)  # (the text after the body's last <br>)
    lines = _part_headings(lines)
    head = post[1] if post else _headline(root, page_title)
    if post:
        lines = without_account_footer(lines)
    if head is not None:
        lines = without_furniture(lines, _text(head))
    if not lines:
        return ""
    for title, note in notes:  # an e-book's note on its title, under the title as a 题注 (htmlposts)
        at = next((i for i, x in enumerate(lines[:_NOTE_TITLE_LINES]) if x.lstrip("# ") == title), None)
        if at is not None:  # (below the title block's other lines: a subtitle, the date line)
            at += 1
            while at < min(len(lines), _NOTE_TITLE_LINES) and len(lines[at]) < _LINE_CHARS \
                    and not _SENTENCE_END.search(lines[at]):
                at += 1
            lines.insert(at, f"> {note}")
    # (a WeChat post's title is its headline, always set outside its content)
    if head is not None and (post or not _opens_with_title(lines[0]) or _DATE_LINE.match(lines[0])) \
            and _text(head) not in re.sub(r"\s+", "", lines[0]):  # (the body's own headline, spaced as the page set it)
        # the headline a page sets above its body, marked as the text's title as Markdown marks it (a
        # headline ending in ？ reads as a sentence otherwise), then the page's property lines under it
        # (the source, the date, the widgets: normalize's layout.yaml tells the byline from the noise)
        meta = wechat_meta(root) if post else _between(root, head, best)
        lines[:0] = [f"# {headline_text(head)}", *meta]
    elif len(lines[0]) >= _MIN_TITLE and page_title.startswith(lines[0]) and _opens_with_title(lines[0]) \
            or opens_chapter(lines, page_title):  # (an e-book's chapter file: 第一章 … over its 第一节 …, epub)
        lines[0] = f"# {lines[0]}"  # the body repeats the window's title on its first line: its title
    return "\n".join(lines)


def embedded(text: str) -> tuple[str, str] | None:
    """A text file whose body is a page's HTML (a blog generator's post: front matter, then the page's
    raw markup) split into what stands above the markup (its front matter) and the markup; None when the
    text is written in lines of its own (a Markdown note with a ``<div>`` or an ``<img>`` here and there)
    or when anything but a front matter stands above the markup (a note's heading and prose, then a table)."""
    lines = _COMMENTS.sub("", text).split("\n")
    start = next((i for i, x in enumerate(lines) if _MARKUP_OPENS.match(x)), None)
    if start is None or not _front_matter_only(lines[:start]):
        return None
    prose = [x for x in lines[start:] if _CJK.search(_TAGS.sub("", x))]
    tagged = sum(bool(_TAGS.search(x)) for x in prose)
    if tagged < _MIN_MARKUP_BLOCKS or tagged < _MARKUP_SHARE * len(prose):
        return None
    return "\n".join(lines[:start]), "\n".join(lines[start:])


def _front_matter_only(head: list[str]) -> bool:
    """Whether the lines above the markup are blank, or blank around one ``---``-fenced front matter:
    a generator writes nothing else there, while a note's own text above its markup is the note."""
    rest = [x.strip() for x in head if x.strip()]
    return not rest or (len(rest) >= 2 and rest[0] == rest[-1] == "---" and "---" not in rest[1:-1])


# The line where a text's markup begins: an opening block tag at its start.
_MARKUP_OPENS = re.compile(r"^\s*<(?:div|p|section|article|table|h[1-6]|blockquote|ul|ol)\b", re.I)
_TAGS = re.compile(r"</?[A-Za-z][^<>]*>")
_COMMENTS = re.compile(r"<!--.*?-->", re.S)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A body in markup has its prose inside tags, line by line; a Markdown note's prose mostly is not
# (its tags are an image, a centred line).  Three blocks is the least a post of paragraphs holds.
_MARKUP_SHARE = 0.8
_MIN_MARKUP_BLOCKS = 3


def _headline(root, page_title: str):  # noqa: ANN001, ANN202
    """The page's headline: the first h1–h3 whose text the ``<title>`` opens with (None when none).

    A sidebar's 推荐阅读 or a column name stands in h3 too; only the headline repeats the title.  A page
    without a ``<title>`` has its headline in its one ``<h1>``."""
    if not page_title:
        ones = root.css("h1")
        return ones[0] if len(ones) == 1 and len(_text(ones[0])) >= _MIN_HEADLINE else None
    for node in root.css("h1, h2, h3"):
        text = _text(node)
        if len(text) >= _MIN_HEADLINE and page_title.startswith(text):
            return node
    # a site that sets its headline in a plain block names it by its class (<div class="title">)
    for node in root.css(_TITLE_BLOCKS):
        text = _text(node)
        if len(text) >= _MIN_HEADLINE and page_title.startswith(text) and not any(
                child.tag in _BLOCKS for child in node.iter()):
            return node
    return None


class _Reached(Exception):
    """The walk of ``_between`` came to the body."""


def _between(root, head, best) -> list[str]:  # noqa: ANN001
    """The lines a page sets between its headline and its body (the property lines: source, date, the
    font-size and share widgets), one per block; a subtitle in a heading of its own (h1–h6) is left out:
    it is the title block's 副题, neither title nor body, and so is a list entry with a link (a submenu's).
    [] when the body comes before the headline or more lines stand between than a property block holds."""
    lines: list[str] = []
    pieces: list[str] = []
    state = {"after": False}

    def walk(node) -> None:  # noqa: ANN001
        for child in node.iter(include_text=True):
            if child.mem_id == best.mem_id:
                raise _Reached
            if child.mem_id == head.mem_id:
                state["after"] = True
                continue
            tag = child.tag
            if tag == "-text":
                if state["after"]:
                    pieces.append(child.text_content or "")
            elif tag == "br" or tag in _BLOCKS:
                _flush(pieces, lines)
                # (a list entry with a link is a submenu's, not a property: 首页, 学院新闻 …)
                if tag not in _SUBTITLES and not (tag == "li" and _linked(child)):
                    walk(child)
                _flush(pieces, lines)
            elif not tag.startswith("-"):
                walk(child)

    try:
        walk(root)
    except _Reached:
        _flush(pieces, lines)
        # more lines than a property block holds are a menu or a lead the body left out: none of them
        return [x.lstrip(_BOLD[0]) for x in lines] if len(lines) <= _MAX_META_LINES else []
    return []


# A title note goes under its title among the first lines of the body (the title block: title, subtitle, date).
_NOTE_TITLE_LINES = 4

# Headings between the headline and the body: a subtitle, not a property line.
_SUBTITLES = frozenset("h1 h2 h3 h4 h5 h6".split())
# A page's property block is a few lines (source, author, date, widgets); more is a lead or a menu.
_MAX_META_LINES = 8


def _opens_with_title(line: str) -> bool:
    """A first line that reads as a title: short, with no sentence end and no closing colon; not a numbered
    section heading (一、基本原理创新 opens the body under a headline the page set outside it)."""
    return len(line) <= _TITLE_CHARS and not _SENTENCE_MARK.search(line) and not line.endswith(("：", ":")) \
        and not _SECTION_MARKER.match(line)


# Blocks whose class or id names them a title: a headline set in a div, not an h1 (a block with blocks
# inside is a title bar holding more than the headline).
_TITLE_BLOCKS = '[class*="title" i], [id*="title" i], [class*="headline" i]'
# A first line that is a date alone (2012年6月24日, 2012-06-24): a dateline above the body, no title.
_DATE_LINE = re.compile(r"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$")
# A first line the window's title opens with is the text's title from this many characters (某某法).
_MIN_TITLE = 2
# A headline shorter than this is a column name, not an article's title.
_MIN_HEADLINE = 6
# A first line longer than this is text, not a title.
_TITLE_CHARS = 60
# the marker of a section heading: 一、 （一） 1. 第一章
_SECTION_MARKER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．]\D|第[一二三四五六七八九十]{1,3}[章节部篇])")


def _class_weight(node) -> int:  # noqa: ANN001 — selectolax Node, imported lazily
    attrs = node.attributes
    names = " ".join(v for k, v in attrs.items() if k in ("class", "id") and v)
    if not names:
        return 0
    weight = 0
    if _NEGATIVE.search(names):
        weight -= _CLASS_WEIGHT
    if _POSITIVE.search(names):
        weight += _CLASS_WEIGHT
    return weight


def _best_candidate(root):  # noqa: ANN001, ANN202
    """The element whose paragraphs score highest (steps 2–3), or None when no paragraph is found.

    Short lines that end no sentence among links (a menu's column names with their mottos, related
    headlines) count for nothing, unless the page has no other text (a poem, a list of slogans); short
    lines without links (an outline's points) count as text."""
    holds_block: set[int] = set()  # elements with a block somewhere below them, marked in one linear pass
    for node in root.traverse():
        if node.tag in _BLOCKS:
            parent = node.parent
            while parent is not None and parent.mem_id not in holds_block:
                holds_block.add(parent.mem_id)
                parent = parent.parent
    paragraphs = list(_paragraphs(root, holds_block))
    scores, nodes = _scores(paragraphs, strict=True)
    if not scores:
        scores, nodes = _scores(paragraphs, strict=False)
    if not scores:
        return None
    # Link density costs a walk of the subtree: only the front runners pay it (readability keeps five).
    top = sorted(scores, key=scores.__getitem__, reverse=True)[:5]
    best_key = max(top, key=lambda k: scores[k] * (1 - _link_density(nodes[k])))
    return nodes[best_key]


def _paragraphs(root, holds_block: set[int]):  # noqa: ANN001, ANN202
    """The page's paragraphs, each with the element that holds it and whether it holds a link: a paragraph-like block (a ``p``, or a
    ``div``/``td`` with no block inside) is held by its parent; the text a block holds directly, between its
    <br>s and its blocks, is paragraphs held by that block (a CMS that sets a whole body as lines of one
    div, the lines apart by <br> and empty divs)."""
    for node in root.traverse():
        if node.tag not in _BLOCKS and node.tag != "body":
            continue
        if node.mem_id not in holds_block and node.css_first("br") is None:
            if node.tag in _PARAGRAPHS:
                yield [_text(node)], node.parent, _linked(node)
            continue
        runs: list[str] = []
        _runs(node, [], runs, holds_block)
        if runs:
            yield runs, node, _linked(node)


def _linked(node) -> bool:  # noqa: ANN001
    """Whether a paragraph is or holds a link: a menu's entry (a link, or an li with a link beside its
    motto), a related headline; a short line without one is an outline's point, not the page's chrome."""
    return node.tag == "a" or node.css_first("a") is not None


def _runs(node, pieces: list[str], runs: list[str], holds_block: set[int]) -> None:  # noqa: ANN001
    """The runs of text ``node`` holds outside its blocks, split at its <br>s and blocks, into ``runs``."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            pieces.append(child.text_content or "")
        elif tag == "br" or tag in _BLOCKS:
            _close_run(pieces, runs)
        elif not tag.startswith("-"):
            if child.mem_id in holds_block:  # (an inline element around blocks: its own runs only)
                _runs(child, pieces, runs, holds_block)
            else:
                pieces.append(child.text(deep=True, separator=""))
    _close_run(pieces, runs)


def _close_run(pieces: list[str], runs: list[str]) -> None:
    text = re.sub(r"\s+", "", "".join(pieces))
    pieces.clear()
    if text:
        runs.append(text)


def _scores(paragraphs: list, strict: bool) -> tuple[dict[int, float], dict[int, object]]:
    """Each candidate's score from the paragraphs it holds (step 3), by element id, and the elements:
    a paragraph's score goes to its holder in full and to the holder's parent in half; ``strict`` zeroes
    the short lines of linked paragraphs only."""
    scores: dict[int, float] = {}
    nodes: dict[int, object] = {}
    for texts, parent, linked in paragraphs:
        score = sum(_paragraph_score(t, strict and linked) for t in texts)
        if not score:
            continue
        for share in (1.0, 0.5):
            if parent is None:
                break
            key = parent.mem_id
            if key not in scores:
                nodes[key] = parent
                scores[key] = _TAG_WEIGHT.get(parent.tag, 0) + _class_weight(parent)
            scores[key] += score * share
            parent = parent.parent
    return scores, nodes


def _paragraph_score(text: str, strict: bool) -> float:
    """One point, plus one per comma or full stop, plus its length in hundreds (at most 3); 0 for a line
    too short to be text, and (``strict``) for a short one that ends no sentence: a menu entry, a headline."""
    if len(text) < _MIN_PARAGRAPH or strict and len(text) < _LINE_CHARS and not _SENTENCE_MARK.search(text):
        return 0
    return 1 + len(_PUNCT.findall(text)) + min(len(text) // 100, 3)



def _text(node) -> str:  # noqa: ANN001
    return re.sub(r"\s+", "", node.text(deep=True, separator=""))


def _link_density(node) -> float:  # noqa: ANN001
    total = len(_text(node))
    if not total:
        return 1.0
    linked = sum(len(_text(a)) for a in node.css("a"))
    return min(linked / total, 1.0)


def _lines(node, pieces: list[str], lines: list[str], bold: bool = False) -> None:  # noqa: ANN001
    """Append the text of ``node``'s subtree to ``pieces``; a block or <br> closes the line into ``lines``.
    The text of an outermost strong/b stands between ``_BOLD`` marks (``_flush`` reads them)."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            pieces.append(child.text_content or "")
        elif tag == "br":
            _flush(pieces, lines)
        elif tag in _BLOCKS:
            _flush(pieces, lines)
            if _is_chrome(child):
                continue
            mark = len(lines)
            _lines(child, pieces, lines, bold)
            _flush(pieces, lines)
            if mark and len(lines) == mark + 1 and child.tag in _SUBTITLES and _is_subheading(lines[mark]) \
                    and not lines[mark].startswith(_BOLD[0]):
                lines[mark] = f"{_BOLD[0]}{lines[mark]}"  # a heading element reads as a bold line (_part_headings)
        elif tag in ("strong", "b") and not bold:
            pieces.append(_BOLD[0])
            _lines(child, pieces, lines, True)
            pieces.append(_BOLD[1])
        elif not tag.startswith("-"):  # inline element; comments and the like carry no text
            _lines(child, pieces, lines, bold)


def _part_headings(lines: list[str]) -> list[str]:
    """The lines with each bold line or heading element's line (``_BOLD`` mark) that heads a part of the body
    marked as Markdown marks a heading (## …: normalize reads it so): it stands between a paragraph that ends
    a sentence and a paragraph of text, and opens with no number (a numbered heading's level is its number's,
    which normalize reads); other such lines (a document's title, a digest's numbered headlines) stay as
    they are."""
    out = []
    for i, line in enumerate(lines):
        if not line.startswith(_BOLD[0]):
            out.append(line)
            continue
        text = line[1:]
        after = lines[i + 1] if i + 1 < len(lines) else ""
        part = _PART_BEFORE.search(lines[i - 1]) and len(after) > _SUBHEADING_CHARS and not after.startswith(_BOLD[0])
        out.append(f"## {text}" if part and not _SECTION_MARKER.match(text) else text)
    return out


def _is_subheading(line: str) -> bool:
    """A line of the body that heads a part (a heading element's, or one set bold whole: a news page's
    unnumbered part headings are bold lines) when it fits in a line and ends no sentence."""
    return len(line) <= _SUBHEADING_CHARS and not _SENTENCE_END.search(line)


# A part heading fits in a line (two phrases and a comma); wider is a bold lead sentence.
_SUBHEADING_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？!?；;：:]$")


def _is_chrome(node) -> bool:  # noqa: ANN001
    """A block inside the body that belongs to the page, not the article: share bars, tag lists, pagers …

    Named so by its class or id, and mostly links or short (a real paragraph
    that happens to sit in a "tool" box keeps its text).
    """
    if _class_weight(node) >= 0:
        return False
    text = len(_text(node))
    return text < _CHROME_TEXT or _link_density(node) > _CHROME_LINKS


# A chrome block is short (a share bar, "责任编辑：…") or mostly links.
_CHROME_TEXT = 100
_CHROME_LINKS = 0.3

_WIDE = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026"
_BREAK_BETWEEN_WIDE = re.compile(f"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])")
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")


def _flush(pieces: list[str], lines: list[str]) -> None:
    if not pieces:
        return
    text = "".join(pieces)
    pieces.clear()
    # a line set bold whole, not the first: a part heading (the first repeats the headline)
    heading = bool(lines) and _BOLD[0] in text and not _UNBOLD.sub("", text).strip(" \t\r\n\f\xa0\u3000")
    text = text.replace(_BOLD[0], "").replace(_BOLD[1], "")
    text = _BREAK_BETWEEN_WIDE.sub("", text)
    text = _SPACES.sub(" ", text).strip(" \u3000")
    if text:
        lines.append(f"{_BOLD[0]}{text}" if heading and _is_subheading(text) else text)


# The end of the paragraph before a part heading: a sentence's (closing quotes aside).
_PART_BEFORE = re.compile(r"[。！？…][”’」』]?$")
# Marks around bold text while a line is gathered (private-use characters: never in a page's text).
_BOLD = ("\ue000", "\ue001")
_UNBOLD = re.compile("\ue000[^\ue000\ue001]*\ue001")
