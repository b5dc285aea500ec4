"""Text -> Document: paragraphs, articles, headings, sections.

The cascade, step by step:

1. ``clean_lines`` (lines.py): drop BOMs and the lines and marks the layout
   policy (layout.yaml) calls noise: page numbers, print margins, captions,
   editor and source lines, a reading app's counts, applause markers; repair
   each line (the space after full-width punctuation, look-alike characters).
2. ``join_lines`` (lines.py): hard-wrapped text (PDF extraction, fixed column
   width) is joined into paragraphs; one-paragraph-per-line text passes
   through; headings wrapped over lines are joined, and a line that opens
   with 一、 out of the headings' sequence is joined to the line it continues.
3. ``classify`` (roles.py): each paragraph is a heading (一、…), a title-block
   line, a speech subtitle, a byline, a date, an affiliation （作者为…）, a
   source line （来源：…） or body; a speaker tag opening a body (【李明】, 李明：)
   is taken off it.
4. ``segment`` (articles.py): bodies are cut where the page says a new article
   starts (apparatus between bodies, a restart of the 一、二、 headings), and
   title blocks, bylines and signatures before or after a body are attached to it.

Everything is generic to the genre: no string of any particular article.
"""

from __future__ import annotations

import re

from ..model import Document, Source
from .frontmatter import HEAD_LINE_MAX  # (a line this long is a body paragraph, where the block ends)
from .layout import load_layout
from .articles import Para, build_article, segment
from .outline import lines_within_one_outline
from .runin import split_run_in_headings
from .subheads import join_lead_ins, join_subhead_lines
from .runorder import take_running_order
from .markdown import mark_markdown_headings
from .lines import clean_and_mark, clean_lines, front_matter_title, join_lines
from .credits import split_credits
from .pagemarks import join_letter_close, slot_paragraphs
from .attachments import mend_attachments
from .labels import mend_chart_labels, mend_labels
from .roles import (
    AFFIL, BODY, BYLINE, DATE, HEADING, HEADING_RE, META, SOURCE, SPEECH, TITLE, classify, ends_terminal,
    LONG_TITLE_MAX, TITLE_MAX, char_width, column_title, interviewee, is_group, names_person, note_speaker, speaker_tag,
    in_sequence, sign_last, title_speaker,
)

__all__ = ["classify", "clean_lines", "join_lines", "normalize"]


def normalize(source: Source) -> Document:
    """Turn a source into a Document of articles with headings, sections and paragraphs."""
    lines, noise_after, md_headings = clean_and_mark(source.text)
    # a slide deck's lines are its slides' lines and its notes, each whole: a slide's claim without a full stop
    # is no sentence a wrap cut, the note under it no line that finishes it
    blocks = range(len(lines)) if source.kind == "slides" else md_headings
    texts = sign_last(split_credits(join_lines(lines, noise_after, blocks, paragraphs=source.kind in ("docx", "doc", "slides"))))
    slots = slot_paragraphs(lines, md_headings, texts)
    paras = [Para(t, DATE if k in slots else classify(t)) for k, t in enumerate(texts)]
    join_letter_close(paras)
    _drop_pull_quotes(paras)
    _mark_endnotes(paras)
    _join_wrapped_dates(paras)
    _take_heading_speaker_tags(paras)
    _mend_roles(paras)
    split_run_in_headings(paras)
    _take_digest_items(paras)
    join_subhead_lines(paras, frozenset(lines[i] for i in md_headings))
    join_lead_ins(paras)
    lines_within_one_outline(paras)  # (before a title loses its affixes: these lines are no titles)
    _strip_title_affixes(paras)
    _take_speaker_tags(paras)
    _take_interviewees(paras)
    _take_answer_leads(paras)
    mark_markdown_headings(paras, {lines[i]: level for i, level in md_headings.items() if level > 0}, source.text)
    _take_front_matter_title(paras, source.text)
    _take_named_titles(paras)
    _take_numbered_titles(paras)
    numbered = _take_numbered_speakers(paras)
    take_running_order(paras)
    items = {lines[i] for i, level in md_headings.items() if level == 0}
    for p in paras:
        p.bullet = p.text in items
    pos = 0
    for p in paras:
        p.start = pos
        pos += len(p.text) + 1
    text = "\n".join(p.text for p in paras)
    arts = segment(paras)
    if numbered:
        for a in arts[1:]:  # the reports of a page of numbered speakers share its headline
            a.title = a.title or (arts[0].title if a.author else None)
    articles = tuple(build_article(f"a{k}", a) for k, a in enumerate(arts, 1))
    return Document(name=source.name, text=text, articles=articles, year=dated(source.text))


