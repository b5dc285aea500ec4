"""A list's label that names only an aspect (内涵, 基本内容, 如何坚持), said with the thing it is of.

Study notes set a thing's name on a line of its own and its aspects on the lines below it
(党的基本路线 / 内容 / 内涵 / 如何坚持).  A stem quoting the aspect alone (在“内涵”一处) says not of
what; blind teacher reviews asked for the name (“内涵”未说明是党的基本路线的内涵).  ``with_thing`` names
it by the nearest label line above that is no aspect.  The word lists are policy (anchors.yaml,
section ``labels``).
"""

from __future__ import annotations

import re

from .. import segment
from ..model import Document, Span
from .anchors import POLICY
from .sentence import ARTICLE_LABEL

_L = POLICY["labels"]
_ASPECTS = frozenset(_L["aspects"])
_ASK_FIRST = tuple(_L["ask_first"])
_CLAUSE = re.compile("[。！？；：，、:;,.!?]")


def is_aspect(label: str) -> bool:
    """Whether ``label`` names only an aspect of something (内涵, 如何坚持？), not the thing."""
    return label.strip().rstrip("？?") in _ASPECTS


def label_line(line: str) -> bool:
    """A short line with no clause mark: a study note's label or title line (实事求是, 主要内容)."""
    line = line.strip()
    return 2 <= len(line) <= _L["line_max"] and not _CLAUSE.search(line)


def with_thing(text: str, at: int, label: str, floor: int = 0) -> str:
    """``label`` said with the thing it is an aspect of, named by the nearest label line above ``at`` that
    is no aspect (内涵 -> 党的基本路线的内涵, 如何坚持 -> 如何坚持党的基本路线); ``label`` as it is when
    it is no aspect or no such line stands within ``lines_back`` lines after ``floor`` (the article's
    body start: its title names the whole text, not the thing)."""
    if not is_aspect(label):
        return label
    line = thing_above(text, at, floor)
    if line is None:
        return label
    return subject_of(label, _unnumbered(line)) or label


def _with(label: str, thing: str) -> str:
    """The aspect ``label`` said with its ``thing`` (如何坚持某某, 某某的内涵)."""
    aspect = label.strip().rstrip("？?")
    return f"{aspect}{thing}" if aspect.startswith(_ASK_FIRST) else f"{thing}的{aspect}"


def thing_above(text: str, at: int, floor: int = 0) -> str | None:
    """The nearest label line above ``at`` that is no aspect (the thing its aspects are of), within
    ``lines_back`` lines after ``floor``; None when there is none.  A line that states something (an
    item of the list above: （4）某某是…的重要保障) names no thing; a short line that ends a long
    line wrapped at a page's edge (…的一些 / 基本思想的提出) ends the search: the notes are broken there."""
    end = text.rfind("\n", 0, at)
    for _ in range(_L["lines_back"]):
        if end <= floor:
            break
        start = text.rfind("\n", 0, end) + 1
        if start < floor:
            break
        line = _QUESTION_TAIL.sub("", text[start:end].strip())
        if _unnumbered(line) != line:
            line = line.rstrip("。")  # (a numbered title may close with a stop: 4、某社会的根本任务。)
        if label_line(_unnumbered(line)) and _wrapped(text, start, floor):
            return None  # (the notes' lines are broken here: a title further up may be another part's)
        if label_line(_unnumbered(line)) and not is_aspect(line) and not _states(line) and not _ITEM.match(line):
            return line
        end = start - 1
    return None


def _states(line: str) -> bool:
    """Whether a short line says something of a subject (（4）某某是…的重要保障): a point, no thing's name."""
    bare = _unnumbered(line)
    return any(w in bare[1:] for w in _N["predicates"])


def _wrapped(text: str, start: int, floor: int) -> bool:
    """Whether the line at ``start`` goes on from a long line above that a wrap cut inside a phrase
    (…的一些 / 基本思想的提出): the end of a sentence, no title line."""
    if start - 1 <= floor:
        return False
    line = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)].strip()
    if _unnumbered(line) != line:
        return False  # (a numbered title line opens a part of its own: （二）某某社会的性质)
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
    return len(above) > _L["line_max"] and "\u4e00" <= above[-1:] <= "\u9fff"


