"""Answer checking, shared by the terminal quiz and the offline quiz page.

The page runs the same rules in JavaScript (``page.js``); the character sets
below are handed to it as data (``CHECKING_DATA``) so both sides read one
definition, and a browser test compares the two on a table of answers.

What counts as the same answer:

- Unicode NFKC (full-width ``ＡＢ１２，`` become ``AB12,``), white space removed,
  letters lower-cased;
- quotation marks of any kind, full or half width, ignored wherever they stand
  (``坚定"四个自信"`` and ``坚定四个自信`` equal ``坚定“四个自信”``);
- brackets and sentence punctuation at either end ignored
  (``《两个确立》。`` equals ``两个确立``);
- a blank accepts its answer or any of its ``accepted`` alternatives; with
  ``order_free`` the blanks may be filled in any order;
- the marks between a list's items are one: ``稳增长，调结构；防风险`` equals ``稳增长、调结构、防风险``
  (learners type a comma where the text has 、);
- option letters in any case and with any separators (``a,b d`` = ``ABD``);
  multiple choice ignores their order, ordering questions do not; a single or multiple
  choice also takes the options' own words (``官僚主义``, ``甲、乙``) for their letters;
- true/false: 对 错 √ × T F (and a few synonyms below).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from .model import OPTION_LETTERS, Question

# Stripped at both ends of a normalized answer: quotes and brackets a learner may
# or may not type, and sentence punctuation.  Written after NFKC, so full-width
# （），；：！？ are already their ASCII forms here; “”‘’《》、。 have no
# compatibility form and are listed as such.
EDGE_CHARS = "\"'“”‘’《》〈〉「」『』()[]【】〔〕<>。，、,.;:!?…—-·~"

# Quotation marks, removed wherever they stand: whether a learner types 坚定“四个自信”, 坚定"四个自信"
# or 坚定四个自信, the answer is the same words.  After NFKC (＂＇ are already " and ' here).
QUOTE_CHARS = "\"'`“”‘’「」『』〝〞〟‹›«»"

# Between option letters: anything that is not a letter is a separator, but
# these are the ones people type; others make the answer invalid so a typo
# such as "A1" is asked again rather than graded.
LETTER_SEPARATORS = " ,、;/|+-，；"

# True/false words, compared after normalization (lower case): the one list
# the quiz, the quiz page and the paper's key (export.paper_build) read.
TRUE_WORDS = ("对", "正确", "是", "√", "✓", "✔", "t", "true", "y", "yes", "v")
FALSE_WORDS = ("错", "错误", "否", "×", "✗", "✘", "x", "f", "false", "n", "no")

# Between a list's items inside an answer, after NFKC (，；are , ; here): each is read as 、.
LIST_MARKS = ",;"

# Everything the JavaScript side needs, as JSON-ready data.
CHECKING_DATA = {
    "edge": EDGE_CHARS,
    "list_marks": LIST_MARKS,
    "quotes": QUOTE_CHARS,
    "separators": LETTER_SEPARATORS,
    "true": list(TRUE_WORDS),
    "false": list(FALSE_WORDS),
}

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans("", "", QUOTE_CHARS)
_LIST_MARKS = str.maketrans(LIST_MARKS, "、" * len(LIST_MARKS))


def comparable(text: str) -> str:
    """The comparable form of a typed or expected answer (see the module docstring)."""
    s = unicodedata.normalize("NFKC", text)
    # Removing spaces and lower-casing can bring marks together: normalize once more.
    s = unicodedata.normalize("NFKC", _SPACE.sub("", s).lower().translate(_QUOTES))
    return s.strip(EDGE_CHARS).translate(_LIST_MARKS)


def parse_truefalse(text: str) -> str | None:
    """"对" or "错" for a true/false answer in any accepted spelling, None otherwise."""
    s = comparable(text)
    if s in TRUE_WORDS:
        return "对"
    if s in FALSE_WORDS:
        return "错"
    return None


def parse_letters(text: str, n_options: int) -> tuple[str, ...] | None:
    """The option letters typed, upper-case and in typed order; None when a
    character is neither a letter of the ``n_options`` options nor a separator."""
    s = unicodedata.normalize("NFKC", text).upper()
    valid = set(OPTION_LETTERS[:n_options])
    out = []
    for ch in s:
        if ch in valid:
            out.append(ch)
        elif ch.isspace() or ch in LETTER_SEPARATORS:
            continue
        else:
            return None
    return tuple(out)


def option_words(text: str, options: Sequence[str]) -> tuple[str, ...] | None:
    """The letters of the options a learner typed out in words (官僚主义; 甲、乙 for two), or None when
    a typed item is no option's words."""
    words = [comparable(o) for o in options]
    typed = comparable(text)
    items = [typed] if typed in words else typed.split("、")
    if not all(i in words for i in items):
        return None
    return tuple(OPTION_LETTERS[words.index(i)] for i in items)


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one response.

    ``valid`` False means the response does not have the form the question
    asks for (a letter that is not an option …): ask again, showing ``hint``.
    ``correct`` is None for a recall question, which the learner grades.
    ``parts`` holds, for a cloze question, whether each blank was right.
    """

    correct: bool | None
    valid: bool = True
    hint: str = ""
    parts: tuple[bool, ...] = ()


def _letters_hint(q: Question) -> str:
    last = OPTION_LETTERS[len(q.options) - 1]
    if q.kind == "single":
        return f"请输入一个选项字母（A–{last}）。"
    if q.kind == "multiple":
        return f"请输入选项字母（A–{last}），可以多个，如 AB。"
    example = OPTION_LETTERS[: len(q.options)][::-1]
    return f"请按顺序输入全部 {len(q.options)} 个选项字母，如 {example}。"


def alternatives(q: Question, i: int) -> set[str]:
    """The normalized forms that count for entry ``i`` of a question's answer."""
    alts = {comparable(q.answer[i])}
    if i < len(q.accepted):
        alts.update(comparable(a) for a in q.accepted[i])
    alts.discard("")
    return alts


