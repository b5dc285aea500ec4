"""Stems in the voice of their source (issue 12, deliverable 4): a speech's 我们 and 我, an interview's
tags, a surname with a title, 我省, an unnamed meeting, 以下 pointing below, a verbless 从……到 cut.
The texts are invented, of the shapes teachers rejected in blind reviews."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.ask_cloze import _generic_beside
from kaodian.questions.voice import _without_we, revoiced, unvoiced

SPEECH = """在全省社区治理工作会议上的讲话
同志们：
江苏是人口大省，江苏的社区治理任务很重。近年来，江苏各地探索了不少好办法，江苏的经验值得总结。
我们要坚持党建引领、群众参与、社会协同、法治保障，推动社区治理制度化、规范化、专业化发展。
我讲三点意见，供大家参考，希望大家结合实际抓好落实，推动社区治理上台阶。
使我深刻感悟到，社区治理必须坚持以人民为中心的发展思想，把群众满意作为根本标准。
在我省发展历史上，网格化管理、数字化治理和志愿服务体系建设都具有特殊意义。
"""

INTERVIEW = """社区治理的探索与实践——访原区委书记周明远
周明远同志在区里工作期间，高度重视社区治理，提出了一系列新思路新举措。
采访组：周书记在区里工作期间，作了许多方面的探索，请您谈谈印象最深的几件事。
李志华：周书记提出要把社区建设成为服务群众的温馨家园，强调网格化管理、精细化服务、信息化支撑三位一体。
李志华：那个时候，郑局长也提出要健全社区服务站点，把便民服务送到群众家门口。
"""


def _bank(text: str, name: str = "t.txt"):
    return generate([extract_text(text, name)]).questions


def test_a_speech_is_asked_without_the_speaker_and_never_in_the_first_person():
    qs = _bank(SPEECH)
    stems = [q.stem for q in qs]
    assert any(s.startswith("要坚持") for s in stems), stems  # 我们要… said as a question writer says it
    assert not [s for s in stems if "我们要" in s or "我讲" in s or "使我" in s]


def test_my_province_is_named_by_the_province_the_speech_names_again_and_again():
    qs = _bank(SPEECH)
    assert any("江苏省发展历史上" in q.stem for q in qs), [q.stem for q in qs]
    assert not [q.stem for q in qs if "我省" in q.stem]


def test_an_interview_drops_its_tags_names_the_surnamed_title_and_asks_no_interviewer_question():
    qs = _bank(INTERVIEW)
    stems = [q.stem for q in qs]
    assert any("周明远同志提出要把社区建设成为" in s for s in stems), stems
    assert not [s for s in stems if "李志华：" in s or "采访组" in s or "请您" in s or "周书记" in s]
    # a title no full name of the text resolves points at a person the stem does not name
    assert not [s for s in stems if "郑局长" in s]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们统筹城乡两个大局，坚持共建共治共享", "统筹城乡两个大局，坚持共建共治共享"),
        # after an opening clause 我们 is the subject the clause needs (teacher review, session 10:
        # 毫无疑问，仍然坚持… 题干删去了主语“我们”，读来不通)
        ("工作中，我们牢牢抓住服务群众这个中心", "工作中，我们牢牢抓住服务群众这个中心"),
        ("毫无疑问，我们仍然坚持这一方针", "毫无疑问，我们仍然坚持这一方针"),
        ("我们坚信，有党的坚强领导，社区治理一定能上台阶", "我们坚信，有党的坚强领导，社区治理一定能上台阶"),
        ("我们党来自人民、扎根人民", "我们党来自人民、扎根人民"),
        ("我们的队伍中有一些人存在畏难情绪", "我们的队伍中有一些人存在畏难情绪"),
    ],
)
def test_we_goes_only_where_the_clause_stands_without_it(text, expected):
    assert _without_we(text) == expected


@pytest.mark.parametrize(
    ("stem", "statement", "why"),
    [
        ("这里，我简单提三点要求，请大家抓好落实。", "", "口吻"),
        ("______必须坚决实现以下______项基本要求。", "x", "以下______项"),
        ("社区工作者应当遵循下列______。", "x", "下列"),
        ("从实行网格管理、推行积分制度到社区协商“______”、打赢攻坚战……", "", "从……到"),
        ("坚持系统治理，为维护______、______、群众利益……", "", "主句"),
        ("会议强调，要把社区治理摆在突出位置，健全______机制。", "x", "会议"),
        ("大力发展（　　）。", "x", "缺少语境"),
    ],
)
def test_a_stem_that_still_leans_on_its_source_is_not_asked(stem, statement, why):
    # "x": a statement's stem (compose passes the blanked sentence, here the stem itself)
    assert why in (unvoiced(stem, stem if statement else "") or "")


@pytest.mark.parametrize(
    "stem",
    [
        "坚持民有所呼、我有所应，持续优化______环境。",  # a set phrase's 我
        "凡事力求做到顾大局、识大体、求大我，增强______意识。",  # 大我 is a word
        "______以下简称“千万工程”，是一项重大决策。",  # 以下简称 names, it does not point below
        "年收入在10万元以下的家庭可以申请______补贴。",
        "在______上，加强普惠性、基础性民生保障。",
        "______的预备期为______。",  # short, but a rule
    ],
)
def test_a_stem_that_stands_alone_is_asked(stem):
    assert unvoiced(stem, "x") is None


def test_a_last_clause_pointing_below_is_cut_and_the_rest_asked():
    doc = extract_text("社区治理条例\n领导小组负责统筹规划、综合协调、督促检查，履行下列职责。\n", "t.txt").document
    stem = revoiced("领导小组负责统筹______、综合协调、督促检查，履行下列职责。", doc, doc.articles[0].id)
    assert stem == "领导小组负责统筹______、综合协调、督促检查。"
    assert unvoiced(stem, "x") is None


def test_a_meeting_is_named_by_its_communique():
    doc = extract_text("某某市委全体会议公报\n会议强调，要把社区治理摆在突出位置。\n", "t.txt").document
    stem = revoiced("会议强调，要把社区治理摆在突出位置，健全______机制。", doc, doc.articles[0].id)
    assert stem.startswith("《某某市委全体会议公报》强调"), stem
    assert unvoiced(stem) is None


@pytest.mark.parametrize(
    ("sentence", "word", "generic"),
    [
        ("坚持把作风建设摆在首位，全面提高机关服务能力。", "能力", True),  # many words fit: no second blank
        ("健全工作推进机制，每年召开现场会。", "机制", True),
        ("发展是我们党执政兴国的第一要务。", "发展", False),  # the subject of a 是 is the concept
        ("必须坚持以发展为第一要务。", "发展", False),  # so is the X of 以X为
        ("坚持把政治建设摆在首位。", "政治建设", False),
    ],
)
def test_a_generic_word_is_no_second_blank_unless_it_is_the_concept(sentence, word, generic):
    a = sentence.index(word)
    assert _generic_beside(sentence, a, a + len(word)) is generic


TWO_LISTS = """关于加强社区治理的几点思考
加强社区治理，关键在于夯实基层基础。一要健全组织体系，二要完善服务网络，三要强化队伍建设。
推进社区治理现代化，必须用好数字手段。一是建设智慧平台，二是打通数据壁垒，三是提升应用能力。
"""


def test_a_list_located_by_its_lead_says_which_document():
    qs = generate([extract_text(TWO_LISTS, "t.txt")], kinds=["recall"]).questions
    stems = [q.stem for q in qs]
    # (关于“…”, not 在“…”一处: teacher review, session 10, called that locator mechanical; since session 26's
    # recall31 a list of measures is asked as a question writer asks it: 据《…》，在“…”方面提出了哪三项举措？)
    assert any(("《关于加强社区治理的几点思考》一文" in s and s.startswith("关于“"))
               or (s.startswith("据《关于加强社区治理的几点思考》") and "在“" in s) for s in stems), stems
    assert not [s for s in stems if s.startswith("文章在")]


@pytest.mark.parametrize(("speaker", "said"), [("全党", ""), ("全国人民", ""), ("习近平总书记", "习近平总书记"), ("全国人大常委会委员长", "全国人大常委会委员长")])
def test_the_audience_of_a_quote_is_never_its_speaker(speaker, said):
    from kaodian.questions.ask_truefalse import speaker_phrase

    assert speaker_phrase(speaker) == said


@pytest.mark.parametrize(
    ("sentence", "blank", "cut"),
    [
        ("要满足居民群众日益增长的文化生活需求。", "满足居民群众日益增长", True),  # the need left outside
        ("在推动社区服务提质升级的基础上，形成新格局。", "推动社区服务提质升级", True),
        ("坚持以人民为中心的发展思想。", "以人民为中心", False),
        ("按照共同建设、共同享有的原则。", "共同享有", False),  # the 的 belongs to the series
        ("提高社区治理的水平。", "社区治理", False),  # a noun, no verb
    ],
)
def test_a_blank_never_takes_a_verb_and_half_its_object(sentence, blank, cut):
    from kaodian.questions.ask_cloze import _verb_cut_before_de

    a = sentence.index(blank)
    assert _verb_cut_before_de(sentence, a, a + len(blank)) is cut


def test_a_template_s_own_words_point_nowhere():
    # 下列各项 is the ordering template's, not the statement's
    stem = "我们党坚持以______、______作为自己的行动指南。横线处依次是下列各项，请按原文顺序排列。"
    assert unvoiced(stem, "我们党坚持以______、______作为自己的行动指南。") is None


@pytest.mark.parametrize(
    ("lead", "leans_out"),
    [
        ("这里，我简单提三点要求", True),
        ("选用什么样的人，同时也决定了我们能干成什么样的事", True),
        ("对这样的人员，该问责必须坚决问责", True),
        ("我们党的作风建设必须切实落实以下五项基本要求", False),
        ("推进社区治理现代化，必须用好数字手段", False),
    ],
)
def test_a_lead_that_locates_nothing_gives_way_to_the_heading(lead, leans_out):
    from kaodian.questions.voice import leans

    assert leans(lead) is leans_out


def test_a_template_s_own_words_give_a_statement_no_context():
    """An ordering of a run blanked whole (______。横线处依次是下列各项…) says nothing of what it orders."""
    from kaodian.questions.voice import unvoiced

    assert unvoiced("______。横线处依次是下列各项，请按原文顺序排列。", "______。")
    assert unvoiced("党的基本路线是______、______。横线处依次是下列各项，请按原文顺序排列。", "党的基本路线是______、______。") is None


@pytest.mark.parametrize(
    "stem, said",
    [
        ("从这个意义上说，某某改革是一场深刻的______。", "某某改革是一场深刻的______。"),  # the frame points back: it goes
        ("在这一点上，全党必须保持______。", "全党必须保持______。"),
        ("在此基础上，某某要坚持______。", "某某要坚持______。"),
        ("从这里出发，某某要______。", "从这里出发，某某要______。"),  # no frame of a view: as it is
    ],
)
def test_a_frame_pointing_back_goes(stem, said):
    doc = extract_text("某某文章\n正文。\n", "t.txt").document
    assert revoiced(stem, doc, doc.articles[0].id if doc.articles else "") == said


def test_a_statement_too_short_without_its_frame_is_not_asked():
    doc = extract_text("某某文章\n正文。\n", "t.txt").document
    said = revoiced("从这个意义上说，改革是______。", doc, doc.articles[0].id if doc.articles else "")
    assert said == "改革是______。" and unvoiced(said, said)
