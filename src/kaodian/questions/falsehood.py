"""What makes a false statement one a learner could believe (issue 12, deliverable 3).

The changes of ``changes.py`` make a true sentence false; the checks here keep
only those a teacher would print, and cut a long false statement to its claim.
Each rule answers a rejection of the blind reviews (policy in ``falsehood.yaml``):

- a swap keeps the class of the term: the two share two characters at an end, or
  the lexicon names them siblings (``kin_swap``);
- a numbered formulation that names a thing with the word after it (“三个代表”重要思想)
  is swapped only for one the document names the same way (``name_fits``);
- a figure is never changed where its sentence measures it (``figure_bound``);
- a figure is changed only when a test asks it: a rule's, a target's, a date of history, a measure of
  growth or of a headline aggregate, never a local tally nor a year of the text's own present
  (``figure_asked``);
- a long false statement is cut to the clauses up to its change (``cut_to_change``);
- a quality (…性) is swapped only where it is a formulation's own word (``quality_swap``);
- a date of history is changed only when its sentence names a key fact (``history_key``);
- a measure, target or rule is changed only where it leads its sentence or the sentence obliges
  (``figure_led``), and no figure of a
  scholar's career is (``career``; nor is such a sentence asked true without a view: ``career_detail``);
- a term is swapped only where it is what its statement is about, never a word of a set phrase: one of a
  pair, a modifier of the noun after it (``embedded``);
- a statement is one complete claim that says what it is about, never a clause cut off with ……, a note's
  label line, two notes glued together, a trailing fragment or a story's voice (``judged``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import segment
from ..rules.schema import load_policy_file
from ..text import ALL_PAIRS, CLOSE_MARKS, common_prefix, common_suffix, unbalanced
from .labels import note_label
from .swap_point import frame_year, labelled_at
from .tf_worth import statement_why

PATH = Path(__file__).with_name("falsehood.yaml")
# What falsehood.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "swap_edge_min": int, "predicate_tags": [str], "free_after": str, "figure_compared": [str], "whole_words": [str], "whole_share": int,
    "figure_range": "re", "cut_above": int, "cut_paired": "re", "cut_min": int, "cut_not_after": [str], "cut_not_before": [str], "cut_not_ending": [str],
    "false_figures": [str], "false_measure": "re", "local_body": "re", "prize_tally": "re", "career": "re", "career_view": "re", "present_years": int,
    "topic_nouns": [str], "topic_predicates": [str], "history_key": "re", "ordinal_occasion": "re",
    "label_said": [str], "label_meetings": [str], "label_verbs": [str], "label_named": int, "glued_marker": "re", "year_span": "re",
    "narrative": "re", "named_before": "re", "day_key": "re", "quality_suffixes": [str], "asking": "re", "claim_min": int, "label_inner": [str],
    "open_after": "re", "open_before": "re", "member_after": "re", "member_before": "re", "echo_min": int, "echo_own_max": int, "echo_common": [str], "echo_common_repeat": int,
    "figure_clauses": int, "own_headline": "re", "figures_max": int, "figure_obliged": "re", "head_noun_tags": [str], "modifier_max": int, "modifier_suffixes": [str], "pair_coordinators": [str],
}


@lru_cache(maxsize=1)
def policy() -> dict:
    """falsehood.yaml, read and checked once (see ``read_policy``)."""
    return read_policy(PATH)


def read_policy(path: Path) -> dict:
    """The policy of ``path``, checked against SCHEMA; raises RuleErrors (every problem with file:line)
    or KaodianError (a file that is missing, unreadable or no YAML)."""
    return load_policy_file(path, SCHEMA)


def kin_swap(old: str, new: str, kin: tuple[str, ...] | frozenset[str] = ()) -> bool:
    """Whether swapping ``new`` in for the term ``old`` keeps its class: ``new`` is one of ``kin`` (its
    lexicon siblings, one that shares a character at an end when ``old`` is longer than two) when the
    lexicon knows any, else the two share ``swap_edge_min`` characters at their start or end, and not only a
    start before an action (``predicate_tags``: 相互促进 -> 相互联系 stays nearly true)."""
    if kin:
        # (a group of the lexicon may hold a looser kin, 党要管党 beside 全面依法治国: a long term keeps
        # one character at an end with the one it stands for)
        return new in kin and (len(old) <= 2 or old[0] == new[0] or old[-1] == new[-1])
    pol = policy()
    edge, head, tail = pol["swap_edge_min"], len(common_prefix([old, new])), len(common_suffix([old, new]))
    if head >= edge and tail < edge and (_predicate(old[head:]) or _predicate(new[head:])):
        return False  # 相互促进 -> 相互联系: one action for a near one after a shared adverb, still nearly true
    return head >= edge or tail >= edge


def _predicate(word: str) -> bool:
    """Whether the dictionary tags ``word`` whole as a verb or an adjective (促进, 完善), not a noun."""
    return segment.tag_whole(word) in policy()["predicate_tags"]


def name_fits(text: str, end: int, new: str) -> bool:
    """Whether ``new`` may stand for the formulation that ends at ``end`` of ``text``: the formulation
    stands free there (a closing quote, then a particle or punctuation: ``free_after``), or ``text``
    itself names ``new`` with the word that follows it (“十三五”规划 beside “十四五”规划); never where it labels the
    members the text states right before it (swap_point.labelled: 甲、乙、丙“三个作用” -> “三个代表” is absurd)."""
    if labelled_at(text, end):
        return False
    i = end
    while i < len(text) and text[i] in CLOSE_MARKS:
        i += 1
    if i >= len(text) or text[i] in policy()["free_after"] or not ("\u4e00" <= text[i] <= "\u9fff"):
        return True
    head = text[i : i + 2]
    # ``new``, an optional closing quote, ``head``: plain substring tests (a pattern built per call
    # was compiled anew for each formulation, a fiftieth of generation)
    return new + head in text or any(new + q + head in text for q in CLOSE_MARKS)


def figure_bound(sentence: str) -> bool:
    """Whether ``sentence`` measures its figures: it compares them (低于…的预期目标, 翻一番:
    ``figure_compared``; 由420元提高到450元: ``figure_range``) or says a share of it is whole (全部完成 beside 完成率: ``whole_words``).
    A changed figure there contradicts the sentence."""
    pol = policy()
    if any(w in sentence for w in pol["figure_compared"]) or re.search(pol["figure_range"], sentence):
        return True
    return ("%" in sentence or "％" in sentence) and says_whole(sentence)


def says_whole(text: str) -> bool:
    """Whether ``text`` says a thing is whole (全部完成, 全覆盖: ``whole_words``)."""
    return any(w in text for w in policy()["whole_words"])


_SHARE = re.compile(r"(\d+(?:\.\d+)?)[%％]")


def whole_share(figure: str) -> bool:
    """Whether ``figure`` is a share of ``whole_share`` percent or more (100%, 100.0%)."""
    m = _SHARE.match(figure)
    return m is not None and float(m.group(1)) >= policy()["whole_share"]


_CLAUSE_END = re.compile(r"[，；]")


def cut_to_change(statement: str, at: int) -> str:
    """``statement`` cut after the clause that holds offset ``at`` (the change), when it is longer than
    ``cut_above``: the clauses before it keep the subject, those after it add claims the reader would
    judge too.  Unchanged when the cut would keep less than ``cut_min`` characters, drop less than a
    clause, split a quote or bracket, end on a clause that governs the next one (``cut_not_after``,
    ``cut_not_ending``), end before the clause that is its predicate or aim (``cut_not_before``), or
    open a pair whose other half it would drop (``cut_paired``), or keep only a noun phrase (``noun_phrase_only``)."""
    pol = policy()
    if len(statement) <= pol["cut_above"]:
        return statement
    m = _CLAUSE_END.search(statement, at)
    if m is None:
        return statement
    kept = statement[: m.start()]
    rest = statement[m.end() :].rstrip("。！？")
    if len(kept) < pol["cut_min"] or len(rest) < 2:
        return statement
    if unbalanced(kept, ALL_PAIRS):
        return statement
    last = _CLAUSE_END.split(kept)[-1]
    if last.startswith(tuple(pol["cut_not_after"])) or last.endswith(tuple(pol["cut_not_ending"])) \
            or re.search(pol["cut_paired"], last) or _predicate_cut(kept, rest, pol["cut_not_before"]) \
            or noun_phrase_only(kept):
        return statement
    return kept + "。"


def noun_phrase_only(kept: str) -> bool:
    """Whether ``kept`` is a noun phrase, no claim: it ends on a noun and each of its verbs ends a modifier
    right before a 的 (2035年10月召开的某某全会 — the subject whose predicate the cut drops; blind
    teachers, session 18: 残句，不是命题)."""
    words = segment.tag(kept)
    if not words or not words[-1][1].startswith("n") or any(w in ("是", "为", "了", "着", "过") for w, _ in words):
        return False  # (a copula or an aspect particle makes a claim, whatever the tagger calls the verb: …为…, 明确了…)
    # (a verb right before its 的 ends a modifier, 召开的…; 具有显著的…优势 has a verb of its own)
    return all(k + 1 < len(words) and words[k + 1][0] == "的" for k, (_, t) in enumerate(words) if t.startswith("v"))


def _predicate_cut(kept: str, rest: str, openers: list[str]) -> bool:
    """Whether ``rest`` opens with the predicate or aim of ``kept`` (``cut_not_before``); a 是 only where ``kept``
    has none of its own (甲是A，也是B: cut after A, the claim is whole)."""
    opener = next((w for w in openers if rest.startswith(w)), None)
    return opener is not None and not ("是" in opener and "是" in kept)


def figure_asked(sentence: str, start: int, end: int, present: tuple[int, ...] = (), own_review: bool = False) -> bool:
    """Whether a false statement may change the figure ``sentence[start:end]`` (a date or a number with its
    unit): an ordinal, or its class (rules/figures.py) is one of ``false_figures``, or it is a measure whose clause says
    how it grew or fell (``false_measure``), whose sentence names a headline aggregate, or that is no level of a
    local body's own work (``local_body``: 我市…创建率达70.3%) nor a count of prizes (``prize_tally``); and, for a date,
    its year is not within ``present_years`` of a year in ``present`` (the text's own years) nor a frame or an
    anniversary's year (swap_point.frame_year).  In a place's or
    body's review of its own year (``own_review``: source.own_review) a number is asked only as the level of
    one of its headline aggregates (``own_headline``)."""
    from ..rules import load_rules

    pol, figures = policy(), load_rules().figures
    if re.search(pol["career"], sentence):
        return False  # the year of a scholar's course or book, the count of their works: a career's detail
    if (y := _YEAR.match(sentence, start)) and any(abs(int(y.group(1)) - p) <= pol["present_years"] for p in present):
        return False
    if y and frame_year(sentence, start, end):
        return False  # a year that frames the statement (2002年以来) or that an anniversary gives away: off the point
    key = re.search(pol["history_key"], sentence)
    if sentence.startswith("第", start):
        # an ordinal (第一个社会主义国家, 第三届) states a rank or a stage of history, no tally; but the count of
        # an occasion (第二次学习, 第三次督查) is the story's unless its sentence names history (第二次…历史性巨变
        # beside 共和国的成立): a blind teacher called such a count trivia (session 10)
        return bool(key) or not re.match(pol["ordinal_occasion"], sentence[start:end + 1])
    kind = figures.kind(sentence, start, end)
    if own_review and kind in _NUMBER_KINDS and kind != "name":
        return own_headline(sentence, start)
    if not key and kind == "history":
        return False  # the year of a typhoon: the story's, no key fact
    if not key and _DAY.match(sentence, start) and not re.search(pol["day_key"], sentence):
        return False  # the day of a study meeting
    if kind in pol["false_figures"]:
        return True
    if kind != "measure":
        return False
    a = max((m.end() for m in _FIGURE_CLAUSE.finditer(sentence, 0, start)), default=0)
    if re.search(pol["false_measure"], sentence[a:start]) or figures.headline.search(sentence):
        return True
    return not re.search(pol["local_body"], sentence) and not re.search(pol["prize_tally"], sentence)


# the classes (rules/figures.py) of a number, not a date
_NUMBER_KINDS = frozenset({"attendance", "rule", "name", "occasion", "tally", "sector", "minor", "measure"})


def own_headline(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``sentence`` is said of a headline aggregate (``own_headline``: 地区
    生产总值增长5.1%), named in its own clause before it.  A blind teacher printed a province's growth of its
    economy and rejected every other statistic of its year's review as trivia (a trade share, a transfer's
    growth, a rate of online bidding: 纯数据琐碎题, session 11)."""
    a = max((m.end() for m in _FIGURE_CLAUSE.finditer(sentence, 0, start)), default=0)
    return re.search(policy()["own_headline"], sentence[a:start]) is not None


def figure_led(sentence: str, start: int, end: int, figures: int) -> bool:
    """Whether the measure, target or rule ``sentence[start:end]`` is what its sentence is about, so a change
    of it asks a point: it stands in the sentence's first ``figure_clauses`` clauses and the sentence states at most
    ``figures_max`` figures (``figures``: how many it states), or its clause names a headline aggregate
    (rules/figures.py ``headline``), or the sentence obliges (``figure_obliged``: a regulation's time limit).
    A date, an ordinal or a name is always led."""
    from ..rules import load_rules

    pol, rules = policy(), load_rules().figures
    # (a figure the classes call a rule is one too: a report's 完成…300万户以上 reads as one; a regulation's
    # rule is kept by its obliging words, ``figure_obliged``)
    kind = rules.kind(sentence, start, end)
    if kind == "minor":
        return False  # (a sector's past rate, 新登记企业增长24.5%: a cloze at most, never a changed figure)
    if sentence.startswith("第", start) or kind not in ("measure", "target", "rule"):
        return True
    # (the aggregate named in the figure's own clause: 脱贫 in the clause before 完成某项搬迁120万人 names none)
    a = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    b = m.start() if (m := _CLAUSE_END.search(sentence, end)) else len(sentence)
    if rules.headline.search(sentence, a, b) or re.search(pol["figure_obliged"], sentence):
        return True
    return len(_CLAUSE_END.findall(sentence, 0, start)) < pol["figure_clauses"] and figures <= pol["figures_max"]


def career_detail(sentence: str) -> bool:
    """Whether ``sentence`` tells a scholar's career (names a scholar, ``career``, or a career's event, the
    rules' figures.career: 开设…课程, 出版…专著, 获…奖) without stating a view of theirs (``career_view``): a
    research area, a book, an award's level, which no test on the text asks."""
    from ..rules import load_rules

    pol = policy()
    told = re.search(pol["career"], sentence) or load_rules().figures.career.search(sentence)
    return bool(told) and not re.search(pol["career_view"], sentence)


# a run of names and nothing else: terms joined by 、 (and a last 和/与/及), no clause, closed by a stop, and
# no verb among its words
_BARE_RUN = re.compile(r"[^，。；：、,;:]{2,24}(?:[、][^，。；：、,;:]{2,24})+(?:(?:和|与|及|以及)[^，。；：、,;:]{2,24})?。?")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_DAY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
# what closes the clause a measure's change word is looked for in (增长13.6%、9.8%: the 、 stays inside)
_FIGURE_CLAUSE = re.compile(r"[，,；;。！？!?：:]")


def topic_line(statement: str) -> bool:
    """Whether ``statement`` is the title of a study note's topic, not a claim: it ends in a 的-phrase or a
    quotation headed by one of ``topic_nouns`` (……构想的基本内容。, 全面依法治国的目标及其面临的困难。) and, its quotations and a closing
    bracket aside, holds no predicate of ``topic_predicates``."""
    pol = policy()
    body = re.sub(r"[（(][^（）()]*[）)]$", "", statement.strip().rstrip("。；;！？")).strip()
    # (the noun closes a 的-phrase or a quotation: 起着桥梁作用 is a claim, ……的作用 a topic)
    if not re.search(f"(?:的|”)[\u4e00-\u9fff]{{0,2}}(?:{'|'.join(pol['topic_nouns'])})$", body):
        return False
    bare = re.sub(r"“[^”]*”|‘[^’]*’", "", body)
    return not any(w in bare for w in pol["topic_predicates"])


_QUOTED = re.compile(r"“[^“”]*”|‘[^‘’]*’")
_TRAILING_DATE = re.compile(r"\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[。；！]?$")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
# a list's number left at the head of a statement (6中国…), not a figure (6个, 3月, 5%)
# (never a count with its measure word, 9天后…, 3小时…: the statement's figure, maybe the one a false statement changed)
_STRAY_NUMBER = re.compile(r"^\d{1,2}(?=[\u4e00-\u9fff])(?![年月日个项条种次届大万亿千百倍名位天周岁小分秒人家所座台件批户期轮])")
# a clause that counts what its colon lists (有三个阶段：, 主要有以下五种：)
_COUNTED_END = re.compile(r"[\d一二两三四五六七八九十几]+[个种点条项类层]?(?:方面|阶段|部分|步|层次|种|个|点|条|项|类)$")
_SPACED = re.compile(r"[\u4e00-\u9fff\d][ \u3000]+[\u4e00-\u9fff]")


@lru_cache(maxsize=4096)
def _no_verb(text: str) -> bool:
    """Whether the segmenter finds no verb (a verbal noun is none) in ``text``."""
    return not any(t.startswith("v") and t != "vn" for _, t in segment.tag(text))  # (活动/vn 阵地 is a name)


@lru_cache(maxsize=4096)
def judged(statement: str, sentence: str = "") -> tuple[str, str | None]:
    """``statement`` (a true/false stem as said) as it is asked, and None; or it and why it is not one
    complete claim a learner can judge: a clause cut out of its ``sentence`` that trails off (ends with ……
    the sentence does not hold), a study note's label line (said as a sentence where its label is a
    meeting and its body opens with a verb), two notes or items glued together, a trailing date, a span of
    years with no subject, or a story's voice (policy: falsehood.yaml).  Cached: compose asks it of a
    statement as said and lint again of the stem (half the calls repeat one)."""
    pol = policy()
    if sentence and statement.endswith("……") and "……" not in sentence:
        # (要适应新要求……进一步树牢“某某意识”……: a blind teacher asked for the whole sentence every time,
        # session 10, while a statement that only skips a middle clause and ends whole was printed, session 9;
        # the point is asked by its other kinds, or by a shorter sentence)
        if statement.startswith("从") and "到" in statement:
            return statement, "判断题只是“从……到……”的短语，没有谓语"
        return statement, "判断题是从长句中截出、句尾未完的片段（以省略号结尾），不是一个完整的陈述"
    bare = _QUOTED.sub("“”", statement)
    if re.search(pol["glued_marker"], bare):
        return statement, "判断题把两条列举项粘成一句（句中有项的序号），不是一个完整的陈述"
    if _SPACED.search(bare):
        return statement, "判断题是几条笔记拼在一起（词与词之间是空格），不是一个完整的陈述"
    if re.match(pol["year_span"], bare):
        return statement, "判断题以起止年份开头，没有说是什么，不成陈述"
    if _TRAILING_DATE.search(bare.rstrip("。")):
        return statement, "判断题句尾是悬空的年份，是截断或粘连的残句"
    if len(re.findall(r"[：:](?!\s*[“‘])", bare)) >= 2:
        return statement, "判断题把两条笔记粘成一句（句中有两个标签），不是一个完整的陈述"
    if re.match(pol["asking"], bare):
        return statement, "判断题是笔记里的问题或题目（如何…、谈谈…），不是陈述"
    if len(_NOT_CJK.sub("", _BRACKETED.sub("", statement))) < pol["claim_min"]:
        return statement, "判断题除括注外只有几个字，是笔记的小标题，不成陈述"
    if _BARE_RUN.fullmatch(bare) and _no_verb(bare):
        # (毛泽东思想、邓小平理论、…。 under a note's label: a blind teacher, session 11: 不构成判断命题)
        return statement, "判断题只是一串并列的名称，没有说它们是什么，不成陈述"
    if m := _STRAY_NUMBER.match(statement):
        statement, bare = statement[m.end():], bare[m.end():]  # (6中国… : a list's number the layout left)
    for c in re.finditer(r"[：:](?!\s*[“‘])", bare):
        clause = re.split("[，。；：,;]", bare[: c.start()])[-1]
        said = clause.endswith(tuple(pol["label_said"])) or any(w in clause for w in pol["label_inner"])
        if c.start() > len(clause) and not said and not _COUNTED_END.search(clause):
            return statement, f"判断题把笔记的标签（“{clause[-6:]}：”）粘在上一句后，不是一个完整的陈述"
    for m in re.finditer(pol["narrative"], bare):
        if m.group() not in "他她" or not re.search(pol["named_before"], bare[: m.start()]):
            return statement, f"判断题是访谈或叙述的口吻（“{m.group()}”），离开原文不是一个知识点"
    # a note's label opening the statement (政治纲领：…), not a quotation's speaker (某某：“…”)
    if m := note_label(bare, "statement"):
        label, body = m.group("label"), statement[m.end():].lstrip()
        if not any(w in label for w in pol["label_said"]):  # (…有五种：, …是： introduce their body)
            if label.endswith(tuple(pol["label_meetings"])) and body.startswith(tuple(pol["label_verbs"])):
                statement = label + body
            elif len(label) >= pol["label_named"] and "、" in body and not re.search("[，；]", body):
                statement = f"{label}是{body}"
            else:
                return statement, f"判断题是笔记体（“{label}：…”），没有说清是关于什么的陈述"
    # (its subject elsewhere, 极大增强了…; or a rote tally, 2亿2708.8万人: tf_worth)
    if why := statement_why(statement):
        return statement, why
    return statement, None


_COUNTED = re.compile(r"[\d一二两三四五六七八九十]个$")


def quality_swap(text: str, start: int, end: int, new: str) -> bool:
    """Whether putting ``new`` for ``text[start:end]`` swaps one quality for another (both end in one of
    ``quality_suffixes``) where the old one is no formulation's own word: not in quotation marks, not
    counted (两个积极性).  Such a swap may leave the statement true."""
    old, ends = text[start:end], tuple(policy()["quality_suffixes"])
    if not (old.endswith(ends) and new.endswith(ends)):
        return False
    quoted = text[start - 1 : start] in "“‘" and text[end : end + 1] in "”’" and start > 0
    return not quoted and not _COUNTED.search(text[max(0, start - 3) : start])


_CLAUSE_ENDS = "，。；！？"
_CLAUSE_REST = re.compile(f"[^{_CLAUSE_ENDS}]*[{_CLAUSE_ENDS}]?")


def open_change(text: str, start: int, end: int) -> bool:
    """Whether the change of ``text[start:end]`` stands in an open list: its clause goes on to 等
    (``open_after``) or was opened by 如, 包括 (``open_before``) before it."""
    pol = policy()
    # (``text`` is a whole document: its clause is read in place, never by copying or splitting all the
    # text before or after the change)
    tail = _CLAUSE_REST.match(text, end).group()
    head = text[max(text.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1 : start]
    return bool(re.match(pol["open_after"], tail) or re.search(pol["open_before"], head))


def listed_member(text: str, start: int, end: int) -> bool:
    """Whether the change of ``text[start:end]`` swaps one member of a list said in its clause (甲、乙、丙和丁):
    its words go on to a 、 (``member_after``) or follow one, or the 和 that closes a 、 list (``member_before``).
    (The caller asks it of terms only: a figure or a numbered formulation in a list is judged by their own rules.)"""
    pol = policy()
    head = text[max(text.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1 : start]
    return bool(re.match(pol["member_after"], text[end:end + 16]) or re.search(pol["member_before"], head))


def echoed(statement: str, old: str, new: str) -> bool:
    """Whether the false ``statement``, made by putting ``new`` for ``old``, still says two characters of
    what only ``old`` says elsewhere (生态文明建设 -> 政治建设 beside 良好生态环境): the statement
    contradicts itself and is false at a glance.  ``echo_min`` characters of ``old`` left once its ends
    shared with ``new`` are taken off (at most ``echo_own_max`` of them), none of ``echo_common`` unless the rest
    says it ``echo_common_repeat`` times (筑牢根本制度，完善基本制度 beside 制度建设 -> 纪律建设)."""
    pol = policy()
    n, common = pol["echo_min"], pol["echo_common"]
    own = old[len(common_prefix([old, new])) : len(old) - len(common_suffix([old, new]))]
    if not n <= len(own) <= pol["echo_own_max"] or re.search(r"\d", own):
        return False  # (a figure's change is judged by the figure rules)
    rest = statement.replace(new, "\x00", 1)
    repeat = pol["echo_common_repeat"]
    return any((w := own[i : i + n]) in rest and (w not in common or rest.count(w) >= repeat)
               for i in range(len(own) - n + 1))


_CLAUSE_MARKS = re.compile(r"[，,；;。：:！？!?\n]")


@lru_cache(maxsize=2048)
def _tagged(clause: str) -> tuple[tuple[str, str, int, int], ...]:
    """The words of ``clause`` with their tags and offsets (cached: a clause's terms are judged in turn)."""
    out, at = [], 0
    for w, t in segment.tag(clause):
        out.append((w, t, at, at + len(w)))
        at += len(w)
    return tuple(out)


def embedded(text: str, start: int, end: int) -> bool:
    """Whether the term ``text[start:end]`` is a word of a set phrase rather than what its statement is
    about, so that swapping it tests rote memory of the wording (a blind teacher: 替换搭配不自然，考字面记忆):
    it is cut out of a longer word, it is a short word that modifies the noun after it (数字化 of 数字化基层治理
    体系) or follows a modifier's suffix (节约型机关建设), or it is one of a pair of two (荣誉感和归属感, 基层活力
    和群众创造力: ``pair_coordinators``, in a clause that lists nothing with 、).  A quoted term is a
    formulation's own word and never embedded."""
    if text[start - 1 : start] in "“‘" and start > 0:
        return False
    a = max((m.end() for m in _CLAUSE_MARKS.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    m = _CLAUSE_MARKS.search(text, end)
    b = m.start() if m else len(text)
    clause, s, e = text[a:b], start - a, end - a
    toks = _tagged(clause)
    first = next((i for i, tok in enumerate(toks) if tok[3] > s), None)
    last = next((i for i, tok in enumerate(toks) if tok[3] >= e), None)
    if first is None or last is None:
        return False
    pol = policy()
    if toks[first][2] < s or toks[last][3] > e:
        return True  # half of a word (创造力 of 群众创造力 read as one word)
    before = toks[first - 1] if first > 0 else None
    after = toks[last + 1] if last + 1 < len(toks) else None
    if after is not None and after[1] in pol["head_noun_tags"] and after[0] not in pol["pair_coordinators"] \
            and e - s <= pol["modifier_max"]:
        return True  # a short word that modifies the noun after it
    if before is not None and (before[1] == "k" or before[0].endswith(tuple(pol["modifier_suffixes"]))):
        return True  # a modifier's suffix before it names a kind of it (节约型机关建设)
    if "、" in clause:
        return False  # a series: a sibling swapped in is the believable change

    def nominal(i: int) -> bool:
        return 0 <= i < len(toks) and (toks[i][1][:1] == "n" or toks[i][1] in ("vn", "l"))

    coords = pol["pair_coordinators"]
    # X和Y with the term as Y (or as its head after one modifier word), or as X
    for k in (first - 1, first - 2):
        if k >= 1 and toks[k][0] in coords and nominal(k - 1) and all(nominal(j) for j in range(k + 1, first)):
            return True
    return after is not None and after[0] in coords and nominal(last + 2)
