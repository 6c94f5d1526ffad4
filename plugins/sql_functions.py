"""SQL functions for checking spans in the browser's SQL editor.

Offsets in this database are 0-based and end-exclusive, as in Python, while
SQLite's substr() is 1-based: span_text() spares readers that off-by-one.
"""

from datasette import hookimpl


def span_text(body, start, end):
    if body is None or start is None or end is None:
        return None
    return body[int(start):int(end)]


@hookimpl
def prepare_connection(conn):
    # deterministic=True lets SQLite use the function in indexes and views.
    conn.create_function("span_text", 3, span_text, deterministic=True)
