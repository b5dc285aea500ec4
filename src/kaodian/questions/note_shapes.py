"""Shapes a party-school teacher rejected in session 9's blind reviews that lint's other checks let
through (issue 12, deliverable 5; labels in tests/data/lint_labels_s9.json).  Most are what study
notes leave in a question when a line of them is taken for a sentence:

- a list question whose heading counts another number of items than it asks (…五种…, 哪三点);
- a cloze blank, beside another, that is an evaluation any word fits (重要标志, 必然要求);
- a sentence stem in note form: opening with a bare label and a colon (本质：…), or several lines of
  notes run together (…：…：…), or carrying a note's count in brackets (（六个方面）), or only a
  series of short phrases with no subject (民主法治、公平正义、（　　）、安定有序。);
- list numbering inside a stem, an option or a recall item (…路线（4）社会…): two items run together;
- the place a list question names still carrying a note's annotation (a page reference, spaces);
- a title (《…》一文) that is a cut line of notes, ending with a function word;
- an option or a recall item that ends in the middle of a word of its source (…基本原|则), or that
  is the rest of a clause cut off its head (就…, 建立的…);
- a wrong option that names a class (an aspect, a theory, a system: X方面, X理论, X制度) beside keys
  that name none;
- keys of a multiple choice that share words no wrong option has, or wrong options of a single
  choice that share an opening the key lacks: the form picks the answer.

``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it
flags.  Patterns, word lists and thresholds are policy (note_shapes.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix
from pathlib import Path

from .figure_choice import deadline_cut
from .. import segment
from ..model import OPTION_LETTERS, Question
from ..normalize.roles import names_person
from ..numerals import value_of
from .labels import note_label
from .sentence import stand_alone
from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("note_shapes.yaml")
# What note_shapes.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "speech_verbs": [str], "copulas": [str], "label_numeral": "re", "colons_max": int, "count_note": "re",
    "inner_ordinal": "re", "anchor_residue": "re", "title_end": "re", "label_heads": [str],
    "shared_min": int, "lone_max": int, "lead_max": int, "shared_edges": "re", "prefix_min": int, "opening_words": [str],
    "place_count": "re", "asked_count": "re", "generic_blank": "re",
    "series_kinds": [str], "series_min": int, "series_item_max": int, "series_head_max": int, "series_marks": "re",
}
_POLICY = load_policy_file(PATH, SCHEMA)
SPEECH_VERBS = tuple(_POLICY["speech_verbs"])  # (also what a list's label may not end with: listlabel)
COPULAS = tuple(_POLICY["copulas"])
_NUMERAL = re.compile(_POLICY["label_numeral"])
COLONS_MAX: int = _POLICY["colons_max"]
_COUNT_NOTE = re.compile(_POLICY["count_note"])
_INNER_ORDINAL = re.compile(_POLICY["inner_ordinal"])
_ANCHOR_RESIDUE = re.compile(_POLICY["anchor_residue"])
_TITLE_END = re.compile(_POLICY["title_end"])
LABEL_HEADS = tuple(_POLICY["label_heads"])
SHARED_MIN: int = _POLICY["shared_min"]
LONE_MAX: int = _POLICY["lone_max"]
LEAD_MAX: int = _POLICY["lead_max"]
_SHARED_EDGES = re.compile(_POLICY["shared_edges"])
PREFIX_MIN: int = _POLICY["prefix_min"]
OPENING_WORDS = frozenset(_POLICY["opening_words"])
_OPENING_FIRST = frozenset(w[0] for w in OPENING_WORDS)
_PLACE_COUNT = re.compile(_POLICY["place_count"])
_ASKED_COUNT = re.compile(_POLICY["asked_count"])
_GENERIC_BLANK = re.compile(_POLICY["generic_blank"])
SERIES_MIN: int = _POLICY["series_min"]
SERIES_KINDS = frozenset(_POLICY["series_kinds"])
SERIES_ITEM_MAX: int = _POLICY["series_item_max"]


def evaluation_blank(answer: str) -> bool:
    """Whether a cloze answer is only an evaluation of its sentence's subject (根本保证, 重要途径: policy
    ``generic_blank``): beside another blank, many such words fit."""
    return bool(_GENERIC_BLANK.match(answer))
SERIES_HEAD_MAX: int = _POLICY["series_head_max"]
_SERIES_MARKS = re.compile(_POLICY["series_marks"])
_BLANKS = re.compile(r"_{2,}|（[\s　]*）")

_QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》")
_COLON = re.compile(r"([^，。；：“”]{0,4})：(?!“)")  # a colon not opening a quotation, with what precedes it
_TITLE = re.compile(r"《([^《》]+)》一文")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_SPACE = re.compile(r"[\s　]+")
SENTENCE_KINDS = ("cloze", "single", "multiple", "truefalse")


def findings(q: Question, place: str = "") -> list[str]:
    """The findings of this module on one question (see the module doc); ``place``: the place in the
    text a list question's stem names (reject_shapes.list_place), if any."""
    right, wrong = _right_wrong(q)
    out: list[str] = []
    if q.kind in SENTENCE_KINDS and not (q.point_kind == "enumeration" and q.kind != "cloze"):
        # judged on the cited sentence as a stem shows it (sentence.stand_alone), so a template's own
        # words around it (请填空：…) change nothing; a list question's stem is the template's: 关于“…”，下列…
        shown = stand_alone(q.source.sentence).lstrip("…")
        out += note_form(shown, q.stem)
        if q.kind in SERIES_KINDS and (why := bare_series(shown)):
            out.append(why)
    if m := _COUNT_NOTE.search(q.stem):
        out.append(f"题干里的“{m.group()}”是笔记的注记，不成句")
    out += _list_place(q.stem, place)
    if q.kind in ("recall", "multiple", "single", "ordering") and (why := place_count(q.stem, place)):
        out.append(why)
    if q.kind == "cloze" and len(q.answer) > 1:  # (alone, such a blank is the point a sentence makes: …的根本保证)
        out += [f"空“{a}”是泛泛的评价语（重要……、根本……），填什么都说得通，不是要记的概念" for a in q.answer if evaluation_blank(a)]
    items = [*right, *wrong] if q.kind in ("single", "multiple") else list(q.answer) if q.kind == "recall" else []
    for text in (q.stem, *items):
        if m := _INNER_ORDINAL.search(text):
            out.append(f"“{text[max(0, m.start() - 6) : m.end() + 6]}”里夹着列举的序号“{m.group()}”，是两条笔记连成的残片")
            break
    out += [f"“{item}”在原文中截在一个词的中间（…{cut}…），是残片" for item, cut in cut_items(items, q.source.sentence)]
    if q.kind in ("single", "multiple", "recall"):
        out += [why for item in items if (why := cut_opening(item))][:1]
    if q.kind in ("single", "multiple") and right and wrong:
        for why in (label_option(right, wrong), shared_keys(right, wrong) if q.kind == "multiple" else None,
                    shared_opening(right, wrong) if q.kind == "single" else None):
            if why:
                out.append(why)
    return out


