"""Shapes a party-school teacher rejected in session 11's blind reviews that lint's other checks let
through (issue 12, deliverable 5; labels in tests/data/lint_labels_s11.json), each a small named check:

- ``lone_wrong``: a multiple choice on a sentence with a single wrong option, which is all a learner has
  to strike out;
- ``glossary_kind``: a question of a kind the generator never asks of an attachment that explains a
  report's terms (policy.yaml ``glossary_title``, ``glossary_kinds``): copies of its definitions;
- ``figure_heap``: a false statement made by changing one figure of a report's tally of figures;
- ``question_item``: an option or a recall item that is a question heading of notes (…有哪些…);
- ``dependent_item``: a recall item or a key that is the head of a clause cut off before its main
  clause (…指出, …以后, 在…的同时);
- ``question_stem``: a sentence stem that is the question heading of notes (如何理解…？);
- ``prefix_item``: an option or a recall item that is the opening of another (坚持甲 beside 坚持甲，就要…):
  a cut copy, not an item of its own;
- ``cut_blank``: a cloze blank whose first word ties it to what came before it (则是…, 而…): half a clause;
- ``open_series_blank``: one cloze blank holding several items of an open list (规范______等行为 for
  开发、销售、中介): which items, in what order, is not one answer;
- ``lost_numeral``: a sentence stem that opens with a measure word (家省级医疗中心运营…): its numeral was cut off.
- ``open_member_blank``: cloze blanks over one or two members of a long open list (…等) whose other members the
  stem shows (联系______、教育、文化、卫生、体育、民政等部门): any member of the class fills them, so the answer is not
  one (session 19: the largest group of cloze rejects lint let through; see review_shapes.yaml for why only long ones);
- ``twice_in_clause``: two cloze blanks of one answer in one clause (政商“______”、银企“______”): each prompts the
  other (session 25's blind teachers; the drafter blanks such an answer once, unique_answers.with_repeats);
- ``open_object_blank``: a cloze blanking an open verb's whole object at its sentence's end (完善______。);
- ``own_time_blank``: a cloze blanking the year or period of the report its stem names (《2026年…》…______是极不平凡的一年);
- ``timeless_figure``: a cloze of figures only in a short stem that names no time (资助困难家庭考生______。);
- ``unit_list``: a question that shows the bracketed list of units a circulated document assigns a measure to
  ([区文旅局、区教育局，各街道办事处]): its division of labour, not its content (session 19).

``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it
flags.  Patterns and thresholds are policy (review_shapes.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import segment
from ..model import OPTION_LETTERS, Question
from .note_shapes import OPENING_WORDS
from .open_blanks import SET_PHRASES, open_object
from ..rules.schema import load_policy_file
from ..text import common_prefix, common_suffix
from .policy import POLICY
from .figure_order import chinese_numeral
from .sentence import BLANK as BLANK_MARK, stand_alone

PATH = Path(__file__).with_name("review_shapes.yaml")
# What review_shapes.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "lone_wrong_max": int, "figure": "re", "share": "re", "figures_min": int, "target_words": "re",
    "question_words": "re", "dependent_end": "re", "question_stem": "re", "prefix_item_min": int,
    "attribution": "re", "open_after": "re", "open_member_min": int, "open_member_blanks_max": int,
    "open_member_head": int, "open_tail": "re", "unit_list": "re", "open_count_tail": "re",
    "tally_after": "re", "tally_min": int,
    "report_year": "re", "period_before": "re", "period_after": "re", "review_heading": "re", "amount": "re", "whole_scope": "re", "bare_figure": "re", "time_said": "re", "bare_figure_stem_max": int,
}
_POLICY = load_policy_file(PATH, SCHEMA)
SHAPES_POLICY = _POLICY  # (review_amounts.py reads its keys too)
LONE_WRONG_MAX: int = _POLICY["lone_wrong_max"]
_FIGURE = re.compile(_POLICY["figure"])
_SHARE = re.compile(_POLICY["share"])
FIGURES_MIN: int = _POLICY["figures_min"]
_TARGET = re.compile(_POLICY["target_words"])
_QUESTION_WORDS = re.compile(_POLICY["question_words"])
_DEPENDENT_END = re.compile(_POLICY["dependent_end"])
_QUESTION_STEM = re.compile(_POLICY["question_stem"])
PREFIX_ITEM_MIN: int = _POLICY["prefix_item_min"]
_ATTRIBUTION = re.compile(_POLICY["attribution"])
_OPEN_AFTER = re.compile(_POLICY["open_after"])
OPEN_MEMBER_MIN: int = _POLICY["open_member_min"]
OPEN_MEMBER_BLANKS_MAX: int = _POLICY["open_member_blanks_max"]
OPEN_MEMBER_HEAD: int = _POLICY["open_member_head"]
_OPEN_TAIL = re.compile(_POLICY["open_tail"])
_OPEN_COUNT_TAIL = re.compile(_POLICY["open_count_tail"])
_TALLY_AFTER = re.compile(_POLICY["tally_after"])
_TALLY_COUNT = re.compile(_POLICY["tally_after"].replace("[”’]?", "", 1))
TALLY_MIN: int = _POLICY["tally_min"]
# (the drafter's marks: what it refuses as one answer twice in one series is what lint flags, unique_answers.py)
_CLAUSE_MARKS: str = POLICY["repeat_clause_marks"]
_SERIES_MARKS: str = POLICY["repeat_series_marks"]
_REPORT_YEAR = re.compile(_POLICY["report_year"])
_PERIOD_BEFORE = re.compile(_POLICY["period_before"])
_PERIOD_AFTER = re.compile(_POLICY["period_after"])
_BARE_FIGURE = re.compile(_POLICY["bare_figure"])
_TIME_SAID = re.compile(_POLICY["time_said"])
BARE_FIGURE_STEM_MAX: int = _POLICY["bare_figure_stem_max"]
_UNIT_LIST = re.compile(_POLICY["unit_list"])
# What bounds the clause a list stands in (a list's members are parted by 、 only).
CLAUSE_BREAKS = "，,。；;：:！？!?"
PREFIX_ITEM_BREAKS = "，：；,:;"  # (what the longer item goes on with when the shorter is its cut copy)
_OPENING_FIRST = frozenset(w[0] for w in OPENING_WORDS)  # (a blank opening with none is not segmented)
# (the generator's own reading of a glossary: policy.yaml, read by generate.py the same way)
_GLOSSARY_TITLE = re.compile(POLICY["glossary_title"])
_GLOSSARY_KINDS = frozenset(POLICY["glossary_kinds"])
SENTENCE_KINDS = ("cloze", "single", "multiple", "truefalse")


def findings(q: Question) -> list[str]:
    """The findings of this module on one question (see the module doc)."""
    right, wrong = right_wrong(q)
    out = [why for why in (lone_wrong(q, wrong), glossary_kind(q), figure_heap(q), question_stem(q)) if why]
    items = list(q.answer) if q.kind == "recall" else [*right, *wrong]
    keys = list(q.answer) if q.kind == "recall" else right
    out += [why for why in (question_item(items), dependent_item(keys), prefix_item(items)) if why]
    if q.kind == "cloze" and (why := cut_blank(_unlisted(q))):
        out.append(why)
    if q.kind == "cloze" and (why := open_series_blank(q) or open_member_blank(q) or tally_label_blank(q)
                              or twice_in_clause(q) or timeless_figure(q) or open_object_blank(q)
                              or own_time_blank(q)):
        out.append(why)
    if q.kind in SENTENCE_KINDS and (why := lost_numeral(q.stem)):
        out.append(why)
    if why := unit_list(q.stem, items):
        out.append(why)
    return out


def without_attribution(stem: str) -> str:
    """``stem`` without the attribution a template puts before a statement (据《某报告》，2024年，)."""
    return _ATTRIBUTION.sub("", stem, count=1)


def right_wrong(q: Question) -> tuple[list[str], list[str]]:
    """A choice's right and wrong options; ([], []) for another kind or answer letters that name no option."""
    if q.kind not in ("single", "multiple") or not all(a in OPTION_LETTERS[: len(q.options)] for a in q.answer):
        return [], []
    right = [q.options[OPTION_LETTERS.index(a)] for a in q.answer]
    return right, [o for o in q.options if o not in right]


