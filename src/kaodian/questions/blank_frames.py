"""The frame of a sentence a cloze blank must not run across (session 23, issue 11 deliverable 4): the copula between a
definition's two sides, and the slogans a heading opens with.  The mechanism is here; the words are blank_frames.yaml."""

from __future__ import annotations

import re
from pathlib import Path

from .. import segment
from ..rules import load_rules
from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("blank_frames.yaml")
SCHEMA = {"copula_inside": [str], "copula_clause_max": int, "slogan_member_max": int, "slogan_line_max": int,
          "object_prepositions": [str], "object_goes_on": "re", "series_disposal": [str], "series_verb_tags": [str],
          "series_verb_after": "re"}
_F = load_policy_file(PATH, SCHEMA)
_COPULAS = frozenset(_F["copula_inside"])  # (a word of its own between others: the blank is a clause)
_CLAUSE_MARKS = "，。；：,;:"
_FIRST_CLAUSE = re.compile(r"[^，,；;：:。]*")
_PREPOSITIONS = frozenset(_F["object_prepositions"])
_GOES_ON = re.compile(_F["object_goes_on"])
_DISPOSAL = tuple(_F["series_disposal"])
_VERB_TAGS = tuple(_F["series_verb_tags"])
_VERB_AFTER = re.compile(_F["series_verb_after"])
# the dictionary tags of a word that opens with a preposition's character and is a word of its own (以来, 对象, 把握, 以及,
# 从严)
_OWN_WORD_TAGS = ("n", "v", "f", "c", "d")
# the tags of the words of an object that has not reached its head yet (民族 of 以全|民族|的力量): nouns, counts, pronouns
_OBJECT_TAGS = ("n", "m", "q", "r")


