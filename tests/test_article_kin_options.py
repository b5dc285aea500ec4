"""Wrong options of a choice on a regulation article's list (第十二条　…有下列权利：) are whole items of a sibling
article's list of the same kind (rights, duties), never a clause cut from running text (issue 12, session 33's
grading: 被检举、控告人有错误 / …的重要渠道 beside a list of rights).  The regulation is invented."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions import generate

REGULATION = """某市志愿服务管理办法

第一章　总　则
第一条　志愿服务是动员群众参与社区治理、增进邻里互信的重要途径。
第二条　对志愿者在服务中违反本办法和其他有关规定的，由服务站批评教育。
第二章　志愿者的权利和义务
第十二条　志愿者在志愿服务活动中有下列权利：
（一）获得志愿服务活动的真实信息；
（二）获得从事志愿服务所需的培训；
（三）要求安排与其能力相适应的服务；
（四）对志愿服务组织的工作提出意见建议。
第十三条　志愿者在志愿服务活动中必须履行下列义务：
（一）遵守志愿服务组织的管理制度；
（二）保守服务对象的个人隐私；
（三）不得向服务对象收取报酬；
（四）按照约定完成志愿服务任务。
第十四条　服务对象在接受志愿服务过程中有下列权利：
（一）自主决定是否接受志愿服务；
（二）要求志愿者出示服务证件；
（三）对志愿者的不当行为进行投诉；
（四）拒绝志愿者提出的额外要求。
"""


def test_wrong_options_of_an_article_list_are_items_of_its_sibling_articles():
    ex = extract_text(REGULATION, "invented-volunteers.txt")
    items = {line.split("）", 1)[1].rstrip("；。") for line in REGULATION.splitlines() if line.startswith("（")}
    choices = [q for q in generate([ex]).questions if q.kind in ("single", "multiple") and "第十" in q.stem]
    assert choices  # (the sibling lists give enough wrong options: the lists are still asked)
    for q in choices:
        for o in q.options:
            assert o in items, (q.stem, o)  # (no clause of 第一条 or 第二条)
