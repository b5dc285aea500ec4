"""Personal work reports and same-titled articles (session 13's blind review).

- a personal work report (述职报告, 个人总结, in the first person) has no list asked: its sub-headings and
  its list of shortcomings are one writer's wording, rote to recite; its sentences are still asked;
- an article that shares its title with another of the same text is named with its author;
- an item's ordinal word after its marker (1】第一，…, 3）最后要…) is not the item's;
- a list under a title line of two clauses is named by the whole line.
The texts are invented."""

from __future__ import annotations

from kaodian.model import Article, Document
from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.personal import personal_reports
from kaodian.questions.source import short_name, twin_author

LIST_KINDS = ("recall", "ordering", "multiple", "single")

PERSONAL = """2031年度个人述职报告
一年来，我在江宁市第三中学担任副校长，分管教学和后勤工作。现将本人履职情况汇报如下。
一、强化理论武装，筑牢思想根基
（一）坚持学思践悟，提升政治站位
我认真学习党的创新理论，坚持以习近平新时代中国特色社会主义思想为指导，全年撰写学习心得六篇。
认真学习贯彻党的二十大精神，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。
（二）落实一岗双责，压实管理责任
我严格落实全面从严治党主体责任，定期研判分管领域廉政风险，推动问题整改落实到位。
（三）强化师德建设，锤炼过硬作风
我带头遵守教师职业道德规范，坚持把立德树人作为教育的根本任务，营造风清气正的育人环境。
二、存在不足
一是理论学习的系统性不够。二是改革创新的办法不多。三是深入一线调研的时间不足。
"""

UNIT = PERSONAL.replace("我", "学校").replace("本人", "学校").replace("个人述职报告", "工作总结")


def _doc(text: str) -> Document:
    return extract_text(text, "t.txt").document


def test_a_first_person_report_titled_as_one_is_personal():
    assert personal_reports(_doc(PERSONAL)) == {"a1"}


def test_a_units_report_or_an_untitled_first_person_text_is_not():
    assert personal_reports(_doc(UNIT)) == frozenset()
    plain = PERSONAL.replace("2031年度个人述职报告", "坚持学思践悟 提升政治站位")
    assert personal_reports(_doc(plain)) == frozenset()


def test_a_personal_report_has_its_sentences_asked_and_no_list():
    qs = generate([extract_text(PERSONAL, "t.txt")]).questions
    assert qs, "its sentences are still asked"
    assert not [q.stem for q in qs if q.kind in LIST_KINDS and q.point_kind in ("enumeration", "list")]
    # the same text in a unit's voice keeps its lists
    assert [q for q in generate([extract_text(UNIT, "t.txt")]).questions if q.kind in LIST_KINDS]


def _twins(authors: tuple[str | None, ...], titles: tuple[str, ...]) -> Document:
    text = "正文。" * 10
    arts = tuple(Article(f"a{k}", t, a, None, 0, len(text)) for k, (t, a) in enumerate(zip(titles, authors), 1))
    return Document("t.html", text, arts)


def test_an_article_sharing_its_title_is_named_with_its_author():
    doc = _twins(("张某某", "李某某"), ("2031年度述职报告", "《2031年度述职报告》"))
    assert twin_author(doc, "a1") == "张某某" and twin_author(doc, "a2") == "李某某"
    assert short_name("2031年度述职报告", "张某某") == "张某某的《2031年度述职报告》一文"


def test_an_article_with_a_title_of_its_own_or_no_author_is_named_by_title_alone():
    assert twin_author(_twins(("张某某", "李某某"), ("甲报告", "乙报告")), "a1") is None
    assert twin_author(_twins((None, "李某某"), ("甲报告", "甲报告")), "a1") is None
    assert short_name("甲报告") == "《甲报告》一文"


ORDINALS = """如何做好新时代宣传工作学习笔记
1. 宣传工作的基本要求
1】第一，坚持党管宣传、党管意识形态不动摇。
2】第二，坚持团结稳定鼓劲、正面宣传为主。
3】第三，坚持创新理念、内容、体裁、形式。
2. 改进宣传工作的途径
1）首先，要深入基层调查研究。
2）其次，要完善宣传工作的制度机制。
3）最后要不断提高宣传干部的能力素质。
"""


def test_an_ordinal_word_after_a_marker_is_not_the_items():
    ex = extract_text(ORDINALS, "t.txt")
    items = [i.text for p in ex.points if p.kind in ("enumeration", "list") for i in p.items]
    assert "坚持党管宣传、党管意识形态不动摇。" in items or "坚持党管宣传、党管意识形态不动摇" in items, items
    assert not [i for i in items if i.startswith(("第一", "第二", "首先", "其次", "最后"))], items
    assert any(i.startswith("要不断提高宣传干部") for i in items), items


TWO_CLAUSES = """2031年形势任务教育宣讲提纲
一、讲明形势
（一）外部环境复杂多变，国内发展稳中有进
1.全球贸易增速放缓。不确定因素增多，保护主义抬头。
2.主要指标稳中向好。新动能加快成长，就业总体稳定。
（二）行业发展总体平稳，企业效益持续改善
1.行业发展总体平稳。需求稳步回升，结构持续优化。
2.企业效益持续改善。营业收入增长，成本有效管控。
"""


def test_a_list_under_a_two_clause_title_line_is_named_by_the_whole_line():
    qs = generate([extract_text(TWO_CLAUSES, "t.txt")]).questions
    # (items that only restate the title's two clauses are not asked at all: test_list_scope)
    stems = [q.stem for q in qs if q.kind in LIST_KINDS and "全球贸易增速放缓" in "".join(q.answer + q.options)]
    assert stems, [q.stem for q in qs if q.kind in LIST_KINDS]
    assert all("外部环境复杂多变，国内发展稳中有进" in s for s in stems), stems


def test_two_lists_of_one_run_drafted_alike_are_asked_once():
    qs = [q for q in generate([extract_text(ORDINALS, "t.txt")]).questions if q.kind in ("recall", "ordering")]
    keys = [(q.kind, q.stem, q.answer) for q in qs]
    assert qs and len(keys) == len(set(keys)), keys
