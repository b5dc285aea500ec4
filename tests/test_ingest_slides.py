"""A slide deck in Markdown (reveal.js, Marp) reads as its talk: separators are no text, speaker notes
are body, every slide heading heads a part at one level, raw image HTML is markup.  Decks invented here."""

from __future__ import annotations

from kaodian.ingest import read_path
from kaodian.normalize import normalize
from kaodian.slides import deck

NOTE1 = "我们首先回顾过去一年的工作，全年各项任务都按计划完成，群众满意度明显提高。"
NOTE2 = "下一步，我们要坚持问题导向，补齐短板弱项，推动各项工作再上新台阶。"

REVEAL = f"""# 年度工作汇报
##### 第三小组

---

## 工作回顾

全年任务完成

<div class="r-stack">
  <img class="fragment" src="a.png">
</div>

Note: {NOTE1}

--

### 下一步打算

- 坚持问题导向
- 补齐短板弱项

Note:{NOTE2}

---

### 结束语

Note: 谢谢大家，欢迎批评指正，我们会认真吸收大家的意见和建议。
"""


def test_reveal_deck_reads_as_its_talk():
    text = deck(REVEAL)
    assert text is not None
    lines = [x for x in text.split("\n") if x]
    assert lines[0] == "# 年度工作汇报" and lines[1] == "第三小组"  # the title slide's line under the title
    assert {"## 工作回顾", "## 下一步打算", "## 结束语"} <= set(lines)  # ## and ### alike: slide headings
    assert NOTE1 in lines and NOTE2 in lines and "坚持问题导向" in lines
    assert not any(x.strip() in ("---", "--") or x.startswith(("Note", "<", "- ")) for x in lines)


def test_slide_headings_become_the_articles_headings(tmp_path):
    path = tmp_path / "汇报.md"
    path.write_text(REVEAL, encoding="utf-8")
    doc = normalize(read_path(path))
    assert [h.text for a in doc.articles for h in a.headings][:3] == ["工作回顾", "下一步打算", "结束语"]


def test_marp_deck_with_comment_notes():
    marp = ("---\nmarp: true\ntheme: default\n---\n\n# 学习体会\n\n---\n\n## 第一点\n\n"
            f"<!-- {NOTE1} -->\n\n---\n\n## 第二点\n\n<!-- _class: lead -->\n\n<!-- {NOTE2} -->\n\n---\n\n## 完\n")
    text = deck(marp)
    assert text is not None and NOTE1 in text and NOTE2 in text
    assert "_class" not in text and "## 第二点" in text


def test_a_note_with_thematic_breaks_is_no_deck():
    # sections set apart by --- under their headings, no speaker notes: a study note, read as it is
    note = "# 学习笔记\n\n## 一、背景\n\n内容。\n\n---\n\n## 二、意义\n\n内容。\n\n---\n\n### （一）要点\n\n内容。\n\n---\n\n完\n"
    assert deck(note) is None
    assert deck("标题\n\n正文一段。\n\n---\n\n正文二段。\n") is None


def test_a_note_with_thematic_breaks_and_html_comments_is_no_deck():
    # an editor's comments in a study note are no speaker notes: without a deck tool's front matter (marp: true)
    # only reveal.js's Note: lines make its --- sections slides
    note = ("# 学习笔记\n\n<!-- 整理：第三党支部 -->\n\n## 一、背景\n\n内容。\n\n---\n\n## 二、意义\n\n"
            "<!-- 以下为重点，请熟记 -->\n\n内容。\n\n---\n\n### （一）要点\n\n内容。\n\n---\n\n完\n")
    assert deck(note) is None


def test_the_speaker_named_under_the_title_is_the_author_not_part_of_the_title(tmp_path):
    # a lecture deck's title slide names its speaker (主讲人：/宣讲人：/报告人：): a byline, as 作者：is
    for label in ("主讲人", "宣讲人", "报告人"):
        path = tmp_path / f"{label}.md"
        path.write_text(REVEAL.replace("##### 第三小组", f"{label}：李明"), encoding="utf-8")
        article = normalize(read_path(path)).articles[0]
        assert (article.title, article.author) == ("年度工作汇报", "李明"), label


MARP_UNTITLED = f"""---
marp: true
---

# 社区治理实践

---

学习目标

- 了解网格管理的做法
- 掌握议事协商的步骤

---

## 一、网格管理

<!-- {NOTE1} -->

---

## 二、议事协商

<!-- {NOTE2} -->

---

新做法不断涌现，议事协商更加规范

<!-- {NOTE2} -->
"""


def test_a_slide_without_a_heading_is_not_glued_to_the_deck_title(tmp_path):
    """A slide set without a heading under the title slide (学习目标 over its bullets): its phrase heads the slide,
    the deck keeps its title; a slide's first line with a comma is its text, no heading."""
    talk = deck(MARP_UNTITLED)
    assert "## 学习目标" in talk.split("\n") and "新做法不断涌现，议事协商更加规范" in talk.split("\n")
    path = tmp_path / "社区.md"
    path.write_text(MARP_UNTITLED, encoding="utf-8")
    (article,) = normalize(read_path(path)).articles
    assert article.title == "社区治理实践"
    assert [h.text for h in article.headings] == ["网格管理", "议事协商"]
