"""The reading experience in a real browser (issue 15): Debian's Chromium via
Playwright, every non-local request blocked and asserted absent, as in
tests/test_browser.py (whose fixtures this reuses).

Each test follows a journalist's path: a quote's link lands on its words,
marked; a search hit shows its snippet and leads to its words; a person's page
reads as a profile; the comparison leads to both articles; the map names its
places and its popups lead to the words. `make screenshots` saves the README's
pictures of these pages at desktop (1280 px) and phone (390 px) widths.
"""

from __future__ import annotations

import re

import pytest

from . import test_browser as shared

# The browser and the offline page (every non-local request blocked) of
# tests/test_browser.py, shared as fixtures.
browser = shared.browser
offline = shared.offline
SCREENSHOTS = shared.SCREENSHOTS

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def screenshots(page, name: str, selector: str | None = None) -> None:
    """Save the page at desktop and phone widths: <name>-desktop.png, <name>-phone.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(viewport)
        page.wait_for_timeout(300)
        if selector:
            page.locator(selector).first.evaluate("e => e.scrollIntoView({block: 'center'})")
            page.wait_for_timeout(200)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{label}.png"))
    page.set_viewport_size(DESKTOP)


def marked_element(page):
    """The element the page marks as the one a link pointed to, checked to be
    the URL's fragment target, drawn with an outline and on screen."""
    element = page.wait_for_selector('[aria-current="location"]', timeout=5000)
    anchor = page.url.split("#", 1)[1]
    assert element.get_attribute("id") == anchor
    assert page.evaluate("document.querySelector(':target').id") == anchor
    assert element.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
    assert element.evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0 }"
    )
    return element


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= innerWidth + 1")


