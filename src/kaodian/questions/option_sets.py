"""Option sets a teacher rejects though each option is a word (issue 12, options5): the right options
of a multiple choice share an opening no wrong one has (破除…、破除… beside 营造…), a key is one term
cut at its 和 (推进…体系 / 治理能力现代化), the right options of a series are of very different length
(发力 beside 纵深推进: one is a piece), the wrong options open as another form than the right ones
(建立…制度 beside 人民代表大会制度).  Mechanism only; ``teacher`` reports these with its other option checks."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .. import segment
from ..kinds import LIST_KINDS
from .figure_order import figure_pair
from .parallel import breaks, series_form
from .option_form import wrong_fragment

# Two characters a reader takes as one opening word (破除, 坚持, 要有): right options that all open with
# them beside wrong options none of which does are found without reading them.
HEAD = 2
# A key this short beside one at least twice as long, among the keys of one series, is a piece of a
# term, or the long one swallowed a word the short ones share (人民、实践 beside 历史检验).
SHORT_KEY = 3
# Options at least this long are phrases whose opening word the segmenter tags reliably; shorter ones
# (立意高远) carry too few characters to tell a verb from a noun.
FORM_MIN = 5
# Words that join the last item of a list (A、B和C): one that joins two keys before a further 、 is
# inside a term (推进国家治理体系和治理能力现代化、完善…).
JOINERS = ("和", "与", "及")


def shared_head(kind: str, point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """Two or more right options of a multiple choice on a series that open with the same two characters
    while no wrong option does, or None: the shared opening marks the key at a glance.  (A list whose
    items all open with one verb, 着力破除…, has no other items of that opening to offer; its question
    keeps a key point the floors hold, so it is left to its other checks for now.)"""
    if kind != "multiple" or point_kind == "enumeration" or len(right) < 2 or not wrong or min(map(len, right + wrong)) <= HEAD:
        return None
    heads = {r[:HEAD] for r in right}
    if len(heads) != 1:
        return None
    head = heads.pop()
    if any(w.startswith(head) for w in wrong):
        return None
    return f"正确选项都以“{head}”开头，错误选项都不是，一眼可辨"


def list_affix(kind: str, point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """Two or more right options of a multiple choice on a list that open or end with the same HEAD
    characters while no wrong option does, or None: the list's own form (聚焦…、聚焦…; …机制、…机制;
    …有新进展) marks its items beside other lists' items, and a teacher picks them without reading
    (session 8's blind reviews: 29 of 31 such multiple choices rejected or sent back).  The series
    kinds are ``shared_head``'s; ``affix_fits`` keeps drafting from making these."""
    if kind != "multiple" or point_kind not in LIST_KINDS or len(right) < 2 or not wrong:
        return None
    for edge, where in ((0, "开头"), (-1, "结尾")):
        mark = list_mark(right, edge)
        if mark and not any(affix_fits(mark, edge, w) for w in wrong):
            return f"正确选项都以“{mark}”{where}，错误选项都不是，一眼可辨"
    return None


_FIGURE = re.compile(r"\d")


def figure_among_items(kind: str, point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """A wrong option holding a figure (增长5%左右, 42人) among right options of a list none of which
    holds one, or None: a statistic among requirements or headings is of another kind at a glance
    (session 8's blind reviews: 7 of 7 such choices rejected or sent back, each for that option)."""
    if kind not in ("single", "multiple") or point_kind not in LIST_KINDS or any(_FIGURE.search(r) for r in right):
        return None
    odd = next((w for w in wrong if _FIGURE.search(w)), None)
    return f"错误选项“{odd}”是数字指标，正确选项是要点，不是一类，一眼可辨" if odd else None


def keys_summed(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that names two or more right options' subjects in one series (甲、乙、丙 beside
    甲是…、乙是…、丙是…), or None: it says what the keys say, and a teacher calls the key disputed
    (session 8: two of two such multiple choices rejected)."""
    for w in wrong:
        parts = [p for p in w.split("、") if p]
        if len(parts) >= 2 and sum(any(r.startswith(p) for r in right) for p in parts) >= 2:
            return f"错误选项“{w}”是正确选项所说的几项的合称，判错有争议"
    return None


# Words that lead into a clause: an option whose last word is one is the first half of a sentence
# (…的目标|是, …|认为).  (A term that ends in one of their characters is another word: 实事求是, 两个|凡是.)
CLAUSE_LEADS = frozenset({"是", "认为", "指出", "强调"})


def cut_before_clause(options: list[str]) -> str | None:
    """An option of four characters or more whose last word leads into a clause (CLAUSE_LEADS), or
    None: it is half a sentence, cut where what it says was to begin."""
    for o in options:
        if len(o) >= 4 and o.endswith(tuple(CLAUSE_LEADS)):
            from .. import segment

            if (last := segment.cut(o)[-1]) in CLAUSE_LEADS:
                return f"选项“{o}”以“{last}”结尾，是截断的半句，不成选项"
    return None


def list_mark(right: list[str], edge: int) -> str:
    """The longest opening (``edge`` 0) or ending (-1) that every one of ``right`` shares, when it is
    HEAD characters or more, else ""."""
    if len(right) < 2:
        return ""
    ends = right if edge == 0 else [r[::-1] for r in right]
    n = 0
    while n < min(map(len, ends)) and len({e[n] for e in ends}) == 1:
        n += 1
    mark = ends[0][:n]
    return (mark if edge == 0 else mark[::-1]) if n >= HEAD else ""


def affix_fits(mark: str, edge: int, option: str) -> bool:
    """Whether ``option`` opens (``edge`` 0) or ends (-1) with the first (last) HEAD characters of
    ``mark``: a wrong option of the list's form (聚焦科技创新 beside 聚焦民生实事、聚焦平安建设)."""
    return option.startswith(mark[:HEAD]) if edge == 0 else option.endswith(mark[-HEAD:])


# Right options longer than this are clauses: two or three of them share a character (的, 要, 发展) by
# chance, and a reader who compares clauses word by word does not see it as a mark.
MARKED_MAX = 8


def marks(right: list[str]) -> list[str]:
    """The characters every one of two or more right options of at most MARKED_MAX characters holds (清
    of 政治清明、干部清正; 了 of 找准了几件事、迎来了几件喜事), in the first option's order."""
    if len(right) < 2 or max(map(len, right)) > MARKED_MAX:
        return []
    rest = [set(r) for r in right[1:]]
    return [c for c in dict.fromkeys(right[0]) if "\u4e00" <= c <= "\u9fff" and all(c in r for r in rest)]


def shared_mark(kind: str, point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """A multiple choice whose right options all hold a character that no wrong option holds, or None:
    the right ones are found by that character without reading them (正确项都带“清”字而干扰项不带).
    (A list whose items share a verb, 破除…、破除…, has no other items of it to offer; its question keeps
    a key point the floors hold, so lists are left to the drafting's preference (``by_marks``) for now.)"""
    if kind != "multiple" or point_kind == "enumeration" or not wrong:
        return None
    for c in marks(right):
        if not any(c in w for w in wrong):
            return f"正确选项都带“{c}”字，错误选项都不带，一眼可辨"
    return None


def by_marks(right: list[str], candidates: list[str]) -> list[str]:
    """``candidates`` (wrong options, best first) with those holding more of the right options' shared
    characters first: a wrong option with 清 beside 政治清明、干部清正 keeps the mark from giving them away."""
    shared = marks(right)
    if not shared:
        return candidates
    return sorted(candidates, key=lambda w: -sum(c in w for c in shared))


# What two options share after their opening word when one is the other with its verb or adverb changed
# (强化/突出党建引领): this long, the shared part is what they are about, and they read as one.
SHARED_OBJECT = 4


def changed_opening(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that is a right one with only its two-character opening changed, the rest
    (SHARED_OBJECT characters or more) the same (强化党建引领 for 突出党建引领, 健全…体系 for 完善…体系),
    or None: a synonym of the verb or adverb is as right, and a teacher calls the key disputed."""
    for w in wrong:
        for r in right:
            if len(r) == len(w) and len(r) - HEAD >= SHARED_OBJECT and r[HEAD:] == w[HEAD:] and r[:HEAD] != w[:HEAD] \
                    and not figure_pair(r, w):  # (1114万人 / 1314万人 differ in their figure, not their verb)
                return f"错误选项“{w}”与正确选项“{r}”只差开头的“{w[:HEAD]}”“{r[:HEAD]}”，意思相近，判错有争议"
    return None


def split_key(sentence: str, right: list[str]) -> str | None:
    """Two right options that the sentence says as one term joined by 和 (A和B、C: the 和 is inside a
    term, for a list joins only its last item so), or None."""
    if len(right) < 2:
        return None
    for a in right:
        for b in right:
            if a == b:
                continue
            for j in JOINERS:
                at = sentence.find(a + j + b)
                if at >= 0 and sentence[at + len(a) + len(j) + len(b) : at + len(a) + len(j) + len(b) + 1] == "、":
                    return f"正确选项“{a}”“{b}”在原文里是由“{j}”连起来的一个提法，被拆成了两项"
    return None


def uneven_keys(kind: str, point_kind: str, stem: str, right: list[str]) -> str | None:
    """The right options of a multiple choice on a series of which one is a piece (SHORT_KEY characters
    or fewer) beside one at least twice as long, or None; for a single choice, its answer beside the
    series terms the stem shows next to its blank (全面（　　）、多点突破 for 发力; 实践、人民、（　　） for
    历史检验)."""
    if point_kind == "enumeration" or kind not in ("single", "multiple"):
        return None
    terms = right + (_neighbours(stem) if kind == "single" else [])
    if len(terms) < 2:
        return None
    lo, hi = min(map(len, terms)), max(map(len, terms))
    if lo <= SHORT_KEY and hi >= 2 * lo and hi - lo >= 2:
        short, long_ = min(terms, key=len), max(terms, key=len)
        if kind == "single" and right[0] not in (short, long_):
            return None  # (the stem's own terms differ: 五中全会 beside 三中、四中)
        return f"选项“{right[0]}”与并列的“{long_ if right[0] == short else short}”长短悬殊，是截断的片段或另一层次的词"
    return None


# A series term the stem shows whole beside its blank: between 、 and a mark (or the blank) on both sides.
_BEFORE = re.compile(r"(?:^|[、，。；：])([^、，。；：（）“”‘’]{1,6})、（　　）$")
_AFTER = re.compile(r"（　　）、([^、，。；：（）“”‘’]{1,6})(?=[、，。；：]|$)")


def _neighbours(stem: str) -> list[str]:
    """The series terms the stem shows whole right before and after its blank."""
    at = stem.find("（　　）")
    if at < 0:
        return []
    before, after = _BEFORE.search(stem[: at + 4]), _AFTER.match(stem, at)
    return [m.group(1) for m in (before, after) if m]


@lru_cache(maxsize=8192)
def opening(option: str) -> str:
    """The kind of the first word of a long option: "n" (a noun: 人民代表大会…), "v" (a verb or a
    preposition phrase: 建立…, 在经济上…), or "" (too short, or another kind)."""
    if len(option) < FORM_MIN:
        return ""
    words = segment.tag(option)
    if not words:
        return ""
    word, tag = words[0]
    if tag.startswith("p") or (tag == "l" and word[:1] in "在把对从向为"):
        return "v"
    if tag.startswith("v") and tag != "vn":
        return "v"
    if tag.startswith("n") or tag in ("j", "vn"):
        return "n"
    return ""


def other_opening(point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """Right options of a series that all open with a noun beside two or more wrong ones that all open
    with a verb (or the other way round), or None: the wrong options are phrases of another form.  Beside
    a single answer, two wrong options of the other form are enough (建立…制度、在经济上…制度 beside
    基层群众自治制度).  (A list's items are clauses: their openings vary by what they say.)"""
    if point_kind == "enumeration" or not right or len(wrong) < 2:
        return None
    r = {opening(o) for o in right}
    if len(r) != 1 or "" in r:
        return None
    other = ({"n", "v"} - r).pop()
    odd = [o for o in wrong if opening(o) == other]
    if len(odd) < 2 or (len(right) > 1 and len(odd) < len(wrong)):
        return None
    what = "动词短语" if other == "v" else "名词"
    return f"错误选项“{odd[0]}”“{odd[1]}”是{what}，正确选项不是，一眼可辨"


def head_form(option: str) -> str:
    """The form of an option by its first word: "v" (a verb or a preposition: 转方式, 完成…任务, 为民…),
    "n" (a noun or an adjective before one: 新模式, 市场经济考验), or "" (anything else).  A word the
    segmenter keeps whole (增效益) is read by its first character."""
    words = segment.tag(option)
    if not words:
        return ""
    word, tag = words[0]
    if word == option and len(option) > 1:
        tag = segment.tag(option[0])[0][1]
    if tag.startswith("p") or (tag.startswith("v") and tag != "vn"):
        return "v"
    if tag.startswith(("n", "a")) and tag not in ("ad", "an"):
        return "n"
    return ""


# Options up to this long are read by their first word's form; a longer phrase (市场经济考验 beside
# 应对重大考验) names the same kind of thing in another construction, and teachers differ on it.
SHORT_FORM = 4


def odd_wrong_form(point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that opens as a noun phrase among two or more right options of a series that all
    open with a verb (转方式、提质量、增效益 beside 新模式; 完成…任务、处理…问题 beside 市场经济考验), or
    None: it is eliminated by its form."""
    if point_kind == "enumeration" or len(right) < 2 or any(head_form(r) != "v" or len(r) > SHORT_FORM for r in right):
        return None
    # (terms that all end alike are nouns of one suffix, whatever their first character: 使命感、获得感)
    odd = [w for w in wrong if head_form(w) == "n" and len({o[-1] for o in right + [w]}) > 1]
    return f"正确选项都是动宾短语，错误选项“{odd[0]}”是名词短语，一眼可辨" if odd else None


def possessive_wrong(point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that is a phrase with 的 inside (中国革命的动力) among right options of a series that
    are terms without one, or None.  (One that ends as a right option does, 党的建设 beside 组织建设, is
    a term of the series.)"""
    if point_kind == "enumeration" or not right or any("的" in r for r in right):
        return None
    odd = [w for w in wrong if "的" in w[1:-1] and not any(w[-HEAD:] == r[-HEAD:] for r in right)]
    return f"错误选项“{odd[0]}”是带“的”的短语，与正确选项不同类，一眼可辨" if odd else None


def foreign_group(point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that the lexicon sets in a group of its own, beside none of the right options and
    sharing with them no opening or ending word (游击战争 beside 定分止争, 非营利性 beside 复杂性、严峻性),
    or None: a term of another series, of another kind than the key."""
    if point_kind not in ("term_series", "formulation") or not right or min(map(len, right)) <= HEAD:
        return None  # (two-character words share a character by kind: 引导、支持 beside 领导)
    lex = lexicon.load()
    kin = {s for r in right for s in lex.siblings(r)}
    form = series_form(right)
    for w in wrong:
        near = lex.siblings(w)
        if not near or w in kin or any(r in near for r in right) or NUMBERED.match(w):
            continue
        if any(w[:HEAD] == r[:HEAD] or w[-HEAD:] == r[-HEAD:] for r in right):
            continue
        if all(r[-1] == w[-1] for r in right) or all(r[0] == w[0] for r in right):
            continue  # the series' own form (时代性、原则性 -> 主动性; 网络化 -> 全球化)
        if form and breaks(form, w) is None:
            continue  # (four-character phrases of one length: 自信自强 beside 结构优化、优质高效)
        return f"错误选项“{w}”是另一组术语，与正确选项不同类，一眼可辨"
    return None


NUMBERED = re.compile("^[一二两三四五六七八九十]")
# A multiple choice shows at least this many options: with three, one wrong option beside two right
# ones, the question asks only to strike one out.
MULTIPLE_MIN = 4


def too_few_options(kind: str, point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """A multiple choice on a series of fewer than MULTIPLE_MIN options, or None: with three, one wrong
    option beside two right ones asks only to strike it out.  (Drafting gives a series' multiple choice
    policy.yaml's multiple_wrong_min wrong options, but lint does not reject one with a single wrong option
    among four: of session 7's blind reviews, a teacher printed two such questions as they were.  A list of
    three long items may show two of them beside one other list's item: such questions keep key points
    the floors hold, so lists are left to their other checks for now.)"""
    if kind == "multiple" and point_kind != "enumeration" and len(right) + len(wrong) < MULTIPLE_MIN:
        return f"多选题只有{len(right) + len(wrong)}个选项，区分度低"
    return None


def odd_wrong_head(kind: str, right: list[str], wrong: list[str]) -> str | None:
    """A single choice whose answer and all wrong options but one open with the same two characters
    (加强…、加强…、加强… beside 要有…), or None: the one wrong option of another opening is struck out
    at a glance, and three options are left to guess from."""
    if kind != "single" or len(right) != 1 or len(wrong) < 3:
        return None
    head = right[0][:HEAD]
    if NUMBERED.match(head):
        return None  # numbered formulations of another count are siblings (两个维护 beside 四个服务)
    odd = [w for w in wrong if w[:HEAD] != head]
    if len(head) == HEAD and len(odd) == 1 and len(wrong) - 1 >= 2:
        return f"错误选项“{odd[0]}”不像其余选项那样以“{head}”开头，一眼可排除"
    return None


_DATE = re.compile(r"\d{4}年")


def date_among_terms(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that opens with a date among right options none of which does (or the reverse), or
    None: a date is no requirement, and a requirement no date."""
    dated = {bool(_DATE.match(o)) for o in right}
    if len(dated) != 1:
        return None
    odd = [w for w in wrong if bool(_DATE.match(w)) not in dated]
    return f"错误选项“{odd[0]}”与正确选项不是一类（日期与要点混在一起），一眼可辨" if odd else None


# What shows an item's place in time: a year, or an ordinal stage (第二阶段, 第三步).
_WHEN = re.compile(r"\d{4}年|\d{2}世纪|本世纪|第[一二三四五六七八九十]+(?:个)?(?:阶段|步|时期)")


def ordering_findings(q) -> list[str]:  # noqa: ANN001 — a model.Question
    """An ordering question whose every item states its year or its ordinal stage, or []: the order is
    read off the items, and nothing is asked."""
    if q.kind != "ordering" or len(q.options) < 2 or not all(_WHEN.search(o) for o in q.options):
        return []
    return ["排序题的各项都写着年份或第几阶段，顺序一眼可读，考不出什么"]


def option_set_findings(q_kind: str, point_kind: str, stem: str, sentence: str, right: list[str],
                        wrong: list[str]) -> list[str]:
    """The findings of this module on one choice question's options."""
    found = (shared_head(q_kind, point_kind, right, wrong), list_affix(q_kind, point_kind, right, wrong),
             figure_among_items(q_kind, point_kind, right, wrong), keys_summed(right, wrong),
             cut_before_clause(right + wrong),
             shared_mark(q_kind, point_kind, right, wrong), changed_opening(right, wrong),
             split_key(sentence, right), uneven_keys(q_kind, point_kind, stem, right),
             other_opening(point_kind, right, wrong), odd_wrong_form(point_kind, right, wrong),
             possessive_wrong(point_kind, right, wrong), foreign_group(point_kind, right, wrong),
             too_few_options(q_kind, point_kind, right, wrong), odd_wrong_head(q_kind, right, wrong),
             date_among_terms(right, wrong), wrong_fragment(right, wrong))
    return [f for f in found if f]
