"""Cloze blanks a teacher rejects though they fall between words (session 12's blind reviews): a set
phrase, a leader's honored name, half a clause, the frame of a clause, an amendment's old wording, a verb
phrase opening its sentence, half a numbered formulation; (session 23) a blank across a frame of its clause.  The
rules are blank_shapes.yaml's and blank_frames.yaml's.

The sentences are written for these tests in the genre's shapes, not taken from any text.
"""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.blank_frames import across_frame
from kaodian.questions.blank_pairs import thin_clause, thin_problem
from kaodian.questions.blank_shapes import adverb_opening, half_of_term, members_before, stem_opening, whole_ordinal
from kaodian.questions.lint import blank_problem


def _problem(sentence: str, blank: str) -> str | None:
    at = sentence.index(blank)
    return blank_problem(sentence, at, at + len(blank))


@pytest.mark.parametrize(
    ("sentence", "blank", "says"),
    [
        # a set phrase: an evaluative word before a word of result (套话，答案不唯一)
        ("三年来，协会的会员服务工作取得丰硕成果。", "丰硕成果", "套话"),
        ("协会在会员服务方面采取了一系列政策措施。", "政策措施", "套话"),
        # (session 17) a figure of speech the genre quotes, the stock pair after 持续, 取得|新进展
        ("协会要着力打通服务会员的“最后一公里”。", "最后一公里", "套话"),
        ("推动协会各项事业持续健康发展。", "健康发展", "套话"),
        ("会员服务数字化取得新进展。", "新进展", "套话"),
        # a verb, its 了 and what it governs: the blank ran across a clause
        ("协会持续整治形式主义，使广大会员进一步端正了对服务的态度。", "广大会员进一步端正了对服务", "半句话"),
        # a generic head after 的: guessed from its modifier (挖空“产物”一词无考查价值)
        ("协会章程是会员大会集体智慧的结晶。", "结晶", "中心词"),
        ("能否守住服务初心，是对协会的考验。", "考验", "中心词"),
        ("当前，协会工作呈现多点推进、整体提升的态势。", "态势", "中心词"),
        # a bound suffix torn from its word (组织|员同…: 挖空拆开一词)
        ("协会应当指派理事或者网格员同新会员谈话。", "员同新会员谈话", "拆开"),
        ("协会会员们积极参加志愿服务。", "协会会员", "拆开"),
        # a leader's honored name is filled in by rote
        ("在王建国同志的带领下，协会完成了换届。", "王建国同志", "称谓"),
        # an adverb before a verb: half a clause (进一步明确…)
        ("协会进一步明确会员服务站的职责。", "进一步明确会员服务站", "半句话"),
        ("章程重点对会员的权利、义务两章作了修改。", "重点对会员", "半句话"),
        # a verb cut from the complement after it (把…建设|成为…)
        ("协会提出把会员服务中心建设成为一流的服务平台。", "会员服务中心建设", "拆开"),
        # the frame a clause opens with (在…方面，)
        ("在会员服务方面，协会推出了积分制度。", "会员服务方面", "领起语"),
        # the old wording of an amendment
        ("将推进会员积分制修改为推进会员信用制。", "会员积分制", "旧表述"),
        # a verb phrase opening its sentence, with nothing to say whose action it is
        ("3.丰富会员活动形式，促进会员之间的交流。", "丰富会员活动形式", "语境"),
        # the middle of a numbered formulation (第二个|五年|发展目标)
        ("协会正向第二个五年发展目标迈进。", "五年", "一半"),
        # a modal verb alone: the sentence's mood, no concept (挖空“应该”是虚词)
        ("应该是以长远眼光来看待会员发展问题。", "应该", "虚词"),
        # an interrogative of a heading that asks its question (协会工作的核心是什么) is no answer
        ("协会工作的核心是什么", "什么", "虚词"),
        # a modal verb inside a longer blank: the verb of the clause and what it governs (session 14: 挖空破坏句子结构)
        ("在制定服务计划的时候，首先应该明确眼前和长远的关系。", "首先应该明确眼前和长远", "半句话"),
        ("会员服务本身不分地域，可以和不同的行业协会合作。", "可以和不同", "半句话"),
        # an interrogative inside a longer blank: it cuts a question the sentence names
        ("协会章程回答了办成什么样的协会、怎样办好协会的问题。", "办成什么样的协会", "疑问词"),
        ("基本问题：始终围绕什么是会员服务、怎样做好会员服务。", "始终围绕什么", "疑问词"),
        # the count of the list the sentence spells out (包括两个方面：即…: 等于送分)
        ("协会服务的基本内容，包括两个方面：即会员培训和行业交流。", "两", "项数"),
        ("协会章程规定了三项原则：自愿、平等、服务。", "三", "项数"),
        # a series cut across two phrases (…的|关系、长远和眼前|的关系)
        ("首先应该明确局部和整体的关系、眼前和长远的关系。", "关系、眼前和长远", "跨了两个短语"),
        # the side a reform works on torn from its word (供给|侧: 把“供给侧”拆开)
        ("深入推进会员服务供给侧结构性改革。", "会员服务供给", "拆开"),
        # the word that governs a whole series glued onto its first member (强调|会员利益、行业整体利益…)
        ("协会章程强调会员利益、行业整体利益和社会利益的辩证统一。", "强调会员利益", "跨了两个成分"),
        ("服务思维是一种符合规律、尊重事实的科学性思维。", "一种符合规律", "跨了两个成分"),
        # what two sides joined make, guessed from the frame (先进性与广泛性的|统一: 泛词易猜)
        ("会员服务是先进性与广泛性的统一。", "统一", "中心词"),
        # (session 15) a prohibition's verb with what it governs: half a sentence (个人不得侵占 不成词)
        ("协会资产受法律保护，任何会员、理事不得侵占、挪用。", "理事不得侵占", "不得"),
        # a pronoun inside the blank: what it stands for is outside the stem (它走集体化)
        ("对分散经营的小作坊，要引导它走联合经营的道路。", "它走联合经营", "代词"),
        # a count of things named before, blanked (三者)
        ("会员、理事和秘书处三方各有分工，三者是相互配合的。", "三者", "代词"),
        # a body's session number or a month: a detail of the record (第十一届)
        ("协会第十一届理事会第三次会议审议了年度报告。", "第十一届", "届次"),
        ("协会成立于五月，当年发展会员三百人。", "五月", "月份"),
        # (session 17) the session without its 第, and the number of a sitting right before it (第五次集体学习)
        ("2014年1月14日，会长在十八届理事会三次全会上指出，要加强行业自律。", "十八届", "届次"),
        ("2013年4月19日，会长在理事会第五次集体学习时强调，要常抓不懈。", "第五次", "第几次"),
        ("会长在十八届理事会五次全会上指出，要加强行业自律。", "五次", "第几次"),
        # a phrase every reader fills in by ear, alone or as a series in any order (人民群众; 三观)
        ("协会把服务人民群众作为工作的出发点。", "人民群众", "泛词"),
        ("协会引导青年会员树立正确的人生观、价值观和世界观。", "人生观、价值观和世界观", "泛词"),
        # a time word and an adverb: half a clause (现在已经|是…)
        ("现在已经是年底，协会各项工作要抓紧收尾。", "现在已经", "半句话"),
        # (session 23) a blank across a frame of its clause (blank_frames.yaml): a preposition and half its object, a modal
        # run, the verb after a 把-series, a clause series cut inside, a member running on, 推进A和B split at 和
        # a subject glued to a preposition and the start of its object, whose head stands after the blank
        ("协会以全行业的力量推动了服务标准的统一。", "协会以全行业", "宾语"),
        ("理事会把全体会员的意见汇总成年度报告。", "理事会把全体会员", "宾语"),
        ("会员要以谦虚的态度对待批评。", "以谦虚", "宾语"),
        # a modal run before the verb (必然会|有…): the sentence's mood, half a clause
        ("在走向行业前列的道路上，必然会有艰巨繁重的任务。", "必然会有艰巨繁重", "开头"),
        ("协会必将迎来更加广阔的发展空间。", "必将迎来更加广阔", "开头"),
        # the last member of a 把-series with the verb that governs the whole series
        ("会员要把扎实的专业知识、过硬的职业技能、良好的服务态度紧密结合起来。", "良好的服务态度紧密结合", "动词"),
        # a series of whole clauses cut inside the first one
        ("服务就在身边、帮扶就在眼前。", "身边、帮扶就在眼前", "分句"),
        # a verb and the first noun of its object, the object going on after the blank: it ends inside a term
        ("协会的目标是：五年内实现会员数量比现在翻一番。", "五年内实现会员", "中间"),
        # a series' last member that runs on into what the sentence says of the series
        ("各个分会、各个部门的工作要相互配合、相互支持。", "各个部门的工作要相互配合", "谓语"),
        # a verb's joint object split at 和 (推进A和B)
        ("坚持和完善会员服务制度、推进行业治理体系和治理能力现代化。", "推进行业治理体系", "拆开"),
        ("坚持和完善会员服务制度、推进行业治理体系和治理能力现代化。", "治理能力现代化", "拆开"),
        # the by-ear name of a problem (口语套话，一望即知)
        ("集中治理会费拖欠等“老大难”问题。", "老大难", "套话"),
    ],
)
def test_a_blank_a_teacher_rejects_is_flagged(sentence: str, blank: str, says: str) -> None:
    why = _problem(sentence, blank)
    assert why is not None and says in why


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        # a whole quotation is a unit, 着 and all
        ("协会坚持“会员的事情大家商量着办”。", "会员的事情大家商量着办"),
        # a count that names an event is no sitting's number (第二次思想大解放), nor a session before a plenum
        # of the Central Committee the note asks (党的|六届|六中全会：最先提出…, a teacher printed it)
        ("协会六届六中全会：最先提出“会员自治”。", "六届"),
        ("改革开放是协会历史上的第二次思想大解放。", "第二次"),
        # the leader a theory is named by is a point human writers blank
        ("以王建国同志为主要代表的协会创始人，提出了服务会员的宗旨。", "王建国同志"),
        # an office is no honored name
        ("协会理事会主席由会员代表大会选举产生。", "协会理事会主席"),
        # an adverb before a noun: a term (积极分子)
        ("协会每年评选一批会员积极分子。", "会员积极分子"),
        # the new wording of an amendment is what is asked
        ("将推进会员积分制修改为推进会员信用制。", "会员信用制"),
        # the X of 以X为 may end with a verbal noun
        ("协会坚持以会员服务为中心。", "会员服务"),
        # a clause at the start that the sentence defines is its subject
        ("丰富会员活动形式，是协会服务的重要任务。", "丰富会员活动形式"),
        # 将X表述调整为：… names what is changed; X is no old wording
        ("将会员服务制度表述调整为：坚持会员自愿、协会服务。", "会员服务制度"),
        # a concept that is no set phrase
        ("协会的会员服务工作实现数字化转型。", "数字化转型"),
        # the value a 是 defines its subject by, whatever its words
        ("服务会员是协会对行业治理的突出贡献。", "突出贡献"),
        # a word that opens with a suffix's character, but is a dictionary word of its own (员工)
        ("协会员工积极参加志愿服务。", "员工"),
        # a head of content after 的 is a concept (任务)
        ("服务会员是协会的根本任务。", "根本任务"),
        # a count with no list after it is a figure a writer blanks (每五年举行一次)
        ("协会会员代表大会每五年举行一次。", "五"),
        # a series between two 的 that is whole on both sides (会员的|权利、义务|的规定)
        ("章程修改了会员的权利、义务的规定。", "权利、义务"),
        # verb phrases side by side, each with its verb, are members of their own
        ("先进协会能够维护行业稳定、促进行业进步。", "维护行业稳定"),
        # a modal inside the modifier of the blank's own head: a noun phrase (全体会员必须遵循的|总章程)
        ("协会章程是全体会员必须遵循的总章程。", "全体会员必须遵循的总章程"),
        # (session 23) blanks inside the frames of blank_frames.yaml
        # the object is the blank, or the blank closes it (以…为…)
        ("理事会把全体会员的意见汇总成年度报告。", "全体会员的意见"),
        ("坚持以会员为中心的服务理念。", "以会员为中心"),
        # a member whose object the adjective after it closes (对党忠诚 of 不忘初心、对党忠诚的品格)
        ("会员要有不忘初心、对党忠诚的品格。", "不忘初心、对党忠诚"),
        ("会员要坚持从严治会。", "从严治会"),
        # words of their own that open with a preposition's character
        ("改革开放以来的行业成就举世瞩目。", "改革开放以来"),
        # the member of the 把-series alone, the verb outside the blank
        ("会员要把扎实的专业知识、过硬的职业技能、良好的服务态度紧密结合起来。", "良好的服务态度"),
        # the members whole
        ("各个分会、各个部门的工作要相互配合、相互支持。", "各个部门"),
        ("坚持和完善会员服务制度、推进行业治理体系和治理能力现代化。", "完善会员服务制度"),
        ("坚持和完善会员服务制度、推进行业治理体系和治理能力现代化。", "行业治理体系"),
        # a compound the segmenter reads as a verb and a noun, before the rest of its term
        ("协会推进会员碳排放权市场化交易。", "会员碳排放权"),
        # a series of terms, not clauses
        ("协会坚持服务会员、服务行业、服务社会。", "服务会员、服务行业、服务社会"),
    ],
)
def test_a_term_stays_a_blank(sentence: str, blank: str) -> None:
    assert _problem(sentence, blank) is None


