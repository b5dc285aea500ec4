"""normalize on layouts of the genre: speaker tags, bylines and issuing bodies on their own line,
several speeches in one text, captions and app furniture, applause, wrapped headings,
and the layout policy file that decides them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaodian.errors import RuleErrors
from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.normalize.layout import layout_path, load_layout
from wrapping import wrap

# a body paragraph long enough to read as one (short lines in a row look like a hard-wrapped column)
P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会，并且在实际工作中加以贯彻落实。"


def articles(text: str):
    doc = normalize(Source("x.txt", text))
    return doc, [(a.title, a.author, a.affiliation) for a in doc.articles]


def body(doc, k: int = 0) -> str:
    a = doc.articles[k]
    return doc.text[a.start : a.end]


@pytest.mark.parametrize("tag, opening", [("【王五】", "各位代表："), ("[王五]", "各位代表："), ("【王五】\n", "各位代表："),
                                          ("王五：", "各位代表，"), ("孙立平：", "这一年")])
def test_a_speaker_tag_opening_the_body_is_the_author_and_leaves_the_body(tag, opening):
    doc, meta = articles(f"关于某某工作的报告\n{tag}{opening}{P}\n{P}\n一、过去一年\n{P}\n")
    assert meta == [("关于某某工作的报告", tag.strip("【】[]：\n"), None)]
    assert body(doc).startswith(opening)
    assert [h.text for h in doc.articles[0].headings] == ["过去一年"]


@pytest.mark.parametrize(
    "opening", ["同志们：", "各位代表：", "编者按：", "有人说：", "首先：", "方法：", "高度：", "基本原则：", "采访对象：", "【编者按】", "【导读】"]
)
def test_a_salutation_label_or_opener_with_a_colon_is_no_speaker(opening):
    doc, meta = articles(f"关于某某工作的报告\n{opening}{P}\n{P}\n")
    assert meta == [("关于某某工作的报告", None, None)]
    assert body(doc).startswith(opening)


def test_an_issuing_body_on_the_line_after_the_title_is_the_author_not_part_of_the_title():
    doc, meta = articles(f"总结推广某地经验\n中央某某工作领导小组\n{P}\n{P}\n")
    assert meta == [("总结推广某地经验", "中央某某工作领导小组", None)]


def test_a_body_s_name_that_the_title_goes_on_after_is_the_title_s_first_line():
    doc, meta = articles(f"中国共产党某某市第五届委员会\n第三次全体会议公报\n（2023年5月1日中国共产党某某市第五届委员会第三次全体会议通过）\n{P}\n{P}\n")
    assert meta == [("中国共产党某某市第五届委员会第三次全体会议公报", None, None)]


@pytest.mark.parametrize("note", ["某某协会第五次会员代表大会修改，2023年5月1日通过", "（2023年5月1日某某协会第五次会员代表大会通过）"])
def test_a_note_of_adoption_under_a_title_is_not_part_of_it(note):
    doc, meta = articles(f"某某协会章程\n{note}\n{P}\n{P}\n")
    assert meta == [("某某协会章程", None, None)]


def test_a_byline_and_date_after_the_body_sign_it():
    doc, meta = articles(f"总结推广某地经验\n{P}\n一、基本情况\n{P}\n某某省委理论学习中心组\n2023年5月1日\n")
    assert meta == [("总结推广某地经验", "某某省委理论学习中心组", None)]
    assert body(doc).endswith("贯彻落实。")


@pytest.mark.parametrize("byline, author", [("作者：某某省社会科学院理论研究中心", "某某省社会科学院理论研究中心"),
                                            ("作者：李明", "李明")])
def test_a_prefixed_byline_of_a_person_or_a_body_under_a_source_line_signs_the_article(byline, author):
    doc, meta = articles(f"某某思想在某地的探索与实践\n来源：某某日报\n{byline}\n{P}\n{P}\n")
    assert meta == [("某某思想在某地的探索与实践", author, None)]


def test_speech_subtitles_split_a_text_of_several_speeches():
    text = (
        f"全省工作会议讲话汇编\n李明同志的讲话\n（2023年5月1日）\n同志们：\n{P}\n一、基本情况\n{P}\n二、主要做法\n{P}\n"
        f"在全省工作会议上的总结讲话\n王强\n同志们：\n{P}\n一、会议成果\n{P}\n"
    )
    doc, meta = articles(text)
    assert meta == [("李明同志的讲话", "李明", None), ("在全省工作会议上的总结讲话", "王强", None)]
    assert [[h.text for h in a.headings] for a in doc.articles] == [["基本情况", "主要做法"], ["会议成果"]]
    assert all(body(doc, k).startswith("同志们：") for k in range(2))


@pytest.mark.parametrize("front", ["编者按：现将李明同志、王强同志的讲话印发，请结合实际认真学习。\n",
                                   "按：这是两位同志在会上的讲话，供学习参考。\n",
                                   f"会议由某某同志主持。{P}\n{P}\n", ""])
@pytest.mark.parametrize("first, second", [("李明同志的讲话摘要", "王强同志的总结讲话摘要"),
                                           ("李明同志在全省某某工作会议上的讲话", "王强同志的总结讲话（节选）")])
def test_what_stands_before_the_first_of_several_speeches_is_the_document_s(front, first, second):
    # a cover note, an editor's note or a host's words under the headline is no speech, and a
    # subtitle may end in 摘要 without brackets
    text = (f"全省某某工作会议讲话汇编\n{front}{first}\n（2023年5月1日）\n同志们：\n{P}\n一、基本情况\n{P}\n"
            f"{second}\n同志们：\n{P}\n")
    doc, meta = articles(text)
    assert meta == [(first, "李明", None), (second, "王强", None)]
    assert body(doc, 0).startswith("同志们：") and body(doc, 1) == f"同志们：\n{P}"
    assert "编者按" not in "".join(body(doc, k) for k in range(2)) and "主持" not in body(doc, 0)


@pytest.mark.parametrize("opening, author", [(f"关于某某工作的报告\n李华\n{P}\n", "李华"),  # signed
                                             (f"关于某某工作的报告\n" + "".join(f"第{n}部分，{P}\n" for n in "一二三四"), None)])  # long
def test_a_signed_or_long_text_before_the_first_of_several_speeches_stays_an_article(opening, author):
    # what the front-matter rule drops is an unsigned note of a few paragraphs, never a text
    text = f"{opening}李明同志的讲话\n同志们：\n{P}\n王强同志的总结讲话\n同志们：\n{P}\n"
    doc, meta = articles(text)
    assert meta == [("关于某某工作的报告", author, None), ("李明同志的讲话", "李明", None), ("王强同志的总结讲话", "王强", None)]


def test_a_cover_notice_signed_below_its_body_stays_an_article_and_the_editor_s_note_after_it_goes():
    # a school's notice wraps a bulletin that prints two speeches: the notice signs under its body,
    # the bulletin's 按： note introduces the speeches and belongs to none
    text = (f"关于学习某某会议讲话的通知\n全体教师：请认真学习两位同志的讲话，{P}\n某某办公室\n2023年6月10日\n"
            f"按：现将李明同志和王强同志的讲话摘要予以印发。\n李明同志的讲话摘要\n{P}\n{P}\n王强同志的讲话摘要\n{P}\n")
    doc, meta = articles(text)
    assert meta == [("关于学习某某会议讲话的通知", "某某办公室", None), ("李明同志的讲话摘要", "李明", None),
                    ("王强同志的讲话摘要", "王强", None)]
    assert body(doc, 0).startswith("全体教师：") and not any("按：" in body(doc, k) for k in range(3))


def test_excerpts_of_several_speeches_each_with_a_title_line_and_a_speaker_line():
    # a 发言摘登: one headline, then per speech its own title (two halves parted by a space),
    # the speaker's post (two posts joined by 、) and name, the speech; a photo caption after a speaker line
    text = (
        f"某某会议暨某某单位成立50周年座谈会发言摘登\n来源：某某新闻中心\n发布时间：2020-01-02 08:30:00\n"
        f"牢记嘱托 砥砺前行\n某某市中级人民法院原民事审判庭庭长 \u00a0张明\n{P}\n{P}\n"
        f"为事业发展作出更大贡献\n某某省某某厅党组副书记、副厅长 \u00a0王强\n5月2日，代表们在会场交流经验。新华社记者 赵六 摄\n{P}\n"
        f"奋力开创工作新局面\n某某县人民检察院检察长  李华\n{P}\n责任编辑：赵一\n"
    )
    doc, meta = articles(text)
    assert meta == [
        ("牢记嘱托 砥砺前行", "张明", None),
        ("为事业发展作出更大贡献", "王强", None),
        ("奋力开创工作新局面", "李华", None),
    ]
    assert [body(doc, k) for k in range(3)] == [f"{P}\n{P}", P, P]  # no headline, stamp or editor line


@pytest.mark.parametrize("headline", [["某某会议暨某某单位成立50周年座谈会发言摘登"],
                                      ["某某会议暨某某单位成立50周年座", "谈会发言摘登"],
                                      ["某某会议暨某某单位成立50周年座谈会发", "言摘登"]])
def test_a_wrapped_headline_of_excerpts_and_a_wrapped_speaker_line_leave_the_title(headline):
    # as a PDF cuts a title block: the headline over lines, the speaker's office above the name
    lines = headline + ["牢记嘱托 砥砺前行", "某某市中级人民法院原民事审判庭庭长", "张明"]
    doc, meta = articles("\n".join(lines) + f"\n{P}\n{P}\n为事业发展作出更大贡献\n某某县人民检察院检察长 李华\n{P}\n")
    assert meta == [("牢记嘱托 砥砺前行", "张明", None),
                    ("为事业发展作出更大贡献", "李华", None)]


@pytest.mark.parametrize("line", ["珍惜机遇 开拓进取", "坚定信心 再创辉煌"])
def test_a_title_of_two_halves_parted_by_a_space_is_no_office_and_name(line):
    _, meta = articles(f"{line}\n某某\n{P}\n{P}\n")
    assert meta[0][0] == line


def test_a_subtitle_opening_with_a_dash_stays_in_the_title():
    doc, meta = articles(f"坚定信心开拓进取\n——在全省工作会议上的讲话\n李明\n同志们：\n{P}\n")
    assert meta == [("坚定信心开拓进取——在全省工作会议上的讲话", "李明", None)]


@pytest.mark.parametrize(
    "noise",
    [
        "5月2日，某某在某地考察调研。新华社记者 张三 摄",
        "（记者 李四 摄）",
        "在某地某小学，学生在大课间跳绳（2024年6月26日摄）。",
        "图为某地乡村新貌。",
        "责任编辑：王五",
        "来源：人民网",
        "阅读 10万+ 在看 88",
        "3456人阅读",
        "分享到：",
        "长按识别二维码关注我们",
        "12",
        "- 12 -",
        "·12·",
        "某某日报 2023年5月1日 星期一",
        "第9版：理论",
        "《某某日报》（2023年05月01日 09 版）",
        "本版责编：王五",
        "第3页/共10页",
        "原创 王五 某某学习 2023年5月1日 08:30 浙江",
        "某某学习 2023-05-01 08:30 发表于浙江",
        "某某日报 2023-05-01 08:30 · 某某日报官方账号",
        "分享 收藏 赞 56 在看 12",
        "赞 8",
        "分享 收藏",
        "关注该公众号",
        "#某某专栏 42个",
        "上一篇：某某工作会议召开",
    ],
)
def test_captions_credits_editor_lines_and_app_furniture_leave_the_body(noise):
    clean = f"某地考察纪实\n{P}\n{P}\n一、基本情况\n{P}\n"
    dirty = f"某地考察纪实\n{noise}\n{P}\n{noise}\n{P}\n一、基本情况\n{P}\n{noise}\n"
    assert normalize(Source("x.txt", dirty)) == normalize(Source("x.txt", clean))


@pytest.mark.parametrize("mark", ["（掌声）", "(掌声)", "（掌声，持久掌声）", "（热烈掌声）", "（笑声）"])
def test_applause_markers_leave_the_text(mark):
    doc, _ = articles(f"在某某会议上的讲话\n李明\n{P}{mark}\n{P}{mark}\n")
    assert mark not in doc.text and "掌声" not in doc.text
    assert body(doc).endswith("贯彻落实。")


def test_note_calls_of_a_collected_works_text_leave_the_text():
    """A note call after a word or a closing quote (观点⑵。, 统一。”⑶, 〔3〕) is the editors' pointer to a note at the
    end: it leaves the text; an inline list's ⑴ after a colon keeps its place."""
    text = ("论某某问题\n某某\n我们的第一个观点⑵，是实事求是。他说：“理论必须联系实际。”⑶这是根本的方法〔3〕。"
            "工作有三条：⑴调查研究；⑵群众路线；⑶独立自主。\n")
    doc, _ = articles(text)
    assert "观点，" in doc.text and "。”这是" in doc.text and "方法。" in doc.text
    assert "：⑴调查研究；⑵群众路线；⑶独立自主" in doc.text


