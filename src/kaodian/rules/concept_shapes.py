"""The shapes a key concept stands in, found from the segmenter's part-of-speech tags: a noun phrase
and its role (X是…, 坚持X, X的原则, 是X的Y), the subject or topic of a definition, a series said
whole, what X作为/以X为 makes X, the value a cue announces, a rule's final verb.  Each finder puts its
spans with the role that earned them into a ``Candidates``; concepts.py scores and chooses."""

from __future__ import annotations

from typing import NamedTuple

from ..text import CLOSE_MARKS, OPEN_MARKS
from .concept_rules import ConceptRules
from .edge_words import edge_run

# jieba tags of words that make a noun phrase: nouns of every kind, verbal and
# adjectival nouns, idioms and abbreviations, distinguishing words (上级)
NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "ng", "j", "l", "i", "vn", "an", "s", "nrt", "eng", "nrfg", "b"})
# tags that may open a noun phrase when a noun follows: adjectives, numerals (第一要务)
MODIFIER_TAGS = frozenset({"a", "b", "m"})
VERB_TAGS = frozenset({"v", "vd", "vi"})
# tags of a clause-final word that may be the rule itself (必须问责, 报…备案)
FINAL_TAGS = VERB_TAGS | {"vn", "n"}
# what ends a clause inside a sentence; a concept never crosses one (nor a dash: ——刘少奇同志是…
# opens with a bullet, not with a part of its subject)
PUNCT = frozenset("，；：。、？！“”（）《》,;:\u3000 —")
# where a sentence's own subject may start: after the end of the last sentence or clause
_SENTENCE_ENDS = frozenset("。；！？")
# what closes an item's number at the start of a sentence (4. / 4、)
_ITEM_DOTS = frozenset(".．、")
# circled numbers, which mark an item with no dot after them (②科学社会主义的理论基础是…)
_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
# 从X之日起, 自X之日起: X is the event a term runs from (a rule's concept)
_SINCE = ("从", "自")
# 把X / 将X + verb: X is what the clause disposes of
_DISPOSAL = ("把", "将")
# the longest term of a series 是X的Y blanks whole (坚持真理、实事求是): longer terms are clauses
SERIES_TERM_MAX = 6
# joiners a concept may neither start nor end with
EDGE = frozenset("的和与")


class Concept(NamedTuple):
    """A candidate blank: offsets into the sentence, its score and the role that earned it (a named
    tuple: a sentence makes dozens of candidates, a dataclass costs several times as much to make)."""

    start: int
    end: int
    score: float
    role: str


Token = tuple[str, str, int, int]  # word, tag, start, end


def _run_end(toks: list[Token], i: int) -> int:
    """The last token of the noun phrase that starts at ``i`` (modifiers before a noun, 和 between nouns)."""
    j, last = i, len(toks) - 1
    while j < last:
        nxt = toks[j + 1]
        if nxt[1] in NOUN_TAGS or (
            j + 2 <= last and toks[j + 2][1] in NOUN_TAGS and (nxt[1] in MODIFIER_TAGS or nxt[0] in ("和", "与"))
        ):
            j += 1
        else:
            break
    return j


def _runs(toks: list[Token]) -> list[tuple[int, int]]:
    out, i, n = [], 0, len(toks)
    while i < n:
        tag = toks[i][1]
        if tag in NOUN_TAGS or (tag in MODIFIER_TAGS and i + 1 < n and toks[i + 1][1] in NOUN_TAGS):
            j = _run_end(toks, i)
            out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


# The marks that close a quotation or a title: a phrase or clause that follows one goes on through it.
_CLOSING_MARKS = frozenset(CLOSE_MARKS)
_QUOTE_MARKS = frozenset(OPEN_MARKS + CLOSE_MARKS)


