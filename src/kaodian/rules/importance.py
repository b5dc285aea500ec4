"""How important a point is: general, documented signals, each with the label a teacher reads.

A point's score is the sum of what it is (a list, a defining statement …),
how it is cued (a statement pattern, a numbered formulation, a counted list),
where it stands (the opening sentence of a section, the first or last
paragraph of its article) and how often its key terms recur in the document.
The weights are policy in the ``importance`` section of the rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .. import segment
from ..model import Article, Point
from ..text import common_prefix, common_suffix
from .figures import FigureRules
from .parts import RULE as PARTS_RULE
from .recurrence import Recurrence

# Labels a teacher reads in ``kaodian extract`` (why a point ranks high).
LABELS = {
    "cued_statement": "论断句式",
    "defining": "定义句",
    "numbered": "编号提法",
    "counted_list": "点明数目",
    "section_lead": "段首句",
    "article_edge": "开头结尾",
    "short_terms": "泛泛并列",
    "narrative_figure": "叙事中的日期或人数",
    "minor_figure": "行业的过往统计数字",
    "career": "人物经历",
    "known_series": "知名提法",
    "rule_figure": "规定或目标中的数字",
    "attributed": "引述的论断",
    "case_list": "适用情形的列举",
    "qualified": "定性用语",
    "answers_label": "回答小标题",
    "long_items": "逐句长列举",
    "parallel_series": "成套并列提法",
    "text_parts": "全文结构",
}


@dataclass(frozen=True)
class ImportanceRules:
    """The compiled ``importance`` section."""

    kinds: dict[str, float]
    weights: dict[str, float]  # one per LABELS key
    counted: re.Pattern[str]
    short_chars: int  # a series whose terms are all this short (经济、政治、文化) is a generic one
    long_item_chars: int  # a list whose items average more than this is a passage of sentences, not one to recall
    parallel_min: int  # a series of this many terms or more that share a head or a tail is a set formulation
    name_classes: frozenset[str]  # ... unless most of its terms are names: of these lexicon classes,
    name_tags: frozenset[str]  # ... of these jieba tags of the whole word,
    name_tails: tuple[str, ...]  # ... or sharing one of these tails (甲市、乙市; 甲局、乙局)
    laid_down: re.Pattern[str]  # ... unless its lead lays the list down as a rule (会员必须履行下列义务)
    defining_roles: frozenset[str]
    recurring: float
    recurring_max: float
    ubiquitous_min: int  # key terms stated this often are the document's topic, not this point's
    ubiquitous: float
    figures: FigureRules  # which figures are trivia (a fact of nothing else is narrative_figure)
    quantity: re.Pattern[str]  # the facts' quantity with its unit
    figure: re.Pattern[str]  # a count a statement states (一年, 五年, 三人, 两名): with a rule word, a rule_figure
    attribution: re.Pattern[str]  # the verb reporting a judgement as said (指出, 强调): an attributed statement
    cases: re.Pattern[str]  # a list's lead saying its items are the cases a rule applies to (有下列情形之一的)
    qualifying: re.Pattern[str]  # a statement ranking what it defines (是…的根本, 首要的是): a qualified statement
    label_line: re.Pattern[str]  # a numbered subheading line (1.某某的本质, （一）某某): a statement under it may answer it
    label_chars: int  # ... at most this long
    label_echo: int  # ... answered when the statement repeats this many of its characters in a row
    article_line: re.Pattern[str]  # a regulation's article (第七条): numbered content, no answer to a label

    @classmethod
    def from_rules(cls, rules: dict) -> "ImportanceRules":
        d = rules["importance"]
        return cls(
            kinds={k: float(v) for k, v in d["kinds"].items()},
            weights={k: float(d[k]) for k in LABELS},
            counted=re.compile(d["counted"]),
            short_chars=int(d["short_chars"]),
            long_item_chars=int(d["long_item_chars"]),
            parallel_min=int(d["parallel_min"]),
            name_classes=frozenset(d["parallel_names"]["classes"]),
            name_tags=frozenset(d["parallel_names"]["tags"]),
            name_tails=tuple(d["parallel_names"]["tails"]),
            laid_down=re.compile(d["laid_down"]),
            defining_roles=frozenset(d["defining_roles"]),
            recurring=float(d["recurring"]),
            recurring_max=float(d["recurring_max"]),
            ubiquitous_min=int(d["ubiquitous_min"]),
            ubiquitous=float(d["ubiquitous"]),
            figures=FigureRules.from_rules(rules),
            quantity=re.compile(rules["facts"]["quantity"]),
            figure=re.compile(d["figure"]),
            attribution=re.compile(d["attribution"]),
            cases=re.compile(d["cases"]),
            qualifying=re.compile(d["qualifying"]),
            label_line=re.compile(d["label_line"]),
            label_chars=int(d["label_chars"]),
            label_echo=int(d["label_echo"]),
            article_line=re.compile(d["article_line"]),
        )


def _lead_ends(text: str, article: Article) -> list[tuple[int, int]]:
    """The span of the opening sentence of each section's first paragraph (a section under a heading)."""
    out, seen = [], set()
    for para in article.paragraphs:
        if para.section and para.section not in seen:
            seen.add(para.section)
            stop = min((i for i in (text.find(c, para.start, para.end) for c in "。！？；") if i >= 0), default=para.end)
            out.append((para.start, stop + 1))
    return out


