"""A regulation's article whose lead names the person it is about and then refers back to them (某某人在…对他的…过程中
有下列权利): its 他的 points inside the lead, so the lead is quoted whole as the text's words rather than dropped for the
pronoun and spliced to its first clause (session 33's grading: ……过程中。该条列举了哪三项).  Invented regulation only."""

from __future__ import annotations

import re

from kaodian import pipeline
from kaodian.questions.listsource import pronoun_outside

_RULES = """某某协会会员管理办法

第一条　为了规范某某协会的会员管理，制定本办法。
第二条　被评议会员在协会审查对他的评议意见过程中有下列权利：
（一）对评议所涉及的事项有权进行说明和解释。
（二）有权查阅与本人有关的评议材料。
（三）对评议结论有不同意见时，有权向理事会提出复核。
第三条　被评议会员在协会审查对他的评议意见过程中，必须履行下列义务：
（一）如实提供与评议事项有关的情况和材料。
（二）尊重评议人员依照章程履行的职责。
（三）遵守协会关于评议工作的各项纪律。
第四条　本办法自发布之日起施行。
"""


def _recalls(tmp_path) -> list:
    path = tmp_path / "rules.txt"
    path.write_text(_RULES, encoding="utf-8")
    return [q for q in pipeline.make_bank([str(path)]).bank.questions if q.kind == "recall"]


def test_a_pronoun_after_the_holder_the_lead_names_points_inside():
    assert not pronoun_outside("被评议会员在协会审查对他的评议意见过程中有下列权利", "")
    # (a lead naming no holder before its 他的 still says not whose)
    assert pronoun_outside("他的看法有三个层次", "")
    assert pronoun_outside("在讨论中对他的意见有三点", "")


def test_a_holder_article_is_asked_by_its_whole_lead(tmp_path):
    stems = [q.stem for q in _recalls(tmp_path)]
    for article, noun in (("第二条", "权利"), ("第三条", "义务")):
        stem = next((s for s in stems if article in s), "")
        assert f"这些{noun}包括哪三项？" in stem and "他的评议意见过程中" in stem, stems
        # (never the lead's first clause spliced before a count: ……过程中。该条列举了哪三项)
        assert not re.search("过程中。", stem), stem


def test_a_single_choice_on_a_lead_pointing_at_its_items_quotes_it():
    from kaodian.questions.listannounce import lead_single

    stem = lead_single("据《某某协会会员管理办法》第二条，会员必须履行下列义务", 3, "项")
    assert stem == "据《某某协会会员管理办法》第二条，“会员必须履行下列义务”。下列哪一项属于其中所说的义务？"
    # (下列 once outside the text's quoted words: the stem's own question, never a list it does not show)
    assert re.sub("“[^”]*”", "", stem).count("下列") == 1
    # (a condition, a counted lead and a lead with no 下列 are asked otherwise)
    assert lead_single("会员有下列行为之一的", 3, "项") == ""
    assert lead_single("要把握好三点", 3, "点") == ""


def test_a_rights_item_is_answered_past_its_cause_grievance_or_bare_object():
    from kaodian.questions.listhead import head

    # (a cause alone, a grievance waiting for its right and a duty's object without its verb are halves)
    assert head("因参加评议工作，其正当利益受到损害时，有权要求协会予以保护。", 40) == "因参加评议工作，其正当利益受到损害时，有权要求协会予以保护"
    assert head("会员对协会作出的评议结论不服，有权提出复核，要求重新评议。", 40) == "会员对协会作出的评议结论不服，有权提出复核"
    assert head("对所受批评，应当正确对待，认真改进。", 40) == "对所受批评，应当正确对待"
    # (a whole opening clause still answers alone)
    assert head("如实提供有关情况，不得隐瞒。", 40) == "如实提供有关情况"
