"""Where the first and the last term of a series begin and end.

The middle terms of a series stand between two 、 and are clean; the first term
shares its chunk with the words that govern the whole series, the last with what
follows it.  These functions cut the two ends from the middle terms' shape: their
length, a prefix or suffix they share, whether they are verb phrases, and the
word boundaries and tags the segmenter gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from .. import segment
from ..text import common_suffix, unbalanced
from ..numerals import value_of

QUOTE_MARKS = "“”‘’"


@dataclass(frozen=True)
class SeriesRules:
    """The compiled ``term_series`` section."""

    min_terms: int
    max_term_chars: int
    last_joiners: tuple[str, ...]
    leading_words: frozenset[str]
    governing_verbs: frozenset[str]
    trailing_words: frozenset[str]
    clause_joints: frozenset[str]
    non_joiners: frozenset[str]
    clause_words: frozenset[str]
    never_first: frozenset[str]
    term_after: frozenset[str]
    max_length_ratio: int
    long_list_terms: int
    count_classifiers: frozenset[str]
    slogan_min_chars: int
    list_ends: frozenset[str]
    frame_nouns: frozenset[str]
    actor_nouns: frozenset[str]

    @classmethod
    def from_rules(cls, rules: dict) -> "SeriesRules":
        s = rules["term_series"]
        return cls(
            s["min_terms"],
            s["max_term_chars"],
            tuple(sorted(s["last_joiners"], key=len, reverse=True)),
            frozenset(s["leading_words"]),
            frozenset(s["governing_verbs"]),
            frozenset(s["trailing_words"]),
            frozenset(s["clause_joints"]),
            frozenset(s["non_joiners"]),
            frozenset(s["clause_words"]),
            frozenset(s["never_first"]),
            frozenset(s["term_after"]),
            s["max_length_ratio"],
            s["long_list_terms"],
            frozenset(s["count_classifiers"]),
            s["slogan_min_chars"],
            frozenset(s["list_ends"]),
            frozenset(s["frame_nouns"]),
            frozenset(s["actor_nouns"]),
        )

VERB_TAGS = ("v", "vd", "vg")
# a term has at least this many characters (one character is a morpheme, no term)
TERM_MIN = 2
COMMON_NOUN_TAGS = ("n", "nt", "nz", "ng", "j")  # not nr, ns: a person or a place
ASPECT_TAGS = ("ul", "uz", "ug")  # 了, 着, 过 after a verb: the verb is a predicate
_LOCALIZERS = ("上", "中", "下", "里", "之上", "之中", "之下", "内", "之内")


def _unquote(t: str) -> str:
    """A term wholly inside quotation marks is given without them."""
    if len(t) > 2 and t[0] in "“‘" and t[-1] in "”’" and not any(c in t[1:-1] for c in QUOTE_MARKS):
        return t[1:-1]
    return t


def _nearest(cands: list[str], ref: float) -> str:
    """The candidate whose length is nearest the middle terms'; the longer one on a tie."""
    return min(cands, key=lambda c: (abs(len(c) - ref), -len(c)))


def _head(term: str, rules: SeriesRules) -> tuple[str, str]:
    """The first word of a term after its adverbs (精心谋 -> 谋), with its tag."""
    words = segment.tag(term.lstrip(QUOTE_MARKS)) or [("", "")]
    for w, t in words:
        if t not in ("d", "ad") and w not in rules.leading_words:
            return w, t
    return words[-1]


def _is_verb(word: str, tag: str, rules: SeriesRules) -> bool:
    return tag in VERB_TAGS or word in rules.governing_verbs


def _is_verbal(middle: list[str], rules: SeriesRules) -> bool:
    """Whether the series' terms are verb phrases (站稳人民立场、尊重人民创造…).

    Terms that share a head noun (战略思维、辩证思维…) are a noun series whatever
    their modifiers look like.
    """
    if len(middle) >= 2 and len(common_suffix(middle)) >= 2:
        return False
    verbs = sum(_is_verb(*_head(m, rules), rules) for m in middle)
    return verbs * 2 > len(middle)


