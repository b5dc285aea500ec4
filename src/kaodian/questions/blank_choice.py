"""Which spans a cloze blanks, and where each blank starts and ends (teacher review, session 7; issue 11
deliverable 4): a further blank only when it is a key concept by itself, and a blank that ends where its
term ends, holds no verb and no half of a quotation.

The mechanism is here; the word and tag lists are policy (policy.yaml ``cloze_blank``, the ``concepts`` rules).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon, segment
from ..model import Span
from ..rules import load_rules
from ..text import common_suffix
from .anchors import POLICY as _ANCHORS
from .blank_frames import copula_inside
from .blank_shapes import MODALS
from .blank_edges import trimmed
from .blanks import item_object
from .drafting import Ctx
from .open_blanks import SET_PHRASES
from .policy import POLICY
from .sentence import CLOSE_QUOTES, OPEN_QUOTES
from .trivia import policy as trivia_policy
from .vocab import load_vocab

# A count (两年, 五年以上, the 两 of 两名): a blank that opens with a numeral.
COUNT = re.compile(r"[一二两三四五六七八九十百千万\d]")
_GENERIC = frozenset(POLICY["cloze_blank"]["generic"])
_RULE_WORDS = tuple(POLICY["cloze_blank"]["rule_words"])
_FILLERS = frozenset(POLICY["cloze_blank"]["fillers"])
_ONE_OF = re.compile(POLICY["cloze_blank"]["one_of"])
_ONE_OF_RULE = re.compile(POLICY["cloze_blank"]["one_of_rule"])
# the tags of a word that is no subject of 是 (主要, 也, 这)
_NOT_SUBJECT = frozenset(POLICY["cloze_blank"]["not_subject_tags"])
# what stands before the place or the agent of a rule (在基层, 由党组, 报党中央, 经支部大会, 受…领导)
_PLACE_AGENT = frozenset(POLICY["cloze_blank"]["place_agent"])
# what ends a word of place (路上, 肩上, 心中): a figure of speech, never the concept
_PLACE_WORDS = tuple(POLICY["cloze_blank"]["place_words"])
_CONNECTIVES = tuple(POLICY["cloze_blank"]["edge_connectives"])
_COPULAS = tuple(sorted(POLICY["cloze_blank"]["copula_openers"], key=len, reverse=True))
_ECHO_HEADS = tuple(POLICY["cloze_blank"]["echo_heads"])
_DETERMINERS = tuple(sorted(POLICY["cloze_blank"]["determiners"], key=len, reverse=True))
# the tags of a word of place, direction or time (国内, 当地, 目前): no value a 是 defines (是国内较早…)
_NOT_VALUE = frozenset(POLICY["cloze_blank"]["not_value_tags"])


_CODE = re.compile(POLICY["cloze_blank"]["code_blank"])
_HONORED = re.compile(POLICY["cloze_blank"]["honored_name"])
_CLAUSE_BREAK = re.compile("[，；。：！？]")  # (compiled once: _concept_place asks it of every blank)
_FORMULA = re.compile(POLICY["cloze_blank"]["honored_formula"])


def filler(t: str, after: str = "") -> bool:
    """Whether ``t`` is a filler, set phrase or connective no question writer blanks (加以解决, 归根结底,
    一定: policy.yaml ``cloze_blank.fillers``), first blank or further one, a code name (“985”:
    ``code_blank``), or a leader's name in a set formula or a speaker's attribution, told by what
    stands ``after`` it (以某某同志|为核心的党中央, 某某总书记|指出: ``honored_name``)."""
    return t in _FILLERS or bool(_CODE.match(t)) or bool(_HONORED.fullmatch(t) and _FORMULA.match(after))


_ARTICLE = re.compile(POLICY["cloze_blank"]["article_count"])


def opens_count(text: str, a: int, b: int) -> bool:
    """Whether the blank text[a:b] opens with a count a rule asks first (两名, 五年, 三个月), not with an article
    before a noun (一个|基层干部: policy.yaml ``cloze_blank.article_count``)."""
    return bool(COUNT.match(text, a, b)) and not _ARTICLE.match(text[a:b])


def counts_one(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a bare count of one of a measure (过去|一年) and so names no concept, unless a
    rule states it as its figure (预备期为|一年): policy.yaml ``cloze_blank.one_of``, ``one_of_rule``.  (A
    phrase that goes on after the count, 一条铁律, is left to ``key_concept``.)"""
    t = text[a:b]
    return len(t) == 2 and bool(_ONE_OF.match(t)) and not _ONE_OF_RULE.search(text[max(0, a - 2) : a])


