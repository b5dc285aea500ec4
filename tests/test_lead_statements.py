"""A paragraph's opening sentence is a key statement though no cue word marks it (issue 11: the
bold lead sentence of a section states its point).  Invented text; each test pins one side of
``concepts.lead_sentence`` / ``concepts.lead_sentences``."""

from __future__ import annotations

from pathlib import Path

from kaodian.pipeline import extract_text

# A paragraph of three sentences opened by an uncued lead, a one-sentence paragraph of the same
# shape, and an uncued sentence inside a paragraph: only the lead is a statement of its own.
TEXT = """协会年度工作报告

深化会员服务体系建设，让会员办事更省心。今年共走访会员单位四十余家。各分会也开展了走访活动。

会员服务窗口今年全面开放。

去年各分会陆续开展了走访活动，会员们反映良好。提升会员培训质量，让培训内容更贴近实际。
"""


def _leads(text: str, rules: list[Path] | None = None) -> dict[str, tuple[str, ...]]:
    """The paragraph-lead statements of ``text``: sentence -> its items."""
    ex = extract_text(text, "报告.txt", rules=rules or [])
    return {p.sentence.text: tuple(i.text for i in p.items) for p in ex.points if p.rule == "key_concept.lead"}


def test_an_uncued_lead_sentence_is_a_statement_with_its_concept() -> None:
    leads = _leads(TEXT)
    lead = next(s for s in leads if s.startswith("深化会员服务"))
    assert any("会员服务体系" in i for i in leads[lead])


def test_a_sentence_inside_a_paragraph_or_alone_in_one_is_no_lead() -> None:
    leads = _leads(TEXT)
    assert not any(s.startswith("会员服务窗口") for s in leads)  # a one-sentence paragraph
    assert not any(s.startswith("提升会员培训") for s in leads)  # not the paragraph's first sentence


def test_the_bar_is_policy(tmp_path: Path) -> None:
    extra = tmp_path / "strict.yaml"
    extra.write_text("concepts:\n  lead_sentence: 9.0\n", encoding="utf-8")
    assert _leads(TEXT, [extra]) == {}
    extra.write_text("concepts:\n  lead_sentences: 4\n", encoding="utf-8")
    assert _leads(TEXT, [extra]) == {}  # no paragraph of TEXT holds four sentences


def test_a_lead_that_tells_when_is_a_narrative_not_a_point() -> None:
    told = "协会年度工作报告\n\n换届选举结束后，深化会员服务体系建设，让会员办事更省心。当天还举行了交流活动。\n"
    plain = "协会年度工作报告\n\n深化会员服务体系建设，让会员办事更省心。当天还举行了交流活动。\n"
    assert _leads(told) == {}
    assert _leads(plain) != {}


def test_a_paragraph_opening_with_a_dash_bullet_has_no_lead() -> None:
    bullets = ("协会年度工作报告\n\n过去一年，协会各项工作取得新进展：\n"
               "——会员服务体系持续完善。新增服务窗口三个。\n"
               "——行业培训质量稳步提升。举办培训班八期。\n"
               "——对外交流合作不断深化。接待来访团组十批。\n")
    ex = extract_text(bullets, "报告.txt")
    assert any(p.kind == "list" for p in ex.points)  # the bullets are a list, asked as one
    assert _leads(bullets) == {}