def _first_term(chunk: str, middle: list[str], ref: float, rules: SeriesRules, prefix: str, verbal: bool) -> str:
    if prefix and prefix in chunk:
        return chunk[chunk.rfind(prefix) :]
    if shaped := _same_shape(chunk, middle) or _same_suffix(chunk, middle, rules):
        return shaped
    if "的" in chunk and not any("的" in m for m in middle):
        after = chunk[chunk.rfind("的") + 1 :]
        if len(after) >= ref - 1:  # 全党的政治领导力 -> 政治领导力, but 党的故事 stays whole
            chunk = after
    words = _unglue(segment.tag(chunk), ref, rules)
    min_len = max(1.0, ref / 2)  # a first term is hardly shorter than half the others

    def rest(k: int) -> str:
        return "".join(w for w, _ in words[k:])

    if verbal:
        cands = [c for c in _verbal_starts(words, middle, ref, rules) if min_len <= len(c) <= rules.max_term_chars]
        if cands:
            return _nearest(cands, ref)
    else:
        # a noun phrase: what governs it (a verb, a preposition) ends before it
        # (but two verbs that end the chunk in the very shape of every other term, 统筹|协调 beside 整体推进、督促落实,
        # are the first term, not its governor and its head: session 26, a regulation's 负责统筹|协调 cut)
        shapes = {(len(m), len(segment.cut(m))) for m in middle}
        for k in range(len(words) - 1, -1, -1):
            w, t = words[k]
            if k + 2 == len(words) and t in VERB_TAGS and words[k + 1][1] in VERB_TAGS \
                    and shapes == {(len(rest(k)), 2)}:
                continue
            # (after a preposition that names who makes up or does the series, 主要由|工人阶级、…, the term is
            # what follows however short beside a long middle term)
            least = TERM_MIN if t == "p" and w in rules.term_after else min_len
            if (_is_verb(w, t, rules) or t == "p") and len(rest(k + 1)) >= least and _balanced(rest(k + 1)) \
                    and (k + 1 >= len(words) or words[k + 1][0] not in rules.never_first) \
                    and not _modifier_verb(w, t, rest(k), rest(k + 1), ref, rules):
                words = words[k + 1 :]
                break
        else:
            if all(t in COMMON_NOUN_TAGS for _, t in words) and any(t == "nt" for _, t in words) \
                    and len(chunk) <= rules.max_length_ratio * ref:
                # nothing governs a chunk of common nouns led by a body's name: it is the term, however long
                # (某某大学历史学院教授、档案馆馆长、…: a name is not cut to the others' length); a
                # person or a place may be the topic of the series (毛泽东|实事求是、…, 中国|工人、农民…), and
                # the segmenter tags many an adverb and verb a noun (充分发挥|工会, 继续加强|轨道交通)
                return chunk
    if verbal and len(words) > 2 and words[0][0] in rules.governing_verbs and words[1][1] in VERB_TAGS:
        words = words[1:]  # 出台|减税降费: a verb that governs a verb governs the series, however long its terms
    counted = any(segment.tag(m)[0][1] == "m" for m in middle)
    while len(words) > 1 and len(rest(1)) >= min_len \
            and (words[0][0] in rules.leading_words or (words[0][1] == "m" and not counted)):
        words = words[1:]  # 一支听党指挥: a count governs the whole series unless every term has one
    parts = [w for w, _ in words]
    whole = "".join(parts)
    if len(whole) <= ref + max(1.0, ref / 2) and _balanced(whole):
        return whole
    cands = [c for c in ("".join(parts[k:]) for k in range(len(parts))) if _balanced(c)]
    return _nearest(cands or [whole], ref)


def _unglue(words: list[tuple[str, str]], ref: float, rules: SeriesRules) -> list[tuple[str, str]]:
    """The tagger glues a leading word or a governing verb to the noun after it (广大党员, 提高质量):
    the chunk's last word is split after it when what is left is nearer the other terms' length."""
    if not words or len(words[-1][0]) < 4:
        return words
    last, tag = words[-1]
    glued = next((w for w in sorted(rules.leading_words | rules.governing_verbs, key=len, reverse=True)
                  if len(w) >= 2 and last.startswith(w) and len(last) - len(w) >= 2), None)
    if glued and abs(len(last) - len(glued) - ref) < abs(len(last) - ref):
        return words[:-1] + [(glued, "v" if glued in rules.governing_verbs else "d"), (last[len(glued) :], tag)]
    return words


