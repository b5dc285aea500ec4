"""A choice on a list whose stem names the list in words only its keys repeat (issue 12, task choice):
the teacher picks the options holding the stem's topic word and is right without knowing the list.
``label_topic`` and ``on_label`` draw wrong options of that topic first; ``echo`` finds the giveaway that remains.

Session 14's blind teacher rejected 关于“…守牢安全底线”… beside one key with 安全 and no wrong option
with it (只有正确项含“安全”二字), and keys that split the stem's heading (关于“甲增速放缓，乙稳中有进”
beside 甲增速持续放缓、乙保持稳中有进态势: 正确项即题干标题拆分); session 13's the same with 消费.
Session 19: a wrong option that holds the list's own label whole (在“基本做法”一处… beside 全镇防汛的基本做法和主要经验)
is the heading the list stands under, not an item of any list (teachers: 错项竟是小标题，荒谬易排除): ``heading_option``.
``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it
flags and the list is asked in another kind.  The word list is policy (label_echo.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("label_echo.yaml")
_POLICY = load_policy_file(PATH, {"word_min": int, "topic_tags": [str], "generic": [str], "heading_min": int,
                                  "mark_tags": [str]})
WORD_MIN: int = _POLICY["word_min"]
TOPIC_TAGS: frozenset[str] = frozenset(_POLICY["topic_tags"])
GENERIC: frozenset[str] = frozenset(_POLICY["generic"])
HEADING_MIN: int = _POLICY["heading_min"]
MARK_TAGS: frozenset[str] = frozenset(_POLICY["mark_tags"])
# The document's title (据《…》, 《…》一文) names the source, not the list: its words are no hint.
_TITLE = re.compile("《[^》]*》")
# Where the templates stop naming the list and start asking (下列哪些是…, 下列哪一项属于…).
_ASK = "下列"
_CJK_WORD = re.compile("^[\u4e00-\u9fff]+$")
# Two Chinese characters in a row: the part of a stem before 下列 names something (据《…》， names nothing).
_NAMING = re.compile("[\u4e00-\u9fff]{2}")


def label_words(stem: str) -> list[str]:
    """The topic words of the part of ``stem`` that names the list: before 下列, without the document's
    title, nouns (TOPIC_TAGS: never a name, the unit the whole text is about) of WORD_MIN characters or
    more, not generic (label_echo.yaml)."""
    from ..segment import tag  # (the one tokenizer, loaded on first use)

    words = [w for w, t in tag(_label(stem)) if t in TOPIC_TAGS and len(w) >= WORD_MIN and _CJK_WORD.match(w) and w not in GENERIC]
    return list(dict.fromkeys(words))


def _label(stem: str) -> str:
    """The part of ``stem`` that names the list, without the document's title: before 下列, or after it when
    nothing before names anything (a list asked by its topic: 据《…》，下列哪些属于…的要求？)."""
    cut_at = stem.find(_ASK)
    before = _TITLE.sub("", stem if cut_at < 0 else stem[:cut_at])
    return before if cut_at < 0 or _NAMING.search(before) else _TITLE.sub("", stem[cut_at + len(_ASK):])


# The template values that name a list in its stem (listlead.list_values).
LABEL_VALUES = ("list_where", "heading", "list_lead", "list_topic")


def label_topic(values: dict[str, str], right: list[str]) -> Callable[[str], bool] | None:
    """A test of wrong options for a list question whose keys ``right`` hold a topic word of the list's name
    (``values``: listlead.list_values), True for a candidate that holds one too; None when no key holds one.
    安全 in the name and a key draws wrong options on 安全 as well: the stem then gives nothing away (echo) and
    the wrong options are of the keys' topic (session 14's blind teacher: 应换成与安全相关的干扰项)."""
    name = "，".join(values.get(k) or "" for k in LABEL_VALUES)
    named = label_words(name)
    # (distinguishing words too, as echo reads them: 公共 of 公共交往)
    words = [w for w in echo_words(name) if any(w in r for r in right)]
    # (one that holds two of the name's words restates the name itself: 把安全底线守得更牢 for 守牢安全底线)
    return (lambda c: any(w in c for w in words) and sum(w in c for w in named) < 2) if words else None


def on_label(values: dict[str, str], right: list[str], wrong: list[str]) -> list[str]:
    """``wrong`` (best first) with those label_topic accepts put first, each group in its order."""
    topic = label_topic(values, right)
    return sorted(wrong, key=lambda c: not topic(c)) if topic is not None else wrong


def echo_words(stem: str) -> list[str]:
    """The words of the list's name in ``stem`` a key may be read off: its topic words (label_words) and its
    distinguishing words (MARK_TAGS: 公共 of 公共交往, which jieba does not tag a noun)."""
    from ..segment import tag

    marks = [w for w, t in tag(_label(stem)) if t in MARK_TAGS and len(w) >= WORD_MIN and w not in GENERIC]
    return list(dict.fromkeys(label_words(stem) + marks))


def echo(stem: str, right: list[str], wrong: list[str], most: bool = False,
         common: Callable[[str], bool] = lambda w: False) -> str | None:
    """Why the keys ``right`` are read off ``stem``, or None: a word of the list's name (echo_words) that every key
    holds and no wrong option does (only the keys hold 安全).  With ``most``, as drafting asks, a word that more
    than half the keys hold (two of three) is one too: session 19's blind teacher struck out a section's list
    whose keys, two of three, held its heading's word, beside wrong options of other sections (按关键词即可答对);
    lint keeps to every key, for teachers printed or mended such questions more often than not.  Keys that each
    hold some other word of a long name (干部 in one, 思想 in another) are no such pointer: a heading of many words
    shares some with its points; nor is a word ``common`` calls the whole document's (乡村 all through a text on
    乡村: field.ubiquitous)."""
    if not wrong:
        return None
    words = [w for w in echo_words(stem) if not any(w in x for x in wrong) and not common(w)
             and (2 * sum(w in r for r in right) > len(right) if most else all(w in r for r in right))]
    if words:
        said = "、".join(f"“{w}”" for w in words)
        return f"题干里的{said}只有正确选项有，错误选项都没有，按字面即可猜中答案"
    return None


def named_echo(values: dict[str, str], right: list[str], wrong: list[str],
               common: Callable[[str], bool] = lambda w: False) -> str | None:
    """``echo`` with ``most`` of the list named by its template ``values`` (LABEL_VALUES), as drafting asks it."""
    return echo("，".join(values.get(k) or "" for k in LABEL_VALUES), right, wrong, most=True, common=common)


def heading_option(place: str, wrong: list[str]) -> str | None:
    """Why a wrong option of a list question is the heading the list stands under, or None: it holds ``place``, the
    label the stem names the list by (listnames: 在“…”一处, 关于“…”), whole, and the label is HEADING_MIN characters
    or more (a shorter one, 目标, is a word any item may hold)."""
    if len(place) < HEADING_MIN:
        return None
    for w in wrong:
        if place in w:
            return f"错误选项“{w}”含题干所问的标题“{place}”，是小标题，不是要点，一眼可排除"
    return None
