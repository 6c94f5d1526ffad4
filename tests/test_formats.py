"""The newsroom's tools, each spoken to by a real client of its format:
OpenRefine's reconciliation protocol (manifest, queries, suggest, extend),
Atom feeds read with feedparser, the calendar read with icalendar, and the
tables to paste read with markdown-it-py (Markdown) and csv (tab-separated).

Most go through Datasette's test client; the feeds are also fetched over HTTP
from a real `datasette serve`, as a feed reader fetches them.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import shutil
import sqlite3
import urllib.request
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import feedparser
import icalendar
import pytest
import sqlite_utils
from markdown_it import MarkdownIt

from newsroom.build import build
from newsroom.serving import PUBLISHED_PACKAGES, datasette_instance, pinned_installs

from .conftest import HOSTILE, article_text, minimal_article, write_corpus

# ics 0.7.2 (under datasette-ics) warns on every calendar it writes that
# str(Calendar) will change in ics 0.9; the version is pinned.
pytestmark = pytest.mark.filterwarnings("ignore:Behaviour of str\\(Component\\):FutureWarning")

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def datasette(seed_db):
    return datasette_instance(seed_db)


@pytest.fixture(scope="module")
def db(seed_db):
    return sqlite_utils.Database(seed_db)


class Links(HTMLParser):
    """<link> and <a> elements of a page, as a feed reader discovers them."""

    def __init__(self, html: str):
        super().__init__()
        self.links: list[dict] = []
        self.anchors: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "link":
            self.links.append(dict(attrs))
        elif tag == "a":
            self.anchors.append(dict(attrs))

    def alternate(self, media_type: str) -> list[dict]:
        return [
            link
            for link in self.links
            if link.get("rel") == "alternate" and link.get("type") == media_type
        ]


# --- OpenRefine reconciliation (datasette-reconcile) -------------------------------

REGISTRIES = {"people": "person", "organizations": "organization", "locations": "location"}


async def manifest(datasette, table: str) -> dict:
    """What OpenRefine reads when a service URL is added: GET, no parameters."""
    response = await datasette.client.get(f"/corpus/{table}/-/reconcile")
    assert response.status_code == 200
    # OpenRefine's browser side reads the manifest cross-origin.
    assert response.headers["access-control-allow-origin"] == "*"
    return response.json()


async def reconcile(datasette, table: str, queries: dict) -> dict:
    """A batch of queries, POSTed as a form field `queries`, as OpenRefine sends them."""
    response = await datasette.client.post(
        f"/corpus/{table}/-/reconcile", data={"queries": json.dumps(queries)}
    )
    assert response.status_code == 200, response.text[:500]
    results = response.json()
    assert set(results) == set(queries)
    for result in results.values():
        for candidate in result["result"]:
            # The fields of a candidate in the reconciliation API.
            assert isinstance(candidate["id"], str) and isinstance(candidate["name"], str)
            assert isinstance(candidate["score"], int | float)
            assert isinstance(candidate["match"], bool)
            assert all({"id", "name"} <= set(type_) for type_ in candidate["type"])
    return results


@pytest.mark.parametrize("table", sorted(REGISTRIES))
async def test_reconciliation_manifest_describes_the_service(datasette, table):
    service = await manifest(datasette, table)
    assert "0.2" in service["versions"]
    assert service["name"] == f"Newsroom corpus {table}"
    assert service["identifierSpace"] == service["schemaSpace"] == f"urn:newsroom-corpus:{table}"
    [default_type] = service["defaultTypes"]
    assert default_type["id"] == REGISTRIES[table]
    # The view URL template opens a candidate's row page from OpenRefine.
    view = service["view"]["url"]
    assert view.endswith(f"/corpus/{table}/{{{{id}}}}")
    db_row = (await datasette.client.get(f"/corpus/{table}.json?_shape=array&_size=1")).json()[0]
    row_path = urlsplit(view.replace("{{id}}", db_row["id"])).path
    assert (await datasette.client.get(row_path)).status_code == 200
    # Suggest and extend services are advertised at URLs that answer.
    for service_part in ("entity", "type", "property"):
        suggest = service["suggest"][service_part]
        path = urlsplit(suggest["service_url"]).path + suggest["service_path"]
        assert (await datasette.client.get(path, params={"prefix": "a"})).status_code == 200
    names = {setting["name"] for setting in service["extend"]["property_settings"]}
    assert {"id", "name", "aliases"} <= names


async def test_a_surname_finds_the_person_first(datasette):
    """Aliases count: the articles write "Konashenkov"; the registry knows him as
    igor-konashenkov. The type is the one the manifest proposes, as OpenRefine sends it."""
    results = await reconcile(
        datasette,
        "people",
        {
            "q0": {"query": "Konashenkov", "type": "person", "type_strict": "should"},
            "q1": {"query": "Kuleba"},
            "q2": {"query": "Vladimir Putin", "limit": 3},
        },
    )
    assert results["q0"]["result"][0]["id"] == "igor-konashenkov"
    assert results["q0"]["result"][0]["name"] == "Igor Konashenkov"
    assert results["q1"]["result"][0]["id"] == "dmytro-kuleba"
    # An exact name is a match that OpenRefine may accept automatically.
    [putin] = results["q2"]["result"]
    assert (putin["id"], putin["match"], putin["score"]) == ("vladimir-putin", True, 100)


@pytest.mark.parametrize(
    "table, query, expected",
    [
        # Names found only among the aliases, never in the registry's name.
        ("organizations", "Russian military", "russian-armed-forces"),
        ("organizations", "Kremlin", "kremlin"),
        ("locations", "US", "united-states"),
        ("locations", "Obuz-Lesnovsky", "obuz-lesnovsky"),
        ("people", "Stoltenberg", "jens-stoltenberg"),
    ],
)
async def test_names_as_written_reconcile_through_the_aliases(datasette, table, query, expected):
    results = await reconcile(datasette, table, {"q0": {"query": query}})
    assert results["q0"]["result"][0]["id"] == expected


@pytest.mark.parametrize(
    "query", ["Nobody Atall", 'Konashenkov "', "AND", "NEAR(", "Putin OR", "*", "-", "O'Brien"]
)
async def test_unknown_names_and_search_syntax_find_nothing_without_error(datasette, query):
    results = await reconcile(datasette, "people", {"q0": {"query": query}})
    if query == "Nobody Atall":
        assert results["q0"]["result"] == []


@pytest.mark.xfail(
    strict=True,
    reason="datasette-reconcile 0.6.3 passes a cell made only of quotation marks to FTS as an "
    "empty query, and SQLite refuses it: that batch fails (OpenRefine skips blank cells)",
)
async def test_a_cell_of_only_quotation_marks(datasette):
    await reconcile(datasette, "people", {"q0": {"query": '"'}})


async def test_a_query_by_get_works_too(datasette):
    """Older OpenRefine versions, and the protocol's examples, send queries in the URL."""
    response = await datasette.client.get(
        "/corpus/people/-/reconcile",
        params={"queries": json.dumps({"q0": {"query": "Shoigu"}})},
    )
    assert response.json()["q0"]["result"][0]["id"] == "sergei-shoigu"


