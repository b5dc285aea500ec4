"""What a post's page sets around the article, which ``htmlbody`` leaves out of the body, and the notes of an
e-book's chapter:

- a WeChat article page (WeChat's own DOM, which mirrors keep): the content block is the body, the
  headline its title, the date and author field under it; the account's index of posts, the furniture
  above the headline's repeat, a pull-quote box and the account's footer are not body;
- an e-book chapter's note on its title, called by a linked ``*``: its mark written so the layout reads
  the notes as notes.

Generic to the genre: nothing here names an account, a site or a text.
"""

from __future__ import annotations

import re

from .reading import load_reading


def _text(node) -> str:  # noqa: ANN001 — selectolax Node
    return re.sub(r"\s+", "", node.text(deep=True, separator=""))


# A line of text this long is a paragraph even without a sentence's end (a wrapped lead, a long list item);
# a shorter one without one is a menu's entry, a column's motto, a related headline.  (htmlbody reads these three
# measures from here: one web page reader, one measure.)
LINE_CHARS = 40
# A block shorter than this adds nothing to its container's score, and is no body: a Chinese sentence of 10
# characters carries about what readability's 25 Latin letters do.
MIN_PARAGRAPH = 10
SENTENCE_MARK = re.compile(r"[。！？!?]")
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")


def wechat_post(root):  # noqa: ANN001, ANN202
    """A WeChat article page (the post as WeChat serves it, or as a mirror saves it): its content block
    (``#js_content``) and its headline (``#activity-name``), or None on any other page.  The content block
    is the post's body whatever scores higher around it (a mirror's list of latest posts, its footer)."""
    content = root.css_first(_WECHAT_CONTENT)
    if content is None or len(_text(content)) < MIN_PARAGRAPH:
        return None
    return content, root.css_first(_WECHAT_TITLE)


def wechat_meta(root) -> list[str]:  # noqa: ANN001
    """The property lines of a WeChat post under its headline, one per item: the date it was posted and its
    author field; the account's name (shown twice, as a link and as text) is the publisher, not the text's,
    and its hidden profile card is dropped with the hidden elements."""
    lines = []
    for node in root.css(_WECHAT_META):
        text = _text(node)
        if text and not _WECHAT_ACCOUNT.search(" ".join(node.attributes.get(k) or "" for k in ("class", "id"))):
            lines.append(text)
    return lines


# The blocks of a WeChat article page (WeChat's own names, which mirrors of posts keep): the post's body,
# its headline, and the items of the line under the headline (date, author field, the account's name).
_WECHAT_CONTENT = "#js_content, .rich_media_content"
_WECHAT_TITLE = "#activity-name, .rich_media_title"
_WECHAT_META = "#meta_content .rich_media_meta, .rich_media_meta_list .rich_media_meta"
_WECHAT_ACCOUNT = re.compile(r"nickname|post-user|js_name|profile", re.I)


def headline_text(head) -> str:  # noqa: ANN001
    """The headline's text, white space inside it kept as one space (习近平：欢迎… 不抓辫子…: two phrases)."""
    return _SPACES.sub(" ", head.text(deep=True, separator="")).strip(" \u3000")


def without_furniture(lines: list[str], headline: str) -> list[str]:
    """The body without what an account's editor sets around a post (``_FURNITURE``):

    - above a line that repeats the headline inside the body, the lines that end no sentence (the
      account's index of the day's posts, a banner): the body starts after the headline;
    - a block of index lines (【头条】…, 【二条】…, under a 昨日…： label) anywhere in the body;
    - a paragraph printed twice (a pull quote's box, under its 【…】 label, repeats a paragraph of the
      body word for word): the first copy and its label.
    """
    flat = [re.sub(r"\s", "", x) for x in lines]
    key = re.sub(r"\s", "", headline)
    top = next((i for i, x in enumerate(flat[:_MAX_FURNITURE_LINES]) if x == key), None)
    if top and not any(SENTENCE_MARK.search(x[-1:]) for x in flat[:top]):  # (a body opening with its title keeps it)
        lines, flat = lines[top + 1 :], flat[top + 1 :]
    drop: set[int] = set()
    rd = load_reading()  # (the index's slots and labels, the box's label: reading.yaml's posts)
    for i, x in enumerate(flat):
        if rd.index_entry.match(x):
            drop.add(i)
            if i and rd.index_label.match(flat[i - 1]):
                drop.add(i - 1)
        elif len(x) >= _PULL_QUOTE_CHARS and x in flat[i + 1 :]:
            drop.add(i)
            if i and rd.box_label.match(flat[i - 1]):
                drop.add(i - 1)
    return [x for i, x in enumerate(lines) if i not in drop]


