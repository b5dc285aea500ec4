"""A government document typeset for print and read from its PDF (session 17's held-out set): fonts that give
punctuation as GB2312 codes read as Unicode (Yi syllables: ꎬ for ，), « » for 《 》, justified lines
letter-spaced (加 大 创 业), half-width brackets with spaces (( 一)), a heading after a line that closes a
bracket, and a news agency's dateline alone above a released document's title.  Invented text."""

from __future__ import annotations

from kaodian.chars import repair_line
from kaodian.model import Source
from kaodian.normalize import normalize


def test_gb2312_punctuation_guillemets_and_letter_spacing_are_repaired():
    assert repair_line("关于印发« 某某工作若干措施» 的通知") == "关于印发《某某工作若干措施》的通知"
    assert repair_line("( 一) 加 大 某 某 支 持 力 度ꎮ 对 符 合 条 件 的ꎬ给予补贴ꎻ") == "（一）加大某某支持力度。对符合条件的，给予补贴；"
    assert repair_line("由 ３０ 万元提高 至 ５０ 万 元") == "由３０万元提高至５０万元"
    assert repair_line("各市( 州) 、县( 市、区) 人民政府ꎬ") == "各市（州）、县（市、区）人民政府，"
    # a decimal point between digits stays, and a padded name or two bodies side by side keep their space
    assert repair_line("增长５．５％ꎮ") == "增长５．５％。"
    assert repair_line("王明 李 强") == "王明 李 强"
    assert repair_line("中共中央 国务院") == "中共中央 国务院"


# A notice and its attached measures, wrapped at 30 characters as a PDF's text layer gives them; each
# measure closes with its bracketed responsible bodies, and the next heading follows that bracket.
NOTICE = """某某省人民政府办公厅
关于印发«某某工作若干措施»的通知
各市人民政府ꎬ省政府各部门：
«某某工作若干措施»已经省政府同意ꎬ现印发给你们ꎬ请认真贯彻落实ꎮ
某某省人民政府办公厅
２０２５年４月３０日
某某工作若干措施
为进一步做好某某工作ꎬ促进某某事业高质量发展ꎬ制定以下措施ꎮ
一、强化财政支持
( 一) 加 大 资 金 支 持 力 度ꎮ 对 符 合 条 件 的 某 某 项 目 给 予 补
贴ꎬ按照国家有关规定执行ꎬ超过规定额度部分所需资金由地方财政
分担ꎮ ( 责任单位:财政厅ꎬ某某厅)
( 二) 优化补贴政策ꎮ 补贴对象扩大到某某人员、某某人员、某某
人员ꎮ 实施分段补贴办法ꎬ正常运营六个月以上的给予补贴ꎮ ( 责任
单位:某某厅ꎬ财政厅、某某事务厅)
二、加强金融支持
( 三) 落实税收优惠政策ꎮ 对符合条件的人员ꎬ在三年内按每户每年
限额依次扣减其当年实际应缴纳的税费ꎮ ( 责任单位:税务局ꎬ财政厅)
三、优化服务保障
( 四) 搭建资源对接平台ꎮ 依托某某平台ꎬ定期举办对接活动ꎬ提供
政策咨询、融资对接等服务ꎮ ( 责任单位:某某厅ꎬ某某局)
"""


def test_a_typeset_notice_keeps_its_headings_after_a_closing_bracket():
    doc = normalize(Source("n.pdf", NOTICE, "pdf"))
    measures = doc.articles[-1]
    assert measures.title == "某某工作若干措施"
    assert [h.text for h in measures.headings] == ["强化财政支持", "加强金融支持", "优化服务保障"]
    assert "加大资金支持力度。" in doc.text and "ꎬ" not in doc.text


def test_a_dateline_alone_above_a_released_documents_title_is_not_title():
    text = ("新华社北京2月4日电\n\n某某中央 某某院关于实施某某战略的意见\n\n（2018年1月2日）\n\n"
            "实施某某战略，是作出的重大决策部署，是新时代某某工作的总抓手。\n\n"
            "一、新时代实施某某战略的重大意义\n\n某某工作取得了历史性成就，为实施某某战略奠定了良好基础。\n")
    doc = normalize(Source("x.txt", text, "txt"))
    assert doc.articles[0].title.replace(" ", "") == "某某中央某某院关于实施某某战略的意见"
