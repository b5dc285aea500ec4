"""Cloze blanks a party-school teacher rejects though they fall between words (session 12's blind
reviews; issue 11 deliverable 4, blank what a question writer blanks):

- a set phrase of the genre (取得丰硕成果) or a leader's honored name;
- half a numbered formulation (第二个|百年|奋斗目标);
- half a clause: a blank that opens with an adverb before a verb (进一步明确…), or ends with a verb whose
  complement stands after it (把人民军队建设|成为…), or is the frame a clause opens with (在…方面，);
- the old wording of an amendment (将<old>修改为<new>);
- a verb phrase at the very start of its sentence, with nothing to say whose action it is;
- a cloze of more blanks than a human writer makes (ask_cloze caps a statement's blanks at MAX_BLANKS);
- half of a term of the lexicon (第二个|百年|奋斗目标: 百年奋斗 is a term);
- two blanks that leave their clause almost empty (______是______的政治: ``blank_pairs.thin_clause``), or that
  share one answer (学习______…学习______: ``blank_pairs.one_of_each_answer``);
- a generic head after 的 (…相结合的|产物), guessed from the frame;
- a bound suffix torn from its word at a blank's edge (组织|员同…), where the segmenter only guessed;
- (session 14) a blank that holds a modal verb and what it governs (首先应该明确…), the count of the list the
  sentence spells out (包括|两|个方面：…), a series cut across two phrases or glued to the word governing it
  (强调|国家利益、…); a cloze stem that opens with a conjunction (和…), a verb with 了 and no subject, or a
  pronoun after a fronted frame (作为…，它是…): ``stem_opening``, one of the teacher findings;
- (session 17) a body's session without its 第 before its counted sitting (在|十八届|中央纪委三次全会上) and the
  number of a sitting before the sitting it counts (第五次|集体学习, 五次|全会): the record of an occasion.

``blank_problem`` (lint) asks ``blank_rejected`` of every blank, so the generator drops such a blank and
lint flags it in a bank; the word lists and patterns are policy (blank_shapes.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import segment
from ..rules.schema import load_policy_file
from .blank_frames import across_frame, copula_inside, slogan_first

PATH = Path(__file__).with_name("blank_shapes.yaml")
# What blank_shapes.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "cliche": "re", "cliche_words": [str], "function_words": [str], "honored": "re", "honored_keep": "re", "honored_frame": "re", "rank_count": "re", "adverb_openers": [str],
    "clause_tags": [str], "prepositions": [str], "verb_complement": "re", "frame_heads": [str], "amendment": "re",
    "clause_opening_tags": [str], "max_blanks": int, "ordinal_before": "re", "defined_after": "re",
    "thin_clause_min": int, "series_joint": "re", "generic_heads": [str], "bound_suffixes": [str],
    "modal_inside": [str], "question_words": [str], "count_word": "re", "count_then_list": "re", "conjunction_openers": [str],
    "frame_then_pronoun": "re", "series_verbs": [str], "comparison_closers": [str],
    "pronoun_words": [str], "record_detail": "re", "sitting_count": "re", "sitting_words": [str], "session_count": "re", "sitting_after": "re", "aspect_tags": [str], "blank_members_max": int, "guessed_words": [str], "context_openers": [str], "pair_second": "re",
}
# (blank_pairs reads its keys of the file too)
_P = SHAPES = load_policy_file(PATH, SCHEMA)
_CLICHE = re.compile(_P["cliche"])
_CLICHE_WORDS = frozenset(_P["cliche_words"])
_FUNCTION_WORDS = frozenset(_P["function_words"])
_HONORED = re.compile(_P["honored"])
_HONORED_KEEP = re.compile(_P["honored_keep"])
_HONORED_FRAME = re.compile(_P["honored_frame"])
_RANK_COUNT = re.compile(_P["rank_count"])
_OPENERS = tuple(sorted(_P["adverb_openers"], key=len, reverse=True))
_CLAUSE_TAGS = tuple(_P["clause_tags"])
_PREPOSITIONS = tuple(_P["prepositions"])
_COMPLEMENT = re.compile(_P["verb_complement"])
_FRAME_HEADS = tuple(_P["frame_heads"])
_ORDINAL = re.compile(_P["ordinal_before"])
_AMENDMENT = re.compile(_P["amendment"])
_OPENING_TAGS = tuple(_P["clause_opening_tags"])
_DEFINED_AFTER = re.compile(_P["defined_after"])
MAX_BLANKS: int = _P["max_blanks"]  # see blank_shapes.yaml
_CJK = re.compile("[\u4e00-\u9fff]")
_GENERIC_HEADS = frozenset(_P["generic_heads"])
_SUFFIXES = tuple(_P["bound_suffixes"])
MODALS = frozenset(_P["modal_inside"])  # (blank_choice trims one a blank opens with)
_QUESTION_WORDS = frozenset(_P["question_words"])
_COUNT_WORD = re.compile(_P["count_word"])
_COUNT_THEN_LIST = re.compile(_P["count_then_list"])
_CONJUNCTIONS = frozenset(_P["conjunction_openers"])
_FRAME_PRONOUN = re.compile(_P["frame_then_pronoun"])
_FRAME_CLOSERS = tuple(_P["comparison_closers"])
_PRONOUNS = frozenset(_P["pronoun_words"])
_RECORD_DETAIL = re.compile(_P["record_detail"])
_SITTING_COUNT = re.compile(_P["sitting_count"])
_SITTING_WORDS = tuple(_P["sitting_words"])
_SESSION_COUNT = re.compile(_P["session_count"])
_SITTING_AFTER = re.compile(_P["sitting_after"])
# the segmenter's tags of an aspect particle (了, 着, 过) inside a blank, before its last word
_ASPECT_TAGS = frozenset(_P["aspect_tags"])
# what joins the members of a series (世界观、人生观和价值观)
_JOINTS = re.compile("[、和与及]")
_GUESSED = frozenset(frozenset(_JOINTS.split(w)) for w in _P["guessed_words"])
_CONTEXT_OPENERS = frozenset(_P["context_openers"])
_PAIR_SECOND = re.compile(_P["pair_second"])
_FRAME_REACH = 40  # (a frame of comparison is a phrase: its closer stands within this many characters)
# what may stand before a sentence's first word and still leave the blank at its start: an item's marker
MARKER = re.compile(r"\s*(?:\d+[.、．)）]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[，,、])?\s*")


def blank_rejected(sentence: str, start: int, end: int) -> str | None:
    """Why a blank over sentence[start:end] is one a teacher rejects though it falls between words, or
    None (the shapes of this module's docstring that a sentence alone shows)."""
    t = sentence[start:end]
    if (_CLICHE.match(t) or t in _CLICHE_WORDS) and not _defined_value(sentence, start):
        return f"空“{t}”是套话，不是要考的概念"
    if t in _FUNCTION_WORDS:
        return f"空“{t}”是虚词，不是要考的概念"
    if (why := _guessed_or_detail(t)) is not None:
        return why
    if _SITTING_COUNT.match(t) and sentence.startswith(_SITTING_WORDS, end):
        return f"空“{t}”只是第几次会议，属细枝末节"
    if _SESSION_COUNT.match(t) and _SITTING_AFTER.match(sentence, end):
        return f"空“{t}”只是届次，属细枝末节"
    if (why := _clause_inside(sentence, start, end)) is not None:
        return why
    if t in _GENERIC_HEADS and sentence[start - 1 : start] == "的":
        return f"空“{t}”是泛泛的中心词，从前面的修饰语就能猜出"
    if (why := torn_suffix(sentence, start, end)) is not None:
        return why
    if _HONORED.fullmatch(t) and not _HONORED_KEEP.match(sentence[end:]) and _personal(t):
        return f"空“{t}”是领导人的称谓，人人能照填"
    if start > 0 and sentence[start - 1 : start] in ("第", "前") and (
            _RANK_COUNT.fullmatch(t) or _RANK_COUNT.fullmatch(t + sentence[end : end + 1])):
        return f"空“{t}”只是名次或第几个，属细枝末节"
    if (m := _HONORED_FRAME.search(sentence[max(0, start - 12) : start])) and _personal(m.group(1)) \
            and sentence.startswith("的党中央", end):
        return f"空“{t}”在“以…为核心的党中央”这一固定说法里，人人能照填"
    if (why := _half_clause(sentence, start, end)) is not None or (why := across_frame(sentence, start, end, _GOVERNORS)) is not None:
        return why
    if (why := old_wording(sentence, start, end)) is not None:
        return why
    if t.count("、") >= _P["blank_members_max"]:
        return f"空“{t}”一空要填{t.count('、') + 1}项，答案边界不清"
    if (first := slogan_first(sentence, MARKER.match(sentence).end(), start, end)) is not None \
            and (tags := segment.tag(first)) and tags[0][1].startswith(_OPENING_TAGS) and len(tags) >= 2:
        return f"空“{t}”是句首口号里的一项，题干没有交代语境"  # (slogans of verb phrases: 强基础、补短板)
    if MARKER.fullmatch(sentence[:start]) and sentence[end : end + 1] in "，,；;" and not _DEFINED_AFTER.match(sentence[end:]):
        tags = segment.tag(t)
        if tags and tags[0][1].startswith(_OPENING_TAGS) and len(tags) >= 2:
            return f"空“{t}”是句首的一个分句，题干没有交代语境"
    return None


def _guessed_or_detail(t: str) -> str | None:
    """Why the blank ``t`` asks nothing a teacher asks (session 15's blind ratings), or None: a phrase anyone
    fills in by ear (人民群众; a series of them in any order), a body's session number or a month (第十一届),
    a time word and an adverb (现在已经), or a pronoun or a count of things named outside the stem (它走集体化,
    三者)."""
    members = _JOINTS.split(t)
    if frozenset(members) in _GUESSED:
        return f"空“{t}”是人人都能猜出的泛词，不是要考的概念"
    if _RECORD_DETAIL.match(t):
        return f"空“{t}”只是届次或月份，属细枝末节"
    words = segment.tag(t)
    if len(words) >= 2 and words[-1][1] == "d" and words[0][1].startswith("t"):
        return f"空“{t}”是时间词加副词，是半句话，不是概念"  # (现在已经|是…)
    if (pronoun := next((w for w, _ in words if w in _PRONOUNS), None)) is not None:
        return f"空“{t}”里有代词“{pronoun}”，指代的内容不在题中"
    return None


# a numbered formulation's count (三|废, 五个|…): what stands after it names what the members share (not 一: 一级抓一级
# is a slogan, no count)
_COUNT_HEAD = re.compile("^[二两三四五六七八九十]+(?:个|项|大|种|条)?")
# members that give a formulation away are terms (废气, 一流课程); longer ones are phrases that only share a word with
# it (乡镇党委和政府、街道党工委和办事处…“两委”)
_MEMBER_MAX = 6
# the members of a series that ends right before a blank (废气、废水等“|______”): its last clause, less 等 and quotes
_SERIES_BEFORE = re.compile("(?:^|[，,；;：:。])([^，,；;：:。]*、[^，,；;：:。]*?)(?:等|等等)?[“‘]?$")


def members_before(before: str, name: str) -> bool:
    """Whether the numbered formulation ``name`` (三废) is given away by the series that ends right before its blank
    (``before``: 废气、废水等“): two or more members hold a character of what the formulation counts, so the learner
    reads the answer off them (session 15's blind teacher: 空“三废”前面已经给出“废气、废水等”，从题干就能直接得出答案)."""
    m = _COUNT_HEAD.match(name)
    if m is None or m.end() >= len(name) or (s := _SERIES_BEFORE.search(before)) is None:
        return False
    counted = set(name[m.end() :]) - set("（）()")
    members = s.group(1).split("、")
    return all(len(x) <= _MEMBER_MAX for x in members[1:]) and sum(1 for x in members if counted & set(x)) >= 2


def unasked_series(sentence: str, start: int, end: int) -> str | None:
    """Why the series sentence[start:end] is asked neither whole nor term by term, or None: phrases anyone
    fills in by ear (世界观、人生观和价值观).  (Not bare verbs before their object, 学习、研究和运用|马克思主义,
    though a teacher rejected one: 鼓励、支持、引导|非公有制经济, 教育、培训、选拔、考核和监督|干部 are points of a
    charter that nothing in their words tells apart.)"""
    if frozenset(_JOINTS.split(sentence[start:end])) in _GUESSED:
        return f"空“{sentence[start:end]}”是人人都能猜出的泛词，不是要考的概念"
    return None


def _clause_inside(sentence: str, start: int, end: int) -> str | None:
    """Why sentence[start:end] is a piece of the sentence's own frame rather than a term, or None: it holds a
    modal verb or a copula among other words (首先应该明确局部和整体, 某某|是|某某), it is the count of the list the sentence spells out
    after it (包括|两|个方面：即…), or it is a series cut across two phrases (局部和整体的|关系、短期和长期|的关系:
    a series of X的N、Y的N cut after the first 的, so that its first member N stands again after it)."""
    t = sentence[start:end]
    tagged = segment.tag(t)
    words = [w for w, _ in tagged]
    # a verb with its aspect particle and what follows (进一步端正了对政绩…): the blank ran across a clause
    # (session 17: a blank of a cut clause is no key concept)
    if len(words) >= 2 and (aspect := next((w for w, g in tagged[:-1] if g in _ASPECT_TAGS), None)):
        return f"空“{t}”里有“{aspect}”，是带着动词的半句话，不是概念"
    # a copula between words (文牍主义|是|藏污纳垢的东西): a subject and what is said of it, not one side
    if (at := copula_inside(sentence, start, end)) is not None:
        return f"空“{t}”里有“{t[at[0] : at[1]]}”，连主语带判断是一句话，不是概念"
    # (not a modal inside the modifier of the blank's own head: 全党必须遵循的|总章程 is a noun phrase)
    if len(words) >= 2 and (modal := next((w for w in words if w in MODALS), None)) and "的" not in t[t.index(modal) :]:
        return f"空“{t}”里有“{modal}”，是带着动词的半句话，不是概念"
    if len(words) >= 2 and (asks := next((w for w in words if w in _QUESTION_WORDS), None)):
        return f"空“{t}”里有疑问词“{asks}”，截断了原文列出的问题，不是概念"
    if (why := count_of_list(sentence, start, end)) is not None:
        return why
    if sentence[end : end + 1] == "、" and (why := _governor_glued(sentence, start, end)) is not None:
        return why
    head = t.split("、")[0]
    if "、" in t and sentence[start - 1 : start] == "的" and sentence.startswith("的" + head, end):
        return f"空“{t}”前后都是“的”，跨了两个短语，句子读不通"
    return None


def _governor_glued(sentence: str, start: int, end: int) -> str | None:
    """Why the blank sentence[start:end], the first member of a series (it stands before a 、), holds the word
    that governs the whole series (强调|国家利益、社会整体利益和个人利益; 一种|符合规律、尊重事实的…): its first
    word is a count, or a verb whose object ends as the next member does, and the next member is nouns only;
    or None.  Members that each open with their
    verb (维护社会稳定、促进社会进步, 明方向、立规矩) are verb phrases side by side."""
    tags = segment.tag(sentence[start:end])
    if len(tags) < 2 or tags[0][1] not in _GOVERNOR_TAGS:
        return None
    after = _MEMBER_END.split(sentence[end + 1 : end + 1 + _NEXT_MEMBER], maxsplit=1)[0]
    nxt = segment.tag(after) if after else []
    if not nxt or not all(t.startswith("n") for _, t in nxt):
        return None  # (the next member has a verb or a count of its own, or the segmenter cannot tell)
    rest = sentence[start + len(tags[0][0]) : end]
    if tags[0][1] == "v" and not (tags[0][0] in _GOVERNORS and len(rest) >= 2 and rest[-1] == after[-1]):
        # a verb that takes a series for its object (blank_shapes.yaml series_verbs) governs members of one head
        # (强调|国家利益、社会整体利益); the segmenter tags short verb-object members (肯干|事、能干成事) as nouns
        # and verbal nouns as verbs (实践|特色、理论特色), so any other verb is the member's own
        return None
    return f"空“{sentence[start:end]}”把管着整个并列成分的“{tags[0][0]}”和第一项挖在一起，跨了两个成分"


# the tags of a word that may govern a series it stands before: a verb (强调), a count with its measure (一种)
_GOVERNOR_TAGS = ("v", "m")
_GOVERNORS = frozenset(_P["series_verbs"])
# what ends the next member of a series: a mark, the joint before the last member, the 的 after the series
_MEMBER_END = re.compile("[，,；;。：:！？!?、和与及的]")
# how far after a blank the next member of its series is read (a member is a term: a dozen characters)
_NEXT_MEMBER = 12


def count_of_list(sentence: str, start: int, end: int) -> str | None:
    """Why the blank sentence[start:end] is only the count of the list the sentence spells out after it
    (包括|两|个方面：即A和B), or None."""
    t = sentence[start:end]
    if _COUNT_WORD.match(t) and _COUNT_THEN_LIST.match(sentence[end:]):
        return f"空“{t}”只是后面列出的项数，答案就在题干里"
    return None


def whole_ordinal(text: str, a: int, b: int) -> tuple[int, int]:
    """The blank text[a:b] widened to the numbered formulation it is the middle of (第二个|百年|奋斗目标 ->
    第二个百年奋斗目标): back over the ordinal before it, on to the first noun after it, when one stands
    within a short reach; as it stands otherwise."""
    m = _ORDINAL.search(text[max(0, a - 6) : a])
    if m is None:
        return a, b
    end = b
    for word, tag in segment.tag(text[b : b + 8]):
        if not "\u4e00" <= word[0] <= "\u9fff":
            return a, b  # (a mark before any noun: no formulation to finish)
        end += len(word)
        if tag.startswith(("n", "l")):  # (a noun, or an idiom the segmenter knows whole: 奋斗目标)
            return a - len(m.group()), end
    return a, b


def stock_phrase(t: str) -> str | None:
    """Why the quoted blank ``t`` asks nothing, or None: a figure of speech the genre quotes (打通“最后一公里”)
    is a stock phrase as much as one it does not quote."""
    return f"空“{t}”是套话，不是要考的概念" if t in _CLICHE_WORDS else None


def _defined_value(sentence: str, start: int) -> bool:
    """Whether a blank at ``start`` is the value a 是 defines its subject by (X是…学说的|突出贡献): the
    statement's concept, whatever its words (a teachers' key point of a corpus text asks such a one)."""
    clause = re.split("[，。；：！？,;:]", sentence[max(0, start - 60) : start])[-1]
    return clause.endswith("是") or (clause.endswith("的") and "是" in clause)


def adverb_opening(sentence: str, start: int, end: int) -> str | None:
    """Why sentence[start:end] opens with an adverb before a verb or a preposition (进一步|明确…, 重点|对…),
    which makes it half a clause, or None."""
    t = sentence[start:end]
    opener = next((w for w in _OPENERS if t.startswith(w) and len(t) > len(w)), None)
    if opener is None:
        return None
    rest = t[len(opener) :]
    tags = segment.tag(rest)
    if rest.startswith(_PREPOSITIONS) or (tags and tags[0][1].startswith(_CLAUSE_TAGS)):
        return f"空“{t}”以“{opener}”开头，是半句话"
    return None


def _personal(t: str) -> bool:
    """Whether the honored name ``t`` (某某同志) opens with a person's name, by the segmenter's tag."""
    tags = segment.tag(t)
    return bool(tags) and tags[0][1].startswith("nr")


def old_wording(sentence: str, start: int, end: int) -> str | None:
    """Why sentence[start:end] is no blank of an amendment (将<old>修改为<new>): it stands in the old
    wording, which a quotation or title does too (将按照“…”的方针，修改为…); else None."""
    for m in _AMENDMENT.finditer(sentence):
        if m.start("old") <= start and end <= m.end("old"):
            return f"空“{sentence[start:end]}”在修改前的旧表述里，应考修改后的"
    return None


def _half_clause(sentence: str, start: int, end: int) -> str | None:
    """Why sentence[start:end] is half a clause rather than a term (an adverb before a verb at its start,
    a verb cut from its complement at its end, the frame 在…方面), or None."""
    t = sentence[start:end]
    if (why := adverb_opening(sentence, start, end)) is not None:
        return why
    if _COMPLEMENT.match(sentence[end:]):
        tags = segment.tag(t)
        if tags and tags[-1][1].startswith("v"):
            return f"空“{t}”把动词“{tags[-1][0]}”和它后面的成分拆开了"
    if _ORDINAL.search(sentence[max(0, start - 6) : start]) and "\u4e00" <= sentence[end : end + 1] <= "\u9fff":
        return f"空“{t}”只是“{_ORDINAL.search(sentence[max(0, start - 6) : start]).group()}……”这一提法的一半"
    if t.endswith(_FRAME_HEADS) and sentence[start - 1 : start] == "在" and sentence[end : end + 1] in "，,":
        return f"空“{t}”是句子的领起语，不是概念"
    return None


@lru_cache(maxsize=4)
def _by_first(terms: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of the terms that open with each character: half_of_term looks up only those (it is asked
    of every blank of every cloze, and a frozenset keeps its hash, so this is built once per lexicon)."""
    out: dict[str, set[int]] = {}
    for t in terms:
        if t:
            out.setdefault(t[0], set()).add(len(t))
    return {c: tuple(sorted(ls)) for c, ls in out.items()}


def half_of_term(sentence: str, start: int, end: int, terms: frozenset[str], longest: int = 20,
                 beyond: int = 1) -> tuple[int, int] | None:
    """The span (in ``sentence``) of the shortest term of ``terms`` (the lexicon's) that stands over the
    blank sentence[start:end] and goes on after it (八 of 中央八项规定精神, where 八项规定 is a term), or
    None: the blank holds half of that term.  A term that only reaches before the blank (坚持|党的领导) is
    the verb and its object, and one that ends in a verb (支部大会|通过, 上级党组织|批准) the blank's
    clause: no half of either, nor of an entry that opens with a verb.  The term holds at least ``beyond``
    characters more than the blank."""
    if not terms:
        return None
    first = _by_first(terms)
    found = []
    least, size = end - start + beyond, len(sentence)
    for a in range(start, max(0, end - longest) - 1, -1):
        if ns := first.get(sentence[a]):
            # (a term from ``a`` goes on after the blank, is at most ``longest`` and fits in the sentence:
            # its length bounds worked out once per start, not per length tried)
            lo, hi = max(end - a + 1, least), min(longest, size - a)
            found += [(n, a, a + n) for n in ns if lo <= n <= hi and sentence[a : a + n] in terms]
    found.sort()
    for _, a, b in found:
        tags = segment.tag(sentence[a:b])
        # (a lexicon entry that opens with a verb, 推进国家治理体系, is a clause, no term)
        if tags[-1][1].startswith("n") and tags[0][1] != "v":
            return a, b
    return None


def torn_suffix(sentence: str, start: int, end: int) -> str | None:
    """Why an edge of the blank sentence[start:end] tears a bound suffix from the word before it (组织|员同…:
    the blank opens with 员, or the word after it does), or None: the suffix stands alone there, or the
    segmenter only guessed the word it opens (no dictionary word); 员工, 性质, 化肥 are words of their own."""
    for at in (start, end):
        if at <= 0 or at >= len(sentence) or not sentence[at].startswith(_SUFFIXES) or not _CJK.match(sentence[at - 1]):
            continue
        first = segment.tag(sentence[at : at + 8])
        if first and (len(first[0][0]) == 1 or segment.tag_whole(first[0][0]) is None):
            return f"空“{sentence[start:end]}”把“{sentence[at - 1 : at + 1]}”拆开了，“{sentence[at]}”不能单独成词"
    return None


def stem_opening(shown: str) -> str | None:
    """Why a cloze stem as shown (``shown``, its sentence without a marker) opens on what the question does not
    show: a conjunction or preposition for its first word (和…紧密联系), a verb with 了 and no subject (确立了…),
    or a frame and then a pronoun for the subject (作为…的规范，它是…); else None."""
    if shown[:1] in _CONJUNCTION_FIRST:
        first = segment.tag(shown[:12])
        # (not a frame that compares and closes its clause: 与传统做法不同，…, 与“甲，乙”不同，…)
        if first and first[0][0] in _CONJUNCTIONS and not any(c + "，" in shown[:_FRAME_REACH] for c in _FRAME_CLOSERS):
            return f"题干以“{first[0][0]}”开头，缺了它前面的主语，是残句"
    # (a verb and 了 that open the stem: 确立了…的核心价值理念, a bullet under its subject's label line)
    # (one clause only: 有了…，就… states a condition of its own)
    if "了" in shown[1:4] and "，" not in shown and len(first := segment.tag(shown[:8])) >= 2 and first[0][1] == "v" \
            and first[1][0] == "了":
        return f"题干以“{first[0][0]}了”开头，没有说是谁（主语在题外）"
    if m := _FRAME_PRONOUN.match(shown):
        return f"题干里的“{m['pronoun']}”指的是题外的内容，指代不明"
    # (by the segmenter's first word: 他人, 当前 … are other words; 第二天 opens a clause of its own)
    head = shown[: shown.find("，")] if "，" in shown[:6] else ""
    if head in _CONTEXT_OPENERS or ((first := segment.tag(shown[:8])) and first[0][0] in _CONTEXT_OPENERS):
        return f"题干以“{head or first[0][0]}”开头，承接的内容不在题中，脱离上下文无法作答"
    if _PAIR_SECOND.match(shown):
        return f"题干以“{shown[: shown.index('，')]}”开头，是一对说法的后一半，缺了前半句"
    return None


_CONJUNCTION_FIRST = frozenset(w[0] for w in _CONJUNCTIONS)  # (most stems open with none: tag only those that may)
