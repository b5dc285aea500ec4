"""From points to questions: the run's plan, de-duplication, the lint gate and true/false balance.

Each (point kind, question kind) pair has one generator (``registry``); it decides what is asked and the templates
word it (``compose``).  Every question cites its source sentence with offsets, gets an id from identity fields
(``identity``), and options are shuffled by ``draws.Draws`` seeded by the run seed and what is asked, so one
question's options do not change when another point is added.

Cost: distractor candidates are indexed once per run (``distractors.Material``),
choices made for a point are shared by its question kinds (``drafting.RunCache``),
what the per-sentence cap of ``select`` is sure to drop is not drafted,
and a document read twice (a .txt and its saved .html give the same text and
points) is drafted and worded once; only its ids and file name differ.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..errors import KaodianError
from ..kinds import parse_kinds
from ..model import QUESTION_KINDS, Bank, Document, Extraction, Point, Question
from ..rules import SECOND_CONCEPT
from . import distractors as dx
from . import reasons
from .changes import SWAP_REPEAT
from .compose import compose, renamed, where
from .drafting import Ctx, Draft, RunCache, statement_source
from .gcpause import no_cycle_collector
from .held import bare_true as _bare_true, cited, hold, top_true  # (_bare_true: its tests read it here)
from .identity import file_name, known_key, point_places, question_id
from .policy import POLICY
from .registry import GENERATORS
from .select import Candidate, FirstQuestions, asks_again, left_out, select, top
from .templates import Template, TemplateSet, load_templates
from .never_asked import never_asked
from .personal import LIST_KINDS, personal_reports
from .verbatim import cut_short, key_term_sentences, worth_asking_true
from .tf_first import put_ahead, rule_text, shared_sentences, stands_in, trusted
from .tf_refused import refuse_tf, say_refused_tf
from .tf_share import TRUE_NEEDS_CHANGE, TRUE_NEEDS_FROM, balance_truefalse, bank_holds
from .tf_share import FALSE_MAX, TRUE_MAX, _STABLE, _true_allowed, cap_true  # noqa: F401 (cap_true: the library's merge)

PER_SENTENCE: int = POLICY["per_sentence"]
GLOSSARY_TITLE = re.compile(POLICY["glossary_title"])
GLOSSARY_KINDS = frozenset(POLICY["glossary_kinds"])
SECOND_KINDS = frozenset(POLICY["second_concept_kinds"])
PREFER: dict[str, list[str]] = POLICY["prefer"]
SPREAD: frozenset[str] = frozenset(POLICY["spread"])

Plan = dict[str, list[tuple[str, tuple[Template, ...]]]]  # point kind -> (question kind, its templates)


@dataclass(slots=True)
class _Asked:
    """What ``_ask_document`` made of one document, its file name aside except where a question's wording uses
    it (``named``): a document that reads the same under another name is renamed, not asked again."""

    questions: list[tuple[Question, tuple[str, ...]]]  # each with its identity: (article, point kind, kind, *key)
    diagnostics: list[tuple[Point, str]]
    points: list[int] = field(default_factory=list)  # the index of each question's point
    ahead: set = field(default_factory=set)  # identities of the false statements asked before their cloze (tf_first)
    stand_in: set = field(default_factory=set)  # ... and of those that may take a second cloze's place (tf_first.stands_in)
    duplicates: int = 0
    named: bool = False


@dataclass(slots=True)
class _DocumentRun:
    """The state of asking one document: what is asked already, and the false statements made."""

    seen: set  # identities asked
    stems: set  # (kind, stem, options) asked, and the sentences that have their true/false question
    falsified: list  # (index in questions, point, true draft, templates) of each false statement
    changeable: set = field(default_factory=set)  # indexes of true statements whose drawn change was rejected
    changes: Counter = field(default_factory=Counter)  # the changes (“…”误作“…”) the document's false statements make
    changed_terms: Counter = field(default_factory=Counter)  # the terms (“…”) they change, whatever put for them
    titles: frozenset = frozenset()  # where each heading line of the document starts (a title states nothing)
    key_terms: frozenset = frozenset()  # where each sentence holding a key term starts (verbatim.key_term_sentences)
    uncomposed: list = field(default_factory=list)  # (place among the questions, point, changed) of each true
    # statement ``_cap_true`` was sure to leave out, left uncomposed (``_bare_true``)
    asked: set = field(default_factory=set)  # the indexes of the points with a question among the document's
    tf_owner: dict = field(default_factory=dict)  # (start, end) of a sentence -> place of its true/false question (tf_refused)
    refused_tf: list = field(default_factory=list)  # (index in diagnostics, sentence) of each refused for it (tf_refused)
    tf_first: bool = False  # whether a trusted false statement goes before its point's cloze (not a rule text: tf_first)
    shared: dict = field(default_factory=dict)  # where each sentence of two points or more asked by that sentence starts (tf_first)


def _ask_document(ex: Extraction, material: dx.Material, cache: RunCache, plan: Plan, seed: int,
                  per_point: int | None, tick: Callable[[int], None] | None = None,
                  per_sentence: int | None = None, drafts_key: object = None) -> _Asked:
    """The questions on every point of one document, in text order, each linted (see ``generate``).
    A point whose questions all cite its one sentence is asked in at most ``per_sentence`` kinds, the
    ones it prefers (``_drafted_kinds``), and not in a kind whose sentence holds ``per_sentence`` first
    questions of points already (``select.FirstQuestions``): the selection would leave it out (drafting
    it cost a fifth of generation on the corpus)."""
    doc = ex.document
    out = _Asked([], [])
    doc_key = material.doc_key(doc.text)
    # drafts depend on the text and its points, not on the file name or the templates
    drafts = cache.drafts.setdefault(drafts_key or (doc_key, ex.points), {})
    places = point_places(ex.points)
    run = _DocumentRun(set(), set(), [], titles=_titles(doc), key_terms=key_term_sentences(ex),
                       tf_first=not rule_text(doc.text), shared=shared_sentences(ex.points, SPREAD))
    firsts = None if per_sentence is None else FirstQuestions(per_sentence, ex.points)
    glossary, entries = _glossaries(doc), set()  # the glossary entries (lines) asked already
    personal = personal_reports(doc)  # (a writer's own lists are not points to recite: personal.py)
    later: list[_Point] = []  # the points whose next kinds wait for every point's first question
    for n, p in enumerate(ex.points):
        if tick is not None:
            tick(n)
        ctx = Ctx(doc, p, material, seed, cache, doc_key, places[n])
        entry = doc.text.rfind("\n", 0, p.start) if p.article in glossary else None
        if entry in entries or never_asked(p, doc.text) or (p.kind in LIST_KINDS and p.article in personal):
            continue
        kinds = [kc for kc in plan[p.kind] if (p.article not in glossary or kc[0] in GLOSSARY_KINDS)
                 and (p.rule != SECOND_CONCEPT or kc[0] in SECOND_KINDS)]
        at = _Point(ctx, n, kinds, 1 if entry is not None else _drafted_kinds(p.kind, per_point, per_sentence))
        if _ask_kinds(at, drafts, run, out, firsts, firsts is not None) and entry is not None:
            entries.add(entry)
        later.append(at)
    # (a second kind is drafted once every point's first question is known: select leaves out every later
    # question on a sentence full of first questions, whichever point comes first)
    for at in later:
        _ask_kinds(at, drafts, run, out, firsts, False)
    key_terms = run.key_terms
    moved = _cap_true(out, ex, {f[0] for f in run.falsified} | run.changeable, key_terms, run.changeable,
                      run.uncomposed, run)
    if moved is not None:  # the false statements' indexes move up
        run.falsified = [(moved[f[0]], *f[1:]) for f in run.falsified if f[0] in moved]
    say_refused_tf(out, run, moved)
    importance = [p.importance for p in ex.points]  # (the balance counts what the selection holds: tf_share)
    balance_truefalse(out, run.falsified, doc, key_terms, lambda: bank_holds(out, importance, per_sentence, PREFER, out.ahead))
    return out


@dataclass(slots=True)
class _Point:
    """A point being asked: the kinds it is still to be drafted in (the ones it prefers first) and what it has."""

    ctx: Ctx
    n: int  # its index among the document's points
    kinds: list  # (question kind, its templates) not drafted yet
    most: int | None  # how many questions it is asked at most (None: no limit)
    made: int = 0
    first: Question | None = None  # its first question, when select is sure to take it first
    tf_full: bool = False  # whether its true/false sentence was full when its first question was made
    chosen: bool = False  # whether it has a single or multiple choice (it is asked by one choice kind only)
    ahead: bool | None = None  # whether its true/false kind goes before its cloze (tf_first; None: not decided yet)


def _ask_kinds(at: _Point, drafts: dict, run: _DocumentRun, out: _Asked, firsts: FirstQuestions | None,
               one: bool) -> bool:
    """Draft ``at``'s kinds in the order it prefers, until it has ``most`` questions (with ``one``: until its first
    question or its true/false kind, left in ``at.kinds``); True when one was added.  A kind whose sentence holds
    ``per_sentence`` first questions is not drafted (``select.FirstQuestions``), nor a second choice question as the
    point's first (its next kind stands in), nor its other choice kind.  True/false kinds keep text order and are skipped
    as the first questions made before them say (``tf_full``): each draft counts in the swap repeats and the balance."""
    added = False
    p = at.ctx.point
    if at.ahead is None:
        at.ahead = run.tf_first and put_ahead(at, drafts, run.shared, GENERATORS)
    while at.kinds and (at.most is None or at.made < at.most) and not (one and (at.made or at.kinds[0][0] == "truefalse")):
        kind, candidates = at.kinds.pop(0)
        if kind in ("single", "multiple") and at.chosen:  # (its other choice kind asks it twice: session 20, 考点重复)
            continue
        stand_in = firsts is not None and firsts.stands_in(at.first, kind, p.sentence.start)  # (a list's choice)
        full = at.first is not None and (at.tf_full if kind == "truefalse" else firsts.full(_cited(at.ctx, kind, at.first)))
        if full and not stand_in:
            continue  # select would leave it out: its sentence is full in select's first round
        if not _ask(at.ctx, at.n, kind, candidates, drafts, run, out, not at.kinds):
            continue
        q = out.questions[-1][0]
        at.made += not (spare := full or asks_again(at.first, q))  # (a stand-in or a repeat takes no kind's place)
        added = True
        at.chosen |= q.kind in ("single", "multiple")
        if kind == "truefalse" and run.tf_first and stands_in(drafts.get((at.n, kind))):  # (a rule text keeps its clozes)
            out.stand_in.add(out.questions[-1][1])
        if kind == "truefalse" and at.ahead and trusted(drafts.get((at.n, kind)), p.kind):
            out.ahead.add(out.questions[-1][1])
            if at.made == 1 and not spare and firsts is not None:
                firsts.add(q)  # (select takes it as its point's first: tf_first)
        if at.made == 1 and not spare and firsts is not None and q.kind != "truefalse":
            if firsts.refuses(q):
                at.made -= 1  # a second choice question on its sentence: the next kind stands in
                continue
            firsts.add(q)
            at.first = None if p.kind in SPREAD else q
    if one and at.first is not None:  # (true/false drafts count in _balance_truefalse: skipped as before)
        at.tf_full = firsts.full(_cited(at.ctx, "truefalse", at.first))
    return added


def _cited(ctx: Ctx, kind: str, first: Question) -> str:
    """The sentence a question of ``kind`` on the point of ``ctx`` would cite, known before it is drafted:
    a true/false question's statement (``statement_source``), else the sentence its first question cites."""
    return statement_source(ctx).text if kind == "truefalse" else first.source.sentence


