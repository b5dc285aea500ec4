"""An option set apart by its form: the odd one out a learner picks without knowing the answer.

Moved out of ``teacher`` (what a teacher rejects in a well-formed question):
these checks read the options alone, never the source sentence.  An option
far longer or shorter than the others (``odd_one``), the answer alone in its
opening or ending (``odd_affix``), in its word form (``odd_form``), in its
sentence frame 以…为 (``odd_frame``), keys alone with a label and colon
(``labelled_keys``) or a numeral (``odd_numeral``), wrong options that all
open alike (``odd_opening``).  Generators call them to avoid such a set, and
``teacher`` to flag one.
"""

from __future__ import annotations

import re

from .distractors import form_of


def odd_affix(kind: str, right: list[str], wrong: list[str]) -> str | None:
    """An answer set apart by its opening or ending: a single choice whose answer lacks the first or
    last character all wrong options share (跨业务 among 科技服务、金融服务、为民服务), or a multiple
    choice whose right options all share one that a wrong option lacks (各部门、各区域、各岗位 / 抓到位)."""
    if not right or not wrong:
        return None
    if kind == "single" and len(wrong) >= 2:
        for edge in (slice(0, 1), slice(-1, None), slice(0, 2), slice(-2, None)):
            mark = {w[edge] for w in wrong}
            if len(mark) == 1 and right[0][edge] not in mark:
                return f"正确选项“{right[0]}”与其余选项的{'开头' if edge.start == 0 else '结尾'}不同，一眼可辨"
    if kind == "multiple" and len(right) >= 3:
        for edge in (0, -1):
            mark = {r[edge] for r in right}
            odd = [w for w in wrong if w[edge] not in mark]
            if len(mark) == 1 and odd:
                return f"正确选项都以“{mark.pop()}”{'开头' if edge == 0 else '结尾'}，错误选项“{odd[0]}”不是，一眼可辨"
    return None


def odd_form(options: tuple[str, ...] | list[str]) -> str | None:
    """The one short option of another form than all the others (``form_of``: 战斗力 among 防非典、
    抗地震、战洪水; 勇于创新 among 实践创新、理论创新), or None."""
    if len(options) < 4 or any(len(o) > 6 for o in options):
        return None
    forms = [form_of(o) for o in options]
    for i, f in enumerate(forms):
        if f and forms.count(f) == 1:
            what = "名词" if f == "noun" else "动词短语"
            return f"选项“{options[i]}”是{what}，其余选项不是，一眼可辨"
    return None


def odd_one(options: tuple[str, ...] | list[str]) -> int | None:
    """The index of the option far longer or shorter than all the others (it gives itself away), or None."""
    if len(options) < 3:
        return None
    lengths = [len(o) for o in options]
    for i, o in enumerate(options):
        others = lengths[:i] + lengths[i + 1 :]
        s, k = sorted(others), len(others) // 2  # statistics.median, without its type checks (ten times slower)
        m = s[k] if len(others) % 2 else (s[k - 1] + s[k]) / 2
        lo, hi = s[0], s[-1]
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


def odd_opening(right: list[str], wrong: list[str]) -> str | None:
    """Wrong options that all open with the same two characters (这是…) no right option opens with:
    they come from another list, and their form tells them apart."""
    if len(wrong) < 2 or not right:
        return None
    heads = {w[:2] for w in wrong}
    if len(heads) == 1 and all(r[:2] not in heads for r in right):
        return f"错误选项都以“{heads.pop()}”开头，正确选项都不是，一眼可辨"
    return None


# Sentence frames an option may carry (以人民为中心, 把纪律挺在前面作为…): an option alone in its frame
# stands out among the others, and a right one alone in it gives the answer away (issue 12: only one
# option continued the sentence's 以…为).
# A frame counts where the option opens with it (after at most a two-character lead: 坚持以…为主线);
# inside a long requirement it is no form of the option.
FRAMES = (re.compile("^.{0,2}以.{1,20}?为"), re.compile("^.{0,2}把.{1,20}?作为"))


def frame_of(option: str) -> int | None:
    """The index in FRAMES of the frame ``option`` carries, or None."""
    return next((i for i, f in enumerate(FRAMES) if f.search(option)), None)


def lone_frame(options: list[str]) -> int | None:
    """The index of the one option of three or more whose frame no other option carries, or None."""
    if len(options) < 3:
        return None
    frames = [frame_of(o) for o in options]
    for i, f in enumerate(frames):
        if f is not None and frames.count(f) == 1:
            return i
    return None


_NAMED = re.compile(r"《[^》]*》|“[^”]*”")


# a label's colon, full-width or half-width as typed (目的：…, 目的:…); not a clock time's (8:30)
_LABEL_COLON = re.compile(r"：|(?<!\d):(?!\d)")


def labelled_keys(right: list[str], wrong: list[str]) -> str | None:
    """Why the right options give themselves away by a label no wrong option has, or None: every key is
    an item with its label and colon (目的：…) and every wrong option a phrase without (session 25, task
    choice: 选项句式不一致，一眼可辨); with a single key, two wrong options at least."""
    if not right or len(wrong) < (2 if len(right) == 1 else 1):
        return None
    # (a label and its colon, 目的：…, 手段：…; not a comma: the lists of a review's answers gloss their items,
    # 立大志，就是要…, and their multiple choice is the only question that asks such a list's point in
    # the dev texts with teachers' key points: dropped, that key point is lost)
    has = lambda o: bool(_LABEL_COLON.search(_NAMED.sub("", o)))  # noqa: E731 — (a title's or a quotation's own colon is no label)
    if all(has(r) for r in right) and not any(has(w) for w in wrong):
        return f"只有正确选项带“标签：”（“{right[0][:8]}…”），与错误选项句式不同，一眼可辨"
    return None


def odd_frame(right: list[str], wrong: list[str]) -> str | None:
    """Why the answer of a single choice, alone in its frame (以…为), gives itself away, or None (among
    several right options of a multiple choice one in a frame tells nothing)."""
    if len(right) != 1:
        return None
    i = lone_frame(right + wrong)
    if i is None or i >= len(right):
        return None
    return f"只有正确选项“{right[i]}”是“以…为”一类的句式，一眼可辨"


_NUMERAL = re.compile("^[一二三四五六七八九十两第]")


def odd_numeral(right: list[str], wrong: list[str]) -> str | None:
    """Right options that all open with a numeral (三中、四中、五中、六中) beside a wrong one that does not
    (陕中): it is no member of the count, and no word either."""
    if len(right) < 2 or not all(_NUMERAL.match(r) for r in right):
        return None
    odd = [w for w in wrong if not _NUMERAL.match(w)]
    return f"正确选项都以数字开头，错误选项“{odd[0]}”不是，一眼可辨" if odd else None
