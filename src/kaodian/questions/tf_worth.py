"""Which true/false statements and changes are worth printing (task tf, session 15).

Blind teachers of session 14 graded B or C true/false statements that the checks before let through
(policy in ``tf_worth.yaml``):

- a change a learner could not believe, because common sense exposes it: a figure every learner knows
  (the country's population) changed (``known_figure``), a first (第一次) made a second (``first_time``),
  a local measure named by a repeated unit (一线一策) swapped for a national formulation (``per_unit``);
- a figure to learn by rote (2亿2708.8万人, 97.87%): no statement asks it, true or changed
  (``precise_figure``, ``rote_figure``);
- a statement whose subject is elsewhere: it opens with its predicate (极大增强了…) or with a story's time
  word (后来，…) (``unanchored``); and, session 15, one that opens with a copula or a preposition whose subject
  the cut left behind (是…, 对以…作为…，考虑得…) or names a person only by a pronoun (…与他的高度重视…分不开).

``change_why`` judges a change (generation, ``ask_truefalse._doubtful``; lint, ``believable.swap_findings``),
``statement_why`` a statement as said (``falsehood.judged``: compose drops it, lint reports it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import segment
from ..rules.schema import load_policy_file
from ..text import common_suffix
from .vocab import load_vocab

PATH = Path(__file__).with_name("tf_worth.yaml")
SCHEMA = {"known_after": ["re"], "known_formulations": [str], "forecast_words": [str], "whole_units": ["re"], "precise_digits": int, "decimal_places": int, "first_time": "re",
          "per_unit": "re", "predicate_lead": [str], "aspect_marks": [str], "narrative_openers": [str],
          "directive_not": [str], "modal_openers": [str], "directive_adverbs": [str], "directive_verbs": [str], "claim_words": [str], "generic_owners": [str], "first_claim": "re", "count_name": "re", "governed_ends": [[str]],
          "subjectless_openers": [str], "dangling_pronoun": "re",
          "antecedents": [str], "figure_subjects": "re", "figure_rules": "re", "honour_before": "re", "honour_after": "re", "speech_day": "re", "verdict_after": "re",
          "label_max": int, "label_echo_min": int, "future_marker": "re", "run_item_min": int, "baseline_before": "re",
          "catch_all": "re", "adversaries": "re", "vague_reference": "re",
          "broad_modifiers": [str], "broad_heads": [str], "wider_terms": [[str]], "wider_claims": [str],
          "slogan_verbs": [str], "ratio_base": "re", "adversary_kinds": [str], "adversary_shared_heads": [str],
          "difference_before": "re", "difference_rate": "re", "consequence_openers": [str], "consequence_glosses": [str],
          "condition_leads": [str]}

# A figure as the genre writes it: digits with a decimal part, a count in 亿 and 万 (2亿2708.8万).
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:亿\d+(?:\.\d+)?)?")
# A year (2035年, 1949年10月): four digits that a date's 年 follows, never a tally.
_YEAR_AFTER = re.compile(r"^(?:年|—|-|－|～)")
# A quotation: a pronoun inside it is the quoted speaker's, said as quoted.
_QUOTED = re.compile(r"“[^”]*”")
# The source a template may put before a statement (据《2017年政府工作报告》，…).
_SOURCE_LEAD = re.compile(r"^据《[^》]*》[，,]")


@lru_cache(maxsize=1)
def policy() -> dict:
    """tf_worth.yaml, read and checked once; raises RuleErrors (every problem with file:line)."""
    return load_policy_file(PATH, SCHEMA)


def precise_figure(figure: str) -> bool:
    """Whether ``figure`` (digits, maybe with a decimal part or 亿…万) is a rote tally: a count in 亿 and 万
    at once, or at least ``decimal_places`` decimals, or at least ``precise_digits`` significant digits."""
    pol = policy()
    if "亿" in figure:
        return True
    whole, _, frac = figure.partition(".")
    digits = (whole + frac).lstrip("0")
    if not frac:
        digits = digits.rstrip("0")  # (14000 is a round figure)
    # (2.38万亿 is a core figure given to its usual precision; 97.87% a rate to the hundredth)
    return len(digits) >= pol["precise_digits"] or (
        len(frac) >= pol["decimal_places"] and len(digits) >= pol["precise_digits"] - 1)


def rote_figure(statement: str) -> str | None:
    """The first rote tally ``statement`` states (never a year), or None."""
    for m in _FIGURE.finditer(statement):
        if len(m.group()) == 4 and "." not in m.group() and _YEAR_AFTER.match(statement[m.end():]):
            continue
        if precise_figure(m.group()):
            return m.group()
    return None


def known_figure(after: str) -> bool:
    """Whether a figure that ``after`` follows (its unit and what it counts) is one every learner knows."""
    return any(re.match(p, after) for p in policy()["known_after"])


def known_formulation(old: str, before: str, after: str) -> str | None:
    """The formulation of ``known_formulations`` (以经济建设为中心) that ``old``, with ``before`` and ``after`` on
    either side, stands inside, or None: a swap there is false by common sense.  The generator's check only, not
    lint's: session 18's labelled review accepted one such swap, session 26's two blind teachers rejected it."""
    for f in policy()["known_formulations"]:
        i = f.find(old)
        if i >= 0 and before.endswith(f[:i]) and after.startswith(f[i + len(old):]):
            return f
    return None


