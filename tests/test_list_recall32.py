"""Session 32's blind teachers on list recall (issue 12): a regulation's catch-all item (有其他…行为的, 本条例另有
规定的) is no point to recall, and an article whose lead points at its list (有下列行为之一) is asked by the
regulation, the article and what its items are, never by the bare lead.  Invented regulations only."""

from __future__ import annotations

from kaodian import pipeline
from kaodian.questions.ask_list import without_catch_all

_RULES = """某某协会纪律规定

第一章　总则
第一条　为了规范某某协会会员的行为，制定本规定。
第二章　违规行为
第十二条　妨碍协会调查，有下列行为之一的，给予警告处理：
（一）隐瞒或者篡改登记材料的；
（二）威胁举报会员的；
（三）拒绝提供账目资料的；
（四）有其他妨碍协会调查行为的。
第十三条　有下列情形之一的，应当从重处理：
（一）胁迫他人参与违规的；
（二）拒不退还违规所得的；
（三）本规定另有规定的。
第十四条　本规定自发布之日起施行。
"""


def _recalls(tmp_path, text: str) -> list:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [q for q in pipeline.make_bank([str(path)]).bank.questions if q.kind == "recall"]


def test_a_catch_all_item_leaves_the_answer_and_the_count():
    items = ("隐瞒或者篡改登记材料的", "威胁举报会员的", "拒绝提供账目资料的", "有其他妨碍协会调查行为的")
    kept, values = without_catch_all(items, {"list_question": "这些行为包括哪四项？", "count_cn": "四", "count": "4",
                                             "list_article": "《某某规定》第十四条"})
    assert kept == items[:3]
    assert values["list_question"] == "这些行为包括哪三项？" and values["count_cn"] == "三"
    assert values["list_article"] == "《某某规定》第十四条"  # (an article's numeral is no count)
    # (an item that is a point of its own stays; two items never shrink to one)
    assert without_catch_all(items[:3], {})[0] == items[:3]
    assert without_catch_all(("威胁举报会员的", "本规定另有规定的"), {})[0] == ("威胁举报会员的", "本规定另有规定的")
    # (a body's duties close the same way; a classification's 其他…材料 is a class of its own and stays)
    duties = ("负责某某档案的建立、接收、保管", "指导下级单位某某工作", "办理其他有关事项")
    assert without_catch_all(duties, {})[0] == duties[:2]
    assert without_catch_all(duties[:2] + ("完成上级交办的其他任务",), {})[0] == duties[:2]
    classes = ("甲类材料", "乙类材料", "其他可供组织参考的材料")
    assert without_catch_all(classes, {})[0] == classes


def test_no_recall_answer_holds_a_catch_all(tmp_path):
    recalls = _recalls(tmp_path, _RULES)
    answers = [a for q in recalls for a in q.answer]
    assert "隐瞒或者篡改登记材料的" in answers, [q.stem for q in recalls]
    assert not any("其他妨碍" in a or "另有规定" in a for a in answers), answers
    assert not any("四项" in q.stem for q in recalls if "隐瞒或者篡改登记材料的" in q.answer)


def test_a_condition_lead_is_asked_what_its_items_are(tmp_path):
    stems = [q.stem for q in _recalls(tmp_path, _RULES)]
    assert "据《某某协会纪律规定》第十二条，妨碍协会调查的哪三种行为给予警告处理？" in stems, stems
    assert "据《某某协会纪律规定》第十三条，哪两种情形应当从重处理？" in stems, stems
    # (no stem points at a list it does not show)
    assert not any("下列" in s or "之一" in s or "请写出" in s for s in stems), stems


def test_lint_finds_a_list_the_stem_points_at_but_does_not_show():
    from kaodian.questions.lint_shapes import unseen_list

    assert unseen_list("妨碍协会调查，有下列行为之一。请写出这三项。")
    assert unseen_list("有下列情形之一的，应当从重处理。请写出这两项。")
    assert unseen_list("据《某某协会纪律规定》第十三条，哪两种情形应当从重处理？") is None
    assert unseen_list("做好协会工作，要把握好以下几点。这三点分别是什么？") is None


def test_lint_finds_a_statement_whose_reporting_verb_has_no_speaker():
    from kaodian.questions.lint_shapes import dangling_report

    assert dangling_report("强调加强协会制度建设是规范管理的根本之策。")
    assert dangling_report("据《某协会年度报告》，指出要坚持依章办会。")
    assert dangling_report("会长强调加强协会制度建设是规范管理的根本之策。") is None
    assert dangling_report("要求是明确的：依章办会。") is None


def test_lint_finds_a_blank_that_is_one_of_an_open_list_of_document_names():
    from kaodian.questions.lint_shapes import open_list_name

    assert open_list_name("______、会员登记管理规定、财务报销暂行办法等，推动提升协会管理水平。", ("协会章程修订条例",))
    assert open_list_name("先后出台会员登记管理规定、______等制度。", ("财务报销暂行办法",))
    # (a closed list, or a blank that is no document's name, keeps its one key)
    assert open_list_name("______、会员登记管理规定和财务报销暂行办法，推动提升协会管理水平。", ("协会章程修订条例",)) is None
    assert open_list_name("坚持______、统筹兼顾等原则。", ("实事求是",)) is None
