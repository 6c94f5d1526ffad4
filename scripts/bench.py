#!/usr/bin/env python3
"""Scale benchmark (issue 6): build time, memory, size and serving latency.

    .venv/bin/python scripts/bench.py --articles 1000 [--output bench-results/] [--port 8765]

1. Generates a synthetic corpus (scripts/generate_corpus.py; not timed) or reuses
   one generated earlier with the same size and seed.
2. Build: runs the real `build_db.py --progress` as a child process and reports
   wall time, articles per second and the child's peak RSS.
3. Floor: the same rows written by bare sqlite3 executemany into the same schema,
   indexes and FTS, timing only the SQLite work: how fast the build could be.
4. Size: database bytes per article, and the share of the FTS tables.
5. Serving: starts Datasette on 127.0.0.1 with this publication's options (plus
   trace_debug), times the pages readers use (p50/p95 over repeated requests),
   reads the SQL each page runs from ?_trace=1, times that SQL in bare sqlite3,
   and reports Datasette / raw SQLite.

Results go to <output>/bench-<N>.json and a table on stdout, with the targets:
build of 100k articles <= 180 s, peak RSS <= 1 GB, every page p95 <= 100 ms,
Datasette <= 3x raw SQLite. Only loopback is used; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import html
import http.client
import importlib.util
import json
import os
import platform
import re
import resource
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: make `newsroom` importable

import yaml  # noqa: E402

from newsroom import schema  # noqa: E402
from newsroom.corpus import article_paths, read_article, read_registries  # noqa: E402
from newsroom.resolve import resolve_article, resolve_registries  # noqa: E402
from newsroom.rows import insert_sql  # noqa: E402

_incremental_spec = importlib.util.spec_from_file_location(
    "bench_incremental", Path(__file__).with_name("bench_incremental.py")
)
_incremental = importlib.util.module_from_spec(_incremental_spec)
_incremental_spec.loader.exec_module(_incremental)
measure_incremental = _incremental.measure
from newsroom.serving import METADATA, SETTINGS, serve_command  # noqa: E402

HOST = "127.0.0.1"  # loopback only: the benchmark never talks to the network
TARGETS = {
    "build_100k_seconds": 180.0,
    "peak_rss_bytes": 1024**3,
    "page_p95_ms": 100.0,
    "datasette_over_sqlite": 3.0,
}
FULL_SIZE = 100_000  # the build target is stated for this many articles
FLOOR_BATCH = 500  # articles parsed per batch for the floor, as the build does
RAW_REPEATS = 5  # each traced query is timed this many times in sqlite3; median kept
# A word of the generator's prose, so in many quotes: the heavy end of search.
SEARCH_WORD = "ceasefire"
RAW_QUERY_LIMIT_S = 5.0
MAX_ROWS = int(
    SETTINGS["max_returned_rows"]
)  # a raw query running longer is cut off (Datasette's own limit is 1.5 s)


# --- Corpus -------------------------------------------------------------------------------


def _load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def load_generator():
    return _load_module("generate_corpus", ROOT / "scripts" / "generate_corpus.py")


def ensure_corpus(directory: Path, articles: int, seed: int) -> float:
    """Generate the corpus unless a complete one is already there; seconds spent.
    A marker written last tells a complete corpus from an interrupted one."""
    marker = directory / ".generated.json"
    wanted = {"articles": articles, "seed": seed}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return 0.0
    if directory.exists():
        import shutil

        shutil.rmtree(directory)
    started = time.perf_counter()
    load_generator().generate(articles, directory, seed=seed, progress=True)
    marker.write_text(json.dumps(wanted))
    return time.perf_counter() - started


# --- Build ------------------------------------------------------------------------------------


def run_build(corpus: Path, database: Path) -> dict:
    """The real build as a child process, so that its peak RSS can be read alone."""
    database.unlink(missing_ok=True)
    command = [
        sys.executable,
        str(ROOT / "build_db.py"),
        "build",
        "--corpus",
        str(corpus),
        "--output",
        str(database),
        "--progress",
        # A full build from scratch: no earlier database, no cached registries.
        "--full",
    ]
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    # ru_maxrss is the largest of all waited-for children, in KiB on Linux. The
    # build is the first child this process waits for, so this is the build's.
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 if platform.system() == "Darwin" else 1024
    return {"seconds": seconds, "peak_rss_bytes": peak_kib * scale, "command": " ".join(command)}


def floor_build(corpus: Path, database: Path) -> dict:
    """The floor: what SQLite alone needs to store the same corpus.

    Rows come from the project's own reading and resolving functions, batch by
    batch as in the build, but only the SQLite work is timed: creating the
    schema, `executemany` of every row (foreign keys on, one transaction, as in
    the build), the same indexes, FTS tables and views (newsroom.schema), the
    foreign-key check, the commit and ANALYZE. YAML parsing, pydantic, span
    finding and sqlite-utils' per-row Python work are what the build adds on top.
    """
    database.unlink(missing_ok=True)
    import sqlite_utils

    registries, _ = read_registries(corpus)
    index, registry_rows, problems = resolve_registries(registries)
    if problems:
        raise SystemExit(f"the generated registries have problems: {problems.finish()}")
    connection = sqlite3.connect(database, isolation_level=None)
    db = sqlite_utils.Database(connection)
    timed = 0.0

    def sqlite_work(function, *args):
        nonlocal timed
        started = time.perf_counter()
        result = function(*args)
        timed += time.perf_counter() - started
        return result

    # The build's own INSERT statements (newsroom/rows.py), so the floor writes
    # exactly what the build writes.
    statements = {
        table.name: insert_sql(table.name, list(table.columns)) for table in schema.TABLES
    }

    def insert(table_name: str, rows: list[dict]) -> None:
        columns = list(schema.TABLES_BY_NAME[table_name].columns)
        values = [
            tuple(row.get(column) for column in columns) for row in rows
        ]  # not timed: Python shaping
        sqlite_work(connection.executemany, statements[table_name], values)

    sqlite_work(connection.execute, "PRAGMA foreign_keys = ON")
    sqlite_work(connection.execute, "BEGIN")
    sqlite_work(schema.create_schema, db)
    sqlite_work(connection.execute, "PRAGMA defer_foreign_keys = ON")
    for table in ("locations", "organizations", "people"):
        insert(table, registry_rows[table])
    batch: dict[str, list[dict]] = {table.name: [] for table in schema.TABLES}

    def flush():
        for table in schema.TABLES:
            if batch[table.name]:
                insert(table.name, batch[table.name])
                batch[table.name].clear()

    for count, path in enumerate(article_paths(corpus), start=1):
        parsed, _ = read_article(path)
        rows, found = resolve_article(parsed, index)
        if rows is None:
            raise SystemExit(f"{path}: {found.finish()}")
        batch["articles"].append(publish_row(rows.article))
        for table, items in rows.tables.items():
            batch[table].extend(items)
        if count % FLOOR_BATCH == 0:
            flush()
    flush()
    sqlite_work(schema.create_indexes_fts_views, db)
    sqlite_work(lambda: connection.execute("PRAGMA foreign_key_check").fetchall())
    sqlite_work(connection.execute, "COMMIT")
    sqlite_work(connection.execute, "ANALYZE")
    connection.close()
    return {"seconds": timed}


def publish_row(article_row: dict) -> dict:
    """The article row as the build stores it: newer builds add body_published and
    body_note (newsroom/rights.py); older ones store the resolved row as is."""
    try:
        from newsroom.rights import body_publication
    except ImportError:
        return article_row
    return body_publication(article_row, withhold=False)


# --- Size -------------------------------------------------------------------------------------


def database_size(database: Path, articles: int) -> dict:
    """Bytes per article and the FTS share, from SQLite's dbstat table."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        pages = connection.execute("select name, sum(pgsize) from dbstat group by name").fetchall()
    finally:
        connection.close()
    total = database.stat().st_size
    fts = sum(size for name, size in pages if "_fts" in name)
    biggest = sorted(pages, key=lambda item: -item[1])[:8]
    return {
        "bytes": total,
        "bytes_per_article": total / articles,
        "fts_bytes": fts,
        "fts_share": fts / total if total else 0.0,
        "largest_objects": biggest,
    }


