"""Who a list's lead is said by and where it stands, as a stem opens with it: a speaker's own announcement
of a counted list said by the speech's title (我简单提三点要求 -> 《…讲话》提出了三点要求), and a lead said
with the document and part it stands in (据《某省政府工作报告》“2024年工作回顾”部分，…).  Moved out of
listlead.py, which names the list."""

from __future__ import annotations

import re

from ..numerals import value_of
from ..model import Span
from ..text import CLAUSE_END, SENTENCE_END
from .drafting import UNTITLED, Ctx, article_title
from .labels import stem_heading
from .lint import CONTEXT_PRONOUNS
from .listask import count_word, inner_quotes
from .note_shapes import SPEECH_VERBS
from .policy import POLICY
from .sentence import strip_marker
from ..text import bare_title
from .citing import without_national
from .source import issuer, twin_author
from .vocab import load_vocab

LEAD_SOURCE_MAX: int = POLICY["lead_source_max"]
LEAD_UNOWNED_SOURCE_MAX: int = POLICY["lead_unowned_source_max"]
_UNOWNED = re.compile(POLICY["lead_unowned"])
LEAD_MAX: int = POLICY["lead_max"]
LEAD_MIN: int = POLICY["lead_min"]
# a sentence that runs into its list after a bare verb of saying (…的思想，强调一要…): the verb, its clause
_TOLD = re.compile(f"(?P<before>.+)[{CLAUSE_END}](?P<verb>" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + ")(?:了)?$")
_COUNT = "[一二三四五六七八九十两]+"
# a title set with spaces between its single characters (党　员, 总　纲), which a stem quotes without them;
# a space between words (讲明任务 明确目标) parts two phrases and stays
_SPACED = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+)+[\u4e00-\u9fff]")
_PRONOUN = re.compile(POLICY["lead_pronoun"])
_HOLDER = re.compile(POLICY["lead_pronoun_holder"])
_PUNCT = re.compile(r"[\s\u3000，、。；：:,.“”‘’]+")


def _bare(text: str) -> str:
    """``text`` without spaces and punctuation, for telling whether one wording holds another."""
    return _PUNCT.sub("", text)


# a speaker announcing a counted list in the first person (我简单提三点要求, 我讲三个问题); 几 counts as many as
# the list holds (下面，我再讲几个意见: the speech's points, asked as 讲了五个意见)
SPOKEN = re.compile(f"我(?:们)?[^，。；：]{{0,4}}?(提|讲|谈|强调)(?:出)?(?:了)?({_COUNT}|几)(点|个方面|方面|个|条)([^，。；：:]{{0,4}})")


def spoken(lead: str, n: int, ctx: Ctx) -> tuple[str, str]:
    """A speaker's own announcement of a counted list (这里，我简单提三点要求：) as a stem states it, by the
    speech's title instead of 我 (《…讲话》提出了三点要求), in the part a heading names (《…讲话》在“…”部分提出了三点
    要求), and its measure word; ("", "") when the lead
    says no such thing, counts otherwise than ``n``, or the speech has no title to name it by."""
    m = SPOKEN.search(lead)
    title = article_title(ctx.doc, ctx.point.article)
    if not m or m.group(2) != "几" and value_of(m.group(2)) != n or title == UNTITLED or len(title) > LEAD_SOURCE_MAX:
        return "", ""
    verb = "提出了" if m.group(1) == "提" else f"{m.group(1)}了"
    author = twin_author(ctx.doc, ctx.point.article)
    count = count_word(n) if m.group(2) == "几" else m.group(2)
    # (the part it stands in, when a heading says one and another list of the speech counts as many items: a speech
    # lists 四点 in more than one part, and 《讲话》强调了四点
    # alone does not say which four: session 26's blind teachers, 讲话有好几组“四点”，指代不明)
    part = part_named(stem_heading(ctx.point.heading or ""), lead) if _counted_twin(ctx) else ""
    where = f"在{part}" if part else ""
    return f"{author + '的' if author else ''}《{bare_title(title)}》{where}{verb}{count}{m.group(3)}{m.group(4)}", m.group(3)


def _counted_twin(ctx: Ctx) -> bool:
    """Whether a list under another heading of the point's article counts as many items as its own (三个部分各讲
    四点): the part tells them apart (two lists of one part are told apart by their own leads)."""
    p = ctx.point
    return any(q.kind == "enumeration" and q is not p and q.article == p.article and len(q.items) == len(p.items)
               and q.heading != p.heading for q in ctx.material.points.get(ctx.doc_key, ()))