def test_a_blank_inside_a_numbered_formulation_takes_it_whole() -> None:
    s = "协会正向第二个五年发展目标迈进。"
    at = s.index("五年")
    a, b = whole_ordinal(s, at, at + 2)
    assert s[a:b] == "第二个五年发展目标"
    # no ordinal before it: as it stands
    s = "协会制定了五年发展目标。"
    at = s.index("五年")
    assert whole_ordinal(s, at, at + 2) == (at, at + 2)


def test_half_of_a_lexicon_term_ending_in_a_noun() -> None:
    terms = frozenset({"会员信用档案", "会员大会通过"})
    s = "协会建立会员信用档案。"
    at = s.index("会员信用")
    a, b = half_of_term(s, at, at + 4, terms)
    assert s[a:b] == "会员信用档案"
    # a term that ends in a verb reaches into the clause, not into the term (会员大会|通过)
    s = "决议须经会员大会通过。"
    at = s.index("会员大会")
    assert half_of_term(s, at, at + 4, terms) is None
    # a series' blank may leave out a short affix its terms share: a term that reaches no further is no half
    s = "协会建立会员信用档案。"
    at = s.index("会员信用")
    assert half_of_term(s, at, at + 4, terms, beyond=4) is None


def test_generated_clozes_blank_no_set_phrase_nor_old_wording() -> None:
    text = ("三年来，协会的会员服务工作取得丰硕成果。\n"
            "章程修正案将坚持会员自愿、协会指导修改为坚持会员自愿、协会服务、行业自律。\n")
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    answers = [a for q in bank.questions if q.kind == "cloze" for a in q.answer]
    assert "丰硕成果" not in answers
    assert "协会指导" not in answers
    # the series of the new wording is still asked, without the term the old wording shows
    assert "协会服务" in answers and "会员自愿" not in answers


