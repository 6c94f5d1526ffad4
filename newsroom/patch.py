"""Patching the previous database with the articles that changed (the
incremental build planned in ``incremental``).

Runs inside the build's transaction, on the previous database or a copy of it
(``build.database_to_write``): rows
of changed and removed articles go (full-text entries first, as the FTS tables
keep their own copy of the words), changed articles are checked and inserted,
then what spans articles is checked again and the summaries recomputed.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlite_utils

from .checking import admitted_rows
from .corpus import Registries
from .incremental import Plan, input_rows
from .problems import ProblemList
from .resolve import CorpusChecks, RegistryIndex
from .resolve.across import unconfirmed_roles
from .resolve.common import ARTICLE_TABLES
from .rows import RowBuffer
from .schema import SUMMARY_PATCHES, SUMMARY_TEMPLATES, TABLES_BY_NAME, touched_facet_values

# Which rows of a per-article table belong to the articles in temp.<set>.
ROWS_OF = {
    "articles": "id in (select article_id from temp.{set})",
    "photo_agencies": "photo_id in (select id from photos where article_id in "
    "(select article_id from temp.{set}))",
    **{
        table: "article_id in (select article_id from temp.{set})"
        for table in ARTICLE_TABLES
        if table != "photo_agencies"
    },
}
# Children before parents, so every delete leaves no row pointing at a gone one.
DELETE_ORDER = ("photo_agencies", *(t for t in ARTICLE_TABLES if t != "photo_agencies"), "articles")


def _fts_rows(db: sqlite_utils.Database, table: str, article_set: str, delete: bool) -> None:
    """Remove from (or add to) a table's full-text index the rows of a set of articles."""
    columns = TABLES_BY_NAME[table].fts
    if not columns:
        return
    listed = ", ".join(f'"{column}"' for column in columns)
    where = ROWS_OF[table].format(set=article_set)
    if delete:
        db.execute(
            f'insert into "{table}_fts" ("{table}_fts", rowid, {listed}) '
            f"select 'delete', rowid, {listed} from \"{table}\" where {where}"
        )
    else:
        db.execute(
            f'insert into "{table}_fts" (rowid, {listed}) '
            f'select rowid, {listed} from "{table}" where {where}'
        )


# What a set of articles (temp.<set>) touches in the summaries: the people and
# places they name, the subjects of their figures, and their faceted values.
TOUCHED = {
    "touched_people": (
        "person_id",
        "select person_id from person_mentions"
        " where article_id in (select article_id from temp.{set})"
        " union select person_id from quotes where person_id is not null"
        " and article_id in (select article_id from temp.{set})",
    ),
    "touched_locations": (
        "location_id",
        "select location_id from location_mentions"
        " where article_id in (select article_id from temp.{set})",
    ),
    "touched_subjects": (
        "subject, unit",
        "select subject, unit from figures where article_id in (select article_id from temp.{set})",
    ),
    "touched_facet_values": ("table_name, column_name, value", touched_facet_values(ROWS_OF)),
}


def note_touched(db: sqlite_utils.Database, article_set: str) -> None:
    """Add to the temp.touched_* tables what the articles in temp.<set> touch."""
    for table, (columns, select) in TOUCHED.items():
        db.execute(f"create temp table if not exists {table} ({columns}, primary key ({columns}))")
        db.execute(f"insert or ignore into temp.{table} {select.format(set=article_set)}")


def remove_articles(db: sqlite_utils.Database, corpus_files: list[str]) -> set[str]:
    """Delete every row of these article files; return the people they mentioned."""
    db.execute("create temp table gone (article_id text primary key)")
    db.conn.executemany(
        "insert into temp.gone select id from articles where corpus_file = ?",
        [(name,) for name in corpus_files],
    )
    mentioned = {
        person
        for (person,) in db.execute(
            "select distinct person_id from person_mentions "
            "where article_id in (select article_id from temp.gone)"
        )
    }
    note_touched(db, "gone")
    for table in DELETE_ORDER:
        _fts_rows(db, table, "gone", delete=True)
        db.execute(f'delete from "{table}" where {ROWS_OF[table].format(set="gone")}')
    return mentioned


