"""Nothing leaks out: read-only serving under hostile SQL, and escaping of
every piece of text on every page.

The SQL tests go through the JSON API of a real `datasette serve` on
127.0.0.1, started exactly as `make serve` starts it.
"""

from __future__ import annotations

import hashlib
import json
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from newsroom.serving import SETTINGS, datasette_instance

from .conftest import HOSTILE

TIME_LIMIT_S = int(SETTINGS["sql_time_limit_ms"]) / 1000


def fetch(server, path: str, **params) -> tuple[int, dict | str, float]:
    url = server.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    elapsed = time.perf_counter() - started
    try:
        return status, json.loads(raw), elapsed
    except ValueError:
        return status, raw.decode("utf-8", "replace"), elapsed


def assert_healthy(server) -> None:
    """The server still answers an ordinary page promptly."""
    status, data, elapsed = fetch(server, "/corpus/quotes.json", _shape="array")
    assert status == 200 and len(data) > 0
    assert elapsed < 1.0, f"ordinary request took {elapsed:.2f}s after a hostile one"


HOSTILE_SQL = {
    "insert": "insert into people (id, name) values ('x', 'x')",
    "update": "update quotes set text = 'forged'",
    "delete": "delete from quotes",
    "drop": "drop table quotes",
    "attach": "attach database '/tmp/evil.db' as evil",
    "pragma write": "pragma writable_schema = 1",
    "pragma journal": "pragma journal_mode = delete",
    "select then write": "select 1; delete from quotes",
    "load_extension": "select load_extension('/tmp/evil.so')",
    "vacuum into": "vacuum into '/tmp/copy.db'",
}


@pytest.mark.parametrize("name", HOSTILE_SQL)
def test_writes_and_escapes_from_read_only_are_refused(live_server, seed_db, name):
    before = hashlib.sha256(seed_db.read_bytes()).hexdigest()
    status, data, _ = fetch(live_server, "/corpus.json", sql=HOSTILE_SQL[name], _shape="array")
    assert status >= 400, data
    assert hashlib.sha256(seed_db.read_bytes()).hexdigest() == before
    assert_healthy(live_server)


def test_runaway_recursive_cte_is_cut_off_within_the_limit(live_server):
    sql = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
    status, data, elapsed = fetch(live_server, "/corpus.json", sql=sql)
    assert status >= 400 and "too long" in json.dumps(data)
    assert elapsed < TIME_LIMIT_S + 2.0
    assert_healthy(live_server)


def test_huge_page_size_is_refused(live_server):
    status, data, _ = fetch(live_server, "/corpus/person_mentions.json", _size="100000000")
    assert status == 400
    assert_healthy(live_server)


def test_huge_result_is_truncated_not_streamed(live_server):
    sql = (
        "with recursive c(x) as (select 1 union all select x + 1 from c limit 50000) "
        "select x from c"
    )
    status, data, elapsed = fetch(live_server, "/corpus.json", sql=sql)
    assert status == 200 and data["truncated"] is True
    assert len(data["rows"]) == int(SETTINGS["max_returned_rows"])
    assert_healthy(live_server)


def test_database_download_is_off(live_server):
    status, _, _ = fetch(live_server, "/corpus.db")
    assert status in (403, 404)


# --- Escaping ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_datasette(hostile_db):
    return datasette_instance(hostile_db)


PAGES = [
    "/",
    "/corpus",
    "/corpus/articles",
    "/corpus/articles/hostile",
    "/corpus/quotes",
    "/corpus/people",
    "/corpus/people/eve-vil",
    "/corpus/photos",
    "/corpus/locations",
    "/corpus/figures",
    "/corpus/event_dates",
    "/corpus/who_said_what",
    "/corpus/quote_attributions",
    "/corpus/places",
    "/corpus/timeline",
    "/corpus/figures_compared",
    "/corpus/search_quotes?q=img",
    "/-/articles/hostile",
    "/-/search?q=Evil",
    "/corpus/quotes?_search=img",
    "/corpus/quotes?_facet=person_id",
    "/corpus/locations?_facet=kind",
    # Reader pages (issue 15): profiles, search, charts, mentions, the home page.
    "/corpus/locations/evilton",
    "/-/search?q=alert",
    "/-/search?q=alert&in=quotes",
    "/corpus/chart_figures",
    "/corpus/chart_quotes_per_speaker",
    "/corpus/person_mentions",
    "/corpus/all_mentions",
    "/-/articles/hostile?at=nope",
    "/",
]


@pytest.mark.parametrize("path", PAGES)
async def test_every_page_escapes_hostile_text(hostile_datasette, path):
    response = await hostile_datasette.client.get(path)
    assert response.status_code == 200, path
    html = response.text
    for payload in HOSTILE.values():
        assert payload not in html, f"unescaped {payload!r} on {path}"
    # The payloads as markup (escaped, they are text and harmless).
    for fragment in ("<script>alert", "<img src=x", 'href="javascript:', "<b onmouseover"):
        assert fragment not in html, f"{fragment!r} on {path}"


async def test_table_page_links_use_the_article_id_not_its_label(hostile_datasette):
    html = (await hostile_datasette.client.get("/corpus/quotes")).text
    assert 'href="/-/articles/hostile?at=q-' in html


async def test_hostile_text_is_shown_not_dropped(hostile_datasette):
    html = (await hostile_datasette.client.get("/-/articles/hostile")).text
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(&#39;quote&#39;)&gt;" in html
