"""How a list question states its list (questions/listannounce.py): the lead word for word with its count."""

from __future__ import annotations

import pytest

from kaodian import pipeline
from kaodian.numerals import numeral, value_of
from kaodian.questions.listnames import list_counts, stated_counts
from kaodian.questions.listannounce import announced, asked_lead


def test_value_of_reads_back_every_numeral():
    assert [value_of(numeral(n)) for n in range(1, 100)] == list(range(1, 100))
    assert value_of("两") == 2
    assert [value_of(w) for w in ("几", "百", "一二", "十十", "")] == [0, 0, 0, 0, 0]


@pytest.mark.parametrize("lead, n, expected", [
    ("做好今年教育工作，要把握好以下几点：", 5, ("做好今年教育工作，要把握好以下几点", "点")),
    ("着重抓好以下三个方面工作", 3, ("着重抓好以下三个方面工作", "个方面")),
    ("主要有以下突出成效", 6, ("主要有以下突出成效", "项")),
    ("信访工作应当遵循下列原则：", 5, ("信访工作应当遵循下列原则", "项")),
    ("第五条 信访工作应当遵循下列原则：", 5, ("信访工作应当遵循下列原则", "项")),  # the article's label goes
    ("从调研情况看，主要有以下突出成效", 6, ("主要有以下突出成效", "项")),  # so does a frame
    ("重点要破除四个方面问题", 4, ("重点要破除四个方面问题", "个方面")),
    ("主要做法如下", 6, ("主要做法如下", "点")),
    # a bare 个 counts the noun after it: 请排列这三个阶段, never 这三个
    ("某某同志指出，认识要经历三个阶段", 3, ("某某同志指出，认识要经历三个阶段", "个阶段")),
    # the country and the party are no pronoun (我们国家, 我国, 我党), and a frame (因此) goes; a bare 个's noun ends
    # before a 的 (三个层级的规划 -> 个层级)
    ("因此我们国家专门制定了三个层级的规划：", 3, ("我们国家专门制定了三个层级的规划", "个层级")),
    ("我国面临以下三种风险", 3, ("我国面临以下三种风险", "种")),
    # a count by 大 closing the lead announces as 三点 does (这三大工程分别是什么？)
    ("全县干部群众合力建成了远近闻名的三大工程。", 3, ("全县干部群众合力建成了远近闻名的三大工程", "大工程")),
])
def test_a_lead_that_announces_its_list_is_stated_with_its_measure_word(lead, n, expected):
    assert announced(lead, n) == expected


@pytest.mark.parametrize("lead, n", [
    ("重点要破除四个方面问题", 3),  # it says another count
    ("这里，我简单提三点要求", 3),  # 我 points outside the stem
    ("并且必须具备以下的基本条件", 6),  # so does a connective
    ("并有下列情形之一的", 4),  # and a connective that is one character (jieba: 并|有)
    ("又有以下三种情形", 3),
    ("对此，我们一定要给予充分理解", 3),  # no count word
    ("第五条 党员的纪律", 5),  # 第五条 is a label, not a count
    ("深入学习贯彻党的二十大精神", 20),  # a congress, not a count (二十大 is no 十大)
    ("重点实施三大工程", 2),  # another count
    ("某某同志说，她的看法有三个层次", 3),  # whose, and of what? (teacher review: 指代不明)
])
def test_a_lead_that_cannot_state_its_list_gives_nothing(lead, n):
    assert announced(lead, n) == ("", "")


def list_stems(tmp_path, text: str) -> dict[str, str]:
    """The stem of each kind of question on the enumeration of ``text``, generated from a file."""
    path = tmp_path / "lead.txt"
    path.write_text(text, encoding="utf-8")
    bank = pipeline.make_bank([str(path)]).bank
    return {q.kind: q.stem for q in bank.questions if q.point_kind == "enumeration"}


def test_a_list_question_states_the_lead_and_asks_for_the_count(tmp_path):
    text = ("做好基层党建工作，要把握好以下几点：一是坚持把政治建设摆在首位，二是持续加强组织体系建设，"
            "三是不断提升党员队伍素质。这些要求要落到实处。")
    # the lead as the text says it, then a question (teacher review, session 10: 请写出这三项 is no question); quoted,
    # so its 以下 is the text's, not the stem's (session 33's grading: 以下几点 points at a list the stem does not show)
    assert list_stems(tmp_path, text)["recall"] == "“做好基层党建工作，要把握好以下几点”。这三点分别是什么？"


