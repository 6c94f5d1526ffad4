"""Facets read from build-time summary tables when a page is not filtered.

A facet is a GROUP BY over the whole table on every page load: on a million
quotes, the speaker facet costs 150 ms of SQL. Unfiltered, its counts are
exactly the ones the build already stored in person_stats, so a "summary"
facet reads them from there (an index scan of 10,000 rows). As soon as the
page is filtered or searched, it counts live, like an ordinary column facet.

Configured in metadata.yml as `facets: [{summary: person_id}]`, for the
(table, column) pairs in SUMMARIES below.
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
