"""Summary tables, filled by SQL at build time from the corpus tables: the
aggregates behind "places", "people in several articles" and "figures
compared" would otherwise scan a million rows on every page load.
"""

from __future__ import annotations

from .tables import Table

# The column facets metadata.yml shows on the per-article tables. Unfiltered,
# each is a GROUP BY over the whole table (the three on figures: 160 ms over
# 500,000 rows on every visit), so their counts are stored in facet_counts and
# read from there (plugins/summary_facets.py). The registries' facets count a
# few thousand rows and are left live.
FACET_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("outlet_id", "distributor_id", "events_date", "body_published"),
    "figures": ("unit", "subject", "qualifier"),
    "event_dates": ("date", "inferred"),
    "photos": ("photographer_id",),
    "photo_agencies": ("organization_id",),
    "organization_mentions": ("organization_id",),
}

SUMMARY_TABLES: tuple[Table, ...] = (
    Table(
        "person_stats",
        {"person_id": str, "articles": int, "mentions": int, "quotes": int},
        pk="person_id",
        foreign_keys=(("person_id", "people", "id"),),
        # quotes and mentions order the summary facets (plugins/summary_facets.py).
        indexed=("articles", "quotes", "mentions"),
    ),
    Table(
        "location_stats",
        {"location_id": str, "articles": int, "mentions": int, "example_articles": str},
        pk="location_id",
        foreign_keys=(("location_id", "locations", "id"),),
        indexed=("mentions",),
    ),
    Table(
        "person_names",
        {"name": str, "person_id": str},
        pk=("name", "person_id"),
        foreign_keys=(("person_id", "people", "id"),),
    ),
    Table(
        "timeline_entries",
        {
            "date": str,
            "kind": str,
            "what": str,
            "as_printed": str,
            "inferred": int,
            "article_id": str,
            "source_id": str,
        },
        pk="source_id",
        foreign_keys=(("article_id", "articles", "id"),),
        indexed=(("date", "kind", "what"),),
    ),
    Table(
        "figure_comparisons",
        {
            "subject": str,
            "unit": str,
            "articles": int,
            "highest_figure_id": str,
            "lowest_figure_id": str,
            "high": float,
            "low": float,
            "difference": float,
            "difference_percent": float,
        },
        pk=("subject", "unit"),
        foreign_keys=(
            ("highest_figure_id", "figures", "id"),
            ("lowest_figure_id", "figures", "id"),
        ),
        indexed=("difference_percent",),
    ),
    Table(
        "facet_counts",
        # value is BLOB, the one type SQLite leaves every value as it is given:
        # a text stays a text and an integer an integer, as in the column
        # counted, so values compare and sort exactly as Datasette's facet does.
        {"table_name": str, "column_name": str, "value": bytes, "count": int},
        pk=("table_name", "column_name", "value"),
    ),
)