def _signals(p: Point, article: Article, leads: list[tuple[int, int]], rules: ImportanceRules,
             starts: list[int]) -> list[str]:
    """The labelled signals ``p`` shows besides its kind and recurrence."""
    found = []
    if p.kind == "statement" and p.rule == "statement":
        found.append("cued_statement")
    if p.kind == "statement" and p.rule.partition(".")[2] in rules.defining_roles:
        found.append("defining")
    if p.kind == "formulation" and p.numbered:
        found.append("numbered")
    if p.kind in ("enumeration", "list") and rules.counted.search(p.sentence.text):
        found.append("counted_list")
    if p.rule == PARTS_RULE:
        found.append("text_parts")
    if p.kind in ("enumeration", "list") and rules.cases.search(p.sentence.text):
        found.append("case_list")
    if (p.kind in ("enumeration", "list") and p.items and _mean_chars(p) > rules.long_item_chars
            and not rules.laid_down.search(p.sentence.text)):
        found.append("long_items")
    if p.kind == "term_series" and not _parallel(p) and all(len(i.text) <= rules.short_chars for i in p.items):
        found.append("short_terms")
    if p.kind == "term_series" and _spells_known_formulation([i.text for i in p.items]):
        found.append("known_series")
    elif (p.kind == "term_series" and len(p.items) >= rules.parallel_min and _parallel(p)
          and not _names(p, rules)):
        found.append("parallel_series")
    if p.kind == "fact" and rules.figures.all_trivial(p.sentence.text, rules.quantity):
        found.append("narrative_figure")
    elif p.kind == "fact" and rules.figures.all_minor(p.sentence.text, rules.quantity):
        found.append("minor_figure")
    if rules.figures.career.search(p.sentence.text):
        found.append("career")
    # (a statement's count beside a rule word, 每五年; a fact's figure beside a target word, 年均增长5%左右)
    if p.kind in ("statement", "fact") and rules.figure.search(p.sentence.text) and rules.figures.rule.search(p.sentence.text):
        found.append("rule_figure")
    if p.kind == "statement" and rules.attribution.search(p.sentence.text):
        found.append("attributed")
    if p.kind == "statement" and rules.qualifying.search(p.sentence.text):
        found.append("qualified")
    if p.kind == "statement" and _answers_label(p, article, rules, starts):
        found.append("answers_label")
    if any(a <= p.start < b for a, b in leads):
        found.append("section_lead")
    paras = article.paragraphs
    if paras and (p.start < paras[0].end or p.start >= paras[-1].start):
        found.append("article_edge")
    return found


def _answers_label(p: Point, article: Article, rules: ImportanceRules, starts: list[int]) -> bool:
    """Whether ``p``'s sentence opens the paragraph after a numbered subheading line and repeats words of it
    (4、某社会的根本任务。115 then 某社会的本质揭示了某社会的根本任务是…): the statement a note or a report gives
    as what its subheading asks.  ``starts``: where the article's paragraphs start."""
    paras = article.paragraphs
    k = bisect_right(starts, p.sentence.start) - 1
    if k < 1 or paras[k].text[: p.sentence.start - paras[k].start].strip():
        return False  # (not the opening sentence of a paragraph after another)
    label, para = paras[k - 1].text.strip(), paras[k].text
    # a line that ends as a sentence or a clause does (（七）承担…事项。 / …；) is an item, not a subheading;
    # and a paragraph numbered itself (an item after an item, a regulation's article under its chapter) is
    # the next of a series, no answer
    if (len(label) > rules.label_chars or not rules.label_line.match(label) or label[-1] in "。；;，,：:"
            or rules.label_line.match(para) or rules.article_line.match(para)):
        return False
    n, said = rules.label_echo, p.sentence.text
    return any(label[i : i + n] in said for i in range(len(label) - n + 1))


