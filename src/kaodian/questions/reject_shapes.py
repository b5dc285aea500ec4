"""Shapes a party-school teacher rejected in session 7's blind reviews that lint's other checks let
through (issue 12, deliverable 5; labels in tests/data/lint_labels_s7.json):

- a list question that does not say which list it asks (no place, a place of one to three characters,
  a chapter label of study notes whose items are no statements, a place that counts another
  number of items), says 二点 for 两点, asks to write out more than ten items, or whose answer item
  swallowed the sentences after it;
- a choice whose right options alone carry an aspect particle (排解了…、提高了…);
- a single choice whose wrong options were picked for sharing one character with the key (重庆谈判
  beside 重质量贡献), or whose key, a numbered formulation, repeats what the stem says again and again;
- a true/false statement that points to a time or place it does not show (那时候, 这里, 6年来), or whose changed figure
  the sentence itself contradicts (全部完成，完成率50%);
- a cloze that blanks a clause that
  modifies the next word instead of a concept;
- a stem that repeats a function word (要要), a typo of the source printed as is.

``findings`` is one of lint's quality checks, so ``generate`` drops what it flags.  The patterns and
word lists are policy (reject_shapes.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterator
from pathlib import Path

from .. import segment
from ..kinds import LIST_KINDS
from ..model import OPTION_LETTERS, Question
from ..numerals import value_of
from ..rules.schema import load_policy_file
from .falsehood import says_whole, whole_share
from .listnames import list_counts, stated, table_of_contents
from .graded_shapes import findings as graded_findings  # (sessions 7-14, swept in session 15)
from .item_shapes import findings as item_findings  # (options and answers, sessions 9-15, swept in session 16)
from .multi_shapes import findings as multi_findings
from .note_shapes import findings as note_findings  # (session 9's shapes: notes left in a question)
from .option_kinds import asks
from .label_echo import echo as label_echo, heading_option  # (a list's name only its keys repeat: session 14)
from .lint_shapes import findings as lint_shape_findings  # (session 20's sweep of the labeled reviews)
from .rater_shapes import findings as rater_findings  # (sessions 7-13, swept in session 14)
from .review_shapes import findings as review_findings  # (session 11's shapes)
from .review_amounts import review_amount
from .single_shapes import findings as single_findings
from .trivia import findings as trivia_findings  # (session 17's trivia and non-propositions, swept in session 18)

PATH = Path(__file__).with_name("reject_shapes.yaml")
# What reject_shapes.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "anchor": "re", "anchor_min": int, "asked": "re", "asked_er": "re", "no_place": "re", "recall_max": int,
    "item_commas": int, "item_part_max": int, "dangling_pointers": [str], "relative_time": "re",
    "particles": [str], "char_picked_min": int, "clause_words": int, "subject_tags": [str], "doubled_words": [str],
}


def read_policy(path: Path) -> dict:
    """The policy of ``path``, checked against SCHEMA; raises RuleErrors (every problem with file:line)
    or KaodianError (a file that is missing, unreadable or no YAML)."""
    return load_policy_file(path, SCHEMA)


_POLICY = read_policy(PATH)
_ANCHOR = re.compile(_POLICY["anchor"])
ANCHOR_MIN: int = _POLICY["anchor_min"]  # see reject_shapes.yaml
ITEM_COMMAS: int = _POLICY["item_commas"]
RECALL_MAX: int = _POLICY["recall_max"]
ITEM_PART_MAX: int = _POLICY["item_part_max"]
_RELATIVE_TIME = re.compile(_POLICY["relative_time"])
_POINTERS = tuple(_POLICY["dangling_pointers"])
_DOUBLED = frozenset(_POLICY["doubled_words"])
# (a regex pass first: most stems say no word twice, and segmenting every stem costs)
_TWICE = re.compile("|".join(w + w for w in _DOUBLED))

_ASKED = re.compile(_POLICY["asked"])  # the count a list question asks (哪五点)
_ER = re.compile(_POLICY["asked_er"])  # 二 where Chinese says 两 (哪二点)
_NO_PLACE = re.compile(_POLICY["no_place"])  # 文章列举了哪三点？
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
_QUOTED = re.compile(r"“[^“”]*”")
_SPEAKER = re.compile(r"^[^，。“”：]{2,14}(?:指出|强调|说)：")
_CHANGE = re.compile(r"“([^“”]+)”误作“([^“”]+)”")
# A numbered formulation: 四个融入, 两个维护.
_NUMBERED = re.compile(r"^([一二两三四五六七八九十]+)个(.{2,})$")


def findings(q: Question, lazy: bool = False) -> list[str] | Iterator[str]:
    """The findings of this module on one question (see the module doc); with ``lazy``, an iterator that works
    out each group of checks only when the findings before it are used up (lint.first_quality_finding stops
    at the first), in the same order."""
    got = _findings(q)
    return got if lazy else list(got)


def _findings(q: Question) -> Iterator[str]:
    """``findings``' findings, each group of checks run when the iteration reaches it."""
    if q.point_kind in LIST_KINDS and q.kind in ("recall", "ordering", "single", "multiple"):
        items = _asked_items(q)
        stated = [_stated(item, q.source.sentence) for item in items]
        yield from list_stem_findings(q.stem, ordering=q.kind == "ordering", items=items, stated=stated)
    if q.kind == "recall":
        if len(q.answer) > RECALL_MAX:
            yield f"简答题要写出 {len(q.answer)} 项，是要读的清单，不是要答的题"
        yield from swallowed_items(q.answer)
    elif q.kind == "single" and len(q.options) == 4 and len(q.answer) == 1 and q.answer[0] in OPTION_LETTERS[:4]:
        yield from _single_findings(q)
    if q.kind in ("single", "multiple") and q.options and all(a in OPTION_LETTERS[: len(q.options)] for a in q.answer):
        right = [q.options[OPTION_LETTERS.index(a)] for a in q.answer]
        wrong = [o for o in q.options if o not in right]
        if why := particle_giveaway(right, wrong):
            yield why
        if q.kind == "multiple" and (why := question_giveaway(right, wrong)):  # (a single's: single_shapes.title_option)
            yield why
        if q.kind == "multiple":
            yield from multi_findings(right, wrong)
        if q.point_kind in LIST_KINDS and (why := label_echo(q.stem, right, wrong)
                                           or heading_option(list_place(q.stem), wrong)):
            yield why
    elif q.kind == "truefalse":
        yield from statement_findings(q)
    elif q.kind == "cloze":
        yield from cloze_findings(q)
    if why := doubled_word(q.stem):
        yield why
    # (a key or option that copies the slip teaches it: blind teachers, session 12, 答案有“是是”错字)
    elif why := next(filter(None, (doubled_word(x, "答案或选项") for x in _keys(q) + q.options)), None):
        yield why
    if q.kind == "cloze" and (why := review_amount(q)):
        yield why
    place = list_place(q.stem)
    yield from note_findings(q, place)
    for group in (review_findings, rater_findings, graded_findings, item_findings, trivia_findings):
        yield from group(q)  # (called only when the iteration gets here: see ``findings``)
    yield from lint_shape_findings(q, place)


