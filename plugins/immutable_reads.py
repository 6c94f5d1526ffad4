"""Faster reads from a database that never changes while it is served.

The publication's database is opened immutable (`datasette serve -i`), so the
answer to a query never changes while the server runs. Two things follow:

- Connections memory-map the file (`PRAGMA mmap_size`): SQLite reads pages
  straight from the operating system's page cache instead of copying each one
  in with a read() call. Searches that visit tens of thousands of rows gain
  a third or more.
- Each worker keeps the results of recent queries (least recently used first
  out, bounded in bytes): the counts and facets every visitor of a page
  triggers, or the search a crowd repeats, are computed once per worker. A
  query that failed or was cut off by the time limit is not kept, nor one
  whose answer may change (random(), the clock).
- What Datasette asks of the schema on every page (a table's columns, keys,
  full-text table, foreign keys, the hidden tables...) is read once per worker:
  each answer was a round trip to a SQL thread, about a hundred of them for the
  home page.

Set NEWSROOM_QUERY_CACHE=off to turn the cache off (the benchmark measures
pages both ways). Mutable databases are left alone.
"""

from __future__ import annotations

import copy
import os
import re
import threading
from collections import OrderedDict

from datasette import hookimpl
from datasette.database import Results
from datasette.tracer import trace

MMAP_BYTES = 1 << 32  # SQLite caps it at its compile-time maximum (2 GB by default)
CACHE_BYTES = 64 * 1024 * 1024  # per worker process
LARGEST_RESULT_BYTES = 4 * 1024 * 1024
NOT_REPEATABLE = re.compile(
    r"random|\bnow\b|current_(time|date|timestamp)|changes\s*\(|last_insert_rowid",
    re.IGNORECASE,
)


def cache_enabled() -> bool:
    return os.environ.get("NEWSROOM_QUERY_CACHE", "on").lower() not in ("off", "0", "false")


class ResultCache:
    """(sql, params, how many rows) -> rows, least recently used out first."""

    def __init__(self, budget: int = CACHE_BYTES):
        self.budget = budget
        self.used = 0
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self.entries.move_to_end(key)
            self.hits += 1
            return entry[0]

    def put(self, key, value, size: int) -> None:
        if size > LARGEST_RESULT_BYTES:
            return
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = (value, size)
            self.used += size
            while self.used > self.budget and self.entries:
                _, (_, dropped) = self.entries.popitem(last=False)
                self.used -= dropped


def result_size(rows) -> int:
    size = 0
    for row in rows:
        for value in tuple(row):
            size += len(value) if isinstance(value, (str, bytes)) else 16
    return size + 64 * len(rows) + 256


def freeze(params):
    if params is None:
        return None
    if isinstance(params, dict):
        return tuple(sorted((key, repr(value)) for key, value in params.items()))
    return tuple(repr(value) for value in params)


# Database methods whose answers depend only on the schema and the metadata,
# which do not change while the server runs.
SCHEMA_METHODS = (
    "table_names",
    "view_names",
    "hidden_table_names",
    "table_exists",
    "table_columns",
    "table_column_details",
    "primary_keys",
    "fts_table",
    "label_column_for_table",
    "foreign_keys_for_table",
    "get_all_foreign_keys",
    "get_table_definition",
    "get_view_definition",
    "attached_databases",
)


def remembered(method):
    """An async method whose answer, per arguments, is computed once; callers
    get their own copy."""
    answers = {}

    async def remembering(*args):
        try:
            return own_copy(answers[args])
        except KeyError:
            answer = await method(*args)
            answers[args] = own_copy(answer)
            return answer
        except TypeError:  # arguments that cannot be a key
            return await method(*args)

    return remembering


def own_copy(answer):
    """A copy no caller can change the kept answer through: a list of strings
    needs only a new list; anything nested, a deep copy."""
    if isinstance(answer, list) and all(
        isinstance(item, (str, int, float, type(None))) for item in answer
    ):
        return list(answer)
    if isinstance(answer, (str, int, float, bool, type(None))):
        return answer
    return copy.deepcopy(answer)


def immutable(database) -> bool:
    return not database.is_mutable and not database.is_memory


def cached_execute(database, execute, cache: ResultCache):
    async def execute_with_cache(
        sql,
        params=None,
        truncate=False,
        custom_time_limit=None,
        page_size=None,
        log_sql_errors=True,
    ):
        try:
            key = (sql, freeze(params), bool(truncate), page_size)
            hash(key)
        except TypeError:
            key = None
        if key is None or NOT_REPEATABLE.search(sql):
            return await execute(
                sql, params, truncate, custom_time_limit, page_size, log_sql_errors
            )
        found = cache.get(key)
        if found is not None:
            rows, truncated, description = found
            # Still traced, so that ?_trace=1 lists every query a page needs.
            with trace("sql", database=database.name, sql=sql.strip(), params=params):
                return Results(list(rows), truncated, description)
        results = await execute(sql, params, truncate, custom_time_limit, page_size, log_sql_errors)
        rows = tuple(results.rows)
        cache.put(key, (rows, results.truncated, results.description), result_size(rows))
        return results

    return execute_with_cache


@hookimpl
def prepare_connection(conn, database, datasette):
    db = datasette.databases.get(database)
    if db is not None and immutable(db):
        conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")


@hookimpl
def startup(datasette):
    if not cache_enabled():
        return
    for database in datasette.databases.values():
        if immutable(database) and not hasattr(database, "query_cache"):
            database.query_cache = ResultCache()
            database.execute = cached_execute(database, database.execute, database.query_cache)
            for name in SCHEMA_METHODS:
                if hasattr(database, name):
                    setattr(database, name, remembered(getattr(database, name)))
