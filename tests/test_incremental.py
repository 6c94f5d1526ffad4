"""Incremental builds: after any sequence of edits, additions, deletions and
registry changes, the database is the one a full build makes, table by table."""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from newsroom import incremental, readers
from newsroom.build import build
from newsroom.problems import CorpusInvalid

from .test_generator import generator

FTS_SHADOWS = ("_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")


def tables(path: Path) -> dict[str, list]:
    """Every row of every table and view (not rowids, which only say insertion
    order), and a full-text index that agrees with its table."""
    connection = sqlite3.connect(path)
    names = [
        name
        for (name,) in connection.execute(
            "select name from sqlite_master where type in ('table', 'view') "
            "and name not like 'sqlite_%'"
        )
        if not name.endswith(FTS_SHADOWS)
    ]
    rows = {
        name: sorted(map(repr, connection.execute(f"select * from [{name}]"))) for name in names
    }
    for name in names:
        if name.endswith("_fts"):
            # Raises if the index does not hold exactly the table's words.
            connection.execute(f"insert into [{name}]([{name}]) values ('integrity-check')")
    connection.close()
    return rows


def assert_same_as_full_build(corpus: Path, database: Path, tmp_path: Path) -> None:
    reference = tmp_path / "reference.db"
    build(corpus, reference, progress=False, incremental=False)
    assert tables(database) == tables(reference)


@pytest.fixture
def corpus(tmp_path) -> Path:
    generator.generate(40, tmp_path / "corpus", seed=11, progress=False)
    return tmp_path / "corpus"


def edit_title(path: Path, rng: random.Random) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith("title: "))
    lines[number] = f"title: Edited title {rng.randrange(10**6)}"
    path.write_text("\n".join(lines), encoding="utf-8")


def edit_figure_value(path: Path, rng: random.Random) -> None:
    text = path.read_text(encoding="utf-8")
    if "  value: " in text:
        head, _, tail = text.partition("  value: ")
        old, _, rest = tail.partition("\n")
        path.write_text(f"{head}  value: {rng.randrange(1, 10**6)}\n{rest}", encoding="utf-8")


def edit_faceted_values(path: Path, rng: random.Random) -> None:
    """A figure's unit and qualifier changed: counts move between facet values
    (facet_counts), and a value may appear or vanish."""
    text = path.read_text(encoding="utf-8")
    unit = rng.choice(["troops", "tonnes", f"edited-unit-{rng.randrange(10**6)}"])
    qualifier = rng.choice(["over", "nearly", "at least"])
    for field, value in (("unit", unit), ("qualifier", qualifier)):
        head, found, tail = text.partition(f"\n  {field}: ")
        if found:
            _, _, rest = tail.partition("\n")
            text = f"{head}{found}{value}\n{rest}"
    path.write_text(text, encoding="utf-8")


def add_copy(path: Path, rng: random.Random) -> None:
    """A new article: an existing one under a new id and file name."""
    new_id = f"added-{rng.randrange(10**6)}"
    text = path.read_text(encoding="utf-8").replace(f"id: {path.stem}\n", f"id: {new_id}\n", 1)
    (path.parent / f"{new_id}.md").write_text(text, encoding="utf-8")


def add_person(corpus: Path, rng: random.Random) -> None:
    number = rng.randrange(10**6)
    with (corpus / "people.yml").open("a", encoding="utf-8") as handle:
        handle.write(f"- id: added-person-{number}\n  name: Added Person {number}\n")


