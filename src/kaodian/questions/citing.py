"""How a stem says whose statement it is, in the short form a question writer uses (issue 12).

Human banks (../shared/reference) open a document's statement with 《…》提出，/《…》规定，, a report's
with …报告指出，, a speech's with 某某在某会议上的讲话指出，.  A blind teacher rejected
据《中共中央 国务院关于实施乡村振兴战略的意见》， (29 characters) before every stem of one document
(session 17): a source is said in at most ``prefix_max`` characters, shortened by steps.

- ``document_name`` names a document: 《title》, its national issuer dropped (《关于实施乡村振兴战略的
  意见》, 《2017年政府工作报告》), its main title before a break (——), else its issuer and kind;
- ``speech`` reads who spoke at which meeting from a speech's title (某某同志在…上的讲话) or its title and
  author (在…上的讲话 by 某某);
- ``prefix`` says the source of a call (…提出，要…), a fact (据《…》，…) or a speech's words (某某在…上
  强调，…), or "" when no form of it is short enough.

The patterns, forms and lengths are policy (anchors.yaml, section ``source``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Document
from ..text import bare_title, book_title
from .anchors import POLICY

_S = POLICY["source"]
PREFIX_MAX: int = _S["prefix_max"]
_FORMS: dict[str, str] = _S["forms"]
_NATIONAL = re.compile(_S["national_name"])
_SPEECH = re.compile(_S["speech_title"])
_MEETING_SPEECH = re.compile(_S["meeting_speech"])
_ISSUED = re.compile(_S["issued"])
_HEADLINES = tuple(re.compile(r) for r in _S["issuance_headline"])
_AUTHOR = re.compile(_S["speaker_name"])
_LEAD_YEAR = re.compile(r"^(?:19|20)\d\d年")
_PLACE_KINDS = tuple(_S["place_kinds"])


def national(title: str) -> str | None:
    """The national body (中共中央 国务院, 中央) ``title`` opens with before 关于 or a national report's
    kind, or None."""
    m = _NATIONAL.match(title.strip().strip("《》"))
    return m.group("body") if m else None


def without_national(title: str) -> str:
    """``title`` as a question writer names it, without the national body it opens with (中共中央 国务院关于
    …的意见 -> 关于…的意见, 某年中央政府工作报告 -> 某年政府工作报告); any other title as it is (``bare_title``)."""
    title = bare_title(announced_document(title))
    m = _NATIONAL.match(title)
    return (m.group("year") or "") + title[m.end() :] if m else title


def announced_document(title: str) -> str:
    """The document a headline or cover notice titled ``title`` announces (中共中央办公厅印发《某条例》,
    《某条例》全文, 关于印发《某规划》的通知 -> 某条例, 某规划), which a stem cites in its place (policy
    ``issuance_headline``); any other title as it is."""
    bare = title.strip()
    return next((m["doc"] for r in _HEADLINES if (m := r.match(bare))), title)


def _balanced(text: str) -> bool:
    """Whether every quotation mark and bracket opened in ``text`` is closed there (a main title cut at a
    —— inside a quotation is no title: 研究生院“激发办学潜能共同行动)."""
    return all(text.count(a) == text.count(b) for a, b in ("“”", "《》", "（）", "()"))


def document_name(title: str, body: str, most: int) -> str | None:
    """How a stem names the article titled ``title`` of issuer ``body`` in at most ``most`` characters:
    《title》 (a national issuer dropped: 《关于实施乡村振兴战略的意见》), its main title before a break (——,
    丨) when that is short, else its issuer and kind (某大学通报), else None."""
    title = without_national(title)
    if len(title) + 2 <= most:
        return book_title(title)
    for brk in _S["title_breaks"]:
        main = title.split(brk, 1)[0].strip()
        if brk in title and 4 <= len(main) and len(main) + 2 <= most and _balanced(main):
            return book_title(main)
    kind = next((k for k in _S["document_kinds"] if title.endswith(k)), None)
    return f"{body}{kind}" if kind and body and len(body + kind) <= most else None


@lru_cache(maxsize=64)
def speech(title: str, author: str) -> tuple[str, str] | None:
    """Who gave the speech titled ``title`` and at which meeting ("" when the title names none):
    (李某某同志, 某次会议) from 李某某同志在某次会议上的讲话, (李某某同志, "") from 李某某同志的讲话摘要, (某某,
    某次会议) from 在某次会议上的讲话 by ``author`` 某某.  None: no one person's speech."""
    title = title.strip().strip("《》")
    if m := _SPEECH.match(title):
        return m.group("speaker"), m.group("meeting") or ""
    author = re.sub(r"\s+", "", author or "")
    if (m := _MEETING_SPEECH.match(title)) and _AUTHOR.fullmatch(author):
        return author, m.group("meeting")
    return None


