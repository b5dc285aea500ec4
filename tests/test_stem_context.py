"""Stems that stand alone (issue 12, deliverable 4; blind teachers, session 12): a statement whose
subject or context stands in the title or before the sentence says it, taken from the title by rule,
or is not asked.

- a text explaining one document its title quotes: 将…修改为… is said of that document (《…》将…);
- a bare 大会 is the meeting the title names, and a day of no year takes the year the text writes it with;
- a national body's report is sourced as a place's is (据《2031年中央政府工作报告》，…);
- 作这些修改，… / 认识这一问题 / 之后，… point at what the text said before: not asked.

The texts are invented, of the shapes the teachers graded B or C."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.source import issuer, pointing

EXPLAINED = """全国代表大会秘书处负责人就第三十次全国代表大会通过的《某某协会章程（修正案）》答记者问
2041年5月12日，某某协会第三十次全国代表大会通过了《某某协会章程（修正案）》，记者就此采访了大会秘书处负责人。
问：章程修正案在总则部分作了哪些修改？
答：在总则原第三段中，将坚持开放办会、民主办会，修改为坚持开放办会、民主办会、依法办会、廉洁办会。
将推进会员服务规范化发展，修改为推进会员服务规范化、专业化、数字化发展。
作这些修改，有利于协会更好服务会员，有利于推动行业自律向纵深发展。
之后，理事会将章程修正案征求意见稿发给各地分会征求意见，共收到意见二百余条。
5月12日，大会全体会议一致通过章程修正案，决定自公布之日起施行。
"""

NATIONAL = """2031年中央政府工作报告
一、2030年工作回顾
国内生产总值增长5.2%，城镇新增就业1240万人，居民消费价格上涨0.3%。
深入推进简政放权，全面实行行政许可事项清单管理。
"""


def _bank(text: str, name: str = "t.txt"):
    return generate([extract_text(text, name)]).questions


def _statements(qs):
    return [q for q in qs if q.kind in ("cloze", "single", "multiple", "truefalse")]


def test_a_statement_of_what_the_explained_document_does_names_it():
    qs = [q for q in _statements(_bank(EXPLAINED)) if "修改为" in q.stem]
    assert qs
    for q in qs:
        assert q.stem.startswith("《某某协会章程（修正案）》"), q.stem


def test_a_text_that_quotes_a_document_without_explaining_it_gives_no_subject():
    from kaodian.questions.source import _explained

    assert _explained("关于《某某规划》的说明") == "《某某规划》"
    assert _explained("《某某协会章程》") is None
    assert _explained("认真学习《某某协会章程》") is None


def test_a_bare_meeting_is_the_one_the_title_names_and_its_day_takes_the_texts_year():
    stems = [q.stem for q in _statements(_bank(EXPLAINED)) if "全体会议" in q.stem]
    assert stems
    for s in stems:
        assert s.startswith("2041年5月12日，第三十次全国代表大会全体会议"), s


def test_a_statement_pointing_at_what_was_said_before_is_not_asked():
    stems = [q.stem for q in _bank(EXPLAINED)]
    assert not [s for s in stems if "这些修改" in s or s.startswith("之后")]
    assert pointing("作这些修改，有利于协会更好服务会员。")
    assert pointing("总会从行业层面认识这一问题，强调要从长远看。")
    assert pointing("实践证明，这些修改有利于协会发展。")
    assert pointing("之后，理事会将征求意见稿发给各地分会。")
    assert pointing("会员们纷纷表示，此次活动受益良多。")
    # a frame pointing back goes, and the statement after it names its own subject
    assert pointing("通过这次调研，会长提出要跳出本地发展本地，反复强调要开放办会。") is None
    assert pointing("我国城乡区域发展差距较大，而究竟怎样解决这个问题，需要深入研究。") is None
    for fine in ("全面贯彻协会宗旨，把这一宗旨贯彻落实到各项工作中。", "找到了自我监督这一破解难题的答案。",
                 "正是这种“敢为人先”的精神，使协会不断发展。", "回答了怎样建设协会这个重大课题。", "必须牢牢抓住服务这一立会之本。"):
        assert pointing(fine) is None, fine


def test_a_national_report_is_sourced_as_a_places_is():
    assert issuer("2031年中央政府工作报告") == "中央政府"
    stems = [q.stem for q in _statements(_bank(NATIONAL)) if "国内生产总值" in q.stem]
    assert stems
    for s in stems:
        assert s.startswith("据《2031年政府工作报告》，2030年，"), s  # (named as a question writer names it: no 中央)


def test_a_stem_cut_inside_a_bracket_is_not_asked():
    from kaodian.questions.anchors import unasked

    assert unasked("坚持开放办会）“______”——协会发展的根本立足点。")
    assert unasked("坚持开放办会（总则第三段）是______的要求。") is None
    assert unasked("坚持（　　）办会。") is None
    assert unasked("协会文化的基本特征：1）开放的，2）______的。") is None


def test_a_frame_pointing_back_is_dropped_from_the_stem():
    from kaodian.questions.voice import unframed

    assert unframed("通过这次调研，会长提出要跳出本地发展本地，反复强调要开放办会。") == "会长提出要跳出本地发展本地，反复强调要开放办会。"
    assert unframed("在这样的环境下，协会较早地发展了培训业务，培养了不少人才。") == "协会较早地发展了培训业务，培养了不少人才。"
    # a frame holding the blank, or leaving too little, stays (and the stem is not asked)
    assert unframed("通过这次______，会长提出要跳出本地发展本地。").startswith("通过")
    assert unframed("通过这次调研，会长提出。").startswith("通过")


def test_we_stays_before_an_adverb_that_would_dangle():
    from kaodian.questions.voice import _without_we

    assert _without_we("我们也清醒认识到，协会发展仍面临一些困难。").startswith("我们也")
    assert _without_we("我们要坚持开放办会。") == "要坚持开放办会。"


def test_a_demonstrative_that_only_sums_up_is_said_indefinitely():
    from kaodian.questions.voice import unframed

    stem = "实践证明，这一系列发展成就的取得，根本在于有正确的方针指引。"
    assert unframed(stem) == "实践证明，一系列发展成就的取得，根本在于有正确的方针指引。"
    assert pointing(stem) is None


NEWS = """高校博物馆走进中小学
浑天仪是某某大学科技史博物馆里的“明星”。在新技术赋能下，这一古代计时器有了数字化的“进化版”，学生可以在屏幕上操作它。
2031年，这样的科普进课堂活动共举办了50场，覆盖23个学校。
"""


def test_a_demonstrative_subject_is_named_by_the_sentence_before_that_defines_it():
    stems = [q.stem for q in _statements(_bank(NEWS)) if "进化版" in q.source.sentence]
    assert stems
    for s in stems:
        assert "，浑天仪这一古代计时器有了" in s, s
    # no sentence before defines it: not asked
    assert not [q.stem for q in _bank(NEWS) if "这样的科普" in q.stem]


def test_a_frame_about_the_present_era_stays():
    from kaodian.questions.voice import unframed

    stem = "在这个日新月异、竞争激烈的时代，协会必须敢为人先、奋勇争先。"
    assert unframed(stem) == stem
