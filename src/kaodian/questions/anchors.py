"""Stems that stand alone (issue 12): what a sentence says by pointing outside itself, said instead.

- 本条例 / 本章程 …: the document it speaks of, named by the article's title (《信访工作条例》);
- 今年 / 去年 …: the year, when the text's title block or dateline names one (2017年);
- a clause cut out of a long sentence opens with the sentence's first clause, which says who or what
  governs it (党的各级领导干部必须……，模范地履行…), never with …….

What is left is not asked: a 本条例 no title names is flagged by ``findings``, one of lint's quality
checks, so ``generate`` drops the question; a relative year no date resolves and a stem that still opens
with …… are dropped by ``generate`` itself (``unasked``).
The word lists are policy (anchors.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from ..model import Document, Span
from ..text import unbalanced
from .demonstrative import named_subject
from .sentence import CLOSE_QUOTES, stand_alone, strip_marker
from .vocab import load_vocab

POLICY = yaml.safe_load(Path(__file__).with_name("anchors.yaml").read_text(encoding="utf-8"))
HEAD_MAX: int = POLICY["head_max"]
HEAD_MIN: int = POLICY["head_min"]
_WORDS = sorted(POLICY["document_words"], key=len, reverse=True)
_SELF = re.compile(f"(?<![{POLICY['not_after']}])本({'|'.join(_WORDS)})")
# 这个报告 … said in the report itself (anchors.yaml ``self_demonstratives``, ``self_kinds``)
_SELF_THIS = re.compile(f"(?:{'|'.join(POLICY['self_demonstratives'])})({'|'.join(POLICY['self_kinds'])})")
_RELATIVE: dict[str, int] = dict(POLICY["relative_years"])
_RELATIVE_RE = re.compile("|".join(_RELATIVE))
_RELATIVE_TAILS = tuple(POLICY["relative_tails"])
# an opening adverbial that is only a relative time (今年以来，; 到今年年底，), dropped from a stem no year resolves
_LEAD_RELATIVE = re.compile(rf"^(?:{POLICY['relative_lead']})?(?:{'|'.join(_RELATIVE)})(?:{'|'.join(_RELATIVE_TAILS)})?[，,]")
# a character every relative year holds (年), or "": a stem without it names none, and is not searched
_RELATIVE_MARK = min(frozenset.intersection(*map(frozenset, _RELATIVE)), default="") if _RELATIVE else ""
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")  # a year of four digits (2024年); source.py reads it too
_PERSONAL = "他她"
# a short frame and then 他/她 as the next clause's subject (1921年，他在…), unless the frame names someone
_FRAME_PRONOUN = re.compile(POLICY["frame_pronoun"])
_FRAME_NAMES = re.compile(POLICY["frame_names"])
NOTE_MARK = re.compile(POLICY["note_mark"])
_NOTE_OPENS = "〔［["  # what every endnote mark opens with: a text without one is not searched


def _may_hold_note(text: str) -> bool:
    """Whether ``text`` holds a character that opens an endnote mark.  Three substring tests, not
    ``frozenset.isdisjoint(text)``: that makes a string object of every CJK character of the text
    (a fiftieth of generation, on every stem, answer, option and explanation)."""
    return _NOTE_OPENS[0] in text or _NOTE_OPENS[1] in text or _NOTE_OPENS[2] in text
_DEMONSTRATIVE = re.compile(f"({'|'.join(sorted(POLICY['demonstrative_openers'], key=len, reverse=True))})[\u4e00-\u9fff]")
_DEMONSTRATIVE_FIRSTS = tuple({w[:1] for w in POLICY["demonstrative_openers"]})  # (a stem opening with none is not matched)
_THAT_NOUNS = frozenset(POLICY["that_nouns"])
_UNITS = sorted(POLICY["local_units"], key=len, reverse=True)
# 本市 … as a word: not 本市场 / 本区域 / 本县级 (what follows makes it another word)
_LOCAL = re.compile(f"(?<![{POLICY['not_after']}])本({'|'.join(_UNITS)})(?![场域间别级委政长内外])")
_SUFFIXES = "|".join(sorted(POLICY["place_suffixes"], key=len, reverse=True))
# a place's name: two to six characters before its unit (上海市, 浦东新区), never a 的-phrase (source.py
# reads it too: the place a title opens with)
PLACE = re.compile(f"[\u4e00-\u9fff]{{2,6}}?(?:{_SUFFIXES})")
# an issuing body a local text's title block names (上海市人民政府)
_ISSUER = re.compile(f"((?:[\u4e00-\u9fff]{{2,6}}?(?:{_SUFFIXES}))+)(?:人民政府|人民代表大会|人大常委会)")
# a person a speech names as the subject of a sentence or clause (刘少奇同志, 习近平总书记), not one it
# names inside a clause (受毛泽东同志委托) or the core a formula names (以习近平同志为核心的党中央)
_PERSON = re.compile(r"(?:^|(?<=[。！？；，：\n]))([\u4e00-\u9fff]{2,3}(?:同志|总书记))(?!为核心|为主要代表|为代表)", re.M)
# paragraphs a speech may go on about one person after naming them (他…。他…。)
PERSON_PARAGRAPHS = 3


def _title(doc: Document, article_id: str) -> str:
    """The article's title without its 《》, or ""."""
    for a in doc.articles:
        if a.id == article_id:
            return (a.title or "").strip().strip("《》")
    return ""