def _glossaries(doc) -> frozenset[str]:  # noqa: ANN001 — a model.Document
    """The articles of ``doc`` that explain the terms of another (policy.yaml glossary_title: an attachment's
    名词注释): reference, not content; each of their entries (lines) is asked once, in ``glossary_kinds``."""
    return frozenset(a.id for a in doc.articles if a.title and GLOSSARY_TITLE.search(a.title))


def _titles(doc) -> frozenset[int]:  # noqa: ANN001 — a model.Document
    """Where each heading line of ``doc`` that states nothing starts (policy.yaml title_statement_verbs)."""
    verbs = tuple(POLICY["title_statement_verbs"])
    return frozenset(doc.text.rfind("\n", 0, h.start) + 1 for a in doc.articles for h in a.headings
                     if not any(v in h.text for v in verbs))


def _drafted_kinds(point_kind: str, per_point: int | None, per_sentence: int | None) -> int | None:
    """How many questions a point is asked at most (None: no limit): ``per_point``, and for a point whose
    questions all cite its one sentence (not a list: its questions name it in their stems) no more than
    the selection can keep on that sentence, ``per_sentence`` (drafting more cost a third of
    generation, and the selection left them out)."""
    if per_sentence is None or point_kind in SPREAD:
        return per_point
    return per_sentence if per_point is None else min(per_point, per_sentence)


