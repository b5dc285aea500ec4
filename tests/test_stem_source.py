"""Stems that say whose statement they are (issue 12, deliverable 4): a statement of one place's or
one body's report opens with its source and the year its review speaks of; general doctrine does not;
a statement pointing back (通过以上…) is not asked.  The texts are invented, of the shapes the blind
teacher reviews graded B (题干缺主体/年份/出处)."""

from __future__ import annotations

import re

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.source import back_pointer, issuer

REPORT = """2031年江宁省政府工作报告
一、2030年工作回顾
过去一年，全省上下牢记嘱托，真抓实干，经济运行稳中向好。
地区生产总值增长6.8%，一般公共预算收入增长9.2%，城乡居民人均可支配收入分别增长5.9%和7.7%。
建立“高效办成一件事”服务效能评价机制，推行“一网通办”“一窗受理”改革。
坚持“两个毫不动摇”，出台支持民营经济发展的若干措施，民间投资增长12.4%。
通过以上三项机制，全省营商环境持续改善。
二、2031年工作安排
全面贯彻党的二十大精神，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。
"""

DOCTRINE = """党的基本路线学习笔记
党在社会主义初级阶段的基本路线是：领导和团结全国各族人民，以经济建设为中心，坚持四项基本原则，坚持改革开放，自力更生，艰苦创业，为把我国建设成为富强民主文明和谐美丽的社会主义现代化强国而奋斗。
坚持“一个中心、两个基本点”，必须紧紧围绕经济建设这一中心，把坚持四项基本原则同坚持改革开放结合起来。
"""


def _bank(text: str, name: str = "t.txt"):
    return generate([extract_text(text, name)]).questions


def _statements(qs):
    return [q for q in qs if q.kind in ("cloze", "single", "multiple", "truefalse") and "下列" not in q.stem[:30]]


def test_the_issuer_is_the_place_or_body_a_title_opens_with():
    assert issuer("2031年江宁省政府工作报告") == "江宁省"
    assert issuer("中共某某大学委员会关于巡视整改进展情况的通报") == "某某大学"
    assert issuer("食品科学学院：治学兴教，人才为急") == "食品科学学院"
    assert issuer("吉林政府工作报告") == "吉林"  # a province named without its 省
    # a title that opens with a verb or a common noun opens with no place (推进|城市…, 加快|东部|地区…)
    for general in ("推进城市治理现代化的几点思考", "加快东部地区高质量发展", "加强学院治理体系建设"):
        assert issuer(general) is None, general
    # a national body's report is sourced as a place's is (session 12: 应加“2017年政府工作报告提出”)
    assert issuer("2031年中央政府工作报告") == "中央政府"
    for general in ("党的基本路线学习笔记", "在纪念某某同志诞辰120周年座谈会上的讲话", "信访工作条例"):
        assert issuer(general) is None, general


def test_a_local_report_says_whose_statement_and_which_year():
    qs = _statements(_bank(REPORT))
    review = [q for q in qs if q.source.heading and "回顾" in q.source.heading]
    assert review, [q.stem for q in qs]
    for q in review:
        assert q.stem.startswith("据《2031年江宁省政府工作报告》，2030年，"), q.stem
    # the plan for the year to come is no review: no review year
    plan = [q for q in qs if q.source.heading and "安排" in q.source.heading]
    assert plan and not [q.stem for q in plan if "2030年" in q.stem]


def test_the_source_never_holds_an_answer():
    for q in _bank(REPORT):
        head = re.match(r"据[^，]*，(?:\d{4}年，)?", q.stem)
        if head:
            assert not any(b.text in head.group() for b in q.blanks), q.stem


def test_general_doctrine_needs_no_source():
    qs = _statements(_bank(DOCTRINE))
    assert qs
    assert not [q.stem for q in qs if q.stem.startswith("据")]


