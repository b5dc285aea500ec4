"""Which verbatim-true statements are worth asking: one whose sentence holds a key term.

A true/false statement copied from the text and marked 对 asks only whether the
reader recognises the sentence.  A teacher prints it at most when the sentence
holds something to remember — a formulation, a term series, a document's title,
a figure a test asks — and rejects it for a general line (完善外资促进和服务机制。)
or a heading: every reader marks those true (blind review, session 7).  The point
kinds that make a key term are policy (policy.yaml ``true_key_kinds``).
"""

from __future__ import annotations

import re

from ..model import Extraction, Point
from ..rules.figures import DATE
from .blanks import NUMBER
from .falsehood import career_detail, figure_led, own_headline, policy as falsehood_policy
from .policy import POLICY
from .source import own_review, present_years
from .tf_worth import minor_number

# the point kinds whose span in a sentence makes it worth asking true (see policy.yaml)
KEY_KINDS: frozenset[str] = frozenset(POLICY["true_key_kinds"])
# the classes of figure that make a fact a key term (see policy.yaml true_fact_figures)
FACT_FIGURES: frozenset[str] = frozenset(POLICY["true_fact_figures"])
# what makes a sentence of another key kind a claim worth asking true (see policy.yaml true_claim)
CLAIM = re.compile(POLICY["true_claim"])
# a pledge one makes as a person (see policy.yaml true_personal): no claim to ask true
PERSONAL = re.compile(POLICY["true_personal"])


def key_term_sentences(ex: Extraction) -> frozenset[int]:
    """Where each sentence of ``ex`` that holds a key term starts: a point of ``KEY_KINDS`` lies in it, a
    fact only when one of its figures is a rule, target, date of history or named figure (``_key_figure``),
    another only when the sentence states a claim (``CLAIM``: not a line of work naming it in passing)."""
    from ..rules import load_rules

    rules = load_rules()
    prizes = re.compile(falsehood_policy()["prize_tally"])
    # (a sentence of any key kind that states figures asks them too: copied true, it asks the reader to vouch
    # for counts of what was done (1053个事项, 单项冠军14家, 218处), which a blind teacher rejected as trivia
    # every time (session 8) unless one of them is a figure a test asks)
    # (nor a contest's results, 共有44人获全国学科竞赛一等奖: a tally whatever year dates it, falsehood.yaml prize_tally)
    # (and a year of the text's own present, 2009年应该说是…之年 in a speech reviewing 2009, is no figure a test
    # asks: source.present_years, falsehood.yaml present_years)
    present: dict[str, tuple[int, ...]] = {}
    for a in ex.document.articles:
        present[a.id] = present_years(ex.document, a.id)
    # (a sentence of a place's review of its own year is asked true for a figure only where that figure is a
    # headline aggregate's level: falsehood.own_headline; its other statistics are trivia, session 11)
    reviews: dict[tuple[str, str | None], bool] = {}
    out: set[int] = set()
    # (a sentence found to hold none is not read again for another point of the same test: a fact's, or
    # another key kind's; its article and heading are the sentence's own)
    without: set[tuple[int, int, bool]] = set()
    for p in ex.points:
        # (a sentence found to hold a key term is not read again for its other points: the searches of a
        # long text's sentences cost a hundredth of generation)
        tested = (p.sentence.start, p.sentence.end, p.kind == "fact")
        if p.kind not in KEY_KINDS or p.sentence.start in out or tested in without:
            continue
        # (nor a scholar's or a member's career told without a view of theirs, 某教授…出版…专著, …获…二等奖: the
        # background of an article, whose copy a blind teacher rejected as trivia, session 10: career_detail)
        if not prizes.search(p.sentence.text) and not career_detail(p.sentence.text) and (
                _key_figure(rules, p.sentence.text, present.get(p.article, ()),
                            _reviewed(reviews, ex, p.article, p.heading))
                if p.kind == "fact" or _figures(rules, p.sentence.text)
                else CLAIM.search(p.sentence.text) and not PERSONAL.match(p.sentence.text)):
            out.add(p.sentence.start)
        else:
            without.add(tested)
    return frozenset(out)


def _figures(rules, sentence: str) -> bool:  # noqa: ANN001 — a rules.Rules
    """Whether ``sentence`` states a date or a quantity with its unit."""
    return bool(DATE.search(sentence) or rules.importance.quantity.search(sentence))


def _reviewed(memo: dict, ex: Extraction, article: str, heading: str | None) -> bool:
    """source.own_review of ``article`` and ``heading`` of ``ex``'s document, worked out once each."""
    if (article, heading) not in memo:
        memo[article, heading] = own_review(ex.document, article, heading)
    return memo[article, heading]


