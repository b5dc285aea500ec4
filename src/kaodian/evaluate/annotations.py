"""Read the annotation files of an evaluation folder: X.gold.yaml, X.points.json, X.blanks.json.

Gold files annotate what extraction must find (tests/corpus/README.md);
points and blanks files say what questions must ask (the study-points README,
copied in tests/study-points/README.md):

* ``X.points.json``: ``[{"name", "anchors": [...], "items": [...]}]``, the
  points a teacher would certainly test;
* ``X.blanks.json``: ``[{"answers": [...], "sentence", "question", "bank",
  "start"}]``, what human question writers blanked (only ``answers`` and
  ``sentence`` are scored; the rest is shown in the details).

A malformed file is refused with every problem listed at once (E307).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..bank import json_error_text  # (the json module's English reasons, said in Chinese)
from ..errors import KaodianError, yaml_error


@dataclass(frozen=True)
class KeyPoint:
    """A point a teacher would certainly test: where it is stated and what a question asks for."""

    name: str
    anchors: tuple[str, ...]  # text standing in the sentence(s) that state the point
    items: tuple[str, ...]  # what a question about it asks for (members, the key term, the number)


@dataclass(frozen=True)
class HumanBlank:
    """One fill-in or choice question written by people, located in the text."""

    answers: tuple[str, ...]  # the blanked texts, each inside ``sentence``
    sentence: str  # the whole sentence of the text
    question: str = ""  # the original stem
    bank: str = ""  # which public bank it comes from


def load_gold(path: Path) -> dict:
    """A gold file as a dict; KaodianError E108 (unreadable), E201 (bad YAML) or E303 (not a mapping)."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as e:
        raise KaodianError("E108", path=path, reason=f"标注文件应是 UTF-8 的 YAML（{e.__class__.__name__}）") from None
    except yaml.YAMLError as e:
        line, reason = yaml_error(e, text)
        raise KaodianError("E201", where=f"{path}:{line}" if line else str(path), reason=reason) from None
    if not isinstance(data, dict):
        raise KaodianError("E303", path=str(path), reason="标注文件应是一个 YAML 映射（document、articles …）")
    return data


POINT_KEYS = ("name", "anchors", "items")  # the fields of a key point (docs/eval.md “给题目打分”)


def _read_list(path: Path) -> list:
    """The JSON list a points or blanks file holds; E108 when unreadable, E307 when not a JSON list."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KaodianError("E108", path=path, reason=f"应是 UTF-8 的 JSON 文件（{e.__class__.__name__}）") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise KaodianError("E307", path=str(path), problems=f"不是合法的 JSON，{json_error_text(e)}") from None
    if not isinstance(data, list):
        raise KaodianError("E307", path=str(path), problems="最外层应是一个列表 [...]")
    return data


def _strings(entry: dict, key: str, problems: list[str], where: str) -> tuple[str, ...]:
    """``entry[key]`` as a non-empty tuple of non-empty strings; a problem is recorded otherwise."""
    value = entry.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}：{key} 应是非空的字符串列表")
        return ()
    return tuple(value)


def _text_field(entry: dict, key: str, problems: list[str], where: str, required: bool) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        problems.append(f"{where}：{key} 应是{'非空的' if required else ''}字符串")
        return ""
    return value


def _objects(path: Path, shape: str, problems: list[str]):
    """The entries of a points or blanks file that are objects, each with where it stands (第 N 项);
    an entry of another type is a problem, said with the ``shape`` it should have."""
    for i, entry in enumerate(_read_list(path), 1):
        where = f"第 {i} 项"
        if isinstance(entry, dict):
            yield where, entry
        else:
            problems.append(f"{where}：应是一个对象 {shape}")


def _raise_any(path: Path, problems: list[str]) -> None:
    if problems:
        raise KaodianError("E307", path=str(path), problems="；".join(problems))


def load_points(path: Path) -> tuple[KeyPoint, ...]:
    """The key points of a points file; KaodianError E307 listing every malformed entry."""
    problems: list[str] = []
    points = []
    for where, entry in _objects(path, "{name, anchors, items}", problems):
        # a misspelt key (item for items) would otherwise be reported only as the right key missing
        problems += [f"{where}：未知的键“{k}”（可用：{'、'.join(POINT_KEYS)}）" for k in entry if k not in POINT_KEYS]
        name = _text_field(entry, "name", problems, where, required=True)
        points.append(KeyPoint(name, _strings(entry, "anchors", problems, where), _strings(entry, "items", problems, where)))
    _raise_any(path, problems)
    return tuple(points)


def load_blanks(path: Path) -> tuple[HumanBlank, ...]:
    """The human blanks of a blanks file; KaodianError E307 listing every malformed entry.

    Every answer must stand in its sentence: an answer that does not cannot be
    scored against the questions of that sentence.
    """
    problems: list[str] = []
    blanks = []
    for where, entry in _objects(path, "{answers, sentence, …}", problems):
        sentence = _text_field(entry, "sentence", problems, where, required=True)
        answers = _strings(entry, "answers", problems, where)
        problems += [f"{where}：答案“{a}”不在 sentence 里" for a in answers if sentence and a not in sentence]
        question = _text_field(entry, "question", problems, where, required=False)
        bank = _text_field(entry, "bank", problems, where, required=False)
        blanks.append(HumanBlank(answers, sentence, question, bank))
    _raise_any(path, problems)
    return tuple(blanks)
