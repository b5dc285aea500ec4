"""A choice on a list named only by the heading above it is asked by that heading when it names a class of things
(下列哪些属于推进某某建设的要求？), and not at all when the heading names none (questions/choice_topic.py; session
19's blind teachers: 题干“文章列举的要点”不自足，应改为“…的要求包括”; under 某某生活中的道德与法律 the wrong
options come from other sections, 按话题一眼排除).  Every heading here is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kaodian.questions import reasons
from kaodian.questions.choice_topic import heading_topic, names_class


@pytest.mark.parametrize("heading, named", [
    ("推进班级制度建设的要求", True),  # …的 + head noun, whatever verb opens the modifier
    ("社区治理初步探索的经验教训", True),
    ("新型农村合作组织的主要矛盾", True),
    ("宿舍文明建设的主要措施", True),
    ("班级生活中的品德与纪律", False),  # a section's title, no class of things
    ("适应中学生活", False),
    ("发展社区民主议事", False),
    ("准确把握推进班级制度建设的思路和任务", False),  # what a teacher is to make students do
    ("正确认识校园交往面临的新形势", False),
    ("班委会如何继续加强自身建设", False),  # a question: its items answer it in sentences
    ("为了建设和谐班级，应努力做到什么", False),
    ("要求", False),  # a bare aspect says not of what
    ("", False),
])
def test_a_heading_names_a_class_when_it_ends_with_a_head_noun(heading, named):
    assert names_class(heading) is named


def test_a_list_named_otherwise_keeps_its_name_and_one_named_by_no_class_is_not_asked():
    ctx = SimpleNamespace(point=None)  # (the heading is given in the values: the point is not read)
    assert heading_topic(ctx, {"list_lead": "班委会要做好三项工作", "heading": "班级生活中的品德与纪律"}) == ""
    assert heading_topic(ctx, {"heading": "推进班级制度建设的要求"}) == "推进班级制度建设的要求"
    assert heading_topic(ctx, {"heading": "班级生活中的品德与纪律"}) is None
    assert "不出选择题" in reasons.LIST_HEADING_NO_CLASS
