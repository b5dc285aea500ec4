"""Shapes blind teachers rejected in the labeled reviews that lint's other checks let through (task lint,
session 20; issue 12, deliverable 5), each a small named check a teacher would state:

- ``note_item``: an option or a key that carries a note-taker's remark, a footnote number or a page reference
  (……这个…, ⑧我们…, 135-136改革, 价值观 70社会): no point of the text, and a key that holds one is keyed wrong;
- ``stray_stop``: an option or a key with a full stop between two of its words (积极领导．稳步前进): a misprint of the
  notes;
- ``two_aspects``: a list question whose heading asks two aspects of its subject or more (…的科学内涵和实现路径): one
  list answers one of them, and the stem does not say which;
- ``perspective_place``: a list question that names its list by the angle a passage takes (从案发领域上看): no subject;
- ``place_gives_items``: a recall question whose quoted heading names its own items (节约型、友好型、开放型协会的建设):
  the stem gives the answer away (session 21);
- ``ownerless_subject``: a statement whose subject is a heading word with no owner (指导思想是______、…; ______是… keyed
  指导思想): whose guiding thought it does not say;
- ``cut_opening``: a sentence stem that opens with a particle no sentence opens with (的社会存在，…): a broken line;
- ``garbled_title``: a stem that cites its text by a title of page furniture (《小】》, cut from a page's 字体 大 中 小
  】 switch): no title a learner can place (session 23);
- ``heading_cloze``: a cloze of few words (trivia.bare_context) cut from a line that ends with no stop, a heading of
  notes or half a sentence (某某在______的总体要求。 of the heading 某某在新阶段的总体要求): no statement to complete;
- ``subjectless_clause``: a true/false statement of one short clause that opens with its verb (用好甲、发挥甲、塑造甲。):
  whose doing it is, the statement does not say, so it cannot be judged (session 24);
- ``shared_clause``: a list question whose keyed items all open with the same clause (坚持甲，就要…; 坚持甲，就要…) that
  the heading it asks does not name: the items elaborate one member, not the list the heading names (session 24);
- ``repeated_item``: a list question whose keyed items hold one another (甲的建立; 中国甲的建立): one point twice
  (session 25);
- ``superseded_clause``: a question on the clause that repeals the text a regulation replaces (…印发的《…》同时废止):
  the date and title of a text no longer in force, and 同时 points outside the stem (session 24; never_asked.yaml
  ``superseded``, the rule the generator reads, so lint and the generator agree);

``findings`` runs inside reject_shapes (one of lint's quality checks), so ``generate`` drops what it flags.
Patterns and word lists are policy (lint_shapes.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..kinds import LIST_KINDS
from .. import segment
from ..model import Question
from ..rules.schema import load_policy_file
from ..text import SENTENCE_END, common_prefix, common_run
from .outline_items import page_ref
from .never_asked import SUPERSEDED
from .review_shapes import right_wrong, without_attribution
from .sentence import BLANK
from .trivia import bare_context

PATH = Path(__file__).with_name("lint_shapes.yaml")
# What lint_shapes.yaml holds; every key is required ("re": a regex).
SCHEMA = {
    "note_opening": "re", "stray_stop": "re", "ownerless_heads": [str],
    "owner_verbs": "re", "aspects": [str], "aspect_joiners": "re", "perspective_place": "re", "cut_opening": "re",
    "heading_claim": "re", "place_echo_min": int, "garbled_title": "re", "subjectless_max": int,
    "subjectless_tags": [str], "subjectless_p_max": int, "subjectless_p_topics": [str], "subjectless_breaks": "re", "shared_clause_min": int,
    "repeated_item_min": int, "unseen_list": "re", "dangling_report": "re",
    "open_list_names": [str],
}


def read_policy(path: Path) -> dict:
    """The policy of ``path``, checked against SCHEMA; raises RuleErrors (every problem with file:line)
    or KaodianError (a file that is missing, unreadable or no YAML)."""
    return load_policy_file(path, SCHEMA)


_POLICY = read_policy(PATH)
_NOTE_OPENING = re.compile(_POLICY["note_opening"])
_STRAY_STOP = re.compile(_POLICY["stray_stop"])
_OWNERLESS_HEADS = frozenset(_POLICY["ownerless_heads"])
# (longest first: 主要内容 before 内容)
_OWNERLESS = re.compile("^(" + "|".join(sorted(map(re.escape, _OWNERLESS_HEADS), key=len, reverse=True))
                        + f")(?:{_POLICY['owner_verbs']})")
_BLANK_THEN_VERB = re.compile(f"^{re.escape(BLANK)}(?:{_POLICY['owner_verbs']})")
SENTENCE_KINDS = ("cloze", "truefalse", "single", "multiple")
_ASPECT = "|".join(sorted(map(re.escape, _POLICY["aspects"]), key=len, reverse=True))
_CUT_OPENING = re.compile(_POLICY["cut_opening"])
_HEADING_CLAIM = re.compile(_POLICY["heading_claim"])
_PERSPECTIVE = re.compile(_POLICY["perspective_place"])
_GARBLED_TITLE = re.compile(_POLICY["garbled_title"])
_SUBJECTLESS_BREAKS = re.compile(_POLICY["subjectless_breaks"])
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
_UNSEEN_LIST = re.compile(_POLICY["unseen_list"])
_DANGLING_REPORT = re.compile(_POLICY["dangling_report"])
_NAME_ENDS = tuple(_POLICY["open_list_names"])
# a blank in a 、 run (before or after it) that closes with 等 before the run's clause ends
_OPEN_RUN = re.compile(f"(?:{re.escape(BLANK)}、|、{re.escape(BLANK)})[^，。；：！？]*?等(?![级同])")
_TWO_ASPECTS = re.compile(f"(?:{_ASPECT})(?:{_POLICY['aspect_joiners']})(?:{_ASPECT})")


def findings(q: Question, place: str) -> list[str]:
    """The findings of this module on one question (see the module doc); ``place`` is the list's name its stem
    gives (reject_shapes.list_place), or ""."""
    right, wrong = right_wrong(q)
    keys = list(q.answer) if q.kind in ("recall", "cloze") else right
    listed = q.kind in ("recall", "single", "multiple", "ordering")
    found = [note_item([*keys, *wrong]), stray_stop([*keys, *wrong]), two_aspects(place) if listed else None,
             perspective_place(place) if listed else None,
             place_gives_items(place, q.answer) if q.kind == "recall" and place else None, garbled_title(q.stem),
             shared_clause(place, keys) if listed and place else None,
             repeated_item(keys) if listed and q.kind != "single" else None,
             unseen_list(q.stem) if q.kind in ("recall", "ordering") else None]
    if q.kind == "cloze":
        found.append(heading_cloze(q.stem, q.source.sentence))
        found.append(open_list_name(q.stem, q.answer))
    if q.kind in SENTENCE_KINDS and not (q.kind != "cloze" and q.point_kind in LIST_KINDS):
        found.append(ownerless_subject(q.stem, q.answer if q.kind == "cloze" else ()))
        found.append(cut_opening(q.stem))
        found.append(superseded_clause(q.source.sentence))
        found.append(dangling_report(q.stem))
    if q.kind == "truefalse":
        found.append(subjectless_clause(q.stem))
    return [why for why in found if why]


def note_item(items: list[str]) -> str | None:
    """Why one of ``items`` (options, keys) is a note-taker's remark, a footnote or holds a page reference, or None."""
    for item in items:
        if _NOTE_OPENING.match(item):
            return f"“{item[:12]}”以省略号或注释编号开头，是笔记的批注或注释，不是要点"
        if m := page_ref(item):
            return f"“{item[:16]}”里的“{m.group().strip()}”是页码，混进了选项或答案"
    return None


