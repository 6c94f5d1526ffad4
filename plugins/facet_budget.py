"""A page counts facets only until PAGE_BUDGET_MS after it started; a facet it
could not count by then is counted in the background, for the next reader.

Why: a search no one made before counts its facets over every match. A common
word is 58,525 quotes (the speaker facet: 140 ms) or 79,795 articles (three
facets: 160 ms), at 100,000 articles. Datasette's own facet_time_limit_ms
applies to each facet alone, so three slow facets cost three limits, on top
of the rows and their count. Here a page's facets share what is left of one
budget, counted from the start of the request (the rows, the count and the
rendering of a search page take 40 to 60 ms of the 100 ms target): once it
is spent, the page goes out with its rows and their count, and lists the
facets it did not count under "These facets timed out" (Datasette's own
wording; the JSON leaves them out of facet_results, as Datasette does for a
facet that times out). No count is estimated: a facet is exact or absent.

A facet cut off this way is then counted in the background, with the time
limit Datasette gives a facet (facet_time_limit_ms), through the worker's query
memory (plugins/immutable_reads.py), so the next page asking for it on that
worker reads it from there. With the query memory off (NEWSROOM_QUERY_CACHE=off)
there is nowhere to keep it, and nothing is counted in the background. At
most MAX_PENDING fills wait at once and one runs at a time, so a crowd of new
searches cannot take every SQL thread.
"""

from __future__ import annotations

import asyncio
import contextvars
import re
import time

from datasette import hookimpl
from datasette.database import QueryInterrupted

PAGE_BUDGET_MS = 45
# Every facet may take this long, budget or not: a facet over a few hundred
# rows is never cut off because the machine is busy.
LEAST_FACET_MS = 5
MAX_PENDING = 16
# The SQL of Datasette's column, date and array facets, and of our summary
# facet when it counts live.
FACET_SQL = re.compile(r"\bas value, count\(\*\) as count from \(", re.IGNORECASE)


class PageBudget:
    """What is left of a page's time for counting facets."""

    def __init__(self, budget_ms: float | None = None):
        self.budget_ms = PAGE_BUDGET_MS if budget_ms is None else budget_ms
        self.started = time.perf_counter()

    @property
    def left_ms(self) -> float:
        return self.budget_ms - (time.perf_counter() - self.started) * 1000


PAGE = contextvars.ContextVar("facet_budget_page", default=None)


def time_limit(custom_time_limit: int, page: PageBudget) -> int:
    """The time limit of the next facet: what the page has left, at least
    LEAST_FACET_MS (a facet the query memory holds is answered without SQL)."""
    return min(custom_time_limit, max(LEAST_FACET_MS, int(page.left_ms)))


class BackgroundFills:
    """Facets to count after their page has gone, one at a time, each once."""

    def __init__(self, max_pending: int = MAX_PENDING):
        self.max_pending = max_pending
        self.pending: set = set()
        self.tasks: set = set()
        self.lock = asyncio.Lock()
        self.done = 0

    def schedule(self, key, count) -> bool:
        if key in self.pending or len(self.pending) >= self.max_pending:
            return False
        self.pending.add(key)
        task = asyncio.get_running_loop().create_task(self._fill(key, count))
        self.tasks.add(task)  # kept until done: the loop holds tasks weakly
        task.add_done_callback(self.tasks.discard)
        return True

    async def _fill(self, key, count) -> None:
        PAGE.set(None)  # this task's own context: no page budget applies to it
        try:
            async with self.lock:
                await count()
                self.done += 1
        except Exception:
            pass  # a fill that fails (or times out) leaves the facet uncounted, as before
        finally:
            self.pending.discard(key)


def budgeted_execute(database, execute, fills: BackgroundFills | None):
    async def execute_within_budget(
        sql,
        params=None,
        truncate=False,
        custom_time_limit=None,
        page_size=None,
        log_sql_errors=True,
    ):
        page = PAGE.get()
        if page is None or custom_time_limit is None or not FACET_SQL.search(sql or ""):
            return await execute(
                sql, params, truncate, custom_time_limit, page_size, log_sql_errors
            )
        try:
            return await execute(
                sql,
                params,
                truncate,
                time_limit(custom_time_limit, page),
                page_size,
                log_sql_errors,
            )
        except QueryInterrupted:
            if fills is not None:
                # Through the whole chain again, with Datasette's own facet time
                # limit and no page budget: the answer lands in the query memory.
                def count():
                    return database.execute(
                        sql, params, truncate, custom_time_limit, page_size, log_sql_errors
                    )

                fills.schedule((sql, repr(params)), count)
            raise

    return execute_within_budget


@hookimpl
def startup(datasette):
    async def inner():
        for database in datasette.databases.values():
            if database.is_mutable or database.is_memory or hasattr(database, "facet_fills"):
                continue
            # The query memory is set up in a plain startup hook, before this one.
            fills = BackgroundFills() if hasattr(database, "query_cache") else None
            database.facet_fills = fills
            database.execute = budgeted_execute(database, database.execute, fills)

    return inner


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def with_facet_budget(scope, receive, send):
            token = PAGE.set(PageBudget()) if scope["type"] == "http" else None
            try:
                await app(scope, receive, send)
            finally:
                if token is not None:
                    PAGE.reset(token)

        return with_facet_budget

    return wrap