def _right_wrong(q: Question) -> tuple[list[str], list[str]]:
    if q.kind not in ("single", "multiple") or not all(a in OPTION_LETTERS[: len(q.options)] for a in q.answer):
        return [], []
    keyed = set(q.answer)
    right = [o for o, letter in zip(q.options, OPTION_LETTERS) if letter in keyed]
    return right, [o for o, letter in zip(q.options, OPTION_LETTERS) if letter not in keyed]


def note_form(stem: str, said: str | None = None) -> list[str]:
    """Why a sentence stem is a line (or lines) of study notes rather than a sentence, or nothing.  With
    ``said`` (the stem as the question words it), a label it no longer shows is no finding: it was said of
    what it names (政治纲领：… -> 某革命的政治纲领是…, 定义：某制度是… -> 某制度是…; labels.said_of_label)."""
    out: list[str] = []
    if "：" not in stem:
        return out  # (most sentences: one C pass)
    # (a colon that opens a quotation, or follows a verb of saying, introduces a speaker's words)
    labels = [m for m in _COLON.finditer(_QUOTED.sub("", stem)) if not m.group(1).endswith(SPEECH_VERBS)]
    if len(labels) > COLONS_MAX:
        out.append("题干是几条笔记连在一起（…：…：…），不成一句")
    elif (m := note_label(stem, "lint")) and not m.group(1).endswith(SPEECH_VERBS + COPULAS) and not _NUMERAL.search(m.group(1)) \
            and stem[m.end() : m.end() + 1] != "“" and not names_person(m.group(1)) \
            and (said is None or m.group() in said):
        # (a person's name before the colon is an interview's speaker tag: the stem says who speaks)
        out.append(f"题干以笔记的标签“{m.group()}”开头，没有主语，不成一句")
    return out