def meeting_speech(title: str) -> bool:
    """Whether ``title`` names a speech by its meeting alone (在某次会议上的讲话): whose it is, its byline says."""
    return _MEETING_SPEECH.match(title.strip().strip("《》")) is not None


def issued_by(doc: Document, article_id: str) -> str | None:
    """The title of the notice in ``doc`` that issues the article ``article_id`` (…关于印发《某措施》的通知
    before the 某措施 it prints), or None: the attachment is that notice's issuer's text."""
    art = next((a for a in doc.articles if a.id == article_id), None)
    if art is None or not art.title:
        return None
    own = art.title.strip().strip("《》")
    for a in doc.articles:
        if a.id != art.id and a.title and (m := _ISSUED.search(a.title.strip())) and m.group("doc") == own:
            return a.title.strip()
    return None


def _said(form: str, **values: str) -> str:
    return _FORMS[form].format(**values)


def prefix(kind: str, *, title: str = "", body: str = "", place: str = "", talk: tuple[str, str] | None = None,
           by: str = "") -> str:
    """The source said before a statement of ``kind`` (call: what a text calls for or sets out, 要…, 建立…;
    fact: what it reports), at most PREFIX_MAX characters, or "" when no form is that short.

    A speech (``talk``: speaker and meeting) says 某某在某会议上强调，/ 指出，, else 某某讲话强调，; a document
    says 《name》提出，(a call) or 据《name》，(a fact); a call of a document no name fits says its ``place``
    (杭州市提出，); ``place`` also goes before a name that does not hold it (四川省《某措施》提出，), ``by`` (the
    author of one of several same-titled articles) before the name: 某某的《2025年度述职报告》."""
    if talk:
        speaker, meeting = talk
        verb = "speech_call" if kind == "call" else "speech"
        for candidate in ((meeting, _LEAD_YEAR.sub("", meeting)) if meeting else ()):
            if candidate and len(said := _said(verb, speaker=speaker, meeting=candidate)) <= PREFIX_MAX:
                return said
        said = _said(f"{verb}_short", speaker=speaker)
        return said if len(said) <= PREFIX_MAX else ""
    room = PREFIX_MAX - len(_said(kind, name=""))
    name = document_name(title, body, room) if title else None
    if name and place and place not in name and name.startswith("《") and len(place) + len(name) <= room:
        name = place + name
    if name and by:
        name = f"{by}的{name}"  # (one of several same-titled articles: whose, even past prefix_max)
    if name:
        return _said(kind, name=name)
    # (a place's measures under a title too long to quote: 杭州市提出，; never a news report's: 某省各地…活动)
    if kind == "call" and place and title.strip().strip("《》").endswith(_PLACE_KINDS):
        return _said("place", place=place)
    return ""


def is_title(stem: str, answers: tuple[str, ...], title: str) -> bool:
    """Whether ``stem``, its blanks filled with ``answers``, is the work's title itself: a part of the title, its
    main title (the words before a break, ``title_stem_min`` characters at least) with at most ``title_stem_extra``
    more, or a stem holding the main title as ``title_stem_share`` of it at least (anchors.yaml ``source``).  (A
    call of the essay that only mentions the title's words, 必须在一切工作中坚持人民至上，把…, is its own and keeps
    its source.)"""
    whole = re.sub(r"\s", "", title.strip().strip("《》"))
    main = re.split(r"\s|——", title.strip().strip("《》"))[0]
    if len(main) < _S["title_stem_min"]:
        return False
    fill = iter(answers)
    flat = re.sub(r"\s", "", re.sub(r"_{2,}", lambda _: next(fill, ""), stem)).rstrip("。！；，")
    return (flat in whole or flat.startswith(main) and len(flat) - len(main) <= _S["title_stem_extra"]
            or main in flat and len(main) >= _S["title_stem_share"] * len(flat))
