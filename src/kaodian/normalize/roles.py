"""What each paragraph is on the page: heading, title-block line, byline, date, speech subtitle or body.

The shapes of a heading, a date and a person's name are mechanism and live
here; the words that make a line noise, a byline, a speaker tag or a speech
subtitle are policy and live in ``layout.yaml``.
"""

from __future__ import annotations

import re

from ..numerals import value_of
from .layout import load_layout

TERMINAL = "。！？；…"  # a sentence or paragraph may end here
CLOSERS = "”’」』）)】"

# A level-one heading: 一、 at the start of a paragraph.
# 一、 or 一． (a full-width dot); and a speech's 第一点，/第一个问题，/第一部分， standing as a line of its
# own (我讲四点意见。… 第一点，关于形势和改革。): the number is group 2
HEADING_RE = re.compile(r"^(第)?([一二三四五六七八九十]{1,3})(?(1)(?:点|个问题|部分)[，,、：:]|[、．.])\s*")
# 'Short' line in a title block: titles and bylines rarely run longer.
TITLE_MAX = 48
# ... a title without any punctuation may run to twice as long (_long_title)
LONG_TITLE_MAX = 2 * TITLE_MAX
# A line at least this wide that ends mid-sentence was wrapped (a page of a PDF
# holds 35-50 characters a line); titles and bylines stay below it.
WRAPPED_MIN = 30
# A line that opens with an item marker starts a paragraph of its own.
ITEM_START_RE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．】)）]|第[一二三四五六七八九十]{1,2}[，,、]|[①-⑳])")
# A date line of a title block, alone or with the page's metadata after it
# (2023年12月18日 08:30 来源：新华社; 发布时间：2023-12-18).
DATE_RE = re.compile(
    r"^[（(]?\s*(?:(?:发布|更新)?(?:时间|日期)[:：]\s*)?"
    r"(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
    # (the labels after the date run on once a page's spaces are gone: 时间：2023-05-01作者：张三)
    r"(?:\s*[)）])?(?:\s+[^。，；！？]{0,40}|(?:来源|稿源|作者|记者|编辑|浏览|点击)[^。，；！？]{0,40})?\s*$"
)
# What a byline gives in brackets after the name, one level of brackets inside
# allowed (作者为中央党校（国家行政学院）教授).
IN_BRACKETS = r"(?:[^（）()]|[（(][^（）()]*[)）]){4,80}"
# A byline: a person's name (2-4 Han characters, a space inside is typeset
# spacing), with the affiliation in brackets after it.
# (a name never holds 的: 远方的灯 is a short title)
PERSON_RE = re.compile(
    rf"^(?:作者[:：]\s*|文[/／]\s*)?(?![^（(]*的)[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){{1,3}}(?:[（(]{IN_BRACKETS}[)）])?$"
)
# An office before a name (国务院总理 李强; 某某市中级人民法院党组书记、院长 李明: the posts of
# one person joined by 、), as a speaker line under a speech's title prints it.  An office of
# a court, a ministry or a province with two posts runs to some 20 characters; 30 leaves room.
OFFICE = r"[\u4e00-\u9fff][\u4e00-\u9fff、]{1,29}"
# the name after an office may be typeset with a space inside (校长  李 明)
SPACED_NAME = r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}"
# ... and a deputy's or a member's role after it (某某大学教授  李明代表: layout.yaml member_roles), in
# the group ``role``; the name is read shortest first, so that 李明代表 is 李明 and a role
ROLED_NAME = SPACED_NAME + "?"  # (the same name, its last quantifier made lazy)
_ROLE = rf"(?P<role>{load_layout().member_role})?"
# 李明（中共某市委党校教授）: the name, and the affiliation in brackets after it;
# 国务院总理 李强: the office, a space, the name
BYLINE_AFFIL_RE = re.compile(
    rf"^(?:(?P<name>[^（(]+?)\s*[（(](?:作者(?:为|系|是))?(?P<affil>{IN_BRACKETS})[)）]"
    rf"|(?P<office>{OFFICE})\s+(?P<name2>{ROLED_NAME}){_ROLE})$"
)
OFFICE_NAME_RE = re.compile(rf"^(?P<office>{OFFICE})\s+(?P<name>{ROLED_NAME}){_ROLE}$")
# ... or run together with it on a byline line of its own (某某中学副校长李明, as a notice board prints a
# report's writer): a unit and a post, at least this many characters, then the name
GLUED_OFFICE_MIN = 4
PUNCT_RE = re.compile(r"[，。、；：！？,;:!?]")

