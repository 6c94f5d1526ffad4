"""Serving a crowd: several worker processes (newsroom/workers.py), gzip for
clients that ask for it, cache headers a CDN can use, the load test's JSON,
and `make publish` passing how many copies of the app the platform runs."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from newsroom import serving

from .conftest import ROOT, free_port, wait_until_serving

pytestmark = pytest.mark.slow


class Server:
    """A server started the way `build_db.py serve` starts it."""

    def __init__(self, command: list[str], port: int, env: dict | None = None):
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            wait_until_serving(self.process, self.url, seconds=60)
        except RuntimeError:
            self.stop()
            raise

    def worker_pids(self) -> list[int]:
        # Workers are the arbiter's children; every one has booted once the
        # arbiter has them all, which can trail the first answer a little.
        pid = self.process.pid
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]

    def get(self, path: str, headers: dict | None = None):
        request = urllib.request.Request(self.url + path, headers=headers or {})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def wait_for_workers(server: Server, count: int) -> list[int]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        pids = server.worker_pids()
        if len(pids) == count:
            return pids
        time.sleep(0.2)
    return server.worker_pids()


@pytest.fixture(scope="module")
def two_workers(seed_db):
    port = free_port()
    server = Server(serving.serve_command(seed_db, "127.0.0.1", port, workers=2), port)
    yield server
    server.stop()


def test_several_workers_start_and_all_answer(two_workers):
    pids = wait_for_workers(two_workers, 2)
    assert len(pids) == 2
    # Each worker is a Datasette of its own: many requests, all answered.
    for _ in range(20):
        status, _, body = two_workers.get("/corpus/quotes.json?_shape=array")
        assert status == 200 and json.loads(body)
    assert two_workers.worker_pids() == pids  # none died on the way


def test_a_running_server_holds_the_readers_lock(two_workers, seed_db):
    """So that a build patches a copy and swaps it in, rather than writing
    under the workers' feet (readers.py)."""
    from newsroom import readers

    descriptor = os.open(readers.readers_lock_path(str(seed_db)), os.O_RDONLY)
    try:
        assert not readers.try_exclusive(descriptor)
    finally:
        os.close(descriptor)


