"""The reading experience (issue 15), through Datasette's test client: every
fact one click from its words, profiles, search, names not ids, an honest
comparison, the annotated article, the map and the finishing touches.

The browser half (what Chromium shows) is in tests/test_browser_reading.py."""

from __future__ import annotations

import html as html_module
import re
from urllib.parse import unquote

import pytest
import sqlite_utils

from newsroom.serving import datasette_instance

from .test_plugins import annotated, visible_text

LATIN_TIMES = "latin-times-putin-open-to-talks"
TNS = "tns-putin-ready-to-talk-with-nato"


@pytest.fixture(scope="module")
def datasette(seed_db):
    return datasette_instance(seed_db)


@pytest.fixture(scope="module")
def db(seed_db):
    return sqlite_utils.Database(seed_db)


async def page(datasette, path, **params) -> str:
    response = await datasette.client.get(path, params=params or None)
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return response.text


def ids_in(html: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', html))


def article_links(html: str) -> list[str]:
    return [html_module.unescape(href) for href in re.findall(r'href="(/-/articles/[^"]+)"', html)]


# --- 1. Back to the words, everywhere --------------------------------------------------


async def test_every_annotation_has_an_anchor_in_its_article(datasette, db):
    for article in db["articles"].rows:
        html = await page(datasette, f"/-/articles/{article['id']}")
        anchors = ids_in(html)
        where = ("article_id = ?", [article["id"]])
        expected = set()
        for table in (
            "quotes",
            "figures",
            "event_dates",
            "person_mentions",
            "organization_mentions",
            "location_mentions",
        ):
            expected |= {row["id"] for row in db[table].rows_where(*where)}
        for photo in db["photos"].rows_where(*where):
            expected |= {
                f"{photo['id']}-{part}"
                for part in ("title", "caption", "credit")
                if photo[part] is not None
            }
        assert expected and expected <= anchors, expected - anchors


async def test_the_span_a_link_points_to_is_marked(datasette, db):
    quote = next(db["quotes"].rows_where("article_id = ?", [TNS]))
    html = await page(datasette, f"/-/articles/{TNS}", at=quote["id"])
    marked = re.findall(r'<[^>]*aria-current="location"[^>]*>', html)
    assert len(marked) == 1 and f'id="{quote["id"]}"' in marked[0] and "current" in marked[0]
    assert "You followed a link to one annotation" in html
    # Without ?at= nothing is marked; an unknown id says so.
    assert 'aria-current="location"' not in await page(datasette, f"/-/articles/{TNS}")
    assert "has no annotation with the id" in await page(
        datasette, f"/-/articles/{TNS}", at="q-nope"
    )


@pytest.mark.parametrize(
    "path, anchor_prefix",
    [
        ("/corpus/quotes", "q-"),
        ("/corpus/figures", "f-"),
        ("/corpus/event_dates", "d-"),
        ("/corpus/person_mentions", "m-"),
        ("/corpus/organization_mentions", "m-"),
        ("/corpus/location_mentions", "m-"),
        ("/corpus/photos", "p-"),
        ("/corpus/quote_attributions", "q-"),
        ("/corpus/timeline_entries", ""),
        ("/corpus/span_checks", ""),
        ("/corpus/who_said_what", "q-"),
        ("/corpus/timeline", ""),
    ],
)
async def test_rows_link_to_their_words(datasette, path, anchor_prefix):
    links = [link for link in article_links(await page(datasette, path)) if "?at=" in link]
    assert links, path
    for link in links:
        anchor = unquote(link.split("#", 1)[1])
        assert anchor.startswith(anchor_prefix) and f"?at={anchor}#" in unquote(link)


async def test_rows_without_an_id_link_by_offsets_and_land_on_the_span(datasette, db):
    links = article_links(await page(datasette, "/corpus/all_mentions"))
    assert links and all("/span/" in link for link in links)
    response = await datasette.client.get(links[0])
    assert response.status_code == 302
    target = response.headers["location"]
    article, anchor = re.fullmatch(r"/-/articles/([a-z0-9-]+)\?at=([^#]+)#\2", target).groups()
    html = await page(datasette, f"/-/articles/{article}", at=anchor)
    assert f'id="{anchor}" aria-current="location"' in html
    assert (await datasette.client.get(f"/-/articles/{TNS}/span/0-1")).status_code == 404


def test_lone_line_breaks_become_paragraph_gaps_and_the_text_is_unchanged():
    body = "First paragraph.\nSecond paragraph.\n\nAfter a blank line.\nLast."
    html = str(annotated.render_body(body, [], []))
    assert html.count('class="para-gap"') == 2  # the blank line needs no gap
    assert visible_text(html) == body


def test_marking_a_highlight_sets_aria_current_once():
    body = "Putin said “Russia will talk” today."
    quote = annotated.Highlight(11, 28, "quote", "/q", "Quote", anchor="q-1")
    place = annotated.Highlight(12, 18, "location", "/l", "Place", anchor="m-1")
    html = str(annotated.render_body(body, [quote], [place], current="m-1"))
    assert html.count("aria-current") == 1
    assert 'id="m-1" aria-current="location"' in html and 'class="hl hl-location current"' in html
