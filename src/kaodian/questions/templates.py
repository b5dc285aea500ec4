"""Question templates: load, validate, render.

A template is plain data in ``question_templates/*.yaml``: a list of mappings

    - id: single.term_series          # unique over all files
      point: term_series              # a point kind (model.POINT_KINDS)
      kind: single                    # a question kind (model.QUESTION_KINDS)
      stem: "{blanked}"               # placeholders from PLACEHOLDERS only
      explanation: "原文：{sentence}"  # optional

Several templates may serve the same point kind and question kind: the first
one whose placeholders all have a value for the question is used, so a
template that needs ``{heading}`` can be followed by one that makes do with
``{article}``.  Rendering substitutes names and nothing else: no attribute or
index access, no format spec, no code from the file ever runs.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from ..errors import MESSAGES, KaodianError, yaml_error
from ..model import POINT_KINDS, QUESTION_KINDS

# The names a template may use, with what they hold (documented in the README).
PLACEHOLDERS: dict[str, str] = {
    "document": "文件名",
    "article": "文章标题（无标题时为“（无题）”）",
    "source": "文章的简称：标题不长时为《标题》一文，太长时为《破折号前的主标题》一文或发文单位加文种（某大学通报）（无标题时为空）",
    "heading": "考点所在的一级标题（没有时为空）",
    "sentence": "出处原句",
    "list_lead": "列举的引导语（做好今年政府工作，要把握好以下几点；没有“以下”“下列”“如下”或与项数相符的“三点”等时为空）",
    "list_unit": "引导语数各项用的量词（点、项、个方面、条）",
    "list_where": "列举所在的引导句，只在小标题或文章标题不能单独指明这一处列举时才有（同一小标题下另有列举；引导句以“它”“对此”等指向题外的词开头时为空）",
    "list_topic": "以“是：”“包括：”等结尾、没有数词的引导语所说的列举对象（入党介绍人的主要任务；有数词时或没有这样的引导语时为空）",
    "list_topic_source": "有 list_topic 时，列举所在的文件（据《2026年某省政府工作报告》；无标题或标题太长时为空）",
    "list_article_lead": "有 list_article 时，这一条引导句的第一个分句（机关基层党组织应当加强对党员特别是党员领导干部的日常监督；太长太短或它本身预告列举时为空）",
    "list_article_name": "有 list_article 时，这一条的引导句只是列举的名称（对党员的纪律处分种类：），没有动词；否则为空",
    "list_kind_question": "按各项的样子（举措、成效）和所在之处问的整句（据《…》“…”部分，在“全面提高治理效能”方面提出了哪三项举措？；引导语、主题已说明列举或各项看不出种类时为空）",
    "list_article": "列举是条例、章程某一条的各项时，这一条（《中国共产党章程》第三十六条；不是时或标题太长时为空）",
    "list_ask": "问列举对象的说法，随引导语的动词（是什么、包括哪些、有哪些）",
    "list_question": "引导语照原文，再问一句（要把握好以下几点。这五点分别是什么？；党员必须履行下列义务。这些义务包括哪八项？；引导语说的是条件（有下列情形之一的）时为空）",
    "list_lead_single": "引导语用“下列”“以下”指各项而不数项数时，加引号作为原文的话，再问单选（“党员必须履行下列义务”。下列哪一项属于其中所说的义务？；其余为空）",
    "list_lead_has": "引导语用“下列”“以下”指各项而不数项数时，改说成“……的某某包括”（党员必须履行下列义务→党员必须履行的义务包括；其余为空）",
    "list_about": "复习题问的是什么（“毛泽东思想的活的灵魂是什么？”下的列举：毛泽东思想的活的灵魂），只在多选题的错误选项都是把各项主语与谓语交错而成的错误说法时才有",
    "list_ask_counted": "带项数的问法（包括哪些→包括哪三项，是什么→是哪三项）",
    "blanked": "出处原句，挖空处为 ______（填空题）或 （　　）（选择题）",
    "answer": "正确答案（多个时用顿号连接）",
    "items": "列举的各项或并列的各词，用分号连接",
    "count": "项数（阿拉伯数字）",
    "count_cn": "项数（汉字：三、四……）",
    "point": "考点本身的文字（提法、文件名、引语……）",
    "speaker": "引语的说话人，不带“指出”“强调”等动词（没有时为空）",
    "statement": "判断题要判断的说法",
    "truth": "判断题的正确说法（原文）",
    "change": "错误说法改动了什么（如“政治执行力”改为“政治鉴别力”）",
}

FIELDS_REQUIRED = ("id", "point", "kind", "stem")
FIELDS_OPTIONAL = ("explanation",)
DEFAULT_EXPLANATION = "原文：{sentence}"

_FORMATTER = string.Formatter()
# libyaml's loader keeps the same marks (file:line) and composes ten times faster
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Template:
    """One validated template."""

    id: str
    point: str
    kind: str
    stem: str
    explanation: str
    where: str  # file:line, for messages

    @cached_property
    def names(self) -> frozenset[str]:
        """The placeholder names the stem and explanation use."""
        return frozenset(placeholders(self.stem) + placeholders(self.explanation))


class TemplateErrors(KaodianError):
    """Every problem found in the templates, reported at once, each with file:line.

    ``problems`` are the messages; ``codes`` the code of each (E402 unless the
    problem has its own, such as E405 for a pair no generator asks).
    """

    def __init__(self, problems: list[str], codes: list[str] | None = None) -> None:
        self.problems = problems
        self.codes = codes if codes is not None else ["E402"] * len(problems)
        super().__init__("E402", problems="\n".join(problems))

    def __str__(self) -> str:
        return "\n".join(f"[{c}] {p}" for c, p in zip(self.codes, self.problems))


class _Problems(list):
    """The problems found so far, as messages, with the code of each in ``codes``."""

    def __init__(self) -> None:
        super().__init__()
        self.codes: list[str] = []

    def append(self, message: str, code: str = "E402") -> None:  # type: ignore[override]
        """Add one problem message with its code (E402 by default); returns None."""
        super().append(message)
        self.codes.append(code)


def placeholders(text: str) -> list[str]:
    """The field names of a template string (raises ValueError on bad brace syntax)."""
    return [name for _, name, _, _ in _FORMATTER.parse(text) if name is not None]


def check_template_text(text: str) -> list[str]:
    """Problems of one template string, as Chinese messages (empty when it is fine)."""
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError as e:
        return [f"花括号不成对（{e}）。字面的花括号请写成 {{{{ 或 }}}}"]
    problems = []
    for _, name, spec, conv in parsed:
        if name is None:
            continue
        if name == "":
            problems.append("占位符 {} 没有名字")
        elif conv or spec:
            problems.append(f"占位符 {{{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}}} 不能带转换或格式，只写 {{名字}}")
        elif name not in PLACEHOLDERS:
            problems.append(f"未知占位符 {{{name}}}，可用的有：{'、'.join(PLACEHOLDERS)}")
    return problems


@lru_cache(maxsize=1024)
def _parsed(text: str) -> tuple[tuple[str, str | None], ...]:
    """(literal, name) pairs of a template string, parsed once per string."""
    return tuple((literal, name) for literal, name, _, _ in _FORMATTER.parse(text))


def render(text: str, values: dict[str, str]) -> str:
    """Substitute the placeholders of a validated template string; nothing else is evaluated."""
    out = []
    for literal, name in _parsed(text):
        out.append(literal)
        if name is not None:
            out.append(values.get(name, ""))
    return "".join(out)


def default_dir() -> Path:
    """The shipped templates: inside the installed package, or the repository's folder in a checkout."""
    packaged = Path(__file__).resolve().parent.parent / "question_templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "question_templates"