def without_determiner(text: str, a: int, b: int) -> tuple[int, int]:
    """The blank text[a:b] without a quantifier it opens with (一些|群体性事件 -> 群体性事件), when a term of two
    characters or more is left: the concept is blanked, not how much of it the sentence speaks of."""
    t = text[a:b]
    for w in _DETERMINERS:
        if t.startswith(w) and len(t) - len(w) >= 2:
            return a + len(w), b
    return a, b


def whole_quote(text: str, a: int, b: int, src: Span) -> tuple[int, int]:
    """The blank text[a:b] widened to the whole quotation it opens or closes inside (“______头立，手把红旗
    旗不湿” -> the whole line), when that quotation is no longer than a term's max_len plus its marks:
    a blank never holds half a quotation."""
    opens = a > 0 and text[a - 1] in OPEN_QUOTES  # (an empty slice is in every string: test the bounds)
    closes = b < len(text) and text[b] in CLOSE_QUOTES
    if opens == closes:
        return a, b  # the whole quotation already, or none of it
    if opens:
        end = min((i for i in (text.find(c, b, src.end) for c in CLOSE_QUOTES) if i >= 0), default=-1)
        widened = (a, end)
    else:
        start = max(text.rfind(c, src.start, a) for c in OPEN_QUOTES)
        widened = (start + 1, b) if start >= 0 else (a, a)
    x, y = widened
    inner = text[x:y]
    if y - x <= b - a or y - x > _TERM_MAX + 2 or any(c in inner for c in OPEN_QUOTES + CLOSE_QUOTES):
        return a, b
    return x, y


def without_connective(text: str, a: int, b: int) -> tuple[int, int]:
    """The blank text[a:b] without a connective at its end or start (诫勉直至 -> 诫勉), when a term of two
    characters or more is left, without a copula or a modal verb it opens with (就是实事求是, 必须实事求是
    -> 实事求是), and without the subject before a copula inside it (某某是|某某的根本遵循)."""
    t = text[a:b]
    # (one test in C first: most blanks have no connective at either edge, and the loop asks each of them)
    for w in _CONNECTIVES if t.endswith(_CONNECTIVES) or t.startswith(_CONNECTIVES) else ():
        if t.endswith(w) and len(t) - len(w) >= 2:
            b -= len(w)
        elif t.startswith(w) and len(t) - len(w) >= 2:
            a += len(w)
    # a copula the blank opens with (就是|实事求是) frames the definition: the value is the term
    if (w := next((w for w in _COPULAS if text.startswith(w, a)), None)) and b - a - len(w) >= 2:
        a += len(w)
    # a copula inside the blank (文牍主义是|藏污纳垢的东西) joins a subject to what is said of it: the blank is the
    # value after it when that closes its clause, else the subject before it (组织纪律|是党最基本、最要紧的纪律)
    if (at := copula_inside(text, a, b)) is not None:
        closes = b == len(text) or text[b] in "，。；！？"
        a, b = (a + at[1], b) if closes or at[0] < 2 else (a, a + at[0])
    # a modal verb the blank opens with (必须|实事求是) is the sentence's mood, not the term: the blank starts after it
    # (only before a term: a verb or an adjective after it opens a clause, 必须|严明党…, which stays a bad blank)
    if text[a : a + 2] in MODALS and b - a >= 4 and len(words := segment.tag(text[a:b])) >= 2 and words[0][0] in MODALS \
            and not words[1][1].startswith(("v", "a", "d")):
        a += len(words[0][0])
    return a, b


# tags of the words a term's head noun takes before it (人民建议征集|制度): nouns, verbs, names, idioms
_TERM_TAGS = tuple(POLICY["cloze_blank"]["term_tags"])
# a term is at most this long (policy.yaml cloze_blank.max_len)
_TERM_MAX: int = POLICY["cloze_blank"]["max_len"]


