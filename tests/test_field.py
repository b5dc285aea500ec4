"""Wrong options of a list's choice questions are of the keys' field (questions/field.py): session 15's blind
teachers struck out, above all, economic measures among party-building keys and diplomatic principles among
economic ones.  The study notes below are invented."""

from __future__ import annotations

import pytest

from test_sibling_lists import TEACHER
from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.field import field_test, no_point, perfective, ubiquitous

NOTES = """复习提纲

一、怎样加强基层党组织建设
加强基层党组织建设要做好四件事：一是严格党员日常教育管理，二是规范党组织生活会制度，三是选优配强党支部书记队伍，四是健全党员联系服务群众机制。

二、怎样稳定农业生产
稳定农业生产要抓好四项举措：一是稳定粮食播种面积，二是提高耕地灌溉保障水平，三是推广良种良法农机装备，四是完善种粮农民补贴政策。

三、怎样扩大对外交往
扩大对外交往要坚持四条原则：一是尊重各国主权领土完整，二是平等互利合作共赢，三是通过对话协商化解分歧，四是反对霸权主义强权政治。

四、怎样从严管理党员干部
从严管理党员干部要把握四个环节：一是严肃党内政治生活纪律，二是落实党员领导干部报告个人事项，三是开展党员干部经常性谈心谈话，四是加强对党支部书记的日常监督。
"""

FARM = ("稳定粮食播种面积", "提高耕地灌溉保障水平", "推广良种良法农机装备", "完善种粮农民补贴政策")
ABROAD = ("尊重各国主权领土完整", "平等互利合作共赢", "通过对话协商化解分歧", "反对霸权主义强权政治")


def _wrong(q) -> list[str]:
    return [o for i, o in enumerate(q.options) if "ABCDEFG"[i] not in q.answer]


@pytest.mark.usefixtures("one_wrong_option")
def test_a_party_building_list_takes_wrong_options_of_party_building_only():
    """Both party-building lists are asked, each with the other's items as wrong options; never a farming
    measure or a diplomatic principle (before: 提高耕地灌溉保障水平 and 尊重各国主权领土完整 beside the keys)."""
    qs = generate([extract_text(NOTES, "n.txt")], kinds=("multiple", "single"), per_sentence=0).questions
    party = [q for q in qs if "党" in q.stem]
    assert len(party) >= 2, [q.stem for q in qs]
    for q in party:
        assert _wrong(q) and not set(_wrong(q)) & set(FARM + ABROAD), q.options


@pytest.mark.parametrize(("wrong", "ok"), [
    ("落实党员领导干部报告个人事项", True),   # shares 党员 with the keys
    ("规范党支部换届选举程序", True),         # 党支部 is said in a key
    ("稳定粮食播种面积", False),              # another field: no word of the keys, lead or heading
    ("尊重各国主权领土完整", False),
    ("坚持和加强各项工作", True),             # only common words: cannot be judged, stays
])
def test_field_test_keeps_options_sharing_a_field_word(wrong, ok):
    named = ["严格党员日常教育管理", "选优配强党支部书记队伍", "加强基层党组织建设要做好四件事：", "怎样加强基层党组织建设"]
    assert field_test("", named, named[:2])(wrong) is ok


def test_sibling_items_are_of_the_field_whatever_their_words():
    test = field_test("", ["参加进修和业务培训"], ["参加进修和业务培训"], kin=["遵守宪法法律和职业道德规范"])
    assert test("遵守宪法法律和职业道德规范")
    assert not test("总务处负责校舍维修")


def test_a_word_of_every_part_of_the_document_ties_nothing():
    """学校 said on most lines of a school's charter is no field of one list in it."""
    doc = "\n".join(f"学校第{i}条规定了某事项" for i in range(30))
    assert ubiquitous(doc)("学校") and not ubiquitous(doc)("宪法")
    named = ["学校教师参加进修培训"]
    assert not field_test(doc, named, named)("学校总务处维修校舍")
    assert field_test("", named, named)("学校总务处维修校舍")


@pytest.mark.parametrize(("option", "empty"), [
    ("行政法规等规定的其他职责", True),
    ("本条例规定的其他权利", True),
    ("依照国家有关规定处理", True),
    ("经济方面", True),
    ("另一方面", True),
    ("维护职工及其他人员的合法权益", False),
    ("按照有关规定申请助学贷款", False),
    ("统筹推进经济建设各方面工作", False),
    # session 19: a note's aside opening with an ellipsis, an item with the note's count of its points, a bare
    # sub-heading (invented items)
    ("……这题太难了", True),
    ("班组安全的要求（4点）", True),
    ("具体做法", True),
    ("基本要求", True),
    ("意义", True),
    ("班组安全的基本要求", False),
    ("做好班组安全的意义", False),
])
def test_an_option_that_says_no_point(option, empty):
    assert no_point(option) is empty