def test_a_worker_leaves_what_it_built_out_of_full_collections(seed_db):
    """A full garbage collection walked the 70,000 objects a worker builds
    before serving (25 to 45 ms at 100,000 articles, in the middle of a
    request): build_app freezes them once warmed up."""
    script = (
        "import gc, sys; from newsroom import serving, workers;"
        " from pathlib import Path;"
        " workers.build_app(['-i', sys.argv[1], *serving.datasette_options()]);"
        " print(gc.get_freeze_count())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(seed_db)],
        cwd=serving.ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(result.stdout.split()[-1]) > 10_000


def test_a_killed_worker_is_replaced(two_workers):
    pids = wait_for_workers(two_workers, 2)
    os.kill(pids[0], 9)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        now = two_workers.worker_pids()
        if len(now) == 2 and pids[0] not in now:
            break
        time.sleep(0.2)
    assert len(now) == 2 and pids[0] not in now
    assert two_workers.get("/corpus")[0] == 200


def test_gzip_for_clients_that_ask_for_it_only(two_workers):
    status, headers, body = two_workers.get("/corpus/quotes", {"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert b"Who said what" in gzip.decompress(body) or b"<html" in gzip.decompress(body)
    assert "Accept-Encoding" in headers["Vary"]
    status, headers, body = two_workers.get("/corpus/quotes")
    assert status == 200 and headers.get("Content-Encoding") is None
    assert body.lstrip().startswith(b"<!DOCTYPE html>")


def test_pages_carry_cache_headers_a_cdn_can_use(two_workers):
    for path in ("/corpus/quotes", "/corpus/quotes.json?_shape=array", "/corpus/who_said_what"):
        _, headers, _ = two_workers.get(path, {"Accept-Encoding": "gzip"})
        cache_control = headers["Cache-Control"]
        assert f"max-age={serving.SETTINGS['default_cache_ttl']}" in cache_control, path
        assert "private" not in cache_control and "no-store" not in cache_control, path
        # A shared cache keeps one copy per encoding, and none for visitors with cookies.
        vary = headers["Vary"].lower()
        assert "accept-encoding" in vary and "cookie" in vary, path


def test_a_cache_revalidates_with_the_etag_and_gets_304(two_workers):
    _, headers, _ = two_workers.get("/corpus/quotes", {"Accept-Encoding": "gzip"})
    etag = headers["ETag"]
    assert etag.startswith('W/"')
    assert "public" in headers["Cache-Control"]
    assert "stale-while-revalidate" in headers["Cache-Control"]
    # Another page of the same deployment: the same version, so the same tag.
    assert two_workers.get("/corpus/people")[1]["ETag"] == etag
    request = urllib.request.Request(
        two_workers.url + "/corpus/quotes", headers={"If-None-Match": etag}
    )
    with pytest.raises(urllib.error.HTTPError) as not_modified:
        urllib.request.urlopen(request, timeout=10)
    assert not_modified.value.code == 304
    assert not_modified.value.headers["ETag"] == etag
    assert "max-age=" in not_modified.value.headers["Cache-Control"]
    # A visitor with a cookie gets the page itself, private, with no tag.
    _, headers, body = two_workers.get(
        "/corpus/quotes", {"If-None-Match": etag, "Cookie": "ds_actor=x"}
    )
    assert body and "ETag" not in headers and "private" in headers["Cache-Control"]


def test_workers_1_runs_one_worker(seed_db):
    port = free_port()
    env = {**os.environ, "WORKERS": "1"}
    command = [
        sys.executable,
        "build_db.py",
        "serve",
        "--database",
        str(seed_db),
        "--port",
        str(port),
    ]
    server = Server(command, port, env=env)
    try:
        assert len(wait_for_workers(server, 1)) == 1
        assert server.get("/corpus/quotes")[0] == 200
    finally:
        server.stop()


def test_serve_command_defaults_to_one_worker_per_core(seed_db, monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    command = serving.serve_command(seed_db, "127.0.0.1", 8001)
    assert command[1] == str(serving.WORKERS_SCRIPT)
    assert command[command.index("--workers") + 1] == str(len(os.sched_getaffinity(0)))
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    command = serving.serve_command(seed_db, "127.0.0.1", 8001)
    assert command[command.index("--workers") + 1] == "3"


def test_workers_script_rejects_options_it_cannot_honour(seed_db):
    result = subprocess.run(
        [sys.executable, str(serving.WORKERS_SCRIPT), "-i", str(seed_db), "--reload"],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "--reload" in result.stderr
    result = subprocess.run(
        [sys.executable, str(serving.WORKERS_SCRIPT), "-i", "/nonexistent.db"],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "does not exist" in result.stderr


def test_loadtest_writes_one_run_per_worker_count(seed_db, tmp_path):
    output = tmp_path / "loadtest.json"
    result = subprocess.run(
        [
            sys.executable,
            "scripts/loadtest.py",
            "--database",
            str(seed_db),
            "--clients",
            "2",
            "--seconds",
            "2",
            "--workers",
            "1,2",
            "--json",
            str(output),
        ],
        cwd=ROOT,
        env={**os.environ, "LOADTEST_LOGS": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    results = json.loads(output.read_text())
    assert [run["workers"] for run in results["runs"]] == [1, 2]
    for run in results["runs"]:
        for key in ("requests_per_second", "p50_ms", "p95_ms", "p99_ms"):
            assert run[key] > 0, key
        assert run["errors"] == 0 and run["requests"] > 0
        assert run["worker_processes"] == run["workers"]
    assert results["speedup"] > 0


@pytest.mark.parametrize(
    "target, options, expected",
    [
        ("fly", ["--machines", "3"], ["flyctl scale count 3 --app newsroom-corpus"]),
        (
            "cloudrun",
            ["--min-instances", "2", "--max-instances", "7"],
            ["gcloud run deploy newsroom-corpus --source", "--min-instances 2 --max-instances 7"],
        ),
    ],
)
def test_publish_passes_the_instance_settings(target, options, expected, tmp_path, seed_db):
    # No platform tool on PATH: the command is printed, then refused.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    git = subprocess.run(["which", "git"], capture_output=True, text=True).stdout.strip()
    (bin_dir / "git").symlink_to(git)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{bin_dir}"}
    result = subprocess.run(
        [sys.executable, "build_db.py", "publish", "--target", target, "--database", str(seed_db)]
        + options,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    for text in expected:
        assert text in result.stderr
    # The app deployed is the bundle: generated by one `datasette publish`, then run by workers.
    assert f"datasette publish fly {seed_db}" in result.stderr
    assert "--generate-dir" in result.stderr


def test_deploy_commands_per_target(tmp_path):
    scale = serving.Scale(machines=4, min_instances=1, max_instances=9)
    fly = serving.deploy_commands("fly", tmp_path, "app", scale)
    assert fly[-1] == ["flyctl", "scale", "count", "4", "--app", "app", "--yes"]
    assert fly[0][:3] == ["flyctl", "deploy", str(tmp_path)]
    [cloudrun] = serving.deploy_commands("cloudrun", tmp_path, "svc", scale)
    assert cloudrun[cloudrun.index("--min-instances") + 1] == "1"
    assert cloudrun[cloudrun.index("--max-instances") + 1] == "9"
    with pytest.raises(serving.ServingError):
        serving.deploy_commands("vercel", tmp_path, "app", scale)


# --- Plugins that keep pages fast: search plans, the query cache ---------------------


def load_plugin(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        f"serving_plugin_{name}", serving.PLUGINS_DIR / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated_db(tmp_path_factory) -> Path:
    """A synthetic corpus (scripts/generate_corpus.py), big enough for common words."""
    import importlib.util

    from newsroom.build import build

    spec = importlib.util.spec_from_file_location(
        "generate_corpus_for_serving", ROOT / "scripts" / "generate_corpus.py"
    )
    generator = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generator
    spec.loader.exec_module(generator)
    workdir = tmp_path_factory.mktemp("generated")
    generator.generate(40, workdir / "corpus", seed=3, progress=False)
    database = workdir / "corpus.db"
    build(workdir / "corpus", database, progress=False)
    return database


def test_search_rewrites_give_the_same_answers(generated_db):
    import sqlite3

    from datasette.utils import escape_fts

    search_sql = load_plugin("search_sql")
    connection = sqlite3.connect(f"file:{generated_db}?immutable=1", uri=True)
    connection.create_function("escape_fts", 1, escape_fts)
    plans = search_sql.SearchPlans()
    plans.load(connection)
    assert plans.fts_of["quotes"] == "quotes_fts" and plans.pk_index["quotes"][0] == "id"
    words = ["ceasefire", "the", "said", "nothing-matches-this", "troops talks"]
    for table in ("quotes", "articles", "figures"):
        fts = plans.fts_of[table]
        search = f"where rowid in (select rowid from {fts} where {fts} match escape_fts(:search))"
        count = f"select count(*) from {table} {search} "
        page = f"select * from {table} {search} order by id limit 11"
        for word in words:
            params = {"search": word}
            fast_count = plans.count_sql(count)
            assert fast_count and "from " + fts in fast_count
            expected = connection.execute(count, params).fetchall()
            assert connection.execute(fast_count, params).fetchall() == expected, (table, word)
            count_again, by_index, rows, limit = plans.page_plan(page)
            assert "indexed by" in by_index and limit == 11 and rows > 0
            expected = connection.execute(page, params).fetchall()
            assert connection.execute(by_index, params).fetchall() == expected, (table, word)
    # Facets over a search, read from the column's index: the same counts.
    for table, column in (("articles", "outlet_id"), ("quotes", "person_id"), ("figures", "unit")):
        fts = plans.fts_of[table]
        inner = (
            f"select * from {table} where rowid in (select rowid from {fts} "
            f"where {fts} match escape_fts(:search)) "
        )
        facet = (
            f"select {column} as value, count(*) as count from (\n  {inner}\n)\n"
            f"where {column} is not null\ngroup by {column} order by count desc, value limit 31"
        )
        count_again, by_index, rows = plans.facet_plan(facet)
        assert "indexed by" in by_index and rows > 0
        for word in words:
            params = {"search": word}
            expected = connection.execute(facet, params).fetchall()
            assert connection.execute(by_index, params).fetchall() == expected, (table, word)
    # Anything else is left alone: another filter, another order, another table.
    assert plans.count_sql(count.strip() + " and partial = 1") is None
    assert plans.page_plan(page.replace("order by id", "order by start")) is None
    assert search_sql.dense(60_000, 51, 1_000_000) and not search_sql.dense(500, 51, 1_000_000)


async def test_stored_facet_counts_answer_as_datasettes_own_sql(generated_db):
    """An unfiltered table's column facets are read from facet_counts: the SQL
    Datasette writes for them, run as written, gives the same rows (values,
    their types, counts, order) as the stored counts the plugin reads instead."""
    import sqlite3

    from newsroom.schema import FACET_COLUMNS

    summary_facets = load_plugin("summary_facets")
    datasette = serving.datasette_instance(generated_db)
    await datasette.invoke_startup()
    database = datasette.get_database("corpus")
    stored = database.stored_facets
    # Every faceted column that has a value is stored (the generated corpus
    # names no distributor, so that facet has nothing to count).
    expected = {(table, column) for table, columns in FACET_COLUMNS.items() for column in columns}
    assert stored == expected - {("articles", "distributor_id")}
    seen = []
    rewritten = database.execute

    async def recording(sql, params=None, *args, **kwargs):
        seen.append((sql, params))
        return await rewritten(sql, params, *args, **kwargs)

    database.execute = recording
    for table in FACET_COLUMNS:
        for size in ("2", "max"):
            response = await datasette.client.get(f"/corpus/{table}.json?_facet_size={size}")
            assert response.status_code == 200
    connection = sqlite3.connect(f"file:{generated_db}?immutable=1", uri=True)
    answered = set()
    for sql, params in seen:
        stored_sql = summary_facets.stored_facet(sql, params, stored)
        if stored_sql is None:
            continue
        found = summary_facets.UNFILTERED_COLUMN_FACET.match(sql)
        answered.add((found["table"], found["column"]))
        expected_rows = connection.execute(sql, params or {}).fetchall()
        assert connection.execute(*stored_sql).fetchall() == expected_rows, sql
        assert [type(value) for value, _ in expected_rows] == [
            type(value) for value, _ in connection.execute(*stored_sql)
        ]
    assert answered == stored


def test_filtered_facets_are_counted_live():
    summary_facets = load_plugin("summary_facets")
    stored = {("figures", "unit")}
    facet = (
        "select unit as value, count(*) as count from (\n  select id, unit from figures {where}\n)"
        "\nwhere unit is not null\ngroup by unit order by count desc, value limit 31"
    )
    assert summary_facets.stored_facet(facet.format(where=""), {}, stored)
    # A filter, a search or a parameter: live. So is a column the build did not count.
    assert summary_facets.stored_facet(facet.format(where="where unit = 'x'"), {}, stored) is None
    assert summary_facets.stored_facet(facet.format(where=""), {"search": "x"}, stored) is None
    other = facet.format(where="").replace("figures", "quotes")
    assert summary_facets.stored_facet(other, {}, stored) is None
    searched = facet.format(
        where="where rowid in (select rowid from figures_fts where figures_fts match :search)"
    )
    assert summary_facets.stored_facet(searched, {}, stored) is None


async def test_places_shows_the_most_named_200_on_its_map(generated_db):
    """Rendering rows, not SQL, is the places page's cost: it lists at most 200
    places (as the other canned pages), and still draws them on its map."""
    import sqlite3

    datasette = serving.datasette_instance(generated_db)
    data = (await datasette.client.get("/corpus/places.json?_shape=objects")).json()
    connection = sqlite3.connect(f"file:{generated_db}?immutable=1", uri=True)
    [named] = connection.execute(
        "select count(*) from location_stats where mentions > 0"
    ).fetchone()
    rows = data["rows"]
    assert len(rows) == min(200, named) > 0
    assert [row["mentions"] for row in rows] == sorted(
        (row["mentions"] for row in rows), reverse=True
    )
    assert {"latitude", "longitude", "popup"} <= set(rows[0])
    html = (await datasette.client.get("/corpus/places")).text
    assert "datasette-cluster-map" in html and "READING_MAP" in html


def test_span_check_batches_cover_every_article_once(generated_db):
    """check_all_spans checks a batch of articles after a given id, and
    span_check_batches says where each batch starts: with the same batch size,
    the batches cover every article once (run here with batches of 7)."""
    import re
    import sqlite3

    import yaml

    queries = yaml.safe_load(serving.METADATA.read_text(encoding="utf-8"))["databases"]["corpus"][
        "queries"
    ]
    check, batches = queries["check_all_spans"]["sql"], queries["span_check_batches"]["sql"]
    [size] = {int(n) for n in re.findall(r"order by id limit (\d+)", check)}
    assert set(re.findall(r"limit 1 offset (\d+)", batches)) == {str(size - 1)}
    connection = sqlite3.connect(f"file:{generated_db}?immutable=1", uri=True)
    small_batches = batches.replace(f"offset {size - 1}", "offset 6")
    batch_rows = connection.execute(small_batches).fetchall()
    every = [row[0] for row in connection.execute("select id from articles order by id")]
    assert len(batch_rows) == -(-len(every) // 7)
    covered = []
    batch_of = check.replace(f"limit {size}", "limit 7").replace("and not matches", "")
    for _, after, last in batch_rows:
        ids = sorted({row[2] for row in connection.execute(batch_of, {"after": after})})
        assert ids == [i for i in every if after < i <= last]
        covered += ids
    assert covered == every


async def test_a_page_spends_one_facet_budget_and_fills_the_rest_later():
    """Facets share what is left of the page's budget (each gets at least
    LEAST_FACET_MS); one it cut off is counted again in the background, once,
    with Datasette's own facet time limit."""
    from datasette.database import QueryInterrupted

    facet_budget = load_plugin("facet_budget")
    facet = "select unit as value, count(*) as count from (select * from figures) group by unit"
    given, filled = [], []

    async def execute(sql, params=None, truncate=False, custom_time_limit=None, *args):
        given.append((sql, custom_time_limit))
        if (custom_time_limit or 1000) < 20:
            await asyncio.sleep(custom_time_limit / 1000)  # cut off at its limit
            raise QueryInterrupted(None, sql, params)
        await asyncio.sleep(0.03)  # this facet takes 30 ms
        return "rows"

    class Database:
        async def execute(self, sql, params=None, truncate=False, custom_time_limit=None, *args):
            await asyncio.sleep(0.05)  # still counting when the same facet is asked again
            filled.append((sql, custom_time_limit))

    fills = facet_budget.BackgroundFills()
    budgeted = facet_budget.budgeted_execute(Database(), execute, fills)
    facet_budget.PAGE.set(facet_budget.PageBudget(40))
    assert await budgeted(facet, {}, False, 300) == "rows"
    with pytest.raises(QueryInterrupted):
        await budgeted(facet + " limit 2", {}, False, 300)  # 10 ms left: not enough
    with pytest.raises(QueryInterrupted):
        await budgeted(facet + " limit 2", {}, False, 300)  # asked again meanwhile: one fill
    # Not a facet, or no time limit asked: as given.
    assert await budgeted("select * from figures", {}, False, 300) == "rows"
    assert await budgeted(facet, {}, False, None) == "rows"
    limits = [limit for _, limit in given]
    assert 38 <= limits[0] <= 40 and 5 <= limits[1] <= 10 and limits[2] == 5
    assert limits[3:] == [300, None]
    await asyncio.gather(*fills.tasks)
    assert filled == [(facet + " limit 2", 300)] and fills.done == 1 and not fills.pending
    # Without a page (a background fill, a startup hook): no budget.
    facet_budget.PAGE.set(None)
    given.clear()
    assert await budgeted(facet, {}, False, 300) == "rows" and given == [(facet, 300)]


async def test_facets_over_a_small_search_are_all_counted(generated_db):
    datasette = serving.datasette_instance(generated_db)
    html = (await datasette.client.get("/corpus/articles?_search=the")).text
    assert "These facets timed out" not in html
    data = (await datasette.client.get("/corpus/articles.json?_search=the")).json()
    assert {"outlet_id", "events_date", "body_published"} <= set(data["facet_results"])


async def test_a_search_page_counts_its_matches_once(generated_db, monkeypatch):
    """The page's count and each facet's plan ask for the same count of matches:
    one request runs it once, even with the query memory off."""
    from datasette.database import Database

    monkeypatch.setenv("NEWSROOM_QUERY_CACHE", "off")
    ran = []
    original = Database.execute

    async def recording(self, sql, *args, **kwargs):
        ran.append(sql)
        return await original(self, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", recording)
    datasette = serving.datasette_instance(generated_db)
    await datasette.invoke_startup()
    for _ in range(2):  # a second request counts again: nothing is kept across pages
        data = (await datasette.client.get("/corpus/articles.json?_search=the")).json()
    assert data["filtered_table_rows_count"] > 0 and len(data["facet_results"]) >= 3
    counts = [sql for sql in ran if sql.startswith("select count(*) from articles_fts")]
    assert len(counts) == 2, counts


async def test_search_pages_answer_as_before(generated_db):
    datasette = serving.datasette_instance(generated_db)
    for path in (
        "/corpus/quotes.json?_search=ceasefire",
        "/corpus/articles.json?_search=the&_size=5",
    ):
        response = await datasette.client.get(path)
        data = response.json()
        assert response.status_code == 200 and data["filtered_table_rows_count"] > 0
        assert len(data["rows"]) == min(
            data["filtered_table_rows_count"], 5 if "_size" in path else 50
        )


async def test_search_all_requests_skip_the_facets_they_never_show(seed_db):
    datasette = serving.datasette_instance(seed_db)
    base = "/corpus/quotes.json?_search=Kuleba&_shape=objects&_size=5"
    with_facets = (await datasette.client.get(base)).json()
    assert with_facets["facet_results"]
    search_all = (
        await datasette.client.get(base + "&_extra=count&_extra=database&_extra=table")
    ).json()
    assert not search_all["facet_results"]
    assert search_all["filtered_table_rows_count"] == with_facets["filtered_table_rows_count"]
    assert search_all["rows"] == with_facets["rows"]


async def test_the_query_cache_answers_repeats_and_only_those(seed_db):
    immutable_reads = load_plugin("immutable_reads")
    datasette = serving.datasette_instance(seed_db)
    await datasette.invoke_startup()
    database = datasette.get_database("corpus")
    cache = database.query_cache
    first = await database.execute("select id from quotes order by id")
    hits = cache.hits
    again = await database.execute("select id from quotes order by id")
    assert cache.hits == hits + 1 and [tuple(r) for r in again] == [tuple(r) for r in first]
    await database.execute("select random()")
    await database.execute("select random()")
    assert cache.hits == hits + 1  # never kept
    # Least recently used out first, within a byte budget.
    small = immutable_reads.ResultCache(budget=1000)
    for n in range(20):
        small.put(n, n, 100)
    assert small.used <= 1000 and small.get(0) is None and small.get(19) == 19
    result = (
        await database.execute("pragma mmap_size")
    ).rows  # connections memory-map the immutable file
    assert result[0][0] > 0


def test_the_query_cache_can_be_turned_off(monkeypatch):
    immutable_reads = load_plugin("immutable_reads")
    monkeypatch.setenv("NEWSROOM_QUERY_CACHE", "off")
    assert not immutable_reads.cache_enabled()
    monkeypatch.setenv("NEWSROOM_QUERY_CACHE", "on")
    assert immutable_reads.cache_enabled()


async def test_schema_answers_are_read_once_and_callers_get_their_own_copy(seed_db):
    datasette = serving.datasette_instance(seed_db)
    await datasette.invoke_startup()
    database = datasette.get_database("corpus")
    calls = []
    original = database.execute_fn

    async def counting(fn):
        calls.append(fn)
        return await original(fn)

    database.execute_fn = counting
    columns = await database.table_columns("quotes")
    before = len(calls)
    columns.append("changed by a caller")
    assert await database.table_columns("quotes") == columns[:-1]
    assert len(calls) == before  # answered without a trip to a SQL thread


async def test_anonymous_permission_checks_are_answered_once(seed_db):
    datasette = serving.datasette_instance(seed_db)
    await datasette.invoke_startup()
    answers = datasette.permission_allowed.anonymous_answers
    assert await datasette.permission_allowed(None, "view-table", ("corpus", "quotes"), True)
    assert ("view-table", ("corpus", "quotes"), True) in answers
    # A signed-in actor is checked every time, and may be answered differently.
    before = dict(answers)
    await datasette.permission_allowed({"id": "root"}, "view-table", ("corpus", "quotes"), True)
    assert answers == before
    assert (await datasette.client.get("/corpus/quotes")).status_code == 200


async def test_workers_warm_the_start_pages_but_no_page_that_needs_a_parameter(seed_db):
    from newsroom import workers

    datasette = serving.datasette_instance(seed_db)
    await datasette.invoke_startup()
    answered = dict(await workers.warm_up(datasette))
    assert answered["/"] == 200 and answered["/corpus"] == 200
    assert answered["/corpus/quotes"] == 200 and answered["/corpus/who_said_what"] == 200
    assert not any("quotes_by_person" in path or "search_quotes" in path for path in answered)
    assert all(status == 200 for status in answered.values()), answered


async def test_figures_compared_pages_through_every_comparison(generated_db):
    """figures_compared shows 50 comparisons a page (rendering, not SQL, was
    its cost: 200 cards took 150 ms): pages of "after" the last rank seen cover
    every comparison once, in one order, and the page links to the next one
    (run here with pages of 7)."""
    import sqlite3

    import yaml

    queries = yaml.safe_load(serving.METADATA.read_text(encoding="utf-8"))["databases"]["corpus"][
        "queries"
    ]
    sql = queries["figures_compared"]["sql"]
    assert "limit 50" in sql
    connection = sqlite3.connect(f"file:{generated_db}?immutable=1", uri=True)
    connection.row_factory = sqlite3.Row
    load_plugin("sql_functions").prepare_connection(connection)

    def run(limit, after):
        query = sql.replace("limit 50", f"limit {limit}")
        return [dict(row) for row in connection.execute(query, {"after": after})]

    whole = run(-1, "")
    assert len(whole) > 14, "the generated corpus should compare more than two pages"
    ranks = [row["rank"] for row in whole]
    assert ranks == list(range(1, len(whole) + 1))
    assert {row["comparisons"] for row in whole} == {len(whole)}
    percent = [row["difference_percent"] for row in whole if row["difference_percent"] is not None]
    assert percent == sorted(percent, reverse=True)
    paged, after = [], ""
    while rows := run(7, after):
        paged += rows
        after = str(rows[-1]["rank"])
    assert paged == whole
    # Not a number: from the first, as blank.
    assert run(50, "x") == whole[:50]
    datasette = serving.datasette_instance(generated_db)
    html = (await datasette.client.get("/corpus/figures_compared")).text
    assert f"Comparisons 1 to {min(50, len(whole))} of {len(whole):,}" in html
    assert ('rel="next"' in html) == (len(whole) > 50)
    html = (await datasette.client.get(f"/corpus/figures_compared?after={len(whole) - 2}")).text
    assert f"Comparisons {len(whole) - 1} to {len(whole)} of {len(whole):,}" in html
    assert 'href="/corpus/figures_compared" rel="prev"' in html and 'rel="next"' not in html
    data = (await datasette.client.get("/corpus/figures_compared.json?after=3&_shape=array")).json()
    assert [row["rank"] for row in data] == ranks[3:53]


async def test_events_calendar_pages_back_through_every_event(generated_db):
    """The calendar holds the latest 200 events (datasette-ics spends about
    0.25 ms on each: 1,000 took 260 ms); "after" the last event's id gives the
    ones before, as a page and as a calendar of its own (run with pages of 7)."""
    import sqlite3

    import icalendar
    import yaml

    queries = yaml.safe_load(serving.METADATA.read_text(encoding="utf-8"))["databases"]["corpus"][
        "queries"
    ]
    sql = queries["events_calendar"]["sql"]
    assert "limit 200" in sql
    connection = sqlite3.connect(f"file:{generated_db}?immutable=1", uri=True)
    connection.row_factory = sqlite3.Row

    def run(limit, after, from_date=""):
        query = sql.replace("limit 200", f"limit {limit}")
        return [
            dict(row) for row in connection.execute(query, {"after": after, "from_date": from_date})
        ]

    whole = run(-1, "")
    every = connection.execute("select date, id from event_dates order by date desc, id desc")
    assert [(row["date"], row["event_id"]) for row in whole] == [tuple(row) for row in every]
    assert len(whole) > 14
    paged, after = [], ""
    while rows := run(7, after):
        paged += rows
        after = rows[-1]["event_id"]
    assert paged == whole
    middle = whole[len(whole) // 2]
    assert run(-1, "", middle["date"]) == [row for row in whole if row["date"] >= middle["date"]]
    assert run(-1, "no-such-event") == []
    datasette = serving.datasette_instance(generated_db)
    response = await datasette.client.get(f"/corpus/events_calendar.ics?after={middle['event_id']}")
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.text)
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    older = whole[whole.index(middle) + 1 :][:200]
    assert uids == {row["event_uid"] for row in older}
    html = (await datasette.client.get("/corpus/events_calendar")).text
    assert f"{min(200, len(whole))} events, latest first" in html
    assert ('rel="next"' in html) == (len(whole) > 200)
    assert 'href="/corpus/events_calendar.ics" type="text/calendar"' in html


def test_search_quotes_ranks_the_first_10000_matches(generated_db):
    """search_quotes ranks (bm25) at most the first 10,000 matches in rowid
    order: scoring all 58,525 of a common word took 100 ms at 100,000 articles.
    Below the bound it returns what ranking every match returns; above it, the
    best of the first matches (shown here with a bound of 5)."""
    import sqlite3

    import yaml

    queries = yaml.safe_load(serving.METADATA.read_text(encoding="utf-8"))["databases"]["corpus"][
        "queries"
    ]
    sql = queries["search_quotes"]["sql"]
    assert "order by rowid limit 10000" in sql and "limit 200" in sql
    every_match = """
        select quotes.id as quote_id, quotes.text as quote, quotes.speaker_name as speaker,
               people.role as speaker_role, articles.title as article_title, quotes.article_id
        from quotes_fts
          join quotes on quotes.rowid = quotes_fts.rowid
          join articles on articles.id = quotes.article_id
          left join people on people.id = quotes.person_id
        where quotes_fts match fts_query(:q)
        order by quotes_fts.rank
        limit 200"""
    connection = sqlite3.connect(f"file:{generated_db}?immutable=1", uri=True)
    load_plugin("sql_functions").prepare_connection(connection)
    surname = connection.execute("select name from people order by id limit 1").fetchone()[0]
    searches = ["ceasefire", "the", surname.split()[-1], "said -ceasefire", '"the talks"']
    for q in searches:
        assert (
            connection.execute(sql, {"q": q}).fetchall()
            == connection.execute(every_match, {"q": q}).fetchall()
        ), q
    bounded = sql.replace("limit 10000", "limit 5")
    first = connection.execute(
        "select quotes.id from quotes_fts join quotes on quotes.rowid = quotes_fts.rowid"
        " where quotes_fts match fts_query(:q) order by quotes_fts.rowid limit 5",
        {"q": "ceasefire"},
    ).fetchall()
    rows = connection.execute(bounded, {"q": "ceasefire"}).fetchall()
    assert len(first) == 5 and {row[0] for row in rows} == {row[0] for row in first}


# The feeds' SQL before the dates came from indexes (person_quotes_feed joined
# and sorted every quote of the person: 85 ms for 36,528 quotes at 100,000
# articles; articles_feed sorted every article: 63 ms).
OLD_PERSON_QUOTES_FEED_ORDER = """
where quotes.person_id in (select person_id from person_names where name = lower(trim(:person)))
  and coalesce(articles.published, articles.events_date) is not null
  and not coalesce(articles.draft, 0)
order by coalesce(articles.published, articles.events_date) desc, articles.id, quotes.start
limit 100"""


def test_feeds_read_from_their_indexes_answer_as_before(tmp_path):
    """person_quotes_feed picks a person's newest quotes by quotes.feed_date
    from an index, and articles_feed its newest articles from an index on the
    feed date: the same rows in the same order as the SQL that joined and
    sorted everything, over a corpus with undated, events-dated and draft
    articles (built with --drafts)."""
    import sqlite3

    import yaml

    from newsroom.build import build

    from .test_generator import generator

    corpus = tmp_path / "corpus"
    generator.generate(40, corpus, seed=7, progress=False)
    for number, path in enumerate(sorted((corpus / "articles").glob("*.md"))):
        text = path.read_text(encoding="utf-8")
        if number % 4 == 1:  # dated by its events only
            text = "\n".join(line for line in text.split("\n") if not line.startswith("published:"))
        elif number % 4 == 2 and number % 8 != 2:  # no date at all
            text = "\n".join(
                line
                for line in text.split("\n")
                if not line.startswith(("published:", "events_date:"))
            )
        if number % 5 == 3:
            text = text.replace("\nquotes:\n", "\ndraft: true\nquotes:\n", 1)
        path.write_text(text, encoding="utf-8")
    database = tmp_path / "corpus.db"
    build(corpus, database, allow_drafts=True, progress=False)

    queries = yaml.safe_load(serving.METADATA.read_text(encoding="utf-8"))["databases"]["corpus"][
        "queries"
    ]
    new_person = queries["person_quotes_feed"]["sql"]
    head = new_person[new_person.index("select atom_id(") : new_person.index("from latest")]
    tail = new_person[new_person.index("join people on") : new_person.rindex("order by")]
    old_person = head + "from quotes\n            " + tail + OLD_PERSON_QUOTES_FEED_ORDER
    connection = sqlite3.connect(f"file:{database}?immutable=1", uri=True)
    load_plugin("newsroom_formats").prepare_connection(connection)
    kinds = connection.execute(
        "select count(*) filter (where draft), count(*) filter (where published is null"
        " and events_date is not null), count(*) filter (where events_date is null) from articles"
    ).fetchone()
    assert all(kinds), kinds
    names = [row[0] for row in connection.execute("select name from person_names order by name")]
    compared = 0
    for name in [*names, "nobody-at-all"]:
        expected = connection.execute(old_person, {"person": name}).fetchall()
        assert connection.execute(new_person, {"person": name}).fetchall() == expected, name
        compared += len(expected)
    assert compared > 100
    plan = " ".join(
        row[3] for row in connection.execute("explain query plan " + new_person, {"person": "x"})
    )
    assert "idx_quotes_person_id_feed_date_article_id_start" in plan

    new_articles = queries["articles_feed"]["sql"]
    latest = new_articles[new_articles.index("select id,") : new_articles.index("limit 100")]
    old_articles = new_articles.replace(
        latest, latest.replace("from articles", "from articles not indexed")
    )
    assert old_articles != new_articles
    assert (
        connection.execute(new_articles).fetchall() == connection.execute(old_articles).fetchall()
    )
    plan = [row[3] for row in connection.execute("explain query plan " + new_articles)]
    assert "SCAN articles USING INDEX idx_articles_feed_order" in plan
