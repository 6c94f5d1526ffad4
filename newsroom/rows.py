"""Writing rows fast: batched inserts in the schema's column order.

The full build, the incremental build and the benchmark's bare-sqlite3 floor
all insert through ``insert_sql``, so they measure and write the same thing.
"""

from __future__ import annotations

import operator

import sqlite_utils

from .resolve import ArticleRows
from .schema import TABLES

# Rows are buffered and inserted this many articles at a time: few enough to
# keep memory flat on a large corpus, many enough that inserts are batched.
ARTICLES_PER_BATCH = 500


def insert_sql(table: str, columns: list[str]) -> str:
    quoted = ", ".join(f'"{column}"' for column in columns)
    return f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" for _ in columns)})'


class RowBuffer:
    """Collects rows per table and inserts them in batches, parents first."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.rows: dict[str, list[dict]] = {table.name: [] for table in TABLES}
        self.articles = 0

    def add(self, rows: ArticleRows) -> None:
        self.rows["articles"].append(rows.article)
        for table, items in rows.tables.items():
            self.rows[table].extend(items)
        self.articles += 1
        if self.articles % ARTICLES_PER_BATCH == 0:
            self.flush()

    def flush(self) -> None:
        # TABLES is in dependency order, so foreign keys always find their row.
        # Plain executemany with tuples in the schema's column order: the
        # tables already exist with an explicit schema, and sqlite-utils'
        # insert_all would spend longer shaping each row than SQLite spends
        # writing it (see `make bench`).
        for table in TABLES:
            items = self.rows[table.name]
            if items:
                columns = list(table.columns)
                # Every row dict carries every column (a missing one is a bug
                # and fails loudly here); itemgetter builds the tuples in C.
                as_tuple = operator.itemgetter(*columns)
                self.db.conn.executemany(
                    insert_sql(table.name, columns), [as_tuple(row) for row in items]
                )
                items.clear()
