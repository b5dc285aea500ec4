"""Stems that stand alone, continued (issue 12, deliverable 4): a local regulation's 本市 named by the
place its title opens with, a list after a colon counted by its semicolon items, and stems that open
with a demonstrative or with the bare head of a parallel run not asked.  The texts are invented, of the
shapes the corpus and the held-out reviews hold."""

from __future__ import annotations

import re

from kaodian.pipeline import extract_text
from kaodian.questions import generate, lint_question
from kaodian.questions.anchors import demonstrative, findings, local_place, unasked

LOCAL = """江宁市社区养老服务条例
第一章　总则
第一条　为了发展本市社区养老服务，满足老年人的基本养老服务需求，根据有关法律、行政法规，结合本市实际，制定本条例。
第二条　本市行政区域内的社区养老服务及其监督管理，适用本条例。
第三条　社区养老服务坚持政府主导、社会参与、家庭尽责、邻里互助的原则，推动居家社区机构相协调、医养康养相结合。
第四条　市民政部门负责本市社区养老服务的统筹规划、综合协调和监督管理。
"""

SEMICOLON = """档案方志工作的首要任务
新征程上，推进地方志事业繁荣发展，首要的就是：深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”；坚持以党的创新理论武装头脑，学深悟透、融会贯通；严守政治纪律和政治规矩，在思想上政治上行动上同党中央保持高度一致；守好地方志阵地，讲好家乡故事。
"""

RUN = """教育改革的四个着力点
今年，全县教育系统围绕办好人民满意的教育，推出一批改革举措。
促均衡，全县建成“城乡教育共同体”32个，城乡学校结对帮扶实现全覆盖。破顽疾，全县开展“双减”督查，校外培训机构压减了九成。护公平，全县实行“阳光招生”，招生入学全部公开透明。拓路径，全县推行“订单式培养”，职业教育与本地产业深度融合。
"""


def _bank(text: str, name: str = "t.txt"):
    return generate([extract_text(text, name)]).questions


def test_a_local_regulation_names_its_place():
    qs = _bank(LOCAL)
    assert [q for q in qs if "江宁市" in q.stem], [q.stem for q in qs]
    assert not [q.stem for q in qs if "本市" in q.stem]


def test_a_local_word_no_title_names_stays_and_is_no_finding():
    untitled = LOCAL.split("\n", 1)[1].replace("第一章　总则\n", "学习笔记\n")
    doc = extract_text(untitled, "t.txt").document
    assert local_place(doc, doc.articles[0].id, "市") is None
    qs = _bank(untitled)
    kept = [q for q in qs if "本市" in q.stem]
    assert kept and not any("本市" in f for q in kept for f in lint_question(q))


def test_the_place_is_of_the_unit_the_word_says():
    doc = extract_text(LOCAL, "t.txt").document
    a = doc.articles[0].id
    assert local_place(doc, a, "市") == "江宁市"
    assert local_place(doc, a, "地区") == "江宁市"
    assert local_place(doc, a, "省") is None  # 本省 in a city's regulation names no province


def test_a_colon_list_counts_its_semicolon_items():
    ex = extract_text(SEMICOLON, "t.txt")
    lists = [p for p in ex.of_kind("list") if p.rule == "lists.colon"]
    body = SEMICOLON.split("：", 1)[1].rstrip("。\n")
    assert lists and all(len(p.items) == len(body.split("；")) for p in lists), [p.items for p in lists]
    # a long item is recalled by its first clause, never split into two items
    assert all("；" not in i.text for p in lists for i in p.items)
    for q in _bank(SEMICOLON):
        m = re.search(r"(?:并列|列举)了(?:哪|以下)?([一二三四五六七八九十])项", q.stem)
        if m:
            assert m.group(1) == "四", q.stem


def test_a_stem_opening_with_a_demonstrative_is_not_asked_and_lint_flags_it():
    for stem in ("这个故事告诉我们，______是立身之本。", "这一做法被______采纳。", "该条例自______起施行。", "该做法得到______肯定。",
                 "该危险地段往往发生______。"):  # (an adjective's noun: 危险地段)
        assert demonstrative(stem) and unasked(stem) and findings(stem)
    for stem in ("这是______的根本要求。", "该怎么办，______说了算。", "该由农民自主干的要做到______。", "我们要坚持______。"):
        assert not demonstrative(stem) and not unasked(stem)


def test_the_bare_head_of_a_parallel_run_opens_no_stem():
    qs = _bank(RUN)
    heads = ("促均衡", "破顽疾", "护公平", "拓路径")
    assert not [q.stem for q in qs if q.stem.startswith(heads)]