def test_a_statement_pointing_back_is_not_asked():
    assert back_pointer("通过以上三项机制，全省营商环境持续改善。")
    assert back_pointer("3年来，这里打造全链条服务体系。")
    assert back_pointer("上述措施落实后，群众满意度明显提升。")
    for fine in ("县级以上地方人民政府应当…", "资助10万元以上的项目", "坚持以人民为中心。", "领导干部要以上率下。",
                 "新增装机500兆瓦以上。", "未发生重大及以上事故。", "外出6个月以上并且地点相对固定的。", "今天，我们在这里召开表彰大会。",
                 "不属于以上情形的，应当听取意见。", "对委员的上述处分，必须经过全会审议。"):
        assert back_pointer(fine) is None, fine
    assert not [q.stem for q in _bank(REPORT) if "以上三项" in q.stem]


def test_every_back_pointer_pattern_holds_a_word_back_pointer_looks_for_first():
    # back_pointer runs its patterns only on a statement holding one of these words (for speed): a
    # pattern added to anchors.yaml without one would never match
    from kaodian.questions import source

    for pattern in source._S["back_pointers"]:
        assert any(w in pattern for w in source._BACK_WORDS), pattern


def test_a_stem_ends_before_the_next_item_it_runs_on_into():
    from kaodian.questions.source import item_end

    assert item_end("鼓励导师参与招生选拔，全面考察学生的（　　）和创新精神；二是要在指导学生选题上发挥作用。") == (
        "鼓励导师参与招生选拔，全面考察学生的（　　）和创新精神。"
    )
    # the blank in the next item, or no next item: as it is
    for stem in ("考察学生的专业素养；二是要在______上发挥作用。", "坚持______；坚持改革开放。", "一是______；但不是全部。"):
        assert item_end(stem) == stem


NOTES = """# 社会主义建设理论复习笔记

## 形成条件

社会主义建设理论是在总结我国建设实践中成功和挫折两方面经验的基础上形成的。

### 历史根据

新中国成立以来社会主义建设的实践为理论的形成提供了历史根据。

## 主要内容

### 按劳分配制度

#### 内容

各尽所能，按劳分配，多劳多得，少劳少得。

#### 内涵

第一，劳动是分配的尺度。这是按劳分配的基本要求。
第二，消费品是分配的对象。这是按劳分配的范围。
第三，公有制是分配的前提。这是按劳分配的基础。

#### 如何坚持

第一，必须坚持多劳多得。
第二，必须把效率和公平结合起来，正确处理二者的关系。
第三，必须反对平均主义。
"""


def test_an_aspect_label_is_said_with_the_thing_above_it():
    from kaodian.questions.labels import with_thing

    text = "按劳分配制度\n内涵\n第一，劳动是分配的尺度。\n如何坚持\n第一，必须坚持多劳多得。"
    at = text.index("第一，劳动")
    assert with_thing(text, at, "内涵") == "按劳分配制度的内涵"
    assert with_thing(text, text.index("第一，必须"), "如何坚持") == "如何坚持按劳分配制度"
    assert with_thing(text, at, "按劳分配制度") == "按劳分配制度"  # no aspect: as it is
    assert with_thing(text, at, "内涵", floor=text.index("内涵")) == "内涵"  # nothing above the article's body
    stems = [q.stem for q in _bank(NOTES, "t.md")]
    assert [s for s in stems if "按劳分配制度的内涵" in s], stems  # (asked 按劳分配制度的内涵包括哪三项？)
    assert not [s for s in stems if "“内涵”" in s or "“如何坚持”" in s or "笔记的" in s], stems


def test_a_list_question_names_the_document_short():
    from kaodian.questions.source import short_name

    assert short_name("2031年江宁省政府工作报告") == "《2031年江宁省政府工作报告》一文"
    assert short_name("守正创新开新局——在全市宣传思想文化工作会议上的讲话（摘要）") == "《守正创新开新局》一文"
    assert short_name("中共某某大学委员会关于第七轮巡视整改进展情况的通报") == "某某大学通报"
    # a —— inside a quotation cuts no main title: the issuer and kind name it
    assert short_name("研究生院“激发办学潜能共同行动——服务落实卓越研究生教育”答记者问") == "研究生院答记者问"
    long = "坚定不移推进全面从严治党向纵深发展奋力谱写新时代党的建设新篇章"
    assert short_name(long) == f"《{long}》一文"  # nothing shorter says which: the title whole
    assert short_name("") == ""


