"""A cloze blanks the concept a test asks, and only that (teacher review, session 7): no second blank on
a common word beside the concept, no run of blanks over an open list, no verb or half a term in a blank, no connective in a blank.

The sentences are written for these tests in the genre's shapes, not taken from any text.
"""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.blank_choice import without_connective, without_determiner


def _clozes(text: str, kind: str) -> dict[str, tuple[str, ...]]:
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    return {q.stem: q.answer for q in bank.questions if q.kind == "cloze" and q.point_kind == kind}


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        # 扛在肩上: a figure of speech, no concept (第二空“肩上”只是字面填空)
        ("乡村振兴是新时代三农工作的总抓手，必须始终扛在肩上。\n", ("乡村振兴",)),
        # 更大力度: an adverbial phrase, many words fit
        ("完善人才公寓、子女入学等配套政策，更大力度保障青年人才安居。\n", ("人才公寓",)),
        # 全面: a common word of two characters, though the lexicon holds it
        ("以服务会员为中心，全面提升协会的凝聚力和影响力。\n", ("服务会员",)),
    ],
)
def test_a_common_word_is_no_second_blank(sentence: str, answer: tuple[str, ...]) -> None:
    assert list(_clozes(sentence, "statement").values()) == [answer]


def test_a_short_common_word_is_no_further_blank() -> None:
    """在|斗争|中成长 beside the sentence's concept: many words fit, anyone guesses it (session 17's blind
    teachers: 第二空是泛词，一猜就中); the value a 是 defines (是…的|前提) stays a blank, and the subject is the
    definition's other blank, each asked alone; the owner between them (工作大担当) is no concept (session 25: teachers'
    lists key the subject or the category, never the owner)."""
    got = _all_clozes("在行业调整时期，刘明同志负责协会一线工作，领导克服困难的斗争。\n"
                      "刘明同志坚持把斗争精神贯穿工作始终，在斗争中成长。\n"
                      "作风大转变是工作大担当的前提，最终要体现在实绩上。\n")
    flat = [a for ans in got.values() for a in ans]
    assert "斗争精神" in flat and "斗争" not in flat, got
    assert ("前提",) in got.values() and ("作风大转变",) in got.values(), got
    assert "工作大担当" not in flat, got


def test_a_change_blanks_the_figure_it_leads_to() -> None:
    """由A提高到B: B is the standard the report sets (session 17's blind teacher: 挖空旧值420元，宜改挖新标准450元);
    asked as a cloze or, a figure, as a single choice (questions/figure_choice.py), the key is the same."""
    bank = generate([extract_text("2023年，协会会员服务补助由每人每年120元提高到150元，同步扩大服务范围。\n"
                                  "全市社区服务站覆盖率由2020年的60%提高到2023年的85%。\n", "协会.txt")], seed=0)
    got = [a for q in bank.questions if q.kind == "cloze" for a in q.answer]
    got += [q.options["ABCD".index(q.answer[0])] for q in bank.questions if q.kind == "single"]
    assert "150元" in got and "85%" in got, got
    assert "120元" not in got and "60%" not in got, got


def test_a_second_blank_that_is_a_concept_by_itself_stays() -> None:
    """The subject of a 是 and the value it defines (…的第一要务) are both what a writer blanks."""
    got = _clozes("发展会员是协会工作的第一要务，必须长期坚持。\n", "statement")
    assert list(got.values()) == [("发展会员", "第一要务")]


def test_an_open_series_blanks_its_first_term_and_shows_the_rest() -> None:
    """…等部门: the list names only some members, so the terms shown tell which one is asked; two blanks
    of it leave the learner guessing which two (session 13: 任空两项，顺序不限仍有歧义)."""
    got = _clozes("协会积极联系科技、教育、文化、卫生等部门开展服务。\n", "term_series")
    (stem, answer), = got.items()
    assert answer == ("科技",)
    assert "______、教育、文化、卫生等部门" in stem


def test_a_statement_blanks_one_member_of_a_series() -> None:
    """Two blanks side by side in one series, keyed in order, ask which member goes where (session 13:
    任空两项，顺序不限仍有歧义): the more important one stays."""
    from kaodian.questions.blank_pairs import series_mate

    s = "深入了解其学习动机、思想觉悟和日常表现等情况"
    first, second = (s.index("学习动机"), s.index("学习动机") + 4), (s.index("思想觉悟"), s.index("思想觉悟") + 4)
    assert series_mate(s, [first, second]) == second
    assert series_mate(s, [second, first]) == first
    apart = (s.index("日常表现"), s.index("日常表现") + 4)
    assert series_mate(s, [first, apart]) is None  # (思想觉悟和 stands between them)