def test_a_count_inside_a_lexicon_term_is_blanked_with_the_term() -> None:
    """协会|五|项服务标准精神: the numeral alone is half of the formulation; the cloze blanks the term the
    lexicon holds."""
    from kaodian import lexicon
    from kaodian.lexicon.store import Group, extended

    lex = extended(lexicon.load(), [Group(("五项服务标准",), ("test",))], {})
    text = "锲而不舍落实协会五项服务标准精神。\n"
    plain = generate([extract_text(text, "协会.txt")], seed=0)
    wider = generate([extract_text(text, "协会.txt")], seed=0, lexicon=lex)
    assert ("五",) in [q.answer for q in plain.questions if q.kind == "cloze"]
    got = [q.answer for q in wider.questions if q.kind == "cloze"]
    assert ("五项服务标准",) in got and ("五",) not in got


@pytest.mark.parametrize(
    "text",
    [
        # the best blank is a set phrase: no word of the frame stands in for it
        "协会要适应会员需求变化，完善政策措施，改善服务环境。\n",
        # the best blank is a count of one: nor here
        "回顾过去一年，协会走过的路很不寻常。\n",
    ],
)
def test_a_statement_without_a_good_blank_is_no_cloze(text: str) -> None:
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    assert [q.answer for q in bank.questions if q.kind == "cloze"] == []


