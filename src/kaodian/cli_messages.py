"""The command line's own messages in Chinese: the help option, and click's usage errors.

typer offers no hook to translate them: its bundled click words them in English
and reads no message catalog.  Its one hook is the class of a command, so the
help option is worded by ``ChineseCommand``/``ChineseGroup``; a usage error is
caught by ``cli.main`` and said again by ``usage_message``.  tests/test_cli_main.py
runs every message here.
"""

from __future__ import annotations

import re

import typer.core

from .helpwrap import display_width

HELP = "显示本帮助并退出。"
# Said on Ctrl-C (exit 130), which typer otherwise ends without a word: the user sees it was heard
# and that this run did not finish (each output file is all or nothing: fileio)
INTERRUPTED = "已中断（Ctrl-C）：这次运行没有做完，需要时重新运行即可。"


class _ChineseHelp:
    """Describes the --help option in Chinese, like the rest of the help."""

    def get_help_option(self, ctx):
        """The help option, its help text in Chinese."""
        opt = super().get_help_option(ctx)
        if opt is not None:
            opt.help = HELP
        return opt


class ChineseCommand(_ChineseHelp, typer.core.TyperCommand):
    """A typer command whose --help option is described in Chinese."""


class ChineseGroup(_ChineseHelp, typer.core.TyperGroup):
    """The typer group of the commands, its --help option described in Chinese."""


