"""The publication through Datasette's own test client: tables, facets, search,
labels and JSON shapes, with the metadata and plugins that `make serve` uses."""

from __future__ import annotations

import pytest
import sqlite_utils
import yaml

from newsroom.serving import METADATA, datasette_instance


@pytest.fixture(scope="session")
def datasette(seed_db):
    return datasette_instance(seed_db)


def visible_tables(seed_db) -> list[str]:
    db = sqlite_utils.Database(seed_db)
    hidden = ("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")
    return [t for t in db.table_names() if not t.endswith(hidden) and not t.startswith("sqlite_")]


async def test_every_table_and_view_answers(datasette, seed_db):
    db = sqlite_utils.Database(seed_db)
    for name in visible_tables(seed_db) + db.view_names():
        response = await datasette.client.get(f"/corpus/{name}.json?_shape=array&_size=5")
        assert response.status_code == 200, name
        html = await datasette.client.get(f"/corpus/{name}")
        assert html.status_code == 200, name


def test_every_table_and_column_is_described(seed_db):
    tables = yaml.safe_load(METADATA.read_text())["databases"]["corpus"]["tables"]
    db = sqlite_utils.Database(seed_db)
    for name in visible_tables(seed_db) + db.view_names():
        table = tables.get(name, {})
        assert table.get("description") or table.get("description_html"), (
            f"{name} has no description"
        )
        columns = tables[name].get("columns", {})
        for column in db[name].columns_dict:
            assert columns.get(column), f"{name}.{column} has no description"


async def test_database_page_lists_tables_with_descriptions(datasette):
    html = (await datasette.client.get("/corpus")).text
    for table in ("articles", "quotes", "locations", "figures", "photos"):
        assert f'href="/corpus/{table}"' in html


async def test_quotes_are_faceted_by_speaker(datasette):
    data = (await datasette.client.get("/corpus/quotes.json?_labels=on")).json()
    speakers = {row["label"]: row["count"] for row in data["facet_results"]["person_id"]["results"]}
    assert speakers["Igor Konashenkov"] == 4
    assert speakers["Dmytro Kuleba"] == 1


async def test_default_facets(datasette):
    for table, facet in (("articles", "outlet_id"), ("locations", "kind"), ("figures", "unit")):
        data = (await datasette.client.get(f"/corpus/{table}.json")).json()
        assert facet in data["facet_results"], (table, facet)


async def test_search_finds_the_kuleba_quote(datasette):
    rows = (await datasette.client.get("/corpus/quotes.json?_search=Kuleba&_shape=array")).json()
    assert [row["text"] for row in rows] == [
        "When we see the withdrawal, then we will believe in de-escalation"
    ]
    rows = (
        await datasette.client.get("/corpus/quotes.json?_search=de-escalation&_shape=array")
    ).json()
    assert {row["person_id"] for row in rows} == {"dmytro-kuleba", "jens-stoltenberg"}


async def test_labels_expand_foreign_keys(datasette):
    rows = (
        await datasette.client.get(
            "/corpus/quotes.json?_shape=array&_labels=on&person_id=dmytro-kuleba"
        )
    ).json()
    [row] = rows
    assert row["person_id"] == {"value": "dmytro-kuleba", "label": "Dmytro Kuleba"}
    assert row["article_id"]["value"] == "latin-times-putin-open-to-talks"


async def test_array_shape_and_stable_ids(datasette, seed_db):
    rows = (await datasette.client.get("/corpus/people.json?_shape=array&_sort=id")).json()
    assert isinstance(rows, list) and rows[0]["id"] == "alexei-nikolsky"
    db = sqlite_utils.Database(seed_db)
    quote_ids = {
        row["id"] for row in (await datasette.client.get("/corpus/quotes.json?_shape=array")).json()
    }
    assert quote_ids == {row["id"] for row in db["quotes"].rows}


async def test_locations_table_loads_the_cluster_map(datasette):
    html = (await datasette.client.get("/corpus/locations")).text
    assert "datasette-cluster-map" in html


async def test_span_text_sql_function(datasette):
    sql = (
        'select span_text(articles.body, quotes.start, quotes."end") = quotes.text as ok '
        "from quotes join articles on articles.id = quotes.article_id"
    )
    rows = (
        await datasette.client.get("/corpus.json", params={"sql": sql, "_shape": "array"})
    ).json()
    assert rows and all(row["ok"] == 1 for row in rows)


def test_every_default_facet_column_is_indexed(seed_db):
    """A facet is a GROUP BY on every page load: without an index it scans the table."""
    tables = yaml.safe_load(METADATA.read_text())["databases"]["corpus"]["tables"]
    db = sqlite_utils.Database(seed_db)
    for name, config in tables.items():
        for facet in config.get("facets", []):
            column = facet if isinstance(facet, str) else next(iter(facet.values()))
            assert name in db.table_names(), f"{name}: facets on a view cannot use an index"
            leading = {index.columns[0] for index in db[name].indexes}
            assert column in leading, f"{name}.{column} is a default facet without an index"


async def test_filters_on_computed_view_columns_work(datasette):
    # Without a cast, ?matches=1 compares a typeless expression with the text '1'.
    rows = (
        await datasette.client.get("/corpus/span_checks.json?matches=1&_shape=array&_size=max")
    ).json()
    assert len(rows) > 100
    assert (
        await datasette.client.get("/corpus/span_checks.json?matches=0&_shape=array")
    ).json() == []
    rows = (
        await datasette.client.get("/corpus/quotes_per_speaker.json?quotes=4&_shape=array")
    ).json()
    assert [row["speaker"] for row in rows] == ["Igor Konashenkov"]


@pytest.mark.parametrize(
    "table, column, filters",
    [
        ("quotes", "person_id", "article_id=tns-putin-ready-to-talk-with-nato"),
        ("person_mentions", "person_id", "article_id=latin-times-putin-open-to-talks"),
        ("location_mentions", "location_id", "text=Ukraine"),
    ],
)
async def test_summary_facets_count_exactly_like_live_facets(datasette, table, column, filters):
    """Unfiltered, counts come from the build's summary tables; filtered, they
    are counted live. Either way they equal an ordinary column facet's."""

    def counts(data, key):
        return {row["value"]: row["count"] for row in data["facet_results"][key]["results"]}

    for query in ("", filters):
        summary = (await datasette.client.get(f"/corpus/{table}.json?{query}")).json()
        live = (await datasette.client.get(f"/corpus/{table}.json?{query}&_facet={column}")).json()
        live_key = next(
            key for key, value in live["facet_results"].items() if value["type"] == "column"
        )
        assert summary["facet_results"][column]["type"] == "summary"
        assert counts(summary, column) == counts(live, live_key) != {}


async def test_chart_views_link_their_preset_chart_from_the_description(datasette):
    for view, chart, html_chart in (
        (
            "quotes_per_speaker",
            "?_sort_desc=quotes#g.mark=bar&amp;g.x_column=quotes",
            "chart_quotes_per_speaker",
        ),
        ("figures_by_subject", "?unit=troops#g.mark=bar&amp;g.x_column=outlet", "chart_figures"),
    ):
        html = (await datasette.client.get(f"/corpus/{view}")).text
        assert f'href="/corpus/{view}{chart}' in html, view
        assert f'href="/corpus/{html_chart}"' in html, view
