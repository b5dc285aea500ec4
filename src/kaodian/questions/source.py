"""Statements that say whose they are (issue 12, deliverable 4): 《title》提出，… or 据《title》，year，…

Blind teacher reviews graded B, most often of all, a stem cut from one place's or one body's report,
speech or notice that does not say whose statement it is or of which year: 建立…评价机制。 (whose?),
地区生产总值增长______ (where, which year?), 全省上下… (which province?).  A teacher prints it once the
stem opens with its source: 据《2025年某省政府工作报告》，2024年，地区生产总值增长______.

- ``issuer`` reads the place, institution or national body an article's title opens with; an article
  with none that is no one person's speech (a theory article, the Party Constitution) states general
  doctrine and is never sourced;
- ``sourced`` puts the source (citing.py: its short form) and the year or period a review section speaks
  of (``timeframe.time_frame``) before a statement that is the text's own: a task with no subject, a figure, a call,
  the issuer's own body (全省, 学校);
- ``item_end`` ends a stem before the next item of a list it runs on into (…；二是要在…发挥作用);
- ``back_pointer`` says why a statement that points back (通过以上4个机制, 这里…, 作这些修改，…, 之后，…)
  is not asked: no source names what it points at;
- a statement of what a document does, in a text that explains it (…就《某章程（修正案）》答记者问: 将…修改为…),
  is said of that document (《某章程（修正案）》将…).

The word lists and lengths are policy (anchors.yaml, section ``source``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..rules import load_rules
from ..model import Article, Document
from ..text import book_title
from .. import segment
from . import citing
from .anchors import PLACE, POLICY, text_year
from .vocab import alternation, load_vocab
from .voice import unframed
from .timeframe import names_period, present_years, review_cue, review_year, reviews, time_frame  # (present_years, review_year: read from here by others)

_S = POLICY["source"]
# what ends the name of a charter, a regulation or a notice (anchors.yaml ``document_words``)
_DOCUMENT_WORDS = tuple(POLICY["document_words"])
KINDS = frozenset(_S["kinds"])
_LEAD_YEAR = re.compile(r"^(?:(?:19|20)\d\d年(?:度)?)")
_INSTITUTIONS = sorted(_S["institutions"], key=len, reverse=True)
# an issuer opening a title: an institution (某某大学, 某学院) or a place (某某省, 某市) of 2 to 8 characters
_INSTITUTION = re.compile(f"^[\u4e00-\u9fff]{{0,8}}?(?:{'|'.join(_INSTITUTIONS)})")
_FIGURE = re.compile(_S["figure"])
_SUBJECTLESS = frozenset(_S["subjectless_tags"])
_IDIOM = frozenset(_S["subjectless_idiom"])
_OPENERS = tuple(_S["subjectless_openers"])
# 全省上下… / 过去一年，全省上下… : the issuer's own body opening a clause
_OWN_BODY = re.compile(f"(?:^|(?<=[，；：]))(?:{'|'.join(_S['own_body'])})")
# the first characters of those bodies (None if one is empty): a stem holding none is not searched
_OWN_FIRSTS = None if not all(_S["own_body"]) else frozenset(w[0] for w in _S["own_body"])
# 以上 / 上述 / 这里 pointing back, not a quantity's 以上 (10万元以上, 县级以上)
_BACK = re.compile("|".join(f"(?:{p})" for p in _S["back_pointers"]))
_QUOTE = re.compile(r"“[^“”]*”")
# a word every pattern of back_pointers holds (tests/test_stem_source.py checks it): most statements hold none
_BACK_WORDS = tuple(_S["back_words"])


@lru_cache(maxsize=64)
def issuer(title: str) -> str | None:
    """The place or institution ``title`` opens with (2025年江宁省政府工作报告 -> 江宁省, 中共某大学委员会关于…
    -> 某大学, 某学院：… -> 某学院), or None: a title that opens with neither is no one body's text."""
    head = _LEAD_YEAR.sub("", title.strip().strip("《》"))
    if _NATIONAL_REPORT.match(head):
        return _S["national_issuers"][0]  # (某某作的政府工作报告（摘登）: the national government's)
    if body := next((n for n in _S["national_issuers"] if head.startswith(n)), None) or citing.national(title):
        return body  # (中共中央 国务院关于…的意见, 某年中央政府工作报告: a national document)
    for opener in _S["issuer_openers"]:
        head = head.removeprefix(opener)
    # (a title that opens with a verb opens with no body: 推进城市治理…, 加强学院建设…; a place's first word
    # is a place name: 江宁|省, not 加快|东部|地区)
    if (m := _INSTITUTION.match(head)) and not segment.tag(m.group())[0][1].startswith("v"):
        return m.group()
    if (m := PLACE.match(head)) and segment.tag(m.group())[0][1] == "ns":
        return m.group()
    return next((p for p in load_vocab().provinces if head.startswith(p)), None)