def copula_inside(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where in the blank sentence[start:end] a copula stands as a word between other words (文牍主义|是|藏污纳垢的东西:
    offsets in the blank), or None: none does, the blank is a series (、) or a short clause whole (学习是前提，…:
    blank_frames.yaml ``copula_inside``, ``copula_clause_max``)."""
    t = sentence[start:end]
    if "是" not in t or "、" in t:
        return None
    whole = (start == 0 or sentence[start - 1] in _CLAUSE_MARKS) and sentence[end : end + 1] in _CLAUSE_MARKS
    if whole and len(t) <= _F["copula_clause_max"]:
        return None
    at, after = 0, tuple(load_rules().concepts.not_copula)  # (特别|是, 而|是: no copula, rules concepts.not_copula)
    for i, (w, _) in enumerate(words := segment.tag(t)):
        if 0 < i < len(words) - 1 and w in _COPULAS and not words[i - 1][0].endswith(after):
            return at, at + len(w)
        at += len(w)
    return None


def slogan_first(sentence: str, lead: int, start: int, end: int) -> str | None:
    """The first of the slogans a heading opens with (2．强基础、|补短板|，加快…) when the blank sentence[start:end] is one
    of them, else None: the first clause of a short line (after its number, ending at ``lead``) is short phrases joined
    by 、 and a comma follows them (blank_frames.yaml ``slogan_member_max``, ``slogan_line_max``).  What the slogans are
    about is not in the stem (whether they are verb phrases is the caller's test)."""
    clause = _FIRST_CLAUSE.match(sentence, lead).group()
    members = clause.split("、")
    if len(members) < 2 or end > lead + len(clause) or start < lead or any(len(m) > _F["slogan_member_max"] for m in members):
        return None
    # a heading: a short line whose slogans a comma follows (…，加快发展职业教育。); a longer sentence goes on to say
    # what they are (强基础、补短板、促融合…，是…的主要任务: a formulation, asked)
    if len(sentence) - lead > _F["slogan_line_max"] or sentence[lead + len(clause) : lead + len(clause) + 1] not in "，,":
        return None
    return members[0]


def best_subject(sentence: str, blanks, inside: list[tuple[int, int]]) -> bool:  # noqa: ANN001 — thin_clause's blanks
    """Whether the subject ``inside[0]`` of X是… is the cloze's best blank and the blank after it in its clause is no value
    of that 是 (政治纪律|是党最基本、|最要紧的纪律: a member of the value's series): the subject stays, the other goes."""
    a, b = inside[0]
    return (a, b) == tuple(blanks[0]) and sentence[b : b + 1] == "是" and sentence[inside[1][0] - 1] != "是"


def across_frame(sentence: str, start: int, end: int, governors: frozenset[str] = frozenset()) -> str | None:
    """Why the blank sentence[start:end] runs across a frame of its clause (blank_frames.yaml), or None: it holds a
    preposition and only the start of its object (五四运动以全民族|的力量), it is the last member of a 把-series and
    holds the verb after the series (把A、B、|C紧密结合|起来), or it is a series of clauses cut inside the first one
    (关爱就在|身边、关怀就在眼前: the words before the blank stand again in its later member); or a series' member runs
    on, a verb's joint object is split at 和 (``governors``: the verbs that take a series), or the blank ends inside
    its object."""
    t = sentence[start:end]
    if _GOES_ON.match(sentence[end:]):
        tags = segment.tag(t)
        for i, (w, _) in enumerate(tags[:-1]):
            # (the object goes on when all the blank holds after the preposition is one word or nouns: a verb, an
            # adjective or a preposition after its noun closes it inside the blank, 以人民为中心的, 对党忠诚的)
            rest = tags[i + 1 :]
            # (a single character before it that is no noun makes the preposition's character a verb's tail: 奔|向, 难|以)
            glued = i > 0 and len(tags[i - 1][0]) == 1 and not tags[i - 1][1].startswith("n")
            if w[0] in _PREPOSITIONS and not glued and (len(w) == 1 or not (segment.tag_whole(w) or "x").startswith(_OWN_WORD_TAGS)) \
                    and ((len(w) == 1 and len(rest) == 1) or all(g.startswith(_OBJECT_TAGS) for _, g in rest)):
                return f"空“{t}”跨了“{w[0]}”和它的宾语，宾语的中心词在空后，是半个短语"
    if sentence[start - 1 : start] == "、" and start > 0:
        clause = re.split("[，,；;。：:！？]", sentence[:start])[-1]
        tags = segment.tag(t)
        if any(d in clause for d in _DISPOSAL) and len(tags) >= 2 and tags[-1][1].startswith(_VERB_TAGS) \
                and _VERB_AFTER.match(sentence[end:]):
            return f"空“{t}”把并列成分后面的动词“{tags[-1][0]}”也挖进了最后一项"
    if "、" in t and start >= 2 and sentence[start - 2 : start] in t[t.index("、") :] and _CJK_PAIR.fullmatch(sentence[start - 2 : start]):
        return f"空“{t}”从第一个分句的中间挖起，并列的是整个分句"
    return _member_runs_on(sentence, start, end) or _pair_split(sentence, start, end, governors) or _object_cut(sentence, start, end, governors)


def _member_runs_on(sentence: str, start: int, end: int) -> str | None:
    """Why the blank sentence[start:end], a series' last member, runs on into what the series' sentence says of it
    (各个方面、|各个环节的发展要相互适应: it opens as the member before it does and goes on with a verb), or None."""
    if sentence[start - 1 : start] != "、" or start < 2:
        return None
    before = re.split("[，,；;。：:！？、和]", sentence[: start - 1])[-1]
    t = sentence[start:end]
    if len(before) < 2 or not t.startswith(before[:2]) or len(t) < len(before) + 3:
        return None
    tail = segment.tag(t[len(before) :])
    if any(g == "v" for _, g in tail):
        return f"空“{t}”比前一项“{before}”多出了并列成分后面的谓语"
    return None


def _pair_split(sentence: str, start: int, end: int, governors: frozenset[str]) -> str | None:
    """Why the blank sentence[start:end] splits a verb's joint object at 和 (推进|国家治理体系|和|治理能力现代化: the verb
    opens one side, the other side has none of its own), or None."""
    t = sentence[start:end]
    if sentence[end : end + 1] == "和":
        other = re.split("[，,；;。：:！？、]", sentence[end + 1 :])[0]
        own, their = t, other
    elif sentence[start - 1 : start] == "和" and start >= 2:
        other = re.split("[，,；;。：:！？、]", sentence[: start - 1])[-1]
        own, their = other, t
    else:
        return None
    first, second = segment.tag(own), segment.tag(their)
    if first and second and len(first) >= 2 and first[0][0] in governors and second[0][0] not in governors:
        return f"空“{t}”把“{first[0][0]}”的宾语从“和”处拆开了"
    return None


def _object_cut(sentence: str, start: int, end: int, governors: frozenset[str]) -> str | None:
    """Why the blank sentence[start:end] ends with a verb and the first noun of its object while the object goes on
    after it (实现国民|生产总值…): the blank ends inside a term, or None (``governors``: the verbs that take one)."""
    tags = segment.tag(sentence[start:end])
    # (only a verb that takes a whole term for its object: 保护利用|规划, 碳排放权|市场化 are the segmenter's verbs in
    # a compound of their own, and the blank before the rest of the compound is a term a teacher's list keys)
    if len(tags) < 2 or tags[-2][0] not in governors or not tags[-1][1].startswith("n"):
        return None
    after = segment.tag(sentence[end : end + 8])
    if after and after[0][1].startswith("n") and _CJK_PAIR.match(after[0][0] * 2):
        return f"空“{sentence[start:end]}”截在“{tags[-1][0]}{after[0][0]}”中间，没有挖完整"
    return None


_CJK_PAIR = re.compile("[\u4e00-\u9fff]{2}")
