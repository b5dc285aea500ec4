"""A news site's pages saved as Hugo Markdown (issue 13, session 26): a video shortcode above the body,
<figure> blocks with their captions between the parts, transcripts of media sessions divided by 【…】 banners
or by a dated label line standing as a paragraph of its own.  The texts are invented in the genre's shape
(traditional characters, as the site prints them)."""

from __future__ import annotations

from kaodian.model import Source
from kaodian.normalize import normalize

FRONT = "---\ntitle: \"某區議員記者會答問整理\"\nauthor: \"某某\"\n---\n\n# 某區議員記者會答問整理\n\n"


def _article(text: str):
    arts = normalize(Source("page.md", FRONT + text)).articles
    assert len(arts) == 1
    return arts[0]


def test_a_shortcode_line_is_no_text_and_does_not_open_the_body():
    art = _article("\n\n".join([
        '{{< video src="https://example.org/plugins/video.php?href=abc&width=560" >}}',
        "區議會今日討論交通改善方案，多名議員發言，主席總結時表示會再諮詢居民。",
        "會後議員再向傳媒解釋方案的細節，並回答了記者的提問。",
    ]))
    assert art.paragraphs[0].text.startswith("區議會今日討論交通改善方案")
    assert not any("{{" in p.text or "video" in p.text for p in art.paragraphs)


def test_a_figure_block_with_its_caption_is_no_text():
    art = _article("\n".join([
        "區議會今日討論交通改善方案，多名議員發言，主席總結時表示會再諮詢居民。",
        "",
        "<figure>",
        '<img src="https://example.org/web/2017/uploads/a-very-long-file-name-of-the-picture-20170519214253_large.jpg" alt="">',
        "<figcaption>議員在會上發言。資料照片</figcaption>",
        "</figure>",
        "",
        "會後議員再向傳媒解釋方案的細節，並回答了記者的提問。",
    ]))
    texts = [p.text for p in art.paragraphs]
    assert texts == ["區議會今日討論交通改善方案，多名議員發言，主席總結時表示會再諮詢居民。",
                     "會後議員再向傳媒解釋方案的細節，並回答了記者的提問。"]


TRANSCRIPT = "\n\n".join([
    "兩名候選人先後宣布參選，在記者會上回應多條提問，本網整理兩人的答問如下。",
    "【甲候選人記者會】",
    "記者：你會否延續現屆政府的政策？",
    "甲：我認為施政要向前看，會聽取市民意見。",
    "【乙候選人記者會】",
    "記者：你過去的政績是甚麼？",
    "乙：政府工作是團隊工作，很難說是一個人的成績。",
])


def test_banner_lines_in_lenticular_brackets_are_the_part_headings_without_their_brackets():
    art = _article(TRANSCRIPT)
    assert [h.text for h in art.headings] == ["甲候選人記者會", "乙候選人記者會"]
    sections = {p.text: p.section for p in art.paragraphs}
    assert sections["記者：你過去的政績是甚麼？"] == 2


def test_a_wide_label_line_with_no_clause_mark_before_a_blank_line_stands_alone():
    label = "5月16日某區議員在區議會會議前會見傳媒談話（前段部分談交通問題省略）"
    art = _article("\n\n".join([
        "區議會今日討論交通改善方案，多名議員發言，主席總結時表示會再諮詢居民。",
        label,
        "接着我想談談區議會這件事，首先我想談談背景。",
    ]))
    assert label in [p.text for p in art.paragraphs] or label in [h.text for h in art.headings]


def test_a_wide_line_of_running_text_cut_before_a_blank_line_still_goes_on():
    # (a comma in it: a sentence a wrap or a page break cut, whose rest is the next paragraph)
    art = _article("\n\n".join([
        "區議會今日討論交通改善方案，多名議員發言，主席總結時表示會再諮詢居民意見並且",
        "在下月提交新的方案。",
    ]))
    assert [p.text for p in art.paragraphs] == ["區議會今日討論交通改善方案，多名議員發言，主席總結時表示會再諮詢居民意見並且在下月提交新的方案。"]


def _series(text: str) -> list[list[str]]:
    from kaodian.pipeline import extract_text

    ext = extract_text(text, "transcript.md")
    return [[i.text for i in p.items] for p in ext.points if p.kind == "enumeration"]


def test_a_spoken_series_opened_by_a_bare_one_goes_on_with_di_er():
    text = "行政長官：所以我認為，一，會議不需要保密；第二，會議的範圍應該擴大，包含市民提出的問題。"
    assert ["會議不需要保密", "會議的範圍應該擴大，包含市民提出的問題"] in _series(text)


def test_a_spoken_series_goes_on_with_di_er_ge_in_traditional_characters():
    text = ("我看待這件事，有兩個原則。一，便是要盡快完成這個調查。這件事不應該拖下去。"
            "第二個原則，便是這個調查範圍一定要全面。")
    assert ["便是要盡快完成這個調查", "便是這個調查範圍一定要全面"] in _series(text)


def test_a_lone_bare_one_is_no_series():
    text = "行政長官：我完全有權，一，向委員會提出我的觀點。這是委員會公開會議紀錄的原因。"
    assert _series(text) == []


def test_speaker_turns_are_never_headings_nor_items():
    turns = "\n\n".join([
        "兩名候選人先後宣布參選，本網整理記者會上的答問如下。",
        "記者：你第一件要做的事是甚麼？",
        "甲：房屋。",
        "記者：第二件呢？",
        "甲：交通。",
        "記者：你會否連任？",
        "甲：現在言之尚早，我會先做好今屆的工作。",
    ])
    art = _article(turns)
    assert art.headings == ()
    assert _series(FRONT + turns) == []