def change_why(old: str, new: str, before: str, after: str) -> str | None:
    """Why putting ``new`` for ``old`` (``before`` and ``after`` are the characters on either side) makes a
    false statement a teacher would not print, or None."""
    pol = policy()
    fig = _FIGURE.fullmatch(old.rstrip("%％")) or _FIGURE.match(old)
    if fig is not None and fig.group():
        unit_after = old[fig.end():] + after
        if known_figure(unit_after) or any(re.match(p, old + after) for p in pol["whole_units"]):
            return f"判断题把人人皆知的数字“{old}”改成“{new}”，凭常识即可判错，不是可信的错误"
        whole = _whole_figure(before, old)
        if precise_figure(whole):
            return f"判断题改的是精确到个位或小数的统计数“{before[-4:]}{old}”，属死记琐碎数字"
    if catch := next((w for w in (old, new) if re.match(pol["catch_all"], w)), None):
        # (the rest of a list summed up, 以及各方面创新: not one member, so no member's sibling either way)
        return f"判断题换的“{catch}”是概括其余各项的总括语，不是同类的一项，换了未必错、或一眼可辨"
    head = common_suffix([old, new])
    if len(head) >= 2 and len(new) == len(head) + 1 and new[0] in pol["slogan_verbs"] and len(old) > len(new):
        return f"判断题把“{old}”换成“{new}”，换入的是“{new[0]}…”式口号的动宾短语，不是同类名称，不成话"
    if [old, new] in pol["wider_terms"] and any(w in after[:6] for w in pol["wider_claims"]):
        return f"判断题把“{old}”换成“{new}”，对“{old}”成立的说法对“{new}”也成立，判错有争议"
    if broad := _broad_class(old, new):
        return f"判断题把“{old}”换成“{new}”，“{broad}”是按所有制或规模分的大类，可能包含原词，判错有争议"
    if _across_classes(old, new):
        # (an enemy class among allies, or an ally among enemies: no learner takes one for the other)
        return f"判断题把“{old}”换成“{new}”，敌我阶级互换，错得过于明显"
    if re.search(pol["count_name"], new) and not re.search(pol["count_name"], old):
        return f"判断题把“{old}”换成“{new}”，换入的是整组的总称（几大、几个），不是同类的一项，一眼可辨"
    if new[:2] in pol["generic_owners"] and len(new) > 2 and old.endswith(new[2:]) and not old.startswith(new[:2]):
        return f"判断题把“{old}”换成“{new}”，换入的只是泛称，不是同类的具体名称，一眼可辨"
    if re.match(pol["first_time"], old) and _adverbial(after):
        return f"判断题把“{old}”改成“{new}”，首次之说改成第几次，不是学员会犯的错误"
    if re.match(pol["per_unit"], old) and new != old:
        if old not in load_vocab().numbered_formulations:  # (一带一路 is the country's own)
            return f"判断题把局部举措“{old}”换成“{new}”，搭配荒谬，不是可信的错误"
    return None


def _across_classes(old: str, new: str) -> bool:
    """Whether ``old`` and ``new`` name classes (``adversary_kinds``) on either side of the revolution's line
    (``adversaries``), unless they share a head that the line runs through (``adversary_shared_heads``)."""
    pol = policy()
    if not all(w.endswith(tuple(pol["adversary_kinds"])) for w in (old, new)):
        return False
    if any(old.endswith(h) and new.endswith(h) for h in pol["adversary_shared_heads"]):
        return False  # (官僚资产阶级 for 民族资产阶级: which bourgeoisie was an ally is the point asked)
    return bool(re.search(pol["adversaries"], new)) != bool(re.search(pol["adversaries"], old))


