"""The scorer (kaodian.evaluate) and the extraction output formats (kaodian.render)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from kaodian.errors import KaodianError
from kaodian.evaluate import Counts, evaluate_dir, format_table, norm, score
from kaodian.model import Article, Document, Extraction, Heading, Paragraph, Point, Span
from kaodian.render import extraction_to_dict, first_sentence, last_sentence, render_extractions

CORPUS = Path(__file__).parent / "corpus"

GOLD_FILES = sorted(CORPUS.glob("*.gold.yaml"))


def article(id="a1", starts="党的二十大胜利召开，这是一个重要的时刻。", ends="凝聚起干事创业的精神力量。", **kw) -> dict:
    base = {"id": id, "title": None, "author": None, "affiliation": None, "starts_with": starts, "ends_with": ends, "headings": []}
    return {**base, **kw}


def gold_doc(**kw) -> dict:
    base = {
        "articles": [article(headings=["坚定捍卫“两个确立”", "主动融入中国式现代化建设"])],
        "enumerations": [{"article": "a1", "section": 1, "marker": "要", "items": ["甲项", "乙项", "丙项"]}],
        "term_series": [{"article": "a1", "terms": ["政治判断力", "政治领悟力", "政治执行力"]}],
        "formulations": {"numbered": ["两个确立", "四个意识"], "other": ["关键少数"]},
        "documents": ["档案方志参阅"],
        "quotes": [{"article": "a1", "text": "勤劳实干是人民群众创造美好生活的必由之路"}],
    }
    return {**base, **kw}


def f1(result: dict, category: str) -> float:
    return result["categories"][category].f1


# --- score on hand-made dicts -------------------------------------------------


def test_perfect_extraction_scores_one_everywhere():
    result = score(gold_doc(), gold_doc())
    for name, counts in result["categories"].items():
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0), name
    assert result["articles"].all_right
    assert result["mapping"] == {"a1": "a1"}


@pytest.mark.parametrize("ext_start, gold_start", [
    ("第一章 总则第一条 为了规范和加强发展党员工作，制定本细则。", "第一条 为了规范和加强发展党员工作，制定本细则。"),
    ("第一条 为了规范和加强发展党员工作，制定本细则。", "第一章 总则第一条 为了规范和加强发展党员工作，制定本细则。"),
])
def test_an_article_opening_with_its_heading_line_is_found_whether_or_not_its_start_counts_it(ext_start, gold_start):
    heads = ["总则", "入党积极分子的确定"]
    found = score({"articles": [article(starts=ext_start, headings=heads)]},
                  {"articles": [article(starts=gold_start, headings=heads)]})["articles"]
    assert found.found == 1 and found.all_right


def test_an_article_opening_with_another_sentence_is_not_found():
    heads = ["总则"]
    found = score({"articles": [article(starts="第一章 总则第一条 本条例适用于全市。", headings=heads)]},
                  {"articles": [article(starts="第一条 为了规范和加强发展党员工作，制定本细则。", headings=heads)]})
    assert found["articles"].found == 0


def test_missing_enumeration_item_lowers_recall_only():
    ext = gold_doc(enumerations=[{"article": "a1", "section": 1, "items": ["甲项", "乙项"]}])
    c = score(ext, gold_doc())["categories"]["enumerations"]
    assert (c.hits, c.extracted, c.gold) == (2, 2, 3)
    assert c.precision == 1.0 and c.recall == pytest.approx(2 / 3)
    assert (c.exact, c.exact_of) == (0, 1)


def test_extra_formulation_lowers_precision_only():
    ext = gold_doc(formulations=["两个确立", "四个意识", "关键少数", "一站式"])
    c = score(ext, gold_doc())["categories"]["formulations"]
    assert c.recall == 1.0 and c.precision == pytest.approx(3 / 4)


def test_formulations_as_list_of_objects_or_dict_score_alike():
    ext = gold_doc(formulations=[{"text": "两个确立"}, {"text": "四个意识"}, {"text": "关键少数"}])
    assert f1(score(ext, gold_doc()), "formulations") == 1.0


def test_white_space_and_trailing_punctuation_are_ignored():
    ext = gold_doc(
        quotes=[{"article": "a1", "text": "勤劳实干是人民群众 创造美好生活的\n必由之路。"}],
        documents=[" 档案方志参阅 "],
        enumerations=[{"article": "a1", "section": 1, "items": [{"text": "甲项；"}, "乙 项", "丙项。"]}],
    )
    result = score(ext, gold_doc())
    assert f1(result, "quotes") == f1(result, "documents") == f1(result, "enumerations") == 1.0


def test_norm_strips_only_trailing_punctuation():
    assert norm(" 同志们，朋友们：\n") == "同志们，朋友们"
    assert norm("A。”") == "A。”"  # a closing quote is not trailing punctuation
    assert norm("要求！？") == "要求"
    assert norm(None) == ""


def test_enumeration_item_in_the_wrong_section_is_no_hit():
    ext = gold_doc(enumerations=[{"article": "a1", "section": 2, "items": ["甲项", "乙项", "丙项"]}])
    c = score(ext, gold_doc())["categories"]["enumerations"]
    assert (c.hits, c.extracted, c.gold) == (0, 3, 3)


def test_enumeration_exact_needs_the_whole_list_in_order():
    ext = gold_doc(enumerations=[{"article": "a1", "section": 1, "items": ["乙项", "甲项", "丙项"]}])
    c = score(ext, gold_doc())["categories"]["enumerations"]
    assert c.f1 == 1.0 and c.exact == 0


def test_headings_compare_position_by_position():
    gold = gold_doc(articles=[article(headings=["甲", "乙", "丙"])])
    ext = gold_doc(articles=[article(headings=["前言", "甲", "乙", "丙"])])
    c = score(ext, gold)["categories"]["headings"]
    assert (c.hits, c.extracted, c.gold, c.exact) == (0, 4, 3, 0)
    ext = gold_doc(articles=[article(headings=[{"text": "甲"}, "乙"])])
    c = score(ext, gold)["categories"]["headings"]
    assert (c.hits, c.extracted, c.gold) == (2, 2, 3)


def test_term_series_is_scored_term_by_term_against_the_best_match():
    gold = gold_doc(
        term_series=[
            {"article": "a1", "terms": ["人防", "物防", "技防"]},
            {"article": "a1", "terms": ["政治立场", "政治方向", "政治原则", "政治道路"]},
        ]
    )
    ext = gold_doc(
        term_series=[
            {"article": "a1", "terms": ["不断提高人防", "物防", "技防"]},  # 2 of 3: matched
            {"article": "a1", "terms": ["政治立场", "政治方向", "政治原则", "政治道路"]},  # exact
            {"article": "a1", "terms": ["政治立场", "政治方向", "政治原则", "政治道路"]},  # repeat: once
            {"article": "a1", "terms": ["人防", "甲", "乙"]},  # 1 shared term: no match, all false
        ]
    )
    c = score(ext, gold)["categories"]["term_series"]
    assert (c.hits, c.extracted, c.gold) == (6, 10, 7)
    assert (c.exact, c.exact_of) == (1, 2)


def test_term_series_matching_is_one_to_one():
    gold = gold_doc(term_series=[{"article": "a1", "terms": ["甲", "乙", "丙"]}, {"article": "a1", "terms": ["甲", "乙", "丁"]}])
    ext = gold_doc(term_series=[{"article": "a1", "terms": ["甲", "乙", "丙", "丁"]}])
    c = score(ext, gold)["categories"]["term_series"]
    assert (c.hits, c.extracted, c.gold) == (3, 4, 6)


def test_term_series_of_another_article_do_not_match():
    gold = gold_doc(
        articles=[article("a1"), article("a2", starts="市委全会强调要加快建设智慧城市。")],
        term_series=[{"article": "a2", "terms": ["甲", "乙", "丙"]}],
    )
    ext = dict(gold, term_series=[{"article": "a1", "terms": ["甲", "乙", "丙"]}])
    assert f1(score(ext, gold), "term_series") == 0.0


def test_extracted_article_ids_are_mapped_to_gold_ids_by_body_start():
    gold = gold_doc(
        articles=[article("a1", headings=["甲"]), article("a2", starts="市委全会强调要加快建设智慧城市", headings=["乙"])],
        enumerations=[{"article": "a2", "section": 1, "items": ["甲项", "乙项"]}],
    )
    ext = gold_doc(
        articles=[
            article("x1", starts="这是标题之前多出的一段。"),  # no gold article starts like it
            article("x2", starts="市委全会强调要加快建设智慧城市，推进数字化。", headings=["乙"]),
            article("x3", starts="党的二十大胜利召开，这是一个重要的时刻。", headings=["甲"]),
        ],
        enumerations=[{"article": "x2", "section": 1, "items": ["甲项", "乙项"]}],
    )
    result = score(ext, gold)
    assert result["mapping"] == {"x3": "a1", "x2": "a2"}
    assert result["articles"].found == 2
    assert f1(result, "enumerations") == 1.0
    assert f1(result, "headings") == 1.0


@pytest.mark.parametrize(
    "extracted_start, found",
    [
        ("党的二十大胜利召开，这是一个重要的时刻。后面还有很多话。", True),  # extracted is longer
        ("党的二十大胜利召开，这是", True),  # a prefix, 12 characters
        ("党的二十大胜利", False),  # a prefix, too short to tell articles apart
        ("本报讯 党的二十大胜利召开，这是一个重要的时刻。", False),  # starts earlier
    ],
)
def test_article_found_by_body_start(extracted_start, found):
    ext = gold_doc(articles=[article(starts=extracted_start)])
    assert score(ext, gold_doc())["articles"].found == int(found)


def test_a_short_gold_start_must_be_matched_whole():
    gold = gold_doc(articles=[article(starts="同志们：")])
    assert score(gold_doc(articles=[article(starts="同志们：今天开学了。")]), gold)["articles"].found == 1
    assert score(gold_doc(articles=[article(starts="同志")]), gold)["articles"].found == 0


@pytest.mark.parametrize(
    "extracted_end, right",
    [
        ("全体干部要凝聚起干事创业的精神力量。", True),  # ends with the gold ending
        ("干事创业的精神力量", True),  # the gold ends with it, 9 characters
        ("精神力量", False),  # the gold ends with it, but under six characters
        ("凝聚起干事创业的精神力量。（来源：新华社）", False),  # a source line left in the body
    ],
)
def test_article_ending(extracted_end, right):
    result = score(gold_doc(articles=[article(ends=extracted_end)]), gold_doc())
    assert result["articles"].ending == int(right)


def test_title_author_affiliation_must_equal_and_stay_null_where_gold_is_null():
    gold = gold_doc(articles=[article(title="谱写新篇章", author="徐 刚", affiliation=None)])
    ext = gold_doc(articles=[article(title="谱写 新篇章", author="徐刚", affiliation="")])
    checks = score(ext, gold)["articles"]
    assert (checks.title, checks.author, checks.affiliation) == (1, 1, 1)
    ext = gold_doc(articles=[article(title="谱写新篇章", author="天津", affiliation="中共天津市委")])
    checks = score(ext, gold)["articles"]
    assert (checks.title, checks.author, checks.affiliation) == (1, 0, 0)
    assert checks.missing == ["a1: 作者", "a1: 单位"]
    assert not checks.all_right


def test_a_category_left_out_of_the_gold_is_not_scored():
    gold = gold_doc()
    del gold["quotes"], gold["documents"]
    result = score(gold_doc(), gold)
    assert set(result["categories"]) == {"headings", "enumerations", "term_series", "formulations"}


def test_empty_extraction_scores_zero_recall():
    result = score({}, gold_doc())
    assert result["articles"].found == 0
    for name, c in result["categories"].items():
        assert c.recall == 0.0 and c.f1 == 0.0, name


def test_counts_edge_cases():
    assert Counts().f1 == 1.0  # nothing to find, nothing found
    assert Counts(extracted=2).f1 == 0.0
    assert Counts(gold=2).f1 == 0.0


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_each_gold_file_scores_one_against_itself(gold_path):
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    result = score(gold, gold)
    # (a held-out set's gold may leave out term series and quotes, which its bars do not score: the corpus
    # README's "a category left out of a gold file is not scored for that file")
    assert {"headings", "enumerations", "formulations", "documents"} <= set(result["categories"]) \
        <= {"headings", "enumerations", "term_series", "formulations", "documents", "quotes"}
    for name, c in result["categories"].items():
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0), name
        assert c.exact == c.exact_of, name
    assert result["articles"].all_right


# --- evaluate_dir and the table ----------------------------------------------


def test_folder_without_annotation_files_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("正文。", encoding="utf-8")
    with pytest.raises(KaodianError) as e:
        evaluate_dir(tmp_path)
    assert e.value.code == "E303" and str(tmp_path) in str(e.value)


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(KaodianError) as e:
        evaluate_dir(tmp_path / "nope")
    assert e.value.code == "E303"


def test_gold_file_without_text_is_an_error(tmp_path):
    shutil.copy(GOLD_FILES[0], tmp_path)
    with pytest.raises(KaodianError) as e:
        evaluate_dir(tmp_path)
    assert e.value.code == "E303" and GOLD_FILES[0].name in str(e.value)


def test_malformed_gold_file_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("正文。", encoding="utf-8")
    (tmp_path / "a.gold.yaml").write_text("articles: [\n", encoding="utf-8")
    with pytest.raises(KaodianError) as e:
        evaluate_dir(tmp_path)
    assert e.value.code == "E201"


def test_evaluate_dir_scores_txt_and_html_against_one_gold(tmp_path, monkeypatch):
    """evaluate_dir wires inputs to gold files; the extractor is replaced by one that returns the gold."""
    from kaodian import evaluate, pipeline

    shutil.copy(CORPUS / "qianwan-gongcheng-report.gold.yaml", tmp_path)
    shutil.copy(CORPUS / "qianwan-gongcheng-report.txt", tmp_path)
    (tmp_path / "qianwan-gongcheng-report.html").write_text("<p>x</p>", encoding="utf-8")
    gold = yaml.safe_load((tmp_path / "qianwan-gongcheng-report.gold.yaml").read_text(encoding="utf-8"))
    seen = []

    def fake_extract(paths, rules=()):
        seen.append(paths)
        return ["extraction"]

    monkeypatch.setattr(pipeline, "extract_paths", fake_extract)
    monkeypatch.setattr("kaodian.render.extraction_to_dict", lambda e: gold)
    report = evaluate.evaluate_dir(tmp_path)
    assert [f.name for f in report.files] == ["qianwan-gongcheng-report.txt", "qianwan-gongcheng-report.html"]
    assert seen == [[str(tmp_path / "qianwan-gongcheng-report.txt")], [str(tmp_path / "qianwan-gongcheng-report.html")]]
    assert report.totals["enumerations"].gold == 2 * 18
    assert all(c.f1 == 1.0 for c in report.totals.values())
    table = format_table(report)
    assert "总计（2 个文件）" in table and "文章：找到 2/2，标题 2/2，作者 2/2，单位 2/2，结尾 2/2" in table
    assert "列举要点  1.00  1.00  1.00" in table


def test_extraction_error_is_scored_empty_and_shown(tmp_path, monkeypatch):
    from kaodian import evaluate, pipeline

    shutil.copy(CORPUS / "qianwan-gongcheng-report.gold.yaml", tmp_path)
    shutil.copy(CORPUS / "qianwan-gongcheng-report.txt", tmp_path)

    def failing(paths, rules=()):
        raise KaodianError("E102", path=paths[0])

    monkeypatch.setattr(pipeline, "extract_paths", failing)
    report = evaluate.evaluate_dir(tmp_path)
    assert report.files[0].error and "E102" in report.files[0].error
    assert report.totals["quotes"].recall == 0.0
    assert "抽取失败" in format_table(report)


# --- render: the extraction shape and the formats ------------------------------

TEXT = (
    "谱写新篇章\n"
    "党的二十大胜利召开。全党要团结奋斗！\n"
    "一、坚定捍卫“两个确立”\n"
    "我们一要坚持学习。二要强化担当。要增强“四个意识”，提高政治判断力、政治领悟力、政治执行力，"
    "编好《档案方志参阅》，牢记“团结奋斗是必由之路。”\n"
    "凝聚起干事创业的精神力量。\n"
    "（来源：天津日报）\n"
)


def _paragraphs(start: int, end: int, heading: int) -> list[Paragraph]:
    """The body's lines, the heading line excluded, as normalize gives them."""
    out, pos = [], start
    for line in TEXT[start:end].split("\n"):
        if line and pos != heading:
            out.append(Paragraph(line, pos, pos + len(line), 0 if pos < heading else 1))
        pos += len(line) + 1
    return out