# The title block and dateline stand in the first lines of a text (a newspaper's date line, a title, a
# dateline, an author, a source line); a line this long is a body paragraph, where the block ends.
HEAD_LINES = 6
_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")


def dated(raw: str) -> int | None:
    """The year a text was written, read off its title block (the raw text's first short lines, before
    the normalizer drops a page's date line): the one year of a full date there (采访日期：2017年9月17日
    beside 1958年12月生), else the one year named there; None when there is none or more than one."""
    head = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        if len(line.strip()) > HEAD_LINE_MAX or len(head) == HEAD_LINES:
            break
        head.append(line)
    block = "\n".join(head)
    for pattern in (_FULL_DATE, _YEAR):
        years = set(pattern.findall(block))
        if years:
            return int(years.pop()) if len(years) == 1 else None
    return None


def _mark_endnotes(paras: list[Para]) -> None:
    """A text's closing notes (注释, then [1] 某地在…, ① 参见《…》 to the end, ``noise.endnotes``) are the
    editors' apparatus: kept in the text (the titles they name are the text's), never body."""
    lay = load_layout()
    label = next((i for i in range(len(paras) - 1, -1, -1) if lay.endnotes_opens.match(paras[i].text)), None)
    if label is None or label + 1 == len(paras) or not all(lay.endnotes_note.match(p.text) for p in paras[label + 1 :]):
        return
    for p in paras[label:]:
        p.role = SOURCE


def _drop_pull_quotes(paras: list[Para]) -> None:
    """A pull quote (提要) leaves the text: a sentence of the body printed again without its full stop
    on the lines above the body.  The first body paragraph after a title block is looked at: when it
    opens with at least ``pull_quote.min_chars`` characters that stand, followed by a sentence's end,
    in another paragraph, they go (a PDF's wrap may have joined the pull quote to the paragraph after
    it); asked twice, they would be asked about the same sentence."""
    lay = load_layout()
    flat = [re.sub(r"\s", "", p.text) for p in paras]
    for k, p in enumerate(paras):
        if p.role != BODY or (k and paras[k - 1].role not in META) or len(flat[k]) < lay.pull_quote_min_chars:
            continue
        others = "\n".join(f for j, f in enumerate(flat) if j != k)
        n = _repeated_prefix(flat[k], others, lay.pull_quote_min_chars)
        if n == len(flat[k]) and ends_terminal(p.text):
            continue  # a whole sentence printed twice is text both times
        if n:
            cut = _offset_of(p.text, n)
            p.text = p.text[cut:].strip()
            p.role = classify(p.text) if p.text else p.role  # what a wrap joined to it (an issuing body) is itself
    paras[:] = [p for p in paras if p.text]


def _repeated_prefix(s: str, others: str, min_chars: int) -> int:
    """The length of the longest opening of ``s``, at least ``min_chars`` long, that stands in
    ``others`` followed by a sentence's end (。！？；); 0 when there is none."""
    if s[:min_chars] not in others:
        return 0
    n = min_chars
    while n < len(s) and s[: n + 1] in others:
        n += 1
    at = others.find(s[:n])
    return n if others[at + n : at + n + 1] in ("。", "！", "？", "；") or n == len(s) and not others[at + n : at + n + 1] else 0


def _offset_of(text: str, n: int) -> int:
    """The offset in ``text`` after its first ``n`` characters that are not white space."""
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            seen += 1
            if seen == n:
                return i + 1
    return len(text)


def _strip_title_affixes(paras: list[Para]) -> None:
    """A title line loses the site's or column's name glued to it (…_某某网, 专栏名|…), and the
    speaker's name before it (李明：在…上的讲话), which names the author."""
    lay = load_layout()
    # a column's label on its own line over a title (每周一学（…—…）): no part of that title; it leaves the text
    paras[:] = [p for i, p in enumerate(paras) if not (
        p.role == TITLE and i + 1 < len(paras) and paras[i + 1].role in (TITLE, SPEECH) and lay.column_label.match(p.text.strip()))]
    for p in paras:
        if p.role != TITLE:
            continue
        p.column = column_title(p.text)
        for pat in lay.title_affixes:
            rest = pat.sub("", p.text).strip()
            if rest and rest != p.text:
                p.text = rest
        said = None if p.item else title_speaker(p.text)  # (a digest's headline names whom its news quotes)
        if said:
            p.speaker, p.text = said


