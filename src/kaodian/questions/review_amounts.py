"""A cloze on an amount a review section reports (发放育儿补贴______; 惠及______近亲属) that is no headline aggregate,
target or rule: a past year's tally no test asks (session 26's reading of two provincial reports as a party-school
teacher).  One of lint's quality checks (reject_shapes), so ``generate`` drops what it finds; apart from
review_shapes because it reads trivia's policy, and trivia reads review_shapes.
"""

from __future__ import annotations

import re

from ..model import Question
from .review_shapes import CLAUSE_BREAKS, SHAPES_POLICY
from .tf_worth import minor_number
from .trivia import policy as trivia_policy

_REVIEW_HEADING = re.compile(SHAPES_POLICY["review_heading"])
_AMOUNT = re.compile(SHAPES_POLICY["amount"])
_WHOLE_SCOPE = re.compile(SHAPES_POLICY["whole_scope"])


def in_review(heading: str, article: str) -> bool:
    """Whether a section headed ``heading`` of the article titled ``article`` reviews past work: its heading says so
    (``review_heading``: 工作回顾, 发展成就, 过去五年) or names a year before the one the title names (2025年主要工作 in
    《2026年…报告》)."""
    if _REVIEW_HEADING.search(heading):
        return True
    title = re.search(r"(\d{4})年", article)
    return bool(title) and any(int(y) < int(title.group(1)) for y in re.findall(r"(\d{4})年", heading))


def review_amount(q: Question) -> str | None:
    """Why a cloze blanks an amount a review section reports (``amount``: 181.2万人, 4亿美元, 21个) that is no
    headline aggregate or rule (``tf_worth.minor_number`` finds it minor), no target (a word of aim in the sentence,
    a bound after the figure), no share or period's aggregate (trivia.yaml) and no sum said of the whole country or
    province (``whole_scope``: 全国财政专项扶贫资金投入超过1000亿元), or None.  A past year's tally
    (发放育儿补贴______, 惠及______近亲属, 选派科技副总______) is what no test asks: session 26's reading of two
    provincial reports as a party-school teacher.  Rates (92.8%) and counts of years (连续9年) are not amounts."""
    if q.source is None or not in_review(q.source.heading or "", q.source.article or ""):
        return None
    pol = trivia_policy()
    s = q.source.sentence
    for b in q.blanks:
        if not _AMOUNT.fullmatch(b.text) or s[b.start : b.end] != b.text:
            continue
        if (re.search(pol["target_words"], s) or re.match(pol["target_after"], s[b.end :])
                or re.search(pol["figure_standard"], s)
                or re.search(pol["aggregate_before"], s[max(0, b.start - 8) : b.start])
                or minor_number(s, b.start, b.end) is None
                or _WHOLE_SCOPE.search(s[_clause_start(s, b.start) : b.start])):
            continue
        return f"空“{b.text}”是工作回顾里报告的一个数量，不是预期目标、总量指标或规定，属过去一年的琐碎统计"
    return None


def _clause_start(s: str, at: int) -> int:
    """Where the clause holding ``s[at]`` opens (after the last of ``CLAUSE_BREAKS`` before it)."""
    return max((i + 1 for i in range(at) if s[i] in CLAUSE_BREAKS), default=0)