def _sample_extraction() -> Extraction:
    body_start = TEXT.index("党的")
    body_end = TEXT.index("（来源")
    h_start = TEXT.index("一、")
    heading = Heading(1, "一、", "坚定捍卫“两个确立”", h_start + 2, TEXT.index("\n", h_start))
    art = Article(
        "a1", "谱写新篇章", "徐 刚", None, body_start, body_end, (heading,),
        tuple(_paragraphs(body_start, body_end, h_start)),
    )
    doc = Document("sample.txt", TEXT, (art,))

    def span(s: str) -> Span:
        i = TEXT.index(s)
        return Span(s, i, i + len(s))

    lead = span("我们")
    enum = Point("enumeration", "a1", 1, heading.text, "坚持学习；强化担当", lead.start, lead.start + 14, lead,
                 (span("坚持学习"), span("强化担当")), marker="要", rule="yao")
    series_items = (span("政治判断力"), span("政治领悟力"), span("政治执行力"))
    series = Point("term_series", "a1", 1, heading.text, "政治判断力、政治领悟力、政治执行力", series_items[0].start,
                   series_items[-1].end, lead, series_items)
    f1_ = span("两个确立")
    f2 = span("四个意识")
    forms = [Point("formulation", "a1", 1, heading.text, "两个确立", f1_.start, f1_.end, lead, numbered=True),
             Point("formulation", "a1", 1, heading.text, "“四个意识”", f2.start, f2.end, lead, numbered=True),
             Point("formulation", "a1", 1, heading.text, "四个意识", f2.start, f2.end, lead, numbered=True)]
    d = span("《档案方志参阅》")
    quote = span("团结奋斗是必由之路。")
    points = (
        enum, series, *forms,
        Point("document", "a1", 1, heading.text, d.text, d.start, d.end, lead),
        Point("document", "a1", 1, heading.text, "档案方志参阅", d.start, d.end, lead),
        Point("quote", "a1", 1, heading.text, quote.text, quote.start, quote.end, lead, speaker="总书记"),
    )
    return Extraction(doc, points)


