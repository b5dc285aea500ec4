"""Quoted spans and titles: formulations, quotes, documents.

Every outermost “…” span is looked at once.  Reported speech — introduced by
a speech verb or a named speaker, or a whole quoted sentence of some length —
is a quote; a short span otherwise is a formulation (slogans, names,
metaphors), numbered when it has the N个X / 一X三Y shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import segment
from ..model import Article, Point, Span
from ..text import BOOK_RE, SENTENCE_END, quote_spans, sentence_at


@dataclass(frozen=True)
class QuoteRules:
    """The compiled ``quotes`` and ``numbered_formulation`` sections."""

    speech_before: re.Pattern[str]
    addressed_before: re.Pattern[str]  # a verb of admonishing and its audience before the colon (告诫全党：)
    speaker_before: re.Pattern[str]
    speaker_after: re.Pattern[str]
    reported_before: re.Pattern[str]
    said_after: re.Pattern[str]
    defined_before: re.Pattern[str]
    aside_before: re.Pattern[str]
    doubted_before: re.Pattern[str]  # searched; with doubted_after matched after the closing quote, a doubted verb
    doubted_after: re.Pattern[str]
    compound_after: re.Pattern[str]
    word_mentioned_after: re.Pattern[str]  # matched after the closing quote: the word is mentioned as a word
    claim_opens: re.Pattern[str]  # matched on the span: a predicate quoted as a claim, no name ...
    claim_before: re.Pattern[str]  # ... searched in the clause before it: a verb of opinion makes it a claim
    claim_after: re.Pattern[str]  # ... matched after the closing quote: a conclusion drawn from it does too
    irony_before: re.Pattern[str]  # searched before the opening quote: the word is a self-given title, ironic
    self_styled_before: re.Pattern[str]  # ... the same, for that quote only (号称“…”)
    concessive_before: re.Pattern[str]
    modifier_tags: tuple[str, ...]
    mentioned_before: re.Pattern[str]
    view_after: re.Pattern[str]
    word_defined_after: re.Pattern[str]
    word_defined_max: int
    min_quote_chars: int
    statement_chars: int
    spoken: re.Pattern[str]
    max_formulation_chars: int
    max_formulation_clauses: int
    min_formulation_chars: int
    numbered: tuple[re.Pattern[str], ...]
    numbered_not: tuple[re.Pattern[str], ...]
    verse: re.Pattern[str]  # fully matched: a line of verse or a classical saying, never a statement by its length
    placeholder: re.Pattern[str]  # searched in the span: a template's blank (XX), no formulation, no quote

    @classmethod
    def from_rules(cls, rules: dict) -> "QuoteRules":
        q = rules["quotes"]
        return cls(
            re.compile(q["speech_before"]),
            re.compile(q["addressed_before"]),
            re.compile(q["speaker_before"]),
            re.compile(q["speaker_after"]),
            re.compile(q["reported_before"]),
            re.compile(q["said_after"]),
            re.compile(q["defined_before"]),
            re.compile(q["aside_before"]),
            re.compile(q["doubted_before"]),
            re.compile(q["doubted_after"]),
            re.compile(q["compound_after"]),
            re.compile(q["word_mentioned_after"]),
            re.compile(q["claim_opens"]),
            re.compile(q["claim_before"]),
            re.compile(q["claim_after"]),
            re.compile(q["irony_before"]),
            re.compile(q["self_styled_before"]),
            re.compile(q["concessive_before"]),
            tuple(q["modifier_tags"]),
            re.compile(q["mentioned_before"]),
            re.compile(q["view_after"]),
            re.compile(q["word_defined_after"]),
            q["word_defined_max"],
            q["min_quote_chars"],
            q["statement_chars"],
            re.compile(q["spoken"]),
            q["max_formulation_chars"],
            q["max_formulation_clauses"],
            q["min_formulation_chars"],
            tuple(re.compile(p) for p in rules["numbered_formulation"]),
            tuple(re.compile(p) for p in rules["numbered_formulation_not"]),
            re.compile(q["verse"]),
            re.compile(q["placeholder"]),
        )

    def is_numbered(self, s: str) -> bool:
        return any(p.search(s) for p in self.numbered) and not any(p.search(s) for p in self.numbered_not)


def _speaker(text: str, o: int, c: int, rules: QuoteRules) -> tuple[bool, str]:
    """Whether the words around a quoted span make it reported speech, and who speaks ('' when
    the words name no one the segmenter can tell, e.g. 在《求是》…中强调).

    A speech verb before it (指出：“…”) makes a quote, unless the span then
    modifies a noun (提出“…”的目标: a named target, a formulation); a speaker
    named right before (总书记“…”的号召) or right after (“…”，习近平总书记…) does, and so does a
    speech verb before a subject and a copula the span completes (…指出，文艺是“…”).
    """
    # a speaker stands within a clause of the quote; 40 characters hold the longest
    # (某某县某某村老党员王某某感慨地说：), 24 after it hold 习近平总书记 and its comma
    ls = max(text.rfind("\n", 0, o) + 1, o - 40)
    clause = re.split(r"[。；！？]", text[ls:o])[-1]
    if rules.speaker_before.search(clause) or (
        (rules.speech_before.search(clause) or rules.addressed_before.search(clause)) and text[c + 1 : c + 2] != "的"
    ):
        return True, _speaker_phrase(clause, rules)
    m = rules.reported_before.search(clause)
    if m and text[c + 1 : c + 2] != "的":
        return True, _speaker_phrase(m.group("said"), rules)
    m = rules.speaker_after.search(text[c + 1 : c + 24]) or rules.said_after.search(text[c + 1 : c + 24])
    if m:
        return True, _speaker_phrase(m.group(0), rules)
    return False, ""


# Tags of the words a speaker is named with: nouns, names, places, numbers and measure words (一位).
SPEAKER_TAGS = ("n", "r", "s", "m", "q", "j", "b")


def _speaker_phrase(clause: str, rules: QuoteRules) -> str:
    """Who speaks, from the words before (or after) a quote: 在…时，习近平总书记强调 -> 习近平总书记."""
    clause = rules.addressed_before.sub("", clause)  # (告诫全党： names whom the speaker tells, not who speaks)
    sub = re.split(r"[，,：:]", clause.strip("，,：: "))[-1]
    sub = rules.speech_before.sub("", sub)
    sub = re.sub(r"[\u4e00-\u9fff]{1,2}地$", "", sub)  # 动情地
    words = segment.tag(sub)
    while words and words[-1][1][:1] in ("d", "a", "u"):  # 深刻, 曾
        words.pop()
    # …在党的二十大报告中 / 在考察时: where, not who
    sub = re.sub(r"在[^在]*?(?:中|时|上|里|期间)$", "", "".join(w for w, _ in words))
    words = segment.tag(sub)
    speaker: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        w, t = words[k]
        # 党的二十大报告: a 的 between nouns belongs to the name
        joins = w == "的" and speaker and k > 0 and words[k - 1][1].startswith(SPEAKER_TAGS)
        if not (t.startswith(SPEAKER_TAGS) or joins):
            break
        speaker.insert(0, w)
    return "".join(speaker)


def find_quoted(text: str, article: Article, rules: QuoteRules) -> list[Point]:
    """Formulations and quotes in one article's body."""
    points: list[Point] = []
    every = quote_spans(text, article.start, article.end)
    spans = [s for s in every if s[2] == 0]
    # “…” nested in a quote names a formulation in the speaker's words (…同学的“别赶路感受路”则告诉我…)
    nested = [(o, c) for o, c, depth in every if depth > 0]
    # the title's formulations are the article's too (“甲、乙、丙”，某某活动举行): the title line
    # stands in the text before the body
    at = text.rfind(article.title, 0, article.start) if article.title else -1
    if at >= 0:
        spans = [s for s in quote_spans(text, at, at + len(article.title)) if s[2] == 0] + spans
    # a word the writer once marks as a title someone gave himself (自封为“…”) is ironic wherever the article quotes it
    # (6 characters before the quote hold the longest, 美其名曰：)
    ironic = {text[o + 1 : c] for o, c, _ in spans if rules.irony_before.search(text[max(article.start, o - 6) : o])}
    attributed_prev_end = -10
    prev_speaker = ""
    # (a title styled only where it stands, 号称为“…”, is looked for in the 3 characters that hold its verb)
    for o, c, _ in spans:
        inner = text[o + 1 : c]
        n = len(inner)
        if rules.placeholder.search(inner):
            continue  # a template to fill in (“XX班+姓名”)
        # “…”，“…” right after an attributed quote continues it, in the same speaker's words
        follows_quote = 0 <= o - attributed_prev_end <= 2 and text[attributed_prev_end + 1 : o] in ("", "，", ",", "、")
        attributed, speaker = (True, prev_speaker) if follows_quote else _speaker(text, o, c, rules)
        # (a one-clause line that trails off, “今天又新增了三千多例…”, ends its sentence too; a lyric
        # cut short, “…，…踩……”, is a formulation)
        whole_sentence = inner.rstrip("”’")[-1:] in SENTENCE_END or (inner.endswith("…") and not re.search("[，,]", inner))
        statement = whole_sentence and (n >= rules.statement_chars and not _verse(inner, rules)
                                        or bool(rules.spoken.search(inner)))
        # (a whole sentence someone said is speech however short: “这样也好。”她说)
        is_quote = (attributed and (n >= rules.min_quote_chars or whole_sentence)) or statement
        if is_quote and not attributed and rules.defined_before.search(text[max(article.start, o - 6) : o]):
            continue  # a statement that defines what the sentence is about: neither quote nor formulation
        sent = sentence_at(text, o)
        if is_quote:
            attributed_prev_end = c
            prev_speaker = speaker
            points.append(_point("quote", article, text, o + 1, c, sent, speaker=speaker))
            continue
        if rules.min_formulation_chars <= n <= rules.max_formulation_chars and "\n" not in inner \
                and _phrase(inner, rules) and not _aside(text, article, o, c, rules) and inner not in ironic \
                and not rules.self_styled_before.search(text[max(article.start, o - 3) : o]) \
                and not (n <= rules.word_defined_max and rules.word_defined_after.match(text, c + 1)
                         and not rules.is_numbered(inner)):
            numbered = rules.is_numbered(inner)
            points.append(_point("formulation", article, text, o + 1, c, sent, numbered=numbered))
    named = {p.text for p in points}
    for o, c in nested:
        inner = text[o + 1 : c]
        if inner not in named and rules.min_formulation_chars <= len(inner) <= rules.max_formulation_chars and "\n" not in inner \
                and not _mentioned_word(text, o, c, rules):
            points.append(_point("formulation", article, text, o + 1, c, sentence_at(text, o),
                                 numbered=rules.is_numbered(inner)))
    return points


