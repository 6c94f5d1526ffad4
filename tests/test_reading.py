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
        ("/corpus/all_mentions", "m-"),
        ("/corpus/figures_by_subject", "f-"),
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


async def test_a_span_by_its_offsets_lands_on_the_marked_span(datasette, db):
    # /-/articles/<id>/span/<start>-<end> serves links to rows that have
    # offsets but no id of their own.
    mention = (
        await datasette.client.get("/corpus/all_mentions.json", params={"_shape": "array"})
    ).json()[0]
    assert mention["id"]  # the view carries each mention's id, its anchor
    response = await datasette.client.get(
        f"/-/articles/{mention['article_id']}/span/{mention['start']}-{mention['end']}"
    )
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


# --- 2. Profiles of people, organizations and places ----------------------------------


def visible(html: str) -> str:
    """The page's text without tags, scripts and styles, unescaped."""
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return html_module.unescape(re.sub(r"<[^>]+>", " ", html))


async def test_a_person_reads_like_a_profile(datasette, db):
    html = await page(datasette, "/corpus/people/igor-konashenkov")
    assert "<h1>Igor Konashenkov</h1>" in html
    assert "Major General, spokesman for the Russian defense ministry" in html
    assert "as the article puts it: “Major General Igor Konashenkov" in html
    # The affiliation is a linked name, the aliases a list.
    assert (
        '<a href="/corpus/organizations/russian-defense-ministry">Russian Defense Ministry</a>'
        in html
    )
    assert "<li>Igor Konashenkov</li><li>Konashenkov</li>" in html
    # Every quote, with its article's title and a link to its words.
    for quote in db["quotes"].rows_where("person_id = ?", ["igor-konashenkov"]):
        assert html_module.escape(quote["text"], quote=False) in html
        assert f'?at={quote["id"]}#{quote["id"]}"' in html
    assert "Putin ready to talk with NATO; says some Russian troops leaving Ukraine border" in html
    # Mentions link to their words too.
    mention = next(db["person_mentions"].rows_where("person_id = ?", ["igor-konashenkov"]))
    assert f'?at={mention["id"]}#{mention["id"]}"' in html


async def test_no_raw_json_or_ids_on_a_persons_page(datasette):
    text = visible(await page(datasette, "/corpus/people/igor-konashenkov"))
    assert '["' not in text and "russian-defense-ministry" not in text
    assert "rows from person_id" not in text


async def test_profiles_keep_the_json_api_shape(datasette, db):
    for table, row_id in (
        ("people", "igor-konashenkov"),
        ("organizations", "tns"),
        ("locations", "belarus"),
    ):
        response = await datasette.client.get(f"/corpus/{table}/{row_id}.json")
        data = response.json()
        assert data["columns"] == [column.name for column in db[table].columns]
        assert data["rows"][0][0] == row_id


async def test_organization_and_place_profiles(datasette):
    html = await page(datasette, "/corpus/organizations/russian-defense-ministry")
    assert (
        "<h1>Russian Defense Ministry</h1>" in html
        and 'href="/corpus/locations/russia">Russia<' in html
    )
    assert 'href="/corpus/people/sergei-shoigu">Sergei Shoigu</a>' in html
    html = await page(datasette, "/corpus/organizations/tns")
    assert "(distributor)" in html  # the TNS article: distributed, not published, by TNS
    html = await page(datasette, "/corpus/locations/belarus")
    assert "<h1>Belarus</h1>" in html and "GeoNames feature 630336" in html
    assert "Russia has over 150,000 troops circling Ukraine and" in html  # mention in context
    assert 'class="mention" href="/-/articles/' in html


async def test_profiles_escape_hostile_names(hostile_db):
    datasette = datasette_instance(hostile_db)
    html = await page(datasette, "/corpus/people/eve-vil")
    assert "<b onmouseover" not in html and "&lt;b onmouseover" in html
    html = await page(datasette, "/corpus/locations/evilton")
    assert "<script>alert('place')" not in html


# --- 3. Search that reads like search ---------------------------------------------------


async def test_site_search_shows_snippets_with_the_match_marked_and_links(datasette):
    html = await page(datasette, "/-/search", q="troops")
    hits = re.findall(r'<li class="search-hit">(.*?)</li>', html, flags=re.S)
    assert hits
    for found in hits:
        assert re.search(r"<mark>troops</mark>", found, flags=re.I), found
        assert 'class="to-words" href="/-/articles/' in found
    # Quotes and figures link to their very words.
    assert re.search(r'class="to-words" href="/-/articles/[a-z0-9-]+\?at=q-', html)
    assert re.search(r'class="to-words" href="/-/articles/[a-z0-9-]+\?at=f-', html)
    # Never a whole body: a sentence far from any "troops" is not on the page.
    assert "most powerful military alliance" not in html


