"""Wrong options of a multiple choice that a teacher judges arguable or a trick (questions/arguable.py,
session 11's blind review): a misspelt term, a restatement of a key, a statement on a key's subject,
a glossary entry, a cut 以…为… link, a phrase among words.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from kaodian import lexicon as lexicon_package
from kaodian.questions.arguable import (crossed, cut_chain, defined, led_by_char, misspelt, restates,
                                        subject_only, trimmed_like_siblings, wrong_ok)

LEX = lexicon_package.load()


@pytest.mark.parametrize("option", ["实事求事", "坚持解放思想、实事求事"])
def test_a_lexicon_word_with_one_character_changed_is_misspelt(option):
    assert misspelt(option, LEX) == "实事求是"


@pytest.mark.parametrize("option", ["实事求是", "坚持解放思想、实事求是", "群众路线是党的根本路线", "全心全意为人民服务",
                                    "加快发展服务消费"])
def test_real_words_are_not_misspelt(option):
    # (根本路线 is one character from 基本路线, 人民服务 from 为民服务: both are words, no typo)
    assert misspelt(option, LEX) is None


def test_no_lexicon_no_misspelling():
    assert misspelt("实事求事", None) is None


def test_a_wrong_option_one_unknown_character_from_a_key_is_no_option():
    assert not wrong_ok("", LEX, ["实事求是", "群众路线"], "实事求事")
    # two real terms one character apart are siblings, not a typo
    assert wrong_ok("", LEX, ["基本方略", "基本理论"], "基本方针")


def test_a_wrong_option_that_restates_a_key_is_arguable():
    keys = ["我国还处在社会主义初级阶段", "公有制是社会主义经济的基础"]
    assert restates(keys, "我国仍处于并长期处于社会主义初级阶段") == keys[0]
    # a statement on a key's subject (its first word, a noun) is most likely true as well
    assert restates(["新型城镇化是现代化的必由之路"], "新型城镇化是扩大内需的最大潜力") is not None
    # a different point of the same form is no restatement
    assert restates(["坚持以人民为中心", "坚持新发展理念"], "坚持全面深化改革") is None
    # terms sharing a first word are siblings (经济生活 beside 经济效益), not statements
    assert restates(["经济生活", "社会生活"], "经济效益") is None


def test_targets_of_one_subject_are_told_apart_by_their_figures():
    keys = ["地区生产总值增长5%左右", "城镇新增就业50万人以上"]
    assert restates(keys, "地区生产总值达到3万亿元") is None


TEXT = """二、名词解释
1.“三农”服务体系：为农业、农村、农民提供服务的体系。
2.数字乡村行动：用数字技术改造乡村治理。
三、主要任务
健全以乡规民约为基础，以村民自治为核心的治理体系。
"""


def test_a_term_the_text_defines_is_a_glossary_entry():
    assert defined(TEXT, "数字乡村行动") and defined(TEXT, "“三农”服务体系")
    assert not defined(TEXT, "主要任务")
    # beside keys that are points, a glossary entry is of another kind; beside glossary entries, one of them
    assert not wrong_ok(TEXT, None, ["加快建设农业强国", "扎实推进乡村振兴"], "数字乡村行动")
    assert wrong_ok(TEXT, None, ["“三农”服务体系"], "数字乡村行动")


def test_the_first_link_of_a_chain_cut_at_its_comma_is_half_a_phrase():
    assert cut_chain(TEXT, "健全以乡规民约为基础")
    assert not cut_chain(TEXT, "以村民自治为核心的治理体系")
    assert not cut_chain("坚持以人民为中心，推动高质量发展。", "坚持以人民为中心")


def test_a_phrase_led_by_one_character_among_words_stands_out():
    keys = ["质量", "效益", "竞争力"]
    assert led_by_char(keys, "有能力") and led_by_char(keys, "最现实")
    assert not led_by_char(keys, "创造力")
    assert not led_by_char(["讲政治", "顾大局"], "守规矩")  # (keys of that form take wrong options of it)


def test_an_opening_every_key_shares_is_the_lists_form_not_a_subject():
    keys = ["全力推动产业提质升级", "全力保障和改善民生"]
    assert restates(keys, "全力维护人民群众生命财产安全") is None


def test_statements_on_names_of_their_own_are_crossed_into_plain_errors():
    items = ["实事求是是毛泽东思想的精髓", "群众路线是党的根本工作路线", "独立自主是中国革命的基本立足点"]
    got = crossed("", items[:2], items)
    assert got[:2] == ["实事求是是党的根本工作路线", "群众路线是中国革命的基本立足点"]
    assert all(c not in items for c in got)
    # never what the text says, never when a subject is long enough to name another item's subject again
    assert "实事求是是党的根本工作路线" not in crossed("实事求是是党的根本工作路线。", items[:2], items)
    assert crossed("", ["新时代党的理论成果是一脉相承的", "毛泽东思想是党的宝贵财富"],
                   ["新时代党的理论成果是一脉相承的", "毛泽东思想是党的宝贵财富"]) == []
    # nor when an item is no statement
    assert crossed("", items[:1], items[:2] + ["坚持独立自主"]) == []


def test_a_clause_subject_alone_is_half_a_sentence():
    item = "近代农村土地制度的弊端和农民群众的迫切要求，决定了土地改革的方向"
    assert subject_only(item, "近代农村土地制度的弊端和农民群众的迫切要求")
    assert not subject_only("党的政治建设，是党的根本性建设", "党的政治建设")
    assert not subject_only("坚持党的全面领导，确保正确方向", "坚持党的全面领导")
    # a noun qualified by a clause with its own verb (一切…的…) is still only a subject
    assert subject_only("一切符合人民利益的经营方式，都应该积极采用", "一切符合人民利益的经营方式")
    assert not subject_only("一切符合人民利益的经营方式，是我们的追求", "一切符合人民利益的经营方式")
    assert not subject_only("大力推进城乡融合的体制机制，完善政策体系", "大力推进城乡融合的体制机制")


def test_a_key_that_swallowed_the_half_its_siblings_leave_out_is_cut_like_them():
    items = ["坚持实干担当，反对敷衍塞责；", "坚持勤俭节约，反对铺张浪费；", "坚持公道正派、反对任人唯亲；"]
    cores = ["坚持实干担当", "坚持勤俭节约", "坚持公道正派、反对任人唯亲"]
    assert trimmed_like_siblings(items, cores) == ["坚持实干担当", "坚持勤俭节约", "坚持公道正派"]
    # a list whose items say no common second half keeps its cores
    plain = ["坚持实干担当，勇于攻坚", "坚持勤俭节约，力戒浪费", "坚持公道正派、反对任人唯亲"]
    assert trimmed_like_siblings(plain, ["坚持实干担当", "坚持勤俭节约", plain[2]]) == ["坚持实干担当", "坚持勤俭节约", plain[2]]