def lone_wrong(q: Question, wrong: list[str]) -> str | None:
    """Why a multiple choice on a sentence with at most LONE_WRONG_MAX wrong options does not test, or None.
    A list question (关于“…”，下列哪些…) is left alone: its keys are a list's items, and for a charter's
    lists (党员享有下列权利) it is the question that asks the point; the kind to ask it in instead is the
    generator's choice."""
    if q.kind == "multiple" and q.point_kind != "enumeration" and 0 < len(wrong) <= LONE_WRONG_MAX:
        return f"多选题只有 {len(wrong)} 个错误选项，排除它就得分，没有区分度"
    return None


def glossary_kind(q: Question) -> str | None:
    """Why a question of an attachment that explains a report's terms is of a kind not asked there, or None."""
    if q.kind not in _GLOSSARY_KINDS and q.source.article and _GLOSSARY_TITLE.search(q.source.article):
        return f"题目出自名词注释（“{q.source.article}”），注释只作填空，不照抄成{_KIND_NAMES.get(q.kind, q.kind)}"
    return None


_KIND_NAMES = {"single": "单选题", "multiple": "多选题", "truefalse": "判断题", "recall": "简答题", "ordering": "排序题"}


def figure_heap(q: Question) -> str | None:
    """Why a false statement changes a figure of a report's tally (FIGURES_MIN figures or more, one a share),
    or None; a statement of targets (预期目标…增长6%左右) is a plan's point, not a tally.  (A verbatim copy of a tally is the true/false balance's to weigh: leaving those out too left a
    short text's bank with hardly any true statement.)"""
    if q.kind != "truefalse" or q.answer != ("错",):
        return None
    if figures := tally(q.stem):
        return f"判断题改动的是一串统计数字（{'、'.join(figures[:3])}…）中的一个，考的是数字琐碎"
    return None