def bare_series(stem: str) -> str | None:
    """Why a sentence stem is only a series of short phrases with no subject (民主法治、公平正义、（　　）、
    安定有序。; 提高……、……和专业化水平。), or None: no comma, colon or semicolon in it, at least
    SERIES_MIN items, each at most SERIES_ITEM_MAX characters (a blank read as one), the first at most
    SERIES_HEAD_MAX (a longer first item holds a subject: 制度带有根本性、全局性……) and without a copula
    (三大法宝是______、______、党的建设。 says what the series is)."""
    body = _BLANKS.sub("X", stem).rstrip("。；…")
    if any(c in body for c in "，：；？,:;?"):
        return None
    items = _SERIES_MARKS.split(body)
    head = body.split("、")[0]
    if len(items) < SERIES_MIN or any(len(i) > SERIES_ITEM_MAX for i in items) or len(head) > SERIES_HEAD_MAX \
            or any(c in head for c in COPULAS):
        return None
    return "题干只是一串并列的短语，没有说是什么的内容，缺少主语，无从作答"


def place_count(stem: str, place: str) -> str | None:
    """Why a list question asks another number of items than the place it names counts (关于“…的五种
    经济成分”，…列举了哪三点？): the items are another list than the heading's, or None.  (The counts
    listnames reads, 十一个方面, are reject_shapes' check; this one reads the kinds a heading counts
    by: 五种, 三大, 四类.)"""
    c = _PLACE_COUNT.search(place)
    asked = _ASKED_COUNT.search(stem)
    if c is None or asked is None:
        return None
    n, m = value_of(c.group(1)), value_of(asked.group(1))
    if n and m and n != m:
        return f"题干所指的一处说的是“{c.group()}”，问的却是{asked.group(1)}点，题目与答案不是同一组"
    return None


def _list_place(stem: str, place: str) -> list[str]:
    """Why the place (``place``) or the title a list question names is a leftover of study notes, or nothing."""
    out = []
    if r := _ANCHOR_RESIDUE.search(place):
        out.append(f"题干所指的一处带着笔记的批注（“{place[r.start():].strip()}”），不是原文的标题")
    for t in _TITLE.finditer(stem):
        if _TITLE_END.search(t.group(1)):
            out.append(f"题干所称的篇名《{t.group(1)[:12]}…》是截断的一行笔记，不是文章的标题")
    return out


def cut_items(items: list[str], sentence: str) -> list[tuple[str, str]]:
    """The options or items that stand in ``sentence`` (line breaks and spaces aside) and end where the
    segmenter reads no word boundary, before another Chinese character: cut off inside a word (四项基本原
    of 四项基本原则 broken across two lines).  Each with the characters around the cut."""
    if not items:
        return []  # (a cloze or a true/false question: its sentence is not read again)
    text = _SPACE.sub("", sentence)
    out = []
    for item in items:
        core = _SPACE.sub("", item)
        i = text.find(core) if len(core) >= 2 else -1
        end = i + len(core)
        if i < 0 or end >= len(text) or not _CJK.match(text, end):
            continue
        if end not in _word_ends(text) and not deadline_cut(core, text, end):  # (15日|内: figure_choice)
            out.append((item, text[end - 2 : end + 2]))
    return out


def cut_opening(item: str) -> str | None:
    """Why an option or a recall item is the rest of a clause cut off its head, or None: its first word
    (as the segmenter cuts it) is a function word that ties it to what came before (就…, 从…, 而…,
    都…; vocab.yaml's fragment_edges reads single characters, this whole words, so 就业 is no
    fragment), or it opens with a verb and 的, a modifier without its subject (建立的…功勋)."""
    core = item.strip("“”《》")
    if core[:1] not in _OPENING_FIRST and "的" not in core[1:4]:
        return None  # (most items: no segmenting)
    tags = segment.tag(core)
    if not tags:
        return None
    if tags[0][0] in OPENING_WORDS:
        return f"“{item}”以“{tags[0][0]}”开头，是截下的半句，不是完整的要点"
    if len(tags) >= 3 and tags[0][1] == "v" and tags[1][0] == "的":
        return f"“{item}”是“动词＋的”开头的修饰语，缺了主语，是截下的半句"
    return None


