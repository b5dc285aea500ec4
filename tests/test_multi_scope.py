"""A list named in a multiple choice by the item of another list it stands under (questions/multi_scope.py,
session 11's blind review: 题干把“九个坚持”误归于“第六”条; 题干问“扩大开放要点”，答案实为“两头在外”的两方面).
Every sentence here is invented; the development zone's list gives the county economy's list wrong options of
its field (questions/field.py)."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate

NOTES = """基层治理学习笔记

一、基层治理的主要经验

第一，坚持党建引领基层治理，把党的领导贯穿基层治理全过程。

第二，坚持依靠群众办事，激发群众参与治理的积极性。

第三，坚持完善服务体系，为群众提供更加便捷的服务。

（一）坚持网格化管理。

（二）坚持数字化赋能。

（三）坚持精细化服务。

（四）坚持规范化运行。

二、乡村振兴的重点任务

乡村振兴要抓好以下几个方面。一要加快发展乡村特色产业。二要加强农村生态环境保护。三要推进乡风文明建设。四要健全乡村治理体系。

三、县域经济的发展路径

县域经济发展要把握好以下几点：

1. 坚持因地制宜发展主导产业。

2. 坚持城乡融合推动要素流动。

3. 坚持改革创新激发市场活力。

四、开放发展的主要做法

这些年来，开放发展主要有以下做法。一是扩大对外开放水平，主动融入区域合作。当时的发展格局叫作“内外联动”：一是引进来的资源要素不断增加，二是走出去的企业数量越来越多。二是深化区域协作，推动产业梯度转移。三是优化营商环境，激发各类主体活力。

五、开发园区的建设经验

开发园区建设主要有以下经验：一是坚持产业集聚错位发展，二是坚持市场主体平等竞争，三是坚持要素保障跟进到位。
"""


def _multiple_stems() -> list[str]:
    bank = generate([extract_text(NOTES, "笔记.txt")], seed=0)
    return [q.stem for q in bank.questions if q.kind == "multiple"]


def test_a_list_after_the_last_item_of_another_list_is_not_asked_as_that_items_list():
    # （一）…（四） follow 第三: nothing says whether they are 第三's or stand beside 第一…第三
    assert not any("坚持完善服务体系" in s for s in _multiple_stems())


def test_a_list_with_a_colon_lead_of_its_own_is_not_asked_by_the_item_above_it():
    # 一是…二是… under “内外联动”： are what that lead names, not points of 扩大对外开放水平
    assert not any("扩大对外开放水平" in s for s in _multiple_stems())


def test_a_list_announced_by_its_own_lead_is_still_asked():
    assert any("县域经济发展要把握好以下几点" in s for s in _multiple_stems())
