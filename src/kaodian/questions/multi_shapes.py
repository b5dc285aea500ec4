"""Shapes of a multiple choice that party-school teachers rejected in the blind reviews of sessions 8
and 9 (issue 12, task mc2), and that lint's other checks let through:

- an option is a question or a heading of study notes (…取得了哪些成果, 关于…, 如何…): keyed, it is a
  point of another list (the keys were taken from the wrong list); wrong beside keys that are points,
  it is of another kind and struck out at a glance;
- an option is only the opening of a clause cut at its comma (某某明确指出, 在《…》中): the list was
  cut wrongly when keyed, and it is a piece beside points when wrong;
- an option points outside itself (…说明了这一点, 上述…);
- a wrong option that is a statement (X是Y) beside keys that are phrases, or the reverse;
- a wrong option far longer or shorter than every key (a sentence among terms, a heading word among
  statements): its length alone marks it.

``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it
flags; ``fits`` lets drafting pick only wrong options none of these flag, so the point keeps its
multiple choice when the material has others.  Word lists and thresholds are policy (multi_shapes.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from .. import segment

from .single_shapes import TITLE_OPENINGS
from .vocab import load_vocab

_POLICY = yaml.safe_load(Path(__file__).with_name("multi_shapes.yaml").read_text(encoding="utf-8"))
_QUESTION = re.compile(_POLICY["question"])
_CLAUSE_OPENING = re.compile(_POLICY["clause_opening"])
_POINTER = re.compile(_POLICY["pointer"])
COPULAS = frozenset(_POLICY["copulas"])
LENGTH_BAND: float = _POLICY["length_band"]
LENGTH_GAP_MIN: int = _POLICY["length_gap_min"]
SHARED_MIN: int = _POLICY["shared_min"]
KEY_WORD_MIN: int = _POLICY["key_word_min"]
KEY_WORD_KEYS: int = _POLICY["key_word_keys"]
_KEY_WORD_TAGS = tuple(_POLICY["key_word_tags"])
_KEY_NAME_CLASSES = frozenset(_POLICY["key_name_classes"])
_DANGLING = frozenset(_POLICY["dangling_prepositions"])
_PREDICATE_TAGS = tuple(_POLICY["predicate_tags"])
_PUNCT = re.compile("[，。；：、！？]")
_PAIR_JOINS = tuple(_POLICY["pair_joins"])
_NARRATIVE_TAGS = frozenset(_POLICY["narrative_tags"])
SLOGAN_PART_MAX: int = _POLICY["slogan_part_max"]
SHAPE_ITEMS: int = _POLICY["shape_items"]
TOPIC_RUN: int = _POLICY["topic_run"]
_TOPIC_TAGS = tuple(_POLICY["topic_tags"])


def _opening_tag(option: str) -> str:
    """jieba's tag of the first word of ``option`` ("" for none)."""
    words = segment.tag(option)
    return words[0][1] if words else ""


def _told(option: str) -> bool:
    """Whether ``option`` opens with a narrative tag and has a verb after it: a sentence told (过去只讲…),
    not a noun phrase that opens with a time word (未来产业六大领域)."""
    words = segment.tag(option)
    return bool(words) and words[0][1] in _NARRATIVE_TAGS and any(t == "v" for _, t in words[1:])