def test_first_and_last_sentence():
    assert first_sentence("同志们，朋友们：\n1978年是重要的一年。后来。") == "同志们，朋友们：1978年是重要的一年。"
    assert first_sentence("他说：“要团结。”然后。") == "他说：“要团结。”"
    assert last_sentence("甲。乙！丙要\n做好。\n") == "丙要做好。"
    assert last_sentence("没有句号") == "没有句号"
    # a run of stops ends one sentence: a stray full stop after ！ is no sentence of its own
    assert last_sentence("甲。祝愿大家越来越好！。") == "祝愿大家越来越好！。"
    assert last_sentence("甲。真的吗？！") == "真的吗？！"


def test_extraction_dict_has_the_gold_shape():
    data = extraction_to_dict(_sample_extraction())
    (a,) = data["articles"]
    assert a["title"] == "谱写新篇章" and a["author"] == "徐 刚" and a["affiliation"] is None
    assert a["starts_with"] == "党的二十大胜利召开。"
    assert a["ends_with"] == "凝聚起干事创业的精神力量。"
    assert a["headings"] == ["坚定捍卫“两个确立”"]
    assert data["enumerations"][0]["items"] == ["坚持学习", "强化担当"]
    assert data["enumerations"][0]["section"] == 1 and data["enumerations"][0]["marker"] == "要"
    assert data["term_series"][0]["terms"] == ["政治判断力", "政治领悟力", "政治执行力"]
    assert data["formulations"] == {"numbered": ["两个确立", "四个意识"], "other": []}
    assert data["documents"] == ["档案方志参阅"]
    assert data["quotes"][0]["speaker"] == "总书记"


