"""Which false statements a sentence asks before its cloze (issue 12, session 26): a statement whose change a
teacher trusts takes its point's first place, so a sentence of two points, capped at two questions, keeps one
cloze and asks one statement to judge, where both slots went to clozes before.  Drafting (``generate._ask_kinds``)
and the selection (``select``, by ``Candidate.ahead``) order the point's kinds alike.  Policy in tf_first.yaml."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..rules.schema import load_policy_file
from ..model import Point
from .drafting import Draft

SCHEMA = {"trusted": [str], "stand_in": [str], "stand_in_figure_not": "re", "point_kinds": [str], "article_labels_min": int, "figure_sentence": "re", "figure_not": "re",
          "formulation_run": "re"}

# a figure: an Arabic numeral (2035年, 40%), an ordinal of a session (第十九次, 第三届) or a count with its unit (五年,
# 两倍); a term that opens with a numeral otherwise (一带一路) is a series term
_NUMERAL = re.compile(r"[0-9０-９]|^第[一二三四五六七八九十百]+[次届]|^[一二三四五六七八九十两百千万]+(?:年|倍|成|万|亿)")
_NUMBERED = re.compile(r"^“?[一二三四五六七八九十两]+[个项条大种点]")
# a charter's or a regulation's article label at the start of a line (第三条　…)
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条", re.M)


@lru_cache(maxsize=1)
def policy() -> dict:
    """tf_first.yaml, read and checked on first use (raises RuleErrors with file:line)."""
    return load_policy_file(Path(__file__).with_name("tf_first.yaml"), SCHEMA)


def changed_kind(old: str) -> str:
    """The kind of a change ``changes.sentence_change`` made of the words ``old``: a numbered formulation, a figure
    (or date), else a series term."""
    if _NUMBERED.match(old):
        return "formulation"
    return "figure" if _NUMERAL.search(old) else "series"


def rule_text(text: str) -> bool:
    """Whether ``text`` is a charter's or a regulation's: it labels its articles (第三条　…)."""
    return len(_ARTICLE.findall(text, 0)) >= policy()["article_labels_min"]


def trusted(draft: Draft | str | None, point_kind: str) -> bool:
    """Whether ``draft`` is a false statement asked before its point's cloze: a change of a trusted kind
    (tf_first.yaml) on a point of a kind that may be so asked."""
    pol = policy()
    if not (isinstance(draft, Draft) and draft.true_draft is not None and draft.how in pol["trusted"]
            and point_kind in pol["point_kinds"]):
        return False
    sentence = draft.true_draft.source.text
    if draft.how == "figure":
        return re.search(pol["figure_sentence"], sentence) is not None and re.search(pol["figure_not"], sentence) is None
    if draft.how == "formulation":
        old = str(draft.values.get("change", "")).partition("”误作“")[0].lstrip("“")
        i = sentence.find(old)
        if i < 0:
            return False
        run = re.compile(pol["formulation_run"])
        before, after = sentence[max(0, i - 2):i].rstrip("“"), sentence[i + len(old):i + len(old) + 2].lstrip("”")
        return not (run.fullmatch(before[-1:] or "x") or run.fullmatch(after[:1] or "x"))
    return True


def stands_in(draft: Draft | str | None) -> bool:
    """Whether ``draft``, a false statement, may be asked in the place of its sentence's second cloze (select,
    policy.yaml false_for_second_cloze): a change of a kind tf_first.yaml ``stand_in`` trusts; a figure only where
    its sentence is no local congress's nor a speech's or a visit's date (``figure_not``, ``stand_in_figure_not``)."""
    pol = policy()
    if not (isinstance(draft, Draft) and draft.true_draft is not None and draft.how in pol["stand_in"]):
        return False
    sentence = draft.true_draft.source.text
    return draft.how != "figure" or not (re.search(pol["figure_not"], sentence) or re.search(pol["stand_in_figure_not"], sentence))


def shared_sentences(points: Sequence[Point], spread: frozenset[str]) -> dict[int, Counter]:
    """Where each sentence holding two points or more that its own questions ask (not a list's) starts: another point
    asks it too, so a false statement there takes a second place, not the sentence's only cloze (tf_first).  Each start
    maps to what its points ask first (their first items, counted): a change of another point's term takes no place."""
    n = Counter(p.sentence.start for p in points if p.kind not in spread)
    firsts: dict[int, Counter] = {s: Counter() for s, k in n.items() if k > 1}
    for p in points:
        if p.kind not in spread and p.sentence.start in firsts and p.items:
            firsts[p.sentence.start][p.items[0].text] += 1
    return firsts


def _changes_another(point: Point, draft: Draft, firsts: Counter) -> bool:
    """Whether ``draft``'s change is of the term another point of its sentence asks first (a definition's value, which
    its second point's cloze asks): put ahead, the statement would ask that term twice and its own point's not at all
    (调查研究始终是…的第一动力: the value changed, the subject went unasked, session 27)."""
    old = str(draft.values.get("change", "")).partition("”误作“")[0].lstrip("“")
    own = 1 if point.items and point.items[0].text == old else 0
    return bool(old) and firsts.get(old, 0) > own


def put_ahead(at, drafts: dict, shared: dict[int, Counter], generators: dict) -> bool:  # noqa: ANN001 — generate._Point
    """Put ``at``'s true/false kind before its cloze when its draft is a false statement of a trusted change
    (tf_first.trusted: a sentence of two points then keeps one cloze and asks one statement, select ranks it so by
    ``Candidate.ahead``); True when it was put so.  The draft made now is a look ahead only: ``generate._ask`` drafts it in
    its turn, and only a draft trusted then is ranked ahead (``generate._ask_kinds``)."""
    kinds = [k for k, _ in at.kinds]
    if "truefalse" not in kinds or "cloze" not in kinds or kinds.index("truefalse") < kinds.index("cloze"):
        return False
    if at.ctx.point.kind not in policy()["point_kinds"] or at.ctx.point.sentence.start not in shared:
        return False  # (a sentence of one point keeps its cloze: the statement would take the place of its only one)
    draft = drafts.get((at.n, "truefalse"))
    if draft is None:
        # (drafted again in its turn, and the swaps it counted as used put back: a change counts in the document's
        # swap repeats in text order, as true/false kinds are drafted, or the other statements' changes would move)
        cache = at.ctx.cache.swaps
        used = Counter(cache.get(at.ctx.doc_key, ()))
        draft = generators[at.ctx.point.kind, "truefalse"](at.ctx)
        cache[at.ctx.doc_key] = used
    if not trusted(draft, at.ctx.point.kind) or _changes_another(at.ctx.point, draft, shared[at.ctx.point.sentence.start]):
        return False
    tf = at.kinds.pop(kinds.index("truefalse"))
    at.kinds.insert(kinds.index("cloze"), tf)
    return True