def narrative_option(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that opens with a time word or a pronoun subject (multi_shapes.yaml
    ``narrative_tags``: 过去只讲…, 我国…还处于…) and goes on with a verb, where no key opens so: a sentence of
    the narrative among points."""
    keyed = {_opening_tag(r) for r in right}
    for w in wrong:
        if _told(w) and _opening_tag(w) not in keyed:
            return f"错误选项“{w}”是叙述句，不是与正确选项同类的要点，一眼可排除"
    return None


def paired(text: str, spans: list[tuple[int, int]], tail: str) -> bool:
    """Whether the series whose terms stand at ``spans`` in ``text`` goes in pairs joined by a pair join
    (multi_shapes.yaml ``pair_joins``): its first term follows such a join after a term with the series'
    ``tail`` (当前利益和｜长远利益、…), or its terms are joined by it and by 、 in turn (A和B、C和D)."""
    start = spans[0][0]
    if tail and start > len(tail) and text[start - 1] in _PAIR_JOINS and text[:start - 1].endswith(tail):
        return True  # (the series was cut after the first term of its first pair)
    seps = [text[a_end:b_start] for (_, a_end), (b_start, _) in zip(spans, spans[1:])]
    return len(seps) >= 3 and all(s in _PAIR_JOINS for s in seps[::2]) and all(s in "、，" for s in seps[1::2])


def asks(option: str) -> bool:
    """Whether ``option`` reads as a question or a title of study notes, not as a point."""
    return option.startswith(TITLE_OPENINGS) or _QUESTION.search(option) is not None


def question_option(right: list[str], wrong: list[str]) -> str | None:
    """A keyed option that is a question or a title, or a wrong one that is beside keys that are not."""
    for r in right:
        if asks(r):
            return f"正确选项“{r}”是标题或问题，不是所列的要点，答案取错了地方"
    for w in wrong:
        if asks(w):
            return f"错误选项“{w}”是标题或问题，不是要点，与正确选项不同类，一眼可排除"
    return None


def clause_opening(option: str) -> bool:
    """Whether ``option`` is only the opening of a clause (a speaker and 指出, an adverbial 在…中)."""
    return _CLAUSE_OPENING.search(option.strip("“”")) is not None


def points_away(option: str) -> bool:
    """Whether ``option`` points outside itself (这一点, 上述): it cannot be read on its own."""
    return _POINTER.search(option) is not None


def pointer_option(right: list[str], wrong: list[str]) -> str | None:
    """An option, keyed or wrong, that points outside itself (points_away)."""
    for o in right + wrong:
        if points_away(o):
            return f"选项“{o}”指向原文别处（{_POINTER.search(o).group()}），离开原文读不懂"
    return None


@lru_cache(maxsize=8192)
def dangling(option: str) -> bool:
    """Whether ``option`` holds a preposition after its first word (dangling_prepositions) with no
    predicate after it (predicate_tags): the first half of a clause cut before its verb.  So does one that
    opens with such a preposition fused with its object by the segmenter (对党|的中央委员会委员…)."""
    words = segment.tag(option)
    if option[:1] in _DANGLING and len(words) > 1 and len(words[0][0]) == 2 and words[0][1].startswith("n"):
        # (the segmenter fuses an opening preposition with its object, 对党|的…: read without it)
        return not any(u.startswith(_PREDICATE_TAGS) for _, u in segment.tag(option[1:]))
    return any(w in _DANGLING and t.startswith("p") and not any(u.startswith(_PREDICATE_TAGS) for _, u in words[i + 1 :])
               for i, (w, t) in enumerate(words) if i > 0)


def opening_option(right: list[str], wrong: list[str]) -> str | None:
    """An option that is the opening of a clause cut at its comma (clause_opening) or before its verb
    (dangling), keyed or wrong."""
    for o in right + wrong:
        if clause_opening(o):
            return f"选项“{o}”只是一句话开头的半句（说话人或状语），不是要点"
        if dangling(o):
            return f"选项“{o}”是介词短语后缺了谓语的半句，不是要点"
    return None


@lru_cache(maxsize=8192)
def states(option: str) -> bool:
    """Whether ``option`` is a statement: one of its words is a copula (COPULAS)."""
    return any(w in COPULAS for w in segment.cut(option))


def statement_option(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that is a statement beside two or more keys none of which is, or a phrase beside
    two or more keys that all are."""
    if len(right) < 2:
        return None
    for w in wrong:
        if not stated_alike(right, w):
            kind = "一句论断" if states(w) else "短语"
            return f"错误选项“{w}”是{kind}，正确选项不是，不是一类，一眼可辨"
    return None


def stated_alike(right: list[str], wrong: str) -> bool:
    """Whether ``wrong`` is a statement exactly when the keys are (see statement_option); a single key,
    or keys of both forms, take either."""
    said = {states(r) for r in right}
    return len(right) < 2 or len(said) == 2 or states(wrong) in said


def out_of_band(right: list[str], wrong: str) -> bool:
    """Whether ``wrong`` is LENGTH_BAND times longer than the longest key, or shorter than the shortest
    by that factor, by LENGTH_GAP_MIN characters or more."""
    lo, hi = min(map(len, right)), max(map(len, right))
    n = len(wrong)
    return (n > hi * LENGTH_BAND and n - hi >= LENGTH_GAP_MIN) or (n * LENGTH_BAND < lo and lo - n >= LENGTH_GAP_MIN)


def length_option(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option whose length is far out of the keys' band (out_of_band)."""
    for w in wrong:
        if out_of_band(right, w):
            return f"错误选项“{w}”比各正确选项长短悬殊，不是一类，一眼可辨"
    return None


@lru_cache(maxsize=4096)
def shared_word(right: tuple[str, ...]) -> str:
    """The longest run of SHARED_MIN or more characters inside the shortest key (not its opening, not
    after punctuation) that every key holds (the first of equal ones), or "" for fewer than two keys."""
    if len(right) < 2:
        return ""
    short = min(right, key=len)
    for n in range(len(short), SHARED_MIN - 1, -1):
        for i in range(len(short) - n + 1):
            w = short[i : i + n]
            # (an opening is the keys' form, which drafting already gives every option: 必须坚持…; a run
            # after a comma is a gloss's frame: 立大志，就是要…)
            if i == 0 or _PUNCT.search(short[i - 1 : i + n]):
                continue
            if all(w in r for r in right):
                return w
    return ""


@lru_cache(maxsize=4096)
def _common_runs(right: tuple[str, ...]) -> frozenset[str]:
    """Every run of SHARED_MIN characters that all keys hold, wherever it stands."""
    short = min(right, key=len)
    return frozenset(w for i in range(len(short) - SHARED_MIN + 1) if all((w := short[i : i + SHARED_MIN]) in r for r in right))


def shared_option(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option without the word every key holds (shared_word) that shares no other run the keys
    all hold either (a wrong option on 毛泽东思想 beside keys that all name 毛泽东思想 and 中国特色社会主义
    理论体系 reads as one of them; a teacher printed it)."""
    word = shared_word(tuple(right))
    runs = _common_runs(tuple(right)) if word else frozenset()
    for w in wrong:
        if word and word not in w and not any(r in w for r in runs):
            return f"各正确选项都含“{word.strip('“”')}”，错误选项“{w}”不含，形式泄题"
    return None


@lru_cache(maxsize=8192)
def _tagged_words(option: str) -> frozenset[tuple[str, str]]:
    """The words of ``option``'s first clause of KEY_WORD_MIN Chinese characters or more, with their
    tags.  (What follows a comma glosses the item, 立大志，就是要…: its frame is no word of the key.)"""
    head = _PUNCT.split(option, 1)[0]
    return frozenset((w, t) for w, t in segment.tag(head)
                     if len(w) >= KEY_WORD_MIN and all("\u4e00" <= c <= "\u9fff" for c in w))


def _named(word: str) -> bool:
    """Whether the lexicon knows ``word`` as a name of one of key_name_classes (a person: 周恩来)."""
    from .. import lexicon

    return lexicon.load().class_of(word) in _KEY_NAME_CLASSES


def _unled(option: str) -> str:
    """``option`` without the lead word it opens with (必须…, 要…: vocab.yaml lead_words)."""
    for lead in sorted(load_vocab().lead_words, key=len, reverse=True):
        if option.startswith(lead) and len(option) > len(lead):
            return option[len(lead):]
    return option


def key_word(right: list[str], wrong: list[str]) -> str | None:
    """A word that every key holds (key_word_tags), or that two or more keys hold when it is a name
    (key_name_classes), while no wrong option holds it anywhere, or None: the keys are read off it.  Not
    the keys' common opening, a lead word aside (必须坚持…): that is the list's form (shared_word).  Wrong
    options that each hold another word all keys hold are left alone: they read as of the keys' kind."""
    if len(right) < 2 or not wrong:
        return None
    said = "".join(wrong)
    # how many keys hold each word of any key (as a run: the segmenter cuts 不断扩大 as one word)
    heads = [_PUNCT.split(r, 1)[0] for r in right]
    counts = {wt: sum(wt[0] in h for h in heads) for r in right for wt in _tagged_words(r)}
    # wrong options that each hold another word every key holds read as the keys' kin (statements on
    # 毛泽东思想 beside keys that all name 毛泽东思想 and 中国特色社会主义理论体系: a teacher printed it)
    # (not the keys' common opening, 必须…: drafting gives every option the list's form)
    common = [w for (w, _), n in counts.items() if n == len(right) and not all(h.startswith(w) for h in heads)]
    if all(any(c in x for c in common) for x in wrong):
        return None
    # (longest first, then by the word: the same finding whatever order the set keeps)
    for (w, t), n in sorted(counts.items(), key=lambda kv: (-len(kv[0][0]), kv[0])):
        if w in said or all(_unled(h).startswith(w) for h in heads):
            continue  # (the keys' common opening, 必须坚持…, is the list's form: see shared_word)
        # (two keys share a short word by chance as often as not: 统一 in 坚持…相统一 and 维护祖国统一…)
        shared = n == len(right) and (n >= KEY_WORD_KEYS or len(w) > KEY_WORD_MIN)
        if (shared and t.startswith(_KEY_WORD_TAGS)) or (n >= 2 and _named(w)):
            return f"正确选项都含“{w}”，错误选项都不含，形式泄题"
    return None


def holding_first(right: list[str], wrong: list[str]) -> list[str]:
    """``wrong`` with those that hold a word every key holds (key_word) first, else in their order:
    drafting picks them so the keys' word marks no key (key_word)."""
    if len(right) < 2:
        return wrong
    heads = [_PUNCT.split(r, 1)[0] for r in right]
    common = {w for r in right for w, _ in _tagged_words(r) if all(w in h for h in heads)}
    return sorted(wrong, key=lambda x: not any(c in x for c in common))


def _slogans(option: str) -> bool:
    """Whether ``option`` is a run of short slogans joined by 、 (重某某、抓某某: multi_shapes.yaml slogan_part_max)."""
    parts = option.split("、")
    return len(parts) > 1 and all(0 < len(x) <= SLOGAN_PART_MAX for x in parts)


def shape_apart(items: list[str], wrong: str) -> bool:
    """Whether ``wrong`` is of another shape than every one of ``items``, the items of the list it is set beside
    (multi_shapes.yaml slogan_part_max, shape_items): slogans beside no slogan, a bare noun phrase
    (falsehood.noun_phrase_only) beside items that say something, or a phrase opening with a noun
    beside items that all open with a verb (or the other way round): a teacher strikes it out at a glance."""
    from .falsehood import noun_phrase_only  # (imported on use, as opening)
    from .option_sets import opening  # (imported on use: option_sets is loaded by the lint too)

    if _slogans(wrong) and not any(_slogans(i) for i in items):
        return True
    if len(items) < SHAPE_ITEMS:
        return False
    # (a noun phrase that says nothing of it, 某某的直接目的和动机, beside items that each say something: a
    # remnant of another sentence; multi28's grading: 截下的名词短语残片.  Only one built with 的: the tagger
    # reads a short verb-object phrase's verb as part of a noun, 明确责任|主体)
    if "的" in wrong and noun_phrase_only(wrong) and not any(map(noun_phrase_only, items)):
        return True
    kinds = {opening(i) for i in items}
    return len(kinds) == 1 and "" not in kinds and _form(wrong) in ({"n", "v"} - kinds)


def _form(option: str) -> str:
    """option_sets.opening of ``option``, or "n" where its first words (nouns, or idioms to the segmenter:
    义务教育) are a subject tied by 的 or 和 to what follows (甲乙的覆盖率有新提升: a target, not a measure)."""
    from .option_sets import opening

    words = segment.tag(option)
    ties = [i for i, (w, _) in enumerate(words) if w in ("的", "和")]
    # (the words before the tie all nouns or attributives to the segmenter: 公共/文化/服务的覆盖率…, a subject)
    nouns = bool(ties) and ties[0] > 0 and all(t.startswith(("n", "l", "j", "b")) or t == "vn" for _, t in words[: ties[0]])
    return opening(option) or ("n" if nouns else "")


def fits(right: list[str], wrong: str) -> bool:
    """Whether ``wrong`` may stand beside the keys ``right``: no check of this module flags it."""
    return (not asks(wrong) and not clause_opening(wrong) and not dangling(wrong) and not points_away(wrong)
            and not out_of_band(right, wrong)
            and stated_alike(right, wrong) and shared_option(right, [wrong]) is None
            and narrative_option(right, [wrong]) is None)


def findings(right: list[str], wrong: list[str]) -> list[str]:
    """Why a multiple choice with keys ``right`` and wrong options ``wrong`` would not be printed as is."""
    if not right or not wrong:
        return []
    return [why for why in (question_option(right, wrong), opening_option(right, wrong), pointer_option(right, wrong),
                                   length_option(right, wrong),
                                   statement_option(right, wrong), shared_option(right, wrong),
                                   key_word(right, wrong), narrative_option(right, wrong)) if why]


def topic_runs(right: list[str]) -> list[str]:
    """The runs of TOPIC_RUN characters that the topic words (multi_shapes.yaml topic_tags, not the genre's
    generic words: label_echo.GENERIC) of two or more keys, and of more than half of them, hold (乡村 in
    …巩固乡村治理成果 and …推进乡村产业发展; 幼儿 in 幼儿园 and 幼儿教师), sorted."""
    from .label_echo import GENERIC  # (imported on use: label_echo loads the segmenter's neighbours)

    held: dict[str, int] = {}
    for r in right:
        words = [w for w, t in segment.tag(r) if t.startswith(_TOPIC_TAGS) and w not in GENERIC]
        for run in {w[i : i + TOPIC_RUN] for w in words for i in range(len(w) - TOPIC_RUN + 1)}:
            held[run] = held.get(run, 0) + 1
    need = max(2, len(right) // 2 + 1)
    return sorted(run for run, n in held.items() if n >= need and run not in GENERIC)

