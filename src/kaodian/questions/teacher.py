"""What a teacher rejects though the question is well formed (issue 12): options that are no words
or are fragments, an option whose form gives the answer away (the checks in ``odd_option``), a
wrong option that means what a right one means, a stem that points outside itself or is too short
to stand alone, and a false statement made by a swap that leaves no word in the sentence.

``teacher_findings`` is one of lint's quality checks: ``generate`` drops a question it flags.
The word lists are policy (vocab.yaml ``dangling_openers``, ``fragment_edges``).
"""

from __future__ import annotations

import re

from .. import segment
from .. import lexicon
from ..model import OPTION_LETTERS, Question
from ..text import common_prefix, common_suffix
from . import believable
from .arguable import cut_adverbial
from .blank_shapes import stem_opening
from .distractors import near_synonym, synonym_swap, word_kind
from .false_dates import span_shown, trivial_date_change
from .false_meetings import meetings_alike
from .figure_order import figure_pair
from .odd_option import labelled_keys, odd_affix, odd_form, odd_frame, odd_length, odd_numeral, odd_opening
from .odd_class import NAME_CLASSES, doctrine_beside_censure, kindred_wrong, name_among_terms, stray_wrong
from .option_kinds import option_kind_findings
from .option_sets import option_set_findings, ordering_findings
from .parallel import option_off_form, swap_off_form
from .sentence import dangling, opening_named, stand_alone
from .statements import statement_findings
from .vocab import load_vocab

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")  # what is left out when counting characters (one C pass, no list)
_CHANGE = re.compile(r"“([^“”]+)”误作“([^“”]+)”")
_LIST_LEAD = re.compile(load_vocab().list_lead)
# A statement this short that announces a list (党的建设必须坚决实现以下六项基本要求。) says nothing of
# its own; a longer one that mentions 以下 has content besides.
LEAD_STATEMENT = 30
_NESTED = re.compile("“[^”]*“")  # a quotation opened inside one still open
_SPEAKER = re.compile(r"^[^，。“”：]{2,14}(?:指出|强调|说)：")
# Options at least this long are phrases: two of them that differ in a word or two read as one.
LONG_OPTION = 10
# A list that goes on: …、C等 (not 平等, 同等, 相等 …).
OPEN_TAIL = re.compile(r"^[^，。；]*?(?<![平同相对优初高中次均何])等")
# A stem keeps this many characters besides its blanks; one that opens with its blank this many, and
# one whose blank is a whole clause (（　　），任何时候都至关重要) this many.
SHORT_STEM = 6
STEM_MIN = 6
CLAUSE_STEM_MIN = 12
# A swap between terms of at least SWAP_FORM_MIN characters, one of SWAP_FORM_LONG, keeps their form
# (练就过硬本领 -> 文化纲领 is a verb phrase put for a noun); between two short ones the segmenter's
# tag of a two-character head is unreliable (it tags 组织 of 组织路线 a verb).
SWAP_FORM_MIN = 4
SWAP_FORM_LONG = 6
# A swapped-in phrase holding one of these is two things put side by side, not a term of the class
# of the one it replaces (现代服务业 -> 农业和服务业).
COORDINATORS = "和与及"
# A span of years (40年, 70周年) at least this long, doubled, is beyond what the learner knows of the era
# (改革开放80年).
SPAN_MIN = 20
_SPAN = re.compile(r"(\d+)(?:周年|年)$")
# What follows a blank that opens a stem when the stem was cut out of a phrase: （　　）中的深层次矛盾.
CUT_OPENINGS = ("中的", "的", "之", "所", "里的", "上的", "下的")


def teacher_findings(q: Question) -> list[str]:
    """The findings of a question a party-school teacher would not print (see the module doc)."""
    out = _stem_findings(q) + believable.question_findings(q) + statement_findings(q) + ordering_findings(q)
    if q.kind in ("single", "multiple") and q.options:
        out += _option_findings(q)
    if q.kind == "truefalse" and q.answer == ("错",):
        out += _swap_findings(q)
    return out


def _body(q: Question) -> str:
    """The stem without a quote's speaker and without a list question's lead."""
    stem = q.stem.strip()
    return _SPEAKER.sub("", stem, count=1) if q.kind == "truefalse" else stem