def stray_stop(items: list[str]) -> str | None:
    """Why one of ``items`` (options, keys) has a full stop between two of its words (a misprint), or None."""
    for item in items:
        if m := _STRAY_STOP.search(item):
            return f"“{item[:16]}”中间有句点“{m.group()[1]}”，是错印的标点"
    return None


def two_aspects(place: str) -> str | None:
    """Why the heading ``place`` a list question names its list by asks two aspects of its subject or more
    (``aspects`` joined by ``aspect_joiners``: …的科学内涵和实现路径), or None."""
    # (a heading the generator names a sub-list by, 甲的特点和表现：从方式上看, asks the part after its colon)
    if m := _TWO_ASPECTS.search(re.split("[：:]", place)[-1]):
        return f"题干的标题问了“{m.group()}”几个方面，一组列举只答其中一个，不知问的是哪个"
    return None


def perspective_place(place: str) -> str | None:
    """Why the heading ``place`` a list question names its list by is only an angle with no subject (从…上看), or None."""
    if _PERSPECTIVE.match(place):
        return f"题干的标题“{place}”只是一个角度，没说是什么的，离开原文不知问的是什么"
    return None


def place_gives_items(place: str, items: tuple[str, ...]) -> str | None:
    """Why the heading ``place`` a recall question quotes names every one of its ``items`` (each shares a run of
    ``place_echo_min`` characters or more, and half its own length, with it: 学习型政党 in 学习型、服务型…政党), or None."""
    least = _POLICY["place_echo_min"]
    if len(items) >= 2 and all(common_run(item, place) >= max(least, len(item) / 2) for item in items):
        return f"题干所引的标题“{place[:16]}”已经说出了各项答案"
    return None