def _broad_class(old: str, new: str) -> str | None:
    """The term of ``old`` and ``new`` that names a broad class by ownership or size (``broad_modifiers``: 国有企业)
    beside the other, of the same head (``broad_heads``) and named otherwise (数据运营企业), or None."""
    pol = policy()
    head = next((h for h in pol["broad_heads"] if old.endswith(h) and new.endswith(h)), None)
    if head is None:
        return None
    broad = [w for w in (new, old) if w[: len(w) - len(head)] in pol["broad_modifiers"]]
    return broad[0] if len(broad) == 1 else None  # (两个大类互换: one classification, no containment)


# A number a false statement may change: digits (5%, 3.9万亿元, 15日), never a date (2035年, 5月1日).
_NUMBER_AT = re.compile(r"\d+(?:\.\d+)?(?![\d.]*(?:年|月|日(?!内|以内|之内)))")
_CLAUSE = re.compile(r"[，,；;：:。！？!?\n]")
_SENTENCE = re.compile(r"[。！？!?\n]")
_DAY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
# The number of an ordinal (第七个, 第3批), digits or Chinese numerals; 一 (a first) is first_time's.
_ORDINAL = re.compile(r"(?:\d+|[二三四五六七八九十两]+[一二三四五六七八九十]*)")


def minor_number(text: str, start: int, end: int) -> str | None:
    """Why changing the number ``text[start:end]`` asks a detail a teacher would not print, or None: a number is
    changed only where it is what its statement is about, a headline target or aggregate named in its own clause
    (``figure_subjects``: 经济增长预期目标为5%左右) or a rule its sentence lays down (``figure_rules``: 任期, 应当…15日内,
    不得超过5人).  A report's other figures (a bond quota, a pollutant's cut, a rate among a year's achievements)
    are details; so is the day a speech was given at a meeting (``speech_day``).  Session 17's teacher rejected 专项债券8000亿 -> 6000亿 and 化学需氧量下降2% -> 3% (次要数字)."""
    pol = policy()
    s = max((m.end() for m in _SENTENCE.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    e = m.start() if (m := _SENTENCE.search(text, end)) else len(text)
    if _DAY.match(text, start) and re.search(pol["speech_day"], text[s:e]):
        return f"判断题改的是讲话的日期“{text[start:end]}”，考点是讲话内容，不是哪一天讲的"
    if honour_rank(text, start, end):
        return f"改的是荣誉的名次“{text[start:end]}”（第几个、第几批），属琐碎细节"
    if not _NUMBER_AT.match(text, start) or _NUMBER_AT.match(text, start).end() > end:
        return None
    a = max((m.end() for m in _CLAUSE.finditer(text, max(0, start - 60), start)), default=max(0, start - 60))
    b = m.start() if (m := _CLAUSE.search(text, end)) else len(text)
    # (a percentage difference, 比某年减少65%, is the target itself: ``difference_rate``)
    if re.search(pol["difference_before"], text[a:start]) and not re.match(
            pol["difference_rate"], text[_NUMBER_AT.match(text, start).end():]):
        return f"判断题改的是与往年相比的差数“{text[start:end]}”，要点是目标本身，差数属次要数字"
    if re.search(pol["baseline_before"], text[a:start]) and re.search(r"\d", text[end:e]):
        # (the low start of a growth its sentence goes on to tell: the later figure is the point, session 19)
        return f"判断题改的是对比的起点“{text[start:end]}”（后文另有增长后的数字），属细枝末节，不值得考"
    # (GDP as a ratio's base, 物流费用与GDP比率, names no subject of the figure: ``ratio_base``)
    if re.search(pol["figure_subjects"], re.sub(pol["ratio_base"], "", text[a:b])) or re.search(pol["figure_rules"], _QUOTED.sub("", text[s:e])):
        return None
    return f"判断题改的是次要数字“{text[start:end]}”（不是预期目标、总量指标或规定的期限人数），考这个没有意义"


def honour_rank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds the number of an honour's rank a review reports (成为全国第七个某某之都, 入选
    第三批试点: ``honour_before``, ``honour_after``), a detail whether changed, blanked or asked as a choice."""
    pol = policy()
    m = _ORDINAL.search(text, start, end)
    if m is None or m.start() > start + 1:
        return False
    i = m.start()
    return bool(re.search(pol["honour_before"], text[max(0, i - 12):i]) and re.match(pol["honour_after"], text[m.end():]))


def _adverbial(after: str) -> bool:
    """Whether the words ``after`` a 第一次 make it say how a deed was done (第一次把…作为…, 首次提出), not name
    an event (第一次国共合作, 第一次全国代表大会: a swap of the event's count is a fact of history)."""
    tags = segment.tag(after[:6])
    return bool(tags) and tags[0][1][:1] in ("p", "v", "d")


def _whole_figure(before: str, old: str) -> str:
    """The figure ``old`` read with the 亿 count it continues (2亿 + 2708.8万 -> 2亿2708.8)."""
    m = re.search(r"\d+(?:\.\d+)?亿$", before)
    f = _FIGURE.match(old)
    core = f.group() if f else old
    return m.group() + core if m else core


def unanchored(statement: str) -> str | None:
    """Why ``statement`` has its subject elsewhere, or None: it opens with a copula or a preposition the cut left
    without its subject (``subjectless_openers``), it names a person or thing only by a pronoun outside a
    quotation (``dangling_pronoun``), it opens with a story's time word, or with its predicate (optional
    adverbs, then a verb marked done: 极大增强了…)."""
    pol = policy()
    s = statement.strip().lstrip("…")
    if s.startswith(tuple(pol["subjectless_openers"])):
        w = next(w for w in pol["subjectless_openers"] if s.startswith(w))
        return f"判断题以“{w}”开头，主语在前文，离开原文不知说的是谁"
    bare = _QUOTED.sub("“”", s)
    if (m := re.search(pol["dangling_pronoun"], bare)) and not any(w in bare[: m.start()] for w in pol["antecedents"]):
        return f"判断题里的“{m.group()}”指代不明，题中没有说是谁"
    if s.startswith(tuple(pol["narrative_openers"])):
        w = next(w for w in pol["narrative_openers"] if s.startswith(w))
        return f"判断题以“{w}”开头，承接上文的叙述，离开原文无从判断"
    tags = segment.tag(s[:14])
    i = 0
    while i < len(tags) and (tags[i][1] in ("d", "ad") or tags[i][0] in pol["predicate_lead"]):
        i += 1
    if i + 1 < len(tags) and tags[i][1].startswith("v") and tags[i + 1][0] in pol["aspect_marks"]:
        return f"判断题以谓语“{''.join(t for t, _ in tags[:i + 2])}”开头，缺了主语，不知说的是谁"
    return None


def ungoverned(statement: str) -> str | None:
    """Why ``statement`` ends with a verb whose governing preposition was cut away (…这三大基本问题展开。 without
    围绕), or None."""
    body = statement.rstrip("。！!.")
    for end, *governors in policy()["governed_ends"]:
        if body.endswith(end) and not any(g in body for g in governors):
            return f"判断题以“{end}”收尾，却没有引出它的“{governors[0]}…”，是截断的残句"
    return None


@lru_cache(maxsize=1)
def _condition_leads() -> frozenset[str]:
    """The words that make a clause a condition: vocab.yaml ``condition_words`` and tf_worth ``condition_leads``."""
    return frozenset(load_vocab().condition_words) | frozenset(policy()["condition_leads"])


def _opens_as_condition(body: str) -> bool:
    """Whether the first clause of ``body`` is a condition: it holds a condition word as a word of its own,
    at its start or after its subject (只有…, 要…, 中国共产党要…, 我们只有…; not the 要 of 重要 or 要求)."""
    first = re.split(r"[，,；;]", body, maxsplit=1)[0]
    return any(w in _condition_leads() for w, _ in segment.tag(first))


def condition_only(statement: str, sentence: str) -> str | None:
    """Why ``statement``, cut from the opening of its source ``sentence``, is only the condition of that
    sentence (要成功应对…，就必须…: the clause after its last comma opens with ``consequence_openers``), or None.
    Only a statement whose first clause is a condition (vocab.yaml ``condition_words``, ``condition_leads``: 只有…,
    要…, 某某要…):
    after a whole claim a modal goes on with its own duty (改革是发展的动力，必须坚持下去).
    Not when that clause glosses the one before (``consequence_glosses``: …，就是说…) or goes on a series the
    statement's last clause opens with the same word (必须坚持甲，必须坚持乙，…: parallel duties, each one a claim)."""
    body = _SOURCE_LEAD.sub("", statement.strip()).rstrip("。！!.")
    if not _opens_as_condition(body):
        return None
    head = body[:4]
    at = sentence.find(head, 0, len(head) + 6)  # (the sentence may open with its marker: 1.…)
    if len(head) < 4 or at < 0:
        return None
    parts = sentence.split("，")
    last = sentence.count("，", 0, at) + body.count("，")  # the statement's last clause, counted in the sentence
    if len(parts) <= last + 1:
        return None
    after = parts[last + 1]
    opener = next((w for w in policy()["consequence_openers"] if after.startswith(w)), None)
    if opener is None or after.startswith(tuple(policy()["consequence_glosses"])) or parts[last].startswith(opener):
        return None
    return f"判断题只取了原句的条件分句（…，{after[:4]}…），不成命题"


def statement_why(statement: str) -> str | None:
    """Why the true/false ``statement`` (as said) is not worth asking, or None."""
    if why := unanchored(statement) or ungoverned(statement):
        return why
    from .source import back_pointer

    if why := back_pointer(statement):  # (以上措施, 上述问题: anchors.yaml back_pointers, never 上述处分)
        return why
    if m := re.search(policy()["vague_reference"], statement):
        return f"判断题里的“{m.group()}”指代不明，离开原文不知说的是什么"
    if fig := rote_figure(statement):
        return f"判断题陈述精确统计数“{fig}”，属死记琐碎数字，不宜作判断题"
    return None


def directive_copy(statement: str) -> str | None:
    """Why a statement asked true is a directive copied without who issues it, or None: it opens (after
    adverbs) with a verb of action (构建…, 继续适当降低…, 完善…机制): a task list's item, true by its form
    and judged by no one (照抄原文的正确命题，无主语、无出处).  Never one that opens with a modal (要…,
    必须…: the text's demand, stated whole) or with a verb of ``directive_not`` (截至…, 没有…, 是…)."""
    pol = policy()
    s = statement.strip().lstrip("…")
    if _SOURCE_LEAD.match(s) or s.startswith(tuple(pol["modal_openers"])):
        return None  # (据《…》，…: the statement says whose task it is)
    if any(w in s for w in pol["claim_words"]):
        return None  # (建成…，是一场接力跑; 只要有信仰…就会…: a verb phrase as the subject of a claim)
    tags = segment.tag(s[:14])
    i = 0
    while i < len(tags) and tags[i][1] in ("d", "ad"):
        i += 1
    if i < len(tags) and tags[i][1] == "v" and tags[i][0] not in pol["directive_not"]:
        return f"判断题照抄无主语的工作部署（“{s[:6]}…”）判为对，无出处、无考点"
    adverb = next((a for a in pol["directive_adverbs"] if s.startswith(a)), "")
    if adverb and s[len(adverb):].startswith(tuple(pol["directive_verbs"])):
        return f"判断题照抄无主语的工作部署（“{s[:6]}…”）判为对，无出处、无考点"
    return None


def forecast_copy(statement: str) -> str | None:
    """Why a statement asked true is a forecast (``forecast_words``: 有望…) copied as if it were a fact, or None."""
    w = next((w for w in policy()["forecast_words"] if w in statement), None)
    return f"判断题照抄“{w}……”的预期判为对，预期不是事实，无从判断" if w else None


def first_claim_change(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """For a sentence ``text[start:end]`` that says what was done for the first time (第一次把X作为…), the change
    a teacher asks instead of 第一次 -> 第二次: X put for a sibling the lexicon gives it and the sentence does not
    say (纪律建设 -> 作风建设: 宜改成“作风建设”等可信错误); None when there is no such claim or sibling."""
    from .. import lexicon

    m = re.compile(policy()["first_claim"]).search(text, start, end)
    if m is None:
        return None
    term = m.group("t")
    sentence = text[start:end]
    kin = [w for w in lexicon.siblings(term) or () if w not in sentence]
    return (m.start("t"), m.end("t"), kin[0]) if kin else None


def refuted(text: str, end: int) -> bool:
    """Whether the sentence of ``text`` that ends at ``end`` is a proposition its material goes on to reject
    (``verdict_after``: a review note's 辨析 answers 错误。 right after the statement it discusses)."""
    return re.match(policy()["verdict_after"], text[end:end + 16].lstrip(" \u3000\n\r\t")) is not None
