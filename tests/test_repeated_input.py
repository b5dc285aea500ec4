"""A text given again word for word in one input (pasted twice, a line two speeches quote): its points
are found once, its phrases recur as in the text once, and its bank is the bank of the text once.

Every text here is made up; none is a corpus text."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.rules.recurrence import SCAN_LIMIT, Recurrence

TEXT = (
    "推进基层治理现代化的几点思考\n\n"
    "基层治理是国家治理的基石。必须坚持党建引领，推进基层治理体系和治理能力现代化，不断增强人民群众的获得感、幸福感、安全感。\n\n"
    "推进基层治理现代化，要做到三个坚持：一是坚持人民至上，二是坚持系统观念，三是坚持依法治理。\n\n"
    "健全基层群众自治制度是发展全过程人民民主的重要内容。要完善村民委员会和居民委员会的组织体系，提高自我管理、自我服务、自我教育的能力。\n"
)
TITLE, P1, P2, P3 = TEXT.split("\n\n")
BODY = TEXT.split("\n\n", 1)[1]
# the first two paragraphs pasted again before the last (its opening and closing stand where they stood)
TWICE = "\n\n".join([TITLE, P1, P2, P1, P2, P3])


def _said(ex) -> list[tuple]:
    return [(p.kind, p.text, p.sentence.text) for p in ex.points]


def test_a_paragraph_stated_again_recurs_as_once():
    once = Recurrence(BODY)
    twice = Recurrence(BODY + "\n" + BODY)
    assert [twice.count(t) for t in ("基层治理", "自我服务")] == [once.count(t) for t in ("基层治理", "自我服务")]


def test_a_long_document_counts_through_its_index_as_a_scan_does():
    paras = [f"第{i}段讲基层治理和乡村振兴，也讲治理能力{i % 7}。" for i in range(SCAN_LIMIT // 20)]
    long, short = Recurrence("\n".join(paras)), "\n".join(paras)
    assert len(short) > SCAN_LIMIT
    assert long.count("基层治理") == short.count("基层治理") and long.count("治理能力3") == short.count("治理能力3")


def test_a_body_pasted_again_gives_its_points_once():
    assert _said(extract_text(TWICE)) == _said(extract_text(TEXT))


def test_a_text_pasted_twice_gives_the_bank_of_the_text_once():
    def asked(text: str) -> list[tuple]:
        return [(q.kind, q.stem, q.answer) for q in generate([extract_text(text)]).questions]

    assert sorted(asked(TWICE)) == sorted(asked(TEXT))
