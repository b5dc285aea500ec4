"""Re-typeset an annotated text in the layouts real material comes in, for robustness tests.

Every layout is a function ``(text, gold) -> (text, gold)`` of the text and
its gold annotation only: it finds the articles' bodies, titles and headings
through the gold strings, never through anything particular to one file, and
changes the gold only where the layout adds what the gold records (a speaker
tag names an author the text did not have).
"""

from __future__ import annotations

import copy
import re
from statistics import median

from wrapping import typeset_page

FULL_WIDTH = "，。、；：！？“”‘’（）《》【】"
TERMINAL = "。！？；…"
# A name and a body the layouts give an article that has no author: neither occurs in any
# corpus text, and neither is a word of the genre a rule could be written for.
NAME = "王立新"
GROUP = "中共某某市委理论学习中心组"
ISSUER = "中央某某工作领导小组"
CAPTION = "5月2日，某地干部群众在村文化礼堂交流“共同富裕”的经验做法。新华社记者 王立新 摄"
PAGE_FORMATS = ("{n}", "- {n} -", "第{n}页")
APPLAUSE = ("（掌声）", "(掌声)", "（掌声，持久掌声）", "（热烈掌声）")
APP_TOP = ("点击上方蓝字关注我们",)
# where each excerpt of a compilation of speeches (论述摘编) comes from, on a line of its own under it
EXCERPT_SOURCES = ("（2013年6月28日在全市某某工作会议上的讲话）", "（2015年1月12日在某某研修班学员座谈会上的讲话）",
                   "（2019年3月1日关于某某工作的批示）", "（2020年1月21日在某地考察时的讲话）")
APP_HEADER = "某某学习 2023-05-01 08:30 发表于浙江"
APP_END = ("责任编辑：王立新", "来源：某某日报", "阅读 3.2万", "在看 128", "分享到：", "长按识别二维码关注我们")


def is_wrapped(text: str) -> bool:
    """The text is hard-wrapped (a PDF's column), not one paragraph a line."""
    widths = [len(x) for x in text.splitlines() if x.strip()]
    return median(widths) < 40  # a column holds 25-40 characters; paragraphs run to hundreds


def typeset(text: str, gold: dict) -> tuple[str, dict]:
    """The text as a PDF gives it back: hard-wrapped (unchanged when it already is)."""
    return (text if is_wrapped(text) else typeset_page(text)), gold


def locate(text: str, s: str, start: int = 0) -> tuple[int, int]:
    """Where ``s`` stands in ``text`` once white space (line breaks of a wrap) is ignored."""
    pattern = r"\s*".join(re.escape(c) for c in s if not c.isspace())
    m = re.compile(pattern).search(text, start)
    assert m, f"not in the text: {s}"
    return m.start(), m.end()


def _heading(text: str, heading: str) -> tuple[int, int]:
    """Where a heading's text stands after its 一、 (or chapter 第一章) marker at the start of a line, or
    on a line of its own (an unnumbered subheading)."""
    chars = r"\s*".join(re.escape(c) for c in heading if not c.isspace())
    m = re.search(rf"(?m)^[ \t　]*(?:[一二三四五六七八九十]{{1,3}}[、．.]|第[一二三四五六七八九十]{{1,3}}章|(?=[总附][ \t　]*[纲则]))[ \t　]*({chars})", text)
    # an unnumbered subheading is a line of its own
    m = m or re.search(rf"(?m)^[ \t　]*({chars})[ \t　]*$", text)
    assert m, f"no heading line: {heading}"
    return m.span(1)


def _body(text: str, article: dict) -> tuple[int, int]:
    s, _ = locate(text, article["starts_with"])
    _, e = locate(text, article["ends_with"], s)
    return s, e


def _insert(text: str, edits: list[tuple[int, str]]) -> str:
    """Insert each (offset, string) into the text, from the end so offsets stay right."""
    for pos, s in sorted(edits, key=lambda x: -x[0]):
        text = text[:pos] + s + text[pos:]
    return text


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def spaced_punctuation(text: str, gold: dict) -> tuple[str, dict]:
    """A space after every full-width punctuation mark, as some PDF extractors give it."""
    return re.sub(f"([{FULL_WIDTH}])", r"\1 ", text), gold


