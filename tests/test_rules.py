"""The rule engine: validation with file:line, and the genre's markers, series and quotes."""

from __future__ import annotations

import pytest

from kaodian.errors import KaodianError, RuleErrors
from kaodian.pipeline import extract_text
from kaodian.rules import load_rules
from kaodian.rules.schema import load_rule_file


def points(text: str, kind: str, rules=()):
    return [p for p in extract_text(text, "t.txt", rules).points if p.kind == kind]


def items(text: str, rules=()) -> list[list[str]]:
    return [[i.text for i in p.items] for p in points(text, "enumeration", rules)]


# ------------------------------------------------------------------ validation


def test_malformed_yaml_names_file_and_line(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("enumerations:\n  - id: x\n    pattern: [unclosed\n", encoding="utf-8")
    with pytest.raises(KaodianError) as e:
        load_rule_file(f)
    assert e.value.code == "E201"
    assert f"{f}:" in str(e.value)


@pytest.mark.parametrize("text", [
    'enumerations:\n  - id: x\n    marker: y\n    pattern: "(?P<n>一)是\n',
    'enumerations:\n  - id: x\n    marker: y\n    pattern: "(?P<n>一)是\n  - id: z\n    marker: w\n    pattern: "二"\n',
])
def test_a_quote_left_open_is_blamed_on_its_own_line_not_where_yaml_gave_up(tmp_path, text):
    f = tmp_path / "r.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(KaodianError) as e:
        load_rule_file(f)
    assert f"{f}:4:" in str(e.value) and "引号没有配对" in str(e.value)


@pytest.mark.parametrize(("text", "said"), [
    ("enumerations:\n  - id: x\n   marker: y\n", "列表项"),
    ("enumerations:\n\t- id: x\n", "Tab"),
    ("enumerations:\n  - id: x\n    pattern: [unclosed\n", "方括号"),
])
def test_a_yaml_mistake_is_said_in_chinese_with_what_to_change(tmp_path, text, said):
    f = tmp_path / "r.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(KaodianError) as e:
        load_rule_file(f)
    assert said in str(e.value) and f"{f}:" in str(e.value)


def test_every_problem_is_reported_at_once_with_its_line(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text(
        "quotes:\n"
        "  min_quote_chars: 5\n"
        "  min_quote_chars: 6\n"  # line 3: duplicate
        "  colour: red\n"  # line 4: unknown key
        "enumerations:\n"
        "  - id: bad\n"
        "    marker: x\n"
        "    pattern: '(?P<n>[一二'\n"  # line 8: does not compile
        "  - marker: y\n",  # line 9: id and pattern missing
        encoding="utf-8",
    )
    with pytest.raises(RuleErrors) as e:
        load_rule_file(f)
    lines = "\n".join(e.value.problems)
    assert f"{f}:3: 重复的键“min_quote_chars”" in lines
    assert f"{f}:4: 未知的键“colour”" in lines
    assert f"{f}:8: “pattern” 的正则表达式无法编译" in lines
    assert f"{f}:9: 列举规则缺少“id”" in lines and f"{f}:9: 列举规则缺少“pattern”" in lines


def test_bad_rules_through_the_cli_give_one_clear_error_and_exit_1(tmp_path):
    import subprocess
    import sys

    f = tmp_path / "r.yaml"
    f.write_text("statements:\n  - '(unclosed'\n", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "kaodian", "extract", "--rules", str(f)], capture_output=True, text=True
    )
    assert r.returncode == 1
    assert r.stderr.startswith("错误 [E202]") and f"{f}:2" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_user_rules_add_a_marker_family(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "enumerations:\n  - id: qi\n    marker: 其一\n    pattern: '其(?P<n>[一二三四五])[，,]'\n", encoding="utf-8"
    )
    text = "我们要做到三点。其一，坚定信念。其二，勇于担当。其三，真抓实干。"
    assert items(text) == []
    assert items(text, (f,)) == [["坚定信念", "勇于担当", "真抓实干"]]


# ------------------------------------------------------------------ enumerations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("主要体现在：一是迎来了飞跃，二是实现了转变，三是开辟了道路。", [["迎来了飞跃", "实现了转变", "开辟了道路"]]),
        ("一要坚定理想。二要勤奋学习。三要联系实际。", [["坚定理想", "勤奋学习", "联系实际"]]),
        ("首先，要学懂。其次，要弄通。最后，要做实。", [["要学懂", "要弄通", "要做实"]]),
        # a narrative orders its steps with 随后 in 其次's place
        ("首先，由书记致辞。随后，学员代表发言。最后，辅导员介绍注意事项。", [["由书记致辞", "学员代表发言", "辅导员介绍注意事项"]]),
        ("第一，必须坚持党的领导。第二，必须坚持人民至上。", [["必须坚持党的领导", "必须坚持人民至上"]]),
        ("（一）坚持生态优先。详细说明。\n（二）坚持因地制宜。详细说明。", [["坚持生态优先", "坚持因地制宜"]]),
        ("①学习；②实践；③总结。", [["学习", "实践", "总结"]]),
        ("一是要在关键领域把握主动权。二是要补齐短板。", [["要在关键领域把握主动权", "要补齐短板"]]),
        # a student's bare 2 after a full stop, its mark left out, goes on the 1. of its line
        ("某某的两个途径：1.依靠科技创新。2依靠制度创新", [["依靠科技创新", "依靠制度创新"]]),
    ],
)
def test_ordinal_series_and_their_items(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这是第一次全体会议，也是第二次动员。",
        "实现第一个百年奋斗目标，向第二个百年奋斗目标进军。",
        "我国是世界第二大经济体，以发展为第一要务。",
        "大家一要坚持学习，这是根本。",  # a lone 一要
        "统一是大势，唯一要做的是坚持。",
        "会议听取了汇报。随后，代表们分组讨论。最后，大会闭幕。",  # 随后 without a 首先 opens no series
        "这个道理一看就懂。\n二看也不难，关键在做。",  # counted verbs that open no two paragraphs of one series
        "1.完成年度任务。2名同志受到表彰。",  # a bare 2 before a unit is a count
        "1.完成年度任务。2支队伍受到表彰。",  # ... and before a measure word
    ],
)
def test_words_that_are_not_ordinal_markers(text):
    assert items(text) == []