def _mark(node: yaml.Node, path: Path) -> str:
    return f"{path}:{node.start_mark.line + 1}"


def _unsupported_pair(where: str, point: str, kind: str) -> str | None:
    """The E405 message when no generator asks a ``kind`` question about a ``point``, else None."""
    from .registry import GENERATORS, supported_kinds

    if (point, kind) in GENERATORS:
        return None
    supported = "、".join(f"{k}（{QUESTION_KINDS[k]}）" for k in supported_kinds(point))
    return MESSAGES["E405"].format(where=where, point=point, kind=kind, kind_name=QUESTION_KINDS[kind], supported=supported)


def _check_file(path: Path, seen: dict[str, str], problems: _Problems) -> list[Template]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(f"{path}:1: 不是 UTF-8 编码的文本。请另存为 UTF-8")
        return []
    except OSError as e:
        # a folder named x.yaml, a file without read permission, a broken link
        what = "是一个文件夹，不是模板文件" if path.is_dir() else f"无法读取（{e.strerror or e}）"
        problems.append(f"{path}:1: {what}。请移走它，或改名为不以 .yaml/.yml 结尾")
        return []
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as e:
        line, reason = yaml_error(e, text)
        problems.append(f"{path}:{line or 1}: YAML 格式错误：{reason}")
        return []
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        problems.append(f"{_mark(root, path)}: 模板文件应是一个列表，每项是一个模板（- id: …）")
        return []
    out = []
    for node in root.value:
        where = _mark(node, path)
        if not isinstance(node, yaml.MappingNode):
            problems.append(f"{where}: 每个模板应是一个映射（id、point、kind、stem、explanation）")
            continue
        fields: dict[str, str] = {}
        lines: dict[str, str] = {}
        present: set[str] = set()
        bad = False
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            kwhere = _mark(key_node, path)
            if key in present:
                problems.append(f"{kwhere}: 重复的键“{key}”（同一模板里只能写一次）")
                bad = True
                continue
            present.add(key)
            if key not in FIELDS_REQUIRED + FIELDS_OPTIONAL:
                problems.append(f"{kwhere}: 未知的键“{key}”，可用的有：{'、'.join(FIELDS_REQUIRED + FIELDS_OPTIONAL)}")
                bad = True
                continue
            if not isinstance(value_node, yaml.ScalarNode) or value_node.tag != "tag:yaml.org,2002:str":
                problems.append(f"{kwhere}: “{key}”的值应是一段文字")
                bad = True
                continue
            fields[key] = value_node.value
            lines[key] = kwhere
        for key in FIELDS_REQUIRED:
            if key not in present:
                problems.append(f"{where}: 缺少“{key}”")
                bad = True
        if bad:
            continue
        if fields["point"] not in POINT_KINDS:
            problems.append(f"{lines['point']}: 未知的考点类型“{fields['point']}”，可用的有：{'、'.join(POINT_KINDS)}")
            bad = True
        if fields["kind"] not in QUESTION_KINDS:
            problems.append(f"{lines['kind']}: 未知的题型“{fields['kind']}”，可用的有：{'、'.join(QUESTION_KINDS)}")
            bad = True
        elif fields["point"] in POINT_KINDS and (m := _unsupported_pair(lines["kind"], fields["point"], fields["kind"])):
            problems.append(m, "E405")
            bad = True
        tid = fields["id"]
        if tid in seen:
            problems.append(f"{lines['id']}: 模板 id“{tid}”重复（已在 {seen[tid]} 定义）")
            bad = True
        else:
            seen[tid] = lines["id"]
        explanation = fields.get("explanation", DEFAULT_EXPLANATION)
        for key, value in (("stem", fields["stem"]), ("explanation", explanation)):
            for p in check_template_text(value):
                problems.append(f"{lines.get(key, where)}: {key}: {p}")
                bad = True
        if not bad:
            out.append(Template(tid, fields["point"], fields["kind"], fields["stem"], explanation, where))
    return out