def refresh_summaries(db: sqlite_utils.Database) -> None:
    """Recompute the summary rows of what the removed and added articles touched
    (the registries did not change, so person_names stays as it is)."""
    note_touched(db, "added")
    for name, (delete_where, insert_where) in SUMMARY_PATCHES.items():
        db.execute(f'delete from "{name}" where {delete_where}')
        db.execute(SUMMARY_TEMPLATES[name].format(where=insert_where))


def roles_still_confirmed(
    db: sqlite_utils.Database, role_bases: dict[str, str], people: set[str]
) -> set[str]:
    """Of ``people``, those whose role_basis still stands in an article that
    mentions them (everyone else with a role was confirmed by the previous build)."""
    confirmed = set()
    for person in sorted(people & set(role_bases)):
        found = db.execute(
            "select 1 from person_mentions"
            " join articles on articles.id = person_mentions.article_id"
            " where person_mentions.person_id = ? and instr(articles.body, ?) > 0 limit 1",
            [person, role_bases[person]],
        ).fetchone()
        if found:
            confirmed.add(person)
    return confirmed


class IdsInDatabase(dict):
    """The duplicate-id check's article id -> file, for a patch: the articles
    added so far, then the ones already in the database, asked for one id at a
    time by its primary key (reading all 100,000 ids first cost a second)."""

    def __init__(self, db: sqlite_utils.Database, corpus_dir: Path):
        super().__init__()
        self.db, self.folder = db, str(corpus_dir)

    def _in_database(self, article_id: str) -> str | None:
        row = self.db.execute(
            "select corpus_file from articles where id = ?", [article_id]
        ).fetchone()
        return None if row is None else os.path.join(self.folder, row[0])

    def __contains__(self, article_id) -> bool:
        return super().__contains__(article_id) or self._in_database(article_id) is not None

    def __missing__(self, article_id):
        found = self._in_database(article_id)
        if found is None:
            raise KeyError(article_id)
        return found


def write_changes(
    db: sqlite_utils.Database,
    change: Plan,
    corpus_dir: Path,
    registries: Registries,
    index: RegistryIndex,
    allow_drafts: bool,
    inputs: dict,
    problems: ProblemList,
    progress_disabled: bool | None,
) -> None:
    """Apply ``change`` to ``db`` (inside the caller's transaction); problems go
    to ``problems``, and the caller refuses to commit when there are any."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    mentioned = remove_articles(db, [*change.changed, *change.removed])
    checks = CorpusChecks(problems, seen_ids=IdsInDatabase(db, corpus_dir))
    buffer = RowBuffer(db)
    paths = [corpus_dir / name for name in change.changed]
    added = []
    for rows in admitted_rows(paths, index, checks, allow_drafts, False, progress_disabled,
                              description="Rebuilding"):  # fmt: skip
        buffer.add(rows)
        added.append(rows.article["id"])
    buffer.flush()
    if problems:
        return
    with_roles = mentioned & set(index.role_bases)
    lost = with_roles - roles_still_confirmed(db, index.role_bases, with_roles)
    if lost:
        problems.extend(
            unconfirmed_roles(registries, index.role_bases, set(index.role_bases) - lost)
        )
        return
    db.execute("create temp table added (article_id text primary key)")
    db.conn.executemany("insert into temp.added values (?)", [(a,) for a in added])
    for table in ("articles", *ARTICLE_TABLES):
        _fts_rows(db, table, "added", delete=False)
    refresh_summaries(db)
    # Only article files can differ: the plan is full for any other change.
    db.conn.executemany(
        "delete from build_inputs where kind = 'article' and name = ?",
        [(name,) for name in [*change.changed, *change.removed]],
    )
    rows = input_rows({key: sha for key, sha in inputs.items() if key[1] in change.changed})
    db["build_inputs"].insert_all([row for row in rows if row["kind"] == "article"])
