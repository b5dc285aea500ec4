"""The name a choice on a list is asked by when only the heading above it names the list (task choice, issue 12).

Session 19's blind teachers rejected 关于“…”，下列哪些是文章列举的要点？: it does not stand alone (应改为“推进法治
中国建设的要求包括”).  A heading that ends with a head noun (…的要求, …的经验教训: labels.aspect_end and
choice_topic.yaml heads) names what the list is, so the choice is asked by it (下列哪些属于…的要求？).  A heading
that names no class (a section's title, an instruction, a question) is left to the templates' 关于“…” for now: under
a policy text's section titles the items are points the question floors hold that no other kind asks.  Under a
heading alone, a choice whose keys mostly repeat a word of it no wrong option holds is not asked (label_echo.named_echo:
the wrong options come from other sections, 按关键词即可答对, 按话题一眼排除).  The word lists are policy (choice_topic.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..rules.schema import load_policy_file
from . import reasons
from .arguable import crossed
from .label_echo import LABEL_VALUES, echo_words, named_echo
from .listlead import list_values
from .field import ubiquitous
from .labels import aspect_end, heading_with_thing
from .listask import inner_quotes
from .listsource import topic_source
from .single_fit import asked_about, question_line

_POLICY = load_policy_file(Path(__file__).with_name("choice_topic.yaml"),
                           {"heads": [str], "asks": [str], "clause": str, "verb_tags": [str],
                            "manner_tags": [str], "instructions": [str], "fragment_stem": str,
                            "phrases": [str]})
_HEADS = tuple(_POLICY["heads"])
_ASKS = re.compile("|".join(_POLICY["asks"]))
_CLAUSE = re.compile(_POLICY["clause"])
_VERB_TAGS = frozenset(_POLICY["verb_tags"])
_MANNER_TAGS = frozenset(_POLICY["manner_tags"])
_INSTRUCTIONS = frozenset(_POLICY["instructions"])
_FRAGMENT_STEM = re.compile(_POLICY["fragment_stem"])
_PHRASES = re.compile("|".join(_POLICY["phrases"]))
# The template values that name a list otherwise than by its heading (listlead.list_values, ask_choice._about).
_OTHER_NAMES = ("list_lead", "list_topic", "list_where", "list_about")


def names_class(heading: str) -> bool:
    """Whether ``heading`` names a class of things its list's items are members of: no question, no clause, no
    phrase of emphasis (以…为重点, choice_topic.yaml phrases),
    ending with a head noun (labels.aspect_end, choice_topic.yaml heads), not opening (after its manner words:
    准确, 深刻) with a verb of teaching (把握, 认识), and either 的 before the head or a first word that is no verb
    (发展…方向 is an instruction, 推进…的要求 a name)."""
    from ..segment import tag  # (the one tokenizer, loaded on first use)

    if not heading or _ASKS.search(heading) or _CLAUSE.search(heading) or _PHRASES.fullmatch(heading):
        return False  # (以…为重点 ends in a head noun but names what a part centres on, no class: choice_topic.yaml)
    head = aspect_end(heading) or next((h for h in _HEADS if heading.endswith(h)), "")
    if not head or head == heading:
        return False  # (a bare aspect, 要求, says not of what)
    words = [(w, t) for w, t in tag(heading) if t not in _MANNER_TAGS or w in _INSTRUCTIONS]
    if words and words[0][0] in _INSTRUCTIONS:
        return False  # (准确把握…的思路和任务: what a teacher is to do, not what the items are)
    return "的" in heading[: -len(head)] or not words or words[0][1] not in _VERB_TAGS


def heading_topic(ctx, values: dict[str, str]) -> str:  # noqa: ANN001 — a drafting.Ctx
    """The heading of the list of ``ctx`` when nothing but it names the list in ``values`` (no lead, topic, place or
    exam question), else "" (``_OTHER_NAMES``)."""
    if any(values.get(k) for k in _OTHER_NAMES):
        return ""
    p = ctx.point
    return values.get("heading") or (inner_quotes(heading_with_thing(ctx.doc, p.article, p.section, p.heading))
                                     if p.heading else "")


def echo_key(ctx, right: list[str], wrong: list[str]) -> int | None:  # noqa: ANN001 — a drafting.Ctx
    """The index of the last key of ``right`` that holds the word of the list's heading most keys repeat and no
    wrong option holds (as topic_values finds it), or None: drafting swaps it for an unasked item of the list."""
    values = list_values(ctx)
    # (a list named by its own lead or place, 关于“…消费…”, the same: its name is what the stem shows)
    heading = heading_topic(ctx, values) or "，".join(values.get(k) or "" for k in LABEL_VALUES)
    if not heading or not wrong or not named_echo({"heading": heading}, right, wrong, common := ubiquitous(ctx.doc.text)):
        return None
    words = [w for w in echo_words(heading) if not common(w) and not any(w in x for x in wrong)]
    return max((i for i, r in enumerate(right) if any(w in r for w in words)), default=None)


def topic_values(ctx, values: dict[str, str], right: list[str], wrong: list[str]) -> dict[str, str] | str:  # noqa: ANN001
    """``values`` of a choice on a list named by its heading alone (heading_topic) with the heading as the list's topic
    when it names a class of things (names_class; and the document it stands in: listsource.topic_source), else as
    they are; or why no choice is asked: under a heading alone, most keys ``right`` repeat a word of it that no wrong
    option holds (label_echo.named_echo: the wrong options are of other sections, 按关键词即可答对).  A heading that
    names no class (a section's title, an instruction, a question) is left to the templates' 关于“…” for now: under a
    policy text's section titles the items are points the question floors hold that no other kind asks."""
    if not (heading := heading_topic(ctx, values)):
        return values  # (named by its own lead or place: lint's label_echo.echo, of every key, judges it)
    if named_echo({"heading": heading}, right, wrong, ubiquitous(ctx.doc.text)):  # (not a word of the whole text)
        return reasons.LIST_TOPIC_ECHO
    return values | {"list_topic": heading, "list_topic_source": topic_source(ctx)} if names_class(heading) else values


def exam_about(ctx, right: list[str], cores: list[str], wrong: list[str]) -> str:  # noqa: ANN001 — a drafting.Ctx
    """What the exam question above the list asks about (single_fit.asked_about), when every wrong option
    is a statement crossed from the list's own (arguable.crossed: surely false), else ""."""
    line = question_line(ctx.doc.text, ctx.point.items[0].start)
    return asked_about(line) if line and set(wrong) <= set(crossed(ctx.doc.text, right, cores)) else ""


def fragment_stem(stem: str) -> bool:
    """Whether a series' blanked ``stem`` is a bare noun phrase whose head is the blank (choice_topic.yaml
    fragment_stem: 追求目标的（　　）。), no question to ask: no verb before it but the one its modifier opens
    with (…要全面贯彻党的（　　）。 has a predicate and asks, review of session 20)."""
    if _FRAGMENT_STEM.fullmatch(stem) is None:
        return False
    from .. import segment

    return not any(t in _VERB_TAGS for _, t in segment.tag(stem[: stem.rindex("的（")])[1:])
