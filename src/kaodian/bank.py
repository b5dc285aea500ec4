"""The question bank file: one owner of its JSON form.

``dump_bank`` writes byte-identical JSON for the same questions; ``load_bank``
reads it back and refuses a file that is not a kaodian bank with a clear error.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Sequence

from .bank_edits import follow_edits
from .chars import HAN
from .errors import KaodianError
from .model import QUESTION_KINDS, Bank, Blank, Extraction, Question, QuestionSource

BANK_FORMAT = "kaodian-bank/1"
# Said when a command that needs a bank gets an article or another file.
BANK_HINT = "题库文件由 kaodian generate 文章.txt -o 题库.json 生成"


def question_to_dict(q: Question) -> dict:
    """One question as JSON-ready data, the form the bank file and the wrong-answer book store.

    ``asdict``'s result, field for field, built without its deep copy (a third of writing a large
    bank): tuples stay tuples, which JSON writes as the lists ``asdict`` would give."""
    d = dict(vars(q))
    d["source"] = dict(vars(q.source))
    d["blanks"] = [dict(vars(b)) for b in q.blanks]
    return d


# Diagnostics a bank file keeps: a report gives about 800, a library of a year's material or a text pasted
# many times tens of thousands (an 11 MB input wrote 31 MB of them after 4 MB of questions, in the file a
# teacher edits by hand).  `generate --verbose` still prints every one.
DIAGNOSTICS_KEPT = 2000


def kept_diagnostics(diagnostics: Sequence[str]) -> list[str]:
    """The diagnostics a bank file holds: the first ``DIAGNOSTICS_KEPT``, and a line saying how many more
    ``--verbose`` prints."""
    if len(diagnostics) <= DIAGNOSTICS_KEPT:
        return list(diagnostics)
    more = len(diagnostics) - DIAGNOSTICS_KEPT
    return [*diagnostics[:DIAGNOSTICS_KEPT], f"另有 {more} 条说明未写入题库文件；出题时加 --verbose 可全部打印。"]


def bank_to_dict(questions: list[Question] | tuple[Question, ...], diagnostics: tuple[str, ...] = ()) -> dict:
    """The bank as a JSON-ready dict: ``{"format", "questions", "diagnostics"}``."""
    return {
        "format": BANK_FORMAT,
        "questions": [question_to_dict(q) for q in questions],
        "diagnostics": kept_diagnostics(diagnostics),
    }


def dump_bank(questions, diagnostics: tuple[str, ...] = ()) -> str:
    """Serialize questions to JSON text; same questions give the same bytes.

    The bytes of ``json.dumps(..., ensure_ascii=False, indent=1)``, written by ``_indented``: with an
    indent the standard library encodes in pure Python through generators, three times slower, and a
    library's bank is thousands of questions."""
    # the shape of bank_to_dict, written a question at a time: the pieces of one question are joined
    # before the next is turned into a dict, so a library's bank of thousands never stands as millions
    # of small strings at once (they were most of a 30 MB library's peak memory)
    out = ["{\n " + _STRING("format") + ": " + _STRING(BANK_FORMAT) + ",\n " + _STRING("questions") + ": "]
    out.append(_items((_joined(question_to_dict(q), "\n  ") for q in questions), "\n "))
    out.append(",\n " + _STRING("diagnostics") + ": ")
    out.append(_items(map(_STRING, kept_diagnostics(diagnostics)), "\n "))
    out.append("\n}\n")
    return "".join(out)


def _joined(o: object, newline: str) -> str:
    """``o`` as ``_indented`` writes it at the depth ``newline`` says, as one string."""
    out: list[str] = []
    _indented(o, newline, out)
    return "".join(out)


def _items(encoded, newline: str) -> str:  # noqa: ANN001 — an iterable of encoded items
    """A JSON list of already encoded items, as ``_indented`` writes a list at the depth ``newline`` says."""
    inner = newline + " "
    body = ("," + inner).join(encoded)
    return "[" + inner + body + newline + "]" if body else "[]"


_STRING = json.encoder.encode_basestring  # the C encoder of a string when it is available, as json.dumps uses


