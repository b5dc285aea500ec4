"""Stems in the voice of their source (issue 12, deliverable 4): said without the speaker, or not asked.

A sentence of a speech, an interview or a meeting report leans on who speaks in it. Blind teacher
reviews rejected stems that keep that lean:

- 我们要… / 40年来，我们始终坚持…: the stem says it as a question writer does (要…, 始终坚持…);
- 我 (我讲三点, 使我深刻感悟到…) and 我省 the text does not place: the speaker speaking, not asked;
- 潘某：… / 采访组：…: an interview's tag goes; an interviewer's question (请您…) is not asked;
- 习书记, 王部长: the person the text names in full (习近平同志), else not asked;
- 会议强调… with no meeting named: the title names it when the document is its communiqué, else not asked;
- 以下几点 / 下列 / 如下 in a statement, pointing at what the stem does not show: not asked;
- a verbless 从……到…… cut, and a cut stem whose last clause is a frame (为维护______……) the cut
  part governs: not asked.

``revoiced`` repairs a stem; ``unvoiced`` says why one cannot be repaired. The word lists are policy
(anchors.yaml, section ``voice``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import Document
from .anchors import POLICY, local_place
from .vocab import load_vocab

_V = POLICY["voice"]  # anchors.yaml, read once by anchors
_MEETING_DOCUMENTS = tuple(_V["meeting_documents"])
_WE_BEFORE = tuple(_V["we_before"])
_WE_KEEP = tuple(_V["we_keep_adverbs"])
_OPEN_FRAMES = tuple(_V["open_frames"])
_BACK_FRAME = re.compile(_V["back_frame"])
_POINTING_FRAME = re.compile(_V["pointing_frame"])
_SUMMING_UP = tuple(_V["summing_up"].items())
_KNOWN_HEADS = tuple(POLICY["source"]["pointing"]["known_heads"])


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_CLAUSE_START = r"(?:^|(?<=[，。；：！？…]))"
_QUOTE = re.compile(r"“[^“”]*”")
# 我们 opening a clause before what the text asks of everyone (我们要…), not 我们党 / 我们的
# 我们 opening the stem before what the text asks of everyone (我们要…), not 我们党 / 我们的; after an opening
# clause it stays (毫无疑问，我们仍然坚持…: teacher review, 题干删去了主语“我们”，读来不通)
_WE_ANY = re.compile("^我们(?![党的])")
# any 我们 but 我们党 in a list's lead: a locator in the speaker's voice (决定了我们能成就…)
_WE_LEAD = re.compile("我们(?!党)")
# the speaker's own 我 as a subject (我讲三点, 这里，我简单提…), an object (使我深刻感悟到) or an owner
# (我的理解): not 我国/我党/我们, not inside a word (自我, 大我) or a set phrase's parallel (民有所呼、我有所应)
_I = re.compile(
    f"(?:(?:^|(?<=[，。；：！？“]))|(?<=[{_V['object_before']}]))我(?![{_V['collective_after']}])|(?<![{_V['word_before']}])我的"
)
_OWN_PLACE = re.compile(f"(?<![{_V['word_before']}])我({_alt(_V['own_places'])})(?![场域间别级委政长内外])")
_TITLE = re.compile(f"(?<![{_V['title_not_after']}])([{_V['surnames']}])({_alt(_V['titles'])})")
_TITLE_WORDS = tuple(_V["titles"])
# whether a stem says one of them at all, one regex search in C (a generator of substring tests cost twice
# a hundredth of generation: every stem is read by revoiced and unvoiced)
_TITLE_WORD = re.compile("|".join(map(re.escape, _TITLE_WORDS))) if _TITLE_WORDS else re.compile("(?!)")
_TAG = re.compile(r"^([\u4e00-\u9fff]{1,4})[：:]")
_MEETING = re.compile(f"{_CLAUSE_START}(?:本次|这次|此次)?({_alt(_V['meeting_words'])})(?={_alt(_V['meeting_verbs'])})")
# a bare 大会 / 全会 opening a clause (10月22日，大会全体会议…), not 大会堂 or 全会精神's compound
_BARE_MEETING = re.compile(f"{_CLAUSE_START}({_alt(_V['bare_meetings'])})(?![堂场])")
_MEETING_NAME = re.compile(_V["meeting_names"])
_NUMERALS = re.compile("[一二三四五六七八九十]+")
_BELOW_WORDS = [w for w in _V["points_below"] if w != "以下"]
# 以下 points below when it counts or names what follows (以下几点, 以下工作, 以下：), not in 以下简称,
# 县级以下 or 10万元以下
_BELOW = re.compile(
    f"(?:{_alt(_BELOW_WORDS)})|(?<![\\d级岁元户人个名])以下(?:[几一二三四五六七八九十两]+|______)?的?"
    "(?:个|项|点|条|方面|工作|内容|要求|原则|情形|措施|任务|问题|意见|基本|[：:。])"
)
_FROM_TO = re.compile(r"^从[^，。；！？]*到[^，。；！？]*$")
_BLANKS = ("______", "（　　）")


@lru_cache(maxsize=64)
def _full_names(text: str) -> Counter[str]:
    """The people a text names in full before 同志 or 总书记 (习近平同志), with how often: two and
    three characters before the title, so either length of name is there."""
    names: Counter[str] = Counter()
    for n in (2, 3):
        names.update(m.group(1) for m in re.finditer(f"(?=([\u4e00-\u9fff]{{{n}}})(?:同志|总书记))", text))
    return names


def person(text: str, surname: str) -> str | None:
    """The one person ``text`` names in full (习近平同志) whose name opens with ``surname``, the most
    often named when several do; None when none does."""
    fit = [(c, name) for name, c in _full_names(text).items() if name[0] == surname]
    return max(fit)[1] if fit else None


def leans(lead: str) -> bool:
    """Whether a list's lead locates nothing for a reader: it speaks as its speaker (我简单提三点要求, 使我…;
    not 我国, 我们党) or points back (对这样的干部，…), outside quotations."""
    bare = _outside_quotes(lead)
    return bool(
        _I.search(bare) or _WE_LEAD.search(bare) or any(w in bare for w in _V["lead_pointers"])
    )


def _outside_quotes(stem: str) -> str:
    """``stem`` with its quotations emptied: a quotation speaks in its own voice."""
    return _QUOTE.sub("“”", stem)


def _interview_tag(stem: str) -> str | None:
    """The tag an interview's line opens with (潘某：, 采访组：), or None."""
    m = _TAG.match(stem) if ("：" in stem[:5] or ":" in stem[:5]) else None  # (a tag is at most four characters)
    if not m:
        return None
    tag = m.group(1)
    if tag in _V["interview_roles"]:
        return m.group()
    from .. import segment

    tags = segment.tag(tag)
    return m.group() if len(tags) == 1 and tags[0][1].startswith("nr") else None


