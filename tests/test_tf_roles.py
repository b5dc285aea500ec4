"""False statements that give one of several parallel role statements another's subject (task fixTF, session 23;
issue 12, deliverable 3: "a swapped subject of a 是-statement", the sibling taken from the document's own terms;
questions/false_roles.py).  Every text is invented in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.false_roles import role_swap


def _changed(text: str, sentence: str) -> str | None:
    """``sentence`` of ``text`` with its role statement's subject changed, or None."""
    at = text.index(sentence)
    got = role_swap(text, at, at + len(sentence))
    return None if got is None else sentence[: got[0] - at] + got[2] + sentence[got[1] - at:]


ONE_SENTENCE = "建设学习型机关，读书是基础，调研是关键，实践是根本。"
FRAMED = "城市更新，规划是前提。\n城市更新，产业是支撑。\n城市更新，治理是保障。\n城市更新，民生是根本。\n"
DOMAIN = "（一）奉献是志愿精神的核心\n……\n（二）互助是志愿精神的原则\n（三）友爱是志愿精神的基础\n"


@pytest.mark.parametrize("text, sentence, changed", [
    # roles framed alike in paragraphs of their own (某事业，甲是重点 … 某事业，乙是根本)
    (FRAMED, "城市更新，治理是保障。", "城市更新，民生是保障。"),
    # roles of one whole in statements of their own (甲是某精神的核心 … 乙是某精神的原则 … 丙是某精神的基础)
    (DOMAIN, "奉献是志愿精神的核心", "互助是志愿精神的核心"),
])
def test_a_role_statement_takes_the_subject_of_another_of_its_group(text, sentence, changed):
    got = _changed(text, sentence)
    assert got is not None and got.startswith(changed.rstrip("。"))


@pytest.mark.parametrize("text, sentence", [
    ("读书是基础，调研也是基础。", "读书是基础，调研也是基础。"),  # one role: no swap is false
    # roles said in one sentence: the subject put in stands in the sentence and gives the change away
    (ONE_SENTENCE, ONE_SENTENCE),
    ("读书是基础。", "读书是基础。"),  # no group
    # two roles of a speaker's points on one task, one said of two subjects: rhetoric, either may be called the other
    ("1.带头示范是干好事业的基础。\n2.勇于负责是干好事业的前提。\n3.清正自守是干好事业的前提。\n", "1.带头示范是干好事业的基础。"),
    # three remarks on three things after one reporting clause (某某指出，) are no framework of roles (review, session 23)
    ("某某指出，人民群众是根本。\n……\n某某指出，教育培训是基础。\n……\n某某指出，制度创新是动力。\n", "某某指出，教育培训是基础。"),
    # the text says the other subject plays that role too: the swap may be true
    ("城市更新，规划是前提。\n城市更新，治理是保障。\n城市更新，民生是根本。\n城市更新，产业是根本。\n", "城市更新，治理是保障。"),
])
def test_no_role_swap_where_none_is_clearly_false(text, sentence):
    at = text.index(sentence)
    got = role_swap(text, at, at + len(sentence))
    assert got is None


ROLES = """推进城市更新的几点意见

城市更新工作，规划先行是重点。要坚持规划先行，一张蓝图绘到底。
城市更新工作，产业升级是支撑。要培育新业态，增强城市发展后劲。
城市更新工作，治理有效是保障。要完善共建共治共享的治理制度。
城市更新工作，民生改善是根本。要把群众满意作为衡量工作的标准。
"""


@pytest.mark.parametrize("seed", range(2))
def test_a_texts_parallel_roles_are_asked_false(seed):
    bank = generate([extract_text(ROLES, "t.txt")], seed=seed, kinds=["truefalse"])
    false = [q for q in bank.questions if q.answer == ("错",)]
    assert false and all(q.stem.startswith("城市更新工作，") and "误作" in q.explanation for q in false)