async def test_site_search_sections_keep_a_fixed_order(datasette):
    first = await page(datasette, "/-/search", q="Putin")
    assert first == await page(datasette, "/-/search", q="Putin")
    order = re.findall(r'<section class="search-section" id="search-([a-z]+)"', first)
    expected = ["articles", "quotes", "people", "organizations", "locations", "figures", "photos"]
    assert order == [key for key in expected if key in order] and len(order) >= 3


async def test_minus_excludes_and_the_page_says_how_it_read_the_query(datasette, db):
    html = await page(datasette, "/-/search", q="NATO -Russia", **{"in": "quotes"})
    assert "Searching for: “NATO”; without “Russia”." in html
    html = await page(datasette, "/-/search", q="Moscow -Stoltenberg", **{"in": "quotes"})
    assert "Searching for: “Moscow”; without “Stoltenberg”." in html
    assert "Stoltenberg" not in "".join(re.findall(r'<p class="snippet">(.*?)</p>', html))
    assert "give at least one word" in await page(datasette, "/-/search", q="-Russia")


async def test_the_page_documents_the_operators(datasette):
    html = await page(datasette, "/-/search")
    for operator in ('"cautious optimism"', "NATO -Russia", "Kuleba OR Stoltenberg", "escalat*"):
        assert f"<code>{html_module.escape(operator, quote=False)}</code>" in html


@pytest.mark.parametrize(
    "typed",
    ['"cautious optimism"', "Kuleba OR Stoltenberg", "optimism -Kuleba", 'de-escalation "Kuleba'],
)
async def test_both_search_boxes_read_a_query_alike(datasette, typed):
    response = await datasette.client.get(
        "/corpus/search_quotes.json", params={"q": typed, "_shape": "array"}
    )
    from_query = {row["quote_id"] for row in response.json()}
    html = await page(datasette, "/-/search", q=typed, **{"in": "quotes"})
    from_site = set(re.findall(r"\?at=(q-[0-9a-f]+)#", html))
    assert from_query and from_query == from_site


@pytest.mark.parametrize("typed", ['"', "((", "NEAR(", "*", "-", "a OR", "title:x", "^x"])
async def test_site_search_never_errors(datasette, typed):
    await page(datasette, "/-/search", q=typed)


async def test_search_snippets_are_escaped(hostile_db):
    datasette = datasette_instance(hostile_db)
    html = await page(datasette, "/-/search", q="alert")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;" in html and "<mark>" in html


# --- 5. An honest comparison ------------------------------------------------------------


async def test_the_comparison_shows_each_side_as_its_article_states_it(datasette):
    response = await datasette.client.get(
        "/corpus/figures_compared.json", params={"_shape": "array"}
    )
    [troops] = [row for row in response.json() if row["unit"] == "troops"]
    assert troops["source_a"] == "Latin Times (outlet)"
    assert troops["source_b"] == "TNS (distributor; the article names no outlet)"
    assert troops["sentence_a"].startswith(
        "Russia has over 150,000 troops circling Ukraine and Belarus"
    )
    assert troops["sentence_b"] == (
        "Russia had amassed more than 100,000 troops around Ukraine in a months-long build up."
    )
    assert (troops["scope_a"], troops["scope_b"]) == (
        "circling Ukraine and Belarus",
        "around Ukraine",
    )
    assert troops["scopes"].startswith("differ:")
    # The columns programs already read are all still there; outlet_b is null,
    # as the TNS article names no outlet.
    for column in (
        "subject",
        "unit",
        "articles",
        "outlet_a",
        "figure_a",
        "value_a",
        "outlet_b",
        "figure_b",
        "value_b",
        "difference",
        "difference_percent",
    ):
        assert column in troops, column
    assert (troops["outlet_a"], troops["outlet_b"]) == ("Latin Times", None)


async def test_the_comparison_page_links_both_sides_to_their_words(datasette, db):
    html = await page(datasette, "/corpus/figures_compared")
    for figure in db["figures"].rows_where("unit = 'troops'"):
        assert f"/-/articles/{figure['article_id']}?at={figure['id']}#{figure['id']}" in html
    assert "Scopes differ:" in html and "150,000" in html and "150000.0" not in html
    assert "a is 50% more than b" in html
    assert "<title>Figures compared across outlets</title>" in html


