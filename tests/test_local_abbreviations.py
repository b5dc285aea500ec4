"""A report's own number-word abbreviations (“两重”项目, “两污”处理率, “三个集中”) used in passing are no class of
their siblings: they are not asked by single choice among each other, a nation's formulation takes only wrong
options as widely known, and an abbreviation fixed in a title (“两院”院士) is never a point (session 22's newcomer
on a provincial report)."""

from __future__ import annotations

from kaodian import pipeline

REPORT = ("2031年某省政府工作报告\n\n一、过去一年工作回顾\n\n"
          "全省新增3名“两院”院士、5个全国重点实验室。\n"
          "累计创建国家生态文明建设示范区20个、“两山”实践创新基地12个。\n"
          "“两重”项目全部开工，向民间资本推介项目300个。\n"
          "城市“两污”处理率超过97%。\n"
          "深化国有资本“三个集中”，国企改革取得重大进展，“三个定位”更加清晰。\n"
          "对共建“一带一路”国家贸易额年均增长5%，“一县一品”产业加快发展，“四级三类”物流体系基本建成。\n\n"
          "二、今年工作安排\n\n"
          "坚定拥护“两个确立”，坚决做到“两个维护”，增强“四个意识”、坚定“四个自信”。\n")


def _bank(tmp_path, text: str, kinds: str | None = None) -> list:
    src = tmp_path / "report.txt"
    src.write_text(text, encoding="utf-8")
    settings = pipeline.settings(kinds=kinds) if kinds else pipeline.settings()
    return list(pipeline.make_bank([str(src)], settings).bank.questions)


def _answer(q) -> str:
    return q.options["ABCD".index(q.answer[0])]


def test_an_abbreviation_used_in_passing_is_no_single_choice(tmp_path):
    singles = [q for q in _bank(tmp_path, REPORT, "single") if q.kind == "single"]
    local = {"两山", "两重", "两污", "三个集中", "三个定位", "一县一品", "四级三类"}
    assert not [q.stem for q in singles if _answer(q) in local]
    # (a nation's formulation stays a single, among formulations of its count word)
    known = [q for q in singles if _answer(q) == "两个确立"]
    assert known and all(o.startswith("两个") for o in known[0].options), [q.stem for q in singles]


def test_a_nations_formulation_takes_no_local_abbreviation_as_wrong_option(tmp_path):
    for q in _bank(tmp_path, REPORT, "single"):
        if q.kind == "single":
            assert not {"一县一品", "四级三类", "三个集中"} & set(q.options), q.options


def test_the_text_says_what_an_abbreviation_counts():
    from kaodian.questions.topic import states_members

    assert states_members("坚持“两山”理念：绿水青山就是金山银山。", "两山") is False  # (理念 between: no list)
    assert states_members("坚持“两山”：绿水青山就是金山银山。", "两山")
    assert states_members("推进“两重”（国家重大战略实施和重点领域安全能力建设）项目。", "两重")
    assert not states_members(REPORT, "两重")


def test_an_abbreviation_fixed_in_a_title_is_never_a_point(tmp_path):
    bank = _bank(tmp_path, REPORT)
    assert not [q.stem for q in bank if "两院" in q.answer or "两院" in q.options], \
        [q.stem for q in bank if "院士" in q.stem]


def test_an_option_set_is_not_repeated_for_another_key():
    from kaodian.model import Question
    from kaodian.questions.select import _Taken

    def single(sentence: str, key: str) -> Question:
        options = ("甲方案", "乙方案", "丙方案", "丁方案")
        return Question(id=sentence, kind="single", stem=sentence, options=options,
                        answer=("ABCD"[options.index(key)],), explanation="", source=None)

    taken = _Taken(2, key=lambda q: q.stem)
    assert taken.take(single("第一句（　　）。", "甲方案"), first=True)
    assert not taken.take(single("第二句（　　）。", "乙方案"), first=True)  # (the four options would give each other away)
    assert taken.take(single("第三句（　　）。", "甲方案"), first=True)  # (the same key again: no hint)
