"""Every corpus text set as the article of a whole saved portal page gives back its lines (issue 13, session 23).

The page's chrome is that of the news, government and school portals of heldout27: a menu of column names each
with its motto, a breadcrumb, a property block (source, time, font-size and share widgets), then after the
article its editor line, keywords, a like count, related headlines, readers' comments with their like counts, a
site map of links and a footer.  The article is the text's lines, one ``<p>`` each, in a container with no
telling class name.  ``htmlbody.extract`` must choose that container by its text alone and give back exactly the
text's lines (white space collapsed as a browser does, blank lines gone): the layout is a function of the text,
never an edit of one file.
"""

from __future__ import annotations

import html
import re

import pytest

from conftest import CORPUS_TEXTS
from kaodian import htmlbody
from kaodian.ingest import decode_text

MENU = "".join(f"<li><a href='/list_{k}'>栏目{k}</a><span>栏目{k}的口号，说它关注什么</span></li>" for k in range(60))
RELATED = "".join(f"<li><a href='/n{k}'>某地举行第{k}次“某某”主题活动，群众踊跃参加</a></li>" for k in range(15))
COMMENTS = "".join(f"<div class='reply'><div class='user'>读者{k}</div><p>学习了，讲得很透彻，值得反复读。</p><span>{k * 7}</span></div>"
                   for k in range(3))
SITE_MAP = "".join(f"<li><a href='http://www.example.gov.cn/{k}'>某某县</a> <a href='/{k}'>某某厅{k}</a></li>" for k in range(150))


def portal_page(text: str, body: str = "p") -> str:
    """``text`` as the article of a portal's page: every non-blank line a paragraph (``body`` "p"), or a line
    of one div ended by <br> and an empty div as a news portal's CMS sets it ("br"), or paragraphs in a page
    that a school's or an office's CMS wraps whole in a <form> ("form"); the chrome around."""
    lines = [html.escape(line) for line in text.splitlines() if line.strip()]
    if body == "br":
        paragraphs = '<div class="t">' + '<br><div class="gap"></div>\n'.join(lines) + "</div>"
    else:
        paragraphs = "\n".join(f"<p>{line}</p>" for line in lines)
    form, end = ('<form name="content" action="/x.jsp">', "</form>") if body == "form" else ("", "")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某网 - 新闻中心</title>
<script>var columns = ["要闻", "时政"];</script><style>.menu {{ color: red; }}</style></head><body>{form}
<div class="top"><a href="#">繁體</a> <a href="#">无障碍浏览</a> <a href="#">登录</a></div>
<div class="menu"><ul>{MENU}</ul></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/yw">要闻</a></div>
<div class="wrap"><div class="info"><p>新华社</p><p>2020-01-03 18:13</p><span>字号</span> <span>分享</span></div>
<div id="c1">
{paragraphs}
</div>
<div class="extra">责任编辑：王立新</div><div class="keyword">关键词 &gt;&gt; 学习</div><div class="love">526</div>
<div class="related"><h2>相关推荐</h2><ul>{RELATED}</ul></div>
<div class="comments"><h2>评论</h2>{COMMENTS}</div></div>
<div class="sitemap"><ul>{SITE_MAP}</ul></div>
<div class="footer">主办：某某网 版权所有 京ICP备12000000号</div>{end}</body></html>"""


def as_a_browser_shows(text: str) -> list[str]:
    """The text's lines as a page shows them: white space collapsed inside a line, trimmed, blank lines gone."""
    lines = (re.sub(r"[ \t\r\f\xa0]+", " ", line).strip(" \u3000") for line in text.splitlines())
    return [line for line in lines if line]


@pytest.mark.parametrize("body", ["p", "br", "form"])
@pytest.mark.parametrize("path", CORPUS_TEXTS, ids=lambda p: p.stem)
def test_corpus_text_in_a_portal_page_is_its_body(path, body: str) -> None:  # noqa: ANN001
    text = decode_text(path.read_bytes(), path.name)  # (one is a GBK file)
    assert htmlbody.extract(portal_page(text, body)).splitlines() == as_a_browser_shows(text)
