"""A list recall (简答题) asks for items one can recall: a list whose item is a whole passage is
asked by its other kinds (policy.yaml ``recall_item_max``)."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.ask_list import RECALL_ITEM_MAX

SHORT = "会议提出三点要求：一要加强学习；二要改进作风；三要狠抓落实。"
LONG_ITEM = "认真学习理论，学习业务知识，学习法律法规，努力提高为群众服务的本领，做到学以致用、知行合一、久久为功，在各自岗位上创造一流业绩"


def _recalls(text: str) -> list:
    bank = generate([extract_text(text, "要求.txt")], seed=0)
    return [q for q in bank.questions if q.kind == "recall"]


def test_a_list_of_short_items_is_recalled():
    assert _recalls(SHORT)


def test_a_list_with_a_passage_for_an_item_is_not_recalled_but_still_asked():
    assert len(LONG_ITEM) > RECALL_ITEM_MAX
    text = f"会议提出三点要求：一要{LONG_ITEM}；二要改进作风；三要狠抓落实。"
    points = [p for p in extract_text(text, "要求.txt").points if p.kind == "enumeration"]
    assert points and any(len(i.text) > RECALL_ITEM_MAX for i in points[0].items)
    assert not _recalls(text)
    bank = generate([extract_text(text, "要求.txt")], seed=0)
    assert any(q.point_kind == "enumeration" for q in bank.questions)