def _stem_findings(q: Question) -> list[str]:
    """A sentence stem that opens with a pronoun or connective pointing outside it, or that opens with
    its blank and has too little of its own to be answered.  Judged on the cited sentence as the
    stem shows it (``stand_alone``), so a template's wording around it changes nothing."""
    if q.kind not in ("cloze", "single", "multiple", "truefalse"):
        return []
    if q.point_kind == "enumeration" and q.kind != "cloze":
        return []  # a list question names its list: 关于“…”，下列哪些…
    sentence = q.source.sentence
    shown = stand_alone(sentence).lstrip("…")
    out: list[str] = []
    openers = load_vocab().dangling_openers
    if shown.startswith(openers):  # (one C call for the whole list: most stems open with none)
        w = next(w for w in openers if shown.startswith(w))
        # (unless the stem names what it points at: 这种作风，就是… asked as 科学的作风，就是…)
        if not opening_named(q, shown):
            out.append(f"题干以“{w}”开头，指代或承接的内容不在题中")
    if q.kind != "cloze" and (why := dangling(shown)):
        out.append(why)
    if q.kind == "cloze" and (why := stem_opening(shown)):
        out.append(why)
    if shown[:1] in "（(" and shown.rstrip("。")[-1:] in "）)":
        out.append("出处句整句在括号里，是注释，不成题")
    if q.kind == "truefalse":
        out += _statement_findings(q, shown)
    asked = _asked_spans(q)
    if not asked:
        return out
    kept, at = [], 0
    for a, b in asked:
        kept.append(sentence[at:a])
        at = max(at, b)
    own = len(_NOT_CJK.sub("", "".join(kept) + sentence[at:]))
    if own < SHORT_STEM and q.kind in ("cloze", "single"):  # (a multiple choice may ask a whole list: 三大法宝：)
        out.append(f"题干除空外只有 {own} 个字，缺少上下文，不足以作答")
    elif asked[0][0] == len(sentence) - len(sentence.lstrip("…“‘")):
        rest = sentence[asked[0][1] :]
        if own < STEM_MIN or (rest.startswith("，") and own < CLAUSE_STEM_MIN):
            out.append(f"题干以空开头且只有 {own} 个字，不足以作答")
        elif rest.startswith(CUT_OPENINGS):
            out.append(f"题干以空开头，紧接“{rest[:2]}”，是从句中截下的片段")
    if q.kind == "cloze" and q.blanks and q.blanks[0].start == 0:
        # an adverb that opens the sentence (特别是…, 尤其是…): the segmenter's tags are reliable there
        # (so only a first blank that opens it is tagged)
        b = q.blanks[0]
        tags = segment.tag(b.text)
        if len(tags) == 1 and tags[0][1].startswith("d"):
            out.append(f"空“{b.text}”是副词，不是要记的内容")
    return out


def _statement_findings(q: Question, shown: str) -> list[str]:
    """A true/false statement that is no statement: a bare quotation without its speaker, a question
    put to someone (请您先谈谈……), or a question; or one whose quotation marks nest without
    alternating (“…“八八战略”…”: the reader cannot tell where the quotation ends)."""
    body = q.stem.strip()
    if _NESTED.search(body):
        return ["判断题的引文里又套着同样的双引号，读不出引文在哪里结束"]
    if body[:1] == "“" and body.rstrip("。")[-1:] == "”" and body.count("“") == 1:
        return ["判断题只有一句引文，没有说话人和出处，无从判断"]
    if shown.startswith(("请", "您", "你")) or "？" in body:
        return ["判断题的陈述是一个提问，不是可判断的陈述"]
    if len(body) <= LEAD_STATEMENT and _LIST_LEAD.search(body) and body[-1:] in "。：:":
        return ["判断题的陈述只是引出列举的导语（以下、下列……），没有可判断的内容"]
    return []


def _asked_spans(q: Question) -> list[tuple[int, int]]:
    """The (start, end) in the source sentence of what the stem leaves blank, in order."""
    if q.kind == "cloze":
        return sorted((b.start, b.end) for b in q.blanks)
    if q.kind in ("single", "multiple"):
        right, _ = _right_wrong(q)
        s = q.source.sentence
        spans = [(s.find(r), s.find(r) + len(r)) for r in right if r and s.find(r) >= 0]
        if q.kind == "multiple" and spans:  # the blank covers the series from its first to its last term
            return [(min(a for a, _ in spans), max(b for _, b in spans))]
        return sorted(spans)
    return []