def short_name(title: str, author: str | None = None) -> str:
    """How a list question names the article titled ``title`` (``source`` in templates): 《title》一文 when
    short, 《its main title before a break》一文, its issuer and kind (某大学通报), else 《title》一文 whole;
    "" untitled.  ``author`` (``twin_author``) goes before it when the title alone does not say which
    article: 某某的《title》一文."""
    if not title:
        return ""
    name = citing.document_name(title, issuer(title) or "", _S["title_max"] + 2) or book_title(title)
    name = f"{name}一文" if name.startswith("《") else name
    return f"{author}的{name}" if author else name


def twin_author(doc: Document, article_id: str) -> str | None:
    """The author of the article ``article_id`` when another article of ``doc`` bears the same title (three
    writers' 2025年度述职报告 in one text: a blind teacher could not tell whose a stem meant), else None."""
    art = next((a for a in doc.articles if a.id == article_id), None)
    if art is None or not art.title or not art.author:
        return None
    title = art.title.strip().strip("《》")
    twins = any(a.id != art.id and a.title and a.title.strip().strip("《》") == title for a in doc.articles)
    return art.author.strip() if twins else None


def own_review(doc: Document, article_id: str, heading: str | None) -> bool:
    """Whether a sentence under ``heading`` of the article ``article_id`` tells the issuer's own past year: the
    article's title opens with a place or body (``issuer``: 2025年某省政府工作报告) and the heading, else the
    title, reviews (``review_cue``: 2024年工作回顾, or a section opening 2025年是…。一年来，…).  Its figures are that body's statistics of the year."""
    title = next((a.title for a in doc.articles if a.id == article_id), None) or ""
    return bool(title) and issuer(title) is not None and review_cue(doc, article_id, heading, title)


def _needs_source(stem: str, figureless: bool = False) -> bool:
    """Whether a statement leans on whose it is: a clause opens with the issuer's own body (全省…), a word
    the segmenter tags as a verb, adverb, preposition or conjunction (no subject), or holds a figure.
    ``figureless``: the stem is known to hold no figure (``sourced`` searched it already)."""
    if _owns(stem) or (not figureless and _FIGURE.search(stem)):
        return True
    return subjectless(stem[:8]) and not _general(stem)


# 学习本领是…, 实施乡村振兴战略，是…: a statement defining what its opening verb phrase names
_DEFINES = re.compile(f"^[^，；。：]*(?:，)?(?<![{_S['not_copula_after']}])是")
_CLAUSE = re.compile("[，；]")


def _general(stem: str) -> bool:
    """Whether a statement that opens with no subject still states no one text's measure: it defines what
    its opening verb phrase names (学习本领是领导干部必须具备的第一位本领), or tells a named subject's act
    after an opening frame (在国家经济困难时期，刘少奇同志…; 从此，…).  A call (要…) never is."""
    if stem.startswith(_CALL_OPENERS):
        return False
    if _DEFINES.match(stem):
        return True
    clauses = _CLAUSE.split(stem, maxsplit=2)
    if len(clauses) < 2 or not clauses[1]:
        return False
    tags = segment.tag(clauses[1][:8])
    return bool(tags) and tags[0][1] in _SUBJECT_TAGS and tags[0][0] not in _S["own_body"]


_SUBJECT_TAGS = frozenset(_S["framed_subject_tags"])


def calls(stem: str) -> bool:
    """Whether a clause of ``stem`` calls for something: its first word is a call word (``call_words``: 要…,
    必须…; not 要求…), or its subject of a few nouns or pronouns is followed by one (全党同志要…, 全市各级
    党组织要…, 我们就要…)."""
    for clause in _CLAUSE.split(stem):
        if clause.startswith(_LONG_CALLS):
            return True
        for word, tag in segment.tag(clause[:12])[: _S["call_subject_words"] + 1]:
            if word in _CALL_WORDS:
                return True
            if tag[:1] not in _S["call_subject_tags"]:
                break
    return False


