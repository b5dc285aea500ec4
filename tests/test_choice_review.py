"""A list of the work a report reviews is asked in no choice question (session 17's blind teacher on a
government work report: 干扰项……2016年都实际做了，不是明显错误): any other task of the same report, next
year's plan or a measure said inside an item, was likely done too, so a wrong option is not clearly wrong.
Its items are still asked by recall. Every sentence here is invented."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate, reasons

REPORT = """2025年政府工作报告

一、2024年工作回顾

一年来，我们主要做了以下工作。

一是持续扩大有效投资，重大项目建设提速推进。新开工项目一百余个。

二是深入推进科技创新，新兴产业加快成长。新增高新技术企业三百家。

三是全面推进乡村振兴，农业农村发展基础更加牢固。粮食生产保持稳定。

四是着力保障改善民生，群众获得感不断增强。新增城镇就业三万人。

二、2025年重点工作

今年要重点抓好以下工作。

一是加快建设现代化产业体系，壮大实体经济根基。

二是全面深化重点领域改革，激发市场主体活力。

三是扎实推进城乡融合发展，促进区域协调发展。

四是持续加强生态环境保护，推动绿色低碳转型。
"""

def _bank(text: str, name: str):
    return generate([extract_text(text, name)], seed=0)


def _choice_keys(bank) -> list[str]:
    return [q.options[ord(a) - ord("A")] for q in bank.questions if q.kind in ("single", "multiple") for a in q.answer]


def test_a_reviewed_years_list_is_asked_in_no_choice_question():
    bank = _bank(REPORT, "报告.txt")
    keys = _choice_keys(bank)
    assert not any(k.startswith(("持续扩大有效投资", "深入推进科技创新", "全面推进乡村振兴", "着力保障改善民生")) for k in keys)
    assert any(reasons.LIST_REVIEW in str(d) for d in bank.diagnostics)
    # ... while the list is still asked, by recall
    assert any(q.kind == "recall" and q.answer[0].startswith("持续扩大有效投资") for q in bank.questions)