def page_numbers(text: str, gold: dict) -> tuple[str, dict]:
    """Bare page numbers on lines of their own every 30 lines, each in the middle of a
    sentence (after a line that ends none), with the blank lines of a page break around."""
    out: list[str] = []
    n, since = 1, 0
    for line in text.split("\n"):
        out.append(line)
        since += bool(line.strip())
        if since >= 30 and line.strip() and line.strip()[-1] not in TERMINAL:
            out += ["", PAGE_FORMATS[n % len(PAGE_FORMATS)].format(n=n), ""]
            n, since = n + 1, 0
    return "\n".join(out), gold


def page_breaks_in_paragraphs(text: str, gold: dict, every: int = 5) -> tuple[str, dict]:
    """One-paragraph-per-line text with a page break (a blank line, a page number, a blank
    line) inside every ``every``-th paragraph of 40 characters and more, between two characters
    wherever it falls: halfway, or 16 characters in (a short first part, the hard case);
    hard-wrapped text gets its page numbers as ``page_numbers``."""
    if is_wrapped(text):
        return page_numbers(text, gold)
    out: list[str] = []
    n = 0
    for line in text.split("\n"):
        if len(line) >= 40:
            n += 1
            if n % every == 0:
                half = len(line) // 2 if n % (2 * every) else 16
                out += [line[:half], "", PAGE_FORMATS[n % len(PAGE_FORMATS)].format(n=n), "", line[half:]]
                continue
        out.append(line)
    return "\n".join(out), gold


