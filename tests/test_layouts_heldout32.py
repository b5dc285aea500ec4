"""Layouts of the held-out set heldout32 (issue 13), with invented texts of each genre's shape.

- A chapter of collected works whose points are run in: each paragraph opens with 一、 and a short lead
  sentence, the point's body after it in the same paragraph: the leads are the level-one headings, the
  rest of each paragraph is its section's text.  Numbered paragraphs whose first sentence runs long,
  or with a chapter line between them, are a regulation's articles: no headings.
"""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize
from kaodian.pipeline import extract_text

RUN_IN_LEADS = ["支部书记要当好“领头雁”", "要把情况摊开来讲", "“通气会”", "学会统筹兼顾", "力戒浮躁"]


def _run_in(leads: list[str], closing: bool = True) -> str:
    numerals = "一二三四五六七八九十"
    paras = [f"{numerals[k]}、{lead}。这一条讲的是某某工作的第{k + 1}个方面，首先要弄清情况，其次要拿出办法。"
             "大家要互相配合，把工作做好。" for k, lead in enumerate(leads)]
    if closing:
        paras.append("以上几条，请同志们在工作中认真体会，把某某工作提高一步。")
    return "某某会的工作方法\n\n（一九五〇年一月一日）\n\n" + "\n\n".join(paras) + "\n"


def test_run_in_leads_are_the_level_one_headings():
    doc = normalize(Source("runin.txt", _run_in(RUN_IN_LEADS)))
    (art,) = doc.articles
    assert [h.text for h in art.headings] == RUN_IN_LEADS
    # the rest of each paragraph stands under its lead, the closing paragraph under the last
    sections = {p.section for p in art.paragraphs}
    assert sections == set(range(1, len(RUN_IN_LEADS) + 1))
    found = extract_text(_run_in(RUN_IN_LEADS), "runin.txt").of_kind("enumeration")
    assert found and all(e.section >= 1 for e in found)


def test_two_run_in_paragraphs_are_no_outline():
    doc = normalize(Source("two.txt", _run_in(RUN_IN_LEADS[:2])))
    assert not doc.articles[0].headings


def test_numbered_articles_with_long_first_sentences_are_no_headings():
    long = "某某机关根据某某法和某某条例的规定，结合本机关工作实际和多年来的做法与经验，制定本规则"
    leads = [long, *RUN_IN_LEADS[1:4]]
    doc = normalize(Source("rules.txt", _run_in(leads)))
    assert not doc.articles[0].headings


def test_numbered_paragraphs_with_a_chapter_line_between_are_no_headings():
    text = _run_in(RUN_IN_LEADS[:4], closing=False).replace("二、", "第二章　某某\n\n二、", 1)
    doc = normalize(Source("chapters.txt", text))
    assert not {h.text for h in doc.articles[0].headings} & set(RUN_IN_LEADS)  # (the chapter line heads its part)
