"""normalize on a study text's title block that names its issuing body under the date
(某某体系 / （二〇二三年五月） / 中共中央办公厅某某局) and closes with a 信息来源：… line
(issue 13): the body's line is who issued the text, never the end of its title, and the
source line is apparatus, never the title of a second article.

Every text here is made up; none is a corpus text."""

from __future__ import annotations

import pytest

from kaodian.model import Source
from kaodian.normalize import normalize

P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会，并且在实际工作中加以贯彻落实。"
Q = "另一部分讲的是做法，步骤清楚明白，各个单位都可以参照执行，并且要及时总结经验教训。"


def parse(text: str):
    doc = normalize(Source("x.txt", text))
    return [(a.title, a.author) for a in doc.articles]


@pytest.mark.parametrize(
    "issuer",
    ["中共中央办公厅秘书局", "国务院办公厅政务公开办公室", "中共某某省委宣传部理论处", "某某市人民政府办公室综合处", "中央某某委员会研究室"],
)
@pytest.mark.parametrize("date", ["（二〇二三年五月）", "（2023年5月）"])
def test_an_issuing_bodys_line_under_the_date_signs_the_text_and_is_no_part_of_its_title(issuer, date):
    meta = parse(f"某某制度体系建设\n{date}\n{issuer}\n前  言\n{P}\n一、总的要求\n{Q}\n")
    assert meta == [("某某制度体系建设", issuer)]


R = "在新的征程上，我们一定能够取得更大的胜利，为实现奋斗目标保驾护航！"


@pytest.mark.parametrize("label", ["信息来源：某某网", "信息来源：某某日报", "来源：某某网"])
@pytest.mark.parametrize("top", ["某某制度体系建设\n（2023年5月）\n中共某某省委宣传部理论处\n前  言\n", "某某制度体系建设\n"])
def test_a_source_line_after_the_closing_part_is_no_articles_title(label, top):
    meta = parse(f"{top}{P}\n一、总的要求\n{Q}\n结束语\n{R}\n{label}\n")
    assert [title for title, _ in meta] == ["某某制度体系建设"]


@pytest.mark.parametrize("line", ["开创改革发展新格局", "把握发展全局", "中央和地方的关系处"])
def test_a_title_line_ending_like_a_unit_but_naming_no_organ_stays_in_the_title(line):
    meta = parse(f"某某制度体系建设\n{line}\n{P}\n{Q}\n")
    assert all(author != line for _, author in meta)
