"""Cloze blanks that the words around them fill, or that ask the wrong part of a rule (session 26, issue 12).

Policy in ``cloze_slots.yaml``.  Shapes a party-school teacher strikes: a blank the study verb before it fixes by
collocation (学习贯彻______ -> 全会精神), a member of a regulation's list of matters when the sentence's point is who
decides and who approves (…的______、换届…，经党组讨论决定后，报…审批), a blank that opens with the complement of
the verb before it (落实|好宏观政策), a blank that crosses two lists (…抓改革、|促发展的积极性|、主动性; 党员、|干部增强责任感|),
a blank that joins the object of one verb to the next verb (完善|标准、提高|“得补率”).
``slot_problem`` is read by lint's ``blank_problem``, so the drafter never places such a blank and lint flags a bank
made before."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import segment
from ..rules.schema import load_policy_file

PATH = Path(__file__).with_name("cloze_slots.yaml")
# What cloze_slots.yaml holds; every key is required ("re": a regex).
SCHEMA = {"study_verb_before": "re", "collocate_blank": "re", "procedure_after": "re",
          "complement_open": "re", "complement_verb_before": "re",
          "crossing_head_min": int, "joined_head": "re", "member_end": "re", "fixed_pairs": [str],
          "count_overrun": "re", "run_repeats_min": int,
          "governing_open": "re", "document_kinds": [str], "governing_before": "re", "governing_min_len": int,
          "split_noun_tags": [str], "split_verb_tags": [str], "split_object_after": "re"}


@lru_cache(maxsize=1)
def policy() -> dict:
    """cloze_slots.yaml, read and checked once; raises RuleErrors (every problem with file:line)."""
    return load_policy_file(PATH, SCHEMA)


def slot_problem(sentence: str, start: int, end: int) -> str | None:
    """Why the blank ``sentence[start:end]`` is filled by its context or asks a rule's wrong part, or None
    (the module doc names the shapes)."""
    return (collocated(sentence, start, end) or procedure_matter(sentence, start, end)
            or cut_complement(sentence, start, end) or crossing(sentence, start, end)
            or overrun(sentence, start, end) or governing_verb(sentence, start, end) or split_pair(sentence, start, end))


def collocated(sentence: str, start: int, end: int) -> str | None:
    """Why the blank is the stock object of the study verb right before it (学习贯彻______ -> 全会精神), or None."""
    pol = policy()
    text = sentence[start:end]
    if re.search(pol["study_verb_before"], sentence[:start]) and re.match(pol["collocate_blank"], text):
        return f"空“{text}”是前面动词的固定搭配（学习贯彻…精神），一猜即中，没有考点"
    return None


def procedure_matter(sentence: str, start: int, end: int) -> str | None:
    """Why the blank is one of the matters a regulation's procedure covers (…的______、换届…，经…讨论决定后，报…审批),
    the decider and the approver being the sentence's point, or None."""
    before, after = sentence[max(0, start - 1):start], sentence[end:end + 1]
    if "、" not in (before + after):
        return None  # (a lone matter may be the rule's topic; only a list of them is the wrong part)
    # (the list opens the sentence, its subject: no clause break before the blank)
    if re.search("[，,；;：:]", sentence[:start]) or re.search(policy()["procedure_after"], sentence[end:]) is None:
        return None
    return f"空“{sentence[start:end]}”是程序规定所列的事项之一，这条规定的要点是谁决定、谁审批，挖事项没有考到"


def cut_complement(sentence: str, start: int, end: int) -> str | None:
    """Why the blank opens with the complement of the verb before it (落实|好宏观政策), or None."""
    pol = policy()
    text = sentence[start:end]
    if len(text) < 3 or not re.match(pol["complement_open"], text):
        return None  # (好 alone, or 好 with one character, is no object cut from its verb)
    m = re.search(pol["complement_verb_before"], sentence[:start])
    if m is None:
        return None
    return f"空“{text}”以前面动词的补语“{text[0]}”开头，切开了“{m.group()}{text[0]}”，边界错"