def _cap_true(out: _Asked, ex: Extraction, falsified: set[int], key_terms: frozenset[int],
              changeable: set[int] = frozenset(), uncomposed: Sequence[tuple[int, Point, bool]] = (),
              run: _DocumentRun | None = None) -> dict[int, int] | None:
    """Leave out true statements no change was found for, least important first, until at most
    TRUE_MAX of the document's true/false questions are one: their points keep their other kinds.
    A true statement whose sentence holds no key term, or that is a clause cut out of its sentence
    (``verbatim.cut_short``), is left out whatever the share
    (``verbatim.worth_asking_true``).  Decided before the seed turns false statements back
    (``tf_share.balance_truefalse``), so the seed never changes which questions the bank holds.  ``uncomposed``: the
    bare statements ``_ask`` left undrafted (``_bare_true``), each said here in its place; the copies ``_ask``
    held (``held``) are composed only where they may stay (``held.top_true``).  Returns the
    new index of each question kept when some were left out, else None."""
    tf = [i for i, (q, _) in enumerate(out.questions) if q.kind == "truefalse"]
    true = [i for i in tf if i not in falsified]
    keep = _true_allowed(len(tf) - len(true) + sum(1 for *_, changed in uncomposed if changed))
    # a copy of a sentence without a key term (a general line, a heading) asks nothing: never kept
    # while verbatim statements are capped at all (TRUE_MAX 1 keeps every one)
    bare = {i for i in true if TRUE_MAX < 1 and not worth_asking_true(ex.points[out.points[i]], key_terms)}
    # nor a clause cut out of its sentence, whether or not a change was found for it (one a check
    # rejected is asked true): its stem is the same whatever the seed
    bare |= {i for i in tf if TRUE_MAX < 1 and out.questions[i][0].answer == ("对",) and cut_short(out.questions[i][0])}
    # nor a statement asked true because its drawn change was rejected (``changeable``) when its sentence holds no
    # key term: copied true it asks nothing (党的…以后，以…为主要代表的…，深刻总结…经验。), and its change was no good
    bare |= {i for i in changeable if TRUE_MAX < 1 and not worth_asking_true(ex.points[out.points[i]], key_terms)}
    # a statement whose point is asked in another kind goes first: its point stays asked
    asked = Counter(out.points)
    # a copy no change was found for asks nothing a learner could get wrong (policy.yaml true_needs_change): never
    # kept where another kind asks its point, and only there (a point no other kind asks keeps it, as before)
    # (a short text's few are kept: its false statements would be turned true to balance them, policy.yaml true_needs_change_from)
    bare |= {i for i in true if TRUE_NEEDS_CHANGE and TRUE_MAX < 1 and asked[out.points[i]] > 1 and len(falsified) >= TRUE_NEEDS_FROM}
    ranked = sorted((i for i in true if i not in bare), key=lambda i: (
        asked[out.points[i]] == 1, ex.points[out.points[i]].importance, _STABLE.rank(cited(out.questions[i][0]))))
    kept_true, absent = top_true(out, run, ranked, keep)  # (the last ``keep`` of ranked: held ones composed there)
    drop = bare | set(ranked) - kept_true
    said = sorted([(i, 0, ex.points[out.points[i]]) for i in drop - absent] + [(k, -1, p) for k, p, _ in uncomposed],
                  key=lambda d: d[:2])
    out.diagnostics.extend((p, f"未出{QUESTION_KINDS['truefalse']}：" + reasons.TRUE_CAP) for *_, p in said)
    if drop:
        kept = [i for i in range(len(out.questions)) if i not in drop]
        out.questions = [out.questions[i] for i in kept]
        out.points = [out.points[i] for i in kept]
        return {old: new for new, old in enumerate(kept)}
    return None


