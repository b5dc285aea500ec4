"""Which blanks a single choice may ask at all (issue 12, task single; blind reviews of sessions 10 and 11).

A single choice is printable only when its key is a term worth asking, of a clear class, beside wrong
options of that class and form.  These checks name the shapes teachers rejected that the other checks
let through:

- a date code (1·24) as the key (an event named by its day: trivia) or beside a plan's code (1269);
- a year as the key of a stem that tells of a routine act and no landmark (a survey, a statistic);
- a plain word of a list as the key (创业 among 学习、就业、生活);
- a phrase around a known term as the key (助长形式主义) beside bare terms (共产主义);
- a numbered label of the text's own (两个目标) beside national formulations (两个维护);
- a verb before a class noun (威胁机关, a list's words run together) beside names of that class (上级机关);
- a stem whose predicate was cut away (…“四项基本原则”等。 from a longer sentence).

``findings`` runs inside single_shapes.findings (lint), so ``generate`` drops what it flags and the
point is asked by another kind.  Patterns, cues and thresholds are policy (single_slot.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from ..model import Question
from . import option_form
from .sentence import PAREN

_POLICY = yaml.safe_load(Path(__file__).with_name("single_slot.yaml").read_text(encoding="utf-8"))
_DATE_CODE = re.compile(_POLICY["date_code"])
_YEAR_KEY = re.compile(_POLICY["year_key"])
LANDMARK_CUES: tuple[str, ...] = tuple(_POLICY["landmark_cues"])
PLAIN_KEY_MAX: int = _POLICY["plain_key_max"]
PHRASE_TERM_MIN: int = _POLICY["phrase_term_min"]
PHRASE_HEAD_MIN: int = _POLICY["phrase_head_min"]
LOCAL_LABEL_MIN: int = _POLICY["local_label_min"]
GENERIC_NOUNS: tuple[str, ...] = tuple(_POLICY["generic_nouns"])
ROUTINE_CUES: tuple[str, ...] = tuple(_POLICY["routine_cues"])
PERIOD_MARKS: tuple[str, ...] = tuple(_POLICY["period_marks"])
HUMAN_SOURCES: tuple[str, ...] = tuple(_POLICY["human_sources"])
CLASS_NOUNS: frozenset[str] = frozenset(_POLICY["class_nouns"])
_OPEN_END = re.compile(_POLICY["open_ends"])
_SERIES_CLOSE = re.compile(_POLICY["series_close"])
_NUMBERED = re.compile("^[一二两三四五六七八九十]+[个项大种条]?")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
# jieba's tags: a verb or a verbal noun heads a verb phrase (威胁 vn)
VERB_TAGS = ("v", "vn")


def findings(q: Question, right: str, wrong: list[str]) -> list[str]:
    """Why the blank of a single choice with key ``right`` and wrong options ``wrong`` is not to be
    asked as a single choice (each reason in Chinese), or [] when none applies."""
    right, wrong = right.strip("“”"), [w.strip("“”") for w in wrong]
    checks = (
        date_code(right, wrong),
        trivia_year(right, q.stem),
        plain_key(right),
        phrase_key(right, wrong),
        local_label(right, wrong),
        verb_head(right, wrong),
        cut_predicate(q.stem, q.source.sentence),
    )
    # (options of one form: no non-word beside a one-word key: option_form)
    return [why for why in checks if why] + option_form.findings(right, wrong)


def date_code(right: str, wrong: list[str]) -> str | None:
    """A key that is a date code (an event named by its day), or a date code beside a key that is not."""
    if _DATE_CODE.match(right):
        return f"考事件的日期代号“{right}”，属琐碎信息"
    for w in wrong:
        if _DATE_CODE.match(w):
            return f"错误选项“{w}”是日期代号，与正确选项“{right}”不同类，一眼可排除"
    return None


def trivia_year(right: str, stem: str) -> str | None:
    """A year key of a stem that tells of a routine act (ROUTINE_CUES) or opens a period with its blank
    (PERIOD_MARKS: （　　）以来), and of no landmark (LANDMARK_CUES)."""
    routine = any(cue in stem for cue in ROUTINE_CUES) or any(PAREN + mark in stem for mark in PERIOD_MARKS)
    if _YEAR_KEY.match(right) and routine and not any(cue in stem for cue in LANDMARK_CUES):
        return f"考年份“{right}”，所述不是标志性事件，属琐碎信息"
    return None


def plain_key(right: str) -> str | None:
    """A key of PLAIN_KEY_MAX characters or fewer that is no numbered formulation, of no lexicon class and
    in no lexicon group that human question setters made (HUMAN_SOURCES)."""
    from .. import lexicon

    if len(right) > PLAIN_KEY_MAX or not _CJK.match(right) or _NUMBERED.match(right):
        return None
    lex = lexicon.load()
    if lex.class_of(right) is not None or any(s.startswith(HUMAN_SOURCES) for g in lex.groups_of(right) for s in g.sources):
        return None
    return f"考列举中的普通词“{right}”，琐碎，干扰项只能凑字"


def phrase_key(right: str, wrong: list[str]) -> str | None:
    """A key that is words before a known term (助长 + 形式主义), itself no lexicon term, beside a wrong
    option that is a bare lexicon term: the options are of two forms and only the key fits the slot."""
    terms = _lexicon_terms()
    if right in terms:
        return None
    for i in range(PHRASE_HEAD_MIN, len(right) - PHRASE_TERM_MIN + 1):
        head, term = right[:i], right[i:]
        if term in terms:
            bare = [w for w in wrong if w in terms and not w.startswith(head)]
            if bare:
                return f"正确选项“{right}”是“{head}”加术语的短语，错误选项“{bare[0]}”是光秃的术语，形式不同，代入后荒谬"
            return None
    return None


@lru_cache(maxsize=1)
def _lexicon_terms() -> frozenset[str]:
    """The shipped lexicon's terms (built once: the lexicon's property builds the set anew per call)."""
    from .. import lexicon

    return lexicon.load().terms


def local_label(right: str, wrong: list[str]) -> str | None:
    """A numbered key the lexicon does not know, counting a generic noun (GENERIC_NOUNS: 两个目标), beside
    LOCAL_LABEL_MIN or more wrong options it knows as formulations: the text's own label among national
    formulations."""
    from .. import lexicon

    if not _NUMBERED.match(right) or not right.endswith(GENERIC_NOUNS) or lexicon.class_of(right) is not None \
            or lexicon.siblings(right):
        return None
    known = [w for w in wrong if lexicon.class_of(w) is not None]
    if len(known) >= LOCAL_LABEL_MIN:
        return f"正确选项“{right}”是本文自拟的提法，错误选项“{known[0]}”等是通行提法，不同类，一眼可排除"
    return None


def _verb_noun(option: str) -> tuple[bool, str] | None:
    """Whether ``option`` puts a verb before a noun of CLASS_NOUNS (威胁 + 机关), and that noun; None when
    it does not end in such a noun as a word of its own (检察机关 is one word)."""
    from .. import segment

    words = segment.tag(option)
    if len(words) < 2 or words[-1][0] not in CLASS_NOUNS:
        return None
    return words[0][1] in VERB_TAGS, words[-1][0]


def verb_head(right: str, wrong: list[str]) -> str | None:
    """A wrong option that ends in the key's noun (机关) after a verb where the key has a modifier
    (威胁机关 beside 上级机关), or the other way round: a list's words run together, no name of the class."""
    key = _verb_noun(right)
    if key is None:
        return None
    for w in wrong:
        got = _verb_noun(w)
        if got is not None and got[1] == key[1] and got[0] != key[0]:
            odd = w if got[0] else right
            return f"选项“{odd}”是动词加“{key[1]}”，不是同类的名称，与其他选项不同类"
    return None


def cut_predicate(stem: str, sentence: str) -> str | None:
    """A stem ending in a list closed by 等 from a sentence cut before its end: its predicate is gone."""
    if sentence and not _OPEN_END.search(sentence.strip()) and _SERIES_CLOSE.search(stem.strip()):
        return "题干截去了谓语，句子不完整"
    return None