def _right_wrong(q: Question) -> tuple[list[str], list[str]]:
    right_letters = {a for a in q.answer if a in OPTION_LETTERS[: len(q.options)]}
    right = [o for o, letter in zip(q.options, OPTION_LETTERS) if letter in right_letters]
    wrong = [o for o, letter in zip(q.options, OPTION_LETTERS) if letter not in right_letters]
    return right, wrong


def fragment(option: str, item: bool = False) -> str | None:
    """Why ``option`` is a cut piece of a sentence rather than a term, or None: it opens or ends with a
    function word or pronoun (制度运行所, 过硬的本领这, 这已成为…), or opens with a degree adverb (最现实).
    A whole ``item`` of a list named in the stem may open with a pronoun (这是…的必然要求)."""
    edges = load_vocab().fragment_edges
    o = option.strip("“”《》")
    if not o:
        return None
    start = edges["start"].translate(str.maketrans("", "", "这那其它")) if item else edges["start"]
    if o[0] in start or o.startswith(tuple(edges["start_words"])):
        return f"选项“{option}”以“{o[0]}”开头，是截断的片段"
    if o[-1] in edges["end"]:
        return f"选项“{option}”以“{o[-1]}”结尾，是截断的片段"
    return None


def _option_findings(q: Question) -> list[str]:
    out: list[str] = []
    right, wrong = _right_wrong(q)
    for o in q.options:
        if why := fragment(o, item=q.point_kind == "enumeration"):
            out.append(why)
        elif q.point_kind == "enumeration" and cut_adverbial(q.source.sentence, o):
            out.append(f"选项“{o}”只是原句逗号前的状语或主语，要点在逗号之后，是截断的片段")
    if why := odd_length(q.options):
        out.append(why)
    if why := odd_affix(q.kind, right, wrong):
        out.append(why)
    if q.point_kind != "enumeration" and (why := odd_form(q.options)):  # list items may open with 要
        out.append(why)
    for w in wrong:
        for r in right:
            if near_synonym_option(r, w):
                out.append(f"错误选项“{w}”与正确选项“{r}”意思相近，也可算对")
    for why in (stem_neighbours(q.stem, right, wrong), option_off_form(q.kind, q.stem, right, wrong, q.point_kind),
                kindred_wrong(right, wrong), name_among_terms(right, wrong),
                stray_wrong(q.kind, q.point_kind, right, wrong),
                phrase_option(right, wrong), odd_opening(right, wrong), labelled_keys(right, wrong),
                odd_frame(right, wrong), odd_numeral(right, wrong),
                negative_option(right, wrong), doctrine_beside_censure(right, wrong), year_in_stem(q.stem, right)):
        if why:
            out.append(why)
    out += option_set_findings(q.kind, q.point_kind, q.stem, q.source.sentence, right, wrong)
    return out + option_kind_findings(q.stem, right, wrong)


def near_synonym_option(r: str, w: str) -> bool:
    """Whether a wrong option reads as the right one: a term with a few characters added
    (distractors.near_synonym), or a long phrase that differs in at most two characters at one place
    (坚持/贯彻稳中求进工作总基调) or repeats most of the right one's opening."""
    if figure_pair(r, w):  # (10% / 12%, 8000亿元 / 10000亿元: a figure's ladder, figure_choice)
        return False
    if near_synonym(r, w) or synonym_swap(r, w):  # one word for its synonym (vocab.yaml synonyms)
        return True
    if len(r) == len(w) == 3 and r[0] == w[0] and r[-1] == w[-1]:
        return True  # one character apart in the middle of a short term: 协同性 / 协调性
    short = min(len(r), len(w))
    if short < LONG_OPTION or any(c.isdigit() for c in r + w):  # dates and figures differ by a digit
        return False
    p = len(common_prefix([r, w]))
    q = len(common_suffix([r[p:], w[p:]]))
    return (len(r) == len(w) and p + q >= len(r) - 2) or 3 * p >= 2 * short