BODY, HEADING, TITLE, BYLINE, DATE, AFFIL, SOURCE, SPEECH = (
    "body", "heading", "title", "byline", "date", "affil", "source", "speech"
)
META = (TITLE, BYLINE, DATE, AFFIL, SOURCE, SPEECH)


def char_width(s: str) -> float:
    """Printed width in em: ASCII is half a full-width character."""
    # characters below U+0100 are the narrow ones (full-width forms live far above)
    return len(s) - 0.5 * len(s.encode("latin-1", "ignore"))


def ends_terminal(line: str) -> bool:
    """The line ends a sentence or clause (。！？；… or a colon), closing marks aside, and bracketed
    notes after a full stop aside (…的精神。（某某的稿子）: a draft's note to its writers, a credit)."""
    s = (_NOTES_AFTER_STOP.sub("", line) if line.endswith(("）", ")")) else line).rstrip(CLOSERS)
    return bool(s) and s[-1] in TERMINAL + "：:"


# bracketed notes after a sentence's full stop at a line's end: the sentence ended (each note at most
# twenty characters: a longer bracket is a sentence's own aside)
_NOTES_AFTER_STOP = re.compile(r"(?<=[。！？])\s*(?:[（(][^（）()]{1,20}[)）]\s*)+$")


def ends_sentence(p: str) -> bool:
    """The paragraph ends with 。！？, closing marks aside."""
    s = p.rstrip(CLOSERS)
    return bool(s) and s[-1] in "。！？"


def starts_block(line: str) -> bool:
    """The line opens a paragraph of its own: a heading, an item, an affiliation or a source."""
    lay = load_layout()
    return bool(
        HEADING_RE.match(line) or lay.affiliation.match(line) or lay.source.match(line) or ITEM_START_RE.match(line)
        or lay.parts.match(line) or column_title(line) or lay.notes_answer.match(line)
    )


def is_group(p: str) -> bool:
    """A short line without punctuation that names a body signing as one (…理论学习中心组, …领导小组), or a
    line that is a news agency's name alone."""
    lay = load_layout()
    return bool(lay.group.search(p) or lay.agency.match(p) or lay.issuer.match(p)) and char_width(p) <= lay.group_max_chars and not PUNCT_RE.search(p)


def producer(p: str) -> str | None:
    """The body a post's closing 出品 line names (某某融媒体中心出品 -> 某某融媒体中心), or the compiler a
    header's credit names (某学院 李明 编制 -> 李明), else None."""
    lay = load_layout()
    if (m := lay.producer.match(p)) and char_width(p) <= lay.group_max_chars:
        return m.group("body")
    m = lay.credit.match(p)  # (a header line, as wide as a title)
    ok = m and _names_person(m.group("body"), lay, 2) and char_width(re.sub(r"\s+", " ", p)) <= TITLE_MAX
    return m.group("body") if ok else None


def meta_author(p: str) -> str | None:
    """The reporters a news site's meta line names (2021-08-28 来源：某某日报 作者：李明 王刚 -> 李明 王刚), else None."""
    lay = load_layout()
    m = lay.meta.match(p)
    return m.group("who") if m and lay.byline_names.match(m.group("who")) else None


def interviewee(p: str) -> str | None:
    """The name an interview's 访谈对象 line gives (本期访谈对象：某某学院副院长 李明 -> 李明), else None."""
    lay = load_layout()
    m = lay.interviewee.match(p)
    if not m:
        return None
    who = m.group("who").strip()
    office = OFFICE_NAME_RE.match(who)
    if office:
        return office.group("name")
    # the post run together with the name (副院长李明): the name after the last office word
    cut = max((e.end() for e in lay.office_word.finditer(who)), default=0)
    name = who[cut:]
    return name if _names_person(name, lay, 2) else who