def test_rendered_extraction_scores_against_a_matching_gold():
    gold = {
        "articles": [article(title="谱写新篇章", author="徐刚", starts="党的二十大胜利召开", ends="精神力量。",
                             headings=["坚定捍卫“两个确立”"])],
        "enumerations": [{"article": "a1", "section": 1, "items": ["坚持学习", "强化担当"]}],
        "term_series": [{"article": "a1", "terms": ["政治判断力", "政治领悟力", "政治执行力"]}],
        "formulations": {"numbered": ["两个确立", "四个意识"]},
        "documents": ["档案方志参阅"],
        "quotes": [{"article": "a1", "text": "团结奋斗是必由之路。"}],
    }
    result = score(extraction_to_dict(_sample_extraction()), gold)
    assert result["articles"].all_right
    assert all(c.f1 == 1.0 for c in result["categories"].values())


def test_json_is_one_object_for_one_input_and_a_list_for_several():
    e = _sample_extraction()
    one = render_extractions([e], "json")
    assert json.loads(one)["document"] == "sample.txt"
    assert "两个确立" in one  # not \u-escaped
    assert render_extractions([e], "json") == one  # deterministic
    several = json.loads(render_extractions([e, e], "json"))
    assert isinstance(several, list) and len(several) == 2


def test_yaml_carries_the_same_data_as_json():
    e = _sample_extraction()
    text = render_extractions([e], "yaml")
    assert "谱写新篇章" in text
    assert yaml.safe_load(text) == json.loads(render_extractions([e], "json"))
    assert list(yaml.safe_load(text))[:2] == ["document", "articles"]  # keys in shape order


