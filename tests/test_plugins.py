"""Plugins and canned queries: the pure layout functions of the annotated
article page, and every canned query through Datasette's test client."""

from __future__ import annotations

import importlib.util

import pytest
import yaml

from newsroom.serving import METADATA, PLUGINS_DIR, datasette_instance


def load_plugin(name: str):
    spec = importlib.util.spec_from_file_location(f"plugin_{name}", PLUGINS_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


annotated = load_plugin("annotated_article")
sql_functions = load_plugin("sql_functions")
H = annotated.Highlight


@pytest.fixture(scope="module")
def datasette(seed_db):
    return datasette_instance(seed_db)


# --- Layout of highlights (pure) ----------------------------------------------------


def visible_text(html: str) -> str:
    import html as html_module
    import re

    return html_module.unescape(re.sub(r"<[^>]+>", "", html)).replace("\u2197", "")


def test_rendered_body_escapes_html_and_keeps_the_text():
    body = "He said “<script>alert(1)</script>” & left <img src=x onerror=alert(2)>."
    start = body.index("<script>")
    quote = H(
        start, start + len("<script>alert(1)</script>"), "quote", "/q/1", "Quote", anchor="q1"
    )
    html = str(annotated.render_body(body, [quote], []))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert visible_text(html) == body


def test_inline_highlights_nest_inside_quotes():
    body = "Putin said “Russia will talk” today."
    quote = H(body.index("Russia"), body.index("” today"), "quote", "/q", "Quote", anchor="q")
    mention = H(
        body.index("Russia"), body.index("Russia") + 6, "location", "/l/russia", "Location: Russia"
    )
    person = H(0, 5, "person", "/p/putin", "Person: Vladimir Putin")
    containers, inlines, dropped = annotated.layout([quote], [mention, person])
    assert dropped == []
    html = str(annotated.render_body(body, containers, inlines))
    assert html.index('class="hl-quote"') < html.index('href="/l/russia"') < html.index("</span>")
    assert visible_text(html) == body


def test_overlaps_are_dropped_and_reported_not_drawn_wrongly():
    body = "over 150,000 troops in Ukraine"
    figure = H(0, 19, "figure", "/f", "Figure")
    overlapping_mention = H(13, 19, "organization", "/o", "Org")  # inside the figure
    straddler = H(15, 26, "location", "/l", "Loc")  # crosses the quote's edge below
    quote = H(20, 30, "quote", "/q", "Quote", anchor="q")
    containers, inlines, dropped = annotated.layout(
        [quote], [figure, overlapping_mention, straddler]
    )
    assert inlines == [figure] and set(dropped) == {overlapping_mention, straddler}
    assert visible_text(str(annotated.render_body(body, containers, inlines))) == body


def test_speaker_colours_are_stable_and_distinct():
    assert annotated.speaker_color("igor-konashenkov") == annotated.speaker_color(
        "igor-konashenkov"
    )
    assert annotated.speaker_color("igor-konashenkov") != annotated.speaker_color("sergei-shoigu")


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("Kuleba", '"Kuleba"'),
        ('"unbalanced', '"unbalanced"'),  # an unbalanced quote closes at the end
        ('"troops around" Ukraine', '"troops around" "Ukraine"'),  # a phrase stays one
        ("-", '""'),  # a lone minus: nothing to search, and no syntax error
        ("NATO -Russia", '("NATO") NOT "Russia"'),  # a minus in front excludes
        ("-Russia", '""'),  # only exclusions: nothing to look for
        ("Kuleba OR Stoltenberg", '("Kuleba" OR "Stoltenberg")'),
        ("escalat*", '"escalat" *'),
        ("de-escalation", '"de escalation"'),  # a hyphenated word is a phrase
        ("troops AND", '"troops"'),  # AND is dropped: every word is required anyway
        ("NEAR(a b) *", '"a" "b"'),
        ("and", '"and"'),  # lower case is a word, not an operator
        ("", '""'),
    ],
)
def test_fts_query_is_always_valid(typed, expected):
    assert sql_functions.fts_query(typed) == expected