def _indented(o: object, newline: str, out: list[str]) -> None:
    """Append ``o`` as ``json.dumps(o, ensure_ascii=False, indent=1)`` writes it at the depth ``newline`` says."""
    if isinstance(o, str):
        out.append(_STRING(o))
    elif o is None or o is True or o is False:
        out.append("null" if o is None else "true" if o else "false")
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        out.append(json.dumps(o))  # nan, infinities and repr as the encoder spells them
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        inner = newline + " "
        out.append("{")
        for n, (k, v) in enumerate(o.items()):
            out.append(("," if n else "") + inner + _STRING(k) + ": ")
            _indented(v, inner, out)
        out.append(newline + "}")
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        inner = newline + " "
        out.append("[")
        for n, v in enumerate(o):
            out.append(("," if n else "") + inner)
            _indented(v, inner, out)
        out.append(newline + "]")
    else:
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def _field(d: dict, name: str, kind: type | tuple[type, ...], default: object = ...) -> object:
    """``d[name]`` checked against ``kind``; ValueError naming the field when it is missing or of another type."""
    if name not in d:
        if default is ...:
            raise ValueError(f"缺少字段 {name}")
        return default
    value = d[name]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    # JSON true/false are Python bools, and bool is an int: not a number here
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        shown = "null" if value is None else type(value).__name__
        raise ValueError(f"字段 {name} 的类型有误（{shown}）")
    return value


def _strings(d: dict, name: str, required: bool = False) -> tuple[str, ...]:
    items = _field(d, name, (list, tuple), ... if required else [])
    if not all(isinstance(x, str) for x in items):
        raise ValueError(f"字段 {name} 应是字符串列表")
    return tuple(items)


def question_from_dict(d: object) -> Question:
    """A question from ``question_to_dict`` data, every field type-checked.

    Raises ValueError naming the field that is missing or of the wrong type.
    """
    if not isinstance(d, dict):
        raise ValueError("题目应是一个对象")
    src = _field(d, "source", dict)
    try:
        source = QuestionSource(
            document=_field(src, "document", str),
            article=_field(src, "article", str),
            heading=_field(src, "heading", (str, type(None)), None),
            sentence=_field(src, "sentence", str),
            start=_field(src, "start", int),
            end=_field(src, "end", int),
        )
    except ValueError as e:
        raise ValueError(f"source 的{e}") from None
    blanks = []
    for b in _field(d, "blanks", (list, tuple), []):
        if not isinstance(b, dict):
            raise ValueError("字段 blanks 应是对象列表")
        blanks.append(Blank(text=_field(b, "text", str), start=_field(b, "start", int), end=_field(b, "end", int)))
    accepted = _field(d, "accepted", (list, tuple), [])
    if not all(isinstance(a, (list, tuple)) and all(isinstance(x, str) for x in a) for a in accepted):
        raise ValueError("字段 accepted 应是字符串列表的列表")
    return Question(
        id=_field(d, "id", str),
        kind=_field(d, "kind", str),
        stem=_field(d, "stem", str),
        answer=_strings(d, "answer", required=True),
        explanation=_field(d, "explanation", str, ""),
        source=source,
        options=_strings(d, "options"),
        blanks=tuple(blanks),
        accepted=tuple(tuple(a) for a in accepted),
        order_free=_field(d, "order_free", bool, False),
        tags=_strings(d, "tags"),
        difficulty=float(_field(d, "difficulty", (int, float), 0.5)),
        point_kind=_field(d, "point_kind", str, ""),
        template=_field(d, "template", str, ""),
    )


# The json module's reasons (its messages are fixed English strings), said in Chinese.
JSON_REASONS = {
    "Expecting value": "这里应有一个值",
    "Expecting property name enclosed in double quotes": "这里应有用双引号括起的键名",
    "Expecting ',' delimiter": "这里缺少逗号",
    "Expecting ':' delimiter": "这里缺少冒号",
    "Unterminated string starting at": "字符串缺少结尾的双引号",
    "Invalid control character at": "字符串里有不可见的控制字符（如未转义的换行）",
    "Invalid \\escape": "反斜杠转义写法有误",
    "Invalid \\uXXXX escape": "\\u 转义写法有误",
    "Extra data": "JSON 结束后还有多余的内容",
    "Illegal trailing comma before end of object": "} 前多了一个逗号",
    "Illegal trailing comma before end of array": "] 前多了一个逗号",
}


def json_error_text(e: json.JSONDecodeError) -> str:
    """Where the JSON is broken and why, in Chinese: 第 3 行第 5 列：这里缺少逗号 (never the json module's English)."""
    if not e.doc.strip():
        return "文件是空的"
    if comma := _trailing_comma(e):  # (the json module reads it as a missing value after the comma)
        return comma
    reason = JSON_REASONS.get(e.msg, "格式有误")
    return f"第 {e.lineno} 行第 {e.colno} 列：{reason}"


def _trailing_comma(e: json.JSONDecodeError) -> str | None:
    """A comma left before ] or } (a question deleted by hand with the comma before it kept), said at the
    comma's own line, or None."""
    if e.msg not in ("Expecting value", "Expecting property name enclosed in double quotes") \
            or e.doc[e.pos:e.pos + 1] not in ("]", "}"):
        return None
    before = e.doc[:e.pos].rstrip()
    if not before.endswith(","):
        return None
    line = before.count("\n") + 1
    return f"第 {line} 行末多了一个逗号（{e.doc[e.pos]} 前不能有逗号），删去它"