def test_nested_series_are_separate_enumerations_with_their_section():
    text = (
        "一、加强干部队伍建设\n"
        "1、要把导向树起来。一要坚持政治标准。二要坚持事业为上。\n"
        "2、要为担当者撑腰。一要容错纠错。二要关心关爱。\n"
    )
    found = points(text, "enumeration")
    assert [(p.marker, p.section, [i.text for i in p.items]) for p in found] == [
        ("1.", 1, ["要把导向树起来", "要为担当者撑腰"]),
        ("要", 1, ["坚持政治标准", "坚持事业为上"]),
        ("要", 1, ["容错纠错", "关心关爱"]),
    ]
    assert found[0].heading == "加强干部队伍建设"


def test_points_led_by_a_counted_verb_are_a_series():
    text = "我们着力推进三项工作：\n一抓理论学习，推动学习走深走实。\n二抓制度建设，完善长效机制。\n三抓作风转变，树立良好形象。\n"
    (p,) = points(text, "enumeration")
    assert [i.text for i in p.items] == ["理论学习，推动学习走深走实", "制度建设，完善长效机制", "作风转变，树立良好形象"]


def test_a_series_opened_by_shouxian_and_going_on_with_di_er():
    text = "学院的成效有三点。首先，队伍数量稳中有升。第二，队伍质量显著提升。第三，团队凝聚力不断增强。"
    (p,) = points(text, "enumeration")
    assert [i.text for i in p.items] == ["队伍数量稳中有升", "队伍质量显著提升", "团队凝聚力不断增强"]


def test_shouxian_after_its_paragraphs_di_yi_is_a_word_of_the_first_item():
    """A speech's 第一，着力X。X，首先要… says 首先 inside its first point: read as the first marker of a new
    series, it cut the first item to 要… and named the list by X."""
    text = ("接下来，我就几项工作提些意见。\n第一，着力改善乡村环境。改善乡村环境，首先要治理生活垃圾，整治村容村貌。\n"
            "第二，着力发展特色产业。产业是富民之本。\n第三，着力培育文明乡风。乡风是乡村之魂。")
    (p,) = points(text, "enumeration")
    assert [i.text for i in p.items] == ["着力改善乡村环境", "着力发展特色产业", "着力培育文明乡风"]


def test_steps_and_mixed_ordinal_words_are_one_series_each():
    steps = "战略分三步走。第一步，解决温饱问题；第二步，达到小康水平；第三步，基本实现现代化。"
    (p,) = points(steps, "enumeration")
    assert [i.text for i in p.items] == ["解决温饱问题", "达到小康水平", "基本实现现代化"]
    mixed = "下一步有三项打算。首先，引进优秀人才。其次，强化发展规划。第三，做好人文关怀。"
    (p,) = points(mixed, "enumeration")  # a 首先 series and a 第 series read once, as the longer
    assert [i.text for i in p.items] == ["引进优秀人才", "强化发展规划", "做好人文关怀"]
    modal = "围绕这一目标，首先将用好引进政策，加强宣传。其次，强化分类发展。最后，做好服务保障。"
    (p,) = points(modal, "enumeration")
    assert [i.text for i in p.items][0] == "将用好引进政策，加强宣传"
    # 首先将… with no comma may open a series that goes on 其次，第三，第四，
    ordinal = "围绕这一目标，首先将用好引进政策。其次，强化分类发展。第三，推进双聘任制。第四，做好服务保障。"
    (p,) = points(ordinal, "enumeration")
    assert [i.text for i in p.items] == ["将用好引进政策", "强化分类发展", "推进双聘任制", "做好服务保障"]
    # but 首先是 inside a 第 point is no ordinal: 我们的要求首先是… says "above all"
    inner = "第一，强化政治引领。对干部的要求首先是政治上的要求。第二，突出实干实绩。第三，注重群众公认。"
    (p,) = points(inner, "enumeration")
    assert [i.text for i in p.items] == ["强化政治引领", "突出实干实绩", "注重群众公认"]


def test_items_keep_offsets_into_the_document():
    ex = extract_text("会议指出：一是要团结，二是要奋斗。")
    (p,) = ex.of_kind("enumeration")
    for item in p.items:
        assert ex.document.text[item.start : item.end] == item.text


# ------------------------------------------------------------------ term series


