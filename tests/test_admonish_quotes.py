"""A speaker's admonition quoted with whom it addresses before the colon (告诫全党：“…”, 勉励青年：“…”): a quote,
not a formulation.  Issue 13, session 26; the sentences are invented in the genre's shape."""

from __future__ import annotations

from kaodian.pipeline import extract_text

SAYING = "务必保持谦虚谨慎的作风，务必保持艰苦朴素的作风"


def _points(text: str):
    return extract_text(text, "notes.txt").points


def test_an_admonition_to_a_named_audience_is_a_quote():
    text = f"在全会的报告中，他就告诫全党：“{SAYING}”。此后全党开展了整风运动。"
    points = _points(text)
    assert SAYING in {p.text for p in points if p.kind == "quote"}
    assert SAYING not in {p.text for p in points if p.kind == "formulation"}


def test_a_verb_of_admonishing_without_a_colon_introduces_no_quote_by_this_rule():
    # (no colon after the audience: 号召全党“…” names a slogan to carry out, not words said)
    text = "会议号召全体党员“学党史、悟思想、办实事、开新局”，掀起学习热潮。"
    assert not any(p.kind == "quote" and "学党史" in p.text for p in _points(text))


def test_the_admonished_audience_is_not_the_speaker():
    text = f"习近平总书记告诫全党：“{SAYING}”。此后全党开展了整风运动。"
    quotes = [p for p in _points(text) if p.kind == "quote" and p.text == SAYING]
    assert quotes and all(q.speaker != "全党" for q in quotes), [q.speaker for q in quotes]


def test_a_name_headed_by_the_noun_jiaoyu_before_a_colon_introduces_no_quote():
    # (党的教育方针：“…” introduces the formulation it names, not words someone said)
    policy = "为人民服务，为中国共产党治国理政服务，为巩固和发展中国特色社会主义制度服务"
    text = f"我们要全面贯彻党的教育方针：“{policy}”。各地要认真落实。"
    assert not any(p.kind == "quote" and p.text == policy for p in _points(text))
