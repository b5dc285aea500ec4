"""A list's multiple choice (questions/list_choice.py) shows at least two wrong options, drawn first from the
list beside it in its section (sibling_lists.neighbour_items), never from what the text says under the list's
own items (session 20's blind teachers: 唯一干扰项…一眼可排除; 干扰项正是第三点下的内容，考生可争辩).  The
texts are invented."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate, list_choice
from kaodian.questions.changes import same_openings

# one section setting out two sides' problems in two parallel lists (从外部看… / 从内部看…), each item followed
# by what the text says under it
SIDES = """关于当前发展形势的几点认识

一、准确把握当前发展面临的形势

从外部看，周边环境复杂多变，竞争压力持续加大。一是区域竞争日趋激烈。周边地区纷纷出台招商政策，争夺项目和人才，部分园区招商引资难度加大。二是外部需求明显减弱。出口订单有所下降，部分外贸企业经营承压。三是要素成本不断上升。用地用能成本持续走高，企业利润空间收窄。
从内部看，结构性矛盾依然突出，转型升级任务艰巨。一是产业结构不够合理。传统产业比重偏高，新兴产业规模偏小。二是创新能力仍然不强。研发投入强度低于全省平均水平，高层次人才储备不足。三是民生保障存在短板。部分乡镇医疗资源紧缺，养老服务供给不足。

二、扎实做好下一阶段工作

要坚持稳中求进，统筹发展和安全，确保各项目标任务顺利完成。
"""
OUTSIDE = ("区域竞争日趋激烈", "外部需求明显减弱", "要素成本不断上升")
INSIDE = ("产业结构不够合理", "创新能力仍然不强", "民生保障存在短板")


def _multiples(text: str):
    return [q for q in generate([extract_text(text, "c.txt")], kinds=("multiple",), per_sentence=0).questions]


def _wrong(q) -> list[str]:
    return [o for i, o in enumerate(q.options) if "ABCDEF"[i] not in q.answer]


def test_a_list_takes_the_parallel_list_of_its_section_as_wrong_options():
    """The inside problems are asked beside the outside ones: same kind, same level, not said of this side."""
    qs = [q for q in _multiples(SIDES) if "从内部看" in q.stem]
    assert qs, [q.stem for q in _multiples(SIDES)]
    for q in qs:
        assert len(_wrong(q)) >= 2, q.options
        assert all(w in OUTSIDE for w in _wrong(q)), q.options


def test_no_list_multiple_choice_draws_a_clause_said_under_its_items():
    qs = _multiples(SIDES)
    assert qs
    bodies = SIDES.split("一是", 1)[1]
    for q in qs:
        # (what the text says under an item is a point of that item: a learner who picks it argues it is right)
        assert all(w in OUTSIDE + INSIDE or w not in bodies for w in _wrong(q)), q.options


@pytest.mark.parametrize("least", [1, 2])
def test_a_list_with_fewer_wrong_options_than_policy_list_wrong_min_is_no_multiple_choice(monkeypatch, least):
    """The outside problems find one wrong option only (the inside ones state shortfalls, they do not): asked
    with it when policy.yaml list_wrong_min is 1, not asked at 2."""
    monkeypatch.setattr(list_choice, "LIST_WRONG_MIN", least)
    qs = [q for q in _multiples(SIDES) if "从外部看" in q.stem]
    assert all(len(_wrong(q)) >= least for q in qs), [q.options for q in qs]
    assert bool(qs) is (least == 1)


def test_a_noun_opening_with_a_lead_character_keeps_it():
    """要 opens a requirement (要坚持…) and a noun (要素…): only the lead word is stripped from the options."""
    right, wrong = same_openings(["要素成本不断上升", "区域竞争日趋激烈"], ["要坚持统筹发展和安全", "要加强风险防控"])
    assert "要素成本不断上升" in right


# three lists of one class under headings that name it (某某的经验教训)
LESSONS = """某某课程复习要点

一、农业合作化的历史经验
农业合作化的历史经验主要有：（1）必须坚持自愿互利原则；（2）必须坚持典型示范引路；（3）必须坚持国家积极帮助；（4）必须坚持循序渐进推进。

二、工业建设初步探索的经验教训
工业建设初步探索的经验教训主要有：（1）必须坚持统筹兼顾方针；（2）必须坚持自力更生为主；（3）必须坚持按经济规律办事；（4）必须坚持综合平衡原则。

三、文化建设初步探索的经验教训
文化建设初步探索的经验教训主要有：（1）必须坚持百花齐放方针；（2）必须坚持古为今用原则；（3）必须坚持洋为中用原则；（4）必须坚持推陈出新要求。
"""


def test_a_list_is_asked_by_one_choice_kind_only():
    """Every kind drafted (no cap per sentence): a list asked as a multiple choice is not asked again as a single one
    (session 20's blind teachers: 与第10题考点重复)."""
    qs = generate([extract_text(LESSONS, "c.txt")], kinds=("single", "multiple"), per_sentence=0).questions
    assert qs
    for q in qs:
        assert not [o for o in qs if o.kind != q.kind and o.source.start < q.source.end and q.source.start < o.source.end], q.stem
