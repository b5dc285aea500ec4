"""One registry of coded errors: every message a user reads about bad input.

A ``KaodianError`` carries a code and a Chinese message that says what is wrong
and how to fix it.  The CLI prints it as ``错误 [E…]: …`` on stderr and exits 1
(2 for the codes of ``USAGE_CODES``: a command-line option's value is wrong);
nothing else in the package prints.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # input
    "E101": "{path}: 文件不存在。请检查路径。",
    "E102": "{path}: 文件为空，没有可读的文字。请检查是否选错了文件，或文件没有保存好。",
    "E103": "{path}: 这是二进制文件，不是文本。请提供 .txt、.md、.docx、.doc、.html、.epub 或 .pdf 文件。",
    "E104": "{path}: 无法判断文件编码。请另存为 UTF-8 后再试。",
    "E105": "{path}: 文件太大（{size} MB，上限 {limit} MB）。请拆分后分批处理。",
    "E106": "{path}: 不支持的文件类型“{suffix}”。支持：.txt .md .docx .doc .wps .html .htm .xhtml .xht .epub .pdf{hint}。",
    "E107": "{path}: 文件夹里没有可读的文件（.txt .md .docx .doc .wps .html .htm .xhtml .xht .epub .pdf）。",
    "E108": "{path}: 无法读取：{reason}。",
    "E109": "{path}: PDF 没有文字层（可能是扫描件）。请先做文字识别（OCR）。",
    "E110": "{path}: 网页里找不到正文。请把正文复制到 .txt 文件后再试。",
    "E111": "{path}: {kind}不存在（不是要出题的材料，是命令选项里给的{kind}）。请检查这个选项里的路径和文件名。",
    "E112": "{path}: 文件名以“{suffix}”结尾，内容却是{what}。{fix}",
    # rules and templates
    "E201": "{where}: YAML 格式错误：{reason}",
    "E202": "{where}: {reason}",
    # outputs
    # (fix: how to go on; a missing folder is made with mkdir -p, anything else wants another place: fileio)
    "E301": "{path}: 无法写入：{reason}。{fix}",
    "E302": "{path}: 这不是 kaodian 的题库文件：{reason}",
    "E303": "{path}: {reason}。标注语料文件夹里，每个 X.gold.yaml、X.points.json 或 X.blanks.json 旁要有同名的 X.txt 或 X.html。",
    "E304": "{reason}",
    # an empty bank is no output: generate refuses to write one (E305, E306)
    "E305": "{paths}: 没有找到可以出题的考点：{reason}未写入题库。请提供中文的政治理论学习材料（讲话、报告、理论文章）。",
    "E306": "{paths}: 找到 {points} 个考点，但出不了{kinds}，未写入题库。请放宽或去掉 --kinds。",
    "E307": "{path}: 格式不对：{problems}。要点文件是 [{{\"name\", \"anchors\": [...], \"items\": [...]}}] 的 JSON 列表，"
    "人工填空文件是 [{{\"answers\": [...], \"sentence\", …}}] 的 JSON 列表（见 docs/eval.md“给题目打分”）。",
    "E308": "{path}: 题库有 {count} 处题目坏了，不能使用：{first}。请在题库文件里按 id 找到这些题，改正或删去（或用 kaodian generate 重新出题），再运行 kaodian lint {path} 核对后重试。",
    "E309": "{path}: 题库文件（.json）不能和文章一起给出。请只给题库文件（可以给几个，会合在一起），或只给文章（会重新出题）。",
    # an output's name must say what kaodian writes there, checked before any work (fileio.check_suffix; E314 too)
    "E310": "{path}: {what}的文件名应以 {expected} 结尾，现在是“{suffix}”。例如：-o {example}",
    "E311": "{path}: -o 应是一个文件夹（kaodian 在里面写出{what}），不是 {suffix} 文件。例如：-o {example}",
    "E312": "{paths}: 文件里没有中文（可能是英文或其他语言的材料），抽不出考点。请提供中文的政治理论学习材料（讲话、报告、理论文章）。",
    # a bank edited by hand whose JSON broke: mend it at the place named (generating anew would undo the edits)
    "E313": "{path}: 题库文件的 JSON 格式有误，{where}。改好这一处后再试（重新出题会丢掉手工的修改）。",
    # (an output's name, as E310 and E311)
    "E314": "{path}: 这是一个已有的文件夹，{what}要写成一个文件：请在文件夹后写上文件名。例如：-o {example}",
    # questions and templates (E4xx)
    "E401": "{path}: 找不到题目模板（应是含 .yaml 模板文件的文件夹）。请检查 --templates，或复制自带的 question_templates 文件夹后修改。",
    "E402": "{problems}",
    "E403": "未知题型“{kind}”。可用：cloze,single,multiple,truefalse,ordering,recall（或 填空,单选,多选,判断,排序,简答）。",
    "E404": "{option} 应是{least}，现在是 {value}。",
    "E405": "{where}: 考点类型“{point}”不能出{kind_name}（kind: {kind}），这样的模板出不了题。“{point}”能出的题型：{supported}。请改 point 或 kind，或删去这个模板。",
    # anki decks and build (E5xx)
    "E501": "{path}: Anki 卡组文件名应以 .apkg 结尾。例如：-o decks/学习.apkg",
    "E502": "{path}: 没有可写入卡组的题目。请检查输入文件是否有考点，或放宽 --kinds。",
    "E503": "--deck-per 的值“{value}”无效。可选：{choices}。",
    "E504": "{path}: 输出位置应是文件夹，却是一个文件。请换一个文件夹（例如 -o decks/）。",
    # papers and import files (E6xx)
    "E601": "找不到中文字体，无法生成 PDF（否则汉字会显示成方框）。请安装 fonts-noto-cjk"
    "（Debian/Ubuntu：sudo apt install fonts-noto-cjk；Fedora：google-noto-serif-cjk-fonts），"
    "或用 --font 指定一个中文字体文件（如 simsun.ttc、SourceHanSerifSC-Regular.otf）。",
    "E602": "{path}: 不能用作试卷字体：{reason}。请用 --font 指定含中文字形的 .ttf/.otf/.ttc 文件。",
    "E603": "不支持的输出格式“{format}”。可选：pdf、docx、html（试卷）；xlsx、txt、gift、csv（考试平台导入文件）。",
    "E604": "题库里没有可出卷的题目（{kinds}）。请检查 --kinds 和 --count，或先确认输入能出题：kaodian generate 文件 -o bank.json。",
    "E605": "--score “{value}”写法有误：{reason}。示例：--score 填空=2,单选=2,多选=3,判断=1",
    "E607": "--count “{value}”写法有误：{reason}。示例：--count 10（每种题型至多10题）或 --count 单选=10,判断=5",
    "E608": "PDF 排版失败：{reason}",
    "E609": "--versions “{versions}”写法有误：卷别用逗号分隔，每个是 1–8 个字母或数字且不重复，如 A,B。",
    "E610": "--count “{value}”让每种题型都是 0 题：题库里有 {n} 道题，试卷却一道也不出。请给要出的题型一个大于 0 的数，"
    "如 --count 单选=10,判断=5（其余题型用默认题数），或去掉 --count 用默认题数。",
    # self-test (E7xx)
    "E701": "{path}: 这不是 kaodian 的错题本（{reason}）。文件未作任何改动；请用 --db 指定另一个文件。",
    "E702": "{path}: 错题本文件已损坏（{reason}）。文件未作任何改动；请用 --db 另选一个文件，或把它移走后重试。",
    "E703": "{path}: 错题本由更新版本的 kaodian 写成（结构版本 {found}，本程序支持 {supported}）。请升级 kaodian。",
    "E704": "{path}: 无法打开错题本：{reason}。请用 --db 指定一个可写的位置。",
    "E705": "没有符合条件的题目：{reason}。",
}


# PyYAML's reasons, said in Chinese with what to change (the English stays for a search).
_YAML_REASONS = (
    ("did not find expected '-' indicator", "这里应是以“- ”开头的列表项：缩进或列表的写法不对"),
    ("mapping values are not allowed here", "这里不能写“键: 值”：多半是缩进不对，或文字里有冒号却没加引号"),
    ("could not find expected ':'", "缺少冒号：键后面要写“: ”（冒号加空格）"),
    ("did not find expected key", "缩进不对：这一行没有和同一层的键对齐"),
    ("found a tab character", "不能用 Tab 缩进：请改用空格缩进"),
    ("cannot start any token", "不能用 Tab 缩进，也不能以 @、` 等符号开头：请改用空格缩进，或给文字加引号"),
    ("expected <block end>", "缩进不对：这一行比上一层多缩进或少缩进了"),
    ("found unexpected end of stream", "引号或括号没有配对"),
    ("expected ',' or ']'", "方括号 [ ] 里的列表写法不对：漏了逗号或右括号"),
    ("expected ',' or '}'", "花括号 { } 里的写法不对：漏了逗号或右括号"),
    ("found duplicate anchor", "重复的锚点（&名字）"),
    ("found undefined alias", "引用了没有定义的锚点（*名字）"),
)


def yaml_reason(e: Exception) -> str:
    """What is wrong with a YAML file, in Chinese: PyYAML's problem said plainly (its own English words
    only when there is no plain saying of it)."""
    problem = str(getattr(e, "problem", None) or e).replace("\n", " ")
    for english, chinese in _YAML_REASONS:
        if english in problem:
            return chinese
    return f"写法有误（{problem}）"


def yaml_error(e: Exception, text: str) -> tuple[int | None, str]:
    """The line (1-based; None when PyYAML gives no place) and the reason of a YAML error in ``text``.

    A quotation mark left open makes PyYAML read on to a later line or to the end of the file and
    blame that; the line that opened it is the one to fix: the first line up to the blamed one whose
    double or single quotes do not pair."""
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    if mark is None:
        return None, yaml_reason(e)
    for k, line in enumerate(text.splitlines()[: mark.line + 1]):
        body = line.split(" #", 1)[0]
        if body.lstrip().startswith("#"):
            continue
        if body.count('"') - body.count('\\"') & 1 or ("'" in body and body.count("'") & 1 and '"' not in body):
            return k + 1, "这一行的引号没有配对：补上另一半引号"
    # (PyYAML blames the end of the file for a bracket left open: the line after the last one, which the
    # teacher cannot find; the last line that has something on it is where the file stops short)
    filled = [k for k, line in enumerate(text.splitlines()) if line.strip()]
    if filled and mark.line > filled[-1]:
        return filled[-1] + 1, yaml_reason(e)
    return mark.line + 1, yaml_reason(e)


# The exit code of a usage error (click's convention, the README's table): a command line written
# wrong, and as well an option whose VALUE is wrong (an unknown kind, a count below 1, a --count or
# --score that does not parse, an option's file that does not exist), so a script tells "fix the
# command" (2) from "fix the input files" (1).
EXIT_USAGE = 2

# Codes about a command-line option's value only (never about an input file's content, nor about
# where the output goes: those stay 1).
USAGE_CODES = frozenset({
    "E111",  # --rules/--templates/--lexicon … names a file that does not exist
    "E401",  # --templates is not a folder of templates
    "E403",  # --kinds names an unknown kind
    "E404",  # --limit/--per-point/--per-sentence/-j below its least value
    "E503",  # --deck-per not one of its choices
    "E602",  # --font is not a usable font file
    "E603",  # --format names an unknown format
    "E605",  # --score does not parse
    "E607",  # --count does not parse
    "E609",  # --versions does not parse
    "E610",  # --count gives every kind 0 questions
})


def exit_code(e: "KaodianError") -> int:
    """The exit code of a coded error: EXIT_USAGE when it is about an option's value, else 1."""
    return EXIT_USAGE if e.code in USAGE_CODES else 1