def test_a_regulation_article_is_asked_by_the_clause_that_announces_its_list(tmp_path):
    """第十二条 X有下列情形之一的，由…责令改正；…；涉嫌犯罪的，移送有关机关依法处理：(一)…: the clause with 下列
    names the list, not the last clause, and the article label stays out."""
    text = ("第十二条 负责审核工作的部门、机构有下列情形之一的，由其主管部门、机构责令改正；"
            "情节较重的，对负有责任的人员依法给予处分；涉嫌犯罪的，移送有关机关依法处理：\n"
            "（一）对收到的材料不按照规定登记；\n（二）对属于本部门职责的事项不予办理；\n"
            "（三）未在规定期限内书面答复申请人。\n")
    # (session 32's blind teachers: 有下列情形之一。请写出这三项 points at a list the stem does not show: asked what the
    # items are instead — this assertion said the rejected shape before)
    assert list_stems(tmp_path, text)["recall"] == "负责审核工作的部门、机构的情形包括哪三种？"


@pytest.mark.parametrize(("text", "counts"), [
    ("今年要着力做好以下十一个方面工作", [(11, "个方面")]),
    ("围绕三大任务，提出5项举措", [(3, "大任务"), (5, "项")]),
    ("坚持两个维护，落实三点要求", [(2, "个"), (3, "点")]),
    ("第四条　党员享有下列权利", []),  # an ordinal counts nothing
    ("第十一项　居民享有下列权利", []),  # nor does its tail (一项)
])
def test_a_lead_is_counted_one_way_for_every_reader(text, counts):
    """listannounce, listscope and lint count a lead with listnames.stated_counts; a bare 个 counts a
    formulation (两个维护), so a list's count leaves it out."""
    assert [(c.value, c.unit) for c in stated_counts(text)] == counts
    assert [(c.value, c.unit) for c in list_counts(text)] == [c for c in counts if c[1] != "个"]


# Study notes name a list by a title line or a label line before it (session 9 review: 据…部分，某某的主要
# 内容（六个方面）。下列哪一项… and 四项基本要求。下列哪些… were sent back as fragments; 关于“重要性及必要性”…哪七点
# answered by the 必要性 and a heading naming another list than its items were rejected).  Invented notes.
NOTES = """某某理论复习要点
第一章 某某理论
（一）某某思想的主要内容（三个方面）
（1）甲方面的理论（2）乙方面的理论
（3）丙方面的理论
（二）某某社会的五类组织
（1）甲类的基层组织（2）乙类的行业组织（3）丙类的社区组织（4）丁类的志愿组织（5）戊类的联合组织
主要组织：（1）甲组织（2）乙组织（3）丙组织
（三）某项制度的重要性及必要性
重要性：（1）某项制度是凝聚各方的重要纽带。
（2）某项制度是推动工作的有效抓手。
必要性：（1）某项制度是应对新情况的现实需要
（2）某项制度是补齐短板的迫切要求
（3）某项制度是长远发展的坚实支撑
"""


