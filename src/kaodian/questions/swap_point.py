"""Whether a false statement's change is on THE point of its statement (task tf, session 14).

A blind teacher rejected changes that were off the point or not clearly false (policy in
``swap_point.yaml``):

- a term standing alone in a general exhortation swapped for a sibling the text demands too
  (``bound``: a swap of a lone term needs a word of its clause to bind it);
- a year that frames the statement (2002年以来) or that an anniversary's count gives away
  (2019年…70周年) changed (``frame_year``);
- a term the lexicon does not know swapped for one the lexicon files in a group of another class
  (冰雪经济 among 银发经济、亲子经济 -> 国营经济, an ownership form: ``foreign_class``);
- a numbered formulation swapped where the text states its members right before it (科技创新、产业控制、
  安全支撑“三个作用” -> “三个代表”: the label of the list it follows, absurd there: ``labelled``);
- a period or a congress put for its neighbour (“十五五” -> “十四五”) in a general judgement that holds of
  both (``timeless_period``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from ..numerals import value_of
from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("swap_point.yaml")
# What swap_point.yaml holds; every key is required ("re": a regex).
SCHEMA = {"unbound_after": str, "frame_after": "re", "anniversary": "re", "period_fact": "re",
          "defining_before": "re", "defining_after": "re"}
_CLAUSE_MARKS = re.compile(r"[，。；！？,;!?]")


@lru_cache(maxsize=1)
def policy() -> dict:
    """swap_point.yaml, read and checked once; raises RuleErrors (every problem with file:line)."""
    return load_policy_file(PATH, SCHEMA)


def bound(text: str, start: int, end: int) -> bool:
    """Whether the term ``text[start:end]`` is bound by a word of its clause (its head noun, its predicate,
    的 after it; its verb or modifier before it), rather than standing as a clause of its own (…，全面深化改革，…)."""
    marks = policy()["unbound_after"]

    def free(c: str) -> bool:
        return c in marks or c.isspace()

    return not ((start == 0 or free(text[start - 1])) and (end == len(text) or free(text[end])))


def defining(text: str, start: int, end: int) -> bool:
    """Whether the term ``text[start:end]`` stands where its statement says what it alone is (``defining_before``:
    关键在…, 以…, joined by 、 to its pair; ``defining_after``: …是, …永远在路上, …为中心), so that a sibling put there
    is clearly false; under a predicate any sibling takes too (加强…建设, …相对薄弱, 有更多…感) it is not."""
    pol = policy()
    return re.search(pol["defining_before"], text[max(0, start - 8):start]) is not None or re.match(
        pol["defining_after"], text[end:end + 12]) is not None


def frame_year(sentence: str, start: int, end: int) -> bool:
    """Whether the year ``sentence[start:end]`` frames its statement (``frame_after``: 2002年以来) or is
    given away by the anniversary its clause counts (``anniversary``: 2019年…70周年)."""
    pol = policy()
    if re.match(pol["frame_after"], sentence[end:]):
        return True
    a = max((m.end() for m in _CLAUSE_MARKS.finditer(sentence, 0, start)), default=0)
    b = m.start() if (m := _CLAUSE_MARKS.search(sentence, end)) else len(sentence)
    return re.search(pol["anniversary"], sentence[a:b]) is not None


def foreign_class(old: str, new: str, series: Iterable[str], siblings: Callable[[str], Iterable[str]]) -> bool:
    """Whether ``new``, put for ``old`` (a term the lexicon files in no group: ``siblings(old)`` is empty),
    is a term the lexicon files in a group that holds neither ``old`` nor any term of ``old``'s ``series`` (nor
    one said inside them):
    a member of another class that only ends alike (国营经济 beside 银发经济、亲子经济); judged for a compound of
    ``old``'s length only."""
    if any(True for _ in siblings(old)) or len(old) != len(new):
        # (a known term's swaps are its siblings already: falsehood.kin_swap; a swap of another length is no
        # compound of the same form, 人才优势 -> 密切联系群众的优势, whose class its modifier would tell)
        return False
    kin = set(siblings(new))
    # (a member said with a modifier, 显著的制度优势 for 制度优势, is the group's member all the same)
    return bool(kin) and not any(k in s for k in kin for s in {old, *series})