@pytest.mark.parametrize(
    "text, terms",
    [
        ("全党的政治领导力、思想引领力、群众组织力、社会号召力显著增强。", ["政治领导力", "思想引领力", "群众组织力", "社会号召力"]),
        ("要增强“四个意识”、坚定“四个自信”、做到“两个维护”。", ["增强“四个意识”", "坚定“四个自信”", "做到“两个维护”"]),
        ("不断提高政治判断力、政治领悟力、政治执行力。", ["政治判断力", "政治领悟力", "政治执行力"]),
        ("不断提升人民群众的幸福感、获得感和安全感。", ["幸福感", "获得感", "安全感"]),
        ("坚定捍卫“两个确立”、“两个维护”、“四个意识”的要求。", ["两个确立", "两个维护", "四个意识"]),
        ("在幼有所育、学有所教、病有所医、弱有所扶上持续用力。", ["幼有所育", "学有所教", "病有所医", "弱有所扶"]),
        # a word tagged as a verb that modifies the first noun term stays in it
        ("要大力发展休闲农业、乡村旅游、农村电商。", ["休闲农业", "乡村旅游", "农村电商"]),
        # a verbal noun followed by a noun is inside a verb-phrase term, not its start
        ("要遵循城市自身发展规律、体现地方特点、保留历史风貌。", ["遵循城市自身发展规律", "体现地方特点", "保留历史风貌"]),
        # the verb before 了 is the sentence's predicate, not the end of the last term
        ("为推动经济发展、保持社会稳定、保障国家安全提供了坚强保证。", ["推动经济发展", "保持社会稳定", "保障国家安全"]),
        # a count (一支) governs the whole series
        ("锻造一支政治过硬、本领高强、作风优良的队伍。", ["政治过硬", "本领高强", "作风优良"]),
        # an interrogative follows the series
        ("他们的业务能力、工作作风、精神状态如何，决定了成败。", ["业务能力", "工作作风", "精神状态"]),
        # after what governs a verbal series, a first term may open with a word tagged no verb
        ("全面做好稳就业、促消费、扩投资、惠民生各项工作。", ["稳就业", "促消费", "扩投资", "惠民生"]),
        ("通过简政放权、放宽准入、鼓励创新，激发市场活力。", ["简政放权", "放宽准入", "鼓励创新"]),
        ("本次分享从项目介绍、报名条件、选拔过程等方面展开。", ["项目介绍", "报名条件", "选拔过程"]),
        # a pronoun before the first term governs the series (以其…)
        ("这所学校以其严谨性、开放性、创新性而著称。", ["严谨性", "开放性", "创新性"]),
        # terms of one shape: the last ends where the others do, and what follows governs them all
        ("要不断增强自我学习、自我管理、自我约束、自我监督能力。", ["自我学习", "自我管理", "自我约束", "自我监督"]),
        # a word every term holds (以…为…) ends none of them
        ("要以红色资源为依托、以实践活动为载体、以网络平台为阵地，讲好党的故事。", ["以红色资源为依托", "以实践活动为载体", "以网络平台为阵地"]),
        # 而 ends the last term (…而不懈奋斗)
        ("为建设美丽乡村、发展特色产业、增加农民收入而不懈奋斗。", ["建设美丽乡村", "发展特色产业", "增加农民收入"]),
        # a governing verb before a verb governs the series, however long its terms (出台|减税降费)
        ("今年出台减税降费、降低企业用能成本、下调物流收费等措施。", ["减税降费", "降低企业用能成本", "下调物流收费"]),
        # a leading word or a governing verb the segmenter glues to the first term is cut off
        ("这些精神已融入广大党员、干部、群众的血脉。", ["党员", "干部", "群众"]),
        ("要不断提高质量、效率和影响力。", ["质量", "效率", "影响力"]),
        # a preposition after a noun term ends it, and the joiner after it is the predicate's
        ("马克思、恩格斯、列宁以毕生精力投身革命事业。", ["马克思", "恩格斯", "列宁"]),
        # terms of one shape give the first its length (体现|出真 is one word to the segmenter)
        ("作品体现出真的情感、善的追求、美的境界。", ["真的情感", "善的追求", "美的境界"]),
        # terms of one length that end alike: the first starts after the verb
        ("课程共分为理论学习、实践学习、研讨学习等几个部分。", ["理论学习", "实践学习", "研讨学习"]),
        # a one-word term as long as each of the others starts after its verb
        ("要持续推进简政放权、放管结合、优化服务。", ["简政放权", "放管结合", "优化服务"]),
        # 等 ends the last term however short it is
        ("他介绍了前期准备、申请材料、面试流程及要求等经验。", ["前期准备", "申请材料", "面试流程", "要求"]),
        # a term may end in a word that ends in 的 (目的); the copula governs the series
        ("会议明确了发展道路、发展动力、根本目的等问题。", ["发展道路", "发展动力", "根本目的"]),
        ("发展的主体是工人阶级、农民阶级和城乡劳动者。", ["工人阶级", "农民阶级", "城乡劳动者"]),
        # titles of the person named after them: nothing governs the first, the name ends the last
        ("会议由省委党校教授、研究中心主任、省社科联副主席王明主持。", ["省委党校教授", "研究中心主任", "省社科联副主席"]),
        # a joiner the segmenter glued into a word (力和抗) still joins two alike terms
        ("要始终保持好奇心、行动力和抗挫力，稳步前行。", ["好奇心", "行动力", "抗挫力"]),
        # a quoted list of words is a series as well as a formulation
        ("要贯彻“创新、协调、绿色、开放、共享”的发展理念。", ["创新", "协调", "绿色", "开放", "共享"]),
    ],
)
def test_term_series_are_the_terms_alone(text, terms):
    assert [[t.text for t in p.items] for p in points(text, "term_series")] == [terms]


def test_a_list_of_titles_is_a_series_of_whole_titles():
    """Titles in 《》 joined by 、 are the terms, however long: a bracket, a 、, 和 or 等 inside
    one is the title's, and 等 after the last ends the list."""
    found = points("学校先后出台了《某某中学兴趣小组招生和组队参赛办法》、《某某中学自主招生（推荐生、保送生）"
                   "推荐规程》、《某某中学学生（家长）教学等投诉处理办法》等多项措施。", "term_series")
    assert [[t.text for t in p.items] for p in found] == [[
        "《某某中学兴趣小组招生和组队参赛办法》", "《某某中学自主招生（推荐生、保送生）推荐规程》",
        "《某某中学学生（家长）教学等投诉处理办法》"]]


def test_a_list_of_subjects_before_the_verb_of_a_series_is_cut_off():
    """A pair before the verb that governs a series (各单位、各部门不断增强…) is no term of it."""
    found = points("各单位、各部门不断增强责任意识、服务意识、效率意识、创新意识。", "term_series")
    assert [[t.text for t in p.items] for p in found] == [["责任意识", "服务意识", "效率意识", "创新意识"]]


def test_subjects_and_what_they_are_are_two_series():
    """A、B、C是D的、E的、F的: 是 ends the subjects; predicative 的 terms are a series of their own."""
    found = points("当前面临的资金压力、人才压力、技术压力是长期的、复杂的、艰巨的，必须高度重视。", "term_series")
    assert [[t.text for t in p.items] for p in found] == [["资金压力", "人才压力", "技术压力"], ["长期的", "复杂的", "艰巨的"]]


