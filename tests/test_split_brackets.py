"""A copy from a web page or a PDF splits brackets over lines: a heading's ordinal wrapped at its bracket, a page's
font widget set one word per line (normalize.breaks.join_split_brackets and the layout's widget noise)."""

from __future__ import annotations

from kaodian.normalize.breaks import join_split_brackets
from kaodian.pipeline import extract_text

PAGE = """您的位置:
首页
>
本地要闻
2031年某县政府工作报告
来源：某县日报
【字体：
大
中
小
】
——2031年1月8日在某县第五届人民代表大会第二次会议上
县长　李明
各位代表：
现在，我代表县人民政府，向大会报告工作。
一、2030年工作回顾
（一）经济运行稳中有进。全县生产总值增长5%。
（二）产业结构持续优化。新增规模以上企业12家。
（
三）改革开放不断深化。新设市场主体3000户。
（四）民生保障更加有力。新增就业岗位5000个。
"""


def test_a_lone_bracket_joins_its_line_and_a_widget_set_word_by_word_is_one_line():
    assert join_split_brackets(["甲", "（", "三）乙。", "丙"]) == ["甲", "（三）乙。", "丙"]
    assert join_split_brackets(["【字体：", "大", "中", "小", "】", "正文"]) == ["【字体：大中小】", "正文"]
    # a bracket a long line opens, or one that short lines do not close, is left as it is
    assert join_split_brackets(["【按：这是一段很长的编者按语，没有在这一行里结束", "大", "中"])[1:] == ["大", "中"]


def test_a_report_page_copied_line_by_line_is_one_article_with_its_four_items():
    ex = extract_text(PAGE, "某县报告.txt")
    (art,) = ex.document.articles
    assert art.title == "2031年某县政府工作报告" and art.author == "李明"
    assert any(len(p.items) == 4 and "改革开放不断深化" in "".join(i.text for i in p.items)
               for p in ex.of_kind("enumeration"))
    assert "字体" not in ex.document.text
