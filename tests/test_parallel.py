"""Issue 12 (session 5): the form a series keeps (questions/parallel.py), options of another class
(questions/odd_class.py), and stems that point outside themselves (lint's catch on a blind review's
own grades is in test_teacher)."""

from __future__ import annotations

from kaodian.model import Question, QuestionSource
from kaodian.questions import lint_question
from kaodian.questions.parallel import breaks, neighbours, series_form, swap_off_form



def _q(kind: str, stem: str, options: tuple[str, ...], answer: tuple[str, ...], sentence: str, **kw) -> Question:
    return Question("q-1", kind, stem, answer, kw.pop("explanation", ""), QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                    options=options, **kw)


def test_a_series_form_is_its_length_and_the_characters_all_its_terms_share():
    form = series_form(["有思想", "有情怀", "有责任"])
    assert breaks(form, "有担当") is None
    assert breaks(form, "同担当") and breaks(form, "有法可依")
    # inside long terms a shared character is their pattern; inside short ones it is chance
    assert breaks(series_form(["政治上关怀", "工作上支持", "生活上关心"]), "大科学中心")
    assert breaks(series_form(["干部清正", "政府清廉", "政治清明"]), "政治文明") is None
    # a longer term may differ by one character, never by half its length
    assert breaks(series_form(["担当精神", "斗争精神"]), "钉钉子精神") is None
    assert breaks(series_form(["统一市场基础制度", "统一市场基础设施"]), "统一战线")
    assert not series_form(["只有一个"])


def test_the_terms_beside_a_blank_leave_out_the_first_with_its_lead_and_a_last_with_its_tail():
    s = "让他们成为有思想、有情怀、有责任、（　　）的社会主义建设者和接班人。"
    at = s.index("（")
    assert neighbours(s, at, at + 4) == ["有情怀", "有责任"]
    assert neighbours("坚持（　　），进一步放宽准入。", 2, 6) == []


def test_lint_flags_a_wrong_option_out_of_its_series_form():
    s = "青年一代有理想、有本领、有担当，科技就有前途。"
    bad = _q("single", "青年一代有理想、有本领、（　　），科技就有前途。", ("同担当", "有法可依", "有担当", "有法必依"), ("C",), s)
    assert any("开头是“有”" in f or "长短" in f for f in lint_question(bad))
    good = _q("single", "青年一代有理想、有本领、（　　），科技就有前途。", ("有道德", "有纪律", "有担当", "有文化"), ("C",), s)
    assert lint_question(good) == []
    s2 = "各级党委和政府对院士们要政治上关怀、工作上支持、生活上关心。"
    multi = _q("multiple", "各级党委和政府对院士们要（　　）。", ("大科学中心", "政治上关怀", "生活上关心", "工作上支持"),
               ("B", "C", "D"), s2)
    assert any("大科学中心" in f for f in lint_question(multi))


def test_lint_flags_wrong_options_of_another_kind():
    s = "要发挥市场对技术研发方向、路线选择、要素价格、各类创新要素配置的导向作用。"
    q = _q("multiple", "要发挥市场对（　　）配置的导向作用。",
           ("各类创新要素", "反者道之动", "要素价格", "技术研发方向", "路线选择"), ("A", "C", "D", "E"), s)
    assert any("反者道之动" in f for f in lint_question(q))


def test_a_noun_swapped_into_a_series_of_verb_phrases_is_flagged():
    body = "勇于攻坚克难、追求卓越、人口红利，积极抢占制高点。"
    assert swap_off_form(body, body.index("人口红利"), "赢得胜利", "人口红利")
    ok = "勇于攻坚克难、追求卓越、开拓进取，积极抢占制高点。"
    assert swap_off_form(ok, ok.index("开拓进取"), "赢得胜利", "开拓进取") is None


def test_a_swap_that_breaks_the_series_form_is_flagged_when_the_policy_holds_it():
    body = "中国式现代化有目标、有规划、政策策略，一定会实现。"
    assert swap_off_form(body, body.index("政策策略"), "有战略", "政策策略", form_checked=True)
    assert swap_off_form(body, body.index("政策策略"), "有战略", "政策策略", form_checked=False) is None


def test_a_stem_that_points_at_what_the_text_named_before_is_flagged():
    s = "对于这个修订，有必要了解一下“八二宪法”产生的历史背景。"
    q = _q("single", "对于这个修订，有必要了解一下（　　）产生的历史背景。", ("三会一课", "一国两制", "三严三实", "八二宪法"), ("D",), s)
    assert any("这个" in f for f in lint_question(q))
    s2 = "一张是国家水网，2025年底覆盖率预计达到80.3%。"
    q2 = _q("truefalse", s2, ("对", "错"), ("对",), s2)
    assert any("一张是" in f for f in lint_question(q2))
    # a demonstrative inside a clause names what stands before it
    s3 = "我们必须围绕解决好发展不平衡不充分的问题这个社会主要矛盾，坚决贯彻新发展理念。"
    assert not any("指代" in f for f in lint_question(_q("truefalse", s3, ("对", "错"), ("对",), s3)))


def test_a_quote_spoken_to_the_narrator_is_never_put_in_the_narrators_mouth():
    from kaodian.questions.ask_truefalse import speaker_phrase

    assert speaker_phrase("习近平总书记强调指出") == "习近平总书记"
    assert speaker_phrase("我") == "" and speaker_phrase("我们") == ""