async def test_suggest_entity_completes_a_name(datasette):
    response = await datasette.client.get(
        "/corpus/people/-/reconcile/suggest/entity", params={"prefix": "Igor"}
    )
    assert response.json()["result"] == [{"id": "igor-konashenkov", "name": "Igor Konashenkov"}]


async def test_data_extension_proposes_the_registry_columns(datasette):
    """After reconciling, OpenRefine's "Add columns from reconciled values" first
    asks which properties there are."""
    proposed = (
        await datasette.client.get("/corpus/people/-/reconcile/extend/propose?type=person")
    ).json()
    assert {"role", "affiliation_id", "aliases"} <= {prop["id"] for prop in proposed["properties"]}


@pytest.mark.xfail(
    strict=True,
    reason="datasette-reconcile 0.6.3 looks properties up by column description instead of "
    "column name when extending, so every described column (all of ours) fails with a KeyError",
)
async def test_data_extension_adds_columns_from_the_registry(datasette, db):
    response = await datasette.client.post(
        "/corpus/people/-/reconcile",
        data={
            "extend": json.dumps(
                {"ids": ["igor-konashenkov", "dmytro-kuleba"], "properties": [{"id": "role"}]}
            )
        },
    )
    assert response.status_code == 200
    rows = response.json()["rows"]
    for person_id in ("igor-konashenkov", "dmytro-kuleba"):
        assert rows[person_id]["role"] == [{"str": db["people"].get(person_id)["role"]}]


async def test_tables_without_a_registry_offer_no_reconciliation(datasette):
    assert (await datasette.client.get("/corpus/quotes/-/reconcile")).status_code == 404


# --- Atom feeds (datasette-atom) ------------------------------------------------------


def dated_quotes(db, person_id: str) -> list[dict]:
    """The quotes a person's feed should hold, newest article first."""
    return list(
        db.query(
            """select quotes.id, quotes.text, quotes.article_id,
                      coalesce(articles.published, articles.events_date) as dated
               from quotes join articles on articles.id = quotes.article_id
               where quotes.person_id = ? and dated is not null
               order by dated desc, articles.id, quotes.start""",
            [person_id],
        )
    )


