"""One reader of a study note's label line (labels.note_label), in the three shapes its readers ask for
(anchors.yaml label_line): what each shape reads as a label, and what it leaves."""

from __future__ import annotations

import pytest

from kaodian.questions.labels import LABEL_SHAPES, note_label

# (text, shape, the label read or None); invented notes
CASES = [
    ("本质：为人民谋幸福。", "said", "本质"),
    ("本质:为人民谋幸福。", "said", "本质"),  # either colon
    ("本质： 为人民谋幸福。", "said", None),  # a body must follow at once
    ("会议指出：要加强学习。", "said", None),  # a verb of saying introduces what follows
    ("主要任务是：发展生产力。", "said", None),  # so does a copula
    ("甲：乙。", "said", None),  # one character is no label here
    ("第一阶段的主要经验教训总结：x", "said", None),  # more than ten
    ("本质：为人民谋幸福。", "statement", "本质"),
    ("某某同志：“我们要团结。”", "statement", None),  # a speaker, not a label
    ("一二三四五六七八九十一二：x", "statement", "一二三四五六七八九十一二"),  # up to twelve
    ("本质：为人民谋幸福。", "lint", "本质"),
    ("本质:为人民谋幸福。", "lint", None),  # the full-width colon only
    ("某某思想的活的灵魂：x", "lint", None),  # more than eight: a label that names its subject
    ("《某某》：x", "lint", None),  # no title marks
    ("《某某》：x", "said", "《某某》"),
]


@pytest.mark.parametrize(("text", "shape", "label"), CASES)
def test_each_shape_reads_the_label_it_is_documented_to(text, shape, label):
    m = note_label(text, shape)
    assert (m.group("label") if m else None) == label
    if m:
        assert text[m.end() - 1] in "：:"  # the body begins right after the colon


def test_the_three_readers_read_labels_through_the_one_reader():
    """falsehood, note_shapes and labels keep no label pattern of their own."""
    import inspect
    import re

    from kaodian.questions import falsehood, labels, note_shapes

    assert set(LABEL_SHAPES) == {"said", "statement", "lint"}
    for module, shape in ((falsehood, "statement"), (note_shapes, "lint"), (labels, "said")):
        source = inspect.getsource(module)
        assert "note_label(" in source and f'"{shape}")' in source, module.__name__
        assert not re.search(r"^_(?:NOTE_)?LABEL = re\.compile", source, re.M), module.__name__
