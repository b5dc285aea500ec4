"""A question cites its sentence as the text says it, ordinal marker included (四是|必须…): a teacher's
anchor often holds the marker (issue 11).  Its stem never opens with the marker, its blanks' offsets
point into the cited sentence, and lint judges it as generation did, without the marker.

The text is written for these tests in the genre's shapes.
"""

from __future__ import annotations

from kaodian.model import Span
from kaodian.pipeline import extract_text
from kaodian.questions import generate, lint
from kaodian.questions.sentence import marker_re, with_marker

TEXT = ("做好协会工作的几点要求\n\n协会今年要重点抓好四项工作。一是坚持以会员需求为导向。二是健全会费管理制度。"
        "三是必须加强行业自律。四是深化“放管服”改革。\n")


def test_with_marker_puts_back_only_a_marker_that_opens_the_sentence() -> None:
    text = "要求如下：一是坚持人民至上。（二）完善制度；其中一是说法。"
    cited = [with_marker(text, Span(s, text.index(s), text.index(s) + len(s))).text for s in ("坚持人民至上。", "完善制度；", "是说法。")]
    assert cited == ["一是坚持人民至上。", "（二）完善制度；", "是说法。"]


def test_a_question_on_an_item_cites_its_marker_and_its_stem_does_not_open_with_one() -> None:
    ex = extract_text(TEXT, "协会.txt")
    bank = generate([ex], seed=0)
    cited = [q for q in bank.questions if marker_re().match(q.source.sentence)]
    assert cited
    for q in cited:
        assert not marker_re().match(q.stem)
        assert q.source.sentence == ex.document.text[q.source.start : q.source.end]
        assert all(q.source.sentence[b.start : b.end] == b.text for b in q.blanks)
    assert lint(bank) == []