async def read_feed(datasette, url: str):
    """Fetch ``url`` (on http://localhost, Datasette's test client's host) and
    parse it as a feed reader does: relative links resolve against it."""
    parts = urlsplit(url)
    response = await datasette.client.get(parts.path + ("?" + parts.query if parts.query else ""))
    assert response.status_code == 200, response.text[:500]
    headers = {"content-location": url, "content-type": response.headers["content-type"]}
    feed = feedparser.parse(response.content, response_headers=headers)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


async def test_person_page_advertises_the_feed_of_their_quotes(datasette):
    html = (await datasette.client.get("/corpus/people/igor-konashenkov")).text
    page = Links(html)
    [alternate] = page.alternate("application/atom+xml")
    assert alternate["title"] == "Quotes by Igor Konashenkov"
    assert alternate["href"].startswith("/corpus/person_quotes_feed.atom?person=igor-konashenkov")
    # Also a visible link, for readers who do not know about feed discovery.
    assert any(
        a.get("href") == alternate["href"] and a.get("type") == "application/atom+xml"
        for a in page.anchors
    )


async def test_a_person_never_quoted_gets_no_feed_and_no_server_error(datasette):
    html = (await datasette.client.get("/corpus/people/olaf-scholz")).text
    assert Links(html).alternate("application/atom+xml") == []
    assert "person_quotes_feed" not in html
    # datasette-atom cannot date an empty feed: a clear 404, not a 500.
    for person in ("olaf-scholz", "nobody-at-all"):
        response = await datasette.client.get(
            "/corpus/person_quotes_feed.atom", params={"person": person}
        )
        assert response.status_code == 404
        assert "This feed has no entries" in response.text


async def test_person_feed_holds_each_quote_linked_to_its_annotated_article(datasette, db):
    html = (await datasette.client.get("/corpus/people/igor-konashenkov")).text
    [alternate] = Links(html).alternate("application/atom+xml")
    url = urljoin("http://localhost/corpus/people/igor-konashenkov", alternate["href"])
    feed = await read_feed(datasette, url)
    assert feed.feed.title == "Quotes by Igor Konashenkov (Newsroom corpus)"
    expected = dated_quotes(db, "igor-konashenkov")
    assert len(expected) == 4
    assert len(feed.entries) == len(expected)
    for entry, quote in zip(feed.entries, expected, strict=True):
        assert entry.link == f"http://localhost/-/articles/{quote['article_id']}#{quote['id']}"
        assert entry.title.startswith("Igor Konashenkov: “")
        assert f"“{quote['text']}”" in entry.summary
        assert entry.author == "Igor Konashenkov"
        assert entry.id.startswith("urn:uuid:")
        # No publication date is printed in the seed articles: the entry says
        # what it is dated by instead.
        assert entry.updated_parsed[:3] == (2022, 2, 15)
        assert "Publication date not printed; dated by the events" in entry.summary
        # The link opens the annotated article with the quote highlighted.
        article = await datasette.client.get(urlsplit(entry.link).path)
        assert article.status_code == 200
        assert f'id="{quote["id"]}"' in article.text
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


@pytest.mark.parametrize("person", ["Konashenkov", "Igor Konashenkov", " igor-konashenkov "])
async def test_person_feed_accepts_a_name_as_written(datasette, person):
    url = "http://localhost/corpus/person_quotes_feed.atom?" + urlencode({"person": person})
    assert len((await read_feed(datasette, url)).entries) == 4


async def test_articles_feed(datasette, db):
    html = (await datasette.client.get("/corpus/articles")).text
    [alternate] = Links(html).alternate("application/atom+xml")
    assert alternate["href"] == "/corpus/articles_feed.atom"
    url = "http://localhost/corpus/articles_feed.atom"
    feed = await read_feed(datasette, url)
    assert feed.feed.title == "Newsroom corpus articles"
    assert {entry.link for entry in feed.entries} == {
        f"http://localhost/-/articles/{article['id']}" for article in db["articles"].rows
    }
    for entry in feed.entries:
        assert (await datasette.client.get(urlsplit(entry.link).path)).status_code == 200
        article = db["articles"].get(entry.link.rsplit("/", 1)[1])
        assert entry.title == article["title"]