@lru_cache(maxsize=4096)
def subjectless(opening: str) -> bool:
    """Whether the segmenter tags the first word of ``opening`` as a verb, adverb, preposition, conjunction
    or idiom, or it opens with a manner word (``subjectless_openers``: 全面…, 大力…).  Cached: the statements of one sentence open alike (two in three calls repeat one)."""
    if opening.startswith(_OPENERS):
        return True
    tags = segment.tag(opening)
    return bool(tags) and (tags[0][1] in _SUBJECTLESS or tags[0][1][:1] in _SUBJECTLESS or tags[0][1] in _IDIOM)


_REPORTED = re.compile(_S["reported_speech"])


def _task(stem: str) -> bool:
    """Whether ``stem`` sets out a task with no subject: it opens with a manner word (``subjectless_openers``:
    全面…, 继续…) or a verb among the governing words of the concept rules (坚持…, 推进…, 实施…; not 在…)."""
    if stem.startswith(_OPENERS):
        return True
    # (the governing words hold prepositions too, 在…: only a verb opens a task)
    tags = segment.tag(stem[:8])
    return (bool(tags) and tags[0][1].startswith("v") and tags[0][0] in load_rules().concepts.governing
            and not _general(stem))


def _work(title: str, art: Article | None, doc: Document) -> bool:
    """Whether an article that no body issued and no one named speaks is a work whose own words are sourced as a
    speech's are, by its title (《论…》指出，; session 20's blind teachers: 未注明出处《…》)."""
    # (a charter's or a regulation's rules are read as the rules, 本条例 aside: 党章's every 必须 is no one's call)
    # (nor a speech titled by its meeting that names no speaker: no one person's, tests/test_stem_source.py)
    # (and only a signed article or a document's one text: a study outline's parts, 第一部分…, are no works)
    return (bool(title) and _S["works_sourced"]
            and not title.strip().strip("《》").endswith(_DOCUMENT_WORDS) and not citing.meeting_speech(title)
            and (bool(art and art.author) or len(doc.articles) == 1))