# --- Serving ----------------------------------------------------------------------------------


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        # As uvicorn does: connections in TIME_WAIT from a previous run do not
        # stop a new server from listening.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def start_server(
    database: Path, port: int, log: Path, inspect_file: Path | None, query_cache: bool = True
) -> subprocess.Popen:
    """Datasette with exactly the publication's options, plus trace_debug so that
    ?_trace=1 shows the SQL each page runs; with or without the query cache
    (plugins/immutable_reads.py)."""
    command = serve_command(database, HOST, port, inspect_file=inspect_file) + [
        "--setting",
        "trace_debug",
        "1",
    ]
    env = {**os.environ, "NEWSROOM_QUERY_CACHE": "on" if query_cache else "off"}
    handle = log.open("w")
    return subprocess.Popen(command, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT, env=env)


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_until_up(port: int, process: subprocess.Popen, timeout: float = 180.0) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if process.poll() is not None:
            raise SystemExit(
                f"Datasette exited with status {process.returncode}; see the server log"
            )
        try:
            status, _ = fetch(port, "/-/versions.json", timeout=5)
            if status == 200:
                return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("Datasette did not answer in time")


def fetch(port: int, path: str, timeout: float = 60.0, gzip: bool = False) -> tuple[int, bytes]:
    """(status, body as sent). With gzip=True it asks for gzip as browsers do,
    and the body is left compressed: its length is what goes over the wire."""
    # http.client, not urllib: urllib would honour proxy variables, and this
    # benchmark must only ever talk to loopback.
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"} if gzip else {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low, high = int(position), min(int(position) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def time_page(port: int, path: str, requests: int, warmup: int) -> dict:
    """Latency as a browser sees it (asking for gzip), and the bytes it receives
    (compressed) against the page's own size."""
    started = time.perf_counter()
    fetch(port, path, gzip=True)  # the first request: nothing of it cached yet
    first_ms = (time.perf_counter() - started) * 1000
    for _ in range(warmup - 1):
        fetch(port, path, gzip=True)
    times, status, size = [], None, 0
    for _ in range(requests):
        started = time.perf_counter()
        status, body = fetch(port, path, gzip=True)
        times.append((time.perf_counter() - started) * 1000)
        size = len(body)
    return {
        "status": status,
        "bytes": size,  # as sent, gzip-compressed when the page is worth compressing
        "bytes_uncompressed": len(fetch(port, path)[1]),
        "first_ms": first_ms,
        "p50_ms": percentile(times, 0.5),
        "p95_ms": percentile(times, 0.95),
        "max_ms": max(times),
    }


