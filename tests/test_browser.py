"""The app in Debian's Chromium (Playwright), against the real `helpdesk serve` on 127.0.0.1.

Chromium comes from `make setup` (apt); Playwright drives it and downloads nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from eval.ui import ask_in_page, launch_chromium
from index import Encoder, build_index
from index.embed import MultilingualEncoder
from ingest import read_corpus
from eval.load.server import serve

# Each hostile piece sets window.__xss if it ever runs; a live javascript: link would too when followed.
HOSTILE_TXT = """<img src=x onerror="window.__xss='title'"> Hostile notes on exporting MSMEs
1.1. Small businesses export more when customs procedures are simple and cheap. <script>window.__xss='script'</script> The helpdesk shows this as text.
1.2. Exporters read <img src=x onerror="window.__xss='img'"> guides and [the official guide](javascript:window.__xss='link') before shipping abroad.
1.3. On 10 December 2024 a paragraph made <b onmouseover="window.__xss='b'">bold</b> claims and ${window.__xss='template'} text.
"""


@pytest.fixture(scope="module")
def browser() -> Browser:
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser: Browser, app_url: str) -> Page:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(app_url)
    yield page
    context.close()


def test_chip_opens_its_source_card_with_the_official_link(page: Page) -> None:
    ask_in_page(page, "What is the Trade4MSMEs Platform?")
    chip = page.locator("#conversation a.chip").first
    expect(chip).to_have_text("WT/MIN(24)/9 ¶1.3, p. 1")
    card = page.locator("#t1-s1")
    expect(card).to_be_hidden()
    chip.click()
    expect(card).to_be_visible()
    expect(card.locator("mark").first).to_contain_text("Trade4MSMEs Platform")
    link = card.locator("a.official")
    assert link.get_attribute("href").startswith("https://docs.wto.org/"), "the card links the official document"
    expect(card.locator(".trail")).to_contain_text("SINCE ITS INITIATION")
    card.locator(".context summary").click()
    expect(card.locator(".context .near").first).to_contain_text("Small Business Champions")


def test_an_example_question_works(page: Page) -> None:
    page.get_by_text("Which countries joined the MSME Group in 2024?").click()
    expect(page.locator("#question textarea")).to_have_value("Which countries joined the MSME Group in 2024?")
    page.locator("#ask-button").click()
    expect(page.locator("#turn-1 a.chip").first).to_contain_text("IWG on MSMEs 2024 Annual Report ¶1.2")


def test_conversation_keeps_turns_and_offers_copy_and_download(page: Page) -> None:
    ask_in_page(page, "What is the Trade4MSMEs Platform?")
    ask_in_page(page, "What did INF/MSME/W/53 propose?")
    expect(page.locator("#conversation article.turn")).to_have_count(2)
    expect(page.locator("#turn-1 .question")).to_have_text("What is the Trade4MSMEs Platform?")
    plain = page.locator("#plain textarea").input_value()
    assert plain.startswith("What did INF/MSME/W/53 propose?") and "Sources:" in plain
    page.locator("#copy").click()
    assert page.evaluate("navigator.clipboard.readText()") == plain, "Copy puts the answer with citations on the clipboard"
    with page.expect_download() as download:
        page.locator("#download").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert text.startswith("# What did INF/MSME/W/53 propose?") and "## Sources" in text


def test_abstains_on_an_off_topic_question(page: Page) -> None:
    ask_in_page(page, "What is the boiling point of mercury?")
    expect(page.locator("#turn-1 .answer.abstained")).to_contain_text("The documents do not answer this")
    expect(page.locator("#turn-1 .sources h3")).to_have_text("Closest we found")
    expect(page.locator("#turn-1 a.chip")).to_have_count(0)
    assert page.locator("#turn-1 details.card").count() >= 1, "the closest passages are shown"


def test_lookup_shows_the_outline(page: Page) -> None:
    page.get_by_role("tab", name="Look up a document").click()
    page.get_by_label("Document symbol").fill("wt/min(24)/9")
    page.get_by_label("Document symbol").press("Enter")
    outline = page.locator("#report .outline")
    expect(outline).to_contain_text("¶1.3")
    expect(outline.locator(".heading").first).to_contain_text("SINCE ITS INITIATION")
    expect(page.locator("#report .cited-by")).to_contain_text("IWG on MSMEs 2024 Annual Report")
    page.get_by_label("What happened on / at", exact=False).fill("10 December 2024")
    page.locator("#when-button").click()
    expect(page.locator("#happened li")).to_have_count(2)


def test_pick_a_document_from_the_list(page: Page) -> None:
    page.get_by_role("tab", name="Look up a document").click()
    page.get_by_label("…or pick an indexed document").click()
    page.get_by_role("option", name="IWG on MSMEs 2024 Annual Report", exact=False).click()
    expect(page.locator("#report h3")).to_have_text("IWG on MSMEs 2024 Annual Report")
    expect(page.locator("#report .outline")).to_contain_text("¶5.1")
    expect(page.locator("#report .nolink")).to_have_text("No symbol known: cited by title")


def test_switch_language(page: Page) -> None:
    page.get_by_label("Français").check()
    expect(page.get_by_label("Votre question")).to_be_visible()
    expect(page.locator("#ask-button")).to_have_text("Demander")
    expect(page.get_by_role("tab", name="Consulter un document")).to_be_visible()
    ask_in_page(page, "Qu'est-ce que la plateforme Trade4MSMEs ?")
    expect(page.locator("#turn-1 .sources h3")).to_have_text("Sources")
    page.get_by_label("Español").check()
    official = page.locator("#turn-1 a.official").first
    expect(official).to_have_text("Abrir en docs.wto.org")
    assert "&Language=Spanish&" in official.get_attribute("href"), "docs.wto.org opens the Spanish version"


def test_keyboard_and_labels(page: Page) -> None:
    page.locator("#question textarea").focus()
    page.keyboard.type("What is the Trade4MSMEs Platform?")
    page.keyboard.press("Enter")
    chip = page.locator("#turn-1 a.chip").first
    chip.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#t1-s1")).to_be_visible()
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, textarea, select, button')]
              .filter(el => el.offsetParent !== null && el.type !== 'hidden')
              .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                            && !el.getAttribute('aria-labelledby') && !el.textContent.trim())
              .map(el => el.outerHTML.slice(0, 120))"""
    )
    assert unlabelled == [], "every visible control has a label"


