"""Layouts of issue 13's heldout29 kinds, written for the genre with made-up texts: a plan whose title a
page wraps before its kind (…工作 / 方案) and that its issuing body signs under the body, a speech script
whose salutation carries an editor's zero-width space, a study note whose title has a bracketed note, and
a press-conference page whose headline is a <div class="title"> above a date line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaodian.ingest import read_path
from kaodian.model import Source
from kaodian.normalize import normalize

P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会，并且在实际工作中加以贯彻落实。"


def meta(text: str, name: str = "x.txt"):
    doc = normalize(Source(name, text))
    return doc, [(a.title, a.author, a.affiliation) for a in doc.articles]


@pytest.mark.parametrize("kind", ["工作方案", "实施意见", "工作要点", "活动方案"])
def test_a_title_wrapped_before_its_kind_is_one_title_and_the_body_under_it_signs(kind):
    text = (f"某某县第二中学2024年教师培训\n{kind}\n为做好本年度工作，结合我校实际，制定本{kind[-2:]}。\n"
            f"一、总体要求\n{P}\n二、主要任务\n{P}\n中共某某县第二中学委员会\n2024年3月1日\n")
    _, got = meta(text)
    assert got == [(f"某某县第二中学2024年教师培训{kind}", "中共某某县第二中学委员会", None)]


def test_a_short_line_of_a_person_s_name_still_signs():
    _, got = meta(f"关于某某工作的思考\n王建国\n{P}\n{P}\n")
    assert got == [("关于某某工作的思考", "王建国", None)]


@pytest.mark.parametrize("zw", ["\u200b", "\u200c", "\u200d", "\u2060"])
def test_a_salutation_with_a_zero_width_character_after_it_is_body_never_a_title(zw):
    doc, got = meta(f"\n尊敬的各位评委、亲爱的同学们：{zw}\n\n大家好，我是某某班的学生。{zw}\n\n{P}{zw}\n\n谢谢大家！\n", "x.md")
    assert got == [(None, None, None)]
    a = doc.articles[0]
    assert doc.text[a.start : a.end].startswith("尊敬的各位评委、亲爱的同学们：")
    assert zw not in doc.text


@pytest.mark.parametrize("title", ["学习手册（供支部参考）", "话术汇编（用于宣传写作）"])
def test_a_phrase_with_a_bracketed_note_is_a_title_not_a_name_and_unit(title):
    _, got = meta(f"{title}\n一、第一部分\n{P}\n二、第二部分\n{P}\n")
    assert got == [(title, None, None)]


def test_a_person_s_name_with_the_unit_in_brackets_still_signs():
    _, got = meta(f"关于某某工作的思考\n王建国（某某大学马克思主义学院）\n{P}\n{P}\n")
    assert got[0][:2] == ("关于某某工作的思考", "王建国")


BODY = "".join(f"<p>第{k}段，我们要把有关工作做深做实，推动各项任务落地见效，切实发挥带头作用。</p>" for k in "一二三四")


@pytest.mark.parametrize("date", ["2012年6月24日", "2012-06-24"])
def test_a_headline_in_a_title_div_above_a_date_line_is_the_title(tmp_path: Path, date: str):
    head = "某某任务第二场新闻发布会"
    page = (f"<html><head><title>{head}_某某官方网站</title></head><body><div class=nav><a href=/>首页</a></div>"
            f'<div class="title"> {head} </div><div class=info>发布日期: {date}</div>'
            f"<div class=tools>字号: [大] [中] [小] [打印]</div>"
            f"<div class=content><p>{date}</p><p>某某工程新闻发言人 李明</p><p>女士们、先生们：</p>{BODY}</div></body></html>")
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    doc = normalize(read_path(f))
    assert [(a.title, a.author) for a in doc.articles] == [(head, "李明")]


@pytest.mark.parametrize("lead, said", [("就像古人说的 ", True), ("正如一位老教师讲的", True), ("写完以后，我便以为", True),
                                        ("这就是所谓", False)])
def test_a_sentence_quoted_after_said_or_thought_is_a_quote_not_a_formulation(lead, said):
    from kaodian.pipeline import extract_source

    span = "山高路远，此心不改半分"
    ex = extract_source(Source("x.txt", f"某某体会\n{P}\n{P}{lead}“{span}”。\n"))
    quotes = [q.text for q in ex.of_kind("quote")]
    assert (span in quotes) is said


def _series(text: str) -> list[list[str]]:
    from kaodian.pipeline import extract_source

    return [[s.text for s in p.items] for p in extract_source(Source("x.txt", f"某某说明\n{P}\n{text}\n")).of_kind("term_series")]


@pytest.mark.parametrize("count, noun", [("四个", "环节"), ("四项", "程序")])
def test_a_count_of_the_terms_after_the_last_closes_the_series(count, noun):
    got = _series(f"新录用人员要经过报名、资格审查、集中培训和考核{count}{noun}，合格后方可上岗。")
    assert ["报名", "资格审查", "集中培训", "考核"] in got


def test_a_count_that_is_not_the_terms_stays_in_the_last_term():
    got = _series("会议审议了报告、决议、章程修正案三个文件的起草说明，并作出决定。")
    assert not any(t[-1] == "章程修正案" and len(t) != 3 for t in got)


def test_a_name_that_acts_is_a_clause_not_a_middle_term():
    got = _series("值班员孙涛负责接待来访群众，值班员王丽、周敏认真核对登记表格和来访记录，并及时上报情况。")
    assert not any(any("核对" in term for term in t) for t in got)


@pytest.mark.parametrize("text", ["组织部门采取个别谈话、查阅档案、民主测评等方法，深入了解情况。",
                                  "会前须填写报告单，连同个别谈话、查阅档案、民主测评材料一并报送。"])
def test_a_verb_or_preposition_governing_the_whole_series_is_no_part_of_its_first_term(text):
    got = _series(text)
    assert any(t[:2] == ["个别谈话", "查阅档案"] for t in got)


def test_a_heading_in_sequence_after_a_dropped_rule_is_no_wrap_of_the_full_line_above():
    terms = "、".join(f"{a}{b}" for a in "学思践悟知行合一" for b in ("建设", "发展", "推进", "落实"))
    width = 30
    # every line runs to the edge, the list's last too (a remainder shorter than a line is left out)
    lines = [terms[k : k + width] for k in range(0, len(terms) - len(terms) % width, width)]
    body = "\n".join(lines)
    text = (f"某某学习手册\n一、第一部分内容\n常用词语：\n{body}\n{'=' * 60}\n{'=' * 60}\n二、第二部分内容\n常用词语：\n{body}\n"
            f"{'=' * 60}\n{'=' * 60}\n三、第三部分内容（小结）\n常用词语：\n{body}\n")
    doc = normalize(Source("x.txt", text))
    assert [h.text for h in doc.articles[0].headings] == ["第一部分内容", "第二部分内容", "第三部分内容（小结）"]


def test_a_long_glossary_list_of_unlike_lengths_is_one_series_and_a_short_one_is_held_to_the_ratio():
    long_terms = ["初心", "使命担当", "红色基因", "星火", "以学促干推动事业高质量发展", "文化自信", "历史自觉",
                  "精神谱系", "奋斗姿态", "家国情怀", "实干笃行", "守正创新"]
    got = _series("常用语词：" + "、".join(long_terms))
    assert long_terms in got
    short = ["初心", "星火", "以学促干推动事业高质量发展"]
    assert short not in _series("常用语词：" + "、".join(short))


def test_a_word_the_tagger_takes_for_a_name_does_not_make_a_series_of_clauses_a_clause():
    got = _series("要努力让群众获得感更加充实、幸福感更可持续、安全感更有保障。")
    assert any(len(t) == 3 and t[1] == "幸福感更可持续" for t in got)