def test_random_sequences_of_changes_give_the_full_build(corpus, tmp_path):
    rng = random.Random(5)
    database = tmp_path / "corpus.db"
    first = build(corpus, database, progress=False)
    assert first.mode == "full: no earlier build to start from"
    modes = []
    for _ in range(14):
        articles = sorted((corpus / "articles").glob("*.md"))
        action = rng.choice(
            ["title", "figure", "facet", "delete", "add", "several", "registry", "none"]
        )
        if action == "title":
            edit_title(rng.choice(articles), rng)
        elif action == "figure":
            edit_figure_value(rng.choice(articles), rng)
        elif action == "facet":
            edit_faceted_values(rng.choice(articles), rng)
        elif action == "delete":
            rng.choice(articles).unlink()
        elif action == "add":
            add_copy(rng.choice(articles), rng)
        elif action == "several":
            for path in rng.sample(articles, 3):
                edit_title(path, rng)
        elif action == "registry":
            add_person(corpus, rng)
        report = build(corpus, database, progress=False)
        modes.append((action, report.mode))
        assert_same_as_full_build(corpus, database, tmp_path)
    # The sequence exercised both paths: registry changes rebuild everything.
    assert any(mode.startswith("incremental") for _, mode in modes), modes
    assert any(a == "facet" and mode.startswith("incremental") for a, mode in modes), modes
    assert all(
        mode == "full: the registry people.yml changed"
        for action, mode in modes
        if action == "registry"
    ), modes


def test_a_broken_edit_leaves_the_database_untouched(corpus, tmp_path):
    database = tmp_path / "corpus.db"
    build(corpus, database, progress=False)
    before = database.read_bytes()
    victim = sorted((corpus / "articles").glob("*.md"))[3]
    original = victim.read_text(encoding="utf-8")
    victim.write_text(original.replace("speaker:", "speakr:", 1), encoding="utf-8")
    with pytest.raises(CorpusInvalid) as raised:
        build(corpus, database, progress=False)
    assert any("speakr" in problem.message for problem in raised.value.problems)
    assert database.read_bytes() == before
    victim.write_text(original, encoding="utf-8")
    assert build(corpus, database, progress=False).mode.startswith("incremental")
    assert_same_as_full_build(corpus, database, tmp_path)


def test_edited_dates_and_drafts_move_the_quotes_feed_date_as_a_full_build(corpus, tmp_path):
    """quotes.feed_date copies its article's dates and draft flag: an edit to
    any of them, patched in, leaves every quote's feed_date as a full build's."""
    database = tmp_path / "corpus.db"
    build(corpus, database, allow_drafts=True, progress=False)
    articles = sorted((corpus / "articles").glob("*.md"))
    edits = [
        lambda text: re.sub(r"\npublished: [0-9-]+\n", "\npublished: 2001-02-03\n", text, count=1),
        lambda text: "\n".join(
            line for line in text.split("\n") if not line.startswith("published:")
        ),
        lambda text: "\n".join(
            line for line in text.split("\n") if not line.startswith(("published:", "events_date:"))
        ),
        lambda text: text.replace("\nquotes:\n", "\ndraft: true\nquotes:\n", 1),
    ]
    for number, edit in enumerate(edits):
        path = articles[number]
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
        report = build(corpus, database, allow_drafts=True, progress=False)
        assert report.mode.startswith("incremental"), report.mode
        reference = tmp_path / "reference.db"
        build(corpus, reference, allow_drafts=True, progress=False, incremental=False)
        assert tables(database) == tables(reference)
        reference.unlink()
    connection = sqlite3.connect(database)
    dated = dict(
        connection.execute(
            "select article_id, group_concat(distinct coalesce(feed_date, '-')) from quotes"
            " group by article_id"
        )
    )
    connection.close()
    events = re.search(r"\nevents_date: ([0-9-]+)\n", articles[1].read_text(encoding="utf-8"))[1]
    assert [dated.get(path.stem) for path in articles[:4]] == ["2001-02-03", events, "-", "-"]


