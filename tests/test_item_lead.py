"""A list item asked alone opens with the lead that governs it (session 17's blind teachers: 题干毫无上下文
（谁提、关于什么），无法唯一作答).  The texts are invented, in the shape of a charter or a regulation."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.itemlead import governing_lead

RULES = """社区志愿服务工作条例
第一章　总则
第一条　为了规范社区志愿服务，制定本条例。
第二条　社区志愿服务站是开展志愿服务工作的专门机构，履行下列职责：

（一）登记、培训、派遣志愿者；

（二）指导本社区其他服务组织和下级服务点的志愿服务工作；

（三）提出改进服务、完善制度、表彰先进的建议。
第三条　它的基本任务是：

（一）组织志愿者认真学习志愿服务条例和专业知识。
"""


def test_an_item_line_has_the_lead_above_its_list():
    at = RULES.index("（二）指导")
    assert governing_lead(RULES, at + 3) == "社区志愿服务站是开展志愿服务工作的专门机构，履行下列职责："
    # a lead that points outside itself (它的…) is none; a sentence that is no item has none
    assert governing_lead(RULES, RULES.index("（一）组织") + 3) is None
    assert governing_lead(RULES, RULES.index("为了规范")) is None


def test_a_cloze_on_an_item_opens_with_its_lead():
    # (item three's members are joined by 、 alone: with 完善制度和表彰先进, two of the three blanked before 和 is a blank
    # across the series' 和, which session 23 no longer asks; the lead is what this test is about)
    bank = generate([extract_text(RULES, "条例.txt")], seed=0)
    items = [q.stem for q in bank.questions if q.kind == "cloze" and "（三）" in q.source.sentence]
    assert items, [q.stem for q in bank.questions]
    assert all(s.startswith("社区志愿服务站是开展志愿服务工作的专门机构，履行下列职责：") for s in items), items