def _match_order_free(responses: list[str], options: list[set[str]]) -> tuple[bool, ...]:
    """Which responses can be assigned to distinct answer entries (maximum bipartite matching)."""
    owner: dict[int, int] = {}  # answer entry -> response index

    def assign(r: int, seen: set[int]) -> bool:
        for a, alts in enumerate(options):
            if a in seen or responses[r] not in alts:
                continue
            seen.add(a)
            if a not in owner or assign(owner[a], seen):
                owner[a] = r
                return True
        return False

    for r in range(len(responses)):
        assign(r, set())
    matched = set(owner.values())
    return tuple(r in matched for r in range(len(responses)))


def check(q: Question, response: str | Sequence[str]) -> Verdict:
    """Check a response to a question.

    ``response`` is one string, or for a cloze question one string per blank
    (a single string for a one-blank question also works).  An empty response
    counts as wrong ("I don't know"), never as invalid.
    """
    if isinstance(response, str):
        responses = [response]
    else:
        responses = list(response)
    text = responses[0] if responses else ""

    if q.kind == "recall":
        return Verdict(correct=None)
    if q.kind == "cloze":
        n = len(q.answer)
        responses = (responses + [""] * n)[:n]
        typed = [comparable(r) for r in responses]
        options = [alternatives(q, i) for i in range(n)]
        if q.order_free:
            parts = _match_order_free(typed, options)
        else:
            parts = tuple(t in options[i] for i, t in enumerate(typed))
        return Verdict(correct=all(parts), parts=parts)
    if not comparable(text):
        return Verdict(correct=False)
    if q.kind == "truefalse":
        tf = parse_truefalse(text)
        if tf is None:
            return Verdict(correct=False, valid=False, hint="请输入 对 或 错（也可以是 √ × T F）。")
        return Verdict(correct=tf == q.answer[0])
    if q.kind in ("single", "multiple", "ordering"):
        letters = parse_letters(text, len(q.options))
        if letters is None and q.kind != "ordering":
            letters = option_words(text, q.options)
        if letters is None or not letters:
            return Verdict(correct=False, valid=False, hint=_letters_hint(q))
        if q.kind == "single":
            if len(set(letters)) != 1:
                return Verdict(correct=False, valid=False, hint=_letters_hint(q))
            return Verdict(correct=letters[0] == q.answer[0])
        if q.kind == "multiple":
            return Verdict(correct=set(letters) == set(q.answer))
        if len(letters) != len(q.options) or len(set(letters)) != len(letters):
            return Verdict(correct=False, valid=False, hint=_letters_hint(q))
        return Verdict(correct=letters == tuple(q.answer))
    raise ValueError(f"unknown question kind {q.kind!r}")


def expected_text(q: Question) -> str:
    """The right answer as a learner reads it: "C. 政治执行力", "两个确立；两个维护", "对"."""
    if q.kind in ("single", "multiple"):
        return "；".join(f"{a}. {q.options[OPTION_LETTERS.index(a)]}" for a in q.answer if _is_letter(q, a))
    if q.kind == "ordering":
        return "".join(q.answer)
    if q.kind == "recall":
        return "\n".join(f"{i}. {a}" for i, a in enumerate(q.answer, 1))
    sep = "；"
    text = sep.join(q.answer)
    if q.kind == "cloze" and q.order_free and len(q.answer) > 1:
        text += "（顺序不限）"
    return text


def _is_letter(q: Question, a: str) -> bool:
    return len(a) == 1 and a in OPTION_LETTERS[: len(q.options)]