_PAIR = re.compile(_L["pair"])
_QUESTION_TAIL = re.compile(_L["question_tail"])
_NESTED = frozenset(_L["nested_aspects"])
_ITEM = re.compile(_L["item_marker"])
_OWNED = re.compile(_L["owned"])


def subject_of(label: str, thing: str) -> str | None:
    """What a note's ``label`` is said of under the title line ``thing`` (the heading or label line above),
    or None when the title says it of no one thing:

    - a title of two aspects of one owner says the label's (某梦的本质及实现路径 + 实现路径 -> 某梦的实现
      路径), a title of a thing 及其 its aspect says that aspect's (某某的成果及其相互关系 + 关系 -> 某某的
      成果的相互关系), and of others says no subject (its 及 joins two things: which one?);
    - a title that names an aspect itself is its owner's (某社会的性质 + 主要矛盾 -> 某社会的主要矛盾, not
      某社会的性质的主要矛盾);
    - a title whose head noun the label shares names a kind of it (某革命的基本纲领 + 政治纲领 -> 某革命的政治纲领);
    - an aspect label under any other title is the title's (党的基本路线 + 内涵 -> 党的基本路线的内涵);
    - any other label under any other title: None."""
    aspect = label.strip().rstrip("？?")
    pair = _PAIR.match(thing)
    if pair:
        owner, a, b = pair.group("owner", "a", "b")
        if (a in _ALL_ASPECTS or a in _COMPARISONS) and aspect in (a, b):
            return f"{owner}的{aspect}"
        if f"{a}及其{b}" in thing and b.endswith(aspect):
            return f"{owner}的{a}的{b}"  # (某某的理论成果及其相互关系 + 关系: the 关系 is the 成果's)
        return None
    if any(j in thing for j in _L["joins"]):
        return None  # (two things named: 某某阶段划分及各著作)
    owned = _OWNED.match(thing)
    if owned:
        owner, own = owned.group("owner", "own")
        if own == aspect:
            return thing
        if owner.endswith(aspect) and own in _ALL_ASPECTS:
            return owner  # (某党的基本路线的内容 + 基本路线：… -> 某党的基本路线是…)
        if own in _ALL_ASPECTS and aspect in _NESTED:
            return f"{thing}的{aspect}"  # (the 原因 of 某社会的根本任务)
        if own in _ALL_ASPECTS and (aspect in _ALL_ASPECTS or is_aspect(aspect)):
            return f"{owner}的{aspect}"
        if len(own) >= 2 and aspect != own and aspect.endswith(own[-2:]):
            return f"{owner}的{aspect}"
    if (is_aspect(aspect) or aspect in _NOTE_ASPECTS) and not thing.startswith(_ASK_FIRST):
        return _with(label, thing)  # (如何巩固某某 names a question, no thing an aspect is of)
    return None


_H = POLICY["headings"]
_INSTRUCTION = re.compile(_H["instruction"])
_STRUCTURE = re.compile(_H["structure"])
_PARTS = re.compile(_H["parts"])


def stem_heading(heading: str) -> str:
    """``heading`` as a stem may quote it to name a list: without a reading order set after it (…治理体制
    阅读教材并熟记 -> …治理体制) or a chapter's label before it (第五章：…); "" when it names a part of the notes (其他各节) or lists several parts
    in brackets (某某纲领（政治纲领、经济纲领、文化纲领）), which name no one list."""
    heading = ARTICLE_LABEL.sub("", _INSTRUCTION.sub("", heading).strip(), count=1)  # (第五章：… -> …)
    return "" if _STRUCTURE.match(heading) or _PARTS.search(heading) else heading


def heading_with_thing(doc: Document, article_id: str, section: int, heading: str) -> str:
    """A section's ``heading`` said with the thing it is an aspect of (内涵 -> 党的基本路线的内涵), by the
    label lines above the heading; as it is otherwise ("" when it names no one list: ``stem_heading``)."""
    heading = stem_heading(heading)
    if not is_aspect(heading):
        return heading
    for a in doc.articles:
        if a.id == article_id:
            at = next((h.start for h in a.headings if h.number == section), None)
            return heading if at is None else with_thing(doc.text, at, heading, a.start)
    return heading