def sourced(stem: str, doc: Document, article_id: str, title: str, heading: str | None, answers: tuple[str, ...] = (),
            at: int = -1, judged: bool = False) -> str:
    """``stem`` opened with its source where it needs one, in a question writer's short form (citing.py):
    《关于…的意见》提出，建立…; 据《2031年某省政府工作报告》，2030年，地区生产总值增长______; 某某在某会议上
    强调，要….  A statement of a document some place, institution or national body issued, or of one
    person's speech, is sourced when it has no subject, holds a figure or the issuer's own body (全省, 我们),
    or stands in the issuer's review of its own past (``own_review``), or is asked true/false (``judged``) and is
    no general doctrine (``_general``); a review's facts also say the year
    or period they are of (``time_frame``; ``at``: where the sentence starts in the text).  General
    doctrine (a subject of its own: 党的基本路线是…) is not sourced, nor a true/false statement (``judged``)
    of a speech: a changed statement is never put in a named speaker's mouth (某某指出，<a falsehood>).  A
    source holding an answer would give it away: then the stem stays as it is."""
    if title and (subject := _explained(title)) and _acts(stem) and not any(a and a in subject for a in answers):
        return subject + stem  # (the document the text explains does what the statement tells: 《…》将…)
    art = next((a for a in doc.articles if a.id == article_id), None)
    talk = citing.speech(title, (art.author if art else None) or "") if title else None
    notice = citing.issued_by(doc, article_id) if title else None
    # (an attachment a notice prints is its issuer's: 某省人民政府办公厅关于印发《某措施》的通知)
    body = (issuer(title) if title else None) or (issuer(notice) if notice else None)
    work = talk is None and body is None and _work(title, art, doc)
    if stem.rstrip("”’").endswith("！"):
        return stem  # (an address, 祝…！, 向…表示诚挚感谢！, states nothing to learn of whose it is)
    # (a figure asked for is a figure of the statement: 地区生产总值增长______ with 6.8% to fill in)
    figure = bool(_FIGURE.search(stem)) or any(_FIGURE.search(a) for a in answers)
    needs = figure or _needs_source(stem, figureless=True)  # (no figure: its search above found none)
    if (talk or work) and judged:
        return stem
    if talk:
        # (a speech's words are its speaker's when they call for something, hold a figure or the speaker's
        # own body, or set out a task with no subject; its narrative and doctrine are no one speech's)
        needs = figure or _owns(stem) or calls(stem) or (subjectless(stem[:8]) and not _general(stem))
    elif work and citing.is_title(stem, answers, title):
        needs = False  # (the title asked as a statement names itself: no 《坚持…》提出，坚持…)
    elif work and _REPORTED.search(stem):
        needs = False  # (whose words they are the stem says: 习近平总书记…指出，要…)
    elif work:
        # (an essay's narrative opens with no subject as often as its tasks do, 用一句大白话来说…: only a task
        # said by a governing verb or a manner word is its own, 继续实施…, 坚持…)
        needs = figure or _owns(stem) or calls(stem) or _task(stem)
    # (a statement of the issuer's review of its own year says whose and which year whatever it opens with:
    # 结构性矛盾较为突出…, 城乡低保…标准连续18年提高 are that province's, a blind teacher's B, session 11)
    needs = needs or (body is not None and own_review(doc, article_id, heading))
    # (and a statement under its plan's heading is what it sets out, unless it has a subject of its own)
    planned = body is not None and any(w in (heading or "") for w in _S["plan_words"]) and not _general(stem)
    needs = needs or planned
    # (a true/false statement of an issuer's document is that document's claim, plan or figure, to be judged against
    # it, wherever it stands and whatever it opens with, unless it defines or tells general doctrine (``_general``):
    # a report's claim or measure under a heading of no plan, copied true without a source, cannot be judged without
    # the text, session 20's blind teachers: 没有出处，…不看原文也无从判断真假)
    needs = needs or (judged and body is not None and not _general(stem))
    if not needs:
        return stem
    frame = None if talk or work else time_frame(stem, doc, article_id, heading, title, at, figure, body is not None)
    # (a document's statement outside a review is what it sets out: 提出，; a review's is a fact it reports:
    # 据…，; a speech calls for what opens with a call word, 强调，要…, and says anything else, 指出，)
    if talk:
        kind = "call" if calls(stem) else "fact"
    elif work:
        kind = "call" if calls(stem) or _task(stem) else "says"
    elif review_cue(doc, article_id, heading, title):
        kind = "fact"
    else:
        # (a task, call or target is what the document sets out, 提出，; any other statement of its own
        # subject, 我们有…的制度优势, what it says, 指出，)
        kind = "call" if figure or planned or stem.startswith(_CALL_OPENERS) or subjectless(stem[:8]) else "says"
    lead = ""
    if talk or body or work:
        place = "" if body is None or _national(title, body) else body
        lead = citing.prefix(kind, title=_report_name(doc, article_id, title), body=body or "", place=place,
                             talk=talk, by=twin_author(doc, article_id) or "")
    year_kept = figure and body is not None and _plan_year_kept(frame, doc, article_id, heading)
    if frame and ((frame in lead and not year_kept) or any(_holds(frame, a) for a in answers)):
        # (the plan of the year the title names: 据《2031年…报告》，全年…, not …》，2031年，全年…; a period
        # asked for is not said: “______”时期，全省…)
        frame = None
    prefix = lead + (f"{frame}，" if frame else "")
    if not prefix or any(_holds(prefix, a) for a in answers):
        return stem
    return prefix + stem


def _plan_year_kept(frame: str | None, doc: Document, article_id: str, heading: str | None) -> bool:
    """Whether a plan's figure keeps its year although the title names it: the text sets targets of a period too
    (policy plan_year_beside_period), so 2026年 tells which of the two plans the figure is of."""
    return (frame is not None and any(w in (heading or "") for w in _S["plan_words"]) and _S["plan_year_beside_period"]
            and re.fullmatch(r"\d{4}年", frame) is not None and names_period(doc, article_id))


def _holds(prefix: str, answer: str) -> bool:
    """Whether a source ``prefix`` says ``answer`` (and would give it away): a figure only as a whole number, so
    6年 is not said by 《2026年…报告》 nor 5% by 15%."""
    if not answer:
        return False
    if not answer[0].isdigit():
        return answer in prefix
    return re.search(rf"(?<![\d.]){re.escape(answer)}", prefix) is not None