def sourced(stated: str, ctx: Ctx) -> str:
    """A list's lead as a stem opens it: with the document it stands in (据《某省政府工作报告》“2024年工作
    回顾”部分，主要做了以下工作), since a lead says what the list is about but not whose (teacher review:
    题干无主体、无年份、无报告名).  A lead that names a document already, or a title too long to carry
    (policy ``lead_source_max``), stays as it is."""
    stated = _owned(stated, ctx)
    unowned = _UNOWNED.match(stated) is not None  # (当前，要抓好以下几项重点工作: whose list the title must say)
    said = "" if "《" in stated else _according(ctx, LEAD_UNOWNED_SOURCE_MAX if unowned else LEAD_SOURCE_MAX)
    if not said:
        return stated
    # (a charter's or regulation's article is cited by its number, 据《某条例》第五条，…, as a teacher cites it: it
    # says which list more precisely than the chapter it stands in)
    where = article_number(ctx) or part_named(stem_heading(ctx.point.heading or ""), stated)
    return f"{said}{where}，{stated}"


# the label of an article of a charter, law or regulation that opens a list's lead line (第三十六条　党的各级领导
# 干部…): a space after it tells it from a reference to another article (第三条所规定的)
_ARTICLE_NUMBER = re.compile(r"(第[一二三四五六七八九十百零〇0-9]+条)[ \u3000]+\S")
ARTICLE_LINE = _ARTICLE_NUMBER


def article_number(ctx: Ctx) -> str:
    """The article label (第三十六条) a list's lead line opens with, when the lead stands before the items:
    the list is that article's (（一）…（六）), and a stem cites it; "" for any other list."""
    p, text = ctx.point, ctx.doc.text
    line = text.rfind("\n", 0, p.sentence.start) + 1
    m = _ARTICLE_NUMBER.match(text, line)
    return m.group(1) if m and m.start(1) <= p.sentence.start < p.items[0].start else ""


def inline_article(ctx: Ctx) -> str:
    """The article label (第二十七条) of a list run inline in that article's own paragraph with no lead line before
    it (第二十七条　…。对应由上级处理的问题，…；对应由本级…): the article is all that names it, never the chapter
    above it (session 33's grading: such a list asked under the chapter's name or the item before it); "" else."""
    p, text = ctx.point, ctx.doc.text
    line = text.rfind("\n", 0, p.items[0].start) + 1
    m = _ARTICLE_NUMBER.match(text, line)
    return m.group(1) if m and not article_number(ctx) and "\n" not in text[line : p.items[-1].end] else ""


def list_article(ctx: Ctx) -> str:
    """《title》第N条 of a list that is an article's (article_number), for a stem that names the list by where it
    stands (关于“党的干部”，《中国共产党章程》第三十六条列举了哪六点？); "" when the list is none or the
    title is missing or too long to carry (policy ``lead_source_max``)."""
    number = article_number(ctx) or inline_article(ctx)
    said = _according(ctx) if number else ""
    return f"{said.removeprefix('据')}{number}" if said else ""


def _owned(stated: str, ctx: Ctx) -> str:
    """A lead that opens with its verb (经历了…的三个步骤) said of the subject of the sentence before it in its
    paragraph (对手工业的社会主义改造是…。 -> 对手工业的社会主义改造经历了…); any other lead, or one with no
    such sentence before it, as it is (policy ``lead_verb_opening``, ``lead_owner``)."""
    if not _VERB_OPENING.match(stated):
        return stated
    text, start = ctx.doc.text, ctx.point.sentence.start
    before = [s for s in re.split(f"[{SENTENCE_END}]", text[text.rfind("\n", 0, start) + 1 : start]) if s.strip()]
    last = strip_marker(Span(before[-1], 0, len(before[-1]))).text.strip() if before else ""
    m = _OWNER.match(last)
    if not m or m["owner"].startswith(NO_SUBJECT) or _points_outside(m["owner"]):
        return stated
    return m["owner"] + stated


_VERB_OPENING = re.compile(POLICY["lead_verb_opening"])
_OWNER = re.compile(POLICY["lead_owner"])
# what a lead with no subject before its verb opens with (根据…, 通过…, 在…)
NO_SUBJECT = load_vocab().condition_openers + tuple(POLICY["lead_subject_never"])


