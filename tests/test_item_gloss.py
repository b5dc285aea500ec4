"""A wrong option of a list's multiple choice never holds a term of the sentence that glosses an item of the
list (questions/item_gloss.py, issue 12: 坚持用唯物史观来认识历史 beside a list whose item 树立正确党史观 is
glossed 唯物史观是…的根本方法 — both raters: ambiguous).  The texts are invented."""

from __future__ import annotations

from kaodian.model import Span
from kaodian.questions.item_gloss import gloss, under_item

SPEECH = """在全市生态文明建设推进会上的讲话

同志们：

近年来，我们在生态保护方面提出了一些要求，归纳起来，主要有这么几条。一是要把生态保护放在更加突出的位置，守住发展和生态两条底线。二是要坚持用辩证唯物主义来推进治理，统筹山水林田湖草沙一体保护。三是要严格落实河长制湖长制，压实各级责任。四是要加大环境违法行为查处力度，形成有力震慑。

围绕做好今年的工作，我再强调几点。
一是要压实工作责任。各级党委政府要承担主体责任，主要负责同志要亲自抓、带头干。
二是要树立正确政绩观。辩证唯物主义是我们推进生态治理的根本方法。如果政绩观错了，就会竭泽而渔、寅吃卯粮。
三是要切实解决突出问题。要从群众反映最强烈的问题抓起，解决好身边的污染问题。
四是要注重宣传引导。要讲好生态保护故事，营造全社会共同参与的良好氛围。
"""
KEYS = ("压实工作责任", "树立正确政绩观", "切实解决突出问题", "注重宣传引导")


def _items(text: str) -> list[Span]:
    spans = []
    for k in KEYS:
        i = text.index("是要" + k) - 1
        spans.append(Span(text[i:i + len(k) + 3], i, i + len(k) + 3))
    return spans


def test_gloss_is_the_sentence_after_an_item_in_its_paragraph():
    items = _items(SPEECH)
    assert gloss(SPEECH, items[1]).startswith("辩证唯物主义是我们推进生态治理")
    assert gloss(SPEECH, items[3]).startswith("要讲好生态保护故事")


def test_a_wrong_option_holding_a_term_glossed_under_an_item_restates_it():
    items = _items(SPEECH)
    assert under_item(SPEECH, items, "坚持用辩证唯物主义来推进治理")
    # (a term said nowhere under the items, or a short common word, is no restatement)
    assert not under_item(SPEECH, items, "严格落实河长制湖长制")
    assert not under_item(SPEECH, items, "加大执法力度")



def test_an_option_stating_a_figure_is_wrong_by_its_figure():
    text = "主要预期目标是：国内生产总值增长5%左右。国内生产总值稳步增长是基础。城镇新增就业稳中有增。"
    i = text.index("国内生产总值增长5%")
    items = [Span("国内生产总值增长5%左右", i, i + 12)]
    assert under_item(text, items, "不断扩大国内生产总值规模")  # (the same term without a figure restates it)
    assert not under_item(text, items, "国内生产总值超过126万亿元")


def test_a_term_said_all_over_the_text_restates_no_item():
    items = _items(SPEECH)
    text = SPEECH + "辩证唯物主义要学。辩证唯物主义要用。辩证唯物主义要信。"
    assert not under_item(text, items, "坚持用辩证唯物主义来推进治理")