def crossing(sentence: str, start: int, end: int) -> str | None:
    """Why the blank crosses two lists (…抓改革、|促发展的积极性|、主动性; 党员、|干部增强责任感|), or None: it ends with a
    series member it does not hold whole, or it holds one side of a pair the genre says as one."""
    pol = policy()
    text = sentence[start:end]
    for pair in pol["fixed_pairs"]:
        at = sentence.find(pair)
        while at >= 0:
            # (one edge of the blank falls strictly inside the pair: a side taken without the other)
            if any(at < edge < at + len(pair) for edge in (start, end)) and not (start <= at and at + len(pair) <= end):
                return f"空“{text}”把“{pair}”拆开了，只取一半，边界错"
            at = sentence.find(pair, at + 1)
    if sentence[end:end + 1] != "、":
        return None
    m = re.search(pol["member_end"], sentence[end + 1:])
    member = sentence[end + 1:end + 1 + (m.start() if m else len(sentence))]
    n = len(member)
    # (members that open alike, 定期接待群众来访、定期下访, are one series of phrases, whatever their tails share)
    if (n < 2 or len(text) < n + pol["crossing_head_min"] or text[-1] != member[-1] or "、" in text
            or text[0] == member[0]):
        return None
    head = text[:-n]
    if re.search(pol["joined_head"], head):
        return None  # (价值观和|权力观、政绩观: two members of the one series, the blank joining them)
    # (a modifier the series shares, 党的|政治建设、思想建设, 正确|政治方向、舆论导向, is no other structure: the head
    # must hold a verb, or the blank open another series' member, right after its 、)
    if sentence[start - 1:start] != "、" and not any(t.startswith("v") for _, t in segment.tag(head)):
        return None
    return (f"空“{text}”的末尾“{text[-n:]}”与后面的“{member}”是一组并列，前面的“{text[:-n]}”属于另一个结构，"
            "空跨了两个并列结构，边界错")


def overrun(sentence: str, start: int, end: int) -> str | None:
    """Why the blank runs past its own word: a count into the next word (听取|1次党|的…), or a blank ending inside a
    run of one repeated character (落细|落|小落实), or None."""
    pol = policy()
    text = sentence[start:end]
    if re.match(pol["count_overrun"], text):
        return f"空“{text}”的数量词后面多带了下一个词的字，边界错"
    last = text[-1:]
    # (the run around the blank's end, every other character the same: 落细落|小落实)
    run = sentence[max(0, end - 5):end + 4]
    if (last and "\u4e00" <= last <= "\u9fff" and run.count(last) >= pol["run_repeats_min"]
            and sentence[end + 1:end + 2] == last and sentence[end - 3:end - 2] == last):
        return f"空“{text}”切在“{run}”这一串重复结构中间，边界错"
    return None


def governing_verb(sentence: str, start: int, end: int) -> str | None:
    """Why the blank holds its clause's governing verb and ends inside the verb's object (，|充分发挥…党组织|作用), or
    None.  A blank that reaches its clause's end, or stands in a 、-series, is a whole task or a member: asked."""
    pol = policy()
    text = sentence[start:end]
    if len(text) < pol["governing_min_len"] or "、" in text or sentence[end:end + 1] in ("、", ""):
        return None
    if sentence[start - 1:start] == "、" or re.match("[，,；;。！？：:]", sentence[end:end + 1]):
        return None
    if not re.search(pol["governing_before"], sentence[:start]):
        return None
    m = re.match(pol["governing_open"], text)
    if m is None or m.end() == len(text) or sentence[end:end + 1] in ("是", "为"):
        return None
    return f"空“{text}”含了分句的谓语动词“{m.group()}”，却没包住它的宾语，边界错"


def document_kind(sentence: str, start: int, end: int) -> str | None:
    """Why the blank is only a document's kind in its title marks (《______》 -> 条例), or None: read for quoted blanks,
    which lint's blank_problem checks apart."""
    text = sentence[start:end].strip("《》")
    if text in policy()["document_kinds"] and sentence[start - 1:start] + sentence[end:end + 1] == "《》":
        return f"空“{text}”只是文件的种类，上下文已指明是哪份文件，一猜即中"
    return None



def split_pair(sentence: str, start: int, end: int) -> str | None:
    """Why the blank joins two verb phrases' halves across a 、 (完善|标准、提高|“得补率”): its first member is a noun,
    the object of a verb before the blank, and its last member a lone verb whose object follows the blank, or None."""
    pol = policy()
    text = sentence[start:end]
    members = text.split("、")
    if len(members) < 2 or not re.match(pol["split_object_after"], sentence[end:]):
        return None
    first, last = segment.tag(members[0]), segment.tag(members[-1])
    if not first or len(last) != 1 or last[0][1] not in pol["split_verb_tags"]:
        return None
    # (the first member glued to what stands before it, a noun: the object of a verb outside the blank)
    if first[0][1] not in pol["split_noun_tags"] or not re.match("[\u4e00-\u9fff]", sentence[start - 1:start]):
        return None
    return (f"空“{text}”把“{sentence[max(0, start - 2):start]}{members[0]}”的宾语和“{members[-1]}…”的动词拼在一起，"
            "跨了两个动宾结构，边界错")
