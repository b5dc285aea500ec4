"""A statement's key concept, the one its cloze blanks, is asked as a single choice too when the document
sets it beside terms of its class (issue 11/12: an essay's bank was all cloze): the wrong options are those
terms, none the text says in the same frame."""

from __future__ import annotations

from kaodian import pipeline

ESSAY = ("论认识的两个阶段\n\n"
         "马克思主义认为，认识从实践开始。\n"
         "社会的发展到了今天，改造世界的责任已经历史地落在无产阶级的肩上。\n"
         "工人阶级、农民阶级、资产阶级、地主阶级在革命中的地位各不相同，必须看到无产阶级是最先进的阶级。\n")


def _bank(tmp_path, text: str, kinds: str = "single"):
    src = tmp_path / "essay.txt"
    src.write_text(text, encoding="utf-8")
    return pipeline.make_bank([str(src)], pipeline.settings(kinds=kinds)).bank.questions


def _answer(q) -> str:
    return q.options["ABCD".index(q.answer[0])]


def test_a_key_concept_is_asked_among_the_documents_terms_of_its_class(tmp_path):
    singles = [q for q in _bank(tmp_path, ESSAY) if q.kind == "single" and "肩上" in q.stem]
    assert singles, "no single choice on the key concept"
    q = singles[0]
    assert _answer(q) == "无产阶级"
    assert all(o.endswith("阶级") for o in q.options), q.options


def test_a_term_said_in_the_same_frame_is_no_wrong_option(tmp_path):
    # 工人阶级 is said 落在…的肩上 too: it is as right as the key
    text = ESSAY + "领导的责任，也落在工人阶级的肩上。\n"
    for q in _bank(tmp_path, text):
        if q.kind == "single" and "无产阶级的肩上" in q.source.sentence:
            assert "工人阶级" not in q.options, q.options

# (a clause's subject, 社区工作要坚持…, is never asked among its class: test_single_shapes'
# test_a_numbered_formulation_is_asked_among_its_own_count_or_not_at_all holds that text)