# Each summary's SQL has a {where} for the rows it computes: everything in a
# full build ("1"), or only what an incremental build touched (newsroom/patch.py
# fills the temp tables these filters name).
SUMMARY_TEMPLATES: dict[str, str] = {
    "person_stats": """
        insert into person_stats (person_id, articles, mentions, quotes)
        select people.id,
               (select count(distinct article_id) from person_mentions where person_id = people.id),
               (select count(*) from person_mentions where person_id = people.id),
               (select count(*) from quotes where person_id = people.id)
        from people
        where {where}
    """,
    "location_stats": """
        insert into location_stats (location_id, articles, mentions, example_articles)
        select locations.id,
               (select count(distinct article_id) from location_mentions where location_id = locations.id),
               (select count(*) from location_mentions where location_id = locations.id),
               (select group_concat(title, ' | ') from (
                  select distinct articles.title from location_mentions
                    join articles on articles.id = location_mentions.article_id
                  where location_mentions.location_id = locations.id
                  order by articles.title limit 5))
        from locations
        where {where}
    """,
    # Every way a reader may name a person, lower-cased: id, name and aliases.
    # From the registries alone, so an incremental build leaves it as it is.
    "person_names": """
        insert or ignore into person_names (name, person_id)
        select lower(id), id from people
        union select lower(name), id from people
        union select lower(json_each.value), people.id from people, json_each(people.aliases)
    """,
    "timeline_entries": """
        insert into timeline_entries (date, kind, what, as_printed, inferred, article_id, source_id)
        select date, 'event', event, text, inferred, article_id, id from event_dates
        where {where}
        union all
        select articles.events_date, 'figure', figures.subject || ': ' || figures.text, figures.text,
               articles.events_date_inferred, figures.article_id, figures.id
        from figures join articles on articles.id = figures.article_id
        where articles.events_date is not null and {where}
    """,
    # For each subject and unit given by more than one article: the highest
    # and the lowest figure (ties broken by id, so rebuilds agree).
    "figure_comparisons": """
        insert into figure_comparisons
          (subject, unit, articles, highest_figure_id, lowest_figure_id, high, low, difference, difference_percent)
        select spread.subject, spread.unit, spread.articles,
               (select id from figures where subject = spread.subject and unit = spread.unit
                order by value desc, id limit 1),
               (select id from figures where subject = spread.subject and unit = spread.unit
                order by value asc, id limit 1),
               spread.high, spread.low, spread.high - spread.low,
               case when spread.low != 0 then round(100.0 * (spread.high - spread.low) / abs(spread.low), 1) end
        from (select subject, unit, count(distinct article_id) as articles, max(value) as high, min(value) as low
              from figures where {where} group by subject, unit) as spread
        where spread.articles > 1
    """,
}


def _facet_counts_template() -> str:
    """One GROUP BY per faceted column; {where} filters on (table_name,
    column_name, value), which SQLite answers from the column's index."""
    members = [
        f"select table_name, column_name, value, count(*) from ("
        f"select '{table}' as table_name, '{column}' as column_name, [{column}] as value"
        f" from [{table}]) where value is not null and {{where}} group by value"
        for table, columns in FACET_COLUMNS.items()
        for column in columns
    ]
    return "insert into facet_counts (table_name, column_name, value, count)\n" + (
        "\nunion all\n".join(members)
    )


SUMMARY_TEMPLATES["facet_counts"] = _facet_counts_template()


def touched_facet_values(rows_of: dict[str, str]) -> str:
    """SQL for the (table, column, value) of the faceted columns in the rows of
    a set of articles; rows_of says which rows of each table belong to the set
    (a filter with a {set} for the temp table of article ids)."""
    return " union ".join(
        f"select '{table}', '{column}', [{column}] from [{table}]"
        f" where [{column}] is not null and {rows_of[table]}"
        for table, columns in FACET_COLUMNS.items()
        for column in columns
    )


SUMMARY_SQL: dict[str, str] = {
    name: sql.format(where="1") for name, sql in SUMMARY_TEMPLATES.items()
}
# The facet values an incremental build touched (newsroom/patch.py fills the
# temp table from touched_facet_values).
TOUCHED_FACET_VALUES = (
    "(table_name, column_name, value) in "
    "(select table_name, column_name, value from temp.touched_facet_values)"
)
# What an incremental build recomputes, and how it finds the rows to delete
# first: each filter names a temp table of what the changed articles touched.
SUMMARY_PATCHES: dict[str, tuple[str, str]] = {
    "person_stats": (
        "person_id in (select person_id from temp.touched_people)",
        "people.id in (select person_id from temp.touched_people)",
    ),
    "location_stats": (
        "location_id in (select location_id from temp.touched_locations)",
        "locations.id in (select location_id from temp.touched_locations)",
    ),
    "timeline_entries": (
        "article_id in (select article_id from temp.gone)",
        "article_id in (select article_id from temp.added)",
    ),
    "figure_comparisons": (
        "(subject, unit) in (select subject, unit from temp.touched_subjects)",
        "(subject, unit) in (select subject, unit from temp.touched_subjects)",
    ),
    "facet_counts": (TOUCHED_FACET_VALUES, TOUCHED_FACET_VALUES),
}