async def test_equal_subjects_are_compared_as_the_same_scope(tmp_path):
    from newsroom.build import build

    from .conftest import article_text, minimal_article, write_corpus

    figure = {
        "text": "more than 300 ships",
        "value": 300,
        "unit": "ships",
        "qualifier": "more than",
        "subject": "ships docked",
    }
    other = minimal_article(
        id="port-record-2", figures=[{**figure, "text": "300 ships", "qualifier": None}]
    )
    body = "Port of Rotterdam\nRotterdam counted 300 ships, said Jan Bakker."
    corpus = write_corpus(
        tmp_path / "corpus",
        articles={
            "port-record.md": article_text(minimal_article(figures=[figure])),
            "port-record-2.md": article_text(
                {**other, "title": "Port of Rotterdam", "quotes": []}, body
            ),
        },
    )
    database = tmp_path / "corpus.db"
    build(corpus, database, progress=False)
    datasette = datasette_instance(database)
    response = await datasette.client.get(
        "/corpus/figures_compared.json", params={"_shape": "array"}
    )
    [row] = response.json()
    assert row["subject"] == "ships docked" and row["scopes"] == "the same: ships docked"
    assert row["difference"] == 0


def test_sentence_at_finds_the_sentence_around_a_span():
    from .test_plugins import sql_functions

    body = "First one. U.S. officials said Russia had 100 ships in Feb. 19 drills. Last."
    start = body.index("100 ships")
    assert sql_functions.sentence_at(body, start, start + 9) == (
        "U.S. officials said Russia had 100 ships in Feb. 19 drills."
    )
    assert sql_functions.sentence_at(None, 0, 1) is None
    assert sql_functions.format_number(150000.0) == "150,000"


# --- 7. The annotated article -----------------------------------------------------------


async def test_the_article_page_explains_every_mark_and_shows_the_notes(datasette, db):
    html = await page(datasette, f"/-/articles/{TNS}")
    legend = re.search(r'<div class="legend".*?</div>', html, flags=re.S).group()
    for mark in (
        "person",
        "organization",
        "place",
        "figure",
        "date",
        "inferred date",
        "photo line",
    ):
        assert f">{mark}</span>" in legend, mark
    assert "↗</span> after a quote or photo line: open its row" in legend
    assert "quote</span> by" in legend
    # The inferred events date keeps its quotation marks and its note.
    assert "from “After meeting with German Chancellor Olaf Scholz on Tuesday" in html
    assert "Scholz met Putin in Moscow on Tuesday 15 February 2022." in html
    # A date's note and an inferred date's basis.
    assert "The day and month are printed; the year is the year of the events." in html
    assert "Worked out from “a joint Russian-Belarusian live-fire drill" in html
    # Inferred dates are marked as such in the text.
    inferred = {
        row["id"] for row in db["event_dates"].rows_where("article_id = ? and inferred", [TNS])
    }
    for date_id in inferred:
        assert re.search(rf'class="hl hl-date hl-inferred"\s+id="{date_id}"', html), date_id


async def test_the_article_keeps_its_paragraphs(datasette, db):
    html = await page(datasette, f"/-/articles/{TNS}")
    body = db["articles"].get(TNS)["body"]
    assert html.count('<span class="para-gap">') == body.count("\n")


# --- 8. The map ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/corpus/places", "/corpus/locations"])
async def test_map_pages_load_the_reading_adjustments(datasette, path):
    html = await page(datasette, path)
    assert '<script src="/static/map-reading.js"></script>' in html
    assert "window.READING_MAP" in html and "/corpus/location_mentions.json" in html
    # The popup JSON is for the map, not for reading.
    assert "display: none" in html or 'class="col-popup' not in html


async def test_map_popups_say_times_and_articles_in_words(datasette):
    response = await datasette.client.get("/corpus/places.json", params={"_shape": "array"})
    descriptions = {row["id"]: row["popup"] for row in response.json()}
    assert "time(s)" not in "".join(descriptions.values())
    assert "named 1 time in 1 article" in descriptions["obuz-lesnovsky"]


# --- 9. Finishing touches ---------------------------------------------------------------


async def test_query_pages_are_titled_by_their_title(datasette):
    for name, title in (
        ("who_said_what", "Who said what: every quote with its speaker"),
        ("timeline", "Timeline of dated events and figures"),
    ):
        html = await page(datasette, f"/corpus/{name}")
        assert f"<title>{title}</title>" in html
    assert "select" not in re.search(
        r"<title>(.*?)</title>", await page(datasette, "/corpus", sql="select 1")
    ).group(1)


