"""A user's lexicon extension (YAML), validated with file:line like the rules files.

    groups:
      - name: 四个意识          # optional: the numbered formulation the group spells out
        class: 提法             # optional: the class every term of the group has
        terms: [政治意识, 大局意识, 核心意识, 看齐意识]
    terms:                      # terms by class
      机构: [国家监察委员会]
      人物: [张桂梅]

Every problem of the file is reported at once (``RuleErrors``, code E202).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import RuleErrors
from .store import Group


def read_extension(path: Path, classes: dict[str, str]) -> tuple[list[Group], dict[str, str]]:
    """The groups and term classes of a user's file; raise KaodianError / RuleErrors on bad input."""
    # the rules' schema checker: one way of reporting bad YAML across the package
    from ..rules.schema import _check, _duplicate_entries, compose_file

    root = compose_file(path, "词库文件")
    if root is None:
        return [], {}
    names = tuple(classes)
    shape = {"groups": [{"name": str, "class": names, "terms": [str]}], "terms": {c: [str] for c in names}}
    problems: list[str] = []
    data = _check(root, shape, path, "词库文件", problems)
    problems += _duplicate_entries(root, path)
    group_nodes = _group_nodes(root)
    groups = []
    for node, g in zip(group_nodes, data.get("groups", [])):
        where = f"{path}:{node.start_mark.line + 1}"
        terms = tuple(t.strip() for t in g.get("terms", []) if t is not None)
        if len(set(terms)) < 2:
            problems.append(f"{where}: 一组术语至少要有两个不同的术语（terms: [甲, 乙]）")
        elif any(not t for t in terms):
            problems.append(f"{where}: 术语不能为空")
        else:
            groups.append(Group(terms, (where,), g.get("name"), g.get("class")))
    kinds = {}
    for cls, terms in data.get("terms", {}).items():
        kinds.update({t.strip(): cls for t in terms if t and t.strip()})
    if problems:
        raise RuleErrors(problems, hint="提示：词库文件的写法见 kaodian lexicon --example（打印带注释的示例）。")
    return groups, kinds


def _group_nodes(root: yaml.Node) -> list[yaml.Node]:
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if k.value == "groups" and isinstance(v, yaml.SequenceNode):
                return list(v.value)
    return []