HEADED = """2031年江宁省政府工作报告
一、2030年工作回顾
——经济运行稳中向好。地区生产总值增长6.8%。
——创新动能持续增强。研发投入增长12%。
——城乡面貌稳步提升。新建改建农村公路2000公里。
——民生保障全面加强。城镇新增就业5万人。
"""


def test_a_list_under_a_heading_names_the_document_not_wenzhang():
    stems = [q.stem for q in _bank(HEADED) if q.kind in ("recall", "ordering", "multiple", "single")]
    listed = [s for s in stems if "2030年工作回顾" in s]
    assert listed, stems
    assert not [s for s in listed if "文章" in s], listed


def test_a_figure_asked_for_is_sourced_too():
    clozes = [q.stem for q in _bank(HEADED) if q.kind in ("cloze", "single")]  # (a figure may be asked as a single choice)
    assert clozes and all(s.startswith("据《2031年江宁省政府工作报告》，2030年，") for s in clozes), clozes


PLAN = """2031年中央政府工作报告
一、2031年重点工作任务
全年国内生产总值增长6%左右，城镇新增就业1100万人以上。
深化户籍制度改革，2031年实现进城落户1600万人以上。
深入推进“放管服”改革，持续推进大众创业、万众创新。
"""


def test_a_plan_heading_gives_its_year_to_its_targets():
    qs = _statements(_bank(PLAN))
    targets = [q.stem for q in qs if "就业" in q.source.sentence]
    tasks = [q.stem for q in qs if "创业" in q.source.sentence]
    # (the title names the plan's year: the source says it, once)
    # (a national report is named without its national issuer, as a question writer names it; a plan's
    # target is what the report sets out: 提出)
    assert targets and all(s.startswith("《2031年政府工作报告》提出，全年") for s in targets), targets
    assert tasks and not [s for s in tasks if "》，2031年" in s], tasks
    # a year the stem names already is not said twice
    assert not [q.stem for q in qs if q.stem.count("2031年") > 1]


def test_a_digest_titled_as_a_review_gives_the_year_before():
    digest = "政府工作报告（摘登）过去一年经济回升向好\n（2031年3月5日）\n国内生产总值增长5.2%，城镇新增就业1244万人。\n"
    stems = [q.stem for q in _statements(_bank(digest))]
    # (the national report a digest prints is named by its year, as a question writer names it)
    assert stems and all(s.startswith("据《2031年政府工作报告》，2030年，") for s in stems), stems
    by = "某某作的政府工作报告（摘登）过去一年经济回升向好\n（2031年3月5日）\n国内生产总值增长5.2%，城镇新增就业1244万人。\n"
    stems = [q.stem for q in _statements(_bank(by))]
    assert stems and all(s.startswith("据《2031年政府工作报告》，2030年，") for s in stems), stems



@pytest.mark.parametrize("congress, name", [
    # a report given at a province's congress (its dateline wrapped across two lines) is that province's
    ("——2031年1月20日在江宁省第十四届\n人民代表大会第五次会议上", "《2031年江宁省政府工作报告》"),
    # ... at the national congress, the national report
    ("——2031年3月5日在第十四届全国人民代表大会第四次会议上", "《2031年政府工作报告》"),
])
def test_a_report_titled_only_gov_report_is_named_by_the_congress_its_dateline_names(congress, name):
    text = f"政府工作报告\n{congress}\n一、2031年重点工作任务\n全年地区生产总值增长6%左右，城镇新增就业110万人以上。\n"
    stems = [q.stem for q in _statements(_bank(text)) if "就业" in q.source.sentence]
    # (session 26's blind teacher read a province's 《2026年政府工作报告》 as the national report)
    assert stems and all(s.startswith(f"{name}提出，") for s in stems), stems