def test_from_one_list_to_another_are_two_series():
    """从A、B、C到D、E、F: 到 ends the first list and starts the second."""
    found = points("从修路、架桥、通电到建学校、办医院、兴产业，乡村面貌焕然一新。", "term_series")
    assert [[t.text for t in p.items] for p in found] == [["修路", "架桥", "通电"], ["建学校", "办医院", "兴产业"]]


@pytest.mark.parametrize(
    "text",
    [
        "实现从站起来、富起来到强起来的伟大飞跃。",  # joined by 到
        "无论革命、建设还是改革都离不开党。",  # joined by 还是
        "探索“一企一档、一企一策、一企一员”等服务方式。",  # one quoted slogan: lines of one length
        "市委、市政府高度重视。",  # two terms
        "深刻回答了什么是社会主义、怎样建设社会主义、建设什么样的党等问题。",  # questions, not terms
        "为实现经济发展、维护社会稳定和人民安居乐业提供保障。",  # 和 joins two objects of 维护: two terms
        "根据《某某部、某某厅、某某局关于加强协作的通知》的要求。",  # 、 inside a title in 《》
        "他的态度是认真的、积极的，工作是出色的。",  # 的 terms of two, not a series
    ],
)
def test_lists_that_are_not_term_series(text):
    assert points(text, "term_series") == []


# ------------------------------------------------------------------ quoted spans


@pytest.mark.parametrize(
    "s, numbered",
    [("两个确立", True), ("四个意识", True), ("一基地三区", True), ("三农", True), ("1+4", True), ("九二共识", True),
     ("一带一路", True), ("双碳", True), ("双一流", True), ("一把手", False), ("一站式", False), ("一网通办", False), ("关键少数", False),
     ("30分钟公共服务圈", False)],
)
def test_numbered_formulations(s, numbered):
    assert load_rules().quotes.is_numbered(s) is numbered


def test_quotes_formulations_and_documents():
    text = (
        "习近平总书记强调：“牢牢把握团结奋斗的时代要求。”要坚定捍卫“两个确立”，发挥“关键少数”作用，"
        "姓“社”还是姓“资”不再争论，编辑出版《档案史料选编》。"
    )
    ex = extract_text(text)
    assert [(p.text, p.speaker) for p in ex.of_kind("quote")] == [("牢牢把握团结奋斗的时代要求。", "习近平总书记")]
    assert [(p.text, p.numbered) for p in ex.of_kind("formulation")] == [("两个确立", True), ("关键少数", False)]
    assert [p.text for p in ex.of_kind("document")] == ["档案史料选编"]


def test_dated_facts_and_key_statements():
    text = "2018年6月，习近平总书记在某地考察时指出，要加快培育先进制造业集群。党的领导是全面推进民族复兴的根本保证。"
    ex = extract_text(text)
    assert [p.text for p in ex.of_kind("fact")] == ["2018年6月，习近平总书记在某地考察时指出，要加快培育先进制造业集群。"]
    assert [p.text for p in ex.of_kind("statement")] == ["党的领导是全面推进民族复兴的根本保证。"]


@pytest.mark.parametrize(
    "text, quotes, formulations",
    [
        ("“勤劳实干是人民群众创造美好生活的必由之路”，习近平总书记在报告中这样诠释。", ["勤劳实干是人民群众创造美好生活的必由之路"], []),
        ("市委提出“早日重回全国30强”的目标。", [], ["早日重回全国30强"]),
        ("遵循习近平总书记“用实干实绩书写了时代答卷”的号召。", ["用实干实绩书写了时代答卷"], []),
        ("会议明确提出“绿水青山就是金山银山”。", [], ["绿水青山就是金山银山"]),
        # a quoted sentence after a copula defines what the sentence is about: neither quote nor formulation
        ("“实事求是”，就是“要从客观存在的事实出发，而不是从主观愿望出发。”", [], ["实事求是"]),
        # “…” nested in a quote is a formulation in the speaker's words
        ("他说：“老师的“慢下来想一想”让我受益匪浅，我会一直记住。”", ["老师的“慢下来想一想”让我受益匪浅，我会一直记住。"], ["慢下来想一想"]),
        # quoted prose of more clauses than a formulation has is none, a slogan of one-length lines is one
        ("我们要牢记“以奋斗之我，创造奋斗之家园，奋斗之城市，奋斗之国家”。", [], []),
        ("大家齐声喊出“人人奋勇争先，个个勇挑重担，处处比学赶超”。", [], ["人人奋勇争先，个个勇挑重担，处处比学赶超"]),
        # the speaker's words completing a copula after the speech verb are a quote; a short word there
        # is a formulation the speaker names
        ("某某同志指出，读书是“一个人精神成长最可靠的阶梯”。", ["一个人精神成长最可靠的阶梯"], []),
        ("某某同志强调，关键是“两个到位”。", [], ["两个到位"]),
        # a feature's speaker named after the words with a speech verb: a quote however short
        ("“现在日子好了。”种植户老王说。", ["现在日子好了。"], []),
        # who remembers the words heard says them: a quote, however short, even behind a long post
        ("“勤俭是治家之本。”某县第一中学原副校长李明清晰记得，那年冬天的晨会上…", ["勤俭是治家之本。"], []),
        ("“勤俭是治家之本。”老党员李明回忆道。", ["勤俭是治家之本。"], []),
        ("“菜篮子工程”说到底是民生工程。", [], ["菜篮子工程"]),
        # a word whose company a study sheet asks for is mentioned as a word; a quoted predicate is a claim's words
        ("2．写出“基层治理”的常见搭配：\n等。", [], []),
        # ... but a text that names its key term as a word (“某某”一词) puts it forward
        ("“新型治理”一词凝结了理论创新成果，必须把握其本质要求。", [], ["新型治理"]),
        ("有人认为某项技术“成为新的增长源泉”，因此旧结论已不适用。", [], []),
        ("某种装置的普及“变为新的利润来源”，所以旧理论失效了。", [], []),
        # ... but a goal set with the same verb is the slogan a teacher asks
        ("广大学子要立志“成为担当强国使命的奋斗新人”。", [], ["成为担当强国使命的奋斗新人"]),
        ("某某提出“变革之年”的目标。", [], ["变革之年"]),
        # a title someone gives himself is the writer's irony, wherever the article quotes the word again
        ("有人拥护他为“导师”。他也可以自封为“导师”，发号施令。", [], []),
        ("他被大家誉为“导师”。", [], ["导师"]),
        # a word that may be neutral (号称) marks only the quote it precedes, not the same word elsewhere
        ("有的干部号称“百姓管家”，却高高在上。党员要做到“百姓管家”的要求。", [], ["百姓管家"]),
    ],
)
def test_quote_or_formulation_by_what_stands_around_it(text, quotes, formulations):
    ex = extract_text(text)
    assert [p.text for p in ex.of_kind("quote")] == quotes
    assert [p.text for p in ex.of_kind("formulation")] == formulations