def _verbal_starts(words: list[tuple[str, str]], middle: list[str], ref: float, rules: SeriesRules) -> list[str]:
    """Where a verb-phrase first term may start in its chunk (the chunk's tagged words): at a verb, or
    right after what governs the series."""
    def rest(k: int) -> str:
        return "".join(w for w, _ in words[k:])

    # a verb phrase: the term starts at the last verb that leaves a phrase long enough
    # a verbal noun may start one too (活/vn 起来), unless a noun follows it: 发展/vn 规律
    # is a noun phrase inside the term (遵循乡村自身发展规律), not the start of one
    def starts(k: int) -> bool:
        w, t = words[k]
        if w in rules.never_first:
            return False
        if t == "vn":
            return k + 1 >= len(words) or not words[k + 1][1].startswith("n")
        # a verb that governs a verb governs the series (出台|减税降费、降低…缴费比例、下调用电价格)
        return _is_verb(w, t, rules) and not (w in rules.governing_verbs and k + 1 < len(words)
                                              and words[k + 1][1] in VERB_TAGS)

    cands = [rest(k) for k in range(len(words)) if starts(k)]
    # a preposition after a preposition, with a verb after it, is the start of a verb the tagger
    # split (从|把|准政治方向: 把准 is the verb)
    cands += [rest(k) for k in range(1, len(words) - 1)
              if words[k - 1][1] == "p" and words[k][1] == "p" and words[k + 1][1] in VERB_TAGS]
    # or right after what governs the series (通过|简政减税, 从|项目介绍, 做好|稳增长): a term
    # may open with a word the tagger calls no verb; after a verb, not with a noun, which is
    # the verb's object inside the term (加强|农村人居环境整治), unless the noun is one word as long
    # as each of the others (推进|简政放权、放管结合: terms of four characters)
    # (a conjunction joins two verbs of one term: 完善和发展…; a term found so is not shorter
    # than the others: 党把|方向 is no term beside 谋大局)
    alike = len({len(m) for m in middle}) == 1
    cands += [rest(k + 1) for k in range(len(words) - 1) if _governs(*words[k], rules)
              and words[k][1] != "c" and words[k][0] not in rules.last_joiners
              and not (words[k + 1][1] == "p" or words[k + 1][0] in rules.leading_words)  # 都|通过|…
              and (words[k][1] == "p" or words[k][0] in rules.leading_words or not words[k + 1][1].startswith("n")
                   or (alike and k + 2 == len(words) and len(words[k + 1][0]) == ref))
              and len(rest(k + 1)) >= ref]
    return [c for c in cands if _balanced(c)]


def _same_shape(chunk: str, middle: list[str]) -> str | None:
    """The first term of terms of one shape (实的作风、细的标准、严的要求): when the middle terms are
    of one length and hold 的 at the same places, the first term is the chunk's end of that length
    with 的 there too (the tagger may have glued its first character to the verb before it)."""
    size = len(middle[0])
    marks = {i for i, c in enumerate(middle[0]) if c == "的"}
    if not marks or len(chunk) <= size:
        return None
    if any(len(m) != size or {i for i, c in enumerate(m) if c == "的"} != marks for m in middle):
        return None
    end = chunk[-size:]
    return end if {i for i, c in enumerate(end) if c == "的"} == marks and _balanced(end) else None


def _same_suffix(chunk: str, middle: list[str], rules: SeriesRules) -> str | None:
    """The first term of terms of one length that end alike (理论学习、实践学习、研讨学习): the chunk's end
    of that length, when it ends alike too and a verb or a preposition ends there (分为|理论学习; a noun
    there is the term's own: 政务服务信息 beside 用户信息)."""
    size = len(middle[0])
    if any(len(m) != size for m in middle) or len(chunk) <= size:
        return None
    suffix = common_suffix([*middle, chunk])
    if len(suffix) < 2 or len(suffix) >= size:
        return None
    words = segment.tag(chunk)
    ends = dict(zip(accumulate(len(w) for w, _ in words), words))
    before = ends.get(len(chunk) - size)
    if before and (_governs(*before, rules) or before[1] in VERB_TAGS) and _balanced(chunk[-size:]):
        return chunk[-size:]
    return None


