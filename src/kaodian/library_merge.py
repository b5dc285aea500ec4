"""The merge of a library: the per-text results in file order, asked once across texts, ranked, chosen.

``Merger`` takes each text's result as it comes (``add``, any order: it waits
for the texts before it), keeps of each question only what choosing needs
(``lighten``: its kind, answer, options, the plain sentence), and drops at once
a question whose sentence or point an earlier text states: that text asks it
and cites this one.  So the merge holds one light entry per question asked,
not every text's questions.  ``choose`` ranks and selects
(``questions.select``); ``emit`` reads each text's full result back (from the
cache, or a spool of this run) and gives the bank.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .model import Bank, Question, QuestionSource

CITED_TAG = "又见于::"  # the tag that names another text a question's sentence or point stands in
_CHOICE = ("single", "multiple", "ordering")


@lru_cache(maxsize=1)
def _policy() -> dict:
    return yaml.safe_load((Path(__file__).with_name("library.yaml")).read_text(encoding="utf-8"))


def lighten(result):  # noqa: ANN001, ANN201 — a library.TextResult in and out (library imports this module)
    """The result with each question cut to what choosing reads (``questions.select``): id, kind, point
    kind, answer, the options of a choice, the stem of a true/false question, the plain sentence."""
    def cut(c):  # noqa: ANN001, ANN202
        q = c.question
        light = Question(q.id, q.kind, q.stem if q.kind == "truefalse" else "", q.answer, "",
                         QuestionSource("", "", None, c.sentence, 0, 0),
                         options=q.options if q.kind in _CHOICE else (), point_kind=q.point_kind)
        return replace(c, question=light)

    return replace(result, candidates=tuple(cut(c) for c in result.candidates))


@dataclass(frozen=True)
class Chosen:
    """The bank's questions in rank order, each as (text index, question id, other texts citing it)."""

    picks: tuple[tuple[int, str, tuple[int, ...]], ...]
    names: tuple[str, ...]
    diagnostics: tuple[str, ...]  # the texts', in file order
    duplicates: int
    again: int  # questions left to an earlier text that states the same sentence or point
    left_out: tuple[int, int, int]  # questions left out by the per-sentence cap, the cap on true copies, limit


class Merger:
    """The per-text results, taken in file order (see the module docstring)."""

    def __init__(self) -> None:
        self.by_point: dict[tuple[str, ...], list[int]] = {}
        self.by_sentence: dict[str, list[int]] = {}
        self.kept: list[tuple[int, object]] = []  # (text, light candidate)
        self.names: list[str] = []
        self.pending: dict[int, object] = {}
        self.diagnostics: list[str] = []  # the texts', in file order
        self.duplicates = 0
        self.again = 0

    def add(self, t: int, result) -> None:  # noqa: ANN001 — a (light) library.TextResult
        """Take text ``t``'s result; texts after a missing one wait until it comes."""
        self.pending[t] = result
        while len(self.names) in self.pending:
            self._take(len(self.names), self.pending.pop(len(self.names)))

    def _take(self, t: int, r) -> None:  # noqa: ANN001
        self.names.append(r.name)
        self.diagnostics.extend(r.diagnostics)
        self.duplicates += r.duplicates
        for c in r.candidates:
            for seen, key in ((self.by_point, c.point), (self.by_sentence, c.sentence)):
                texts = seen.setdefault(key, [])
                if not texts or texts[-1] != t:
                    texts.append(t)
        for c in r.candidates:
            if self.by_point[c.point][0] != t or self.by_sentence[c.sentence][0] != t:
                self.again += 1  # asked in the first text that states it, which cites this one
            else:
                self.kept.append((t, c))

    def choose(self, per_sentence: int | None, limit: int | None) -> Chosen:
        """Rank and select what was kept: a point or sentence gains ``cited_weight`` (library.yaml) per
        other text that states it; a sentence counts once whatever text states it."""
        from .questions.select import Candidate, select, top
        from .questions.generate import PREFER, cap_true

        weight = float(_policy()["cited_weight"])
        cands, where = [], {}
        for t, c in self.kept:
            others = tuple(sorted((set(self.by_point[c.point]) | set(self.by_sentence[c.sentence])) - {t}))
            cands.append(Candidate(c.question, c.point, c.importance + weight * len(others), len(cands)))
            where[c.question.id] = (t, others)
        ranked = select(cands, per_sentence=per_sentence, prefer=PREFER, sentence=lambda q: q.source.sentence)
        # verbatim true statements at most a third of each text's true/false questions, as in one run
        rank = {c.question.id: c for c in cands}
        chosen, copies = top(ranked, limit, lambda qs: cap_true(qs, lambda q: where[q.id][0],
                                                                 lambda q: rank[q.id].importance,
                                                                 lambda q: rank[q.id].point))
        picks = tuple((*where[q.id][:1], q.id, where[q.id][1]) for q in chosen)
        return Chosen(picks, tuple(self.names), tuple(self.diagnostics), self.duplicates, self.again,
                      (len(cands) - len(ranked), copies, len(ranked) - copies - len(chosen)))


def emit(chosen: Chosen, load: Callable[[int], object], per_sentence: int | None, limit: int | None) -> Bank:
    """The bank: each chosen question read back from its text's full result (``load(t)``, only for texts
    a chosen question comes from), tagged with the other texts that state it, in rank order; the texts'
    diagnostics in file order, then the merge's."""
    from .questions.select import left_out

    wanted: dict[int, dict[str, tuple[int, ...]]] = {}
    for t, qid, others in chosen.picks:
        wanted.setdefault(t, {})[qid] = others
    found: dict[str, Question] = {}
    for t in sorted(wanted):  # only the texts a chosen question comes from are read back
        need = wanted[t]
        for c in load(t).candidates:
            others = need.get(c.question.id)
            if others is not None:
                q = c.question
                found[q.id] = replace(q, tags=q.tags + tuple(CITED_TAG + chosen.names[o] for o in others)) if others else q
    diagnostics = list(chosen.diagnostics)
    duplicates = chosen.duplicates
    if duplicates:
        diagnostics.append(f"跳过 {duplicates} 道重复题（同一篇文章里同一考点、同一答案已出过）。")
    if chosen.again:
        diagnostics.append(f"跨文本去重：{chosen.again} 道题的句子或考点在前面的文本里已有，只在最先出现的文本出题，"
                           "并注明又见于哪些文本。")
    if any(chosen.left_out):
        diagnostics.append(left_out(*chosen.left_out, per_sentence, limit))
    return Bank(tuple(found[qid] for _, qid, _ in chosen.picks), tuple(diagnostics))