def tally(text: str) -> list[str]:
    """The figures of ``text`` when it reports a tally (FIGURES_MIN figures or more, one a share, no target word),
    else []: a figure of it, changed or blanked, asks trivia (session 18: a cloze on 毛入学率达到96.9%，高于全国平均
    水平4.9个百分点)."""
    figures = _FIGURE.findall(text)
    if len(figures) >= FIGURES_MIN and _SHARE.search(text) and not _TARGET.search(text):
        return figures
    return []


def question_stem(q: Question) -> str | None:
    """Why a sentence stem is the question heading of notes (如何理解…？), or None."""
    if q.kind not in SENTENCE_KINDS or (q.point_kind == "enumeration" and q.kind != "cloze"):
        return None  # a list question's stem is the template's: 关于“…”，下列…
    return _question_sentence(q.source.sentence)


@lru_cache(maxsize=4096)
def _question_sentence(sentence: str) -> str | None:
    """question_stem's finding on the cited ``sentence`` alone: worked out once for all the questions
    that cite it (a cloze and a true/false question of one sentence ask it twice)."""
    shown = stand_alone(sentence).lstrip("…").strip()
    if _QUESTION_STEM.search(shown):
        return f"出处句“{shown[:12]}…”是笔记里的问句标题，不是陈述"
    return None


def question_item(items: list[str]) -> str | None:
    """Why an option or a recall item is a question heading of notes (…有哪些…), or None."""
    for item in items:
        if m := _QUESTION_WORDS.search(item):
            return f"“{item[:16]}”含“{m.group()}”，是笔记里的问句标题，不是要点"
    return None


def dependent_item(items: list[str]) -> str | None:
    """Why a key or a recall item is the head of a clause cut off before its main clause, or None."""
    for item in items:
        if _DEPENDENT_END.search(item):
            return f"“{item[-16:]}”是从句的开头，主句被截掉了，不成要点"
    return None


def prefix_item(items: list[str]) -> str | None:
    """Why an option or a recall item is the opening of another item (a cut copy of it), or None."""
    for a in items:
        if len(a) >= PREFIX_ITEM_MIN and (b := next((b for b in items if b != a and b.startswith(a)
                                                     and b[len(a)] in PREFIX_ITEM_BREAKS), None)):
            return f"“{a}”只是“{b[:len(a) + 6]}…”的开头，是截下的重复项"
    return None


def _unlisted(q: Question) -> tuple[str, ...]:
    """The blanks of a cloze that are no item of a series: an item after 、 may open with its own adverb
    (最重要、最根本、也最管用), which ties it to nothing before."""
    s = q.source.sentence
    return tuple(b.text for b in q.blanks if not (b.start > 0 and s[b.start - 1 : b.start] == "、"))