def with_parameter(path: str, name: str, value: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}{name}={value}"


def without_parameter(path: str, name: str) -> str:
    base, _, query = path.partition("?")
    kept = [
        (key, value)
        for key, value in urllib.parse.parse_qsl(query, keep_blank_values=True)
        if key != name
    ]
    return base + ("?" + urllib.parse.urlencode(kept) if kept else "")


def traced_sql(port: int, path: str) -> tuple[list[dict] | None, str]:
    """The SQL Datasette ran for ``path``, from its ?_trace=1 output.

    Datasette 0.65 appends the trace to HTML as a <pre> block and to JSON
    objects as a "_trace" key, but not to JSON arrays (_shape=array) and not to
    responses over 256 KB. For an array the page is traced in the default object
    shape with _nocount and _nofacet, which is what _shape=array implies in
    datasette/views/table.py: the same queries."""
    note = ""
    if "_shape=array" in path:
        path = with_parameter(
            with_parameter(without_parameter(path, "_shape"), "_nocount", "1"), "_nofacet", "1"
        )
        note = "traced as the object shape with _nocount=1&_nofacet=1 (what _shape=array implies)"
    try:
        status, body = fetch(port, with_parameter(path, "_trace", "1"))
    except http.client.HTTPException:
        # Over 256 KB, 0.65.5's tracer can leave the chunked response unfinished.
        return main_query(port, path)
    trace = None
    if body.lstrip().startswith(b"{"):
        trace = json.loads(body).get("_trace")
    else:
        blocks = re.findall(rb"<pre>(\{\s*&#34;request_duration_ms.*?)</pre>", body, flags=re.S)
        blocks = blocks or re.findall(
            rb"<pre>(\{\s*\"request_duration_ms.*?)</pre>", body, flags=re.S
        )
        if blocks:
            trace = json.loads(html.unescape(blocks[-1].decode("utf-8")))
    if trace is None:
        return main_query(port, path)
    queries = [
        {"sql": item["sql"], "params": item.get("params")}
        for item in trace["traces"]
        if item.get("type") == "sql"
    ]
    return queries, note


