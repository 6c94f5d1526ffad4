"""The newsroom tools' links, in a real browser (Debian's Chromium through
Playwright, with the fixtures of test_browser.py): a person's page offers the
feed of their quotes, the timeline offers the calendar, tables offer a copy to
paste, and none of these pages sends a request off the machine.
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import icalendar
import pytest

from . import test_browser
from .test_browser import screenshot

# The browser and the offline page of test_browser.py (Debian's Chromium, every
# request off the machine blocked and recorded), shared rather than copied.
browser = test_browser.browser
offline = test_browser.offline

pytestmark = pytest.mark.browser


def test_person_page_offers_the_feed_of_their_quotes(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/people/igor-konashenkov")
    # Feed readers and browser extensions find the feed in <head> ...
    discovered = page.locator('link[rel="alternate"][type="application/atom+xml"]')
    assert discovered.count() == 1
    href = discovered.get_attribute("href")
    # ... and readers see a link to it on the page.
    link = page.get_by_role("link", name="Follow Igor Konashenkov's quotes in a feed reader")
    assert link.is_visible() and link.get_attribute("href") == href
    screenshot(page, "person-feed-link", ".newsroom-feed")
    # Following it gives the Atom feed of his four quotes.
    response = page.goto(live_server.url + href)
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/xml")
    feed = feedparser.parse(response.body())
    assert not feed.bozo and feed.feed.title == "Quotes by Igor Konashenkov (Newsroom corpus)"
    assert len(feed.entries) == 4
    assert offline.errors == []


def test_timeline_offers_the_calendar(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/timeline")
    assert page.locator('link[rel="alternate"][type="text/calendar"]').count() == 1
    link = page.get_by_role("link", name="Add the dated events to your calendar")
    assert link.is_visible()
    screenshot(page, "timeline-calendar-link", ".newsroom-calendar")
    # A browser hands text/calendar to the calendar application: a download.
    with page.expect_download() as download:
        link.click()
    calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Newsroom corpus events"
    assert len(calendar.walk("VEVENT")) > 0
    assert offline.errors == []


def test_a_table_copies_as_markdown(offline, live_server):
    page = offline.page
    page.goto(live_server.url + "/corpus/who_said_what")
    page.get_by_role("link", name="as a Markdown table").click()
    page.wait_for_selector("textarea.copyable")
    markdown = page.locator("textarea.copyable").input_value()
    assert markdown.splitlines()[0].startswith("| quote_id ")
    assert "Dmytro Kuleba" in markdown
    assert page.get_by_role("button", name="Copy to clipboard").is_visible()
    assert offline.errors == []
