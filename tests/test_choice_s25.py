"""Session 25, task choice (issue 12): what a party-school teacher rejected in the multiple choices and
true/false statements of the dev banks, asked of the mechanism.  The texts are invented, or formulations
every text of the genre repeats (以经济建设为中心, 对党忠诚); none is taken from one text of the corpus.

- a list item's opening cut at its comma that is only an adverbial or a subject (对…的公职人员，按照…) is
  half a point (arguable.adverbial_only: never keyed nor a wrong option, and lint flags it);
- a series the lexicon knows takes wrong options of its class only: its lexicon siblings (series_kin);
- keys that alone carry a label and colon (目的：…) give themselves away (odd_option.labelled_keys);
- a true/false statement that is only the condition of its sentence (要…，就必须…) states nothing
  (tf_worth.condition_only)."""

from __future__ import annotations

import pytest

from kaodian.model import OPTION_LETTERS
from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.arguable import adverbial_only, cut_adverbial
from kaodian.questions.series_kin import kin_of, known_series
from kaodian.questions.odd_option import labelled_keys
from kaodian.questions.tf_worth import condition_only


@pytest.mark.parametrize(("head", "following", "cut"), [
    ("对有轻微违纪行为但主动说明情况的工作人员", "，按照管理权限，进行批评教育", True),
    ("对于重大安全生产、环境污染等责任事故案件", "，责任人拒不配合调查的", True),
    ("根据本地区常住人口的数量和分布状况等因素", "，制定社区服务设施规划", True),
    ("对党员进行教育、管理、监督和服务", "，提高党员素质", False),  # (对…进行…: the predicate is there)
    ("对党忠诚、不负人民的伟大建党精神", "，加强党的长期执政能力建设", False),  # (对党忠诚: no preposition)
    ("以毛泽东同志为主要代表的中国共产党人", "，在马克思列宁主义的指导下", True),
    ("对党忠诚", "，就是要…", False),  # (an item's name before its gloss: too short to be half a clause)
    ("对有轻微违纪行为但主动说明情况的工作人员", "。", False),  # (the item ends there: whole)
    ("加强农村基层党组织建设", "，扎实推进抓党建促乡村振兴", False),  # (a verb phrase: the point itself)
    ("以经济建设为中心", "，坚持四项基本原则", False),  # (以…为… without a noun it qualifies: a whole term)
])
def test_an_adverbial_or_subject_cut_at_its_comma_is_half_a_point(head, following, cut):
    assert adverbial_only(head, following) is cut


def test_an_option_is_cut_only_where_every_occurrence_goes_on_after_its_comma():
    text = "对有轻微违纪行为但主动说明情况的工作人员，按照管理权限进行批评教育。"
    assert cut_adverbial(text, "对有轻微违纪行为但主动说明情况的工作人员")
    assert not cut_adverbial(text + "对有轻微违纪行为但主动说明情况的工作人员。", "对有轻微违纪行为但主动说明情况的工作人员")
    assert not cut_adverbial(text, "不在原文里的选项")


class _Lexicon:
    """A lexicon of two groups: one formulation and one group that joins a term to terms of another class."""

    groups = (("基本理论", "基本路线", "基本方略"), ("基本路线", "基本纲领", "基本经验"),
              ("可持续", "原生态", "保护环境"), ("覆盖全民", "统筹城乡", "公平统一", "可持续"))
    words = frozenset(t for g in groups for t in g) - {"基本经验"}  # (基本经验: only ever a wrong option)

    def siblings(self, term: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for g in self.groups if term in g for t in g if t != term))


def test_a_known_series_takes_its_lexicon_siblings_of_its_class_only():
    lex = _Lexicon()
    assert known_series(lex, ["基本理论", "基本路线", "基本方略"])
    assert not known_series(lex, ["基本养老", "基本医疗", "基本住房"])
    assert not known_series(None, ["基本理论", "基本路线"])
    # (the keys' affix: 基本纲领 is of the class; 基本经验 is no attested word)
    assert kin_of(lex, ["基本理论", "基本路线", "基本方略"], "基本", "") == ["基本纲领"]
    # (no shared affix: a sibling of one key only, 原生态 of 可持续, is of another class)
    assert kin_of(lex, ["覆盖全民", "统筹城乡", "可持续"]) == ["公平统一"]


