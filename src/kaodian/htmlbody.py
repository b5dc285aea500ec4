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

# Tags whose content is never article text.
_JUNK = (
    "script, style, noscript, iframe, template, svg, canvas, object, embed, form, "
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

# A block shorter than this adds nothing to its container's score: a Chinese
# sentence of 10 characters carries about what readability's 25 Latin letters do.
_MIN_PARAGRAPH = 10

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
    best = _best_candidate(root)
    if best is None:
        return ""
    lines: list[str] = []
    _lines(best, [], lines)
    headline = _headline(root, page_title)
    if headline and lines and not _opens_with_title(lines[0]) and headline not in lines[0]:
        lines.insert(0, headline)
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


def _headline(root, page_title: str) -> str:  # noqa: ANN001
    """The page's headline: the first h1–h3 whose text the ``<title>`` opens with ("" when none).

    A sidebar's 推荐阅读 or a column name stands in h3 too; only the headline repeats the title."""
    if not page_title:
        return ""
    for node in root.css("h1, h2, h3"):
        text = _text(node)
        if len(text) >= _MIN_HEADLINE and page_title.startswith(text):
            return text
    return ""


def _opens_with_title(line: str) -> bool:
    """A first line that reads as a title: short, with no sentence end and no closing colon; not a numbered
    section heading (一、基本原理创新 opens the body under a headline the page set outside it)."""
    return len(line) <= _TITLE_CHARS and not _SENTENCE_MARK.search(line) and not line.endswith(("：", ":")) \
        and not _SECTION_MARKER.match(line)


# A headline shorter than this is a column name, not an article's title.
_MIN_HEADLINE = 6
# A first line longer than this is text, not a title.
_TITLE_CHARS = 60
_SENTENCE_MARK = re.compile(r"[。！？!?]")
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
    """The element whose paragraphs score highest (steps 2–3), or None when no paragraph is found."""
    holds_block: set[int] = set()  # elements with a block somewhere below them, marked in one linear pass
    for node in root.traverse():
        if node.tag in _BLOCKS:
            parent = node.parent
            while parent is not None and parent.mem_id not in holds_block:
                holds_block.add(parent.mem_id)
                parent = parent.parent
    scores: dict[int, float] = {}
    nodes: dict[int, object] = {}
    for node in root.traverse():
        if node.tag not in _PARAGRAPHS or (node.tag != "p" and node.mem_id in holds_block):
            continue
        text = _text(node)
        if len(text) < _MIN_PARAGRAPH:
            continue
        score = 1 + len(_PUNCT.findall(text)) + min(len(text) // 100, 3)
        parent = node.parent
        for share in (1.0, 0.5):
            if parent is None:
                break
            key = parent.mem_id
            if key not in scores:
                nodes[key] = parent
                scores[key] = _TAG_WEIGHT.get(parent.tag, 0) + _class_weight(parent)
            scores[key] += score * share
            parent = parent.parent
    if not scores:
        return None
    # Link density costs a walk of the subtree: only the front runners pay it (readability keeps five).
    top = sorted(scores, key=scores.__getitem__, reverse=True)[:5]
    best_key = max(top, key=lambda k: scores[k] * (1 - _link_density(nodes[k])))
    return nodes[best_key]


def _text(node) -> str:  # noqa: ANN001
    return re.sub(r"\s+", "", node.text(deep=True, separator=""))


def _link_density(node) -> float:  # noqa: ANN001
    total = len(_text(node))
    if not total:
        return 1.0
    linked = sum(len(_text(a)) for a in node.css("a"))
    return min(linked / total, 1.0)


def _lines(node, pieces: list[str], lines: list[str]) -> None:  # noqa: ANN001
    """Append the text of ``node``'s subtree to ``pieces``; a block or <br> closes the line into ``lines``."""
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
            _lines(child, pieces, lines)
            _flush(pieces, lines)
        elif not tag.startswith("-"):  # inline element; comments and the like carry no text
            _lines(child, pieces, lines)


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
    text = _BREAK_BETWEEN_WIDE.sub("", text)
    text = _SPACES.sub(" ", text).strip(" \u3000")
    if text:
        lines.append(text)
