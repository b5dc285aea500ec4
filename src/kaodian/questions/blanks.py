"""What a cloze blanks besides marked spans: the key term of an enumeration item, the number of a fact.

An enumeration item opens with what to do (积极践行, 必须坚持, 进一步完善) and
then names what it is about (社会主义核心价值观): a question writer blanks that
object, never the whole requirement.  The segmenter's part-of-speech tags
find it: leading adverbs, then one verb (and its 好/实 complement), then an
object made of nouns and their modifiers only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import segment
from ..rules import load_rules
from ..model import Span
from .policy import POLICY
from .vocab import alternation, load_vocab

# jieba tags that may stand before the item's verb: adverbs (坚决, 进一步), adverbial adjectives (积极), conjunctions
LEAD_TAGS = frozenset({"d", "ad", "c"})
# words that open a requirement before its verb but that jieba tags as verbs or nouns (要有…, 着力破除…)
LEAD_WORDS = load_vocab().lead_words
# tags an object may hold: nouns of every kind, verbal/adjectival nouns, modifiers, 的, 和, pronouns (一切), 以/为/对/与
OBJECT_TAGS = frozenset({"vn", "an", "a", "b", "uj", "r", "p", "c", "f", "m", "q", "j", "l", "i", "eng"})
# an object ends with a noun-like word: 价值观, 建设, 安全
END_TAGS = frozenset({"vn", "an", "j", "l"})
# one-character complements of the verb that belong to it, not to the object (实施好, 抓实, 守牢)
COMPLEMENTS = load_vocab().complements
# An object shorter than 2 characters is a function word; one longer than 12 is a clause, not a term.
OBJECT_MIN, OBJECT_MAX = 2, 12

# A number with its unit in a fact (not a date): 40年, 100多万人, 3.5亿元, 第二次, 十个
# (units: vocab.yaml)
NUMBER = re.compile(
    rf"(?<![\d.])(?:\d+(?:\.\d+)?多?(?:万亿|[万亿])?(?:{alternation(load_vocab().units)})"
    r"|\d{1,3}多?年(?![\d月])"  # a span of years (40年); four digits and 年 are a date
    r"|\d{1,3}日(?=内|以内|之内)"  # a time limit (60日内); 5日 alone is a day of the month
    rf"|第[一二三四五六七八九十]+(?:{alternation(load_vocab().ordinal_units)}))"
)

_NUMBER_OPENING = re.compile(r"[\d第]")


def item_object(core: str) -> tuple[int, int] | None:
    """Offsets of the object of an item's opening verb in ``core`` (积极践行|社会主义核心价值观), or None
    when the item does not read verb + noun phrase (several verbs, punctuation, too short or long)."""
    words = segment.tag(core)
    i, pos = 0, 0
    while i < len(words) and (words[i][1] in LEAD_TAGS or words[i][0] in LEAD_WORDS):
        pos += len(words[i][0])
        i += 1
    if i >= len(words) - 1:
        return None
    word, t = words[i]
    # jieba glues an adverb to its verb and tags the pair as a name or noun (大力加强/nr, 正确区分/n)
    if not (t in ("v", "vn") or (len(word) == 4 and t in ("n", "nr", "i", "l"))):
        return None
    pos += len(word)
    i += 1
    while i < len(words) and len(words[i][0]) == 1 and words[i][0] in COMPLEMENTS:
        pos += 1
        i += 1
    rest = words[i:]
    noun = lambda tag: tag.startswith("n") or tag in END_TAGS  # noqa: E731
    # a second verb may stand inside the object (档案方志开放力度), never open it (坚持走…道路)
    if not rest or not (noun(rest[0][1]) or rest[0][1] in OBJECT_TAGS) or rest[0][1] in ("uj", "c"):
        return None
    # 把/将 + object + verb is a clause (把政治建设放在首位), as is a preposition before a verb
    if rest[0][0] in ("把", "将") or (rest[0][1] == "p" and any(t == "v" for _, t in rest)):
        return None
    if not all(noun(t) or t in OBJECT_TAGS or t == "v" for _, t in rest[1:]):
        return None
    # it ends with a noun, or is a noun and a nominal verb (政治担当), not a clause (效能有效提升)
    if not (noun(rest[-1][1]) or (rest[-1][1] == "v" and len(rest) == 2 and noun(rest[0][1]))):
        return None
    end = len(core)
    if not OBJECT_MIN <= end - pos <= OBJECT_MAX:
        return None
    return pos, end


_ITEM_CHANGE = re.compile(load_vocab().item_change)


def item_subject(core: str) -> tuple[int, int] | None:
    """Offsets of the subject of an item that reads subject + adverb of change + verb (各项投入|不断加大,
    vocab.yaml ``item_change``) in ``core``, or None when it does not read so or the subject is no noun phrase
    of OBJECT_MIN..OBJECT_MAX characters (a report's achievements: the subject is what grew)."""
    m = _ITEM_CHANGE.search(core)
    if m is None or not OBJECT_MIN <= m.start() <= OBJECT_MAX:
        return None
    words = segment.tag(core[: m.start()])
    if words[0][1] in LEAD_TAGS or words[0][0] in LEAD_WORDS:
        return None  # (要不断加强…, 坚决…: a requirement, no subject)
    noun = lambda tag: tag.startswith("n") or tag in END_TAGS  # noqa: E731
    # (a verb may head it as a noun after a modifier: 各项|投入)
    head = noun(words[-1][1]) or (words[-1][1] == "v" and len(words) >= 2)
    if not head or not all(noun(t) or t in OBJECT_TAGS or t == "v" for _, t in words):
        return None
    return 0, m.start()


# what ends a place's name (绍兴市, 安吉县, 余村): a place though the segmenter does not know it
_PLACE_ENDS = tuple(POLICY["cloze_blank"]["place_suffixes"])


def fact_place(seg: str, place: re.Pattern[str]) -> tuple[int, int] | None:
    """Where in ``seg`` the first match of ``place`` (在X考察, 在X工作) names a place X: a place word of the
    segmenter, a province, or a name with a place's ending; or, when X工作 opens a meeting's name (在省委人才
    工作会议上), the whole name.  Never 在|实际|工作中 (a cloze blanked 实际 as the place of a fact, and a
    teacher struck it: 第二空“实际”是无意义套语)."""
    for m in place.finditer(seg):
        x = m.group(1)
        if x in load_vocab().provinces or x.endswith(_PLACE_ENDS) or segment.tag_whole(x) == "ns":
            return m.span(1)
        if (meeting := _MEETING.match(seg, m.end())) is not None:
            return m.start(1), meeting.end()
    return None


# what ends a meeting's name after 在X工作 (…会议上): the meeting is the place of what was said there
_MEETING = re.compile(r"[\u4e00-\u9fff]{0,4}?会议(?=上)")


def trivial_figure(src: Span, a: int, b: int) -> bool:
    """Whether the date or count at document offsets [a, b) is trivia in its sentence ``src`` (the day of a
    visit, a statistics cut-off, the number of visitors: the ``figures`` rules), which no question asks."""
    return load_rules().figures.trivial(src.text, a - src.start, b - src.start)


def fact_number(text: str, skip: Callable[[re.Match], bool] | None = None) -> re.Match | None:
    """The first number with a unit of a fact, outside its date; of a change (由420元提高到450元), the
    figure it leads to (the old level is figures' ``base_level``: never changed either).  With ``skip``, the
    first such figure it does not reject (a true/false change passes over a bound, 7%以上, for the 5.5% after it)."""
    # (every alternative of NUMBER opens with a digit or 第: a text with neither is not searched, and
    # the pattern's look-behind is tried at every character of the others)
    at = 0
    while (m := NUMBER.search(text, at) if _NUMBER_OPENING.search(text) else None) is not None:
        if (to := _CHANGE_TO.match(text, m.end())) and (new := NUMBER.match(text, to.end())):
            m = new
        if skip is None or not skip(m):
            return m
        at = m.end()
    return None


# a change word and what may stand between it and the new figure (提高到2017年的|35%: a year and 的)
_CHANGE_TO = re.compile(rf"(?:{alternation(POLICY['figure_change_to'])})(?:\d{{4}}年(?:底)?的?)?")
