"""Full-text search on table pages without visiting every match.

Datasette 0.65.5 searches a table (`?_search=`) with
`where rowid in (select rowid from <table>_fts where <table>_fts match ...)`.
On a million quotes a common word matches 60,000 of them, and two of the
queries a search page runs then visit every one of those rows:

- the count, `select count(*) from quotes where rowid in (...)`, looks each
  match up in the table. Every full-text table here is built from its table,
  row for row (external content, `content=[quotes]`), so counting the
  matches in the index alone gives the same number: about 2 ms instead of 100.
- the page of rows, `... order by id limit 51`: SQLite's planner cannot know
  how many rows an FTS match returns, so it fetches and sorts all of them.
  Where the matches are dense, walking the primary-key index in order and
  keeping the rows that match finds the first 51 after a few thousand index
  entries; this plugin then names that index (`indexed by`). The rows and
  their order are the same either way; only the plan differs.
- a facet over a search (`select <column> as value, count(*) ... from
  (<the search>) group by <column>`) looks up every match too. Where a large
  share of the table matches (a common word in 80 % of the articles), reading
  the column's index from end to end and keeping the entries that match costs
  less than looking each match up: the facet then names that index. The
  counts are the same.

Both rewrites apply only to the exact SQL Datasette writes for a search with
no other filter, on the immutable database, and to tables whose full-text
index is built from them.

A page asks for the same count up to four times (the page's own count, then
each facet's plan): within one request it is counted once.

One more: datasette-search-all asks each table for five rows and their count
with Datasette 1.0's `_extra=` parameters, which 0.65 ignores, so every such
request also computed the table's facets over all matches, which that page
never shows. A request that lists `_extra=` and asks for no facet gets
`_nofacet=1`, which is what it asked for.
"""

from __future__ import annotations

import contextvars
import math
import re
from urllib.parse import parse_qsl

from datasette import hookimpl

NAME = r"(?:\[[^\]]+\]|\w+)"
SEARCH = (
    rf"where rowid in \(select rowid from (?P<fts>{NAME}) where (?P=fts) match "
    r"(?P<match>escape_fts\(:search\)|:search)\)"
)
COUNT_SQL = re.compile(rf"^select count\(\*\) from (?P<table>{NAME}) {SEARCH}\s*$")
PAGE_SQL = re.compile(
    rf"^select (?P<columns>.+?) from (?P<table>{NAME}) {SEARCH} "
    rf"order by (?P<order>{NAME}) limit (?P<limit>\d+)\s*$",
    re.DOTALL,
)
FACET_SQL = re.compile(
    rf"^\s*select (?P<column>{NAME}) as value, count\(\*\) as count from \(\s*"
    rf"select (?P<columns>.+?) from (?P<table>{NAME}) {SEARCH}\s*\)\s*"
    rf"where (?P=column) is not null\s*group by (?P=column) "
    rf"order by count desc, value limit (?P<limit>\d+)\s*$",
    re.DOTALL,
)
FACET_EXTRAS = {"facet_results", "facets_timed_out", "suggested_facets", "facets"}
# Reading one index entry costs less than looking up one row: a facet reads
# the whole index when more than this share of the table matches.
INDEX_SCAN_SHARE = 0.25


def unquote(name: str) -> str:
    return name[1:-1] if name.startswith("[") else name


