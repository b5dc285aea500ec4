"""A list run inline in a regulation's article, right after the numbered items of the article before it
(issue 12, session 33's grading: 第二十七条's three clauses asked as 关于“<the last item of 第二十六条>”): it
is never nested under that item nor named by the chapter; it is named by its own article or not asked.
The regulation is invented."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate

REGULATION = """某市社区服务站工作规则

第一章　总　则
第一条　为规范社区服务站工作，制定本规则。
第二章　服务站的工作职责
第八条　社区服务站的主要职责是：
(一)受理居民提出的求助事项，登记造册；
(二)组织志愿者开展邻里互助活动；
(三)调查了解辖区老年人的生活困难；
(四)协调处理物业纠纷，维护小区正常秩序。
第九条　社区服务站对登记的求助事项，应及时办理。对应由街道处理的事项，应当当日报送街道；对应由本站处理的事项，值班人员应当场答复；对应由物业处理的事项，应当转交物业并跟踪结果。
第十条　服务站每季度向居民代表会议报告工作。
"""


def _questions():
    ex = extract_text(REGULATION, "invented-rules.txt")
    return generate([ex]).questions


def test_an_inline_list_of_a_new_article_is_not_asked_under_the_item_before_it():
    about = [q for q in _questions() if any("对应由街道处理的事项" in a for a in (q.answer if isinstance(q.answer, (list, tuple)) else [q.answer]))
             or "对应由街道处理的事项" in " ".join(q.options or [])]
    for q in about:
        assert "协调处理物业纠纷" not in q.stem  # (the last item of 第八条 names no list of 第九条)
        assert "工作职责" not in q.stem  # (nor the chapter it stands in)
    recalls = [q for q in about if q.kind == "recall"]
    assert recalls and all("第九条" in q.stem for q in recalls)  # (named by its own article)


def test_the_article_list_above_is_still_asked_by_its_article():
    stems = [q.stem for q in _questions() if q.kind == "recall" and any("受理居民提出的求助事项" in a for a in q.answer)]
    assert stems and all("第八条" in s or "主要职责" in s for s in stems)