def _own_place(doc: Document, article_id: str, unit: str) -> str | None:
    """The place a speech calls 我``unit``: the one its title block names (local_place), else for 我省
    the province the text names most, when it names it often and far more than any other."""
    place = local_place(doc, article_id, unit)
    # a title's 在全省…会议 opens with no place: a place's name holds none of these words
    if place and not any(c in place for c in _V["not_in_place"]):
        return place
    if unit == "省":
        return _text_province(doc.text)
    return _text_city(doc.text) if unit == "市" else None


def _most_named(counts: Counter[str]) -> str | None:
    """The name counted most, when it is counted often and more than twice as often as any other:
    a speech in one place names it again and again; a text about several places names none alone."""
    ranked = counts.most_common(2) + [("", 0), ("", 0)]
    (top, n), (_, second) = ranked[0], ranked[1]
    return top if n >= _V["province_min"] and n > 2 * second else None


@lru_cache(maxsize=16)
def _text_province(text: str) -> str | None:
    top = _most_named(Counter({p: text.count(p) for p in load_vocab().provinces if p not in _V["not_provinces"]}))
    return f"{top}省" if top else None


@lru_cache(maxsize=16)
def _text_city(text: str) -> str | None:
    """For 我市: the place other than a province or country the text names most (绍兴 -> 绍兴市)."""
    from .. import segment

    provinces = set(load_vocab().provinces)
    counts = Counter(
        w for w, flag in segment.tag(text)
        if flag == "ns" and len(w) in (2, 3) and w not in provinces and not w.endswith(("省", "国", "县", "区"))
        and not any(c in w for c in _V["not_in_place"])
    )
    top = _most_named(counts)
    return (top if top.endswith("市") else f"{top}市") if top else None


