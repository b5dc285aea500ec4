"""Distractors: wrong options drawn from the same kind of thing, then filtered.

Candidates come from the material itself (every extraction given to
``generate``): terms of other series, other formulations, items of other
enumerations, other document titles, dates and places; plus near-miss edits
of the answer (a number changed, a modifier dropped, a shared prefix joined to
another series' core).  ``pick`` then keeps only candidates that cannot be a
right answer and look like the answer, ranked by shape.
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass, field

from ..model import Extraction
from .text import MARKER, PUNCT, common_prefix, common_suffix, core

NUMBER_WORDS = "一二两三四五六七八九十"
NUMBERED = re.compile(rf"[{NUMBER_WORDS}]")
DATE = re.compile(r"(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?")
# 在上海考察时 / 在浙江工作时: the place of a dated fact.
PLACE = re.compile(r"在([\u4e00-\u9fff]{2,4}?)(?:考察|视察|调研|主持|出席|召开|工作|时)")

# Place names a material about Chinese policy may name; used when the
# material itself names too few other places to fill four options.
PROVINCES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
    "四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
).split()

# Modifiers a question writer drops or adds to make a near miss
# (中华优秀传统文化 / 中华传统文化).
MODIFIERS = ("优秀", "伟大", "全面", "重要", "根本", "基本", "特色", "现代", "先进", "深入", "持续", "高质量", "新时代")


@dataclass
class Material:
    """Everything the distractors are drawn from, gathered once per ``generate`` call."""

    terms: list[tuple[str, int]] = field(default_factory=list)  # (term, series number)
    series: list[tuple[str, ...]] = field(default_factory=list)
    formulations: list[str] = field(default_factory=list)
    numbered: list[str] = field(default_factory=list)
    items: list[tuple[str, int, str, int]] = field(default_factory=list)  # (core, enumeration no, article key, section)
    documents: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    clauses: dict[str, list[str]] = field(default_factory=dict)  # document name -> clauses of its text
    unique_terms: list[str] = field(default_factory=list)
    terms_by_length: dict[int, list[str]] = field(default_factory=dict)
    terms_by_first: dict[str, list[str]] = field(default_factory=dict)
    terms_by_last: dict[str, list[str]] = field(default_factory=dict)
    co_terms: dict[str, list[str]] = field(default_factory=dict)  # term -> terms standing in a series with it
    memo: dict = field(default_factory=dict)  # per-run cache of choices made for a point

    @classmethod
    def gather(cls, extractions: list[Extraction]) -> "Material":
        m = cls()
        for ex in extractions:
            doc = ex.document.name
            for p in ex.points:
                if p.kind == "term_series":
                    terms = tuple(s.text for s in p.items)
                    m.series.append(terms)
                    m.terms.extend((t, len(m.series) - 1) for t in terms)
                elif p.kind == "formulation":
                    (m.numbered if p.numbered else m.formulations).append(p.text)
                elif p.kind == "enumeration":
                    n = len({(i[1]) for i in m.items})
                    for s in p.items:
                        m.items.append((core(s.text), n, f"{doc}/{p.article}", p.section))
                elif p.kind == "document":
                    m.documents.append(p.text)
                elif p.kind == "fact":
                    for mm in PLACE.finditer(p.text):
                        m.places.append(mm.group(1))
            text = ex.document.text
            m.places.extend(pl for pl in PROVINCES if pl in text)
            m.clauses[doc] = [c for c in re.split(r"[，；。！？：\n]", text) if 4 <= len(c) <= 40]
        m.places = list(dict.fromkeys(m.places))
        m.unique_terms = list(dict.fromkeys(t for t, _ in m.terms))
        for terms in m.series:
            for t in terms:
                m.co_terms.setdefault(t, []).extend(terms)
        for t in m.unique_terms:
            m.terms_by_length.setdefault(len(t), []).append(t)
            m.terms_by_first.setdefault(t[0], []).append(t)
            m.terms_by_last.setdefault(t[-1], []).append(t)
        return m


def _length_bounds(la: int) -> tuple[float, float]:
    if la <= 6:
        d = max(1, la // 3)
        return la - d, la + d
    return la / 2, la * 2


def similar_length(a: str, c: str) -> bool:
    """Options of very different length give the answer away."""
    la, lc = len(a), len(c)
    if la <= 6:
        return abs(la - lc) <= max(1, la // 3)
    # long options (enumeration items): within a factor of two
    return la / 2 <= lc <= la * 2


def shape_score(a: str, c: str) -> int:
    """How much a candidate looks like the answer: shared suffix (…力, …感) and prefix (政治…)."""
    suffix = len(os.path.commonprefix([a[::-1], c[::-1]]))
    prefix = len(os.path.commonprefix([a, c]))
    return 3 * min(suffix, 3) + 2 * min(prefix, 3) - abs(len(a) - len(c))


def _shares_affix(a: str, c: str, affixes: tuple[str, ...]) -> bool:
    if a[-1] == c[-1] or a[0] == c[0]:
        return True
    return any(x and (c.startswith(x) or c.endswith(x)) for x in affixes)


def acceptable(a: str, c: str, forbidden: list[str], context: str, affixes: tuple[str, ...] = ()) -> bool:
    """A candidate that cannot be a right answer and is a clean option."""
    if not c or c == a or c in a or a in c:
        return False
    if c in context:  # said in the source sentence: it may well be right there
        return False
    for f in forbidden:  # another right answer (an item of the same series) or a variant of one
        if c == f or c in f or f in c:
            return False
    if MARKER.match(c) or c[-1] in PUNCT or c[0] in PUNCT:
        return False
    if any(p in c for p in "，。；！？") and not any(p in a for p in "，。；！？"):
        return False
    if len(a) <= 6 and not _shares_affix(a, c, affixes) and len(a) != len(c):
        return False  # a short term with nothing in common with the answer must at least be as long
    if c.count("“") != c.count("”") or c.count("《") != c.count("》"):
        return False
    return similar_length(a, c)


def pick(
    answer: str,
    candidates: list[str],
    *,
    n: int,
    forbidden: list[str],
    context: str,
    rng: random.Random,
    affixes: tuple[str, ...] = (),
) -> list[str]:
    """Up to ``n`` distractors for ``answer``, best shape first, none a sub/superstring of another.

    Candidates that share the answer's first or last character are ranked by
    shape and tried first; the others (same length, for short answers) only
    when those run out.  The filter runs lazily, so a large material costs
    little more than a small one.
    """
    a0, a1 = answer[0], answer[-1]
    la = len(answer)
    lo, hi = _length_bounds(la)
    uniq = [c for c in dict.fromkeys(candidates) if c and lo <= len(c) <= hi]
    near = [c for c in uniq if c[0] == a0 or c[-1] == a1]
    score = {c: -shape_score(answer, c) for c in near}
    near.sort(key=lambda c: (score[c], c))
    seen: list[str] = []

    def take(ordered: list[str], key) -> bool:
        # ties among the best few go the seed's way; the sort is stable
        head = ordered[: 3 * n]
        rng.shuffle(head)
        head.sort(key=key)
        for c in head + ordered[3 * n :]:
            if any(c in s or s in c for s in seen):
                continue
            if not acceptable(answer, c, forbidden, context, affixes):
                continue
            seen.append(c)
            if len(seen) == n:
                return True
        return False

    if take(near, score.__getitem__):
        return seen
    # a short term with nothing in common with the answer must be as long (see ``acceptable``)
    rest = [c for c in uniq if c[0] != a0 and c[-1] != a1 and (la > 6 or len(c) == la)]
    if la > 6:
        rest.sort(key=lambda c: abs(len(c) - la))
    take(rest, lambda c: abs(len(c) - la))
    return seen


def number_edits(text: str) -> list[str]:
    """Near misses of a numbered formulation: each number word changed (两个确立 -> 三个确立)."""
    out = []
    for m in NUMBERED.finditer(text):
        for w in "一两三四五六七八九":
            if w != m.group() and not (w == "两" and m.group() == "二") and not (w == "一" and text[m.end():m.end() + 1] == "个"):
                out.append(text[: m.start()] + w + text[m.end():])
        break  # only the first number: one controlled change
    return out


def modifier_edits(text: str) -> list[str]:
    """Near misses made by dropping a modifier (中华优秀传统文化 -> 中华传统文化)."""
    return [text.replace(mod, "", 1) for mod in MODIFIERS if mod in text and len(text) - len(mod) >= 2]


def term_candidates(answer: str, siblings: list[str], material: Material) -> list[str]:
    """Candidates for a series term, most alike first: terms sharing its first or last character,
    the series' shared prefix joined to other terms' endings (政治 + 领导力), modifier edits, then
    other terms of the same length."""
    out = list(material.terms_by_first.get(answer[0], ())) + list(material.terms_by_last.get(answer[-1], ()))
    prefix = common_prefix(siblings) if len(siblings) > 1 else ""
    if len(prefix) >= 2:
        # 政治判断力 … : 政治 + the ending of other terms of the same last character (社会号召力 -> 政治号召力)
        for t in material.terms_by_last.get(answer[-1], ()):
            if len(t) > len(prefix) + 1:
                for k in range(1, len(t) - 1):
                    rest = t[k:]
                    if 2 <= len(rest) <= len(answer) - len(prefix) + 1:
                        out.append(prefix + rest)
                        break
    out += modifier_edits(answer)
    out += material.terms_by_length.get(len(answer), ())
    return out


def date_edits(text: str) -> list[str]:
    """Neighbouring dates: the year one or two off, the month one off."""
    m = DATE.search(text)
    if not m:
        return []
    y, mo = int(m.group(1)), m.group(2)
    out = []
    for dy in (-1, 1, -2, 2, -3):
        out.append(text.replace(m.group(), f"{y + dy}年" + (f"{mo}月" if mo else ""), 1))
    if mo:
        for dm in (-1, 1, 2):
            mm = int(mo) + dm
            if 1 <= mm <= 12:
                out.append(text.replace(m.group(), f"{y}年{mm}月", 1))
    return out