# what an object may open with besides a noun (a verb's object never opens with 和: 坚持和发展…)
_OBJECT_OPENS = tuple(POLICY["cloze_blank"]["object_opens"])


def object_only(text: str, a: int, b: int) -> tuple[int, int]:
    """The blank text[a:b] without the verb it opens with when the rest is that verb's object (报告|国家信访局
    -> 国家信访局): a blank never swallows a verb (teacher review: 含动词、切断动宾)."""
    tags = segment.tag(text[a:b])
    if len(tags) == 2 and tags[1][1] == "nt" and len(tags[1][0]) >= 3:
        return b - len(tags[1][0]), b  # who a rule names (报告|国家信访局): the organ, whatever tag 报告 got
    if len(tags) < 2 or "、" in text[a:b]:
        return a, b
    if (tags[0][0] in load_rules().concepts.governing and tags[-1][1].startswith("n") and b - a - len(tags[0][0]) >= 2
            and (tags[1][1].startswith("n") or tags[1][1] in _OBJECT_OPENS)):
        return a + len(tags[0][0]), b  # 健全|社区议事协商制度: the object of a governing word
    if tags[0][1] != "v":
        return a, b
    got = item_object(text[a:b])
    return (a + got[0], a + got[1]) if got is not None else (a, b)


_PLACE_PREPOSITIONS = tuple(POLICY["cloze_blank"]["place_prepositions"])
# the tags of a word that may stand between a place and its verb (隆重, 胜利, 广泛)
_VERB_LEAD_TAGS = ("d", "ad", "vn", "a")


def without_verb(text: str, a: int, b: int) -> tuple[int, int]:
    """The blank text[a:b] after a preposition of place (在, 于) without the verb it runs on into at the end of
    its clause (在|北京人民大会堂隆重开幕|。 -> 北京人民大会堂), when a noun of two characters or more is left;
    as it stands otherwise.  (The segmenter glues an adverb to its verb as one word of four, 隆重开幕/nr:
    such a word is a verb when its second half is one.)"""
    if not text[a - 1 : a] in _PLACE_PREPOSITIONS or text[b : b + 1] not in "，。；！？,;":
        return a, b
    tags = segment.tag(text[a:b])
    end, cut = b, False
    while tags:
        word, tag = tags[-1]
        verb = tag == "v" or (len(word) == 4 and segment.tag_whole(word[2:]) == "v")
        if not (verb or cut and tag in _VERB_LEAD_TAGS):
            break
        cut = cut or verb
        end -= len(word)
        tags = tags[:-1]
    if not cut or end - a < 2 or not tags or not tags[-1][1].startswith("n"):
        return a, b
    return a, end


_MANNER_TAIL = re.compile(POLICY["cloze_blank"]["manner_verb_tail"])
_MANNER_OBJECT = re.compile(POLICY["cloze_blank"]["manner_object"])
_MANNER_NO_END = tuple(POLICY["cloze_blank"]["manner_no_end"])


def without_manner_verb(text: str, a: int, b: int) -> tuple[int, int]:
    """The blank text[a:b] without the manner word and verb it runs on into (把会员服务作为有机整体|系统谋划 ->
    有机整体), when it is the object of 把…作为 and the tail ends its clause, two characters or more stay and
    what stays ends in no conjunction; never a lexicon or fixed_phrases term; as it stands otherwise (policy.yaml
    ``cloze_blank.manner_verb_tail``, ``manner_object``, ``manner_clause_ends``, ``manner_no_end``)."""
    m = _MANNER_TAIL.search(text, a, b)
    if m is None or m.start() - a < 2 or text[b : b + 1] not in POLICY["cloze_blank"]["manner_clause_ends"]:
        return a, b
    if not _MANNER_OBJECT.search(text[max(0, a - 32) : a]) or text[m.start() - 1] in "".join(_MANNER_NO_END):
        return a, b
    blank = text[a:b]
    if lexicon.class_of(blank) is not None or any(blank in p for p in load_vocab().fixed_phrases):
        return a, b  # (a term the tail is part of, 社会治安综合治理: never cut)
    return a, m.start()