def _meeting_document(doc: Document, article_id: str) -> str | None:
    """The article's title in 《》 when it is a meeting's own document (…全体会议公报), else None."""
    for a in doc.articles:
        if a.id == article_id:
            title = (a.title or "").strip().strip("《》")
            return f"《{title}》" if title.endswith(_MEETING_DOCUMENTS) else None
    return None


def _title_meeting(doc: Document, article_id: str) -> str | None:
    """The one meeting the article's title names (中国共产党第二十次全国代表大会…就党的二十大通过的…: the
    first name, when every name it says is of the same number), else None."""
    title = next((a.title or "" for a in doc.articles if a.id == article_id), "")
    names = _MEETING_NAME.findall(title)
    if not names or len({tuple(_NUMERALS.findall(n)) for n in names}) > 1:
        return None
    return names[0]


def unframed(stem: str) -> str:
    """``stem`` without an opening frame that points at what the text told before (通过这次调研，习近平同志
    提出… -> 习近平同志提出…), when the frame holds no blank and enough is left, and with a demonstrative
    that only sums up said indefinitely (这一系列伟大成就 -> 一系列伟大成就); else as it is."""
    for a, b in _SUMMING_UP:
        if a in stem:
            stem = stem.replace(a, b)
    m = _POINTING_FRAME.match(stem) if stem[:1] in "通按根经在从就对围结依沿" else None
    # (a frame about what every reader knows points at nothing: 在这个千帆竞发、百舸争流的时代，… stays)
    if (m and len(stem) - m.end() >= _V["frame_rest_min"] and not any(b in m.group() for b in _BLANKS)
            and not m.group().rstrip("，").endswith(_KNOWN_HEADS)):
        return stem[m.end() :]
    return stem


def revoiced(stem: str, doc: Document, article_id: str) -> str:
    """``stem`` said without leaning on its speaker, where it can be: no opening dash, no interview tag,
    no 我们 before what the text asks of everyone, a surname's title (习书记) and 我省 named, 会议 named
    by the document when it is the meeting's own."""
    stem = stem.lstrip("—")
    if frame := _BACK_FRAME.match(stem):
        stem = stem[frame.end() :]  # (从这个意义上说，改革是… -> 改革是…; too little left is not asked: unvoiced)
    stem = unframed(stem)
    if (tag := _interview_tag(stem)) and len(stem) > len(tag) + 4:
        stem = stem[len(tag) :]
    if stem.startswith("我们"):
        stem = _without_we(stem)
    if "我" in stem and _OWN_PLACE.search(stem):
        stem = _OWN_PLACE.sub(lambda m: _own_place(doc, article_id, m.group(1)) or m.group(), stem)
    if _TITLE_WORD.search(stem) and _TITLE.search(stem):
        stem = _TITLE.sub(lambda m: f"{name}同志" if (name := person(doc.text, m.group(1))) else m.group(), stem)
    if "会" in stem and _MEETING.search(stem) and (named := _meeting_document(doc, article_id)):
        stem = _MEETING.sub(named, stem)
    if "会" in stem and _BARE_MEETING.search(stem) and (named := _title_meeting(doc, article_id)):
        stem = _BARE_MEETING.sub(named, stem)
    return _below_cut(stem)


def _below_cut(stem: str) -> str:
    """``stem`` without a last clause that only points at what follows in the text (……，履行下列职责。):
    the clauses before it are asked without it.  A clause with a blank, or a stem of one clause, stays
    (``unvoiced`` tells why it is not asked); so does a true/false statement, whose change may be there."""
    if stem[-1:] not in "。；" or "下" not in stem or not _BELOW.search(stem) or not any(b in stem for b in _BLANKS):
        return stem
    head, comma, last = stem[:-1].rpartition("，")
    if comma and _BELOW.search(last) and not any(b in last for b in _BLANKS) and len(head) >= 8:
        return head + "。"
    return stem


