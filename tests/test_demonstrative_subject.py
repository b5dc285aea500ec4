"""A thesis an essay states about what it has just named (这种态度，就是…的态度): the question names the
thing, so that every key statement the extractor finds is askable (issue 11 on unseen texts: such theses
were never asked).  The texts are invented, in the shape of a political essay."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text
from kaodian.questions import generate
from kaodian.questions.blank_choice import without_connective
from kaodian.questions.demonstrative import named_subject
from kaodian.questions.sentence import stand_alone

ESSAY = """论工作方法
　　关于怎样对待群众的意见，我想把两种不同的作风对照地讲一讲。
　　第一种：敷衍塞责的作风。
　　在这种作风下，就是对群众的意见听而不闻，遇到难题绕着走，对于基层的情况若明若暗。
　　第二种：调查研究的作风。
　　在这种作风下，就是深入基层，走进群众，把情况摸清楚，把问题找准确，然后拿出切实可行的办法来。这种作风，就是求真务实的作风。我们每个干部都要养成它。
　　总之，这种脱离群众的不负责任的官僚主义的作风，是干部队伍的大敌，是人民事业的大敌。我们必须坚决克服它。
"""


def _stems(text: str) -> list[str]:
    return [q.stem for q in generate([extract_text(text, "essay.txt")]).questions]


def test_a_thesis_about_a_bare_demonstrative_is_asked_with_the_thing_named():
    stems = _stems(ESSAY)
    named = [s for s in stems if s.startswith("调查研究的作风，就是")]
    assert named, stems
    assert not [s for s in stems if s.startswith("这种")]


def test_a_demonstrative_before_a_noun_phrase_that_names_itself_is_dropped():
    stems = _stems(ESSAY)
    assert [s for s in stems if s.startswith("脱离群众的不负责任的官僚主义的作风，是")], stems


@pytest.mark.parametrize(("stem", "expected"), [
    # the nearest clause that only names a thing of the noun (第二种：调查研究的作风。)
    ("这种作风，就是______的作风。", "调查研究的作风，就是______的作风。"),
    # a blank right after the subject's comma
    ("这种作风，______。", "调查研究的作风，______。"),
    # no copula: the clause is no thesis about the demonstrative's noun, left as it is
    ("这种作风传播出去，害了许多同志。", "这种作风传播出去，害了许多同志。"),
    # a noun no clause before names
    ("这种方法，就是______的方法。", "这种方法，就是______的方法。"),
    # a noun phrase with 的 but no comma may run on into its predicate (这种对待…的态度是有害的): as it is
    ("这种对待群众意见的作风是有害的。", "这种对待群众意见的作风是有害的。"),
])
def test_named_subject(stem, expected):
    at = ESSAY.index("这种作风，就是")
    assert named_subject(stem, ESSAY, at) == expected


def test_a_name_that_shows_the_answer_is_not_put_in_the_stem():
    at = ESSAY.index("这种作风，就是")
    assert named_subject("这种作风，就是______的作风。", ESSAY, at, ("调查研究",)) == "这种作风，就是______的作风。"


def test_the_clause_before_that_says_something_of_the_noun_names_nothing():
    # 这种作风，就是求真务实的作风。 says what the 作风 is: a later 这种作风 is still 调查研究的作风
    text = ESSAY + "　　这种作风，是共产党人应有的作风。\n"
    at = text.rindex("这种作风，是")
    assert named_subject("这种作风，是______应有的作风。", text, at).startswith("调查研究的作风，")


def test_stand_alone_keeps_a_demonstrative_subject_of_a_thesis():
    assert stand_alone("这种作风，就是求真务实的作风。我们每个干部都要养成它。").startswith("这种作风，")
    assert stand_alone("这还是初步的，我们要继续深入调查研究，拿出办法。") == "我们要继续深入调查研究，拿出办法。"


def test_a_blank_starts_after_the_copula_it_opens_with():
    text = "这种作风，就是求真务实的作风。"
    a = text.index("就是")
    b = text.index("的作风")
    assert text[slice(*without_connective(text, a, b))] == "求真务实"


@pytest.mark.parametrize(("sentence", "shown"), [
    # a connective with no comma before a noun subject: the clause after it is whole
    ("但是挫折常常是进步的阶梯。", "挫折常常是进步的阶梯。"),
    ("所以干部队伍的建设必须从严要求。", "干部队伍的建设必须从严要求。"),
    # before a pronoun or an adverb the connective stays (the stem is then not asked)
    ("但是我们还是有不足的，而且还有不小的不足。", "但是我们还是有不足的，而且还有不小的不足。"),
    ("而且还有很大的缺点，我们要改正它。", "而且还有很大的缺点，我们要改正它。"),
])
def test_a_connective_without_its_comma_is_left_out_before_a_whole_clause(sentence, shown):
    assert stand_alone(sentence) == shown


def test_a_conclusion_drawn_from_before_is_left_out_of_the_stem():
    """这样看来，… ties its sentence to the one before it; what follows the comma stands alone (这样看来，有两种
    片面的经验… is asked as 有两种片面的经验…), so the sentence is not refused as pointing outside."""
    assert stand_alone("这样看来，有两种片面的经验，一种是书本的经验，一种是局部的经验。") == \
        "有两种片面的经验，一种是书本的经验，一种是局部的经验。"
    assert stand_alone("由此看来，调查研究是一切工作的基础。") == "调查研究是一切工作的基础。"


THESES = """论调查研究
　　我们的许多同志还不懂得调查研究的重要，常常凭着一知半解去发号施令。但是群众路线是我们党的生命线和根本工作路线。
　　此外，党中央还要求各级领导干部深入基层，把调查研究作为谋事之基、成事之道。
"""


def test_a_thesis_after_a_connective_is_asked():
    stems = _stems(THESES)
    assert any(s.startswith("群众路线是") for s in stems), stems
    assert any(s.startswith("党中央还要求") for s in stems), stems


def test_lint_still_flags_a_blanked_demonstrative_opening():
    from dataclasses import replace

    from kaodian.model import Blank
    from kaodian.questions import lint_question

    text = "论工作\n　　这一重要论断，既是我们党的显著精神标识，又是向全党发出的政治动员令。\n"
    q = next(q for q in generate([extract_text(text + ESSAY, "t.txt")]).questions if q.kind == "cloze")
    s = "这一重要论断，既是我们党的显著精神标识，又是向全党发出的政治动员令。"
    bad = replace(q, stem="______，既是我们党的显著精神标识，又是向全党发出的政治动员令。", answer=("这一重要论断",),
                  blanks=(Blank("这一重要论断", 0, 6),), source=replace(q.source, sentence=s))
    assert any("出处句以“这”开头" in f for f in lint_question(bad))
