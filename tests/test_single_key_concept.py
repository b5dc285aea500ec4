"""A definition's term that is no lexicon term with three siblings is asked as a single choice too when the
document sets it beside terms of its class (issue 11/12: speeches and essays had no single choice): the wrong
options are those terms; a thesis that defines nothing keeps its cloze (a teacher's blank, and what it says of its
concept it may say of a sibling too)."""

from __future__ import annotations

from kaodian import pipeline

SPEECH = ("在职业学院开学典礼上的讲话\n\n"
          "学院要统筹推进课程建设、师资建设、实训基地、校企合作，不断提高办学水平。\n"
          "职业院校的核心工作是课程建设。\n"
          "同学们要把个人理想融入国家发展，在实践中增长才干。\n")

ESSAY = ("论革命的领导阶级\n\n"
         "工人阶级、农民阶级、资产阶级、地主阶级在革命中的地位各不相同。\n"
         "领导中国革命的阶级是无产阶级。\n"
         "新时代的接力棒，已经交到了无产阶级的肩上。\n")


def _bank(tmp_path, text: str, kinds: str = "single"):
    src = tmp_path / "text.txt"
    src.write_text(text, encoding="utf-8")
    return pipeline.make_bank([str(src)], pipeline.settings(kinds=kinds)).bank.questions


def _answer(q) -> str:
    return q.options["ABCD".index(q.answer[0])]


def test_a_defined_term_is_asked_among_the_terms_the_document_sets_beside_it(tmp_path):
    singles = [q for q in _bank(tmp_path, SPEECH) if q.kind == "single" and "核心工作" in q.stem]
    assert singles, "no single choice on the definition"
    assert _answer(singles[0]) == "课程建设"
    assert set(singles[0].options) == {"课程建设", "师资建设", "实训基地", "校企合作"}


def test_a_defined_term_is_asked_among_the_documents_terms_of_its_class(tmp_path):
    bank = _bank(tmp_path, ESSAY, "single,cloze")
    singles = [q for q in bank if q.kind == "single" and "领导中国革命的阶级是" in q.stem]
    assert singles, [(q.kind, q.stem) for q in bank]
    assert _answer(singles[0]) == "无产阶级"
    assert all(o.endswith("阶级") for o in singles[0].options)
    assert "工人阶级" not in singles[0].options  # (a synonym of the key: vocab.yaml synonyms)
    # a thesis that defines nothing keeps its cloze
    assert not [q for q in bank if q.kind == "single" and "肩上" in q.stem]
