"""Work a draft repeats is done once (issue 11's speed bar): the same questions, fewer calls.

The texts here are invented in the genre's shape."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from hypothesis import given, settings, strategies as st

from kaodian.questions import definition, head_class
from kaodian.text import Occurrences, find_all
from kaodian.questions.drafting import RunCache
from test_questions_quality import _series_points, doc_of


def test_a_series_judges_each_candidate_option_once(monkeypatch):
    # (each term of a series is picked for from the same candidates, and its single and multiple choice again)
    text = "要保护好古代桥梁、历史街区、工业遗迹、传统民居，留住城市记忆。\n加快建设工业强国、农业强国。"
    point = _series_points(text, ["古代桥梁、历史街区、工业遗迹、传统民居"])[0]
    ctx = SimpleNamespace(point=point, doc=doc_of(text), doc_key=0, cache=RunCache(),
                          material=SimpleNamespace(co_terms={}, lexicon=None))
    judged: Counter = Counter()
    promoted = head_class.promoted_elsewhere

    def counting(text, start, end, verb, option, *rest):  # noqa: ANN001, ANN202
        judged[option] += 1
        return promoted(text, start, end, verb, option, *rest)

    monkeypatch.setattr(head_class, "promoted_elsewhere", counting)
    fit = head_class.series_fit(ctx)
    first = [fit(c) for c in ("工业强国", "历史城区")]
    assert [fit(c) for c in ("工业强国", "历史城区")] == first
    assert judged == {"工业强国": 1, "历史城区": 1}


def test_a_sibling_the_text_never_says_is_linked_without_a_search(monkeypatch):
    # (the link patterns hold both terms verbatim: a lexicon sibling absent from the text compiles no pattern)
    def no_search(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("searched")

    monkeypatch.setattr(definition.re, "finditer", no_search)
    assert definition._linked("形式主义是作风之敌。", "形式主义", "官僚主义") is False


def test_a_sibling_said_in_another_sentence_or_without_a_copula_between_is_linked_without_a_search(monkeypatch):
    # (the link patterns never cross a sentence's end and need a copula between the terms: each pattern built cost
    # 2 ms, a fifteenth of generation on the corpus)
    def no_search(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("searched")

    monkeypatch.setattr(definition.re, "finditer", no_search)
    text = "宗派主义是作风之敌。主观主义要坚决反对。宗派主义和主观主义都要反对。"
    assert definition._linked(text, "宗派主义", "主观主义") is False
    assert definition._linked(text, "主观主义", "宗派主义") is False
    monkeypatch.undo()
    assert definition._linked(text + "宗派主义是主观主义的表现。", "主观主义", "宗派主义") is True


def test_a_list_judges_only_candidates_a_pick_for_its_key_can_take(monkeypatch):
    # (a pick keeps candidates in its answer's length band: one twice as long as the key is never read, so it is
    # never judged against the list either)
    from kaodian.pipeline import extract_text
    from kaodian.questions import changes, list_kin
    from kaodian.questions.distractors import Material
    from kaodian.questions.draws import Draws
    from kaodian.questions.drafting import Ctx

    text = "办好社区服务。一要加快发展托育服务。二要增加助餐服务网点。三要规范物业管理。四要改善活动场地。\n"
    ex = extract_text(text, "报告.txt")
    m = Material.gather([ex])
    point = next(p for p in ex.points if p.kind == "enumeration")
    ctx = Ctx(doc=ex.document, point=point, material=m, seed=0, cache=RunCache(), doc_key=m.doc_key(text))
    judged: list[str] = []
    # (kin_only judges a candidate against the list with the paraphrase test it makes per list)
    make = list_kin._paraphrase_test
    monkeypatch.setattr(list_kin, "_paraphrase_test",
                        lambda contents: (lambda test: lambda c: judged.append(c) or test(c))(make(contents)))
    pool = ["加快补齐短板投资", "加快补齐基础设施和公共服务短板领域的有效投资规模", "规范政府投资"]
    changes.enumeration_wrong(ctx, ["加快发展托育服务"], 2, Draws(0, "t"), pool=pool)
    assert "加快补齐短板投资" in judged and pool[1] not in judged, judged


def test_two_options_three_characters_apart_are_no_paraphrase_before_their_digits_are_read(monkeypatch):
    from kaodian.questions import list_kin

    monkeypatch.setattr(list_kin, "_digits", lambda content: (_ for _ in ()).throw(AssertionError("digits read")))
    pol = list_kin._policy()
    assert list_kin._same_content(frozenset("加强理论学习"), frozenset("加强作风建设"), pol) is False


def test_a_clause_without_two_kindred_ends_around_a_directed_word_is_not_segmented_for_a_swap(monkeypatch):
    # (order_swap's terms share a tail and a directed word stands between them: a clause without both is read from its
    # characters; segmenting every clause of every true/false sentence cost a twentieth of generation)
    from kaodian import segment
    from kaodian.questions.order_swap import order_swap

    text = "知觉认识依赖于概念认识，工作作风服务于发展大局。知觉认识是第一步。概念认识是第二步。"
    cut = segment.cut
    cuts: list[str] = []
    monkeypatch.setattr(segment, "cut", lambda t: cuts.append(t) or cut(t))
    assert order_swap(text, 0, text.index("。")) == (0, 11, "概念认识依赖于知觉认识")
    assert cuts == ["知觉认识依赖于概念认识"]
    cuts.clear()
    assert order_swap(text, text.index("工作"), text.index("。")) is None
    assert cuts == []


def test_whether_a_text_spells_out_a_formulation_s_members_builds_no_pattern_per_formulation(monkeypatch):
    # (a pattern compiled for each numbered formulation cost a millisecond each; each saying is read on from its end)
    from kaodian.questions import topic

    monkeypatch.setattr(topic.re, "search", lambda *a, **k: (_ for _ in ()).throw(AssertionError("compiled")))
    text = "推进“两重”项目建设。坚持“三个集中”：向优势产业集中、向核心业务集中、向关键环节集中。"
    assert topic.states_members(text, "三个集中") is True
    assert topic.states_members(text, "两重") is False


def test_a_blank_that_opens_with_no_pair_of_characters_said_as_often_as_a_subject_word_segments_no_document(monkeypatch):
    # (a document's subject word, 青年 in a speech to youth, is said 30 times and more: its first two characters as
    # often; segmenting every document whole to find it cost a thirtieth of generation)
    from kaodian import segment
    from kaodian.questions import trivia

    speech = "青年要勇于担当，青年要敢于创新。" * 20 + "要坚持和发展中国特色社会主义。"
    cut = segment.cut
    cuts: list[str] = []
    monkeypatch.setattr(segment, "cut", lambda t: cuts.append(t) or cut(t))
    at = speech.index("中国特色")
    assert trivia.subject_word(speech, at, at + 4) is False
    assert cuts == []
    assert trivia.subject_word(speech, 0, 2) is True


def test_a_pick_reads_a_candidate_off_its_answers_topic_no_further(monkeypatch):
    # (nine in ten of a series' candidates are off its topic while most pass ``acceptable``: the topic is asked first,
    # and what it strikes out is never judged whole; the pick is the same, both tests being pure)
    from kaodian.questions import distractors as dx
    from kaodian.questions.draws import Draws

    judged: list[str] = []
    acceptable = dx.acceptable
    monkeypatch.setattr(dx, "acceptable", lambda a, c, *rest: judged.append(c) or acceptable(a, c, *rest))
    extra = ["政治鉴别力", "政治执行力", "政治领悟力"]
    pick = dict(n=1, forbidden=[], context="", rng=Draws(0, "t"))
    assert dx.pick("政治判断力", dx.EMPTY, extra, **pick, topic=lambda c: False) == [] and judged == [], judged
    assert dx.pick("政治判断力", dx.EMPTY, extra, **pick, topic=lambda c: c != "政治鉴别力") == ["政治执行力"]
    assert "政治鉴别力" not in judged


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="改革开放党建", max_size=40), st.lists(st.text(alphabet="改革开放党建", max_size=4), max_size=8))
def test_occurrences_looked_up_are_those_searched_for(text, strings):
    # (head_class.promoted_elsewhere looks an option's places up in the text's index of character pairs: the same
    # places, overlapping ones too, in order, as searching the text again and again)
    said = Occurrences(text)
    for s in strings:
        assert said.of(s) == find_all(text, s)
        assert all(text.startswith(s, at) for at in said.of(s))