_NATIONAL_REPORT = re.compile(_S["national_report"])


def _report_name(doc: Document, article_id: str, title: str) -> str:
    """The title a stem names: a national government work report under a digest's title (某某作的政府工作报告
    （摘登）…) by its year, 2024年政府工作报告, as a question writer names it; any other title as it is."""
    if _NATIONAL_REPORT.match(_LEAD_YEAR.sub("", title.strip().strip("《》"))) and (year := text_year(doc, article_id)):
        if place := congress_place(doc, article_id):
            return _S["local_report_name"].format(year=year, place=place)
        return _S["national_report_name"].format(year=year)
    return title


_LOCAL_CONGRESS = re.compile(_S["local_congress"])


def congress_place(doc: Document, article_id: str) -> str | None:
    """The place whose people's congress the article ``article_id`` was given at, as its title block says
    (——某年某月某日在某某省第十四届人民代表大会第五次会议上 -> 某某省), or None (the national congress, or none named)."""
    for i, a in enumerate(doc.articles):
        if a.id == article_id:
            before = doc.articles[i - 1].end if i else 0
            block = doc.text[max(before, a.start - POLICY["title_block_max"]) : a.start]
            m = _LOCAL_CONGRESS.search(re.sub(r"\s", "", block))
            return m.group("place") if m else None
    return None


def _national(title: str, body: str) -> bool:
    """Whether ``body`` is a national issuer (中共中央 国务院, 中央政府): the country, no place to say."""
    return body in _S["national_issuers"] or citing.national(title) is not None


def _owns(stem: str) -> bool:
    """Whether a clause of ``stem`` opens with the issuer's own body (全省…, 我们…)."""
    return (_OWN_FIRSTS is None or any(c in stem for c in _OWN_FIRSTS)) and bool(_OWN_BODY.search(stem))


_EXPLAINED = re.compile(_S["explained_title"])
_FRAMES = frozenset(_S["frame_openers"])
_ACTS = frozenset(_S["document_acts"])
_LONG_ACTS = tuple(a for a in _ACTS if len(a) > 1)


@lru_cache(maxsize=64)
def _explained(title: str) -> str | None:
    """The document (in 《》) a text titled ``title`` explains (…就《某章程（修正案）》答记者问), or None."""
    m = _EXPLAINED.search(title.strip())
    return f"《{m.group('doc')}》" if m and not title.strip().startswith("《" + m.group("doc")) else None


def _acts(stem: str) -> bool:
    """Whether ``stem``'s first clause that opens with no frame (在…中，, 根据…，) opens with an act of a
    document (将…修改为…, 增写…): a statement of what the explained document does, with no subject."""
    for clause in re.split("[，；]", stem):
        words = segment.cut(clause[:6])
        if not words:
            return False
        if words[0] in _FRAMES and len(clause) > len(words[0]) + 1:
            continue
        return words[0] in _ACTS or clause.startswith(_LONG_ACTS)
    return False


_NEXT_ITEM = re.compile(_S["next_item"])
_CALL_OPENERS = tuple(_S["call_openers"])
_CALL_WORDS = frozenset(_S["call_words"])
_LONG_CALLS = tuple(w for w in _CALL_WORDS if len(w) > 1)
_BLANKS = ("______", "（　　）")


def item_end(stem: str) -> str:
    """``stem`` ended before the next item of a list it runs on into (…，择优录取；二是要在…发挥作用。 ->
    …，择优录取。) when no blank stands in that item; otherwise as it is."""
    m = _NEXT_ITEM.search(stem)
    if not m or any(b in stem[m.start() :] for b in _BLANKS) or not any(b in stem[: m.start()] for b in _BLANKS):
        return stem
    return stem[: m.start()] + "。"


def back_pointer(statement: str) -> str | None:
    """Why a statement is not asked when a clause of it points back at what the text said before
    (通过以上4个机制…, 3年来，这里打造…, 作这些修改，…, 之后，…): no source says what that was.  None otherwise."""
    # (only a statement holding one of _BACK_WORDS is searched: the patterns are tried at every character)
    if any(w in statement for w in _BACK_WORDS) and (m := _BACK.search(_QUOTE.sub("“”", statement))):
        return f"题干里的“{m.group()}”指的是前文，题中没有"
    return None