class Candidates:
    """The candidates of one sentence, best score per span, before recurrence is counted."""

    def __init__(self, sentence: str, rules: ConceptRules) -> None:
        self.sentence, self.p = sentence, rules
        self.best: dict[tuple[int, int], tuple[float, str]] = {}  # span -> score, role

    def fits(self, start: int, end: int, number: bool = False) -> bool:
        """Whether sentence[start:end] may be a concept at all (its length, no punctuation, no joiner
        at an edge, not a generic word), whatever its role."""
        p = self.p
        if not number and not p.min_chars <= end - start <= p.max_chars:
            return False
        text = self.sentence[start:end]
        if not number and text in p.generic:
            return False
        if start > 0 and self.sentence[start - 1] in _CLOSING_MARKS:
            return False  # “十五五”|时期经济社会发展: the tail of a phrase a quotation opens

        return bool(text) and PUNCT.isdisjoint(text) and text[0] not in EDGE and text[-1] not in EDGE

    def put(self, start: int, end: int, role: str, bonus: float = 0.0) -> None:
        """Keep the span with this role unless it has a better score already."""
        score = self.p.scores[role] + bonus
        old = self.best.get((start, end))
        if old is None or old[0] < score:
            self.best[(start, end)] = (score, role)

    def add(self, start: int, end: int, role: str, bonus: float = 0.0, number: bool = False) -> None:
        """``put`` when the span ``fits``."""
        if self.fits(start, end, number):
            self.put(start, end, role, bonus)

    def concepts(self) -> tuple[Concept, ...]:
        """The candidates in sentence order."""
        return tuple(Concept(a, b, score, role) for (a, b), (score, role) in sorted(self.best.items()))


def _is_category(word: str, categories: tuple[str, ...]) -> bool:
    return word.endswith(categories)


def _phrase_role(toks: list[Token], i: int, j: int, p: ConceptRules) -> tuple[str, float]:
    """The role of the noun phrase toks[i..j] and the bonuses it earns besides."""
    s = p.scores
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    after = toks[j + 2] if j + 2 < len(toks) else None
    role, bonus = "base", 0.0
    opens = prev is None or prev[0] in PUNCT or prev[1] == "c"
    if opens and nxt and nxt[0] == "是" and toks[j][0] not in p.not_copula:
        role = "subject_is"
    elif opens and nxt and nxt[1] in VERB_TAGS:
        role = "subject_verb"
    # 坚持X, 创立了X, and 维护党的X: a one-word owner with 的 stands between the verb and its object
    governed = prev and (prev[0] in p.governing or (prev[0] == "了" and i > 1 and toks[i - 2][0] in p.governing)
                         or (prev[0] == "的" and i > 2 and toks[i - 2][1] in NOUN_TAGS and toks[i - 3][0] in p.governing)
                         or (prev[0] in _SINCE and _clause_has(toks, j + 1, "之日")))
    if governed:
        bonus += s["governed"]
    if prev and prev[0] == "以" and nxt and nxt[0] in ("为", "同志"):
        bonus += s["yi_wei"]
    if nxt and nxt[0] == "的" and after and _is_category(after[0], p.categories):
        bonus += s["before_category"]
    # the Y of …是…的Y: a 是 stands before it in its clause
    if prev and prev[0] == "的" and (nxt is None or nxt[0] in PUNCT) and _clause_has_before(toks, i - 1, "是"):
        bonus += s["predicate_head"]
    # (an agent closes its clause but for the rule's verb: 受X领导。, 由X决定。; so does the object of
    # 把 before the verb phrase: 把X放在首位)
    if (nxt is None or nxt[0] in PUNCT or (nxt[0] in p.agent_verbs and (after is None or after[0] in PUNCT))
            or (prev and prev[0] in _DISPOSAL and nxt[1] in ("l", "i", "v"))):
        bonus += s["clause_end"]
    if role != "base":
        bonus += s["base"]
    return role, bonus


def _clause_has(toks: list[Token], k: int, word: str) -> bool:
    """Whether ``word`` stands in toks[k:] before the clause ends."""
    while k < len(toks) and toks[k][0] not in PUNCT:
        if word in toks[k][0]:
            return True
        k += 1
    return False


def _phrases(c: Candidates, toks: list[Token]) -> None:
    """Noun phrases by role, and 是X的Y predicates as a whole."""
    n = len(toks)
    for i, j in _runs(toks):
        if j > i and i > 0 and toks[i - 1][0] in c.p.agents and toks[j][0] in c.p.agent_verbs:
            j -= 1  # 受X领导, 报X备案: the segmenter makes the verb a noun of the agent's phrase
        elif j > i and i > 0 and toks[i - 1][0] in _DISPOSAL and toks[j][1] in ("l", "i"):
            j -= 1  # 把X放在首位: the verb phrase after the object is taken for an idiom
        a, b = toks[i][2], toks[j][3]
        if c.fits(a, b):  # the role is worked out only for a span that may be a concept
            role, bonus = _phrase_role(toks, i, j, c.p)
            c.put(a, b, role, bonus)
        if i > 0 and toks[i - 1][0] == "是" and j + 2 < n and toks[j + 1][0] == "的" and toks[j + 2][1] in NOUN_TAGS:
            k = _run_end(toks, j + 2)
            # …是关系党生死存亡的问题: a generic head (问题, 工作) names no category, the subject is the concept
            if (k + 1 >= len(toks) or toks[k + 1][0] in PUNCT) and toks[k][0] not in c.p.generic:
                c.add(toks[i][2], toks[k][3], "predicate")