@dataclass(frozen=True)
class TemplateSet:
    """The templates of a folder, by point kind and question kind, in file order."""

    templates: tuple[Template, ...]

    @cached_property
    def _index(self) -> dict[tuple[str, str], tuple[Template, ...]]:
        index: dict[tuple[str, str], list[Template]] = {}
        for t in self.templates:
            index.setdefault((t.point, t.kind), []).append(t)
        return {k: tuple(v) for k, v in index.items()}

    def get(self, point: str, kind: str) -> tuple[Template, ...]:
        """The templates for one point kind and question kind, first choice first."""
        return self._index.get((point, kind), ())


def load_templates(directory: str | Path | None = None) -> TemplateSet:
    """Load and validate every ``*.yaml`` template file of a folder (the shipped ones by default).

    Raises KaodianError E401 when the folder is missing or holds no template
    file, and TemplateErrors (E402) listing every problem with file:line: bad
    YAML or fields, an unknown placeholder or kind, a duplicate id, a file that
    cannot be read, and a (point, kind) pair no generator asks (E405).
    """
    d = Path(directory) if directory is not None else default_dir()
    files = sorted(d.glob("*.yaml")) + sorted(d.glob("*.yml")) if d.is_dir() else []
    if not files:
        raise KaodianError("E401", path=d)
    problems = _Problems()
    seen: dict[str, str] = {}
    templates: list[Template] = []
    for f in files:
        templates.extend(_check_file(f, seen, problems))
    if problems:
        raise TemplateErrors(list(problems), problems.codes)
    return TemplateSet(tuple(templates))
