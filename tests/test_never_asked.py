"""Points extracted but never asked (questions/never_asked.py): a work named as one example of several."""

from kaodian.pipeline import extract_text
from kaodian.questions import generate

TEXT = ("某某协会文艺工作回顾\n"
        "近年来，协会推出了《山路弯弯》《春到田间》《海上灯火》《远方来信》等一批优秀作品，深受群众喜爱。\n"
        "协会认真学习《某某协会章程》《某某协会会员管理办法》《某某协会奖励规定》，规范各项工作。\n"
        "协会编印的《文艺工作手册》是会员学习的重要读物。\n")


def _answers() -> set[str]:
    questions = generate([extract_text(TEXT, "t.txt")]).questions
    return {a for q in questions if q.kind == "cloze" for a in q.answer}


def test_titles_in_a_run_of_example_works_are_not_asked_but_a_lone_title_and_documents_are():
    asked = _answers()
    assert not asked & {"山路弯弯", "春到田间", "海上灯火", "远方来信"}
    assert "文艺工作手册" in asked  # a title standing alone is asked
    assert asked & {"某某协会章程", "某某协会会员管理办法", "某某协会奖励规定"}  # documents read side by side are


REGULATION = ("某某协会会员工作条例\n\n第一章  总则\n\n"
              "第二条  协会会员应当遵守章程，积极参加协会组织的活动。\n\n"
              "第三十条  本条例自2031年3月1日起施行。\n\n"
              "2008年5月20日某某协会印发的《某某协会会员工作暂行条例》同时废止。\n")


def test_the_text_a_regulation_repeals_is_never_asked():
    # (session 23's blind teachers: “同时废止”脱离上下文；被废止旧条例的印发日期属冷僻细节)
    questions = generate([extract_text(REGULATION, "r.txt")]).questions
    assert not [q.stem for q in questions if "2008" in q.source.sentence]
    assert [q for q in questions if "2031" in q.source.sentence]  # (when the new one takes effect still is)
