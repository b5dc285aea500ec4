"""An enumeration item's core (questions.sentence.core): its first clause, unless that clause only gives
the basis of the requirement (按照…等，…): then what follows it.  Sentences are invented."""

from __future__ import annotations

import pytest

from kaodian.questions.sentence import core


@pytest.mark.parametrize(("item", "expected"), [
    ("按照编制标准、人数标准等，及时足额拨付办学经费；", "及时足额拨付办学经费"),
    ("根据区域内发展需要等因素，制定、调整学校布局规划", "制定、调整学校布局规划"),
    ("坚持党的全面领导，把牢正确方向；", "坚持党的全面领导"),
    ("按照有关程序任免学校负责人；", "按照有关程序任免学校负责人"),
    ("依照，办", "依照，办"),
])
def test_a_clause_of_basis_is_no_core(item, expected):
    assert core(item) == expected