def cut_blank(answers: tuple[str, ...]) -> str | None:
    """Why a cloze blank is half a clause, its first word tying it to what came before (则是…), or None."""
    for a in answers:
        if a[:1] in _OPENING_FIRST and (words := segment.cut(a)) and words[0] in OPENING_WORDS:
            return f"空“{a}”以“{words[0]}”开头，是截下的半句，不是要记的概念"
    return None


def lost_numeral(stem: str) -> str | None:
    """Why a stem opens with a one-character measure word (its numeral cut off: 家省级…), or None; read after
    the attribution a template puts before a statement (据《…》，2024年，)."""
    body = _ATTRIBUTION.sub("", stem.lstrip("…"), count=1)
    tags = segment.tag(body[:8]) if body[:1] and not body[:1].isdigit() else []  # (8: the first words are enough)
    if tags and len(tags[0][0]) == 1 and tags[0][1] == "q":
        return f"题干以量词“{tags[0][0]}”开头，前面的数字被截掉了，不成句"
    return None


def open_series_blank(q: Question) -> str | None:
    """Why a cloze blank holds several items (、) of a list the sentence leaves open after it (…等), or None."""
    s = q.source.sentence
    for b in q.blanks:
        if "、" in b.text and _OPEN_AFTER.match(s, b.end):
            return f"一个空要填“{b.text}”几项，后面还有“等”，填哪几项、按什么顺序都说得通，答案不唯一"
    return None


def open_member_blank(q: Question) -> str | None:
    """Why a cloze blanks one or two members (OPEN_MEMBER_BLANKS_MAX) of an open list (…等) of OPEN_MEMBER_MIN
    members or more while the stem shows the others, or None: the list names examples, and any other member of
    their class fills the blank (teachers: 只挖列举中的一项，别的也能填，答案不唯一).  A list blanked whole, or all but
    one member of it, asks the list itself: human writers blank series so."""
    s = q.source.sentence
    spans = sorted((b.start, b.end) for b in q.blanks)
    for a, b in spans:
        quoted = a > 0 and s[a - 1] in "“‘"
        before, after = s[max(0, a - 1 - quoted) : a - quoted], s[b + quoted : b + quoted + 1]
        if "、" not in (before, after):
            continue  # (no member of a series: its neighbours, past its quotation marks, are no 、)
        start = max(s.rfind(c, 0, a) for c in CLAUSE_BREAKS) + 1
        end = min((i for c in CLAUSE_BREAKS if (i := s.find(c, b)) >= 0), default=len(s))
        tail = _OPEN_TAIL.search(s, b, end)
        if tail is None:
            continue
        members, at = [], start
        for m in s[start : tail.start()].split("、"):
            members.append((at, at + len(m)))
            at += len(m) + 1
        # (a member that holds words before the blank, 可以采用______, opens the series: a 、 before it parts
        # something else, 公民、法人…可以采用)
        first = next((i for i, (m, n) in enumerate(members) if m <= a < n), 0)
        if members[first][0] < a - (1 if quoted else 0):
            members = members[first:]
        shown = [s[m:n] for m, n in members if not any(x < n and y > m for x, y in spans)]
        blanked = len(members) - len(shown)
        counted = _counted_sample(s[tail.start() : end], len(members))
        if len(members) < OPEN_MEMBER_MIN and not counted or blanked > OPEN_MEMBER_BLANKS_MAX or not shown:
            continue
        if quoted or _one_head([s[a:b], *shown]):
            continue  # a named formulation (“两员一代表”), or members of one head (章程纪律、财务纪律…): one answer
        return f"空在开放的列举（…等）里，其余{len(shown)}项照列：同类的别的项也能填，答案不唯一"
    return None


def twice_in_clause(q: Question) -> str | None:
    """Why a cloze blanks one answer twice as members of one series in one clause (政商“______”、银企“______”;
    ______降准、______降息), or None: each blank prompts the other, and the clause cannot keep one blank without
    showing the answer.  A clause saying it twice as a relation (甲上的“______”根子上是乙上的“______”) stays."""
    s = q.source.sentence
    spans = sorted((b.start, b.end, b.text) for b in q.blanks)
    for (_, b, x), (c, _, y) in zip(spans, spans[1:]):
        if x == y and not any(m in s[b:c] for m in _CLAUSE_MARKS) and any(m in s[b:c] for m in _SERIES_MARKS):
            return f"同一分句里两个空的答案都是“{x}”，两空互相提示，只该挖一处"
    return None