def main_query(port: int, path: str) -> tuple[list[dict] | None, str]:
    """For a response too big to trace: the page's main query, which Datasette's
    JSON (default shape) states under "query". Facet and count queries are then
    missing from the raw time, so the ratio is an upper bound."""
    base, _, query = without_parameter(path, "_shape").partition("?")
    json_path = base if base.endswith(".json") else base + ".json"
    status, body = fetch(port, json_path + (f"?{query}" if query else ""))
    stated = (
        json.loads(body).get("query") if status == 200 and body.lstrip().startswith(b"{") else None
    )
    if not stated:
        return None, "no trace: the response is over Datasette's 256 KB trace limit"
    return (
        [{"sql": stated["sql"], "params": stated.get("params") or {}}],
        "over the 256 KB trace limit: raw time is the main query only",
    )


def raw_connection(database: Path) -> sqlite3.Connection:
    """A read-only connection like Datasette's (immutable), with the SQL
    functions the pages call (the plugin's span_text() and fts_query(), and
    Datasette's escape_fts() for ?_search=): without them those queries would
    fail at once and look free."""
    from datasette.utils import escape_fts

    plugin = _load_module("sql_functions_for_bench", ROOT / "plugins" / "sql_functions.py")
    connection = sqlite3.connect(f"file:{database}?immutable=1", uri=True, check_same_thread=False)
    connection.create_function("span_text", 3, plugin.span_text, deterministic=True)
    connection.create_function("fts_query", 1, plugin.fts_query, deterministic=True)
    connection.create_function("escape_fts", 1, escape_fts, deterministic=True)
    return connection


def time_raw(connection: sqlite3.Connection, queries: list[dict]) -> dict:
    """Median time of each traced query in bare sqlite3, summed per page."""
    total, slowest, cut_off = 0.0, ("", 0.0), 0
    for query in queries:
        params = query["params"] if query["params"] is not None else []
        samples = []
        for _ in range(RAW_REPEATS):
            deadline = time.perf_counter() + RAW_QUERY_LIMIT_S
            connection.set_progress_handler(
                lambda deadline=deadline: 1 if time.perf_counter() > deadline else 0, 10_000
            )
            started = time.perf_counter()
            try:
                # Datasette reads at most max_returned_rows + 1 rows of a query.
                connection.execute(query["sql"], params).fetchmany(MAX_ROWS + 1)
            except sqlite3.OperationalError:
                cut_off += 1  # interrupted (or Datasette-only SQL): counted at the limit
            samples.append((time.perf_counter() - started) * 1000)
            connection.set_progress_handler(None, 0)
        median = statistics.median(samples)
        total += median
        if median > slowest[1]:
            slowest = (query["sql"][:160], median)
    return {
        "raw_ms": total,
        "queries": len(queries),
        "slowest_sql": slowest[0],
        "slowest_ms": slowest[1],
        "errors_or_cut_off": cut_off,
    }