def garbled_title(stem: str) -> str | None:
    """Why a stem cites its text by a title that is page furniture rather than a name (``garbled_title``: 《小】》),
    or None."""
    for title in re.findall("《([^《》]*)》", stem):
        if _GARBLED_TITLE.search(title):
            return f"题干所引的篇名《{title}》是网页上的残字，不是文章的名字"
    return None


def cut_opening(stem: str) -> str | None:
    """Why a sentence stem opens in the middle of a phrase (``cut_opening``: 的社会存在，…), or None."""
    if m := _CUT_OPENING.match(without_attribution(stem.strip())):
        return f"题干以“{m.group()}”开头，是断行留下的半句"
    return None


def heading_cloze(stem: str, sentence: str) -> str | None:
    """Why a cloze stem of few words (trivia.bare_context) completes no statement: the line it is cut from ends with
    no stop (a heading of notes, 某某改革的主要任务; half a sentence cut at a comma), or None.  A short sentence
    with its stop (任期最长不超过五年。) states a rule and stays, and so does a heading that claims its point
    (``heading_claim``: a study sheet's 甲是乙的根本特性) or blanks a quoted formulation (总结推广某地“______”经验。)."""
    rest = bare_context(stem)
    # (a clause closed by a semicolon, 既要甲也要乙；, is a statement of its own)
    if rest is None or sentence.rstrip()[-1:] in SENTENCE_END + "；;":
        return None
    # (a heading that claims its point whole, ______是教育的第一资源。, or names the text's quoted formulation, 总结推广
    # 某地“______”经验。: the heading says the point)
    if _HEADING_CLAIM.search(stem) or (stem.count(BLANK) == 1 and f"“{BLANK}”" in stem):
        return None
    return f"题干只剩“{rest}”，出自一行小标题或半句话，不是完整的论断，可填的内容很多"


def ownerless_subject(stem: str, answers: tuple[str, ...] = ()) -> str | None:
    """Why a statement's subject is a heading word with no owner (``ownerless_heads``: 指导思想是…), or the blank that
    opens it is keyed with one (______是…, answered 指导思想), or None.  ``answers``: a cloze's, in order."""
    body = without_attribution(stem.strip())
    if m := _OWNERLESS.match(body):
        head = m.group(1)
    elif _BLANK_THEN_VERB.match(body) and answers and answers[0] in _OWNERLESS_HEADS:
        head = answers[0]
    else:
        return None
    return f"题干的主语“{head}”没说是谁的、什么的，离开原文无从判断"


def shared_clause(place: str, items: list[str]) -> str | None:
    """Why the keyed ``items`` of a list question all open with one clause (up to a comma) that the heading ``place``
    does not name (it shares fewer than half the clause's characters in a run with it), or None."""
    head = common_prefix(items) if len(items) >= 2 else ""
    cut = max(head.rfind("，"), head.rfind(","))
    if cut < _POLICY["shared_clause_min"] or common_run(head[:cut], place) * 2 >= cut:
        return None
    return f"各项答案都以“{head[:cut]}”开头，讲的是其中一项的展开，不是标题“{place[:16]}”下列举的几点"


