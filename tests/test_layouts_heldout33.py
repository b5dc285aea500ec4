"""Layouts of the held-out set heldout33 (issue 13): party papers as people's own Word files, with
invented texts of each genre's shape.

- A talk script's working draft (党课/团课 讲稿): a title, a running order of timed lines (介绍某某，
  2min), then the script divided by bare label lines the plan announces, with the writers' editing
  marks left in (** and // opening lines, /* … */ around passages, (配图) placeholders) and a sentence
  followed by the writers' bracketed notes.
- A letter to the organisation (入党申请书): 此致 / 敬礼！ over a line break, blank 申请人：/日期： fields.
- A report whose title is the document's kind alone (思想汇报): a title, not a person's name.
"""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.normalize.roles import ends_terminal

DRAFT = """        学习某某精神，争做时代新人
讲述某某精神， 2min
       走进某某馆 3min，讲讲馆史，
    我们已经……
        展示某某风貌的材料，3min
       大家谈体会，每人 30 秒
        最后总结 2 分钟
某某精神
**某某精神是在长期奋斗中形成的，它激励着一代又一代青年。这是第一段的正文。
馆史
某某馆建于某年，是全省第一座同类展馆。这是馆史部分的正文，记录了几十年的变迁。（配图）
早期
/某年某月，某某馆正式开放，来访者络绎不绝，成为青年学习的课堂。/（视频+解说）
近期
/*近年来，某某馆不断扩建，展品日益丰富，吸引了更多青年前来参观学习。*/
某某风貌
青年们在各条战线上奋斗，他们的身影出现在最需要的地方。（写完再改）（小组的稿子）
先进个人
//时间会记住每一个奋斗者。
||奋斗正当时，青春正当时。
"""


def test_a_running_order_is_body_and_announces_the_headings():
    (article,) = normalize(Source("draft.docx", DRAFT, kind="docx")).articles
    assert article.title.replace(" ", "") == "学习某某精神，争做时代新人"
    assert [h.text for h in article.headings] == ["某某精神", "馆史", "某某风貌"]
    texts = [p.text for p in article.paragraphs]
    assert texts[0].startswith("讲述某某精神")
    assert any(t.startswith("最后总结") for t in texts)  # the plan's lines are the script's body
    assert "早期" in texts and "先进个人" in texts  # a part's own divisions stay short body lines


def test_a_drafts_editing_marks_and_placeholders_are_no_text():
    (article,) = normalize(Source("draft.docx", DRAFT, kind="docx")).articles
    texts = [p.text for p in article.paragraphs]
    assert texts[-1] == "奋斗正当时，青春正当时。"
    for t in texts:
        assert not any(mark in t for mark in ("**", "/*", "*/", "//", "||", "（配图）", "（视频+解说）")), t
        assert not t.startswith("/") and not t.endswith("/"), t


def test_a_sentence_then_bracketed_notes_ends_the_line():
    assert ends_terminal("他们奋斗在一线。（写完再改）（小组的稿子）")
    assert not ends_terminal("他们奋斗在（写完再改）")
    assert not ends_terminal("他们奋斗在一线。（这是一个很长很长的括号里的解释说明，超过二十个字不算是写给自己的注）")


def test_without_a_running_order_label_lines_are_not_read_as_its_parts():
    text = "学习某某精神\n讲述某某精神， 2min\n某某精神\n某某精神是在长期奋斗中形成的。\n馆史\n某某馆建于某年。\n"
    (article,) = normalize(Source("draft.docx", text, kind="docx")).articles
    assert article.headings == ()  # one timed line is no plan


LETTER = """入党申请书
敬爱的党组织：\u3000\u3000
我志愿加入中国共产党，拥护党的纲领，遵守党的章程，履行党员义务，执行党的决定。
请党组织考验我！\u3000\u3000
此致
敬礼！

\t\t\t\t\t\t\t\t\t申请人：
\t\t\t\t\t\t\t\t\t日   期：
"""


def test_a_letters_close_is_its_last_paragraph_and_blank_fields_are_no_text():
    (article,) = normalize(Source("letter.docx", LETTER, kind="docx")).articles
    assert article.title == "入党申请书"
    assert article.author is None
    assert article.paragraphs[-1].text == "此致敬礼！"


def test_a_filled_signature_field_is_kept():
    text = LETTER.replace("申请人：", "申请人：李明")
    doc = normalize(Source("letter.docx", text, kind="docx"))
    assert "李明" in doc.text


def test_a_reports_kind_alone_on_the_title_line_is_its_title():
    text = "思想汇报\n敬爱的党组织:\n我自被确定为预备党员以来，认真学习党的理论知识，积极参加党组织的活动。\n总之，我将不断追求进步，请党组织考验我。\n"
    (article,) = normalize(Source("report.docx", text, kind="docx")).articles
    assert article.title == "思想汇报"
    assert article.author is None


def test_a_scans_misread_characters_are_repaired_where_unambiguous():
    from kaodian.chars import repair_line

    assert repair_line("作为-名干部，我取得了-定的进步,这是我- -生的目标;") == "作为一名干部，我取得了一定的进步，这是我一生的目标；"
    assert repair_line("工作.上,勤勉务实") == "工作上，勤勉务实"
    # a space between two characters may be a fill-in sheet's blank or a regulation's gap: kept; a range keeps its hyphen
    assert repair_line("第一条 为了做好工作，制定本条例。") == "第一条 为了做好工作，制定本条例。"
    assert repair_line("2019-2020年，某某-天津") == "2019-2020年，某某-天津"