def test_removing_the_only_article_that_confirms_a_role_is_refused(tmp_path):
    """The cross-article role check runs again for the people an edit touches."""
    corpus = tmp_path / "corpus"
    shutil.copytree(Path(__file__).parent.parent / "corpus", corpus)
    database = tmp_path / "corpus.db"
    build(corpus, database, progress=False)
    before = database.read_bytes()
    people = (corpus / "people.yml").read_text(encoding="utf-8")
    assert "role_basis" in people
    confirming = [
        path for path in (corpus / "articles").glob("*.md") if "Konashenkov" in path.read_text()
    ]
    for path in confirming:
        path.unlink()
    with pytest.raises(CorpusInvalid) as raised:
        build(corpus, database, progress=False)
    assert any("role_basis" in problem.field for problem in raised.value.problems)
    assert database.read_bytes() == before


@pytest.mark.parametrize(
    "change",
    [
        "code",  # the build code changed: nothing built before can be trusted
        "option",  # --drafts or --withhold-bodies changed what goes in
        "registry",  # every mention depends on the registries
    ],
)
def test_doubtful_changes_plan_a_full_build(change):
    before = {
        ("code", "newsroom"): "a",
        ("option", "allow_drafts"): "0",
        ("option", "withhold_bodies"): "0",
        ("registry", "people.yml"): "p",
        ("article", "articles/x.md"): "x",
    }
    after = dict(before)
    key = {"code": ("code", "newsroom"), "option": ("option", "allow_drafts"),
           "registry": ("registry", "people.yml")}[change]  # fmt: skip
    after[key] = "changed"
    assert incremental.plan(before, after).full
    assert incremental.plan(before, dict(before)) == incremental.Plan((), ())
    assert incremental.plan(None, before).full == "no earlier build to start from"


def test_a_corrupt_registry_cache_is_ignored(corpus, tmp_path):
    database = tmp_path / "corpus.db"
    build(corpus, database, progress=False)
    cache = tmp_path / f".{database.name}.registries.pickle"
    assert cache.exists()
    cache.write_bytes(b"not a pickle")
    edit_title(sorted((corpus / "articles").glob("*.md"))[0], random.Random(1))
    build(corpus, database, progress=False)
    assert_same_as_full_build(corpus, database, tmp_path)