def test_two_blanks_that_empty_their_clause_are_flagged_a_series_is_not() -> None:
    """______是______的基础 keeps four characters of its clause: nearly nothing to answer from (teachers: 两个空
    使题干几乎全空); a series of blanks (A、B、C) is a list, however little its clause keeps."""
    s = "服务是协会会员工作的基础，任何时候都不能放松。"
    a, b = s.index("服务"), s.index("协会会员工作")
    assert thin_problem(s, [(a, a + 2), (b, b + 6)]) is not None
    assert thin_clause(s, [(b, b + 6), (a, a + 2)]) == (a, a + 2)  # (the less important, listed last, goes)
    assert thin_problem(s, [(b, b + 6)]) is None
    t = "协会坚持服务、引导、监督，任何时候都不能放松。"
    assert thin_problem(t, [(t.index(w), t.index(w) + 2) for w in ("服务", "引导", "监督")]) is None


def test_a_cloze_keeps_one_blank_of_a_clause_two_would_empty() -> None:
    text = "质量是我们一切工作的前提，任何时候都不能有丝毫松懈。\n"
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    clozes = [q for q in bank.questions if q.kind == "cloze"]
    assert clozes and all(len(q.blanks) == 1 for q in clozes)


def test_two_blanks_of_one_answer_give_each_other_away() -> None:
    """学习______…学习______ with one answer twice: the blanks tell each other (session 14: 两空答案相同互相提示);
    one blank is left, the stem ending before the clause that says its answer again (应只留一空)."""
    text = "学习服务规范，是提升会员素养的前提，参与志愿服务是学习服务规范的有效途径。\n"
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    assert ("学习______，是提升会员素养的前提。", ("服务规范",)) in [(q.stem, q.answer) for q in bank.questions]
    for q in bank.questions:
        if q.kind == "cloze":
            assert len(set(q.answer)) == len(q.answer)
            assert not any(a in b or b in a for i, a in enumerate(q.answer) for b in q.answer[i + 1 :])


