"""The benchmark's corpus generator (scripts/generate_corpus.py): it must write a
corpus the real build accepts, with the shape the benchmark promises, and the
same bytes for the same seed."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
import sys
from pathlib import Path

import pytest

from newsroom.build import build

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 20


def _load_generator():
    # scripts/ is not a package: load the module from its file.
    spec = importlib.util.spec_from_file_location(
        "generate_corpus", ROOT / "scripts" / "generate_corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


generator = _load_generator()


def _tree_digest(directory: Path) -> dict[str, str]:
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, Path]:
    workdir = tmp_path_factory.mktemp("generated")
    corpus = workdir / "corpus"
    generator.generate(ARTICLES, corpus, seed=1, progress=False)
    database = workdir / "corpus.db"
    build(corpus, database, progress=False)
    return corpus, database


@pytest.fixture(scope="module")
def db(generated):
    connection = sqlite3.connect(generated[1])
    yield connection
    connection.close()


def test_same_seed_writes_the_same_bytes(generated, tmp_path):
    again = tmp_path / "again"
    generator.generate(ARTICLES, again, seed=1, progress=False)
    assert _tree_digest(again) == _tree_digest(generated[0])


def test_another_seed_writes_another_corpus(generated, tmp_path):
    other = tmp_path / "other"
    generator.generate(ARTICLES, other, seed=2, progress=False)
    assert _tree_digest(other) != _tree_digest(generated[0])


def test_article_count(generated, db):
    assert len(list((generated[0] / "articles").glob("*.md"))) == ARTICLES
    assert db.execute("select count(*) from articles").fetchone()[0] == ARTICLES


@pytest.mark.parametrize(
    ("table", "low", "high"),
    [
        ("quotes", 9, 10),  # 10 placed; one may be dropped if the build could not pin it
        ("figures", 4, 5),
        ("event_dates", 1, 2),
        ("photos", 1, 1),
    ],
)
def test_annotations_per_article_near_target(db, table, low, high):
    counts = [
        count
        for (count,) in db.execute(
            f"select count({table}.id) from articles left join {table} on {table}.article_id "
            "= articles.id "
            "group by articles.id"
        )
    ]
    assert len(counts) == ARTICLES
    assert all(low <= count <= high for count in counts), counts


def test_about_twenty_mentions_per_article(db):
    counts = [
        count for (count,) in db.execute("select count(*) from all_mentions group by article_id")
    ]
    assert len(counts) == ARTICLES
    assert all(18 <= count <= 25 for count in counts), counts
    kinds = {kind for (kind,) in db.execute("select distinct kind from all_mentions")}
    assert kinds == {"person", "organization", "location"}


def test_every_span_holds(db):
    bodies = dict(db.execute("select id, body from articles"))
    checked = 0
    for table in (
        "quotes",
        "figures",
        "event_dates",
        "person_mentions",
        "organization_mentions",
        "location_mentions",
    ):
        for article_id, text, start, end in db.execute(
            f'select article_id, text, start, "end" from {table}'
        ):
            assert bodies[article_id][start:end] == text, (table, article_id, text)
            checked += 1
    for article_id, caption, c_start, c_end, credit, r_start, r_end in db.execute(
        "select article_id, caption, caption_start, caption_end, credit, credit_start, "
        "credit_end from photos"
    ):
        assert bodies[article_id][c_start:c_end] == caption
        assert bodies[article_id][r_start:r_end] == credit
    assert checked > ARTICLES * 30
    assert db.execute("select count(*) from span_checks where not matches").fetchone()[0] == 0


def test_bodies_are_3_to_5_kb(db):
    sizes = [len(body.encode("utf-8")) for (body,) in db.execute("select body from articles")]
    assert all(3000 <= size <= 5000 for size in sizes), sizes


def test_registries_scale_with_small_corpora(db):
    people, locations, organizations = generator.registry_sizes(ARTICLES)
    assert (people, locations) == (100 * ARTICLES, 50 * ARTICLES)
    assert db.execute("select count(*) from people").fetchone()[0] == people
    assert db.execute("select count(*) from locations").fetchone()[0] == locations
    assert db.execute("select count(*) from organizations").fetchone()[0] == organizations
    assert generator.registry_sizes(100) == (10_000, 5_000, 1_000)


def test_every_location_can_go_on_the_map(db):
    missing = db.execute(
        "select count(*) from locations where latitude is null or longitude is null "
        "or precision is null or coordinates_source is null"
    ).fetchone()[0]
    assert missing == 0


def test_occurrence_counts_like_the_build():
    # "12 tonnes" also stands inside "312 tonnes": the build counts non-overlapping
    # finds from the left, and the generator must number them the same way.
    body = "then 312 tonnes and 12 tonnes"
    assert generator.occurrence_of(body, "12 tonnes", body.index("312") + 1) == 1
    assert generator.occurrence_of(body, "12 tonnes", body.rindex("12 tonnes")) == 2
    assert generator.occurrence_of("aaa", "aa", 1) is None  # the build would never find this one


def test_help_runs():
    with pytest.raises(SystemExit) as exit_info:
        generator.main(["--help"])
    assert exit_info.value.code == 0


def test_parallel_build_writes_the_same_database_as_a_sequential_one(tmp_path, monkeypatch):
    """Worker processes check articles on a large corpus; the order, and so
    every row, must not depend on them."""
    import newsroom.checking as checking_module

    from .test_build import dump

    corpus = tmp_path / "corpus"
    generator.generate(60, corpus, seed=3, progress=False)
    monkeypatch.setattr(checking_module, "PARALLEL_FROM", 10)
    build(corpus, tmp_path / "parallel.db", progress=False)
    monkeypatch.setattr(checking_module, "PARALLEL_FROM", 10**9)
    build(corpus, tmp_path / "sequential.db", progress=False)
    assert dump(tmp_path / "parallel.db") == dump(tmp_path / "sequential.db")


def test_parallel_build_reports_problems_in_worker_files(tmp_path, monkeypatch):
    import newsroom.checking as checking_module
    from newsroom.problems import CorpusInvalid

    corpus = tmp_path / "corpus"
    generator.generate(30, corpus, seed=4, progress=False)
    victim = sorted((corpus / "articles").glob("*.md"))[17]
    victim.write_text(victim.read_text().replace("speaker:", "speakr:", 1))
    monkeypatch.setattr(checking_module, "PARALLEL_FROM", 10)
    with pytest.raises(CorpusInvalid) as raised:
        build(corpus, tmp_path / "out.db", progress=False)
    assert any(p.file == str(victim) and "speakr" in p.message for p in raised.value.problems)
