"""A clause cut out of a long sentence, said as a stem a teacher prints (issue 12, deliverable 4).

Blind teacher reviews (session 10) graded B every stem cut as ……X……Y…… (题干首尾和中间都被省略号截断，
应写成完整语句) and rejected 只有坚持按劳分配的______…… (the main clause cut away).  A stem is one stretch
of its sentence, from a clause that can open a sentence to the end of a clause, ended with 。:

- the sentence's own first clause when it is short and says who or what governs the rest
  (党的各级领导干部必须…，模范地履行…: ``anchors.head_clause``);
- else the cut clause itself, when it opens with its subject or its verb (坚持…, 人民…更加有力), or, when
  it opens with a frame, an adverbial or a word that ties it to what was cut (为…, …以来, 特别是…), the
  clauses after it, as long as what the question asks stays in the stem;
- else the sentence's first clause and the cut clause as one sentence, when the first opens with its
  subject and the cut one with a predicate of it (“千万工程”造就了…，被当地农民群众誉为…);
- at the end, a clause that opens an unfinished pair of connectives (既… without 又) or is a frame or an
  adverbial goes with what follows it, as long as what the question asks stays; a run of frames that
  cannot be cut short of its main clause (从…到…，从…到…) ends with …… (the sentence goes on).

What cannot be cut so is not asked.  The word lists are policy (anchors.yaml).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from os.path import commonprefix

from ..model import Span
from ..text import SENTENCE_END, unbalanced
from .anchors import POLICY, adverbial_tail, half_pair, head_clause, loose_opening
from .sentence import CLOSE_QUOTES, LEFTOVER_ORDINAL, alternate_quotes, marker_re, stand_alone
from .voice import opens_frame

# A cited clause ends a sentence there, at a semicolon between list items, or at a line's end.
_SENTENCE_END = re.compile(f"[{SENTENCE_END}；\n]")
_BLANK_MARKS = re.compile("______|（　　）")
_CLAUSE_CUT = re.compile("[，；：]")
# characters a stem keeps at least when clauses are cut off it: the asked clause and what governs it
# (a shorter rest, 不加强______的建设, says too little to be asked)
KEPT_MIN = 12
MID_CUT = "题干是从长句中间截下的分句，它的主语和谓语在前面没有截进来"
FROM_TO_CUT = "题干只是“从……到……”的短语，没有谓语"  # (as voice.unvoiced says it of a 从……到…… stem)
_FROM_TO = re.compile(r"^从[^，。；！？]*到")


@lru_cache(maxsize=16)
def _sentence_ends(text: str) -> list[int]:
    """The offsets of the sentence ends of a document text (-1 first, so every offset has one before it)."""
    return [-1] + [m.start() for m in _SENTENCE_END.finditer(text)]


def kept_span(values: dict[str, str], key: str) -> tuple[int, int] | None:
    """The part of ``values[key]`` (a stem's blanked sentence or a true/false statement) that no cut may
    take away: from the first blank to the last, or what a false statement changed; None when any part
    may go (a true statement said word for word), (0, len) when it is not known."""
    stem = values[key]
    marks = [m.span() for m in _BLANK_MARKS.finditer(stem)]
    if marks:
        return marks[0][0], marks[-1][1]
    truth = values.get("truth")
    if key != "statement" or not truth:
        return 0, len(stem)
    said = alternate_quotes(stand_alone(truth))
    if said == stem:
        return None
    a = len(commonprefix([stem, said]))
    b = len(commonprefix([stem[::-1], said[::-1]]))
    return a, max(a, len(stem) - b)


def elided(text: str, src: Span, stem: str, kept: tuple[int, int] | None) -> tuple[str, str | None]:
    """``stem`` (made of the clause ``src`` of ``text``) as a stem says it, or why it is not asked;
    ``kept`` is what no cut may take (``kept_span``)."""
    ends = _sentence_ends(text)
    start = ends[bisect_left(ends, src.start) - 1] + 1  # the sentence's start: after the last end before the clause
    # (a sentence's end may stand before its closing quote: …。”他说 — the ” is no part of the next one)
    before = text[start : src.start].strip().lstrip(CLOSE_QUOTES).strip()
    if before and not marker_re().fullmatch(before) and not LEFTOVER_ORDINAL.fullmatch(before):
        head = head_clause(text, start, src.start)
        if head and (before.rstrip("，；：") == head or stand_alone(before).rstrip("，；：") == head):
            opening = f"{head}{before[-1] if before[-1] in '，；：' else '，'}"
            stem, kept = opening + stem, kept and (kept[0] + len(opening), kept[1] + len(opening))
        elif head != "":
            # (a frame or adverbial may open the stem when the stem runs on to the main clause at the
            # sentence's end: 从…到…，使改革开放成为… drops only parallel frames before it)
            cut = _opening(stem, kept, to_end=text[src.end : src.end + 1] not in ("，", "、", "："))
            if cut is not None:
                stem, kept = stem[cut:], kept and (kept[0] - cut, kept[1] - cut)
            elif head and _shares_subject(head, stem) and len(head) + 1 + len(stem) <= JOINED_MAX:
                stem, kept = f"{head}，{stem}", kept and (kept[0] + len(head) + 1, kept[1] + len(head) + 1)
            else:
                return stem, FROM_TO_CUT if _FROM_TO.match(stem) else MID_CUT
    after = text[src.end : src.end + 1]
    if after in ("，", "、", "：") and stem.endswith("。"):
        ended, why = _ended(stem, kept)
        if why:
            return stem, why
        if after == "、" and ended == stem:  # a series cut short (…知识创新、理论创新): the reader is told it goes on
            ended = stem[:-1] + "……"
        stem = ended
    return stem, None


JOINED_MAX: int = POLICY["joined_max"]
_SUBJECT_TAGS = frozenset(POLICY["subject_tags"])
_PREDICATE_TAGS = frozenset(POLICY["predicate_tags"])
_PREDICATE_OPENERS = tuple(POLICY["predicate_openers"])
_FRAME_PREDICATE = re.compile("|".join(POLICY["frame_predicates"]))  # (对…进行…: the predicate, no frame)


def _shares_subject(head: str, stem: str) -> bool:
    """Whether the clause ``stem`` cut from the middle of a sentence reads on after the sentence's first
    clause ``head`` as one sentence: ``head`` opens with its subject and ``stem`` with a predicate of it
    (“千万工程”造就了万千美丽乡村，被当地农民群众誉为…)."""
    from .. import segment

    subject = segment.tag(head.lstrip("“‘《")[:8])
    if not subject or subject[0][1] not in _SUBJECT_TAGS or opens_frame(head):
        return False
    if stem.startswith(_PREDICATE_OPENERS):
        return True
    predicate = segment.tag(stem[:8])
    return bool(predicate) and predicate[0][1] in _PREDICATE_TAGS and not loose_opening(stem)


def _can_open(clause: str, to_end: bool) -> bool:
    """Whether a clause can open a stem on its own: not with a blank or a word that ties it to a clause
    before it, nor with a frame or an adverbial unless the stem runs on to the sentence's end (``to_end``),
    where the main clause they modify stands."""
    if clause.startswith(("______", "（　　）")) or marker_re().match(clause):
        return False  # (二要以…: an item of a list the stem does not show)
    framed = opens_frame(clause) or adverbial_tail(clause)
    return (to_end and framed) or not (framed or loose_opening(clause))


def _opening(stem: str, kept: tuple[int, int] | None, to_end: bool) -> int | None:
    """Where a clause cut from the middle of its sentence opens as a stem: at its start when its first
    clause can open a sentence, else at the first later clause that can, before ``kept`` and with its
    quotation marks paired; None when none can."""
    at = 0
    while True:
        if _can_open(_CLAUSE_CUT.split(stem[at:], maxsplit=1)[0], to_end):
            return at
        m = _CLAUSE_CUT.search(stem, at)
        if not m:
            return None
        at = m.end()
        rest = stem[at:]
        if (kept and at > kept[0]) or len(rest) < KEPT_MIN or unbalanced(stem[:at], ("“”", "《》")):
            return None


def _ended(stem: str, kept: tuple[int, int] | None) -> tuple[str, str | None]:
    """``stem`` (cut before its sentence's end, ending with 。) ended where it can end, or why it cannot:
    a clause that opens the first half of a pair of connectives (既…, 只有…) with its second half cut away,
    or a last clause that is a frame or an adverbial (通过…, …以来; never 对…进行…, a predicate), goes, with what follows it, when
    ``kept`` does not reach into it."""
    while True:
        if pair := half_pair(stem):
            at, why = pair[0], f"题干截在“{pair[1]}……”的条件上，缺了后面的主句"
        else:
            last = _CLAUSE_CUT.split(stem[:-1])[-1]
            if not ((opens_frame(last) and not _FRAME_PREDICATE.search(last)) or adverbial_tail(last)):
                return stem, None
            # (a run of parallel frames that cannot be cut short of its main clause, 从…到…，从…到…, is
            # told to go on: …… rather than a stem that ends on a frame as if it were a sentence)
            at, why = len(stem) - 1 - len(last), ""
        kept_text = stem[:at].rstrip("，；：、")
        if (kept and kept[1] > len(kept_text)) or len(kept_text) < KEPT_MIN or unbalanced(kept_text, ("“”", "《》")):
            return (stem, why) if why else (stem[:-1] + "……", None)
        stem = kept_text + "。"