def test_jieba_fallback_cuts_like_rjieba():
    """Where rjieba is not installed, jieba itself gives the same words."""
    import rjieba

    from kaodian.segment import _Jieba

    fallback = _Jieba()
    text = "全党的政治领导力、思想引领力、群众组织力、社会号召力显著增强"
    assert fallback.cut(text) == list(rjieba.cut(text, True))


def test_kept_words_stay_whole_inside_their_block_only():
    """A document's formulations are kept whole while it is read, and change nothing afterwards:
    the questions of one file never depend on the files read before it."""
    from kaodian import segment

    before = segment.cut("坚定捍卫两个确立")
    assert before == ["坚定", "捍卫", "两个", "确立"]
    with segment.keeping(["两个确立", "确"]):  # one character is never a formulation
        assert segment.cut("坚定捍卫两个确立") == ["坚定", "捍卫", "两个确立"]
        assert segment.tag("两个确立")[0] == ("两个确立", "nz")
    assert segment.cut("坚定捍卫两个确立") == before


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("在参加代表团讨论时，习近平总书记强调：“要牢牢把握团结奋斗的时代要求。”", "习近平总书记"),
        ("习近平总书记在党的二十大报告中深刻指出：“全面从严治党永远在路上。”", "习近平总书记"),
        ("邓小平同志指出：“封闭不是发展的出路”，“我们要抓住机遇，这是发展要达到的要求”。", "邓小平同志"),
        ("“勤劳实干是人民群众创造美好生活的必由之路”，习近平总书记这样诠释。", "习近平总书记"),
        ("这项工程被当地农民群众誉为“党和政府为农民办的最受欢迎的一件实事”。", "当地农民群众"),
        ("党的二十大报告指出：“全面从严治党永远在路上。”", "党的二十大报告"),
        ("习近平总书记在《求是》发表的文章《中国式现代化》中强调：“中国式现代化深深植根于优秀传统文化。”", "习近平总书记"),
        ("有人说：“这件事情办得很好。”", "有人"),
    ],
)
def test_the_speaker_is_who_speaks_not_the_clause_around(text, speaker):
    quotes = extract_text(text).of_kind("quote")  # an attributed quote, whoever could be named
    assert quotes and {q.speaker for q in quotes} == {speaker}


@pytest.mark.parametrize(
    "family, message",
    [
        ("  - id: a\n    marker: x\n    sequence: [甲, 乙]\n    pattern: '(?P<n>甲|乙)'\n", "需要命名组 (?P<w>…)"),
        ("  - id: b\n    marker: x\n    pattern: '[甲乙]、'\n", "需要命名组 (?P<n>…)"),
    ],
)
def test_a_family_must_capture_its_ordinal(tmp_path, family, message):
    f = tmp_path / "r.yaml"
    f.write_text("enumerations:\n" + family, encoding="utf-8")
    with pytest.raises(RuleErrors) as e:
        load_rule_file(f)
    assert f"{f}:2:" in str(e.value) and message in str(e.value)