def with_one_of_head(text: str, a: int, b: int, floor: int) -> tuple[int, int]:
    """A count of one widened by the noun that makes it a concept (关键|一年 -> 关键一年) or by the word it
    is the tail of (第|一年 -> 第一年), never before ``floor`` (the source's start); as it stands otherwise
    (过去一年, 重大意义的一年: no concept, see ``key_concept``)."""
    if not _ONE_OF.match(text[a:b]):
        return a, b
    at = max(floor, a - 6)
    for word, tag in segment.tag(text[at:b]):
        end = at + len(word)
        if at < a < end or end == a and tag.startswith("n") and len(word) >= 2:
            return at, b
        at = end
    return a, b


def yi_wei_value(text: str, a: int, b: int) -> tuple[int, int]:
    """The Y of 以X为Y的Z without the 的Z it modifies (以民主集中制为|核心|的制度体系): the blank is the value the
    以…为 gives X, not a piece of the phrase the whole modifies (teacher review: 挖成“核心的制度体系”，把句子拆断)."""
    if text[a - 1 : a] != "为" or text[a - 2 : a] == "作为" or "以" not in re.split("[，；。：！？]", text[max(0, a - 30) : a - 1])[-1]:
        return a, b
    de = text.find("的", a, b)
    return (a, de) if de - a >= 2 else (a, b)


# How far after 是 a quality predicate is looked for: it is ten characters at most (trivia.yaml), so a window this
# long never ends right after one unless the text does
_PREDICATE_REACH = 24


def subject_blank(clause: str, a: int, b: int, offset: int) -> tuple[int, int] | None:
    """The blank for the subject ``clause[a:b]`` of X是… (document offsets: ``offset`` added), or None when no
    subject is blanked: 是 says a quality of it (…是不同的: many subjects fit).  A subject X的<hollow noun>
    (城市和乡村的情况) is narrowed to X (trivia.yaml ``quality_predicate``, ``hollow_nouns``), and an adverb or a modal at its
    edges is left out (blank_edges.yaml ``edge_words``)."""
    pol = trivia_policy()
    if re.match(pol["quality_predicate"], clause[b + 1 : b + 1 + _PREDICATE_REACH]):
        return None
    de = clause.rfind("的", a, b)
    if de - a >= 2 and clause[de + 1 : b] in pol["hollow_nouns"]:
        b = de
    a, b = trimmed(clause, a, b)  # (某精神永远|是…: the adverb before 是 is the sentence's, not the subject's)
    return offset + a, offset + b


_SIDE_STEM_MIN: int = POLICY["cloze_blank"]["side_stem_min"]
_CLAUSE_ENDS = "，。；！？"
_HAN = re.compile("[\u4e00-\u9fff]")


def definition_side(sentence: str, a: int, b: int) -> bool:
    """Whether sentence[a:b] is a whole side of the sentence's 是-definition: the subject that opens its clause
    (城乡基层群众性自治组织|是…), or the value that closes it (…都是|群众的服务员|。), holding no 是 itself, no longer than a
    term, and leaving the stem ``side_stem_min`` characters of its own (policy.yaml ``cloze_blank``).  The
    definition's side is its concept, blanked whole though longer than the sentence's share (``cloze_fit.fit``)."""
    t = sentence[a:b]
    if "是" in t or len(t) > _TERM_MAX or len(sentence) - len(t) < _SIDE_STEM_MIN:
        return False
    if sentence[b : b + 1] == "是":
        return not _HAN.search(_CLAUSE_BREAK.split(sentence[:a])[-1].lstrip("“"))  # (a numbering, 5., may lead)
    if not (b == len(sentence) or sentence[b] in _CLAUSE_ENDS):
        return False
    if sentence[a - 1 : a] in "：:":
        # a review outline's gloss, label：content (商品的二因素：|价值和使用价值|。): the label is one phrase, the
        # content right after its colon is what it names, as the value of X是… is (a colon after a clause, or after a
        # speech verb, 总书记强调：…, introduces a saying, no gloss: concepts.speech_verbs)
        label = sentence[: a - 1]
        return a > 1 and not _CLAUSE_BREAK.search(label) and not label.endswith(load_rules().concepts.speech_verbs)
    if sentence[a - 1 : a] != "是":
        return False
    return not any(sentence[: a - 1].endswith(w) for w in load_rules().concepts.not_copula)