SPEECH = """李某某同志的讲话摘要
这些年来，全区社区治理取得了明显成效。
在全省率先实施社区工作者“星级评定”制度，社区服务满意度逐年提高。
要坚持党建引领，健全“网格化管理、组团式服务”工作机制，让群众的事有人管、有人办。
社区是基层治理的主阵地，是党和政府联系群众的“最后一公里”。
"""


def test_a_persons_speech_says_whose_statement_a_subjectless_one_is():
    """Teacher review (session 10): 在全省率先实施…改革 缺少主语; 要… 是无主语的号召性语句，应改为
    “某某讲话提出……”.  A statement with its own subject stays as it is."""
    stems = [q.stem for q in _statements(_bank(SPEECH))]
    calls = [s for s in stems if "党建引领" in s]
    assert calls and all(s.startswith("李某某同志讲话强调，要坚持党建引领") for s in calls), calls
    from kaodian.questions.source import sourced

    doc = extract_text(SPEECH, "t.txt").document
    fact = sourced("在全省率先实施社区工作者“______”制度。", doc, "a1", "李某某同志的讲话摘要", None, ("星级评定",))
    assert fact == "李某某同志讲话指出，在全省率先实施社区工作者“______”制度。"
    # a speech titled by its meeting is its author's (某某在某会议上强调，); with no author, no one person's
    assert sourced("要坚持党建引领。", doc, "a1", "在全区社区工作会议上的讲话", None) == "李某某在全区社区工作会议上强调，要坚持党建引领。"
    bare = extract_text("在全区社区工作会议上的讲话\n要坚持党建引领，健全工作机制。\n", "t.txt").document
    assert sourced("要坚持党建引领。", bare, "a1", "在全区社区工作会议上的讲话", None) == "要坚持党建引领。"
    assert not [s for s in stems if "主阵地" in s and "《" in s]


# Session 18 (issue 12): a stem carries its source when and only when the statement is one text's (a
# measure, a target, a call, the issuer's own body), in the short form a question writer uses, and a
# review of several years says its period, not the year before the text's.  The texts are invented, in the
# shapes the blind teachers graded B (缺出处: a 一号文件-like 意见, a province's report, a speech, a notice).

FIVE_YEARS = """2036年江宁省政府工作报告
一、“十五五”时期工作回顾
“十五五”时期，全省经济实力迈上新台阶，综合实力持续增强。
地区生产总值年均增长6.1%，经济总量迈上新台阶。
城乡居民人均可支配收入年均增长6.5%，民生福祉持续改善。
二、2036年工作安排
全省地区生产总值增长5.5%左右，城镇新增就业60万人以上。
"""

YEAR_AND_PERIOD = """2036年江宁省政府工作报告
一、2035年和“十五五”时期工作回顾
过去一年，全省上下攻坚克难，地区生产总值增长5.4%，一般公共预算收入增长3.2%。
过去五年，全省经济总量跨越两个万亿元台阶。规模以上工业增加值累计增长25%，工业基础更加坚实。
"""


def test_a_review_of_five_years_says_its_period_not_the_year_before():
    """Blind teachers, session 17: a five-year figure was asked as “2025年，全省…增长25%”."""
    stems = [q.stem for q in _statements(_bank(FIVE_YEARS))]
    # (one headline figure a sentence: a tally of several is trivia, never asked)
    review = [s for s in stems if "年均增长" in s]
    assert review and all(s.startswith("据《2036年江宁省政府工作报告》，“十五五”时期，") for s in review), review
    assert not [s for s in stems if "2035年" in s], stems
    stems = [q.stem for q in _statements(_bank(YEAR_AND_PERIOD))]
    # (a sentence of a paragraph that opens 过去五年 is of the five years; the heading's year is no one's)
    five = [s for s in stems if "累计增长" in s]
    assert five and all(s.startswith("据《2036年江宁省政府工作报告》，过去五年，规模以上") for s in five), five
    assert not [s for s in stems if "2035年" in s], stems