def _ask(ctx: Ctx, n: int, kind: str, candidates: tuple[Template, ...], drafts: dict, run: _DocumentRun,
         out: _Asked, last: bool = False) -> int:
    """Ask the ``n``th point of the document a question of ``kind``: 1 when one was added to ``out`` (a true
    statement copied true, when ``kind`` is the ``last`` the point is drafted in, only held: ``held``)."""
    p, doc = ctx.point, ctx.doc
    skipped = f"未出{QUESTION_KINDS[kind]}："
    # what is sure to be skipped is skipped before it is drafted: a formulation asked
    # already in this article, a sentence that has its true/false question
    known = known_key(p, kind)
    if known is not None and (p.article, p.kind, kind, *known) in run.seen:
        out.duplicates += 1
        return 0
    if p.sentence.start in run.titles and p.kind not in SPREAD:
        # 第五章 预备党员的教育、考察和转正: a title names a part, its words are no sentence to ask
        out.diagnostics.append((p, skipped + reasons.TITLE_LINE))
        return 0
    if kind == "truefalse":
        src = statement_source(ctx)
        if (src.start, src.end) in run.stems:
            return refuse_tf(out, run, p, skipped, (src.start, src.end))
    draft = drafts.get((n, kind))
    if draft is None:
        draft = drafts[n, kind] = GENERATORS[p.kind, kind](ctx)
    if isinstance(draft, str):
        if draft:  # (reasons.NOT_APPLICABLE: the kind does not ask this point at all, nothing to say)
            out.diagnostics.append((p, skipped + draft))
        return 0
    identity = (p.article, p.kind, kind, *draft.key)
    if identity in run.seen:
        out.duplicates += 1
        return 0
    if _bare_true(ctx, kind, draft, identity, run, len(out.questions), asked=n in run.asked):
        return 0
    qid = question_id(doc.name, *identity[:3], draft.key)
    if kind == "truefalse" and last and draft.true_draft is None and TRUE_MAX < 1:
        return hold(ctx, n, draft, candidates, identity, qid, run, out)  # (no later kind of the point waits on it)
    # a swap made SWAP_REPEAT times in this document is not made again (changes._fresh): the same 误作
    # fifteen times teaches one thing (known before composing: the false statement is then never worded)
    repeated = draft.true_draft is not None and (run.changes[draft.values.get("change")] >= SWAP_REPEAT or
                                                 run.changed_terms[_changed_term(draft)] >= SWAP_TERM_REPEAT)
    q, problems, named = (None, [], False) if repeated else compose(doc, p, kind, draft, candidates, qid)
    rejected = (q is None or repeated) and draft.true_draft is not None
    if rejected:
        # the change the seed drew is one a teacher rejects: the statement is asked true, and
        # still counts as one a change was found for (so the seed never changes the bank's questions)
        if _bare_true(ctx, kind, draft.true_draft, identity, run, len(out.questions), changed=True):
            return 0
        q, problems, named = compose(doc, p, kind, draft.true_draft, candidates, qid)
    out.named |= named
    if q is None:
        out.diagnostics.extend((p, f"未出{QUESTION_KINDS[kind]}{m}") for m in problems)
        return 0
    # one question of a kind per stem, one true/false question per sentence (a sentence
    # asked true and false gives one answer away): several points of one sentence
    # (a series, a formulation, the statement) would otherwise ask it again
    # (a list question's stem names the list, not its items: its answer tells two apart; 1）首先，… drafts two alike)
    asked = [(kind, q.stem, q.answer)] if kind in ("ordering", "recall") else [(kind, q.stem, q.options if kind in ("single", "multiple") else ())]
    if kind == "truefalse":
        asked.append((q.source.start, q.source.end))
    if any(k in run.stems for k in asked):
        if kind == "truefalse" and asked[-1] in run.stems:
            return refuse_tf(out, run, p, skipped, asked[-1])
        out.diagnostics.append((p, skipped + reasons.SAME_STEM))
        return 0
    run.stems.update(asked)
    if kind == "truefalse":
        run.tf_owner[asked[-1]] = len(out.questions)
    run.seen.add(identity)
    if draft.true_draft is not None:
        if q.answer == ("错",):
            run.changes[draft.values.get("change")] += 1
            run.changed_terms[_changed_term(draft)] += 1
        run.falsified.append((len(out.questions), p, draft.true_draft, candidates))
    run.changeable |= {len(out.questions)} if rejected else set()  # (as asked: one skipped as a repeat is none)
    out.questions.append((q, identity))
    out.points.append(n)
    run.asked.add(n)
    return 1


