"""Layouts of posts a study-material collector saves as Markdown (issue 13), on made-up texts: a title that
exclaims, a block of source fields under it (来源：, 日期：, 原链接：, a bar of them set with |), the saving
tool's 正文 label, an editor's note label in brackets and the news site's footer pasted after the body."""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize

P1 = "某某倡议提出以来，得到了各方的积极响应，为改革完善治理体系贡献了智慧和方案。"
P2 = "我们要坚持共商共建共享的治理观，推动治理体系朝着更加公正合理的方向发展，让成果惠及各方。"


def _article(text: str):
    (a,) = normalize(Source("x.md", text)).articles
    return a


def test_a_saved_post_keeps_its_exclaiming_title_and_drops_its_source_fields_and_footer():
    text = (
        "# 十问十答！读懂某某倡议\n\n来源：某某网理论频道（某某日报2025-01-02第9版）\n\n日期：2025-01-02\n\n"
        "原链接：https://example.com/a?id=1\n\n镜像：http://example.org/n1/1.html\n\n## 正文\n\n"
        f"{P1}\n\n{P2}\n\n"
        "某某日报社概况 | 关于某某网 | 报社招聘 | 广告服务 | 联系我们\n\n"
        "某某日报违法和不良信息举报电话：010-12345678 举报邮箱：jb@example.com\n\n"
        "互联网新闻信息服务许可证10120170001 | 京ICP证000006号\n\n"
        "某 某 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用\n"
    )
    a = _article(text)
    assert a.title == "十问十答！读懂某某倡议"
    assert a.author is None
    assert [p.text for p in a.paragraphs] == [P1, P2]


def test_a_bar_of_source_fields_and_a_bracketed_note_label_are_no_title():
    text = (
        "# 十问十答！读懂某某文章\n\n> 来源：某某平台　|　日期：2020-01-05　|　[原文链接](https://example.com/x)\n\n---\n\n"
        f"【“某某笔记”按】\n\n{P1}\n\n{P2}\n"
    )
    a = _article(text)
    assert a.title == "十问十答！读懂某某文章"
    assert a.paragraphs[0].text == P1


def test_a_sentence_that_names_a_hotline_or_a_licence_stays_text():
    text = f"# 某某工作综述\n\n{P1}\n\n各地设立违法和不良信息举报电话，网信部门依法核发互联网新闻信息服务许可证。\n\n{P2}\n"
    assert len(_article(text).paragraphs) == 3