def test_a_wrapped_heading_is_joined_in_paragraph_per_line_text():
    text = f"关于某某工作的报告\n{P}\n一、坚持党的全面领导，推动各项事业\n取得新的更大成就\n{P}\n二、总结\n{P}\n"
    doc, _ = articles(text)
    assert [h.text for h in doc.articles[0].headings] == ["坚持党的全面领导，推动各项事业取得新的更大成就", "总结"]


def test_a_line_opening_with_an_ordinal_out_of_sequence_is_no_heading():
    # a wrap put 一、 at a line's start (统|一、): 一、 after 一、 continues the sentence before it
    text = f"关于某某工作的报告\n{P}\n一、基本情况\n{P}要坚持党的集中统\n一、高效的领导。{P}\n二、主要做法\n{P}\n"
    doc, meta = articles(text)
    assert len(meta) == 1
    assert [h.text for h in doc.articles[0].headings] == ["基本情况", "主要做法"]
    assert "集中统一、高效的领导。" in doc.text


def test_full_width_punctuation_followed_by_a_space_is_normalised():
    spaced = f"关于某某工作的报告\n{P.replace('，', '， ').replace('。', '。 ')}\n"
    assert normalize(Source("x.txt", spaced)).text == normalize(Source("x.txt", f"关于某某工作的报告\n{P}\n")).text