def _governs(word: str, tag: str, rules: SeriesRules) -> bool:
    """Whether a word governs what follows it: a known governing verb, a preposition, a leading word."""
    return word in rules.governing_verbs or tag == "p" or word in rules.leading_words


def _modifier_verb(word: str, tag: str, with_verb: str, without: str, ref: float, rules: SeriesRules) -> bool:
    """Whether a word the tagger calls a verb belongs to the noun term after it (实践特色, 休闲农业).

    The tagger reads many modifiers of a compound noun as verbs; such a word is
    part of the term when keeping it gives a length nearer the other terms' than
    cutting it off (实践特色 beside 理论特色).  A known governing verb (坚持党的领导)
    and a preposition always govern.
    """
    if tag == "p" or word in rules.governing_verbs or word in rules.clause_words:
        return False  # (nor does the copula: 动力是|工人阶级)
    return abs(len(with_verb) - ref) < abs(len(without) - ref)


def _last_term(chunk: str, middle: list[str], ref: float, rules: SeriesRules, prefix: str, suffix: str,
               verbal: bool) -> str:
    if chunk.startswith("《") and "》" in chunk:
        return chunk[: chunk.index("》") + 1]  # a title is whole (…教学等投诉处理办法》 holds no list end)
    if chunk.endswith("等") and len(chunk) > 1 and segment.cut(chunk)[-1] == "等":
        # a last term after a joiner that the list's 等 closes (_split_last: 新能源与|智能网联汽车等): the list bounds
        # it, not a verb the tagger reads inside it (智能网|联/v|汽车), as long as the ratio of terms allows.  Only the
        # word 等: a term ending in a word of it (平等, 高等, 对等) keeps it (自由、公正、法治、平等 is no 平)
        whole = chunk[:-1]
        if len(whole) <= rules.max_length_ratio * ref and _balanced(whole) \
                and not rules.clause_words & set(segment.cut(whole)):
            return whole
    if suffix and suffix in chunk:
        # a suffix the terms share ends the last term where it first recurs, if the term is then
        # parallel to the others and no clause (with one middle term the suffix is that term's and the
        # first's: 依法办事、依规办事和加强作风建设是规范高效办事… does not end at the second 办事)
        shared = chunk[: chunk.find(suffix) + len(suffix)]
        if len(shared) <= rules.max_length_ratio * ref and not rules.clause_words & set(segment.cut(shared)):
            return shared
    if len(prefix) >= 2 and len(middle) >= 2 and chunk.startswith(prefix) and len({len(m) for m in middle}) == 1:
        # terms of one shape (自我净化、自我完善、自我革新、自我提高能力): the last ends where the
        # others' length ends, if a word ends there; what follows governs the whole series
        size, words = len(middle[0]), segment.cut(chunk)
        ends = {len("".join(words[:k])) for k in range(1, len(words) + 1)}
        if len(chunk) > size and size in ends:
            return chunk[:size]
    keep_de = any("的" in m for m in middle)
    shape = {w for m in middle for w in segment.cut(m)}  # words the terms hold (以…为…): no ends
    nominal = not verbal
    numbers = any(c.isdigit() for m in middle for c in m)  # 特色精品村2170个: numbers are part of the terms
    kept: list[str] = []
    tags: list[str] = []
    stopped = False
    words = _split_localizers(segment.tag(chunk))
    for k, (w, t) in enumerate(words):
        size = len("".join(kept))
        # what follows a series, once the term is about as long as the others (水更清 keeps its 更)
        if kept and (w in rules.list_ends or w in rules.trailing_words and not (w == "的" and keep_de)
                     and w not in shape and size >= 0.6 * ref):
            stopped = True
            if t in ASPECT_TAGS and len(kept) > 1 and tags[-1] in VERB_TAGS:
                kept.pop()  # 保障国家安全提供了: the verb before 了 is the sentence's, not the term's
            break
        # a frame noun and its localizer hold the whole series (在A、B和C基础上): not the last term's
        framed = w in rules.frame_nouns and k + 1 < len(words) and words[k + 1][0] in _LOCALIZERS
        if kept and framed and size >= 0.6 * ref:
            stopped = True
            break
        # after a noun phrase long enough, a verb or a number starts what follows (…程度开展工作), and so
        # does a preposition (列宁|以彻底批判性…) and a person's name before a verb: whom the terms
        # describe (…秘书长|施光海认为)
        named = t == "nr" and k + 1 < len(words) and words[k + 1][1] in VERB_TAGS
        if kept and nominal and ((t in VERB_TAGS and size >= ref) or ((t == "p" or named) and w not in shape
                                                                      and size >= 0.6 * ref)
                                 or (t == "m" and not numbers and size >= 0.7 * ref)):
            stopped = True
            break
        if kept and t == "m" and _counts(w, rules) == len(middle) + 2:
            stopped = True  # a count of the terms themselves closes the series (拉回和锁紧|四个过程, …|三个方面)
            break
        if kept and verbal and t == "m" and not numbers and size >= ref:
            break  # a count after a verb phrase is the series' own (…提高政治能力|七个方面), the term no longer
        kept.append(w)
        tags.append(t)
    whole = "".join(kept)
    # a term that ends where a series' term ends may be as long as the ratio of terms allows
    # (新时代中国特色社会主义思想 after 毛泽东思想); one that only ran into the clause end is cut
    # to the others' length
    # (but terms that share a prefix, 政治立场…政治道路, share a length too)
    limit = rules.max_length_ratio * ref if stopped and not prefix else ref + max(1.0, ref / 2)
    if len(whole) <= limit and _balanced(whole):
        return whole
    cands = [c for c in ("".join(kept[:k]) for k in range(1, len(kept) + 1)) if _balanced(c)]
    return _nearest(cands or [whole], ref)