def test_phone_width_has_no_sideways_scroll(browser: Browser, app_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    page.goto(app_url)
    ask_in_page(page, "What is the Trade4MSMEs Platform?")
    page.locator("#conversation a.chip").first.click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.get_by_role("tab", name="Look up a document").click()
    page.get_by_label("Document symbol").fill("WT/MIN(24)/9")
    page.locator("#lookup-button").click()
    expect(page.locator("#report .outline")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder, multilingual: MultilingualEncoder) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "corpus").mkdir()
    (folder / "corpus" / "hostile-notes.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    read = read_corpus([folder / "corpus"])
    assert read.passages, "the hostile file was read"
    build_index(read.passages, folder / "index", encoder=encoder, multilingual=multilingual, sources=read.sources)
    with serve(folder / "index") as served:
        yield served.url


def _assert_inert(page: Page) -> None:
    assert page.evaluate("window.__xss === undefined"), "hostile document text ran as script"
    hrefs = page.evaluate("[...document.querySelectorAll('[href], [src], [action], [formaction]')]"
                          ".map(el => el.getAttribute('href') || el.getAttribute('src') || '')")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], "a javascript: link is live"


def test_hostile_document_text_stays_text(browser: Browser, hostile_url: str) -> None:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(hostile_url)
    ask_in_page(page, "When do small businesses export more?")
    conversation = page.locator("#conversation")
    for card in conversation.locator("details.card").all():  # open every card and its context
        card.locator(":scope > summary").click()
        for more in card.locator(".context > summary").all():
            more.click()
    expect(conversation).to_contain_text("<script>window.__xss='script'</script>")
    expect(conversation).to_contain_text("[the official guide](javascript:window.__xss='link')")
    assert conversation.locator("script, img, b").count() == 0, "document markup became elements"
    _assert_inert(page)
    page.get_by_role("tab", name="Look up a document").click()
    page.get_by_label("Document symbol").fill("hostile-notes")
    page.locator("#lookup-button").click()
    expect(page.locator("#report .outline")).to_contain_text("<img src=x")
    page.get_by_label("What happened on / at", exact=False).fill("10 December 2024")
    page.locator("#when-button").click()
    expect(page.locator("#happened li")).to_contain_text("<b onmouseover=")
    assert page.locator("#report, #happened").locator("script, img, b").count() == 0, "document markup became elements"
    _assert_inert(page)
    assert dialogs == []
    context.close()
