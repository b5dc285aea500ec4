"""The ``kaodian`` command: a thin typer app over the library.

Each command parses its options, calls one library function and prints the
result.  Heavy modules (the segmenter, genanki, typst …) are imported inside
the commands so that ``kaodian --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from . import cli_messages
from .cli_messages import ChineseCommand, ChineseGroup, usage_message
from .errors import KaodianError, exit_code

EXIT_INTERRUPTED = 130  # typer's code for Ctrl-C (128 + SIGINT, the shell's convention)

app = typer.Typer(
    name="kaodian",
    cls=ChineseGroup,
    help="考点：把政治理论学习材料变成测验题和记忆卡。\n\n不给文件时，使用自带的示例文章（天津日报理论版）。",
    no_args_is_help=True,  # a newcomer's first try, kaodian alone, shows what it can do
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def command(name: str | None = None, short_help: str | None = None):
    """``app.command`` with the help option worded in Chinese (see cli_messages); ``short_help`` is the line
    ``kaodian --help`` lists when the docstring's first sentence would be cut with "..."."""
    return app.command(name, cls=ChineseCommand, short_help=short_help)


from . import helpwrap  # noqa: E402 — help lines break between Chinese characters, not inside words

helpwrap.install()
cli_messages.install()  # click's headings and usage line in Chinese

