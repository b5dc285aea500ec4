"""Ordinary saved pages that the portal reading of session 23 must not break (review of issue 13): invented
pages in the genre's shape, one per regression the reviewer found."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaodian.ingest import read_path
from kaodian.model import Source
from kaodian.normalize import normalize

TITLE = "关于加强基层党建工作的几点思考"
BODY = "".join(f"<p>第{k}段，要把基层党组织建设成为坚强战斗堡垒，推动各项工作落地见效，切实发挥带头作用。</p>"
               for k in ("一", "二", "三", "四"))


def _read(tmp_path: Path, page: str):  # noqa: ANN202
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    source = read_path(f)
    return source, normalize(source)


@pytest.mark.parametrize("info", [
    "发布时间：2023-05-01 来源：某某网",
    "<span>时间：2023-05-01</span> <span>作者：张三</span>",
    "<span>发布日期：2022-11-30</span><span>来源：某某县融媒体中心</span>",
])
def test_property_line_under_the_headline_is_not_glued_onto_the_title(tmp_path: Path, info: str) -> None:
    """The date and source line a portal sets under its <h1> stays out of the title."""
    page = (f"<html><head><title>{TITLE}_某某网</title></head><body><h1>{TITLE}</h1>"
            f"<div class=info>{info}</div><div class=content>{BODY}</div></body></html>")
    _, doc = _read(tmp_path, page)
    assert [a.title for a in doc.articles] == [TITLE]


OUTLINE = "".join(f"<p>{k}、坚持党的全面领导的重要意义之{k}</p>" for k in "一二三四五六七八九十") \
    + "".join(f"<p>（{k}）新时代党的建设总要求的第{k}点</p>" for k in "一二三四五六")


@pytest.mark.parametrize("side", [
    "<div class=intro>某某学院马克思主义学院成立于2016年，现有教职工四十余人，承担全校思想政治理论课教学任务。</div>",
    "<div class=bottom>版权所有：某某大学马克思主义学院。地址：某某市某某路88号，邮编100000。</div>",
])
def test_outline_of_short_lines_is_the_body_beside_a_sentence_in_the_sidebar(tmp_path: Path, side: str) -> None:
    """A review outline of short lines without a full stop is the page's body, not a sidebar's or a
    footer's one sentence: short lines count as text unless they are links (a menu)."""
    page = (f"<html><head><title>第三章复习提纲_某某学院</title></head><body><div class=wrap>"
            f"<div class=left><div class=box>{side}</div></div>"
            f"<div class=right><div class=content>{OUTLINE}</div></div></div></body></html>")
    source, _ = _read(tmp_path, page)
    assert source.text.startswith("一、坚持党的全面领导") and "（六）新时代党的建设总要求的第六点" in source.text
    assert "成立于" not in source.text and "版权所有" not in source.text


@pytest.mark.parametrize("menu", [
    "<ul>" + "".join(f"<li><a href='/l{k}'>学院新闻{k}</a></li>" for k in range(4)) + "</ul>",
    "".join(f"<p><a href='/l{k}'>学院新闻{k}</a></p>" for k in range(10)),
])
def test_submenu_between_headline_and_body_enters_neither_title_nor_text(tmp_path: Path, menu: str) -> None:
    """A left column's submenu standing between the <h1> and the body is no property line: its entries
    enter neither the title nor the text, and the article's own author line signs it."""
    page = (f"<html><head><title>{TITLE}_某某网</title></head><body><h1>{TITLE}</h1><div class=left>{menu}</div>"
            f"<div class=content>{BODY}<p>作者：王明</p></div></body></html>")
    source, doc = _read(tmp_path, page)
    assert "学院新闻" not in source.text
    assert [(a.title, a.author) for a in doc.articles] == [(TITLE, "王明")]


@pytest.mark.parametrize("paras", [
    ["抓好基层党建工作", "各级党组织要把抓好党建作为最大的政绩，层层压实责任。", "要坚持问题导向，确保取得实效。（全文完）"],
    ["古人论修身语录摘编", "“业精于勤，荒于嬉。”（韩非）", "“满招损，谦受益。”（尚书）",
     "“行成于思，毁于随。”（韩愈）"],
    ["学习语录摘编", "人民群众是真正的英雄。（毛泽东）", "没有调查，就没有发言权。（毛泽东）",
     "行成于思而毁于随。（韩愈）"],
])
def test_bracket_closing_a_text_that_is_no_reporter_signs_nothing(paras: list[str]) -> None:
    """（全文完） is no name; a bracketed name after a closing quote, or closing each of a list of
    quotations, says whose words they are: none signs the text."""
    doc = normalize(Source("notes.txt", "\n".join(paras)))
    assert [a.author for a in doc.articles] == [None]


def test_reporter_bracket_closing_a_report_still_signs_it() -> None:
    """A news report's reporter, bracketed after its last sentence, signs it as before."""
    paras = ["某县召开基层党建工作会议", "会议强调，要把基层党组织建设成为坚强战斗堡垒。", "会议对下一步工作作出部署。（李明）"]
    doc = normalize(Source("report.txt", "\n".join(paras)))
    assert [a.author for a in doc.articles] == ["李明"]


def test_title_that_ends_with_an_agency_word_is_no_byline() -> None:
    """A title 走进某某社 names a place, not who signs: the text is titled by it and signed by no one; an
    agency's name alone under a headline still signs the release."""
    text = "走进新华社\n记者节前夕，某校师生走进通讯社编辑部，参观了新闻采编的全过程，收获很大。\n大家表示，要学好本领。"
    assert [(a.title, a.author) for a in normalize(Source("visit.txt", text)).articles] == [("走进新华社", None)]
    text = "某县举行基层党建工作推进会\n新华社\n会议强调，要把基层党组织建设成为坚强战斗堡垒。\n会议对下一步工作作出部署。"
    assert [(a.title, a.author) for a in normalize(Source("release.txt", text)).articles] == [("某县举行基层党建工作推进会", "新华社")]


def test_caption_credit_does_not_take_the_date_led_lead_paragraph_above_it() -> None:
    """A caption closed by its bracketed credit is dropped alone: the date-led lead paragraph above it,
    which ends its own sentence, stays in the body."""
    lead = "9月23日，某某县举办基层党建工作培训班，全县各乡镇党委书记参加。"
    text = "\n".join(["某县举办基层党建培训班", lead, "培训现场，学员认真听讲。（李明摄）",
                      "培训班围绕基层组织建设、党员教育管理等内容作了系统讲解，学员们表示收获很大。"])
    doc = normalize(Source("report.txt", text))
    assert lead in doc.text and "李明摄" not in doc.text
