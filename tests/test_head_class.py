"""Wrong options of a series' class (session 18, task distract): of a head of the series, of its form and field,
never one the text promotes elsewhere with the series' verb; and a target's year never before the text.

Session 17's blind teachers rejected a slogan that only shares the key's modifier among protected things, a person
or a mechanism among facilities, …发展 beside …化生产、…化加工, a livelihood measure among a carbon peak's systems,
and a kind of farming the same text wants in another paragraph.  The texts here are invented in the genre's shape."""

from __future__ import annotations

import pytest

from kaodian.model import Extraction, Question, QuestionSource
from kaodian.questions import generate
from kaodian.questions.false_dates import target_options
from kaodian.questions.head_class import governing_verb, of_class, of_field, promoted_elsewhere, stray_head
from kaodian.questions.single_shapes import findings
from test_questions_quality import _series_points, doc_of, wrong_options


def _choices(text: str, series: list[str], seeds: int = 4) -> list:
    out = []
    for seed in range(seeds):
        bank = generate([Extraction(doc_of(text), _series_points(text, series))], kinds=["single", "multiple"], seed=seed)
        out += bank.questions
    return out


def test_an_option_that_only_shares_the_keys_modifier_is_never_drawn():
    # (工业强国 shares 工业 with 工业遗迹 but names no protected thing: the heads 桥梁、街区、遗迹、民居 do)
    text = ("要保护好古代桥梁、历史街区、工业遗迹、传统民居，留住城市记忆。\n加快建设工业强国、农业强国。\n"
            "保持工业增长、消费增长。\n扩大工业投资、民间投资。")
    series = ["古代桥梁、历史街区、工业遗迹、传统民居", "工业强国、农业强国", "工业增长、消费增长", "工业投资、民间投资"]
    for q in _choices(text, series):
        if "工业遗迹" in q.options:
            assert not {"工业强国", "工业增长", "工业投资"} & set(wrong_options(q)), q.options


def test_an_option_the_text_wants_elsewhere_under_the_same_verb_is_never_drawn():
    # (发展订单农业 said in another paragraph: beside 发展…休闲农业 a teacher marks the key disputed)
    series = ["林下经济、休闲农业、特色种植", "订单农业、庭院经济", "循环农业、乡村旅游", "智慧农业、绿色食品"]
    text = ("要发展林下经济、休闲农业、特色种植，拓宽农民增收渠道。\n鼓励小农户发展订单农业、庭院经济。\n"
            "支持合作社发展循环农业、乡村旅游。\n引导家庭农场发展智慧农业、绿色食品。")
    wanted = {t for s in series for t in s.split("、")}  # (every term follows 发展 somewhere)
    for q in _choices(text, series):
        assert not wanted & set(wrong_options(q)), q.options


@pytest.mark.parametrize(("terms", "option", "ok"), [
    (["古代桥梁", "历史街区", "工业遗迹"], "工业强国", False),  # the key's modifier, another head
    (["古代桥梁", "历史街区", "工业遗迹"], "历史建筑", False),  # no head of the series
    (["古代桥梁", "历史街区", "工业遗迹"], "商业遗迹", True),
    (["规模化种植", "精细化管理", "品牌化经营"], "长期经营", False),  # a head of theirs, not their …化 form
    (["规模化种植", "精细化管理", "品牌化经营"], "集约化经营", True),
    (["垃圾减量化", "处理无害化", "利用资源化"], "传统文化", False),  # 化 of a word, no suffix on a stem
    (["垃圾减量化", "处理无害化", "利用资源化"], "产品标准化", True),
    # a slogan whose last word ends in the suffix is no quality of the series (session 18's teachers: 强党性生造)
    (["长期性", "复杂性", "艰巨性"], "强党性", False),
    (["长期性", "复杂性", "艰巨性"], "纯洁性", True),
])
def test_of_class(terms, option, ok):
    assert of_class(terms, option) is ok


def test_of_class_of_a_series_of_words_asks_only_the_suffix():
    terms = ["网络化", "数字化", "智能化"]
    assert of_class(terms, "经济全球化", classed=False)
    assert not of_class(terms, "自我净化", classed=False)  # (净化 is a word: no …化 of a stem)
    assert of_class(terms, "协调发展", classed=False)  # (no suffix asked of an option without it)


