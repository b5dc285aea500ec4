"""Shapes of a single choice that party-school teachers rejected in the blind reviews of sessions 7
and 8 (issue 12, task single), and that lint's other checks let through:

- the stem echoes a phrase of the key that no wrong option has (在以下四个方面走在全省前列 beside the
  one option ending in 走在全省前列), or spells out the first member of the formulation it blanks
  (（　　）：一是从…转变为…);
- a wrong option is a heading or a question (关于…, 如何…) beside a key that is a point;
- a wrong option says what the key says in other words, so it is right too;
- a wrong option was picked for one character it shares with a short key (人事薪酬 beside 人工智能);
- the key is a date to the day (trivia), or the stem is too short to say what is asked.

``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it
flags and the point is asked by another kind.  Thresholds and word lists are policy (single_shapes.yaml).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from os.path import commonprefix
from pathlib import Path

import yaml

from .. import segment
from ..model import Question
from .sentence import PAREN
from .head_class import stray_head
from .single_slot import findings as slot_findings

_POLICY = yaml.safe_load(Path(__file__).with_name("single_shapes.yaml").read_text(encoding="utf-8"))
ECHO_MIN: int = _POLICY["echo_min"]
_MEMBER_LEAD = re.compile(_POLICY["member_lead"])
TITLE_OPENINGS: tuple[str, ...] = tuple(_POLICY["title_openings"])
ALIKE_RATIO: float = _POLICY["alike_ratio"]
ALIKE_KEY_MIN: int = _POLICY["alike_key_min"]
_DAY_DATE = re.compile(_POLICY["day_date"])
_QUESTION = re.compile(_POLICY["question_place"])
# (the templates' way of naming a list's place, as reject_shapes reads it: one pattern for both)
_ANCHOR = re.compile(yaml.safe_load(Path(__file__).with_name("reject_shapes.yaml").read_text(encoding="utf-8"))["anchor"])
_DAY_DATE_EVENT = re.compile(_POLICY["day_date_events"])
STEM_MIN: int = _POLICY["stem_min"]
CLASS_SUFFIXES: str = _POLICY["class_suffixes"]
LOOKALIKE_KEY = (_POLICY["lookalike_key_min"], _POLICY["lookalike_key_max"])
ODD_KEY_GAP: int = _POLICY["odd_key_gap"]
PLACE_TAGS: tuple[str, ...] = tuple(_POLICY["place_tags"])
PLACE_ROLL_MIN: int = _POLICY["place_roll_min"]
_PLACE_CLASS = re.compile(_POLICY["place_class"])
_ITEM_SPLIT = re.compile("[、，,；;。：:]")
NUMERALS = tuple("一二两三四五六七八九十")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
_NOT_WORD = re.compile(r"[^\u4e00-\u9fff0-9]+")  # (a figure in a stem is context too: 2016年7月8日)


def findings(q: Question, right: str, wrong: list[str]) -> list[str]:
    """Why a single choice with key ``right`` and wrong options ``wrong`` would not be printed as is."""
    checks = (
        stem_echo(q.stem, right, wrong),
        member_shown(q.stem),
        title_option(right, wrong),
        alike_option(right, wrong),
        trivia_key(right, q.stem),
        short_stem(q.stem),
        lookalike(right, wrong, q.stem),
        odd_key(right, wrong),
        question_anchor(q.stem),
        stray_head(q.stem, right, wrong) if q.point_kind == "term_series" else None,
    )
    # (which blanks may be asked as a single choice at all: single_slot)
    return [why for why in checks if why] + slot_findings(q, right, wrong)


def question_anchor(stem: str) -> str | None:
    """A single choice on a list whose place is an exam question of study notes (关于“为什么…”, 在“简述…”
    一处): its wrong options are other questions' answers, true of the subject and off the question."""
    m = _ANCHOR.search(stem)
    place = m and (m.group("a") or m.group("b"))
    if place and _QUESTION.search(place):
        return f"所问的一处“{place}”是复习题，错误选项取自别的题的答案，不是同类"
    return None


def stem_echo(stem: str, right: str, wrong: list[str]) -> str | None:
    """A run of ECHO_MIN characters of the key said in the stem outside its blank and in no wrong option."""
    key = _NOT_CJK.sub("\x00", right)
    shown = stem.replace(PAREN, "\x00")
    for i in range(len(key) - ECHO_MIN + 1):
        run = key[i : i + ECHO_MIN]
        if "\x00" not in run and run in shown and not any(run in w for w in wrong):
            return f"题干里的“{run}”只有正确选项“{right}”也有，形式泄露了答案"
    return None


def member_shown(stem: str) -> str | None:
    """The stem goes on after its blank into the first member of what the blank names (（　　）：一是…)."""
    at = stem.find(PAREN)
    if at >= 0 and _MEMBER_LEAD.match(stem[at + len(PAREN) :]):
        return "题干在空后接着列出第一项（一是…），说出了答案所指的内容"
    return None


