"""The ``kaodian`` command: a thin typer app over the library.

Each command parses its options, calls one library function and prints the
result.  Heavy modules (the segmenter, genanki, typst …) are imported inside
the commands so that ``kaodian --help`` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .errors import KaodianError

app = typer.Typer(
    name="kaodian",
    help="考点：把政治理论学习材料变成测验题和记忆卡。\n\n不给文件时，使用自带的示例文章（天津日报理论版）。",
    no_args_is_help=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)

FilesArg = typer.Argument(None, help="输入文件或文件夹（.txt .md .docx .html .pdf，- 表示标准输入）；不给则用自带示例。")
RulesOpt = typer.Option(None, "--rules", help="追加的规则文件（YAML），可多次给出。")
SeedOpt = typer.Option(0, "--seed", help="随机种子：同样的输入和种子得到同样的题目。")
KindsOpt = typer.Option(None, "--kinds", help="题型，逗号分隔：cloze,single,multiple,truefalse,ordering,recall（或 填空,单选,多选,判断,排序,简答）。")


def _out(text: str, output: Optional[Path]) -> None:
    """Print to stdout, or write the file atomically (all or nothing)."""
    if output is None:
        sys.stdout.write(text)
        return
    from .fileio import write_atomic

    write_atomic(output, text.encode("utf-8"))
    typer.echo(f"已写入 {output}", err=True)


@app.command()
def extract(
    files: Optional[list[str]] = FilesArg,
    format: str = typer.Option("text", "--format", "-f", help="输出格式：text（提纲）、json、yaml。"),
    rules: Optional[list[Path]] = RulesOpt,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件，不给则打印。"),
) -> None:
    """抽取考点：文章、标题、列举要点、术语并列、提法、引语、文件名。"""
    from . import pipeline
    from .render import render_extractions

    if format not in ("text", "json", "yaml"):
        raise typer.BadParameter("只能是 text、json 或 yaml", param_hint="--format")
    extractions = pipeline.extract_paths(files or [], rules or [])
    _out(render_extractions(extractions, format), output)


@app.command("eval")
def eval_(
    corpus: Path = typer.Argument(..., help="标注语料文件夹：每个 X.txt / X.html 旁有 X.gold.yaml。"),
    rules: Optional[list[Path]] = RulesOpt,
) -> None:
    """按标注语料给抽取打分：每个文件每类的 P/R/F1 及总计。"""
    from .evaluate import evaluate_dir, format_table

    report = evaluate_dir(corpus, rules or [])
    typer.echo(format_table(report))


# --- questions: generate, lint ---


# --- anki, build ---


# --- paper ---


# --- quiz, stats, web-quiz ---


def main() -> None:
    """Entry point: run the app, turn library errors into one clear line."""
    try:
        app()
    except KaodianError as e:
        typer.echo(f"错误 {e}", err=True)
        raise SystemExit(1) from None


if __name__ == "__main__":  # pragma: no cover
    main()
