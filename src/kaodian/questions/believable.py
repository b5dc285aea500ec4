"""Lint checks of issue 12's second round: what a strict teacher still rejected in blind reviews of
held-out banks after the first round's checks (teacher.py).

A false statement's change must be one a learner could believe and that is clearly false: not a person
for a person (who said it is not what a study text teaches), not one speech verb for another (说 ->
指出 changes nothing), not a count of years moved (89年前 -> 79年前 depends on when it was written),
not a numbered formulation of another count or shape (两项补贴 -> 八项规定, 一带一路 -> 一国两制: of
another field, false at a glance), not a short word for one that merely shares a character (信心 ->
信息), not a long term whose modifier alone changes (科技创新载体 -> 改革创新载体: still nearly true).
A true/false statement is a proposition, not a list item cut from its lead (……的现实表现).  A choice's
key is not given away by its opposite in the stem (看不见的手 beside 看得见的手).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..model import OPTION_LETTERS, Question
from ..text import common_prefix, common_suffix
from .falsehood import topic_line
from .plausible import implausible, stays_true
from .policy import POLICY
from .tf_worth import change_why
from .vocab import load_vocab

SHARED_CHARACTER_SWAP: bool = POLICY["shared_character_swap"]  # see policy.yaml
NUMBERED_COUNT_LINT: bool = POLICY["numbered_count_lint"]  # see policy.yaml

# A count of years (40年, 89年前, 100周年): a change of it is trivial or depends on the date of writing.
YEAR_COUNT = re.compile(r"^\d{1,3}(?:周年|年)$")
# The numerals of a numbered formulation (两 as in 两个确立, 百 and 千 as in 百花齐放).
NUMERALS = "一二三四五六七八九十两百千万"
# An article's label (第三条, 第二十九条): where a regulation's sentence stands, struck from a printed stem.
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+条")
# A demonstrative that points to what the text said before (这种创造性思维, 在这样的形势下, 这些就为…,
# ，这一系列成就): never one that names the words just before it (矛盾这个社会主要矛盾, 合作社这一新型主体).
_POINTING = re.compile(r"这种|这样|这些|(?:^|[，；：。、])这[一个]")
# A run of two to four characters said twice in a row (党的党的建设), and a date's year (2003年4月).
_DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
_YEAR = re.compile(r"((?:1[89]|20)\d\d)年")
# A list item's place opening a statement (首先是…, 其次，…, 二是…).
_ORDINAL_OPENING = re.compile(r"(?:首先|其次|再次|最后|[一二三四五六七八九十]是)")
# A long term of this many characters whose first two alone change keeps its head: a near synonym.
MODIFIER_TERM = 5
# A noun phrase's end: 的 and a short head noun (……的态度, ……的现实表现).
_NOUN_END = re.compile(r"的[\u4e00-\u9fff]{1,4}$")
# Words that make a clause a proposition (a copula or a modal): a list item with one states something.
_PREDICATES = ("是", "为", "要", "应", "须", "不得", "在于", "得")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
# Characters that make a word its opposite in place (看得见/看不见, 有形/无形).
_OPPOSITES = "不无有非没得"


def question_findings(q: Question) -> list[str]:
    """The findings of this module on a whole question (the swap's are ``swap_findings``): an article
    label a stem still shows, a list item asked as a statement, a key whose opposite the stem says."""
    out = []
    if q.kind in ("single", "multiple", "truefalse") and _ARTICLE.match(q.stem.lstrip("…")):
        out.append("题干带着条款号（第×条），是笔记标记，不是题目的内容")
    if q.kind in ("single", "multiple", "truefalse") and (m := _POINTING.search(q.stem)):
        out.append(f"题干里的“{m.group().lstrip('，；：。、')}”指的是题外的内容，离开原文无从理解")
    if q.kind == "truefalse" and (why := item_statement(q.source.sentence, q.stem.strip())):
        out.append(why)
    elif q.kind == "truefalse" and topic_line(q.stem.strip()):
        out.append("判断题的陈述是笔记的题目（……的基本内容、……的目标），不是可判断的命题")
    if q.kind in ("single", "multiple") and q.options:
        right = [q.options[OPTION_LETTERS.index(a)] for a in q.answer if a in OPTION_LETTERS[: len(q.options)]]
        out += [why for r in right if (why := opposite_in_stem(q.stem, r))]
    return out


def swap_findings(old: str, new: str, body: str, q: Question | None = None) -> list[str]:
    """Why a false statement's change of ``old`` into ``new`` (in the statement ``body`` of ``q``) is not
    one a learner could believe."""
    out = []
    if q is not None:
        out += _edit_findings(old, new, body, q)
    if lexicon.class_of(old) == "人物" and lexicon.class_of(new) == "人物":
        out.append(f"判断题把“{old}”换成“{new}”，只是换了个人名，不是要学的内容")
    verbs = load_vocab().speech_verbs
    if old in verbs and new in verbs:
        out.append(f"判断题把“{old}”换成“{new}”，只换了说话的动词，意思不变")
    if YEAR_COUNT.match(old) and YEAR_COUNT.match(new):
        out.append(f"判断题把“{old}”改成“{new}”，年数改动琐碎，且离开成文时间无从判断")
    if NUMBERED_COUNT_LINT and (why := numbered_swap(old, new)) is not None:
        out.append(why)
    if not SHARED_CHARACTER_SWAP and len(old) == len(new) == 2 and formed_only(old, new, body) and new not in lexicon.siblings(old):
        out.append(f"判断题把“{old}”换成“{new}”，只是共用一个字的词，不是它的同类词")
    if modifier_swap(old, new):
        out.append(f"判断题把“{old}”换成“{new}”，只换了修饰语，意思相近，不能明确判错")
    if why := implausible(old, new):
        out.append(why)
    if (at := body.find(new)) >= 0 and (why := stays_true(old, new, body, at, at + len(new))):
        out.append(why)
    if at >= 0 and (why := change_why(old, new, body[max(0, at - 8):at], body[at + len(new):at + len(new) + 10])):
        out.append(why)
    return out


def _edit_findings(old: str, new: str, body: str, q: Question) -> list[str]:
    """A change that shows itself: a word doubled by it (制度建设 -> 党的建设 after 党的: 党的党的建设),
    or the old year (or term) still said elsewhere (2003年4月 -> 2006年4月 beside 2003年度).  (A narrated event's
    year, 2004年上半年，习书记… -> 2001年, a strict teacher calls trivial too, but earlier labels accept
    the same shape on a key event's date, 2003年4月25日…提出“法治浙江”: no check tells them apart yet.)"""
    out = []
    if (m := _DOUBLED.search(body)) and not _DOUBLED.search(q.source.sentence):
        out.append(f"判断题改后出现“{m.group()}”，成了病句，一眼可辨")
    year = _YEAR.match(old)
    if year and year.group(1) in body:
        out.append(f"判断题把“{old}”改成“{new}”，而句中别处还有“{year.group(1)}”，改动一眼可辨")
    elif _said_elsewhere(old, new, body):
        out.append(f"判断题把“{old}”换成“{new}”，而句中别处还有“{old}”，改动一眼可辨")
    return out


def _said_elsewhere(old: str, new: str, body: str) -> bool:
    """Whether the term ``old`` swapped out for ``new`` is still said in another clause of the statement
    ``body``: the statement names what it changed (加强党的思想建设 … ，…构建了党的政治建设的完整理论体系; 共建
    “一国两制” beside ，…“一带一路”联合实验室), and a blind teacher rejected it as giving its answer away
    (session 8).  Not in the change's own clause: a modifier said twice in one parallel phrase (发生创造性变革、
    取得历史性成就) is a change a teacher printed.  Not for a figure: 5% -> 6% beside another 5% of a list of
    targets changes one of them."""
    if len(old) < 2 or not _CJK.fullmatch(old) or old in new:
        return False
    at = body.find(new)
    if at < 0:
        return False
    start = max((m.end() for m in _CLAUSE_MARK.finditer(body, 0, at)), default=0)
    end = m.start() if (m := _CLAUSE_MARK.search(body, at + len(new))) else len(body)
    return old in body[:start] or old in body[end:]


# what closes a clause (a term said again beyond one of these is said in another clause)
_CLAUSE_MARK = re.compile(r"[，；。：！？,;:!?]")


def formed_only(old: str, new: str, body: str) -> bool:
    """Whether a two-character ``new`` shares with ``old`` only the character its list's terms all share
    (信仰、信念、信息 for 信心): taken by its form alone, it is of another kind (信息 is no conviction)."""
    at = body.find(new)
    if at <= 0:
        return False
    end = at + len(new)
    near = [body[max(0, at - 3) : at - 1]] if body[at - 1 : at] in "、和与及" else []
    near += [body[end + 1 : end + 3]] if body[end : end + 1] in "、和与及" else []
    return any(c in w for w in near for c in set(old) & set(new) if len(w) == 2)


@lru_cache(maxsize=16384)  # (same_count_first asks it of a formulation's candidates in every sentence naming it)
def numbered_swap(old: str, new: str) -> str | None:
    """Why a numbered formulation swapped for ``new`` is false at a glance, or None: the two differ in
    their numerals (两项补贴 -> 八项规定, 一带一路 -> 一国两制), so the new one belongs to another field."""
    def is_numeral(c: str) -> bool:
        return c in NUMERALS

    if not (is_numeral(old[:1]) and is_numeral(new[:1])) or len(old) > 8 or all(map(is_numeral, old)):
        return None  # (a plan's number, 十五五 -> 十六五, is all numerals: the next plan, believable)
    def lead(w: str) -> str:
        return w[: len(w) - len(w.lstrip(NUMERALS))]

    def inner(w: str) -> list[tuple[int, str]]:
        return [(i, c) for i, c in enumerate(w) if i >= len(lead(w)) and is_numeral(c)]

    # the leading count (两项 / 八项), and the numerals inside when both have some (一带一路 / 一国两制;
    # 两个毫不动摇 / 两个一百年 have the same count and only one has numerals inside)
    if lead(old) != lead(new) or (inner(old) and inner(new) and inner(old) != inner(new)):
        return f"判断题把“{old}”换成“{new}”，数目或形式不同，是别的领域的提法，一眼可辨"
    return None


def same_count_first(old: str, candidates: list[str]) -> list[str]:
    """``candidates`` for a numbered formulation ``old``, those of its count and shape first (三个代表 ->
    三个务必 before 八项规定), each part in its order: a swap of another count is of another field."""
    return sorted(candidates, key=lambda c: numbered_swap(old, c) is not None)


def modifier_swap(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` with only its first two characters changed, the rest a head of four
    or more (科技创新载体 -> 改革创新载体): the statement stays nearly true.  Never when the lexicon
    knows ``new`` as a term of its own (官僚资本主义 -> 国家资本主义: two concepts a learner must tell apart), nor
    when the genre sets the two against each other (false_pairs.counterparts: 根本政治制度 / 基本政治制度)."""
    from .false_pairs import counterparts

    if counterparts(old, new):
        return False
    if len(old) != len(new) or len(old) < MODIFIER_TERM or common_prefix([old, new]) or not _CJK.fullmatch(old + new):
        return False
    return len(common_suffix([old, new])) >= len(old) - 2 and new not in lexicon.load().terms


def item_statement(sentence: str, statement: str) -> str | None:
    """Why a true/false statement is a list item without its lead, or None: it opens with its place in
    the list (首先是经济增长方式转变期。: the first of what?), or its source ends with ； and it is a
    noun phrase (对党的理论和路线、方针、政策的态度。), which states nothing."""
    if _ORDINAL_OPENING.match(statement.lstrip("…")):
        return "判断题的陈述以列举的序次（首先、其次、一是）开头，缺了引出列举的导语，不知所指"
    if not sentence.rstrip().endswith(("；", ";")):
        return None
    body = statement.rstrip("。；;").strip()
    if _NOUN_END.search(body) and not any(p in body for p in _PREDICATES):
        return "判断题的陈述是列举中的一项名词短语，缺了引出它的导语，不是可判断的命题"
    return None


def opposite_in_stem(stem: str, key: str) -> str | None:
    """Why the stem gives ``key`` away by its opposite, or None: the stem says the key with one
    character turned into its negation (看得见的手 in the stem, 看不见的手 the key; 有形之手 / 无形之手)."""
    if len(key) < 3:
        return None
    for i, c in enumerate(key):
        for o in _OPPOSITES:
            if o != c and (c in _OPPOSITES or o == "不") and key[:i] + o + key[i + 1 :] in stem:
                return f"题干有“{key[:i] + o + key[i + 1:]}”，与答案“{key}”成对，答案一眼可辨"
    return None
