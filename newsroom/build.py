"""The build: corpus/ -> corpus.db, all or nothing.

Rows are written as articles are checked, into a temporary file beside the
output, inside one transaction. Only if the whole corpus is valid is the
transaction committed and the file moved over the old database; otherwise the
temporary file is deleted and every problem is reported. The previous database
is never opened for writing.
"""

from __future__ import annotations

import operator
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from tqdm import tqdm

from .checking import checked_articles
from .corpus import article_paths, read_registries
from .problems import CorpusInvalid, ProblemList
from .resolve import ArticleRows, CorpusChecks, resolve_registries
from .schema import TABLES, create_indexes_fts_views, create_schema

# Rows are buffered and inserted this many articles at a time: few enough to
# keep memory flat on a large corpus, many enough that inserts are batched.
ARTICLES_PER_BATCH = 500
# SQLite page cache during the build, in KiB (the build's peak memory target is 1 GB).
CACHE_KIB = 256 * 1024


@dataclass
class BuildReport:
    output: Path
    counts: dict[str, int]


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
                    _insert_sql(table.name, columns), [as_tuple(row) for row in items]
                )
                items.clear()


def _insert_sql(table: str, columns: list[str]) -> str:
    quoted = ", ".join(f'"{column}"' for column in columns)
    return f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" for _ in columns)})'


def build(
    corpus_dir: Path,
    output: Path,
    allow_drafts: bool = False,
    progress: bool | None = None,
    withhold_bodies: bool = False,
) -> BuildReport:
    """Build ``output`` from ``corpus_dir``; raise CorpusInvalid listing every problem.

    ``withhold_bodies`` leaves every article's text out of the database (for
    publishing), keeping the annotations and their spans (see rights.py)."""
    corpus_dir, output = Path(corpus_dir), Path(output)
    problems = ProblemList()
    registries, found = read_registries(corpus_dir)
    problems.extend(found)
    index, registry_rows, found = resolve_registries(registries)
    problems.extend(found)

    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{output.name}.", suffix=".building", dir=output.parent
    )
    os.close(handle)
    temporary = Path(temporary)
    db = None
    try:
        db = sqlite_utils.Database(temporary, recreate=True)
        db.execute("PRAGMA foreign_keys = ON")
        # The file is temporary until the final rename, so durability of each
        # write is not needed: no fsync, the rollback journal in memory (a
        # failed build deletes the file), and a large page cache for the
        # random-order inserts into the content-hash primary keys.
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA journal_mode = MEMORY")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.execute("PRAGMA temp_store = MEMORY")
        # Lets CREATE INDEX sort with a helper thread on the second core.
        db.execute("PRAGMA threads = 2")
        with db.atomic():
            create_schema(db)
            # Registry rows refer to each other (a location's country is a
            # location): check foreign keys at commit, not row by row.
            db.execute("PRAGMA defer_foreign_keys = ON")
            if not problems:  # a broken registry is reported; its rows are never written
                for table in ("locations", "organizations", "people"):
                    if registry_rows[table]:
                        db[table].insert_all(registry_rows[table])
            buffer = RowBuffer(db)
            checks = CorpusChecks(problems)
            paths = article_paths(corpus_dir)
            checked = checked_articles(paths, index, allow_drafts, withhold_bodies)
            for result in tqdm(
                checked,
                total=len(paths),
                desc="Building",
                unit="article",
                disable=_progress_disabled(progress),
            ):
                problems.extend(result.problems)
                admitted = checks.admit(
                    result.path,
                    result.article_id,
                    result.rows,
                    result.front_matter,
                    result.front_matter_first_line,
                )
                if admitted:
                    buffer.add(result.rows)
            checks.finish(registries, index.role_bases)
            if problems:
                raise CorpusInvalid(problems.finish())
            buffer.flush()
            create_indexes_fts_views(db)
            # No separate PRAGMA foreign_key_check: with foreign_keys and
            # defer_foreign_keys on, SQLite refuses to COMMIT while any
            # reference is dangling, so a bug here cannot produce a database.
        counts = {table.name: db[table.name].count for table in TABLES}
        # Planner statistics from a sample of each index: as good for these
        # queries as a full scan, at a fraction of the time on a large corpus.
        db.execute("PRAGMA analysis_limit = 1000")
        db.execute("ANALYZE")
        db.close()
        os.replace(temporary, output)
        return BuildReport(output, counts)
    except BaseException:
        if db is not None:
            db.close()
        temporary.unlink(missing_ok=True)
        raise


def _progress_disabled(progress: bool | None) -> bool | None:
    # None lets tqdm decide: shown on a terminal, hidden in logs and tests.
    return None if progress is None else not progress