# --- Canned queries -----------------------------------------------------------------


def canned_queries() -> dict:
    return yaml.safe_load(METADATA.read_text())["databases"]["corpus"]["queries"]


# A feed whose title each link sets with ?_feed_title= (datasette-atom lets a
# configured title override it, and every person's feed needs its own name).
TITLED_BY_THE_LINK = {"person_quotes_feed"}


def test_every_canned_query_has_a_title_and_description():
    for name, query in canned_queries().items():
        assert query.get("description") or query.get("description_html"), name
        assert query.get("title") or name in TITLED_BY_THE_LINK, name


async def get_rows(datasette, path, **params):
    response = await datasette.client.get(path, params={"_shape": "array", **params})
    assert response.status_code == 200, (path, params, response.text[:500])
    return response.json()


async def test_who_said_what(datasette):
    rows = await get_rows(datasette, "/corpus/who_said_what.json")
    kuleba = [row for row in rows if row["speaker"] == "Dmytro Kuleba"]
    assert (
        kuleba
        and kuleba[0]["speaker_role"] == "Ukrainian Foreign Minister"
        and kuleba[0]["outlet"] == "Latin Times"
    )


@pytest.mark.parametrize(
    "typed", ['"Kuleba', "Kuleba -", "Kuleba AND", "kuleba", "believing withdrawal"]
)
async def test_search_quotes_survives_fts_syntax_and_finds_kuleba(datasette, typed):
    rows = await get_rows(datasette, "/corpus/search_quotes.json", q=typed)
    assert [row["speaker"] for row in rows] == ["Dmytro Kuleba"]


@pytest.mark.parametrize("typed", ["-", '"', "AND", "OR NOT", "*", "", "(("])
async def test_search_quotes_never_errors(datasette, typed):
    assert isinstance(await get_rows(datasette, "/corpus/search_quotes.json", q=typed), list)


@pytest.mark.parametrize(
    "person", ["igor-konashenkov", "Igor Konashenkov", "Konashenkov", "konashenkov "]
)
async def test_quotes_by_person(datasette, person):
    rows = await get_rows(datasette, "/corpus/quotes_by_person.json", person=person)
    assert len(rows) == 4 and {row["speaker"] for row in rows} == {"Igor Konashenkov"}


async def test_figures_compared_shows_the_difference(datasette):
    rows = await get_rows(datasette, "/corpus/figures_compared.json")
    [troops] = [row for row in rows if row["unit"] == "troops"]
    assert (troops["figure_a"], troops["figure_b"]) == (
        "over 150,000 troops",
        "more than 100,000 troops",
    )
    assert troops["difference"] == 50000 and troops["difference_percent"] == 50.0


async def test_places_have_counts_articles_and_map_columns(datasette):
    rows = await get_rows(datasette, "/corpus/places.json")
    by_id = {row["id"]: row for row in rows}
    assert by_id["ukraine"]["articles"] == 2 and by_id["obuz-lesnovsky"]["articles"] == 1
    assert all(row["latitude"] is not None and row["popup"] for row in rows)


async def test_people_in_several_articles(datasette):
    rows = await get_rows(datasette, "/corpus/people_in_several_articles.json")
    assert {"vladimir-putin", "olaf-scholz", "igor-konashenkov"} <= {row["id"] for row in rows}
    assert all(row["articles"] > 1 for row in rows)


async def test_timeline_is_in_date_order(datasette):
    rows = await get_rows(datasette, "/corpus/timeline.json")
    dates = [row["date"] for row in rows]
    assert dates == sorted(dates) and "2022-02-19" in dates and "2021-09-13" in dates


