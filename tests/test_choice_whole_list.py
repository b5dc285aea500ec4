"""A multiple choice on a series keys the whole series its stem blanks (session 17, issue 12: 多选题挖去的是
整串并列，正确选项却只是其中几项). Five terms blanked and four keyed leaves the fifth nowhere among the options,
so a learner who knows the series cannot answer; such a series is asked in another kind. Every sentence here
is invented; the other sentences give the series wrong options of their shape."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate, reasons

TEXT = """青年干部成长的几点体会

青年干部要系统学习党的基本理论、基本路线、基本纲领、基本经验、基本要求，在工作中锤炼本领。

我们倡导建设持久和平、普遍安全、共同繁荣、开放包容、清洁美丽的世界，共同守护地球家园。

基层党组织要贯彻基本方略和总体要求。

机关党组织要落实基本方针和重要原则。

各地要推动共同发展和高质量发展。

各地要实现共同富裕和全面进步。

各级干部要增强政治意识、大局意识、核心意识、看齐意识。
"""


def _bank():
    return generate([extract_text(TEXT, "体会.txt")], seed=0)


def _blanked(stem: str, sentence: str) -> str:
    """The text of ``sentence`` that the stem's （　　） stands for (the stem's last four characters before the
    blank and first four after it locate it)."""
    head, _, tail = stem.partition("（　　）")
    start = sentence.index(head[-4:]) + len(head[-4:]) if head else 0
    end = sentence.index(tail[:4], start) if tail[:4] else len(sentence)
    return sentence[start:end]


def test_a_multiple_choice_keys_every_term_its_stem_blanks():
    asked = [q for q in _bank().questions if q.kind == "multiple" and "（　　）" in q.stem]
    for q in asked:
        rest = _blanked(q.stem, q.source.sentence)
        for a in q.answer:
            rest = rest.replace(q.options[ord(a) - ord("A")], "")
        assert not rest.strip("、和及与"), (q.stem, q.options, q.answer)


def test_a_series_longer_than_the_keys_allow_is_asked_in_another_kind():
    bank = _bank()
    assert not [q for q in bank.questions if q.kind == "multiple" and ("基本理论" in q.options or "持久和平" in q.options)]
    told = [str(d) for d in bank.diagnostics if reasons.SERIES_TOO_LONG in str(d)]
    assert len(told) == 2