def whole_term(text: str, a: int, b: int, floor: int) -> tuple[int, int]:
    """The blank text[a:b] widened back to its whole term when it is a bare head word (制度, 体系) glued to
    the nouns before it (健全人民建议征集|制度 -> 人民建议征集制度): a blank never holds half a term.
    Never back past ``floor`` (the sentence's start), a verb, 的 or a mark."""
    if b - a > 2 or not text[a:b].endswith(load_rules().concepts.categories) or a <= floor:
        return a, b
    words = segment.tag(text[max(floor, a - _TERM_MAX) : a])
    governing = load_rules().concepts.governing
    start = a
    for w, tag in reversed(words):
        # a verb inside the term (建议征集制度) is part of it; a governing one (健全, 坚持) opens the clause
        if not tag.startswith(_TERM_TAGS) or w in governing:
            break
        start -= len(w)
    while start < a and segment.tag(text[start : start + 4])[0][1] == "v":
        start += len(segment.tag(text[start : start + 4])[0][0])  # a term never opens with a verb
    return (start, b) if start < a and b - start <= _TERM_MAX else (a, b)


# what ends the name of a document of the genre (…条例, …准则, …纲要: anchors.yaml ``document_words``)
_DOCUMENT_ENDS = tuple(_ANCHORS["document_words"])


def one_of_titles(ctx: Ctx, a: int, b: int) -> bool:
    """Whether the titled name text[a:b] stands in a run of titles (《A》《B》, 《A》、《B》), is said only once in
    the document and is no document the lexicon classes: the run lists examples (the films of an anniversary, the
    laws a school studies), and a blank on one of them asks a detail (teachers: 挖空影片名《建国大业》，属琐碎
    记忆).  A title the text says again, a known document or a regulation's title is a point whatever stands
    beside it.  (Not a run of quoted words: “五个必须”“五个决不允许”, “一网通办”“一网统管” are formulations
    teachers ask.)"""
    text = ctx.doc.text
    if not (0 < a and text[a - 1] == "《" and text[b : b + 1] == "》"):
        return False
    before = text[max(0, a - 3) : a - 1].rstrip("、")
    after = text[b + 1 : b + 3].lstrip("、")
    if not (before.endswith("》") or after.startswith("《")):
        return False
    name = text[a:b]
    if name.endswith(_DOCUMENT_ENDS):
        return False  # a regulation or a plan (《…纪律处分条例》《…问责条例》): what a rule-bound text asks
    lexicon = ctx.material.lexicon
    return text.count(name) < 2 and (lexicon is None or lexicon.class_of(name) is None)


def key_concept(ctx: Ctx, a: int, b: int, others: list[str]) -> bool:
    """Whether the document's text[a:b] is a key concept by itself, fit to stand as a blank beside the
    blanks ``others``: a quoted or titled name, a count, a concept by its place in the statement, a classed
    term of the lexicon, or, of three characters or more, a term of the lexicon or of the material's
    series, formulations and titles, or an organ's name.  Of two characters only a term of the text's own
    series or a noun a governing word takes."""
    text, m = ctx.doc.text, ctx.material
    t = text[a:b]
    if t in _FILLERS:
        return False  # a set phrase or connective (归根结底是…, 在一定的范围内) is no concept wherever it stands
    if _ONE_OF.match(t) and not _ONE_OF_RULE.search(text[max(0, a - 2) : a]):
        return False  # one of a measure names nothing (过去一年, 一个环节), but a rule's figure (为一年)
    if _concept_place(text, a, b, others):
        return True
    if a > 0 and text[a - 1] in "“《" and b < len(text) and text[b] in "”》" or COUNT.match(t):
        return True
    if t in _GENERIC or t in _FILLERS:
        return False
    if m.lexicon is not None and m.lexicon.class_of(t) is not None:
        return True  # an organ, document, meeting, rank or formulation (党组)
    if len(t) < 3:
        # a word of two characters is a concept as a term of the text's own series (监督、执纪、问责) or the
        # place or agent of a rule (化解在基层, 由党组决定), never a place word of a figure of speech (永远在
        # 路上, 扛在肩上) nor the object of any verb (成立全国…, 保证全党…): a common one (全面, 政策) stands
        # in the lexicon's groups and recurs everywhere
        if t in _series_terms(ctx):
            return True
        return (not t.endswith(_PLACE_WORDS) and text[a - 1 : a] in _PLACE_AGENT
                and segment.tag_whole(t) not in _NOT_SUBJECT)  # (在|一定的范围内: an adverb, no place)
    if t in m.terms or t in m.formulations or t in m.numbered or t in m.documents:
        return True
    return segment.tag_whole(t) == "nt"  # an organ the segmenter knows (国家信访局)


