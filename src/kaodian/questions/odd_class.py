"""Wrong options of another class than the right ones (issue 12): two wrong options that are siblings
of each other and of no right option form a series of their own (和谐号、神州号 beside 品牌、型号; 各级
领导干部、各个民主党派 beside 要素价格、路线选择), and a name (an organ, a person, a meeting, a post)
among right options that are no names is absurd (国务院 beside 国家大、人口多).  The lexicon says what
is a sibling and what is a name: mechanism here, the groups are data."""

from __future__ import annotations

from .. import lexicon
from .parallel import breaks, series_form
from .vocab import load_vocab

# Lexicon classes of names: a name swapped for a word of no class, or of another class, is absurd
# (白云 -> 陈云).  A numbered formulation (提法) of the text may be missing from the lexicon.
NAME_CLASSES = ("人物", "机构", "会议", "职务")


def kindred_wrong(right: list[str], wrong: list[str]) -> str | None:
    """Two wrong options of a multiple choice (two or more right ones) that are lexicon siblings of
    each other while no right option is a sibling of either, or None.  (Beside a single answer two
    siblings of one form are fair: 全球化、多极化 beside 网络化.)"""
    if len(wrong) < 2 or len(right) < 2:
        return None
    for i, a in enumerate(wrong):
        kin = set(lexicon.siblings(a))
        for b in wrong[i + 1 :]:
            if b in kin and not any(r in kin or r in lexicon.siblings(b) for r in right):
                return f"错误选项“{a}”“{b}”是另一组并列的词，与正确选项不同类，一眼可辨"
    return None


def name_among_terms(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that is a name (NAME_CLASSES) among two or more right options of which none is
    of a class the lexicon knows, or None."""
    if len(right) < 2 or any(lexicon.class_of(r) for r in right):
        return None
    for w in wrong:
        if lexicon.class_of(w) in NAME_CLASSES:
            return f"错误选项“{w}”是{lexicon.class_of(w)}名称，与正确选项不同类，一眼可辨"
    return None


# Characters a wrong option shares with a right one at an end (政治文明 beside 政治清明) for the two to
# read as terms of one kind; one shared character is chance (反者道之动 beside 第五代移动, 和谐号
# beside 型号).
KIN_AFFIX = 2


def kin(right: list[str], w: str) -> bool:
    """Whether the wrong option ``w`` is of the right options' kind: of the form they all share (a
    character: 时代性、原则性 -> 主动性; a length), a lexicon sibling of one, or sharing KIN_AFFIX characters at
    its start or end with one that is longer than that."""
    form = series_form(right)
    if (form.marks or form.length) and breaks(form, w) is None:
        return True  # (four-character phrases of one length: 自信自强 beside 结构优化、优质高效)
    for r in right:
        if w in lexicon.siblings(r):
            return True
        if len(r) > KIN_AFFIX and len(w) > KIN_AFFIX and (w[:KIN_AFFIX] == r[:KIN_AFFIX] or w[-KIN_AFFIX:] == r[-KIN_AFFIX:]):
            return True
    return False


def stray_wrong(kind: str, point_kind: str, right: list[str], wrong: list[str]) -> str | None:
    """A wrong option of a multiple choice on a series that is of no right option's kind (``kin``), or
    None.  (A list's items are clauses, told apart by what they say.)"""
    if kind != "multiple" or point_kind == "enumeration" or len(right) < 2 or min(map(len, right)) <= KIN_AFFIX:
        return None  # (two-character verbs share a character by kind: 引导、支持 beside 领导)
    for w in wrong:
        if not kin(right, w):
            return f"错误选项“{w}”与正确选项既不同类也不同形，一眼可辨"
    return None


def doctrine_beside_censure(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that is a core term of the party's theory (vocab.yaml core_terms: 共产主义) set beside right
    options among which is a term of censure (negative_terms: 霸权主义), or None.  The mirror of
    teacher.negative_option: “…对世界和平构成威胁” with 共产主义 among the options is absurd, not a choice."""
    vocab = load_vocab()
    if not any(r in vocab.negative_terms for r in right):
        return None
    bad = [w for w in wrong if w in vocab.core_terms]
    return f"错误选项“{bad[0]}”是党的理论的核心用语，放在贬义的并列中荒唐，一眼可辨" if bad else None
