"""A text whose Markdown or text file holds a page's raw HTML under a front matter (a blog generator's
mirror of a news site: heldout26) reads as that page: every corpus text re-typeset so scores as the text.

Through ``read_path``, as a user's file is read: the HTML is found by what the file holds, not its suffix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import layouts as L
from conftest import CORPUS, READ_TEXTS
from kaodian.evaluate import evaluate_dir
from kaodian.ingest import read_path
from kaodian.normalize import normalize

NAMES = [p.stem for p in READ_TEXTS]


def _write(d: Path, name: str, layout) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((CORPUS / f"{name}.gold.yaml").read_text(encoding="utf-8"))
    text, gold = layout(text, gold)
    (d / f"{name}.txt").write_text(text, encoding="utf-8")
    (d / f"{name}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _scores(d: Path) -> dict:
    report = evaluate_dir(d, questions=False)
    for f in report.files:
        assert f.error is None, f.error
    return {f.name: ({k: (c.hits, c.extracted, c.gold) for k, c in f.categories.items()},
                     [getattr(f.articles, k) for k in ("found", "title", "author", "affiliation", "ending")])
            for f in report.files}


@pytest.mark.parametrize("name", NAMES)
def test_every_corpus_text_as_a_mirrored_blog_post_scores_as_its_text(tmp_path, name):
    (tmp_path / "post").mkdir()
    (tmp_path / "text").mkdir()
    _write(tmp_path / "post", name, L.blog_post)
    _write(tmp_path / "text", name, lambda text, gold: (text, gold))
    assert _scores(tmp_path / "post") == _scores(tmp_path / "text")
    doc = normalize(read_path(tmp_path / "post" / f"{name}.txt"))
    bodies = "\n".join(doc.text[a.start : a.end] for a in doc.articles)
    for added in ("APP", "责任编辑", "appendQr", "&#123;", "keyword", L.FEED):
        assert added not in bodies or added in (CORPUS / f"{name}.txt").read_text(encoding="utf-8"), added


def _read(tmp_path: Path, text: str, name: str = "post.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return normalize(read_path(path))


# An invented mirrored post: front matter (the feed as author and category), then the page's markup.
HEAD = "\n---\ntitle: '{title}'\ncategories: \n - 财经\n - 某某财经\nauthor: 某某财经\n---\n\n<div>\n"
TAIL = ('<p>\u3000\u3000海量资讯、精准解读，尽在某某财经APP</p>\n<p class="article-editor">责任编辑：王立新 SF001</p>\n</div>\n')


def _p(text: str) -> str:
    return f"<p>\u3000\u3000{text}</p>"


def test_a_post_whose_body_is_a_pages_markup_reads_as_the_page_titled_by_its_front_matter(tmp_path):
    body = [_p("进入年末，各地民生工程加紧收尾，为来年的工作打好基础。"),
            _p('某某省委常委、<span id="stock_sh601"><a href="https://example.com" class="keyword">某某集团</a></span>'
               '<span id="quote_sh601"></span>监事会主席王立新：'),
            _p("建设完整的养老服务体系，是增进老年人福祉的一项基础工程。"),
            _p("要坚持需求导向，把各项服务举措落到实处，为群众安居乐业贡献力量。（综编）")]
    doc = _read(tmp_path, HEAD.format(title="决战年末 听各地负责人谈民生") + "\n".join(body) + "\n" + TAIL)
    (art,) = doc.articles
    assert art.title == "决战年末 听各地负责人谈民生"
    assert art.author is None  # 某某财经 is the feed: the front matter files the post under it
    text = doc.text[art.start : art.end]
    assert "某某集团监事会主席王立新：" in text  # the link inserted inside the word does not cut it
    assert text.endswith("贡献力量。")
    for s in ("<", "APP", "责任编辑", "综编"):
        assert s not in text


def test_a_markdown_note_with_front_matter_and_a_tag_here_and_there_stays_markdown(tmp_path):
    note = ("\n---\ntitle: 学习笔记\nauthor: 王立新\ntags: [党史]\n---\n\n# 学习笔记\n\n"
            '<img src="qrcode.png" width="200">\n\n'
            "## 一、基本原理\n\n坚持人民至上，是党的根本立场。\n\n## 二、主要内容\n\n坚持自我革命，是党的鲜明品格。\n")
    doc = _read(tmp_path, note)
    (art,) = doc.articles
    assert art.title == "学习笔记" and art.author == "王立新"  # (an author the note is not filed under signs it)
    assert [h.text for h in art.headings] == ["基本原理", "主要内容"]


def test_a_front_matter_title_whose_quotes_the_generator_replaced_is_the_texts_own_title(tmp_path):
    body = [_p("王立新：今后三年是攻坚阶段，看谁能“坐稳”"), _p("（王立新，某某研究院院长）"), _p("攻坚大势，看谁能“坐稳”"),
            _p("今天借这个机会，向大家汇报课题组的一些思考，主要讲三个问题。"), _p("不少同志关心，今后的工作重心放在哪里？我们先要看清形势。"),
            _p("今后三年的几个特点"), _p("方案当中最值得关注的有几点，第一点就是把任务清单化。"),
            _p("需要把握的几个关系"), _p("我就讲这些，谢谢大家！")]
    doc = _read(tmp_path, HEAD.format(title="王立新：今后三年是攻坚阶段，看谁能_坐稳_") + "\n".join(body) + "\n" + TAIL)
    (art,) = doc.articles
    assert art.title == "今后三年是攻坚阶段，看谁能“坐稳”"  # once: the front matter's title is the first line's
    assert art.author == "王立新" and art.affiliation == "某某研究院院长"
    # the lecture opens with its first part heading, which the affiliation line ends the title block above
    assert [h.text for h in art.headings] == ["攻坚大势，看谁能“坐稳”", "今后三年的几个特点", "需要把握的几个关系"]


def test_a_news_digests_numbered_headlines_title_an_article_each(tmp_path):
    items = [("NO.1  某省宣布全面完成年度目标任务", "某省1日宣布全面完成年度目标任务，经济运行稳中向好。", "全省居民人均可支配收入稳步增长。"),
             ("NO.2  两部门：改革不能“一改了之” 关键转换机制", "近日，两部门召开专题会议部署改革工作。", "会议要求分层分类推进改革。"),
             ("NO.3  王立新：某地经济繁荣令人赞叹 值得去看看", "在今天的大会上，某地宣布实现了第一个目标。", "王立新随后发文表示赞叹。")]
    parts = [_p("【要闻】")]
    for head, first, last in items:
        parts += [f"<p>\u3000\u3000<strong>{head}</strong></p>", _p(first), _p(last)]
        if head.startswith("NO.1"):
            parts += ['<blockquote class="fin_reference"><p>【相关报道】</p><p><a href="https://example.com">全文|某某在大会上的讲话</a></p></blockquote>',
                      _p("【公司要闻】")]
    doc = _read(tmp_path, HEAD.format(title="财经要闻_某省宣布全面完成年度目标任务") + "\n".join(parts) + "\n" + TAIL)
    assert [a.title for a in doc.articles] == ["某省宣布全面完成年度目标任务", "两部门：改革不能“一改了之”关键转换机制",
                                               "王立新：某地经济繁荣令人赞叹 值得去看看"]
    assert [a.author for a in doc.articles] == [None, None, None]  # a headline's 某某： names whom the news quotes
    bodies = "\n".join(doc.text[a.start : a.end] for a in doc.articles)
    for s in ("相关报道", "全文|", "公司要闻", "NO."):
        assert s not in bodies


def test_a_markdown_note_whose_prose_stands_above_a_table_keeps_the_tables_cells(tmp_path):
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>\n" for a, b in
                   (("第一阶段", "打牢思想根基"), ("第二阶段", "锤炼过硬作风"), ("第三阶段", "检验学习成效")))
    note = ("# 学习笔记\n\n本次学习分三个阶段进行，每个阶段都有明确的任务和要求，下表列出各阶段的重点。\n\n"
            "<table>\n" + rows + "</table>\n")
    doc = _read(tmp_path, note)
    assert read_path(tmp_path / "post.md").kind == "txt"  # the note's own text above the table is no front matter
    for cell in ("打牢思想根基", "锤炼过硬作风", "检验学习成效", "分三个阶段进行"):
        assert cell in doc.text, cell


def test_an_author_the_post_is_tagged_with_signs_it_one_it_is_filed_under_is_the_feed(tmp_path):
    body = "\n\n# 学习心得\n\n坚持理论武装，是提高党性修养的根本途径。\n\n坚持知行合一，是检验学习成效的重要标准。\n"
    tagged = _read(tmp_path, "\n---\ntitle: 学习心得\nauthor: 李明\ntags: [李明, 理论学习]\n---\n" + body, "a.md")
    assert [a.author for a in tagged.articles] == ["李明"]  # a blog tags a post with its speaker's name
    filed = _read(tmp_path, "\n---\ntitle: 学习心得\nauthor: 李明\ncategories: [李明, 理论学习]\n---\n" + body, "b.md")
    assert [a.author for a in filed.articles] == [None]
