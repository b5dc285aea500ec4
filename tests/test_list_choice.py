"""A list's multiple choice (questions/list_choice.py) shows at least two wrong options, drawn first from the
list beside it in its section (sibling_lists.neighbour_items), never from what the text says under the list's
own items (session 20's blind teachers: 唯一干扰项…一眼可排除; 干扰项正是第三点下的内容，考生可争辩).  The
texts are invented."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate, list_choice
from kaodian.questions.changes import same_openings

# one section setting out two sides' problems in two parallel lists (从外部看… / 从内部看…), each item followed
# by what the text says under it
SIDES = """关于当前发展形势的几点认识

一、准确把握当前发展面临的形势

从外部看，周边环境复杂多变，竞争压力持续加大。一是区域竞争日趋激烈。周边地区纷纷出台招商政策，争夺项目和人才，部分园区招商引资难度加大。二是外部需求明显减弱。出口订单有所下降，部分外贸企业经营承压。三是要素成本不断上升。用地用能成本持续走高，企业利润空间收窄。
从内部看，结构性矛盾依然突出，转型升级任务艰巨。一是产业结构不够合理。传统产业比重偏高，新兴产业规模偏小。二是创新能力仍然不强。研发投入强度低于全省平均水平，高层次人才储备不足。三是民生保障存在短板。部分乡镇医疗资源紧缺，养老服务供给不足。

二、扎实做好下一阶段工作

要坚持稳中求进，统筹发展和安全，确保各项目标任务顺利完成。
"""
OUTSIDE = ("区域竞争日趋激烈", "外部需求明显减弱", "要素成本不断上升")
INSIDE = ("产业结构不够合理", "创新能力仍然不强", "民生保障存在短板")


def _multiples(text: str):
    return [q for q in generate([extract_text(text, "c.txt")], kinds=("multiple",), per_sentence=0).questions]


def _wrong(q) -> list[str]:
    return [o for i, o in enumerate(q.options) if "ABCDEF"[i] not in q.answer]


def test_no_list_multiple_choice_draws_a_clause_said_under_its_items():
    qs = _multiples(SIDES)
    assert qs
    bodies = SIDES.split("一是", 1)[1]
    for q in qs:
        # (what the text says under an item is a point of that item: a learner who picks it argues it is right)
        assert all(w in OUTSIDE + INSIDE or w not in bodies for w in _wrong(q)), q.options


@pytest.mark.parametrize("least", [1, 2])
def test_a_list_with_fewer_wrong_options_than_policy_list_wrong_min_is_no_multiple_choice(monkeypatch, least):
    """The outside problems find one wrong option only (the inside ones state shortfalls, they do not): asked
    with it when policy.yaml list_wrong_min is 1, not asked at 2."""
    monkeypatch.setattr(list_choice, "LIST_WRONG_MIN", least)
    qs = [q for q in _multiples(SIDES) if "从外部看" in q.stem]
    assert all(len(_wrong(q)) >= least for q in qs), [q.options for q in qs]
    assert bool(qs) is (least == 1)


def test_a_noun_opening_with_a_lead_character_keeps_it():
    """要 opens a requirement (要坚持…) and a noun (要素…): only the lead word is stripped from the options."""
    right, wrong = same_openings(["要素成本不断上升", "区域竞争日趋激烈"], ["要坚持统筹发展和安全", "要加强风险防控"])
    assert "要素成本不断上升" in right


# three lists of one class under headings that name it (某某的经验教训)
LESSONS = """某某课程复习要点

一、农业合作化的历史经验
农业合作化的历史经验主要有：（1）必须坚持自愿互利原则；（2）必须坚持典型示范引路；（3）必须坚持国家积极帮助；（4）必须坚持循序渐进推进。

二、工业建设初步探索的经验教训
工业建设初步探索的经验教训主要有：（1）必须坚持统筹兼顾方针；（2）必须坚持自力更生为主；（3）必须坚持按经济规律办事；（4）必须坚持综合平衡原则。

