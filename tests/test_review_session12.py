"""Shapes blind teachers rejected in session 12's review of question-and-answer texts: a list whose
items are only where something was changed (在总纲第二段中), and a cloze blanking a leader's name in a
set formula (以某某同志为核心的党中央)."""

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.blank_choice import filler


def test_a_list_of_locators_is_no_list_question():
    text = ("某某协会章程修改说明\n问：章程修正案对总则作了哪些修改？\n答：主要有三处修改：一是在总则第二段中，将服务会员、服务行业，"
            "修改为服务会员、服务行业、服务社会；二是在总则第三段中，将加强自律，修改为加强行业自律；三是在总则第五段中，将会员大会，"
            "修改为会员代表大会。\n问：这次修改有什么意义？\n答：这次修改体现了协会的新发展。\n问：修改是怎样进行的？\n答：修改经过了充分讨论。\n")
    asked = [q for q in generate([extract_text(text, "t.txt")]).questions if q.kind in ("recall", "multiple", "single", "ordering")]
    assert not [q for q in asked if any(str(a).startswith("在总则") for a in (q.options or q.answer))]


def test_a_leaders_name_with_its_honorific_is_no_blank():
    assert filler("某某同志", "为核心的党中央") and filler("某某总书记", "指出，")
    assert not filler("某某同志", "为主要代表的中国共产党人") and not filler("马克思主义", "为核心") and not filler("同志", "为核心")


def test_an_ordinal_is_changed_to_the_one_before_which_always_was():
    from kaodian.questions.changes import changed_number

    assert changed_number("第二个") == "第一个"  # (第三个百年奋斗目标 never was: false at a glance)
    assert changed_number("第三届") == "第二届" and changed_number("第一次") == "第二次"


def test_an_item_that_is_only_when_something_was_done_is_a_fragment():
    from kaodian.questions.listscope import _fragment

    assert _fragment("活动期间") and _fragment("在总则第二段中")
    assert not _fragment("活动期间落实分组管理") and not _fragment("在实践中检验真理和发展真理")


def test_a_list_whose_items_are_the_first_half_of_their_sentences_is_no_list_question():
    text = ("某某协会章程修改说明\n问：对会员的意见是怎么处理的？\n答：对会员的意见，我们逐条作了研究。"
            "有些意见虽然这次没有采纳，但主要精神已经体现在工作报告中；有些意见还需要在实践中进一步研究；"
            "有些具体意见，则可以在协会的其他规定中体现。\n问：修改有什么意义？\n答：修改很有意义。\n"
            "问：修改怎样进行？\n答：修改经过讨论。\n")
    for q in generate([extract_text(text, "t.txt")]).questions:
        items = q.options if q.kind in ("multiple", "single") else q.answer if q.kind in ("recall", "ordering") else ()
        assert "有些具体意见" not in items and "有些意见虽然这次没有采纳" not in items, (q.kind, items)
