"""单项选择题 on a definition or judgement whose subject is a lexicon term (task choice, session 19).

A sentence that says what a term is (武装斗争是我们党夺取政权的基本形式; 群众路线就是我们党的生命线)
is asked as a human setter asks it: the subject blanked, the wrong options the term's siblings
in the lexicon (``kaodian.lexicon``: terms set side by side in series and in human questions' options),
so they are of the key's class and form, never a fragment.  A sibling the text says the same of is right
too and never drawn; fewer than three siblings, no question (the statement keeps its cloze).  Policy
(copulas, what may lead the subject, lengths) is in definition.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from ..rules.schema import load_policy_file
from ..text import common_prefix, shared_edges
from . import reasons
from .arguable import wrong_ok
from .ask_choice import single_draft
from .ask_cloze import lexicon_words
from . import distractors as dx
from .distractors import near_synonym, synonym_swap
from .drafting import SINGLE_OPTIONS, Ctx, Draft
from .note_shapes import label_option
from .option_kinds import option_kind_findings
from .option_sets import option_set_findings
from .policy import DIFFICULTY
from .single_shapes import lookalike, odd_key
from .odd_option import odd_one

# What definition.yaml holds; every key is required.
SCHEMA = {"copulas": [str], "not_copulas": [str], "lead": str, "term_min": int, "length_band": float, "predicate_chars": int,
          "object_ends": str, "object_subject_min": int, "inner_run": int, "sentence_ends": str, "link_bridge": str,
          "link_gap": str, "link_false": [str], "mate_min": int, "phrase_marks": [str], "recurring_min": int, "class_tail": int,
          "class_nouns": [str], "class_prefix_min": int, "self_evident": [str]}

# The end of the clause before a subject: what may lead it is read from there.
_CLAUSE_END = re.compile("[，。；：！？\n]")
_HAN = re.compile("[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _policy() -> dict:
    """definition.yaml, read and checked on first use."""
    data = load_policy_file(Path(__file__).with_name("definition.yaml"), SCHEMA)
    return data | {"lead": re.compile(data["lead"])}


def defined_subject(text: str, sentence_start: int, start: int, end: int) -> str | None:
    """The copula after the term at [start, end) of ``text`` when the term is the subject of a definition or
    judgement: its clause opens with it (an outline's marker aside) and a copula follows it; else None."""
    pol = _policy()
    cut = max((m.end() for m in _CLAUSE_END.finditer(text, sentence_start, start)), default=sentence_start)
    if not pol["lead"].match(text[cut:start]):
        return None
    if any(text.startswith(w, end) for w in pol["not_copulas"]):
        return None  # (统一战线是否巩固…, 乡村振兴即将…: a word that opens with the copula's character)
    return next((c for c in sorted(pol["copulas"], key=len, reverse=True) if text.startswith(c, end)), None)


def defining_object(text: str, sentence_start: int, start: int, end: int) -> str | None:
    """The subject and copula before the term at [start, end) of ``text`` when the term is all a definition
    or judgement says its subject is (我国的根本政治制度是|人民代表大会制度。): the copula right before it, a
    subject of object_subject_min characters or more before that in its clause, and its clause ending with
    it; else None."""
    pol = _policy()
    if end < len(text) and text[end] not in pol["object_ends"]:
        return None
    cut = max((m.end() for m in _CLAUSE_END.finditer(text, sentence_start, start)), default=sentence_start)
    clause = text[cut:start]
    copula = next((c for c in sorted(pol["copulas"], key=len, reverse=True) if clause.endswith(c)), None)
    if copula is None:
        return None
    # (its characters only: an outline's marker, 1）, is no subject)
    return clause if len(_HAN.findall(clause[: -len(copula)])) >= pol["object_subject_min"] else None


def single_statement(ctx: Ctx) -> Draft | str:
    """The subject (or the object) of a definition among SINGLE_OPTIONS - 1 of its lexicon siblings and the
    document's own terms of its class (``_mates``; see the module doc)."""
    p, lex = ctx.point, ctx.material.lexicon
    if lex is None:
        return reasons.NOT_APPLICABLE
    text = ctx.doc.text
    why = reasons.NOT_APPLICABLE  # (a statement that defines no lexicon term is no single choice: nothing to say)
    for s in p.items:
        if len(s.text) < _policy()["mate_min"] or s.text in _policy()["self_evident"]:
            continue  # (a subject too short to be a term, or one everybody names: self_evident)
        if (said := _said(text, p.sentence.start, s.start, s.end)) is None:
            continue
        # (a term the document sets beside terms of its class is asked among them too: 职业院校的核心工作是课程建设
        # beside 师资建设、实训基地、校企合作, issue 11/12; a thesis that defines nothing keeps its cloze)
        mates = _mates(ctx, s.text, p.sentence.text)
        if not mates and (len(s.text) < _policy()["term_min"] or s.text not in lexicon_words(lex)):
            continue
        why = reasons.NO_DEFINED_TERM
        if (draft := _among_siblings(ctx, s.start, s.end, said, mates)) is not None:
            return draft
    return why


def defined_change(ctx: Ctx, start: int, end: int) -> tuple[int, int, str] | None:
    """A false statement's change of the definition in [start, end) of the document: its subject or the term
    it says its subject is (我国的根本政治制度是|人民代表大会制度) put as a sibling of one class and form (``_siblings``:
    none the text says the same of), as (start, end, sibling); None when no such term is defined there.  The
    siblings are the lexicon's and the terms a series of the material sets beside it (主观主义、宗派主义、党八股:
    主观主义是… -> 宗派主义是…), each sharing one end with the term, never both (``_kindred``).  A learner who mixes
    them up believes it, and it is false in substance, not in a word (issue 12: a swapped subject of a 是-statement)."""
    p, lex = ctx.point, ctx.material.lexicon
    if lex is None:
        return None
    text, words = ctx.doc.text, lexicon_words(lex)
    for s in p.items:
        if not (start <= s.start and s.end <= end) or len(s.text) < _policy()["term_min"]:
            continue
        own = ctx.material.co_terms.get(s.text, ())
        if s.text not in words and not own:
            continue
        if (said := _said(text, p.sentence.start, s.start, s.end)) is None:
            continue
        pool = [*dict.fromkeys([*own, *lex.siblings(s.text)])]
        wrong = [w for w in _siblings(ctx, s.text, text[start:end], said, pool=pool) if _kindred(s.text, w, w in own)]
        if wrong:
            return s.start, s.end, wrong[0]
    return None


def _kindred(term: str, w: str, listed: bool = False) -> bool:
    """Whether ``w`` may stand for ``term`` in a false statement: never one that keeps both its ends and changes
    only the middle (为人民服务 -> 为社会主义服务: the frame stays, and the statement may hold of it too, a teacher's
    C of session 21: 国家利益 -> 人民利益); and, unless the material ``listed`` them side by side (职业院校的核心工作
    是课程建设 -> 师资建设, both of one series of the text), one sharing an end with it.  The lexicon also groups
    terms of two fields that one human question once set side by side, and a statement put on the other field's
    term is a class mix no learner believes (人民民主专政 -> 按劳分配: among options beside the key it passes,
    alone in a statement it does not)."""
    head, tail = shared_edges(*sorted((term, w), key=len))
    return not (head and tail) and (listed or bool(head or tail))


def _said(text: str, sentence_start: int, start: int, end: int) -> Callable[[str], bool] | None:
    """Whether the text says of a sibling what the definition at [start, end) says of its term (the term's
    copula and the predicate's first characters, or the subject and copula before it); None when the term is
    no defined subject or defining object."""
    if (copula := defined_subject(text, sentence_start, start, end)) is not None:
        at = end + len(copula)
        predicate = copula + text[at : at + _policy()["predicate_chars"]].split("\n", 1)[0]
        return lambda w: w + predicate in text
    if (subject := defining_object(text, sentence_start, start, end)) is not None:
        return lambda w: subject + w in text
    return None


def _among_siblings(ctx: Ctx, a: int, b: int, said: Callable[[str], bool], mates: Sequence[str] = ()) -> Draft | None:
    """The term at [a, b) asked among SINGLE_OPTIONS - 1 of its lexicon siblings (then ``mates``) none of which
    ``said`` holds of, or None when fewer fit."""
    term = ctx.doc.text[a:b]
    src = ctx.source(a, b)
    wrong = _siblings(ctx, term, src.text, said, mates)
    if len(wrong) < SINGLE_OPTIONS - 1:
        return None
    return single_draft(src, (a, b), term, wrong, ctx.rng("single", term), (term,), DIFFICULTY["single"]["named"])


def _siblings(ctx: Ctx, key: str, sentence: str, said: Callable[[str], bool], mates: Sequence[str] = (),
              pool: list[str] | None = None) -> list[str]:
    """Up to SINGLE_OPTIONS - 1 siblings of ``key`` fit to stand beside it: its lexicon siblings (then its
    ``mates``, terms the document sets in a series with it), or the ``pool`` a caller drew; real words, in the
    key's length band, not in the sentence, no near synonym, typo or restatement of the key (arguable.wrong_ok),
    of its kind (option_kinds), none the text says the same of (``said``); each kept only while the options
    together give the key away by no form lint reads (``_told``)."""
    lex, text, band = ctx.material.lexicon, ctx.doc.text, _policy()["length_band"]
    words = lexicon_words(lex) | frozenset(mates)  # (Lexicon.words builds a set: once per lexicon)
    out: list[str] = []
    # (the siblings the material says first: a term of the text's own field, 统一战线 beside 武装斗争, before one
    # a human question once set beside the key in another field)
    given = pool is not None
    if pool is None:
        pool = [*(sorted(lex.siblings(key), key=lambda w: not ctx.material.says(w)) if lex is not None else []), *mates]
    else:
        pool = sorted(pool, key=lambda w: not ctx.material.says(w))
    for w in dict.fromkeys(pool):
        if (w != key and (w in words or given) and w not in sentence and len(key) / band <= len(w) <= len(key) * band
                and not near_synonym(key, w) and not synonym_swap(key, w) and not _kin_in_meaning(key, w) and not said(w)
                and not _linked(text, key, w) and _of_class(key, w)
                and wrong_ok(text, lex, [key], w) and not option_kind_findings(sentence, [key], [w], whole=False)
                and not _told(key, [*out, w], sentence)):
            out.append(w)
            if len(out) == SINGLE_OPTIONS - 1:
                break
    return out


def _of_class(key: str, w: str) -> bool:
    """Whether the wrong option ``w`` is of the key's class and form: it ends in the key's noun of class when the key
    ends in one (``class_nouns``: 人民民主专政 is no 制度 beside 人民代表大会制度), and it is no phrase (``phrase_marks``:
    …事业的具体制度) beside a key that is a term."""
    pol = _policy()
    noun = next((c for c in pol["class_nouns"] if key.endswith(c)), None)
    if noun is not None and not w.endswith(noun) and len(common_prefix([key, w])) < pol["class_prefix_min"]:
        return False
    return any(c in key for c in pol["phrase_marks"]) or not any(c in w for c in pol["phrase_marks"])


def _mates(ctx: Ctx, key: str, sentence: str) -> list[str]:
    """The document's own terms of ``key``'s class and form: those it sets in a series with the key, then, for a key
    longer than class_tail + 1, the series terms this document says that are as long and end in the key's class
    noun (农民阶级 beside 无产阶级: definition.yaml class_tail); none when the key is no term (a phrase with 的 or
    和, or said once and in no series or lexicon)."""
    pol = _policy()
    if any(c in key for c in pol["phrase_marks"]):
        return []  # (基层工作的变化, 党和群众: a phrase of the sentence, no term a series of the text holds)
    if key not in lexicon_words(ctx.material.lexicon) and key not in ctx.material.co_terms \
            and ctx.doc.text.count(key) < pol["recurring_min"]:
        return []  # (理论学习只能: a cut of one sentence, no concept of the document)
    mates = ctx.material.co_terms.get(key, [])
    if len(key) > pol["class_tail"] + 1:
        # (the material's terms hold the lexicon's too: only those this document says are its own, 地主阶级
        # beside 无产阶级 in an essay on classes, not 计划经济 beside 全球经济 in a report)
        near = dx.pick(key, ctx.material.terms, n=2 * SINGLE_OPTIONS, forbidden=[], context=sentence,
                       rng=ctx.rng("mates", key), near_only=True, tail=key[-pol["class_tail"]:])
        # (of the key's length and no phrase: 高质量发展, 人的全面发展 beside 京津冀协同发展 are of another kind)
        mates = [*mates, *(w for w in near if w in ctx.doc.text and len(w) == len(key)
                           and not any(c in w for c in pol["phrase_marks"]))]
    return list(dict.fromkeys(mates))


def _kin_in_meaning(key: str, w: str) -> bool:
    """Whether ``w`` shares a word with ``key`` beyond their common head and tail (definition.yaml inner_run
    characters: 人民 of 人民当家作主 in 全过程人民民主): a sibling that says the same in other words may be
    right too (a shared tail is the class, 个体经济 / 国营经济; a shared opening the series' form)."""
    short, long_ = (key, w) if len(key) <= len(w) else (w, key)
    head, tail = shared_edges(short, long_)
    a, b = short[head : len(short) - tail], long_[head : len(long_) - tail]
    run = _policy()["inner_run"]
    return any(a[i : i + run] in b for i in range(len(a) - run + 1))


def _linked(text: str, key: str, w: str) -> bool:
    """Whether one sentence of ``text`` says one of ``key`` and ``w`` is the other or of it (形式主义、官僚主义，两者
    都是作风之弊; 文山会海是形式主义在工作方法上的一种表现): a kind or a form of the key may be what the stem says
    too, so it is no sure wrong option.  The copula stands right after the one term (or its series and 两者都),
    the other later in its clause; a 是 of another word (还是, 但是, not_copulas) links nothing (definition.yaml
    ``copulas``, ``link_bridge``, ``link_gap``, ``link_false``)."""
    if key not in text or w not in text:
        return False  # (each pattern below holds both terms verbatim: a sibling the text never says links nothing)
    pol = _policy()
    if not _in_one_sentence(text, key, w, pol["sentence_ends"], pol["copulas"]):
        return False  # (no copula between the terms within a sentence: no pattern is built, each cost 2 ms)
    copula = "|".join(map(re.escape, sorted(pol["copulas"], key=len, reverse=True)))
    false = [*pol["link_false"], *pol["not_copulas"]]
    for a, b in ((key, w), (w, key)):
        pattern = re.escape(a) + pol["link_bridge"] + f"(?P<c>{copula})" + pol["link_gap"] + re.escape(b)
        for m in re.finditer(pattern, text):
            at = m.start("c")
            # (the copula's character inside a longer word around it: 还是, 就是说, 是否)
            if not any(text.startswith(f, at - f.index(m["c"])) for f in false if m["c"] in f):
                return True
    return False


def _in_one_sentence(text: str, key: str, w: str, ends: str, copulas: Sequence[str]) -> bool:
    """Whether one of ``key`` and ``w`` is said after the other within one sentence of ``text`` (no character of
    ``ends`` between them) with one of ``copulas`` between them: what ``_linked``'s patterns need, whose bridge and
    gap never cross a sentence's end.  True too when a term holds such a character itself (the patterns decide)."""
    if any(c in ends for c in key + w):
        return True
    bounds = _sentence_bounds(text, ends)
    for a, b in ((key, w), (w, key)):
        i = text.find(a)
        while i >= 0:
            after = i + len(a)
            j = text.rfind(b, after, bounds[bisect_left(bounds, after)])  # (the last: the widest span between)
            if j >= 0 and any(c in text[after:j] for c in copulas):
                return True
            i = text.find(a, i + 1)
    return False


@lru_cache(maxsize=8)
def _sentence_bounds(text: str, ends: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` ends (the offset of its closing character of ``ends``), and the text's end."""
    return (*(m.start() for m in re.compile(f"[{re.escape(ends)}]").finditer(text)), len(text))


def _told(key: str, wrong: list[str], sentence: str) -> bool:
    """Whether the options give the key away by their form, as lint reads a single choice: one far longer or
    shorter (odd_option.odd_one), a wrong option sharing one character by chance or the key of another form
    (single_shapes), a phrase with 的 or a class name beside a term (option_sets, note_shapes)."""
    options = [key, *wrong]
    return bool((len(options) >= 3 and odd_one(options) is not None) or lookalike(key, wrong, sentence)
                or odd_key(key, wrong) or label_option([key], wrong)
                or option_set_findings("single", "statement", "", sentence, [key], wrong))
