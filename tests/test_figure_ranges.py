"""A figure at one end of a range stays inside it, and a changed figure never contradicts its own sentence
(session 23's blind teachers: 委员5至（　　） with the option 5名 reads 5至5名; 3人以上的村…；不足3人的 changed to
4人以上 gives itself away)."""

from __future__ import annotations

import re

from kaodian import pipeline
from kaodian.questions.false_figures import changed_number_beside, inside_range, range_ends
from kaodian.questions.figure_choice import figure_ladder

RULES = ("第一章  总则\n\n"
         "第三条  街道党工委一般设委员6至9名，其中书记1名、副书记2至3名。\n\n"
         "第四条  社区党委一般设委员6至8名，最多不超过11名。\n\n"
         "第五条  有正式党员3人以上的社区，应当成立党支部；不足3人的，可以联合成立党支部。\n")


def _bank(tmp_path, text: str, kinds: str) -> list:
    src = tmp_path / "rules.txt"
    src.write_text(text, encoding="utf-8")
    return pipeline.make_bank([str(src)], pipeline.settings(kinds=kinds)).bank.questions


def _value(option: str) -> float:
    return float(re.match(r"\d+(?:\.\d+)?", option).group())


def test_a_range_end_is_laddered_only_inside_its_range():
    s = "街道党工委一般设委员6至9名，其中书记1名。"
    at = s.find("9名")
    for place in range(4):
        wrong = figure_ladder("9名", s, 4, place, s[:at])
        assert wrong is None or all(_value(w) > 6 for w in wrong), wrong
    s = "社区党委一般设5名至8名委员。"
    at = s.find("5名")
    for place in range(4):
        wrong = figure_ladder("5名", s, 4, place, s[:at], after=s[at + 2:])
        assert wrong is None or all(0 < _value(w) < 8 for w in wrong), wrong


def test_a_range_single_never_offers_a_broken_range(tmp_path):
    asked = False
    for q in _bank(tmp_path, RULES, "single"):
        m = re.search(r"(\d+)至（　　）", q.stem)
        if m:
            asked = True
            assert all(_value(o) > int(m.group(1)) for o in q.options), q.options
    assert asked


def test_range_ends_are_read_from_either_side():
    assert range_ends("委员6至", "，其中", "名") == (6, None)
    assert range_ends("委员", "至8名", "名") == (None, 8)
    assert range_ends("任期", "。", "年") == (None, None)


def test_a_figure_the_sentence_states_again_is_not_changed():
    s = "有正式党员3人以上的社区，应当成立党支部；不足3人的，可以联合成立党支部。"
    assert changed_number_beside("3人", s, s.find("3人")) is None
    s = "有正式党员3人以上的社区，应当成立党支部。"
    assert changed_number_beside("3人", s, s.find("3人")) == "4人"


def test_a_range_end_is_never_changed_past_the_other_end():
    s = "推荐比例控制在50%—60%之间。"
    new = changed_number_beside("60%", s, s.find("60%"))
    assert new is None or _value(new) > 50


def test_no_true_false_contradicts_its_own_sentence(tmp_path):
    for q in _bank(tmp_path, RULES, "truefalse"):
        assert not ("4人以上" in q.stem and "不足3人" in q.stem), q.stem


def test_a_figure_that_reached_a_target_keeps_every_option_above_it():
    # 提前完成下降40%—45%的目标: a value below 45% contradicts the stem, whatever the key's place
    s = "截至某年年底，某项排放较基期降低38.6%，提前完成到某年下降30%—35%的目标。"
    i = s.index("38.6%")
    for pick in range(4):
        wrong = figure_ladder("38.6%", s, 4, pick, s[:i], s[i + 5:])
        assert wrong and all(float(w.rstrip("%")) > 35 for w in wrong), wrong
    # a cap target (控制在…以内) bounds nothing from below: some ladder keeps options under the figure
    c = "某项指标下降3.8%，完成控制在5%以内的目标。"
    j = c.index("3.8%")
    lows = [figure_ladder("3.8%", c, 4, pick, c[:j], c[j + 4:]) for pick in range(4)]
    assert any(w and any(float(x.rstrip("%")) < 3.8 for x in w) for w in lows)


def test_a_ladder_value_inside_a_longer_figure_of_the_sentence_is_no_figure_it_shows():
    # 97.7万人 is a tail of 1697.7万人, not a figure the sentence states: the key may stand at the bottom
    s = "城镇新增就业82.7万人，农村劳动力转移就业1697.7万人。"
    i = s.index("82.7万人")
    assert figure_ladder("82.7万人", s, 4, 0, s[:i], s[i + 6:]) == ["87.7万人", "92.7万人", "97.7万人"]
    # a figure the sentence does state stays out of the ladder
    t = "城镇新增就业82.7万人，其中高校毕业生97.7万人。"
    assert "97.7万人" not in (figure_ladder("82.7万人", t, 4, 0, t[:t.index("82.7")], t[t.index("82.7") + 6:]) or [])


def test_a_year_at_one_end_of_a_span_gets_options_inside_it():
    after_start = inside_range("2015—", "、2019—2020年", ["2014年", "2016年", "2013年", "2018年", "2015年"])
    assert after_start == ["2016年", "2018年"]
    before_end = inside_range("", "—2017年，", ["2014年", "2016年", "2017年", "2018年"])
    assert before_end == ["2014年", "2016年"]
    assert inside_range("在", "，全市", ["2014年", "2016年"]) == ["2014年", "2016年"]
