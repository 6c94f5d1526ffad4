"""The tables built from the corpus, spelled out: columns, keys, indexes, FTS.

The tables are the publication's public API (README: "Tables"). Column order is
the order readers see in Datasette. Every foreign key is declared and indexed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils.db import DescIndex


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
    # Indexes on expressions, as (index name, what it indexes in SQL).
    expression_indexes: tuple[tuple[str, str], ...] = ()
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
            "outlet_source": str,
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
        # corpus_file: an incremental build finds an edited file's article by it.
        indexed=("events_date", "published", "body_published", "corpus_file"),
        # The articles in articles_feed's order (its feed date, newest first),
        # so the feed reads its 100 from the index instead of sorting all.
        expression_indexes=(
            ("idx_articles_feed_order", "coalesce(published, events_date) desc, id"),
        ),
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
            # The article's feed date, copied onto each quote (see feed_date in
            # resolve/article.py): person_quotes_feed reads a person's newest
            # quotes from an index instead of joining every quote's article.
            "feed_date": str,
            "notes": str,
        },
        foreign_keys=(("article_id", "articles", "id"), ("person_id", "people", "id")),
        not_null=frozenset({"article_id", "text", "start", "end"}),
        # (article_id, start): quotes in reading order, for who_said_what.
        # (person_id, article_id, start): one person's quotes in reading order,
        # read from the index alone, for quotes_by_person (36,528 quotes of one
        # person at 100,000 articles: 90 ms -> 1 ms).
        # (person_id, feed_date desc, article_id, start): one person's quotes in
        # person_quotes_feed's order, from the index alone.
        indexed=(
            "partial",
            ("article_id", "start"),
            ("person_id", "article_id", "start"),
            ("person_id", DescIndex("feed_date"), "article_id", "start"),
        ),
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
        # (subject, unit, value): each compared subject's figures, highest first,
        # read from the index alone (figures_compared, chart_figures).
        indexed=("unit", "subject", "qualifier", ("subject", "unit", "value")),
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
    # What the database was built from: a content hash per input (article and
    # registry files, the build code, the build options). It lets the next
    # build rebuild only what changed, and lets a reader check provenance.
    Table(
        "build_inputs",
        {"kind": str, "name": str, "sha256": str},
        pk=("kind", "name"),
        not_null=frozenset({"kind", "name", "sha256"}),
    ),
)
