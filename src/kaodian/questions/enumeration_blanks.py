"""The blanks of an enumeration's cloze: the key term of each item (积极践行|社会主义核心价值观), past the
refrain every item ends with (要提高站位|抓落实), in the passage of the list, in the sentence of one item, or in a
headline item with the lead sentence before it (``enumeration_blanks``).

Moved out of ``ask_cloze`` (the cloze drafts, one function per point kind), whose ``cloze_enumeration``
checks and blanks what this finds.
"""

from __future__ import annotations

import re

from .. import segment
from ..model import Span
from ..text import common_suffix
from . import reasons
from .blanks import item_object, item_subject
from .drafting import CLOZE_SHARE, LONG_PASSAGE, Ctx, list_passage, passage
from .sentence import core
from .vocab import load_vocab


_SENTENCE_INSIDE = re.compile(r"[。！？][”’）)]*(?=\S)")
# A headline item (一是提升了理论修养。) states its point in a few words: at most this many characters with its marker
# (a report's headlines run 8-16; the lists rules' head_chars is 16 without the marker)
HEADLINE_CHARS = 20
# what a lead sentence ends with (…取得了明显成效。 / …有以下几点：); a subheading line ends with none
LEAD_ENDS = ("。", "：", ":", "！")


_DANGLING = tuple(load_vocab().dangling_openers)
_CONTEXT_TIME = re.compile(load_vocab().context_time)


def _points_back(lead: str) -> bool:
    """Whether ``lead`` opens with a word that points to a sentence before it (对此，…, 这是…; not the time span
    这些年来，): a stem it opens says nothing of whose list follows."""
    return lead.startswith(_DANGLING) and not _CONTEXT_TIME.match(lead)


def _refrain(item: str, tail: str) -> bool:
    """Whether ``tail``, which ``item`` ends with, is a clause of its own after it (要提高站位|抓落实): it starts at a
    word's edge with a verb, and what comes before holds no preposition the tail would close (以…为本)."""
    words = segment.tag(item)
    edge, at = len(item) - len(tail), 0
    for i, (w, tag) in enumerate(words):
        if at == edge:
            return tag.startswith("v") and not any(t == "p" for _, t in words[:i])
        at += len(w)
    return False


def enumeration_blanks(ctx: Ctx) -> tuple[Span, list[tuple[int, int]]] | str:
    """The key term of each item (积极践行|社会主义核心价值观) in the passage of the list, or in the
    sentence of the first item that has one when the passage is too long for a stem."""
    p = ctx.point
    objects = []
    # a tail every item shares (要提高站位|抓落实、要突出重点|抓落实) is the list's refrain, not its items' point: the
    # key is looked for in what comes before it
    cores = [core(s.text) for s in p.items]
    tail = common_suffix(cores) if len(cores) > 1 else ""
    # (three characters at least: a shared head noun of two, 政治|建设、思想|建设, belongs to each term; and a verb that
    # opens a clause of its own at a word's edge: 以质量|为本的理念 closes the 以 of the item, no refrain)
    tail = tail if len(tail) >= 3 and all(len(c) - len(tail) >= 4 for c in cores) and _refrain(cores[0], tail) else ""
    for s, c in zip(p.items, cores):
        c = c[: len(c) - len(tail)]
        if r := item_object(c) or item_subject(c):
            objects.append((s.start + r[0], s.start + r[1]))
    if not objects:
        return reasons.NO_ITEM_KEY_TERM
    src = passage(ctx, p.items[0].start, p.items[-1].end)
    # a list whose items open paragraphs of their own (1】…, （一）…) is no passage for one stem:
    # it would print the next items' markers and line breaks; nor is one whose items say more than a
    # sentence each: its stem runs on through the items' explanations (session 16's tester: a stem of
    # 250 characters, 二是…五是 among sentences with one blank)
    if len(src.text) <= LONG_PASSAGE and "\n" not in src.text and len(_SENTENCE_INSIDE.findall(src.text)) < len(p.items):
        return src, objects
    for a, b in objects:
        src = ctx.source(a, b)
        if b - a <= CLOZE_SHARE * len(src.text):
            return src, [(a, b)]
    # a headline item too short for its key term (一是|各项投入|不断加大。, 一是提升了|理论修养。) is asked with the
    # lead that stands right before it: the stem then says whose list it is (…取得了重大成就。一是______不断加大。)
    # (only a headline: a longer sentence that cannot hold its key term is a sentence of its own; and only after a
    # lead that is a sentence, not a subheading line, which names a section and says nothing of the list)
    a, b = objects[0]
    lead, head = p.sentence.text.rstrip(), ctx.source(a, b).text.rstrip()
    # (a headline is a sentence, 一是…。; a numbered subheading line, （一）坚持…, ends with no mark)
    if a < p.items[0].end and len(head) <= HEADLINE_CHARS and head[-1:] in "。！" and lead[-1:] in LEAD_ENDS \
            and not _points_back(lead):
        src = list_passage(ctx, a, b)
        # (lead and headline in one paragraph: a stem prints no line break)
        if len(src.text) <= LONG_PASSAGE and "\n" not in src.text and b - a <= CLOZE_SHARE * len(src.text) \
                and src.start < p.items[0].start:
            return src, [(a, b)]
    return reasons.ITEM_KEY_TERMS_TOO_LONG