def test_a_word_twice_in_a_list_is_reported(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("term_series:\n  leading_words: [以, 在,\n    以]\n", encoding="utf-8")
    with pytest.raises(RuleErrors) as e:
        load_rule_file(f)
    assert f"{f}:3: 列表里重复的条目“以”" in str(e.value)


def test_a_lead_that_is_an_item_of_another_series_loses_its_marker():
    text = "（一）加大调控力度。详细说明。\n（二）推进科技创新。一是加强技术攻关，二是培育新兴产业。\n"
    leads = [p.text for p in points(text, "enumeration")]
    assert "推进科技创新。" in leads


def test_a_sentence_stating_a_quantity_is_a_fact():
    text = "过去一年成绩显著。国内生产总值超过126万亿元，增长5.2%。我们继续努力。城镇新增就业1244万人。"
    assert [p.text for p in extract_text(text).of_kind("fact")] == [
        "国内生产总值超过126万亿元，增长5.2%。", "城镇新增就业1244万人。"
    ]


def test_a_time_limit_is_a_fact_and_a_day_of_the_month_is_not():
    text = "有关机关应当自受理之日起60日内办结。代表人数不得超过5名。李强5日在会上指出，要坚持稳中求进。"
    assert [p.text for p in extract_text(text).of_kind("fact")] == ["有关机关应当自受理之日起60日内办结。", "代表人数不得超过5名。"]


def test_a_dated_sentence_that_states_a_key_concept_is_a_statement_of_it():
    text = "2016年4月12日，习近平在会上指出：章程是协会必须遵循的总章程，也是总规矩。2017年5月8日，大会在北京开幕。"
    facts = [p.text for p in extract_text(text).of_kind("fact")]
    (statement,) = extract_text(text).of_kind("statement")
    assert facts == ["2017年5月8日，大会在北京开幕。"]
    assert "总章程" in [i.text for i in statement.items]  # the concept (with the date: 1978年12月18日… is a point)


@pytest.mark.parametrize("sentence, key", [
    ("第四十九条 本条例由国家信访局负责解释。", "国家信访局"),
    ("第五十条 本条例自2022年5月1日起施行。", "2022年5月1日"),
    ("本规定由中央组织部负责解释。", "中央组织部"),
    ("领导小组办公室设在国家统计局，负责日常事务。", "国家统计局"),
])
def test_the_closing_articles_of_a_regulation_are_cued_statements(sentence, key):
    (p,) = points(sentence, "statement")
    assert p.rule.startswith("statement") and [i.text for i in p.items] == [key]


@pytest.mark.parametrize("sentence, key", [
    ("第三条 本会宗旨：服务会员。", ["服务会员"]),  # a short content is the key, asked whole
    ("2. 某某纲要的总基调：稳中求进。", ["稳中求进"]),
    ("（一）基本国情：本省仍处于工业化中期阶段。", None),  # a longer one: its best concepts, never the label
    # a study note names a contradiction so (基本矛盾：…, 主要矛盾：…): the note's point, asked by its concepts
    ("（二）基本矛盾：日益增长的文化需要同落后的文化生产之间的矛盾。", None),
])
def test_a_label_and_what_it_names_is_a_statement(sentence, key):
    (p,) = points(sentence, "statement")
    keys = [i.text for i in p.items]
    assert p.rule == "statement" and (keys == key if key else keys and not any("国情" in k for k in keys))


@pytest.mark.parametrize("sentence, keys", [
    ("“学在前面”是目标，“干在实处”是方法。", ["目标", "方法"]),
    ("协会的最大优势是联系会员，协会的最大危险是脱离会员。", ["联系会员", "脱离会员"]),
    ("其中“一线工作法”是方法路径，“三个一流”是目标追求。", ["方法路径", "目标追求"]),
    # ... and so does the indispensable condition (没有X，就没有Y): both terms
    ("没有基层的稳定，就没有全局的稳定。", ["基层的稳定", "全局的稳定"]),
])
def test_paired_definitions_ask_what_each_subject_is(sentence, keys):
    """X是Y，Z是W with short Ys sets its subjects side by side by what each is: a teacher asks each Y
    (目标 and 方法 of two quoted slogans; the greatest strength and the greatest danger)."""
    (p,) = points(sentence, "statement")
    assert p.rule == "statement" and [i.text for i in p.items] == keys


@pytest.mark.parametrize("sentence, keys", [
    # a classic essay defines by contrast: B of X不是A而是B is what X is
    ("某某反复地讲，我们的方法不是公式而是工作的向导。", ["工作的向导"]),
    ("这种本领不是天生的，而是实践中练出来的。", ["实践中练出来的"]),
    # ... glosses its own term: Y of 所谓X，就是（说）Y
    ("所谓会风有些不正，就是说有形式主义的毛病。", ["形式主义的毛病"]),
    # ... counts kinds and names each: both are asked
    ("世界上的方法只有两门，一门叫做调查的方法，一门叫做分析的方法。", ["调查的方法", "分析的方法"]),
    ("这样的偏向有两种，一种是急躁的偏向，另一种是保守的偏向。", ["急躁的偏向", "保守的偏向"]),
    # ... and ranks one of them first
    ("但是在这两种偏向中，现在在我们会内还是保守主义更为危险。", ["保守主义"]),
])
def test_the_shapes_a_classic_essay_defines_by_are_cued_statements(sentence, keys):
    """The sayings a teacher lists from a classic essay are seldom cued by 根本/核心: it defines by contrast
    (不是A而是B), glosses (所谓X，就是Y), counts and names kinds (一门叫做A，一门叫做B) and ranks (还是X更为危险);
    each is a statement keyed on what it says."""
    ps = [p for p in points(sentence, "statement") if p.rule == "statement"]
    assert ps and [i.text for i in ps[0].items] == keys


def test_each_clause_of_a_guiding_run_of_yi_x_wei_y_is_a_key():
    """A plan's guiding sentence states its theme, main line and means in a run of 以X为Y clauses (以推动…为主题，
    以坚持…为主线，以推进…为重要抓手): a teacher asks every X, not one concept of the long sentence."""
    (p,) = [p for p in points("今后五年全市工作的总体要求是：坚持稳中求进工作总基调，以建设宜居城市为目标，"
                              "以推动城市更新为主题，以坚持内涵式发展为主线，以改善社区环境为重要抓手，牢牢守住安全底线。",
                              "statement") if p.rule == "statement"]
    assert [i.text for i in p.items] == ["建设宜居城市", "推动城市更新", "坚持内涵式发展", "改善社区环境"]


def test_a_lone_yi_x_wei_y_clause_is_no_run():
    # one 以X为Y clause is a way of saying, asked as its concepts say
    assert not any(p.rule == "statement" for p in points("我们要以改善社区环境为重要抓手，做好各项工作。", "statement"))


@pytest.mark.parametrize("sentence", [
    "我们不是要照搬，而是要结合实际。",  # 而是要…: a demand, not what something is
    "这些同志不是更谦虚，而是更骄傲了。",  # a change told
    "有些同志认为不是依靠工人，而是依靠游民群众。",  # a mistaken view the sentence reports
])
def test_a_contrast_that_demands_or_tells_a_change_is_no_definition(sentence):
    assert not any(p.rule == "statement" and any(w in i.text for w in ("骄傲", "结合", "游民") for i in p.items)
                   for p in points(sentence, "statement"))


@pytest.mark.parametrize("sentence", [
    "既是工作推进所需，也是作风过硬所在。",  # one subject, two predicates
    "现在已经是十月份了，马上就是年底。",  # no definition
    "我是会长不假，但我是普通会员。",  # the speaker of a story
])
def test_clauses_that_only_look_paired_are_no_paired_definition(sentence):
    assert not any(p.rule == "statement" for p in points(sentence, "statement"))


def test_a_definition_after_a_notes_label_is_a_cued_statement():
    """A study note's label line may open its content with the definition (某路线的内容：某路线就是…): X就是Y
    after the colon is the definition it is after a full stop, its key what X is."""
    (p,) = points("学风的内容：某校的学风就是勤学善思，知行合一。", "statement")
    assert p.rule == "statement" and [i.text for i in p.items] == ["勤学善思"]


def test_a_label_over_a_list_or_a_heading_with_nothing_after_it_is_no_label_statement():
    assert not points("主要任务：", "statement")
    assert not points("会议时间：上午九点。", "statement")  # (a label of no point kind)


@pytest.mark.parametrize("sentence", [
    "理事会不能审批候补会员。",
    "凡是未经考察或者考察不合格的，不能吸收为会员。",
    "参加活动的人员不允许擅自离队。",
])
def test_a_prohibition_of_a_regulation_is_a_cued_statement(sentence):
    """Who may not do what is a rule a charter test asks (issue 11: 章/条 rules), as 必须/应当/不得 are."""
    assert points(sentence, "statement")


@pytest.mark.parametrize("sentence", ["我们不能满足于已有的成绩。", "干工作不能只靠个人的力量，要团结同志。"])
def test_a_speakers_exhortation_with_bu_neng_is_no_rule(sentence):
    assert not points(sentence, "statement")


def test_a_rule_of_hours_is_a_fact_blanked_with_its_unit():
    """每年培训不少于40学时 states a rule in hours, as 60日内 does in days: a fact, its figure the blank."""
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    text = "会员每年参加集中培训的时间一般不少于40学时。"
    (fact,) = extract_text(text, "t.txt").of_kind("fact")
    assert fact.text == text
    clozes = [q for q in generate([extract_text(text, "t.txt")]).questions if q.kind == "cloze"]
    assert [q.answer for q in clozes] == [("40学时",)]


@pytest.mark.parametrize("sentence, key", [
    ("协会会徽为齿轮和麦穗组成的图案。", "齿轮和麦穗组成的图案"),
    ("第九条　协会会旗为旗面缀有金黄色会徽图案的蓝旗。", "旗面缀有金黄色会徽图案的蓝旗"),
])
def test_a_charters_emblem_and_flag_are_cued_statements(sentence, key):
    (p,) = points(sentence, "statement")
    assert p.rule == "statement" and [i.text for i in p.items] == [key]


def test_a_banner_that_does_something_is_no_emblem():
    assert not points("大旗为我们指明方向。", "statement")


@pytest.mark.parametrize("sentence, key", [
    ("我们要坚持科技自立自强这个新时代的硬道理。", "科技自立自强"),
    ("要牢牢把握促进乡村振兴和推进城乡融合这一主线，扎实推进各项工作。", "促进乡村振兴和推进城乡融合"),
])
def test_an_apposition_naming_the_key_thing_of_its_kind_is_a_defining_statement(sentence, key):
    """坚持X这个硬道理 / 把握X这一主线 says what X is, as X是Y does: X is the key a question blanks."""
    (p,) = points(sentence, "statement")
    assert p.rule == "statement" and [i.text for i in p.items] == [key]


@pytest.mark.parametrize("sentence", ["我们要把握好这个机会。", "坚持这一原则不动摇。"])
def test_a_demonstrative_without_a_concept_before_it_is_no_apposition(sentence):
    assert not points(sentence, "statement")


@pytest.mark.parametrize("sentence, key", [
    # X就是Y defines X: the Y is blanked (after 对, which a blank does not open with)
    ("我们坚持的初心，就是对人民的坚定忠诚，就是对事业的不懈追求。", "人民的坚定忠诚"),
    ("上级文件为推进这项工程提供了根本遵循。", "根本遵循"),
])
def test_a_definition_by_jiushi_and_a_stated_guidance_are_cued_statements(sentence, key):
    (p,) = points(sentence, "statement")
    assert p.rule == "statement" and [i.text for i in p.items] == [key]


@pytest.mark.parametrize("sentence", ["这就是我们的经验。", "关键就是要把工作做实。"])
def test_a_jiushi_that_points_back_or_makes_a_demand_is_no_definition(sentence):
    assert all(p.rule != "statement" for p in points(sentence, "statement"))


def test_a_series_that_opens_its_section_is_led_by_the_heading():
    text = "一、加强学习\n要树立正确的政绩观。\n二、推动从严治党\n首先，要压紧责任。其次，要深化监督。最后，要加强教育。\n"
    (p,) = points(text, "enumeration")
    assert (p.section, p.text) == (2, "推动从严治党")


def test_the_shipped_rules_and_layout_pass_the_checks_a_users_file_gets():
    """Every start reads the shipped files without the file:line walk: they must pass it here."""
    from kaodian.normalize.layout import load_layout, layout_path
    from kaodian.rules import default_rules_path
    from kaodian.rules.schema import load_rule_file, load_trusted

    assert load_rule_file(default_rules_path()) == load_trusted(default_rules_path())
    assert load_layout(layout_path()) == load_layout()


def test_the_shipped_reading_policy_passes_the_checks_a_users_file_gets():
    """reading.yaml is read without the file:line walk at every start: its keys, types and patterns pass it here."""
    from kaodian.reading import SCHEMA, reading_path
    from kaodian.rules.schema import check_tree, compose_file, load_trusted

    data, problems = check_tree(compose_file(reading_path()), SCHEMA, reading_path())
    assert problems == []
    assert data == load_trusted(reading_path())


def test_a_long_sentence_of_rules_is_read_clause_by_clause():
    """…，应当按期转为正式会员；…，可以延长候补期，但不能超过一年；…，应当取消候补会员资格。: three rules,
    each a statement citing its own clause; a short pair (既要…；又要…) stays one sentence."""
    from kaodian.pipeline import extract_text

    t = ("第五条　会员的权利\n\n认真履行会员义务，具备会员条件的，应当按期转为正式会员；需要继续考察的，"
         "可以延长候补期，但不能超过一年；不履行会员义务，不具备会员条件的，应当取消候补会员资格。\n\n"
         "分会的设立，必须由理事会决定；分会的撤销，应当由大会讨论。\n")
    got = [p.text for p in extract_text(t, "t.txt").points if p.kind == "statement"]
    assert "不履行会员义务，不具备会员条件的，应当取消候补会员资格。" in got
    assert any(s.startswith("需要继续考察的") and s.endswith("；") for s in got)
    assert "分会的设立，必须由理事会决定；分会的撤销，应当由大会讨论。" in got


def test_bracketed_markers_glued_to_the_item_before_them_go_on_their_paragraphs_series():
    ex = extract_text("这一部分讲了很多道理，内容非常充实。革命的对象有三个：（1）甲主义（2）乙主义（3）丙主义。他说（2）不是标号。")
    assert [[i.text for i in p.items] for p in ex.of_kind("enumeration")] == [["甲主义", "乙主义", "丙主义"]]


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # two verbs of one object are one term among verb-object terms: no list of three
        ("协会要坚持增进共识、尊重和包容差异性，凝聚会员力量。", None),
        # verbs alone keep their joiner as a list's
        ("协会在链接知识生产、传播与转化方面有优势。", ["生产", "传播", "转化"]),
    ],
)
def test_a_joiner_of_two_verbs_of_one_object_is_inside_a_term(sentence, terms):
    got = [[s.text for s in p.items] for p in points(sentence, "term_series")]
    assert got == ([terms] if terms else [])