def slight_alone(ctx: Ctx, a: int, b: int) -> bool:
    """Whether a statement's one blank text[a:b] is a word of one or two characters glued to the words after it, the
    modifier of a longer term and no concept by itself (not a count, a quoted name, a term of the text's series, a
    subject or value of 是): 全面加强|政府|自身建设, 推进实践基础上的|理论|创新 ask what any reader fills, however
    common the word is in the lexicon.  (A word that ends its phrase, 缀有…图案的|红旗|。, 载明其|姓名|（名称）, is
    what a rule states.)"""
    text = ctx.doc.text
    t = text[a:b]
    glued = "\u4e00" <= text[b : b + 1] <= "\u9fff" and text[b] not in "的是为"
    quoted = a > 0 and text[a - 1] in "“《‘"
    return (len(t) <= 2 and glued and not quoted and not COUNT.match(t) and t not in _series_terms(ctx)
            and not _concept_place(text, a, b, []))


def _series_terms(ctx: Ctx) -> frozenset[str]:
    """The terms of the document's term series (监督、执纪、问责), gathered once per document: each
    two-character candidate would read every point."""
    terms = ctx.cache.series_terms.get(ctx.doc_key)
    if terms is None:
        terms = ctx.cache.series_terms[ctx.doc_key] = frozenset(
            s.text for p in ctx.material.points.get(ctx.doc_key, ()) if p.kind == "term_series" for s in p.items)
    return terms


def _slight(ctx: Ctx, a: int, b: int, others: list[str]) -> bool:
    """Whether the further blank text[a:b] is a common word of one or two characters (领导克服困难的|斗争,
    把问题解决在|当地) rather than a figure (两), a quoted or classed term (党组), a term of the text's own
    series (监督) or what a 是 defines (是…的|前提): beside the sentence's key concept, a teacher strikes it
    (session 17's blind teachers: 第二空是泛词，一猜就中)."""
    text = ctx.doc.text
    t = text[a:b]
    if len(t) > 2 or COUNT.match(t) or (a > 0 and text[a - 1] in "“《‘") or _concept_place(text, a, b, others):
        return False
    lexicon = ctx.material.lexicon
    return (lexicon is None or lexicon.class_of(t) is None) and t not in _series_terms(ctx)