def _aside(text: str, article: Article, o: int, c: int, rules: QuoteRules) -> bool:
    """Whether the words around a short quoted span make it no formulation: a scare quote or a short name
    (``aside_before``), a doubted verb (``doubted_before`` … ``doubted_after``), a word of the material a question points to (``mentioned_before``), a view it
    weighs (``view_after``), an abbreviation fixed in a title of everyday use (``compound_after``: “两院”院士),
    a word whose use a study sheet asks about (``word_mentioned_after``: 写出“某某”的常见搭配), a predicate quoted
    as a claim (``claim_opens``: 某某的出现“成为…的动力”)."""
    before = text[max(article.start, o - 8) : o]
    doubted = rules.doubted_before.search(before) and rules.doubted_after.match(text, c + 1)
    return bool(rules.aside_before.search(before[-4:]) or doubted or rules.mentioned_before.search(before)
                or rules.view_after.match(text, c + 1) or rules.compound_after.match(text[c + 1 : c + 9])
                or _mentioned_word(text, o, c, rules)
                or _hedged_word(text, o, c, before, rules))


def _mentioned_word(text: str, o: int, c: int, rules: QuoteRules) -> bool:
    """Whether a quoted span is a word mentioned as a word (``word_mentioned_after``: 写出“某某”的常见搭配) or a
    predicate quoted as a claim (``claim_opens``): no formulation, nested in other quotes or not."""
    return bool(rules.word_mentioned_after.match(text, c + 1) or _claim(text, o, c, rules))