def test_points_counted_then_each_opened_with_the_first_marker_are_a_list():
    # an older speech's idiom: 两条…，一是…，一是… is no ordinal series (the corpus rules score
    # none), but the list its speaker counts is asked as one
    text = "协会工作中，我们始终坚持两条基本做法，一是以会员需求为导向，一是勤俭办会。\n"
    assert points(text, "enumeration") == []
    (p,) = [p for p in points(text, "list") if p.rule.startswith("lists.counted")]
    assert [i.text for i in p.items] == ["以会员需求为导向", "勤俭办会"]


def test_first_markers_the_words_before_do_not_count_are_no_list():
    text = "协会工作中，我们始终坚持三条基本做法，一是以会员需求为导向，一是勤俭办会。\n统一是大势，一是一，二是二。\n"
    assert [p for p in points(text, "list") if p.rule.startswith("lists.counted")] == []


def test_an_outline_point_that_opens_with_a_year_is_still_a_point():
    text = "名词注释\n1.“两会”：会员大会和理事会。\n2.“三服务”：服务会员、服务行业、服务社会。\n3.2025年五件实事：办好会员之家、办好培训班。\n"
    (p,) = points(text, "enumeration")
    assert [i.text[:4] for i in p.items] == ["“两会”", "“三服务", "2025"]