def note_speaker(p: str) -> str | None:
    """The person a dated note says gave the text (…会议上某省人民政府省长李明作政府工作报告。 -> 李明), else None."""
    lay = load_layout()
    m = lay.reported_by.match(p) if lay.dated_note.match(p) else None
    if not m:
        return None
    who = m.group("who")
    cut = max((e.end() for e in lay.office_word.finditer(who)), default=0)
    name = who[cut:].strip()
    return name if cut and _names_person(name, lay, 2) else None


def classify(p: str) -> str:
    """The role of a paragraph on the page."""
    lay = load_layout()
    if lay.affiliation.match(p):
        return AFFIL
    if meta_author(p):
        return BYLINE  # (before the source line it also is)
    if lay.source.match(p) or lay.attachments.match(p):
        return SOURCE
    if DATE_RE.match(p) or lay.dated_note.match(p):
        return DATE
    if column_title(p):
        return TITLE
    if HEADING_RE.match(p) and (not ends_sentence(p) or _one_short_sentence(p) or _questions(p)):
        return HEADING
    if lay.parts.match(p) or ITEM_START_RE.match(p) or lay.notes_answer.match(p) or lay.notes_point_line.match(p):
        return BODY  # a chapter line, a numbered point, an answer (答：…), a note's point (本质：…): body, however short
    if lay.interview_tail.fullmatch(p):
        return TITLE
    if person_byline(p, lay) or office_byline(p) or glued_office_byline(p) or class_byline(p) or is_group(p) or lay.team.match(p) or producer(p) or speaker_line(p) or prefixed_byline(p, lay):
        return BYLINE
    if char_width(p) <= TITLE_MAX and not ends_terminal(p) and not re.search(r"[。！？；]", p) or _long_title(p):
        return SPEECH if lay.speech.match(p) else TITLE
    return BODY


def person_byline(p: str, lay) -> bool:
    """The line is a person's name as a byline stands (李明, 作者：李明, 李明（某某大学）).

    A short line ending with a document's kind (工作方案) is a wrapped title's last line, not a name; a
    phrase with a bracketed note (某某体系（用于学习）) is a title, so a name with brackets after it must
    read as a person's (a common surname)."""
    if not PERSON_RE.match(p):
        return False
    bare = re.sub(r"^(?:作者[:：]\s*|文[/／]\s*)", "", p)
    name = re.split(r"[（(]", bare, maxsplit=1)[0]
    if lay.title_kind.search(re.sub(r"\s", "", name)):
        return False
    return name == bare or bool(lay.person.match(re.sub(r"\s", "", name)))


def _long_title(p: str) -> bool:
    """A line wider than a title block's but with no punctuation at all (某某负责人就《…》答记者问): one
    long title, since a sentence that long has a comma or a full stop."""
    return char_width(p) <= LONG_TITLE_MAX and not re.search(r"[，。！？；：、,.;:!?…]", p)


def office_above_name(line: str, name: str) -> bool:
    """``line`` is the office of a speaker's line that a wrap cut before the name
    (某某法院原经济审判庭副庭长 / 李明): it ends with an office's word, and with the name it
    reads as an office and a person's name."""
    return bool(load_layout().office_end.search(line)) and office_byline(f"{line} {name}")


def office_byline(p: str) -> bool:
    """An office, a space and a person's name (国务院总理 李强): a speaker's line, not a title
    whose two halves a space parts (珍惜成绩 开创未来)."""
    m = OFFICE_NAME_RE.match(p)
    if not m:
        return False
    lay = load_layout()
    # a name of no Han surname (嘎玛泽登, a Tibetan or Mongolian name) after an office's word
    return _names_person(m.group("name"), lay, 0) or bool(lay.office_end.search(m.group("office")))


def glued_office_byline(p: str) -> tuple[str, str] | None:
    """The unit and post and the name of a byline that runs them together (某某中学副校长李明 -> 某某中学副校长,
    李明): the name is what follows the line's last office word and reads as a person's (a common
    surname); else None.  A title has punctuation or no office word right before a name."""
    lay = load_layout()
    if PUNCT_RE.search(p) or re.search(r"\s", p) or char_width(p) > lay.group_max_chars + 6:
        return None
    cut = max((e.end() for e in lay.office_word.finditer(p)), default=0)
    office, name = p[:cut], p[cut:]
    if len(office) < GLUED_OFFICE_MIN or not 2 <= len(name) <= 4 or not _names_person(name, lay, 2):
        return None
    return office, name