def document_name(doc: Document, article_id: str, word: str) -> str | None:
    """The title of the article when it is the document a sentence calls 本``word`` (the title ends in
    ``word``, before a bracketed date: 信访工作条例（2022年…）), else None."""
    title = re.sub(r"[（(][^（）()]*[）)]$", "", _title(doc, article_id)).strip()
    if "《" in title:
        # a news headline over the document's text names it in 《》 (某机关印发《某某条例》): the document is
        # the name in its marks, never the headline with half a pair of them
        title = title.rpartition("《")[2].partition("》")[0]
    return title if title.endswith(word) and len(title) > len(word) else None


@lru_cache(maxsize=64)
def _block_years(block: str) -> frozenset[int]:
    """The years (19xx年, 20xx年) a title block names."""
    return frozenset(int(y) for y in YEAR.findall(block))


def text_year(doc: Document, article_id: str) -> int | None:
    """The year the article was written, when its title block (title, dateline, the lines before its
    body) names exactly one; else the year of the document's title block (normalize.dated: a
    newspaper page's date line, which the normalizer drops from the text), or None."""
    limit = POLICY["title_block_max"]
    for i, a in enumerate(doc.articles):
        if a.id != article_id:
            continue
        before = doc.articles[i - 1].end if i else 0
        block = (a.title or "") + doc.text[max(before, a.start - limit) : a.start]
        years = _block_years(block)
        if years:
            return next(iter(years)) if len(years) == 1 else None
        break
    return doc.year


