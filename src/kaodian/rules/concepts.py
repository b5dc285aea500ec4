"""The key concepts of a sentence: what a question writer blanks in it.

Human fill-in questions on study texts blank the concept a sentence is about,
not an arbitrary word: the defined term of 发展是…的第一要务, the X of
坚持X的原则, the Y of 是X的Y, the object of a governing verb (坚持X, 由X批准),
a count (两名, 五年).  This module finds such candidates from the segmenter's
part-of-speech tags, scores them by where they stand and how they are cued,
and returns the best non-overlapping ones.  The cue words and the scores are
policy in the ``concepts`` section of the rules (default.yaml); the mechanism is here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from .recurrence import Recurrence

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
# a short quotation, a candidate as a whole
QUOTED = re.compile(r"“([^”]{2,14})”")
# before a numeral, these make it no count: 这两项工作, 那三个问题 (每五年 is a count: a term)
_DETERMINERS = frozenset("这那某哪")
# 从X之日起, 自X之日起: X is the event a term runs from (a rule's concept)
_SINCE = ("从", "自")
# 把X / 将X + verb: X is what the clause disposes of
_DISPOSAL = ("把", "将")
# the longest term of a series 是X的Y blanks whole (坚持真理、实事求是): longer terms are clauses
SERIES_TERM_MAX = 6
# joiners a concept may neither start nor end with
EDGE = frozenset("的和与")


@dataclass(frozen=True)
class ConceptRules:
    """The compiled ``concepts`` section of the rules."""

    scores: dict[str, float]
    key_sentence: float
    rule_clauses: tuple[re.Pattern[str], ...]  # a sentence one matches is a key statement whatever it scores
    clause_sentence: int  # a sentence longer than this is taken ；-clause by ；-clause
    per_sentence: int
    min_chars: int
    max_chars: int
    recurring: tuple[int, int]
    categories: tuple[str, ...]
    governing: frozenset[str]
    agents: frozenset[str]  # words before the agent of a rule (由X决定, 受X领导, 报X备案, 经X讨论)
    agent_verbs: frozenset[str]  # the rule's verb after its agent (决定, 批准, 备案, 领导)
    modal: frozenset[str]
    generic: frozenset[str]
    number: re.Pattern[str]  # a count: its numeral in group n, its unit in group u
    numeral_alone: frozenset[str]  # units whose numeral alone is blanked (要有______名…)
    value_cues: tuple[str, ...]  # a word that makes what follows its 是 a defined value (主题, 首要)
    value_verbs: frozenset[str]  # the verbs that state the value (是, 就是, 在于)
    clause_verbs: frozenset[str]  # verbs a category clause never reaches back across (使X成为…的Y)
    speech_verbs: tuple[str, ...]  # what follows the one who says or lays down a statement (指出, 规定)
    cue: re.Pattern[str] | None  # what a sentence that may reach ``key_sentence`` holds (see _cue)

    @classmethod
    def from_rules(cls, rules: dict) -> "ConceptRules":
        d = rules["concepts"]
        units = "|".join(sorted(map(re.escape, d["numeral_units"]), key=len, reverse=True))
        # 第 before a numeral makes an ordinal (第二次, 第三十条), not a count; a numeral before it a longer
        # number (三十条 is no 十条)
        number = re.compile(
            rf"(?<![第\d一二两三四五六七八九十百千])(?P<n>[一二两三四五六七八九十百千\d]+)(?P<u>{units})(?:以上|以下)?"
        )
        return cls(
            scores={k: float(v) for k, v in d["scores"].items()},
            key_sentence=float(d["key_sentence"]),
            rule_clauses=tuple(re.compile(p) for p in d["rule_clauses"]),
            clause_sentence=d["clause_sentence"],
            per_sentence=d["per_sentence"],
            min_chars=d["min_chars"],
            max_chars=d["max_chars"],
            recurring=(d["recurring_min"], d["recurring_max"]),
            categories=tuple(d["categories"]),
            governing=frozenset(d["governing"]),
            agents=frozenset(d["agents"]),
            agent_verbs=frozenset(d["agent_verbs"]),
            modal=frozenset(d["modal"]),
            generic=frozenset(d["generic"]),
            number=number,
            numeral_alone=frozenset(d["numeral_alone_units"]),
            value_cues=tuple(d["value_cues"]),
            value_verbs=frozenset(d["value_verbs"]),
            clause_verbs=frozenset(d["clause_verbs"]),
            speech_verbs=tuple(d["speech_verbs"]),
            cue=_cue(d),
        )


def _cue(d: dict) -> re.Pattern[str] | None:
    """The words one of which every sentence whose best concept may reach the key-sentence bar
    holds (or a count, which the number pattern finds), so a sentence with none is not tagged.

    Without 是 (subject_is, predicate, predicate_head), 以 (yi_wei, 以X为Y's value), 作为 (as_role), a governing word (governed)
    or a category word (before_category, category_clause), the best a candidate scores is a
    phrase's role and clause end, a final verb or a quotation; None when that may reach the bar.
    """
    s = {k: float(v) for k, v in d["scores"].items()}
    end = max(0.0, s["clause_end"])
    best = max(s["base"] + end, s["subject_verb"] + s["base"] + end, s["final_verb"], s["quoted"])
    if best + max(0.0, s["recurring"]) >= float(d["key_sentence"]):
        return None
    words = {"是", "以", "作为", *d["governing"], *d["categories"], *d["value_verbs"]}
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


class Concept(NamedTuple):
    """A candidate blank: offsets into the sentence, its score and the role that earned it (a named
    tuple: a sentence makes dozens of candidates, a dataclass costs several times as much to make)."""

    start: int
    end: int
    score: float
    role: str


Token = tuple[str, str, int, int]  # word, tag, start, end


def _tokens(sentence: str) -> list[Token]:
    from .. import segment

    tagged = segment.tag(sentence)
    words = [w for w, _ in tagged]
    ends = list(accumulate(map(len, words)))
    return list(zip(words, [t for _, t in tagged], [0, *ends[:-1]], ends))


def _retag(toks: list[Token], rules: ConceptRules) -> list[Token]:
    """The tokens with a word that introduces an agent (经, 并报) tagged a preposition: the segmenter
    tags some as nouns, and a noun phrase never opens with one (经支部大会)."""
    return [(w, "p", a, b) if w in rules.agents and t[0] in "nv" else (w, t, a, b) for w, t, a, b in toks]


def _cue_words(toks: list[Token], rules: ConceptRules) -> bool:
    """Whether a cue word of ``_cue`` stands as a token the way a bonus or role needs it: 是, 以 or a
    governing word as a word, a category word ending the word right after 的."""
    words = [t[0] for t in toks]
    if ("是" in words or "以" in words or "作为" in words or not rules.governing.isdisjoint(words)
            or not rules.value_verbs.isdisjoint(words)):
        return True
    return any(w == "的" and nxt.endswith(rules.categories) for w, nxt in zip(words, words[1:]))


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


class _Candidates:
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
    if opens and nxt and nxt[0] == "是":
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
    if prev and prev[0] == "的" and (nxt is None or nxt[0] in PUNCT) and _after_shi(toks, i):
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


def _after_shi(toks: list[Token], i: int) -> bool:
    """Whether a 是 stands earlier in the clause of toks[i] (…是…的Y)."""
    k = i - 2
    while k >= 0 and toks[k][0] not in PUNCT and toks[k][0] != "是":
        k -= 1
    return k >= 0 and toks[k][0] == "是"


def _phrases(c: _Candidates, toks: list[Token]) -> None:
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


def _series_objects(c: _Candidates, toks: list[Token]) -> None:
    """A series of short terms as what a sentence says, blanked whole (a blank never holds a 、
    elsewhere): X of 是X的Y (刘少奇同志是|坚持真理、实事求是|的光辉榜样), and the object of a governing word
    that closes its clause (坚持|纪严于法、纪在法前|，; 坚持|有责必问、问责必严|，)."""
    for i, tok in enumerate(toks):
        shi = tok[0] == "是"
        if not shi and tok[0] not in c.p.governing:
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


def _subjects(c: _Candidates, toks: list[Token]) -> None:
    """The whole span before a clause's 是, whatever the tagger made of it (创新/v是…); and the
    topic a comma sets apart before it (坚持改革开放，是…; 解放思想，始终是…): what the sentence defines."""
    for i, tok in enumerate(toks):
        if tok[0] != "是" or i == 0:
            continue
        k = i - 1
        while k >= 0 and (toks[k][0] not in PUNCT or toks[k][0] == "、"):
            k -= 1
        if _opens_sentence(toks, k):  # only a sentence's own subject, not a mid-sentence clause's
            if k < i - 1:
                a, b = toks[k + 1][2], toks[i - 1][3]
                # a series as subject (党风问题、党同人民群众联系问题是…): its first term, as a writer blanks it
                first = c.sentence[a:b].split("、")[0]
                c.add(a, a + len(first), "subject_is", c.p.scores["base"])
            continue
        # 是 after a comma (and adverbs: 始终是, 也是): the first clause of the sentence is its topic
        j = i - 1
        while j >= 0 and toks[j][1] in ("d", "c") and toks[j][0] not in PUNCT:
            j -= 1
        if j != k or toks[k][0] not in "，,":
            continue
        t = k - 1
        while t >= 0 and toks[t][0] not in PUNCT:
            t -= 1
        if t < k - 1 and _opens_sentence(toks, t):
            # 坚持改革开放，是…: the object of the governing verb is what is defined, the verb its cue
            a = t + 2 if toks[t + 1][0] in c.p.governing and t + 2 < k else t + 1
            c.add(toks[a][2], toks[k - 1][3], "topic", c.p.scores["base"])


def _opens_sentence(toks: list[Token], k: int) -> bool:
    """Whether toks[k] (-1: before the first) ends the sentence before a clause or is a dash that
    opens the sentence (——X是…: a bullet)."""
    if k == -1 or toks[k][0] in _SENTENCE_ENDS:
        return True
    return all(t[0] == "—" for t in toks[: k + 1])


def _values(c: _Candidates, toks: list[Token]) -> None:
    """The value a sentence defines: the rest of the clause after 是/就是/在于 when a value cue stands
    before the verb (…的主题是X, 首要的就是X, 最核心的，就是X, 根本尺子是X, 根本在于X)."""
    for i, tok in enumerate(toks):
        if tok[0] not in c.p.value_verbs or i == 0:
            continue
        k = i - 1
        while k > 0 and toks[k][0] in ("的", "就", "，", ","):
            k -= 1
        # 起决定性作用的是|党性: what a cleft sentence singles out is its value too
        cleft = tok[0] == "是" and toks[i - 1][0] == "的" and k < i - 1 and toks[k][0] not in PUNCT
        cued = cleft or toks[k][0].endswith(c.p.value_cues) or (
            k > 0 and toks[k][1] in NOUN_TAGS and toks[k - 1][0].endswith(c.p.value_cues))
        if not cued:
            continue
        j = i + 1
        while j < len(toks) and toks[j][0] not in PUNCT:
            j += 1
        if j > i + 1:
            c.add(toks[i + 1][2], toks[j - 1][3], "value")


def _as_what(c: _Candidates, toks: list[Token]) -> None:
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


def _clause_has_before(toks: list[Token], k: int, word: str) -> bool:
    """Whether ``word`` stands as a word in the clause of toks[k] before it."""
    k -= 1
    while k >= 0 and toks[k][0] not in PUNCT:
        if toks[k][0] == word:
            return True
        k -= 1
    return False


def _category_clauses(c: _Candidates, toks: list[Token]) -> None:
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
        while (k >= 0 and toks[k][0] not in PUNCT and toks[k][0] not in c.p.governing and toks[k][0] != "是"
               and toks[k][0] not in c.p.clause_verbs):
            k -= 1
        if k < i - 1:
            c.add(toks[k + 1][2], toks[i - 1][3], "category_clause")


def _final_verbs(c: _Candidates, toks: list[Token]) -> None:
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


def _recurring(c: Concept, sentence: str, recurrence: Recurrence, rules: ConceptRules) -> Concept:
    """``c`` with the score its recurrence in the document adds (or takes: the ubiquitous topic)."""
    lo, hi = rules.recurring
    # a numeral blanked alone recurs as the count it makes with its unit (两名), not as a character
    m = rules.number.match(sentence, c.start) if c.role == "number" else None
    n = recurrence.count(m.group() if m else sentence[c.start : c.end])
    if n > hi and not m:
        n = recurrence.alone(sentence[c.start : c.end], n)
    bonus = rules.scores["recurring"] if lo <= n <= hi else rules.scores["ubiquitous"] if n > hi else 0.0
    return Concept(c.start, c.end, c.score + bonus, c.role)


def candidates(sentence: str, recurrence: Recurrence, rules: ConceptRules) -> tuple[Concept, ...]:
    """Every candidate concept of ``sentence``, best score per span, in sentence order."""
    return tuple(_recurring(c, sentence, recurrence, rules) for c in _raw(sentence, rules))


def _raw(sentence: str, rules: ConceptRules, toks: list[Token] | None = None) -> tuple[Concept, ...]:
    """The candidates scored by role alone, in sentence order (``toks``: the sentence's tokens, when
    tagged already)."""
    c = _Candidates(sentence, rules)
    if toks is None:
        toks = _tokens(sentence)
    toks = _retag(toks, rules)
    starts, ends = {t[2] for t in toks}, {t[3] for t in toks}
    tags = {t[2]: t[1] for t in toks}
    counts = list(c.p.number.finditer(sentence))
    count_starts, count_ends = {m.start() for m in counts}, {m.end() for m in counts}
    for m in counts:
        # a count is words of its own (两名, 五年|以上), never the head of a formulation (两个确立) nor
        # half of a session's name (八届三次全会: two counts that touch)
        if (m.start() not in starts or m.end() not in ends or sentence[m.start() - 1 : m.start()] in _DETERMINERS
                or m.start() in count_ends or m.end() in count_starts):
            continue
        if m.group("n") == "一" and tags.get(m.end(), "x") in NOUN_TAGS | MODIFIER_TAGS:
            continue  # 一次伟大觉醒: an article before a noun phrase, not a count (预备期为一年。 is one)
        if m.group("u") in c.p.numeral_alone:
            if m.group("n") == "一":
                continue  # 一个, 一位, 一名: an article (确立一个更高的标杆), not a count
            c.add(m.start("n"), m.end("n"), "number", number=True)
        else:
            c.add(m.start(), m.end(), "number", number=True)
    for m in QUOTED.finditer(sentence):
        c.add(m.start(1), m.end(1), "quoted")
    _phrases(c, toks)
    _subjects(c, toks)
    _series_objects(c, toks)
    _as_what(c, toks)
    _category_clauses(c, toks)
    _values(c, toks)
    _final_verbs(c, toks)
    return _no_attribution(c.concepts(), sentence, c.p)


def _no_attribution(cands: tuple[Concept, ...], sentence: str, rules: ConceptRules) -> tuple[Concept, ...]:
    """The candidates but who says or lays down the statement (习近平总书记|指出, 党章|规定):
    a question writer blanks what is said, never the attribution."""
    out = []
    for c in cands:
        text, after = sentence[c.start : c.end], sentence[c.end : c.end + 3]
        if after.startswith(rules.speech_verbs) or text.endswith(rules.speech_verbs):
            continue
        out.append(c)
    return tuple(out)


# Recurrence is counted for this many candidates beyond the k wanted, the best by role: it moves a
# score by under one point, so a candidate further down would not come up (and counting is the cost).
SHORTLIST = 4


def _best_first(cands) -> list[Concept]:
    return sorted(cands, key=lambda x: (-x.score, x.start, x.end))


def key_concepts(sentence: str, recurrence: Recurrence, rules: ConceptRules, k: int = 2) -> tuple[Concept, ...]:
    """The ``k`` best candidates of ``sentence`` that do not overlap, best first (ties: earlier first)."""
    return _choose(_raw(sentence, rules), sentence, recurrence, rules, k)


def _choose(raw, sentence: str, recurrence: Recurrence, rules: ConceptRules, k: int) -> tuple[Concept, ...]:
    """The ``k`` best of the shortlist that do not overlap, recurrence counted.  Counting goes down
    the shortlist best first and stops once no candidate left can overtake the k-th pick even if
    it gains the most recurrence gives: the picks are then those of the whole shortlist."""
    gains = (rules.scores["recurring"], rules.scores["ubiquitous"], 0.0)
    counted: list[Concept] = []
    chosen: tuple[Concept, ...] = ()
    for c in _best_first(raw)[: k + SHORTLIST]:
        if len(chosen) >= k and max(c.score + g for g in gains) < chosen[-1].score:
            break  # this and every later one (their scores are no higher) sort after the k-th pick
        counted.append(_recurring(c, sentence, recurrence, rules))
        chosen = _pick(counted, k)
    return chosen


def _pick(cands: list[Concept], k: int) -> tuple[Concept, ...]:
    chosen: list[Concept] = []
    for cand in _best_first(cands):
        if any(cand.start < o.end and o.start < cand.end for o in chosen):
            continue
        chosen.append(cand)
        if len(chosen) >= k:
            break
    return tuple(chosen)


def sentence_concepts(sentence: str, recurrence: Recurrence, rules: ConceptRules, cued: bool = False,
                      avoid: Sequence[tuple[int, int]] = ()) -> tuple[Concept, ...]:
    """The blanks of ``sentence`` as a key statement, best first: its best concepts, when the best
    reaches ``rules.key_sentence`` or the sentence is ``cued`` a statement already or states a rule
    (``rules.rule_clauses``), else none.  A candidate that overlaps a span of ``avoid`` (offsets in
    the sentence: its series and formulations, points of their own) is none: the sentence's second
    question asks its second point, not the first again."""
    cued = cued or any(p.search(sentence) for p in rules.rule_clauses)
    bar = float("-inf") if cued else rules.key_sentence
    toks = None
    if not cued and rules.cue is not None and not rules.number.search(sentence):
        # no candidate can reach the bar without a cue word (see _cue): a sentence with none is not
        # tagged, one whose cue words are no words of their own gets no candidates
        if not rules.cue.search(sentence):
            return ()
        toks = _tokens(sentence)
        if not _cue_words(toks, rules):
            return ()
    raw = _raw(sentence, rules, toks)
    # no candidate can reach the bar even if it recurs: nothing to count
    if not raw or max(c.score for c in raw) + rules.scores["recurring"] < bar:
        return ()
    best = _choose(raw, sentence, recurrence, rules, rules.per_sentence)
    if not best or best[0].score < bar:
        return ()
    # the sentence is a key statement by all its candidates; it asks those its other points do not
    if avoid and any(c.start < b and a < c.end for c in best for a, b in avoid):
        rest = tuple(c for c in raw if not any(c.start < b and a < c.end for a, b in avoid))
        return _choose(rest, sentence, recurrence, rules, rules.per_sentence) if rest else ()
    return best