@pytest.fixture(scope="module")
def dated_db(tmp_path_factory):
    """Three articles quoting one man: one with a publication date, one with only
    the date of its events, one with neither."""
    root = tmp_path_factory.mktemp("dated")

    def article(article_id, **dates):
        quote = {"speaker": "jan-bakker", "text": "We have never been busier"}
        return article_text(minimal_article(id=article_id, quotes=[quote], **dates))

    corpus = write_corpus(
        root / "corpus",
        articles={
            "published.md": article("published", published="2024-03-01"),
            "events-only.md": article(
                "events-only", events_date="2024-05-02", events_date_inferred=False
            ),
            "undated.md": article("undated"),
        },
    )
    output = root / "corpus.db"
    build(corpus, output, progress=False)
    return output


async def test_feeds_put_the_newest_article_first_and_say_how_each_is_dated(dated_db):
    datasette = datasette_instance(dated_db)
    url = "http://localhost/corpus/person_quotes_feed.atom?person=jan-bakker"
    feed = await read_feed(datasette, url)
    links = [entry.link.split("#")[0] for entry in feed.entries]
    # Newest first; the article with no date at all cannot be dated, so it is left out.
    assert links == [
        "http://localhost/-/articles/events-only",
        "http://localhost/-/articles/published",
    ]
    events_only, published = feed.entries
    assert events_only.updated_parsed[:3] == (2024, 5, 2)
    assert "dated by the events the article reports, 2024-05-02." in events_only.summary
    assert published.updated_parsed[:3] == (2024, 3, 1)
    assert "Published 2024-03-01." in published.summary
    assert feed.feed.updated_parsed[:3] == (2024, 5, 2)

    url = "http://localhost/corpus/articles_feed.atom"
    feed = await read_feed(datasette, url)
    assert [entry.link for entry in feed.entries] == links


async def test_feed_and_calendar_text_is_text_never_markup(hostile_db, tmp_path):
    # The hostile article prints no date; give it an events date so it has a
    # feed (and its quotes the feed date a build would copy onto them).
    dated = tmp_path / "corpus.db"
    shutil.copy(hostile_db, dated)
    with sqlite3.connect(dated) as connection:
        connection.execute("update articles set events_date = '2022-02-14'")
        connection.execute("update quotes set feed_date = '2022-02-14'")
    datasette = datasette_instance(dated)
    response = await datasette.client.get("/corpus/person_quotes_feed.atom?person=eve-vil")
    root = ElementTree.fromstring(response.content)
    [entry] = root.findall(f"{ATOM}entry")
    content = entry.find(f"{ATOM}content")
    assert content.get("type") == "text" and len(content) == 0
    assert HOSTILE["quote_img"] in content.text
    assert HOSTILE["person_name"] in entry.find(f"{ATOM}title").text
    # The person's page names them, escaped, in the feed link's title.
    html = (await datasette.client.get("/corpus/people/eve-vil")).text
    assert HOSTILE["person_name"] not in html
    [alternate] = Links(html).alternate("application/atom+xml")
    assert alternate["title"] == "Quotes by " + HOSTILE["person_name"]
    calendar = await read_calendar(datasette, "/corpus/events_calendar.ics")
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == HOSTILE["quote_img"]


def test_feeds_from_a_real_server_as_a_feed_reader_fetches_them(live_server, db):
    """feedparser fetches over HTTP, finds the feed from the page, resolves links."""
    with urllib.request.urlopen(live_server.url + "/corpus/people/igor-konashenkov") as page:
        [alternate] = Links(page.read().decode()).alternate("application/atom+xml")
    feed = feedparser.parse(urljoin(live_server.url, alternate["href"]))
    assert feed.status == 200 and not feed.bozo
    assert [entry.link for entry in feed.entries] == [
        f"{live_server.url}/-/articles/{quote['article_id']}#{quote['id']}"
        for quote in dated_quotes(db, "igor-konashenkov")
    ]
    feed = feedparser.parse(live_server.url + "/corpus/articles_feed.atom")
    assert feed.status == 200 and not feed.bozo and len(feed.entries) == db["articles"].count


# --- The calendar (datasette-ics) -----------------------------------------------------


async def read_calendar(datasette, path: str) -> icalendar.Calendar:
    response = await datasette.client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.text)


async def test_timeline_links_to_the_calendar(datasette):
    html = (await datasette.client.get("/corpus/timeline")).text
    page = Links(html)
    [alternate] = page.alternate("text/calendar")
    assert alternate["href"] == "/corpus/events_calendar.ics"
    assert any(a.get("href") == "/corpus/events_calendar.ics" for a in page.anchors)