def test_the_shipped_layout_policy_loads():
    lay = load_layout()
    assert lay.speech.match("李明同志的讲话") and lay.noise_line.match("123")


def test_a_bad_layout_file_reports_every_problem_with_its_line(tmp_path: Path):
    text = layout_path().read_text(encoding="utf-8")
    text = text.replace("speech: '", "speech: '(", 1).replace("group_max_chars: 24", "group_max_chars: wide", 1)
    text += "\nunknown_key: 1\n"
    bad = tmp_path / "layout.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RuleErrors) as e:
        load_layout(bad)
    lines = text.splitlines()
    where = {p.split(": ", 1)[0] for p in e.value.problems}
    for needle in ("speech:", "group_max_chars:", "unknown_key:"):
        n = next(i for i, x in enumerate(lines, 1) if x.strip().startswith(needle))
        assert f"{bad}:{n}" in where, (needle, e.value.problems)
    assert len(e.value.problems) == 3


def test_a_page_number_between_the_halves_of_a_sentence_is_dropped_and_the_halves_joined():
    doc, meta = articles(f"关于某某工作的报告\n{P}\n过去一年，我们\n\n12\n\n坚持稳中求进。{P}\n")
    assert "过去一年，我们坚持稳中求进。" in doc.text and "12" not in doc.text