def test_a_byline_of_several_names_is_listed_as_names():
    """采访组：田某某 薛某某 李 某 — three names, the last letter-spaced: listed 、-separated, not run together."""
    from kaodian.model import Source
    from kaodian.pipeline import extract_source

    e = extract_source(Source("x.txt", "采访对象：王某某，某省人，曾任某市市长。\n采 访 组：田玉某 薛伟某 李 某\n"
                                      "采访日期：2017年9月17日\n采访组：王市长，您好！这项工作是怎样开始的？\n"
                                      "王某某：这项工作开始于十年前，当时大家的认识并不统一。\n"))
    assert "  作者：田玉某、薛伟某、李某" in render_extractions([e], "text")


def test_text_outline_reads_as_an_outline():
    text = render_extractions([_sample_extraction()], "text")
    assert text.splitlines()[:3] == ["文档：sample.txt（1 篇文章）", "", "文章 a1：谱写新篇章"]
    assert "  作者：徐刚" in text
    assert "    一、坚定捍卫“两个确立”" in text
    assert "    〔一、坚定捍卫“两个确立”〕" in text
    assert "        1. 坚持学习\n        2. 强化担当" in text
    assert "    政治判断力、政治领悟力、政治执行力" in text
    assert "    编号类：“两个确立”　“四个意识”" in text
    assert "  文件：《档案方志参阅》" in text
    assert "    总书记：“团结奋斗是必由之路。”" in text


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        render_extractions([_sample_extraction()], "xml")