def _points_outside(text: str) -> bool:
    """Whether ``text`` opens with a word that points outside it (这, 其, 它…): no subject to name a list by."""
    return text[0] in CONTEXT_PRONOUNS + "我你他她它"


def _according(ctx: Ctx, most: int = LEAD_SOURCE_MAX) -> str:
    """据《title》 of the article a list stands in (据某某的《…》 for one of several same-titled articles); "" for
    an untitled text or a title longer than ``most`` (policy ``lead_source_max``) to carry."""
    title = article_title(ctx.doc, ctx.point.article)
    if title == UNTITLED or len(title := without_national(title)) > most:
        return ""
    author = twin_author(ctx.doc, ctx.point.article)
    return f"据{author + '的' if author else ''}《{title}》"


def according(ctx: Ctx) -> str:
    """据《title》 of the article a list stands in, or "" (see _according)."""
    return _according(ctx)


def topic_source(ctx: Ctx) -> str:
    """The document a list named by its topic stands in, said first in its stem, when a place, a body or the
    centre issued it (据《2026年某省政府工作报告》，“十五五”时期的主要目标任务包括哪五项？; session 18's blind
    teachers: 缺出处，考生无法判断指哪一地); a study sheet's or an article's topic is asked as it stands."""
    title = article_title(ctx.doc, ctx.point.article)
    if title == UNTITLED or not issuer(title):  # (issuer names the centre too: citing.national)
        return ""
    return _according(ctx)


def part_named(heading: str, stated: str) -> str:
    """How a stem opening with the lead ``stated`` names the part it stands in: “``heading``”部分, said
    without the spaces set between a title's characters (党　员 -> “党员”部分); "" when there is no heading,
    it is too long to carry (policy ``lead_source_max``) or the lead restates it (据《…》“深化五方面工作…”
    部分，深化五方面工作…: session 15's blind teacher, 题干把小标题原样重复一遍，语句累赘)."""
    heading = re.sub(r"[ \u3000]", "", heading) if _SPACED.fullmatch(heading) else heading
    if not heading or len(heading) > LEAD_SOURCE_MAX or _bare(heading) in _bare(stated) or _bare(stated) in _bare(heading):
        return ""
    return f"“{inner_quotes(heading)}”部分"  # (“2025年主要工作和‘十四五’发展成就”部分: a quotation inside is in ‘’)


def told(whole: str, n: int) -> str:
    """A list said inline after a bare verb of saying (……，某某在全会报告中正式提出某某思想，强调一要…二要…)
    as a stem states it: the clause before the verb, the verb and the list's count (某某在全会报告中正式提出
    某某思想，强调了四点), since nothing else names the list (session 15's blind teachers: 关于“提出…”列举
    了哪四点 含糊，应写明提出…时强调的四个方面); "" when ``whole``, the sentence up to the list, ends otherwise
    or that clause cannot stand in a stem (too short or long, opening with a pronoun or connective)."""
    m = _TOLD.search(whole.strip())
    if not m:
        return ""
    clause = re.split(f"[{CLAUSE_END}]", m.group("before"))[-1].strip()
    if not LEAD_MIN <= len(clause) <= LEAD_MAX or clause[0] in CONTEXT_PRONOUNS + "我你他她它" or "\n" in clause:
        return ""
    verb = m.group("verb")
    return f"{clause}，{verb}了{count_word(n)}点"


def pronoun_outside(lead: str, about: str) -> bool:
    """Whether a 他的 (她的, 它们的) of ``lead`` points outside a stem that says what the list is ``about``:
    it does unless a speaker clause stands right before it (某某说，他的理解有三个阶段 names whose) and
    ``about`` says of what (a teacher review: 某某说，她的看法有三个层次 alone is 指代不明)."""
    m = _PRONOUN.search(lead)
    if m and lead[m.start()] in "他她" and _HOLDER.match(lead[: m.start()]):
        return False  # (被处分人在…对他的…: the lead names whom 他 is, policy ``lead_pronoun_holder``)
    return bool(m) and not (about and lead[m.start()] in "他她" and _SPEAKER_SAYS.match(lead[: m.start()]))


_SPEAKER_SAYS = re.compile("^[\u4e00-\u9fff]{2,8}(?:" + "|".join(SPEECH_VERBS) + ")[，,：:]$")
