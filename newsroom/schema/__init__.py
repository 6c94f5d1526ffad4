"""The database schema, spelled out: tables, keys, indexes, full-text search, views.

- ``tables``: the tables built from the corpus (the publication's public API);
- ``summaries``: tables of aggregates, filled by SQL once the rows are in;
- ``views``: the joins readers ask for most.
"""

from __future__ import annotations

import sqlite_utils

from .summaries import (
    FACET_COLUMNS,
    SUMMARY_PATCHES,
    SUMMARY_SQL,
    SUMMARY_TABLES,
    SUMMARY_TEMPLATES,
    touched_facet_values,
)
from .tables import TABLES as CORPUS_TABLES
from .tables import Table
from .views import VIEWS

TABLES: tuple[Table, ...] = CORPUS_TABLES + SUMMARY_TABLES
TABLES_BY_NAME = {table.name: table for table in TABLES}

__all__ = [
    "FACET_COLUMNS",
    "SUMMARY_PATCHES",
    "SUMMARY_SQL",
    "SUMMARY_TEMPLATES",
    "TABLES",
    "TABLES_BY_NAME",
    "VIEWS",
    "Table",
    "create_indexes_fts_views",
    "create_schema",
    "touched_facet_values",
]


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
        for name, expression in table.expression_indexes:
            db.execute(f'create index if not exists "{name}" on "{table.name}" ({expression})')
    for sql in SUMMARY_SQL.values():
        db.execute(sql)
    for table in TABLES:
        if table.fts:
            db[table.name].enable_fts(list(table.fts), tokenize="porter", create_triggers=False)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip())