def _take_speaker_tags(paras: list[Para]) -> None:
    """A speaker tag opening the first paragraph of a body (【李明】同志们：…, 李明：…) leaves
    the text and names the speaker; inside a body it is left alone (a dialogue)."""
    for i, p in enumerate(paras):
        if p.role != BODY or (i and paras[i - 1].role not in META):
            continue
        tag = speaker_tag(p.text)
        if tag and p.text[tag[1] :].strip():
            p.speaker, p.text = tag[0], p.text[tag[1] :].strip()


def _take_digest_items(paras: list[Para]) -> None:
    """The numbered headlines of a news digest (NO.1 某某 / its text / NO.2 某某 …, ``digest_item``) title
    an article each: two or more make the page a digest; one alone is a line of a body."""
    lay = load_layout()
    found = [(i, m) for i, p in enumerate(paras) if (m := lay.digest_item.match(p.text))]
    if len(found) < 2:
        return
    for i, m in found:
        paras[i].text, paras[i].role, paras[i].item, paras[i].short = m.group("title").strip(), TITLE, True, False
        if i and lay.page_headline.match(paras[i - 1].text):
            paras[i - 1].role = TITLE  # the column banner above it (【公司要闻】): no body


def _take_front_matter_title(paras: list[Para], raw: str) -> None:
    """The title a Markdown front matter names is the first article's title, however it reads (5.邓小平理论;
    a question with its ？, as a Q&A page is headed): the file says so."""
    title = front_matter_title(raw)
    if paras and title and paras[0].text == title:
        paras[0].role = TITLE


def _take_named_titles(paras: list[Para]) -> None:
    """A line the note just before it names in 《》 (本月推荐的是《某某关于…的意见》… / 某某关于…的意见 / its
    body) is that document's title, a study page's way of reposting a text under its introduction, though it
    stands between body paragraphs: the note says what follows.  So is a line that ends as an interview's title
    does (某某负责人就《…》答记者问) between two texts, with no clause mark (会后，某某接受本报记者采访 is a sentence)."""
    tail = load_layout().interview_tail
    for i in range(1, len(paras) - 1):
        p = paras[i]
        if p.role == BODY and paras[i + 1].role in (BODY, HEADING) and not ends_terminal(p.text) and (
                char_width(p.text) <= TITLE_MAX and any(f"《{p.text}》" in q.text for q in paras[max(0, i - 2) : i])
                and not any(q.role == HEADING for q in paras[:i])  # (a note before any heading: 一、学习内容 / 本次学习《…》 is a body's)
                or char_width(p.text) <= LONG_TITLE_MAX and tail.search(p.text) and not re.search("[，；：,;:]", p.text)):
            p.role = TITLE


def _take_numbered_titles(paras: list[Para]) -> None:
    """A line that gives the first title's words again with another number (某某考题1 … 某某考题2) is the
    title of the next of a run of texts in one file, though it stands between body paragraphs: papers or
    lessons a student typed one after another.  Only a line with no sentence end, alone on its paragraph."""
    if not paras or paras[0].role != TITLE:
        return
    number = load_layout().title_number
    m = number.search(paras[0].text)
    stem = paras[0].text[: m.start()] if m else ""
    if not m or len(stem) < 2:  # (a bare number is no title: a stem of at least two characters names the run)
        return
    for p in paras[1:]:
        n = number.search(p.text)
        if p.role == BODY and n and p.text[: n.start()] == stem and p.text != paras[0].text:
            p.role = TITLE


# A report's numbered speaker line on a page of several (1.李明（党委委员、副校长）): its number, the name with
# its post in brackets, and what a join of lines ran on after it (the report's first paragraph).
_NUMBERED = re.compile(r"^(\d{1,2})[.．、]\s*(?P<who>[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,6}?[（(][^（）()]{2,30}[)）])(?P<rest>.*)$")


def _take_numbered_speakers(paras: list[Para]) -> bool:
    """A page of several reports that numbers each by its speaker's line (1.李明（党委委员、副校长） … 2.王刚（…）
    …): the lines, numbered 1, 2, … in turn, each a name with a post in brackets that ends with an office's
    word, and each report at least ``REPORT_MIN_PARAS`` paragraphs long, are bylines that open the reports,
    not items of a list (a report's first paragraph that a join ran onto the line becomes its own paragraph
    again).  An outline's 1.坚持改革（根本动力） names no office; a list of people commended, 1.李明（某村
    党支部书记） 2.王刚（…）, has no report between them.  Whether the page has such lines (two at least)."""
    office = load_layout().office_end
    found = []
    for k, p in enumerate(paras):
        m = _NUMBERED.match(p.text)
        if m and int(m.group(1)) == len(found) + 1 and office.search(m.group("who").rstrip("）)")) \
                and classify(m.group("who")) == BYLINE and (not found or k - found[-1][0] > REPORT_MIN_PARAS):
            found.append((k, m))
    if len(found) < 2:
        return False
    for k, m in reversed(found):
        paras[k].text, paras[k].role = m.group("who"), BYLINE
        if rest := m.group("rest").strip():
            paras.insert(k + 1, Para(rest, classify(rest)))
    return True


