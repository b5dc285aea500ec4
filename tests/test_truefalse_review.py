"""True/false a teacher prints (issue 12, task tf of session 12): the shapes the blind reviews of
session 11 rejected, on invented texts of their genre.

- a place's review of its own year asks its headline aggregates (地区生产总值), never its other statistics
  (a transfer's growth, a share of trade, a rate of some procedure: 纯数据琐碎题);
- a run of subjectless tasks is never copied true (照抄一串总体要求的套话);
- every statement of a place's review says whose and which year (题干无出处与主体)."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.falsehood import figure_asked, own_headline
from kaodian.questions.source import subjectless
from kaodian.questions.verbatim import task_run

REPORT = """2031年江宁省政府工作报告
一、2030年工作回顾
过去一年，全省上下牢记嘱托，真抓实干，经济运行稳中向好。
紧跟宏观政策导向，及时出台稳增长的若干措施，地区生产总值增长5.3%。
省级财政对市县财力性转移支付增长27.4%，基层“三保”总体平稳。
实施外贸提质行动，生产型企业进出口占外贸比重71.2%，分别提高9.1个百分点。
招投标不见面开标率97%，涉企检查总量下降三成。
结构性矛盾较为突出，部分产业和经营主体困难较大。
城乡低保标准连续16年提高，城乡居民养老保险待遇稳步提升。
二、2031年工作安排
扩大高水平对外开放，推动科技创新和产业创新深度融合，加快建设现代化产业体系，全力扩大有效需求，防范化解重点领域风险，不断提高人民生活水平。
深入学习运用“千万工程”经验，健全推进乡村全面振兴长效机制，推动农村加快具备现代化生产生活条件。
"""


def _figure(sentence: str, figure: str, own: bool) -> bool:
    a = sentence.index(figure)
    return figure_asked(sentence, a, a + len(figure), (), own)


def test_a_review_of_its_own_year_changes_only_a_headline_figure():
    gdp = "紧跟宏观政策导向，及时出台稳增长的若干措施，地区生产总值增长5.3%。"
    transfer = "省级财政对市县财力性转移支付增长27.4%，基层“三保”总体平稳。"
    trade = "实施外贸提质行动，生产型企业进出口占外贸比重71.2%。"
    assert _figure(gdp, "5.3%", own=True)
    assert not _figure(transfer, "27.4%", own=True)
    assert not _figure(trade, "71.2%", own=True)
    # a nation's report, or no review, keeps its measures of growth as before
    assert _figure(transfer, "27.4%", own=False)
    # the headline is named in the figure's own clause, before it
    assert own_headline("地区生产总值增长5.3%", 8)
    assert not own_headline("地区生产总值增长较快，开标率97%", 14)


def test_a_run_of_subjectless_tasks_is_no_true_statement():
    assert task_run("据《2031年江宁省政府工作报告》，扩大高水平对外开放，推动科技创新和产业创新深度融合，"
                    "加快建设现代化产业体系，全力扩大有效需求，防范化解重点领域风险。")
    assert task_run("要综合运用多种帮扶手段，保持就业形势基本稳定，合理引导岗位供需匹配，畅通求职渠道。")
    # three tasks state one line of work a teacher printed; a figure is something to judge
    assert not task_run("深入学习运用“千万工程”经验，健全推进乡村全面振兴长效机制，推动农村加快具备现代化生产生活条件。")
    assert not task_run("扩大有效投资，推动消费升级，加快建设产业体系，城镇新增就业1200万人以上。")
    # statements with a subject are claims
    assert not task_run("党的领导是最本质的特征，是最大优势，党是最高政治领导力量，坚持集中统一领导是最高政治原则。")


def test_a_manner_word_or_an_idiom_opens_a_subjectless_statement():
    for opening in ("全面推进美丽江宁建设", "深入开展矛盾纠纷排查", "大力推进乡村振兴"):
        assert subjectless(opening[:8]), opening
    assert not subjectless("中国共产党是"[:8])


def test_every_statement_of_a_review_says_whose_and_which_year():
    qs = [q for q in generate([extract_text(REPORT, "jn.txt")]).questions
          if q.kind in ("cloze", "single", "multiple", "truefalse") and "下列" not in q.stem[:30]]
    review = [q for q in qs if q.source.heading and "回顾" in q.source.heading]
    assert review
    for q in review:
        assert q.stem.startswith("据《2031年江宁省政府工作报告》，2030年，"), q.stem


def test_a_false_statement_of_a_paragraph_is_a_finding():
    from kaodian.questions.statements import FALSE_STATEMENT_MAX, long_change

    clause = "推进某项改革取得新进展，"
    para = clause * (FALSE_STATEMENT_MAX // len(clause) + 1) + "打造某某建设高地。"
    assert long_change(para)
    assert long_change("坚持发扬钉钉子精神加强制度建设，以优良党风带动社风民风向上向善。") is None


def test_one_term_is_changed_in_at_most_swap_term_repeat_false_statements():
    # (session 15: a text's key term swapped out of sentence after sentence, for one sibling after another,
    # asks one thing and leaves statements that hold of the sibling too; the theory page said its key
    # formulation in many sentences and took five such changes)
    import re
    from collections import Counter
    from pathlib import Path

    from kaodian.pipeline import extract_paths
    from kaodian.questions.generate import SWAP_TERM_REPEAT

    path = Path(__file__).parent / "corpus" / "tianjin-theory-page.txt"
    bank = generate(extract_paths([str(path)]), seed=0)
    changed = Counter((q.source.document, m.group(1)) for q in bank.questions
                      if q.kind == "truefalse" and (m := re.search("“([^”]*)”误作", q.explanation)))
    assert changed, "the page's false statements"
    assert max(changed.values()) <= SWAP_TERM_REPEAT, changed.most_common(3)