def anchored(stem: str, doc: Document, article_id: str, at: int = -1, answers: tuple[str, ...] = ()) -> str:
    """``stem`` with 本条例 … named by the article's title, a relative year by its year (with none known, an opening
    adverbial that is only a relative time, 今年以来，, dropped: ``relative_lead``), an opening
    他/她 (or one after a short frame: 1921年，他…) by the one person (刘少奇同志) the text names before the
    sentence at ``at``, and the demonstrative subject of a thesis (这种态度，就是…) by what it points at
    (``demonstrative.named_subject``, never by a name that shows one of ``answers``), where known."""
    # (an empty stem opens with no 他: "" is in every string)
    if stem and stem[0] in _PERSONAL and stem[1:2] != "们" and at >= 0 and (person := person_before(doc.text, at)):
        stem = person + stem[1:]
    elif at >= 0 and (m := framed_pronoun(stem)) and (person := person_before(doc.text, at)):
        stem = stem[: m.start("pronoun")] + person + stem[m.end("pronoun") :]
    if "本" in stem:
        stem = _SELF.sub(lambda m: f"《{name}》" if (name := document_name(doc, article_id, m.group(1))) else m.group(), stem)
    if "这" in stem and _SELF_THIS.search(stem):
        stem = _SELF_THIS.sub(lambda m: f"《{name}》" if (name := document_name(doc, article_id, m.group(1))) else m.group(), stem)
    if "本" in stem and _LOCAL.search(stem):
        stem = _LOCAL.sub(lambda m: local_place(doc, article_id, m.group(1)) or m.group(), stem)
    if _RELATIVE_MARK in stem and _RELATIVE_RE.search(stem):
        if (year := text_year(doc, article_id)) is not None:
            stem = _replace_years(stem, year)
        elif m := _LEAD_RELATIVE.match(stem):
            stem = stem[m.end():]  # (今年以来，… with no year to say: the opening adverbial goes, the claim stays)
    if stem[:1].isdigit() and (m := _MONTH_DAY.match(stem)) and (year := _year_of_day(doc, article_id, m.group())):
        stem = f"{year}年{stem}"
    if at >= 0 and (m := _DEMO_SUBJECT.search(stem[:24])):
        stem = _named_before(stem, m, doc.text, at)
    return named_subject(stem, doc.text, at, answers)


# 这一古代教具有了…: a demonstrative and its noun as a clause's subject near the stem's start
_DEMO_SUBJECT = re.compile(f"(?:^|(?<=[，；]))(?:{'|'.join(POLICY['subject_before']['demonstratives'])})(?=[\u4e00-\u9fff])")
# the sentence before: 针灸铜人是…的“红人”。 (its subject, a name of 2 to 8 characters, before 是)
_DEFINED = re.compile(f"^“?([\u4e00-\u9fff]{{2,8}}?)”?是[^，。；]{{2,{POLICY['subject_before']['sentence_max']}}}。$")


def _named_before(stem: str, m: re.Match[str], text: str, at: int) -> str:
    """``stem`` with a demonstrative subject and its noun (这一古代教具有了“进化版”) named by the thing the
    sentence before it in the same paragraph defines (针灸铜人是…的“红人”。 -> 针灸铜人这一古代教具有了…),
    when that sentence is short and says what its subject is; else as it is."""
    end = at
    while end > 0 and text[end - 1] in " \u3000":
        end -= 1
    if end == 0 or text[end - 1] != "。":
        return stem
    start = max(text.rfind("。", 0, end - 1), text.rfind("\n", 0, end - 1)) + 1
    if not (d := _DEFINED.match(text[start:end].strip())):
        return stem
    # (set before it in apposition, 针灸铜人这一古代教具…: where its noun phrase ends is left as it is)
    return stem if d.group(1) in stem else stem[: m.start()] + d.group(1) + stem[m.start() :]


# a stem opening with a day of no year (10月22日，大会…): the year the article writes with that day
_MONTH_DAY = re.compile(r"\d{1,2}月\d{1,2}日")


def _year_of_day(doc: Document, article_id: str, day: str) -> int | None:
    """The one year the article writes before ``day`` (2022年10月22日, told in its first paragraph), when
    it writes it with exactly one year; None otherwise."""
    art = next((a for a in doc.articles if a.id == article_id), None)
    if art is None:
        return None
    years = set(re.findall(f"(?<!\\d)((?:19|20)\\d\\d)年{day}", doc.text[art.start : art.end]))
    return int(years.pop()) if len(years) == 1 else None


def without_notes(text: str) -> str:
    """``text`` without the endnote numbers a collected work prints after a term (“双百”方针〔27〕 ->
    “双百”方针): they are no part of what the sentence says, and a printed stem never shows them."""
    return NOTE_MARK.sub("", text) if _may_hold_note(text) else text


def noted_blank(answers: tuple[str, ...]) -> str | None:
    """Why a blank is not asked when it holds an endnote's number (十二大〔5〕提出的本世纪末): the answer
    would print it, and the blank runs on past the term it is about.  None otherwise."""
    if any(NOTE_MARK.search(a) for a in answers if _may_hold_note(a)):
        return "空里带着原文的注释号，不是一个完整的概念"
    return None