# A report on a page of several is a few paragraphs at least: numbered names closer together are a list.
REPORT_MIN_PARAS = 3


def _take_interviewees(paras: list[Para]) -> None:
    """An interview's 访谈对象 line leaves the text and names the speaker of the body it stands in
    (on that body's first paragraph): the interviewee's words make the body, as a speech's.  A report's
    dated note that says who gave it (…省长李明作政府工作报告。) stays a note and names the speaker alike."""
    i = 0
    while i < len(paras):
        note = note_speaker(paras[i].text) if paras[i].role == DATE else None
        name = note or (interviewee(paras[i].text) if paras[i].role != HEADING else None)
        if not name:
            i += 1
            continue
        if note:  # the body under the title block it closes
            first = i = i + 1
            while first < len(paras) and paras[first].role not in (BODY, HEADING):
                first += 1
        else:
            del paras[i]
            first = i
            while first > 0 and paras[first - 1].role in (BODY, HEADING):
                first -= 1
        if first < len(paras) and paras[first].role in (BODY, HEADING) and not paras[first].speaker:
            paras[first].speaker = name


# a date line wrapped in a PDF's title block (…全国代表大会部 / 分修改，2022年10月22日通 / 过) runs over
# at most this many lines of the title's large type
DATE_WRAP_LINES = 4


def _join_wrapped_dates(paras: list[Para]) -> None:
    """Lines of the title block at the top that together are a date or adoption line (a PDF wraps the
    title block in large type) are joined into that line, so the title keeps none of it.  A line goes
    on into the next only when it is as wide as the block's widest: a wrap cut it (the title's own
    short line 中国共产党章程 ended where it ends)."""
    top = next((k for k, p in enumerate(paras) if p.role != TITLE), len(paras))
    if top < 2:
        return
    # (by width or by characters: a PDF's line of half-width digits holds more characters)
    width, chars = max(char_width(p.text) for p in paras[:top]) - 1, max(len(p.text) for p in paras[:top]) - 1
    i = 0
    while i < top:
        for j in range(min(top, i + DATE_WRAP_LINES), i + 1, -1):
            run = paras[i:j]
            if all(char_width(p.text) >= width or len(p.text) >= chars for p in run[:-1]) \
                    and classify(joined := "".join(p.text for p in run)) == DATE:
                paras[i:j] = [Para(joined, DATE)]
                top -= j - i - 1
                break
        i += 1


def _take_heading_speaker_tags(paras: list[Para]) -> None:
    """A speaker tag before a body that opens with a heading (【李明】第一章 …, 李明：一、…) leaves the
    line and names the speaker; the rest of the line is the heading it is."""
    parts = load_layout().parts
    for i, p in enumerate(paras):
        if p.role not in (TITLE, BODY) or (i and paras[i - 1].role not in META):
            continue
        tag = speaker_tag(p.text)
        rest = p.text[tag[1] :].strip() if tag else ""
        if rest and (classify(rest) == HEADING or parts.match(rest)):
            # (a chapter line 第一章 … is a body line the article's headings are found among)
            p.speaker, p.text, p.role = tag[0], rest, classify(rest)
        if p.role in (BODY, HEADING):
            break  # only the line that opens the first body


def _take_answer_leads(paras: list[Para]) -> None:
    """The 答： that opens an answer in study notes leaves its paragraph (the answer is text, the
    word is not); the question before it stays a paragraph of its own."""
    lay = load_layout()
    for p in paras:
        if p.role == BODY and lay.notes_answer.match(p.text):
            p.text = lay.notes_answer.sub("", p.text, count=1)