SERIES = """坚持党的基本路线

全党要坚持党的基本理论、基本路线、基本方略，不断推进理论创新和实践创新。
完善基本养老保险制度，保护好基本农田，健全基本医疗保障，落实基本公共服务。
"""


def test_a_series_multiple_choice_never_sets_a_stranger_sharing_its_affix_beside_its_terms():
    bank = generate([extract_text(SERIES, "s.txt")], kinds=("multiple",), per_sentence=0)
    asked = [q for q in bank.questions if q.point_kind == "term_series" and "基本路线" in q.options]
    assert asked  # (the bundled lexicon knows the series: it is asked, with siblings)
    for q in asked:
        right = {q.options[OPTION_LETTERS.index(a)] for a in q.answer}
        assert not any(o.startswith(("基本养老", "基本农田", "基本医疗", "基本公共")) for o in q.options if o not in right)


def test_keys_alone_labelled_give_themselves_away():
    right = ["目的：是为了获取高额垄断利润", "手段：包括经济手段和非经济手段", "范围：扩展到国外"]
    assert labelled_keys(right, ["劳动的成果全部归资本家所有", "生产资料属于不同的所有者"])
    assert labelled_keys(right, ["特点：垄断利润更高", "生产资料属于不同的所有者"]) is None
    # (a label typed with a half-width colon is one too; a clock time's colon is none)
    assert labelled_keys(["任务:抓好基层组织建设", "方法:开展分类指导"], ["提高服务效能", "规范日常管理"])
    assert labelled_keys(["上午8:30报到", "下午2:00开会"], ["提高服务效能", "规范日常管理"]) is None
    # (a title's own punctuation is no label: 《矛盾论：…》 among other titles)
    assert labelled_keys(["《论持久战：抗日战争研究》"], ["《实践论》", "《矛盾论》"]) is None


@pytest.mark.parametrize(("statement", "sentence", "cut"), [
    ("要成功应对我们面临的各种风险、各类挑战。",
     "要成功应对我们面临的各种风险、各类挑战，就必须把加强自身建设摆在首要位置。", True),
    ("只有坚持改革开放，才能发展中国。", "只有坚持改革开放，才能发展中国。", False),  # (the whole sentence)
    ("据《意见》，只有坚持党的领导。", "只有坚持党的领导，才能办好中国的事情。", True),
    ("全党要坚持党的基本路线。", "全党要坚持党的基本路线，这是党和国家的生命线。", False),
    # (a series of duties each opening with 必须 is no condition and its consequence; nor is a gloss after 就是)
    ("必须坚持人民至上，必须坚持自信自立。", "必须坚持人民至上，必须坚持自信自立，必须坚持守正创新。", False),
    ("坚持党的领导是根本。", "坚持党的领导是根本，就是说，各项工作都要在党的领导下进行。", False),
    # (the statement counted from where it stands in the sentence: a lead clause before it)
    ("要办好这件事。", "总之，要办好这件事，就必须依靠群众。", True),
    # (a whole claim before a modal is no condition: the modal goes on with its own duty)
    ("创新是企业成长的阶梯。", "创新是企业成长的阶梯，必须持之以恒地抓下去。", False),
    ("如果方向错了。", "如果方向错了，则越努力离目标越远。", True),
    # (a condition word after the clause's subject makes it a condition too; the 要 of 重要 does not)
    ("某市要建成区域创新高地。", "某市要建成区域创新高地，必须补齐人才短板。", True),
    ("人才是最重要的资源。", "人才是最重要的资源，必须千方百计引进来。", False),
])
def test_a_statement_that_is_only_its_sentences_condition_states_nothing(statement, sentence, cut):
    assert (condition_only(statement, sentence) is not None) is cut
