"""Lint with the text in hand: what a teacher rejects only after reading the document a question cites
(task lint, session 22; issue 12, deliverable 5).  The question alone does not tell these:

- ``outline_list``: a recall whose items are a study outline's own subtitles, each a whole line of the passage it
  cites with notes' fragments under it: the question asks a table of contents (理想信念的内涵 / 理想信念与实践 …),
  not what the passages say;
- ``topic_titles``: a list question whose keyed items are a textbook's section titles that name a topic (我国宪法的
  地位 / 我国宪法的基本原则): it asks the table of contents, however full the sentences under them;
- ``said_elsewhere``: a false statement whose swapped-in words the text itself says in the same phrase, of the same
  subject, so the statement is not clearly false;
- ``listed_in_section``: a wrong option that the passage under the heading a list question asks also says, so
  the key is disputable;
- ``several_lists``: a recall of the N points under a heading whose passage numbers more than one run of N items:
  the stem does not say which it asks.

``Context`` holds what these read of one document, built once per document (``context_of``); ``generate``
passes it for every question it drafts (compose.py), ``kaodian lint`` when it can read the source file a
bank cites.  Numbers and patterns are policy (context_lint.yaml).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from collections.abc import Iterable
from pathlib import Path

from ..model import Document, Question, Span
from ..numerals import value_of
from ..text import common_run, sentence_at
from ..rules.schema import load_policy_file
from .reject_shapes import list_place
from .review_shapes import right_wrong, without_attribution
from .sentence import strip_marker

PATH = Path(__file__).with_name("context_lint.yaml")
# What context_lint.yaml holds; every key is required ("re": a regex).
SCHEMA = {"outline_min_items": int, "statement_end": "re", "outline_prose_share": float, "context_chars": int,
          "swap_min": int, "subject_run": int, "option_min": int, "ordinal_runs": ["re"],
          "head_names_min": int, "topic_title": "re"}


def read_policy(path: Path) -> dict:
    """The policy of ``path``, checked against SCHEMA; raises RuleErrors (every problem with file:line)
    or KaodianError (a file that is missing, unreadable or no YAML)."""
    return load_policy_file(path, SCHEMA)


_POLICY = read_policy(PATH)
_STATEMENT_END = re.compile(_POLICY["statement_end"])


@dataclass(frozen=True)
class Context:
    """What lint reads of the document a question cites: its text, its lines (markers stripped) and where each
    starts in the text, the indexes of each stripped line among them, and its sections (start, end, text) in
    text order."""

    text: str
    lines: tuple[str, ...]
    starts: tuple[int, ...]
    positions: dict = field(compare=False, hash=False)  # stripped line -> its indexes in ``lines``
    sections: tuple[tuple[int, int, str], ...] = ()

    def line_index(self, item: str, start: int, end: int) -> int | None:
        """The index of a line that is ``item`` whole (its ordinal marker aside) and starts within [start, end)
        of the text, or None."""
        return next((i for i in self.positions.get(item, ()) if start <= self.starts[i] < end), None)

    def section_at(self, pos: int) -> str:
        """The text of the section (the paragraphs under one heading) that holds offset ``pos``, or ""."""
        i = bisect_right(self.sections, (pos, float("inf"))) - 1
        return self.sections[i][2] if i >= 0 and pos < self.sections[i][1] else ""


# The last document read and its Context: a document's questions are drafted one after another, and hashing a
# whole Document for a cache key on every question would cost more than the checks.
_LAST: list = [None, None]


def context_of(doc: Document) -> Context:
    """The Context of ``doc`` (remembered for the last document asked)."""
    if _LAST[0] is doc:
        return _LAST[1]
    lines, starts, pos = [], [], 0
    for raw in doc.text.split("\n"):
        if body := strip_marker(Span(raw.strip(), 0, len(raw.strip()))).text.strip():
            lines.append(body)
            starts.append(pos)
        pos += len(raw) + 1
    positions: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        positions.setdefault(line, []).append(i)
    sections: dict[tuple[str, int], list] = {}
    for a in doc.articles:
        for par in a.paragraphs:
            sections.setdefault((a.id, par.section), []).append(par)
    spans = sorted((ps[0].start, ps[-1].end, "\n".join(p.text for p in ps)) for ps in sections.values())
    _LAST[:] = [doc, Context(doc.text, tuple(lines), tuple(starts), positions, tuple(spans))]
    return _LAST[1]


def contexts_for(names: Iterable[str], folders: Iterable[Path]) -> dict[str, Context]:
    """The Context of each source ``names`` cites that a file in ``folders`` holds (a name as a bank cites it:
    the path as the user gave it to ``generate``, tried as it is and within each folder); a name no file
    answers, or one that cannot be read, gets none (its questions are checked alone, as before)."""
    from ..errors import KaodianError
    from ..ingest import read_path
    from ..normalize import normalize

    out: dict[str, Context] = {}
    for name in names:
        path = next((p for p in (Path(name), *(f / name for f in folders), *(f / Path(name).name for f in folders))
                     if p.is_file()), None)
        if path is None:
            continue
        try:
            out[name] = context_of(normalize(read_path(path)))
        except KaodianError:
            continue  # (an unreadable source leaves its questions to the checks of the question alone)
    return out


def findings(q: Question, ctx: Context | None) -> list[str]:
    """The findings of this module on one question (see the module doc); none without a context, or with the
    context of a text that does not say the question's sentence (lint finds a file by its name: another text of
    that name, or one edited since, is not the one the question cites)."""
    if ctx is None or not _cites(q, ctx):
        return []
    found = [outline_list(q, ctx) or topic_titles(q, ctx), said_elsewhere(q, ctx), listed_in_section(q, ctx),
             several_lists(q, ctx)]
    return [why for why in found if why]


def _keyed_items(q: Question) -> list[str]:
    """The items a list question keys: a recall's answers, a choice's right options, an ordering's options."""
    if q.kind == "recall":
        return list(q.answer)
    if q.kind == "ordering":
        return list(q.options)
    return right_wrong(q)[0]