def test_a_period_asked_for_is_not_said_before_it():
    from kaodian.questions.source import sourced

    doc = extract_text(FIVE_YEARS, "t.txt").document
    stem = "“______”时期，全省经济实力迈上新台阶。"
    assert sourced(stem, doc, "a1", "2036年江宁省政府工作报告", "“十五五”时期工作回顾", ("十五五",)) == (
        "据《2036年江宁省政府工作报告》，" + stem)


OPINION = """中共中央 国务院关于推进山区林业高质量发展的意见
一、总体要求
山区林业是生态文明建设的重要基础。
到2035年，山区林业现代化基本实现，森林覆盖率达到30%。
二、重点任务
建立健全林长制考核评价机制，压实各级林长保护发展森林资源的责任。
加快发展林下经济，培育一批特色林产品品牌。
要坚持生态优先、绿色发展，严守生态保护红线。
"""


def test_a_national_documents_measures_name_it_short_and_its_doctrine_not_at_all():
    from kaodian.questions.citing import PREFIX_MAX
    from kaodian.questions.source import sourced

    qs = _statements(_bank(OPINION))
    measures = [q.stem for q in qs if "2035年" in q.source.sentence or "生态优先" in q.source.sentence]
    lead = "《关于推进山区林业高质量发展的意见》提出，"
    assert measures and all(s.startswith(lead) for s in measures), measures
    assert len(lead) <= PREFIX_MAX  # (据《中共中央 国务院关于…的意见》， would be 29)
    doctrine = [q.stem for q in qs if "重要基础" in q.source.sentence]
    assert doctrine and not [s for s in doctrine if "《" in s], doctrine
    doc = extract_text(OPINION, "t.txt").document
    title = doc.articles[0].title
    stem = "建立健全林长制______机制，压实各级林长保护发展森林资源的责任。"
    assert sourced(stem, doc, "a1", title, "二、重点任务", ("考核评价",)) == lead + stem


MEETING_SPEECH = """在全市基层治理工作会议上的讲话
王某某
在最困难的时期，李某某同志带领群众开荒治沙，建成了万亩林场。
调查研究是领导干部必须具备的基本功。
全市各级党组织要把抓基层、打基础作为长远之计和固本之举。
我们学习李某某同志，就要坚持人民至上，把群众的事当成自己的事。
"""


def test_a_speech_by_its_meeting_says_who_called_for_what_and_not_its_narrative():
    from kaodian.questions.source import sourced

    doc = extract_text(MEETING_SPEECH, "t.txt").document
    title = doc.articles[0].title
    said = "王某某在全市基层治理工作会议上强调，"
    for call in ("全市各级党组织要把______作为长远之计和固本之举。", "我们学习李某某同志，就要坚持______，把群众的事当成自己的事。"):
        assert sourced(call, doc, "a1", title, None, ("x",)) == said + call
    # a life told (after a frame, its subject named) and a definition are no one speech's
    for told in ("在最困难的时期，李某某同志带领群众开荒治沙，建成了______。", "调查研究是领导干部必须具备的______。"):
        assert sourced(told, doc, "a1", title, None, ("x",)) == told
    # (in the bank too: a call may be the speaker's, the life told and the definition never are)
    assert not [q.stem for q in _bank(MEETING_SPEECH) if "王某某" in q.stem and ("开荒" in q.stem or "调查研究" in q.stem)]


NOTICE = """江宁省人民政府办公厅关于印发《支持青年返乡创业的若干措施》的通知
各市人民政府，省政府各部门：
《支持青年返乡创业的若干措施》已经省政府同意，现印发给你们，请认真贯彻落实。
江宁省人民政府办公厅
2036年3月1日
支持青年返乡创业的若干措施
一、加大财政支持
对首次创办小微企业的返乡青年，给予一次性创业补贴5000元。
在全省推广“创业贷”合作新模式，降低返乡青年融资成本。
"""


def test_a_notices_attachment_is_its_issuers():
    stems = [q.stem for q in _statements(_bank(NOTICE)) if "返乡青年" in q.source.sentence]
    assert stems and all(s.startswith("江宁省《支持青年返乡创业的若干措施》提出，") for s in stems), stems