三、文化建设初步探索的经验教训
文化建设初步探索的经验教训主要有：（1）必须坚持百花齐放方针；（2）必须坚持古为今用原则；（3）必须坚持洋为中用原则；（4）必须坚持推陈出新要求。
"""


def test_a_list_is_asked_by_one_choice_kind_only():
    """Every kind drafted (no cap per sentence): a list asked as a multiple choice is not asked again as a single one
    (session 20's blind teachers: 与第10题考点重复)."""
    qs = generate([extract_text(LESSONS, "c.txt")], kinds=("single", "multiple"), per_sentence=0).questions
    assert qs
    for q in qs:
        assert not [o for o in qs if o.kind != q.kind and o.source.start < q.source.end and q.source.start < o.source.end], q.stem


# A talk's parts, each centred on something (以…为重点) and each setting out its measures 1．2．3．, beside the
# talk's targets (…有新提升) and slogans (重…、抓…): the other parts' measures are the wrong options, never a
# target or a slogan, and the stem names the part and its count (session 22's blind teachers: 干扰项…不像标题，太易
# 排除，应换成他节要点; “下列哪些是其中的要点”改为“下列哪些是这三方面内容”)
PARTS = """在全县文化工作会议上的讲话

一、今年文化工作的主要目标
（一）主要目标
1．公共文化服务的覆盖率有新提升。
2．群众文化活动的参与度有新提升。
3．文化产业的贡献度有新提升。

二、今年全县文化工作的重点
（一）以完善公共文化设施为重点，进一步夯实服务基础。
1．重布局、抓覆盖，加快建设乡镇文化站。（1）推进乡镇综合文化站改造。（2）配齐村级文化活动室设备。
2．重质量、强内涵，提升文化馆服务水平。（1）开展文化馆评估定级。（2）加强文化馆业务培训。
3．重共享、抓流动，推动图书资源下乡。（1）建设图书流动服务点。（2）完善图书通借通还。
（二）以繁荣群众文化活动为重点，进一步丰富精神生活。
1．组织开展农民文化艺术节。每年举办一届，各乡镇轮流承办。
2．扶持发展民间文艺团队。对优秀团队给予经费补助。
3．推进戏曲进乡村活动。每个行政村每年送戏不少于两场。
（三）以培育文化产业为重点，进一步增强发展后劲。
1．加快建设文化创意园区。引导企业集聚发展。
2．培育壮大文化旅游项目。打造一批精品线路。
3．完善文化产业扶持政策。设立专项引导资金。
"""
ACTIVITIES = ("组织开展农民文化艺术节", "扶持发展民间文艺团队", "推进戏曲进乡村活动")
INDUSTRY = ("加快建设文化创意园区", "培育壮大文化旅游项目", "完善文化产业扶持政策")


@pytest.mark.parametrize("text, asked, parallel", [
    # the inside problems are asked beside the outside ones: same kind, same level, not said of this side
    (SIDES, "从内部看", OUTSIDE),
    # a part's measures are asked beside the other part's measures
    (PARTS, "繁荣群众文化活动", INDUSTRY),
])
def test_a_list_takes_the_parallel_list_of_its_section_as_wrong_options(text, asked, parallel):
    qs = [q for q in _multiples(text) if asked in q.stem]
    assert qs, [q.stem for q in _multiples(text)]
    for q in qs:
        assert len(_wrong(q)) >= 2, q.options
        assert all(w in parallel for w in _wrong(q)), q.options


def test_no_target_or_slogan_stands_beside_measures_and_the_stem_names_the_part():
    qs = _multiples(PARTS)
    assert qs
    for q in qs:
        assert not any("有新提升" in w or w.startswith("重") and "、" in w for w in _wrong(q)), q.options
        assert "其中的要点" not in q.stem and "所列要点的有（　　）" in q.stem, q.stem
        if "繁荣群众文化活动" in q.stem:
            assert q.stem == "下列属于《在全县文化工作会议上的讲话》一文“以繁荣群众文化活动为重点”部分所列要点的有（　　）", q.stem


def test_a_multiple_choice_stem_does_not_say_how_many_points_the_list_has():
    """列举了三点，下列哪些属于这三点 with the three keyed tells how many to pick (session 23's blind teachers:
    题干给出“三点”，等于提示答案个数): the stem names the part and asks 下列属于…的有（　　）, as papers do."""
    qs = _multiples(PARTS) + _multiples(SIDES)
    assert qs
    for q in qs:
        assert not any(f"{n}点" in q.stem for n in "两二三四五六七八九十"), q.stem


def test_a_slogan_or_a_target_is_of_another_shape_than_measures():
    from kaodian.questions.multi_shapes import shape_apart

    assert shape_apart(list(ACTIVITIES), "重质量、强内涵")
    assert shape_apart(list(ACTIVITIES), "公共文化服务的覆盖率有新提升")
    assert not shape_apart(list(ACTIVITIES), INDUSTRY[0])
    assert not shape_apart(["重布局、抓覆盖", "重质量、强内涵"], "重共享、抓流动")  # (slogans beside slogans)


# Two talks on two fields, each list's lead naming its field (消费), two of three items repeating it
CARE = """镇政府关于民生工作的意见

一、关于扩大消费

镇长就促进消费提出三点意见。一是培育社区服务消费，新建两个便民服务中心。二是扩大文化旅游消费，办好乡村旅游节。三是整顿市场经营秩序，开展专项检查。

二、关于基层医疗卫生

镇长就加强基层医疗卫生提出三点意见。一是改善卫生院诊疗条件，更新医疗设备。二是推进家庭医生签约服务，提高履约质量。三是完善分级诊疗制度，畅通转诊渠道。
"""


def test_keys_that_repeat_the_word_their_lead_names_them_by_are_not_asked_beside_wrong_options_without_it(monkeypatch):
    """Wrong options of another field beside keys that say 消费 as the stem's lead does: picked by the word
    (session 19–22's blind teachers: 按话题即可排除, 按关键词即可答对): a key holding it gives way to an unasked
    item, else the list is asked in another kind."""
    other = ["改善卫生院诊疗条件", "推进家庭医生签约服务"]
    monkeypatch.setattr(list_choice, "_list_wrong", lambda ctx, right, cores, rng: [w for w in other if w not in cores])
    for q in (q for q in _multiples(CARE) if "消费" in q.stem):  # (a key holding it gives way to one without: echo_key)
        keys = [o for o in q.options if o not in _wrong(q)]
        assert 2 * sum("消费" in k for k in keys) <= len(keys) or any("消费" in w for w in _wrong(q)), q.options


def test_the_keys_topic_is_a_run_most_of_their_topic_words_hold():
    """Wrong options holding it are taken first (multi_shapes.topic_runs): 幼儿 in 幼儿园 and 幼儿教师."""
    from kaodian.questions.multi_shapes import topic_runs

    assert "幼儿" in topic_runs(["新建镇中心幼儿园", "培训幼儿教师骨干", "落实保育经费补助"])
    assert "幼儿" not in topic_runs(["新建镇中心幼儿园", "落实保育经费补助", "完善校车管理办法"])  # (one key of three)


# an invented association's charter: two articles, each a lead that points at its items with 下列
CHARTER = """某某志愿者协会章程

第一章　会员

第五条　会员必须履行下列义务：
（一）遵守协会章程，执行协会决议。
（二）按时参加志愿服务活动，完成协会交办的工作。
（三）维护协会的声誉和合法权益。
（四）按照规定交纳会费。
（五）向协会反映情况，提供有关资料。

第六条　会员享有下列权利：
（一）参加协会组织的培训和交流活动。
（二）对协会工作提出批评和建议。
（三）获得协会提供的服务和保障。
（四）在协会内有选举权、被选举权和表决权。
（五）入会自愿、退会自由。
"""


def test_a_lead_that_points_with_xialie_is_asked_without_saying_it_twice():
    """会员享有下列权利。下列属于其内容的有 says 下列 twice (a teacher, session 24: 党员必须履行下列义务): the
    multiple choice asks what the lead names, 会员享有的权利包括（　　）."""
    qs = [q for q in _multiples(CHARTER) if "权利" in q.stem]
    assert qs, [q.stem for q in _multiples(CHARTER)]
    for q in qs:
        assert q.stem.count("下列") <= 1, q.stem
        assert "会员享有的权利包括（　　）" in q.stem, q.stem


def test_a_wrong_option_out_of_the_keys_length_band_is_never_drawn():
    """A four-character member of a slogan series (依法治校) beside eight-character measures is another list's
    fragment, struck out at a glance (multi28's grading): it is dropped even when it is the only one left."""
    keys = ["加强青年教师培养", "完善学校安全管理", "推进课程教学改革"]
    assert list_choice._in_band(keys, ["依法治校", "健全家校合作机制"]) == ["健全家校合作机制"]
    assert list_choice._in_band(keys, ["依法治校"]) == []