def usage_message(e) -> str:
    """A click usage error in Chinese: what is wrong with the command line (click words it in English)."""
    from typer._click import exceptions as ce

    param = getattr(e, "param", None)
    if param is not None:
        is_option = getattr(param, "param_type_name", "") == "option"
        name = "/".join(param.opts) if is_option else (param.name or "").upper()
    else:
        is_option, name = False, ""
    if isinstance(e, ce.MissingParameter):
        if not name and e.param_hint:
            name = str(e.param_hint).strip("'")
        return f"缺少{'选项' if is_option or name.startswith('-') else '参数'} {name}".rstrip() + "。"
    if isinstance(e, ce.NoSuchOption):
        hint = f"（是不是 {'、'.join(sorted(e.possibilities))}？）" if e.possibilities else ""
        return f"没有这个选项 {e.option_name}{hint}。"
    if isinstance(e, ce.BadParameter):
        if not name and e.param_hint:
            name = str(e.param_hint).strip("'")
        return f"{'选项' if name.startswith('-') else '参数'} {name} 的值无效：{click_reason(e.message)}"
    if isinstance(e, ce.BadOptionUsage):
        m = re.fullmatch(r"Option '(.+)' requires (an argument|\d+ arguments)\.", e.message)
        if m:
            return f"选项 {m.group(1)} 后面缺少值。"
        return f"选项 {e.option_name} 用法有误：{e.message}"
    m = re.fullmatch(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", e.message)
    if m:
        return f"多余的参数：{m.group(1)}。"
    m = re.fullmatch(r"No such command '(.*)'\.(?:\s*Did you mean '(.*)'\?)?", e.message)
    if m:
        hint = f"（是不是 {m.group(2)}？）" if m.group(2) else ""
        return f"没有这个命令 {m.group(1)}{hint}。"
    return f"命令行有误：{e.message}"


def click_reason(message: str) -> str:
    """click's reasons for a bad value, in Chinese where we know them (the rest as click says them)."""
    patterns = (
        (r"'?(.*?)'? is not a valid int(?:eger)?(?: range)?\.", "“{0}”不是整数。"),
        (r"'?(.*?)'? is not a valid float(?: range)?\.", "“{0}”不是数字。"),
        (r"'?(.*?)'? is not a valid boolean\.", "“{0}”不是 是/否 值。"),
        (r"(.*?) is not in the range x>=(\d+)\.", "{0} 太小，至少应为 {1}。"),
        (r"(.*?) is not in the range (.*)\.", "{0} 不在允许的范围（{1}）内。"),
        (r"'?(.*?)'? is not one of (.*)\.", "“{0}”不是可选值之一：{1}。"),
        (r"(?:File|Path|Directory) '(.*)' does not exist\.", "“{0}”不存在。"),
    )
    for pattern, chinese in patterns:
        m = re.fullmatch(pattern, message.strip())
        if m:
            return chinese.format(*m.groups())
    return message


# click's own words in the help (typer words them through gettext, which reads no catalog of ours)
_HELP_WORDS = {"Options": "选项", "Arguments": "参数", "Commands": "命令", "required": "必填",
               "default: {default}": "默认：{default}", "env var: {var}": "环境变量：{var}", "(dynamic)": "（动态）"}
# ... and the usage line's (Usage: kaodian [OPTIONS] COMMAND [ARGS]...)
_USAGE_WORDS = (("[OPTIONS]", "[选项]"), ("COMMAND", "命令"), ("[ARGS]...", "[参数]..."))
# ... and the placeholders of arguments and option values (typer's [files]..., {bank}, <str>, [x>=1])
_ARGUMENTS = {"files": "文件", "file": "文件", "bank": "题库", "corpus": "标注文件夹"}
_METAVARS = (("<int range>", "<整数>"), ("<float range>", "<数值>"), ("<str>", "<文字>"), ("<path>", "<路径>"),
             ("<int>", "<整数>"), ("<float>", "<数值>"))
_RANGES = ((re.compile(r"\[x>=(\d+)\]"), r"[至少 \1]"), (re.compile(r"\[x<=(\d+)\]"), r"[至多 \1]"),
           (re.compile(r"\[(\d+)<=x<=(\d+)\]"), r"[\1 到 \2]"))
_BRACKETED = re.compile(r"([\[{])(\w+)([\]}])")
_TERM = re.compile(r"^(\w+)(\.\.\.)?$")


def _placeholders(text: str) -> str:
    """An option's or argument's placeholder said in Chinese (<str> -> <文字>, files... -> 文件...)."""
    if (m := _TERM.match(text)) and m[1] in _ARGUMENTS:
        return _ARGUMENTS[m[1]] + (m[2] or "")
    for english, chinese in _METAVARS:
        text = text.replace(english, chinese)
    return text


def _usage_args(args: str) -> str:
    """The usage line's arguments in Chinese: [files]... -> [文件]..., {bank} (required) -> <题库>."""
    for english, chinese in _USAGE_WORDS:
        args = args.replace(english, chinese)
    return _BRACKETED.sub(lambda m: ("[" if m[1] == "[" else "<") + _ARGUMENTS.get(m[2], m[2]) + ("]" if m[1] == "[" else ">"),
                          args)


def _ranges(text: str) -> str:
    for pattern, chinese in _RANGES:
        text = pattern.sub(chinese, text)
    return text


def install() -> None:
    """Word the help's headings, notes and usage line in Chinese (用法：, 选项, 参数, 命令, 默认：…)."""
    import typer.core
    from typer._click import formatting

    typer.core._ = lambda message: _HELP_WORDS.get(message, message)
    write_usage = formatting.HelpFormatter.write_usage

    def chinese_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, _usage_args(args), "用法：" if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = chinese_usage
    write_dl = formatting.HelpFormatter.write_dl

    def chinese_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:  # noqa: ANN001 — click's rows
        write_dl(self, [(_placeholders(a), _ranges(b)) for a, b in rows], col_max, col_spacing)

    formatting.HelpFormatter.write_dl = chinese_dl
    # (the options' column is measured in display columns: a Chinese placeholder takes two per character)
    formatting.term_len = lambda text: display_width(re.sub(r"\033\[[;?0-9]*[a-zA-Z]", "", text))

    def chinese_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")  # (a full-width colon after Chinese)

    formatting.HelpFormatter.write_heading = chinese_heading
