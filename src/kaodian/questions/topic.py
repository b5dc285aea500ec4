"""Whether a wrong option is of the answer's topic (issue 12): a term from outside the material that
only shares a character with the answer is of another topic at a glance (古风 beside 作风、学风,
和谐号 beside 和谐发展, 重庆谈判 beside 重质量贡献), and a teacher rejects it as absurd."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from ..text import common_prefix, common_suffix, said_in
from .distractors import Material, numbered_shape
from .vocab import load_vocab


def on_topic(material: Material, answer: str, series: Sequence[str] = ()) -> Callable[[str], bool]:
    """A test of candidates for ``answer`` (a term of ``series``, when it has one): True for a term the
    material says, for one the lexicon or the material's series (vocab.yaml term_groups among them)
    set beside the answer or a term of its series, and for one of the series' own head and tail
    (政治领导力 beside 政治判断力、政治领悟力); False for any other."""
    terms = list(dict.fromkeys([answer, *series]))
    kin: set[str] = set()
    for t in terms:
        kin.update(material.co_terms.get(t, ()))
        if material.lexicon is not None:
            kin.update(material.lexicon.siblings(t))
    head = common_prefix(terms) if len(terms) > 1 else ""
    tail = common_suffix(terms) if len(terms) > 1 else ""
    # (a head or tail that is a whole term says nothing of a shape: 党员、党员干部)
    shaped = len(head) >= 2 and bool(tail) and all(len(t) > len(head) and len(t) > len(tail) for t in terms)

    texts = tuple(material.doc_keys)

    def topical(c: str) -> bool:
        return c in kin or (shaped and c.startswith(head) and c.endswith(tail)) or said_in(texts, c)

    return topical




def well_known(formulation: str, material: Material) -> bool:
    """Whether a numbered formulation is known beyond one unit's text: a well-known one (vocab.yaml
    numbered_formulations) or one the lexicon holds (its members, or its class 提法, which the lexicon
    build gives formulations that question banks or study texts use).  A unit's own slogan (四个一体化 of
    one company's plan) among the nation's formulations (四个不容易, 四个引路人) is of another field at a
    glance (session 14's blind teacher: 干扰项与…毫不相干): it takes only formulations the material itself
    says as wrong options (changes.formulation_candidates)."""
    if formulation in load_vocab().numbered_formulations:
        return True
    lex = material.lexicon
    return lex is not None and (bool(lex.members(formulation)) or lex.class_of(formulation) == "提法")


def numbered_fit(material: Material, formulation: str) -> Callable[[str], bool]:
    """A test of wrong options for a numbered formulation: one without a measure word (九二共识) takes
    those of its topic (on_topic), a unit's own slogan (not well_known) only those the material says,
    a well-known one any of its shape."""
    shape = numbered_shape(formulation)
    if shape is not None and not shape[0]:
        return on_topic(material, formulation)
    # (a nation's formulation takes only others known as widely: 一县一品、一地两检, one province's slogans, beside
    # 一带一路 are of another field at a glance, session 22's newcomer on a provincial report)
    if well_known(formulation, material):
        return lambda c: well_known(c, material)
    return material.says


def states_members(text: str, formulation: str) -> bool:
    """Whether ``text`` spells out what the numbered ``formulation`` counts, right after it somewhere: a colon, 即 or
    a bracket opening its members (“三个集中”：向…集中、…; 两山（绿水青山和金山银山）).  A unit's own abbreviation the
    text only uses in passing (推进两重项目, 两污处理率) is no formulation a learner is taught: asked among the
    text's other abbreviations it is a riddle (session 22's newcomer: 两院/两重/两山/两污, the two questions that
    shared them gave each other away)."""
    # (each saying of the formulation is read on from its end: a pattern built per formulation cost 1 ms to compile)
    if not formulation:
        return _MEMBERS_OPEN.search(text) is not None
    i = text.find(formulation)
    while i >= 0:
        if _MEMBERS_OPEN.match(text, i + len(formulation)):
            return True
        i = text.find(formulation, i + 1)
    return False


# What opens the members a numbered formulation counts, right after it (states_members).
_MEMBERS_OPEN = re.compile(r"[”’\"]?(?:[：:]|，?即|[（(])")
