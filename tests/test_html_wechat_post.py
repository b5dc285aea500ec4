"""A saved WeChat article page (WeChat's DOM: #activity-name, .rich_media_meta_list, #js_content), as a
mirror keeps it inside its own chrome: the body is the post's content only, without the account's index
of posts, the headline's repeat, a pull-quote box or the account's footer; title and date from the page.
All pages here are invented."""

from __future__ import annotations

import pytest

from kaodian.htmlbody import extract
from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.render import opening

P1 = "同志们好！今天我们召开这次会议，主要任务是总结过去一年的工作，分析当前面临的形势，部署今年的重点任务。"
P2 = "过去一年，我们坚持稳中求进工作总基调，各项事业取得新的进展，人民群众的获得感、幸福感、安全感不断增强。"
P3 = "新的一年，我们要坚定信心、真抓实干，以钉钉子精神抓好各项工作落实，确保各项目标任务圆满完成。"
BODY = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
HEADLINE = "某某：在全市工作会议上的讲话"


def page(content: str, *, meta: str = "", mirror_list: str = "") -> str:
    """A WeChat post inside a mirror's page: its latest-posts list (long, many links) after the post."""
    meta = meta or ('<em id="post-date" class="rich_media_meta rich_media_meta_text">2020-01-02</em>'
                    '<a id="post-user" class="rich_media_meta rich_media_meta_nickname" href="/a">某某号</a>'
                    '<span class="rich_media_meta rich_media_meta_text rich_media_meta_nickname">某某号</span>')
    mirror_list = mirror_list or "".join(
        f"<li><a href='/n{i}'>第{i}篇最新文章的标题很长很长，说的是另一件与本文无关的事情。</a>"
        f"<p>这是一段摘要文字，介绍那篇文章的内容，和本文也没有关系，只是镜像网站的列表。</p></li>"
        for i in range(12))
    return (f"<html><head><title>{HEADLINE} -- 某某号 -- 镜像站</title></head><body>"
            f'<div id="js_article"><h2 class="rich_media_title" id="activity-name">{HEADLINE}</h2>'
            f'<div class="rich_media_meta_list">{meta}</div>'
            f'<div class="rich_media_content" id="js_content">{content}</div></div>'
            f'<div class="latest"><ul>{mirror_list}</ul></div></body></html>')


def lines(html: str) -> list[str]:
    return extract(html).split("\n")


def test_the_post_content_is_the_body_and_its_headline_the_title():
    out = lines(page(BODY))
    assert out[0] == f"# {HEADLINE}"
    assert out[1] == "2020-01-02" and "某某号" not in "".join(out)  # the account is the publisher
    assert out[-1] == P3 and not any("最新文章" in x for x in out)


def test_the_account_index_above_the_headline_repeat_is_not_body():
    index = ("<p>今日某某：</p><p>【头条】某某：在全市工作会议上的讲话</p><p>【二条】另一篇文章的标题</p>"
             "<p>【三条】第三篇文章的标题 | 栏目</p>")
    out = lines(page(f"{index}<h1>{HEADLINE}</h1>{BODY}<p>昨日某某：</p><p>【头条】昨天的一篇</p><p>【次条】昨天的另一篇</p>"))
    assert out[-1] == P3
    assert not any(x.startswith(("【", "今日", "昨日")) for x in out)
    assert sum(HEADLINE in x for x in out) == 1


def test_a_pull_quote_box_repeating_a_paragraph_goes_with_its_label():
    long = P2 + P3  # (a box quotes a paragraph of sentences; a repeated short line is a refrain)
    out = lines(page(f"<section><p>【内容提要】</p><p>{long}</p></section><p>{P1}</p><p>{long}</p>"))
    assert out.count(long) == 1 and "【内容提要】" not in out
    assert out.index(P1) < out.index(long)


def test_the_account_footer_goes_and_a_closing_thanks_stays():
    footer = "<p>学习</p><p>思考</p><p>长按二维码关注我们</p><p>主编：某某</p><p>投稿：a@b.cn</p>"
    assert lines(page(BODY + footer))[-1] == P3
    assert lines(page(BODY + "<p>谢谢大家！</p>"))[-1] == "谢谢大家！"


def test_an_ordinary_page_is_untouched_by_the_post_rules():
    # no WeChat content block: the scored candidate, and a paragraph printed twice stays twice
    html = (f"<html><head><title>一篇文章</title></head><body><div class='content'>{BODY}<p>{P2}</p>"
            "<p>学习</p><p>思考</p><p>长按二维码关注我们</p></div></body></html>")
    out = lines(html)
    assert out.count(P2) == 2 and "长按二维码关注我们" in out


@pytest.mark.parametrize("greeting", ["大家好！", "同志们："])
def test_an_opening_greeting_comes_with_the_sentence_after_it(greeting):
    text = f"标题在这里\n{greeting}{P2}\n{P3}\n"
    doc = normalize(Source(name="x.txt", text=text, kind="txt"))
    start = opening(doc.text, doc.articles[0])
    assert start.startswith(greeting) and len(start) > len(greeting) + 10
