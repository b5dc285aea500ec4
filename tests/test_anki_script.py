"""The choice cards' script in a real browser: tapping marks an option, the back marks right and wrong.

The card HTML is what the real Anki renders (card.question()/answer()); Debian's
chromium runs it, the way the desktop app (one page, the answer swapped in)
and AnkiDroid (a new page per side, sessionStorage kept) show it.
"""

from __future__ import annotations

import shutil

import pytest

from anki_check import fresh_collection, import_apkg
from kaodian.bank import load_bank
from kaodian.export.anki import write_deck
from kaodian.model import Bank

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")

ORIGIN = "http://anki.invalid/"


@pytest.fixture(scope="module")
def cards(tmp_path_factory, request):
    """question/answer HTML of the multiple-choice and true/false cards of the sample bank."""
    from pathlib import Path

    tmp = tmp_path_factory.mktemp("anki")
    bank = Bank(load_bank(Path(request.config.rootpath) / "tests" / "data" / "sample_bank.json"))
    write_deck(bank, tmp / "s.apkg", timestamp=1_700_000_000)
    col = fresh_collection(tmp)
    try:
        import_apkg(col, tmp / "s.apkg")
        out = {}
        for qid in ("q-multiple-1", "q-tf-2"):
            (nid,) = col.find_notes(f'"编号:{qid}"')
            card = col.get_note(nid).cards()[0]
            out[qid] = (card.question(), card.answer())
        return out
    finally:
        col.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def _page(browser, pages: dict[str, str]):
    page = browser.new_page()
    page.route(
        f"{ORIGIN}**",
        lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=pages[route.request.url.removeprefix(ORIGIN)]
        ),
    )
    return page


def _classes(page) -> dict[str, str]:
    return page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('.kd-opts li')]"
        ".map(li => [li.dataset.k, li.className]))"
    )


def test_ankidroid_like_new_page_per_side(browser, cards):
    q, a = cards["q-multiple-1"]  # answer ABD
    page = _page(browser, {"q": f"<body class='card'>{q}</body>", "a": f"<body class='card'>{a}</body>"})
    page.goto(ORIGIN + "q")
    page.click("li[data-k=A]")
    page.click("li[data-k=C]")
    page.click("li[data-k=B]")
    page.click("li[data-k=B]")  # tapped again: unselected
    assert _classes(page) == {"A": "kd-sel", "B": "", "C": "kd-sel", "D": "", "E": ""}
    page.goto(ORIGIN + "a")
    assert _classes(page) == {"A": "kd-right", "B": "kd-miss", "C": "kd-wrong", "D": "kd-miss", "E": "kd-other"}
    assert page.inner_text("#kd-verdict") == "你的选择：AC　✗ 错误"
    page.close()


def test_desktop_like_answer_swapped_into_the_same_page(browser, cards):
    q, a = cards["q-tf-2"]  # answer 错
    page = _page(browser, {"q": f"<body class='card'><div id='qa'>{q}</div></body>"})
    page.goto(ORIGIN + "q")
    page.click("li[data-k=错]")
    # what the desktop reviewer does: replace #qa and run the scripts it holds
    page.evaluate(
        """(html) => { const qa = document.getElementById('qa'); qa.innerHTML = html;
        for (const old of qa.querySelectorAll('script')) { const s = document.createElement('script');
        s.textContent = old.textContent; old.replaceWith(s); } }""",
        a,
    )
    assert _classes(page) == {"对": "kd-other", "错": "kd-right"}
    assert page.inner_text("#kd-verdict") == "你的选择：错　✓ 正确"
    page.close()


def test_without_scripts_the_letters_and_the_answer_still_show(browser, cards):
    q, a = cards["q-multiple-1"]
    page = browser.new_page(java_script_enabled=False)
    page.set_content(f"<body class='card'>{a}</body>")
    text = page.inner_text("body")
    assert "A政治立场" in text.replace("\n", "").replace(" ", "")
    assert "答案ABD" in text.replace("\n", "").replace(" ", "")
    page.close()
