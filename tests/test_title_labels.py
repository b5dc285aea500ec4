"""A column label (每周一学（dates）, 学习资料（第3期）) or a study pack's label over a document's title
(某某党委理论学习中心组学习材料第N专题, 某某学校党员学习推荐材料) names the column or pack the text is handed out in: it is no part of the title a stem cites (normalize/layout.yaml
column_label).  Invented lines only."""
from __future__ import annotations

import pytest

from kaodian.model import Source
from kaodian.normalize import normalize

P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会，并且在实际工作中加以贯彻落实。"
Q = "另一部分讲的是做法，步骤清楚明白，各个单位都可以参照执行，并且要及时总结经验教训。"


def titles(text: str) -> tuple[list[str], str]:
    doc = normalize(Source("x.txt", text))
    return [a.title for a in doc.articles], doc.text


@pytest.mark.parametrize("label", [
    "每周一学（2021年3月1日—7日）", "每周一学（2021年3月1日——3月7日）", "理论学习（2020年12月28日-2021年1月3日）",
    "学习资料（第3期）", "【2019年10月学习材料】",
])
@pytest.mark.parametrize("title, under", [
    ("中国共产党某某工作条例", "（2020年修订）"),
    ("在某某大会上的讲话", "（2021年5月10日）"),
])
def test_a_column_label_on_its_own_line_is_no_part_of_the_title_under_it(label, title, under):
    got, text = titles(f"{label}\n{title}\n{under}\n{P}\n{Q}")
    assert got[0] == title
    assert label not in text


@pytest.mark.parametrize("label", [
    "某某中学党委理论学习中心组学习材料第三专题", "某某区机关党员学习推荐材料", "某某局11月份党员学习资料",
    "主题教育专题学习（第2期）", "某某党委理论学习中心组第四专题",
])
@pytest.mark.parametrize("title, under", [
    ("李明：在某某工作会议上的讲话", "（2022年4月6日）"),
    ("在某某大会上的讲话", "（2021年5月10日）"),
    ("中国共产党某某工作条例", "（2020年修订）"),
])
def test_a_study_pack_label_is_no_part_of_the_title_under_it(label, title, under):
    got, text = titles(f"{label}\n{title}\n{under}\n{P}\n{Q}")
    assert got[0].endswith(title.split("：")[-1]) and label not in got[0]
    assert label not in text


def test_a_dated_page_headline_and_a_pack_label_both_leave():
    got, _ = titles(f"【2022年5月学习材料】\n某某党委理论学习中心组学习材料第一专题\n在某某大会上的讲话\n（2022年5月3日）\n{P}\n{Q}")
    assert got[0] == "在某某大会上的讲话"


@pytest.mark.parametrize("title", ["关于加强党委理论学习中心组学习的意见", "某某学习材料编写工作的通知"])
def test_a_title_that_names_study_material_as_its_matter_stays_when_nothing_is_under_it(title):
    # the label leaves only above another title line: a text's only title keeps whatever it says
    got, _ = titles(f"{title}\n{P}\n{Q}")
    assert got[0] == title
