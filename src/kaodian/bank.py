"""The question bank file: one owner of its JSON form.

``dump_bank`` writes byte-identical JSON for the same questions; ``load_bank``
reads it back and refuses a file that is not a kaodian bank with a clear error.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from .errors import KaodianError
from .model import QUESTION_KINDS, Blank, Question, QuestionSource

BANK_FORMAT = "kaodian-bank/1"
# Said when a command that needs a bank gets an article or another file.
BANK_HINT = "题库文件由 kaodian generate 文章.txt -o 题库.json 生成"


def bank_to_dict(questions: list[Question] | tuple[Question, ...], diagnostics: tuple[str, ...] = ()) -> dict:
    """The bank as a JSON-ready dict: ``{"format", "questions", "diagnostics"}``."""
    return {
        "format": BANK_FORMAT,
        "questions": [asdict(q) for q in questions],
        "diagnostics": list(diagnostics),
    }


def dump_bank(questions, diagnostics: tuple[str, ...] = ()) -> str:
    """Serialize questions to JSON text; same questions give the same bytes."""
    return json.dumps(bank_to_dict(questions, diagnostics), ensure_ascii=False, indent=1) + "\n"


def _question(d: dict) -> Question:
    src = QuestionSource(**d["source"])
    return Question(
        id=d["id"],
        kind=d["kind"],
        stem=d["stem"],
        answer=tuple(d["answer"]),
        explanation=d.get("explanation", ""),
        source=src,
        options=tuple(d.get("options", ())),
        blanks=tuple(Blank(**b) for b in d.get("blanks", ())),
        accepted=tuple(tuple(a) for a in d.get("accepted", ())),
        order_free=bool(d.get("order_free", False)),
        tags=tuple(d.get("tags", ())),
        difficulty=float(d.get("difficulty", 0.5)),
        point_kind=d.get("point_kind", ""),
        template=d.get("template", ""),
    )


def load_bank(path: str | Path) -> tuple[Question, ...]:
    """Read a bank file written by ``dump_bank``.

    Raises KaodianError E302 when the file is not JSON, not a kaodian bank, or
    holds a question it cannot read.
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KaodianError("E101", path=p) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise KaodianError("E302", path=p, reason=f"不是有效的 JSON（{e}）。{BANK_HINT}") from None
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise KaodianError("E302", path=p, reason="缺少 questions 列表")
    if data.get("format", BANK_FORMAT) != BANK_FORMAT:
        raise KaodianError("E302", path=p, reason=f"格式为 {data.get('format')!r}，应为 {BANK_FORMAT}")
    out = []
    for i, d in enumerate(data["questions"], 1):
        try:
            q = _question(d)
        except (KeyError, TypeError, ValueError) as e:
            raise KaodianError("E302", path=p, reason=f"第 {i} 题缺少或有误的字段 {e}") from None
        if q.kind not in QUESTION_KINDS:
            raise KaodianError("E302", path=p, reason=f"第 {i} 题的题型 {q.kind!r} 未知")
        out.append(q)
    return tuple(out)


def is_bank_file(path: str | Path) -> bool:
    """True when the path looks like a bank (a .json file), so commands accept banks and articles alike."""
    return str(path).lower().endswith(".json")
