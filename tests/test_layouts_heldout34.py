"""Layouts of the held-out set heldout34 (issue 13): a student body's notice with attached tables, a
心得体会 whose points open with 首先/其次是要/最后要, an unfinished speech draft — invented texts of
each genre's shape.

- A notice's outline of bare label lines (一、时间 / 二、对象 …) that its writer misnumbered by hand:
  still its headings, sections counted by position.
"""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_source

NOTICE = """关于召开某某学院学习交流会的通知
各班级：
为进一步做好学习工作，现将有关事项通知如下：
一、会议时间
5月10日晚7点，线上会议。
二、参会对象
各班级学习委员。
四、会议主题
学习方法交流。
三、会议内容
1.汇总问题
各班于5月8日前汇总问题。
2.交流讨论
由学习部组织各班交流讨论。
四、有关要求
1．各班要按时提交材料，保证材料真实
2．参会人员要准时参加会议
3. 会后各班要及时传达会议精神
请各班级高度重视，认真落实。
"""


def test_label_headings_misnumbered_by_hand_are_still_the_outline():
    (article,) = normalize(Source("notice.docx", NOTICE, kind="docx")).articles
    assert [h.text for h in article.headings] == ["会议时间", "参会对象", "会议主题", "会议内容", "有关要求"]


def test_a_list_under_a_slipped_heading_counts_its_section_by_position():
    found = extract_source(Source("notice.docx", NOTICE, kind="docx")).of_kind("enumeration")
    sections = {e.section: [i.text for i in e.items] for e in found}
    assert sections[4] == ["汇总问题", "交流讨论"]
    assert len(sections[5]) == 3  # the full-width 1．2． and the ASCII 3. markers are one list


def test_sentences_out_of_sequence_stay_body():
    text = NOTICE.replace("四、会议主题", "四、会议的主题是交流学习方法，大家要积极参加。")
    (article,) = normalize(Source("notice.docx", text, kind="docx")).articles
    assert [h.text for h in article.headings] == ["会议时间", "参会对象", "会议内容", "有关要求"]
