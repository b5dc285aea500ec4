"""What kind of thing an option names, and options a teacher rejects for it (issue 12, options3).

A wrong option of another kind than the right ones is absurd beside them: a place, a person, an
organ, a meeting, a post, a penalty, a form or a doctrine among concepts (加拿大 beside 改革、开放;
班固 beside 巩固; 监察机关 beside 审批、管理).  An option that opens with an article label or is a clause
cut off before its main verb (…批准为预备党员后) is a fragment.  A right option that alone opens with a
preposition is the only one that splices back into its sentence.  The words are policy
(option_kinds.yaml); the lexicon's classes count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .. import lexicon, segment
from .option_sets import FORM_MIN, opening
from .policy import POLICY

PATH = Path(__file__).with_name("option_kinds.yaml")
_CLAUSE = re.compile("[、，；：。,]")
_NUMERALS = "一二两三四五六七八九十"


@dataclass(frozen=True)
class _Kind:
    name: str
    tags: frozenset[str]
    classes: frozenset[str]
    words: frozenset[str]
    # one of the suffixes after at least one character (a suffix on a longer word), compiled once:
    # generation asks it of every candidate option, and a loop over the suffixes was a tenth of it
    suffix: re.Pattern[str] | None
    suffixes: tuple[str, ...]  # the same suffixes for str.endswith: a word ending in none is never searched


@dataclass(frozen=True)
class _Policy:
    kinds: tuple[_Kind, ...]
    tag_alone: dict[str, int]
    term_max: int
    article_label: re.Pattern[str]
    clause_ends: tuple[str, ...]
    clause_min: int
    splice_heads: str
    group_kinds: dict[str, str]
    group_min: int
    numbered: re.Pattern[str]
    joining_chars: str
    censure_heads: tuple[str, ...]
    asking: re.Pattern[str]
    agent_suffixes: tuple[str, ...]


@lru_cache(maxsize=1)
def _policy() -> _Policy:
    d = yaml.load(PATH.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    kinds = tuple(
        _Kind(name, frozenset(k.get("tags", ())), frozenset(k.get("classes", ())), frozenset(k.get("words", ())),
              _ends(k.get("suffixes", ())), tuple(k.get("suffixes", ())))
        for name, k in d["kinds"].items()
    )
    return _Policy(kinds, {t: int(n) for t, n in d["tag_alone"].items()}, int(d["term_max"]), re.compile(d["article_label"]), tuple(d["clause_ends"]),
                   int(d["clause_min"]), d["splice_heads"], dict(d["group_kinds"]), int(d["group_min"]), re.compile(d["numbered"]),
                   d["joining_chars"], tuple(d["censure_heads"]), re.compile(d["asking"]),
                   tuple(d["agent_suffixes"]))


def _ends(suffixes) -> re.Pattern[str] | None:
    """A pattern for one of ``suffixes`` ending a word longer than it, or None for none."""
    return re.compile(".(?:" + "|".join(map(re.escape, suffixes)) + ")$") if suffixes else None


@lru_cache(maxsize=4096)
def kind_of(option: str, tags: bool = True, loose: bool = False) -> str | None:
    """The kind of thing ``option`` names (a key of option_kinds.yaml ``kinds``: 地名, 人物, 机构 …), or
    None for a concept.  A listed word, the lexicon's class, a suffix on a longer word, or jieba's
    dictionary tag of the whole word (see option_kinds.yaml ``tag_alone``; not with ``tags`` False)
    decide it, in that order.  A suffix names a noun phrase only (坚决反对形式主义 is an act), unless
    ``loose``: a phrase is read by its object, as generation reads an answer and its candidates
    (反对|帝国主义 takes 国家资本主义; 具有典型意义 never takes 反对封建主义) and lint the right options."""
    p = _policy()
    w = option.strip("“”《》")
    if not w or len(w) > p.term_max or _CLAUSE.search(w):
        return None  # a clause or a list of its own (侮辱、殴打、威胁…工作人员) names no one thing
    cls = lexicon.class_of(w)
    for k in p.kinds:
        if w in k.words or (cls and cls in k.classes):
            return k.name
    for k in p.kinds:
        if k.suffix and w.endswith(k.suffixes) and k.suffix.search(w):
            # a verb phrase names an act, whatever its object (坚决反对形式主义, 加强基层党组织, 依靠群众)
            return k.name if loose or _noun_phrase(w) else None
    tag = segment.tag_whole(w) if tags else None
    if tag is None:
        return None
    kin = lexicon.siblings(w)
    # a tag alone is noise (碧水, 幸福感 nr) but for the tags and lengths tag_alone allows; a lexicon group
    # whose terms mostly share the tag is not (武则天 beside 朱元璋、李世民, 重庆 beside 延安、西安), and a
    # common word's group never does (爱国 beside 敬业、诚信)
    shared = sum(segment.tag_whole(x) == tag for x in kin)
    backed = kin and 2 * shared > len(kin)
    # ... and a group none of whose terms carries it says the tag is the dictionary's noise (依法治国 ns beside
    # 以德治国、党的领导): no name, whatever its length
    if (len(w) >= p.tag_alone.get(tag, 99) and not (kin and not shared)) or backed:
        for k in p.kinds:
            if tag in k.tags:
                return k.name
    return group_kind(w)


@lru_cache(maxsize=4096)
def group_kind(w: str) -> str | None:
    """The kind (option_kinds.yaml ``group_kinds``) most words of ``w``'s lexicon group, two steps out,
    are tagged as, or None: 荀子 and 老子 name persons among 孔子、孟子、韩非子, 幸福感 nothing."""
    p = _policy()
    group = {w, *lexicon.siblings(w)}
    for x in list(group):
        group.update(lexicon.siblings(x))
    if len(group) < p.group_min:
        return None
    tags = [segment.tag_whole(x) for x in group]
    for tag, kind in p.group_kinds.items():
        if 2 * tags.count(tag) > len(tags):
            return kind
    return None


@lru_cache(maxsize=8192)
def numbered(w: str) -> bool:
    """Whether ``w`` is a numbered formulation (两个维护, 八项规定, 三会一课; option_kinds.yaml ``numbered``)."""
    w = w.strip("“”《》")
    return _policy().numbered.match(w) is not None or (w[:1] in _NUMERALS and lexicon.class_of(w) == "提法")


@lru_cache(maxsize=8192)
def censure(w: str) -> bool:
    """Whether ``w`` opens with a word of failing or censure (缺乏创新, 违背规律; option_kinds.yaml
    ``censure_heads``): beside the goals a sentence sets, the odd one at a glance."""
    return w.strip("“”《》").startswith(_policy().censure_heads)


_DATE = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?")
_QUOTE_MARKS = re.compile("[“”‘’《》]")


@lru_cache(maxsize=8192)
def asks(w: str) -> bool:
    """Whether ``w`` asks a question (如何…, …取得了哪些成果: a heading of study notes; option_kinds.yaml
    ``asking``).  Cached: ``unlike`` asks it of the answer and of each candidate (five in six calls repeat one)."""
    return bool(_policy().asking.search(w))


def unlike(a: str, c: str) -> bool:
    """Whether the candidate ``c`` differs from the answer ``a`` in a way a teacher sees at once: one is a
    numbered formulation and the other not (``numbered``), one opens with censure and the other not, one
    is a date and the other not, one asks a question and the other not (``asks``), or long phrases of which one opens with a verb and the other with a noun
    (建立现代企业制度 beside 基层群众自治制度: option_sets.opening)."""
    if numbered(c) != numbered(a) or censure(c) != censure(a) or bool(_DATE.match(c)) != bool(_DATE.match(a)):
        return True  # (a bare date beside a requirement is no requirement: 2019年3月1日)
    if asks(c) != asks(a):
        return True  # (a notes' heading, 如何坚持…, beside a point)
    if len(a) < FORM_MIN or len(c) < FORM_MIN:
        return False
    oa, oc = opening(a), opening(c)
    return bool(oa and oc and oa != oc)


def odd_numbered(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that is a numbered formulation where the right ones are not, or the reverse, or
    None: 三会一课 beside a school's motto is out of place at a glance."""
    if not right:
        return None
    key = numbered(right[0])
    for w in wrong:
        if numbered(w) != key:
            return f"错误选项“{w}”{'是' if not key else '不是'}数字概括的提法，与正确选项形式不同，一眼可辨"
        if censure(w) and not any(censure(r) for r in right):
            return f"错误选项“{w}”是否定、贬斥的说法，与正确选项不同，一眼可辨"
    return None


