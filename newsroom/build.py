"""The build: corpus/ -> corpus.db, all or nothing.

Rows are written as articles are checked, into a temporary file beside the
output, inside one transaction. Only if the whole corpus is valid is the
transaction committed and the file moved over the old database; otherwise the
temporary file is deleted and every problem is reported. The previous database
is never opened for writing.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from tqdm import tqdm

from .corpus import article_paths, read_article, read_registries
from .problems import CorpusInvalid, ProblemList
from .resolve import ArticleRows, resolve_article, resolve_registries
from .rights import body_publication
from .schema import TABLES, create_indexes_fts_views, create_schema

# Rows are buffered and inserted this many articles at a time: few enough to
# keep memory flat on a large corpus, many enough that inserts are batched.
ARTICLES_PER_BATCH = 500


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
        for table in TABLES:
            items = self.rows[table.name]
            if items:
                self.db[table.name].insert_all(items, batch_size=1000)
                items.clear()


def build(corpus_dir: Path, output: Path, allow_drafts: bool = False, progress: bool | None = None,
          withhold_bodies: bool = False) -> BuildReport:
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
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".building", dir=output.parent)
    os.close(handle)
    temporary = Path(temporary)
    db = None
    try:
        db = sqlite_utils.Database(temporary, recreate=True)
        db.execute("PRAGMA foreign_keys = ON")
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
            paths = article_paths(corpus_dir)
            for path in tqdm(paths, desc="Building", unit="article", disable=_progress_disabled(progress)):
                parsed, found = read_article(path)
                problems.extend(found)
                if parsed is None:
                    continue
                if parsed.article.id in seen_ids:
                    problems.add(path, ("id",), f"the id {parsed.article.id!r} is also used by {seen_ids[parsed.article.id]}",
                                 "give each article its own id", yaml_text=parsed.front_matter,
                                 yaml_first_line=parsed.front_matter_first_line)
                    continue
                seen_ids[parsed.article.id] = path
                rows, found = resolve_article(parsed, index, allow_drafts=allow_drafts)
                problems.extend(found)
                if rows is not None and not problems:
                    rows.article = body_publication(rows.article, withhold_bodies)
                    buffer.add(rows)
                    roles_confirmed |= rows.roles_confirmed
            _check_roles(registries, index.role_bases, roles_confirmed, problems)
            if problems:
                raise CorpusInvalid(problems.finish())
            buffer.flush()
            create_indexes_fts_views(db)
            violations = db.execute("PRAGMA foreign_key_check").fetchall()
            if violations:  # the checks above should make this impossible
                raise RuntimeError(f"foreign key violations after build: {violations[:5]}")
        counts = {table.name: db[table.name].count for table in TABLES}
        db.execute("ANALYZE")
        db.close()
        os.replace(temporary, output)
        return BuildReport(output, counts)
    except BaseException:
        if db is not None:
            db.close()
        temporary.unlink(missing_ok=True)
        raise


def _check_roles(registries, role_bases: dict[str, str], confirmed: set[str], problems: ProblemList) -> None:
    path, text = registries.sources.get("people", (Path("people.yml"), ""))
    found = ProblemList()
    for number, person in enumerate(registries.people):
        if person.id in role_bases and person.id not in confirmed:
            found.add(path, (number, "role_basis"),
                      "role_basis is not in any article that mentions this person",
                      "copy the words of the role exactly from an article that names the person")
    found.attach_yaml(text, 1)
    problems.extend(found)


def _progress_disabled(progress: bool | None) -> bool | None:
    # None lets tqdm decide: shown on a terminal, hidden in logs and tests.
    return None if progress is None else not progress