def open_object_blank(q: Question) -> str | None:
    """Why a cloze blanks the whole object of an open verb at its sentence's end (完善______。 for 人才评价机制), or
    None: many objects fit (open_blanks.yaml open_verbs, open_object; the drafter refuses the same blank).  A quoted
    blank is a name the text coins and stays, and so does a set phrase (不敢腐、不能腐、不想腐).  (The drafter also
    keeps a formulation or a lexicon term the material names; lint, reading one question, cannot tell those.)"""

    s = q.source.sentence
    for b in q.blanks:
        # (a set phrase is one name, 一体推进不敢腐、不能腐、不想腐: the drafter's _named reads it so too)
        named = b.start > 0 and s[b.start - 1] in "“‘《" or SET_PHRASES.fullmatch(b.text) is not None
        if not named and open_object(s, b.start, b.end, False):
            return f"空“{b.text}”是句末动词“{s[max(0, b.start - 2) : b.start]}”的整个宾语，可填的说法很多，答案不唯一"
    return None


def own_time_blank(q: Question) -> str | None:
    """Why a cloze on a report its stem names by year (《2026年某省政府工作报告》) blanks that report's own time: the year
    it reviews or plans (2025年, 2026年) or the count of its review's period (过去的______ or ______来 for 五年), or None: the title
    tells it, and the sentence says nothing else about it (______是极不平凡的一年; 过去的______极不寻常)."""
    if not (m := _REPORT_YEAR.search(q.stem)):
        return None
    year = int(m.group(1))
    s = q.source.sentence
    for b in q.blanks:
        period = re.fullmatch("[两三四五六七八九十]年", b.text)
        if b.text in (f"{year - 1}年", f"{year}年") or period and (
                _PERIOD_BEFORE.search(s[max(0, b.start - 4) : b.start]) or _PERIOD_AFTER.match(s, b.end)):
            return f"空“{b.text}”是题干所引报告本身的年份或时段，看标题就知道，不是要考的内容"
    return None


def timeless_figure(q: Question) -> str | None:
    """Why a cloze asks only figures (no year) in a short stem that names no time (引进落地亿元以上项目______。),
    or None: whose figure of which year it is the stem does not say, and no learner recalls it so."""
    if not q.answer or not all(_BARE_FIGURE.fullmatch(a) for a in q.answer):
        return None
    body = q.stem.replace(BLANK_MARK, "")
    if len(body) > BARE_FIGURE_STEM_MAX or _TIME_SAID.search(q.stem):
        return None
    return f"题干只有{len(body)}字，不说是哪一年、谁的数字，只考数字“{'、'.join(q.answer)}”，琐碎且无从作答"


def tally_label_blank(q: Question) -> str | None:
    """Why a cloze blanks the label of one count in a tally of TALLY_MIN counts or more (甲类“______”3家，乙类工厂
    16家，…), or None: the label of a statistic is trivia the words around it give away."""
    s = q.source.sentence
    if len(_TALLY_COUNT.findall(s)) < TALLY_MIN:
        return None
    for b in q.blanks:
        if _TALLY_AFTER.match(s, b.end):
            return f"空的是统计数前的名称“{b.text}”，一串计数里的类别名，周围的词已提示答案，琐碎"
    return None


def _counted_sample(tail: str, members: int) -> bool:
    """Whether ``tail`` (the list's 等 onwards) counts more than the ``members`` the list shows (等19家): the
    members are then a sample the text says is larger."""
    if not (m := _OPEN_COUNT_TAIL.match(tail)):
        return False
    run = m.group(1)
    count = float(run) if run.isdigit() else chinese_numeral(run)
    return count is not None and count > members


def _one_head(terms: list[str]) -> bool:
    """Whether ``terms`` share a head of OPEN_MEMBER_HEAD characters or more, at their start or their end (服务规范、
    服务标准; 章程纪律、财务纪律): the members of one formulation, which the learner recalls as a set."""
    return max(len(common_prefix(terms)), len(common_suffix(terms))) >= OPEN_MEMBER_HEAD


def unit_list(stem: str, items: list[str]) -> str | None:
    """Why a question shows, in its stem or an option or item, the bracketed list of units a document assigns a
    measure to ([区文旅局、区教育局，各街道办事处]), or None."""
    for text in (stem, *items):
        if m := _UNIT_LIST.search(text):
            return f"题目里有“{m.group()[:12]}…”这样的责任单位名单，是文件的分工注释，不是要学的内容"
    return None
