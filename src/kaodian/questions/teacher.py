"""What a teacher rejects though the question is well formed (issue 12): options that are no words
or are fragments, an option whose form gives the answer away, a wrong option that means what a
right one means, a stem that points outside itself or is too short to stand alone, and a false
statement made by a swap that leaves no word in the sentence.

``teacher_findings`` is one of lint's quality checks: ``generate`` drops a question it flags.
The word lists are policy (vocab.yaml ``dangling_openers``, ``fragment_edges``).
"""

from __future__ import annotations

import re
from statistics import median

from ..model import OPTION_LETTERS, Question
from .sentence import stand_alone
from .vocab import load_vocab

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHANGE = re.compile(r"“([^“”]+)”误作“([^“”]+)”")
_SPEAKER = re.compile(r"^[^，。“”：]{2,14}(?:指出|强调|说)：")
# A list that goes on: …、C等 (not 平等, 同等, 相等 …).
OPEN_TAIL = re.compile(r"^[^，。；]*?(?<![平同相对优初高中次均何])等")
# A stem that opens with its blank keeps this many characters of its own to be answered.
STEM_MIN = 6
# What follows a blank that opens a stem when the stem was cut out of a phrase: （　　）中的深层次矛盾.
CUT_OPENINGS = ("中的", "的", "之", "所", "里的", "上的", "下的")


def teacher_findings(q: Question) -> list[str]:
    """The findings of a question a party-school teacher would not print (see the module doc)."""
    out = _stem_findings(q)
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
    for w in load_vocab().dangling_openers:
        if shown.startswith(w):
            out.append(f"题干以“{w}”开头，指代或承接的内容不在题中")
            break
    asked = _asked_spans(q)
    if asked and asked[0][0] == len(sentence) - len(sentence.lstrip("…“‘")):
        kept, at = [], 0
        for a, b in asked:
            kept.append(sentence[at:a])
            at = max(at, b)
        own = len(_CJK.findall("".join(kept) + sentence[at:]))
        rest = sentence[asked[0][1] :]
        if own < STEM_MIN:
            out.append(f"题干以空开头且只有 {own} 个字，不足以作答")
        elif rest.startswith(CUT_OPENINGS):
            out.append(f"题干以空开头，紧接“{rest[:2]}”，是从句中截下的片段")
    return out


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
    if o[0] in start or any(o.startswith(w) for w in edges["start_words"]):
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
    if why := odd_length(q.options):
        out.append(why)
    from .distractors import near_synonym

    for w in wrong:
        for r in right:
            if near_synonym(r, w):
                out.append(f"错误选项“{w}”与正确选项“{r}”意思相近，也可算对")
    return out


def odd_one(options: tuple[str, ...] | list[str]) -> int | None:
    """The index of the option far longer or shorter than all the others (it gives itself away), or None."""
    if len(options) < 3:
        return None
    lengths = [len(o) for o in options]
    for i, o in enumerate(options):
        others = lengths[:i] + lengths[i + 1 :]
        m = median(others)
        lo, hi = min(others), max(others)
        if hi <= 6:  # terms: two characters beyond every other, and at least half as long again
            if (len(o) >= hi + 2 and len(o) >= 1.5 * m) or (len(o) <= lo - 2 and len(o) * 1.5 <= m):
                return i
        elif len(o) > 2.5 * hi or len(o) * 2.5 < lo:
            return i
    return None


def odd_length(options: tuple[str, ...] | list[str]) -> str | None:
    """Why one option's length gives it away among the others, or None."""
    i = odd_one(options)
    return None if i is None else f"选项“{options[i]}”的长短与其他选项相差悬殊，一眼可辨"


def _swap_findings(q: Question) -> list[str]:
    """A false statement whose swapped-in term does not stay a term of the sentence (a segmenter
    cuts it, or joins it to its neighbour), or is made on an open list (…等)."""
    m = _CHANGE.search(q.explanation or "")
    if not m:
        return []
    old, new = m.groups()
    body = _body(q)
    at = body.find(new)
    if at < 0:
        return []
    from .. import segment

    bounds, pos = {0}, 0
    for w in segment.cut(body):
        pos += len(w)
        bounds.add(pos)
    out = []
    if not new[:1].isdigit() and (at not in bounds or at + len(new) not in bounds):
        out.append(f"判断题把“{old}”换成“{new}”后，“{new}”在句中不成词")
    tail = body[at + len(new) : at + len(new) + 8]
    if OPEN_TAIL.match(tail) or body[max(0, at - 3) : at].endswith(("如", "包括", "比如", "例如")):
        out.append(f"判断题改动的“{new}”在一个开放的列举里（等、如、包括），改后未必错")
    return out