def _concept_place(text: str, a: int, b: int, others: list[str]) -> bool:
    """Whether text[a:b] stands where a statement names its concept (issue 11): the subject of a 是, the X
    of 以X为, the object of a governing word (坚持X, 由X批准), a value or category (是…的第一要务, 根本保障),
    or the parallel of another blank (是A的先锋队，同时是B的先锋队); a word of one or two characters only
    as a subject, an X of 以X为 or the value of a 是 (路上 of 永远在路上 is no concept)."""
    t = text[a:b]
    if text[b : b + 1] == "是" or text[b : b + 2] == "就是" or (text[a - 1 : a] == "以" and text[b : b + 1] == "为"):
        # (never an adverb or a modifier before 是: 但主要是…, 也就是…)
        return len(t) > 2 or segment.tag_whole(t) not in _NOT_SUBJECT
    if t in _GENERIC or t in _FILLERS:
        return False
    clause = _CLAUSE_BREAK.split(text[max(0, a - 60) : a])[-1]
    if clause.endswith(("是", "作为", "成为")) or clause.endswith("的") and "是" in clause:
        # (not a word of place or time of two characters: 是|国内|较早… says where, the value comes after it)
        return len(t) > 2 or segment.tag_whole(t) not in _NOT_VALUE  # the value a 是 defines (是党的助手和后备军, 是…的前提, 把…作为检验政绩的标准)
    if len(t) < 3:
        return False
    if SET_PHRASES.fullmatch(t):
        return True  # a formulation of set phrases said whole (严字当头、实字托底)
    c = load_rules().concepts
    if _governed(text, a, c.governing) or t.endswith(c.categories):
        return True
    if any(text[a - len(w) : a] == w for w in _RULE_WORDS):
        return True  # what a rule forbids or requires (不得|打击报复)
    if any(w in t for w in c.value_cues):
        return True
    return any(len(common_suffix([t, o])) >= 2 for o in others)


@lru_cache(maxsize=4)
def _lengths(words: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in words}))


def _governed(text: str, a: int, governing: frozenset[str]) -> bool:
    """Whether a governing word (坚持, 由) stands right before text offset ``a``: a look-up per length of
    the words, not a scan of the list (it is asked of every blank of every cloze)."""
    return any(text[a - k : a] in governing for k in _lengths(governing))


def _echoed(text: str, a: int, b: int, src: Span, spans: list[tuple[int, int]]) -> bool:
    """Whether the blank text[a:b] is a field's label (policy ``echo_heads``) after a word the stem shows elsewhere (人权领域
    beside 人权政治学, 发展主义人权理论): the stem gives it away (session 10's blind review: 第二空“人权领域”
    在上下文中过于显然，应删去)."""
    t = text[a:b]
    head = next((g for g in _ECHO_HEADS if t.endswith(g) and len(t) - len(g) >= 2), None)
    if head is None:
        return False
    word, at = t[: -len(head)], text.find(t[: -len(head)], src.start, src.end)
    while at >= 0:
        if not any(x <= at < y for x, y in spans):
            return True
        at = text.find(word, at + 1, src.end)
    return False


def key_blanks(ctx: Ctx, spans: list[tuple[int, int]], src: Span | None = None) -> list[tuple[int, int]]:
    """Of a cloze's ``spans`` (document offsets, best first), those to blank: the first, the statement's
    best concept, and each further one that is a key concept by itself (``key_concept``), else the
    teacher strikes it (第二空“路上”无考查意义，应删去); a common word of one or two characters first
    (路上) gives way to a key concept beside it (全面从严治党), else to the next phrase of three
    characters or more."""
    text = ctx.doc.text
    texts = [text[a:b] for a, b in spans]
    key = [key_concept(ctx, *ab, texts[:i] + texts[i + 1 :]) for i, ab in enumerate(spans)]
    if src is not None:
        # a further blank the stem gives away by its words shown elsewhere is none (its first blank is kept)
        key = [k and (i == 0 or not _echoed(text, *ab, src, spans)) for i, (ab, k) in enumerate(zip(spans, key))]
    # a further blank of a common short word goes (领导克服困难的|斗争, 解决在|当地)
    key = [k and (i == 0 or not _slight(ctx, *ab, texts[:i] + texts[i + 1 :])) for i, (ab, k) in enumerate(zip(spans, key))]
    if texts[0] in _FILLERS:
        key[0] = False  # (a filler first gives way to every key concept beside it, else the cloze has none)
    elif not key[0] and len(texts[0]) <= 2:
        # a common word first (路上): the next phrase of a term's length stands in for it when no key
        # concept does (永远在路上…营造海晏河清的政治生态 blanks 政治生态)
        # (but no phrase stands in for a count of one, 过去一年: the sentence states no concept there)
        longer = next((i for i, t in enumerate(texts) if len(t) > 2), None)
        if not any(key[1:]) and longer is not None and not _ONE_OF.match(texts[0]):
            key[longer] = True
        key[0] = not any(key[1:])
    else:
        key[0] = True
    return [ab for ab, k in zip(spans, key) if k]
