"""Layouts of the held-out set heldout32 (issue 13), with invented texts of each genre's shape.

- A chapter of collected works whose points are run in: each paragraph opens with 一、 and a short lead
  sentence, the point's body after it in the same paragraph: the leads are the level-one headings, the
  rest of each paragraph is its section's text.  Numbered paragraphs whose first sentence runs long,
  or with a chapter line between them, are a regulation's articles: no headings.
- Markdown slides: the presenters' team under the title slide (B组) signs the talk, apart from the title;
  a slide's claim without a full stop stays apart from the note under it; the notes number their points
  with bare numerals 一，二，三，: an ordinal series.
- A speech that opens its greetings with 首先， and closes with 最后，祝… in its last paragraph: a pair,
  however far apart; a 首先 deep inside the body with 最后 at its end is none.
- A classical saying quoted without a speaker (“志之所趋，无远弗届，……”: clauses of one length) is a
  formulation, however long; an unattributed statement of uneven clauses stays a quote; words a place
  holds, named right after them (“…”某馆网站上的这句话), and a note's 原文是：“…” are quotes.
"""

from __future__ import annotations

from kaodian.ingest import read_path
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


NOTES = ["一，某某产业加快发展，某某服务体系逐步完善，某某比重逐年上升；",
         "二，某某政策体系初步建立，某某监测体系逐步完善；",
         "三，某某设施条件明显改善，某某技术加速推广。"]


def _deck() -> str:
    slides = [f"某某方面的一项主要成绩，体现在某某和某某两个方面都有很大进展\n\n<div class=\"r-stack\">\n"
              f"  <img class=\"fragment\" src=\"{k}.png\">\n</div>\nNote:{note}" for k, note in enumerate(NOTES)]
    return ("# 某某专题-某某建设\n##### C组\n\n---\n\n## 某某建设的成绩\n\nNote: 近年来某某建设取得了一定成绩。\n\n---\n\n"
            + "\n\n--\n\n".join(slides) + "\n\n---\n\n## 结束\n\nNote: 以上就是我们组的汇报，谢谢大家。\n")


def test_a_decks_presenters_sign_it_and_its_notes_bare_numerals_are_a_series(tmp_path):
    path = tmp_path / "deck.md"
    path.write_text(_deck(), encoding="utf-8")
    (art,) = normalize(read_path(path)).articles
    assert (art.title, art.author) == ("某某专题-某某建设", "C组")
    texts = [p.text for p in art.paragraphs]
    assert all(note in texts for note in NOTES)  # (no slide line glued before its note)
    found = extract_text(_deck(), "deck.md").of_kind("enumeration")
    assert [[i.text for i in e.items] for e in found] == [[n[2:].rstrip("；。") for n in NOTES]]


def test_a_lone_bare_numeral_is_no_series():
    text = "某某工作报告\n\n一，我们要把某某工作做好。大家要团结一致，把某某事业推向前进。\n"
    assert not extract_text(text, "lone.txt").of_kind("enumeration")


def _speech(first_at: int) -> str:
    # (paragraphs of different widths: lines all of one width read as a column's wrapped lines)
    body = [f"这是讲话的第{k}段，讲某某工作的情况和问题。" + "我们要认真对待，把工作做实做细。" * (k % 3 + 1) for k in range(1, 9)]
    body.insert(first_at, "首先，我代表某某，向在座各位致以诚挚的问候！")
    body.append("我就讲这些。最后，祝大家工作顺利、身体健康！")
    return "在某某座谈会上的讲话\n\n同志们：\n\n" + "\n\n".join(body) + "\n"


def test_a_speechs_opening_first_and_closing_last_are_a_pair():
    (found,) = extract_text(_speech(0), "speech.txt").of_kind("enumeration")
    assert [i.text for i in found.items] == ["我代表某某，向在座各位致以诚挚的问候", "祝大家工作顺利、身体健康"]


def test_a_first_deep_in_the_body_is_no_pair_with_the_closing_last():
    assert not extract_text(_speech(5), "speech.txt").of_kind("enumeration")


def _quoted(sentence: str) -> dict[str, str]:
    text = "某某座谈会上的讲话\n\n同志们：\n\n" + sentence + "大家要把这些话记在心里，落实到行动上。\n"
    return {p.text.rstrip("。"): p.kind for p in extract_text(text, "q.txt").points if p.kind in ("quote", "formulation")}


def test_an_unattributed_classical_saying_is_a_formulation():
    saying = "学如行舟，业如登山，德如化雨，志如扬帆。"  # (20 characters: as long as a quoted statement)
    assert _quoted(f"青年要敢于奋斗。“{saying}”")[saying.rstrip("。")] == "formulation"


def test_an_unattributed_statement_of_uneven_clauses_stays_a_quote():
    words = "要发扬某某精神，在本职岗位上干出实绩，走在前列。"
    assert _quoted(f"青年要敢于奋斗。“{words}”").get(words.rstrip("。")) == "quote"


def test_words_a_place_holds_named_after_them_are_a_quote():
    motto = "融古今之智，以育人为本；汇中外之长，以创新为先。"
    assert _quoted(f"“{motto}”某某馆官方网站上的这句话，说明了它的定位。")[motto.rstrip("。")] == "quote"


def test_a_notes_original_words_are_a_quote():
    words = "学而不思则罔，思而不学则殆。"
    assert _quoted(f"见《某书》第二章。原文是：“{words}”")[words.rstrip("。")] == "quote"