def test_the_code_hash_covers_every_module_the_build_runs():
    """A build module left out of the hash would let an incremental build keep
    rows that the changed code would write differently."""
    import subprocess
    import sys

    listed = {path.resolve() for path in incremental.build_code_files()}
    probe = (
        "import sys, newsroom.build; "
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items() "
        "if n.startswith('newsroom') and getattr(m, '__file__', None)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert {Path(name).resolve() for name in loaded} <= listed


def test_a_recorded_hash_is_trusted_only_for_files_untouched_since_that_build(tmp_path):
    """The hash cache skips reading a file only when its size and mtime are as
    recorded and it was last written before the recording build started."""
    from newsroom import buildcache

    article = tmp_path / "articles" / "a.md"
    article.parent.mkdir()
    article.write_text("one", encoding="utf-8")
    output = tmp_path / "corpus.db"
    stat = article.stat()
    wrong = (stat.st_size, stat.st_mtime_ns, "not-the-real-hash")
    real = incremental.sha256_of(article)
    # Recorded by a build that started after the file was written: trusted.
    buildcache.store_hashes(output, {"articles/a.md": wrong}, stat.st_mtime_ns + 1)
    shas, _ = buildcache.article_hashes([article], output, use_cache=True)
    assert shas == {"articles/a.md": "not-the-real-hash"}
    # Written while that build ran (mtime not before its start): read again.
    buildcache.store_hashes(output, {"articles/a.md": wrong}, stat.st_mtime_ns)
    assert buildcache.article_hashes([article], output, use_cache=True)[0]["articles/a.md"] == real
    # A full build (--full) never uses the cache.
    buildcache.store_hashes(output, {"articles/a.md": wrong}, stat.st_mtime_ns + 1)
    assert buildcache.article_hashes([article], output, use_cache=False)[0]["articles/a.md"] == real


def test_an_unread_database_is_patched_in_place(corpus, tmp_path):
    """No server reads it: the patch goes into the file itself (no 2 GB copy at
    100,000 articles), leaving no journal behind."""
    database = tmp_path / "corpus.db"
    build(corpus, database, progress=False)
    inode = database.stat().st_ino
    edit_title(sorted((corpus / "articles").glob("*.md"))[0], random.Random(1))
    assert build(corpus, database, progress=False).mode.startswith("incremental")
    assert database.stat().st_ino == inode
    assert not Path(f"{database}-journal").exists()
    assert_same_as_full_build(corpus, database, tmp_path)


def test_a_served_database_is_patched_in_a_copy_and_swapped(corpus, tmp_path):
    """A server holds the readers lock: it goes on reading the file it opened,
    unchanged, and the patched copy takes the name."""
    database = tmp_path / "corpus.db"
    build(corpus, database, progress=False)
    held = readers.hold_readers_lock(str(database))
    reader = sqlite3.connect(f"file:{database}?immutable=1", uri=True)
    try:
        titles = reader.execute("select id, title from articles order by id").fetchall()
        inode = database.stat().st_ino
        edit_title(sorted((corpus / "articles").glob("*.md"))[0], random.Random(2))
        report = build(corpus, database, progress=False)
        assert report.mode.startswith("incremental") and "restart it" in report.mode
        assert database.stat().st_ino != inode
        assert reader.execute("select id, title from articles order by id").fetchall() == titles
    finally:
        reader.close()
        os.close(held)
    assert_same_as_full_build(corpus, database, tmp_path)


KILLED_MID_PATCH = """
import os, signal, sys
from newsroom import build as building

patch = building.write_changes

def patch_then_die(db, *args):
    patch(db, *args)
    # A tiny page cache makes SQLite write changed pages into the file before
    # the commit (their originals go to the journal first); then the power goes.
    db.execute("PRAGMA cache_size = 1")
    db.execute("update articles set title = title || ' (half-written)'")
    os.kill(os.getpid(), signal.SIGKILL)

building.write_changes = patch_then_die
building.build(sys.argv[1], sys.argv[2], progress=False)
"""


def test_a_killed_patch_is_undone_before_anyone_reads_the_file(corpus, tmp_path):
    """A build killed after writing half its pages into the database leaves a
    journal; the servers (workers.py) and the next build open the file
    normally first, and SQLite puts back every page: byte for byte."""
    import hashlib
    import subprocess
    import sys

    database = tmp_path / "corpus.db"
    build(corpus, database, progress=False)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    edit_title(sorted((corpus / "articles").glob("*.md"))[0], random.Random(3))
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_MID_PATCH, str(corpus), str(database)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
    )
    assert killed.returncode == -9, killed.stderr
    journal = Path(f"{database}-journal")
    assert journal.exists()
    assert hashlib.sha256(database.read_bytes()).hexdigest() != before  # really half-written
    readers.undo_interrupted_patch(str(database))
    assert not journal.exists()
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert build(corpus, database, progress=False).mode.startswith("incremental")
    assert_same_as_full_build(corpus, database, tmp_path)


def test_an_added_article_reusing_an_unchanged_articles_id_is_refused(corpus, tmp_path):
    """The patch reads only the changed files, yet the duplicate-id check still
    sees every article already in the database."""
    database = tmp_path / "corpus.db"
    build(corpus, database, progress=False)
    before = database.read_bytes()
    original = sorted((corpus / "articles").glob("*.md"))[5]
    shutil.copyfile(original, corpus / "articles" / "zz-copy.md")
    with pytest.raises(CorpusInvalid) as raised:
        build(corpus, database, progress=False)
    problems = [(Path(p.file).name, p.message) for p in raised.value.problems]
    clash = f"the id {original.stem!r} is also used by {original}"
    assert ("zz-copy.md", clash) in problems, problems
    assert database.read_bytes() == before
