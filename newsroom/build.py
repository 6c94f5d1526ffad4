"""The build: corpus/ -> corpus.db, all or nothing.

Rows are written as articles are checked, into a temporary file beside the
output, inside one transaction. Only if the whole corpus is valid is the
transaction committed and the file moved over the old database; otherwise the
temporary file is deleted and every problem is reported. The previous database
is never opened for writing.
"""

from __future__ import annotations

import gc
import multiprocessing
import operator
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from tqdm import tqdm

from .corpus import article_paths, read_article, read_registries
from .problems import CorpusInvalid, ProblemList
from .resolve import ArticleRows, RegistryIndex, resolve_article, resolve_registries
from .rights import body_publication
from .schema import TABLES, create_indexes_fts_views, create_schema

# Rows are buffered and inserted this many articles at a time: few enough to
# keep memory flat on a large corpus, many enough that inserts are batched.
ARTICLES_PER_BATCH = 500
# SQLite page cache during the build, in KiB (the build's peak memory target is 1 GB).
CACHE_KIB = 256 * 1024
# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_FROM = 200


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


@dataclass
class CheckedArticle:
    """One article file, read, validated and resolved: its rows or its problems."""

    path: Path
    article_id: str | None
    front_matter: str | None
    front_matter_first_line: int
    rows: ArticleRows | None
    problems: ProblemList


def check_article(
    path: Path, index: RegistryIndex, allow_drafts: bool, withhold_bodies: bool
) -> CheckedArticle:
    parsed, problems = read_article(path)
    if parsed is None:
        return CheckedArticle(path, None, None, 1, None, problems)
    rows, found = resolve_article(parsed, index, allow_drafts=allow_drafts)
    problems.extend(found)
    if rows is not None:
        rows.article = body_publication(rows.article, withhold_bodies)
    return CheckedArticle(
        path, parsed.article.id, parsed.front_matter, parsed.front_matter_first_line, rows, problems
    )


# Set in the parent before the worker processes fork, so each worker inherits
# the registry index instead of reading the registries again.
_WORKER_ARGUMENTS: tuple = ()


def _check_in_worker(path: Path) -> CheckedArticle:
    return check_article(path, *_WORKER_ARGUMENTS)


def _start_worker() -> None:
    # Checking an article allocates many short-lived objects and no cycles
    # worth collecting early; a higher threshold saves about a tenth of the time.
    gc.set_threshold(100_000, 50, 100)


def checked_articles(
    paths: list[Path], index: RegistryIndex, allow_drafts: bool, withhold_bodies: bool
):
    """Check articles in file-name order; on a large corpus, in worker processes
    (one per core) while this process writes rows. imap keeps the order, so
    the database is the same whatever the number of workers."""
    workers = os.cpu_count() or 1
    if (
        len(paths) < PARALLEL_FROM
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        for path in paths:
            yield check_article(path, index, allow_drafts, withhold_bodies)
        return
    global _WORKER_ARGUMENTS
    _WORKER_ARGUMENTS = (index, allow_drafts, withhold_bodies)
    with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker) as pool:
        yield from pool.imap(_check_in_worker, paths, chunksize=32)


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
            seen_ids: dict[str, Path] = {}
            roles_confirmed: set[str] = set()
            every_article_checked = True
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
                if result.article_id is None:
                    every_article_checked = False
                    continue
                if result.article_id in seen_ids:
                    problems.add(
                        result.path,
                        ("id",),
                        f"the id {result.article_id!r} is also used by {seen_ids[result.article_id]}",
                        "give each article its own id",
                        yaml_text=result.front_matter,
                        yaml_first_line=result.front_matter_first_line,
                    )
                    continue
                seen_ids[result.article_id] = result.path
                if result.rows is None:
                    every_article_checked = False
                    continue
                roles_confirmed |= result.rows.roles_confirmed
                if not problems:
                    buffer.add(result.rows)
            if every_article_checked:
                # Only meaningful when every article was read: otherwise a role
                # may be confirmed by the article that failed.
                _check_roles(registries, index.role_bases, roles_confirmed, problems)
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


def _check_roles(
    registries, role_bases: dict[str, str], confirmed: set[str], problems: ProblemList
) -> None:
    path, text = registries.sources.get("people", (Path("people.yml"), ""))
    found = ProblemList()
    for number, person in enumerate(registries.people):
        if person.id in role_bases and person.id not in confirmed:
            found.add(
                path,
                (number, "role_basis"),
                f"the role_basis of {person.id!r} is not in any article that mentions them",
                "copy the words of the role exactly from an article that names the person",
            )
    found.attach_yaml(text, 1)
    problems.extend(found)


def _progress_disabled(progress: bool | None) -> bool | None:
    # None lets tqdm decide: shown on a terminal, hidden in logs and tests.
    return None if progress is None else not progress
