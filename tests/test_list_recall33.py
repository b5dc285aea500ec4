"""Session 33's grading of list recall (issue 12): a stem never says 以下/下列 of a list it does not show (the lead
that says it is quoted, the regulation's words), a list of heads with their explanations is answered by the heads, and a
body's duties close with a catch-all that is no point.  Invented regulations only."""

from __future__ import annotations

import re

from kaodian import pipeline

_RULES = """某某服务中心工作规定

第一章　总则
第一条　为了规范某某服务中心的工作，制定本规定。
第二条　某某服务中心工作应当遵循以下原则：
（一）坚持和加强服务中心的统一领导，旗帜鲜明讲规矩，把服务标准、服务要求贯彻到工作全过程和各方面；
（二）坚持依法依规、从严管理，抓住关键岗位、管好全体人员，始终保持队伍的纯洁性；
（三）坚持围绕中心、建设队伍、服务群众，推动服务工作与业务工作深度融合、相互促进；
（四）坚持以上率下，发挥领导干部示范引领作用；
（五）坚持继承和创新相结合，增强服务工作实效。
第二章　职责
第三条　某某服务中心的职责包括：
（一）受理群众提出的各类服务申请；
（二）组织协调有关部门办理申请事项；
（三）督促检查申请事项的办理情况；
（四）办理其他有关事项。
第四条　中心工作人员有下列行为之一的，给予批评教育：
（一）无正当理由拒绝受理申请，推诿敷衍群众的；
（二）泄露群众个人信息，造成不良影响的；
（三）违反规定收取费用，损害群众利益的。
第五条　本规定自发布之日起施行。
"""


def _recalls(tmp_path) -> list:
    path = tmp_path / "rules.txt"
    path.write_text(_RULES, encoding="utf-8")
    return [q for q in pipeline.make_bank([str(path)]).bank.questions if q.kind == "recall"]


def test_no_recall_stem_points_at_a_list_it_does_not_show(tmp_path):
    stems = [q.stem for q in _recalls(tmp_path)]
    assert "据《某某服务中心工作规定》第二条，“某某服务中心工作应当遵循以下原则”。这些原则包括哪五项？" in stems, stems
    # (以下/下列 only inside the text's quoted words, where they are the regulation's, never the stem's)
    assert not any(w in re.sub("“[^”]*”", "", s) for s in stems for w in ("以下", "下列")), stems


def test_heads_with_their_explanations_are_answered_by_the_heads(tmp_path):
    principles = next(q for q in _recalls(tmp_path) if "原则" in q.stem)
    assert principles.answer == ("坚持和加强服务中心的统一领导", "坚持依法依规、从严管理", "坚持围绕中心、建设队伍、服务群众",
                                 "坚持以上率下", "坚持继承和创新相结合")


def test_a_condition_item_stays_whole_and_a_duties_catch_all_leaves_the_answer(tmp_path):
    recalls = _recalls(tmp_path)
    answers = [a for q in recalls for a in q.answer]
    # (a condition with its explanation is one provision: never cut to its first clause)
    assert "无正当理由拒绝受理申请，推诿敷衍群众的" in answers, [q.answer for q in recalls]
    duties = next(q for q in recalls if "受理群众提出的各类服务申请" in q.answer)
    assert len(duties.answer) == 3 and "三" in duties.stem and "办理其他有关事项" not in duties.answer


_KINDS = """某某协会纪律规定

第一章　总则
第一条　为了规范某某协会会员的行为，制定本规定。
第八条　对会员的纪律处理种类：
（一）提醒；
（二）警告；
（三）通报批评；
（四）取消会员资格。
第九条　对违规后下落不明的会员，应当区别情况作出处理：
（一）对有严重违规行为，应当取消会员资格的，理事会应当作出决定，取消其会员资格；
（二）除前项规定的情况外，下落不明时间超过六个月的，理事会应当按照章程规定对其予以除名。
第十条　理事会应当加强对会员特别是理事的日常监督，保证会员遵守章程。
（一）定期检查会员参加活动的情况；
（二）督促开好理事会议；
（三）每年至少召开1次会员大会。
"""


def test_an_articles_lead_that_is_a_name_or_no_statement_is_never_a_sentence_of_its_own(tmp_path):
    """第八条　对会员的纪律处理种类： is the list's name (…种类包括哪四项？); 对违规后下落不明的会员， is the object its
    sentence's verb follows, no sentence (…的会员。该条列举了哪两项 was one); a statement lead stays as it was."""
    path = tmp_path / "kinds.txt"
    path.write_text(_KINDS, encoding="utf-8")
    stems = [q.stem for q in pipeline.make_bank([str(path)]).bank.questions if q.kind == "recall"]
    assert "据《某某协会纪律规定》第八条，对会员的纪律处理种类包括哪四项？" in stems, stems
    assert not any("的会员。" in s or "种类。" in s for s in stems), stems
    assert "据《某某协会纪律规定》第十条，理事会应当加强对会员特别是理事的日常监督。该条列举了哪三项？" in stems, stems
