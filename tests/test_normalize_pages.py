"""normalize on newspaper pages of signed contributions (a page headline, an editors' note signed
——编者, then articles each with a two-line title block and a byline of unit, post and name)."""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize

P = "这一部分讲了很多道理，内容非常充实，值得大家认真学习领会，并且在实际工作中加以贯彻落实。"


def _page(role_a: str, role_b: str) -> str:
    return ("协会工作专版\n\n协会发展亮点纷呈\n\n"
            f"本版邀请几位会员谈谈协会近年来的发展变化。{P}\n\n——编  者\n\n"
            f"会员服务工作\n\n服务会员是协会的立身之本\n\n某某大学社会学院教授  林建国{role_a}\n\n{P}\n\n{P}协会服务越来越好。\n\n"
            f"行业自律建设\n\n自律是行业健康发展的基石\n\n某某研究院副院长、某某学会理事  宋明{role_b}\n\n{P}\n\n{P}行业秩序越来越好。\n\n"
            "本版稿件由协会宣传部采访整理\n")


def test_a_page_of_signed_contributions_gives_each_its_title_author_and_affiliation():
    doc = normalize(Source("x.txt", _page("代表", "委员")))
    assert [(a.title, a.author, a.affiliation) for a in doc.articles] == [
        ("会员服务工作服务会员是协会的立身之本", "林建国", "某某大学社会学院教授"),
        ("行业自律建设自律是行业健康发展的基石", "宋明", "某某研究院副院长、某某学会理事"),
    ]
    bodies = [doc.text[a.start : a.end] for a in doc.articles]
    assert bodies[0].endswith("协会服务越来越好。") and bodies[1].endswith("行业秩序越来越好。")
    assert "邀请" not in doc.text[doc.articles[0].start :]


def test_a_speakers_office_before_the_name_is_no_affiliation_without_a_members_role():
    doc = normalize(Source("x.txt", f"关于某某工作的报告\n\n某某协会会长  林建国\n\n各位会员：{P}\n\n{P}\n"))
    assert [(a.title, a.author, a.affiliation) for a in doc.articles] == [("关于某某工作的报告", "林建国", None)]


def test_a_question_and_answer_text_keeps_its_questions_in_its_body_under_a_long_title():
    """The corpus rules' level-one headings are 一、二、三、: an interview's 问：…？ turns are body."""
    title = "某某协会秘书处负责人就协会第五次会员代表大会通过的《某某协会章程（修正案）》答本报记者问"
    # (answers of unlike widths: lines of one width would read as a hard-wrapped column)
    qa = "".join(f"问：{q}？\n答：{P * n}\n{P[: 9 * n]}。\n" for n, q in enumerate(
        ("协会为什么要修改章程", "这次修改的主要特点是什么", "修正案对会员提出了哪些新要求"), 1))
    doc = normalize(Source("x.html", f"{title}\n2025年3月1日，协会第五次会员代表大会通过了章程修正案。\n{qa}", kind="html"))
    (a,) = doc.articles
    assert (a.title, a.author) == (title, None)
    assert doc.text[a.start :].startswith("2025年3月1日")
    assert a.headings == () and "问：这次修改的主要特点是什么？" in doc.text[a.start : a.end]


def test_short_lines_that_are_all_a_last_headings_content_are_its_body():
    """A plan's last part is a table (项目 / 单价 / … / 总计 / 480元, one cell a line): it is the part's body."""
    text = (f"某某协会参观活动方案\n一、活动背景\n{P}\n二、活动安排\n{P[:30]}。\n三、活动预算\n项目\n单价\n数量\n总价\n"
            "交通费用\n8元/人\n40\n320元\n总计\n/\n/\n480元\n")
    doc = normalize(Source("x.docx", text, kind="docx"))
    (a,) = doc.articles
    assert [h.text for h in a.headings] == ["活动背景", "活动安排", "活动预算"]
    assert doc.text[a.start : a.end].endswith("480元")


def test_reports_that_share_one_title_each_with_a_writer_whose_post_runs_into_the_name():
    """A notice board's page of several annual reports under one headline: each report opens with the same
    title line, a byline of unit, post and name run together and a date line.  The repeated title is no
    running head (a byline follows it, not body text), and the byline gives the writer and, before the
    name, the unit and post as the affiliation."""
    report = "2024年度述职报告\n某某协会副会长{name}\n2025年1月\n{P}\n一、加强学习\n{P}\n二、履行职责\n{P}\n{P}{end}\n"
    text = (f"协会负责人年度述职报告展示\n全体会员：\n{P}\n秘书处\n2025年1月20日\n"
            + report.format(name="林建国", P=P, end="今后我将继续努力。")
            + report.format(name="宋明", P=P, end="新的一年再接再厉。")
            + report.format(name="欧阳立新", P=P, end="为协会发展贡献力量。"))
    doc = normalize(Source("x.html", text, kind="html"))
    assert [(a.title, a.author, a.affiliation) for a in doc.articles] == [
        ("协会负责人年度述职报告展示", "秘书处", None),
        ("2024年度述职报告", "林建国", "某某协会副会长"),
        ("2024年度述职报告", "宋明", "某某协会副会长"),
        ("2024年度述职报告", "欧阳立新", "某某协会副会长"),
    ]
    bodies = [doc.text[a.start : a.end] for a in doc.articles[1:]]
    assert [b.endswith(e) for b, e in zip(bodies, ("今后我将继续努力。", "新的一年再接再厉。", "为协会发展贡献力量。"))] == [True] * 3
    assert [len(a.headings) for a in doc.articles[1:]] == [2, 2, 2]