def _series_objects(c: Candidates, toks: list[Token]) -> None:
    """A series of short terms as what a sentence says, blanked whole (a blank never holds a 、
    elsewhere): X of 是X的Y (刘少奇同志是|坚持真理、实事求是|的光辉榜样), and the object of a governing word
    that closes its clause (坚持|纪严于法、纪在法前|，; 坚持|有责必问、问责必严|，)."""
    for i, tok in enumerate(toks):
        shi = tok[0] == "是"
        if not shi and tok[0] not in c.p.series_takers:
            continue
        j, terms = i + 1, 1
        while j < len(toks) and toks[j][0] != "的" and (toks[j][0] == "、" or toks[j][0] not in PUNCT):
            terms += toks[j][0] == "、"
            j += 1
        if terms < 2 or j == i + 1:
            continue
        if shi and (j >= len(toks) - 1 or toks[j][0] != "的" or toks[j + 1][1] not in NOUN_TAGS):
            continue
        if not shi and j < len(toks) and toks[j][0] not in PUNCT:
            continue
        a, b = toks[i + 1][2], toks[j - 1][3]
        parts = c.sentence[a:b].split("、")
        if all(c.p.min_chars <= len(t) <= SERIES_TERM_MAX for t in parts) and b - a <= c.p.max_chars:
            c.put(a, b, "predicate" if shi else "governed_series")


def _subjects(c: Candidates, toks: list[Token]) -> None:
    """The whole span before a clause's 是, whatever the tagger made of it (创新/v是…); and the
    topic a comma sets apart before it (坚持改革开放，是…; 解放思想，始终是…): what the sentence defines."""
    for i, tok in enumerate(toks):
        if tok[0] != "是" or i == 0 or toks[i - 1][0] in c.p.not_copula:
            continue
        k = i - 1
        while k >= 0 and (toks[k][0] not in PUNCT or toks[k][0] == "、"):
            k -= 1
        if _opens_sentence(toks, k):  # only a sentence's own subject, not a mid-sentence clause's
            e = _before_adverbs(toks, k, i, c.p)
            # (an item's number, 5.|敢于担当是…, is no part of the subject: the blank would take it)
            if (f := _past_number(toks, k + 1, e)) < e - 1 or (f == k + 1 and k < e - 1):
                a, b = toks[f][2], toks[e - 1][3]
                # a series as subject (作风问题、干群关系问题是…): its first term, as a writer blanks it
                first = c.sentence[a:b].split("、")[0]
                c.add(a, a + len(first), "subject_is", c.p.scores["base"])
            continue
        # 是 after a comma (and adverbs: 始终是, 也是): the first clause of the sentence is its topic
        j = i - 1
        while j >= 0 and toks[j][1] in ("d", "c") and toks[j][0] not in PUNCT:
            j -= 1
        if j != k or toks[k][0] not in "，,":
            continue
        t = k - 1  # (a series may be the topic: 标本兼治、综合治理、惩防并举，是…)
        while t >= 0 and (toks[t][0] not in PUNCT or toks[t][0] == "、"):
            t -= 1
        if t < k - 1 and _opens_sentence(toks, t):
            # 坚持改革开放，是…: the object of the governing verb is what is defined, the verb its cue
            a = _past_number(toks, t + 1, k)
            a = a + 1 if toks[a][0] in c.p.governing and a + 1 < k else a
            # a series as topic: its first term, as a writer blanks it (the others stay its cue)
            first = c.sentence[toks[a][2] : toks[k - 1][3]].split("、")[0]
            c.add(toks[a][2], toks[a][2] + len(first), "topic", c.p.scores["base"])


def _before_adverbs(toks: list[Token], k: int, i: int, p: ConceptRules) -> int:
    """Where the subject of the 是 at toks[i] ends (toks[k] ends the clause before it): before the adverbs and
    modals that stand between it and 是 (人民群众|始终是, 发展|才是, 新老干部|应该是): they say how the sentence
    states it, and a blank holding them (______是… answered 人民群众始终) asks the subject with them."""
    # (by the words of edge_words.yaml, not the adverb tag: jieba tags 从严 of 全面从严|是 an adverb)
    return i - edge_run([t[0] for t in toks[k + 2 : i]], p.modal, from_end=True)