def test_a_page_number_inside_a_quotation_is_dropped_and_the_halves_joined():
    """One paragraph a line: a page break that cuts a quoted word (推进“三去 / 12 / 一降一补”) left
    the quotation open; the halves are one sentence."""
    doc, _ = articles(f"关于某某工作的报告\n{P}\n（一）深入推进“三去\n\n- 12 -\n\n一降一补”。要巩固成果。\n{P}\n")
    assert "（一）深入推进“三去一降一补”。要巩固成果。" in doc.text and "12" not in doc.text


@pytest.mark.parametrize("cut", ["（\n掌声）", "（热\n\n烈掌声）"], ids=["wrap", "column-break"])
def test_an_applause_marker_that_a_wrap_cut_in_two_leaves_the_text(cut):
    """A wrap (or a column break, blank lines between) between （ and 掌声） leaves no half of the
    marker, and the heading after it stays one."""
    doc, _ = articles(f"关于某某工作的报告\n\n同志们，现在我讲几点意见，请大家认真讨论。{cut}\n一、总体要求\n{P}\n")
    assert "掌声" not in doc.text and "（" not in doc.text.split("一、")[0]
    assert [h.text for h in doc.articles[0].headings] == ["总体要求"]


def test_a_page_number_after_a_title_joins_nothing():
    text = f"{P}\n（作者为某市委党校教授）\n第一篇的标题在正文之后\n\n12\n\n张三\n第二篇文章的标题\n李四\n{P}\n"
    _, meta = articles(text)
    assert meta == [("第一篇的标题在正文之后", "张三", "某市委党校教授"), ("第二篇文章的标题", "李四", None)]


