"""The database schema, spelled out: tables, keys, indexes, full-text search, views.

The tables are the publication's public API (README: "Tables"). Column order is
the order readers see in Datasette. Every foreign key is declared and indexed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils


@dataclass(frozen=True)
class Table:
    name: str
    columns: dict[str, type]
    pk: str | tuple[str, ...] = "id"
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    not_null: frozenset[str] = frozenset()
    # Columns readers facet or filter on, indexed besides the foreign keys
    # (a tuple of names is one index over several columns).
    indexed: tuple[str | tuple[str, ...], ...] = ()
    fts: tuple[str, ...] = ()


def _span_columns() -> dict[str, type]:
    return {"text": str, "start": int, "end": int}


TABLES: tuple[Table, ...] = (
    Table(
        "locations",
        {
            "id": str,
            "name": str,
            "kind": str,
            "country_id": str,
            "latitude": float,
            "longitude": float,
            "precision": str,
            "coordinates_source": str,
            "aliases": str,
            "notes": str,
            "popup": str,
        },
        foreign_keys=(("country_id", "locations", "id"),),
        not_null=frozenset({"name", "kind"}),
        indexed=("kind", "precision"),
        fts=("name", "aliases"),
    ),
    Table(
        "organizations",
        {
            "id": str,
            "name": str,
            "kind": str,
            "country_id": str,
            "aliases": str,
            "description": str,
            "source_note": str,
            "notes": str,
        },
        foreign_keys=(("country_id", "locations", "id"),),
        not_null=frozenset({"name", "kind"}),
        indexed=("kind",),
        fts=("name", "aliases", "description"),
    ),
    Table(
        "people",
        {
            "id": str,
            "name": str,
            "role": str,
            "role_basis": str,
            "affiliation_id": str,
            "aliases": str,
            "source_note": str,
            "notes": str,
        },
        foreign_keys=(("affiliation_id", "organizations", "id"),),
        not_null=frozenset({"name"}),
        fts=("name", "aliases", "role"),
    ),
    Table(
        "articles",
        {
            "id": str,
            "title": str,
            "title_inferred": int,
            "title_basis": str,
            "outlet_id": str,
            "outlet_basis": str,
            "distributor_id": str,
            "distributor_basis": str,
            "published": str,
            "byline": str,
            "url": str,
            "rights": str,
            "events_date": str,
            "events_date_inferred": int,
            "events_date_basis": str,
            "events_date_note": str,
            "language": str,
            "body": str,
            "body_published": int,
            "body_note": str,
            "body_length": int,
            "body_sha256": str,
            "source_file": str,
            "corpus_file": str,
            "draft": int,
            "notes": str,
        },
        foreign_keys=(
            ("outlet_id", "organizations", "id"),
            ("distributor_id", "organizations", "id"),
        ),
        # body is null when a --withhold-bodies build leaves the text out.
        not_null=frozenset({"title", "body_published", "body_sha256", "body_length"}),
        indexed=("events_date", "published", "body_published"),
        fts=("title", "body"),
    ),
    Table(
        "quotes",
        {
            "id": str,
            "article_id": str,
            "person_id": str,
            "speaker_description": str,
            "speaker_name": str,
            **_span_columns(),
            "partial": int,
            "attribution": str,
            "notes": str,
        },
        foreign_keys=(("article_id", "articles", "id"), ("person_id", "people", "id")),
        not_null=frozenset({"article_id", "text", "start", "end"}),
        # (article_id, start): quotes in reading order, for who_said_what.
        # (person_id, article_id, start): one person's quotes in reading order,
        # read from the index alone, for quotes_by_person (36,528 quotes of one
        # person at 100,000 articles: 90 ms -> 1 ms).
        indexed=("partial", ("article_id", "start"), ("person_id", "article_id", "start")),
        # speaker_name is in the index so that searching "Kuleba" finds his quotes.
        fts=("text", "speaker_name"),
    ),
    Table(
        "figures",
        {
            "id": str,
            "article_id": str,
            **_span_columns(),
            "value": float,
            "unit": str,
            "qualifier": str,
            "subject": str,
            "stated_by": str,
            "notes": str,
        },
        foreign_keys=(("article_id", "articles", "id"), ("stated_by", "people", "id")),
        not_null=frozenset({"article_id", "text", "start", "end", "value", "unit", "subject"}),
        # (subject, unit) serves figures_compared's self-join as well as the facets.
        indexed=("unit", "subject", "qualifier", ("subject", "unit")),
        fts=("text", "subject"),
    ),
    Table(
        "event_dates",
        {
            "id": str,
            "article_id": str,
            "date": str,
            "event": str,
            **_span_columns(),
            "inferred": int,
            "basis": str,
            "notes": str,
        },
        foreign_keys=(("article_id", "articles", "id"),),
        not_null=frozenset({"article_id", "date", "event", "text", "start", "end"}),
        indexed=("date", "inferred"),
    ),
    Table(
        "photos",
        {
            "id": str,
            "article_id": str,
            "title": str,
            "title_start": int,
            "title_end": int,
            "caption": str,
            "caption_start": int,
            "caption_end": int,
            "credit": str,
            "credit_start": int,
            "credit_end": int,
            "photographer_id": str,
            "notes": str,
        },
        foreign_keys=(("article_id", "articles", "id"), ("photographer_id", "people", "id")),
        not_null=frozenset({"article_id"}),
        fts=("caption", "credit"),
    ),
    Table(
        "photo_agencies",
        {"photo_id": str, "organization_id": str, "position": int},
        pk=("photo_id", "organization_id"),
        foreign_keys=(("photo_id", "photos", "id"), ("organization_id", "organizations", "id")),
        not_null=frozenset({"position"}),
    ),
    Table(
        "person_mentions",
        {"id": str, "article_id": str, "person_id": str, **_span_columns()},
        foreign_keys=(("article_id", "articles", "id"), ("person_id", "people", "id")),
        not_null=frozenset({"article_id", "person_id", "text", "start", "end"}),
    ),
    Table(
        "organization_mentions",
        {"id": str, "article_id": str, "organization_id": str, **_span_columns()},
        foreign_keys=(("article_id", "articles", "id"), ("organization_id", "organizations", "id")),
        not_null=frozenset({"article_id", "organization_id", "text", "start", "end"}),
    ),
    Table(
        "location_mentions",
        {"id": str, "article_id": str, "location_id": str, **_span_columns()},
        foreign_keys=(("article_id", "articles", "id"), ("location_id", "locations", "id")),
        not_null=frozenset({"article_id", "location_id", "text", "start", "end"}),
    ),
)

# Summary tables, filled by SQL at build time from the tables above: the
# aggregates behind "places", "people in several articles" and "figures
# compared" would otherwise scan a million rows on every page load.
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
)

SUMMARY_SQL: dict[str, str] = {
    "person_stats": """
        insert into person_stats (person_id, articles, mentions, quotes)
        select people.id,
               (select count(distinct article_id) from person_mentions where person_id = people.id),
               (select count(*) from person_mentions where person_id = people.id),
               (select count(*) from quotes where person_id = people.id)
        from people
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
    """,
    # Every way a reader may name a person, lower-cased: id, name and aliases.
    "person_names": """
        insert or ignore into person_names (name, person_id)
        select lower(id), id from people
        union select lower(name), id from people
        union select lower(json_each.value), people.id from people, json_each(people.aliases)
    """,
    "timeline_entries": """
        insert into timeline_entries (date, kind, what, as_printed, inferred, article_id, source_id)
        select date, 'event', event, text, inferred, article_id, id from event_dates
        union all
        select articles.events_date, 'figure', figures.subject || ': ' || figures.text, figures.text,
               articles.events_date_inferred, figures.article_id, figures.id
        from figures join articles on articles.id = figures.article_id
        where articles.events_date is not null
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
              from figures group by subject, unit) as spread
        where spread.articles > 1
    """,
}

TABLES = TABLES + SUMMARY_TABLES
TABLES_BY_NAME = {table.name: table for table in TABLES}

# Views: the joins readers ask for most, named so they show up in Datasette.
VIEWS: dict[str, str] = {
    "quote_attributions": """
        select
          quotes.id as quote_id,
          quotes.text as quote,
          coalesce(people.name, quotes.speaker_description) as speaker,
          people.role as speaker_role,
          coalesce(outlets.name, distributors.name) as outlet,
          articles.title as article_title,
          articles.id as article_id,
          quotes.partial,
          quotes.start,
          quotes."end"
        from quotes
          join articles on articles.id = quotes.article_id
          left join people on people.id = quotes.person_id
          left join organizations as outlets on outlets.id = articles.outlet_id
          left join organizations as distributors on distributors.id = articles.distributor_id
        order by articles.id, quotes.start
    """,
    "all_mentions": """
        select 'person' as kind, person_mentions.person_id as entity_id, people.name as entity_name,
               person_mentions.article_id, person_mentions.text, person_mentions.start, person_mentions."end"
          from person_mentions join people on people.id = person_mentions.person_id
        union all
        select 'organization', organization_mentions.organization_id, organizations.name,
               organization_mentions.article_id, organization_mentions.text,
               organization_mentions.start, organization_mentions."end"
          from organization_mentions join organizations on organizations.id = organization_mentions.organization_id
        union all
        select 'location', location_mentions.location_id, locations.name,
               location_mentions.article_id, location_mentions.text,
               location_mentions.start, location_mentions."end"
          from location_mentions join locations on locations.id = location_mentions.location_id
    """,
    "location_mention_counts": """
        select locations.id, locations.name, locations.kind, locations.latitude, locations.longitude,
               location_stats.mentions, location_stats.articles,
               json_object(
                 'title', locations.name,
                 'description', locations.kind || ': named ' || location_stats.mentions
                                || ' time(s) in ' || location_stats.articles || ' article(s)',
                 'link', '/corpus/locations/' || locations.id
               ) as popup
        from locations
          join location_stats on location_stats.location_id = locations.id
        order by location_stats.mentions desc, locations.name
    """,
    # The two preset charts (README, home page) are drawn from these views.
    "quotes_per_speaker": """
        select coalesce(people.name, quotes.speaker_description) as speaker, cast(count(*) as integer) as quotes
        from quotes left join people on people.id = quotes.person_id
        group by speaker
        order by quotes desc, speaker
    """,
    "figures_by_subject": """
        select figures.subject || ' (' || coalesce(outlets.name, distributors.name, articles.id) || ')' as subject_and_outlet,
               figures.subject, coalesce(outlets.name, distributors.name) as outlet,
               figures.value, figures.unit, figures.qualifier, figures.text, figures.article_id
        from figures
          join articles on articles.id = figures.article_id
          left join organizations as outlets on outlets.id = articles.outlet_id
          left join organizations as distributors on distributors.id = articles.distributor_id
        order by figures.subject, figures.value desc
    """,
    "span_checks": "\nunion all\n".join(
        f"""select '{kind}' as kind, {table}.id, {table}.article_id, {table}.{text} as text,
               {table}.{start} as start, {table}.{end} as "end",
               -- cast: a bare comparison has no type affinity, and Datasette's
               -- ?matches=0 filter compares with the text '0'.
               cast(substr(articles.body, {table}.{start} + 1, {table}.{end} - {table}.{start}) = {table}.{text}
                    as integer) as matches
          from {table} join articles on articles.id = {table}.article_id
          where {table}.{text} is not null"""
        for kind, table, text, start, end in (
            ("quote", "quotes", "text", "start", '"end"'),
            ("figure", "figures", "text", "start", '"end"'),
            ("event_date", "event_dates", "text", "start", '"end"'),
            ("photo title", "photos", "title", "title_start", "title_end"),
            ("photo caption", "photos", "caption", "caption_start", "caption_end"),
            ("photo credit", "photos", "credit", "credit_start", "credit_end"),
            ("person mention", "person_mentions", "text", "start", '"end"'),
            ("organization mention", "organization_mentions", "text", "start", '"end"'),
            ("location mention", "location_mentions", "text", "start", '"end"'),
        )
    ),
}


def create_schema(db: sqlite_utils.Database) -> None:
    # TABLES is in dependency order: sqlite-utils checks that a referenced
    # table exists when a foreign key is declared.
    for table in TABLES:
        db[table.name].create(
            table.columns,
            pk=table.pk,
            foreign_keys=list(table.foreign_keys),
            not_null=set(table.not_null),
            column_order=list(table.columns),
        )


def create_indexes_fts_views(db: sqlite_utils.Database) -> None:
    """Indexes, summary tables, full-text search and views, made after the rows
    are in: building an index or an FTS table once is cheaper than updating it
    row by row, and the summaries need the indexes."""
    for table in TABLES:
        indexed = [column for column, _, _ in table.foreign_keys] + list(table.indexed)
        for columns in dict.fromkeys(indexed):
            db[table.name].create_index(
                [columns] if isinstance(columns, str) else list(columns), if_not_exists=True
            )
    for sql in SUMMARY_SQL.values():
        db.execute(sql)
    for table in TABLES:
        if table.fts:
            db[table.name].enable_fts(list(table.fts), tokenize="porter", create_triggers=False)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip())