_P = _S["pointing"]
_TIME_OPENERS = tuple(_P["time_openers"])
_POINTING = re.compile(f"(?<![{POLICY['not_after']}])({alternation(tuple(_P['demonstratives']))})")
# the first characters of the demonstratives: a statement holding none is not searched (most hold none)
_POINTING_FIRSTS = frozenset(w[0] for w in _P["demonstratives"])
_HAN = re.compile("[\u4e00-\u9fff]+")


def pointing(statement: str) -> str | None:
    """Why ``statement`` (a stem as ``compose`` says it, before its source) leans on what the text said before it, or None: it opens with a word of time
    that follows on from it (之后，党中央…), or a demonstrative and its noun point at it (作这些修改，…,
    认识这一问题, 参与此次活动) and nothing in the stem says what they point at (anchors.yaml
    ``source.pointing``)."""
    if statement.startswith(_TIME_OPENERS):
        w = max((w for w in _TIME_OPENERS if statement.startswith(w)), key=len)
        # (a word of its own: 之后，… / 之后的工作…, not 此前所未有)
        if statement[len(w) : len(w) + 1] in "，、" or segment.cut(statement[:8])[0] == w:
            return f"题干以“{w}”开头，接着前文说，不知指的是什么时候"
    if _POINTING_FIRSTS.isdisjoint(statement):
        return None
    bare = _QUOTE.sub("“”", unframed(statement))  # (a frame the stem drops points at nothing: voice.revoiced)
    for m in _POINTING.finditer(bare):
        before, after = bare[: m.start()], bare[m.end() :]
        noun = after[: _P["noun_chars"]]
        # (a quotation after it says what it is; a blank, a clause's end or a measure word after it
        # names no noun: 由这一级…)
        if after.startswith("“") or not _HAN.fullmatch(noun) or noun[0] in _P["measures"] or noun in before:
            continue
        if _told_before(before) or _apposed(before) or re.split("[，。；：]", after, maxsplit=1)[0].endswith(_KNOWN):
            continue
        return f"题干里的“{m.group()}{noun}”指的是前文，题中没有"
    return None


def _told_before(before: str) -> bool:
    """Whether the clauses of the stem before the demonstrative's own say enough to be what it points
    at (……遭遇了资源要素、生态环境的双重制约，我们把这种情况叫作…), not a frame (实践证明，这些…)."""
    clause = re.split("[，。；：（(]", before)[-1]
    return len(_HAN_CHAR.findall(before[: len(before) - len(clause)])) >= _P["antecedent_min"]


_HAN_CHAR = re.compile("[\u4e00-\u9fff]")
_KNOWN = tuple(_P["known_heads"])


def _apposed(before: str) -> bool:
    """Whether a demonstrative after ``before`` names what it points at: it stands in apposition after
    its noun (自我革命这一…, 抓住就业这一…, 践行司法为民这个宗旨) rather than opening its clause (实践证明，这些…,
    通过这次…) or being the object of the clause's first verb (作这些修改, 认识这一问题, 参与此次活动)."""
    clause = re.split("[，。；：（(]", before)[-1]
    if clause and clause[-1] in "”’》":
        return True  # (after a quoted term: “四个全面”这个…)
    tags = [(w, t) for w, t in segment.tag(clause[-12:]) if w not in _MODALS]
    if not tags or all(t[:1] in _LEADS for _, t in tags) or tags[-1][0] in _P["possessives"]:
        return False  # (nothing but prepositions, adverbs and conjunctions before it; or whose it is: 某某的这个报告)
    if tags[-1][1][:1] == "p":
        # (its preposition after a named subject says what that subject does with what it sums up: 浙江把这些
        # 理念贯穿…; after a verb or alone, it leans on it: 决定把这样的党员除名, 把这些…)
        return len(tags) > 1 and tags[-2][1][:1] == "n" and tags[-2][0] in clause[:4]
    if len(tags) == 1 and tags[0][1][:1] != "n":
        return False  # (a clause that opens with its verb: 充实这些内容，…)
    if tags[-1][1][:1] != "v":
        return True
    # (the verb before it is the clause's first: the demonstrative is its object)
    return any(t[:1] == "v" for _, t in tags[:-1])


_MODALS = frozenset(_P["modals"])
_LEADS = frozenset(_P["lead_tags"])
