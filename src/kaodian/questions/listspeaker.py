"""Who speaks before a list, kept out of the lead that names it.

An interview sets each turn after its speaker's label (潘家玮：…, 采访组：…), and study notes set a quoted
list under its speaker (4. 某某提出四点建议 / 习近平： / 第一，…).  Quoted in a stem, the label puts the
speaker's name inside the quote, and the bare speaker line names nothing, so the chapter above was asked
instead (blind teachers, session 12: 人名引入引号内; 答案是四点建议，题干却写成整章).  The label's shape is
policy (policy.yaml ``speaker_turn``).
"""

from __future__ import annotations

import re

from ..model import Span
from ..text import SENTENCE_END
from .drafting import Ctx
from .listlabel import speaker
from .note_shapes import SPEECH_VERBS
from .policy import POLICY
from .sentence import strip_marker

_TURN = re.compile(POLICY["speaker_turn"])
# a title line that says a topic and that points were proposed on it, with no one proposing
_PROPOSED = re.compile(r"^[^，。；：:]{2,30}提出(?:了)?[一二三四五六七八九十两\d]+(?:点|条|项|个)")
# a study note's remarks after a title line (（只可能出选择）（P192）): no part of its name
_LINE_NOTES = re.compile(r"(?:\s*[（(][^（）()]{1,12}[）)])+\s*$")


def spoken_lead(lead: str, ctx: Ctx) -> str:
    """The list's ``lead`` as it names the list: without an interview's turn label (潘家玮：习近平同志… ->
    习近平同志…); for a lead that is only a speaker (习近平：), the title line above it, said with the speaker
    when it tells what he proposed (习近平就某某提出四点建议); else ``lead`` as it is."""
    lead = _unturned(lead, ctx.doc.text)
    if not speaker(lead) or not (above := _line_above(ctx)):
        return lead
    said = lead.rstrip("：:").strip()
    return f"{said}就{above}" if _PROPOSED.match(above) and not said.endswith(SPEECH_VERBS) else above


def _line_above(ctx: Ctx) -> str:
    """The line above the list's lead line, marker and trailing remarks cut off, when that line is a title
    line of its own (no sentence end inside); else ""."""
    text, start = ctx.doc.text, ctx.point.sentence.start
    end = text.rfind("\n", 0, start)
    if end <= 0:
        return ""
    line = text[text.rfind("\n", 0, end) + 1 : end]
    line = _LINE_NOTES.sub("", strip_marker(Span(line, 0, len(line))).text).strip()
    return line if line and not any(c in line for c in SENTENCE_END + "：:") else ""


def _unturned(lead: str, text: str) -> str:
    """``lead`` without an interview's turn label: a label that opens several lines of ``text`` says who
    speaks, not what the list is."""
    m = _TURN.match(lead)
    if not m or len(lead) == m.end():
        return lead
    turns = text.count("\n" + m.group(0)) + text.startswith(m.group(0))
    return lead[m.end() :].lstrip() if turns >= POLICY["speaker_turns_min"] else lead