def test_a_title_that_ends_with_a_post_and_a_word_is_no_byline():
    from kaodian.normalize.roles import BYLINE, classify

    assert classify("某某中学副校长林建国") == BYLINE
    assert classify("争做新时代的好书记") != BYLINE  # (no name after the post)
    assert classify("学校召开校长办公会议") != BYLINE


def test_a_study_page_reposting_a_document_and_its_interview_has_two_articles():
    """A study column's page: its headline, a note naming in 《》 what it reposts, the document's title line
    between the note and the document, then the interview's title wrapped before 答记者问 (no byline)."""
    doc_title = "某某省委关于加强基层组织建设的意见"
    page = (f"【2025年5月学习材料】\n本月推荐的学习材料是《{doc_title}》及省委组织部负责人就《{doc_title}》答记者问。\n"
            f"{doc_title}\n为加强基层组织建设，现提出如下意见。\n一、总体要求\n{P}\n二、主要任务\n{P}\n"
            f"三、组织保障\n{P}\n各地要结合实际抓好落实。\n省委组织部负责人就《{doc_title}》\n答记者问\n"
            f"日前，省委印发了《意见》。\n问：请谈谈《意见》起草的过程。\n答：{P}\n问：《意见》有哪些特点？\n答：{P}\n")
    doc = normalize(Source("x.html", page, kind="html"))
    assert [(a.title, a.author) for a in doc.articles] == [
        (doc_title, None), (f"省委组织部负责人就《{doc_title}》答记者问", None)]
    first, second = (doc.text[a.start : a.end] for a in doc.articles)
    assert first.startswith("为加强基层组织建设") and first.endswith("抓好落实。")
    assert second.startswith("日前，省委印发了《意见》。")
    assert [h.text for h in doc.articles[0].headings] == ["总体要求", "主要任务", "组织保障"]


def test_a_page_of_reports_each_opened_by_a_numbered_speaker_line():
    """A school's page of its leaders' annual reports: the headline, the page's property line (作者：佚名 is
    nobody), then each report opened by 1.姓名（职务） — numbered like the items inside the reports, but bylines
    that open them; each report takes the headline as its title, the name as author, the post as affiliation.
    A report numbers its parts 一.…二. (a full stop, not 、) and lists inline after a colon (：1.…。2.…)."""
    report = ("{n}（党委委员、副校长）\n2019年我分管后勤工作。{P}\n一.加强学习\n{P}\n二.履行职责\n"
              "存在的不足：1.要进一步加强理论学习。2.要进一步改进工作作风。\n今后我将继续努力。\n")
    text = ("2019年度某某中学领导班子个人述职报告\n文章来源：本站原创 作者：佚名 发布时间：2020年01月16日 点击数：次\n"
            + "".join(report.format(n=f"{i}.{name}", P=P) for i, name in enumerate(("林建国", "宋  明", "欧阳立新"), 1))
            + "2020年1月16日\n")
    doc = normalize(Source("x.txt", text))
    title = "2019年度某某中学领导班子个人述职报告"
    assert [(a.title, a.author, a.affiliation) for a in doc.articles] == [
        (title, "林建国", "党委委员、副校长"), (title, "宋  明", "党委委员、副校长"), (title, "欧阳立新", "党委委员、副校长")]
    assert "佚名" not in doc.text
    assert [[h.text for h in a.headings] for a in doc.articles] == [["加强学习", "履行职责"]] * 3
    assert "：1.要进一步加强理论学习。2.要进一步改进工作作风。" in doc.text  # (the second number is no full stop)


def test_numbered_lines_of_a_name_and_a_bracket_that_are_a_list_stay_a_list():
    """An outline's 1.坚持改革（根本动力） names no office, and a notice's people commended, 1.李明（某村党支部
    书记） 2.王刚（…）, have no report between them: neither is a page of reports (review, session 20)."""
    outline = ("某某学习提纲\n主要做法\n1.坚持改革（根本动力）。" + P + "\n2.扩大开放（必由之路）。" + P
               + "\n3.依法治国（基本方略）。" + P + "\n")
    notice = ("关于表彰先进个人的通报\n各党支部：\n" + P + "\n1.李明（某某村党支部书记）\n2.王刚（某某社区党委书记）\n"
              "3.张华（某某中学校长）\n" + P + "\n")
    for text in (outline, notice):
        doc = normalize(Source("x.txt", text))
        assert len(doc.articles) == 1 and doc.articles[0].author not in ("坚持改革", "李明")


def test_a_sentence_ending_in_an_interview_and_a_study_note_under_a_heading_stay_body():
    """Review, session 20: 会后，某某接受本报记者采访 (no final stop) is a sentence, not an interview's title;
    a note under a heading that names a text in 《》 is that body's, not a page's front matter; 二十一. is a
    part's marker as 一. is."""
    from kaodian.normalize.lines import clean_lines

    news = f"某市召开座谈会\n{P}\n会后，市委书记接受本报记者采访\n{P}\n{P}\n"
    assert len(normalize(Source("x.txt", news)).articles) == 1
    study = "学习材料\n一、学习内容\n本次学习《某某工作条例》。\n某某工作条例\n第一条 为了规范工作，制定本条例。\n"
    doc = normalize(Source("x.txt", study))
    assert len(doc.articles) == 1 and [h.text for h in doc.articles[0].headings] == ["学习内容"]
    assert clean_lines("二十一.某某方面") == ["二十一.某某方面"]