def _changed_term(draft: Draft) -> str:
    """The term a false statement's change replaces (“生态文明建设”误作“社会建设” -> 生态文明建设)."""
    return str(draft.values.get("change", "")).partition("”误作“")[0]


# One term is changed in at most this many of a document's false statements (policy.yaml swap_term_repeat).
SWAP_TERM_REPEAT: int = POLICY["swap_term_repeat"]


def generate(
    extractions: Sequence[Extraction],
    *,
    templates: str | None | TemplateSet = None,
    kinds: Sequence[str] | None = None,
    seed: int = 0,
    per_point: int | None = None,
    per_sentence: int | None = None,
    limit: int | None = None,
    lexicon: object = None,
    progress: Callable[[int, int], None] | None = None,
) -> Bank:
    """Questions for every point of the extractions, linted, the most important first (``select``).

    ``templates`` is a folder (the shipped templates when None) or a loaded
    TemplateSet; ``kinds`` limits the question kinds (ids or Chinese names);
    ``per_point`` caps the questions asked about one point, ``per_sentence``
    those on one sentence (None: policy.yaml's cap, 0: none), ``limit`` the
    bank (the N most important).  ``lexicon`` (a ``kaodian.lexicon.Lexicon``;
    the shipped one when None) gives the real terms and their classes that
    wrong options and false statements are drawn from.  Returns a Bank whose diagnostics say which points were
    skipped and why.  Raises KaodianError on bad templates (E401/E402), an
    unknown kind (E403) or a bad ``per_point``, ``per_sentence`` or ``limit``
    (E404).  ``progress``, when given, is called as ``progress(points done,
    points in all)`` before each point is asked.
    """
    tset = templates if isinstance(templates, TemplateSet) else load_templates(templates)
    wanted = parse_kinds(kinds) or tuple(QUESTION_KINDS)
    for option, value, least in (("--per-point", per_point, 1), ("--per-sentence", per_sentence, 0), ("--limit", limit, 1)):
        if value is not None and value < least:
            raise KaodianError("E404", option=option, value=value, least="正整数" if least else "非负整数")
    per_sentence = PER_SENTENCE if per_sentence is None else (per_sentence or None)
    with no_cycle_collector():
        drafted, diagnostics, duplicates = draft_candidates(extractions, tset, wanted, seed, per_point, progress,
                                                               lexicon=lexicon, per_sentence=per_sentence)
    if duplicates:
        diagnostics.append(f"跳过 {duplicates} 道重复题（同一篇文章里同一考点、同一答案已出过）。")
    ranked = select(drafted, per_sentence=per_sentence, prefer=PREFER)
    by_id = {c.question.id: c for c in drafted}
    questions, copies = top(ranked, limit, lambda qs: cap_true(qs, lambda q: q.source.document,
                                                                lambda q: by_id[q.id].importance,
                                                                lambda q: by_id[q.id].point))
    if len(questions) < len(drafted):
        diagnostics.append(left_out(len(drafted) - len(ranked), copies, len(ranked) - copies - len(questions),
                                    per_sentence, limit))
    if not questions:
        diagnostics.append("没有生成任何题目：输入中没有可出题的考点。")
    return Bank(tuple(questions), tuple(diagnostics))


