"""A static-site page (VitePress, Hexo theme) prints its date, category or tags under the headline in elements whose
class names the slot (<span class="date">…</span>); the words in the slot may be any words (近期学习, 政治理论), which
read like a short name.  Issue 13, session 26; the pages are invented in the genre's shape."""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize

PAGE = "\n".join([
    "# 学习笔记",
    "",
    "## 理论学习",
    "",
    "### 勤学苦练 强基固本",
    "",
    '<div class="post-header">',
    "  <h1>学习党的基本理论，推动班级工作再上台阶</h1>",
    '  <div class="post-meta">',
    '    <span class="date">本周学习</span>',
    '    <span class="category">学习心得</span>',
    "  </div>",
    "</div>",
    "",
    "<p>认真学习党的基本理论，把学习成果转化为推动个人成长和班级建设的动力。</p>",
    "",
    "### 一、加强理论学习",
    "",
    "<p>理论学习是思想建设的基础，要做到学深悟透、融会贯通。</p>",
    "",
    "### 二、加强作风建设",
    "",
    "<p>作风建设是班级建设的保障，要做到求真务实、真抓实干。</p>",
])


def test_a_meta_slot_under_the_headline_is_neither_author_nor_text():
    art = normalize(Source("page.md", PAGE)).articles[0]
    assert art.author is None
    assert art.title == "勤学苦练 强基固本学习党的基本理论，推动班级工作再上台阶"
    texts = [p.text for p in art.paragraphs]
    assert "本周学习" not in texts and "学习心得" not in texts
    assert texts[0] == "认真学习党的基本理论，把学习成果转化为推动个人成长和班级建设的动力。"


def test_an_element_of_another_class_keeps_its_words():
    page = PAGE.replace('<span class="date">本周学习</span>', '<span class="lead">本周学习</span>')
    art = normalize(Source("page.md", page)).articles[0]
    assert "本周学习" in (art.author or "") + " ".join(p.text for p in art.paragraphs) + (art.title or "")


def test_a_later_paragraph_saying_a_slots_words_stays_text():
    """The slot is marked where it stands: a paragraph below with the same words (a tag repeated as a line of
    the body) is no date line, which would have cut the article there."""
    page = PAGE.replace('<span class="category">学习心得</span>', '<span class="tags">求真务实</span>')
    page += "\n\n求真务实\n\n<p>求真务实是思想路线的核心内容，要一以贯之。</p>\n"
    arts = normalize(Source("page.md", page)).articles
    assert len(arts) == 1
    texts = [p.text for p in arts[0].paragraphs]
    assert "求真务实" in texts and texts[-1] == "求真务实是思想路线的核心内容，要一以贯之。"


def test_an_author_in_an_element_of_the_meta_block_is_the_author():
    """A class naming only the block (meta), not a slot, may hold the byline: the byline rules read it."""
    page = PAGE.replace('<span class="date">本周学习</span>', '<span class="meta">作者：张某某</span>')
    assert normalize(Source("page.md", page)).articles[0].author == "张某某"
