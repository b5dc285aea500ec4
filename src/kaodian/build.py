"""``kaodian build``: the whole job in one go — extract, generate, write the deck and the paper.

Composition only: each step is a library call; this module adds the output
naming, the progress callback and the Chinese summary.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .errors import KaodianError
from .fileio import ensure_dir
from .model import QUESTION_KINDS, Bank
from .pipeline import Progress, Settings

# The paper build prints by default: PDF to print, HTML to open anywhere.  Word
# is one option away (--paper pdf,html,docx); building it costs as much as all
# the rest of the build.
PAPER_FORMATS = ("pdf", "html")
# build prints one paper and its key; A/B versions for a class are `kaodian paper`'s job
BUILD_VERSIONS = ("A",)

@dataclass(frozen=True)
class BuildReport:
    """What ``build`` did: counts for the summary and every file written."""

    sources: int
    articles: int
    points: int
    questions: dict[str, int]  # question kind id -> count, in QUESTION_KINDS order
    deck: object  # export.anki.DeckReport
    files: tuple[Path, ...]
    notes: tuple[str, ...] = field(default=())  # things the user should know (paper skipped …)
    diagnostics: tuple[str, ...] = field(default=())  # the bank's: points that gave no question and why
    skipped: tuple[KaodianError, ...] = field(default=())  # a folder's files that could not be read, left out


def output_name(inputs: Sequence[str]) -> str:
    """The file name (no suffix) for outputs: the input's stem, ``sample`` for the bundled sample."""
    if not inputs:
        from .ingest import SAMPLE_NAME

        return Path(SAMPLE_NAME).stem
    if len(inputs) == 1:
        if inputs[0] == "-":
            return "stdin"
        p = Path(inputs[0])
        return (p.name if p.is_dir() else p.stem) or "kaodian"
    return "kaodian"


def prepare_outdir(outdir: str | Path) -> Path:
    """The output folder, created when only its last level is missing (``fileio.ensure_dir``). Raises E504 / E301."""
    return ensure_dir(outdir)


def build(
    inputs: Sequence[str],
    outdir: str | Path = "decks",
    how: Settings = Settings(),
    *,
    name: str | None = None,
    deck_name: str = "考点",
    deck_per: str = "heading",
    timestamp: float | None = None,
    paper_formats: Sequence[str] = PAPER_FORMATS,
    progress: Progress | None = None,
) -> BuildReport:
    """Extract the inputs, generate the bank (``how``: seed, rules, kinds …), write ``<outdir>/<name>.apkg`` and the papers in ``<outdir>/<name>-paper/``.

    Returns a BuildReport.  The output folder is checked before any work is
    done.  ``paper_formats`` says which papers to print (none: no paper); a
    machine without a CJK font gets the others and a note.  Raises
    KaodianError on bad input or an output that cannot be written.
    """
    from .export.anki import DECK_PER

    if deck_per not in DECK_PER:
        raise KaodianError("E503", value=deck_per, choices="、".join(DECK_PER))
    made_here = not Path(outdir).exists()
    out = prepare_outdir(outdir)
    name = name or output_name(inputs)
    try:
        # the PDF typesetter starts now, on another core: its font scan and warm-up cost the build nothing
        with _typesetter(paper_formats) as worker:
            return _build(inputs, out, name, how, worker, deck_name=deck_name, deck_per=deck_per, timestamp=timestamp,
                          paper_formats=paper_formats, progress=progress)
    except BaseException:
        if made_here and not any(out.iterdir()):
            out.rmdir()  # a build that wrote nothing leaves no empty folder behind
        raise


def _typesetter(paper_formats: Sequence[str]):
    """A PDF worker when PDFs are wanted, else a stand-in that is None."""
    from contextlib import nullcontext

    if "pdf" not in paper_formats:
        return nullcontext(None)
    from .export.pdf_worker import PdfWorker

    return PdfWorker()