def draft_candidates(
    extractions: Sequence[Extraction],
    tset: TemplateSet,
    wanted: Sequence[str],
    seed: int,
    per_point: int | None,
    progress: Callable[[int, int], None] | None = None,
    *,
    lexicon: object = None,
    per_sentence: int | None = None,
) -> tuple[list[Candidate], list[str], int]:
    """Every question drafted on the extractions before selection: the candidates (each with its point
    as (document index, point index) and its importance), the diagnostics and the duplicates skipped.
    Each point's kinds are drafted in the order it prefers (policy ``prefer``); with ``per_sentence``
    a point whose questions cite its one sentence is drafted no more kinds than that.

    The per-text step of a library (``kaodian.library``) calls it on one extraction at a time, without
    ``per_sentence``: across texts a point's later kinds are kept once its first are asked elsewhere."""
    extractions = list(extractions)
    material = dx.Material.gather(extractions, lexicon)
    cache = RunCache()
    plan = {
        k: sorted(((kind, t) for kind in wanted if (k, kind) in GENERATORS and (t := tset.get(k, kind))),
                  key=lambda kt, k=k: _preference(k, kt[0]))
        for k in {p.kind for ex in extractions for p in ex.points}
    }
    drafted: list[Candidate] = []
    diagnostics: list[str] = []
    ids: set[str] = set()
    paths: dict[str, set[str]] = {}  # file name -> the paths read under it
    for ex in extractions:
        paths.setdefault(file_name(ex.document.name), set()).add(ex.document.name)
    shared = {n for n, ps in paths.items() if len(ps) > 1}
    asked: dict[tuple, _Asked] = {}  # (text, points, articles) -> what was asked of it
    duplicates = 0
    total, base = sum(len(ex.points) for ex in extractions), 0
    for d, ex in enumerate(extractions):
        doc = ex.document
        tick = None if progress is None else (lambda n, base=base: progress(base + n, total))
        base += len(ex.points)
        if not ex.points:
            diagnostics.append(f"{doc.name}: 没有找到考点，未出题。")
            continue
        # (points hashed once per document, not once per lookup: a tuple of nested dataclasses recomputes
        # its hash every time, a fiftieth of generation when done thrice per document)
        drafts_key = _Hashed((material.doc_key(doc.text), ex.points))
        key = (drafts_key, doc.articles)
        done = asked.get(key)
        if done is None or done.named:
            done = asked[key] = _ask_document(ex, material, cache, plan, seed, per_point, tick, per_sentence,
                                              drafts_key)
            made = [q for q, _ in done.questions]
        else:  # the same text read under another file name (a .txt and its saved .html)
            made = [renamed(q, question_id(doc.name, *i[:3], i[3:]), doc.name) for q, i in done.questions]
        if file_name(doc.name) in shared:  # (两份同名的 讲话.txt in two folders: told apart by their paths)
            made = [renamed(q, question_id(doc.name, *i[:3], i[3:], by_path=True), doc.name)
                    for q, (_, i) in zip(made, done.questions)]
        diagnostics.extend(f"{where(doc, p)}: {m}" for p, m in done.diagnostics)
        duplicates += done.duplicates
        for q, n, (_, identity) in zip(made, done.points, done.questions):
            if q.id in ids:  # the same file given twice
                duplicates += 1
                continue
            ids.add(q.id)
            drafted.append(Candidate(q, (str(d), str(n)), ex.points[n].importance, len(drafted),
                                     identity in done.ahead, identity in done.stand_in))
    if progress is not None:
        progress(total, total)
    return drafted, diagnostics, duplicates


class _Hashed:
    """A key (a document key, its points) hashed once, by each point's kind and place (hashing the points whole
    walks every span of every point); equal to another _Hashed of equal points."""

    __slots__ = ("value", "_hash")

    def __init__(self, value: tuple) -> None:
        self.value = value
        self._hash = hash((value[0], tuple((p.kind, p.start, p.end) for p in value[1])))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Hashed) and self._hash == other._hash and self.value == other.value


def _preference(point_kind: str, kind: str) -> int:
    """Where ``kind`` stands among the kinds ``point_kind`` prefers (kinds not named after them)."""
    kinds = PREFER.get(point_kind, [])
    return kinds.index(kind) if kind in kinds else len(kinds)