def test_a_quote_link_lands_on_its_marked_words(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/who_said_what")
    link = page.locator("tr", has_text="Stoltenberg").locator("a.to-article").first
    quote = link.evaluate("a => a.parentElement.textContent").replace("[in article]", "").strip()
    link.click()
    element = marked_element(page)
    assert "hl-quote" in element.get_attribute("class")
    assert element.inner_text().strip() == quote
    assert "You followed a link to one annotation" in page.inner_text(".jumped")
    screenshots(page, "article", '[aria-current="location"]')
    assert offline.errors == []


def test_quotes_are_framed_not_filled_and_paragraphs_are_kept(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/-/articles/tns-putin-ready-to-talk-with-nato")
    quote_fill = page.eval_on_selector(
        ".article-body .hl-quote", "e => getComputedStyle(e).backgroundColor"
    )
    assert quote_fill in ("rgba(0, 0, 0, 0)", "transparent")
    assert (
        page.eval_on_selector(".article-body .hl-quote", "e => getComputedStyle(e).borderTopStyle")
        == "solid"
    )
    for entity in ("person", "organization", "location"):
        fill = page.eval_on_selector(
            f".article-body .hl-{entity}", "e => getComputedStyle(e).backgroundColor"
        )
        assert fill not in ("rgba(0, 0, 0, 0)", "transparent"), entity
    gap = page.eval_on_selector(
        ".article-body .para-gap", "e => getComputedStyle(e, '::after').height"
    )
    assert float(gap.rstrip("px")) > 5
    page.set_viewport_size(PHONE)
    assert no_horizontal_scroll(page)


def test_a_search_hit_has_a_snippet_and_leads_to_the_words(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/")
    page.fill("#search-all-q", "troops")
    page.press("#search-all-q", "Enter")
    page.wait_for_selector(".search-hit")
    hits = page.query_selector_all(".search-hit")
    assert hits and all(hit.query_selector(".snippet mark") for hit in hits)
    assert all(hit.query_selector("a.to-words") for hit in hits)
    # Snippets, not bodies: the whole page stays short.
    assert page.evaluate("document.documentElement.scrollHeight") < 4000
    screenshots(page, "search")
    page.locator("#search-quotes a.to-words").first.click()
    element = marked_element(page)
    assert "troops" in element.inner_text().lower()
    assert offline.errors == []


def test_no_raw_json_on_a_persons_page(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/people/igor-konashenkov")
    text = page.inner_text("body")
    assert '["' not in text and "affiliation_id" not in text and "rows from" not in text
    assert page.inner_text("h1") == "Igor Konashenkov"
    assert page.locator("ul.aliases li").all_inner_texts() == ["Igor Konashenkov", "Konashenkov"]
    assert page.inner_text("a[href='/corpus/organizations/russian-defense-ministry']") == (
        "Russian Defense Ministry"
    )
    screenshots(page, "person")
    page.set_viewport_size(PHONE)
    assert no_horizontal_scroll(page)
    page.set_viewport_size(DESKTOP)
    page.locator(".profile-quotes a.to-article").first.click()
    assert "hl-quote" in marked_element(page).get_attribute("class")


def test_the_comparison_links_both_articles(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/figures_compared")
    card = page.wait_for_selector(".comparison")
    assert "Scopes differ" in card.inner_text()
    links = [a.get_attribute("href") for a in card.query_selector_all("a.to-article")]
    assert len(links) == 2
    articles = {re.match(r"/-/articles/([a-z0-9-]+)\?", link).group(1) for link in links}
    assert articles == {"latin-times-putin-open-to-talks", "tns-putin-ready-to-talk-with-nato"}
    screenshots(page, "comparison", ".comparison")
    for link in links:
        page.goto(live_server.url + link)
        assert "hl-figure" in marked_element(page).get_attribute("class")
    assert offline.errors == []


def test_map_names_places_on_hover_and_popups_lead_to_the_words(offline, live_server, seed_db):
    page = offline.page
    page.goto(live_server.url + "/corpus/places")
    page.wait_for_selector(".leaflet-marker-icon", timeout=15000)
    page.wait_for_timeout(500)
    icons = page.query_selector_all(".leaflet-marker-icon")
    # Few places: no clusters, one marker each, each named.
    assert len(icons) == shared.located_places(seed_db)
    assert all(icon.get_attribute("title") for icon in icons)
    ukraine = next(icon for icon in icons if icon.get_attribute("title") == "Ukraine")
    ukraine.hover()
    assert page.wait_for_selector(".leaflet-tooltip").inner_text() == "Ukraine"
    ukraine.click(force=True)
    popup = page.wait_for_selector(".leaflet-popup-content .map-articles li a", timeout=5000)
    titles = page.locator(".map-articles li a").all_inner_texts()
    assert (
        "Putin ready to talk with NATO; says some Russian troops leaving Ukraine border" in titles
    )
    assert "named 14 times in 2 articles" in page.inner_text(".leaflet-popup-content")
    page.wait_for_function(
        "document.querySelectorAll('img.leaflet-tile-loaded').length > 0", timeout=15000
    )
    screenshots(page, "map", ".leaflet-container")
    popup.click()
    element = marked_element(page)
    assert element.inner_text() == "Ukraine" and "hl-location" in element.get_attribute("class")
    assert offline.errors == []


def test_charts_are_readable_at_both_widths(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/chart_figures")
    troops = page.wait_for_selector(".bar-chart[data-unit=troops]")
    bars = troops.query_selector_all(".bar")
    widths = [bar.bounding_box()["width"] for bar in bars]
    assert len(widths) == 2 and widths[0] > widths[1] > 0
    screenshots(page, "chart", ".bar-chart[data-unit=troops]")
    page.goto(live_server.url + "/corpus/chart_quotes_per_speaker")
    label = page.locator(".bar-label").first
    assert label.inner_text() == "Igor Konashenkov"
    assert float(label.evaluate("e => getComputedStyle(e).fontSize").rstrip("px")) >= 12
    page.set_viewport_size(PHONE)
    assert no_horizontal_scroll(page)


def test_csv_links_download_a_file(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/quotes")
    with page.expect_download() as download:
        page.click("a[href$='.csv?_size=max'], a[href*='.csv']")
    assert download.value.suggested_filename == "quotes.csv"


def test_query_pages_are_titled_by_their_title(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/who_said_what")
    assert page.title() == "Who said what: every quote with its speaker"