def _mend_roles(paras: list[Para]) -> None:
    """Short lines inside a body are body unless they stand in a title block.

    A salutation (同志们：), a one-line exclamation or a short paragraph between
    body paragraphs is part of the body; title-like lines count as a title block
    only at the top, at the end, or next to a byline, affiliation, date, source or
    speech subtitle.  Then headings out of sequence become body, and the items
    of a list of attachments apparatus.
    """
    mend_labels(paras)
    mend_chart_labels(paras)
    n = len(paras)
    # the title block at the top runs until the first body paragraph; the one at the end starts after the last
    top = next((i for i, q in enumerate(paras) if q.role not in (TITLE, BYLINE, DATE, SPEECH)), n)
    tail = next((i for i in range(n - 1, -1, -1) if paras[i].role not in META), -1)
    # a page that prints the last title after its body (a newspaper page as PDF text gives it) prints
    # the others after theirs too: a title line alone between two bodies is one of them
    after = any(paras[j].role == TITLE for j in range(tail + 1, n))
    _mend_item_runs(paras, top, tail)
    for i, p in enumerate(paras):
        if i < top and p.role == BYLINE and i + 1 < top and paras[i + 1].role == TITLE and is_group(p.text):
            # an issuing body's name on a line that the title goes on after (中国共产党第X届中央委员会 /
            # 第X次全体会议公报) is the title's first line
            p.role = TITLE
        if p.role == BYLINE and 0 < i < n - 1 and paras[i - 1].role == BODY and _goes_on_to_body(paras, i) \
                and not names_person(p.text):
            p.role = TITLE  # a short phrase between paragraphs (初心如磐) reads as a name only by its length
            if paras[i + 1].role == BYLINE and not names_person(paras[i + 1].text):
                paras[i + 1].role = TITLE  # the rest of the phrase, wrapped to the line after it
        if p.role != TITLE or i < top or i > tail or column_title(p.text):
            continue
        # a line between the top block's closing affiliation ((李明，某某大学副校长) under the title) and the
        # body is the body's first heading, no line of the title
        opens_body = i == top + 1 and paras[top].role == AFFIL and TITLE in (q.role for q in paras[:top]) \
            and i + 1 < n and paras[i + 1].role == BODY
        if opens_body or not _near_meta(paras, i) and not (after and paras[i - 1].role == BODY and paras[i + 1].role == BODY):
            p.role, p.short = BODY, True
    lines_within_one_outline(paras)  # (so that a label read as a byline breaks no heading sequence)
    _mend_heading_sequence(paras)
    mend_attachments(paras)


# A byline block signs with a name and a unit (two lines, a third for a date): a longer run of
# short lines that name nobody, inside a body, is the items of a list (- 法律至上 / - 权力制约 / …).
ITEM_RUN_MIN = 3


def _mend_item_runs(paras: list[Para], top: int, tail: int) -> None:
    """Runs of at least ``ITEM_RUN_MIN`` byline-like lines between the title block and the end block
    that name no person and carry no label (作者：) are body: a list's short items, not signatures."""
    i = top
    while i <= tail:
        j = i
        while j <= tail and paras[j].role == BYLINE and not names_person(paras[j].text) \
                and "：" not in paras[j].text and ":" not in paras[j].text:
            j += 1
        if j - i >= ITEM_RUN_MIN:
            for p in paras[i:j]:
                p.role = BODY
        i = max(j, i + 1)


def _goes_on_to_body(paras: list[Para], i: int) -> bool:
    """Paragraph i is followed by a body paragraph, or by one short line and then a body paragraph
    (the second half of a subheading a column wrapped: 汇思聚智 / 展风采), the two no wider than
    a subheading."""
    nxt = paras[i + 1]
    if nxt.role == BODY:
        return True
    return nxt.role in (TITLE, BYLINE) and i + 2 < len(paras) and paras[i + 2].role == BODY \
        and char_width(paras[i].text + nxt.text) <= load_layout().subhead_max_chars


def _near_meta(paras: list[Para], i: int) -> bool:
    """A byline, affiliation, date, source or speech subtitle stands within two paragraphs of
    paragraph i, with no body paragraph between."""
    for step in (-1, 1):
        for j in (i + step, i + 2 * step):
            if not 0 <= j < len(paras) or paras[j].role in (BODY, HEADING):
                break
            if paras[j].role in (BYLINE, AFFIL, DATE, SOURCE, SPEECH):
                return True
    return False


def _mend_heading_sequence(paras: list[Para]) -> None:
    """A 一、 paragraph out of the headings' sequence is body (一、 after 一、 is not the next heading)."""
    run: list[Para] = []  # the headings since the last title block or byline
    for p in paras + [Para("", META[0])]:
        if p.role == HEADING:
            run.append(p)
        elif p.role in META:  # a title block or byline between bodies: the next article numbers its own headings
            for q, kept in zip(run, in_sequence([q.text for q in run])):
                if not kept:
                    q.role = BODY
            run = []
