"""How a document's true/false questions stand between 对 and 错: at most TRUE_MAX verbatim copies marked
对 (they teach little), at most FALSE_MAX marked 错 (a learner who answers 错 throughout must not pass).
The drafts are balanced in ``generate``; the selection is capped again here (``cap_true``), since the
per-sentence cap weighs a statement against its sentence's other questions and may leave either side out."""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Callable, Mapping, Sequence

from ..model import Document, Point, Question
from .compose import compose
from .drafting import Draft
from .templates import Template
from .verbatim import cut_short, worth_asking_true
from .draws import Draws
from .policy import POLICY
from .select import Candidate, select
from .tf_asked import asked_otherwise

FALSE_MAX: float = POLICY["false_max"]  # see policy.yaml
TRUE_MAX: float = POLICY["true_max"]
FALSE_MAX_SELECTED: float = POLICY["false_max_selected"]
FALSE_KEPT_BELOW: int = POLICY["false_kept_below"]  # see policy.yaml: so few false statements stay false
# a statement no change was found for is never asked true (policy.yaml true_needs_change)
TRUE_NEEDS_CHANGE: bool = POLICY["true_needs_change"]
TRUE_NEEDS_FROM: int = POLICY["true_needs_change_from"]


def _true_allowed(false: int) -> int:
    """How many true statements may stand beside ``false`` false ones: at most TRUE_MAX of all."""
    if TRUE_MAX >= 1:  # no cap
        return sys.maxsize
    return int(false * TRUE_MAX / (1 - TRUE_MAX) + 1e-9)


_STABLE = Draws(0, "true")  # a tie-break by the sentence: the same whatever the seed, file name or wording


def cap_true(questions: Sequence[Question], document: Callable[[Question], object],
             importance: Callable[[Question], float], point: Callable[[Question], object]) -> list[Question]:
    """``questions`` (a selection, in rank order) without the true statements beyond TRUE_MAX of each
    document's true/false questions: the selection keeps fewer false statements than were drafted (a
    changed sentence has other questions the per-sentence cap weighs), so a cap before it is not
    enough (issue 12: verbatim copies marked 对 dominated gaigekaifang's bank).  A statement whose
    point is asked in another kind goes first, then the least important; ties by the sentence,
    whatever the seed (the flips are chosen without it, ``balance_truefalse``).  ``document``,
    ``importance`` and ``point`` read a question's document, rank and point: a library's selection
    keys them otherwise than one run's."""
    asked = Counter(point(q) for q in questions)
    by_doc: dict[object, list[Question]] = {}
    for q in questions:
        if q.kind == "truefalse":
            by_doc.setdefault(document(q), []).append(q)
    drop: set[str] = set()
    for tf in by_doc.values():
        # (a false statement another one tells true gives its answer away: _told_true)
        told = {q.id for q in tf if _told_true(q, tf)}
        drop.update(told)
        tf = [q for q in tf if q.id not in told]
        true = [q for q in tf if q.answer == ("对",)]
        keep = _true_allowed(len(tf) - len(true))
        ranked = sorted(true, key=lambda q: (asked[point(q)] == 1, importance(q), _STABLE.rank(q.source.sentence)))
        drop.update(q.id for q in ranked[: max(0, len(true) - keep)])
        drop.update(_excess_false(tf, questions, importance))
    return [q for q in questions if q.id not in drop] if drop else list(questions)


# A false statement whose change another statement of its document tells true: the words this many characters
# before the change, the term it replaced, then at most as many up to the clause's end (某革命的前途是 + 甲主义).
TOLD_LEAD = 6


def _told_true(q: Question, tf: list[Question]) -> bool:
    """Whether another of the document's true/false statements ``tf`` says what the false statement ``q`` changed as
    the text has it (某革命的前途是甲主义。 beside …的最终前途是乙主义；…): one answer gives the other away."""
    from .statements import swap_of  # (statements reads the lexicon: imported when a selection is capped)

    if (swap := swap_of(q)) is None or (at := q.stem.find(swap[1])) < 0:
        return False
    # (and the words after it up to the clause's end: 乡村振兴，甲是根本 tells nothing of 乡村振兴，乙是重点;
    # a change at the stem's start, a subject swapped, has fewer words before it)
    after = re.match(r"[^，。；：、！？]{0,%d}" % TOLD_LEAD, q.stem[at + len(swap[1]):]).group()
    told = q.stem[at - min(at, TOLD_LEAD):at] + swap[0] + after
    # (only a true statement tells it: two false ones each keep the other's original words, neither tells a truth)
    return any(told in o.stem for o in tf if o is not q and o.answer == ("对",))


def _excess_false(tf: list[Question], selection: Sequence[Question], importance: Callable[[Question], float]) -> list[str]:
    """The false statements of one document's selection beyond FALSE_MAX_SELECTED of its true/false questions (the
    per-sentence cap may leave out the true ones the drafts balanced them with): least important first,
    only those whose change another question of the ``selection`` still asks (``asked_otherwise``), so no
    teacher's point goes unasked; never fewer than FALSE_KEPT_BELOW - 1 of them are left (a document with so few
    keeps them false, policy.yaml false_kept_below)."""
    true = sum(q.answer == ("对",) for q in tf)
    false = [q for q in tf if q.answer == ("错",)]
    spare = sorted((q for q in false if asked_otherwise(q, selection)),
                   key=lambda q: (importance(q), _STABLE.rank(q.source.sentence)))
    n = 0
    # (never below FALSE_KEPT_BELOW - 1 of them: a selection of four false statements and no true one lost them all,
    # and the bank asked no true/false)
    while n < len(spare) and len(false) - n >= FALSE_KEPT_BELOW and len(false) - n > FALSE_MAX_SELECTED * (len(false) - n + true):
        n += 1
    return [q.id for q in spare[:n]]