def test_a_notes_list_is_asked_by_its_title_or_label_said_of_its_title(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    bank = pipeline.make_bank([str(path)], pipeline.settings(cache=False)).bank
    recalls = {q.stem for q in bank.questions if q.kind == "recall"}
    assert "某某思想的主要内容包括哪三个方面？" in recalls  # (teacher review: 主要有哪三项, not 请写出这三项)
    assert "某某社会的主要组织包括哪三项？" in recalls
    assert "某项制度的必要性包括哪三项？" in recalls
    stems = [q.stem for q in bank.questions]
    assert not any("（三个方面）。" in s or "重要性及必要性”" in s for s in stems), stems


VIEWS = """某某问题的特征与对策
一、准确认识某类问题的特点和表现
（一）从方式上看：具有多样性、隐蔽性。与传统类型不同，某类问题一般采取迂回策略，特征非常明显。
1. 以合法形式掩盖非法目的。一些人精心设计交易过程，为违规行为披上合法的外衣。
2. 以期权形式延迟兑现利益。一些人任职期间不急于兑现，离开岗位后才兑现利益。
3. 以雅好形式包装利益输送。一些人借收藏之名收受财物，识别难度更高。
（二）从主体上看：多元化与特定化并存。涉及的主体从身边人扩展到远亲、同学、朋友。
1. 扶植代理人掩盖交易。一些人不愿亲自出面，而是通过代理人间接获取利益。
2. 精心挑选交易对象。一些人只与少数固定的圈内人来往，营造清廉假象。
二、深刻剖析某类问题滋生的原因
（一）规避查处的动机更强。在高压态势下，一些人转而寻求更隐蔽的手段。
（二）新兴行业快速发展。技术手段演化升级，提供了更多可乘之机。
（三）监管措施不到位。制度供给滞后，让别有用心之人钻了空子。
"""


def test_a_list_under_a_view_is_named_with_its_heading(tmp_path):
    """关于“从主体上看”… says not of what (teacher review: 缺“…的特征”语境): the heading names it."""
    path = tmp_path / "views.txt"
    path.write_text(VIEWS, encoding="utf-8")
    bank = pipeline.make_bank([str(path)], pipeline.settings(cache=False)).bank
    stems = [q.stem for q in bank.questions if q.kind in ("recall", "multiple", "single", "ordering")]
    assert not any("关于“从" in s for s in stems), stems
    assert any("准确认识某类问题的特点和表现：从方式上看" in s for s in stems), stems


def test_a_list_under_an_aspect_label_of_a_numbered_point_is_asked_as_that_aspect_of_it():
    # a study outline: ### 2. 某某思想 / #### 主要内容 / 1. … — the list is the point's 主要内容, not the
    # point itself (teacher review: 题干未点明“主要内容”，只能靠“六点”去猜)
    from kaodian.questions import generate

    text = ("## 范围\n\n本讲有两个题目，请结合教材复习。\n\n## 题目\n\n### 1. 协会章程的地位\n\n"
            "协会章程是协会的根本大法，是全体会员必须遵守的基本准则。\n\n### 2. 协会服务理念\n\n#### 核心观点\n\n"
            "1. 始终代表会员的根本利益。\n2. 始终代表行业的发展方向。\n3. 始终代表社会的共同期待。\n\n#### 主要内容\n\n"
            "1. 服务会员是协会的第一要务。\n2. 规范管理是协会的立身之本。\n3. 开拓创新是协会的动力源泉。\n")
    stems = [q.stem for q in generate([pipeline.extract_text(text, "notes.md")]).questions if q.kind == "recall"]
    assert any("协会服务理念的核心观点" in s for s in stems), stems
    assert any("协会服务理念的主要内容" in s for s in stems), stems


SIBLINGS = """某某管理学复习提要
第二章 某类市场的运行机制
\t某类市场机制的积极作用：
1.\t引导资源流向效率更高的部门，推动了生产技术的改进。
2.\t使经营者摆脱了行政指令的约束，拥有了更大的经营自主权
3.\t积累了比较丰富的市场监管经验
自发和滞后的消极作用；
1.\t某类市场的调节是事后的调节，是价格信号引导下的调节。
2.\t以交换上的自愿掩盖了实力上的悬殊
3.\t其竞争机制是一种容易走向垄断的经济机制。

第三章 某类经济的发展阶段
\t某类经济发展的基本趋势：由分工深化推动，逐步走向更高水平。
"""


def test_an_aspect_label_after_a_sibling_aspect_list_is_said_of_that_list_s_owner(tmp_path):
    """关于“自发和滞后的消极作用” — of what? (session 23's blind teachers: a stem quoting such a label alone lacks its
    subject): the label line of the list before it, 某类市场机制的积极作用, names the owner its next aspect is said of."""
    path = tmp_path / "siblings.txt"
    path.write_text(SIBLINGS, encoding="utf-8")
    bank = pipeline.make_bank([str(path)], pipeline.settings(cache=False)).bank
    stems = [q.stem for q in bank.questions if q.kind in ("recall", "multiple", "single") and "消极作用" in q.stem]
    assert stems
    assert all("某类市场机制：自发和滞后的消极作用" in s for s in stems), stems


def test_an_aspect_label_holding_its_owner_or_after_no_aspect_stays_as_it_is():
    from kaodian.questions.labels import of_sibling

    assert of_sibling("历史局限性", "某类政治制度的进步性：") == "某类政治制度：历史局限性"
    assert of_sibling("某类政治制度的局限性", "某类政治制度的进步性：") == "某类政治制度的局限性"
    assert of_sibling("历史局限性", "某类政治制度的组成：") == "历史局限性"  # (组成 is no aspect)
    assert of_sibling("三大法宝", "某类政治制度的进步性") == "三大法宝"  # (a named thing, no aspect)
    # (an aspect of no opposite pair may name a thing of its own: 新时代的内涵和意义 after 矛盾转化的主要依据)
    assert of_sibling("某时期的内涵和意义", "某矛盾转化的主要依据：") == "某时期的内涵和意义"


_REGULATION = """社区志愿服务工作条例

第一章　总则

第一条　为了规范社区志愿服务工作，制定本条例。

第二条　社区志愿服务工作应当遵循下列原则：
（一）坚持自愿参与，尊重志愿者的意愿；
（二）坚持就近就便，服务身边的居民；
（三）坚持公益属性，不以营利为目的。

第三条　社区居民委员会负责本社区志愿服务的组织协调，在街道办事处指导下开展工作，并且应当做好以下的工作：
（一）登记志愿者的基本信息；
（二）发布志愿服务的需求；
（三）记录志愿服务的时长；
（四）表彰表现突出的志愿者。

第四条　志愿者参加志愿服务，应当遵守法律法规，不得有下列行为：
（一）向服务对象收取费用；
（二）泄露服务对象的个人隐私；
（三）以志愿服务名义从事营利活动。
"""


def test_a_list_of_a_regulation_article_is_asked_with_the_article_number(tmp_path):
    # a teacher cites a regulation's list by its article (据《某条例》第二条，…), not by the chapter it stands in
    path = tmp_path / "reg.txt"
    path.write_text(_REGULATION, encoding="utf-8")
    recall = [q.stem for q in pipeline.make_bank([str(path)]).bank.questions if q.kind == "recall"]
    assert any(s.startswith("据《社区志愿服务工作条例》第二条，“社区志愿服务工作应当遵循下列原则”。") for s in recall)
    assert any(s.startswith("据《社区志愿服务工作条例》第四条，") for s in recall)
    assert not any("“总则”部分" in s for s in recall)
    # a lead cut to a clause that opens with 并且 dangles: never a stem
    assert not any("，并且" in s or "，并有" in s for s in recall)


def test_the_article_number_is_read_only_where_it_labels_the_lead():
    from kaodian.model import Article, Document, Point, Span
    from kaodian.questions.listsource import article_number

    text = "第三条所规定的义务包括下列各项：\n（一）甲；\n（二）乙。"
    doc = Document("t", text, (Article("a1", None, None, None, 0, len(text)),))
    p = Point("enumeration", "a1", 0, None, "", 0, len(text), Span(text[:16], 0, 16),
              (Span("甲", text.index("甲"), text.index("甲") + 1), Span("乙", text.index("乙"), text.index("乙") + 1)))
    assert article_number(_FakeCtx(doc, p)) == ""  # a reference to another article (第三条所规定的) labels nothing
    labelled = "第三条　" + text[len("第三条所规定的"):]
    doc2 = Document("t", labelled, (Article("a1", None, None, None, 0, len(labelled)),))
    first = labelled.index("甲")
    p2 = Point("enumeration", "a1", 0, None, "", 0, len(labelled), Span(labelled[:12], 0, 12),
               (Span("甲", first, first + 1), Span("乙", labelled.index("乙"), labelled.index("乙") + 1)))
    assert article_number(_FakeCtx(doc2, p2)) == "第三条"


class _FakeCtx:
    """The two fields article_number reads."""

    def __init__(self, doc, point):
        self.doc, self.point = doc, point


def test_a_national_we_lead_is_asked_in_no_speaker_voice():
    # (a question is not asked in the speaker's voice: 我们国家 -> 国家; the party stays 我们党)
    assert asked_lead("我们国家专门制定了三个层级的规划", 3, "个层级") == "国家专门制定了三个层级的规划。这三个层级分别是什么？"


def test_the_noun_a_lead_counts_by_leaves_out_a_verb_after_it():
    # (分别按照下列方式处置: the items are 方式, never 这三项方式处置)
    assert asked_lead("应当在30日内分别按照下列方式处置", 3, "项") == "“应当在30日内分别按照下列方式处置”。这些方式包括哪三项？"
    assert asked_lead("党员必须履行下列义务", 8, "项") == "“党员必须履行下列义务”。这些义务包括哪八项？"
    # (the source said before the lead stays outside its quotes; a quote inside it becomes ‘ ’)
    assert asked_lead("据《某某条例》第五条，某某工作遵循以下原则", 4, "项") == "据《某某条例》第五条，“某某工作遵循以下原则”。这些原则包括哪四项？"
    assert asked_lead("做好“三农”工作要把握以下几点", 3, "点") == "“做好‘三农’工作要把握以下几点”。这三点分别是什么？"
    # (a verb after an adverb is the counted name itself: 这三个必须坚持, never 这三个必须)
    assert asked_lead("党员要做到三个必须坚持", 3, "个") == "党员要做到三个必须坚持。这三个必须坚持分别是什么？"


def test_a_lead_clause_that_points_back_is_left_out_and_a_quoted_count_names_its_items():
    """实现上述目标，在工作推进中做到“五个更加注重”: 上述 points at a sentence the stem does not show, so the clause goes;
    the quoted counted name is the items' noun whole (这五个更加注重, never 这五个更加)."""
    stated, unit = announced("实现上述目标，在工作推进中做到“五个更加注重”", 5)
    assert stated == "在工作推进中做到“五个更加注重”"
    assert asked_lead(stated, 5, unit).endswith("这五个更加注重分别是什么？")
    assert announced("按照上述要求做好以下几点", 3) == ("", "")  # no clause to drop: it is not stated


def test_a_lead_that_never_counts_its_items_is_asked_how_many_and_a_verb_after_a_count_is_no_noun():
    """Session 31's blind teachers: 一年来，主要做了以下工作。这六项工作分别是什么 names six never said before;
    重点从八个方面实现突破。这八个方面实现突破分别是什么 is clumsy.  The lead stays word for word."""
    assert asked_lead("一年来，主要做了以下工作", 6, "项") == "“一年来，主要做了以下工作”。这些工作包括哪六项？"
    assert asked_lead("重点从八个方面实现突破", 8, "个方面") == "重点从八个方面实现突破。这八个方面分别是什么？"
    # (a noun after the count stays: 这四件事; a count said in the lead is said again: 以下六项基本要求)
    assert asked_lead("重点要抓好四件事", 4, "件") == "重点要抓好四件事。这四件事分别是什么？"


def test_a_noun_closing_a_counted_lead_is_kept_whole():
    """以下六项基本要求 counts 基本要求: 要求 is the noun's head though jieba tags it a verb (policy asked_noun_verbs)."""
    assert asked_lead("党的建设必须坚决实现以下六项基本要求", 6, "项").endswith("这六项基本要求分别是什么？")
    assert asked_lead("按照下列方式处理", 3, "项").endswith("这些方式包括哪三项？")


def test_a_list_under_an_item_of_a_refrain_list_is_named_by_the_items_own_words(tmp_path):
    """第一，某某某某，必须…; 第二，某某某某，必须…: the clause every item opens with is the speech's theme and names
    none of them; a list under the third item is asked by what the third item says after it."""
    refrain = "守正创新、担当作为"
    text = ("某某同志在某某会议上的讲话\n这里，我强调几点。\n"
            f"第一，{refrain}，必须坚持用党的创新理论武装头脑。学习要深入。\n"
            f"第二，{refrain}，必须坚持以人民为中心的发展思想。服务要到位。\n"
            f"第三，{refrain}，必须健全完善基层治理制度，形成长效机制。既坚持问题导向又坚持目标导向，切中要害；"
            "既坚持统筹兼顾又坚持重点突破，务求实效；既坚持继承发展又坚持改革创新，融会贯通。\n")
    path = tmp_path / "refrain.txt"
    path.write_text(text, encoding="utf-8")
    stems = [q.stem for q in pipeline.make_bank([str(path)]).bank.questions if q.kind in ("recall", "ordering")]
    assert stems and not [s for s in stems if f"关于“{refrain}”" in s]


def test_an_undashed_date_and_meeting_line_under_a_title_is_no_part_of_it():
    ex = pipeline.extract_text("2030年某省政府工作报告\n2030年1月14日在某省第十五届人民代表大会第四次会议上\n"
                               "各位代表：\n现在，我代表省人民政府向大会作政府工作报告。今年要抓好以下三项工作：一是稳增长，二是促改革，三是惠民生。\n",
                               "r.txt")
    assert [a.title for a in ex.document.articles] == ["2030年某省政府工作报告"]