def class_byline(p: str) -> tuple[str, str] | None:
    """A pupil's class and name signing an essay (一1班  李明, 102李明 -> 一1班, 李明), when the name reads as
    a person's; else None."""
    lay = load_layout()
    m = lay.school_class.match(p)
    if not m or not _names_person(m.group("name"), lay, 2):
        return None
    return m.group("unit"), m.group("name")


def column_title(p: str) -> bool:
    """The line opens with a column's name (党建专栏|…, 【栏目名】…) and is one title-like sentence."""
    lay = load_layout()
    m = lay.column.match(p)
    name = m.group("name") if m else None
    if not m or name and (_names_person(name, lay, 0) or lay.not_names.search(name)):
        return False  # 【李明】 is a speaker tag, 【编者按】 a label
    rest = p[m.end() :]
    return bool(rest) and char_width(rest) <= lay.column_max_chars and not re.search(r"[。；]", rest.rstrip("！？"))


def prefixed_byline(p: str, lay=None) -> bool:
    """A line of a byline's opening words and a few names (新华社记者 李明, 文字：李明 王刚) or a body that
    signs as one (作者：某某省社会科学院理论研究中心)."""
    lay = lay or load_layout()
    name = lay.byline_prefix.sub("", p, count=1)
    return name != p and (bool(lay.byline_names.match(name) or lay.byline_handle.match(name)) or is_group(name))


def speaker_line(p: str) -> str | None:
    """The name of a bracketed speaker tag that stands alone on its line (【李明】)."""
    lay = load_layout()
    for pat in lay.speaker_tags:
        m = pat.match(p)
        if m and m.end() == len(p) and _names_person(m.group("name"), lay, 0):
            return m.group("name")
    return None


def speaker_tag(p: str) -> tuple[str, int] | None:
    """The speaker's name of a tag opening ``p`` (【李明】…, 李明：各位代表…) and where the text after it starts."""
    lay = load_layout()
    for pats, min_chars in ((lay.speaker_tags, 0), (lay.speaker_named, lay.named_min_chars)):
        for pat in pats:
            m = pat.match(p)
            if not m or not p[m.end() :].strip():
                continue
            name = m.group("name")
            if not lay.not_names.search(name) and (
                lay.salutation.match(p[m.end() :]) or _names_person(name, lay, min_chars)
            ):
                return name, m.end()
    return None


def title_speaker(line: str) -> tuple[str, str] | None:
    """A title led by its speaker's name and a colon (李明：在…上的讲话, as a news page heads a speech):
    the name, read as a speaker tag's is, and the title after it; None for any other line."""
    lay = load_layout()
    for pat in lay.speaker_named:
        m = pat.match(line)
        rest = line[m.end() :].strip() if m else ""
        if m and len(rest) >= TITLE_AFTER_SPEAKER and _names_person(m.group("name"), lay, lay.named_min_chars):
            return m.group("name"), rest
    return None


# A title after a speaker's name is a phrase at least this long (李明：在…的讲话), not a label's value.
TITLE_AFTER_SPEAKER = 6


def _names_person(name: str, lay, min_chars: int) -> bool:
    name = re.sub(r"\s", "", name)
    return len(name) >= min_chars and not lay.not_names.search(name) and bool(lay.person.match(name))


def sign_last(paras: list[str]) -> list[str]:
    """The paragraphs with a reporter's bracketed name taken off the end of the last one (…举行。（李明）)
    and put on a line of its own after it, where a byline stands (``name_tail``).  Not when earlier
    paragraphs end with a bracketed name too: a list of quotations, each with whose words it gives."""
    lay = load_layout()
    m = lay.name_tail.search(paras[-1]) if paras else None
    if m is None or not _names_person(m.group("name"), lay, 2) or any(map(lay.name_tail.search, paras[:-1])):
        return paras
    return [*paras[:-1], paras[-1][: m.start()], m.group("name")]


