"""A term series is asked first by multiple choice where one can be set (issue 11: a list's members are asked
by multiple choice, policy.yaml prefer).  With the cloze first, the series' multiple was its second question and
the sentence's cap of two (the series' cloze and the statement's) was full, so the multiple drafted was dropped.
The text is invented."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate

TEXT = """关于加强理论武装的几点体会

一、坚持正确的思想路线

改革开放以来，我们党始终坚持解放思想、实事求是、与时俱进、求真务实，不断推进实践基础上的理论创新。
"""


def _series_kinds(bank) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for q in bank.questions:
        if q.point_kind == "term_series":
            out.setdefault(q.source.sentence, set()).add(q.kind)
    return out


def test_a_series_with_a_multiple_drafted_is_asked_by_it_under_the_cap():
    docs = [extract_text(TEXT, "t.txt")]
    uncapped = _series_kinds(generate(docs, per_sentence=0))
    capped = _series_kinds(generate(docs))
    drafted = {s for s, kinds in uncapped.items() if "multiple" in kinds}
    assert drafted  # (the series is one the lexicon knows: 解放思想、实事求是…)
    for s in drafted:
        assert "multiple" in capped.get(s, set()), (s, capped.get(s))


def test_a_core_term_of_the_theory_is_no_wrong_option_beside_terms_of_censure():
    from kaodian.questions.odd_class import doctrine_beside_censure
    from kaodian.questions.vocab import load_vocab

    vocab = load_vocab()
    censure = sorted(vocab.negative_terms)[:2]
    core = sorted(vocab.core_terms)[0]
    assert doctrine_beside_censure(censure, [core]) is not None
    assert doctrine_beside_censure(censure, ["协调发展"]) is None  # (not a core term: other checks judge it)
    assert doctrine_beside_censure(["爱国主义", "集体主义"], [core]) is None  # (no censure among the keys)