def _key_figure(rules, sentence: str, present: tuple[int, ...] = (), own: bool = False) -> bool:  # noqa: ANN001 — a rules.Rules
    """Whether ``sentence`` names a place to ask, or holds a date or quantity of a class a verbatim true
    statement may ask (policy.yaml ``true_fact_figures``): a rule, a target, history, a named figure; never
    a date within ``present_years`` of a year in ``present`` (the text's own present), nor a figure that does
    not lead its sentence (``falsehood.figure_led``); in a place's review of its own year (``own``) a number only
    as a headline aggregate's level (``falsehood.own_headline``)."""
    fig = rules.figures
    if fig.place.search(sentence):
        return True
    window = falsehood_policy()["present_years"]
    dates = [m.span() for m in DATE.finditer(sentence)
             if not any(abs(int(m.group()[:4]) - y) <= window for y in present if m.group()[:4].isdigit())]
    spans = dates + [m.span() for m in rules.importance.quantity.finditer(sentence)
                     if not own or own_headline(sentence, m.start())]
    # (a figure that does not lead its sentence is its detail, true or false: falsehood.figure_led; the
    # sentence's figures are counted only when one is of a class to ask)
    count = None
    for a, b in spans:
        # (nor a number that is no headline target nor a rule's: a detail, true or changed, tf_worth.minor_number)
        if fig.kind(sentence, a, b) in FACT_FIGURES and minor_number(sentence, a, b) is None:
            count = len(NUMBER.findall(sentence)) if count is None else count
            if figure_led(sentence, a, b, count):
                return True
    return False


def worth_asking_true(p: Point, key_terms: frozenset[int]) -> bool:
    """Whether a statement copied true from the sentence of ``p`` asks a key term (``key_terms``: from
    ``key_term_sentences``)."""
    return p.sentence.start in key_terms


def cut_short(q) -> bool:  # noqa: ANN001 — a model.Question
    """Whether the true statement ``q`` asks nothing to judge: a clause cut out of its sentence (its stem
    holds …… that the sentence does not: 省委总的要求是……坚持…, session 7), a run of subjectless tasks
    (``task_run``), or a copy too long to judge as one claim (``TRUE_COPY_MAX``)."""
    return ("……" in q.stem and "……" not in q.source.sentence) or task_run(q.stem) or len(q.stem.strip()) > TRUE_COPY_MAX


# a source put before a statement (据《…》，2024年，; 《…》提出，): no clause of the statement's own
_SOURCE_LEAD = re.compile(r"^(?:据(?:[\u4e00-\u9fff·]{2,8}的)?《[^》]*》，|(?:[\u4e00-\u9fff·]{2,8}的)?《[^》]*》提出，)?(?:(?:19|20)\d\d年，)?")
_CLAUSES = re.compile(r"[，；。！？]")
# a call that opens a task (要…, 我们要…): the task is what follows it
_CALL = re.compile(r"^(?:我们)?(?:要|必须|还要|更要)")
TASK_RUN: int = POLICY["true_task_run"]
TRUE_COPY_MAX: int = POLICY["true_copy_max"]  # see policy.yaml


def task_run(statement: str) -> bool:
    """Whether ``statement`` is a run of at least ``TASK_RUN`` clauses, each a task with no subject (扩大…，
    推动…，加快…), and states no figure and no quoted formulation: copied true it asks nothing to judge
    (policy.yaml ``true_task_run``)."""
    body = _SOURCE_LEAD.sub("", statement.strip())
    if any(c.isdigit() for c in body) or "“" in body:
        return False  # (a figure, or a quoted formulation it names, “两个确立”, is something to judge)
    clauses = [c for c in _CLAUSES.split(body) if c]
    if len(clauses) < TASK_RUN:
        return False
    return all(_task(_CALL.sub("", c)[:8]) for c in clauses)


def _task(opening: str) -> bool:
    """Whether a clause opening ``opening`` is a task with no subject: source.subjectless, or a verb after a
    first word that modifies it (全力扩大…, 稳定预期, 高质量完成…: the segmenter tags the modifier a noun or an
    adjective)."""
    from .. import segment
    from .source import subjectless

    if subjectless(opening):
        return True
    tags = segment.tag(opening)
    return len(tags) > 1 and tags[0][1] in ("n", "a", "j") and len(tags[0][0]) <= 3 and (
        tags[1][1][:1] == "v" or tags[0][1] in ("a", "j"))
