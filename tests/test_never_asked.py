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