def _noun_phrase(w: str) -> bool:
    """Whether ``w`` ends in a noun with no verb, adverb or preposition before it: a name (历史|唯物主义,
    上级|党组织), not a predicate (加强|基层|党组织, 坚决|反对|形式主义, 依靠群众 one idiom); a verbal noun
    modifies a noun (发展/vn 对象)."""
    words = segment.tag(w)
    if not words[-1][1].startswith(("n", "j")):  # (j: an abbreviation, 上一级|党委)
        return False
    return not any((t.startswith("v") and t != "vn") or t in ("d", "ad", "p") for _, t in words[:-1])


def _right_kind(right: list[str]) -> str | None:
    """The kind at least half of the right options are of (a place wrongly tagged among concepts does
    not make the series one of places), or None for concepts."""
    kinds = [kind_of(r, loose=True) for r in right]
    best = max(set(kinds), key=lambda k: (kinds.count(k), k or ""))
    return best if 2 * kinds.count(best) >= len(kinds) else None


def other_kind(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option of a kind (``kind_of``) that the right options are not of, or None."""
    if not right:
        return None
    rk = _right_kind(right)
    for w in wrong:
        k = kind_of(w)
        if k is not None and k != rk:
            return f"错误选项“{w}”是{k}，与正确选项不同类，一眼可辨"
    return None


def names_among_keys(right: list[str], wrong: list[str]) -> str | None:
    """A multiple choice whose right options all name things of some kind (机构, 职务 …: ``kind_of``) and a
    wrong option that names none, or None: 管理 beside 股东会、董事会、经理 is struck out at a glance."""
    if len(right) < 2 or any(kind_of(r, tags=False) is None for r in right):
        return None
    for w in wrong:
        if kind_of(w) is None:
            return f"正确选项都是{kind_of(right[0], tags=False)}一类的专名，错误选项“{w}”不是，一眼可辨"
    return None


def _person(w: str) -> bool:
    """Whether ``w`` names people: of the kind 人群, or a noun on an agent suffix (组织者, not 或者)."""
    return kind_of(w, tags=False) == "人群" or (len(w) > 2 and w.endswith(_policy().agent_suffixes) and _noun_phrase(w))


def persons_only(right: list[str], w: str) -> bool:
    """Whether the wrong option ``w`` may stand beside the right options of a multiple choice by what it names:
    False when they all name people (option_kinds.yaml agent_suffixes: 策划者、组织者、骨干分子) and it does not
    (组织建设), an act among persons a reader strikes out at a glance."""
    return len(right) < 2 or not all(_person(r) for r in right) or _person(w)


def lone_kind(right: list[str], wrong: list[str]) -> str | None:
    """A single choice whose answer alone is a named kind (a country, an organ …) among wrong options
    of which none is of that kind, or None: the odd one out is the answer."""
    if len(right) != 1 or len(wrong) < 2:
        return None
    k = kind_of(right[0], tags=False)  # a tag alone may be noise (依法治国 ns): the answer would go for it
    if k is None or any(kind_of(w) == k for w in wrong):
        return None
    return f"只有正确选项“{right[0]}”是{k}，一眼可辨"


@lru_cache(maxsize=8192)
def cut_piece(option: str) -> str | None:
    """Why ``option`` is a fragment of its source rather than a term, or None: it opens with an article
    label (第四十七条 市) or is a clause of time cut off before what it governs (…批准为预备党员后).
    Cached: generation asks it of every candidate option beside every answer."""
    p = _policy()
    o = option.strip("“”《》 ")
    if p.article_label.match(o):
        return f"选项“{option}”以条款编号开头，是截断的片段"
    if len(o) >= p.clause_min and o.endswith(p.clause_ends):
        return f"选项“{option}”是没有说完的时间从句，是截断的片段"
    return None


def cut_off(answer: str, c: str) -> bool:
    """Whether the candidate option ``c`` is a cut piece (``cut_piece``) where ``answer`` is none: a
    clause of time may stand for a clause of time (群众路线教育实践活动后 -> 抗日战争胜利之后)."""
    return cut_piece(c) is not None and cut_piece(answer) is None and not answer.endswith(_policy().clause_ends)


def lone_splice(right: list[str], wrong: list[str]) -> str | None:
    """A right option that alone opens with a preposition or conjunction (与相关公务活动 in 以及（　　）
    无关的费用): it alone splices into the sentence, or None."""
    heads = _policy().splice_heads
    lone = [r for r in right if r[:1] in heads]
    if len(lone) == 1 and len(right) == 1 and wrong and not any(w[:1] in heads for w in wrong):
        return f"只有正确选项“{lone[0]}”以“{lone[0][0]}”开头，能接进句子，一眼可辨"
    return None


def said_in_stem(stem: str, wrong: list[str]) -> str | None:
    """A wrong option the stem itself says (四个‘引路人’ beside the option 四个引路人), or None: the
    learner strikes it out at once."""
    plain = _QUOTE_MARKS.sub("", stem)
    for w in wrong:
        if len(w) >= 3 and w.strip("《》") in plain:
            return f"错误选项“{w}”在题干中已经出现，可直接排除"
    return None


RIGHT_PER_WRONG: int = POLICY["options"]["multiple_right_per_wrong"]


def too_few_wrong(right: list[str], wrong: list[str]) -> str | None:
    """A multiple choice with more than RIGHT_PER_WRONG right options per wrong one, or None."""
    if len(right) > 1 and wrong and len(right) > RIGHT_PER_WRONG * len(wrong):
        return f"{len(right) + len(wrong)}个选项只有{len(wrong)}个错误选项，区分度低"
    return None


def made_up(wrong: list[str]) -> str | None:
    """A wrong option that a reference bank only ever offered as a wrong option (the lexicon's
    ``unattested``) and that does not read as words: one of its words is a lone character other than a
    joining word (听|文化, 核心|性|作用), or None.  A setter's made-up phrase of real words (科学建设,
    政治保障) a teacher still prints: generation draws none, lint leaves them."""
    unattested = lexicon.load().unattested
    joins = _policy().joining_chars
    for w in wrong:
        w0 = w.strip("“”《》")
        if w0 in unattested and any(len(p) == 1 and p not in joins for p in segment.cut(w0)):
            return f"错误选项“{w}”不是原文或词库里的词（只在参考题库里作为编造的干扰项出现过）"
    return None


def option_kind_findings(stem: str, right: list[str], wrong: list[str], whole: bool = True) -> list[str]:
    """The findings of this module on a choice question's options (see the module doc); with ``whole``
    False, ``wrong`` is a candidate or a few, not all the question's wrong options (no count is checked)."""
    out = [why for o in (*right, *wrong) if (why := cut_piece(o))]
    if whole and (why := too_few_wrong(right, wrong)):
        out.append(why)
    for why in (other_kind(right, wrong), lone_kind(right, wrong), names_among_keys(right, wrong), lone_splice(right, wrong),
                said_in_stem(stem, wrong),
                odd_numbered(right, wrong), made_up(wrong)):
        if why:
            out.append(why)
    return out