def test_a_one_line_heading_that_fills_the_column_is_not_run_into_the_paragraph_after_it():
    """In hard-wrapped text a heading as wide as the column ends where the next paragraph's
    indented first line (two characters short) begins."""
    col = 26
    paras = [f"在{'新' * k}的征程上，{P}{P}" for k in range(1, 7)]  # no two lines alike (a running head)
    heads = ["一、全面加强党的建设，为推进中国式现代化提供坚强保障", "二、以高质量发展为首要任务，加快建设现代化产业新体系"]
    assert all(len(h) == col for h in heads)
    text = "\n".join(["关于某某工作的报告", "", wrap(paras[:2], col, 0), heads[0], wrap(paras[2:4], col, 1), heads[1], wrap(paras[4:], col, 2)])
    doc = normalize(Source("x.txt", text))
    assert [h.text for h in doc.articles[0].headings] == [h[2:] for h in heads]


def test_chapters_of_a_charter_are_body_not_bylines_or_new_articles():
    text = (f"某某协会章程\n（2023年5月1日某某协会第五次会员代表大会通过）\n总　纲\n{P}\n第一章　会　员\n第一条　{P}\n"
            f"第二章　组织制度\n第二条　{P}\n附　则\n第三条　{P}\n")
    doc, meta = articles(text)
    assert meta == [("某某协会章程", None, None)]
    assert body(doc).startswith("总　纲") and "第二章　组织制度\n第二条" in body(doc)


def test_an_official_document_s_apparatus_is_neither_title_nor_body():
    text = (
        f"中共某某市委办公室文件\n某委办发〔2023〕12号\n签发人：张某\n中共某某市委办公室关于印发《某某工作方案》的通知\n"
        f"各县（市、区）党委，市直各单位：\n{P}\n一、总体要求\n{P}\n二、主要任务\n{P}\n附件：1．某某工作方案\n2．某某任务分工表\n"
        f"中共某某市委办公室\n2023年5月1日\n（此件公开发布）\n抄送：市人大常委会办公室，市政府办公室。\n中共某某市委办公室　　2023年5月2日印发\n"
    )
    doc, meta = articles(text)
    assert meta == [("中共某某市委办公室关于印发《某某工作方案》的通知", "中共某某市委办公室", None)]
    assert body(doc).startswith("各县（市、区）党委，市直各单位：") and body(doc).endswith("贯彻落实。")
    assert [h.text for h in doc.articles[0].headings] == ["总体要求", "主要任务"]


def test_a_bulletin_s_masthead_issue_line_and_distribution_line_are_apparatus():
    # a bulletin (某办通报 / 〔2023〕第5期) printing a speech, closed by its 发： line and the 印发 line
    text = (
        f"某办通报\n〔2023〕第5 期\n李某同志的讲话\n{P}\n{P}\n"
        f"发：各区、县（市）党委和人民政府，市级各部门。\n中共某某市委办公室　　2023 年5 月27 日印发\n"
    )
    doc, meta = articles(text)
    assert [m[0] for m in meta] == ["李某同志的讲话"]
    assert body(doc).endswith(P) and "发：" not in doc.text and "第5" not in doc.text


def test_a_contributor_s_signature_under_a_part_of_a_post_is_no_title_printed_after_a_body():
    # a post closes with its readers' reflections, each signed ——group name (a no-break space inside)
    text = (f"某某学院开展红色寻访活动\n{P}\n{P}\n——青年讲师团 李明\n{P}\n——研究生支教团\u00a0王芳\n"
            f"{P}\n——青年志愿者协会 赵　强\n")
    doc, meta = articles(text)
    assert [m[0] for m in meta] == ["某某学院开展红色寻访活动"]
    assert "——" not in doc.text and body(doc).endswith(P)


