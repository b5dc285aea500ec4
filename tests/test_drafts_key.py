"""The key a document's drafts are kept under (questions.generate._Hashed): hashed by each point's kind and place,
never by walking every span of every point (a python call each), and still equal only for equal points, so a text
read twice (a .txt and its saved .html) shares its drafts and two texts never do.  The text is invented."""

from __future__ import annotations

from kaodian.model import Span
from kaodian.pipeline import extract_text
from kaodian.questions.generate import _Hashed

TEXT = "学习会议精神\n\n全体干部必须增强学习本领、调研本领、落实本领，推动基层治理提质增效。\n"


def test_the_key_hashes_no_span_of_a_point(monkeypatch):
    points = extract_text(TEXT, "t.txt").points
    assert any(p.items for p in points)  # (a series: spans inside the point)

    def refuse(self):  # noqa: ANN001, ANN202
        raise AssertionError("a span was hashed")

    monkeypatch.setattr(Span, "__hash__", refuse)
    _Hashed((0, points))  # fails on main, which hashed the points whole


def test_equal_points_share_a_key_and_other_points_do_not():
    a, b = extract_text(TEXT, "t.txt").points, extract_text(TEXT, "t.html").points
    assert a is not b and _Hashed((0, a)) == _Hashed((0, b)) and hash(_Hashed((0, a))) == hash(_Hashed((0, b)))
    other = extract_text(TEXT.replace("落实本领", "创新本领"), "t.txt").points
    assert _Hashed((0, a)) != _Hashed((0, other))
    assert _Hashed((0, a)) != _Hashed((1, a))  # (another document text)
    assert _Hashed((0, a)) != (0, a)  # (a key equals only another key)
