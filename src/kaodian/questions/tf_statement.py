"""The words a true/false question prints for a source sentence: one whole proposition that stands alone.

A sentence copied as is may carry what a teacher strikes from a printed statement (session 19's blind review):
a label that heads it and that its own subject repeats (X的形成条件：X是…), the future of a document read
years later (…将在北京召开), or a run of events coordinated without a predicate of the whole (A圆满召开、B…
发表重要演讲、C顺利举办), where the point is one event.  Policy in tf_worth.yaml.
"""

from __future__ import annotations

import re

from ..text import common_prefix
from .sentence import alternate_quotes, end_sentence, stand_alone
from .policy import POLICY
from .tf_worth import policy

# An enumeration comma outside quotation marks: what separates the items of a run.
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|《[^》]*》")
_YEAR = re.compile(r"\d{4}年")


def printed_statement(text: str, mark: str = "") -> str:
    """The statement a true/false question prints for the sentence or clause ``text``: ended as a sentence,
    without a connective that ties it to the one before (sentence.stand_alone), without a label its subject
    repeats (``label_dropped``), told as done where a dated event was announced (``dated_future``), and cut to
    the event that holds ``mark`` (the changed or asked words) where it is a run of events (``event_item``)."""
    s = stand_alone(end_sentence(text))
    return alternate_quotes(event_item(dated_future(label_dropped(s)), mark))


def label_dropped(statement: str) -> str:
    """``statement`` without the label that heads it when what follows the colon opens with the label's own
    subject (“甲”重要思想的形成条件：“甲”重要思想是在…形成的): a heading prefix that repeats the proposition
    (session 18: 题干开头残留标题，与后句重复).  A label that the rest does not repeat (四项基本原则包括：…) stays:
    there it is the subject."""
    head, colon, rest = statement.partition("：")
    if not colon or len(head) > policy()["label_max"] or re.search(r"[，。；！？、]", head):
        return statement
    if len(common_prefix([head, rest])) >= policy()["label_echo_min"]:
        return rest
    return statement


def note_label(statement: str) -> str | None:
    """The label that heads ``statement`` as a study note's does (陈独秀的“二次革命论”：把…割裂开来…), or None: a
    thing named before the colon (listlabel.label_of: no speaker, no announcing verb, 四项基本原则包括：… says its
    list) with what is said of it after.  A note, not a proposition to judge (session 22: 笔记式冒号句，不是完整判断句)."""
    from ..normalize.roles import names_person
    from .listlabel import label_of  # (listlabel reads the lexicon: imported when a statement has a colon)

    head, colon, _ = label_dropped(statement).partition("：")
    if not colon or len(head) > policy()["label_max"] or re.search(r"[，。；！？、]", head) or names_person(head):
        return None  # (李明：… is a speaker's answer in an interview, not a note's label)
    return label_of(head) or None


def dated_future(statement: str) -> str:
    """``statement`` with the future marker dropped before the verb of a dated event (2017年10月18日，…大会将在北京
    召开 -> …大会在北京召开): a document's announcement read after the date stays true only as a deed (session 19:
    “将”字脱离语境，时态过时).  Without the marker the sentence names the date and the event and holds either way."""
    m = re.search(policy()["future_marker"], statement)
    if m is None or not _YEAR.search(statement, 0, m.start()):
        return statement
    return statement[: m.start()] + statement[m.end():]


def event_item(statement: str, mark: str = "") -> str:
    """The one event of ``statement`` that holds ``mark`` (else its first) where the statement is a run of
    events coordinated by 、 with no predicate of the whole (A圆满召开、2017年B出席…并发表重要演讲、C顺利举办。):
    each item is a clause of its own, of ``run_item_min`` characters at least, that ends in a verb and opens with
    no verb (a directive's run, 推进…、加快…, keeps its items as one demand).  A teacher rejects the run as no
    proposition (session 19: 题干是并列事件片段，不是完整命题; 改成单句“2017年习近平主席出席…”)."""
    body = statement.rstrip("。")
    if body == statement or re.search(r"[，,；;：:]", _QUOTED.sub("", body)):
        return statement
    items = _run_items(body)
    if len(items) < 2 or any(len(i) < policy()["run_item_min"] or not _clause(i) for i in items):
        return statement
    return next((i for i in items if mark and mark in i), items[0]) + "。"


def _run_items(body: str) -> list[str]:
    """``body`` split at the enumeration commas outside quotations and titles."""
    masked = _QUOTED.sub(lambda m: "\x00" * len(m.group()), body)
    cuts = [i for i, c in enumerate(masked) if c == "、"]
    return [body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)])]


def _clause(item: str) -> bool:
    """Whether ``item`` reads as a clause of its own: a subject first (no verb, adverb, preposition or
    conjunction), a verb last."""
    from .. import segment

    tags = [t for t in segment.tag(item) if t[1] != "x"]
    return bool(tags) and tags[-1][1] == "v" and tags[0][1][:1] not in ("v", "d", "p", "c")


def gapped(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a fill-in exercise's, with gaps in it or right before it
    (policy.yaml ``source_hole``, which lint applies to every kind): no statement to judge."""
    return re.search(POLICY["source_hole"], text[max(0, start - 2):end]) is not None


def in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a title's 《》 (《…2035年远景目标纲要》): part of a name, which a
    change makes a document nobody issued, false at a glance."""
    opened = text.rfind("《", 0, start)
    return opened >= 0 and text.rfind("》", opened, start) < 0 and 0 <= text.find("》", end) < _next_open(text, end)


def _next_open(text: str, at: int) -> int:
    """Where the next 《 after ``at`` stands (the end of ``text`` if none)."""
    i = text.find("《", at)
    return len(text) if i < 0 else i