def repeated_item(items: list[str]) -> str | None:
    """Why one of a list's keyed ``items`` holds another whole (their Chinese characters; both at least
    ``repeated_item_min`` of them), or None: the list counts one point twice."""
    cores = [_NOT_CJK.sub("", item) for item in items]
    for i, a in enumerate(cores):
        for b in cores[i + 1:]:
            short, long = sorted((a, b), key=len)
            if len(short) >= _POLICY["repeated_item_min"] and short in long:
                return f"答案“{short[:12]}”与“{long[:14]}”说的是同一点，列举重复计数"
    return None


def superseded_clause(sentence: str) -> str | None:
    """Why a question cut from ``sentence`` asks the text a regulation repeals (never_asked.yaml ``superseded``:
    …印发的《…》同时废止, with no date the new text takes effect), or None."""
    if SUPERSEDED.search(sentence):
        return "出处句是废止旧文件的条款：考的是已失效文件的日期和名称，“同时废止”离开原文也不知所指"
    return None


def unseen_list(stem: str) -> str | None:
    """Why a list question's ``stem`` points at a list it does not show (有下列行为之一。请写出这五项: lint_shapes.yaml
    ``unseen_list``), or None."""
    # (a stem that names its document and part first, 据《…章程》“…”部分，学校有下列情形之一的…, tells where the list
    # stands: a teacher printed one, review s15)
    if not stem.startswith("据《") and (m := _UNSEEN_LIST.search(stem)):
        return f"题干“{m.group(0)[:12]}”指向题中没有列出的各项：应说出是哪份文件哪一条、各项是什么"
    return None


def open_list_name(stem: str, answers: tuple[str, ...]) -> str | None:
    """Why a cloze's one blank is a member of an open list of document names (______、某某条例、某某办法等: lint_shapes.yaml
    ``open_list_names``): any member fits it; or None."""
    if stem.count(BLANK) != 1 or len(answers) != 1 or not answers[0].strip("《》").endswith(_NAME_ENDS):
        return None
    if _OPEN_RUN.search(stem):
        return f"空“{answers[0][:12]}”是“……等”所列文件之一：其他各项同样填得进去"
    return None


def dangling_report(stem: str) -> str | None:
    """Why a statement (``stem``, its attribution 据《…》， aside) opens with a verb of reporting whose speaker is not
    in it (强调加强…是…之策: lint_shapes.yaml ``dangling_report``), or None."""
    body = without_attribution(stem.strip())
    if _DANGLING_REPORT.match(body):
        return f"陈述以“{body[:2]}”开头，却没有说是谁{body[:2]}：题干缺主语"
    return None


def subjectless_clause(stem: str) -> str | None:
    """Why a statement (``stem``, its attribution 据《…》， aside) is one clause of at most ``subjectless_max`` characters
    that opens with a verb or a preposition (``subjectless_tags``; one opening with a preposition, tagged p, other than
    one fronting its topic, ``subjectless_p_topics``, of at most ``subjectless_p_max``) and claims nothing with 是 or a colon (``subjectless_breaks``), or None: whose doing it is,
    the statement does not say."""
    body = without_attribution(stem.strip())
    # (a clause after a comma may bring the subject; 是 or a colon makes a claim about what stands before it)
    if _SUBJECTLESS_BREAKS.search(body.rstrip("。！？!?")):
        return None
    size = len(_NOT_CJK.sub("", body))
    if size > max(_POLICY["subjectless_max"], _POLICY["subjectless_p_max"]):
        return None
    words = segment.tag(body)
    if not words or words[0][1] not in _POLICY["subjectless_tags"]:
        return None
    # (a preposition's object is never the actor: a clause opening with one stays subjectless up to a longer bound)
    long_bound = words[0][1] == "p" and words[0][0] not in _POLICY["subjectless_p_topics"]
    if size > (_POLICY["subjectless_p_max"] if long_bound else _POLICY["subjectless_max"]):
        return None
    return f"陈述“{body[:16]}”只是一个没有主语的短句，离开原文不知说的是谁、是什么，无从判断"
