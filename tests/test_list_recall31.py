"""Session 31's blind teachers on list recall (issues 11, 12): the stem says the part and what kind of items are asked,
a regulation's article is named by its own lead (never the chapter), an answer never drops an item's clause and is
no longer than a 简答题 is recited."""

from __future__ import annotations

from kaodian import pipeline
from kaodian.questions.ask_list import RECALL_ANSWER_MAX, recall_answer
from kaodian.questions.list_kind import item_kind


def _recalls(tmp_path, text: str) -> list:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [q for q in pipeline.make_bank([str(path)]).bank.questions if q.kind == "recall"]


def test_the_kind_of_items_is_read_from_their_shape():
    assert item_kind(("经济总量持续增长", "发展质效稳步提高", "经营主体不断壮大")) == ("取得了", "项成效")
    assert item_kind(("实施就业优先战略", "提升社会治理水平", "加快建设交通强省")) == ("提出了", "项举措")
    assert item_kind(("要有韧劲", "要有干劲", "要有拼劲")) == ("提出了", "项要求")
    assert item_kind(("统筹山水林田湖草系统治理", "大力培育新型职业农民", "瞄准贫困人口精准帮扶")) == ("提出了", "项举措")
    # (mixed or passages: no kind, the stem says none)
    assert item_kind(("经济总量持续增长", "实施就业优先战略", "社会大局")) == ("", "")
    assert item_kind(("实施就业优先战略，扩大就业容量、提升就业质量，确保城镇调查失业率总体稳定",) * 3) == ("", "")


def test_items_ending_in_one_refrain_are_answered_by_their_points():
    items = ("持续用力打造“三个高地”，推动高质量发展实现新突破", "坚持扩大内需战略基点，推动建强内需市场实现新突破",
             "全面提高治理效能，推动平安建设实现新突破")
    assert recall_answer(items) == ("持续用力打造“三个高地”", "坚持扩大内需战略基点", "全面提高治理效能")
    # (items whose second clauses say different things keep them: each is a whole requirement)
    whole = ("坚持以上率下，发挥领导机关示范引领作用", "坚持继承和创新相结合，增强党建工作实效", "坚持围绕中心，服务群众")
    assert recall_answer(whole) == whole


_REGULATION = """某某组织工作条例

第一章　总则
第一条　为了规范某某组织的工作，制定本条例。
第二章　民主和监督
第五条　基层组织应当加强对成员的日常监督，保证成员严格遵守制度规定。
（一）定期检查成员参加组织活动的情况；
（二）督促开好成员的民主生活会；
（三）做好群众来信来访工作。
第六条　委员会的职责是监督、执纪、问责，主要包括：
（一）维护章程，经常对成员进行遵守纪律的教育。
（二）受理处置成员检举举报；进行问责或者提出责任追究的建议。
（三）受理成员控告和申诉；保障成员权利。
"""


def test_a_regulation_article_is_asked_by_its_own_lead_never_its_chapter(tmp_path):
    stems = [q.stem for q in _recalls(tmp_path, _REGULATION)]
    assert "据《某某组织工作条例》第五条，基层组织应当加强对成员的日常监督。该条列举了哪三项？" in stems, stems
    assert not any("民主和监督" in s for s in stems), stems


def test_an_items_clause_after_its_semicolon_stays_in_the_answer(tmp_path):
    answers = [a for q in _recalls(tmp_path, _REGULATION) for a in q.answer]
    assert "受理处置成员检举举报" not in answers and "受理成员控告和申诉" not in answers, answers
    assert "受理成员控告和申诉；保障成员权利" in answers, answers


def test_no_recall_answer_is_longer_than_a_teacher_has_recited(tmp_path):
    duty = "了解并掌握成员的思想、作风和工作情况，及时向上级组织和本单位党组反映有关问题"
    text = "某某组织工作条例\n\n第三章　职责\n第八条　基层组织应当做好日常管理。\n" + "".join(
        f"（{n}）{duty}{k}；\n" for k, n in enumerate("一二三四五六七八")) + "第九条　本条例自发布之日起施行。\n"
    assert all(sum(map(len, q.answer)) <= RECALL_ANSWER_MAX for q in _recalls(tmp_path, text))