def outline_list(q: Question, ctx: Context) -> str | None:
    """Why a list question's keyed items are the text's headings (each a whole line of the passage the question
    cites, with no sentence stop, and more text under each before the next item, most of it notes' fragments
    rather than sentences), or None.  Lines that stand
    elsewhere in the text (a formal document's headings, which a passage's prose list names again) are not
    the passage's outline."""
    # (a choice among headings only asks to tell one passage's heading from another's: teachers split on it)
    if q.kind not in ("recall", "ordering"):
        return None
    at = _where(q, ctx)
    found = _heading_lines(q, ctx, at)
    if len(found) < _POLICY["outline_min_items"]:
        return None
    # (an item right after the one before is a list's item; a heading has its passage between)
    if not all(b - a > 1 for a, b in zip(found, found[1:])):
        return None
    if _named_by_head(q, ctx, at):
        return None
    # (under a formal document's headings stand paragraphs of prose, its points; under a study outline's,
    # the note-taker's fragments: the contents page of notes is what teachers refused)
    body = [ctx.lines[i] for i in range(found[0] + 1, found[-1]) if i not in found]
    if sum(bool(_STATEMENT_END.search(line)) for line in body) <= _POLICY["outline_prose_share"] * len(body):
        return f"所列各项是原文的小标题（“{ctx.lines[found[0]][:12]}”等），各自下面另有内容：考的是提纲目录，不是要点"
    return None


def _heading_lines(q: Question, ctx: Context, at: int) -> list[int]:
    """The indexes, in text order, of the lines of the passage the question cites (from ``at``) that are one of
    its keyed items whole, with no sentence stop: the items that stand as lines of their own."""
    return sorted(i for item in _keyed_items(q) if (i := ctx.line_index(item.strip(), at, at + len(q.source.sentence)))
                  is not None and not _STATEMENT_END.search(item.strip()))


def topic_titles(q: Question, ctx: Context) -> str | None:
    """Why a list question's keyed items are the titles of a textbook's sections (我国宪法的地位 / …的基本原则 /
    人生观与世界观): lines of their own in the passage the question cites, more than half of them naming a topic
    (its 含义, 意义, 地位, 主要内容 …) rather than saying anything of it, or None.  The lines under such titles
    may be whole sentences (a study guide's summaries), which outline_list reads as a formal document's measures."""
    if q.kind not in ("recall", "ordering", "multiple", "single"):
        return None
    items = _keyed_items(q)
    if q.kind == "single":
        # (a single choice keys one title and cites its line alone: its options must stand as lines of the text too)
        lines = [o for o in q.options if ctx.line_index(o.strip(), 0, len(ctx.text)) is not None
                 and not _STATEMENT_END.search(o.strip())]
    else:
        lines = _heading_lines(q, ctx, _where(q, ctx))
    if len(lines) < _POLICY["outline_min_items"]:
        return None
    titles = [item for item in items if _TOPIC_TITLE.search(item.strip())]
    if len(titles) * 2 <= len(items):
        return None
    return f"所列各项是原文各节的题目（“{titles[0][:12]}”等），只说讲什么、没说内容：考的是目录，不是要点"


_TOPIC_TITLE = re.compile(_POLICY["topic_title"])


def _named_by_head(q: Question, ctx: Context, at: int) -> bool:
    """Whether the line that heads the cited passage names the items after a colon (理想信念的内涵：理想目标+信念支撑+
    实践路径): then the subtitles are the contents the heading states, a point to ask (teachers: 宜改问…的主要内容)."""
    head = ctx.text[at : ctx.text.find("\n", at) if "\n" in ctx.text[at:] else len(ctx.text)]
    _, colon, named = head.partition("：")
    items = _keyed_items(q)
    return bool(colon) and sum(common_run(item, named) >= _POLICY["head_names_min"] for item in items) * 2 > len(items)


def _swap(statement: str, sentence: str) -> tuple[int, int] | None:
    """Where in ``statement`` the one change from ``sentence`` stands (start, end), or None when there is not
    exactly one replaced run."""
    ops = [op for op in SequenceMatcher(None, sentence, statement, autojunk=False).get_opcodes() if op[0] != "equal"]
    # (a statement may drop the sentence's ending or opening: only an inner replacement is the change)
    inner = [op for op in ops if op[0] == "replace" and op[1] > 0 and op[2] < len(sentence)]
    if len(inner) != 1:
        return None
    return inner[0][3], inner[0][4]


