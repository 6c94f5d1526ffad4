"""What a journalist sees, in a real browser: Debian's Chromium driven by
Playwright (never a browser downloaded by Playwright).

Every request that is not to the local server is blocked, and the tests assert
that none was even attempted: the publication works offline and tracks nobody.
Screenshots (tests/test_browser_reading.py, with screenshot() below) go to
test-artifacts/screenshots/, or to $SCREENSHOT_DIR: `make screenshots`
refreshes the ones the README shows, in docs/screenshots/.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
import sqlite_utils

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(
    os.environ.get("SCREENSHOT_DIR")
    or Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
)
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _browser_missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    return None


@pytest.fixture(scope="module")
def browser():
    missing = _browser_missing()
    if missing:
        # In CI (.ci/run sets REQUIRE_BROWSER) a missing browser is a failure.
        if os.environ.get("REQUIRE_BROWSER") or os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


class OfflinePage:
    """A page whose every non-local request is blocked and recorded."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _route(self, route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlparse(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def close(self):
        self.context.close()


@pytest.fixture
def offline(browser):
    page = OfflinePage(browser)
    yield page
    assert page.foreign == [], f"requests to other hosts were attempted: {page.foreign}"
    page.close()


def screenshot(page, name: str, selector: str | None = None) -> None:
    """Save a screenshot of the page, or scrolled to show ``selector``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    if selector:
        page.locator(selector).first.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def located_places(seed_db) -> int:
    return (
        sqlite_utils.Database(seed_db)
        .execute("select count(*) from locations where latitude is not null")
        .fetchone()[0]
    )


def marker_total(page) -> int:
    """Markers on the map: single markers count 1, cluster icons their number."""
    page.wait_for_selector(".leaflet-marker-icon", timeout=15000)
    total = 0
    for icon in page.query_selector_all(".leaflet-marker-icon"):
        text = icon.inner_text().strip()
        total += int(text) if re.fullmatch(r"\d+", text) else 1
    return total


def test_map_shows_every_located_place_with_local_tiles(offline, live_server, seed_db):
    page = offline.page
    tiles: list[str] = []
    page.on(
        "request", lambda request: tiles.append(request.url) if "/-/tiles/" in request.url else None
    )
    page.goto(live_server.url + "/corpus/locations")
    assert marker_total(page) == located_places(seed_db)
    page.wait_for_function(
        "document.querySelectorAll('img.leaflet-tile-loaded').length > 0", timeout=15000
    )
    assert tiles and all(urlparse(url).hostname in LOCAL_HOSTS for url in tiles)


def test_map_popup_has_title_description_and_link(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/places")
    page.wait_for_selector(".leaflet-marker-icon", timeout=15000)
    icons = [
        icon
        for icon in page.query_selector_all(".leaflet-marker-icon")
        if not icon.inner_text().strip()
    ]
    assert icons, "at least one single (unclustered) marker"
    icons[0].click()
    popup = page.wait_for_selector(".leaflet-popup-content", timeout=5000)
    assert popup.query_selector("strong").inner_text()
    assert "named" in popup.inner_text()
    link = popup.query_selector("a").get_attribute("href")
    assert link.startswith("/corpus/locations/")


def test_preset_chart_renders_a_canvas(offline, live_server):
    page = offline.page
    # Follow the view description's link to its datasette-vega chart.
    page.goto(live_server.url + "/corpus/quotes_per_speaker")
    page.click("text=chart it here")
    page.wait_for_selector(".datasette-vega canvas, canvas.marks, canvas", timeout=15000)
    canvas = page.query_selector("canvas")
    box = canvas.bounding_box()
    assert box["width"] > 100 and box["height"] > 50
    assert offline.errors == []


def test_annotated_article_highlights_every_quote(offline, live_server, seed_db):
    db = sqlite_utils.Database(seed_db)
    for article in db["articles"].rows:
        quote_ids = {
            row["id"] for row in db["quotes"].rows_where("article_id = ?", [article["id"]])
        }
        page = offline.page
        page.goto(live_server.url + f"/-/articles/{article['id']}")
        highlighted = {
            element.get_attribute("id")
            for element in page.query_selector_all(".article-body .hl-quote")
        }
        assert highlighted == quote_ids
        # The visible text of the highlighted body is exactly the stored body.
        assert page.inner_text(".article-body").replace("\u2197", "") == article["body"]


def test_article_row_links_to_the_annotated_page(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/articles/tns-putin-ready-to-talk-with-nato")
    page.click("a.to-article")
    page.wait_for_selector(".article-body")
    assert "/-/articles/tns-putin-ready-to-talk-with-nato" in page.url


def test_search_from_the_ui_finds_kulebas_quote(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/search_quotes")
    page.fill("input[name=q]", 'Kuleba "de-escalation')  # an unbalanced quote must not break it
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("table.rows-and-columns")
    assert "When we see the withdrawal, then we will believe in de-escalation" in page.inner_text(
        "table.rows-and-columns"
    )
    page.goto(live_server.url + "/-/search?q=Kuleba")
    page.wait_for_load_state("networkidle")
    assert "Kuleba" in page.inner_text("body")


@pytest.fixture(scope="module")
def hostile_server(hostile_db):
    from .conftest import LiveServer

    server = LiveServer(hostile_db)
    yield server
    server.stop()


def test_hostile_text_runs_no_script_anywhere_map_popups_included(offline, hostile_server):
    page = offline.page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in (
        "/-/articles/hostile",
        "/corpus/quotes",
        "/corpus/people/eve-vil",
        "/corpus/photos",
        "/corpus/places",
    ):
        page.goto(hostile_server.url + path)
        page.wait_for_load_state("networkidle")
    page.goto(hostile_server.url + "/corpus/locations")
    page.wait_for_selector(".leaflet-marker-icon", timeout=15000).click()
    popup = page.wait_for_selector(".leaflet-popup-content", timeout=5000)
    assert "<script>alert('place')</script>Evilton" in popup.inner_text()
    page.mouse.move(0, 0)
    assert dialogs == [] and offline.errors == []