def _label_shape(shape: dict) -> re.Pattern[str]:
    """A shape of ``label_line`` (anchors.yaml) compiled: the label as group ``label``, then its colon."""
    not_last = f"(?<!{shape['not_last']})" if shape.get("not_last") else ""
    return re.compile(f"^(?P<label>{shape['chars']}{{{shape['min']},{shape['max']}}}){not_last}"
                      f"{shape['colon']}{shape.get('after', '')}")


LABEL_SHAPES: dict[str, re.Pattern[str]] = {name: _label_shape(s) for name, s in POLICY["label_line"].items()}


def note_label(text: str, shape: str) -> re.Match[str] | None:
    """The label a study note's line opens ``text`` with (本质：…), read in ``shape`` of anchors.yaml
    ``label_line`` (``said``, ``statement`` or ``lint``: why they differ is said there), or None.

    The match's group ``label`` is the label; it ends after the colon, where the body begins."""
    return LABEL_SHAPES[shape].match(text)


_N = POLICY["note_labels"]
_COPULAS = tuple(sorted(_N["copulas"], key=len, reverse=True))
_COMPARISONS = tuple(_N["comparisons"])
_NOTE_ASPECTS = frozenset(_N["aspects"])
_NAMED_HEADS = tuple(_N["named_heads"])
_VIEW = re.compile(_N["view"])
_PREDICATES = tuple(_N["predicates"])
_DATED = re.compile(_N["dated"])
_BLANK_LABEL = re.compile("^(?:_+|（\u3000\u3000）)[：:]")  # a blank where the label stood
_MEETING_ENDS = tuple(_N["meeting_ends"])
_ALL_ASPECTS = tuple(_ASPECTS | _NOTE_ASPECTS)
_ITEM_BREAK = re.compile("[、，,]")
_BLANKS = re.compile("_+|（\u3000\u3000）")
_FIGURE_BODY = re.compile(_N["figure_body"])
# a second label further on: two note lines glued at a wrap (香港：…澳门：…)
_GLUED = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff\d“”《》、，；]))[\u4e00-\u9fff]{2,8}[：:]|(?<=\d日)[\u4e00-\u9fff]{2,8}[：:]")
_FIRST_CLAUSE = re.compile(r"^[^，。；！？,;]*")
_ACTOR = re.compile(_N["actor_label"])
_ACTOR_VERBS = tuple(_N["actor_verbs"])
_SIBLING_ASPECTS = tuple(tuple(pair) for pair in _L["sibling_aspects"])


def of_sibling(label: str, sibling: str) -> str:
    """``label``, the second of a pair of opposite aspects (甲和乙的局限性), said of the owner the label line of
    the list before it names with the first (某制度的进步性 -> 某制度：甲和乙的局限性; anchors.yaml
    ``sibling_aspects``); ``label`` as it is when the two are no such pair or the label holds that owner already."""
    owned = _OWNED.match(sibling.strip().rstrip("：:；;。"))
    if not owned or not any(owned.group("own").endswith(a) and label.endswith(b) for a, b in _SIBLING_ASPECTS):
        return label
    owner = owned.group("owner")
    # (owner：label, as a view is said with its heading (listlead): 某制度的甲和乙的局限性 would read as two aspects)
    return label if owner in label else f"{owner}：{label}"


def aspect_end(label: str) -> str:
    """The longest aspect (内涵, 基本要求, 经验 …: anchors.yaml labels and notes aspects) ``label`` ends with, or ""."""
    return max((a for a in _ALL_ASPECTS if label.endswith(a)), key=len, default="")


def _unnumbered(text: str) -> str:
    """``text`` without the ordinal markers it opens with (（四）, 第三章, 2.)."""
    from .sentence import strip_marker  # (sentence.py reads the rules: imported when a label is said)

    return strip_marker(Span(text, 0, len(text))).text.strip() if not _CHAPTER.match(text) else _CHAPTER.sub("", text).strip()


def _own_copula(body: str) -> bool:
    """Whether the first clause of ``body`` has a subject and a predicate of its own (中国共产党是…)."""
    clause = _FIRST_CLAUSE.match(body).group()[1:]
    return any(w in clause for w in _PREDICATES)


