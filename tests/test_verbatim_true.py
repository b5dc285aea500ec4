"""A verbatim copy marked 对 is asked only when its sentence holds a key term (session 7: a blind
teacher review called a general line or a heading copied true a question that asks nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaodian.pipeline import extract_paths, extract_text
from kaodian.questions import generate
from kaodian.questions.verbatim import key_term_sentences, worth_asking_true

CORPUS = Path(__file__).parent / "corpus"


def test_a_sentence_holds_a_key_term_when_a_formulation_or_a_real_figure_lies_in_it():
    text = ("必须增强“四个意识”、坚定“四个自信”、做到“两个维护”。\n\n"
            "各地要进一步优化政务服务流程，提升办事效率。\n\n"
            "全年地区生产总值增长6%左右。\n\n"
            "2019年11月，某领导来到某社区看望群众，要求优化政务服务流程。")
    ex = extract_text(text, "t.txt")
    keys = key_term_sentences(ex)
    worth = {p.sentence.text[:4]: worth_asking_true(p, keys) for p in ex.points}
    assert worth.get("必须增强") is True, worth
    assert worth.get("全年地区") is True, worth
    assert not worth.get("各地要进", False), worth
    assert not worth.get("2019", False), worth  # the day of a visit is no key term


@pytest.mark.parametrize("name", ["gaigekaifang-40-speech.txt", "tianjin-theory-page.txt"])
def test_every_true_statement_of_a_bank_copies_a_sentence_with_a_key_term(name, monkeypatch):
    # (the balance of 对 and 错 aside: it turns false statements back true, those with a key term first,
    # and on a text with few of them a general line's change too)
    import importlib

    for module in ("kaodian.questions.generate", "kaodian.questions.tf_share"):
        monkeypatch.setattr(importlib.import_module(module), "FALSE_MAX", 1.0)
    # (a copy no change was found for is asked true at all only without policy.yaml true_needs_change)
    monkeypatch.setattr(importlib.import_module("kaodian.questions.generate"), "TRUE_NEEDS_CHANGE", False)
    ex = extract_paths([str(CORPUS / name)])[0]
    keys = key_term_sentences(ex)
    starts = {p.sentence.start: p for p in ex.points}
    bank = generate([ex], seed=0)
    true = [q for q in bank.questions if q.kind == "truefalse" and q.answer == ("对",)]
    assert true
    # a true statement cites its sentence or a clause of it: the sentence it lies in holds a key term
    bare = [q.stem for q in true
            if not any(s <= q.source.start < p.sentence.end and worth_asking_true(p, keys) for s, p in starts.items())]
    # a few may stay: a statement whose drawn change a check rejected is asked true whatever its sentence,
    # so that the seed never changes which questions the bank holds (generate._ask); the statement checks
    # of options5 reject more changes, and the charter's two 必须 rules are such statements
    assert len(bare) <= 2, bare


def test_a_copy_no_change_was_found_for_is_not_asked_true(monkeypatch):
    # (session 15: a blind teacher rejected copies with nothing a learner could get wrong, 一望便知为真; with
    # no false statement turned back true, the true statements left are those whose drawn change a check
    # rejected, fewer than the copies of key-term sentences asked before)
    import importlib

    gen = importlib.import_module("kaodian.questions.generate")
    for module in (gen, importlib.import_module("kaodian.questions.tf_share")):
        monkeypatch.setattr(module, "FALSE_MAX", 1.0)
    # (the rule, not the short-text exception: since session 20 rejects more changes, this speech has fewer
    # false statements than policy.yaml true_needs_change_from)
    monkeypatch.setattr(gen, "TRUE_NEEDS_FROM", 0)
    ex = extract_paths([str(CORPUS / "gaigekaifang-40-speech.txt")])[0]

    def statements(needs_change: bool) -> set[str]:
        monkeypatch.setattr(gen, "TRUE_NEEDS_CHANGE", needs_change)
        return {q.stem for q in generate([ex], seed=0).questions if q.kind == "truefalse" and q.answer == ("对",)}

    strict, before = statements(True), statements(False)
    # (session 22: with no list member swapped, this speech's rejected changes and its copies coincide: the strict
    # rule must still never add a copy)
    assert strict <= before, (strict, before)


def test_a_sentence_of_counts_of_work_holds_no_key_term_but_a_rule_or_target_does():
    # (a teacher rejected every verbatim true that asks the reader to vouch for a tally of what was done)
    text = ("过去一年，某县新建村级便民服务站18个，修订完善规章制度41项，全年引进博士34人。\n\n"
            "村党支部每月至少召开1次支部委员会会议，研究村里的重要事项。\n\n"
            "到2027年，某县城乡居民人均可支配收入年均增长6%以上。")
    ex = extract_text(text, "t.txt")
    keys = key_term_sentences(ex)
    facts = {p.sentence.text[:4]: worth_asking_true(p, keys) for p in ex.points if p.kind == "fact"}
    assert facts.get("过去一年") is False, facts
    assert facts.get("村党支部") or facts.get("到202"), facts


@pytest.mark.parametrize("name", ["gaigekaifang-40-speech.txt", "gov-work-report-2017.txt"])
def test_no_true_statement_is_a_clause_cut_out_of_its_sentence(name):
    # (a teacher finds no claim to judge in 总的要求是……坚持…, a half sentence marked 对)
    bank = generate(extract_paths([str(CORPUS / name)]), seed=0)
    cut = [q.stem for q in bank.questions if q.kind == "truefalse" and q.answer == ("对",)
           and "……" in q.stem and "……" not in q.source.sentence]
    assert not cut, cut


def test_which_statements_stay_false_does_not_depend_on_the_file_s_name(tmp_path):
    # ids hold the document's name; the 对/错 balance chooses by what a statement is about, so the same text
    # under another name or folder gives the same statements
    from kaodian.pipeline import make_bank

    text = (Path(__file__).parent / "data" / "short_party_lecture.txt").read_text(encoding="utf-8")
    stems = []
    for name in ("a.txt", "another/folder/lecture-copy.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        stems.append(sorted((q.stem, q.answer) for q in make_bank([str(path)]).bank.questions if q.kind == "truefalse"))
    assert stems[0] and stems[0] == stems[1]


def _worth_of_formulations(text: str, n: int) -> dict[str, bool]:
    """Whether each formulation's sentence of ``text`` is worth asking true, by the sentence's first ``n`` characters."""
    ex = extract_text(text, "t.txt")
    keys = key_term_sentences(ex)
    return {p.sentence.text[:n]: worth_asking_true(p, keys) for p in ex.points if p.kind == "formulation"}


@pytest.mark.parametrize(("text", "n", "not_worth", "worth"), [
    # a quoted formulation made a tally's sentence a key term: 1053个事项“跨省通办” copied true, which a
    # blind teacher rejected three times as trivia, session 8
    ("过去一年，某省236个事项实现“跨省通办”，新增国家级企业技术中心17家。\n\n"
     "要深化“放管服”改革，持续优化营商环境。", 4, "过去一年", "要深化“"),
    # 继续落实“某某补贴”制度。 copied true asks the reader to vouch for a work item: a blind teacher rejected
    # every such line as 照抄空泛, sessions 9 and 10; a definition or a requirement of the same term is a claim
    ("继续落实“两项补助”制度，稳步提高补助标准。\n\n"
     "“两项补助”是保障困难群众基本生活的兜底制度。", 2, "继续", "“两"),
    # 作为一名老党员…，我们要让…精神进课堂 copied true: a personal remark, session 13's teacher: 个人发言原句照抄
    ("作为一名从事基层党建工作多年的“老支书”，我们要把“四下基层”制度坚持好、落实好。\n\n"
     "“四下基层”是党的群众路线的生动实践。", 2, "作为", "“四"),
], ids=["beside-counts-of-work", "work-line-in-passing", "personal-pledge"])
def test_a_formulation_s_sentence_is_asked_true_only_when_it_claims_something(text, n, not_worth, worth):
    got = _worth_of_formulations(text, n)
    assert got.get(not_worth) is False, got
    assert got.get(worth) is True, got


def test_a_contest_s_results_are_not_asked_true_whatever_year_dates_them():
    # (2009年共有44人获全国学科竞赛一等奖 copied true: a tally of prizes, session 8's teacher: 琐碎)
    text = "2011年，某县共有31人获全国中学生物理竞赛一等奖，占全省1/6。\n\n2011年，某县出台《教育振兴行动计划》。"
    ex = extract_text(text, "t.txt")
    keys = key_term_sentences(ex)
    worth = {p.sentence.text[:10]: worth_asking_true(p, keys) for p in ex.points}
    assert worth.get("2011年，某县共有") is False, worth
    assert worth.get("2011年，某县出台") is True, worth


def test_a_year_of_the_text_s_present_is_no_key_figure_to_copy_true():
    # a speech reviewing 2011 and planning 2012: its own years state when its work happens (session 8:
    # 2009年应该说是…之年, a teacher: 琐碎); the same line in a text whose headings review no year dates history
    line = "2011年应该说是攻坚克难之年，也是亮点纷呈之年。"
    review = ("在全县教育工作会议上的讲话\n\n一、2011年教育工作的简要回顾\n\n" + line +
              "\n\n二、2012年教育工作的主要任务\n\n全面提高教育质量。")
    history = "在全县教育工作会议上的讲话\n\n一、教育工作的历程\n\n" + line + "\n\n二、今后的任务\n\n全面提高教育质量。"

    def worth(text: str) -> bool | None:
        ex = extract_text(text, "t.txt")
        keys = key_term_sentences(ex)
        return next((worth_asking_true(p, keys) for p in ex.points if p.kind == "fact" and p.sentence.text == line), None)

    assert worth(review) is False
    assert worth(history) is True


@pytest.mark.parametrize("name", ["gaigekaifang-40-speech.txt", "tianjin-theory-page.txt"])
def test_no_true_statement_is_too_long_to_judge_as_one_claim(name):
    # (policy.yaml true_copy_max: blind teachers rejected long true copies as 照抄长句, 题干冗长)
    from kaodian.questions.verbatim import TRUE_COPY_MAX

    bank = generate(extract_paths([str(CORPUS / name)]), seed=0)
    true = [q.stem for q in bank.questions if q.kind == "truefalse" and q.answer == ("对",)]
    assert true
    assert all(len(s.strip()) <= TRUE_COPY_MAX for s in true), [s for s in true if len(s.strip()) > TRUE_COPY_MAX]
