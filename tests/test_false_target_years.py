"""A target's year changed in a false statement becomes another planning milestone or a five-year plan's end, never a
year nobody plans for (issue 12; invented sentences)."""

from __future__ import annotations

import re

import pytest

from kaodian.questions.false_dates import false_date_edits

_DOC = "2019年本市启动试点。2020年试点全面铺开。2022年总结经验。"
_MILESTONES = {2025, 2027, 2030, 2035, 2049, 2050}


@pytest.mark.parametrize("sentence", [
    "到2035年，城乡居民收入差距明显缩小。",
    "至2030年底，基本建成现代化交通网络。",
    "2027年前，全面完成老旧小区改造。",
    "到2028年，新能源汽车占比达到一半。",
])
def test_a_targets_year_changes_to_another_milestone(sentence):
    date = re.search(r"\d{4}年", sentence).group()
    edits = false_date_edits(date, _DOC, sentence)
    assert edits, sentence
    for e in edits:
        year = int(e[:4])
        assert year in _MILESTONES and abs(year - int(date[:4])) >= 3, (sentence, edits)
        assert year > 2022  # (a target is never a year the text tells as done)


def test_a_past_years_change_is_not_bound_to_milestones():
    edits = false_date_edits("2019年", _DOC, "2019年本市启动试点。")
    assert edits and any(int(e[:4]) not in _MILESTONES for e in edits)
