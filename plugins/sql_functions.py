"""SQL functions for checking spans in the browser's SQL editor.

Offsets in this database are 0-based and end-exclusive, as in Python, while
SQLite's substr() is 1-based: span_text() spares readers that off-by-one.
"""

import re

from datasette import hookimpl


def span_text(body, start, end):
    if body is None or start is None or end is None:
        return None
    return body[int(start) : int(end)]


# FTS5 operators a reader may type meaning "both": dropped, since every
# remaining word is required anyway.
FTS_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def fts_query(text):
    """Turn whatever a reader typed into a safe FTS5 query that finds rows with
    all of its words: every word becomes a quoted term, so unbalanced quotes, a
    lone '-', 'AND', 'NEAR(' or '*' can never raise an FTS syntax error."""
    words = [word for word in re.findall(r"\w+", text or "") if word not in FTS_OPERATORS]
    return " ".join(f'"{word}"' for word in words) or '""'


@hookimpl
def prepare_connection(conn):
    # deterministic=True lets SQLite use the function in indexes and views.
    conn.create_function("span_text", 3, span_text, deterministic=True)
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