# --- the commands -------------------------------------------------------------


def test_extract_command_renders_through_render_extractions(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from kaodian import pipeline
    from kaodian.cli import app

    monkeypatch.setattr(pipeline, "extract_paths", lambda paths, rules=(), skipped=None: [_sample_extraction()])
    result = CliRunner().invoke(app, ["extract", "x.txt", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json.loads(render_extractions([_sample_extraction()], "json"))
    out = tmp_path / "out.yaml"
    result = CliRunner().invoke(app, ["extract", "x.txt", "--format", "yaml", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8") == render_extractions([_sample_extraction()], "yaml")


def test_eval_command_prints_the_table(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from kaodian import pipeline
    from kaodian.cli import app

    shutil.copy(CORPUS / "tianjin-theory-page.gold.yaml", tmp_path)
    shutil.copy(CORPUS / "tianjin-theory-page.txt", tmp_path)
    gold = yaml.safe_load((tmp_path / "tianjin-theory-page.gold.yaml").read_text(encoding="utf-8"))
    monkeypatch.setattr(pipeline, "extract_paths", lambda paths, rules=(): ["extraction"])
    monkeypatch.setattr("kaodian.render.extraction_to_dict", lambda e: gold)
    result = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["文件", "类别", "P", "R", "F1", "命中/抽取/标注", "完全一致"]
    assert lines[2].split() == ["tianjin-theory-page.txt", "一级标题", "1.00", "1.00", "1.00", "13/13/13", "4/4"]
    assert "    文章：找到 4/4，标题 4/4，作者 4/4，单位 4/4，结尾 4/4" in lines


def test_eval_command_on_a_folder_without_annotation_files_fails_in_one_line(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("正文。", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kaodian", "eval", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        f"错误 [E303] {tmp_path}: 没有标注文件（*.gold.yaml、*.points.json、*.blanks.json）。"
        "标注语料文件夹里，每个 X.gold.yaml、X.points.json 或 X.blanks.json 旁要有同名的 X.txt 或 X.html。"
    ]


def test_enclosing_quotation_marks_and_title_brackets_are_dropped_once():
    from kaodian.render import _strip_brackets

    assert _strip_brackets("“两个确立”", "“", "”") == "两个确立"
    assert _strip_brackets("“甲。”“乙。”", "“", "”") == "“甲。”“乙。”"  # two quotations side by side
    assert _strip_brackets("《档案方志参阅》", "《", "》") == "档案方志参阅"
    assert _strip_brackets("两个确立", "“", "”") == "两个确立"


def test_details_list_what_was_missed_and_what_was_extra(tmp_path, monkeypatch):
    from kaodian import evaluate, pipeline

    shutil.copy(CORPUS / "qianwan-gongcheng-report.gold.yaml", tmp_path)
    shutil.copy(CORPUS / "qianwan-gongcheng-report.txt", tmp_path)
    gold = yaml.safe_load((tmp_path / "qianwan-gongcheng-report.gold.yaml").read_text(encoding="utf-8"))
    ext = json.loads(json.dumps(gold))
    ext["quotes"] = ext["quotes"][1:] + [{"article": "a1", "text": "多出来的一句话"}]
    ext["enumerations"][0]["items"][0] = "农村人居环境"
    ext["term_series"][0]["terms"] = ["亲自谋划", "亲自部署", "推动"]
    monkeypatch.setattr(pipeline, "extract_paths", lambda paths, rules=(): ["extraction"])
    monkeypatch.setattr("kaodian.render.extraction_to_dict", lambda e: ext)
    report = evaluate.evaluate_dir(tmp_path)
    c = report.files[0].categories
    assert c["quotes"].missed == [norm(gold["quotes"][0]["text"])] and c["quotes"].extra == ["多出来的一句话"]
    assert c["enumerations"].missed == ["a1 第1节 农村人居环境深刻重塑"]
    assert c["enumerations"].extra == ["a1 第1节 农村人居环境"]
    assert c["term_series"].missed == ["亲自谋划、亲自部署、亲自推动 ≠ 亲自谋划、亲自部署、推动"]
    table = format_table(report, details=True)
    assert "    引语漏掉 1：\n      继实行家庭联产承包责任制后" in table
    assert "    引语多出 1：\n      多出来的一句话" in table
    assert "漏掉" not in format_table(report)


def test_a_gold_string_with_a_half_width_comma_matches_the_text_that_has_it_full_width():
    """A gold string stands as in the source (转变,上半年); the extracted text has the comma full-width."""
    from kaodian.evaluate.extraction import norm

    assert norm("岗位再次转变,上半年分管后勤") == norm("岗位再次转变，上半年分管后勤")
    assert norm("1.中国的先进分子") != norm("1。中国的先进分子")  # (an item number's full stop stays)


def test_a_gold_string_with_a_typed_circled_number_or_a_half_width_bracket_matches_the_text_read():
    """A gold item stands as the outline typed it (○1…○2…, 价值(m)); the text kaodian reads has ① and （ there."""
    from kaodian.evaluate.extraction import norm

    assert norm("制度的变化：○1权限加强○2多元化趋势") == norm("制度的变化：①权限加强②多元化趋势")
    assert norm("单位时间里完成的产量(q)") == norm("单位时间里完成的产量（q)")
    assert norm("二○一九年") != norm("二①九年")  # (a year's ○ before a Chinese numeral stays)


@pytest.mark.parametrize("headings, shown", [
    (("第1节", "第2节"), "第1节"),  # a heading that is its number alone, printed once (a newcomer saw 第1节第1节)
    (("第一节 总体要求", "第二节 改革"), "第二节 改革"),  # a number ending in no mark set apart from the words
    (("一、总体要求", "二、深化改革"), "二、深化改革"),
])
def test_the_outline_prints_each_heading_once_and_readably(headings, shown):
    from kaodian.model import Source
    from kaodian.pipeline import extract_source

    bodies = ("我们要坚持党的全面领导，这是根本保证。我们要坚持以人民为中心的发展思想。",
              "我们要坚持全面深化改革，不断推进国家治理体系和治理能力现代化。")
    text = "# 学习报告\n\n" + "".join(f"## {h}\n\n{b}\n\n" for h, b in zip(headings, bodies))
    outline = render_extractions([extract_source(Source("x.md", text, "txt"))], "text")
    listed = outline.split("标题：\n", 1)[1].split("\n")
    assert "    " + shown in listed and not any(h + h in outline for h in headings), outline
