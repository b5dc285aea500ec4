"""A government document typeset for print and read from its PDF (session 17's held-out set): fonts that give
punctuation as GB2312 codes read as Unicode (Yi syllables: ꎬ for ，), « » for 《 》, justified lines
letter-spaced (加 大 创 业), half-width brackets with spaces (( 一)), a heading after a line that closes a
bracket, and a news agency's dateline alone above a released document's title.  Invented text."""

from __future__ import annotations

from kaodian.chars import close_letter_spacing, repair_line
from kaodian.model import Source
from kaodian.normalize import normalize


def test_gb2312_punctuation_guillemets_and_letter_spacing_are_repaired():
    assert repair_line("关于印发« 某某工作若干措施» 的通知") == "关于印发《某某工作若干措施》的通知"
    assert repair_line("( 一) 加大某某支持力度ꎮ对符合条件的ꎬ给予补贴ꎻ") == "（一）加大某某支持力度。对符合条件的，给予补贴；"
    assert repair_line("各市( 州) 、县( 市、区) 人民政府ꎬ") == "各市（州）、县（市、区）人民政府，"
    # a decimal point between digits stays
    assert repair_line("增长５．５％ꎮ") == "增长５．５％。"
    # a web page's arrows are no guillemets
    assert repair_line("首页 » 理论 » 学习") == "首页 » 理论 » 学习" and repair_line("« 上一篇：某某") == "« 上一篇：某某"
    # a text set letter-spaced has its runs closed up; two numbers keep their space
    spaced = ["加 大 某 某 支 持 力 度。", "由 ３０ 万元提高 至 ５０ 万 元", "对 符 合 条 件 的 项 目", "人 力 资 源 社 会 保 障 厅 12 5",
              "二 〇 二 四 年 十 月"]
    assert close_letter_spacing(spaced) == ["加大某某支持力度。", "由３０万元提高至５０万元", "对符合条件的项目", "人力资源社会保障厅12 5",
                                            "二〇二四年十月"]
    # ... but a byline of padded names, or two bodies side by side, in an ordinary text stay as they are
    plain = ["本报记者 张 伟 李 明 王 刚", "中共中央 国务院", "我们要坚持和发展某某理论。"]
    assert close_letter_spacing(plain) == plain


# A notice and its attached measures as a PDF's text layer gives them: wrapped every 30 characters (the
# letter-spaced first lines of justified paragraphs wider), the punctuation as GB2312 codes; each measure closes with its bracketed
# responsible bodies, and the next heading follows it.
def _wrapped(paragraph: str, width: int = 30) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


_MEASURES = [
    "对符合条件的某某项目给予补贴ꎬ按照国家有关规定执行ꎬ超过规定额度部分所需资金由地方财政分担ꎬ到期时继续符合条件的给予续贷支持ꎮ",
    "补贴对象扩大到离校两年内的某某人员、就业困难人员和返乡入乡人员ꎬ由各地根据规模和阶段等因素再给予补贴ꎮ",
    "对符合条件的人员ꎬ在三年内按每户每年限额依次扣减其当年实际应缴纳的各项税费ꎬ企业招用这些人员的同样享受ꎮ",
    "依托省级公共服务平台ꎬ定期举办资源对接活动ꎬ提供政策咨询、融资对接、市场推广等一站式服务ꎬ推动资源共享ꎮ",
]
NOTICE = "\n".join([
    "某某省人民政府办公厅", "关于印发«某某工作若干措施»的通知", "各市人民政府ꎬ省政府各部门：",
    *_wrapped("«某某工作若干措施»已经省政府同意ꎬ现印发给你们ꎬ请认真贯彻落实ꎮ"),
    "某某省人民政府办公厅", "２０２５年４月３０日", "某某工作若干措施",
    *_wrapped("为进一步做好某某工作ꎬ促进某某事业高质量发展ꎬ结合本省实际ꎬ制定以下措施ꎮ"),
    "一、强化财政支持",
    "( 一) 加 大 资 金 支 持 力 度ꎮ 对 符 合 条 件 的 某 某 项 目 给 予 补 贴ꎬ",
    *_wrapped(_MEASURES[0][16:] + "( 责任单位:财政厅ꎬ某某厅)"),
    "( 二) 优 化 补 贴 政 策ꎮ 补 贴 对 象 扩 大 到 离 校 两 年 内 的",
    *_wrapped(_MEASURES[1][13:] + "(责任单位:某某厅ꎬ财政厅、某某事务厅)"),
    "二、加强金融支持",
    "( 三) 落 实 税 收 优 惠 政 策ꎮ 对 符 合 条 件 的 人 员ꎬ在 三 年",
    *_wrapped(_MEASURES[2][13:] + "( 责任单位:税务局ꎬ财政厅)"),
    "三、优化服务保障",
    *_wrapped("( 四) 搭建资源对接平台ꎮ" + _MEASURES[3] + "(责任单位:某某厅ꎬ某某局)"),
])


def test_a_typeset_notice_keeps_its_headings_after_a_closing_bracket():
    doc = normalize(Source("n.pdf", NOTICE, "pdf"))
    measures = doc.articles[-1]
    assert measures.title == "某某工作若干措施"
    assert [h.text for h in measures.headings] == ["强化财政支持", "加强金融支持", "优化服务保障"]
    assert "加大资金支持力度。" in doc.text and "ꎬ" not in doc.text
    assert "责任" not in doc.text  # a measure's responsible bodies are no text to ask