async def test_check_spans_finds_nothing_wrong(datasette):
    assert await get_rows(datasette, "/corpus/check_all_spans.json") == []
    assert (
        await get_rows(
            datasette, "/corpus/check_spans.json", article="tns-putin-ready-to-talk-with-nato"
        )
        == []
    )


async def test_check_spans_finds_a_span_that_does_not_hold(seed_db, tmp_path):
    import shutil
    import sqlite3

    tampered = tmp_path / "corpus.db"
    shutil.copy(seed_db, tampered)
    with sqlite3.connect(tampered) as connection:
        connection.execute("update quotes set start = start + 1 where person_id = 'dmytro-kuleba'")
    datasette = datasette_instance(tampered)
    rows = await get_rows(
        datasette, "/corpus/check_spans.json", article="latin-times-putin-open-to-talks"
    )
    assert [(row["kind"], row["matches"]) for row in rows] == [("quote", 0)]
    assert len(await get_rows(datasette, "/corpus/check_all_spans.json")) == 1


# --- Links between pages ------------------------------------------------------------


async def test_article_quote_and_figure_rows_link_to_the_annotated_page(datasette, seed_db):
    import sqlite_utils

    db = sqlite_utils.Database(seed_db)
    html = (await datasette.client.get("/corpus/articles/tns-putin-ready-to-talk-with-nato")).text
    assert 'href="/-/articles/tns-putin-ready-to-talk-with-nato"' in html
    for table in ("quotes", "figures"):
        row = next(db[table].rows)
        html = (await datasette.client.get(f"/corpus/{table}/{row['id']}")).text
        assert f'href="/-/articles/{row["article_id"]}?at={row["id"]}#{row["id"]}"' in html


async def test_annotated_page_unknown_article_is_404(datasette):
    assert (await datasette.client.get("/-/articles/no-such-article")).status_code == 404


async def test_home_page_answers_the_four_questions_in_one_click(datasette):
    html = (await datasette.client.get("/")).text
    for target in (
        "/corpus/who_said_what",
        "/corpus/figures_compared",
        "/corpus/places",
        "/corpus/chart_quotes_per_speaker",
        "/corpus/chart_figures",
        "/-/search",
    ):
        assert f'href="{target}' in html, target


async def test_annotated_page_degrades_when_the_body_is_withheld(tmp_path):
    from newsroom.build import build

    from .conftest import SEED_CORPUS

    public = tmp_path / "corpus.db"  # the database name comes from the file name
    build(SEED_CORPUS, public, progress=False, withhold_bodies=True)
    datasette = datasette_instance(public)
    response = await datasette.client.get("/-/articles/latin-times-putin-open-to-talks")
    assert response.status_code == 200
    html = response.text
    assert "not published here" in html and "Do not reproduce without permission" in html
    assert 'class="article-body"' not in html
    assert (
        "When we see the withdrawal, then we will believe in de-escalation" in html
    )  # quotes still listed
    assert "most powerful military alliance" not in html  # a sentence found only in the body
    assert "Speaking at a news conference Tuesday" in html  # the inferred date's basis is kept
    assert "Mentions (" in html


async def test_canned_query_quotes_link_to_the_annotated_page(datasette):
    html = (await datasette.client.get("/corpus/who_said_what")).text
    assert 'href="/-/articles/latin-times-putin-open-to-talks?at=q-' in html
    html = (await datasette.client.get("/corpus/search_quotes?q=Kuleba")).text
    assert 'class="to-article"' in html


async def test_permission_answers_are_cached_once_per_table(seed_db):
    datasette = datasette_instance(seed_db)
    await datasette.client.get("/corpus")
    cache_info = datasette._table_permission_allows.cache_info
    before = cache_info()
    await datasette.client.get("/corpus")
    after = cache_info()
    # Nothing is computed again (an anonymous visitor's answers may not even
    # reach this cache: plugins/anonymous_permissions.py keeps them).
    assert after.misses == before.misses
    assert (
        datasette._table_permission_allows("corpus", "quotes") == []
    )  # no allow blocks: visible to all