def _past_number(toks: list[Token], a: int, end: int) -> int:
    """The first token at or after toks[a] past an item's number that opens it (4.|解放思想、实事求是，是…):
    the number marks the item, it is no part of the term the item defines."""
    if a + 2 < end and toks[a][1] == "m" and toks[a][0].isdigit() and toks[a + 1][0] in _ITEM_DOTS:
        return a + 2
    if a + 1 < end and toks[a][0] in _CIRCLED:  # ②科学社会主义的…: a circled number marks the item alone
        return a + 1
    return a


def _opens_sentence(toks: list[Token], k: int) -> bool:
    """Whether toks[k] (-1: before the first) ends the sentence before a clause or is a dash that
    opens the sentence (——X是…: a bullet)."""
    if k == -1 or toks[k][0] in _SENTENCE_ENDS:
        return True
    return all(t[0] == "—" for t in toks[: k + 1])


def _values(c: Candidates, toks: list[Token]) -> None:
    """The value a sentence defines: the rest of the clause after 是/就是/在于 when a value cue stands
    before the verb (…的主题是X, 首要的就是X, 最核心的，就是X, 根本尺子是X, 根本在于X), or a category that
    the subject names (…的国体是X)."""
    for i, tok in enumerate(toks):
        if tok[0] not in c.p.value_verbs or i == 0:
            continue
        k = i - 1
        while k > 0 and toks[k][0] in ("的", "就", "，", ","):
            k -= 1
        # 起决定性作用的是|党性: what a cleft sentence singles out is its value too
        cleft = tok[0] == "是" and toks[i - 1][0] == "的" and k < i - 1 and toks[k][0] not in PUNCT
        # (the cue may be two words to the tagger: 总|目标是)
        cues = (*c.p.value_cues, *c.p.value_heads)
        cued = cleft or c.sentence[: toks[k][3]].endswith(cues) or (
            k > 0 and toks[k][1] in NOUN_TAGS and toks[k - 1][0].endswith(cues)) or (
            # X的<category>是Y (我国的国体是…, …革命的对象是…, 党的思想路线是…): the subject names what is defined, Y is
            # the answer (public banks blank 我国的国体是______)
            tok[0] == "是" and toks[k][0].endswith(c.p.defined_heads) and _after_de(toks, k))
        if not cued:
            continue
        if i + 1 < len(toks) and toks[i + 1][0] in ("：", ":"):
            i += 1  # …的经济纲领是：A，B，C。 the value is what the colon opens (its first clause, when a term)
        j = i + 1
        while j < len(toks) and toks[j][0] not in PUNCT:
            j += 1
        # (a clause that opens with a preposition, past a modal, is an adverbial: 是要在今后一个时期内，…)
        h = i + 2 if i + 2 < j and toks[i + 1][0] in ("要", *c.p.modal) else i + 1
        if j > i + 1 and toks[h][1] != "p" and c.fits(toks[i + 1][2], toks[j - 1][3]):
            c.put(toks[i + 1][2], toks[j - 1][3], "value")
            if not cleft:
                _cue_not_term(c, toks[k][3])


def _after_de(toks: list[Token], k: int) -> bool:
    """Whether the head toks[k] follows a 的, past at most one modifier (学会的|基本|原则): X的<head>."""
    return (k > 0 and toks[k - 1][0] == "的") or (k > 1 and toks[k - 2][0] == "的" and toks[k - 1][0] not in PUNCT)


def _cue_not_term(c: Candidates, end: int) -> None:
    """The subject or topic that ends in a value cue (社会主义的本质，是…; 总目标是…) is the cue, not the
    defined term: it names the category, the value after 是 is what the sentence says (a teacher asks it).
    It stays a plain noun phrase."""
    for (a, b), (score, role) in list(c.best.items()):
        if role in ("subject_is", "topic") and b == end:
            c.best[(a, b)] = (c.p.scores["base"], "base")