def load_bank(path: str | Path, notes: list[str] | None = None) -> tuple[Question, ...]:
    """The questions of a bank file (``read_bank``); raises as ``read_bank``."""
    return read_bank(path, notes).questions


def read_bank(path: str | Path, notes: list[str] | None = None) -> Bank:
    """Read a bank file written by ``dump_bank``, its questions and diagnostics, with a teacher's hand edits
    followed (``bank_edits``: a cloze answer typed over moves its blank, lower-case option letters are read as
    capitals); what was followed is added to ``notes`` when given.

    Raises KaodianError E302 when the file is not JSON, not a kaodian bank, or
    holds a question it cannot read.
    """
    p = Path(path)
    try:
        # utf-8-sig: a bank saved by Windows Notepad starts with a BOM
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise KaodianError("E101", path=p) from None
    except IsADirectoryError:
        raise KaodianError("E302", path=p, reason=f"这是一个文件夹。{BANK_HINT}") from None
    except PermissionError:
        raise KaodianError("E108", path=p, reason="没有读权限") from None
    except OSError as e:
        from .fileio import os_reason

        raise KaodianError("E108", path=p, reason=os_reason(e)) from None
    except UnicodeDecodeError as e:
        raise KaodianError("E302", path=p, reason=f"不是 UTF-8 编码的文本（第 {e.start + 1} 个字节）。{BANK_HINT}") from None
    except json.JSONDecodeError as e:
        if '"questions"' in e.doc:  # (a bank edited by hand)
            raise KaodianError("E313", path=p, where=json_error_text(e)) from None
        raise KaodianError("E302", path=p, reason=f"不是有效的 JSON，{json_error_text(e)}。{BANK_HINT}") from None
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise KaodianError("E302", path=p, reason="缺少 questions 列表")
    if data.get("format", BANK_FORMAT) != BANK_FORMAT:
        raise KaodianError("E302", path=p, reason=f"格式为 {data.get('format')!r}，应为 {BANK_FORMAT}")
    out = []
    for i, d in enumerate(data["questions"], 1):
        try:
            q = question_from_dict(d)
        except ValueError as e:
            name = f"（{d['id']}）" if isinstance(d, dict) and isinstance(d.get("id"), str) else ""
            raise KaodianError("E302", path=p, reason=f"第 {i} 题{name}：{e}") from None
        if q.kind not in QUESTION_KINDS:
            raise KaodianError("E302", path=p, reason=f"第 {i} 题的题型 {q.kind!r} 未知")
        q, followed = follow_edits(q)
        if notes is not None:
            notes.extend(followed)
        out.append(q)
    said = data.get("diagnostics", [])
    return Bank(tuple(out), tuple(d for d in said if isinstance(d, str)) if isinstance(said, list) else ())


def is_bank_file(path: str | Path) -> bool:
    """True when the path looks like a bank (a .json file), so commands accept banks and articles alike."""
    return str(path).lower().endswith(".json")


def check_not_empty(bank: Bank, extractions: Sequence[Extraction], kinds: Iterable[str] | None = None) -> None:
    """Refuse an empty bank before it is written: a 0-question bank file only fails later.

    Raises KaodianError E305 when the inputs hold no point at all (saying so
    when they hold no Chinese), E306 when points were found but none gives a
    question of the requested ``kinds``.
    """
    if bank.questions:
        return
    names = "、".join(e.document.name for e in extractions) or "输入"
    points = sum(len(e.points) for e in extractions)
    if points and kinds:
        raise KaodianError("E306", paths=names, points=points, kinds="、".join(QUESTION_KINDS[k] for k in kinds))
    if not any(re.search(f"[{HAN}]", e.document.text) for e in extractions):
        reason = "文件里没有中文（可能是英文或其他语言的材料），"
    elif points:
        reason = "找到的考点都出不了题，"
    else:
        reason = "文件里没有列举要点、提法、术语并列或引语，"
    raise KaodianError("E305", paths=names, reason=reason)


def most_important(questions: Sequence[Question], n: int) -> tuple[Question, ...]:
    """The ``n`` most important questions of a bank: what ``--limit n`` keeps and ``kaodian eval`` scores as 前 n 题.

    The first ``n`` in bank order: ``questions/select.py`` orders a bank by importance (each point asked
    once before any is asked again), so the head of the bank is what matters most.  Everything that limits
    a bank (``--limit``, ``eval``'s 前 60 题) goes through here.
    """
    return tuple(questions[:n])
