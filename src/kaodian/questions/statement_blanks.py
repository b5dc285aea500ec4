"""The blanks of a key statement's cloze (``ask_cloze.cloze_statement``): which clause of the sentence it
cites, each key phrase's blank (a long phrase's head or a series' first term), the statement's subject, and
the subject that only names a category, which is never blanked."""

from __future__ import annotations

import re

from .. import segment
from ..model import Span
from ..rules import load_rules
from ..rules.concept_shapes import MODIFIER_TAGS, NOUN_TAGS
from .blank_choice import subject_blank
from .drafting import CLOZE_SHARE, shown_elsewhere
from .lint import unbalanced
from .parallel_stems import MIN_CLAUSE
from .policy import POLICY
from .sentence import CLOSE_QUOTES
from .vocab import load_vocab

__all__ = ["HEAD_MIN", "category_name", "first_term", "head_term", "statement_subject", "up_to_clause"]

# The subject of a key statement: a short phrase that opens a clause and is followed by 是 (团结奋斗是…).
_SUBJECT = re.compile(r"(?:^|(?<=[，：；“]))([^，。；：“”‘’、\d]{2,8}?)是")
# Words too general to be a concept's head alone (policy.yaml cloze_blank.generic)
_GENERIC = frozenset(POLICY["cloze_blank"]["generic"])


def category_name(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is X的<head> right before 是 with a head of ``concepts.defined_heads`` (…的经济纲领是：):
    the name of a category, whose value is what the sentence states."""
    t = text[a:b]
    return text[b : b + 1] == "是" and "的" in t[1:-1] and t.endswith(load_rules().concepts.defined_heads)


def first_term(concept: Span, src: Span) -> tuple[int, int]:
    """A concept's span, or, for a series said whole (适度加力、提质增效) too long to blank in its sentence,
    its first term: the rest stays as the cue, as writers blank a series from its start."""
    if "、" not in concept.text or len(concept.text) <= CLOZE_SHARE * len(src.text):
        return concept.start, concept.end
    return concept.start, concept.start + concept.text.index("、")


# What makes a key phrase the predicate of its clause (policy.yaml cloze_blank.predicate_verbs)
_PREDICATE_VERBS = tuple(POLICY["cloze_blank"]["predicate_verbs"])
# The head of a key phrase X的Y (严肃党内政治生活的|治本之策) is at least this long: a shorter one (的|人)
# is a word no writer blanks alone.
HEAD_MIN = 2


def head_term(a: int, b: int, text: str, src: Span) -> tuple[int, int]:
    """The key phrase text[a:b], or, when a phrase X的Y is too long to blank in its sentence
    (端正用人导向是|严肃党内政治生活的治本之策|), its head Y: the cue of a definition (治本之策, 头等大事,
    直接动力) is what a teacher asks of it, and the whole phrase would be dropped as too long."""
    if b - a <= CLOZE_SHARE * len(src.text):
        return a, b
    clause = text[max(src.start, *(text.rfind(c, src.start, a) + 1 for c in "，。；：")) : a]
    if not any(v in clause for v in _PREDICATE_VERBS):
        return a, b  # a subject (…的前途|是…): whole or not at all
    head = text.rfind("的", a, b) + 1
    if head <= a or b - head < HEAD_MIN or text[head:b][0] in CLOSE_QUOTES:
        return a, b
    # a head of general words only (第一位的|工作任务) is no concept: its modifier is what is asked;
    # nor is a head that is no noun phrase (有的|干部动不动就问原来: the 的 of 有的 heads no noun)
    tags = segment.tag(text[head:b])
    if (all(w in _GENERIC for w, _ in tags) or tags[-1][1] not in NOUN_TAGS
            or any(t not in NOUN_TAGS | MODIFIER_TAGS | {"ad"} for _, t in tags)):
        return a, b
    return head, b


def up_to_clause(src: Span, best: Span) -> Span:
    """``src`` up to the clause that states the statement's best concept again (现代服务业的真正本质就是
    实体经济，其与…融合后，|将使得实体经济变得更为强大): the cloze cites what defines the concept, else
    its answer would stand in its own stem; ``src`` when the repeat stands before the concept or the
    clauses left are too short to hold its blank."""
    a, b = best.start - src.start, best.end - src.start
    if not shown_elsewhere(best.text, src, [(best.start, best.end)], words=True) or best.text in src.text[:a]:
        return src
    again = src.text.find(best.text, b)
    # a clause stated twice (a digest that quotes its lead again) repeats the statement, not its concept
    opens = max(src.text.rfind(c, 0, a) for c in "，；。") + 1
    closes = min((i for i in (src.text.find(c, b) for c in "，；。") if i >= 0), default=len(src.text))
    if src.text.find(src.text[opens:closes], closes) >= 0:
        return src
    cut = max(src.text.rfind(c, b, again) for c in "，；。")
    if cut < max(MIN_CLAUSE, (b - a) / CLOZE_SHARE):
        return src
    out = Span(src.text[:cut], src.start, src.start + cut)
    # (a cut through a quotation would leave its mark open)
    if unbalanced(out.text) or shown_elsewhere(best.text, out, [(best.start, best.end)], words=True):
        return src
    return out


def statement_subject(src: Span, before: int) -> tuple[int, int] | None:
    """The subject of the statement whose first key phrase starts at ``before`` (the last clause
    opening before it that reads X是), or None; never a pronoun or adverb (这是…, 也是…)."""
    found = None
    for m in _SUBJECT.finditer(src.text, 0, before - src.start):
        found = m
    if found is None or found.group(1)[0] in load_vocab().subject_never_starts \
            or segment.tag(found.group(1))[0][1][:1] in "td":  # (现在已经|是…: a time or an adverb is no subject)
        return None
    return subject_blank(src.text, found.start(1), found.end(1), src.start)