async def test_the_home_page_leads_with_the_journalists_tables(datasette):
    html = await page(datasette, "/")
    start = html.index("Start here")
    order = [
        html.index(f'href="/corpus/{table}"', start)
        for table in ("articles", "quotes", "people", "locations", "figures")
    ]
    assert order == sorted(order)
    # The basemap is the map's tiles, under their own licence, not the corpus's.
    assert 'href="/basemap"' in html and "OpenStreetMap contributors" in html
    assert "<title>Newsroom corpus</title>" in html
    basemap = await page(datasette, "/basemap")
    assert "ODbL" in basemap and "CC BY 4.0" not in basemap


@pytest.mark.parametrize("article", ["tns-putin", "", "  "])
async def test_check_spans_refuses_an_unknown_article(datasette, article):
    response = await datasette.client.get(
        "/corpus/check_spans.json", params={"article": article, "_shape": "array"}
    )
    [row] = response.json()
    assert row["kind"] == "unknown article" and row["matches"] == 0
    assert "nothing was checked" in row["text"] or "Give an article id" in row["text"]


@pytest.mark.parametrize("path", ["/corpus/quotes.csv", "/corpus/figures_compared.csv"])
async def test_csv_links_download(datasette, path):
    response = await datasette.client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    name = path.rsplit("/", 1)[1]
    assert response.headers["content-disposition"] == f'attachment; filename="{name}"'
    assert response.text.splitlines()[0].split(",")[0] in ("id", "subject")


# --- 6. Charts that do not mislead ------------------------------------------------------


async def test_figures_are_charted_one_unit_per_chart_labelled_by_outlet_and_sorted(datasette):
    html = await page(datasette, "/corpus/chart_figures")
    charts = re.findall(
        r'<figure class="bar-chart" [^>]*data-unit="([^"]+)">(.*?)</figure>', html, re.S
    )
    # Only what more than one article reports is compared: the troops, in a chart of their own.
    assert [unit for unit, _ in charts] == ["troops"]
    troops = charts[0][1]
    assert "Russian troops massed near Ukraine" in troops
    labels = re.findall(r'<span class="bar-label"><strong>(.*?)</strong>', troops)
    assert labels == ["Latin Times (outlet)", "TNS (distributor; the article names no outlet)"]
    assert "counts troops circling Ukraine and Belarus" in troops
    assert "counts troops around Ukraine" in troops
    widths = [float(w) for w in re.findall(r'class="bar" style="width: ([0-9.]+)%"', troops)]
    assert widths == sorted(widths, reverse=True) and widths[0] == 100.0
    assert "?at=f-" in troops  # each bar links to its figure in the article
    assert '<figure class="bar-chart"' not in await page(
        datasette, "/corpus/chart_figures", unit="days"
    )


async def test_quotes_per_speaker_chart_is_sorted_and_names_the_speakers(datasette):
    html = await page(datasette, "/corpus/chart_quotes_per_speaker")
    names = re.findall(r'<span class="bar-label"><a href="/corpus/people/[^"]+">(.*?)</a>', html)
    assert names[0] == "Igor Konashenkov" and len(names) >= 5
    values = [int(v) for v in re.findall(r'<span class="bar-value">(\d+)</span>', html)]
    assert values == sorted(values, reverse=True)


# --- 10. The README's pictures ------------------------------------------------------------


def test_every_screenshot_the_readme_shows_exists_at_both_widths():
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = set(re.findall(r"docs/screenshots/([a-z-]+)-(desktop|phone)\.png", readme))
    names = {name for name, _ in pictures}
    assert {"article", "person", "search", "comparison", "map", "chart"} <= names
    for name in names:
        for width in ("desktop", "phone"):
            assert (name, width) in pictures
            assert (ROOT / "docs" / "screenshots" / f"{name}-{width}.png").is_file()


def test_search_sql_runs_ranked_and_unranked(seed_db):
    import sqlite3

    from .test_plugins import load_plugin, sql_functions

    search_page = load_plugin("search_page")
    connection = sqlite3.connect(seed_db)
    sql_functions.prepare_connection(connection)
    for section in search_page.SECTIONS:
        for ranked in (True, False):
            params = {"q": "Putin", "open": "[", "close": "]", "limit": 5, "offset": 0}
            connection.execute(section.sql(ranked=ranked), params).fetchall()
    quotes = search_page.SECTIONS_BY_KEY["quotes"]
    rows = connection.execute(
        quotes.sql(ranked=False),
        {"q": "troops", "open": "[", "close": "]", "limit": 5, "offset": 0},
    ).fetchall()
    assert rows and all("[troops]" in row[-1].lower() for row in rows)