def test_a_post_s_credit_block_set_with_a_bar_is_apparatus_and_its_producer_signs_it():
    text = (f"某某学院开展红色寻访活动\n{P}\n{P}\n图片丨李明\n排版丨王芳 赵强\n文字丨张华 刘　洋\n审核丨陈东\n"
            f"某某学院融媒体中心出品\n")
    doc, meta = articles(text)
    assert meta == [("某某学院开展红色寻访活动", "某某学院融媒体中心", None)]
    assert body(doc).endswith(P)


def test_a_feature_s_closing_credits_name_its_writers_and_leave_the_body():
    """A university site's feature closes with a credits block: 执笔 names the writers (the author);
    本期来源, 记者, 插图, 专题策划 and 统筹 are credits.  A long column label in 【】 leaves the title."""
    text = (f"【学习贯彻党的二十大精神系列专稿】化学：以创新服务国家\n{P}\n\n新的进展\n\n{P}\n{P}\n\n"
            "本期来源：化学学院\n\n执笔：李明 王芳 张华\n\n记者：赵强\n\n插图：刘洋\n\n专题策划：宣传部\n\n统筹：陈东\n")
    doc, meta = articles(text)
    assert meta == [("化学：以创新服务国家", "李明 王芳 张华", None)]
    assert body(doc).endswith(P)


def test_an_attachment_after_an_official_document_is_an_article_with_its_own_title():
    # the issuing body signs the notice; the bare 附件 line heads the attachment's page and is no title
    Q2 = "另一部分讲的是做法，步骤清楚明白，各个单位都可以参照执行，并且要及时总结经验教训。"
    text = (
        f"中共某某学院委员会文件\n某院党发〔2023〕3号\n关于印发《某某学习材料》的通知\n各党支部：\n{P}\n"
        f"附件：某某学习材料\n中共某某学院委员会\n2023年9月1日\n附件\n某某学习材料\n一、总体情况\n{Q2}\n二、主要做法\n{P}\n"
        f"抄送：某某大学党委组织部。\n中共某某学院委员会办公室　　2023年9月1日印发\n"
    )
    doc, meta = articles(text)
    assert meta == [("关于印发《某某学习材料》的通知", "中共某某学院委员会", None), ("某某学习材料", None, None)]
    assert body(doc, 1).startswith("一、总体情况") and body(doc, 1).endswith(P)
    assert "附件\n" not in body(doc, 1) and "抄送" not in doc.text[doc.articles[1].start :]


def test_a_newspaper_page_that_prints_its_titles_after_the_bodies():
    # the first title stands above its body and two credit lines sign it; the page's last title
    # stands after its body, so the lone title line between the other two bodies closes the one before
    A = "某市博物馆近日开展主题活动，来自各学校的学生走进展厅，听讲解员讲述文物背后的故事。"
    B = "各级党组织要用好博物馆资源，把馆藏文物背后的故事讲深讲透，让党员教育更有吸引力。"
    C = "文物是历史的见证，也是最好的教材，要让老文物在新时代焕发新的光彩，引导人们坚定信心。"
    text = (
        f"某某日报　2024年5月6日　星期一　　4　理论\n\n博物馆里的思政课\n\n{A}\n本报记者 李明\n本报通讯员 王强\n\n"
        f"{B}\n\n用好博物馆资源\n\n{C}\n\n让老文物焕发新光彩\n\n本版编辑：张某　　版式设计：赵某\n"
    )
    doc, meta = articles(text)
    assert meta == [("博物馆里的思政课", "李明", None), ("用好博物馆资源", None, None), ("让老文物焕发新光彩", None, None)]
    assert [body(doc, k) for k in range(3)] == [A, B, C]


# a reading app's closing block as copying a post gives it: the buttons, the account, the readers' comments
APP_TAIL = "预览时标签不可点\n微信扫一扫\n关注该公众号\n继续滑动看下一个\n某某学习\n写留言\n王五\n浙江\n5月2日\n说得真好，学习了！\n赞 8\n"


