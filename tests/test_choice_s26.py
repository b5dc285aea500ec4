"""Session 26, task choice (issues 11 and 12): a series asked by multiple choice when good wrong options exist.
The terms are invented or the genre's stock ones (…权, …性, …化); none is taken from one text of the corpus.

- two wrong options of one other series stand together when they carry the affix every key shares (表达权 …
  beside 休息权、教育权), and are cut to one otherwise (ask_choice._shaped_kin, policy options.multiple_one_series_shaped);
- a series the lexicon knows only as its own closed group takes the material's wrong options with its affix that
  the lexicon sets as a term of another group, never a stranger of no group (series_kin.closed_kin)."""

from __future__ import annotations

import pytest

from kaodian.lexicon.store import Group, Lexicon
from kaodian.questions.ask_choice import _shaped_kin
from kaodian.questions.series_kin import closed_kin, kin_of


@pytest.mark.parametrize(("terms", "wrong", "kept"), [
    (["表达权", "参与权", "监督权", "知情权"], ["休息权", "教育权"], True),
    (["特色化", "优质化", "品牌化"], ["工业化", "信息化"], True),
    (["政治立场", "政治方向", "政治原则"], ["政治纪律", "政治能力"], True),
    (["表达权", "参与权", "监督权"], ["休息权", "受教育"], False),  # (one wrong option without the affix)
    (["维护党纪", "党的建设", "从严治党"], ["政治建设", "社会建设"], False),  # (keys share no affix)
    (["带头守法", "保证执法", "支持司法"], ["刑事诉讼法", "行政诉讼法"], False),  # (法: one character of no class)
])
def test_two_wrong_options_of_one_series_stand_only_with_the_keys_affix(terms, wrong, kept):
    assert _shaped_kin(terms, wrong) is kept


def _lexicon() -> Lexicon:
    return Lexicon(
        groups=(
            Group(("自我甲化", "自我乙化", "自我丙化"), ("test",)),  # the series: a closed group
            Group(("自我批评", "求真务实"), ("test",)),  # 自我批评 is a term the lexicon sets beside another
        ),
        kinds={}, classes={},
    )


def test_a_closed_known_series_takes_found_options_that_are_lexicon_terms_with_its_affix():
    lex = _lexicon()
    terms = ["自我甲化", "自我乙化", "自我丙化"]
    assert kin_of(lex, terms, "自我", "") == []  # (its group holds only the keys: nothing to draw)
    found = ["自我批评", "自我感觉", "求真务实", "自我乙化"]
    # 自我感觉 is no lexicon term, 求真务实 lacks the affix, 自我乙化 is a key
    assert closed_kin(lex, terms, found, "自我", "") == ["自我批评"]
    assert closed_kin(lex, terms, found, "", "") == []  # (no shared affix: no class to judge by)
    assert closed_kin(None, terms, found, "自我", "") == []


# A rule's time limit among the limits its unit is set in (figure_choice.deadline_ladder, policy figure_options).
from kaodian.questions.figure_choice import deadline_cut, deadline_ladder  # noqa: E402


@pytest.mark.parametrize("pick", range(4))
def test_a_time_limit_is_asked_among_its_units_limits_never_one_the_stem_shows(pick):
    sentence = "应当自受理之日起60日内办结；情况复杂的，可以延长，但延长期限不得超过30日。"
    assert deadline_ladder("60日", sentence, "内办结", pick, 4) is None  # (every window of 60日 holds 30日)
    wrong = deadline_ladder("15日", "应当自收到之日起15日内书面告知。", "内书面告知。", pick, 4)
    assert wrong is not None and len(wrong) == 3 and "15日" not in wrong
    assert all(w.endswith("日") and w[:-1].isdigit() for w in wrong)
    # (never three wrong options ending alike beside the answer: lint's odd_affix would drop the question)
    assert len({w[-2:] for w in wrong}) > 1


@pytest.mark.parametrize(("number", "after"), [
    ("15日", "起施行"),  # (no bound: a date or a span, no limit)
    ("16日", "内"),  # (a value no rule sets as a limit)
    ("３年", "内"),  # (full-width digits: options of another form)
    ("15%", "内"),  # (no unit of a limit)
])
def test_no_time_limit_choice_without_a_limit(number, after):
    assert deadline_ladder(number, f"在{number}{after}", after, 0, 4) is None


def test_a_time_limit_cut_before_its_bound_is_no_fragment():
    text = "应当自收到之日起15日内书面告知"
    assert deadline_cut("15日", text, text.index("内"))
    assert not deadline_cut("书面", text, text.index("告"))
