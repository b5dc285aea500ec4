"""Questions that ask trivia or no proposition (task trivia, session 18; issue 12 true/false and cloze, issue 11
"ask what matters"), shapes the blind teacher of session 17 rejected (tests/data/lint_labels_s17.json):

- ``cut_at_colon``: a true/false statement cut where its sentence announces what follows (…的目标任务是：);
- ``noun_phrase``: a true/false statement that is only a noun phrase (…召开的某某全会。);
- ``known_claim``: a statement of which year of a plan this is (开局之年, 收官之年), asked true/false or blanked,
  or the closing call of a report (让我们…) asked true/false: everyone knows it, or it is an exhortation;
- ``trivial_blank``: a blank on a local meeting's session number, a company's name, one of a list of
  examples (…等一批), the leader of 在…坚强领导下, one adjective before 的 (session 19: 善于把______的基层经验…，
  丰富), generic nouns (工作范围), or a figure of a report's tally
  (毛入学率96.9%，高于…4.9个百分点);
- ``bare_stem``: a cloze whose stem keeps next to nothing but its blank (积极有效推进______。) or its two blanks
  (______是一场伟大的______。);
- ``title_blank``: a blank that is a long document title in 《》 (发布《______》…): a title learned by rote;
- ``label_answers``: a list question answered by section labels alone (指导思想；目标任务；基本原则), or by bare
  aspects (制度方面、实践方面; 从制度方面看: session 19), a recall's items or a multiple choice's keys;
- ``near_swap``: a false statement that swaps a term for one with the same general head (考核体系 -> 经营体系),
  not clearly false.

``trivial_blank`` is one of ``lint.blank_problem``'s checks, so the cloze generator blanks another concept of the
sentence instead; ``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what
it flags.  Patterns and word lists are policy (trivia.yaml).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .. import segment
from ..model import OPTION_LETTERS, Question
from ..rules.edge_words import LAST_WORDS
from ..rules.schema import load_policy_file
from ..text import common_prefix, common_suffix
from .falsehood import noun_phrase_only
from .sentence import BLANK
from .review_shapes import tally
from .tf_worth import honour_rank, minor_number, policy as tf_policy

PATH = Path(__file__).with_name("trivia.yaml")
# What trivia.yaml holds; every key is required ("re": a regex).
SCHEMA = {"colon_heads": "re", "plan_year": "re", "closing_call": "re", "leader_formula": "re", "session_number": "re",
          "local_committee": "re", "org_blank": "re", "artwork_before": "re", "example_tail": "re", "generic_nouns": [str], "bare_context_min": int, "bare_modals": [str], "section_label": "re", "label_max": int,
          "generic_heads": [str], "prefix_mates_min": int, "figure_standard": "re",
          "stock_actor": "re", "hollow_nouns": [str], "modifier_tags": [str], "modifier_words": [str],
          "greeting": "re", "setting_place_min": int, "subject_word_min": int, "subject_word_per_mille": int,
          "open_tags": [str], "close_tags": [str], "never_close": [str], "never_open": [str], "bare_heads": [str],
          "quality_predicate": "re", "result_before": "re", "target_after": "re",
          "target_words": "re", "aggregate_before": "re",
          "set_series": [str], "bare_blanks_min": int, "bare_blanks_context_min": int,
          "title_blank_min": int, "example_count_tail": "re", "fine_figure": "re", "tally_figures_min": int,
          "maxim_claim": "re", "mutual_relation": "re", "scope_prefixes": [str], "short_form_min": int,
          "topic_clause_after": "re", "topic_verb_tags": [str], "maxim_reach": int,
          "round_before": "re"}

_CHANGE = re.compile(r"“([^“”]+)”误作“([^“”]+)”")
# The attribution a template puts before a statement (据《…》，, then maybe a year: 2025年，).
_SOURCE_LEAD = re.compile(r"^据《[^》]*》(?:“[^”]*”部分)?[，,](?:\d{4}年[，,])?")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
# A clause: what a comma, a semicolon or a stop closes.
_CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")
# A figure of a sentence, counted for a tally (237亿元, 5.5%, 2146个; not the year of 2025年 nor a date).
_FIGURE_IN = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])(?!年|月|日|号|届|次|周年)")
# A year, a month or a day (2030年, 10月): a date, never a figure of a tally.
_DATE_LIKE = re.compile("[年月日号]")
# A figure blank: digits and a unit (96.9%, 54%, 80万头), never a code name (1+7, 135-136改革).
_FIGURE = re.compile(r"\d+(?:\.\d+)?[%％]?[^\d+\-—·“”%％]{0,4}")
# The tags of a word that opens a stem with no subject and no point: an adverb or an adjective used as one (积极有效
# 推进…, 始终把…).  (A stem that opens with its verb, 完善______，拓展…; 推行乡村教师“______”。, is a section's lead,
# which states its point: issue 11 asks it.)
_BARE_TAGS = ("d", "ad", "a")


@lru_cache(maxsize=1)
def policy() -> dict:
    """trivia.yaml, read and checked once; raises RuleErrors (every problem with file:line)."""
    return load_policy_file(PATH, SCHEMA)


def findings(q: Question) -> list[str]:
    """The findings of this module on one question (see the module doc)."""
    if q.kind == "truefalse":
        found = (cut_at_colon(q), noun_phrase(q), known_claim(q.source.sentence), near_swap(q))
    elif q.kind == "cloze":
        s = q.source.sentence
        found = (known_claim(s, [(b.start, b.end) for b in q.blanks if s[b.start:b.end] == b.text]), bare_stem(q.stem))
    elif q.kind == "single":
        found = (tally_choice(q),)
    elif q.kind in ("recall", "ordering"):
        found = (label_answers(q.answer),)
    elif q.kind == "multiple" and all(a in OPTION_LETTERS[: len(q.options)] for a in q.answer):
        # (a multiple choice on a list is answered by its right options: 制度方面、实践方面 tell nothing)
        found = (label_answers(tuple(q.options[OPTION_LETTERS.index(a)] for a in q.answer)),)
    else:
        return []
    return [why for why in found if why]


def cut_at_colon(q: Question) -> str | None:
    """Why a true/false statement is the head of a sentence that announces what follows it with a word that needs
    it (``colon_heads``: …的目标任务是：), or None: cut at its colon it says nothing (题干以“目标任务是。”截断，不成命题)."""
    s = q.source.sentence.rstrip()
    # (…在15日内按照下列方式处理： says its rule whole; …的目标任务是： says nothing without what follows)
    if s.endswith(("：", ":")) and re.search(policy()["colon_heads"], s[:-1]):
        return f"判断题的陈述在冒号处截断（“…{s[-8:]}”），不成命题"
    return None


def noun_phrase(q: Question) -> str | None:
    """Why a true/false statement is a noun phrase that names no claim (2035年10月召开的某某全会。:
    falsehood's cut keeps none such; session 18's blind teachers, 残句，不是命题), or None."""
    statement = q.stem.rstrip("。！？ ")
    if not statement or re.search("[，,；;：:]", statement):
        return None  # (a clause of its own is cut from nothing: 10月22日，大会…一致通过党章修正案)
    return f"判断题的陈述“{statement[-12:]}”只是名词短语，不成命题" if noun_phrase_only(statement) else None


def known_claim(sentence: str, blanks: list[tuple[int, int]] | None = None) -> str | None:
    """Why a statement of ``sentence`` (a cloze's when ``blanks`` are given: one of them in the clause) asks what
    every reader knows or a formula: which year of a plan this is (``plan_year``), the closing call asked true/false
    (``closing_call``; a cloze may blank what the call says, 以严的基调、严的措施…, but not its leader: trivial_blank)."""
    pol = policy()
    if blanks is None and re.match(pol["closing_call"], sentence.strip()):
        return "题目出自报告或讲话的结束语（让我们…；向…表示衷心感谢），是套话，没有考点"
    m = re.search(pol["plan_year"], sentence)
    if m is None:
        return None
    # (the clause that says it: from the clause before 是 up to its end)
    a = max((c.end() for c in _CLAUSE_END.finditer(sentence, 0, m.start())), default=0)
    if blanks is not None and not any(a <= s and e <= m.end() for s, e in blanks):
        return None
    return f"“{sentence[a:m.end()]}”是人人皆知的说法，不必读过原文也知道，不值得考"


def trivial_blank(sentence: str, start: int, end: int) -> str | None:
    """Why the blank ``sentence[start:end]`` asks trivia, or None: a local meeting's session number, a company's
    name, one of a list of examples (…等一批), one adjective modifying what follows (善于把______的基层经验…), only generic
    nouns, or a figure of a tally (``review_shapes.tally``) that is no headline target and no rule
    (``tf_worth.minor_number``)."""
    pol = policy()
    text = sentence[start:end]
    if re.match(pol["leader_formula"], sentence[end:]):
        return f"空“{text}”是“在…坚强领导下”套话里的领导机关，没有考点"
    if re.match(pol["session_number"], text) and re.search(pol["local_committee"], sentence[:start]):
        return f"空“{text}”是地方会议的届次，属会议编号琐碎记忆"
    if re.search(pol["org_blank"], text):
        return f"空“{text}”是一家单位的名称，属琐碎细节"
    # (a play named with its art form, 越剧《…》, blanked whole as one member of a series)
    if (m := re.fullmatch("([^《》]+)《[^《》]+》", text)) and re.search(pol["artwork_before"], m.group(1)):
        return f"空“{text}”是一部文艺作品的名称，属琐碎细节"
    if honour_rank(sentence, start, end):
        return f"空“{text}”是荣誉的名次（第几个、第几批），属琐碎细节"
    if _example_item(sentence, start, end):
        return f"空“{text}”是“等一批”之前举的一个例子，挑哪一个考都行，属琐碎细节"
    if (why := counted_example(sentence, start, end)) is not None:
        return why
    if (why := topic_clause(sentence, start, end)) is not None:
        return why
    # (a headline aggregate or a rule, minor_number None, is said to its decimals and is what a report's reader recalls)
    if (re.match(pol["fine_figure"], text) and not re.match(pol["target_after"], sentence[end:])
            and minor_number(sentence, start, end) is not None):
        return f"空“{text}”是精确到小数点后两位的统计数，属琐碎数字"
    if (why := stock_blank(sentence, start, end)) is not None:
        return why
    words = segment.cut(text)
    if len(words) > 1 and all(w in pol["generic_nouns"] for w in words):
        return f"空“{text}”只是泛泛的名词搭配，可填的词很多，没有考点"
    # (a figure alone in its sentence, 城镇化率提高到66.2%, may be a headline a teacher lists: issue 11's points)
    if (_FIGURE.fullmatch(text) and tally(sentence) and not re.search(pol["figure_standard"], sentence)
            and minor_number(sentence, start, end)):
        return f"空“{text}”是一串统计数中的一个（不是预期目标、总量指标或规定的期限人数），属琐碎数字"
    return None


def review_statistic(sentence: str, start: int, end: int) -> bool:
    """Whether the blank ``sentence[start:end]`` is a result figure a review reports (达到92.8%, 增长25.6%): no
    headline aggregate, rule, target, standard raised or period's share (trivia.yaml ``result_before`` …).  The
    drafter asks it, not lint: the two blind teachers of session 20 split on such a cloze (one printed it, one sent
    it back as 次要统计数字), and lint's precision gate counts a flag on the printed one against it."""
    pol = policy()
    text = sentence[start:end]
    before = sentence[max(0, start - 8) : start]
    if in_tally(sentence, start, end) and not re.search(pol["aggregate_before"], before):
        return True
    return bool(_FIGURE.fullmatch(text) and re.search(pol["result_before"], before)
                and not re.search(pol["aggregate_before"], before) and not re.match(pol["target_after"], sentence[end:])
                and not re.search(pol["target_words"], sentence) and not re.search(pol["figure_standard"], sentence)
                and minor_number(sentence, start, end))


def choice_figure(sentence: str, start: int, end: int) -> bool:
    """Whether the figure blank ``sentence[start:end]`` may be asked as a single choice: a target or plan (a word of
    aim in its sentence, ``target_words``: 力争, 预期, 到2030年; a bound right after it, ``target_after``: 5%左右), a
    standard raised (``figure_standard``), a rule or a headline indicator (``tf_worth.minor_number`` finds no detail:
    任期, 每五年, 城镇新增就业).  A review's other statistics stay at most a cloze: session 22's raters graded singles
    on them (基本医保参保率超（　　）, 招募留用银龄人才（　　）人) trivia, and the four options make the detail weigh more."""
    pol = policy()
    if re.match(pol["target_after"], sentence[end:]) or re.search(pol["figure_standard"], sentence):
        return True
    if in_tally(sentence, start, end):
        return False
    return bool(re.search(pol["target_words"], sentence) or minor_number(sentence, start, end) is None)


def in_tally(sentence: str, start: int, end: int) -> bool:
    """Whether the figure blank ``sentence[start:end]`` is one of ``tally_figures_min`` figures or more its sentence
    reports, with no bound of its own (5%左右) and no standard raised: one figure of a tally picked at random
    (争取…投资237亿元、…889.2亿元，…3150亿元、…2146个: session 25's blind teachers, 一句四个数任挑其一), whatever
    word of aim the sentence holds (争取 reads as one)."""
    pol = policy()
    text = sentence[start:end]
    # (a code name in quotes, “1269”行动计划, is no figure; a figure has its unit, 237亿元, 5.5%)
    return bool(_FIGURE.fullmatch(text) and not _DATE_LIKE.search(text) and not text.isdigit()
                and sentence[start - 1 : start] not in ("“", "‘")
                and len(_FIGURE_IN.findall(sentence)) >= pol["tally_figures_min"]
                and not re.match(pol["target_after"], sentence[end:]) and not re.search(pol["figure_standard"], sentence)
                and not re.search(pol["round_before"], sentence[max(0, start - 2):start])
                and minor_number(sentence, start, end) is not None)


def _in_series(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` stands in a 、-series, the mark right after it or a few characters before it
    (团结、互助、友爱的; 更加完善、更加稳定的; 是长期的、艰巨的): a series of qualities is a formulation, not a modifier."""
    return sentence[end : end + 1] == "、" or "、" in sentence[max(0, start - SERIES_REACH) : start]


# How far before a word a 、 still makes it a member of a series (更加|健全: the repeated adverb is two characters).
SERIES_REACH = 3


def stock_blank(sentence: str, start: int, end: int) -> str | None:
    """Why the blank ``sentence[start:end]`` is one no question writer chooses whatever else the sentence says, or
    None: the genre's stock actor or a pronoun (我们党, 这番话), a hollow noun (科学内涵), a lone modifier (丰富的…),
    whom a greeting thanks, a member of a set series (革命、建设、改革)."""
    pol = policy()
    text = sentence[start:end]
    if text in pol["bare_heads"] and "\u4e00" <= sentence[start - 1:start] <= "\u9fff" and sentence[start - 1] not in "的之":
        return f"空“{text}”只是术语的中心词，与前面的词连成一个术语，是半个术语"
    if re.match(pol["stock_actor"], text):
        return f"空“{text}”是代词或泛泛的主体，没有考点"
    # (X的科学内涵：（1）…: a list's own head, a colon after it; a noun that ends the sentence, 什么是…，特点, has
    # none: "" is in every string, so the colon is looked for as a character)
    if text in pol["hollow_nouns"] and sentence[end:end + 1] not in ("：", ":"):
        return f"空“{text}”是空泛的名词，可填的词很多，没有考点"
    tags = segment.tag(text)
    # (a member of a series, 富强、民主、文明、和谐; 为党分忧、为国干事; 更加完善、更加稳定的; 唯心|的、形式的, is a
    # formulation's, whatever its words' tags)
    series = "、" in text or _in_series(sentence, start, end) or sentence[end:end + 2] == "的、"
    # (and the modifier of a series of phrases, 包括______收益、______收益: which kind of 收益 is the point)
    series_head = series or re.match("[^，。；：、]{1,4}、", sentence[end:]) is not None
    modifier = len(tags) == 1 and (tags[0][1] in pol["modifier_tags"] or text in pol["modifier_words"])
    if modifier and sentence[end:end + 1] not in "。；！？" and not series_head:
        # (a value a 是 defines ends its clause, 是…的根本。: only a word that goes on modifying is a modifier)
        return f"空“{text}”是修饰语，换成别的形容词也说得通，没有考点"
    if len(tags) > 1 and (tags[-1][0] in pol["never_close"] or tags[-1][0] in LAST_WORDS
                          or tags[0][0] in pol["never_open"]):
        return f"空“{text}”以代词或副词开头结尾，是半个分句，不是术语"
    if (len(tags) > 1 and not series and len(text) != 4  # (nor a set phrase of four: 为民谋利)
            and (tags[0][1] in pol["open_tags"] and len(tags[0][0]) > 1  # (not 为|人民谋利益, 以|人民为中心: a formulation's)
                 or len(tags[-1][0]) == 1 and tags[-1][1] in pol["close_tags"] and tags[-2][1] != "m")):  # (十八|届)
        return f"空“{text}”以介词、连词或副词开头结尾，是半个分句，不是术语"
    if re.search(pol["greeting"], sentence):
        return f"空“{text}”在致谢问候的套话里，没有考点"
    for series in pol["set_series"]:
        at = sentence.find(series)
        while at >= 0:
            if at <= start and end <= at + len(series):
                return f"空“{text}”在固定说法“{series}”里，一猜即中，没有考点"
            at = sentence.find(series, at + 1)
    return None


def setting_place(document: str, start: int, end: int) -> bool:
    """Whether the blank ``document[start:end]`` is a place the document names ``setting_place_min`` times or more:
    the text's own setting, which its context gives (a document-wide test, so the drafter asks it, not lint)."""
    text = document[start:end]
    # (the segmenter's look-up first: a scan of the whole text for every candidate made a long input's questions
    # cost the square of its length, a repeated 3 MB text over an hour; only a place name is counted)
    return len(text) >= 2 and segment.tag_whole(text) == "ns" and document.count(text) >= policy()["setting_place_min"]


def subject_word(document: str, start: int, end: int) -> bool:
    """Whether the blank ``document[start:end]`` is the document's own subject word, said ``subject_word_min`` times or
    more and ``subject_word_per_mille`` times in a thousand characters (青年 in a speech to youth): the title and the
    context give it (a document-wide test, so the drafter asks it, not lint)."""
    text = document[start:end]
    # (a word said that often opens with a pair of characters said as often: a blank that opens with no such pair is
    # none, and a document whose blanks all do not, most, is never segmented whole, which cost a thirtieth of generation)
    return text[:2] in _frequent_pairs(document) and text in _subject_words(document)


@lru_cache(maxsize=4)
def _subject_words(document: str) -> frozenset[str]:
    # (the document's words counted once: a scan of the whole text per candidate blank costs the square of its length)
    counts = Counter(w for w in segment.cut(document) if len(w) >= 2)
    least = _subject_least(document)
    return frozenset(w for w, n in counts.items() if n >= least)


@lru_cache(maxsize=4)
def _frequent_pairs(document: str) -> frozenset[str]:
    """The pairs of adjacent characters ``document`` says as often as its subject words are said (_subject_least)."""
    least = _subject_least(document)
    return frozenset(p for p, n in Counter(map(str.__add__, document, document[1:])).items() if n >= least)


def _subject_least(document: str) -> float:
    """How many times a word of ``document`` is said at least to be its subject word (see subject_word)."""
    pol = policy()
    return max(pol["subject_word_min"], pol["subject_word_per_mille"] * len(document) / 1000)


def _example_item(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` is one item of a 、-list of examples (``example_tail``: 甲、乙、丙等一批项目)."""
    after = sentence[end:end + 80]
    in_list = after.startswith("、") or sentence[start - 1:start] == "、"
    return in_list and re.match(policy()["example_tail"], after) is not None


def bare_context(stem: str) -> str | None:
    """What a cloze stem keeps besides its blanks and the attribution a template puts before it, when that is
    fewer than ``bare_context_min`` characters (积极有效推进______。 keeps 积极有效推进); None when it keeps more."""
    rest = _NOT_CJK.sub("", _SOURCE_LEAD.sub("", stem.strip()).replace(BLANK, ""))
    return rest if len(rest) < policy()["bare_context_min"] else None


def bare_stem(stem: str) -> str | None:
    """Why a cloze stem keeps next to nothing besides its blanks and has no subject (积极有效推进______。) or holds
    ``bare_blanks_min`` blanks or more, the last one its claim's head at its end (______是一场伟大的______。), or None."""
    body = _SOURCE_LEAD.sub("", stem.strip())
    if (rest := bare_context(stem)) is None:
        return None
    if (body.count(BLANK) >= policy()["bare_blanks_min"] and not _one_series(body)
            and len(rest) < policy()["bare_blanks_context_min"] and body.rstrip("。！？；…”’ ").endswith(BLANK)):
        # (two blanks and a few words between them: neither blank is told by the rest, and many pairs fit)
        return f"题干除几个空外只剩“{rest}”，说不出哪一空该填什么，可填的搭配很多"
    if body.startswith(BLANK):
        return None
    tags = segment.tag(body[: body.find(BLANK)] if BLANK in body else body)
    # (a modal only right before the blank: 要压紧压实______政治责任 names its verbs, the blank their object)
    if tags and (tags[0][1] in _BARE_TAGS or (len(tags) == 1 and tags[0][0] in policy()["bare_modals"])):
        return f"题干除空外只有“{rest}”，没有主语和语境，可填的内容很多"
    return None


def _one_series(body: str) -> bool:
    """Whether every blank of ``body`` stands in one 、-series of blanks (______、______、______): a series asked whole."""
    return re.fullmatch(f"[^_]*{re.escape(BLANK)}(?:、{re.escape(BLANK)})+[^_]*", body) is not None


def title_blank(sentence: str, start: int, end: int) -> str | None:
    """Why the blank ``sentence[start:end]`` is a whole title in 《》 that is rote, or None: a document's of
    ``title_blank_min`` characters or more (发布《______》…), or a work of art's (越剧《______》获奖: ``artwork_before``),
    a detail of one year's review, not a point of the text."""
    text = sentence[start:end]
    if text[:1] == "《" and text[-1:] == "》":
        title = text[1:-1]
    elif sentence[start - 1 : start] == "《" and sentence[end : end + 1] == "》":
        title = text
    else:
        return None
    if "《" in title:
        return None
    # (the art form named before a run of titles counts for each: 重点影片《甲》《乙》, 越剧《甲》、《乙》)
    if re.search(policy()["artwork_before"], re.sub("(?:《[^《》]*》[、和与及]?)+$", "", sentence[:start].rstrip("《"))):
        return f"空“{title}”是一部文艺作品的名称，属琐碎细节"
    if len(title) < policy()["title_blank_min"]:
        return None
    return f"空“{title[:12]}…”是一份文件的长篇全称，属死记硬背，不是要点"


def label_answers(answers: tuple[str, ...]) -> str | None:
    """Why a list question's answers are section labels alone (指导思想；目标任务；基本原则; 制度方面、实践方面), or None."""
    pol = policy()
    if len(answers) >= 2 and all(len(a) <= pol["label_max"] and re.search(pol["section_label"], a) for a in answers):
        return f"答案“{'；'.join(answers)}”只是几个小标题，没有内容，无考查意义"
    return None


def near_swap(q: Question) -> str | None:
    """Why a false statement's swap puts a term for one as much said in the genre, or None: the two share a general
    head (``generic_heads``: 考核体系 -> 经营体系), or a modifier that more terms of the sentence share (绿色产业 ->
    绿色转型 among 绿色建筑、绿色交通); or it swaps the subject of a maxim said of every sibling (``maxim_claim``:
    作风建设是攻坚战，也是持久战), or the two sides of a mutual relation (``mutual_relation``: 相辅相成、相互促进)."""
    m = _CHANGE.search(q.explanation or "")
    if q.answer != ("错",) or m is None:
        return None
    old, new = m.groups()
    pol = policy()
    src = q.source.sentence
    if (why := arguable_swap(src, src.find(old), old, new)) is not None:
        return why
    if any(w in q.stem for w in tf_policy()["claim_words"]):
        return None  # (a claim, 只有…才能增强凝聚力: the swap changes what it says, clearly false)
    tail = common_suffix([old, new])
    # (not a named series' member for another's, 政治判断力 -> 政治领导力: a neighbouring formulation)
    if tail and not common_prefix([old, new]) and tail != old and tail != new and any(tail.endswith(h) and len(tail) <= len(h) + 1 for h in pol["generic_heads"]):
        return f"判断题把“{old}”换成同样常说的“{new}”，只是换了修饰语，错得不明显"
    head = common_prefix([old, new])
    if len(head) >= 2 and head != old and head != new:
        mates = len(re.findall("(?:^|[、和及])" + re.escape(head), q.source.sentence)) - 1
        if mates >= pol["prefix_mates_min"]:
            return f"判断题把“{old}”换成同一串“{head}…”里也说得通的“{new}”，错得不明显"
    return None


def _whole_term(changed: str, sentence: str) -> bool:
    """Whether the changed words ``changed`` (党内民主又为发展人民民主 of a swap's explanation, or 党内民主) name a term the
    sentence says elsewhere too: its first four characters or the whole stand in ``sentence`` more than once."""
    return sentence.count(changed[:4]) >= 2 or sentence.count(changed) >= 2


def short_forms(answer: str) -> list[str]:
    """The answer less one modifier of scope that opens it (``scope_prefixes``: 中国共产党 -> 共产党), when what is left
    keeps ``short_form_min`` characters: the forms under which a stem may give the answer away."""
    pol = policy()
    return [answer[len(p):] for p in pol["scope_prefixes"]
            if answer.startswith(p) and len(answer) - len(p) >= pol["short_form_min"]]


def counted_example(sentence: str, start: int, end: int) -> str | None:
    """Why the blank ``sentence[start:end]`` (quotes in it or around it) is the one example a sentence names before the
    count of its kind (``example_count_tail``: 迭代建设“甲”等35个省级重大应用), or None: which one of the N is a detail."""
    after = sentence[end:].lstrip("”’")
    if re.match(policy()["example_count_tail"], after):
        return f"空“{sentence[start:end]}”是“等若干个”之前点名的一个例子，属琐碎细节"
    return None


# The end of a sentence, for the sentence around a change (arguable_change).
_STOP = re.compile("[。！？!?]")


def arguable_swap(sentence: str, at: int, old: str, new: str) -> str | None:
    """Why putting ``new`` for ``old`` (at ``at`` in ``sentence``, -1 when unknown) leaves a statement arguably true, or
    None: ``old`` is the subject of a maxim said of every sibling (``maxim_claim``: 作风建设是攻坚战，也是持久战), or the
    swap exchanges the two sides of a mutual relation the sentence states (``mutual_relation``: 相辅相成、相互促进)."""
    pol = policy()
    # (the maxim said of ``old`` itself, in its own clause: 作风建设是攻坚战; not …是伟大的自我革命，是攻坚战, where the
    # swapped statement is cut before it, nor a maxim of another clause of a long sentence)
    m = re.match(f"[^，,；;。：:]{{0,{pol['maxim_reach']}}}?(?P<maxim>{pol['maxim_claim']})", sentence[at + len(old):]) if at >= 0 else None
    if m is not None:
        return f"判断题把“{old}”换成“{new}”，但“{m.group('maxim')}”这类说法对两者都成立，错得不明显"
    if re.search(pol["mutual_relation"], sentence) and _whole_term(old, sentence) and _whole_term(new, sentence):
        return f"判断题把相互促进的两方“{old}”“{new}”对调，原文说两者互为条件，对调后不是明显错误"
    return None


def arguable_change(text: str, a: int, b: int, new: str) -> bool:
    """Whether the change of ``text[a:b]`` to ``new`` leaves its sentence arguably true (``arguable_swap``): the drafter
    tries another change of the sentence instead."""
    s = max((x.end() for x in _STOP.finditer(text, max(0, a - 300), a)), default=max(0, a - 300))
    e = x.end() if (x := _STOP.search(text, b)) else len(text)
    return arguable_swap(text[s:e], a - s, text[a:b], new) is not None


def topic_clause(sentence: str, start: int, end: int) -> str | None:
    """Why the blank ``sentence[start:end]`` is a whole clause led by a verb that names the task the rest of the sentence
    says how to do (贯彻落实某精神，必须…: ``topic_clause_after``), or None: many tasks fit (填空过宽，无唯一答案)."""
    if start > 0 and sentence[start - 1] not in "，,；;：:。":
        return None
    if not re.match(policy()["topic_clause_after"], sentence[end:]):
        return None
    tags = segment.tag(sentence[start:end])
    if len(tags) < 2 or tags[0][1] not in policy()["topic_verb_tags"]:
        return None
    return f"空“{sentence[start:end]}”是以动词开头的整个分句（要做的事），后文只说怎么做，可填的内容很多"


def tally_choice(q: Question) -> str | None:
    """Why a single choice asks one figure of a tally (``in_tally``: 争取…投资（　　）、…889.2亿元，…3150亿元、…2146个), or
    None: the drafter asks no such figure (choice_figure), and lint reads a bank made before it."""
    if len(q.answer) != 1 or q.answer[0] not in OPTION_LETTERS[: len(q.options)]:
        return None
    key = q.options[OPTION_LETTERS.index(q.answer[0])]
    s = q.source.sentence
    at = s.find(key)
    if at < 0 or s.find(key, at + 1) >= 0 or not in_tally(s, at, at + len(key)):
        return None
    return f"单选题考的“{key}”是一句所列多个统计数中的一个，任挑其一，属琐碎数字"
