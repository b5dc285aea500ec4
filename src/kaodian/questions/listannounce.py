"""What a list's lead sentence says, read as text alone: the count it announces, the thing it names
before its copula, and the question a teacher asks of its items with it.

Moved out of ``listlead`` (how a list question names its list), which reads the lead in its document
(its heading, the item it stands under, a title line above it): ``announced`` states a lead whose
count is the list's, ``topic`` names what a lead ending in a copula is of, ``asked_lead`` and
``lead_has`` say the lead as a recall or a multiple-choice stem asks it.  Nothing here looks at
more than the string it is given.
"""

from __future__ import annotations

import re

from .. import segment
from ..numerals import value_of
from ..text import CLAUSE_END, SENTENCE_END
from .listalone import LIST_LEAD
from .listask import count_word, inner_quotes
from .listnames import names_formulation, stated_counts
from .listsource import NO_SUBJECT, pronoun_outside
from .lint import CONTEXT_PRONOUNS
from .policy import POLICY
from .vocab import load_vocab

LEAD_MAX: int = POLICY["lead_max"]  # see policy.yaml
LEAD_MIN: int = POLICY["lead_min"]
_CJK = re.compile("[\u4e00-\u9fff]+")
_VOCAB = load_vocab()
FRAME = re.compile(_VOCAB.lead_frame)
_UNIT = "(?:" + "|".join(map(re.escape, _VOCAB.lead_units)) + ")"
_COUNT = "[一二三四五六七八九十两]+"
_QUOTED_COUNT = re.compile(f"“({_COUNT})([\u4e00-\u9fff])”$")  # (“四性”; “两头在外” is a saying, no count)
# a counted name in quotes anywhere in a lead: the count and up to three characters (“十抓”, “六字真经”)
_QUOTED_NAME = re.compile(f"“({_COUNT})[\u4e00-\u9fff]{{1,3}}”")
_QUOTED_NAME_MIN = 3
FOLLOWING = re.compile(f"(?:以下|下列)(几|{_COUNT})?({_UNIT})?")
# the label of an article of a charter or regulation (第三条　党员必须履行下列义务): no part of what it says
ARTICLE_LABEL = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条[ \u3000]*")
_COPULA = re.compile("(?:" + "|".join(map(re.escape, sorted(_VOCAB.lead_copulas, key=len, reverse=True))) + ")$")
_FIRST_PERSON = re.compile(POLICY["lead_first_person"])
_QUOTED = re.compile(r"“[^“”]*”")


