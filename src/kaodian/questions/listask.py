"""How a list is asked: its count said (三项, 包括哪三项), a quoted lead's quotes, and a study sheet's heading
over the list as the question itself (sheet_heads.yaml): 第五章：革命道德的基本内容 -> 革命道德的基本内容
包括哪五项？; 如何理解道德的本质？ -> asked as it stands.  Policy (the chapter label, the question and aspect
words) is in sheet_heads.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..numerals import numeral
from ..rules.schema import load_policy_file
from .drafting import Ctx
from .labels import heading_with_thing
from .policy import POLICY

_INNER = str.maketrans("“”", "‘’")
_OUTER = str.maketrans("‘’", "“”")

# What sheet_heads.yaml holds; every key is required.
SCHEMA = {"chapter": "re", "question": "re", "aspect_end": "re", "task_open": "re", "max_chars": int, "instruction": "re",
          "possessive": "re"}


@lru_cache(maxsize=1)
def _policy() -> dict:
    data = load_policy_file(Path(__file__).with_name("sheet_heads.yaml"), SCHEMA)
    return {k: re.compile(v) if isinstance(v, str) else v for k, v in data.items()}


def sheet_ask(line: str, counted: str, ask: str) -> tuple[str, str, str] | None:
    """How a list under ``line`` is asked when the line reads as a sheet's heading, as (list name, its ask,
    whole question): a question as it stands with the items ``counted`` (三项) -> ("", "", 如何…？（写出三项）);
    an aspect's name -> (某某的基本内容, ``ask``, ""); else None."""
    pol = _policy()
    text = pol["chapter"].sub("", line.strip()).strip()
    if not text or len(text) > pol["max_chars"] or re.search(r"[。；！]", text.rstrip("？?")) or pol["task_open"].match(text):
        return None
    if pol["question"].search(text):
        return "", "", f"{text if text[-1] in '？?' else text + '？'}（写出{counted}）"
    if pol["aspect_end"].search(text) and "的" in text and not re.search(r"[，、：:,]", text):
        return pol["possessive"].sub("的", text, count=1), ask, ""
    return None


def count_word(n: int) -> str:
    """``n`` as said before a measure word (两点, 三项; never 二点)."""
    return "两" if n == 2 else numeral(n)


def _counted(ask: str, n: int, unit: str) -> str:
    """How a question asks for a named list of ``n`` items with its count (包括哪些 -> 包括哪三项, 是什么 ->
    是哪三项): a reader knows how many points the answer holds."""
    which = f"哪{count_word(n)}{unit}"
    return ask.replace("哪些", which).replace("是什么", f"是{which}") if ask else ""


def outer_quotes(text: str) -> str:
    """``text`` with ‘ ’ made “ ” again: a list's name as a topic stands unquoted in its stem (“十五五”时期的主要
    目标任务包括哪五项？; session 18's blind teachers: 题干引号用‘’不规范)."""
    return text.translate(_OUTER)


def inner_quotes(text: str) -> str:
    """``text`` with its “ ” made ‘ ’: the templates quote a heading or lead in “ ” (关于“坚定捍卫‘两个确立’…”)."""
    return text.translate(_INNER)


def asked_name(title: str) -> str:
    """``title`` without the exam instruction it opens with (谈谈理想信念的重要意义 -> 理想信念的重要意义); ""
    when it is nothing but an instruction (结合自身实际)."""
    return _policy()["instruction"].sub("", title.strip(), count=1).strip("，,。 ")


def _without_instruction(ctx: Ctx, v: dict[str, str]) -> dict[str, str]:
    """The values ``v`` with the title that names the list (quoted place, item above, heading) said
    without its exam instruction, where something is left of it."""
    p, out = ctx.point, dict(v)
    heading = v.get("heading") or (inner_quotes(heading_with_thing(ctx.doc, p.article, p.section, p.heading)) if p.heading else "")
    for k, title in (("list_where", v["list_where"]), ("list_parent", v["list_parent"]), ("heading", heading)):
        # (应如何走在… has no subject without what the instruction followed: left as the text says it)
        if title and (bare := asked_name(title)) and bare != title and not bare.startswith(("应", "要", "需", "该")):
            out[k] = bare
    return out


def sheet_values(ctx: Ctx, v: dict[str, str]) -> dict[str, str]:
    """The template values ``v`` of a list that nothing names but where it stands, asked by that place when
    it is a study sheet's heading: 如何理解…？（写出三项）, 某某的基本内容包括哪三项 (session 14's blind teacher:
    关于“第X章：…”，文章并列了哪几项 is a tool's template, 需改为正常问法)."""
    p, v = ctx.point, _without_instruction(ctx, v)
    if v["list_lead"] or v["list_topic"]:
        return v
    # a list under an outline's item that is itself a sheet's heading (6. 某理论体系的主要内容 / 1】… / 2】…)
    # is asked by that item the same way (session 15's blind teachers: 关于“…”列举了哪四点 含糊); the item
    # keeps naming the list in an ordering stem when it asks a question (heading)
    line = v["list_parent"] or v["list_where"] or (p.heading and heading_with_thing(ctx.doc, p.article, p.section, p.heading)) or ""
    if not (sheet := sheet_ask(line, count_word(len(p.items)) + v["list_unit"], POLICY["title_lead_ask"])):
        return v
    named, ask, question = sheet
    return v | {"list_where": "", "list_topic": outer_quotes(named), "list_ask": ask,
                "list_ask_counted": _counted(ask, len(p.items), v["list_unit"]), "list_question": question}