def _keys(q: Question) -> tuple[str, ...]:
    """The answers of ``q`` that are text (a recall's items, a cloze's blanks), not option letters or 对/错."""
    return () if q.kind in ("single", "multiple", "truefalse", "ordering") else tuple(q.answer)


def list_place(stem: str) -> str:
    """The place in the text a list question's stem names (文章在“…”一处, 关于“…”，), or ""."""
    m = _ANCHOR.search(stem)
    return (m.group("a") or m.group("b") or "") if m else ""


def swallowed_items(items: tuple[str, ...]) -> list[str]:
    """Recall answer items that swallowed the sentences after them: ITEM_COMMAS commas or more, and at
    least twice as long as the other items' median, with a clause after its first that is longer than a
    four-character phrase (an item that is a formulation of such phrases, 坚持解放思想，实事求是，与时俱进，
    求真务实, is one item)."""
    out = []
    for i, a in enumerate(items):
        others = sorted(len(x) for j, x in enumerate(items) if j != i)
        if a.count("，") < ITEM_COMMAS or not others or len(a) < 2 * others[len(others) // 2]:
            continue
        if any(len(part) > ITEM_PART_MAX for part in a.split("，")[1:]):
            out.append(f"答案“{a[:12]}…”一项里有 {a.count('，')} 个逗号，吞进了列举项后面的句子")
    return out


def _asked_items(q: Question) -> list[str]:
    """The list items a list question shows or asks: a recall's answer, an ordering's options, a choice's keys."""
    if q.kind == "recall":
        return list(q.answer)
    if q.kind == "ordering":
        return list(q.options)
    return [q.options[OPTION_LETTERS.index(a)] for a in q.answer if a in OPTION_LETTERS[: len(q.options)]]


def _stated(item: str, passage: str) -> bool:
    """Whether ``item`` ends a sentence in the passage it is cited from (listnames.stated)."""
    i = passage.find(item)
    return i >= 0 and stated(item, passage, i + len(item))


def list_stem_findings(stem: str, ordering: bool = False, items: list[str] | None = None,
                       stated: list[bool] | None = None) -> list[str]:
    """Why a list question's stem does not say which list it asks, or says its count wrongly.  An
    ``ordering`` question shows its items, so it needs no place to say which list they are.  ``items``:
    the list items it shows or asks; ``stated``: for each, whether it ends a sentence in the text (none
    known: no item is taken as stated)."""
    out: list[str] = []
    if _ER.search(stem):
        out.append("题干说“二点”“二项”，应说“两点”“两项”")
    m = _ANCHOR.search(stem)
    if m is None:
        if not ordering and _NO_PLACE.match(stem):
            out.append("题干只说文章列举了几点，没说是哪一处的列举，无从作答")
        return out
    anchor = m.group("a") or m.group("b") or ""
    asked = _ASKED.search(stem, m.end())
    if len(_NOT_CJK.sub("", anchor)) < ANCHOR_MIN:
        out.append(f"题干所指的“{anchor}”太笼统，文中多处都可能是，无从作答")
    elif table_of_contents(anchor, items or [], stated or [False]):
        out.append(f"题干问的“{anchor[:12]}”下的各项是笔记的章节标题或题目，是目录结构，不是知识点")
    if asked and (c := next(iter(list_counts(anchor)), None)):
        n = value_of(asked.group(1))
        if n and c.value and n != c.value:
            out.append(f"题干所指的一处说的是“{anchor[c.start:c.end]}”，却问{asked.group(1)}点，题意不通")
    return out


def _single_findings(q: Question) -> list[str]:
    right = q.options[OPTION_LETTERS.index(q.answer[0])]
    wrong = [o for o in q.options if o != right]
    out = []
    if why := char_picked(right, wrong):
        out.append(why)
    if why := count_head_shown(q.stem, right):
        out.append(why)
    return out + single_findings(q, right, wrong)


CHAR_PICKED_MIN: int = _POLICY["char_picked_min"]  # a key this long is a phrase (reject_shapes.yaml)


def char_picked(right: str, wrong: list[str]) -> str | None:
    """Why a single choice's wrong options were picked for one character they share with the key (重要条件、
    重庆谈判、重点跨越 beside 重质量贡献), or None: the key, a phrase, opens with that character as a
    word of its own (a verb: 重|质量), while in every wrong option it is part of a longer word, so the
    options share a character of writing, not a form.  (两翼 among 两高、两点 share a word's head:
    the key is a term, not a phrase, and is left alone.)"""
    options = [right, *wrong]
    if len(right) < CHAR_PICKED_MIN or any(c.isdigit() for o in options for c in o) or len({o[0] for o in options}) != 1:
        return None
    words = [segment.cut(o)[0] for o in options]
    if len(words[0]) == 1 and all(len(w) > 1 for w in words[1:]):
        return f"错误选项只与正确选项“{right}”同以“{right[0]}”开头，词并不相同，是凑数的，一眼可排除"
    return None


PARTICLES: tuple[str, ...] = tuple(_POLICY["particles"])  # aspect particles (reject_shapes.yaml)


def question_giveaway(right: list[str], wrong: list[str]) -> str | None:
    """Why the wrong options give themselves away by asking a question (如何坚持…, …有哪些: a heading of
    study notes, drawn among answers that are points), or None; a right option that asks one too (a
    list of the notes' questions) leaves them alike."""
    if any(asks(o) for o in right):
        return None
    asked = next((o for o in wrong if asks(o)), None)
    return f"错误选项“{asked}”是一个问题（笔记的标题），与是要点的正确选项不同类，一眼可辨" if asked else None


def particle_giveaway(right: list[str], wrong: list[str]) -> str | None:
    """Right options that all carry an aspect particle (排解了…、提高了…) that no wrong option carries, or
    the other way round: the particle, not the content, tells them apart.  None otherwise."""
    if len(right) < 2 or not wrong:
        return None
    for p in PARTICLES:
        # (a lone wrong option that says 坚持了… where every right option says 坚持…: blind teachers, sessions 11-15,
        # 唯一干扰项带“坚持了”字样形式不一致，一眼排除)
        if len(wrong) == 1 and (m := re.match(f"^([\u4e00-\u9fff]{{1,2}}){p}", wrong[0])) \
                and all(r.startswith(m.group(1)) and not r.startswith(m.group()) for r in right):
            return f"只有错误选项在“{m.group(1)}”后带“{p}”字，形式泄露了答案"
        has_r, has_w = [p in r for r in right], [p in w for w in wrong]
        if (all(has_r) and not any(has_w)) or (all(has_w) and len(wrong) >= 2 and not any(has_r)):
            return f"只有{'正确' if all(has_r) else '错误'}选项都带“{p}”字，形式泄露了答案"
    return None


def count_head_shown(stem: str, right: str) -> str | None:
    """Why the key, a numbered formulation (四个融入), is given away by a stem whose clauses or items open
    with its head word as often as it has members (融入日常工作、融入深化改革……), or None."""
    m = _NUMBERED.match(right.strip("“”"))
    if m is None:
        return None
    head = m.group(2)
    # counted where it opens a clause or an item (全面 inside 全面建设 says nothing of 四个全面), and
    # enough times to be the members: all but the first, which follows its verb (融入日常工作、融入…)
    # (one count per mark: the same as a findall of [，、；：]head, whose matches cannot overlap when the
    # head holds no mark, without compiling a pattern per formulation)
    opens = (sum(stem.count(c + head) for c in "，、；：") if not any(c in head for c in "，、；：")
             else len(re.findall(f"[，、；：]{re.escape(head)}", stem)))
    return f"题干里“{head}”一再出现，答案“{right}”不言自明" if opens >= max(2, value_of(m.group(1)) - 1) else None


def statement_findings(q: Question) -> list[str]:
    """Why a true/false statement cannot be judged on its own or contradicts its own change."""
    body = _SPEAKER.sub("", q.stem.strip(), count=1)
    bare = _QUOTED.sub("", body)
    out = []
    if p := next((w for w in _POINTERS if w in bare), None):
        out.append(f"判断题里的“{p}”指代的时间或地点不在题中，无从判断")
    if m := _RELATIVE_TIME.match(body):
        out.append(f"判断题以“{m.group()}”开头，说的是成文时的情况，不知起止无从判断")
    if q.answer == ("错",) and (c := _CHANGE.search(q.explanation or "")):
        old, new = c.groups()
        if whole_share(old) and says_whole(body):
            out.append(f"判断题把“{old}”改成“{new}”，句中说的“全部”与之自相矛盾，一眼可辨")
    return out


def cloze_findings(q: Question) -> list[str]:
    """Why a cloze of several blanks asks no concept in one of them."""
    answers = [b.text for b in q.blanks]
    if len(answers) < 2:
        return []
    out = []
    s = q.source.sentence
    for b in q.blanks:
        # (a series or the last term of one before its 的 is terms: …、互利共赢、合作共赢的精神)
        if s[b.end : b.end + 1] == "的" and s[b.start - 1 : b.start] not in ("、", "”") and "、" not in b.text \
                and _ends_with_verb(b.text):
            out.append(f"空“{b.text}”以动词结尾、修饰后面的词，是截下的从句，不是概念")
    return out


CLAUSE_WORDS: int = _POLICY["clause_words"]  # see reject_shapes.yaml


@lru_cache(maxsize=4096)
def _ends_with_verb(text: str) -> bool:
    """Whether ``text`` is a clause of CLAUSE_WORDS words or more that ends with a verb after its subject
    (班子|打下, 年初|制定, 所|担负): a two-word blank before 的 is often a term (个别吸收的原则), and a
    verb after a modifier is a concept (行动|大|担当; 领导 of 党的领导 is a nominal verb, tagged vn)."""
    if text.startswith("不"):
        return False  # a negated goal is a formulation (守住不发生规模性返贫的底线)
    tags = segment.tag(text)
    return len(tags) >= CLAUSE_WORDS and tags[-1][1] == "v" and tags[-2][1][:1] in SUBJECT_TAGS


SUBJECT_TAGS = frozenset(_POLICY["subject_tags"])  # what a verb's subject ends with (reject_shapes.yaml)


def doubled_word(stem: str, part: str = "题干") -> str | None:
    """A one-character function word said twice in a row (就是要要……), or None; ``part`` names where
    (题干, 答案或选项) in the finding."""
    if not _TWICE.search(stem):
        return None
    prev = ""
    for w in segment.cut(stem):
        if w == prev and w in _DOUBLED:
            return f"{part}里“{w}{w}”重复，是原文的笔误"
        prev = w
    return None