_LOOSE = tuple(sorted(POLICY["loose_openers"], key=len, reverse=True))
_LOOSE_TAGS = frozenset(POLICY["loose_tags"])


def loose_opening(clause: str) -> bool:
    """Whether ``clause`` opens with a word that ties it to a clause before it (特别是…, 并…, 使…, a
    preposition or conjunction the segmenter tags, a pronoun): cut from its sentence, it cannot open one."""
    if not clause or clause.startswith(_LOOSE):
        return True
    from .. import segment

    tags = segment.tag(clause[:8])
    return bool(tags) and tags[0][1] in _LOOSE_TAGS


_PAIRS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in POLICY["paired_openers"].items()}
_PAIR_OPENER = re.compile(f"(?:^|(?<=[，；：]))({'|'.join(sorted(_PAIRS, key=len, reverse=True))})")


_ADVERBIAL_TAILS = tuple(POLICY["adverbial_tails"])


def adverbial_tail(clause: str) -> bool:
    """Whether ``clause`` ends with a time or scope adverbial (…特别是新时代以来): it modifies what follows."""
    return clause.rstrip("。…").endswith(_ADVERBIAL_TAILS)


def half_pair(stem: str) -> tuple[int, str] | None:
    """Where and with which word a clause of a stem cut before its sentence's end opens the first half of
    a pair of connectives (只有…) that nothing after it completes (才…): the cut took away the main clause
    (只有坚持按劳分配的______).  None when no clause does."""
    for m in _PAIR_OPENER.finditer(stem):
        if not any(w in stem[m.end() :] for w in _PAIRS[m.group(1)]) and not _denies(m.group(1), stem[m.end() :]):
            return m.start(), m.group(1)
    return None


_NOT_BEFORE_VERB = frozenset(POLICY["pair_not_before_verb"])


def _denies(opener: str, rest: str) -> bool:
    """Whether ``opener`` (没有) only denies the verb after it (没有看到…) rather than opening a condition."""
    if opener not in _NOT_BEFORE_VERB:
        return False
    from .. import segment

    tags = segment.tag(rest[:6])
    return bool(tags) and tags[0][1].startswith("v")


def _places(line: str) -> list[str]:
    """The places a line opens with, outermost first (广东省深圳市… -> [广东省, 深圳市])."""
    out, at = [], 0
    while m := PLACE.match(line, at):
        out.append(m.group())
        at = m.end()
    return out


def local_place(doc: Document, article_id: str, unit: str) -> str | None:
    """The place the article's title opens with that a sentence calls 本``unit`` (《上海市…条例》: 本市 is
    上海市), or the issuing body its title block names (上海市人民政府); None when none is of that unit."""
    title = _title(doc, article_id)
    lines = [title]
    for i, a in enumerate(doc.articles):
        if a.id == article_id:
            before = doc.articles[i - 1].end if i else 0
            lines += [m.group(1) for m in _ISSUER.finditer(doc.text, max(before, a.start - POLICY["title_block_max"]), a.start)]
            break
    suffixes = POLICY["local_units"][unit]
    for line in lines:
        fit = [p for p in _places(line) if p.endswith(tuple(suffixes))]
        if fit:
            return fit[-1]
    return None


def _replace_years(stem: str, year: int) -> str:
    bounds = _word_bounds(stem)
    out, at = [], 0
    for m in _RELATIVE_RE.finditer(stem):
        if _relative_word(stem, m, bounds):
            out += [stem[at : m.start()], f"{year + _RELATIVE[m.group()]}年"]
            at = m.end()
    return "".join(out) + stem[at:]


@lru_cache(maxsize=1024)
def _relative_word(stem: str, m: re.Match, bounds: frozenset[int]) -> bool:
    """Whether the relative year ``m`` of ``stem`` is a time word: a word of its own between the segmenter's
    ``bounds`` (今年是…, never 如今年轻人), or the opening of one that goes on with a ``relative_tails`` word
    (今年年底, 今年以来)."""
    return m.start() in bounds and (m.end() in bounds or stem.startswith(_RELATIVE_TAILS, m.end()))


