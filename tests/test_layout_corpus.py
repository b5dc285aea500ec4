"""Every corpus text re-typeset in each layout real material comes in scores as the text it
was made from: the same hits, extractions and gold counts in every category, every article
found with its title, author, affiliation and ending, and no article more.

The layouts (tests/layouts.py) are functions of a text and its gold, never edits of one
file; a layout that a PDF adds on top of hard wraps (page numbers) is compared with the
wrapped text it was added to.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import layouts as L
from conftest import CORPUS, READ_TEXTS
from kaodian.evaluate import Report, evaluate_dir, format_table
from kaodian.model import Source
from kaodian.normalize import normalize

# the texts read at the bars as they are (conftest): a text with own floors joins when they are gone
NAMES = [p.stem for p in READ_TEXTS]


def identity(text: str, gold: dict) -> tuple[str, dict]:
    return text, gold


# layout -> (the layout, the text it is compared with)
LAYOUTS = {
    "spaced-punctuation": (L.spaced_punctuation, identity),
    "page-numbers-mid-sentence": (L.then(L.typeset, L.page_numbers), L.typeset),
    "page-breaks-in-paragraphs": (L.page_breaks_in_paragraphs, identity),
    "headings-wrapped": (L.headings_wrapped, identity),
    "headings-unmarked": (L.headings_unmarked, identity),
    "speaker-tag": (L.speaker_tag, identity),
    "speaker-colon": (L.speaker_colon, identity),
    "issuing-body-after-title": (L.byline_after_title, identity),
    "byline-after-body": (L.byline_after_body, identity),
    "caption-inserted": (L.caption, identity),
    "caption-wrapped-in-pdf": (L.then(L.typeset, L.caption_wrapped), L.typeset),
    "applause": (L.applause, identity),
    "excerpt-sources": (L.excerpt_sources, identity),
    "phone-app": (L.phone_app, identity),
    "reading-app": (L.reading_app, identity),
    "official-document": (L.official_document, identity),
    "newspaper-page": (L.newspaper_page, identity),
    "pdf-report": (L.then(L.speaker_tag, L.applause, L.typeset, L.spaced_punctuation, L.page_numbers), L.typeset),
    "study-notes": (L.study_notes, identity),
    "retyped-book": (L.retyped_book, identity),
}
# each layout of clean text also as a PDF gives it back (hard-wrapped), compared with the wrapped text:
# what is set with the text is wrapped with it; a page's furniture is added to the wrapped page
FURNITURE = ("phone-app", "reading-app", "newspaper-page", "official-document")
LAYOUTS.update({
    f"pdf-{key}": (L.then(L.typeset, layout) if key in FURNITURE else L.then(layout, L.typeset), L.typeset)
    for key, (layout, baseline) in list(LAYOUTS.items())
    # (a student's notes are typed, not printed: their marks are never wrapped)
    if baseline is identity and key not in ("spaced-punctuation", "page-breaks-in-paragraphs", "study-notes", "retyped-book")
})
# a crawler's store of a page's body (TAB-indented lines, TAB-only lines between) is no PDF: not wrapped
LAYOUTS["crawled-tab-lines"] = (L.crawled, identity)
# a student's outline typed in a word processor, symbol-font bullets and TABs kept, is no PDF either
LAYOUTS["word-bullets"] = (L.word_bullets, identity)


def _signs_alone(article: dict) -> bool:
    """The article has no author, or one person's name (2-4 characters) signs it."""
    author = article.get("author")
    return author is None or bool(re.fullmatch(r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}", author))


def _author_to_place(text: str, articles: list[dict]) -> bool:
    """An article without an author, or with one person signing it on a line of its own: a speaker tag
    or a signature after the body changes it (one whose speaker tag the text already has is left as it
    is); a group of interviewers (田玉珏 薛伟江 李 政) named in a label is neither."""
    return any(a.get("author") is None or (_signs_alone(a) and L._own_line_author(text, a, L._body(text, a)[0]))
               for a in articles)


# what a layout acts on, where not every text has it: (text, articles) -> whether it applies
APPLIES = {
    "headings-wrapped": lambda text, articles: any(a.get("headings") for a in articles),
    "headings-unmarked": lambda text, articles: len(articles) == 1 and L.headings_unmarked(text, {"articles": articles})[0] != text,
    "issuing-body-after-title": lambda text, articles: any(a.get("author") is None for a in articles),
    "speaker-tag": _author_to_place,
    "speaker-colon": _author_to_place,
    "byline-after-body": _author_to_place,
    "word-bullets": lambda text, articles: L.word_bullets(text, {"articles": articles})[0] != text,
}


def _write(d: Path, layout, name: str) -> tuple[str, dict]:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((CORPUS / f"{name}.gold.yaml").read_text(encoding="utf-8"))
    text, gold = layout(text, gold)
    (d / f"{name}.txt").write_text(text, encoding="utf-8")
    (d / f"{name}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return text, gold


@pytest.fixture(scope="module")
def typeset(tmp_path_factory) -> dict[str, tuple[Report, dict[str, tuple[str, dict]]]]:
    """Each layout's report and its baseline's, over every corpus text, made once."""
    cache: dict[str, tuple[Report, dict[str, tuple[str, dict]]]] = {}

    def run(key: str, layout) -> tuple[Report, dict[str, tuple[str, dict]]]:
        if key not in cache:
            d = tmp_path_factory.mktemp(key)
            written = {name: _write(d, layout, name) for name in NAMES}
            cache[key] = (evaluate_dir(d), written)
        return cache[key]

    return run


def _scores(report: Report) -> dict[str, dict[str, tuple[int, int, int]]]:
    return {
        f.name: {k: (c.hits, c.extracted, c.gold) for k, c in f.categories.items()} for f in report.files
    }


@pytest.mark.parametrize("key", sorted(LAYOUTS))
def test_every_corpus_text_in_the_layout_scores_as_its_text(typeset, key):
    layout, baseline = LAYOUTS[key]
    report, written = typeset(key, layout)
    base, _ = typeset(f"base-{baseline.__name__}", baseline)
    print(format_table(report))
    for f in report.files:
        assert f.error is None, f.error
        assert f.articles.missing == [], f"{key} {f.name}: " + "，".join(f.articles.missing)
    assert _scores(report) == _scores(base)
    for name, (text, gold) in written.items():
        # nothing the layout added becomes an article of its own (a caption, a page number, a signature)
        doc = normalize(Source(f"{name}.txt", text))
        assert len(doc.articles) == len(gold["articles"]), (key, name)


@pytest.mark.parametrize("key", ["caption-inserted", "caption-wrapped-in-pdf", "applause", "excerpt-sources", "phone-app", "reading-app",
                                 "pdf-reading-app", "official-document", "newspaper-page", "page-numbers-mid-sentence",
                                 "page-breaks-in-paragraphs", "study-notes"])
def test_what_the_layout_adds_is_never_text(typeset, key):
    """A caption, an applause marker, a page number, an app's furniture or an office's apparatus is in
    no article's body, so no question asks it."""
    layout, _ = LAYOUTS[key]
    _, written = typeset(key, layout)
    added = {"caption-inserted": [L.CAPTION, "摄"], "caption-wrapped-in-pdf": ["共同富裕", "摄"], "applause": ["掌声"], "excerpt-sources": ["研修班学员座谈会", "某地考察", "批示）"], "phone-app": ["阅读", "在看", "分享到", "责任编辑", "蓝字", "发表于"],
             "reading-app": ["10万+", "在看", "预览时标签不可点", "滑动", "留言", "说得真好", "谢谢支持", L.NAME],
             "pdf-reading-app": ["10万+", "在看", "预览时标签不可点", "滑动", "留言", "说得真好", "谢谢支持", L.NAME],
             "newspaper-page": ["星期一", "第9版", "09 版", "本版责编"],
             "official-document": ["〔2023〕", "签发人", "附件", "任务分工表", "此件", "抄送", "印发"],
             "page-numbers-mid-sentence": ["- 2 -", "第3页"], "page-breaks-in-paragraphs": ["- 4 -", "第5页"],
             "study-notes": ["目录", "……", L.STARS, L.EXAM_MARK, "（P", "答："]}[key]
    for name, (text, _) in written.items():
        doc = normalize(Source(f"{name}.txt", text))
        bodies = "\n".join(doc.text[a.start : a.end] for a in doc.articles)
        for s in added:
            assert s not in bodies or s in (CORPUS / f"{name}.txt").read_text(encoding="utf-8"), (key, name, s)


def test_the_layouts_change_every_text():
    """A layout that left a text as it was would test nothing (a text without headings has none to wrap)."""
    for key, (layout, baseline) in LAYOUTS.items():
        for name in NAMES:
            text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
            gold = yaml.safe_load((CORPUS / f"{name}.gold.yaml").read_text(encoding="utf-8"))
            if not APPLIES.get(key.removeprefix("pdf-"), lambda t, a: True)(text, gold["articles"]):
                continue
            assert layout(text, gold)[0] != baseline(text, gold)[0], (key, name)


# the one-article texts a speaker alone signs (or none): an interview by a group is no speech
ONE_ARTICLE = [
    n for n in NAMES
    if len(arts := yaml.safe_load((CORPUS / f"{n}.gold.yaml").read_text(encoding="utf-8"))["articles"]) == 1
    and _signs_alone(arts[0])
]


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> dict[str, dict[str, tuple[int, int, int]]]:
    d = tmp_path_factory.mktemp("plain")
    for name in NAMES:
        _write(d, identity, name)
    return _scores(evaluate_dir(d))


@pytest.mark.parametrize("pdf", [False, True], ids=["lines", "pdf"])
@pytest.mark.parametrize("order", [ONE_ARTICLE, ONE_ARTICLE[::-1]], ids=["forward", "backward"])
def test_speeches_under_one_headline_are_split_each_with_its_title_and_speaker(tmp_path, plain, order, pdf):
    """The texts printed as speeches of one text (…同志的讲话 before each): every speech is an article
    with its subtitle as title and its speaker as author, and its headings and items score as alone
    (in the PDF, items cut by a wrap may score otherwise: there the headings must)."""
    parts = [
        ((CORPUS / f"{n}.txt").read_text(encoding="utf-8"), yaml.safe_load((CORPUS / f"{n}.gold.yaml").read_text(encoding="utf-8")))
        for n in order
    ]
    text, gold = L.speeches(parts)
    if pdf:
        text, gold = L.typeset(text, gold)
    (tmp_path / "speeches.txt").write_text(text, encoding="utf-8")
    (tmp_path / "speeches.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    (f,) = evaluate_dir(tmp_path).files
    assert f.articles.missing == [] and f.articles.gold == len(order)
    assert len(normalize(Source("speeches.txt", text)).articles) == len(order)
    for category in ("headings",) if pdf else ("headings", "enumerations"):
        alone = [plain[f"{n}.txt"][category] for n in order]
        c = f.categories[category]
        assert (c.hits, c.extracted, c.gold) == tuple(map(sum, zip(*alone))), category
