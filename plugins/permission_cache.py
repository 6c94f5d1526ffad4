"""Cache Datasette's per-table permission lookups.

Datasette 0.65.5 answers "may this actor see this table?" by deep-copying the
whole metadata (every table's and column's description) for every table on
every request: about 25 ms of a database page here, more than all of its SQL.
Our metadata is read once at start-up and never changes while the server
runs (it is served immutable, without --reload), so the answer for a
(database, table) pair never changes either, and is cached.

Pinned to datasette==0.65.5 (requirements.txt); if the private method this
wraps is missing, the plugin does nothing.
"""

import functools

from datasette import hookimpl


@hookimpl
def startup(datasette):
    original = getattr(datasette, "_table_permission_allows", None)
    if original is None or getattr(original, "cache_info", None):
        return

    @functools.lru_cache(maxsize=4096)
    def cached(database, table):
        # A tuple, so that no caller can change the cached answer.
        return tuple(original(database, table))

    datasette._table_permission_allows = lambda database, table: list(cached(database, table))
    datasette._table_permission_allows.cache_info = cached.cache_info
