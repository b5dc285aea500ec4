"""Load rule files and validate them, reporting every problem with file:line.

PyYAML keeps the last of two duplicate keys silently, so the file is read
with ``yaml.compose`` (which keeps node marks) and walked once: duplicate
keys, unknown keys, wrong types and regexes that do not compile are all
collected and raised together as one ``RuleErrors``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import KaodianError, RuleErrors, yaml_error
from ..fileio import os_reason

# key -> expected shape; "re" is a regex string, ["re"] a list of them
ENUM_KEYS = {
    "id": str, "marker": str, "pattern": "re", "sequence": [str], "at": ("clause", "sentence", "paragraph"), "after": "re", "glued": bool, "glued_opens": bool, "counted_repeat": "re", "repeats": [str], "frame_paragraphs": int,
}
SCHEMA: dict[str, Any] = {
    "enumerations": [ENUM_KEYS],
    "quotes": {
        "speech_before": "re",
        "addressed_before": "re",
        "speaker_before": "re",
        "speaker_after": "re",
        "reported_before": "re",
        "said_after": "re",
        "defined_before": "re",
        "aside_before": "re",
        "doubted_before": "re",
        "doubted_after": "re",
        "mentioned_before": "re",
        "view_after": "re",
        "word_defined_after": "re",
        "compound_after": "re",
        "word_mentioned_after": "re",
        "claim_opens": "re",
        "claim_before": "re",
        "claim_after": "re",
        "irony_before": "re",
        "self_styled_before": "re",
        "concessive_before": "re",
        "modifier_tags": [str],
        "word_defined_max": int,
        "min_quote_chars": int,
        "statement_chars": int,
        "spoken": "re",
        "verse": "re",
        "placeholder": "re",
        "max_formulation_chars": int,
        "max_formulation_clauses": int,
        "min_formulation_chars": int,
    },
    "numbered_formulation": ["re"],
    "numbered_formulation_not": ["re"],
    "term_series": {
        "min_terms": int,
        "max_term_chars": int,
        "last_joiners": [str],
        "leading_words": [str],
        "governing_verbs": [str],
        "trailing_words": [str],
        "clause_joints": [str],
        "non_joiners": [str],
        "clause_words": [str],
        "never_first": [str],
        "term_after": [str],
        "max_length_ratio": int,
        "long_list_terms": int,
        "count_classifiers": [str],
        "slogan_min_chars": int,
        "list_ends": [str],
        "frame_nouns": [str],
        "actor_nouns": [str],
    },
    "facts": {"date": "re", "quantity": "re"},
    "figures": {k: "re" for k in ("point_date", "narrative", "place", "cutoff", "target_before", "target_after", "count", "attendance", "rule", "tally", "occasion", "base_before", "base_after", "level_from", "level_to", "name_before", "name_after", "plan_label", "sector", "headline", "career", "rate", "plan", "target_past", "indicator", "planned")},
    "statements": ["re"],
    "concepts": {
        "scores": {k: float for k in (
            "base", "subject_is", "subject_verb", "governed", "yi_wei", "before_category", "category_clause",
            "predicate", "predicate_head", "clause_end", "final_verb", "number", "quoted", "recurring", "ubiquitous",
            "value", "topic", "as_role", "governed_series", "qualified_subject",
        )},
        "key_sentence": float,
        "lead_sentence": float,
        "lead_sentences": int,
        "lead_narrative": "re",
        "rule_clauses": ["re"],
        "clause_sentence": int,
        "per_sentence": int,
        "second_point": [str],
        "min_chars": int,
        "max_chars": int,
        "recurring_min": int,
        "recurring_max": int,
        "categories": [str],
        "governing": [str],
        "series_takers": [str],
        "agents": [str],
        "agent_verbs": [str],
        "modal": [str],
        "generic": [str],
        "not_copula": [str],
        "numeral_units": [str],
        "numeral_alone_units": [str],
        "qualities": [str],
        "value_cues": [str],
        "value_heads": [str],
        "defined_heads": [str],
        "value_verbs": [str],
        "placing_verbs": [str],
        "clause_verbs": [str],
        "speech_verbs": [str],
    },
    "lists": {
        "min_items": int,
        "max_item_chars": int,
        "opening_chars": int,
        "head_chars": int,
        "dash": "re",
        "announce": "re",
        "colon_lead": "re",
        "counted_colon": "re",
        "colon_terms_max": int,
        "colon_terms_not_after": "re",
    },
    "importance": {
        "kinds": {k: float for k in (
            "enumeration", "list", "term_series", "formulation", "quote", "document", "fact", "statement",
        )},
        "cued_statement": float,
        "defining": float,
        "defining_roles": [str],
        "numbered": float,
        "known_series": float,
        "parallel_series": float,
        "parallel_min": int,
        "parallel_names": {"classes": [str], "tags": [str], "tails": [str]},
        "counted_list": float,
        "text_parts": float,
        "counted": "re",
        "short_terms": float,
        "narrative_figure": float,
        "minor_figure": float,
        "long_items": float,
        "long_item_chars": int,
        "laid_down": "re",
        "career": float,
        "rule_figure": float,
        "figure": "re",
        "attributed": float,
        "attribution": "re",
        "case_list": float,
        "cases": "re",
        "qualified": float,
        "qualifying": "re",
        "answers_label": float,
        "label_line": "re",
        "label_chars": int,
        "label_echo": int,
        "article_line": "re",
        "short_chars": int,
        "section_lead": float,
        "article_edge": float,
        "recurring": float,
        "recurring_max": float,
        "ubiquitous_min": int,
        "ubiquitous": float,
        "parallel_series": float,
        "parallel_min": int,
    },
}
REQUIRED_ENUM = ("id", "marker", "pattern")



# What Python's re says of a pattern it cannot compile, said in Chinese (a teacher edits these files); the
# position is the character of the pattern, counted from 0 as re counts it.
_REGEX_REASONS = (
    ("missing ), unterminated subpattern", "左括号“(”没有配对的右括号“)”"),
    ("unbalanced parenthesis", "多了一个右括号“)”"),
    ("unterminated character set", "方括号“[”没有配对的“]”"),
    ("nothing to repeat", "“*”“+”“?”或“{}”前面没有可重复的内容"),
    ("multiple repeat", "量词重复了（如“**”“+?+”）"),
    ("bad escape", "反斜杠“\\”后面的转义写错了"),
    ("unknown extension", "“(?”后面的写法不认识"),
    ("look-behind requires fixed-width pattern", "“(?<=…)”“(?<!…)”里的内容长度必须固定"),
    ("bad character range", "方括号里的字符范围前后颠倒了"),
)


def regex_reason(e: re.error) -> str:
    """Why re could not compile a pattern, in Chinese where the reason is a common one (else re's own words),
    with the position re gives."""
    msg = str(e.msg)
    said = next((zh for en, zh in _REGEX_REASONS if msg.startswith(en)), msg)
    return said if e.pos is None else f"{said}（在第 {e.pos + 1} 个字符处）"

def _where(path: Path, node: yaml.Node) -> str:
    return f"{path}:{node.start_mark.line + 1}"


def _check(node: yaml.Node, shape: Any, path: Path, key: str, problems: list[str]) -> Any:
    """Convert a node to Python data while checking it against ``shape``."""
    where = _where(path, node)
    if isinstance(shape, dict):
        if not isinstance(node, yaml.MappingNode):
            problems.append(f"{where}: “{key}” 应写成“键: 值”的几行（映射），不是列表或单个值")
            return {}
        out: dict[str, Any] = {}
        for k_node, v_node in node.value:
            k = k_node.value
            if k in out:
                problems.append(f"{_where(path, k_node)}: 重复的键“{k}”")
                continue
            if k not in shape:
                known = "、".join(shape)
                problems.append(f"{_where(path, k_node)}: 未知的键“{k}”（可用：{known}）")
                continue
            out[k] = _check(v_node, shape[k], path, k, problems)
        return out
    if isinstance(shape, list):
        if not isinstance(node, yaml.SequenceNode):
            problems.append(f"{where}: “{key}” 应为列表")
            return []
        # an item is named as one: “groups 的一项”, not “groups”, which is a list and rightly so
        return [_check(item, shape[0], path, f"{key} 的一项", problems) for item in node.value]
    if not isinstance(node, yaml.ScalarNode):
        problems.append(f"{where}: “{key}” 应为单个值")
        return None
    value = yaml.safe_load(yaml.serialize(node)) if node.tag != "tag:yaml.org,2002:str" else node.value
    if shape == "re":
        try:
            re.compile(str(value))
        except re.error as e:
            problems.append(f"{where}: “{key}” 的正则表达式无法编译：{regex_reason(e)}")
        return str(value)
    if isinstance(shape, tuple):
        if value not in shape:
            problems.append(f"{where}: “{key}” 只能是 {' 或 '.join(shape)}，而不是“{value}”")
        return value
    if shape is int and not (isinstance(value, int) and not isinstance(value, bool)):
        problems.append(f"{where}: “{key}” 应为整数")
        return 0
    if shape is float and not (isinstance(value, (int, float)) and not isinstance(value, bool)):
        problems.append(f"{where}: “{key}” 应为数")
        return 0.0
    if shape is str:
        return str(value)
    return value


def load_trusted(path: Path) -> dict[str, Any]:
    """A shipped policy file, parsed without validation (the tests validate it with ``load_rule_file``
    or ``check_tree``): libyaml's loader alone."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def load_rule_file(path: Path) -> dict[str, Any]:
    """Read and validate one rules file; raise RuleErrors listing every problem."""
    root = compose_file(path)
    if root is None:
        return {}
    data, problems = check_tree(root, SCHEMA, path)
    for node, item in zip(_enum_nodes(root), data.get("enumerations", [])):
        problems += _check_family(path, node, item)
    if problems:
        raise RuleErrors(problems)
    return data


def compose_file(path: Path, kind: str = "规则文件") -> yaml.Node | None:
    """A YAML file's node tree, marks kept; raises KaodianError (E101, E108, E201).  ``kind`` names the
    file in the message of one that is not UTF-8 (规则文件, 词库文件)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        # (a missing --rules file is no missing article: say which file the command could not find)
        raise KaodianError("E111", path=path, kind=kind) from None
    except UnicodeDecodeError as e:
        # a rules file saved by Notepad "ANSI" or WPS is GBK: said in Chinese, with the fix
        raise KaodianError("E108", path=path, reason=f"{kind}不是 UTF-8 编码（第 {e.start + 1} 个字节起）。请另存为 UTF-8 后再试") from None
    except OSError as e:
        raise KaodianError("E108", path=path, reason=os_reason(e)) from None
    try:
        # libyaml's parser when present: it keeps the marks and is ten times faster
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        line, reason = yaml_error(e, text)
        raise KaodianError("E201", where=f"{path}:{line}" if line else str(path), reason=reason) from None
    return root


def load_policy_file(path: Path, schema: dict[str, Any]) -> dict[str, Any]:
    """A policy file of the question stages (falsehood.yaml, reject_shapes.yaml) read and checked against
    ``schema``, which names every key it must have.  Raises KaodianError (E101, E108, E201: bad YAML, with
    file:line) or RuleErrors listing every problem with file:line: a missing, unknown or duplicate key,
    a value of the wrong type, a regex that does not compile."""
    root = compose_file(path)
    if root is None:
        raise RuleErrors([f"{path}:1: 文件是空的，应有这些键：{'、'.join(schema)}"])
    data, problems = check_tree(root, schema, path)
    if isinstance(root, yaml.MappingNode):
        given = {k.value for k, _ in root.value}
        problems += [f"{path}:1: 缺少键“{k}”" for k in schema if k not in given]
    if problems:
        raise RuleErrors(problems)
    return data


def check_tree(root: yaml.Node, schema: dict[str, Any], path: Path) -> tuple[dict[str, Any], list[str]]:
    """The data of a node tree checked against ``schema``, and every problem found (file:line each)."""
    problems: list[str] = []
    data = _check(root, schema, path, "规则文件", problems)
    problems += _duplicate_entries(root, path)
    return data, problems


def _check_family(path: Path, node: yaml.MappingNode, item: dict[str, Any]) -> list[str]:
    """An enumeration family must name its ordinal: group n, or group w with its sequence of words."""
    where = _where(path, node)
    missing = [f"{where}: 列举规则缺少“{req}”" for req in REQUIRED_ENUM if req not in item]
    if missing:
        return missing
    try:
        groups = re.compile(item["pattern"]).groupindex
    except re.error:
        return []  # already reported
    if "sequence" in item:
        if "w" not in groups:
            return [f"{where}: 列举规则“{item['id']}”给了 sequence，pattern 需要命名组 (?P<w>…) 捕获其中的词"]
        return []
    if "n" not in groups:
        return [f"{where}: 列举规则“{item['id']}”的 pattern 需要命名组 (?P<n>…) 捕获序号，或给出 sequence"]
    return []


def _duplicate_entries(node: yaml.Node, path: Path) -> list[str]:
    """The same word twice in one list is a slip (PyYAML would keep both silently)."""
    out = []
    if isinstance(node, yaml.MappingNode):
        for _, v in node.value:
            out += _duplicate_entries(v, path)
    elif isinstance(node, yaml.SequenceNode):
        seen: set[str] = set()
        for item in node.value:
            if isinstance(item, yaml.ScalarNode):
                if item.value in seen:
                    out.append(f"{_where(path, item)}: 列表里重复的条目“{item.value}”")
                seen.add(item.value)
            else:
                out += _duplicate_entries(item, path)
    return out


def _enum_nodes(root: yaml.Node) -> list[yaml.MappingNode]:
    if not isinstance(root, yaml.MappingNode):
        return []
    for k, v in root.value:
        if k.value == "enumerations" and isinstance(v, yaml.SequenceNode):
            return [n for n in v.value if isinstance(n, yaml.MappingNode)]
    return []


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """A user's rules on top of the shipped ones: lists are appended, scalars replace."""
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, list):
            out[k] = list(out.get(k, [])) + v
        elif isinstance(v, dict):
            out[k] = merge(out.get(k, {}), v)
        else:
            out[k] = v
    return out