def test_a_dateline_alone_above_a_released_documents_title_is_not_title():
    text = ("新华社北京2月4日电\n\n某某中央 某某院关于实施某某战略的意见\n\n（2018年1月2日）\n\n"
            "实施某某战略，是作出的重大决策部署，是新时代某某工作的总抓手。\n\n"
            "一、新时代实施某某战略的重大意义\n\n某某工作取得了历史性成就，为实施某某战略奠定了良好基础。\n")
    doc = normalize(Source("x.txt", text, "txt"))
    assert doc.articles[0].title.replace(" ", "") == "某某中央某某院关于实施某某战略的意见"


# Measures numbered straight through their headings ((三) alone under the second, up to (十一)), each
# closed by its bracketed bodies on a line that may run to the edge; a registration number above the
# masthead; the 版记's copy list wrapped over lines down to its 印发 line.
MEASURES = "\n".join([
    "ZJAC01-2025-0005",
    "某某市人民政府办公厅关于",
    "印发某某市加快推进某某事业发展若干措施的通知",
    "各区、县（市）人民政府，市政府各部门、各直属单位：",
    "《某某市加快推进某某事业发展若干措施》已经市政府同意，现",
    "印发给你们，请结合实际认真组织实施。",
    "某某市人民政府办公厅",
    "2025年4月30日",
    "某某市加快推进某某事业发展若干措施",
    "为深入贯彻落实关于某某事业发展的决策部署，结合我市实际，",
    "制定以下措施。",
    "一、完善某某管理体制机制",
    "（一）加强某某工作组织领导。",
    "发挥某某工作领导小组作用，构建党委领导、政府统筹、部门分工",
    "负责的工作机制，每年开展某某工作评估。[市某某局，各区政府]",
    "（二）做大做强某某协会。",
    "健全各级某某协会党组织，选优配强协会班子，规范协会内部管理",
    "，通过政府购买服务等形式支持协会发展。[市某某局、市民政局]",
    "二、加大某某经费保障力度",
    "（三）强化专项资金支持。",
    "市本级财政统筹安排专项经费每年不少于三千万元，重点用于某某",
    "青训、某某设施建设等工作任务。[市财政局、市某某局，各区政府]",
    *[line for k, name in enumerate(["四", "五", "六", "七", "八", "九", "十", "十一"], 4) for line in (
        *(["三、推进青少年某某高质量发展"] if k == 4 else []),
        f"（{name}）开展第{name}项某某活动。",
        "开展丰富多彩的某某活动，将某某作为体育活动的重要内容，营造良",
        "好的某某文化氛围，推动某某普及。[市教育局、市某某局，各区政府]",
    )],
    "本措施自2025年6月1日起施行。由市某某局负责牵头组织实施。",
    "抄送：市委各部门，市纪委，某某警备区，市各群众团体。",
    "市人大常委会办公厅，市政协办公厅，市法院，市检察院。",
    "市各民主党派。",
    "某某市人民政府办公厅 2025年5月6日印发",
])


def test_measures_numbered_through_their_headings_and_a_wrapped_copy_list():
    from kaodian.pipeline import extract_text

    ex = extract_text(MEASURES, "m.pdf")
    notice, measures = ex.document.articles
    assert notice.title == "某某市人民政府办公厅关于印发某某市加快推进某某事业发展若干措施的通知"
    assert [h.text for h in measures.headings] == ["完善某某管理体制机制", "加大某某经费保障力度", "推进青少年某某高质量发展"]
    assert "民主党派" not in ex.document.text and "警备区" not in ex.document.text
    assert "[" not in ex.document.text and "市民政局" not in ex.document.text  # the measures' responsible bodies
    lists = [[i.text for i in p.items] for p in ex.points if p.kind == "enumeration"]
    assert ["加强某某工作组织领导", "做大做强某某协会"] in lists
    assert ["开展第四项某某活动", "开展第五项某某活动", "开展第六项某某活动", "开展第七项某某活动", "开展第八项某某活动",
            "开展第九项某某活动", "开展第十项某某活动", "开展第十一项某某活动"] in lists


def _column(*paragraphs: str) -> list[str]:
    """Paragraphs set in a column of 30 characters, as a PDF's lines."""
    return [line for p in paragraphs for line in _wrapped(p)]


def test_a_closing_bracket_ends_a_measure_before_the_next_heading_or_item():
    from kaodian.normalize.lines import join_lines

    filler = "某某工作取得积极进展，各项任务扎实推进，群众满意度持续提升，"
    lines = [
        "一、完善某某体制机制",
        *_column("（一）加强组织领导。" + filler * 2 + "每年开展评估。[市某某局，各区政府]"),
        # a full line that ends with the bracket, then the next item numbered past ten
        *_column("（二十）夯实发展保障。" + filler + "按规定配足配强队伍力量。[市某某局、市某某局，各区政府]"),
        "（二十一）深化交流合作。",
        *_column(filler * 2 + "加强互学互鉴。（责任单位：市某某局）"),
        # a short last line that closes the bracket, then the next heading (二、 opens with a character and a mark)
        "二、加大经费保障力度",
        *_column("（二十二）强化资金支持。" + filler * 2),
        # a wrap that cuts a bracket's label at a full line's end is no label line
        "各区、县（市）每年投入专项资金予以保障，并逐年增加。（责任",
        "单位：市财政局，市某某局）",
    ]
    paras = join_lines(lines)
    assert "二、加大经费保障力度" in paras
    assert any(p.startswith("（二十一）") for p in paras) and any(p.startswith("（二十）") for p in paras)
    assert not any(p.startswith("单位：") for p in paras)


def test_a_name_with_one_dash_alone_on_a_line_is_not_a_registration_number():
    text = ("关于某某防控工作的通知\n\nCOVID-19\n\n"
            "各单位要坚持人民至上、生命至上，毫不放松抓好某某防控各项工作，切实保障人民群众生命安全和身体健康。\n")
    doc = normalize(Source("x.txt", text, "txt"))
    assert "COVID-19" in doc.text