def mine(text: str) -> bool:
    """Whether ``text`` speaks as its speaker (当时我已经…) outside its quotations, which speak in their own voice."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub("", text)))


# the subject of a sentence: what comes before its first verb (培养联系人|由…担任, 党的各级纪律检查委员会|是…)
_SUBJECT = re.compile("^([^，、]{2,20}?)(?:" + "|".join(map(re.escape, _VOCAB.lead_subject_verbs)) + ")")


def announced(lead: str, n: int, about: str = "") -> tuple[str, str]:
    """The lead of a list of ``n`` items as a list question states it, and the measure word it counts the
    items with: (做好今年政府工作，要把握好以下几点, 点), so the question asks 请写出这五点.  A frame the lead
    opens with (这里，/ 从调研情况看，) is left out; the rest stays word for word, as the text says it.
    ("", "") when the lead has no count word (以下, 下列, 如下, 三点), names another count than ``n``, or
    opens with a pronoun or connective that points outside the stem (我简单提三点要求, 并且…); a speaker's
    他的 only points inside it when ``about``, what the stem says the list is of, is given."""
    lead = _without_back_clause(_bare(lead))
    if re.search("之一的$", lead):  # 有下列情形之一的(，由…): the condition stated, without its dangling 的
        lead = lead[:-1]
    if len(lead) < LEAD_MIN or points_outside(lead) or pronoun_outside(lead, about) or mine(lead) or POINTS_BACK.search(lead):
        return "", ""  # 并且必须具备以下的基本条件, 他的看法有三个层次: it says more than it shows
    m = FOLLOWING.search(lead)
    if m and names_nothing(lead, m):
        return "", ""  # 主要有以下几点 names no list: a question asked with it says not what it asks
    if m:
        stated = m.group(1)
        if stated and stated != "几" and value_of(stated) != n:
            return "", ""
        return lead, m.group(2) or _VOCAB.lead_unit
    if lead.endswith("如下") and len(lead) > 2:
        return lead, "点"
    first = next(iter(stated_counts(lead)), None)  # (a count, not an ordinal: 第五条)
    if first and first.value == n and not names_formulation(lead, first):
        return lead, first.unit + _unit_noun(lead, first)
    # a counted name in quotes closing the lead (…的调研要注重提高“四性”): it names the list (session 14's
    # blind teacher: 应明确问…要提高的“四性”, not the heading above it); its noun counts the items (这四性)
    if (m := _QUOTED_COUNT.search(lead)) and value_of(m.group(1)) == n:
        return lead, m.group(2)
    if (m := _BIG_COUNT.search(lead)) and value_of(m["count"]) == n:
        return lead, f"大{m['noun']}"  # (两大奇迹: 这两大奇迹分别是什么？)
    # ... or standing inside the lead (我们着力“十抓”推进工作：, 持续念好“六字真经”：): a quoted name that counts
    # as many as the list holds names the list, whose items are its members (a teacher asks them, not the name)
    # (three or more: a quoted pair is as often a saying whose halves a lead explains, 被称作“两头在外”：一是…)
    if n >= _QUOTED_NAME_MIN and any(value_of(m.group(1)) == n for m in _QUOTED_NAME.finditer(lead)):
        return lead, _VOCAB.lead_unit
    return "", ""


POINTS_BACK = re.compile(POLICY["lead_points_back"])
_NOUN_VERBS = frozenset(POLICY["asked_noun_verbs"])


def _without_back_clause(lead: str) -> str:
    """``lead`` without an opening clause that points back at what the text said before (实现上述目标，在工作推进中
    做到… -> 在工作推进中做到…: policy ``lead_points_back``); any other lead as it is."""
    first, _, rest = lead.partition("，")
    return rest.strip() if rest and POINTS_BACK.search(first) and len(rest.strip()) >= LEAD_MIN else lead


# (compiled once: the re module's cache of patterns is crowded out by the patterns generation makes per sentence)
_CLAUSE_OR_SENTENCE_END = re.compile(f"[{CLAUSE_END}{SENTENCE_END}]")


def _unit_noun(lead: str, count) -> str:
    """The noun a bare 个 counts (三个阶段 -> 阶段), when the clause ends soon after it; else ""."""
    if count.unit != "个":
        return ""
    tail = _CLAUSE_OR_SENTENCE_END.split(lead[count.end:], maxsplit=1)[0]
    # (the noun before a 的 is the measure: 四个层面的计划 -> 个层面, as 四个层面 says it)
    tail = tail.split("的", 1)[0]
    return tail if 0 < len(tail) <= POLICY["bare_unit_noun_max"] and _CJK.fullmatch(tail) else ""


def topic(lead: str) -> tuple[str, str]:
    """What a lead ending in a copula and a colon names, and how a question asks for it; the article
    label and a frame are left out.  Three shapes:

    - one phrase and its copula: 第十五条 入党介绍人的主要任务是 -> (入党介绍人的主要任务, 是什么);
    - a sentence whose last clause is a short noun and its copula: 培养联系人由…党员担任，主要任务是 ->
      (培养联系人的主要任务, 是什么): the subject of the sentence is whose list it is;
    - a definition: 本条例所称的红色资源，是指…的下列物质资源和精神资源 -> (本条例所称的红色资源, 包括哪些).

    ("", "") for any other lead, or when what it names is too short or opens with a word that points
    outside the stem."""
    lead = _bare(lead)
    clauses = re.split(f"[{CLAUSE_END}]", lead)
    named, ask = "", ""
    m = _COPULA.search(clauses[-1])
    if len(clauses) == 1 and m:
        named, ask = lead[: m.start()], _VOCAB.lead_copulas[m.group()]
    elif m and 0 < m.start() <= _VOCAB.lead_noun_max:
        subject = _SUBJECT.match(clauses[0])
        if subject and not subject.group(1).startswith(NO_SUBJECT):
            noun = clauses[-1][: m.start()].lstrip("其")  # 其主要任务: the subject's, said once
            named, ask = f"{subject.group(1)}的{noun}", _VOCAB.lead_copulas[m.group()]
    elif m and len(clauses) > 1 and m.start() >= _TOPIC_CLAUSE_MIN and not clauses[-1][: m.start()].endswith("的"):
        # a last clause that is a whole noun phrase before its copula, after a clause of manner (综合考虑各方面因素，
        # 今年经济社会发展主要预期目标为：): it names the list itself (session 25's blind teachers: the list is the
        # 主要预期目标, not the heading it stands under)
        named, ask = clauses[-1][: m.start()], _VOCAB.lead_copulas[m.group()]
    elif len(clauses) > 2 and clauses[1].startswith(_VOCAB.lead_definition) and LIST_LEAD.search(clauses[-1]):
        named, ask = clauses[0], _VOCAB.lead_definition_ask
    if not (LEAD_MIN <= len(named) <= LEAD_MAX) or re.search(f"[{CLAUSE_END}{SENTENCE_END}]", named):
        return "", ""
    if points_outside(named):
        return "", ""
    return named, ask


# characters before the copula of a last clause that names its list without the sentence's subject: a noun
# phrase this long says what it is of (经济社会发展主要预期目标); a shorter one (主要任务) is the subject's
_TOPIC_CLAUSE_MIN = 8


def points_outside(text: str) -> bool:
    """Whether ``text`` opens with a pronoun or connective that points to a sentence a stem does not show."""
    if _NATIONAL_WE.match(text):
        return False
    return text[0] in CONTEXT_PRONOUNS + "我你他她它" or text.startswith(_VOCAB.dangling_openers) or (
        text[0] in _CONNECTIVE_FIRST and segment.cut(text)[0] in _CONNECTIVES)


_CONNECTIVES = frozenset(POLICY["lead_connective_words"])
_NATIONAL_WE = re.compile(POLICY["lead_national_we"])
_BIG_COUNT = re.compile(POLICY["lead_big_count"])
_CONNECTIVE_FIRST = frozenset(w[0] for w in _CONNECTIVES)  # (cut only a text that may open with one)


def _bare(lead: str) -> str:
    """A lead without its closing punctuation, an article label (第三条) and an opening frame (这里，)."""
    lead = _ASIDE.sub("", lead)  # (某机构（含某岗位，下同）的职责包括: an aside in brackets is no part of its name)
    return FRAME.sub("", ARTICLE_LABEL.sub("", lead.rstrip(CLAUSE_END + SENTENCE_END + ":")), count=1).strip()


_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])（[^（）]{1,30}）(?=[\u4e00-\u9fff])")


def asked_lead(stated: str, n: int, unit: str) -> str:
    """A list's lead, word for word, and the question a teacher asks of its ``n`` items (teacher review:
    请写出这三项 is no question): 重点要抓好四件事 -> 重点要抓好四件事。这四件事分别是什么？, 党员必须履行下列
    义务 -> “党员必须履行下列义务”。这些义务包括哪八项？ (the count said where the lead never says it; a lead
    pointing at its items with 以下/下列 quoted, the text's words).  "" when the lead names a condition (有下列情形之一的)
    rather than a list to recall."""
    if not stated:
        return ""
    if "之一" in stated:
        return _one_of(stated, n)
    # a question is not asked in the speaker's voice (一年来，我们主要做了以下工作)
    stated = _WE_OPENING.sub("", stated)
    noun, count = "", None
    if m := FOLLOWING.search(stated):
        noun = stated[m.end() :].removeprefix("的")  # 以下的基本条件 -> 这五项基本条件
    # (the lead's own count is its last: 据《2026年“四个讲明”…》…，重点要抓好四件事 -> 这四件事)
    elif count := next((c for c in reversed(stated_counts(stated)) if c.value == n), None):
        noun = stated[count.end :]
    # (a counted name in quotes, 做到“五个更加注重”, is a name whole: 这五个更加注重, its last word no verb to cut)
    named = count is not None and count.start > 0 and stated[count.start - 1] in "“‘"
    noun = q.group(1) if (q := re.match("[“‘]([^”’]+)[”’]", noun)) else noun.strip("“”‘’")  # 健全“五个体系” -> 这五个体系; 两个“中间地带”的… -> 这两个中间地带
    if (not named and len(words := segment.tag(noun)) > 1 and words[-1][1] == "v" and words[-2][1].startswith("n")
            and words[-1][0] not in _NOUN_VERBS):
        # (按照下列方式处理: the verb after the noun is no part of it -> 这三项方式; but a verb after an adverb is the
        # counted name itself: 三个必须坚持, never 这三个必须; and a head jieba tags a verb stays: 这六项基本要求)
        noun = noun[: -len(words[-1][0])]
    elif count is not None and not named and noun and len(words := segment.tag(noun)) > 1 and words[0][1] == "v" and words[0][0] not in _NOUN_VERBS:
        # (重点从八个方面实现突破: a verb and what it says after the count are the lead's, no noun of the items -> 这八个方面
        # (one word alone may be a noun jieba tags a verb: 三点希望 -> 这三点希望);
        # session 31's blind teachers: 这八个方面实现突破分别是什么 不通顺)
        noun = ""
    noun = noun if _CJK.fullmatch(noun or "-") and len(noun) <= ASKED_NOUN_MAX and not unit.endswith(noun) else ""
    # (a lead whose 以下/下列 points at its items is quoted as the text's words: 遵循以下原则。这些原则… said bare
    # points at a list the stem does not show, as recall32's 有下列行为之一。请写出… did — session 33's grading)
    # (the source said before it, 据《…》第五条，, is the stem's, outside the quotes)
    cited = len(c.group()) if (c := _SOURCE_OPENING.match(stated)) else 0
    said = f"{stated[:cited]}“{inner_quotes(stated[cited:])}”" if m else stated
    if m and not m.group(1) and noun:
        # (a lead that never counts its items, 主要做了以下工作, is asked how many there are: 这些工作包括哪六项？ —
        # session 31's blind teachers: “这六项工作”前面没有交代六项; the lead stays word for word, as the text says it)
        # (应当包括下列内容 says 包括 already: 这些内容分别是哪四项？, never 包括…包括)
        return f"{said}。这些{noun}{'分别是' if '包括' in stated else '包括'}哪{count_word(n)}{unit}？"
    return f"{said}。这{count_word(n)}{unit}{noun}分别是什么？"


def lead_single(stated: str, n: int, unit: str) -> str:
    """A lead that points at its uncounted items with 下列/以下 (党员必须履行下列义务) as a single choice asks one of
    them: the lead quoted, the text's words, and 下列哪一项属于其中所说的义务？ (这些 would point outside a choice stem) — never the bare lead followed by 下列哪一项是
    其中之一, whose first 下列 points at a list the stem does not show (session 33's grading: 有下列权利。下列哪一项…);
    "" for any other lead (asked_lead's quoted form is the recall's; this is its single-choice twin)."""
    m = _QUOTED_ASK.match(asked_lead(stated, n, unit)) if "之一" not in (stated or "") else None
    return f"{m['said']}。下列哪一项属于其中所说的{m['noun']}？" if m else ""


# the recall asked_lead makes of a quoted uncounted lead: “…”。这些义务包括哪八项？ (said, noun)
_QUOTED_ASK = re.compile("^(?P<said>.*”)。这些(?P<noun>[\u4e00-\u9fff]+?)(?:包括|分别是)哪[一二三四五六七八九十两]+.？$")


def lead_has(stated: str) -> str:
    """A lead that points at its items (党员必须履行下列义务) said as what a multiple choice asks them
    under: 党员必须履行的义务包括, so the stem says 下列 once (a teacher: 履行下列义务。下列属于其内容的有
    says 下列 twice); "" when it counts them (以下几点), names a condition (之一) or says no noun after it."""
    m = FOLLOWING.search(stated or "")
    # (有下列情形的 names a condition, 享有下列权利 a list: the word before, not its last character, tells)
    if not m or m.group(1) or m.group(2) or "之一" in stated or (verb := segment.cut(stated[: m.start()] or "-")[-1]) == "有" \
            or re.match(POLICY["lead_has_verb_never"], verb):  # (做了的工作包括: policy.yaml)
        return ""
    noun = stated[m.end() :].removeprefix("的")
    if not _CJK.fullmatch(noun or "-") or len(noun) > ASKED_NOUN_MAX or not stated[: m.start()]:
        return ""
    return f"{stated[: m.start()]}的{noun}包括"


_ONE_OF = re.compile(POLICY["lead_one_of"])
_SOURCE_OPENING = re.compile(r"^据[^，]*(?:，|$)")  # (据《…》第十三条, the source sourced() says first)


def _one_of(stated: str, n: int) -> str:
    """A condition lead (妨碍调查，有下列行为之一的，给予警告处理) asked what its ``n`` items are: 妨碍调查的哪三种
    行为给予警告处理？ (policy ``lead_one_of``); "" when it has no such shape or leaves nothing to ask by."""
    if not (m := _ONE_OF.match(stated)):
        return ""
    said = s.group(0) if (s := _SOURCE_OPENING.match(m["pre"])) else ""
    cond = m["pre"][len(said):].strip("，, ")
    source = said.rstrip("，") + "，" if said else ""
    post = m["post"].lstrip("，, ")
    which = f"哪{count_word(n)}{POLICY['lead_one_of_unit']}{m['noun']}"
    if post:
        return f"{source}{cond + '的' if cond else ''}{which}{post}？"
    # (no consequence said: the items are what the condition counts; with no condition either, nothing names them)
    return f"{source}{cond}的{m['noun']}包括{which[:-len(m['noun'])]}？" if cond else ""


_WE_OPENING = re.compile(r"(?:^|(?<=[，：]))我们(?![党的])")
# characters a lead says before its count word at least, so it says what it announces (主要有以下几点
# says nothing: no question asked with it can be answered)
ASKED_MIN = 4
# a noun after the count word this short names the items (下列义务 -> 这八项义务); a longer tail is a clause
ASKED_NOUN_MAX = 4


def names_nothing(lead: str, m: re.Match[str]) -> bool:
    """Whether a lead says nothing but that a list follows (主要有以下几点): a few characters before its
    count word ``m`` and hardly any after it (在以下四个方面走在全省前列 says what the list is of)."""
    return len(lead[: m.start()]) < ASKED_MIN and len(lead[m.end() :].strip("，。：:；")) < 2