def _as_what(c: Candidates, toks: list[Token]) -> None:
    """What a sentence makes its subject: the Y of X作为Y (书记作为|党风廉政建设第一责任人, 巡视作为|党内监督的
    战略性制度安排), and the Y of 以X为Y when a value cue opens it (以…精神为|根本遵循): the role or standing a
    writer asks, where X alone is often a long clause."""
    for i, tok in enumerate(toks[:-1]):
        if tok[0] == "作为" and i > 0 and toks[i - 1][0] not in PUNCT:
            role = "as_role"
        elif tok[0] == "为" and toks[i + 1][0].startswith(c.p.value_cues) and _clause_has_before(toks, i, "以"):
            role = "value"
        else:
            continue
        j = i + 1
        while j < len(toks) and (toks[j][1] in NOUN_TAGS or toks[j][1] in MODIFIER_TAGS or toks[j][0] == "的"
                                 or (toks[j][1] in VERB_TAGS and (j + 1 == len(toks) or toks[j + 1][0] in PUNCT))):
            j += 1
        while j > i + 1 and toks[j - 1][0] == "的":
            j -= 1
        # 以X为Y closes its clause (以…为根本遵循，): 以习近平同志为核心的党中央团结带领… is a formulation
        # and the subject of a verb, not a value
        if role == "value" and j < len(toks) and toks[j][0] not in PUNCT:
            continue
        if j > i + 1:
            c.add(toks[i + 1][2], toks[j - 1][3], role)


def _placed_values(c: Candidates, toks: list[Token]) -> None:
    """The X of 把X确定为…的主题 / 把X列为重中之重: what a sentence makes its theme, main line or first task
    (a value cue after the placing verb in X's clause).  把X作为Y asks Y (``_as_what``), but X when Y is a
    set phrase no one blanks (把提升学生关键能力作为|重中之重: a teacher asks 提升学生关键能力)."""
    for i, tok in enumerate(toks[:-1]):
        if tok[0] != "把":
            continue
        j = i + 1
        while j < len(toks) and toks[j][0] not in PUNCT and toks[j][0] not in c.p.placing_verbs and not (
                toks[j][0] == "作为" and j + 1 < len(toks) and toks[j + 1][0] in c.p.generic):
            j += 1
        if j == len(toks) or toks[j][0] in PUNCT or j == i + 1:
            continue
        k = j + 1  # (a quotation does not end the clause: 确定为“十五五”时期…的主题)
        while k < len(toks) and (toks[k][0] not in PUNCT or toks[k][0] in _QUOTE_MARKS) \
                and not c.sentence.startswith(c.p.value_cues, toks[k][2]):
            k += 1
        if k < len(toks) and toks[k][0] not in PUNCT:
            c.add(toks[i + 1][2], toks[j - 1][3], "value")
            # the cue after the placing verb, when it is the standing word itself (作为|主攻方向), stays the stem's
            # cue: a second blank on it leaves the learner to guess both what is placed and where (a longer role,
            # 第一位的工作任务, stays a concept: without it a general word of it is left to blank)
            for (a, b), (_, role) in list(c.best.items()):
                if role == "as_role" and c.sentence[a:b] in c.p.value_cues:
                    c.best[(a, b)] = (c.p.scores["base"], "base")


def _clause_has_before(toks: list[Token], k: int, word: str) -> bool:
    """Whether ``word`` stands as a word in the clause of toks[k] before it."""
    k -= 1
    while k >= 0 and toks[k][0] not in PUNCT:
        if toks[k][0] == word:
            return True
        k -= 1
    return False


def _category_clauses(c: Candidates, toks: list[Token]) -> None:
    """X的原则 where X is a short clause (个别吸收的原则, 十分慎重的态度); 最X的Y whole, a superlative
    and its category (成为当代中国最显著的特征: 最显著的特征, not the clause before it)."""
    for i, tok in enumerate(toks[:-1]):
        if tok[0] != "的" or not _is_category(toks[i + 1][0], c.p.categories):
            continue
        if i >= 2 and toks[i - 2][0] == "最" and toks[i - 1][0] not in PUNCT:
            # the category and the nouns it opens (最鲜明的精神标识), never half of them
            c.add(toks[i - 2][2], toks[_run_end(toks, i + 1)][3], "category_clause")
            continue
        k = i - 1
        while (k >= 0 and toks[k][0] not in PUNCT and toks[k][0] not in c.p.series_takers and toks[k][0] != "是"
               and toks[k][0] not in c.p.clause_verbs):
            k -= 1
        if k >= 0 and k + 1 < i - 1 and toks[k][0] in c.p.series_takers and toks[k + 1][0] == "了":
            k += 1  # 守住了|不发生系统性风险|的底线: the aspect mark is the verb's
        if k >= 0 and toks[k][0] in _CLOSING_MARKS:
            continue  # “十五五”|时期…发展|的主题: the clause runs on through the quotation; its tail is no concept
        if k >= 0 and toks[k][0] == "是" and ((e := _run_end(toks, i + 1)) + 1 == len(toks) or toks[e + 1][0] in PUNCT):
            # S是X的<category>。: X only says whose the category is; what the sentence defines is S (敢于担当是|做好
            # 工作|的前提), or the category it gives S (…是我们立党立国的|根本指导思想): a teacher's list keys one of
            # those two, never the owner X between them.  The category keeps the standing X had (a defining role)
            a, b = toks[i + 1][2], toks[e][3]
            if c.fits(a, b):
                c.best[(a, b)] = (max(c.p.scores["category_clause"], c.best.get((a, b), (0.0, ""))[0]), "predicate_head")
            continue
        if any(toks[j][1] == "v" and toks[j + 1][1] == "d" for j in range(k + 1, i - 1)):
            continue  # 现代化|奠定|更加坚实|的基础: a clause with its own verb and complement, not a modifier
        if k < i - 1:
            c.add(toks[k + 1][2], toks[i - 1][3], "category_clause")