def test_a_done_deed_among_tasks_is_struck_out_by_its_form():
    assert perfective("有效减少了事故发生") and not perfective("了解学生的思想状况")
    named = ["有效保护群众身体健康", "有效保障群众正常生活"]
    assert field_test("", named, named)("有效保护群众财产安全")
    assert not field_test("", named, named)("有效保护了群众财产安全")
    assert field_test("", named, ["有效保护了群众生命安全"])("有效保护了群众财产安全")


CHARTER = """某某中学章程
第一章　教职工和学生
""" + TEACHER + """第十二条　学生享有下列权利：
（一）参加学校安排的各项课外活动；
（二）按规定申请奖学金和助学金资助；
（三）在品行和学业成绩上获得公正评价；
（四）对学校给予的处分提出申诉意见。
"""

PUPILS = ("参加学校安排的各项课外活动", "按规定申请奖学金和助学金资助", "在品行和学业成绩上获得公正评价", "对学校给予的处分提出申诉意见")


def test_a_holder_s_rights_take_its_duties_not_another_holder_s_rights():
    """The teachers' rights are asked beside the teachers' duties, never the pupils' rights (session 15:
    取自教师权利，用于教育局明显不合理)."""
    qs = generate([extract_text(CHARTER, "c.txt")], kinds=("multiple", "single"), per_sentence=0).questions
    rights = [q for q in qs if "教师" in q.stem and "权利" in q.stem]
    assert rights, [q.stem for q in qs]
    for q in rights:
        assert not set(_wrong(q)) & set(PUPILS), q.options


def test_an_option_without_a_field_noun_is_weighed_by_its_verbs():
    named = ["规划实施好校门道路工程", "加强财务管理", "优化后勤服务工作"]
    test = field_test("", named, named[:2])
    assert not test("创新初中招生和培养办法")  # (招生, 培养: no word of the keys' field)
    assert test("统筹规划")  # (规划 is said in a key)


def test_in_a_document_of_one_field_only_forms_are_struck_out():
    test = field_test("", [], ["有效保护群众身体健康"], foreign=["另一主体的权利"], whole=True)
    assert test("稳定粮食播种面积") and not test("另一主体的权利") and not test("本章程规定的其他义务")


def test_a_le_inside_a_statement_s_own_clause_is_no_done_deed():
    assert perfective("坚持了群众路线") and not perfective("新时代为青年成长提供了广阔的空间")


REVIEW = """复习笔记

一、怎样完善基本经济制度
完善基本经济制度要做到三点：一是坚持公有制的主体地位，二是坚持国有资本做强做优做大，三是坚持非公有制经济健康发展。

二、怎样完善收入分配制度
完善收入分配制度要做到三点：一是坚持按劳分配为主体，二是坚持多种分配方式并存，三是坚持提高劳动报酬比重。

三、怎样巩固党的执政基础
巩固党的执政基础要做到三点：一是坚持密切联系群众，二是坚持民主集中制原则，三是坚持党管干部原则。

四、怎样开展文化交流
开展文化交流要做到三点：一是坚持文明互鉴，二是坚持开放包容，三是坚持美美与共。

五、怎样处理对外关系
处理对外关系要做到三点：一是坚持和平共处五项原则，二是坚持不干涉别国内政，三是坚持通过谈判解决争端。
"""

ABROAD3 = ("坚持和平共处五项原则", "坚持不干涉别国内政", "坚持通过谈判解决争端")


def test_an_option_that_only_opens_as_a_key_does_is_taken_only_near_the_list():
    """坚持… of the next section may stand beside the economy's 坚持… keys when nothing of their field is
    found; 坚持… of a chapter far off (diplomacy) never does."""
    qs = generate([extract_text(REVIEW, "r.txt")], kinds=("multiple",), per_sentence=0).questions
    economy = [q for q in qs if "基本经济制度" in q.stem]
    for q in qs:
        if "对外关系" not in q.stem and "文化交流" not in q.stem:
            assert not set(_wrong(q)) & set(ABROAD3), q.options
    assert economy, [q.stem for q in qs]