@pytest.mark.parametrize(
    ("stem", "says"),
    [
        ("和会员服务体系紧密联系、互为依存、相辅相成", "“和”开头"),
        ("与协会章程具有内在一致性", "“与”开头"),
        ("作为一种特殊的服务规范，它是依靠会员自觉来维持的。", "指代不明"),
        ("确立了协会服务的核心理念。", "没有说是谁"),
        # (session 15) a time told relative to an event before, the second half of a pair, a count of things
        # named before (第二天，他…; 另一方面，…; 三者)
        ("第二天，协会召开理事会，部署会员服务工作。", "第二天"),
        ("另一方面，会员服务又是协会自身的，是协会的立会之本。", "另一方面"),
        ("三者是相互联系、相互促进的。", "三者"),
    ],
)
def test_a_cloze_stem_that_leans_on_what_it_does_not_show(stem: str, says: str) -> None:
    why = stem_opening(stem)
    assert why is not None and says in why


@pytest.mark.parametrize("stem", ["和平发展是协会的主题。", "与时俱进是协会的品质。", "及时处理会员来信。", "三年来，协会实现了会员翻番。", "有了过硬的本领，就能够做好会员服务。", "与传统的会员管理不同，新的服务方式重在引导。",
                                  "作为协会的基层组织，会员小组是服务的主体。",
                                  "他人的合法权益受协会章程保护。", "当前，协会召开理事会，部署会员服务工作。",
                                  "另一方面，建立会员服务的正向激励机制，形成争先创优的导向。"])
def test_a_cloze_stem_that_stands_alone(stem: str) -> None:
    assert stem_opening(stem) is None


def test_answers_that_only_share_words_are_two_answers() -> None:
    """协会 and 协会会员 are two concepts, not one answer twice: a cloze keeps both blanks."""
    text = "三年来，改革极大改变了协会的面貌、行业的面貌、协会会员的面貌、会员家庭的面貌。\n"
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    assert ("协会", "行业", "协会会员", "会员家庭") in [q.answer for q in bank.questions if q.kind == "cloze"]


def test_a_label_line_names_nothing_under_the_next_heading() -> None:
    """A study sheet's bold bullet (扣紧服务的纽带) under one question title is not the subject of a run of terms
    under the next titles (session 14: 题干主语错配为“扣好人生的扣子”).  The sheet is invented for this test."""
    from pathlib import Path

    path = Path(__file__).parent / "data" / "study-sheet-sections.md"
    bank = generate([extract_text(path.read_text(encoding="utf-8"), path.name)], seed=0)
    stems = [q.stem for q in bank.questions if q.kind == "cloze"]
    assert stems and not [s for s in stems if "纽带包括" in s]


def test_a_stem_that_says_its_clause_twice_keeps_the_second_saying() -> None:
    """A digest repeats its lead after a byline (X，必须深入贯彻A……指出，X，必须深入贯彻A……): one blank, of the
    second saying alone, instead of the same answer twice."""
    from kaodian.model import Span
    from kaodian.questions.ask_cloze import _once

    text = "完成今年协会工作任务，必须深入贯彻会员服务理念，推动行业发展协会会长5日在年会上指出，完成今年协会工作任务，必须深入贯彻会员服务理念，推动行业发展。"
    first = text.index("会员服务理念")
    second = text.index("会员服务理念", first + 1)
    spans = [(first, first + 6), (second, second + 6)]
    src, kept = _once(text, Span(text, 0, len(text)), spans, spans)
    assert kept == [(second, second + 6)]
    assert src.text == text[text.index("完成", 1) :]


