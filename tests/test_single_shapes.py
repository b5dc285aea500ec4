"""Shapes of a single choice that teachers rejected in the blind reviews of sessions 7 and 8
(questions/single_shapes.py), each beside the printable shape it must leave alone, and generate's gate.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from kaodian.model import Question, QuestionSource
from kaodian.questions import lint_question
from kaodian.questions.single_shapes import (alike_option, findings, lookalike, member_shown, odd_key, short_stem,
                                             stem_echo, title_option, trivia_key)

P = "（　　）"


def _single(stem: str, right: str, wrong: tuple[str, ...]) -> Question:
    sentence = stem.replace(P, right)
    return Question("q-1", "single", stem, ("A",), f"原文：{sentence}", QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                    options=(right, *wrong), point_kind="term_series")


def test_a_stem_that_echoes_the_key_alone_is_flagged():
    stem = "据《在社区工作会上的讲话》，一年来，社区在以下三个方面走在全区前列。下列哪一项是其中之一？"
    assert stem_echo(stem, "垃圾分类走在全区前列", ["加快推进便民服务", "扎实开展邻里互助", "着力改善老旧小区"])
    # every option echoing it, or none, gives nothing away
    assert stem_echo(stem, "垃圾分类走在全区前列", ["便民服务走在全区前列", "邻里互助走在全区前列", "文明创建走在全区前列"]) is None
    assert stem_echo("社区要坚持（　　）、开门议事。", "居民自治", ["民主协商", "依法办事", "共建共享"]) is None


def test_a_stem_that_goes_on_into_the_first_member_is_flagged():
    assert member_shown("社区要实现服务（　　）：一是从坐等上门转变为主动走访。")
    assert member_shown("街道提出了（　　），一是在便民上更进一步。")
    assert member_shown("社区要实现服务（　　），让居民更满意。") is None


def test_a_heading_among_points_is_flagged():
    assert title_option("坚持居民自治", ["关于社区议事规则", "坚持依法办事", "坚持共建共享"])
    assert title_option("坚持居民自治", ["如何开好居民议事会", "坚持依法办事", "坚持共建共享"])
    assert title_option("坚持居民自治", ["坚持民主协商", "坚持依法办事", "坚持共建共享"]) is None


def test_a_wrong_option_saying_the_key_again_is_flagged():
    assert alike_option("社区服务还处在起步阶段", ["社区服务仍长期处于起步阶段", "居民参与明显增加", "议事规则逐步完善"])
    # one pattern, other content: a printable set
    assert alike_option("老旧小区的宜居度有新提升", ["便民服务的覆盖率有新提升", "居民议事的参与度有新提升"]) is None
    assert alike_option("四个到位", ["五个到位", "三个到位"]) is None  # terms differ in a character by design


def test_a_day_date_key_is_trivia_and_a_year_is_not():
    assert trivia_key("2011年3月15日")
    assert trivia_key("2011年") is None and trivia_key("2011年3月") is None


def test_a_stem_too_short_to_say_what_is_asked_is_flagged():
    assert short_stem("（　　）社区议事会成立。")
    assert short_stem("（　　），社区议事会在街道的指导下成立，居民代表全程参与。") is None


@pytest.mark.parametrize(("right", "wrong", "flagged"), [
    ("智慧养老", ["智慧党建", "智慧社区", "民生保障"], False),   # a two-character head
    ("智慧养老", ["智库建设", "智慧社区", "智慧城市"], True),     # 智库建设 shares one character only
    ("依法办事", ["依法行政", "以德治社", "规范办事"], False),
    ("依法办事", ["严格执法", "尊重他事", "依法行政"], True),     # 尊重他事 shares only its last character
    ("《社区报》", ["《乡音》", "《街坊报》", "《邻里》"], False),  # titles are names
])
def test_a_wrong_option_picked_for_one_character_is_flagged(right, wrong, flagged):
    assert (lookalike(right, wrong) is not None) is flagged


def test_lint_flags_the_shapes_so_generate_drops_them():
    q = _single("（　　）社区议事会成立。", "2011年3月15日", ("2012年3月15日", "2011年4月15日", "2011年3月16日"))
    assert any("琐碎" in f for f in lint_question(q)) and any("太短" in f for f in lint_question(q))
    ok = _single("社区要坚持党建引领，推动（　　）、民主协商和依法办事相结合，让居民当家作主。", "居民自治",
                 ("社区营造", "居民参与", "民主监督"))
    assert findings(ok, "居民自治", ["社区营造", "居民参与", "民主监督"]) == []


def test_the_day_of_a_party_plenum_is_learnt():
    assert trivia_key("1999年10月9日", "（　　），党的二十届九中全会在北京召开。") is None
    assert trivia_key("1999年10月9日", "（　　），社区第九次居民代表会议在街道召开。")


def test_a_list_frame_is_what_every_item_shares():
    from kaodian.questions.single_fit import in_frame, list_frame

    frame = list_frame(["议事体系", "服务体系", "保障体系"])
    assert frame == ("", "体系") and in_frame("考核体系", frame) and not in_frame("考核优秀", frame)
    assert list_frame(["坚持居民自治", "坚持依法办事"]) == ("坚持", "")
    assert list_frame(["居民自治", "依法办事"]) == ("", "")
    assert list_frame(["体系", "服务体系"]) == ("", "")  # an item that is the frame alone: no frame


def test_a_heading_line_is_told_from_a_point_said_in_a_paragraph():
    from kaodian.questions.single_fit import heading_line

    text = ("第二章 社区治理\n3、 居民议事的基本规则。12**\n7】社区服务的主要内容（选择） (P8)\n"
            "答：居民议事的基本规则是民主协商，社区服务的主要内容是便民。\n")
    assert heading_line(text, "居民议事的基本规则") and heading_line(text, "社区服务的主要内容")
    assert heading_line(text, "社区治理")
    assert not heading_line(text, "民主协商") and not heading_line(text, "居民议事")



@pytest.mark.parametrize(("right", "wrong", "flagged"), [
    ("市场", ["市级", "立场", "官场"], True),          # two characters: one shared is a look-alike
    ("网格化", ["信息化", "标准化", "精细化"], False),  # a suffix makes a class
    ("新社区", ["新时代", "新业态", "新征程"], True),
    ("一座桥", ["一条街", "一所校", "一届会"], False),  # a numbered set shares its numeral
])
def test_short_keys_and_their_look_alikes(right, wrong, flagged):
    assert (lookalike(right, wrong) is not None) is flagged


def test_a_numbered_formulation_is_asked_among_its_own_count_or_not_at_all(tmp_path):
    """两个结合、四个自信 beside 五个坚守 are struck out by their count (a teacher: 数目不符): a wrong option
    of another count must be said in the text itself."""
    from kaodian import pipeline

    text = ("一、社区工作\n社区工作要坚持党建引领，全面落实“五个坚守”，让居民群众满意。街道干部要做到“六个到位”，推动服务下沉。\n"
            "社区要完善议事规则，推动居民自治、民主协商和依法办事相结合，不断提升基层治理水平。\n")
    src = tmp_path / "t.txt"
    src.write_text(text, encoding="utf-8")
    bank = pipeline.make_bank([str(src)], pipeline.settings(kinds="single")).bank
    for q in bank.questions:
        right = q.options["ABCD".index(q.answer[0])]
        assert all(o[0] == right[0] or o in text for o in q.options), q.options


def test_a_character_the_series_beside_the_blank_shares_is_its_form():
    stem = "社区干部要有热心、有耐心、（　　），为居民办实事。"
    assert lookalike("有恒心", ["有信心", "有爱心", "有决心"], stem) is None
    assert lookalike("有恒心", ["有法可依", "有信心", "有爱心"], stem) is None  # (a form check's business)
    assert lookalike("热心肠", ["热电厂", "好心肠", "软心肠"], "邻里之间要有（　　）。")


def test_a_list_placed_under_an_exam_question_is_not_asked_as_a_single_choice():
    from kaodian.questions.single_shapes import question_anchor

    assert question_anchor("关于“为什么要坚持社区居民自治”，下列哪一项是文章列举的要点？")
    assert question_anchor("文章在“简述社区议事的基本规则”一处列举了三点，下列哪一项是其中之一？")
    assert question_anchor("关于“社区议事的基本规则”，下列哪一项是文章列举的要点？") is None


@pytest.mark.parametrize(
    ("right", "wrong", "odd"),
    [
        ("社会心理服务", ["社会主义本质", "社会主义建设", "社会主义民主"], True),  # all 社会主义…, the key not
        ("必须正确认识某某矛盾", ["必须坚持改革精神", "必须坚持某某基础", "必须坚持科学执政"], True),
        ("某某工作体系", ["某某学习制度", "某某考核制度", "某某监督制度"], True),  # (endings too)
        ("三个代表", ["三个务必", "三个有利于", "三个没有变"], False),  # the key shares the numeral's frame
        ("专业化", ["期权化", "圈子化", "家族化"], False),
        ("民族振兴", ["民族特色", "民族独立", "民族形式"], False),
    ],
)
def test_wrong_options_of_one_form_the_key_lacks_give_it_away(right, wrong, odd):
    assert (odd_key(right, wrong) is not None) is odd
