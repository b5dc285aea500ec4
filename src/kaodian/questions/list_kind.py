"""What kind of items a list holds (举措, 成效), read from their shape, and the natural recall question that says
it with the list's place: 据《某报告》“‘十五五’时期主要目标任务”部分，在“全面提高治理效能”方面提出了哪三项举措？
(session 31's blind teachers: 关于“…”，《…》一文列举了哪三项 is stiff, says neither the part nor what is asked).
Policy (the shapes, nouns and verbs) is in list_kind.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import segment
from ..rules.schema import load_policy_file
from .listask import count_word

SCHEMA = {"result": "re", "result_noun": str, "result_ask": str, "demand_open": "re", "demand_noun": str, "demand_ask": str,
          "measure_open": "re", "measure_tags": [str], "measure_noun": str,
          "measure_ask": str, "item_max": int}


@lru_cache(maxsize=1)
def _policy() -> dict:
    data = load_policy_file(Path(__file__).with_name("list_kind.yaml"), SCHEMA)
    return {k: re.compile(v) if k in ("result", "demand_open", "measure_open") else v for k, v in data.items()}


def item_kind(items: tuple[str, ...]) -> tuple[str, str]:
    """The (verb, counted noun) a question asks ``items`` with: (取得了, 项成效) when every item is a thing and
    how it changed, (提出了, 项要求) when every item opens with a modal (要有韧劲), (提出了, 项举措) when every item
    opens with a verb of doing; ("", "") when the items are
    mixed, passages, or of no kind the policy knows."""
    pol = _policy()
    bare = [i.strip().rstrip("。；;") for i in items]
    if not bare or any(len(i) > pol["item_max"] or re.search(r"[，,；;：:]", i) for i in bare):
        return "", ""
    if all(pol["result"].match(i) for i in bare):
        return pol["result_ask"], pol["result_noun"]
    if all(pol["demand_open"].match(i) for i in bare):
        return pol["demand_ask"], pol["demand_noun"]
    if all(pol["measure_open"].match(i) or _verb_led(i, pol["measure_tags"]) for i in bare):
        return pol["measure_ask"], pol["measure_noun"]
    return "", ""


def _verb_led(item: str, tags: list) -> bool:
    """Whether ``item`` opens with a verb (or an adverb before one) by the segmenter's tags ``tags``."""
    words = segment.tag(item)
    if not words or words[0][1] not in tags:
        return False
    # (an adverb opens a measure only before a verb: 大力培育; 更加注重 too, but 全 alone names nothing)
    return words[0][1] == "v" or (len(words) > 1 and words[1][1] == "v")


def kind_question(source: str, part: str, name: str, n: int, items: tuple[str, ...]) -> str:
    """The recall question of ``n`` ``items`` standing under ``name`` (a heading, an item's head clause or the lead
    sentence), in ``part`` (“…”部分, or "") of the document ``source`` (据《…》): 据《…》“…”部分，在“…”方面提出了
    哪三项举措？; "" when the items are of no known kind or nothing names where they stand."""
    verb, noun = item_kind(items)
    if not (verb and name and source):
        return ""
    return f"{source}{part}，在“{name}”方面{verb}哪{count_word(n)}{noun}？"