def title_option(right: str, wrong: list[str]) -> str | None:
    """A wrong option that opens like a heading or a question (关于…) beside a key that does not."""
    if right.startswith(TITLE_OPENINGS):
        return None
    for w in wrong:
        if w.startswith(TITLE_OPENINGS):
            return f"错误选项“{w}”是标题或问题，不是要点，与正确选项不同类，一眼可排除"
    return None


def alike_option(right: str, wrong: list[str]) -> str | None:
    """A wrong option so like the key that it says the same thing (it is right too).  Only a key of
    ALIKE_KEY_MIN characters or more is a statement: shorter ones (terms, years, numbered formulations)
    differ in one character by design (四个全面 / 五个全面)."""
    if len(right) < ALIKE_KEY_MIN or any(c.isdigit() for c in right):
        return None
    for w in wrong:
        if SequenceMatcher(None, right, w, autojunk=False).ratio() >= ALIKE_RATIO:
            return f"错误选项“{w}”与正确选项“{right}”说的是同一件事，答案不唯一"
    return None


def trivia_key(right: str, stem: str = "") -> str | None:
    """A key that is a date to the day: trivia a teacher does not test, unless the stem names a
    plenum or a congress of the Party (DAY_DATE_EVENTS: their dates are learnt)."""
    if _DAY_DATE.match(right) and not _DAY_DATE_EVENT.search(stem):
        return f"考具体日期“{right}”，过于琐碎"
    return None


def short_stem(stem: str) -> str | None:
    """A stem with too few characters besides its blank to say what is asked."""
    if PAREN in stem and len(_NOT_WORD.sub("", stem.replace(PAREN, ""))) < STEM_MIN:
        return f"题干“{stem}”太短，看不出问的是什么"
    return None


def lookalike(right: str, wrong: list[str], stem: str = "") -> str | None:
    """A wrong option of a short key that shares only one character at an edge with it and is no
    lexicon sibling of it: picked for a character, not for its kind.  A character that also opens (or
    ends) the items beside the key in ``stem`` is the series' form (有理想、有本领、有担当), not chance."""
    lo, hi = LOOKALIKE_KEY
    right, wrong = right.strip("“”"), [w.strip("“”") for w in wrong]
    # (a title in 《》 is a name: two films or books may share only a character and be of one kind;
    # a numbered formulation shares its numeral with its siblings by design: 一座城 / 一届会)
    if right.startswith(("《", *NUMERALS)) or not lo <= len(right) <= hi or any(c.isdigit() for c in right):
        return None
    from .. import lexicon

    kin = set(lexicon.siblings(right))
    items = [i.strip("“”") for i in _ITEM_SPLIT.split(stem.replace(PAREN, "、"))]
    # (items of a series are about as long as the key; a long clause's first character is chance; and
    # a one-character form is a short term's: 有理想、有担当, not 和睦相处 beside 和平赎买)
    items = [i for i in items if i and i != right and len(i) <= len(right) + 2] if len(right) <= 3 else []
    form = ({i[0] for i in items}, {i[-1] for i in items})
    for w in wrong:
        if w in kin or len(w) < 2:
            continue
        # (a two-character key shares no two characters with another option: 市场 / 市级、立场 are look-alikes)
        # (a last character that is a suffix makes a class: 网络化 / 全球化, 社会号召力 / 政治判断力)
        tail = right[-1] == w[-1] and right[-1] not in CLASS_SUFFIXES and right[-1] not in form[1]
        if right[:2] != w[:2] and right[-2:] != w[-2:] and ((right[0] == w[0] and right[0] not in form[0]) or tail):
            return f"错误选项“{w}”只与正确选项“{right}”同一个字，不是同类，荒谬"
    return None


def odd_key(right: str, wrong: list[str]) -> str | None:
    """Two or more wrong options that all open (or end) with ODD_KEY_GAP or more characters beyond what
    any of them shares with the key ``right``, or None: the key is the one option of another form."""
    if len(wrong) < 2:
        return None
    for edge in (1, -1):  # openings, then endings (read reversed)
        ws = [w[::edge] for w in wrong]
        shared = len(commonprefix(ws))
        with_key = max(len(commonprefix([right[::edge], w])) for w in ws)
        if shared - with_key >= ODD_KEY_GAP:
            part = ws[0][:shared][::edge]
            return f"错误选项都以“{part}”{'开头' if edge == 1 else '结尾'}，唯独正确选项不是，一眼可辨"
    return None


def place_roll(terms: list[str], sentence: str = "") -> bool:
    """Whether ``terms`` (a series, at least PLACE_ROLL_MIN of them) are each one place name (PLACE_TAGS): a roll
    of places a choice does not ask (single_shapes.yaml place_roll_min), unless ``sentence`` counts the roll or
    names it as a class (place_class: 四个经济特区)."""
    if len(terms) < PLACE_ROLL_MIN or _PLACE_CLASS.search(sentence):
        return False
    return all(len(words := segment.tag(t)) == 1 and words[0][1] in PLACE_TAGS for t in terms)