@pytest.mark.parametrize("tail", [APP_TAIL, "精选留言\n赵六\n这篇文章讲得很透彻，值得反复学习领会。\n", "留言\n作者\n谢谢支持！\n"])
def test_a_reading_app_s_closing_block_and_its_comments_leave_the_text(tail):
    clean = f"某地考察纪实\n{P}\n一、基本情况\n{P}\n文字：李明\n"
    assert normalize(Source("x.txt", clean + tail)) == normalize(Source("x.txt", clean))


def test_a_closing_block_ends_where_the_next_post_copied_after_it_begins():
    """The next post's title and body stay (the line above its app header is its title)."""
    first = f"某地考察纪实\n某某学习 2023-05-01 08:30 浙江\n{P}\n"
    second = f"某某工作会议召开\n某某学习 2023-05-02 09:00 浙江\n{P.replace('道理', '经验')}\n"
    doc, _ = articles(first + APP_TAIL + second + APP_TAIL)
    assert "某某工作会议召开" in doc.text and "很多经验" in doc.text
    assert "学习了" not in doc.text and "预览" not in doc.text and "08:30" not in doc.text


def test_a_credit_below_an_office_s_apparatus_still_signs_the_body():
    text = f"某地考察纪实\n{P}\n{P}\n附件：1．某某方案\n2023年5月1日\n文字：李明\n图片：王五\n"
    _, meta = articles(text)
    assert meta == [("某地考察纪实", "李明", None)]


def test_a_short_subheading_wrapped_over_two_lines_is_one_subheading():
    heads = [("聚力攻坚", "稳步推进"), ("守正创新", "行稳致远"), ("凝心聚力", "再创佳绩")]
    text = "某地考察纪实\n" + "".join(f"{P}\n{a}\n{b}\n{P}\n" for a, b in heads) + "文字：李明\n"
    doc, meta = articles(text)
    assert meta == [("某地考察纪实", "李明", None)]
    assert [h.text for h in doc.articles[0].headings] == [a + b for a, b in heads]


def test_a_closing_block_ends_at_a_speech_subtitle_copied_after_it():
    text = f"学习材料汇编\n李明同志的讲话\n{P}\n{APP_TAIL}王强同志的讲话\n{P.replace('道理', '经验')}\n"
    doc, meta = articles(text)
    assert [m[0] for m in meta] == ["李明同志的讲话", "王强同志的讲话"]
    assert "学习了" not in doc.text


def _without(text: str, key: str) -> str:
    """The layout file's text without one top-level key and the lines under it."""
    lines, out, skip = text.splitlines(), [], False
    for line in lines:
        if line.startswith(f"{key}:"):
            skip = True
            continue
        if skip and line and not line.startswith((" ", "#")):
            skip = False
        if not skip:
            out.append(line)
    return "\n".join(out) + "\n"


def test_a_user_layout_file_without_keys_added_later_takes_the_shipped_values(tmp_path: Path):
    """A copy of an older layout.yaml (no collection, no byline.offices or byline.producer, no
    editor_note) loads: the keys it lacks take the shipped values, the keys it gives are its own."""
    text = _without(_without(layout_path().read_text(encoding="utf-8"), "collection"), "editor_note")
    text = text.replace("  producer: '", "  unused_producer: '", 1)  # (removed below with its line)
    text = "\n".join(x for x in text.splitlines() if not x.startswith(("  unused_producer:", "  offices:", "            局长"))) + "\n"
    text = text.replace("  group_max_chars: 24", "  group_max_chars: 30", 1)
    old = tmp_path / "layout.yaml"
    old.write_text(text, encoding="utf-8")
    assert "collection:" not in text and "offices:" not in text and "producer:" not in text
    mine, shipped = load_layout(old), load_layout()
    assert mine.collection == shipped.collection and mine.editor_note == shipped.editor_note
    assert mine.office_end == shipped.office_end and mine.producer == shipped.producer
    assert mine.group_max_chars == 30 and shipped.group_max_chars == 24


def test_a_user_layout_file_of_one_key_with_a_wrong_type_is_refused_with_its_line(tmp_path: Path):
    bad = tmp_path / "layout.yaml"
    bad.write_text("byline:\n  group_max_chars: wide\n", encoding="utf-8")
    with pytest.raises(RuleErrors) as e:
        load_layout(bad)
    assert len(e.value.problems) == 1 and e.value.problems[0].startswith(f"{bad}:2")
