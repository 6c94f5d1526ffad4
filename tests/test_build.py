"""The built database: spans, keys, indexes, search, reproducibility, atomicity."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from newsroom.build import build
from newsroom.problems import CorpusInvalid
from newsroom.schema import TABLES, VIEWS

from .conftest import article_text, minimal_article, write_corpus

SPAN_TABLES = {
    "quotes": ("text", "start", "end"),
    "figures": ("text", "start", "end"),
    "event_dates": ("text", "start", "end"),
    "person_mentions": ("text", "start", "end"),
    "organization_mentions": ("text", "start", "end"),
    "location_mentions": ("text", "start", "end"),
    "photos": [
        ("title", "title_start", "title_end"),
        ("caption", "caption_start", "caption_end"),
        ("credit", "credit_start", "credit_end"),
    ],
}


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table and view, in primary-key order."""
    db = sqlite_utils.Database(path)
    return {
        name: db.execute(f"select * from [{name}] order by 1, 2").fetchall()
        for name in db.table_names() + db.view_names()
        if not name.startswith("sqlite_")
    }


def test_every_span_holds_its_text(seed_db):
    db = sqlite_utils.Database(seed_db)
    bodies = {row["id"]: row["body"] for row in db["articles"].rows}
    checked = 0
    for table, columns in SPAN_TABLES.items():
        for text_column, start_column, end_column in (
            [columns] if isinstance(columns, tuple) else columns
        ):
            for row in db[table].rows:
                if row[text_column] is None:
                    continue
                assert (
                    bodies[row["article_id"]][row[start_column] : row[end_column]]
                    == row[text_column]
                ), (table, row)
                checked += 1
    assert checked > 100


def test_span_checks_view_agrees_in_sql(seed_db):
    db = sqlite_utils.Database(seed_db)
    assert db.execute("select count(*) from span_checks where not matches").fetchone()[0] == 0
    assert db.execute("select count(*) from span_checks").fetchone()[0] > 100


def test_foreign_key_check_is_empty_and_every_key_is_declared_and_indexed(seed_db):
    db = sqlite_utils.Database(seed_db)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in TABLES:
        declared = {
            (fk.column, fk.other_table, fk.other_column) for fk in db[table.name].foreign_keys
        }
        assert declared == set(table.foreign_keys), table.name
        indexed = {tuple(index.columns)[0] for index in db[table.name].indexes}
        for column, _, _ in table.foreign_keys:
            assert column in indexed or (isinstance(table.pk, tuple) and column == table.pk[0]), (
                table.name,
                column,
            )


def test_full_text_search_uses_porter_stemming(seed_db):
    db = sqlite_utils.Database(seed_db)
    for table in ("articles", "quotes"):
        assert "porter" in db[f"{table}_fts"].schema
    # "believing" stems to "believ", matching Kuleba's "believe".
    hits = db.execute(
        "select quotes.speaker_name from quotes join quotes_fts on quotes_fts.rowid = quotes.rowid "
        "where quotes_fts match 'believing'"
    ).fetchall()
    assert hits == [("Dmytro Kuleba",)]
    assert (
        db.execute("select count(*) from articles_fts where articles_fts match 'Obuz'").fetchone()[
            0
        ]
        == 1
    )


def test_views_exist_and_answer(seed_db):
    db = sqlite_utils.Database(seed_db)
    for view in VIEWS:
        assert db.execute(f"select count(*) from [{view}]").fetchone()[0] > 0, view


def test_two_builds_give_identical_tables(tmp_path, seed_db):
    from .conftest import SEED_CORPUS

    again = tmp_path / "again.db"
    build(SEED_CORPUS, again, progress=False)
    assert dump(again) == dump(seed_db)