def without_account_footer(lines: list[str]) -> list[str]:
    """A WeChat post's content without the account's footer after its last paragraph of text: the run of
    short lines there (a tag cloud, 长按二维码关注, 主编：…, 投稿：…, a 阅读原文 promotion) when most of them end
    no sentence.  A closing 谢谢大家！ alone, or short lines that are sentences (a poem's), stay."""
    last = max((i for i, x in enumerate(lines) if len(x) >= LINE_CHARS and _CLOSES_SENTENCE.search(x)), default=None)
    if last is None:
        return lines
    tail = lines[last + 1 :]
    open_ended = sum(not _CLOSES_SENTENCE.search(x) for x in tail)
    if len(tail) >= _MIN_FOOTER_LINES and 2 * open_ended >= len(tail):
        return lines[: last + 1]
    return lines


# A sentence's end at a line's end, a closing quote or bracket after it.
_CLOSES_SENTENCE = re.compile(r"[。！？!?…][”’」』）)]*$")
# An account's footer is a block (tags, a QR caption, credits); one or two short lines are a sign-off.
_MIN_FOOTER_LINES = 3


# A paragraph printed twice is a pull quote when it is this long: a refrain (同志们、朋友们！) or a
# slogan repeated at the end is shorter; a box's quote is a paragraph of several sentences.
_PULL_QUOTE_CHARS = 60
# The account's index and banner above the headline's repeat are a few lines: more is text.
_MAX_FURNITURE_LINES = 12


def title_notes(root) -> list[tuple[str, str]]:  # noqa: ANN001
    """An e-book's notes on its title, taken out of the page: (the heading's text, the note's text) for each.

    A note on the title is called by a linked mark in the heading (标题<a href="#n0" id="c0">*</a>) and
    stands among the chapter's notes, opening with a mark that links back (<p><a href="#c0" id="n0">*</a>
    这是…</p>).  It is the collected works' 题注 printed at the foot of the first page, about the whole text
    (who gave it, when): ``htmlbody`` sets it under the title as the quote block a 题注 is in Markdown, where
    the normalizer reads it (``frontmatter.headnote``: the speaker it names signs the text).  The marks of
    the other star notes, which a bare ``*`` at a line's start would lose (a Markdown bullet), are written
    ``＊`` (the layout's ``noise.endnotes`` reads a note by its mark)."""
    links = root.css('a[href*="#"]')
    by_id = {a.attributes.get("id"): a for a in links if a.attributes.get("id")}
    notes = []
    for a in links:
        call = by_id.get((a.attributes.get("href") or "").rsplit("#", 1)[-1])
        if call is None or _text(a) not in _STAR_MARKS or _ancestor(a, _HEADINGS) is not None:
            continue  # (a call in a heading goes below, once its note is read)
        heading = _ancestor(call, _HEADINGS)
        block = a.parent
        if heading is not None and block is not None and block.tag in ("p", "div", "li", "aside") \
                and _text(block).startswith(_text(a)):
            notes.append((_text(heading).rstrip("".join(_STAR_MARKS)), _text(block)[len(_text(a)) :]))
            block.decompose()
        else:
            a.replace_with("＊")
    for a in root.css('a[href*="#"]'):  # (the calls in the headings)
        if _text(a) in _STAR_MARKS and _ancestor(a, _HEADINGS) is not None:
            a.decompose()
    return notes


def _ancestor(node, tags: frozenset[str]):  # noqa: ANN001, ANN202
    """The nearest element above ``node`` whose tag is one of ``tags``, or None."""
    node = node.parent
    while node is not None and node.tag not in tags:
        node = node.parent
    return node


_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())


# What a note on a title is called by (*, ＊, ※); a numbered note's mark (〔1〕) is read as it stands.
_STAR_MARKS = frozenset("*＊※")