def listed_alongside(new: str, others: Iterable[str], siblings: Callable[[str], Iterable[str]]) -> bool:
    """Whether the genre lists ``new`` beside one of ``others`` (the other terms of the series it is put into): the
    lexicon files it in a group with one of them (获得感 -> 使命感 beside 幸福感, 政治方向 -> 政治道路 beside 政治立场).
    Such a term belongs to a longer or a neighbouring list of the same subject, and the changed statement may be
    true of it (session 17's teacher: both are said in the genre)."""
    kin = {_PRIVATE_USE.sub("", k) for k in siblings(new)}  # (the built lexicon keeps a mark on a few entries: 基本理论\ue003)
    return any(o in kin for o in others)


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def lexicon_siblings(material) -> Callable[[str], tuple[str, ...]]:  # noqa: ANN001 — a distractors.Material
    """The run's lexicon's ``siblings`` (the shipped one extended by the user's), or one that knows none."""
    lex = getattr(material, "lexicon", None)
    return lex.siblings if lex is not None else (lambda term: ())


def on_point(text: str, at: int, old: str, new: str, alone: bool, series: list[str], material) -> bool:  # noqa: ANN001
    """Whether ``new`` may be put for the term ``old`` at ``at`` of ``text`` (a sentence's term swap,
    changes.sentence_change): the term is bound there when it stands ``alone`` without its ``series``
    (``bound``) in a slot that defines it (``defining``), and ``new`` is of no other class (``foreign_class``)."""
    end = at + len(old)
    return (not alone or (bound(text, at, end) and defining(text, at, end))) and not foreign_class(
        old, new, series, lexicon_siblings(material))


_LABEL = re.compile(r"“?([一二两三四五六七八九十]+)[个大项条种]")
_ITEMS_BEFORE = re.compile(r"(?:[^、，。；：“”！？\n]{2,12}、)+[^、，。；：“”！？\n]{2,12}(?:和|及|以及)?[^、，。；：“”！？\n]{0,12}$")


def labelled(text: str, start: int, end: int) -> bool:
    """Whether the numbered formulation ``text[start:end]`` (its opening quote may stand before ``start``)
    follows a run of as many items, joined by 、, as it counts (甲、乙、丙“三个作用”): it labels the list
    the statement has just stated, and another formulation put there is absurd."""
    m = _LABEL.match(text, start, end)
    if m is None:
        return False
    before = text[max(0, start - 80) : start].rstrip("“")
    run = _ITEMS_BEFORE.search(before)
    if run is None:
        return False
    return len(re.split(r"、|和|及|以及", run.group())) == value_of(m.group(1))


_LABEL_END = re.compile(r"[一二两三四五六七八九十]+[个大项条种][^、，。；：“”！？\s]{0,8}$")


def labelled_at(text: str, end: int) -> bool:
    """``labelled`` for the numbered formulation that ends at ``end`` of ``text`` (its closing quote after it)."""
    while end > 0 and text[end - 1] in "”’」":
        end -= 1
    m = _LABEL_END.search(text, max(0, end - 12), end)
    return m is not None and labelled(text, m.start(), end)


_NUMERAL_CHARS = set("一二两三四五六七八九十百0123456789")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def timeless_period(text: str, start: int, end: int, new: str) -> bool:
    """Whether ``new`` differs from ``text[start:end]`` only in numerals (“十五五” -> “十四五”) and the
    sentence around it says nothing done or dated (``period_fact``): the changed statement may hold of both."""
    old = text[start:end]
    # (an ordinal or a figure, 第二个百年 -> 第一个, 2030年 -> 2027年, is changed by the figure rules: changes.py)
    if "第" in old or any(c.isdigit() for c in old) or len(old) != len(new) or old == new or any(
            a != b and not (a in _NUMERAL_CHARS and b in _NUMERAL_CHARS) for a, b in zip(old, new)):
        return False
    a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    b = m.start() if (m := _SENTENCE_END.search(text, end)) else len(text)
    return re.search(policy()["period_fact"], text[a:start] + text[end:b]) is None