def _build(inputs: Sequence[str], out: Path, name: str, how: Settings, worker, *, deck_name: str, deck_per: str,
           timestamp: float | None, paper_formats: Sequence[str], progress: Progress | None) -> BuildReport:
    """``build`` once the output folder is known and the typesetter started."""
    from . import pipeline
    from .export.anki import render_deck
    from .library import make

    made = make(list(inputs), how, progress=progress)  # a folder is a library (kaodian.library)
    bank, extractions, seed = made.bank, made.extractions, how.seed
    # Everything is rendered before anything is written: a paper that cannot
    # be printed (bad font …) must not leave a new deck beside an old paper.
    pipeline.step(progress, "生成卡组")
    deck = render_deck(bank, out / f"{name}.apkg", deck_name=deck_name, deck_per=deck_per, timestamp=timestamp)
    notes: list[str] = []
    papers = None
    if paper_formats:
        from .export.paper import render_papers

        formats = tuple(paper_formats)
        pipeline.step(progress, "排版试卷")
        try:
            typeset = worker.render if worker is not None else None
            papers = render_papers(bank, formats=formats, versions=BUILD_VERSIONS, seed=seed, typeset=typeset)
        except KaodianError as e:
            if e.code != "E601" or formats == ("pdf",):
                raise
            # no CJK font here: the deck and the other formats are still worth having
            notes.append(f"{e}；本次未生成 PDF 试卷。")
            papers = render_papers(bank, formats=tuple(f for f in formats if f != "pdf"), versions=BUILD_VERSIONS, seed=seed)
    pipeline.step(progress, "写出文件")
    report = deck.write()
    # an unchanged deck is not rewritten (report.unchanged); the summary says so
    files = ([] if report.unchanged else [report.path]) + ([report.removed_file] if report.removed_file else [])
    # The papers' file names are the paper writer's (paper-A.pdf …): a folder per input keeps two
    # builds into one decks/ from clashing.  The folder is the build's own: papers an earlier build
    # wrote in other formats are removed (a user's file in it is not).
    paper_dir = out / f"{name}-paper"
    removed: tuple[str, ...] = ()
    if papers is not None:
        written = papers.write(paper_dir, owned=True)
        files += list(written.paths)
        removed = written.removed
    elif paper_dir.is_dir():
        from .fileio import write_owned

        removed = write_owned(paper_dir, ())[1]
    if removed:
        notes.append(f"删去了上次写出、这次不再写出的试卷文件：{'、'.join(removed)}（{paper_dir}）。")
    counts = Counter(q.kind for q in bank.questions)
    return BuildReport(
        sources=len(extractions),
        articles=sum(len(x.document.articles) for x in extractions),
        points=sum(len(x.points) for x in extractions),
        questions={k: counts[k] for k in QUESTION_KINDS if counts[k]},
        deck=report,
        files=tuple(files),
        notes=tuple(notes),
        diagnostics=bank.diagnostics,
        skipped=made.skipped,
    )


def format_summary(report: BuildReport) -> str:
    """The Chinese summary ``kaodian build`` prints at the end."""
    deck = report.deck
    kinds = "、".join(f"{QUESTION_KINDS[k]} {n}" for k, n in report.questions.items()) or "无"
    lines = [
        f"文件 {report.sources} 个，文章 {report.articles} 篇，考点 {report.points} 个。",
        f"题目 {sum(report.questions.values())} 道：{kinds}。",
        f"卡组：笔记 {deck.note_count} 条、卡片 {deck.cards} 张，分在 {len(deck.decks)} 个子卡组。",
    ]
    if deck.unchanged:
        lines.append(f"卡组内容没有变化，{deck.path} 原样保留。")
    if deck.removed:
        lines.append(f"上次卡组里有 {len(deck.removed)} 条笔记这次不再有（原文改了或删了），清单见 {deck.removed_file}。")
    lines += list(report.notes)
    lines += diagnostics_lines(report.diagnostics, deck.diagnostics)
    lines.append("已写入：")
    lines += [f"  {p}" for p in report.files]
    return "\n".join(lines)


