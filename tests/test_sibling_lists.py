"""Wrong options of a list question come from its sibling lists first (questions/sibling_lists.py): a
charter's duties beside its rights, not a department's tasks.  The charter is invented."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.sibling_lists import siblings

# a charter's two lists of one holder (tests/test_field.py charters them with another holder's list)
TEACHER = """第十条　教师享有下列权利：
（一）参加进修和其他方式的业务培训；
（二）对学校教育教学工作提出意见和建议；
（三）按时获取工资报酬和规定的福利待遇；
（四）从事科学研究和学术交流活动。
第十一条　教师应当履行下列义务：
（一）遵守宪法法律和职业道德规范；
（二）贯彻国家教育方针完成教学任务；
（三）关心爱护全体学生并尊重学生人格；
（四）不断提高思想政治觉悟和业务水平。
"""
CHARTER = """某某中学章程
第一章　教职工
""" + TEACHER + """第二章　内设机构
第十二条　学校设立下列机构，各司其职：
（一）办公室负责文秘档案和对外联络工作；
（二）教务处负责课程安排和学籍管理工作；
（三）总务处负责校舍维修和后勤保障工作；
（四）德育处负责学生日常行为规范管理。
"""


def _lists():
    ex = extract_text(CHARTER, "c.txt")
    return ex, [p for p in ex.points if p.kind == "enumeration"]


def test_lists_named_by_a_shared_word_and_a_word_of_their_own_are_siblings():
    ex, (rights, duties, offices) = _lists()
    assert siblings(ex.document.text, ex.points, duties) == [rights]
    assert siblings(ex.document.text, ex.points, rights) == [duties]
    assert siblings(ex.document.text, ex.points, offices) == []


def test_a_list_s_wrong_options_are_drawn_from_its_siblings_first():
    """The duties' multiple choice sets rights beside its keys, never a department's tasks."""
    qs = generate([extract_text(CHARTER, "c.txt")], kinds=("multiple",), per_sentence=0).questions
    duties = [q for q in qs if "义务" in q.stem]
    assert duties, [q.stem for q in qs]
    for q in duties:
        wrong = [o for i, o in enumerate(q.options) if "ABCDE"[i] not in q.answer]
        assert wrong and all(any(r in o for r in ("业务培训", "意见和建议", "工资报酬", "科学研究")) for o in wrong), q.options