def _version(value: bool) -> None:
    """``--version``: the installed version, as a tester asks for it in a report."""
    if value:
        from . import __version__

        typer.echo(f"kaodian {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="显示版本号后退出。")) -> None:
    """考点：把政治理论学习材料变成测验题和记忆卡。\n\n不给文件时，使用自带的示例文章（天津日报理论版）。"""


FilesArg = typer.Argument(None, help="输入文件或文件夹（.txt .md .docx .doc .wps .html .pdf，- 表示标准输入）；不给则用自带示例。")
RulesOpt = typer.Option(None, "--rules", help="追加的规则文件（YAML），可多次给出。")
JobsOpt = typer.Option(None, "--jobs", "-j", help="输入是文件夹（资料库）时同时处理几篇文本（默认：本机的核数）；结果与 -j 无关。")
NoCacheOpt = typer.Option(False, "--no-cache", help="资料库不读也不写缓存（默认缓存每篇文本的结果，在 ~/.cache/kaodian）。")
SeedOpt = typer.Option(0, "--seed", help="随机种子：同样的输入和种子得到同样的题目。")
LexiconOpt = typer.Option(None, "--lexicon", help="追加的术语词库（YAML）：出错误选项和判断题改动时一并采用；写法见 lexicon 命令（加 --example 打印带注释的示例）。")
KindsOpt = typer.Option(None, "--kinds", help="题型，逗号分隔：cloze,single,multiple,truefalse,ordering,recall（或 填空,单选,多选,判断,排序,简答）。")


def _out(text: str, output: Optional[Path]) -> None:
    """Print to stdout, or write the file atomically (all or nothing)."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    from .fileio import write_atomic

    write_atomic(output, text.encode("utf-8"))
    typer.echo(f"已写入 {output}", err=True)


@command()
def extract(
    files: Optional[list[str]] = FilesArg,
    format: Optional[str] = typer.Option(None, "--format", "-f", help="输出格式：text（提纲）、json、yaml；不给时按 -o 的扩展名（.json、.yaml），否则 text。"),
    rules: Optional[list[Path]] = RulesOpt,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件（.txt/.md、.json 或 .yaml，与格式相符）；不给或给 - 则打印。"),
) -> None:
    """抽取考点：文章、标题、列举要点、术语并列、提法、引语、文件名。

    给文件夹时，读不了的文件（空文件、二进制文件、损坏的 .docx …）逐个说明并跳过，其余照常抽取，退出码 3。"""
    from . import pipeline
    from .chars import HAN_RE
    from .render import output_format, render_extractions

    if format is not None and format not in ("text", "json", "yaml"):
        raise typer.BadParameter("只能是 text、json 或 yaml", param_hint="--format")
    format = output_format(format, output)  # a wrong -o suffix before any reading
    skipped: list = []  # a folder's unreadable files: said and left out, as generate does
    extractions = pipeline.extract_paths(files or [], rules or [], skipped=skipped)
    if not any(HAN_RE.search(e.document.text) for e in extractions):
        from .errors import skipped_lines

        for line in skipped_lines(skipped, len(extractions), "抽取")[:-1]:  # (the files left out, then why no outline)
            typer.echo(line, err=True)
        raise KaodianError("E312", paths="、".join(e.document.name for e in extractions))
    _out(render_extractions(extractions, format), output)
    _say_skipped(skipped, len(extractions), "抽取")


@command("eval")
def eval_(
    corpus: Path = typer.Argument(..., help="标注文件夹：每个 X.txt / X.html 旁有 X.gold.yaml（抽取）、X.points.json 或 X.blanks.json（出题）。"),
    rules: Optional[list[Path]] = RulesOpt,
    details: bool = typer.Option(False, "--details", "-d", help="逐文件列出漏掉的（和多出的）内容。"),
    seed: int = SeedOpt,
) -> None:
    """打分：抽取对照标注（P/R/F1），题库对照教师要点和人工填空（要点覆盖、人工填空命中率、挖空比例）。"""
    from .evaluate import evaluate_dir, format_table

    report = evaluate_dir(corpus, rules or [], seed=seed)
    typer.echo(format_table(report, details=details))


# --- questions: generate, lint ---


@command()
def generate(
    files: Optional[list[str]] = FilesArg,
    output: Path = typer.Option(..., "--output", "-o", help="题库文件（JSON），例如 bank.json；- 表示打印到标准输出。"),
    kinds: Optional[str] = KindsOpt,
    seed: int = SeedOpt,
    per_point: Optional[int] = typer.Option(None, "--per-point", help="每个考点最多出几道题（默认不限）。"),
    per_sentence: Optional[int] = typer.Option(None, "--per-sentence", help="同一句最多出几道题（默认 2，0 为不限）；一句里有几个考点时，每个考点仍各出第一道题。"),
    limit: Optional[int] = typer.Option(None, "--limit", help="只保留最重要的 N 道题（默认全部）。"),
    templates: Optional[Path] = typer.Option(None, "--templates", help="题目模板文件夹（复制自带的 question_templates 修改后使用）。"),
    rules: Optional[list[Path]] = RulesOpt,
    lexicon: Optional[Path] = LexiconOpt,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="逐条列出没出某种题型的考点及原因。"),
    jobs: Optional[int] = JobsOpt,
    no_cache: bool = NoCacheOpt,
) -> None:
    """生成题库：填空、单选、多选、判断、排序、简答，按重要性排序，写成 JSON 题库文件。

    给文件夹时，读不了的文件（空文件、二进制文件、损坏的 .docx …）逐个说明并跳过，其余照常出题、写出题库，退出码 3。"""
    from . import pipeline
    from .bank import dump_bank
    from .build import generate_summary
    from .fileio import write_atomic
    from .library import make

    from .fileio import check_parent, check_suffix
    from .progress import TerminalProgress

    # a wrong -o, bad templates or kinds are reported before any reading or extraction
    check_suffix(output, (".json",), what="题库", example="题库.json")
    if str(output) != "-":
        check_parent(output)
    how = pipeline.settings(rules=rules or [], templates=templates, kinds=kinds, seed=seed, per_point=per_point,
                            per_sentence=per_sentence, limit=limit, jobs=jobs, cache=not no_cache, lexicon=lexicon)
    with TerminalProgress() as bar:  # on a terminal only
        # an empty bank is refused, nothing written; a folder is a library (kaodian.library)
        made = make(files or [], how, refuse_empty=True, progress=bar)
        bar.step("写出题库")
        data = dump_bank(made.bank.questions, made.bank.diagnostics)
        if str(output) == "-":
            sys.stdout.write(data)  # (-o - : the bank to standard output, the summary to standard error)
        else:
            write_atomic(output, data.encode("utf-8"))
    for line in generate_summary(made.extractions, made.bank, output, verbose=verbose):
        typer.echo(line, err=True)
    _say_skipped(made.skipped, len(made.extractions))


def _say_followed(notes: tuple[str, ...] | list[str]) -> None:
    """Say the hand edits of a bank file that were followed (bank_edits), so a teacher sees what was read."""
    for note in notes:
        typer.echo(f"注意：{note}", err=True)


def _say_skipped(skipped, done: int, did: str = "出题") -> None:  # noqa: ANN001 — KaodianErrors of a folder's bad files
    """Say the files of a folder left out, one line each, and end with EXIT_SKIPPED: outputs were written."""
    if not skipped:
        return
    from .errors import EXIT_SKIPPED, skipped_lines

    for line in skipped_lines(skipped, done, did):
        typer.echo(line, err=True)
    raise typer.Exit(EXIT_SKIPPED)


@command(short_help="检查题库：答案、选项、空与题干是否有误，找得到原文时也对照原文；有问题时退出码为 1。")
def lint(bank: Path = typer.Argument(..., help="题库文件（kaodian generate 写的 JSON）。")) -> None:
    """检查题库：答案在原句中、选项不重复、正确选项数目、空与题干的标点和序号；找得到题库注明的原文文件时，
    也对照原文检查（所列各项是不是小标题、错项原文是否也这样说）。有问题时退出码为 1。"""
    from .bank import load_bank
    from .questions.lint import broken_findings
    from .questions import lint as lint_bank
    from .questions.context_lint import contexts_for

    followed: list[str] = []
    questions = load_bank(bank, followed)
    _say_followed(followed)
    # (the texts the bank cites, where the bank's folder or the current one holds them: what only the text tells)
    contexts = contexts_for(sorted({q.source.document for q in questions}), (bank.parent, Path.cwd()))
    findings = lint_bank(questions, contexts)
    for f in findings:
        typer.echo(f)
    if findings:
        broken = len(broken_findings(questions))
        # (say whether the other commands take the bank: they refuse only a broken question, E308)
        use = (f"其中 {broken} 处题目坏了：anki、paper、quiz、web-quiz 不会使用这个题库（E308），请在题库文件里按 id 改正或删去这些题" if broken
               else "都是出题质量的提示：anki、paper、quiz、web-quiz 照常使用这个题库；不想要这些题时，在题库文件里按 id 删去")
        typer.echo(f"{len(questions)} 道题，发现 {len(findings)} 处问题，{use}。", err=True)
        raise typer.Exit(1)
    typer.echo(f"{len(questions)} 道题，未发现问题。")


@app.command("lexicon", cls=ChineseCommand, no_args_is_help=True)
def lexicon_(
    file: Optional[Path] = typer.Argument(None, help="要检查的词库文件（YAML）。"),
    example: bool = typer.Option(False, "--example", help="打印带注释的词库文件示例：kaodian lexicon --example > 我的词库.yaml，改好后用 --lexicon 我的词库.yaml。"),
) -> None:
    """自己的术语词库：打印示例文件（--example），或检查一个词库文件（出错时一次列出全部问题）。"""
    from . import lexicon as lexicon_package

    if example:
        sys.stdout.write(lexicon_package.example())
    if file is not None:
        groups, terms = lexicon_package.check(file)
        typer.echo(f"{file}：同类组 {groups} 组，按类别的术语 {terms} 个，未发现问题。")


# --- anki, build ---

DeckPerOpt = typer.Option(
    "heading", "--deck-per", help="子卡组分到哪一级：heading（文档::文章::章节，默认）、article、document、none（或 章节（章）/文章（篇）/文档/不分）。"
)
DeckNameOpt = typer.Option("考点", "--deck-name", help="最上层卡组的名字。")
TimestampOpt = typer.Option(
    None, "--timestamp", help="笔记的修改时间（Unix 秒），用于可重复构建；默认当前时间，保证重新导入时更新旧笔记。"
)


@command()
def anki(
    files: Optional[list[str]] = typer.Argument(None, help="输入文章（文件或文件夹）或一个题库 .json；不给则用自带示例。"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="卡组文件 .apkg；默认 decks/<输入名>.apkg。"),
    deck_per: str = DeckPerOpt,
    deck_name: str = DeckNameOpt,
    seed: int = SeedOpt,
    kinds: Optional[str] = KindsOpt,
    rules: Optional[list[Path]] = RulesOpt,
    lexicon: Optional[Path] = LexiconOpt,
    timestamp: Optional[float] = TimestampOpt,
) -> None:
    """生成 Anki 卡组（.apkg）：填空、选择、判断、列表、问答五种笔记类型，重建时原地更新。"""
    from . import pipeline
    from .build import diagnostics_lines, output_name, prepare_outdir
    from .export.anki import DECK_PER, check_output, write_deck
    from .library import make

    how = pipeline.settings(rules=rules or [], kinds=kinds, seed=seed, lexicon=lexicon)
    if deck_per not in DECK_PER:  # (before any work, and before the default folder is made)
        raise KaodianError("E503", value=deck_per, choices="、".join(DECK_PER))
    made_here = output is None and not Path("decks").exists()
    if output is None:
        output = prepare_outdir("decks") / f"{output_name(files or [])}.apkg"
    try:
        check_output(output)  # -o x.pdf, or a missing folder, before any work
        made = make(files or [], how, read_bank_file=True)  # (a folder: the library generate and build ask)
        bank = made.bank
        report = write_deck(bank, output, deck_name=deck_name, deck_per=deck_per, timestamp=timestamp)
    except BaseException:
        if made_here and not any(output.parent.iterdir()):
            output.parent.rmdir()  # a deck that was never written leaves no empty decks/ behind
        raise
    notes = "、".join(f"{k} {n}" for k, n in report.notes.items())
    typer.echo(f"已写入 {report.path}：笔记 {report.note_count} 条（{notes}），卡片 {report.cards} 张。", err=True)
    if report.removed:
        typer.echo(f"上次卡组里有 {len(report.removed)} 条笔记这次不再有（原文改了或删了），清单见 {report.removed_file}。", err=True)
    for line in diagnostics_lines(bank.diagnostics, report.diagnostics):
        typer.echo(line, err=True)
    _say_followed(made.notes)
    _say_skipped(made.skipped, len(made.extractions))


@command()
def build(
    files: Optional[list[str]] = FilesArg,
    output: Path = typer.Option(Path("decks"), "--output", "-o", help="输出文件夹。"),
    seed: int = SeedOpt,
    kinds: Optional[str] = KindsOpt,
    rules: Optional[list[Path]] = RulesOpt,
    lexicon: Optional[Path] = LexiconOpt,
    deck_per: str = DeckPerOpt,
    deck_name: str = DeckNameOpt,
    timestamp: Optional[float] = TimestampOpt,
    paper: str = typer.Option("pdf,html", "--paper", help="同时写出的试卷格式，逗号分隔：pdf、html、docx（试卷+答案）；xlsx、txt、gift、csv（考试平台导入文件）；none 表示不写试卷。"),
    jobs: Optional[int] = JobsOpt,
    no_cache: bool = NoCacheOpt,
) -> None:
    """一步完成：抽取考点、出题，写出 Anki 卡组和打印用试卷，最后给出汇总。

    给文件夹时，读不了的文件（空文件、二进制文件、损坏的 .docx …）逐个说明并跳过，其余照常写出，退出码 3。"""
    from . import pipeline
    from .build import build as run_build
    from .build import format_summary
    from .export.paper_options import parse_formats
    from .fileio import check_folder_name
    from .progress import TerminalProgress

    check_folder_name(output, what="卡组和试卷", example="decks/")
    how = pipeline.settings(rules=rules or [], kinds=kinds, seed=seed, jobs=jobs, cache=not no_cache,
                            lexicon=lexicon)  # a bad kind before any work
    formats = () if paper.strip().lower() == "none" else parse_formats(paper)
    with TerminalProgress() as bar:  # on a terminal only
        report = run_build(
            files or [],
            output,
            how,
            deck_name=deck_name,
            deck_per=deck_per,
            timestamp=timestamp,
            paper_formats=formats,
            progress=bar,
        )
    typer.echo(format_summary(report), err=True)
    _say_skipped(report.skipped, report.sources)


# --- paper ---


@command()
def paper(
    files: Optional[list[str]] = FilesArg,
    output: Path = typer.Option(..., "--output", "-o", help="输出文件夹（不存在则新建，上一级文件夹须已存在）。"),
    format: str = typer.Option("pdf,docx,html", "--format", "-f", help="格式，逗号分隔：pdf、docx、html（试卷+答案）；xlsx、txt、gift、csv（考试平台导入文件）。"),
    versions: str = typer.Option("A,B", "--versions", help="卷别，逗号分隔：各卷题目相同、题序和选项顺序不同，各有答案。"),
    seed: int = SeedOpt,
    title: Optional[str] = typer.Option(None, "--title", help="试卷标题；默认取文章标题。"),
    kinds: Optional[str] = KindsOpt,
    count: Optional[str] = typer.Option(None, "--count", help="每种题型至多几题：一个数，或 单选=10,判断=5（其余题型用默认）；all 表示全部。默认 填空10、单选15、多选5、判断10、排序2、简答1。"),
    score: Optional[str] = typer.Option(None, "--score", help="分值：填空题为每空分值，其余为每题分值，如 填空=2,单选=2,多选=3,判断=1,排序=3,简答=10。"),
    font: Optional[Path] = typer.Option(None, "--font", help="PDF 用的中文字体文件（.ttf/.otf/.ttc）；默认在系统中查找（Noto/思源/宋体）。"),
    rules: Optional[list[Path]] = RulesOpt,
    lexicon: Optional[Path] = LexiconOpt,
) -> None:
    """出试卷：PDF/Word/HTML 试卷与答案解析（A/B 卷），或考试平台导入文件。"""
    from . import pipeline
    from .build import diagnostics_lines
    from .export.paper import render_papers
    from .fileio import check_folder_name
    from .library import make

    check_folder_name(output, what="试卷和答案", example="试卷/")
    how = pipeline.settings(rules=rules or [], kinds=kinds, seed=seed, lexicon=lexicon)
    made = make(files or [], how, read_bank_file=True)  # (a folder: the library generate and build ask)
    bank = made.bank
    from .model import Bank

    # (a bank file's diagnostics tell the paper why a section is short for this text)
    result = render_papers(Bank(bank.questions, bank.diagnostics or made.said), formats=format, versions=versions, seed=seed, title=title,
                           kinds=how.kinds, count=count, score=score, font=font).write(output)
    for line in diagnostics_lines(bank.diagnostics):
        typer.echo(line, err=True)
    for note in result.notes:
        typer.echo(f"注意：{note}", err=True)
    for path in result.paths:
        typer.echo(str(path))
    _say_followed(made.notes)
    _say_skipped(made.skipped, len(made.extractions))


# --- quiz, stats, web-quiz ---

DbOpt = typer.Option(None, "--db", help="错题本文件（SQLite）；默认 $XDG_DATA_HOME/kaodian/book.sqlite3（~/.local/share/kaodian/book.sqlite3）。")


@command()
def quiz(
    files: Optional[list[str]] = typer.Argument(None, help="题库文件（.json）或文章文件；不给则用自带示例。复习时可不给，用错题本里存的题。"),
    kinds: Optional[str] = KindsOpt,
    count: Optional[int] = typer.Option(None, "--count", "-n", min=1, help="最多出几道题。"),
    article: Optional[list[str]] = typer.Option(None, "--article", help="只考标题（或文件名）包含这段文字的文章，可多次给出。"),
    review: bool = typer.Option(False, "--review", help="复习错题：每题连续答对两次才移出错题本。"),
    seed: Optional[int] = typer.Option(None, "--seed", help="随机种子：同样的种子得到同样的出题顺序；不给则每次随机。"),
    db: Optional[Path] = DbOpt,
    lexicon: Optional[Path] = LexiconOpt,
) -> None:
    """在终端逐题自测：即时判分，显示解析和出处，答题记入错题本。输入 !! 把上一题改判为正确。"""
    from .selftest import terminal

    terminal.run(files or [], inp=sys.stdin, out=sys.stdout, kinds=kinds, count=count, articles=article or [],
                 review=review, seed=seed, db=db, lexicon=lexicon)


@command()
def stats(db: Optional[Path] = DbOpt) -> None:
    """查看错题本：按文章、按题型的进度，以及错得最多的题。"""
    from .selftest import stats as stats_mod

    sys.stdout.write(stats_mod.run(db))


@command("web-quiz")
def web_quiz(
    files: Optional[list[str]] = typer.Argument(None, help="题库文件（.json）或文章文件；不给则用自带示例。"),
    output: Path = typer.Option(..., "--output", "-o", help="写入的 HTML 文件，如 quiz.html。"),
    kinds: Optional[str] = KindsOpt,
    title: Optional[str] = typer.Option(None, "--title", help="页面标题；默认：题目都出自一篇文章时用它的标题，否则用文件名。"),
    seed: Optional[int] = typer.Option(None, "--seed", help="随机种子：按种子打乱题序（同一句的题隔开）；不给则按题库顺序。"),
    count: Optional[int] = typer.Option(None, "--count", "-n", min=1, help="最多放几道题。"),
    lexicon: Optional[Path] = LexiconOpt,
) -> None:
    """生成离线自测网页：一个 HTML 文件，手机或电脑浏览器打开即可答题，错题存在浏览器里可复习。"""
    from .build import diagnostics_lines
    from .selftest import webpage

    result = webpage.run(files or [], output, kinds=kinds, title=title, seed=seed, count=count, lexicon=lexicon)
    for line in diagnostics_lines(result.diagnostics):
        typer.echo(line, err=True)
    typer.echo(f"已写入 {result.path}：{result.questions} 道题", err=True)
    _say_followed(result.notes)
    _say_skipped(result.skipped, result.sources)



def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app; library errors and command-line mistakes become one clear Chinese line.

    Exit codes: 0 done, 1 a KaodianError (or a command's own failure; nothing written), 3 outputs
    written but files of a folder left out that could not be read (errors.EXIT_SKIPPED), 2 a
    usage error (click's convention; also a KaodianError about an option's value, errors.USAGE_CODES), 70 a defect of kaodian's own (an unexpected exception,
    said in one line; KAODIAN_DEBUG=1 shows its traceback), 130 Ctrl-C.
    """
    from typer import exceptions as te
    from typer._click import exceptions as ce

    try:
        code = app(args=argv, prog_name="kaodian", standalone_mode=False)
    except KaodianError as e:
        # several problems at once (RuleErrors, FileErrors) are one "[E…] …" line each: each says 错误
        typer.echo("\n".join(f"错误 {line}" if line.startswith("[E") else line for line in str(e).split("\n")), err=True)
        # (an option's value written wrong is a usage error, 2, as the README's table says; else 1)
        raise SystemExit(exit_code(e)) from None
    except ce.NoArgsIsHelpError as e:
        # (asked for nothing, kaodian says what it can do: the help, as --help prints it)
        typer.echo(e.ctx.get_help() if e.ctx is not None else e.format_message())
        raise SystemExit(0) from None
    except ce.UsageError as e:
        typer.echo(f"错误：{usage_message(e)}", err=True)
        command = e.ctx.command_path if e.ctx is not None else "kaodian"
        # (kaodian --help lists the commands; a command's own --help its options)
        typer.echo(f"运行 {command} --help 查看{'有哪些命令' if command == 'kaodian' else '用法'}。", err=True)
        raise SystemExit(e.exit_code) from None
    except ce.ClickException as e:
        typer.echo(f"错误：{e.format_message()}", err=True)
        raise SystemExit(e.exit_code) from None
    except te.Abort:
        typer.echo("已中止。", err=True)
        raise SystemExit(1) from None
    except te.Exit as e:  # pragma: no cover - standalone_mode=False returns the code instead
        raise SystemExit(e.exit_code) from None
    except BrokenPipeError:
        # the reader of the output went away (kaodian extract | head): nothing more to say
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 — Python flushes stdout once more at exit
        raise SystemExit(0) from None
    except Exception as e:
        if os.environ.get("KAODIAN_DEBUG"):
            raise
        # a defect of kaodian's, not of the user's input: one line that says so, never a traceback
        typer.echo(f"错误：kaodian 内部出错（{type(e).__name__}: {e}）。这是程序的缺陷，不是您的操作有误；"
                   "请把这条命令和输入文件报告给开发者（设环境变量 KAODIAN_DEBUG=1 再运行可看到详细信息）。", err=True)
        raise SystemExit(70) from None
    # standalone_mode=False returns a command's typer.Exit code (--help gives 0, Ctrl-C 130)
    if code == EXIT_INTERRUPTED:
        typer.echo(cli_messages.INTERRUPTED, err=True)
    raise SystemExit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
