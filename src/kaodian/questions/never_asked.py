"""Points that are extracted but never asked, since blind teachers reject any question on them as trivia
(policy.yaml ``tally_term`` and ``example_titles``; never_asked.yaml): a report's tally, a work named as one
example among several (《甲》《乙》《丙》等影片), a sentence that prescribes typesetting (仿宋_GB2312，四号), and
the clause that repeals the text a regulation replaces (…印发的《…》同时废止)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..rules.quoted import APPARATUS_DOCUMENT
from ..rules.schema import load_policy_file
from .policy import POLICY

TALLY_TERM = re.compile(POLICY["tally_term"])
_EX = POLICY["example_titles"]
_TITLE_RUN = re.compile("(?:《[^《》\n]{1,%d}》[、，和与及]?){%d,}" % (_EX["title_max"], _EX["run_min"]))
_DOCUMENT_HEAD = re.compile("(?:%s)$" % "|".join(map(re.escape, _EX["document_heads"])))
# What never_asked.yaml holds; every key is required.
SCHEMA = {"typesetting": "re", "superseded": "re"}
_OWN = load_policy_file(Path(__file__).with_name("never_asked.yaml"), SCHEMA)
TYPESETTING = re.compile(_OWN["typesetting"])
SUPERSEDED = re.compile(_OWN["superseded"])


def never_asked(p, text: str) -> bool:  # noqa: ANN001 — a model.Point
    """Whether point ``p`` of the document ``text`` is left unasked (see the module docstring)."""
    if TYPESETTING.search(text, p.sentence.start, p.sentence.end):
        return True  # (how a notice wants its papers laid out: no point of study)
    if SUPERSEDED.search(text[p.sentence.start:p.sentence.end]):
        return True  # (the text a regulation retires: its date and title are no longer in force)
    if p.kind == "term_series":
        # (敬老院377家、助餐点7800余个、幸福院698个: every term ends in a count)
        return all(TALLY_TERM.search(i.text) for i in p.items)
    if p.kind == "document":
        if p.rule == APPARATUS_DOCUMENT:
            return True  # named by an editor's note or the notes, outside the body
        return not _DOCUMENT_HEAD.search(p.text.strip("《》")) and any(a <= p.start < b for a, b in _runs(text))
    return False


@lru_cache(maxsize=64)
def _runs(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names several titles in a row (《甲》《乙》《丙》, 《甲》、《乙》和《丙》)."""
    return tuple(m.span() for m in _TITLE_RUN.finditer(text))