def _mean_chars(p: Point) -> float:
    """The mean length of ``p``'s items in characters."""
    return sum(len(i.text) for i in p.items) / len(p.items)


def _parallel(p: Point) -> bool:
    """Whether a series' terms share their first or their last character (质量变革、效率变革、动力变革):
    a formulation built to be said together, not words that merely stand side by side."""
    terms = [i.text for i in p.items]
    return len(terms) > 1 and bool(common_prefix(terms) or common_suffix(terms))


def _names(p: Point, rules: ImportanceRules) -> bool:
    """Whether a series is a run of proper names (places, organs, people: 甲市、乙市、丙市): its terms share
    just a tail only names take, or more than half of them are names by the lexicon's class or jieba's tag."""
    terms = [i.text for i in p.items]
    # the tail alone (甲山市、乙水市 share 市 and no more): a longer shared tail is a formulation's own head
    # word (文化强市、科技强市 share 强市: goals, no places)
    if common_suffix(terms) in rules.name_tails:
        return True
    from .. import lexicon

    named = sum(lexicon.class_of(t) in rules.name_classes or segment.tag_whole(t) in rules.name_tags for t in terms)
    return 2 * named > len(terms)


def _spells_known_formulation(terms: list[str]) -> bool:
    """Whether a series says every member of a numbered formulation of the shipped lexicon, each term
    holding one at its end (进行伟大斗争、建设伟大工程、推进伟大事业、实现伟大梦想 spells 四个伟大): the
    formulation said whole, which tests ask as the named one.  The lexicon loads on the first series."""
    if len(terms) < 3:
        return False
    from .. import lexicon

    lex = lexicon.load()
    named: dict[str, set[str]] = {}
    for term in terms:
        for k in range(len(term) - 1):
            for g in lex.groups_of(term[k:]):
                if g.name is not None:
                    named.setdefault(g.name, set()).add(term[k:])
    return any(len(found) == len(terms) and len(lex.members(name)) == len(terms) for name, found in named.items())


def _key_terms(p: Point) -> list[str]:
    """What recurs when the point recurs: its items (list members, key phrases), else its text."""
    terms = [i.text for i in p.items if len(i.text) >= 2]
    return terms or ([p.text.strip("“”《》")] if len(p.text) <= 20 else [])


def score(points: tuple[Point, ...], articles: tuple[Article, ...], text: str, recurrence: Recurrence,
          rules: ImportanceRules) -> tuple[Point, ...]:
    """The points with ``importance`` and ``cues`` set (rounded to hundredths, so scores compare exactly)."""
    by_id = {a.id: a for a in articles}
    # the section leads of the points' own articles only: score is called once per article, and
    # working out every article's each time would grow with the square of their number
    leads: dict[str, list[tuple[int, int]]] = {}
    starts: dict[str, list[int]] = {}  # ... and where their paragraphs start
    out = []
    for p in points:
        article = by_id.get(p.article)
        if article and p.article not in leads:
            leads[p.article] = _lead_ends(text, article)
            starts[p.article] = [q.start for q in article.paragraphs]
        found = _signals(p, article, leads[p.article], rules, starts[p.article]) if article else []
        value = rules.kinds.get(p.kind, 0.0) + sum(rules.weights[s] for s in found)
        cues = [LABELS[s] for s in found]
        times = max((recurrence.count(t) for t in _key_terms(p)), default=1)
        value += recurrence_bonus(times, rules.ubiquitous_min, rules.ubiquitous, rules.recurring, rules.recurring_max)
        if times >= rules.ubiquitous_min:
            cues.append(f"出现{times}次（处处都有）")
        elif times > 1:
            cues.append(f"出现{times}次")
        out.append(_scored(p, round(value, 2), tuple(cues)))
    return tuple(out)


def recurrence_bonus(times: float, ubiquitous_min: float, ubiquitous: float, recurring: float, recurring_max: float) -> float:
    """What a point's key term said ``times`` in its document adds to its importance: a flat ``ubiquitous`` when it
    is said everywhere, else ``recurring`` for each saying past the first, up to ``recurring_max`` (the weights of
    default.yaml ``importance``; scripts/fit_importance.py fits them with this same function)."""
    if times >= ubiquitous_min:
        return ubiquitous
    return min(recurring_max, recurring * (times - 1)) if times > 1 else 0.0


def _scored(p: Point, importance: float, cues: tuple[str, ...]) -> Point:
    """``p`` with its score: ``dataclasses.replace`` without its field-by-field walk (a third of scoring's
    time), which a frozen dataclass without validation of its own does not need."""
    new = object.__new__(Point)
    new.__dict__.update(p.__dict__, importance=importance, cues=cues)
    return new