def canned_queries() -> dict[str, list[str]]:
    """Canned queries in metadata.yml and their :parameters, read at run time
    (others may add some), with the regular expression Datasette uses."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8")) or {}
    queries = ((metadata.get("databases") or {}).get("corpus") or {}).get("queries") or {}
    found = {}
    for name, query in queries.items():
        sql = query if isinstance(query, str) else query.get("sql", "")
        declared = [] if isinstance(query, str) else list(query.get("params") or [])
        found[name] = declared or list(dict.fromkeys(re.findall(r"(?<!:):([a-zA-Z_]\w*)", sql)))
    return found


def canned_path(name: str, parameters: list[str], person: str, word: str, article: str = "") -> str:
    """A canned query's page with its parameters filled in, so that it runs its
    SQL rather than showing an empty form: a person for person-like names, an
    article id for article-like ones, nothing for dates and "after" (from the
    start), a common word otherwise."""

    def value(parameter: str) -> str:
        if re.search(r"person|speaker|who|name|people", parameter):
            return person
        if "article" in parameter:
            return article
        if "date" in parameter or parameter == "after":
            return ""  # from the start (check_all_spans: its first batch)
        return word

    values = {parameter: value(parameter) for parameter in parameters}
    query = urllib.parse.urlencode(values)
    return f"/corpus/{urllib.parse.quote(name)}" + (f"?{query}" if query else "")


def pages_to_measure(database: Path, port: int) -> list[tuple[str, str]]:
    """(label, path) for every page the targets cover, picked from the data: the
    most-quoted person (the heaviest row page) and a surname and a prose word to
    search for."""
    connection = sqlite3.connect(f"file:{database}?immutable=1", uri=True)
    try:
        person_id, speaker = connection.execute(
            "select person_id, speaker_name from quotes where person_id is not null "
            "group by person_id order by count(*) desc limit 1"
        ).fetchone()
        [article_id] = connection.execute("select id from articles order by id limit 1").fetchone()
    finally:
        connection.close()
    surname = speaker.split()[-1]
    pages = [
        ("quotes table + facets", "/corpus/quotes"),
        ("articles table + facets", "/corpus/articles"),
        ("figures table + facets", "/corpus/figures"),
        ("search: a surname", f"/corpus/quotes?_search={urllib.parse.quote(surname)}"),
        ("search: a common word", f"/corpus/quotes?_search={SEARCH_WORD}"),
        ("articles search: a common word", f"/corpus/articles?_search={SEARCH_WORD}"),
        ("person row + links", f"/corpus/people/{person_id}"),
        ("locations page (map)", "/corpus/locations"),
        # What datasette-cluster-map fetches (its first page; it then follows next_url).
        (
            "locations map JSON",
            "/corpus/locations.json?_size=max&_labels=on&_extra=count&_extra=next_url"
            "&_shape=objects",
        ),
        ("JSON API page 1", "/corpus/quotes.json?_shape=array"),
    ]
    status, body = fetch(port, "/corpus/quotes.json")
    next_token = json.loads(body).get("next") if status == 200 else None
    if next_token:
        pages.append(
            (
                "JSON API page 2",
                f"/corpus/quotes.json?_shape=array&_next={urllib.parse.quote(str(next_token))}",
            )
        )
    for name, parameters in canned_queries().items():
        pages.append(
            (f"canned: {name}", canned_path(name, parameters, person_id, SEARCH_WORD, article_id))
        )
    pages.append(("search-all page", f"/-/search?q={SEARCH_WORD}"))
    for table in searchable_tables(database):
        pages.append((f"search-all: {table}", search_all_path(table, SEARCH_WORD)))
    return pages


def searchable_tables(database: Path) -> list[str]:
    """Tables with full-text search, which datasette-search-all queries one by one."""
    connection = sqlite3.connect(f"file:{database}?immutable=1", uri=True)
    try:
        names = [row[0] for row in connection.execute("select name from sqlite_master")]
    finally:
        connection.close()
    return sorted(name[: -len("_fts")] for name in names if name.endswith("_fts"))


def search_all_path(table: str, word: str) -> str:
    """What datasette-search-all's page fetches for one table (its search_all.html):
    five labelled rows as objects, with the count."""
    return (
        f"/corpus/{table}.json?_shape=objects&_labels=on&_extra=count&_extra=database"
        f"&_extra=table&_size=5&_search={urllib.parse.quote(word)}"
    )


def measure_serving(
    database: Path,
    port: int,
    requests: int,
    warmup: int,
    log: Path,
    inspect_file: Path | None,
    query_cache: bool = True,
) -> dict:
    process = start_server(database, port, log, inspect_file, query_cache)
    try:
        startup = wait_until_up(port, process)
        raw = raw_connection(database)
        results = []
        for label, path in pages_to_measure(database, port):
            timing = time_page(port, path, requests, warmup)
            queries, note = traced_sql(port, path) if query_cache else (None, "")
            entry = {"page": label, "path": path, **timing, "note": note}
            if timing["status"] != 200:
                # An error page (e.g. 400 when the SQL hit sql_time_limit_ms) has no
                # meaningful SQL time to compare with.
                entry["note"] = f"HTTP {timing['status']}: see {log.name}; no ratio"
            elif queries is not None:
                entry.update(time_raw(raw, queries))
                entry["ratio"] = timing["p50_ms"] / entry["raw_ms"] if entry["raw_ms"] > 0 else None
            results.append(entry)
            print(
                f"  {label}: p50 {timing['p50_ms']:.1f} ms, p95 {timing['p95_ms']:.1f} ms"
                f" (query cache {'on' if query_cache else 'off'})",
                file=sys.stderr,
            )
        raw.close()
        return {"startup_seconds": startup, "pages": results}
    finally:
        stop_server(process)


# --- Report -----------------------------------------------------------------------------------


def check_targets(results: dict) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met); met is None where this run cannot tell."""
    checks = []
    build = results["build"]
    if results["articles"] >= FULL_SIZE:
        checks.append(
            (
                f"build {FULL_SIZE:,} articles <= 180 s",
                f"{build['seconds']:.1f} s",
                build["seconds"] <= TARGETS["build_100k_seconds"],
            )
        )
    else:
        projected = build["seconds"] / results["articles"] * FULL_SIZE  # linear: a rough guide only
        checks.append(
            (
                f"build {FULL_SIZE:,} articles <= 180 s",
                f"{build['seconds']:.1f} s for {results['articles']:,}; ~{projected:.0f} s "
                "projected linearly",
                None,
            )
        )
    checks.append(
        (
            "build peak RSS <= 1 GB",
            f"{build['peak_rss_bytes'] / 2**20:.0f} MiB",
            build["peak_rss_bytes"] <= TARGETS["peak_rss_bytes"],
        )
    )
    incremental = results.get("incremental")
    if incremental:
        checks.append(
            (
                "one edited article rebuilt <= 10 s, tables as a full build's",
                f"{incremental['seconds']:.1f} s, identical: {incremental['identical']}",
                incremental["seconds"] <= 10 and incremental["identical"],
            )
        )
    for page in results.get("serving", {}).get("pages", []):
        checks.append(
            (
                f"p95 <= 100 ms: {page['page']}",
                f"{page['p95_ms']:.1f} ms",
                page["p95_ms"] <= TARGETS["page_p95_ms"] and page["status"] == 200,
            )
        )
        if "uncached_p95_ms" in page:
            checks.append(
                (
                    f"p95 <= 100 ms, no query cache: {page['page']}",
                    f"{page['uncached_p95_ms']:.1f} ms",
                    page["uncached_p95_ms"] <= TARGETS["page_p95_ms"]
                    and page["uncached_status"] == 200,
                )
            )
        if page.get("ratio") is not None:
            checks.append(
                (
                    f"Datasette <= 3x SQLite: {page['page']}",
                    f"{page['ratio']:.1f}x",
                    page["ratio"] <= TARGETS["datasette_over_sqlite"],
                )
            )
    return checks


