"""Facets read from build-time summary tables when a page is not filtered.

A facet is a GROUP BY over the whole table on every page load: on a million
quotes, the speaker facet costs 150 ms of SQL. Unfiltered, its counts are
exactly the ones the build already stored in person_stats, so a "summary"
facet reads them from there (an index scan of 10,000 rows). As soon as the
page is filtered or searched, it counts live, like an ordinary column facet.

Configured in metadata.yml as `facets: [{summary: person_id}]`, for the
(table, column) pairs in SUMMARIES below.

Datasette's own column facets on the per-article tables (the three on
figures: 160 ms over 500,000 rows) read the build's facet_counts the same
way: the exact SQL Datasette writes for a column facet of a table with no
filter, no search and no parameter is answered from the stored counts of that
column, which the build computed with the same GROUP BY (same values, same
types, same order). Any other facet SQL runs as Datasette wrote it.
"""

import re

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

# (table, column) -> (summary table, its column of values, its column of counts)
SUMMARIES = {
    ("quotes", "person_id"): ("person_stats", "person_id", "quotes"),
    ("person_mentions", "person_id"): ("person_stats", "person_id", "mentions"),
    ("location_mentions", "location_id"): ("location_stats", "location_id", "mentions"),
}
WHERE = re.compile(r"\bwhere\b", re.IGNORECASE)
NAME = r"(?:\[[^\]]+\]|\w+)"
# ColumnFacet's SQL over a table page with no filter: the inner select is only
# a list of column names from one table.
UNFILTERED_COLUMN_FACET = re.compile(
    rf"^\s*select (?P<column>{NAME}) as value, count\(\*\) as count from \(\s*"
    rf"select {NAME}(?:, {NAME})* from (?P<table>{NAME})\s*\)\s*"
    rf"where (?P=column) is not null\s*group by (?P=column) "
    rf"order by count desc, value limit (?P<limit>\d+)\s*$"
)
STORED_FACET_SQL = (
    "select value, count from facet_counts "
    "where table_name = :table_name and column_name = :column_name "
    "order by count desc, value limit :limit"
)


def unquote(name: str) -> str:
    return name[1:-1] if name.startswith("[") else name


def stored_facet(sql: str, params, stored: set[tuple[str, str]]):
    """(SQL, parameters) reading facet_counts in place of Datasette's facet SQL
    for an unfiltered table, or None where the counts must be live."""
    found = UNFILTERED_COLUMN_FACET.match(sql)
    if found is None or params:
        return None
    table, column = unquote(found["table"]), unquote(found["column"])
    if (table, column) not in stored:
        return None
    return STORED_FACET_SQL, {
        "table_name": table,
        "column_name": column,
        "limit": int(found["limit"]),
    }


def stored_facets_execute(execute, stored: set[tuple[str, str]]):
    async def execute_with_stored_facets(sql, params=None, *args, **kwargs):
        if isinstance(sql, str) and " as value, count(*) as count from (" in sql:
            rewritten = stored_facet(sql, params, stored)
            if rewritten is not None:
                return await execute(*rewritten, *args, **kwargs)
        return await execute(sql, params, *args, **kwargs)

    return execute_with_stored_facets


def stored_pairs(conn) -> set[tuple[str, str]]:
    """The (table, column) pairs the build counted; none in a database built
    before facet_counts existed."""
    exists = conn.execute(
        "select 1 from sqlite_master where type = 'table' and name = 'facet_counts'"
    ).fetchone()
    if not exists:
        return set()
    return {
        (table, column)
        for table, column in conn.execute(
            "select distinct table_name, column_name from facet_counts"
        )
    }


def summary_sql(table: str, column: str, sql: str, params) -> str | None:
    """The SQL reading stored counts, or None when the page is filtered (its
    SQL has a WHERE or parameters), so that counting must be live."""
    summary = SUMMARIES.get((table, column))
    if summary is None or params or WHERE.search(sql):
        return None
    summary_table, value_column, count_column = summary
    return (
        f"select {escape_sqlite(value_column)} as value, {escape_sqlite(count_column)} as count "
        f"from {escape_sqlite(summary_table)} where {escape_sqlite(count_column)} > 0 "
        f"order by count desc, value limit :limit"
    )


class SummaryFacet(ColumnFacet):
    type = "summary"

    async def suggest(self):
        return []  # never suggested: it is configured where a summary exists

    async def facet_results(self):
        results, timed_out = [], []
        facet_size = self.get_facet_size()
        qs_pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            stored = summary_sql(self.table, column, self.sql, self.params)
            if stored is not None:
                sql, params = stored, {"limit": facet_size + 1}
            else:
                sql = (
                    f"select {escape_sqlite(column)} as value, count(*) as count from ({self.sql}) "
                    f"where {escape_sqlite(column)} is not null "
                    f"group by {escape_sqlite(column)} order by count desc, value limit "
                    f"{facet_size + 1}"
                )
                params = self.params
            try:
                rows = await self.ds.execute(
                    self.database,
                    sql,
                    params,
                    truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except QueryInterrupted:
                timed_out.append(column)
                continue
            shown = rows.rows[:facet_size]
            labels = await self.ds.expand_foreign_keys(
                self.database, self.table, column, [row["value"] for row in shown]
            )
            values = []
            for row in shown:
                selected = (column, str(row["value"])) in qs_pairs
                toggle = (
                    path_with_removed_args(self.request, {column: str(row["value"])})
                    if selected
                    else path_with_added_args(self.request, {column: row["value"]})
                )
                values.append(
                    {
                        "value": row["value"],
                        "label": labels.get((column, row["value"]), row["value"]),
                        "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle)),
                        "selected": selected,
                    }
                )
            results.append(
                {
                    "name": column,
                    "type": self.type,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(
                        path_with_removed_args(self.request, {"_facet_summary": column})
                    ),
                    "results": values,
                    "truncated": len(rows) > facet_size,
                }
            )
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [SummaryFacet]


@hookimpl
def startup(datasette):
    async def inner():
        for database in datasette.databases.values():
            # Only a database that cannot change while served keeps its counts true.
            if database.is_mutable or database.is_memory or hasattr(database, "stored_facets"):
                continue
            database.stored_facets = await database.execute_fn(stored_pairs)
            if database.stored_facets:
                database.execute = stored_facets_execute(database.execute, database.stored_facets)

    return inner