def headings_wrapped(text: str, gold: dict, col: int = 20) -> tuple[str, dict]:
    """Every heading that stands on one line wrapped as a column of ``col`` characters sets
    it (a line break every ``col`` characters), or halfway when it is shorter than that."""
    edits = []
    for a in gold.get("articles") or []:
        for h in a.get("headings") or []:
            h = h["text"] if isinstance(h, dict) else h
            s, e = _heading(text, h)
            if "\n" in text[s:e]:
                continue  # wrapped already
            chars = [i for i in range(s, e) if not text[i].isspace()]
            step = col if len(chars) > col else max(1, (len(chars) + 1) // 2)  # halves: 3+3+1 is no wrap
            edits += [(chars[k], "\n") for k in range(step, len(chars), step)]
    return _insert(text, edits), gold


# The widest heading a feature prints without a number (two phrases and a quoted line; layout.yaml)
UNMARKED_MAX = 40


def headings_unmarked(text: str, gold: dict) -> tuple[str, dict]:
    """The 一、二、 headings of a one-article text, when they are all short lines, without their
    number, as a feature prints its subheadings (a long heading of a report stays numbered).  On
    a page of several articles that prints each title after its body, the numbers starting again
    are what tells where the next body begins: that page is left as it is."""
    edits = []
    for a in gold.get("articles") or [] if len(gold.get("articles") or []) == 1 else []:
        heads = [h["text"] if isinstance(h, dict) else h for h in a.get("headings") or []]
        if not heads or any(len(re.sub(r"\s", "", h)) > UNMARKED_MAX or "。" in h for h in heads):
            continue
        for h in heads:
            s, _ = _heading(text, h)
            start = _line_start(text, s)
            if re.match(r"[ \t]*[一二三四五六七八九十]{1,3}[、．]", text[start:s]):
                edits.append((start, s))  # (a chapter line 第一章 … is no feature's subheading)
    for start, s in sorted(edits, reverse=True):
        text = text[:start] + text[s:]
    return text, gold


def _own_line_author(text: str, article: dict, body_start: int) -> tuple[int, int] | None:
    """The span of the line that holds only the article's author, before its body, if it has one."""
    author = article.get("author")
    if not author or not re.fullmatch(r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}", author):
        return None
    m = None
    for m in re.finditer(rf"(?m)^[ \t]*{re.escape(author)}[ \t]*$", text[:body_start]):
        pass
    return (m.start(), m.end() + 1) if m else None


def speaker_tag(text: str, gold: dict, form: str = "【{}】") -> tuple[str, dict]:
    """The speaker named by a tag that opens the body (【王立新】同志们：…): an author on a
    line of its own before the body moves into the tag; an article without one gets one."""
    gold = copy.deepcopy(gold)
    edits: list[tuple[int, str]] = []
    cuts: list[tuple[int, int]] = []
    for a in gold.get("articles") or []:
        s, _ = _body(text, a)
        own = _own_line_author(text, a, s)
        if own:
            cuts.append(own)
            name = a["author"]
        elif a.get("author") is None:
            name = a["author"] = NAME
        else:
            continue
        edits.append((s, form.format(name)))
    text = _insert(text, edits)
    for b, e in sorted(cuts, reverse=True):  # the author lines stand before the tags inserted
        text = text[:b] + text[e:]
    return text, gold


def speaker_colon(text: str, gold: dict) -> tuple[str, dict]:
    """The speaker tag as a name and a colon (王立新：同志们…)."""
    return speaker_tag(text, gold, "{}：")


def byline_after_title(text: str, gold: dict) -> tuple[str, dict]:
    """An issuing body on its own line between an article's title block and its body, for every
    titled article that has no author (on a page that prints the title after the body, on the
    line under the title); an untitled one is signed after its body instead."""
    gold = copy.deepcopy(gold)
    edits = []
    for a in gold.get("articles") or []:
        if a.get("author") is not None:
            continue
        s, e = _body(text, a)
        after = _title_after(text, a, e)
        if a.get("title") and after is not None:
            edits.append((_line_end(text, after), f"\n{ISSUER}"))
            a["author"] = ISSUER
        elif a.get("title"):
            edits.append((_line_start(text, s), f"{ISSUER}\n"))
            a["author"] = ISSUER
        else:
            edits.append((_line_end(text, e), f"\n{GROUP}"))
            a["author"] = GROUP
    return _insert(text, edits), gold


def _title_after(text: str, article: dict, body_end: int) -> int | None:
    """Where the article's title ends when it stands right after its body (blank lines between), else None."""
    if not article.get("title"):
        return None
    pattern = r"\s*".join(re.escape(c) for c in article["title"] if not c.isspace())
    m = re.compile(r"\s*" + pattern).match(text, _line_end(text, body_end))
    return m.end() if m else None


def byline_after_body(text: str, gold: dict) -> tuple[str, dict]:
    """A signature after the body, with a date: an author on a line of its own before the body
    moves there; an article without an author is signed by a group."""
    gold = copy.deepcopy(gold)
    edits: list[tuple[int, str]] = []
    cuts = []
    for a in gold.get("articles") or []:
        s, e = _body(text, a)
        own = _own_line_author(text, a, s)
        if own:
            cuts.append(own)
            name = a["author"]
        elif a.get("author") is None:
            name = a["author"] = GROUP
        else:
            continue
        edits.append((_line_end(text, e), f"\n{name}\n2023年5月1日"))
    text = _insert(text, edits)
    for b, e in sorted(cuts, reverse=True):
        text = text[:b] + text[e:]
    return text, gold


def caption(text: str, gold: dict) -> tuple[str, dict]:
    """A photo caption with its credit before each body and after the paragraph nearest its middle."""
    edits = []
    for a in gold.get("articles") or []:
        s, e = _body(text, a)
        edits.append((_line_start(text, s), CAPTION + "\n"))
        ends = [m.end() for m in re.finditer(f"[{TERMINAL}][”’）]?\n", text[s:e])]
        if ends:
            mid = min(ends, key=lambda x: abs(x - (e - s) / 2))
            edits.append((s + mid, CAPTION + "\n"))
    return _insert(text, edits), gold


def applause(text: str, gold: dict) -> tuple[str, dict]:
    """An applause marker after every paragraph that ends with 。 or ！ inside a body."""
    edits = []
    k = 0
    for a in gold.get("articles") or []:
        s, e = _body(text, a)
        for m in re.finditer(r"[。！](?=\n|$)", text[s : _line_end(text, e)]):
            edits.append((s + m.end(), APPLAUSE[k % len(APPLAUSE)]))
            k += 1
    return _insert(text, edits), gold


def excerpt_sources(text: str, gold: dict, every: int = 3) -> tuple[str, dict]:
    """A compilation of excerpts: the source of each (its date and occasion in brackets) on a line of
    its own after every third paragraph of a body and after its last."""
    edits = []
    k = 0
    for a in gold.get("articles") or []:
        s, e = _body(text, a)
        ends = [m.end() for m in re.finditer(r"[。！？](?=\n|$)", text[s : _line_end(text, e)])]
        for n, end in enumerate(ends, 1):
            if n % every == 0 or n == len(ends):
                edits.append((s + end, "\n" + EXCERPT_SOURCES[k % len(EXCERPT_SOURCES)]))
                k += 1
    return _insert(text, edits), gold


def crawled(text: str, gold: dict) -> tuple[str, dict]:
    """A text as a news crawler stores a page's body: an empty first line, every line indented with a TAB,
    and a line holding only a TAB between paragraphs (heldout25's crawled 建议)."""
    lines = [f"\t{line.strip()}" for line in text.split("\n") if line.strip()]
    return "\n" + "\n\t\n".join(lines) + "\n", gold


def phone_app(text: str, gold: dict) -> tuple[str, dict]:
    """A text copied from a phone reading app: a follow button at the top; the account and the
    time it was posted before each body; the editor, the source, the reading and 在看 counts and
    the share buttons after it."""
    edits = [(0, "\n".join(APP_TOP) + "\n")]
    for a in gold.get("articles") or []:
        s, e = _body(text, a)
        edits.append((_line_start(text, s), APP_HEADER + "\n"))
        edits.append((_line_end(text, e), "\n" + "\n".join(APP_END)))
    return _insert(text, edits), gold


# a reading app's counts under the title block (阅读 10万+, the button bar) and its closing block with
# the readers' comments (a name, a province, a date, the comment, its likes; the author's reply)
APP_COUNTS = ("阅读 10万+", "分享 收藏 赞 56 在看 12")
APP_COMMENTS = ("预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文", "某某学习",
                "向上滑动看下一个", "写留言", NAME, "浙江", "5月2日", "说得真好，值得反复学习领会！", "赞 56", "作者",
                "5月3日", "谢谢支持！")


def reading_app(text: str, gold: dict) -> tuple[str, dict]:
    """A post copied out of a phone reading app: the reading count and the button bar between each
    title block and its body, the app's closing block and a 留言 block of readers' comments at the end."""
    edits = [(_line_start(text, _body(text, a)[0]), "\n".join(APP_COUNTS) + "\n") for a in gold.get("articles") or []]
    end = "" if text.endswith("\n") else "\n"
    edits.append((len(text), end + "\n".join(APP_COMMENTS) + "\n"))
    return _insert(text, edits), gold


OFFICE = "中共某某市委办公室"
OFFICIAL_TOP = (f"{OFFICE}文件", "某委办发〔2023〕12号", "签发人：王立新")
OFFICIAL_END = ("附件：1．某某工作方案", "2．某某任务分工表", OFFICE, "2023年5月1日", "（此件公开发布）",
                "抄送：某某办公室，某某委员会。", f"{OFFICE}　　2023年5月2日印发")


NEWSPAPER_TOP = ("某某日报 2023年5月1日 星期一", "第9版：理论")
NEWSPAPER_END = ("《某某日报》（2023年05月01日 09 版）", "本版责编：王立新")


def newspaper_page(text: str, gold: dict) -> tuple[str, dict]:
    """The page's header (the paper, the date, the page) on top, and after each body the
    reference a site prints under an article and the page's editor."""
    edits = [(0, "\n".join(NEWSPAPER_TOP) + "\n")]
    for a in gold.get("articles") or []:
        _, e = _body(text, a)
        edits.append((_line_end(text, e), "\n" + "\n".join(NEWSPAPER_END)))
    return _insert(text, edits), gold


def official_document(text: str, gold: dict) -> tuple[str, dict]:
    """The text as an office circulates it: masthead, document number and signer on top; after
    the last body its attachments, the issuing office (the author, where the text names none)
    and the date, whether it is published, who gets copies and when it was printed."""
    gold = copy.deepcopy(gold)
    last = gold["articles"][-1]
    _, e = _body(text, last)
    end = list(OFFICIAL_END)
    if last.get("author") is None:
        last["author"] = OFFICE
    else:
        end.remove(OFFICE)
    return _insert(text, [(0, "\n".join(OFFICIAL_TOP) + "\n"), (_line_end(text, e), "\n" + "\n".join(end))]), gold


def then(*layouts):
    """The layouts applied one after another."""

    def run(text: str, gold: dict) -> tuple[str, dict]:
        for layout in layouts:
            text, gold = layout(text, gold)
        return text, gold

    run.__doc__ = " then ".join(f.__name__ for f in layouts)
    return run


HEADLINE = "学习材料汇编"
# (as many as the texts a test prints together: one subtitle printed three times would be a running head)
SPEAKERS = ("王立新", "李文华", "张建国", "赵明远", "孙晓红", "周海涛", "吴建平", "郑国强", "冯志刚", "陈春生", "褚卫东", "卫华中")


def speeches(parts: list[tuple[str, dict]]) -> tuple[str, dict]:
    """Several one-article texts printed as the speeches of one text under one headline: each
    text's title block gives way to a subtitle naming its speaker (马某同志的讲话), which is
    then the speech's title; the speaker is the text's author, or a name it gets."""
    lines = [HEADLINE]
    merged: dict = {"articles": []}
    for k, (text, gold) in enumerate(parts, 1):
        gold = copy.deepcopy(gold)
        (a,) = gold["articles"]
        s, _ = _body(text, a)
        a["author"] = a.get("author") or SPEAKERS[k % len(SPEAKERS)]
        a["title"] = f"{a['author'].replace(' ', '')}同志的讲话"
        # an affiliation printed after the body (（作者为…）) goes with it; one in the title block does not
        after = re.sub(r"\s", "", text[s:])
        a["affiliation"] = a["affiliation"] if a.get("affiliation") and re.sub(r"\s", "", a["affiliation"]) in after else None
        lines += [a["title"], text[s:].strip("\n")]
        old, new = a["id"], f"s{k}"
        a["id"] = new
        merged["articles"].append(a)
        for key, items in gold.items():
            if key in ("articles", "document") or not isinstance(items, list):
                continue
            out = merged.setdefault(key, [])
            for item in items:
                if isinstance(item, dict) and item.get("article") == old:
                    item = {**item, "article": new}
                if item not in out:
                    out.append(item)
        for key in ("formulations",):
            if isinstance(gold.get(key), dict):
                m = merged.setdefault(key, {})
                for sub, vals in gold[key].items():
                    m[sub] = list(dict.fromkeys((m.get(sub) or []) + (vals or [])))
    return "\n".join(lines) + "\n", merged


def caption_wrapped(text: str, gold: dict, col: int = 26) -> tuple[str, dict]:
    """Hard-wrapped text with a caption set in the column after the paragraph nearest each body's
    middle: its opening line full, its credit on the last line."""
    edits = []
    for a in gold.get("articles") or []:
        s, e = _body(text, a)
        ends = [m.end() for m in re.finditer(f"[{TERMINAL}][”’）]?\n", text[s:e])]
        if ends:
            mid = min(ends, key=lambda x: abs(x - (e - s) / 2))
            edits.append((s + mid, "\n".join(CAPTION[i : i + col] for i in range(0, len(CAPTION), col)) + "\n"))
    return _insert(text, edits), gold


EXAM_MARK = "（选择、简答）"
STARS = "☆"


def _squeeze(s: str) -> str:
    return re.sub(r"\s", "", s)


def study_notes(text: str, gold: dict) -> tuple[str, dict]:
    """The text as a student's review notes carry it: a table of contents on top (目录, then the
    titles and headings with their page numbers after dotted leaders), an exam mark, a star and a
    page reference after every heading, 答： before the paragraph a heading heads, a page
    reference after the first sentence of every paragraph that holds two, and page numbers after
    the last sentence of every third paragraph."""
    entries = ["前言……1"]
    edits: list[tuple[int, str]] = []
    page = 2
    for a in gold.get("articles") or []:
        s, e = _body(text, a)
        if a.get("title"):
            entries.append(_squeeze(a["title"]) + f"……{page}")
        for k, h in enumerate(a.get("headings") or [], 1):
            h = h["text"] if isinstance(h, dict) else h
            hs, he = _heading(text, h)
            page += 3
            entries.append(f"{'一二三四五六七八九十'[(k - 1) % 10]}、{_squeeze(h)}……{page}")
            end = _line_end(text, he)
            edits.append((end, f"{STARS}{EXAM_MARK}（P{page}）"))
            nxt = end + 1
            if nxt < e and text[nxt : nxt + 1].strip():
                edits.append((nxt, "答："))
        k = 0
        for m in re.finditer(r"(?m)^[^\n]*$", text[s:e]):
            line = m.group()
            first = re.search(r"。(?=[^”’）\n])", line)
            if first and first.end() < len(line) - 1:
                edits.append((s + m.start() + first.end(), f"（P{page + k % 3}）"))
            if line.endswith("。"):
                k += 1
                if k % 3 == 0:
                    edits.append((s + m.end(), f"{page}-{page + 2}"))
    toc = "目录\n" + "\n".join(entries) + "\n"
    return toc + _insert(text, edits), gold


def retyped_book(text: str, gold: dict, col: int = 24) -> tuple[str, dict]:
    """A book retyped line by line (an old .txt from a scan): in each body every paragraph's first line is
    indented with two ideographic spaces and a paragraph longer than the column runs on in lines of ``col``
    characters that are not indented, broken anywhere; what stands outside the bodies is left as it is."""
    edits = []
    for a in gold.get("articles") or []:
        s, e = _body(text, a)
        s = _line_start(text, s)
        for m in re.finditer(r"(?m)^[^\n]+$", text[s : _line_end(text, e)]):
            line = m.group().lstrip("\u3000 \t")  # (its own indent, if it has one, gives way to the book's)
            pieces = [line[k : k + col] for k in range(0, len(line), col)] if len(line) > 2 * col else [line]
            edits.append((s + m.start(), s + m.end(), "\u3000\u3000" + "\n".join(pieces)))
    for start, end, new in sorted(edits, key=lambda x: -x[0]):
        text = text[:start] + new + text[end:]
    return text, gold


# A news site's furniture around a mirrored post: the feed it is filed under, its app banner, its editor line.
FEED = "某某财经"
BLOG_TAIL = ('<style>\n.appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;\n</style>\n'
             '<div class="appendQr_wrap"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在某某财经APP</div></div>\n'
             f'<p class="article-editor">责任编辑：{NAME} SF001</p>\n')


def blog_post(text: str, gold: dict) -> tuple[str, dict]:
    """A text as a blog generator mirrors a news site's page (heldout26's Hexo posts): a blank line, front
    matter whose title is the text's first line and whose author is the feed it also files the post under,
    then the page's HTML: each line a <p> indented with two ideographic spaces, an image block between
    paragraphs, a stock-quote link set round two characters inside the longest line (a word is not cut),
    an HTML comment, a <style> block with entities, the app banner and the editor line."""
    import html

    lines = [x.strip() for x in text.split("\n") if x.strip()]
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    out = []
    for i, line in enumerate(lines):
        body = html.escape(line, quote=False)
        if i == longest:
            k = len(body) // 2
            body = (f'{body[:k]}<span id="stock_sh600000"><a href="https://example.com/sh600000" class="keyword">'
                    f'{body[k:k + 2]}</a></span><span id="quote_sh600000"></span>{body[k + 2:]}')
        out.append(f'<p cms-style="font-L">\u3000\u3000{body}</p>')
        if i == len(lines) // 2:
            out.append('<div class="img_wrapper"><img src="https://example.com/a.jpg" alt><span class="img_descr"></span></div>')
    head = (f"\n---\ntitle: '{lines[0].replace(chr(39), chr(39) * 2)}'\ncategories: \n - 新闻\n - {FEED}\nauthor: {FEED}\n"
            "comments: false\ndate: Fri, 29 Oct 2021 10:57:57 GMT\n---\n\n")
    return head + "<div>\n" + "\n".join(out) + "<!-- news_keyword_pub,stock -->\n\n" + BLOG_TAIL + "</div>\n", gold


# a word processor's symbol-font bullet (Wingdings' ●) as a copy to plain text keeps it: a private-use character
WORD_BULLET = "\uf06c"


def word_bullets(text: str, gold: dict) -> tuple[str, dict]:
    """A text typed in a word processor with a symbol-font bullet and a TAB before every body paragraph that is
    no numbered item and no heading (one that ends a sentence), pasted as plain text (rateset27's 马原 review
    outline): the bullet is a list mark, never text.  A hard-wrapped text is left as it is (its lines are no
    paragraphs)."""
    if is_wrapped(text):
        return text, gold
    edits = []
    for a in gold.get("articles") or []:
        s, e = _body(text, a)
        for m in re.finditer(r"(?m)^[ \t\u3000]*(?![\d（(第一二三四五六七八九十])[^\n]*[。！？；]$", text[_line_start(text, s) : e]):
            edits.append((_line_start(text, s) + m.start(), WORD_BULLET + "\t"))
    return _insert(text, edits), gold