def _swap_findings(q: Question) -> list[str]:
    """Why a false statement's one change is not one a learner could believe: the swapped-in term does
    not stay a term of the sentence (the segmenter cuts it or joins it to its neighbour), repeats a word
    the sentence says, moves a date trivially, brings in or takes out a term of censure, crosses a name
    class, is a short or core term swapped outside its group, breaks a fixed phrase, brings in a
    coordinated phrase, doubles a span of years, or is made on an open list (…等)."""
    m = _CHANGE.search(q.explanation or "")
    if not m or meetings_alike(*m.groups()):  # (a meeting for its neighbour is judged by false_meetings)
        return []
    old, new = m.groups()
    body = _body(q)
    at = body.find(new)
    if at < 0:
        return []
    if new in q.source.sentence:
        # the swapped-in words stand elsewhere in the sentence: the statement says them twice
        # (第一个阶段… -> 第二个阶段…；第二个阶段…) and gives its change away
        return [f"判断题把“{old}”换成“{new}”，而句中别处已有“{new}”，改动一眼可辨"]
    bounds, pos = {0}, 0
    for w in segment.cut(body):
        pos += len(w)
        bounds.add(pos)
    out = []
    if trivial_date_change(old, new):
        out.append(f"判断题把“{old}”改成“{new}”，只差一点，是琐碎的改动，不是要考的内容")
    if not new[:1].isdigit() and (at not in bounds or at + len(new) not in bounds):
        out.append(f"判断题把“{old}”换成“{new}”后，“{new}”在句中不成词")
    vocab = load_vocab()
    if (new in vocab.negative_terms) != (old in vocab.negative_terms):  # either way: 封建主义 -> 共产主义
        out.append(f"判断题把“{old}”换成“{new}”，荒唐得一眼可辨，不是学员会信的说法")
    if min(len(old), len(new)) >= SWAP_FORM_MIN and max(len(old), len(new)) >= SWAP_FORM_LONG:
        heads = (word_kind(old[:2]), word_kind(new[:2]))
        if "v" in heads and "n" in heads:
            out.append(f"判断题把“{old}”换成“{new}”，一个是名词、一个是动词短语，换后不通")
    if why := _class_swap(old, new):
        out.append(why)
    if why := swap_off_form(body, at, old, new):
        out.append(why)
    if why := short_swap(old, new):
        out.append(why)
    if old in vocab.core_terms and new not in lexicon.siblings(old):
        out.append(f"判断题把核心术语“{old}”换成不是它同类的“{new}”，荒唐，不是学员会信的说法")
    if broken := broken_phrase(q.source.sentence, body, old):
        out.append(f"判断题把固定提法“{broken}”里的“{old}”换成了“{new}”，荒唐，不是学员会信的说法")
    if any(c in new for c in COORDINATORS) and not any(c in old for c in COORDINATORS):
        out.append(f"判断题把“{old}”换成“{new}”，换入的是并列短语，不是同类的术语")
    out += believable.swap_findings(old, new, body, q)  # round two: swaps a teacher still rejected
    if span_shown(body, at, new):
        out.append(f"判断题把“{old}”改成“{new}”，而紧随其后的括注写着起止年份，一眼可辨")
    if doubled_span(old, new):
        out.append(f"判断题把“{old}”改成“{new}”，年数翻倍，一眼可辨")
    tail = body[at + len(new) : at + len(new) + 8]
    if OPEN_TAIL.match(tail) or body[max(0, at - 3) : at].endswith(("如", "包括", "比如", "例如")):
        out.append(f"判断题改动的“{new}”在一个开放的列举里（等、如、包括），改后未必错")
    return out


def _class_swap(old: str, new: str) -> str | None:
    """Why swapping ``new`` in for ``old`` is absurd by class, or None: one is a name of a class the
    lexicon knows (a person, an organ, a meeting, a post) and the other is not of that class."""
    a, b = lexicon.class_of(old), lexicon.class_of(new)
    if a == b or not ({a, b} & set(NAME_CLASSES)):
        return None
    what = b if b in NAME_CLASSES else a
    return f"判断题把“{old}”换成“{new}”，一个是{what}、一个不是，不是学员会信的说法"


# The list of the blank's neighbours in a stem: the items just before and after it, between 、.
_BEFORE = re.compile(r"、([^、，。；：（）]{2,12})、（　　）$")
_AFTER = re.compile(r"（　　）、([^、，。；：（）]{2,12})")


