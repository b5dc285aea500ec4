"""The compiled ``concepts`` section of the rules: the cue words, roles and scores the key concepts
of a sentence are found with (concepts.py), read once from default.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import FigureRules


@dataclass(frozen=True)
class ConceptRules:
    """The compiled ``concepts`` section of the rules."""

    scores: dict[str, float]
    key_sentence: float
    lead_sentence: float  # the bar of a paragraph's opening sentence (rules/__init__.py _statement)
    lead_sentences: int  # ... in a paragraph of at least this many sentences
    lead_narrative: re.Pattern[str]  # ... unless it opens by telling when (…之后，): a narrative, no point
    rule_clauses: tuple[re.Pattern[str], ...]  # a sentence one matches is a key statement whatever it scores
    clause_sentence: int  # a sentence longer than this is taken ；-clause by ；-clause
    per_sentence: int
    second_point: frozenset[str]  # a definition's verbs: a concept on one side is also asked first (rules/__init__.py)
    min_chars: int
    max_chars: int
    recurring: tuple[int, int]
    categories: tuple[str, ...]
    governing: frozenset[str]
    series_takers: frozenset[str]  # words besides ``governing`` a series said whole follows (财政政策要|…、…|)
    agents: frozenset[str]  # words before the agent of a rule (由X决定, 受X领导, 报X备案, 经X讨论)
    agent_verbs: frozenset[str]  # the rule's verb after its agent (决定, 批准, 备案, 领导)
    modal: frozenset[str]
    generic: frozenset[str]
    not_copula: frozenset[str]  # words that make a 是 after them no copula (特别是, 尤其是, 而是)
    number: re.Pattern[str]  # a count: its numeral in group n, its unit in group u
    numeral_alone: frozenset[str]  # units whose numeral alone is blanked (要有______名…)
    qualities: tuple[str, ...]  # words that qualify the category of 是…的Y (根本, 首要): X of X是 is then asked
    value_cues: tuple[str, ...]  # a word that makes what follows its 是 a defined value (主题, 首要)
    value_heads: tuple[str, ...]  # a cue of the value right after its verb only (实质是X, 重点在于X)
    defined_heads: tuple[str, ...]  # X的<head>是Y: the subject names a category, Y is the value (国体, 对象)
    value_verbs: frozenset[str]  # the verbs that state the value (是, 就是, 在于)
    placing_verbs: frozenset[str]  # 把X确定为/作为 …a value cue: X is the value
    clause_verbs: frozenset[str]  # verbs a category clause never reaches back across (使X成为…的Y)
    speech_verbs: tuple[str, ...]  # what follows the one who says or lays down a statement (指出, 规定)
    speech_verb: re.Pattern[str]  # any of ``speech_verbs``, to pass over a sentence that holds none at once
    cue: re.Pattern[str] | None  # what a sentence that may reach ``key_sentence`` holds (see _cue)
    figures: FigureRules  # which counts are trivia (a report's tally), never a concept to blank

    @classmethod
    def from_rules(cls, rules: dict) -> "ConceptRules":
        d = rules["concepts"]
        units = "|".join(sorted(map(re.escape, d["numeral_units"]), key=len, reverse=True))
        # 第 before a numeral makes an ordinal (第二次, 第三十条), not a count; a numeral before it a longer
        # number (三十条 is no 十条)
        number = re.compile(
            rf"(?<![第\d一二两三四五六七八九十百千])(?P<n>[一二两三四五六七八九十百千\d]+)(?P<u>{units})(?:以上|以下)?"
        )
        return cls(
            scores={k: float(v) for k, v in d["scores"].items()},
            key_sentence=float(d["key_sentence"]),
            lead_sentence=float(d["lead_sentence"]),
            lead_sentences=int(d["lead_sentences"]),
            lead_narrative=re.compile(d["lead_narrative"]),
            rule_clauses=tuple(re.compile(p) for p in d["rule_clauses"]),
            clause_sentence=d["clause_sentence"],
            per_sentence=d["per_sentence"],
            second_point=frozenset(d["second_point"]),
            min_chars=d["min_chars"],
            max_chars=d["max_chars"],
            recurring=(d["recurring_min"], d["recurring_max"]),
            categories=tuple(d["categories"]),
            governing=frozenset(d["governing"]),
            series_takers=frozenset(d["series_takers"]) | frozenset(d["governing"]),
            agents=frozenset(d["agents"]),
            agent_verbs=frozenset(d["agent_verbs"]),
            modal=frozenset(d["modal"]),
            generic=frozenset(d["generic"]),
            not_copula=frozenset(d["not_copula"]),
            number=number,
            numeral_alone=frozenset(d["numeral_alone_units"]),
            qualities=tuple(d.get("qualities", ())),
            value_cues=tuple(d["value_cues"]),
            value_heads=tuple(d.get("value_heads", ())),
            defined_heads=tuple(d.get("defined_heads", ())),
            value_verbs=frozenset(d["value_verbs"]),
            placing_verbs=frozenset(d["placing_verbs"]),
            clause_verbs=frozenset(d["clause_verbs"]),
            speech_verbs=tuple(d["speech_verbs"]),
            speech_verb=re.compile("|".join(map(re.escape, d["speech_verbs"]))),
            cue=_cue(d),
            figures=FigureRules.from_rules(rules),
        )


def _cue(d: dict) -> re.Pattern[str] | None:
    """The words one of which every sentence whose best concept may reach the key-sentence bar
    holds (or a count, which the number pattern finds), so a sentence with none is not tagged.

    Without 是 (subject_is, predicate, predicate_head), 以 (yi_wei, 以X为Y's value), 作为 (as_role), a governing word (governed)
    or a category word (before_category, category_clause), a series taker (governed_series), the best a candidate scores is a
    phrase's role and clause end, a final verb or a quotation; None when that may reach the bar.
    """
    s = {k: float(v) for k, v in d["scores"].items()}
    end = max(0.0, s["clause_end"])
    best = max(s["base"] + end, s["subject_verb"] + s["base"] + end, s["final_verb"], s["quoted"])
    if best + max(0.0, s["recurring"]) >= float(d["key_sentence"]):
        return None
    words = {"是", "以", "作为", *d["governing"], *d["series_takers"], *d["categories"], *d["value_verbs"]}
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