def _counts(word: str, rules: SeriesRules) -> int:
    """The number a count word says (四个 4, 三项 3, 5个 5) by a classifier of ``rules.count_classifiers``; 0 when
    it is none."""
    return value_of(word[:-1]) if len(word) >= 2 and word[-1] in rules.count_classifiers else 0


def _balanced(term: str) -> bool:
    """A term never cuts a quotation in two (党政“一把手”亲自抓, not 一把手”亲自抓)."""
    return not unbalanced(term, ("“”", "‘’"))


def _split_localizers(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """jieba glues a localizer to the word before it (弱有所扶上持续用力 -> 扶上/f): split it off."""
    out = []
    for w, t in words:
        if t == "f" and len(w) > 1 and w[-1] in "上中下里":
            out += [(w[:-1], "v"), (w[-1], "f")]
        else:
            out.append((w, t))
    return out


def _split_last(part: str, middle: list[str], rules: SeriesRules, first: str = "") -> tuple[str | None, str, str]:
    """The last part of a list: cut at 等 (the list ends there), else split 'Y和Z' at its joiner.

    Returns (the term before the joiner or None, the start of the last term that is
    kept whole, the chunk that holds the rest of the last term).
    A joiner inside a word (惠及, 参与) or inside the terms themselves (速度和质量) does
    not split; nor does one whose left side holds 的 the other terms lack (X、Y的A和B
    joins A and B, not the list), nor one that joins two objects of one verb
    (推进改革开放和中国特色社会主义事业).
    """
    if part.startswith("《") and "》" in part:
        return None, "", part  # a title is the last term whole: its 等 and 和 are the title's
    words = segment.cut(part)
    # (an open list's 等 ends its last term, after a joiner too: 新能源与智能网联汽车等 closes 智能网联汽车 there,
    # whatever length the segmenter's pieces of it suggest, so the chunk keeps its 等 for _last_term to stop at;
    # session 26, a report's 智能网|联 cut)
    close = next((k + 1 for k, w in enumerate(words) if w == "等" and k > 0), len(words))
    for k, w in enumerate(words):
        if w == "等" and k > 0:
            return None, "", "".join(words[:k])
        if w in rules.last_joiners and k > 0 and not any(w in m for m in middle):
            left, right = "".join(words[:k]), "".join(words[k + 1 : close])
            if "的" in left and not any("的" in m for m in middle):
                return None, "", part
            if any(t == "p" for _, t in segment.tag(left)[1:]):
                # a preposition after the term opens a phrase of the predicate, which the joiner is
                # inside (孔子、孟子、荀子以深厚的仁爱精神和教化理念…): the list has no joiner
                return None, "", part
            if (_joins_objects(left, right, middle, rules) or _joins_verbs(left, right, middle or [first])) \
                    and _has_verb([first, *middle], rules):
                # the joiner is inside the last term: its end is sought after the joiner
                return None, left + w, right
            return left, "", right
    return _glued_joiner(part, words, middle, rules)


def _joins_verbs(left: str, right: str, peers: list[str]) -> bool:
    """Whether a joiner joins two verbs of one object (增进共同性、尊重和包容差异性): the left side is a verb
    alone (the segmenter tags some, 尊重, as adjectives out of context), the right a verb and its object,
    and the other terms are verbs with objects, so a lone verb is no term of theirs; the pair is one term.
    Terms that are verbs alone (知识生产、传播与转化) keep their joiner as a list's."""
    lt, rt = segment.tag(left), segment.tag(right)
    if not (len(lt) == 1 and lt[0][1] in ("v", "vn", "a") and len(rt) >= 2 and rt[0][1] == "v"):
        return False
    for peer in peers:
        pt = segment.tag(peer)
        if len(pt) < 2 or not pt[-1][1].startswith("n") or pt[-2][1] != "v":
            return False
    return True


def _glued_joiner(part: str, words: list[str], middle: list[str], rules: SeriesRules) -> tuple[str | None, str, str]:
    """A one-character joiner the segmenter glued into a word with its neighbours (行动力和抗挫力 ->
    行动|力和抗|挫力): the part is split there when the two sides are alike, the left as long as
    the right's start and ending in the same character (a word such as 和平 or 参与 has no such sides)."""
    pos = 0
    for w in words:
        for j in (x for x in rules.last_joiners if len(x) == 1 and len(w) > 1 and x in w[1:-1]):
            at = pos + w.index(j, 1)
            left, right = part[:at], part[at + 1 :]
            if len(left) >= 2 and len(right) >= len(left) and left[-1] == right[len(left) - 1] \
                    and not any(j in m for m in middle):
                return left, "", right
        pos += len(w)
    return None, "", part


def _joins_objects(left: str, right: str, middle: list[str], rules: SeriesRules) -> bool:
    """Whether a joiner after a verb and its object joins a second object of that verb, not a term.

    In 完成重大工程建设、开启城市发展新阶段和区域协调发展新征程 the words before
    和 are a verb with its noun object and what follows 和 opens with no verb: it
    is a second object of 开启, so 和 ends no term.  A left side that is one word
    (差错、失误和错误) or no verb and object (幸福感、获得感和安全感) is split as usual.
    """
    if not right or not _verb_object(left, rules):
        return False
    return not _is_verb(*_head(right, rules), rules)


def _has_verb(chunks: list[str], rules: SeriesRules) -> bool:
    """Whether the other terms of a series hold a verb: a joiner joins two objects of one verb only in a
    series of verb phrases (学院部分优秀党员、发展对象及入党积极分子: 发展对象 is no verb and object)."""
    return any(_is_verb(w, t, rules) for c in chunks for w, t in segment.tag(c))


def _verb_object(term: str, rules: SeriesRules) -> bool:
    """Whether a term is a verb and its noun object (开启改革开放新时期), adverbs aside."""
    words = [(w, t) for w, t in segment.tag(term) if t not in ("d", "ad") and w not in rules.leading_words]
    return len(words) >= 2 and _is_verb(*words[0], rules) and words[1][1].startswith("n")
