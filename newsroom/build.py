"""The build: corpus/ -> corpus.db, all or nothing.

A full build writes every row into a temporary file beside the output, inside
one transaction. Only if the whole corpus is valid is the transaction committed
and the file moved over the old database; otherwise the temporary file is
deleted and every problem is reported.

When the previous database was built by the same code and options from the
same registries, and only some article files changed, the build patches it
instead (``incremental``, ``patch``); ``incremental=False`` forces a full build.
The patch is one SQLite transaction with its rollback journal on disk, so it is
all or nothing even if the process is killed: SQLite puts the old pages back
the next time the file is opened. It is written into the database itself when
no server is reading it (a 2 GB copy costs more than the patch at 100,000
articles), and into a copy that is swapped in otherwise, so that running
servers keep reading the file they opened (``readers``).
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
from .corpus import article_files, read_registries
from .patch import write_changes
from .problems import CorpusInvalid
from .readers import readers_lock_path, try_exclusive
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
        # mkstemp makes the file private; the database is for reading by others.
        os.chmod(temporary, _file_mode(output))
        yield temporary
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)


def _file_mode(output: Path) -> int:
    if output.exists():
        return output.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def unread(output: Path):
    """Yield True, holding the readers lock exclusively, if no server is
    reading ``output`` (see readers.py); yield False if one is."""
    with open(readers_lock_path(output), "a+b") as lock:
        yield try_exclusive(lock.fileno())  # closing the file releases the lock


@contextlib.contextmanager
def database_to_write(output: Path, patch: bool):
    """(path, in_place): where this build writes. A full build writes a new
    file; a patch writes ``output`` itself if no server reads it, else a copy."""
    if patch:
        with unread(output) as alone:
            if alone:
                yield output, True
                return
    with replacing(output, start_from=output if patch else None) as temporary:
        yield temporary, False


def open_for_build(path: Path, recreate: bool, in_place: bool = False) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path, recreate=recreate)
    db.execute("PRAGMA foreign_keys = ON")
    if in_place:
        # The database itself: its rollback journal on disk and synced, so that
        # a killed build is undone the next time the file is opened.
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
    else:
        # A temporary file until the final rename, so durability of each
        # write is not needed: no fsync, the rollback journal in memory (a
        # failed build deletes the file).
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA journal_mode = MEMORY")
    # A large page cache for the random-order inserts into the content-hash
    # primary keys (and a patch's pages stay in memory until the commit).
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
    started_ns = time.time_ns()
    files, problems = article_files(corpus_dir)
    shas, hash_table = buildcache.article_hashes(files, output, use_cache=incremental)
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

    with database_to_write(output, patch=not change.full) as (target, in_place):
        db = open_for_build(target, recreate=bool(change.full), in_place=in_place)
        try:
            with db.atomic():
                if change.full:
                    options = (allow_drafts, withhold_bodies)
                    paths = [Path(name) for name in files]
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
    if not change.full and not in_place:
        mode += "; a server is reading the old file: restart it to serve this build"
    return BuildReport(output, counts, mode)


def _progress_disabled(progress: bool | None) -> bool | None:
    # None lets tqdm decide: shown on a terminal, hidden in logs and tests.
    return None if progress is None else not progress