def _final_verbs(c: Candidates, toks: list[Token]) -> None:
    """A clause-final verb that is the rule itself: 必须问责, 报上级党组织备案."""
    last = len(toks) - 1
    for i in range(1, last + 1):
        tok = toks[i]
        if tok[1] not in FINAL_TAGS or (i < last and toks[i + 1][0] not in PUNCT):
            continue
        prev = toks[i - 1]
        if prev[0] in c.p.modal or (prev[1] in NOUN_TAGS and _after_agent(toks, i - 1, c.p)):
            c.add(tok[2], tok[3], "final_verb")


def _after_agent(toks: list[Token], k: int, rules: ConceptRules) -> bool:
    """Whether the noun phrase ending at toks[k] is an agent: an agent word (由, 报, 受) before it."""
    while k >= 0 and (toks[k][1] in NOUN_TAGS or toks[k][1] in MODIFIER_TAGS or toks[k][0] in ("和", "与")):
        k -= 1
    return k >= 0 and toks[k][0] in rules.agents


def _qualified(c: Candidates, toks: list[Token], i: int) -> bool:
    """Whether the clause after the 是 at toks[i] ends in a category a quality word qualifies
    (是…的根本保证, 是…的鲜明特征, 是最主要的矛盾): the word that says what standing the subject has."""
    j = i + 1  # (a quotation does not end the clause: 是新时代“三农”工作的总抓手)
    while j < len(toks) and (toks[j][0] not in PUNCT or toks[j][0] in _QUOTE_MARKS):
        j += 1
    de = max((k for k in range(i + 1, j) if toks[k][0] == "的"), default=i)
    if de + 1 >= j:
        return False
    return toks[de + 1][0].startswith(c.p.qualities) or (de > i + 1 and toks[de - 1][0].startswith(c.p.qualities))


def _qualified_subjects(c: Candidates, toks: list[Token]) -> None:
    """The subject of X是…的<quality>Y (发展是…的第一要务, 农民问题是…的基本问题) gains
    ``qualified_subject``: the quality word is the cue and Y the category, X is what a writer blanks."""
    bonus = c.p.scores["qualified_subject"]
    for i, tok in enumerate(toks):
        if tok[0] != "是" or i == 0 or toks[i - 1][0] in c.p.not_copula or not _qualified(c, toks, i):
            continue
        k = i - 1  # the subject stands in the clause before 是, or in the clause a comma sets apart
        while k >= 0 and (toks[k][0] not in PUNCT or toks[k][0] == "、" or (toks[k][0] in "，," and k == i - 1)):
            k -= 1
        start = toks[k + 1][2] if k >= 0 else 0
        for (a, b), (score, role) in list(c.best.items()):
            if role in ("subject_is", "topic") and start <= a and b <= tok[2]:
                c.best[(a, b)] = (score + bonus, role)


def find_shapes(c: Candidates, toks: list[Token]) -> None:
    """Put every shape's candidates of the tagged sentence ``toks`` into ``c``."""
    _phrases(c, toks)
    _subjects(c, toks)
    _series_objects(c, toks)
    _as_what(c, toks)
    _placed_values(c, toks)
    _category_clauses(c, toks)
    _values(c, toks)
    _final_verbs(c, toks)
    if c.p.qualities:
        _qualified_subjects(c, toks)