def _word_bounds(text: str) -> frozenset[int]:
    """The offsets between the segmenter's words of ``text``: 今年 is a word in 今年是…, none in 如今年轻人."""
    from .. import segment

    pos, out = 0, {0}
    for w in segment.cut(text):
        pos += len(w)
        out.add(pos)
    return frozenset(out)


def person_before(text: str, at: int) -> str | None:
    """The person last named as the subject of a sentence or clause before ``at`` (刘少奇同志是…,
    1898年，刘少奇同志出生…) in its paragraph or up to PERSON_PARAGRAPHS before it: the one 他 at ``at``
    speaks of, as a reader takes it.  None when no paragraph that near names one."""
    end = at
    for _ in range(PERSON_PARAGRAPHS):
        start = text.rfind("\n", 0, max(end - 1, 0)) + 1
        names = [m.group(1) for m in _PERSON.finditer(text, start, end)]
        if names:
            return names[-1]
        if start == 0:
            break
        end = start - 1
    return None


def framed_pronoun(stem: str) -> re.Match[str] | None:
    """The match of a short opening frame and the 他/她 after it (1921年，他在…; group ``pronoun``) when the
    frame names nobody the pronoun could stand for (某某同志说，他的… does), else None."""
    if "他" not in stem[:24] and "她" not in stem[:24]:
        return None  # (most stems hold neither: no pattern is tried)
    m = _FRAME_PRONOUN.match(stem)
    return m if m and not _FRAME_NAMES.search(m["frame"]) else None


def demonstrative(stem: str) -> str | None:
    """The demonstrative a stem opens with before a noun (这一做法, 该条例; an adjective's noun too, 该危险地段),
    or None."""
    stem = stem.lstrip("　 ")
    if stem.startswith(_DEMONSTRATIVE_FIRSTS) and (m := _DEMONSTRATIVE.match(stem)):
        return m.group(1)
    if stem.startswith("该"):
        from .. import segment

        tags = segment.tag(stem[:8])
        if len(tags) > 1 and tags[0][0] == "该" and (tags[1][1][:1] == "n" or tags[1][1] in ("vn", "an") or tags[1][0] in _THAT_NOUNS):
            return "该"
    return None


def findings(stem: str) -> list[str]:
    """What in a stem still points outside it (lint): a 本条例 that no title named, an opening 他/她 (or one after a short frame: 1921年，他…),
    an opening demonstrative (这个故事…: what it points at is not in the question)."""
    out = []
    if w := demonstrative(stem):
        out.append(f"题干以“{w}”开头，指的是什么不在题中")
    if "本" in stem and (m := _SELF.search(stem)):  # (a pattern opening with a look-behind is tried at every place)
        out.append(f"题干里的“{m.group()}”没有说是哪一份文件")
    if stem[:1] in _PERSONAL:
        out.append(f"题干以“{stem[0]}”开头，指的是谁不在题中")
    elif m := framed_pronoun(stem):
        out.append(f"题干“{m.group()}”里的“{m['pronoun']}”指的是谁不在题中")
    return out


def unasked(stem: str, answers: tuple[str, ...] = ()) -> str | None:
    """Why the generator does not ask a stem, or None: it opens with …… (no first clause of its sentence
    could say who governs the cut clause), it holds a relative year no date resolved (今年), or a cloze
    asks for a relative year (______是…十周年: 今年 is no fact to learn).

    Not lint findings: the labeled reviews (tests/data/lint_labels*.json) accepted such stems made
    before the generator resolved them, and lint's precision is measured on those labels."""
    if stem.startswith("…"):
        return "题干以“……”开头，是从句中截下的片段，缺少主语"
    if (i := _first_close(stem)) >= 0:
        return f"题干里的“{stem[max(0, i - 6) : i + 1]}”只有后半个括号，是从别处截下的残句"
    if w := demonstrative(stem):
        return f"题干以“{w}”开头，指的是什么不在题中"
    if _RELATIVE_MARK in stem and _RELATIVE_RE.search(stem):
        bounds = _word_bounds(stem)
        for m in _RELATIVE_RE.finditer(stem):
            if _relative_word(stem, m, bounds):
                return f"题干里的“{m.group()}”是哪一年，原文的标题和日期没有说"
    if asked := next((a for a in answers if a in _RELATIVE), None):
        return f"空“{asked}”是相对的时间，不是要记的内容"
    return None