def stem_neighbours(stem: str, right: list[str], wrong: list[str]) -> str | None:
    """A single choice whose answer alone opens (or ends) as the terms beside its blank do (更高质量、
    更有效率、（　　）、更可持续 among 持久和平、知识水平): the stem's series points to it.  Only the
    edges a neighbour shows whole are read: the first item of a list carries its verb before it
    (促进了美丽生态), the last its tail after it (美好生活有机融合)."""
    if len(right) != 1 or len(wrong) < 2 or "（　　）" not in stem:
        return None
    at = stem.index("（　　）")
    # (the neighbour before is at most 12 characters and two marks back: a short slice is enough)
    before, after = _BEFORE.search(stem[max(0, at - 16) : at + 4]), _AFTER.match(stem, at)
    firsts = [m.group(1)[0] for m in (before, after) if m]
    lasts = [before.group(1)[-1]] if before else []
    answer = right[0]
    for marks, edge, what in ((firsts, 0, "开头"), (lasts, -1, "结尾")):
        if marks and len(set(marks)) == 1 and answer[edge] == marks[0] and all(w[edge] != marks[0] for w in wrong):
            return f"只有正确选项与题干里并列的词同以“{marks[0]}”{what}，一眼可辨"
    return None


# A short wrong option with one of these right after a two-character word, where no right option has
# one, is a piece of a phrase, not a term (大众的文化, 人才是基础, 破除的应付思想); a longer phrase
# (增强改革创新的责任感) says what it modifies.
PHRASE_MARKS = "的是"
PHRASE_MAX = 7


def phrase_option(right: list[str], wrong: list[str]) -> str | None:
    """A short wrong option that is a phrase with 的 or 是 after its first word among right options that are terms."""
    if not right or any(m in r for r in right for m in PHRASE_MARKS):
        return None
    for w in wrong:
        if len(w) <= PHRASE_MAX and w[2:3] in PHRASE_MARKS and w[2:3]:
            return f"选项“{w}”带“的”或“是”，是截下的短语，不是术语"
    return None


def negative_option(right: list[str], wrong: list[str]) -> str | None:
    """A wrong option that is a term of censure (vocab.yaml negative_terms) among right ones that are
    not: 帝国主义 beside 爱国主义、集体主义 is absurd, not a choice."""
    negative = load_vocab().negative_terms
    if not right or any(r in negative for r in right):
        return None
    bad = [w for w in wrong if w in negative]
    return f"错误选项“{bad[0]}”是贬义的说法，放在这里荒唐，一眼可辨" if bad else None


_YEAR = re.compile(r"(\d{4})年")


def year_in_stem(stem: str, right: list[str]) -> str | None:
    """A date asked whose year the stem states elsewhere (（　　），…召开2003年度…会议)."""
    years = {m.group(1) for r in right for m in _YEAR.finditer(r)}
    shown = [y for y in years if y in stem]
    return f"题干别处写着“{shown[0]}”，泄露了答案的年份" if shown else None


def doubled_span(old: str, new: str) -> bool:
    """Whether ``new`` doubles a span of SPAN_MIN years or more that ``old`` states (40年 -> 80年)."""
    a, b = _SPAN.search(old), _SPAN.search(new)
    return bool(a and b and int(a.group(1)) >= SPAN_MIN and int(b.group(1)) == 2 * int(a.group(1)))


def broken_phrase(sentence: str, changed: str, old: str) -> str | None:
    """The fixed formulation (vocab.yaml fixed_phrases) around ``old`` in ``sentence`` that the changed
    statement no longer says, or None: 中国特色社会主义 with 社会主义 swapped is no formulation at all."""
    for phrase in load_vocab().fixed_phrases:
        if old in phrase and old != phrase and phrase in sentence and sentence.count(phrase) > changed.count(phrase):
            return phrase
    return None


def short_swap(old: str, new: str) -> str | None:
    """Why swapping ``new`` in for a two-character word is absurd, or None: a word that short has too
    little to tell its class by, and one of another length that the lexicon does not give as its sibling
    is of another kind (勇气 -> 天然气).  (Generation is stricter: it swaps a two-character word only for
    a sibling, changes.SHORT_TERM; 共享 -> 共赢 among the development ideas reads as plausible.)"""
    if len(old) > 2 or len(new) == len(old) or any(c.isdigit() for c in old):
        return None
    if new in lexicon.siblings(old):
        return None
    return f"判断题把“{old}”换成“{new}”，两字的词换成的不是它的同类词，不是学员会信的说法"