@pytest.mark.parametrize(("sentence", "blank", "kept"), [
    ("协会会员务实是必备品格，必须实事求是、真抓实干。", "必须实事求是", "实事求是"),
    # a verb after the modal opens a clause: the blank is not trimmed into half of it
    ("协会必须严明会员的纪律。", "必须严明会员", "必须严明会员"),
])
def test_a_modal_the_blank_opens_with_is_left_out_before_a_term(sentence: str, blank: str, kept: str) -> None:
    from kaodian.questions.blank_choice import without_connective

    at = sentence.index(blank)
    a, b = without_connective(sentence, at, at + len(blank))
    assert sentence[a:b] == kept


def test_one_answer_twice_is_a_word_not_a_count() -> None:
    """学习服务规范…学习服务规范: one blank stays; 八个坚持和八个反对: a count said twice keeps both blanks (one blank
    would show its answer beside it)."""
    from kaodian.questions.blank_pairs import one_of_each_answer

    t = "学习服务规范，是会员的前提，参与活动是学习服务规范的途径。"
    a, b = t.index("服务规范"), t.rindex("服务规范")
    assert one_of_each_answer(t, [(a, a + 4), (b, b + 4)], [(a, a + 4), (b, b + 4)]) == [(a, a + 4)]
    t = "协会作风建设要做到八个坚持和八个反对。"
    a, b = t.index("八"), t.rindex("八")
    assert one_of_each_answer(t, [(a, a + 1), (b, b + 1)], [(a, a + 1), (b, b + 1)]) == [(a, a + 1), (b, b + 1)]


def test_a_series_anyone_fills_in_is_asked_neither_whole_nor_term_by_term() -> None:
    """世界观、人生观和价值观 in a sentence: no cloze blanks the series, nor any of its terms (session 15's blind
    teacher: 空的是人人都能猜出的套话)."""
    text = ("协会开展青年会员读书活动，引导青年会员树立正确的世界观、人生观和价值观，增强服务社会的本领。\n"
            "协会坚持以会员需求为导向，健全会员服务评价、会员权益保障、会员退出三项机制。\n")
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    answers = [a for q in bank.questions if q.kind == "cloze" for a in q.answer]
    assert answers  # (the other sentence is asked)
    assert not any(w in a for a in answers for w in ("世界观", "人生观", "价值观"))


@pytest.mark.parametrize(
    ("before", "name", "given"),
    [
        ("园区的废渣、废料等“", "两废", True),  # (members that hold what the formulation counts give it away)
        ("协会推进会员端、理事端、秘书处端“", "三端协同", True),
        ("协会坚持自愿入会、民主办会、“", "三大原则", False),  # (members that share nothing with it)
        ("协会提出“", "两个服务", False),  # (no series before it)
        ("街道协会和理事会、社区协会和服务站以及会员小组“", "两会", False),  # (phrases that only share a word)
        ("建立会长亲自抓、分管理事直接抓、", "一级抓一级", False),  # (a slogan of 一: no count)
    ],
)
def test_a_numbered_formulation_its_members_give_away(before: str, name: str, given: bool) -> None:
    assert members_before(before, name) is given


def test_a_cloze_does_not_blank_a_count_its_members_spell_out_before_it() -> None:
    text = "园区的废渣、废料等“两废”排放严重，协会组织会员企业开展专项整治。\n"
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    assert not any("两废" in q.answer for q in bank.questions if q.kind == "cloze")


def test_a_preposition_s_character_that_is_a_verb_s_tail_opens_no_object() -> None:
    """奔|向 (走|向, 难|以): a verb's one-character head before it makes the character no preposition."""
    sentence = "实现一个阶段性目标，又奔向新的目标。"
    at = sentence.index("又奔向新")
    assert across_frame(sentence, at, at + 4) is None


def test_a_concept_after_biran_opens_no_modal_run() -> None:
    """必然要求, 必然趋势 are concepts (whether they are worth a blank is another check's): only 必然会 is a modal run."""
    sentence = "提高服务质量是协会发展的必然要求。"
    assert adverb_opening(sentence, sentence.index("必然"), len(sentence) - 1) is None


def test_generated_clozes_open_with_no_modal_run() -> None:
    text = "在走向行业前列的新征程上，必然会有艰巨繁重的任务，必然会有艰难险阻，特别需要我们发扬艰苦奋斗精神。\n"
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    answers = [a for q in bank.questions if q.kind == "cloze" for a in q.answer]
    assert not [a for a in answers if a.startswith("必然会")]