def _claim(text: str, o: int, c: int, rules: QuoteRules) -> bool:
    """Whether a quoted span opening with a verb of becoming (``claim_opens``) is the predicate of a claim:
    a verb of opinion in the clause before it (``claim_before``: 有人认为某某“成为…”) or a conclusion drawn
    from it right after (``claim_after``: “成为…”，因此…). A goal set with the verb (立志“成为…”) is neither."""
    if not rules.claim_opens.match(text, o + 1, c):
        return False
    # the clause before the quote: back to the last stop or comma on its line
    line_start = text.rfind("\n", 0, o) + 1
    clause = re.split(r"[。；！？，,：:]", text[line_start:o])[-1]
    # (the 8 characters after the quote hold a comma, a space and the conjunction)
    return bool(rules.claim_before.search(clause) or rules.claim_after.match(text[c + 1 : c + 9]))


def _hedged_word(text: str, o: int, c: int, before: str, rules: QuoteRules) -> bool:
    """Whether a quoted span is one word the writer hedges rather than names: a verb after a concessive
    (虽然“建立”), an adverb or adjective modifying what follows (“真正”的…, “相对的”)."""
    inner = text[o + 1 : c]
    if rules.concessive_before.search(before) and (segment.tag_whole(inner) or "").startswith("v"):
        return True
    word = inner[:-1] if inner.endswith("的") else inner
    modifies = inner.endswith("的") or text[c + 1 : c + 2] == "的"
    return modifies and len(word) >= 2 and segment.tag_whole(word) in rules.modifier_tags