def test_failed_build_leaves_the_previous_database_byte_for_byte(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    output = tmp_path / "corpus.db"
    build(corpus, output, progress=False)
    before = hashlib.sha256(output.read_bytes()).hexdigest()
    broken = minimal_article(quotes=[{"speaker": "nobody", "text": "not in the body"}])
    (corpus / "articles" / "port-record.md").write_text(article_text(broken), encoding="utf-8")
    with pytest.raises(CorpusInvalid) as raised:
        build(corpus, output, progress=False)
    assert (
        len(raised.value.problems) == 2
    )  # the unknown speaker and the missing text, both reported
    assert hashlib.sha256(output.read_bytes()).hexdigest() == before
    # No temporary file or journal left; the caches of the first build stay
    # (buildcache.py), and so does the empty file servers lock (readers.py).
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".corpus.db.hashes.pickle",
        ".corpus.db.readers",
        ".corpus.db.registries.pickle",
        "corpus",
        "corpus.db",
    ]


def test_build_is_one_transaction(tmp_path):
    """Nothing is committed until every row, index and FTS table is written."""
    corpus = write_corpus(tmp_path / "corpus")
    statements = []
    original = sqlite_utils.Database.__init__

    def tracing_init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.conn.set_trace_callback(statements.append)

    sqlite_utils.Database.__init__ = tracing_init
    try:
        build(corpus, tmp_path / "corpus.db", progress=False)
    finally:
        sqlite_utils.Database.__init__ = original
    verbs = [s.strip().split()[0].upper() for s in statements if s.strip()]
    begin, commit = verbs.index("BEGIN"), verbs.index("COMMIT")
    assert verbs.count("BEGIN") == 1 and verbs.count("COMMIT") == 1
    writes = [i for i, verb in enumerate(verbs) if verb in ("INSERT", "CREATE", "UPDATE", "DELETE")]
    assert writes and begin < min(writes) and max(writes) < commit


def test_counts_match_the_corpus(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    report = build(corpus, tmp_path / "corpus.db", progress=False)
    assert (
        report.counts["articles"] == 1
        and report.counts["quotes"] == 1
        and report.counts["figures"] == 2
    )
    db = sqlite3.connect(tmp_path / "corpus.db")
    assert db.execute("select person_id, text from person_mentions order by start").fetchall() == [
        ("jan-bakker", "Jan Bakker"),
        ("jan-bakker", "Bakker"),
    ]


def test_withheld_bodies_keep_annotations_spans_and_checksums(tmp_path, seed_db):
    from .conftest import SEED_CORPUS

    public = tmp_path / "public.db"
    build(SEED_CORPUS, public, progress=False, withhold_bodies=True)
    full, withheld = sqlite_utils.Database(seed_db), sqlite_utils.Database(public)
    assert (
        withheld.execute("select count(*) from articles where body is not null").fetchone()[0] == 0
    )
    assert (
        withheld.execute(
            "select count(*) from articles_fts where articles_fts match 'Konashenkov'"
        ).fetchone()[0]
        == 0
    )
    for row in withheld["articles"].rows:
        assert row["body_published"] == 0 and row["body_note"].startswith("Withheld")
    [latin_times_note] = withheld.execute(
        "select body_note from articles where rights is not null"
    ).fetchone()
    assert "Do not reproduce without permission" in latin_times_note
    for table in (
        "quotes",
        "figures",
        "event_dates",
        "photos",
        "person_mentions",
        "location_mentions",
    ):
        assert list(withheld[table].rows) == list(full[table].rows), table
    assert [r["body_sha256"] for r in withheld["articles"].rows] == [
        r["body_sha256"] for r in full["articles"].rows
    ]
    assert all(row["body_published"] == 1 for row in full["articles"].rows)


def test_a_dangling_reference_cannot_be_committed(tmp_path, monkeypatch):
    """The build relies on SQLite's deferred foreign keys as a last line of
    defence: if resolution ever let a bad reference through, COMMIT fails."""
    import newsroom.checking as checking_module
    from newsroom import resolve

    original = resolve.resolve_article

    def sloppy(parsed, index, allow_drafts=False):
        rows, problems = original(parsed, index, allow_drafts)
        for quote in rows.tables["quotes"]:
            quote["person_id"] = "nobody-at-all"
        return rows, problems

    monkeypatch.setattr(checking_module, "resolve_article", sloppy)
    corpus = write_corpus(tmp_path / "corpus")
    with pytest.raises(sqlite3.IntegrityError):
        build(corpus, tmp_path / "corpus.db", progress=False)
    assert not (tmp_path / "corpus.db").exists()