def test_a_series_loses_the_verb_that_rejects_it_all_and_the_words_that_close_it():
    text = "协会要多办实事，杜绝走过场、搞形式、摆样子。不在工作上搞急功近利、弄虚作假、盲目蛮干那一套。\n"
    assert [[i.text for i in p.items] for p in points(text, "term_series")] == [
        ["走过场", "搞形式", "摆样子"], ["急功近利", "弄虚作假", "盲目蛮干"]]



def test_a_series_ends_before_the_frame_noun_that_holds_it_all():
    text = "协会服务建立在新的会员制度、服务方式和管理方法基础上，在稳定、规范、透明的前提下开展工作。\n"
    assert [[i.text for i in p.items] for p in points(text, "term_series")] == [
        ["会员制度", "服务方式", "管理方法"], ["稳定", "规范", "透明"]]


def test_counted_ordinals_straight_before_their_copula_are_a_series():
    # (第一个是… names no noun between 个 and 是: the marker runs to the 是, as in 第一个阶段是…)
    text = "新政府上台以后做了两件事，第一个是推出经济计划，第二个是加快疫苗接种。各国都在观望。"
    (p,) = points(text, "enumeration")
    assert [i.text for i in p.items] == ["推出经济计划", "加快疫苗接种"]


@pytest.mark.parametrize(
    "text",
    [
        "习近平总书记强调：“牢牢把握团结奋斗的时代要求。”要坚定捍卫“两个确立”，发挥“关键少数”作用。",
        "他说：“老师的‘慢下来想一想’让我受益匪浅，我会一直记住。”",
        "“现在日子好了。”种植户老王说。会议明确提出“绿水青山就是金山银山”。",
    ],
)
def test_corner_quotes_are_read_as_curly_quotes(text):
    """Traditional-character text quotes with 「」 (outer) and 『』 (inner): the same quotes and formulations come out."""
    cornered = text.translate(str.maketrans("“”‘’", "「」『』"))
    assert "「" in cornered
    curly, corner = extract_text(text), extract_text(cornered)
    for kind in ("quote", "formulation"):
        assert [p.text for p in corner.of_kind(kind)] == [p.text for p in curly.of_kind(kind)]
    assert curly.of_kind("quote") or curly.of_kind("formulation")


NOTICE_BODY = "为丰富校园文化生活，学校定于下月举办读书分享会，欢迎同学们踊跃参加，现将有关事项通知如下。\n"


@pytest.mark.parametrize("line, stated", [
    ("报名要求：本校在读学生。", False),  # a notice's field line: its label names the procedure it arranges
    ("参赛作品要求：原创未发表。", False),
    ("活动目标：提升阅读兴趣。", False),
    ("学校宗旨：立德树人。", True),  # an outline's or a charter's label keeps its point
    ("总任务：实现共同富裕。", True),
    ("活动宗旨：弘扬志愿精神，服务社会。", True),  # (what a club stands for, its charter's 活动宗旨, is no field)
])
def test_a_notices_field_line_is_no_labelled_point(line, stated):
    got = [p.text for p in points(NOTICE_BODY + line + "\n", "statement")]
    assert (line in got) is stated, got
