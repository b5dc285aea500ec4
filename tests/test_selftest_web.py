"""The offline quiz page: self-contained, escaped, and usable in a real browser."""

from __future__ import annotations

import functools
import http.server
import json
import random
import re
import threading
from pathlib import Path

import pytest

from kaodian.ingest import decode_text  # (a corpus text may be GBK)
from kaodian.bank import load_bank
from kaodian.answers import check
from kaodian.selftest.webpage import page_data, render_page
from test_selftest_checking import CASES
from test_selftest_cli import RIGHT, WRONG

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium): apt-get install chromium"
)


def data_block(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kaodian-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def test_page_is_self_contained_and_escaped(sample_bank):
    questions = load_bank(sample_bank)
    page = render_page(questions)
    assert page == render_page(questions)  # same questions, same bytes
    for external in ("http:", "https:", "src=", "href=", "@import", "url(", "<link", "<img", "<iframe", "fetch("):
        assert external not in page, external
    assert not re.search(r"\w+://", page)
    assert "default-src 'none'" in page
    # the explanation's <script> travels as JSON text, never as markup
    assert page.count("<script") == 2 and "alert(1)" in page and "<script>alert" not in page
    data = data_block(page)
    assert [q["id"] for q in data["questions"]] == [q.id for q in questions]
    assert "<script>alert(1)</script>" in data["texts"][data["questions"][-1]["explanation"]]


def test_page_title_is_escaped(sample_bank):
    page = render_page(load_bank(sample_bank), title="<b>学习</b> & 测验")
    assert "<title>&lt;b&gt;学习&lt;/b&gt; &amp; 测验</title>" in page
    assert "<b>" not in page


def report_of_30000_characters(corpus_dir: Path) -> str:
    """The corpus texts joined, cut at a paragraph end after 30,000 characters: a whole long report (of running
    text: not the memorisation sheet, whose statements have holes)."""
    from kaodian.lexicon.harvest import fill_in_sheet

    texts = (decode_text(p.read_bytes(), p.name) for p in sorted(corpus_dir.glob("*.txt")))
    text = "\n".join(t for t in texts if not fill_in_sheet(t))
    return text[: text.index("\n", 30_000)]


def test_page_for_a_30000_character_report_is_under_1_mb(corpus_dir, tmp_path):
    from kaodian.pipeline import make_bank

    src = tmp_path / "report.txt"
    src.write_text(report_of_30000_characters(corpus_dir), encoding="utf-8")
    bank = make_bank([str(src)]).bank
    assert len(bank.questions) > 450  # (a big bank; session 17 asks fewer true/false: 499 on this report)
    size = len(render_page(bank.questions).encode("utf-8"))
    assert size < 1_000_000, size


# ---- in the browser ---------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium): apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def open_page(browser, tmp_path):
    """Open a page file in a fresh browser context; collect dialogs, errors and network requests.

    ``served=True`` loads the same file from a local HTTP server instead of
    file://, for tests that reload the page: Chromium drops a file:// page's
    last localStorage writes when it is reloaded within about a second (seen in
    one reload in ten, also with a persistent profile; never over HTTP), which
    a learner coming back later never meets.
    """
    contexts, servers = [], []

    def _open(html: str, served: bool = False):
        path = tmp_path / "quiz.html"
        path.write_text(html, encoding="utf-8")
        url = path.as_uri()
        if served:
            handler = functools.partial(_QuietHandler, directory=str(tmp_path))
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
            url = f"http://127.0.0.1:{server.server_address[1]}/quiz.html"
        ctx = browser.new_context()
        contexts.append(ctx)
        page = ctx.new_page()
        page.events = {"dialogs": [], "errors": [], "requests": []}
        page.on("dialog", lambda d: (page.events["dialogs"].append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: page.events["errors"].append(str(e)))
        page.on("console", lambda m: m.type == "error" and page.events["errors"].append(m.text))
        # the page itself is no network request; anything else it loads is
        page.on("request", lambda r: r.url in (url, path.as_uri()) or page.events["requests"].append(r.url))
        page.goto(url)
        return page

    yield _open
    for ctx in contexts:
        ctx.close()
    for server in servers:
        server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # no request log in the test output
        pass


def answer_in_page(page, qid: str, kind: str, lines: list[str]) -> None:
    """Tap through one question as a learner does, using the typed answers of test_selftest_cli."""
    card = page.locator(f'section.card[data-qid="{qid}"]')
    if kind in ("single", "truefalse"):
        letter = lines[0].upper() if kind == "single" else {"√": "对", "×": "错"}.get(lines[0], lines[0])
        card.locator(f'.option[data-letter="{letter}"]').click()
    elif kind in ("multiple", "ordering"):
        for letter in re.sub(r"[^A-Za-z]", "", lines[0]).upper():
            card.locator(f'.option[data-letter="{letter}"]').click()
        card.locator(".submit").click()
    elif kind == "cloze":
        for i, text in enumerate(lines):
            card.locator("input.blank").nth(i).fill(text)
        card.locator(".submit").click()
    else:
        card.locator("textarea.recall").fill(lines[0])
        card.locator(".submit").click()
        card.locator(f'.grade[data-grade="{lines[1]}"]').click()


@needs_chromium
def test_quiz_in_the_browser_right_wrong_score_and_review_after_reload(sample_bank, open_page):
    questions = load_bank(sample_bank)
    page = open_page(render_page(questions), served=True)  # it reloads
    wrong_ids = {"q-single-1", "q-cloze-1", "q-tf-2"}
    for n, q in enumerate(questions, 1):
        card = page.locator("section.card")
        assert card.get_attribute("data-qid") == q.id
        assert card.locator(".meta").inner_text() == f"第 {n}/8 题 · " + {
            "cloze": "填空题", "single": "单项选择题", "multiple": "多项选择题",
            "truefalse": "判断题", "ordering": "排序题", "recall": "简答题",
        }[q.kind]
        wrong = q.id in wrong_ids
        answer_in_page(page, q.id, q.kind, (WRONG if wrong else RIGHT)[q.id])
        verdict = card.locator(".verdict").inner_text()
        assert verdict == ("✗ 回答错误" if wrong else "✓ 回答正确")
        if wrong:
            assert card.locator(".answer").inner_text().startswith("正确答案：")
        assert card.locator(".source").inner_text().startswith("出处：tianjin-theory-page.txt · 《")
        right_so_far = n - len([i for i in wrong_ids if i in {x.id for x in questions[:n]}])
        assert page.locator("#score").inner_text() == f"得分 {right_so_far}/{n}"
        if q.id == "q-single-1":
            assert card.locator(".answer").inner_text() == "正确答案：C. 政治执行力"
            assert card.locator(".option.right").get_attribute("data-letter") == "C"
        if q.id == "q-cloze-2":  # a <script> in the source stays text
            assert card.locator(".explanation").inner_text().endswith("<script>alert(1)</script>")
        card.locator(".next").click()
    summary = page.locator("section.summary")
    assert summary.locator(".final-score").inner_text() == "得分 5/8（63%）"
    assert "判断题" in summary.locator("table").first.inner_text()
    assert page.locator("#review-btn").inner_text() == "复习错题（3）"
    assert page.evaluate("document.querySelectorAll('script').length") == 2
    assert page.events == {"dialogs": [], "errors": [], "requests": []}

    # Reload: the wrong answers are still there; review until each is right twice in a row.
    page.reload()
    assert page.locator("#review-btn").inner_text() == "复习错题（3）"
    page.locator("#review-btn").click()
    seen = []
    for _ in range(7):
        card = page.locator("section.card")
        if card.get_attribute("class") == "card summary":
            break
        qid, kind = card.get_attribute("data-qid"), card.get_attribute("data-kind")
        seen.append(qid)
        # the first review answer to q-tf-2 is wrong again, so it needs two more
        lines = WRONG[qid] if (qid == "q-tf-2" and seen.count(qid) == 1) else RIGHT[qid]
        answer_in_page(page, qid, kind, lines)
        assert card.locator(".meta").inner_text().startswith("复习第")
        card.locator(".next").click()
    assert sorted(set(seen)) == sorted(wrong_ids) and len(seen) == 7
    assert page.locator("section.summary h2").inner_text() == "复习结束"
    assert page.locator("#review-btn").inner_text() == "复习错题（0）"
    page.reload()
    assert page.locator("#review-btn").is_disabled()
    assert page.events["errors"] == []


@needs_chromium
def test_a_rebuilt_page_whose_ids_moved_keeps_each_question_s_record(sample_bank, open_page, tmp_path):
    """A statement inserted above takes the first one's id and the first takes the second's: the page's book
    follows each question by what it asks, so the first statement, answered wrong, is still the one to review."""
    import dataclasses

    by_id = {q.id: q for q in load_bank(sample_bank)}
    first, second = by_id["q-tf-1"], by_id["q-tf-2"]
    page = open_page(render_page([first, second]), served=True)
    answer_in_page(page, "q-tf-1", "truefalse", WRONG["q-tf-1"])
    page.locator("section.card .next").click()
    answer_in_page(page, "q-tf-2", "truefalse", RIGHT["q-tf-2"])
    assert page.locator("#review-btn").inner_text() == "复习错题（1）"
    inserted = dataclasses.replace(first, stem="甲乙丙是丁戊的根本。", answer=("错",))
    rebuilt = [inserted, dataclasses.replace(first, id="q-tf-2"), dataclasses.replace(second, id="q-tf-3")]
    (tmp_path / "quiz.html").write_text(render_page(rebuilt), encoding="utf-8")
    page.goto(page.url + "?rebuilt")  # (a reload within the second the file was written may show the cached page)
    assert page.locator("#review-btn").inner_text() == "复习错题（1）"
    page.locator("#review-btn").click()
    card = page.locator("section.card")
    assert card.get_attribute("data-qid") == "q-tf-2" and first.stem in card.inner_text()
    # the inserted statement deleted again: the record moves back to the first id
    (tmp_path / "quiz.html").write_text(render_page([first, second]), encoding="utf-8")
    page.goto(page.url.split("?")[0] + "?again")
    assert page.locator("#review-btn").inner_text() == "复习错题（1）"
    page.locator("#review-btn").click()
    assert page.locator("section.card").get_attribute("data-qid") == "q-tf-1"
    assert page.events["errors"] == []


@needs_chromium
def test_override_in_the_browser(sample_bank, open_page):
    page = open_page(render_page([q for q in load_bank(sample_bank) if q.id == "q-cloze-2"]))
    answer_in_page(page, "q-cloze-2", "cloze", ["数字鸿"])
    assert page.locator("#score").inner_text() == "得分 0/1"
    page.locator(".override").click()
    assert page.locator(".verdict").inner_text() == "✓ 回答正确"
    assert page.locator("#score").inner_text() == "得分 1/1"
    assert page.locator("#review-btn").inner_text() == "复习错题（0）"


def _variants(rng: random.Random, text: str) -> str:
    """A random way of typing ``text``: full-width, spaces, quotes, case."""
    out = []
    for c in text:
        if "!" <= c <= "~" and rng.random() < 0.5:
            c = chr(ord(c) + 0xFEE0)
        if rng.random() < 0.2:
            c += " "
        out.append(c.lower() if rng.random() < 0.3 else c)
    s = "".join(out)
    return rng.choice(["", "“", " "]) + s + rng.choice(["", "”", "。", "  "])


@needs_chromium
def test_javascript_checking_agrees_with_python(sample_bank, open_page):
    page = open_page(render_page(load_bank(sample_bank)))
    rng = random.Random(1)
    cases = [(q, r) for q, r, _, _ in CASES]
    for q in load_bank(sample_bank):
        for _ in range(15):
            pick = rng.choice([RIGHT[q.id], WRONG[q.id]])
            resp = [_variants(rng, x) for x in pick] if q.kind == "cloze" else _variants(rng, pick[0])
            cases.append((q, resp))
    payload = [(page_data([q], "t")["questions"][0], r) for q, r in cases]
    got = page.evaluate("cases => cases.map(c => { const v = kaodianCheck(c[0], c[1]); return [v.correct, v.valid, v.parts]; })", payload)
    for (q, r), (correct, valid, parts) in zip(cases, got):
        v = check(q, r)
        assert (correct, valid, tuple(parts)) == (v.correct, v.valid, v.parts), (q.id, r)


def _requote(rng: random.Random, s: str) -> str:
    """``s`` with its quotation marks typed another way: straight, single, corner, full-width or none."""
    table = rng.choice([{"“": '"', "”": '"'}, {"“": "‘", "”": "’"}, {"“": "「", "”": "」"}, {"“": "＂", "”": "＂"}, {"“": "", "”": ""}])
    return "".join(table.get(c, c) for c in s)


@needs_chromium
def test_javascript_checking_agrees_with_python_on_every_corpus_question(corpus_dir, open_page):
    from kaodian.pipeline import make_bank

    bank = make_bank(sorted(corpus_dir.glob("*.txt"))).bank
    page = open_page(render_page(bank.questions[:1]))
    rng = random.Random(3)
    cases = []
    for q in bank.questions:
        if q.kind == "cloze":
            right = [_requote(rng, a) for a in q.answer]
            cases += [(q, right), (q, right[::-1]), (q, [a + "们" for a in q.answer])]
        elif q.kind == "truefalse":
            cases += [(q, rng.choice(["对", "错", "√", "x"]))]
        elif q.options:
            cases += [(q, "".join(q.answer)), (q, " ".join(q.answer).lower()), (q, "A")]
        else:
            cases += [(q, "\n".join(q.answer))]
    payload = [(page_data([q], "t")["questions"][0], r) for q, r in cases]
    got = page.evaluate("cases => cases.map(c => { const v = kaodianCheck(c[0], c[1]); return [v.correct, v.valid, v.parts]; })", payload)
    mismatched = [(q.id, r) for (q, r), (correct, valid, parts) in zip(cases, got) if (correct, valid, tuple(parts)) != ((v := check(q, r)).correct, v.valid, v.parts)]
    assert not mismatched, mismatched[:5]
    # a quotation mark typed another way (or left out) never makes a right answer wrong
    assert all(check(q, [_requote(rng, a) for a in q.answer]).correct for q in bank.questions if q.kind == "cloze")


@needs_chromium
def test_enter_in_a_fill_in_box_submits_and_shows_the_feedback(sample_bank, open_page):
    """Enter submits the blank; the answer and explanation stay on screen until 下一题 is pressed."""
    questions = [q for q in load_bank(sample_bank) if q.kind == "cloze"]
    assert len(questions) >= 2
    page = open_page(render_page(questions))
    first = questions[0]
    card = page.locator(f'section.card[data-qid="{first.id}"]')
    card.locator("input.blank").first.fill("不是这个")
    card.locator("input.blank").first.press("Enter")
    page.wait_for_timeout(300)  # a stray click on 下一题 would have happened by now
    assert card.is_visible() and card.locator(".feedback").is_visible()
    assert "正确答案：" in card.locator(".feedback").inner_text()
    assert page.locator("section.card").count() == 1
    page.keyboard.press("Enter")  # the focus is on 下一题 now: a second Enter moves on
    assert page.locator(f'section.card[data-qid="{questions[1].id}"]').is_visible()
    assert not page.events["errors"]


@needs_chromium
def test_a_typo_fixed_with_a_paragraph_inserted_above_keeps_each_record_of_the_page_s_book(open_page, tmp_path):
    """The page's book follows a question whose id moved and whose sentence had a small edit in one rebuild, as
    the terminal book does (an invented notice: test_question_identity)."""
    from test_question_identity import _edit

    before, after, same = _edit(tmp_path)
    page = open_page(render_page(before), served=True)
    for q in before:  # every question answered wrong
        answer_in_page(page, q.id, q.kind, ["x", "错"] if q.kind == "recall" else ["x"] * len(q.answer))
        page.locator("section.card .next").click()
    assert page.locator("#review-btn").inner_text() == f"复习错题（{len(before)}）"
    (tmp_path / "quiz.html").write_text(render_page(after), encoding="utf-8")
    page.goto(page.url + "?rebuilt")
    assert page.locator("#review-btn").inner_text() == f"复习错题（{len(before)}）"
    book = page.evaluate("JSON.parse(window.localStorage.getItem('kaodian-book/1')).q")
    assert sorted(book) == sorted(same[q.id].id for q in before)
    assert page.events["errors"] == []


def test_the_page_header_is_the_article_s_title_not_the_file_name(sample_bank):
    """A pinyin file name tells a learner nothing: one titled article beside an untitled caption gives its title,
    several articles of one document the first title and how many (invented titles)."""
    import dataclasses

    from kaodian.selftest.webpage import default_title

    qs = load_bank(sample_bank)[:3]

    def at(q, article, start):
        return dataclasses.replace(q, source=dataclasses.replace(q.source, document="/x/xuexi-cailiao.docx",
                                                                 article=article, start=start))

    assert default_title([at(qs[0], "关于加强协会工作的几点思考", 50), at(qs[1], "（无题2）", 10)]) == "关于加强协会工作的几点思考"
    assert default_title([at(qs[0], "第二篇", 90), at(qs[1], "第一篇", 10), at(qs[2], "第二篇", 5)]) == "第二篇等 2 篇"
