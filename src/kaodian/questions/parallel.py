"""The form a series keeps (issue 12): the terms of a parallel series (有思想、有情怀、有责任; 稳就业、稳企业、
稳预期; 历史性成就、开创性进展) share a length and characters at fixed places.  A wrong option, or a term
swapped into the series, that breaks that form is told apart at a glance (有法可依 beside 有担当; 政策
策略 in 有目标、有规划、…), so the generator draws only terms of the form and lint flags the rest.

Mechanism only: which places and lengths count is read from the terms themselves, never from a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .policy import POLICY

# A term this long or shorter shows its length at a glance: another length among such terms stands
# out (有法可依 beside 有理想、有本领); a longer one may differ by one character, or a quarter of its
# length (钉钉子精神 beside 担当精神、斗争精神 is of their kind; 统一战线 beside 统一市场基础制度 is not).
SHORT_TERM = 3
# A neighbour in the stem longer than this is no whole term of the series but a term with the words
# that follow it (有担当的社会主义建设者).
WHOLE_MAX = 8
# A character shared inside terms this long is their pattern (政治上关怀、工作上支持; 历史性成就、开创性
# 进展); inside shorter ones it is a word they happen to share (干部清正、政治清明 beside 政治文明).
PATTERN_MIN = 5
# What ends the clause a series stands in.
_BREAKS = re.compile(r"[，。；：！？“”‘’《》（）()\n…—]")
BLANK = "（　　）"


@dataclass(frozen=True)
class Form:
    """What every term of a series has: its length (when all share one) and (place, character)
    pairs, places counted from the start (0, 1 …) and from the end (-1, -2 …)."""

    length: int | None
    marks: tuple[tuple[int, str], ...]
    core: str = ""  # a run of CORE_MIN or more characters every term holds (宏观政策要稳、微观政策要活: 政策要)

    def __bool__(self) -> bool:
        return self.length is not None or bool(self.marks) or bool(self.core)


NO_FORM = Form(None, ())
# A run of characters every term of a series of CORE_TERMS or more holds, this long or longer, is their
# pattern (政策要); two terms may share a word by chance (坚持党的领导、加强党的建设).
CORE_MIN = 2
CORE_TERMS = 3


def series_form(items: list[str] | tuple[str, ...]) -> Form:
    """The form ``items`` (at least two terms of one series) share; NO_FORM for fewer."""
    return _form(tuple(i for i in items if i))


@lru_cache(maxsize=4096)
def _form(items: tuple[str, ...]) -> Form:
    # (worked out once per series: generation and lint ask for the same series many times)
    if len(items) < 2:
        return NO_FORM
    lengths = {len(i) for i in items}
    n = min(lengths)
    items = list(items)
    same = len(lengths) == 1
    places = list(range(n)) if same and n >= PATTERN_MIN else [0, -1]
    marks = tuple((p, items[0][p]) for p in places if len({i[p] for i in items}) == 1)
    return Form(n if same else None, marks, _core(items) if len(items) >= CORE_TERMS else "")


def _core(items: list[str]) -> str:
    """The longest run of at least CORE_MIN characters that every item holds and none is, or ""."""
    first = min(items, key=len)
    for size in range(len(first) - 1, CORE_MIN - 1, -1):
        for at in range(len(first) - size + 1):
            run = first[at : at + size]
            if all(run in i for i in items):
                return run
    return ""


def breaks(form: Form, word: str) -> str | None:
    """Why ``word`` is not of ``form`` (in Chinese, for a finding), or None."""
    if not form or not word:
        return None
    if form.length is not None:
        n = form.length
        if (n <= SHORT_TERM and len(word) != n) or abs(len(word) - n) > max(1, n // 4):
            return f"长短与并列的{n}字词不同"
    if form.core and form.core not in word:
        return f"不像并列的词那样含“{form.core}”"
    for p, c in form.marks:
        if form.length is not None and len(word) != form.length and p not in (0, -1):
            continue  # a place inside a term of another length says nothing
        if abs(p) > len(word) - (0 if p < 0 else 1) or word[p] != c:
            where = "开头" if p == 0 else "结尾" if p == -1 else f"第{p + 1 if p >= 0 else len(word) + p + 1}字"
            return f"不像并列的词那样{where}是“{c}”"
    return None


def partial_fits(items: list[str] | tuple[str, ...]):  # noqa: ANN201 — a predicate
    """A predicate: whether a word keeps the form of the series ``items`` (computed once)."""
    form = series_form(items)
    return lambda word: breaks(form, word) is None


def neighbours(text: str, at: int, end: int) -> list[str]:
    """The whole terms standing beside text[at:end] in a series marked by 、 within its clause: the
    first term of the clause carries its lead (让他们成为有思想) and is left out, as is a last one
    longer than WHOLE_MAX (有担当的社会主义建设者) or not closed by the clause's end."""
    left, right = text[:at], text[end:]
    if not left.endswith("、") and not right.startswith("、"):
        return []
    cut = [m.end() for m in _BREAKS.finditer(left)]
    before = left[cut[-1] if cut else 0 :].split("、")[1:-1] if left.endswith("、") else []
    stop = _BREAKS.search(right)
    tail = right[: stop.start() if stop else len(right)]
    after = tail.split("、")[1:] if right.startswith("、") else []
    if after and (len(after[-1]) > WHOLE_MAX or not stop):
        after = after[:-1]
    return [w for w in before + after if w and BLANK not in w]


