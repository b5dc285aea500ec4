"""Lint with the text in hand (questions/context_lint.py, session 22): what a teacher rejects only after reading
the document a question cites.  Every text here is invented."""

from __future__ import annotations

from kaodian.model import Question, QuestionSource, Source
from kaodian.normalize import normalize
from kaodian.questions import lint, lint_question
from kaodian.questions.context_lint import context_of

NOTES = """读书会学习提纲
第一章 读书会的组织
一、活动的意义
读书会让会员交流心得，增进彼此了解，带动全员读书。
二、活动的安排
每月举办一次，由会长主持，轮流推荐书目。
三、活动的要求
会员提前读完书目，准备发言提纲。
第二章 读书会的纪律
会员须遵守下列要求：
一、提前读完书目
二、准备发言提纲
三、按时到场签到
"""


def _question(kind: str, stem: str, answer: tuple[str, ...], text: str, sentence: str, options: tuple[str, ...] = (),
              heading: str | None = None, point_kind: str = "enumeration") -> Question:
    start = text.index(sentence)
    return Question("q-1", kind, stem, answer, "", QuestionSource("t.txt", "题", heading, sentence, start,
                                                                   start + len(sentence)),
                    options=options, point_kind=point_kind)


def _doc(text: str):
    return normalize(Source("t.txt", text))


def test_a_recall_of_the_texts_own_headings_is_flagged_with_the_text():
    doc = _doc(NOTES)
    sentence = "一、活动的意义"
    q = _question("recall", "关于“读书会的组织”，文章列举了哪三点？", ("活动的意义", "活动的安排", "活动的要求"),
                  doc.text, sentence)
    assert not any("小标题" in f for f in lint_question(q))  # the question alone does not tell
    assert any("小标题" in f for f in lint_question(q, context_of(doc)))


def test_a_recall_of_a_lists_own_items_is_not_flagged():
    doc = _doc(NOTES)
    q = _question("recall", "关于“会员须遵守下列要求”，文章列举了哪三点？", ("提前读完书目", "准备发言提纲", "按时到场签到"),
                  doc.text, "会员须遵守下列要求：")
    assert not any("小标题" in f for f in lint_question(q, context_of(doc)))


REPORT = """本会章程规定理事会负责审议年度工作计划。
本会章程规定理事会还要审议年度财务计划，并报会员大会备案。
各分会每年审议年度宣传计划。
"""


def test_a_false_statement_the_text_says_of_the_same_subject_is_flagged():
    doc = _doc(REPORT)
    sentence = "本会章程规定理事会负责审议年度工作计划。"
    false = _question("truefalse", "本会章程规定理事会负责审议年度财务计划。", ("错",), doc.text, sentence,
                      ("对", "错"), point_kind="statement")
    assert any("这个错不明确" in f for f in lint_question(false, context_of(doc)))
    # the same words said of another subject (各分会) are what a swap may draw on
    other = _question("truefalse", "本会章程规定理事会负责审议年度宣传计划。", ("错",), doc.text, sentence,
                      ("对", "错"), point_kind="statement")
    assert not any("这个错不明确" in f for f in lint_question(other, context_of(doc)))
    assert not any("这个错不明确" in f for f in lint_question(false))


SUMMARY = """协会年度总结
一、2025年工作回顾
一年来，协会工作取得新进展：一是会员队伍稳步壮大，二是品牌活动持续开展，三是服务能力明显提升。同时，财务管理更加规范。
二、2026年工作安排
一是扩大会员规模，二是办好年会，三是完善章程。
"""


def test_a_wrong_option_said_under_the_heading_the_stem_asks_is_flagged():
    doc = _doc(SUMMARY)
    sentence = "一年来，协会工作取得新进展：一是会员队伍稳步壮大，二是品牌活动持续开展，三是服务能力明显提升。"
    stem = "关于“2025年工作回顾”，下列哪些是文章列举的要点？"
    q = _question("multiple", stem, ("A", "B", "C"), doc.text, sentence,
                  ("会员队伍稳步壮大", "品牌活动持续开展", "服务能力明显提升", "财务管理更加规范"), heading="2025年工作回顾")
    assert any("答案有争议" in f for f in lint_question(q, context_of(doc)))
    # a wrong option from another passage (next year's plan) is a distractor of the material
    fair = _question("multiple", stem, ("A", "B", "C"), doc.text, sentence,
                     ("会员队伍稳步壮大", "品牌活动持续开展", "服务能力明显提升", "扩大会员规模"), heading="2025年工作回顾")
    assert not any("答案有争议" in f for f in lint_question(fair, context_of(doc)))


def test_lint_of_a_bank_reads_each_question_with_its_documents_context():
    doc = _doc(NOTES)
    q = _question("recall", "关于“读书会的组织”，文章列举了哪三点？", ("活动的意义", "活动的安排", "活动的要求"),
                  doc.text, "一、活动的意义")
    assert any("小标题" in f for f in lint([q], {"t.txt": context_of(doc)}))
    assert not any("小标题" in f for f in lint([q]))


def test_kaodian_lint_reads_the_source_file_a_bank_cites(capsys, tmp_path, monkeypatch):
    from kaodian.bank import dump_bank
    from kaodian.cli import main
    import pytest

    (tmp_path / "t.txt").write_text(NOTES, encoding="utf-8")
    doc = _doc(NOTES)
    q = _question("recall", "关于“读书会的组织”，文章列举了哪三点？", ("活动的意义", "活动的安排", "活动的要求"),
                  doc.text, "一、活动的意义")
    bank = tmp_path / "题库.json"
    bank.write_text(dump_bank([q]), encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)  # (found beside the bank, not only in the current folder)
    with pytest.raises(SystemExit) as e:
        main(["lint", str(bank)])
    assert e.value.code == 1 and "小标题" in capsys.readouterr().out
    (tmp_path / "t.txt").unlink()  # without its text, the bank is checked question by question
    with pytest.raises(SystemExit):
        main(["lint", str(bank)])
    assert "小标题" not in capsys.readouterr().out
