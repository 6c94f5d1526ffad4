"""The build: corpus/ -> corpus.db, all or nothing.

Rows are written into a temporary file beside the output, inside one
transaction. Only if the whole corpus is valid is the transaction committed and
the file moved over the old database; otherwise the temporary file is deleted
and every problem is reported. The previous database is never opened for
writing.

A full build writes every row. When the previous database was built by the same
code and options from the same registries, and only some article files changed,
the build copies it and patches the copy instead (``incremental``, ``patch``);
``incremental=False`` forces a full build.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from . import buildcache
from . import incremental as plans
from .checking import admitted_rows
from .corpus import article_paths, misplaced_folders, read_registries
from .patch import write_changes
from .problems import CorpusInvalid
from .resolve import CorpusChecks, resolve_registries
from .rows import RowBuffer
from .schema import TABLES, create_indexes_fts_views, create_schema

# SQLite page cache during the build, in KiB (the build's peak memory target is 1 GB).
CACHE_KIB = 256 * 1024


@dataclass
class BuildReport:
    output: Path
    counts: dict[str, int]  # rows per table, counted in full builds only
    # "full: <why>", or "incremental: N changed, M removed".
    mode: str = "full"


@contextlib.contextmanager
def replacing(output: Path, start_from: Path | None = None):
    """A temporary file beside ``output`` (a copy of ``start_from`` if given)
    that replaces ``output`` only if the block finishes; otherwise it is deleted."""
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=f".{output.name}.", suffix=".building", dir=output.parent
    )
    os.close(handle)
    temporary = Path(name)
    try:
        if start_from is not None:
            shutil.copyfile(start_from, temporary)
        yield temporary
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)


def open_for_build(path: Path, recreate: bool) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path, recreate=recreate)
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
    return db


def write_everything(
    db, corpus_dir, paths, registries, index, registry_rows, options, inputs, problems, progress
) -> None:
    """A full build's rows, indexes, full-text search, summaries and views."""
    allow_drafts, withhold_bodies = options
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
    disabled = _progress_disabled(progress)
    for rows in admitted_rows(paths, index, checks, allow_drafts, withhold_bodies, disabled):
        buffer.add(rows)
    checks.finish(registries, index.role_bases)
    if problems:
        return
    buffer.flush()
    db["build_inputs"].insert_all(plans.input_rows(inputs))
    create_indexes_fts_views(db)


def build(
    corpus_dir: Path,
    output: Path,
    allow_drafts: bool = False,
    progress: bool | None = None,
    withhold_bodies: bool = False,
    incremental: bool = True,
) -> BuildReport:
    """Build ``output`` from ``corpus_dir``; raise CorpusInvalid listing every problem.

    ``withhold_bodies`` leaves every article's text out of the database (for
    publishing), keeping the annotations and their spans (see rights.py)."""
    corpus_dir, output = Path(corpus_dir), Path(output)
    problems = misplaced_folders(corpus_dir)
    started_ns = time.time_ns()
    paths = article_paths(corpus_dir)
    shas, hash_table = buildcache.article_hashes(paths, output, use_cache=incremental)
    inputs = plans.current_inputs(corpus_dir, shas, allow_drafts, withhold_bodies)
    key = buildcache.registries_key(inputs)
    cached = buildcache.cached_registries(output, key) if incremental else None
    if cached is None:
        registries, found = read_registries(corpus_dir)
        problems.extend(found)
        index, registry_rows, found = resolve_registries(registries)
        problems.extend(found)
    else:
        registries, index, registry_rows = cached
    if not incremental:
        change = plans.Plan((), (), full="asked for (--full)")
    elif problems:
        change = plans.Plan((), (), full="the registries have problems")
    else:
        change = plans.plan(plans.previous_inputs(output), inputs)

    with replacing(output, start_from=None if change.full else output) as temporary:
        db = open_for_build(temporary, recreate=bool(change.full))
        try:
            with db.atomic():
                if change.full:
                    options = (allow_drafts, withhold_bodies)
                    write_everything(db, corpus_dir, paths, registries, index, registry_rows,
                                     options, inputs, problems, progress)  # fmt: skip
                else:
                    write_changes(db, change, corpus_dir, registries, index, allow_drafts,
                                  inputs, problems, _progress_disabled(progress))  # fmt: skip
                if problems:
                    raise CorpusInvalid(problems.finish())
                # No separate PRAGMA foreign_key_check: with foreign_keys and
                # defer_foreign_keys on, SQLite refuses to COMMIT while any
                # reference is dangling, so a bug here cannot produce a database.
            counts = {}
            if change.full:
                # Counting a million rows and sampling every index cost seconds:
                # a patch of a few articles keeps the full build's planner
                # statistics, which a few rows do not change.
                counts = {table.name: db[table.name].count for table in TABLES}
                # Planner statistics from a sample of each index: as good for
                # these queries as a full scan, at a fraction of the time.
                db.execute("PRAGMA analysis_limit = 1000")
                db.execute("ANALYZE")
        finally:
            db.close()
    if cached is None:
        buildcache.store_registries(output, key, (registries, index, registry_rows))
    buildcache.store_hashes(output, hash_table, started_ns)
    mode = f"full: {change.full}" if change.full else (
        f"incremental: {len(change.changed)} changed, {len(change.removed)} removed"
    )  # fmt: skip
    return BuildReport(output, counts, mode)


def _progress_disabled(progress: bool | None) -> bool | None:
    # None lets tqdm decide: shown on a terminal, hidden in logs and tests.
    return None if progress is None else not progress
