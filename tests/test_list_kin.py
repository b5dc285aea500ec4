"""list_kin: wrong options of a list's choice that paraphrase an item, or are of another polarity or
topic than the list (session 13's blind review).  Sentences are invented for the test."""

from kaodian.questions.list_kin import item_kin, on_list_topic, paraphrases, restates_lead, shortfall, topic_words


def test_a_paraphrase_with_degree_words_is_no_wrong_option():
    assert paraphrases("把质量红线守得更牢", "进一步守牢质量红线")
    assert paraphrases("持续加强调研", "强化实地调研")
    assert paraphrases("永葆勤俭底色", "永葆艰苦勤俭")  # four of six shared, one word exchanged


def test_sibling_terms_stay_apart():
    assert not paraphrases("中国特色社会主义道路", "中国特色社会主义理论")
    assert not paraphrases("基本方针", "基本方略")
    assert not paraphrases("新发展理念", "新发展格局")
    assert not paraphrases("依法治国", "依宪治国")
    assert not paraphrases("2019年3月8日", "2019年6月1日至3日")  # another date is another fact
    assert not paraphrases("提升服务水平的长效机制", "服务")  # a short word a long clause happens to hold


def test_an_achievement_among_shortfalls_is_struck_out():
    shortfalls = ["社区巡查的覆盖面仍需扩大", "台账管理的规范性有待提升", "志愿服务的组织化程度不够"]
    assert shortfall("台账管理的规范性有待提升") and not shortfall("居民满意度显著提高")
    assert not item_kin(shortfalls, "居民满意度显著提高")
    assert item_kin(shortfalls, "应急演练的频次仍需增加")
    achievements = ["居民满意度显著提高", "社区环境明显改善"]
    assert not item_kin(achievements, "应急演练的频次仍需增加")
    assert item_kin(achievements + ["志愿服务的组织化程度不够"], "应急演练的频次仍需增加")  # a mixed list takes either


def test_a_wrong_option_keeps_the_heading_word_every_key_holds():
    topics = topic_words("扩大绿色出行，优化出行结构", ["推广绿色出行方式"])
    assert topics == ["绿色"]
    assert not on_list_topic(topics, "加快推进新型城镇化")
    assert on_list_topic(topics, "发展绿色建材")
    # a long lead, one that lists the keys itself, or a word of the genre names no topic
    assert topic_words("今年要把握好以下几点，坚持稳中求进，统筹发展和安全，推动高质量发展取得新成效，努力实现全年目标任务", ["稳中求进"]) == []
    assert topic_words("必须保持干劲、韧劲", ["要有干劲"]) == []
    assert topic_words("深化改革", ["深化财税改革"]) == []


def test_a_phrase_the_text_goes_on_from_is_a_piece():
    from kaodian.questions.changes import _head_phrases

    text = "班子上下一心，攻坚克难。加强班子建设，提升班子专业能力。"
    got = _head_phrases(text, ["班子协作", "班子团结"])
    assert "班子建设" in got  # said whole, before a comma
    assert "班子上下" not in got and "班子专业" not in got  # pieces of 班子上下一心, 班子专业能力


def test_a_wrong_option_that_restates_the_lead_is_struck_out():
    # (a step of another procedure naming the meeting the lead asks about reads as one of its steps)
    steps = ["主持人宣布到会人数", "候选人作述职发言", "与会代表无记名投票"]
    restated = restates_lead("第八条　村民代表会议审议年度预算的主要程序是：", steps)
    assert restated("村民代表会议审议、表决通过")
    assert not restated("村委会征求村民小组的意见")  # a shared word of the genre (村民) is no restatement
    assert not restated("召开村民代表大会")  # a shorter run (村民代表) is a word of the genre
    # a run every key says too is the list's own topic, not a restatement
    assert not restates_lead("加快发展社区养老服务：", ["发展社区养老服务网络", "培育社区养老服务队伍"])("规范社区养老服务收费")
    # a long lead names many things: no restatement is read off it
    long_lead = "今年以来，区委坚持以人民为中心的发展思想，统筹推进社区治理、平安建设和民生实事，主要做了以下工作："
    assert not restates_lead(long_lead, steps)("坚持以人民为中心的发展思想")