def _without_we(text: str) -> str:
    """``text`` without a 我们 that opens it before what the text asks of everyone (我们要…) or
    before a verb, adverb or preposition the segmenter tags (我们统筹…, 我们以…): the clause says the
    same without the speaker.  我们坚信，… / 我们是… keep it: without it the clause is no sentence."""
    from .. import segment

    def cut(m: re.Match[str]) -> str:
        after = text[m.end() : m.end() + 8]
        if after.startswith(_WE_KEEP):
            return m.group()  # (也清醒认识到… would open with a dangling adverb)
        if after.startswith(_WE_BEFORE):
            return ""
        tags = segment.tag(after)
        if tags and tags[0][0] not in _V["we_keep"] and tags[0][1][:1] in _V["we_tags"]:
            return ""
        return m.group()

    return _WE_ANY.sub(cut, text)


def unvoiced(stem: str, statement: str = "") -> str | None:
    """Why a stem (after ``revoiced``) still leans on its source and is not asked, or None.
    ``statement`` is the sentence the stem asks about, without a template's wording: only there does
    下列 / 以下几点 point at what the stem does not show."""
    bare = _outside_quotes(stem) if "“" in stem else stem
    # (each pattern only where its one telling character stands: most stems hold none of them)
    if "我" in bare and (m := _I.search(bare)):
        return f"题干是说话人自己的口吻（“{bare[m.start():m.end() + 1]}”），离开原文不知是谁"
    if "我" in bare and (m := _OWN_PLACE.search(bare)):
        return f"题干里的“{m.group()}”没有说是哪里"
    if _TITLE_WORD.search(bare) and (m := _TITLE.search(bare)):
        return f"题干里的“{m.group()}”没有说是谁"
    if statement and "会" in bare and (m := _MEETING.search(bare) or _BARE_MEETING.search(bare)):
        return f"题干里的“{m.group(1)}”没有说是哪一次会议"
    if _interview_tag(stem) or any(w in bare for w in _V["interviewer_words"]):
        return "题干是访谈里的提问或带着访谈的说话人"
    # a true/false statement is judged on what it says (在30日内…按照下列方式处理); lint drops one that is
    # only a list's lead
    # (the statement's own words, not a template's 下列各项; a clause cut off by ``revoiced`` is gone)
    if statement and "下" in statement and any(b in stem for b in _BLANKS) and (m := _BELOW.search(_outside_quotes(statement))):
        if statement[max(0, m.start() - 3) : m.end()] in stem:
            return f"题干里的“{m.group()}”指的内容不在题中"
    # (a template's own words, 横线处依次是下列各项…, give no context: the statement must say enough itself)
    if statement and (short := _too_short(statement if statement in stem else stem)):
        return short
    cut = stem.rstrip("。").removesuffix("……")
    if stem.endswith("……") and _FROM_TO.match(cut):
        return "题干只是“从……到……”的短语，没有谓语"
    if stem.endswith("……") and any(b in cut for b in _BLANKS):
        last = re.split("[，；：]", cut)[-1]
        if any(b in last for b in _BLANKS) and opens_frame(last):
            return f"题干截在“{last[:6]}…”之后，空所在的分句缺了它的主句"
    return None


_CONTEXT = re.compile("______|（　　）|[，。；：、！？“”‘’…—\\s]")


def _too_short(stem: str) -> str | None:
    """Why a statement's stem says too little to be answered: a few characters besides its blanks
    (大力发展（　　）。); else None."""
    if len(_CONTEXT.sub("", stem)) < _V["context_min"]:
        return "题干除空以外只有几个字，缺少语境"
    return None


def opens_frame(clause: str) -> bool:
    """Whether ``clause`` opens with a frame word (为维护…, 在…中) the segmenter takes as a word of its own."""
    if not clause.startswith(_OPEN_FRAMES):
        return False
    from .. import segment

    words = segment.cut(clause[:8])
    return bool(words) and words[0] in _V["open_frames"]