def _cites(q: Question, ctx: Context) -> bool:
    """Whether the text says the question's sentence (at its offsets, checked first: the generator's case)."""
    return ctx.text[q.source.start : q.source.end] == q.source.sentence or q.source.sentence in ctx.text


def _where(q: Question, ctx: Context) -> int:
    """Where the question's sentence stands in the text: its offsets, or where the text says it when a bank
    of an older reading cites other offsets."""
    if ctx.text[q.source.start : q.source.end] == q.source.sentence:
        return q.source.start
    found = ctx.text.find(q.source.sentence)
    return found if found >= 0 else q.source.start


def said_elsewhere(q: Question, ctx: Context) -> str | None:
    """Why a false statement is not clearly false: the words swapped into it stand in another sentence of the
    text with context_chars characters of the statement on both sides, and that sentence shares subject_run
    characters with what the statement says before its first pause and the change (the text says it of the same
    subject), or None.
    The same words said of another subject (another year's goal, another body) are what a swap draws on."""
    if q.kind != "truefalse" or q.answer != ("错",):
        return None
    statement = without_attribution(q.stem)
    at = _swap(statement, q.source.sentence)
    if at is None or at[1] - at[0] < _POLICY["swap_min"]:
        return None
    s, e = at
    k = _POLICY["context_chars"]
    phrase = statement[max(0, s - k) : e + k]
    if len(phrase) != e - s + 2 * k or not _CJK.fullmatch(phrase):
        return None  # (a quotation mark or a comma beside the words ties them to no phrase)
    # (its subject: what it says before its first pause, or before the change when that comes first)
    before = re.split("[，：；]", statement[: s - k], maxsplit=1)[0]
    i = ctx.text.find(phrase)
    while i >= 0:
        other = sentence_at(ctx.text, i).text
        if other != q.source.sentence and common_run(before, other.replace(phrase, "\x00")) >= _POLICY["subject_run"] \
                and all(y in other for y in _YEAR.findall(before)):  # (another year's words are another subject's)
            return f"改后的“{statement[s:e]}”原文也这样说（“{other[:24]}…”），这个错不明确"
        i = ctx.text.find(phrase, i + 1)
    return None


_CJK = re.compile(r"[\u4e00-\u9fff]+")
_YEAR = re.compile(r"(?<!\d)\d{4}年")


def _asks_heading(q: Question) -> bool:
    """Whether a list question's stem names its list by the heading of the passage it stands under
    (关于“2031年重点工作任务”，…): the whole passage is what it asks about."""
    place, heading = list_place(q.stem), q.source.heading or ""
    return bool(place and heading and (place in heading or heading in place))


def several_lists(q: Question, ctx: Context) -> str | None:
    """Why a recall that asks the N points under a heading does not say which list it means: the passage
    under that heading numbers a run of N items that is not the recall's own (its first item does not stand
    between the run's first and last ordinal), or None."""
    if q.kind != "recall" or not _asks_heading(q) or not q.answer:
        return None
    n, passage = len(q.answer), ctx.section_at(_where(q, ctx))
    first = q.answer[0].strip()
    other = [run for pattern in _ORDINAL_RUNS for run in _runs(pattern, passage)
             if run[0] == n and first not in passage[run[1] : run[2]]]
    if not other:
        return None
    shown = passage[other[0][1] : other[0][1] + 12].replace("\n", "")
    return f"原文“{q.source.heading}”下还有别的一组 {n} 项（“{shown}…”），题干没说问的是哪一组"


_ORDINAL_RUNS = tuple(re.compile(p) for p in _POLICY["ordinal_runs"])


def _runs(pattern: re.Pattern[str], passage: str) -> list[tuple[int, int, int]]:
    """The runs of ordinals ``pattern`` finds in ``passage``, each counting up from one: (its length, where its
    first ordinal starts, where its last one ends)."""
    out: list[list[int]] = []
    for m in pattern.finditer(passage):
        k = value_of(m.group(1))
        if k == 1:
            out.append([1, m.start(), m.end()])
        elif out and k == out[-1][0] + 1:
            out[-1][0], out[-1][2] = k, m.end()
    return [(k, a, b) for k, a, b in out]


def listed_in_section(q: Question, ctx: Context) -> str | None:
    """Why a wrong option of a list question that asks the points under a heading (关于“2024年工作回顾”，下列哪些…)
    is said under that heading too, or None.  A wrong option drawn from another passage is what a distractor of
    the material is, and a question on one sentence does not ask the whole passage."""
    right, wrong = right_wrong(q)
    if not wrong or not _asks_heading(q):
        return None
    passage = ctx.section_at(_where(q, ctx))
    for w in wrong:
        if len(w) >= _POLICY["option_min"] and w in passage and not any(w in r or r in w for r in right):
            return f"错误选项“{w}”原文同一部分也这样说，答案有争议"
    return None
