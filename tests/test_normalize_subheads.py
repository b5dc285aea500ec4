"""normalize on the unnumbered subheadings of a news feature or a long article (issue 13): short lines
standing alone between body paragraphs, found by where they stand and by the shape a run of them
shares; and the lines of a page that look like them and are none.  A pull quote (提要) leaves the text.

Every text here is made up; none is a corpus text."""

from __future__ import annotations

import pytest

from kaodian.model import Source
from kaodian.normalize import normalize

P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会，并且在实际工作中加以贯彻落实。"
Q = "另一部分讲的是做法，步骤清楚明白，各个单位都可以参照执行，并且要及时总结经验教训。"
# a paragraph that ends without a full stop, as a feature's scene does
R = "几年下来，村里先后建起了冷库和加工车间，让农产品卖出了好价钱……"
HEAD = "某地山乡巨变的新答卷\n——某地推进乡村振兴纪实\n新华社记者 王明\n"


def headings(text: str) -> list[str]:
    doc = normalize(Source("x.txt", text))
    assert len(doc.articles) == 1
    return [h.text for h in doc.articles[0].headings]


def test_a_feature_s_subheadings_of_every_shape_are_its_headings():
    text = (
        f"{HEAD}{P}\n春风化雨 润物无声——\n“把群众的事当成自己的事”\n{Q}\n{R}\n"
        f"凝心聚力 固本培元\n{P}\n{Q}\n从“有形”到“有效”\n{P}\n"
    )
    assert headings(text) == ["春风化雨 润物无声——“把群众的事当成自己的事”", "凝心聚力 固本培元", "从“有形”到“有效”"]


def test_two_phrases_with_a_space_are_a_subheading_not_an_office_and_a_name():
    doc = normalize(Source("x.txt", f"{HEAD}{P}\n凝心聚力 固本培元\n{Q}\n{P}\n担当作为 实干为先\n{Q}\n"))
    (a,) = doc.articles
    assert (a.author, a.affiliation) == ("王明", None)
    assert [h.text for h in a.headings] == ["凝心聚力 固本培元", "担当作为 实干为先"]


def test_four_character_subheadings_are_no_names():
    assert headings(f"{HEAD}{P}\n初心如磐\n{Q}\n{P}\n使命在肩\n{Q}\n") == ["初心如磐", "使命在肩"]


def test_names_between_bodies_are_no_subheadings():
    doc = normalize(Source("x.txt", f"某某工作的新答卷\n{P}\n王立新\n{Q}\n{P}\n张晓丽\n{Q}\n"))
    assert all(h.text not in ("王立新", "张晓丽") for a in doc.articles for h in a.headings)
    assert "王立新" in [a.author for a in doc.articles]


def test_two_reporters_after_the_agency_s_credit_both_sign():
    doc = normalize(Source("x.txt", f"某地山乡巨变的新答卷\n新华社记者 王明 李强\n{P}\n{Q}\n"))
    assert [(a.author, a.affiliation) for a in doc.articles] == [("王明 李强", None)]


def test_an_office_and_a_name_under_a_title_still_sign():
    doc = normalize(Source("x.txt", f"在某某会议上的讲话\n某某市市长 王立新\n{P}\n{Q}\n"))
    assert [(a.author, a.affiliation) for a in doc.articles] == [("王立新", None)]  # a post is no affiliation


def test_a_run_of_one_shape_is_headings_even_after_a_paragraph_that_ends_no_sentence():
    text = f"{HEAD}{P}\n{R}\n凝心聚力 固本培元\n{Q}\n{R}\n担当作为 实干为先\n{P}\n"
    assert headings(text) == ["凝心聚力 固本培元", "担当作为 实干为先"]


@pytest.mark.parametrize("lines", [
    # one subheading alone is a slogan, not a division
    [P, "凝心聚力 固本培元", Q, P],
    # the lines of a poem or a slogan list stand together, not alone between paragraphs
    [P, "青山绿水映蓝天", "春风送暖到人间", "花开满园香四方", Q, P],
    # a line that is one quotation (a verse, a quoted exclamation) and a question are no subheadings
    [P, "“不忘初心，方得始终”", Q, "这是为什么呢？", P],
    # an item line of a list without its full stop
    [P, "1.加强组织领导", Q, "2.压实工作责任", P],
])
def test_short_lines_that_are_no_subheadings(lines):
    assert headings(HEAD + "\n".join(lines) + "\n") == []


def test_a_caption_between_a_subheading_and_its_paragraph_is_dropped_and_the_heading_stays():
    text = (
        f"{HEAD}{P}\n凝心聚力 固本培元\n5月2日，技术人员在大棚里查看作物长势。新华社记者 李强 摄\n{Q}\n"
        f"{P}\n担当作为 实干为先\n{Q}\n"
    )
    doc = normalize(Source("x.txt", text))
    assert [h.text for h in doc.articles[0].headings] == ["凝心聚力 固本培元", "担当作为 实干为先"]
    assert "摄" not in doc.text


def test_a_pull_quote_repeating_a_sentence_of_the_body_is_no_text():
    long = P.rstrip("。") + "，" + Q  # a pull quote is a sentence wider than a title
    pull = long.rstrip("。")
    doc = normalize(Source("x.txt", f"某某工作的新答卷\n制图：赵一\n{pull}\n{Q}\n{long}\n"))
    (a,) = doc.articles
    assert doc.text[a.start : a.end].startswith(Q)
    assert doc.text.count(pull) == 1


# a lead-in that ends with a dash, set on a line of its own above the paragraph it opens
LEAD = "着眼于推动各项工作落地见效——"


@pytest.mark.parametrize("text", [
    f"{HEAD}{P}\n{LEAD}\n{Q}\n{P}\n",  # no subheadings
    f"{HEAD}{P}\n{LEAD}\n{Q}\n{P}\n立足于服务基层群众——\n{Q}\n{P}\n",  # two lead-ins are no run of subheadings
    f"{HEAD}{P}\n铸魂育人 培根固本\n{P}\n{LEAD}\n{Q}\n{P}\n守正创新 行稳致远\n{P}\n",  # among subheadings of another shape
], ids=["alone", "two", "among-subheadings"])
def test_a_lead_in_ending_with_a_dash_is_joined_to_the_paragraph_below_not_a_heading(text):
    doc = normalize(Source("x.txt", text))
    assert all(not h.text.endswith("——") for a in doc.articles for h in a.headings)
    assert LEAD + Q in doc.text.split("\n")


def test_a_numbered_heading_ending_with_a_dash_stays_in_the_sequence_of_headings():
    text = f"关于某某工作的报告\n{P}\n一、基本情况\n{P}\n二、主要做法和体会——\n{Q}\n三、下一步打算\n{P}\n"
    assert headings(text) == ["基本情况", "主要做法和体会——", "下一步打算"]


def test_a_subheading_s_dash_lead_still_goes_on_with_its_quotation():
    text = (f"{HEAD}{P}\n春风化雨 润物无声——\n“把群众的事当成自己的事”\n{Q}\n"
            f"凝心聚力 固本培元——\n“让每一分钱都花在刀刃上”\n{P}\n")
    assert headings(text) == ["春风化雨 润物无声——“把群众的事当成自己的事”", "凝心聚力 固本培元——“让每一分钱都花在刀刃上”"]