def diagnostics_lines(bank: Sequence[str] = (), deck: Sequence[str] = ()) -> list[str]:
    """One line each on what generation and the deck left out, for commands that do not list them
    (``kaodian generate --verbose`` lists every diagnostic).  The bank's are counted as ``generate``
    counts them (``tally_diagnostics``): the same input and settings give the same numbers."""
    lines = []
    if bank:
        reasons, others = tally_diagnostics(bank)
        parts = [skipped_phrase(reasons)] if reasons else []
        if others:
            parts.append(f"{'另有' if reasons else '有'} {len(others)} 条提示")
        lines.append(f"提示：出题时{'，'.join(parts)}；用 kaodian generate … -o 题库.json --verbose 查看详情。")
    twice = [d for d in deck if d.endswith("编号重复，只写入第一题")]
    if twice:
        lines.append(f"提示：{len(twice)} 道题编号重复，卡组只写入了每个编号的第一题。")
    # (the deck's other notes say themselves: N 道题因前文增删换了编号，…仍更新原来的笔记)
    lines += [f"提示：{d}" for d in deck if d not in twice]
    return lines


# A skipped kind's reason: the verdict in brackets after 未出X题 (（检查未通过）…), else the
# text after its colon up to the details in brackets (干扰项不足（需要 3 个…）).
_SKIPPED = re.compile(r"未出\w+?题(?:（([^）]*)）)?：?([^（(]*)")
# the summary names the commonest reasons only: one line, whatever the input's size
TOP_REASONS = 3


def tally_diagnostics(diagnostics: Sequence[str]) -> tuple[Counter[str], list[str]]:
    """A bank's diagnostics as every command counts them: the points left without some kind of
    question, by reason (``未出X题…``), and the other diagnostics, in order."""
    reasons: Counter[str] = Counter()
    others = []
    for d in diagnostics:
        m = _SKIPPED.search(d)
        if m:
            # (a reason's first clause names it: 照抄原文的判断题已占三分之一，这句改出别的题型 -> its head)
            reasons[(m.group(1) or m.group(2)).strip("：。 ").split("，")[0] or "其他"] += 1
        else:
            others.append(d)
    return reasons, others


def skipped_phrase(reasons: Counter[str]) -> str:
    """有 N 处考点没出某种题型：the commonest reasons with their counts (the first TOP_REASONS)."""
    top = "、".join(f"{r} {n} 处" for r, n in reasons.most_common(TOP_REASONS))
    more = "等" if len(reasons) > TOP_REASONS else ""
    return f"有 {sum(reasons.values())} 处考点没出某种题型：{top}{more}"


def generate_summary(extractions: Sequence, bank: Bank, output: Path, *, verbose: bool = False) -> list[str]:
    """What ``kaodian generate`` prints: a few lines whatever the input's size, or every diagnostic too when verbose.

    The counts of files, articles, points and questions, one line that groups
    the points left without some kind of question by reason, and the file written.
    """
    counts = Counter(q.kind for q in bank.questions)
    kinds = "、".join(f"{QUESTION_KINDS[k]} {counts[k]}" for k in QUESTION_KINDS if counts[k]) or "无"
    lines = [
        f"文件 {len(extractions)} 个，文章 {sum(len(x.document.articles) for x in extractions)} 篇，"
        f"考点 {sum(len(x.points) for x in extractions)} 个；题目 {len(bank.questions)} 道：{kinds}。"
    ]
    if verbose:
        lines += [f"提示：{d}" for d in bank.diagnostics]
    reasons, others = tally_diagnostics(bank.diagnostics)
    if reasons:
        lines.append(f"{skipped_phrase(reasons)}。")
    if len(others) <= 2:
        lines += [f"提示：{d}" for d in others if not verbose]
    elif not verbose:
        lines.append(f"另有 {len(others)} 条提示。")
    if bank.diagnostics and not verbose:
        lines.append("逐条说明见题库文件的 diagnostics，或加 --verbose 打印。")
    lines.append(f"已写入 {output}：{len(bank.questions)} 道题" if str(output) != "-" else f"已打印：{len(bank.questions)} 道题")
    return lines