class SearchPlans:
    """What is known of one database's full-text tables, read once."""

    def __init__(self):
        self.fts_of: dict[str, str] = {}  # table -> its external-content FTS table
        self.pk_index: dict[str, tuple[str, str]] = {}  # table -> (pk column, its index)
        self.rows: dict[str, int] = {}
        self.column_index: dict[tuple[str, str], str] = {}  # (table, column) -> an index on it

    def load(self, conn) -> None:
        for name, sql in conn.execute(
            "select name, sql from sqlite_master where type = 'table' and sql like "
            "'CREATE VIRTUAL TABLE%USING FTS%'"
        ):
            content = re.search(r"content\s*=\s*[\[\"']?([^\]\"',)\s]+)", sql or "", re.I)
            if content:
                self.fts_of[content.group(1)] = name
        for table in list(self.fts_of):
            pks = [row[1] for row in conn.execute(f"pragma table_info([{table}])") if row[5]]
            indexes = [
                row[1] for row in conn.execute(f"pragma index_list([{table}])") if row[3] == "pk"
            ]
            if len(pks) == 1 and indexes:
                self.pk_index[table] = (pks[0], indexes[0])
            # The narrowest index that starts with each column.
            for index in conn.execute(f"pragma index_list([{table}])").fetchall():
                columns = [row[2] for row in conn.execute(f"pragma index_info([{index[1]}])")]
                if columns and None not in columns:
                    known = self.column_index.get((table, columns[0]))
                    if known is None or len(columns) < known[1]:
                        self.column_index[(table, columns[0])] = (index[1], len(columns))
            # Rows are appended once, at build time: the largest rowid is the count.
            self.rows[table] = conn.execute(f"select max(rowid) from [{table}]").fetchone()[0] or 0

    def count_sql(self, sql: str) -> str | None:
        found = COUNT_SQL.match(sql)
        if not found or self.fts_of.get(unquote(found["table"])) != unquote(found["fts"]):
            return None
        return f"select count(*) from {found['fts']} where {found['fts']} match {found['match']}"

    def page_plan(self, sql: str):
        """(count SQL, SQL by the primary-key index, rows in the table) for a
        page of search results ordered by the primary key, or None."""
        found = PAGE_SQL.match(sql)
        if not found:
            return None
        table, fts = unquote(found["table"]), unquote(found["fts"])
        if self.fts_of.get(table) != fts or table not in self.pk_index:
            return None
        pk, index = self.pk_index[table]
        if unquote(found["order"]) != pk:
            return None
        count = f"select count(*) from {found['fts']} where {found['fts']} match {found['match']}"
        by_index = sql.replace(
            f" from {found['table']} where rowid in",
            f" from {found['table']} indexed by [{index}] where rowid in",
            1,
        )
        return count, by_index, self.rows.get(table, 0), int(found["limit"])

    def facet_plan(self, sql: str):
        """(count SQL, SQL reading the column's index, rows in the table) for a
        facet over a search, or None."""
        found = FACET_SQL.match(sql)
        if not found:
            return None
        table, fts = unquote(found["table"]), unquote(found["fts"])
        index = self.column_index.get((table, unquote(found["column"])))
        if self.fts_of.get(table) != fts or index is None:
            return None
        count = f"select count(*) from {found['fts']} where {found['fts']} match {found['match']}"
        by_index = sql.replace(
            f" from {found['table']} where rowid in",
            f" from {found['table']} indexed by [{index[0]}] where rowid in",
            1,
        )
        return count, by_index, self.rows.get(table, 0)


# Counts of matches already made by this request: (SQL, parameters) -> count.
PAGE_COUNTS = contextvars.ContextVar("search_sql_page_counts", default=None)


def count_key(sql: str, params):
    try:
        key = (sql, tuple(sorted((params or {}).items())))
        hash(key)
    except (TypeError, AttributeError):
        return None
    return key


async def count_once(execute, sql: str, params, *args, **kwargs):
    """Results of a count of matches, run once per request."""
    counts, key = PAGE_COUNTS.get(), count_key(sql, params)
    if counts is not None and key in counts:
        return counts[key]
    results = await execute(sql, params, *args, **kwargs)
    if counts is not None and key is not None:
        counts[key] = results
    return results


def dense(matches: int, limit: int, rows: int) -> bool:
    """Walking the index costs about limit * rows / matches steps; fetching and
    sorting the matches about matches steps: the index wins past the square root."""
    return matches > 0 and matches > math.sqrt(max(limit, 1) * max(rows, 1))


def planned_execute(database, execute, plans: SearchPlans):
    async def execute_with_plans(sql, params=None, *args, **kwargs):
        if "match" in sql and isinstance(sql, str):
            count = plans.count_sql(sql)
            if count is not None:
                return await count_once(execute, count, params, *args, **kwargs)
            plan = plans.page_plan(sql)
            if plan is not None:
                count, by_index, rows, limit = plan
                matches = (await count_once(execute, count, params)).rows[0][0]
                if dense(matches, limit, rows):
                    return await execute(by_index, params, *args, **kwargs)
            plan = plans.facet_plan(sql)
            if plan is not None:
                count, by_index, rows = plan
                matches = (await count_once(execute, count, params)).rows[0][0]
                if rows and matches > INDEX_SCAN_SHARE * rows:
                    return await execute(by_index, params, *args, **kwargs)
        return await execute(sql, params, *args, **kwargs)

    return execute_with_plans


@hookimpl
def startup(datasette):
    async def inner():
        for database in datasette.databases.values():
            if database.is_mutable or database.is_memory or hasattr(database, "search_plans"):
                continue
            plans = SearchPlans()
            await database.execute_fn(plans.load)
            database.search_plans = plans
            database.execute = planned_execute(database, database.execute, plans)

    return inner


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def honour_extras(scope, receive, send):
            token = PAGE_COUNTS.set({}) if scope["type"] == "http" else None
            if scope["type"] == "http" and b"_extra=" in scope.get("query_string", b""):
                query = scope["query_string"].decode("latin-1")
                pairs = parse_qsl(query, keep_blank_values=True)
                keys = {key for key, _ in pairs}
                extras = {value for key, value in pairs if key == "_extra"}
                asks_facets = any(key.startswith(("_facet", "_nofacet")) for key in keys)
                if not asks_facets and not (extras & FACET_EXTRAS):
                    scope = dict(scope, query_string=(query + "&_nofacet=1").encode("latin-1"))
            try:
                await app(scope, receive, send)
            finally:
                if token is not None:
                    PAGE_COUNTS.reset(token)

        return honour_extras

    return wrap