def test_a_long_title_says_a_places_measures_by_the_place_and_never_a_news_reports():
    from kaodian.questions.citing import prefix

    long = "江宁市加快推进全国青少年体育发展重点城市建设若干措施"
    assert prefix("call", title=long, body="江宁市", place="江宁市") == "江宁市提出，"
    news = "江宁省各地持续开展图书馆里过“六一”主题活动"
    assert prefix("call", title=news, body="江宁省", place="江宁省") == ""


def test_a_period_named_inside_a_years_review_frames_nothing():
    from kaodian.questions.source import sourced

    doc = extract_text(REPORT, "t.txt").document
    stem = "全省推动改革迈出重大步伐，“十五五”实现良好开局，全年主要目标任务______。"
    assert sourced(stem, doc, "a1", "2031年江宁省政府工作报告", "一、2030年工作回顾", ("圆满完成",)) == (
        "据《2031年江宁省政府工作报告》，2030年，" + stem)
    # a stem that says its own time needs no year before it (not 2030年，过去一年…)
    stem = "过去一年取得的成绩，根本在于______。"
    assert sourced(stem, doc, "a1", "2031年江宁省政府工作报告", "一、一年来的主要工作", ("真抓实干",)) == (
        "据《2031年江宁省政府工作报告》，" + stem)


REWORDED = """2031年中央政府工作报告
一、2031年重点工作任务
今年要再压减钢铁产能5000万吨左右，退出煤炭产能1.5亿吨以上。
我们要坚定不移深化“放管服”改革，着力打通政务服务“最后一公里”。
"""


def test_a_statement_reworded_at_its_opening_is_sourced_too():
    """今年 said as 2031年, 我们要 as 要: the stem is still the report's statement (before, only a stem
    opening with the statement's own first characters was sourced)."""
    stems = [q.stem for q in _statements(_bank(REWORDED))]
    assert stems and all(s.startswith("《2031年政府工作报告》提出，") for s in stems), stems


def test_a_speechs_true_false_statement_is_not_put_in_its_speakers_mouth():
    from kaodian.questions.source import sourced

    doc = extract_text(MEETING_SPEECH, "t.txt").document
    call = "全市各级党组织要把抓基层、打基础作为长远之计和固本之举。"
    assert sourced(call, doc, "a1", doc.articles[0].title, None, judged=True) == call


def test_a_list_named_by_its_lead_says_its_document_and_its_quotes_stay_double():
    """Blind teachers, session 18: ‘十五五’时期…的主要目标是哪七项？ — 缺出处，考生无法判断指哪一地；题干引号用‘’不规范."""
    text = ("2031年江宁省政府工作报告\n一、“十五五”时期主要目标\n“十五五”时期经济社会发展的主要目标是：高质量发展取得显著成效，"
            "科技创新能力大幅提高，社会文明程度明显提升，人民生活品质不断提高，美丽江宁建设取得更大进展。\n"
            "二、2031年工作安排\n全省地区生产总值增长5.5%左右，城镇新增就业60万人以上。\n")
    recalls = [q.stem for q in _bank(text) if q.kind == "recall"]
    assert recalls and all(s.startswith("据《2031年江宁省政府工作报告》，“十五五”时期") for s in recalls), recalls


def test_a_statement_under_the_plans_heading_says_whose_plan_it_is():
    """A blind teacher (session 20): a report's plan copied as a true statement without its source cannot be
    judged. Under a heading that sets out the issuer's plan every statement is the document's, whatever word
    opens it (the segmenter reads 深度 as a place, 弘扬 as a name: no subjectless opening to see)."""
    from kaodian.questions.source import sourced

    text = ("2031年河东省政府工作报告\n一、2030年工作回顾\n全省生产总值增长5.2%。\n二、2031年工作安排\n"
            "深度融入区域协同发展，打造对外开放重要门户。\n弘扬和践行社会主义核心价值观，建设文化强省。\n"
            "党的领导是做好各项工作的根本保证。\n")
    doc = extract_text(text, name="x.txt").document
    (a,) = doc.articles
    for s in ("深度融入区域协同发展，打造对外开放重要门户。", "弘扬和践行社会主义核心价值观，建设文化强省。"):
        assert sourced(s, doc, a.id, a.title, "2031年工作安排", (), doc.text.index(s), judged=True) == \
            f"《2031年河东省政府工作报告》提出，{s}"
    # (a statement with a subject of its own is doctrine, not the plan's)
    general = "党的领导是做好各项工作的根本保证。"
    assert sourced(general, doc, a.id, a.title, "2031年工作安排", (), doc.text.index(general), judged=True) == general