def names_person(line: str) -> bool:
    """The line is a byline naming a person: a byline's words (作者：…, 本报记者 …), an office and a
    name, a signing body, a speaker tag, a pupil's class and name, or a name that reads as a person's (a
    common surname)."""
    lay = load_layout()
    return bool(
        prefixed_byline(line, lay) or office_byline(line) or is_group(line) or speaker_line(line) or class_byline(line)
        or BYLINE_AFFIL_RE.match(line) and not OFFICE_NAME_RE.match(line)
        or _names_person(re.sub(r"^(?:作者[:：]\s*|文[/／]\s*)", "", line), lay, 0)
    )


def speech_speaker(p: str) -> str | None:
    """The speaker a speech subtitle names (李明同志的讲话 -> 李明), if it names one."""
    m = load_layout().speech.match(p)
    return m.groupdict().get("name") if m else None


def _one_short_sentence(p: str) -> bool:
    """A heading some texts close with 。 (一、坚持党的全面领导。): short, one sentence."""
    return char_width(p) <= TITLE_MAX and not re.search(r"[。！？；]", p.rstrip("。！？" + CLOSERS))


# An interview's numbered question (一、…将从哪几个方面发力？) heads the answer below it: one or two
# questions, no statement, up to this wide.
QUESTION_MAX = 100


def _questions(p: str) -> bool:
    """The paragraph is one or two questions and nothing else (an interview's question as a heading)."""
    s = p.rstrip(CLOSERS)
    return s.endswith(("？", "?")) and s.count("？") <= 2 and char_width(p) <= QUESTION_MAX and not re.search(r"[。！；]", p)


def heading_number(text: str) -> int:
    """The number of a 一、 heading at the start of ``text``, 0 when none."""
    m = HEADING_RE.match(text)
    return value_of(m.group(2)) if m else 0


def follows(last: int, n: int, after: int) -> bool:
    """Whether heading ``n`` is the next after heading ``last`` (0: none yet), ``after`` the number of the
    heading after it (0: none): the next number, a restart at 一、 (the next part's or article's), or a
    number one past the next when the one after it goes on from it (五、 七、 八、: the source skipped 六、)."""
    return n == last + 1 or n == 1 and last >= 2 or last >= 1 and n == last + 2 and after == n + 1


# A label heading names its section in a word or two (一、召开时间, 二、活动对象), as a notice's or a plan's
# outline does; this many em at most after its marker (a heading that says something runs longer).
LABEL_HEADING_MAX = 10


def label_heading(text: str) -> bool:
    """The line is a 一、 marker and a short label after it: word characters only, no punctuation."""
    m = HEADING_RE.match(text)
    rest = text[m.end():].strip() if m else ""
    return 0 < char_width(rest) <= LABEL_HEADING_MAX and re.fullmatch(r"\w+", rest) is not None


def label_slip(n: int, place: int, text: str, before: str, after: str | None) -> bool:
    """Whether heading ``n`` at ``place`` (1-based: the headings kept before it, plus one) is a source's
    numbering slip in an outline of label lines (一、二、四、三、四、 typed by hand): its number one off its
    place, and it, the heading kept before it and the next heading (if any) all label lines of one shape."""
    return place >= 2 and abs(n - place) <= 1 and label_heading(text) and label_heading(before) \
        and (after is None or label_heading(after))


def in_sequence(texts: list[str]) -> list[bool]:
    """For the 一、 heading lines of one body in order, whether each is in the headings' sequence:
    it ``follows`` the last one kept, or it is a ``label_slip`` of the source's numbering."""
    out: list[bool] = []
    last = place = 0
    before = ""  # the last heading kept
    for j, text in enumerate(texts):
        n = heading_number(text)
        nxt = texts[j + 1] if j + 1 < len(texts) else None
        kept = n > 0 and (follows(last, n, heading_number(nxt or "")) or label_slip(n, place + 1, text, before, nxt))
        if kept:
            last, place, before = n, 1 if n == 1 and last >= 2 else place + 1, text
        out.append(kept)
    return out