def said_of_thing(stem: str, text: str, at: int, floor: int = 0) -> str:
    """A note's line that opens with its copula (是毛泽东思想的精髓。 under the label line 实事求是, maybe
    after other such lines) said of the thing that label line names (实事求是是毛泽东思想的精髓。); any
    other stem as it is."""
    if not stem.startswith("是") or text[at : at + 1] != "是" or at <= floor or text[at - 1] != "\n":
        return stem
    end = at - 1
    while end > floor:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line.startswith("是"):
            thing = _unnumbered(line)
            return thing + stem if label_line(thing) and not _names_aspect(thing) else stem
        end = start - 1
    return stem



def said_of_label(stem: str, text: str, at: int, floor: int = 0) -> tuple[str, str | None]:
    """A stem that opens with a study note's label (本质：…) said as a statement, and None; or the stem
    and why it is not asked.

    A label of the thing with a body that defines it says them as one (创新型政党就是…, 三大法宝是…); a
    comparison's label goes (指导思想不同：…); a body with a subject of its own keeps it alone; an aspect
    (本质) is said with the thing the nearest label line above ``at`` names (中国梦的本质是…), and without
    one it is not asked; so is a one-sided view with no subject, a figure listed under its label and two
    note lines glued together.  A stem without a label comes back as it is."""
    if _BLANK_LABEL.match(stem):
        return stem, "空是笔记的标签（______：…），不是要记的内容"
    dated = _DATED.match(stem)
    m = note_label(stem[dated.end():] if dated else stem, "said")
    if not m:
        return stem, None
    label, body = m.group("label"), stem[(dated.end() if dated else 0) + m.end():].lstrip()
    if _GLUED.search(body):
        return stem, f"题干里有两条笔记粘在一起（“{label}：…”之后又有标签）"
    if dated:
        return _said_of_date(dated.group("date"), label, body, stem)
    if body.startswith(_COPULAS):
        return label + body, None
    if _ACTOR.search(label) and body.startswith(_ACTOR_VERBS):
        return label + body, None  # (某次代表大会：明确提出… -> 某次代表大会明确提出…)
    if label.endswith(_COMPARISONS) or label in _N["circumstances"]:
        return body, None
    aspect = is_aspect(label) or label in _NOTE_ASPECTS
    if aspect and _own_copula(body):
        return _unnumbered(body), None  # (地位：某某是…: the body says its subject; 原因：（1）… its item number goes)
    if _VIEW.match(label) or aspect:
        thing = thing_above(text, at, floor) if aspect else None
        if thing and (thing := _unnumbered(thing)) and not _own_copula(body) and not _names_aspect(thing):
            # (the line above may be an outline's point with its number: （四）某某 names 某某; a title of
            # two things names the label's owner or none: 某某的本质及实现路径 + 本质 -> 某某的本质)
            if subject := subject_of(label, thing):
                return f"{subject}是{body}", None
        return stem, f"题干以笔记的标签“{label}：”开头，没有说是什么的{label}"
    if _own_copula(body):
        return body, None
    if _FIGURE_BODY.match(body):
        return stem, f"题干是笔记“{label}：”下列出的数字，不成陈述"
    # a kind of what the title above names (某革命的基本纲领 / 政治纲领：…) is said of the title's owner
    thing = thing_above(text, at, floor)
    if thing and (subject := subject_of(label, _unnumbered(thing))):
        return f"{subject}是{body}", None
    if len(label) >= _N["named_label_min"] and label.endswith(_NAMED_HEADS):
        return f"{label}是{body}", None  # (学校宗旨：… -> 学校宗旨是…)
    # (a definition that ends with the label's head noun, 学习型组织：能够…的组织, says 是 as well)
    defines = body.rstrip("。").endswith(label[-2:])
    if _term_list(body) or defines:
        return f"{label}是{body}", None
    if len(label) <= _N["keyword_max"]:
        return stem, f"题干以笔记的关键词“{label}：”开头，后面是对它的解说，没有主语"
    return stem, None