BLOCKS = """2036年江宁省政府工作报告
一、“十五五”时期和2035年工作回顾
过去的五年极不寻常。全省上下攻坚克难，各项事业取得新进展。
民生福祉持续改善。城镇新增就业388.5万人，居民人均可支配收入年均增长6.3%。
刚刚过去的2035年很不平凡。全省经济稳中向好。
稳就业稳企业。突出抓好重点群体就业，城镇新增就业72.6万人。
"""


def test_a_figure_keeps_the_time_of_the_block_it_stands_in():
    """rate30's blind teachers: under a heading naming a period and a year, a figure asked with neither (城镇新增就业
    （　　）) is ambiguous, the text giving both; the paragraph that opens its block says which."""
    stems = [q.stem for q in _statements(_bank(BLOCKS))]
    five = [s for s in stems if "388.5万人" in s or ("新增就业" in s and "年均增长" in s)]
    year = [s for s in stems if "重点群体就业" in s]
    assert five and all("过去五年，" in s for s in five), five
    assert year and all("2035年，" in s for s in year), year


YEAR_BLOCK = """2036年江宁省政府工作报告
一、2035年和“十五五”时期工作回顾
过去的一年，极不寻常、很不容易。全省上下攻坚克难，各项事业取得新进展。
稳就业稳企业。突出抓好重点群体就业，城镇新增就业72.6万人。
“十五五”时期是我们砥砺奋进的五年。全省经济实力跃上新台阶。
这五年，民生福祉持续改善。城镇新增就业388.5万人，居民人均可支配收入年均增长6.3%。
二、2036年主要工作
城镇新增就业65万人以上。
"""


def test_a_block_that_opens_with_the_past_year_unnamed_says_its_year():
    """Session 26's blind teachers: 城镇新增就业82.7万人 under 过去的一年，… was asked with no year, the report giving
    the next year's target of the same measure (缺时间限定：应注明“2025年”)."""
    stems = [q.stem for q in _statements(_bank(YEAR_BLOCK))]
    year = [s for s in stems if "重点群体就业" in s]
    five = [s for s in stems if "388.5万人" in s or "年均增长" in s]
    assert year and all("2035年，" in s for s in year), year
    assert five and all("过去五年，" in s or "“十五五”时期" in s for s in five), five


def test_a_lesson_drawn_from_a_period_is_not_framed_as_of_that_period():
    """Session 26's blind teachers: 回顾“十四五”发展历程，我们深切感受到：必须… asked as “‘十四五’时期，必须……”
    (语境错置): the lesson is the report's, of no one period."""
    from kaodian.questions.timeframe import time_frame

    text = ("2036年江宁省政府工作报告\n一、2035年和“十五五”时期工作回顾\n"
            "回顾“十五五”发展历程，我们深切感受到：必须把改革创新作为强大动力，坚持以新理念新思路新办法应对挑战。\n"
            "“十五五”时期，全省经济实力跃上新台阶，城镇新增就业388.5万人。\n")
    doc = extract_text(text, name="x.txt").document
    (a,) = doc.articles
    heading = "一、2035年和“十五五”时期工作回顾"
    lesson = doc.text.index("必须把改革创新")
    assert time_frame("必须把改革创新作为强大动力。", doc, a.id, heading, a.title, lesson) is None
    fact = doc.text.index("全省经济实力")
    assert time_frame("全省经济实力跃上新台阶。", doc, a.id, heading, a.title, fact, figure=True) == "“十五五”时期"