_BALANCE = Draws(0, "balance")


def _turn_lost(false: int, true: int) -> bool:
    """Whether turning one more of ``false`` held false statements true (beside ``true`` held true ones) is lost:
    the selection (``cap_true``) could keep no more true statements beside the false ones left than are held now,
    so the copy made, or another, would be left out, while the false statements held now are within
    FALSE_MAX_SELECTED, the share the selection keeps.  Between FALSE_MAX and TRUE_MAX there is often no count of
    turns that meets both (4 false: one turn leaves 3 beside 2 true, and a third keeps 1), and turning on cost the
    bank its statements (issue 12: guangdong-gov-report-2026 held 4 false and 1 true, turned 2, kept 1 in all)."""
    kept = min(true, _true_allowed(false))
    return true + 1 > _true_allowed(false - 1) and false <= FALSE_MAX_SELECTED * (false + kept) + 1e-9


def _place(q: Question) -> str:
    """What a true/false statement is about, whatever the document is called: its sentence and point kind
    (its id holds the file's name, so ranking by id made the bank depend on where the file lies)."""
    return f"{q.source.sentence}\x1f{q.point_kind}"


def bank_holds(out, importance: Sequence[float], per_sentence: int | None,  # noqa: ANN001
               prefer: Mapping[str, Sequence[str]], ahead: frozenset | set = frozenset()) -> set[int]:
    """(``out``: a ``generate._Asked``.)  The indexes of ``out.questions`` that the bank's selection (``select``,
    no limit) holds of this document: its caps count sentences of one document, so this document alone selects as
    the whole bank does.  ``importance``: each point's; ``ahead``: the identities of the false statements asked
    before their point's cloze (``tf_first``), ranked so as in the bank."""
    cands = [Candidate(q, (str(n),), importance[n], i, identity in ahead, identity in out.stand_in)
             for i, ((q, identity), n) in enumerate(zip(out.questions, out.points))]
    kept = {id(q) for q in select(cands, per_sentence=per_sentence, prefer=prefer)}
    return {i for i, (q, _) in enumerate(out.questions) if id(q) in kept}


def balance_truefalse(out, falsified: list[tuple[int, Point, Draft, tuple[Template, ...]]],  # noqa: ANN001
                      doc: Document, key_terms: frozenset[int] = frozenset(),
                      held: Callable[[], set[int]] | None = None) -> None:
    """(``out``: a ``generate._Asked``.)  Turn false statements back into their true versions, chosen by their ids, until at most
    FALSE_MAX of the document's true/false questions the bank holds are false.  Ids stay: they name the point.
    ``held`` says which of ``out.questions`` the bank's selection holds (``bank_holds``; None: every draft): the
    balance counts those (a draft the per-sentence cap leaves out is no question of the bank, issue 12), and turns
    only held ones, asked again after each turn (a copy marked 对 waits in the selection, another question may
    take its sentence's place).  Which one turns: one whose point another held question asks (a statement that
    alone asks its point never turns: its true copy asks nothing, the point would go unasked), then one whose
    sentence holds a key term (``key_terms``, see ``verbatim``) and that is no clause cut out of its sentence (a
    general line or a cut clause copied true asks nothing), then the least important."""
    # chosen without the seed: which statements stay true decides which ones ``cap_true`` may leave
    # out, and a new seed never changes the bank's questions
    ranked = sorted(falsified, key=lambda f: (not worth_asking_true(f[1], key_terms) or cut_short(out.questions[f[0]][0]),
                                              f[1].importance, _BALANCE.rank(_place(out.questions[f[0]][0]))))
    # (a statement whose true version a check rejects stays false, and the next one turns instead; so does one whose
    # true version says what another statement says: two points of one sentence, one cut to its change)
    said = {q.stem for q, _ in out.questions if q.kind == "truefalse"}
    tried: set[int] = set()
    first = None  # the false statements held before any turned (a document with so few keeps them: false_kept_below)
    while True:
        bank = held() if held is not None else set(range(len(out.questions)))
        tf = [i for i in bank if out.questions[i][0].kind == "truefalse"]
        false = sum(1 for i in tf if out.questions[i][0].answer == ("错",))
        # the selection keeps at most TRUE_MAX of them true (``cap_true``): count only the true ones it can keep,
        # else 5 false beside 3 true (2 kept) would pass here and be 5 of 7 in the bank
        first = false if first is None else first
        if first < FALSE_KEPT_BELOW or false <= FALSE_MAX * (false + min(len(tf) - false, _true_allowed(false))):
            return
        if _turn_lost(false, len(tf) - false):
            return  # (the copy a turn makes would not stay: the selection's looser share holds as it is)
        held_qs = [out.questions[j][0] for j in sorted(bank)]
        turn = next(((i, p, true, candidates) for i, p, true, candidates in ranked
                     if i in bank and i not in tried and out.questions[i][0].answer == ("错",)
                     and asked_otherwise(out.questions[i][0], held_qs)), None)
        if turn is None:
            return  # (what is left alone asks its point: ``cap_true`` weighs the selection again)
        i, p, true, candidates = turn
        tried.add(i)
        q, identity = out.questions[i]
        flipped, _, _ = compose(doc, p, "truefalse", true, candidates, q.id)
        # (nor one whose copy is too long or a cut clause, verbatim.cut_short: it asks nothing true, so it stays
        # false; with no bare copies to stand beside them, true_needs_change, the flips reached such ones)
        if flipped is not None and not (TRUE_NEEDS_CHANGE and cut_short(flipped)) and flipped.stem not in said:
            out.questions[i] = (flipped, identity)
            said.add(flipped.stem)