def print_report(results: dict) -> None:
    build, floor, size = results["build"], results["floor"], results["size"]
    print(f"\nScale benchmark: {results['articles']:,} articles (seed {results['seed']})")
    rate = results["articles"] / build["seconds"]
    print(
        f"  build     {build['seconds']:8.1f} s   {rate:8.0f} articles/s"
        f"   peak RSS {build['peak_rss_bytes'] / 2**20:.0f} MiB"
    )
    print(
        f"  floor     {floor['seconds']:8.1f} s   (bare sqlite3, same rows, schema, indexes "
        "and FTS)"
        f"   build/floor {build['seconds'] / floor['seconds']:.1f}x"
    )
    print(
        f"  size      {size['bytes'] / 2**20:8.1f} MiB  {size['bytes_per_article']:8.0f} "
        "bytes/article"
        f"   FTS {size['fts_share']:.0%}"
    )
    incremental = results.get("incremental")
    if incremental:
        print(
            f"  incremental {incremental['seconds']:6.1f} s   one article edited, whole command;"
            f" identical to the full build after reverting: {incremental['identical']}"
        )
    serving = results.get("serving")
    if serving:
        print(
            f"\n  Datasette started in {serving['startup_seconds']:.1f} s; "
            f"{results['requests']} requests per page after {results['warmup']} warm-up"
        )
        print(
            f"  {'page':<34} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'raw ms':>8} {'ratio':>6}"
            f" {'queries':>7} {'KB sent':>8} {'KB page':>8} {'1st ms':>8} {'p95 nc':>8}"
        )
        for page in serving["pages"]:
            raw = f"{page['raw_ms']:.1f}" if "raw_ms" in page else "-"
            ratio = f"{page['ratio']:.1f}x" if page.get("ratio") else "-"
            print(
                f"  {page['page'][:34]:<34} {page['status']:>6}"
                f" {page['p50_ms']:8.1f} {page['p95_ms']:8.1f} {raw:>8} {ratio:>6}"
                f" {page.get('queries', '-'):>7}"
                f" {page['bytes'] / 1000:8.1f} {page.get('bytes_uncompressed', 0) / 1000:8.1f}"
                f" {page.get('first_ms', float('nan')):8.1f}"
                f" {page.get('uncached_p95_ms', float('nan')):8.1f}"
            )
        print(
            "  (1st ms: the first request, before anything of the page is cached; p95 nc: p95"
            " with the query cache off, NEWSROOM_QUERY_CACHE=off)"
        )
        for page in serving["pages"]:
            if page.get("note"):
                print(f"    note, {page['page']}: {page['note']}")
    print("\n  Targets")
    for target, measured, met in results["targets"]:
        mark = "n/a " if met is None else ("MET " if met else "MISS")
        print(f"  [{mark}] {target:<48} {measured}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--articles", type=int, default=FULL_SIZE, help="corpus size (default: %(default)s)"
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=ROOT / "bench-results",
        help="directory for the corpus, databases and results (default: bench-results/)",
    )
    parser.add_argument(
        "--port", type=int, default=8765, help="loopback port for Datasette (default: %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default: %(default)s)")
    parser.add_argument(
        "--requests", type=int, default=30, help="timed requests per page (default: %(default)s)"
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=3,
        help="untimed requests per page first (default: %(default)s)",
    )
    parser.add_argument(
        "--inspect",
        action="store_true",
        help="serve with a `datasette inspect` file, so table counts are not recomputed",
    )
    parser.add_argument(
        "--skip-floor", action="store_true", help="do not run the bare-sqlite3 floor"
    )
    parser.add_argument("--skip-serving", action="store_true", help="do not start Datasette")
    parser.add_argument(
        "--skip-incremental", action="store_true", help="do not time a one-article rebuild"
    )
    parser.add_argument(
        "--cached-only",
        action="store_true",
        help="time the pages with the query cache on only (default: on, then off)",
    )
    parser.add_argument(
        "--skip-build",
        action="store_true",
        help="serve the database an earlier run built (bench-results/run-N/corpus.db)",
    )
    args = parser.parse_args(argv)
    if args.articles < 1 or args.requests < 1:
        parser.error("--articles and --requests must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    if not args.skip_serving and not port_is_free(args.port):
        raise SystemExit(f"port {args.port} on {HOST} is in use; pass --port")
    corpus = args.output / f"corpus-{args.articles}-seed{args.seed}"
    # Datasette names a database after its file: it must be corpus.db for the
    # /corpus/... URLs and metadata.yml's databases.corpus to apply.
    run_dir = args.output / f"run-{args.articles}"
    run_dir.mkdir(exist_ok=True)
    database = run_dir / "corpus.db"
    results: dict = {
        "articles": args.articles,
        "seed": args.seed,
        "requests": args.requests,
        "warmup": args.warmup,
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
    }

    print(f"Generating {args.articles:,} articles into {corpus} (not timed)", file=sys.stderr)
    results["generate_seconds"] = ensure_corpus(corpus, args.articles, args.seed)
    if args.skip_build and database.exists():
        previous = args.output / f"bench-{args.articles}.json"
        results["build"] = (
            json.loads(previous.read_text())["build"]
            if previous.exists()
            else {"seconds": float("nan"), "peak_rss_bytes": 0}
        )
        results["build"]["reused"] = True
    else:
        print("Building with build_db.py", file=sys.stderr)
        results["build"] = run_build(corpus, database)
    if args.skip_floor:
        results["floor"] = {"seconds": float("nan")}
    else:
        print("Floor: bare sqlite3 (only SQLite work timed)", file=sys.stderr)
        results["floor"] = floor_build(corpus, run_dir / "floor.db")
    results["size"] = database_size(database, args.articles)
    if not args.skip_incremental:
        # One article edited, rebuilt incrementally; then put back and rebuilt
        # again, which must give the full build's tables (bench_incremental.py).
        print("Incremental build: one article edited", file=sys.stderr)
        results["incremental"] = measure_incremental(corpus, database)
    if not args.skip_serving:
        inspect_file = None
        if args.inspect:
            inspect_file = run_dir / "inspect.json"
            subprocess.run(
                [
                    str(Path(sys.executable).parent / "datasette"),
                    "inspect",
                    str(database),
                    "--inspect-file",
                    str(inspect_file),
                ],
                check=True,
            )
        results["inspect_file"] = str(inspect_file) if inspect_file else None
        print(f"Serving on http://{HOST}:{args.port}/", file=sys.stderr)
        results["serving"] = measure_serving(
            database, args.port, args.requests, args.warmup, run_dir / "datasette.log", inspect_file
        )
        if not args.cached_only:
            print("Again with the query cache off", file=sys.stderr)
            uncached = measure_serving(
                database,
                args.port,
                args.requests,
                args.warmup,
                run_dir / "datasette-uncached.log",
                inspect_file,
                query_cache=False,
            )
            by_path = {page["path"]: page for page in uncached["pages"]}
            for page in results["serving"]["pages"]:
                other = by_path.get(page["path"])
                if other:
                    page["uncached_p50_ms"] = other["p50_ms"]
                    page["uncached_p95_ms"] = other["p95_ms"]
                    page["uncached_first_ms"] = other["first_ms"]
                    page["uncached_status"] = other["status"]
    results["targets"] = check_targets(results)
    output = args.output / f"bench-{args.articles}{'-inspect' if args.inspect else ''}.json"
    output.write_text(json.dumps(results, indent=2, default=str))
    print_report(results)
    print(f"\nResults: {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