@pytest.mark.parametrize(
    ("sentence", "blank", "kept"),
    [
        ("协会第三次代表大会在市工人文化宫隆重开幕。", "市工人文化宫隆重开幕", "市工人文化宫"),
        ("年会在杭州召开。", "杭州召开", "杭州"),
        ("年会在杭州召开。", "杭州", "杭州"),  # no verb in it: as it stands
        ("协会坚持在实践中学习。", "实践中学习", "实践中学习"),  # (not at a clause's end)
    ],
)
def test_a_place_blank_leaves_the_verb_outside(sentence: str, blank: str, kept: str) -> None:
    """在X隆重开幕: the blank is the place, never the predicate (session 13: 空格连带“隆重开幕”，破坏句子)."""
    from kaodian.questions.blank_choice import without_verb

    a = sentence.index(blank)
    x, y = without_verb(sentence, a, a + len(blank))
    assert sentence[x:y] == kept


def test_one_title_of_a_run_of_titles_is_no_cloze() -> None:
    """《A》《B》《C》 said once each: examples of a kind (films, rules), a detail (session 13: 挖空影片名，属琐碎
    记忆); a title the text says again stays a point."""
    text = ("协会推荐会员观看《山河新韵》《田野之歌》《星火燎原录》等影片。\n"
            "协会认真学习《会员服务守则》《理事会议事规则》。\n"
            "《会员服务守则》规定了会员的权利和义务。\n"
            "协会印发《会员发展工作细则》《会员培训计划》。\n")
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    answers = {a for q in bank.questions if q.kind == "cloze" for a in q.answer}
    assert not answers & {"山河新韵", "田野之歌", "星火燎原录", "会员培训计划"}
    assert {"会员服务守则", "理事会议事规则", "会员发展工作细则"} <= answers  # (said again; a rule's title)


@pytest.mark.parametrize(
    ("text", "blank", "kept"),
    [
        ("给以提醒、警告、通报直至除名", "通报直至", "通报"),
        ("抓好组织建设以及制度建设", "以及制度建设", "制度建设"),
        ("直至", "直至", "直至"),  # nothing of two characters would be left: kept as is
        ("坚持政治建设", "政治建设", "政治建设"),
    ],
)
def test_a_blank_ends_where_its_term_ends(text: str, blank: str, kept: str) -> None:
    a = text.index(blank)
    x, y = without_connective(text, a, a + len(blank))
    assert text[x:y] == kept


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        # the head word alone (征集|制度) was half a term, the adverb 主动 no concept
        ("各级协会和分会应当健全会员建议征集制度，对涉及会员切身利益的重要事项，主动听取会员的建议意见。\n",
         ("会员建议征集制度",)),
        # the governing verb stays in the stem (健全|社区议事协商制度)
        ("各级协会应当健全社区议事协商制度，主动听取会员的意见建议。\n", ("社区议事协商制度",)),
    ],
)
def test_a_blank_holds_the_whole_term_and_no_verb(sentence: str, answer: tuple[str, ...]) -> None:
    assert list(_clozes(sentence, "statement").values()) == [answer]



def _all_clozes(text: str) -> dict[str, tuple[str, ...]]:
    bank = generate([extract_text(text, "协会.txt")], seed=0)
    return {q.stem: q.answer for q in bank.questions if q.kind == "cloze"}


def test_a_study_question_is_no_cloze_but_its_statement_is() -> None:
    """如何理解……？ asks; the same words said as a statement are a cloze (teacher review: 题干是问句形式)."""
    question = _all_clozes("如何理解服务会员是协会工作的第一要务？\n")
    statement = _all_clozes("服务会员是协会工作的第一要务。\n")
    assert statement and not question


def test_a_count_whose_members_follow_is_not_blanked() -> None:
    """提高“______”：一是…性，二是…性 -- the list after the colon gives the count away; the same count
    without its list is blanked."""
    listed = _all_clozes("协会要求会员提高“三性”：一是提高服务的主动性，二是提高服务的针对性，三是提高服务的实效性。\n")
    bare = _all_clozes("协会要求会员提高“三性”，切实改进服务。\n")
    assert ("“三性”",) in bare.values() or ("三性",) in bare.values()
    assert all("三性" not in "".join(a) for a in listed.values())


def test_a_count_of_one_is_no_blank_but_a_rules_figure_is() -> None:
    """过去一年 / 一个环节 count one thing and name no concept (teacher review: 挖空“一年”等非考点词);
    a rule's figure of one (试用期为一年) is what a rule asks."""
    # (its concept is named: 取得重大突破 is a set phrase and no blank at all, and a sentence whose only
    # concept is its count of one asks nothing; test_blank_shapes.py)
    past = _all_clozes("过去一年，协会全面推行“会员积分”制度。\n")
    rule = _all_clozes("新会员的试用期为一年。\n")
    assert past and all("一年" not in a for a in past.values())
    assert any("一年" in a for a in rule.values())


def test_a_count_of_one_with_its_noun_is_a_concept() -> None:
    """关键|一年: the noun before the count makes it what the sentence says of the year."""
    got = _all_clozes("会长在年会上指出，2025年是协会成立十周年，是实现协会“五年规划”目标任务的关键一年。\n")
    assert any("关键一年" in a for a in got.values())


