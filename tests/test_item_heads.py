"""Points a teacher lists that no cue word marks (issue 11, deliverable 1): short headline sentences
of one paragraph that open alike or are as long as each other (要以…讲政治。…。要以…提效能。…) are a
list."""

from __future__ import annotations

import pytest

from kaodian.pipeline import extract_text


def _points(text: str, kind: str):
    return [p for p in extract_text(text, "讲话.txt").points if p.kind == kind]


# invented: four headlines that open alike, each carried out by the sentences after it
OPEN_ALIKE = ("各级机关要狠抓自身建设，当好执行者。要以忠诚之心守规矩。严格执行各项制度，做到令行禁止。"
              "要以进取之心抓创新。鼓励基层大胆探索，及时总结推广经验。要以服务之心解民忧。"
              "坚持问需于民，把实事办到群众心坎上。要以廉洁之心树形象。持之以恒纠治“四风”，厉行勤俭节约。\n")
# invented: four headlines of one length that share no opening
SAME_LENGTH = ("面对新任务，我们要建设人民满意的机关。坚守理想信念。始终把对党忠诚放在首位，不断增强政治定力。"
               "牢记为民宗旨。坚持从群众中来、到群众中去，用心解决群众急难愁盼问题。"
               "恪守依法行政。严格规范公正文明执法，自觉接受各方面监督。"
               "保持清廉本色。严格落实廉洁自律各项规定，坚持过紧日子。\n")


@pytest.mark.parametrize("text, items", [
    (OPEN_ALIKE, ["要以忠诚之心守规矩", "要以进取之心抓创新", "要以服务之心解民忧", "要以廉洁之心树形象"]),
    (SAME_LENGTH, ["坚守理想信念", "牢记为民宗旨", "恪守依法行政", "保持清廉本色"]),
])
def test_parallel_headline_sentences_of_a_paragraph_are_a_list(text, items):
    (p,) = [p for p in _points(text, "list") if p.rule == "lists.sentences"]
    assert [i.text for i in p.items] == items
    assert p.sentence.end <= p.items[0].start  # its lead is the sentence before the first headline


def test_short_sentences_not_each_carried_out_by_another_are_no_list():
    # two headlines stand side by side: the short sentences are remarks, not parallel points
    text = ("会议气氛热烈。代表们踊跃发言。要以忠诚之心守规矩。要以进取之心抓创新。大家一致同意。"
            "要以服务之心解民忧。会议圆满结束。\n")
    assert not [p for p in _points(text, "list") if p.rule == "lists.sentences"]