def _said_of_date(date: str, label: str, body: str, stem: str) -> tuple[str, str | None]:
    """A timeline's line (1945年 某次大会：确立…) said as a sentence, or why not (see ``said_of_label``)."""
    if _term_list(body) or len(body.rstrip("。")) <= _N["term_max"]:
        return stem, f"题干是笔记“{label}：”下列出的词语，不成陈述"
    if _own_copula(body):
        return f"{date}，{body}", None
    if label.endswith(_MEETING_ENDS):
        return f"{date}，在{label}上，{body}", None
    return f"{date}，{label}{body}", None


def _names_aspect(line: str) -> bool:
    """Whether a short ``line`` names only an aspect (形成条件, 根本标志), no thing."""
    return len(line) <= _N["short_aspect_max"] and any(line.endswith(a) for a in _ALL_ASPECTS)


def _term_list(body: str) -> bool:
    """Whether ``body`` is a list of at least two short terms (甲、乙和丙。); a blank counts as one."""
    items = _ITEM_BREAK.split(_BLANKS.sub("甲", body).rstrip("。；！"))
    return len(items) >= 2 and all(0 < len(i) <= _N["term_max"] and not _CLAUSE.search(i) for i in items)


_RUN_BREAK = re.compile("、")
_NOT_RUN = re.compile("[，。；：！？,;:!?—]")  # (a dash sets off a gloss: 甲、乙 ——价值准则)
# a run's first word tagged so opens a directive with no subject (切实保障甲、乙、丙合法权益): no bare run
_DIRECTIVE_TAGS = ("v", "d", "p", "c", "a")


def said_of_run(stem: str, text: str, at: int, floor: int = 0) -> tuple[str, str | None]:
    """A stem that is only a run of short terms standing alone on its line (甲理论、______、丙观。) said of
    the title line above it (某某体系包括甲理论、______、丙观。), and None; or the stem and why it is not
    asked, when no title above names one thing.  Any other stem comes back as it is."""
    body = stem.rstrip("。")
    if body.count("、") + 1 < _L["bare_run_min"]:
        return stem, None  # (most stems: too few items to be a run, counted in C before any is cut out)
    items = _RUN_BREAK.split(_BLANKS.sub("甲", body))
    if len(items) < _L["bare_run_min"] or _NOT_RUN.search(body) or not all(0 < len(i) <= _L["bare_term_max"] for i in items) \
            or any(w in body for w in (*_N["predicates"], *_L["bare_not"])) \
            or max(len(items[0]), len(items[-1])) > max(map(len, items[1:-1] or items[1:])) + _L["bare_first_over"]:
        return stem, None
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip() or segment.tag(items[0])[0][1].startswith(_DIRECTIVE_TAGS):
        return stem, None  # (cut from a longer line, or a directive: 切实保障…)
    thing = thing_above(text, at, floor)
    thing = _OWNER_AND.sub("", _unnumbered(thing)) if thing else ""  # (某体系及其三大问题: the run is the 体系's)
    if thing and not any(j in thing for j in _L["joins"]) and not _names_aspect(thing):
        return f"{thing}{_L['bare_verb']}{stem}", None
    return stem, "题干只是一串并列的词语，没有说是什么的"


_QUESTION_TITLE = re.compile(_L["question_title"])
_ASPECT_BLANKED = re.compile(_L["aspect_blanked"])
_OWNER_AND = re.compile("及其.*$")
_CHAPTER = re.compile(_L["chapter_label"])


def question_title(statement: str, line: str = "") -> str | None:
    """Why a statement is not asked when it is a study note's question title (如何理解某某是“______”。), or a
    title line ``line`` that names an aspect, the aspect blanked (社会主义某某体制的______。), or None."""
    said = statement.strip().rstrip("。")
    if _QUESTION_TITLE.search(said):
        return "题干是笔记里的问题标题，不是陈述"
    if _ASPECT_BLANKED.match(said) and len(line.strip()) <= _L["title_line_max"] and "，" not in line \
            and not any(tag == "v" for _, tag in segment.tag(_BLANKS.sub("", said))):
        # (with a verb it is an item that says something: 凝聚中国力量的______)
        return "题干是笔记的标题（某某的______），不是陈述，无法作答"
    return None