def test_of_field_asks_the_modifier_of_the_series_paragraph():
    paragraph = "健全水资源监测、节水路径、支撑保障体系，推进节水型城市建设。"
    assert of_field(paragraph, "节水保障")
    assert not of_field(paragraph, "民生保障")


def test_the_verb_of_a_series_and_where_the_text_says_it_again():
    text = "要发展林下经济、休闲农业。\n引导农户发展庭院经济、订单农业。积极开发观光旅游。"
    start = text.index("林下经济")
    verb = governing_verb(text, start)
    assert verb == "发展"
    end = text.index("。")
    assert promoted_elsewhere(text, start, end, verb, "订单农业")
    assert not promoted_elsewhere(text, start, end, verb, "观光旅游")  # (another verb: 开发)
    assert not promoted_elsewhere(text, start, end, verb, "休闲农业")  # (only the series itself says it)


def single(stem: str, options: list[str], key: str, point_kind: str = "term_series") -> Question:
    """A single choice on ``stem`` with ``options``, ``key`` the right one (what lint reads of it)."""
    return Question(id="q", kind="single", stem=stem, answer=("ABCD"[options.index(key)],), explanation="",
                    source=QuestionSource("t.txt", "题", None, stem, 0, len(stem)), options=tuple(options),
                    point_kind=point_kind)


def test_lint_flags_an_option_of_another_head_beside_the_series_in_the_stem():
    stem = "要保护好古代桥梁、历史街区、（　　）、传统民居，留住城市记忆。"
    assert stray_head(stem, "工业遗迹", ["工业强国", "工业增长", "工业投资"])
    assert stray_head(stem, "工业遗迹", ["商业遗迹", "革命遗迹", "古代遗迹"]) is None
    stem = "推进规模化种植、精细化管理、（　　），提高农业效益。"
    wrong = ["全面经营", "长期经营", "合法经营"]
    assert stray_head(stem, "品牌化经营", wrong)
    q = single(stem, ["全面经营", "品牌化经营", "长期经营", "合法经营"], "品牌化经营")
    assert any("不是一类" in f for f in findings(q, "品牌化经营", wrong))


def test_lint_leaves_a_series_of_one_opening_to_its_form():
    stem = "要做到有理想、有本领、（　　），勇于担当作为。"
    assert stray_head(stem, "有担当", ["有作为", "有情怀", "有温度"]) is None


def test_a_targets_year_is_never_before_the_text_that_sets_it():
    text = "（2025年3月印发）\n到2027年，全县建成10个美丽乡村示范村。2027年前完成规划编制。"
    edits = ["2026年", "2028年", "2025年", "2029年", "2024年"]
    assert target_options(text, "编制规划，到", edits) == ["2026年", "2028年", "2025年", "2029年"]
    assert target_options(text, "", edits) == edits  # (no target: a year of the past may be asked)


def test_a_wrong_option_that_says_a_right_ones_verb_phrase_over_a_like_object_is_a_trap():
    """Blind teachers, session 18: a wrong option that says a listed heading's verb phrase over a like object is 咬字陷阱."""
    from kaodian.questions.distractors import near_synonym

    assert near_synonym("着力扩大国内需求", "着力扩大内部需要")
    assert not near_synonym("某某主义市场经济", "某某主义计划经济")  # one head, two kinds: a contrast
    assert not near_synonym("全面深化改革开放", "全面推进乡村振兴")  # one opening word, another object
    assert not near_synonym("强化创新驱动发展", "加快乡村全面振兴")


def test_a_series_option_is_tested_for_its_fit_before_its_topic(monkeypatch):
    # the topic test of a candidate the material does not set beside the series searches every text of the
    # material, and three in four candidates on topic are no fit: the fit is asked first (both are pure, so
    # the options drawn are the same; only what is read changes)
    from kaodian.questions import head_class

    asked: list[str] = []

    def topical(c: str) -> bool:
        asked.append(c)
        return c != "水资源监测"

    monkeypatch.setattr(head_class, "on_topic", lambda material, answer, series: topical)
    monkeypatch.setattr(head_class, "series_fit", lambda ctx: lambda c: c != "民生保障")

    class _Ctx:
        material = None
        point = type("P", (), {"items": ()})()

    test = head_class.series_topic(_Ctx(), "节水路径")
    assert [test(c) for c in ("民生保障", "水资源监测", "支撑保障")] == [False, False, True]
    assert asked == ["水资源监测", "支撑保障"]  # (民生保障 is no fit: its topic is never searched)
