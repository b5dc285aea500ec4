"""A report's review part whose heading says no review word (一、某某建设取得新成效) is known by its opening
paragraph (2035年是…收官之年。一年来，我们…): its results are asked as results of that year (据《…》，2035年，…),
never as what the report sets out (《…》提出，… with no year).  Session 27's blind teachers: 成绩用“提出”且无年份.
Invented texts only."""
from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.timeframe import opens_review

REPORT = """2036年江宁省政府工作报告
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、一步一个脚印，新江宁建设取得新成效
{opening}
（一）着力推动产业升级，发展质量稳步提高
规上工业单位增加值能耗下降3.6%，节能目标责任评价考核结果为优秀。全省新增高新技术企业1260家，研发投入强度提高到2.8%。
全省地区生产总值突破6万亿元，城乡居民人均可支配收入增长5.6%。
二、2036年主要工作
全省地区生产总值增长5.5%左右，城镇新增就业60万人以上，居民收入增长和经济增长同步。
"""

OPENINGS = ["2035年是“十五五”收官之年。一年来，我们坚持稳中求进工作总基调，全省经济持续回升向好。",
            "过去的一年，全省上下攻坚克难，各项事业取得新进展。"]


def _stems(text: str) -> list[str]:
    return [q.stem for q in generate([extract_text(text, "t.txt")]).questions]


def test_a_section_opening_with_the_past_year_is_a_review_whatever_its_heading():
    for opening in OPENINGS:
        doc = extract_text(REPORT.format(opening=opening), "t.txt").document
        (a,) = doc.articles
        assert opens_review(doc, a.id, a.headings[0].text)
        assert not opens_review(doc, a.id, a.headings[1].text)  # (the plan part opens with a target)


def test_a_result_of_such_a_review_is_said_as_a_result_of_its_year():
    for opening in OPENINGS:
        stems = _stems(REPORT.format(opening=opening))
        results = [s for s in stems if any(w in s for w in ("能耗下降", "高新技术企业", "研发投入强度", "可支配收入", "6万亿元"))]
        assert results, stems
        assert all("2035年，" in s and "提出" not in s[:20] for s in results), results
        plans = [s for s in stems if "同步" in s and "居民收入" in s]
        assert all("2035年" not in s for s in plans), plans


def test_a_section_opening_with_no_past_year_is_no_review():
    text = REPORT.format(opening="我们要坚持稳中求进工作总基调，推动全省经济持续回升向好。")
    doc = extract_text(text, "t.txt").document
    (a,) = doc.articles
    assert not opens_review(doc, a.id, a.headings[0].text)