def _first_close(stem: str) -> int:
    """Where ``stem`` closes a bracket it never opened (坚持改革开放）“…”——…: a note's line cut in the middle
    of a bracket), or -1."""
    for a, b in ("（）", "()"):
        i = stem.find(b)
        if i >= 0 and not 0 <= stem.find(a) < i and not _ITEM_MARK.search(stem, 0, i + 1):
            return i
    return -1


# a list item's marker closing with a bracket (基本特征：1）…, ②）): no half of a bracket
_ITEM_MARK = re.compile(r"(?:^|[：:，,；;。\s])[\d一二三四五六七八九十]{1,2}[）)]$")


def parallel_fragment(stem: str, text: str, at: int) -> str | None:
    """Why a stem is not asked when it opens with the short head of a parallel run in the paragraph of
    ``text`` around ``at`` (拓路径，… from 促均衡，…；破顽疾，…；护公平，…；拓路径，…): a bare verb phrase
    whose subject and lead stand before the run.  None otherwise."""
    m = _HEAD.match(stem)
    if not m:
        return None
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    heads = _RUN.findall(text, start, len(text) if end < 0 else end)
    if len(heads) < POLICY["parallel_head"]["run_min"]:
        return None
    return f"题干以并列的短语“{m.group(1)}”开头，缺少它的主语和引导句"


_HEAD = re.compile(f"([\u4e00-\u9fff]{{{POLICY['parallel_head']['chars']}}})，")
_RUN = re.compile(f"(?:^|(?<=[。；！？]))[\u4e00-\u9fff]{{{POLICY['parallel_head']['chars']}}}，", re.M)


def head_clause(text: str, sentence_start: int, clause_start: int) -> str | None:
    """The first clause of the sentence starting at ``sentence_start`` when the clause at
    ``clause_start`` is cut out of it and that first clause can open the stem: it names who or what
    governs what follows.  A long first clause is cut at its first 、 (信访工作坚持以马克思列宁主义……).
    "" when nothing but markers and connectives stands before the clause (1】首先，…): nothing is cut.
    None when no such clause can open the stem (too long, a pointing word, unpaired quotes)."""
    lead = strip_marker(Span(text[sentence_start:clause_start], sentence_start, clause_start)).text.lstrip(CLOSE_QUOTES)
    lead = _ARTICLE_LABEL.sub("", lead.strip(), count=1)
    if not lead.rstrip("，；：").strip() or lead.rstrip("，；：") in _CONNECTIVES:
        return ""
    lead = stand_alone(lead)
    head = re.split("[，；：]", lead, maxsplit=1)[0].strip()
    if len(head) > HEAD_MAX:
        # a long first clause is cut before its series (…实现第二个百年奋斗目标、…); never inside a 的-phrase,
        # whose modifier would lose the tail of its noun (坚决捍卫习近平总书记党中央的核心、全党的核心地位)
        head = head.split("、", 1)[0]
        if "的" in head:
            return None
    if not (HEAD_MIN <= len(head) <= HEAD_MAX) or unbalanced(head, ("“”", "《》")):
        return None
    if head.startswith(_OPENERS) or head[0] in "他她（(":
        return None
    return head


_ARTICLE_LABEL = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条[ \u3000]*")

# What a head never opens with (vocab.yaml dangling_openers), and what alone before a clause cuts nothing.
_OPENERS = load_vocab().dangling_openers
_CONNECTIVES = frozenset(load_vocab().stem_connectives) | frozenset(POLICY["sequence_words"])
