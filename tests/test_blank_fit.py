"""Which concept a statement's cloze blanks when its candidates compete (session 23, issue 11 deliverable 4: the
sentence is asked, but the cloze blanked another concept than the one a teacher lists).

* A side of a 是-definition that is the statement's best concept is blanked whole though it takes more than the
  sentence's share (policy.yaml ``cloze_blank.side_stem_min``), not swapped for the other side's head.
* An article (一个, 一种) before a noun is no count: it does not go first as a rule's figure does
  (``cloze_blank.article_count``), and the value of 是 keeps its place.
* A member of a heading's slogans (2．______、补短板，…) and a blank of four series members are no blanks
  (blank_frames.yaml ``slogan_member_max``, ``slogan_line_max``; blank_shapes.yaml ``blank_members_max``).
* A blank across a copula (X|是|Y) is cut to one side (blank_frames.yaml ``copula_inside``); a short clause said
  whole in a parallel formulation (科技是关键，…) stays whole.

The texts are written for these tests in the genre's shape (a study note), not taken from the corpus.
"""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.blank_choice import definition_side, opens_count
from kaodian.questions.blank_frames import copula_inside
from kaodian.questions.blank_shapes import blank_rejected


def _clozes(*sentences: str) -> list[tuple[str, ...]]:
    text = "学习札记\n\n" + "\n\n".join(sentences) + "\n\n各支部要按时召开组织生活会，认真开展批评和自我批评。\n"
    return [q.answer for q in generate([extract_text(text, "札记.txt")], seed=0).questions if q.kind == "cloze"]


def test_a_long_subject_of_a_short_definition_is_blanked_whole() -> None:
    # the subject takes more than the sentence's share: before, only the value's head was asked, by both points
    answers = _clozes("城乡基层群众性自治组织是基层民主的重要载体。")
    assert ("城乡基层群众性自治组织",) in answers
    assert ("重要载体",) in answers  # (the other side keeps its own cloze)


def test_a_definition_side_opens_or_closes_its_clause() -> None:
    s = "城乡基层群众性自治组织是基层民主的重要载体。"
    assert definition_side(s, 0, 11)
    assert not definition_side(s, 2, 11)  # (half a subject)
    assert not definition_side(s, 12, 16)  # (the value's modifier, 基层民主, closes no clause)
    assert definition_side("每一个基层干部，都是群众的服务员。", 10, 16)
    assert not definition_side("纪律是规矩。", 0, 2)  # (the stem keeps too little of its own: ______是规矩。)


def test_an_article_does_not_go_first_as_a_count() -> None:
    answers = _clozes("每一个基层干部，不论资历多深，都是群众的服务员。")
    assert ("群众的服务员",) in answers
    assert not any(a.startswith("一个") for ans in answers for a in ans)
    assert not opens_count("一个基层干部", 0, 6) and opens_count("两名正式党员", 0, 6) and opens_count("一年", 0, 2)
    # (一个 before a unit of time is a rule's time limit, no article: review, session 23)
    assert opens_count("一个季度内", 0, 5) and opens_count("一个工作日", 0, 5)


def test_a_blank_across_a_copula_is_cut_to_one_side() -> None:
    answers = _clozes("文牍主义是藏污纳垢的东西，是形式主义的一种表现。")
    assert ("藏污纳垢的东西",) in answers
    assert not any("是" in a for ans in answers for a in ans)


def test_a_copula_inside_a_blank_is_found_but_not_in_a_short_parallel_clause() -> None:
    s = "文牍主义是藏污纳垢的东西，是形式主义的一种表现。"
    assert copula_inside(s, 0, 12) == (4, 5)
    assert blank_rejected(s, 0, 12) is not None
    t = "做好基层工作，学习是前提，实践是关键，落实是根本。"
    assert copula_inside(t, 7, 12) is None  # (学习是前提 is a member of the formulation, asked whole)
    assert copula_inside("在重点领域特别是在关键环节取得突破。", 2, 11) is None  # (特别是: no copula)


def test_a_member_of_a_heading_slogan_pair_is_no_blank() -> None:
    heading = "2．强基础、补短板，加快发展职业教育。"
    assert blank_rejected(heading, 2, 5) is not None  # (______、补短板: what the slogans are about is not in the stem)
    assert blank_rejected(heading, 6, 9) is not None
    # a longer sentence says what its slogans are: a formulation, asked
    said = "强基础、补短板、促融合，是新时代职业教育改革发展的主要任务和基本路径。"
    assert blank_rejected(said, 0, 3) is None


def test_a_blank_of_four_members_is_no_blank() -> None:
    s = "学校要深化教学、科研、管理、服务改革。"
    assert blank_rejected(s, 5, 16) is not None
    assert blank_rejected(s, 5, 13) is None  # (three members: a series blanked whole)


def test_a_dated_statement_never_blanks_a_piece_of_its_date() -> None:
    # (the year of 2009年3月8日 was the dated statement's second concept: ______1月13日 cut the date)
    answers = _clozes("2009年3月8日，某某同志在座谈会上指出：“基层治理是一项长期的任务，必须久久为功。”")
    assert answers and not any(a.startswith(("2009", "3月")) for ans in answers for a in ans)


def test_the_subject_stays_beside_a_member_of_its_value() -> None:
    # 组织纪律|是|党最基本 was one blank; cut to its subject, the subject is the cloze's best blank and the blank
    # after it is a member of the value's series, not the value of 是: the subject stays, and the second point asks
    # the member
    answers = _clozes("组织纪律是党最基本、最要紧的纪律，是维护团结统一的重要保证。")
    assert ("组织纪律",) in answers and ("最要紧的纪律",) in answers


def test_a_glosss_content_after_its_colon_is_a_definition_side_but_a_saying_is_not() -> None:
    # label：content of a review outline is what the label names; after a speech verb's colon it is words said
    gloss, said = "商品的二因素：价值和使用价值。", "习近平总书记强调：坚定理想信念。"
    assert definition_side(gloss, 7, 14)
    assert not definition_side(said, 9, 15)