def _verse(inner: str, rules: QuoteRules) -> bool:
    """Whether a quoted sentence is a line of verse or a classical saying (“志之所趋，无远弗届，穷山距海，不能限也。”):
    its shape (``rules.verse``) and clauses of one length, as verse and parallel sayings have them; a statement's
    clauses run uneven (“要秉持某某精神，干在实处，走在前列。”)."""
    clauses = [x for x in re.split(r"[，；]", inner.rstrip("。！")) if x]
    return bool(rules.verse.fullmatch(inner)) and len({len(x) for x in clauses}) == 1


def _phrase(inner: str, rules: QuoteRules) -> bool:
    """Whether a quoted span is short enough in clauses to be a formulation: more clauses than
    ``max_formulation_clauses`` are quoted prose (“以奋斗之我，建设奋斗之乡村，奋斗之城市，…”) unless
    they are a slogan's lines of one length (“实干为先永不停步，创新为要再开新局，担当为本勇挑重担”)."""
    clauses = [x for x in re.split(r"[，,；;]", inner.rstrip("。！？!?")) if x]
    return len(clauses) <= rules.max_formulation_clauses or len({len(x) for x in clauses}) == 1


def find_documents(text: str, article: Article, around: tuple[int, int] | None = None) -> list[Point]:
    """《…》 titles in one article; with ``around`` (a span holding the body), also those its apparatus
    names there (an editor's note above the body, the notes after it: 《某刊》编辑部按, [3] 参见《某某论》).
    A title is the text's wherever it stands; one of the apparatus is recorded, never asked (rule
    ``quoted.document.apparatus``)."""
    lo, hi = around or (article.start, article.end)
    out = []
    for m in BOOK_RE.finditer(text, lo, hi):
        p = _point("document", article, text, m.start(1), m.end(1), sentence_at(text, m.start()))
        if article.start <= m.start() < article.end:
            out.append(p)
        elif _line_end(text, m.end()).rstrip("”’」』").endswith(("。", "！", "？")):
            # (a sentence of a note, a quotation's closing mark after its stop too: 原文是：“…。”; a source
            # line or a masthead, 来源：《某报》, names no title of the text)
            out.append(replace(p, rule=APPARATUS_DOCUMENT))
    return out


def _line_end(text: str, pos: int) -> str:
    """The line of ``text`` that ``pos`` stands on, up to its end, without trailing space."""
    end = text.find("\n", pos)
    return text[pos : end if end >= 0 else len(text)].rstrip()


# the rule of a title that an article's apparatus names, outside its body
APPARATUS_DOCUMENT = "quoted.document.apparatus"


def _point(kind: str, article: Article, text: str, s: int, e: int, sent: Span, **kw) -> Point:
    section = _section_at(article, s)
    return Point(
        kind=kind,
        article=article.id,
        section=section,
        heading=article.heading_at(section),
        text=text[s:e],
        start=s,
        end=e,
        sentence=sent,
        rule=f"quoted.{kind}",
        **kw,
    )


def _section_at(article: Article, pos: int) -> int:
    section = 0
    for p in article.paragraphs:
        if p.start > pos:
            break
        section = p.section
    return section