def option_off_form(kind: str, stem: str, right: list[str], wrong: list[str], point_kind: str = "") -> str | None:
    """A wrong option not of the form of its series: for a single choice the answer with the whole
    terms beside the blank (有思想、有情怀、（　　） -> 有担当 among 有法可依), for a multiple choice the
    right options themselves (政治上关怀、工作上支持 beside 大科学中心).  The items of a list (要求,
    措施: whole clauses) are phrases of many forms, and asked as such."""
    if point_kind == "enumeration":
        return None
    if kind == "single" and len(right) == 1 and BLANK in stem:
        at = stem.index(BLANK)
        items = [right[0], *neighbours(stem, at, at + len(BLANK))]
    elif kind == "multiple" and len(right) >= 2:
        items = right
    else:
        return None
    form = series_form(items)
    for w in wrong:
        if why := breaks(form, w):
            return f"错误选项“{w}”{why}，一眼可辨"
    return None


# Whether lint holds a true/false swap to the series' length and shared characters (policy.yaml).
SWAP_FORM_LINT: bool = POLICY["swap_form_lint"]


def swap_off_form(body: str, at: int, old: str, new: str, form_checked: bool | None = None) -> str | None:
    """A term swapped into a series that breaks the form of the terms beside it and of the one it
    replaced (有目标、有规划、政策策略; 稳就业、稳企业、政治立场: with ``form_checked``, by default
    SWAP_FORM_LINT), or a noun swapped into a series of verb phrases (追求卓越、人口红利)."""
    form_checked = SWAP_FORM_LINT if form_checked is None else form_checked
    items = [old, *neighbours(body, at, at + len(new))]
    if form_checked and (why := breaks(series_form(items), new)):
        return f"判断题把“{old}”换成“{new}”，{why}，破坏了排比，一眼可辨"
    if len(items) >= 2 and all(_head(i) == "v" for i in items) and _head(new) == "n":
        return f"判断题把“{old}”换成“{new}”，并列的都是动宾短语，换入的是名词，破坏了排比，一眼可辨"
    return None


def _head(term: str) -> str:
    """"v" for a term that opens with a verb of two or more characters (追求卓越), "n" for one that
    opens with a noun (人口红利), else ""."""
    from .. import segment

    tags = segment.tag(term)
    if not tags or len(tags[0][0]) < 2 or len(tags) < 2:
        return ""
    return tags[0][1][:1] if tags[0][1][:1] in ("v", "n") else ""