# The exit code when a command wrote its outputs but left out files of a folder that could not be read
# (each said on its own line): not 0, so a script notices; not 1, which means nothing was written.
EXIT_SKIPPED = 3


def skipped_lines(skipped: "list[KaodianError] | tuple[KaodianError, ...]", done: int, did: str = "出题") -> list[str]:
    """What a command prints about the files of a folder it left out: one ``错误 [E…] file: …`` line each
    (what is wrong and how to fix it), then what became of the rest (``did``: 出题, 抽取)."""
    return [f"错误 {e}" for e in skipped] + [
        f"有 {len(skipped)} 个文件读不了，已跳过；其余 {done} 个文件照常{did}，输出已写出。"
        f"改好或移出这些文件后重新运行即可（退出码 {EXIT_SKIPPED}）。"
    ]


STDIN_NAME = "标准输入"


def _stdin_named(value: object) -> object:
    """A path, or paths joined with 、, with standard input's "-" named as a user would say it."""
    parts = str(value).split("、")
    return "、".join(STDIN_NAME if p == "-" else p for p in parts) if "-" in parts else value


class KaodianError(Exception):
    """A problem with the user's input, reported without a traceback."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        # standard input (the path "-") is named as a user would say it
        shown = {k: _stdin_named(v) if k in ("path", "paths") else v for k, v in fields.items()}
        super().__init__(MESSAGES[code].format(**shown))

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"


class RuleErrors(KaodianError):
    """Every problem found in a rules or templates file, reported at once."""

    def __init__(self, problems: list[str], hint: str | None = None) -> None:
        self.problems = problems
        self.hint = hint  # one line after the problems: where the file's right shape is shown
        super().__init__("E202", where=problems[0].split(": ", 1)[0], reason="\n".join(problems))

    def __str__(self) -> str:
        return "\n".join([f"[E202] {p}" for p in self.problems] + ([self.hint] if self.hint else []))


class FileErrors(KaodianError):
    """Several files of a folder that could not be read (or the last problem that followed), reported at
    once, one ``[E…] file: …`` line each, when nothing could be made of the rest."""

    def __init__(self, errors: list[KaodianError], none_read: bool = False) -> None:
        self.errors = errors
        self.none_read = none_read  # (every file was unreadable: a last line says so, as skipped_lines does)
        first = errors[0]
        super().__init__(first.code, **first.fields)

    def __str__(self) -> str:
        last = [f"{len(self.errors)} 个文件都读不了，没有可用的材料，什么也没有做。改好或换掉这些文件后重新运行即可（退出码 1）。"] if self.none_read else []
        return "\n".join([*(str(e) for e in self.errors), *last])