async def test_calendar_holds_every_dated_event_on_its_day(datasette, db):
    calendar = await read_calendar(datasette, "/corpus/events_calendar.ics")
    assert str(calendar["X-WR-CALNAME"]) == "Newsroom corpus events"
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    rows = {f"{row['id']}@newsroom-corpus": row for row in db["event_dates"].rows}
    assert set(events) == set(rows)
    for uid, event in events.items():
        row = rows[uid]
        day = datetime.date.fromisoformat(row["date"])
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        # Floating times, midnight to midnight: the same day in every time zone.
        assert start == datetime.datetime.combine(day, datetime.time())
        assert end == start + datetime.timedelta(days=1)
        assert start.tzinfo is None
        assert str(event["SUMMARY"]) == row["event"]
        description = str(event["DESCRIPTION"])
        assert f"As printed: “{row['text']}”" in description
        assert f"/-/articles/{row['article_id']}#{row['id']}" in description


async def test_inferred_dates_say_so_in_the_description(datasette, db):
    calendar = await read_calendar(datasette, "/corpus/events_calendar.ics")
    descriptions = {
        str(event["UID"]).split("@")[0]: str(event["DESCRIPTION"])
        for event in calendar.walk("VEVENT")
    }
    inferred = [row for row in db["event_dates"].rows if row["inferred"]]
    printed = [row for row in db["event_dates"].rows if not row["inferred"]]
    assert inferred and printed
    for row in inferred:
        assert "Date inferred: the full date is not printed" in descriptions[row["id"]]
        assert row["basis"] in descriptions[row["id"]]
    for row in printed:
        assert "Date inferred" not in descriptions[row["id"]]
        assert "Date as printed in the article." in descriptions[row["id"]]


async def test_calendar_from_a_date(datasette, db):
    calendar = await read_calendar(datasette, "/corpus/events_calendar.ics?from_date=2022-02-15")
    days = {event.decoded("DTSTART").date().isoformat() for event in calendar.walk("VEVENT")}
    assert days == {row["date"] for row in db["event_dates"].rows if row["date"] >= "2022-02-15"}


# --- Tables to paste (datasette-copyable) ---------------------------------------------

PAGES_WITH_TABLES = ["/corpus/who_said_what", "/corpus/quotes", "/corpus/timeline"]


async def copy_links(datasette, page: str) -> dict[str, str]:
    html = (await datasette.client.get(page)).text
    links = {}
    for anchor in Links(html).anchors:
        href = anchor.get("href") or ""
        if ".copyable" in href and "_table_format=" in href:
            links[href.split("_table_format=")[1].split("&")[0]] = href
    return links


@pytest.mark.parametrize("page", PAGES_WITH_TABLES)
async def test_pages_offer_markdown_and_tab_separated_copies(datasette, page):
    assert set(await copy_links(datasette, page)) == {"github", "tsv"}


async def test_markdown_copy_is_a_markdown_table(datasette):
    link = (await copy_links(datasette, "/corpus/who_said_what"))["github"]
    page = await datasette.client.get(link)
    assert page.status_code == 200 and "<textarea" in page.text
    markdown = (await datasette.client.get(link + "&_raw=1")).text
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    rows = (await datasette.client.get("/corpus/who_said_what.json?_shape=array")).json()
    assert html.count("<table>") == 1
    assert html.count("<tr>") == len(rows) + 1  # a header row, then one per quote
    assert "<th>quote</th>" in html and "<th>speaker</th>" in html
    assert "<td>Dmytro Kuleba</td>" in html


async def test_tab_separated_copy_reads_back_as_the_rows(datasette):
    link = (await copy_links(datasette, "/corpus/who_said_what"))["tsv"]
    text = (await datasette.client.get(link + "&_raw=1")).text
    copied = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    rows = (await datasette.client.get("/corpus/who_said_what.json?_shape=array")).json()
    assert copied == [
        {key: "" if value is None else str(value) for key, value in row.items()} for row in rows
    ]


# --- Publishing -------------------------------------------------------------------------

TOOLS = ("datasette-reconcile", "datasette-atom", "datasette-ics", "datasette-copyable")


def test_the_published_app_installs_the_newsroom_tools():
    """`make publish` and `make bundle` install only PUBLISHED_PACKAGES, and that
    list lives in newsroom/serving.py, which this change does not edit."""
    missing = [package for package in TOOLS if package not in PUBLISHED_PACKAGES]
    if missing:
        pytest.xfail(
            f"newsroom/serving.py: PUBLISHED_PACKAGES lacks {', '.join(missing)}, so the "
            "published app would have no feeds, calendar, copies or reconciliation"
        )
    pinned = {install.split("==")[0].lower() for install in pinned_installs()}
    assert set(TOOLS) <= pinned
