"""A choice on a list named only by the heading above it is asked by that heading when it names a class of things
(下列哪些属于推进某某建设的要求？: questions/choice_topic.py; session 19's blind teachers: 题干“文章列举的要点”
不自足，应改为“…的要求包括”).  Every heading here is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kaodian.questions import reasons
from kaodian.questions.choice_topic import names_class, topic_values


@pytest.mark.parametrize("heading, named", [
    ("推进班级制度建设的要求", True),  # …的 + head noun, whatever verb opens the modifier
    ("社区治理初步探索的经验教训", True),
    ("新型农村合作组织的主要矛盾", True),
    ("宿舍文明建设的主要措施", True),
    ("班级生活中的品德与纪律", False),  # a section's title, no class of things
    ("适应中学生活", False),
    ("发展社区民主议事", False),
    ("准确把握推进班级制度建设的思路和任务", False),  # what a teacher is to make students do
    ("正确认识校园交往面临的新形势", False),
    ("班委会如何继续加强自身建设", False),  # a question: its items answer it in sentences
    ("为了建设和谐班级，应努力做到什么", False),
    ("要求", False),  # a bare aspect says not of what
    # what a part of a plan centres on, no class (session 22's blind teachers: 下列哪些属于以…为重点？ 题干不通)
    ("以提升社区服务能力为重点", False),
    ("以班级公约建设为抓手", False),
    ("以宿舍文明创建为核心", False),
    ("", False),
])
def test_a_heading_names_a_class_when_it_ends_with_a_head_noun(heading, named):
    assert names_class(heading) is named


def test_a_list_named_by_a_class_heading_alone_is_asked_by_it_and_one_whose_keys_echo_its_heading_not_at_all():
    ctx = SimpleNamespace(point=None, doc=SimpleNamespace(text=""))  # (the heading is given in the values)
    right, wrong = ["健全班级公约制度", "完善班级轮换机制"], ["落实宿舍卫生检查", "开展邻里互助活动"]
    led = {"list_lead": "班委会要做好三项工作", "heading": "班级生活中的品德与纪律"}
    assert topic_values(ctx, led, right, wrong) == led  # (named by its lead: lint judges it)
    titled = {"heading": "校园生活中的品德与纪律"}
    assert topic_values(ctx, titled, right, wrong) == titled  # (the templates' 关于“…”)
    # (both keys on 班级 under a heading on 班级, wrong options of other sections: 按关键词即可答对)
    assert topic_values(ctx, {"heading": "班级生活中的品德与纪律"}, right, wrong) == reasons.LIST_TOPIC_ECHO


def test_the_class_heading_becomes_the_lists_topic(monkeypatch):
    from kaodian.questions import choice_topic

    monkeypatch.setattr(choice_topic, "topic_source", lambda ctx: "")  # (no document to name here)
    ctx = SimpleNamespace(point=None, doc=SimpleNamespace(text=""))
    got = topic_values(ctx, {"heading": "推进班级制度建设的要求"}, ["健全班级公约制度", "完善班干部轮换机制"],
                       ["落实宿舍卫生检查", "开展邻里互助活动"])
    assert got["list_topic"] == "推进班级制度建设的要求"


SERIES = """理想教育学习材料

一、正确认识理想

追求目标的长期性、艰巨性、曲折性。

青年要充分认识改革任务的复杂性、紧迫性、全局性，在实践中锤炼本领。

我们要深刻认识基层治理的系统性、整体性、协同性，统筹推进各项工作。

坚持原则的坚定性、斗争的策略性、工作的创造性，是干部成熟的标志。
"""


def test_a_series_in_a_line_too_short_to_ask_anything_is_no_multiple_choice():
    """Session 19's blind teachers: 题干“实现…的（　）”残缺 (an invented outline line); a whole sentence is asked."""
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    stems = [q.stem for q in generate([extract_text(SERIES, "s.txt")], kinds=("multiple",), seed=0).questions]
    assert "追求目标的（　　）。" not in stems
    assert any(s.startswith("青年要充分认识改革任务的（　　）") for s in stems)


def test_a_bare_noun_phrase_stem_is_a_fragment_and_a_short_sentence_is_not():
    from kaodian.questions.choice_topic import fragment_stem

    assert fragment_stem("追求目标的（　　）。")
    assert not fragment_stem("党员干部要增强（　　）。")  # (a verb: it asks something)
    assert not fragment_stem("青年要充分认识改革任务的（　　），在实践中锤炼本领。")


def test_a_short_series_stem_with_a_predicate_is_no_fragment():
    """Review, session 20: …要全面贯彻党的（　　）。 has a predicate before the modifier: it asks."""
    from kaodian.questions.choice_topic import fragment_stem

    assert not fragment_stem("各级党组织要全面贯彻党的（　　）。")
    assert fragment_stem("追求目标的（　　）。")


# an invented speech: two parts whose headings say what they centre on (以…为重点), each over a numbered list
CENTRED = """在全县社区工作会议上的讲话

（一）以提升社区服务能力为重点，进一步方便群众生活。

1．完善社区服务中心功能。推动服务中心向居民全天开放，增设便民窗口和自助设备。
2．加强社区工作者队伍建设。开展分级培训，提高社区工作者的业务水平。
3．推进智慧社区平台应用。建设统一的社区信息平台，实现事项网上办理。

（二）以改善人居环境为重点，进一步建设美丽乡村。

1．开展村庄环境集中整治。清理村内垃圾杂物，整治乱堆乱放。
2．推进农村污水治理工程。新建一批污水处理站点，提高污水收集率。
3．实施道路绿化美化行动。沿主要道路种植行道树，建设小游园。
4．健全长效管护机制。落实村级保洁人员，定期开展检查评比。

（三）以保障安全稳定为重点，进一步营造平安环境。

1．排查化解矛盾纠纷。组织力量逐户走访，及时调处邻里纠纷。
2．强化消防安全管理。配齐消防器材，开展消防演练。
3．加强食品安全监管。定期检查餐饮门店，严查过期食品。
4．落实防汛防台措施。修订应急预案，储备抢险物资。
"""


def test_a_heading_centred_on_a_phrase_is_asked_with_its_speech_not_as_a_class():
    """下列哪些属于以…为重点？ reads as no question (session 22's blind teachers): the part is named in quotes,
    with the speech it stands in (not how many points it lists: session 23's blind teachers, 等于提示答案个数)."""
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    qs = generate([extract_text(CENTRED, "c.txt")], kinds=("multiple",), per_sentence=0).questions
    centred = [q for q in qs if "为重点" in q.stem]
    assert centred
    for q in centred:
        assert "属于以" not in q.stem
        assert "《在全县社区工作会议上的讲话》" in q.stem and "部分所列要点" in q.stem