def test_the_value_of_yi_wei_is_blanked_without_what_it_modifies() -> None:
    """以X为Y的Z: a blank on Y stops at 的 (以…为|核心|的制度体系), never 核心的制度体系."""
    got = _all_clozes("协会要健全以章程为根本、以会员大会为核心的议事体系，为协会发展提供制度保证。\n")
    assert got and not any("的议事体系" in "".join(a) for a in got.values())


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        # X of 把X作为|重中之重 is asked, the set phrase never (“重中之重”是套语)
        ("要把提升会员服务能力作为重中之重，把依法办会作为刚性要求。\n", "会员服务能力"),
        # a connective is no blank (第二空“归根结底”是连接语而非概念)
        ("办好社区服务中心，归根结底是培育居民自治组织。\n", None),
        # a degree word after 在 is no place (第二空“一定”琐碎)
        ("服务升级是协会治理方式的自我更新，在一定的范围内也带来了管理体制的深刻变化。\n", "服务升级"),
    ],
)
def test_a_set_phrase_or_connective_is_never_blanked(sentence: str, answer: str | None) -> None:
    got = [a for ans in _all_clozes(sentence).values() for a in ans]
    assert not {"重中之重", "归根结底", "一定", "加以解决"} & set(got), got
    if answer is not None:
        assert answer in got, got


def test_a_blank_drops_the_quantifier_of_its_concept() -> None:
    """一些|劳资纠纷 -> 劳资纠纷 (第二空“一些群体性事件”含修饰语，不是应考概念); 个别酝酿 is a term."""
    text = "开始出现一些劳资纠纷，坚持个别酝酿。"
    a = text.index("一些")
    assert without_determiner(text, a, a + 6) == (a + 2, a + 6)
    b = text.index("个别")
    assert without_determiner(text, b, b + 4) == (b, b + 4)


def test_a_fields_label_the_stem_gives_away_is_no_second_blank() -> None:
    """生态领域 beside 生态经济学 (第二空“人权领域”在上下文中过于显然，应删去); a word of place after 是
    (是|国内|较早…) is no value either (所挖“国内”是琐碎词)."""
    got = _all_clozes("某研究所开创了生态经济学的研究，主张构建生态补偿制度体系，形成生态领域的研究特色。\n"
                      "某学院是国内较早开设社会工作专业的院校之一。\n")
    flat = [a for ans in got.values() for a in ans]
    assert "生态补偿制度体系" in flat and "生态领域" not in flat and "国内" not in flat, got


def test_a_phrase_that_stands_where_a_place_would_is_no_place_but_a_province_is() -> None:
    """在|实际|工作中 is no fact's place (第二空“实际”是无意义套语); 在|江西|考察 is."""
    got = [a for ans in _all_clozes("今年全市发展的主要预期目标是：地区生产总值增长6%左右，在实际工作中力求更好成效。\n\n"
                                    "2019年5月，总书记在江西考察时强调，要加快老区振兴发展。\n").values() for a in ans]
    assert "实际" not in got and "江西" in got, got


def test_a_vague_value_gives_way_to_what_it_is_said_of() -> None:
    """把X作为|重要职责: many near words fit the value (“重要职责”可答“首要任务”“政治责任”等，答案不唯一), so the
    concepts the sentence sets up are asked instead."""
    got = [a for ans in _all_clozes("各级协会要把加强行业自律作为重要职责，建立健全会长负责、理事会决策、秘书处执行的工作体制。\n").values()
           for a in ans]
    assert got and "重要职责" not in got, got


def test_a_quoted_bare_number_is_no_blank_but_a_numbered_formulation_is() -> None:
    """“101”“202” are code names read off their pair (“985”“211”成对出现，一望即知); “1+2” names a formulation."""
    codes = [a for ans in _all_clozes("积极争取“101”“202”计划项目落地本市，开展联合攻关。\n").values() for a in ans]
    assert not {"101", "202"} & set(codes), codes
    named = [a for ans in _all_clozes("“服务为先”是理事会提出的要求，内容主要是“1+2”：“1”是始终把服务会员放在首位，"
                                      "“2”是加强行业自律、促进行业发展。\n").values() for a in ans]
    assert "1+2" in named, named


def test_a_statement_s_lone_short_blank_glued_to_its_term_is_no_cloze() -> None:
    """全面加强|政府|自身建设: a common word that only modifies the term after it asks what any reader fills (session
    18's blind teacher on such blanks); a word that ends its phrase (缀有…图案的|红旗) or a rule's count stays."""
    got = _all_clozes("一、加强自身建设\n\n全面加强政府自身建设。各级政府要坚持依法行政。\n\n"
                      "二、完善制度\n\n党员的预备期为一年。党旗为旗面缀有金黄色图案的红旗。\n")
    answers = [a for ans in got.values() for a in ans]
    assert "政府" not in answers and {"红旗", "一年", "依法行政"} <= set(answers), got


def test_a_value_whose_object_the_stem_repeats_is_blanked_with_its_verb() -> None:
    """X的本质，是|凝聚|会员力量，壮大会员力量…: the object alone would be given away by the next clause and dropped;
    the verb tells the value from its neighbour, and a teacher keys the phrase whole (session 26)."""
    got = _clozes("协会工作的本质，是凝聚会员力量，壮大会员力量，最终实现共同发展。\n", "statement")
    assert any("凝聚会员力量" in answer for answer in got.values())