@lru_cache(maxsize=1024)
def _word_ends(text: str) -> frozenset[int]:
    """The offsets where the segmenter's words of ``text`` end (cached: the options of a question share it)."""
    ends, at = set(), 0
    for w in segment.cut(text):
        at += len(w)
        ends.add(at)
    return frozenset(ends)


def label_option(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that names a class by its head word (政治方面, …初级阶段理论, …政治协商制度) when no key
    ends with one: it names an aspect, a theory, a system, not a point like the keys.  (An option that
    opens with a verb, 坚持四项基本原则, is a deed whatever its last word.)"""
    if any(r.endswith(LABEL_HEADS) for r in right) or not any(w.endswith(LABEL_HEADS) for w in wrong):
        return None  # (one C pass each: most option sets end with no head word, and segmenting costs)
    bad = next((w for w in wrong if w.endswith(LABEL_HEADS) and _names(w)), None)
    if bad is None or all(_deed(r) for r in right):
        return None  # (keys that are deeds, 落实…、加强…: a wrong 规范…制度 is a deed the segmenter mistags)
    head = next(h for h in LABEL_HEADS if bad.endswith(h))
    return f"错误选项“{bad}”是一种“{head}”的名称，正确选项都不是，不同类，一眼可排除"


def _deed(option: str) -> bool:
    """Whether ``option`` opens with a verb (加强队伍建设; the segmenter tags some an adjective: 落实|帮扶, 健全|…):
    it says what to do."""
    tags = segment.tag(option)
    return bool(tags) and tags[0][1] in ("v", "a", "ad", "vd")


def _names(option: str) -> bool:
    """Whether ``option`` reads as a name (a noun phrase), not as a deed or a claim: it opens with no verb
    or adverb (坚持四项基本原则, 主动服务国家战略 say what to do) and says no 是 (…是人民的理论 is a claim)."""
    if "是" in option:
        return False
    tags = segment.tag(option)
    # (the segmenter tags an opening adverb of manner 着力, 主动 a noun or a distinguishing word: the
    # verb right after it is read too)
    return bool(tags) and tags[0][1][:1] not in ("v", "d", "p", "b") and (len(tags) < 2 or tags[1][1] != "v")


def shared_keys(right: list[str], wrong: list[str]) -> str | None:
    """Keys of a multiple choice that all hold a run of words (SHARED_MIN characters or more) that its
    lone wrong option (at most LONE_MAX of them) lacks: the longest such run, as the message says it, or None.
    A short run that opens every key (shorter than LEAD_MAX) is the list's verb (必须坚持…), which a wrong
    option of another list lacks by nature: drafting, not lint, answers for it."""
    if len(right) < 2 or len(wrong) > LONE_MAX:
        return None
    lead = len(commonprefix(right))
    lead = lead if lead < LEAD_MAX else 0  # (a longer shared opening is a subject the keys repeat: read it)
    rests = [r[lead:] for r in right]
    base = min(rests, key=len)
    for n in range(len(base), SHARED_MIN - 1, -1):
        for i in range(len(base) - n + 1):
            run = base[i : i + n]
            if _CJK.fullmatch(run) and not _SHARED_EDGES.search(run) \
                    and all(run in r for r in rests) and not any(run in w for w in wrong):
                return f"正确选项都含“{run}”，错误选项都不含，一眼可辨"
    return None


def shared_opening(right: list[str], wrong: list[str]) -> str | None:
    """Wrong options of a single choice (three or more) that all open with the same PREFIX_MIN characters
    or more, which the key does not open with: the key stands apart by its form."""
    if len(right) != 1 or len(wrong) < 3:
        return None
    p = commonprefix(wrong)
    if len(p) >= PREFIX_MIN and not right[0].startswith(p):
        return f"错误选项都以“{p}”开头，只有正确选项“{right[0]}”不是，一眼可辨"
    return None
