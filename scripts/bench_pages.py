#!/usr/bin/env python3
"""Reader-facing pages timed side by side on several servers (issue 13).

    .venv/bin/python scripts/bench_pages.py --database corpus.db [--before DIR]
        [--requests 30] [--warmup 3] [--output bench-results/pages.json]

scripts/bench.py times each page on one server after another, so on a shared
machine a busy minute lands on whichever server ran then. This script starts
the servers first, as `make serve` runs them (a worker per core, gzip, the
publication's plugins), and then alternates every request between them, so
that they see the same load:

- this code with each worker's query memory on (plugins/immutable_reads.py);
- this code with it off (NEWSROOM_QUERY_CACHE=off), what a page nobody asked
  for before costs;
- with --before DIR, the code in DIR (say, `git archive main` unpacked there)
  with the memory off, on the same database.

The pages are bench.py's (pages_to_measure), plus the feeds and the calendar
as subscribers fetch them (.atom, .ics). Each page: a first request per server
(after the worker's boot warm-up), warm-up requests, then `requests` timed
rounds, with bench.py's timing (a browser's gzip request, the bytes sent). The
load average is read before and after each page. Loopback only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench", Path(__file__).with_name("bench.py"))
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench"] = bench
_spec.loader.exec_module(bench)


def server_command(code: Path, database: Path, port: int) -> list[str]:
    """`make serve`'s command as the code in ``code`` builds it (its own
    metadata, plugins and templates), with trace_debug as bench.py adds."""
    printed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys; from pathlib import Path;"
            " from newsroom.serving import serve_command;"
            " print(json.dumps(serve_command(Path(sys.argv[1]), '127.0.0.1', int(sys.argv[2]))))",
            str(database),
            str(port),
        ],
        cwd=code,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(printed) + ["--setting", "trace_debug", "1"]


def start(code: Path, database: Path, port: int, memory: bool, log: Path) -> subprocess.Popen:
    env = {**os.environ, "NEWSROOM_QUERY_CACHE": "on" if memory else "off"}
    handle = log.open("w")
    return subprocess.Popen(
        server_command(code, database, port),
        cwd=code,
        stdout=handle,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )


def pages(database: Path, port: int) -> list[tuple[str, str]]:
    listed = bench.pages_to_measure(database, port)
    by_label = dict(listed)
    extra = []
    for label in ("canned: person_quotes_feed", "canned: articles_feed", "canned: events_calendar"):
        if label in by_label:
            path = by_label[label]
            base, _, query = path.partition("?")
            extension = ".ics" if "calendar" in label else ".atom"
            extra.append((label + extension, base + extension + (f"?{query}" if query else "")))
    return listed + extra


def time_side_by_side(servers: dict[str, int], path: str, requests: int, warmup: int) -> dict:
    results = {name: {"times": []} for name in servers}
    for name, port in servers.items():
        started = time.perf_counter()
        bench.fetch(port, path, gzip=True)
        results[name]["first_ms"] = (time.perf_counter() - started) * 1000
    for _ in range(warmup - 1):
        for port in servers.values():
            bench.fetch(port, path, gzip=True)
    for _ in range(requests):
        for name, port in servers.items():
            started = time.perf_counter()
            status, body = bench.fetch(port, path, gzip=True)
            results[name]["times"].append((time.perf_counter() - started) * 1000)
            results[name]["status"], results[name]["bytes"] = status, len(body)
    for name, port in servers.items():
        times = results[name].pop("times")
        results[name].update(
            p50_ms=bench.percentile(times, 0.5),
            p95_ms=bench.percentile(times, 0.95),
            max_ms=max(times),
            bytes_uncompressed=len(bench.fetch(port, path)[1]),
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--before", type=Path, help="a directory with the code to compare with")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--port", type=int, default=8841)
    parser.add_argument(
        "--only", help="time only the pages whose label contains one of these (comma-separated)"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "bench-results" / "pages.json")
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    database = args.database.absolute()  # not resolve(): a symlink keeps its name (corpus)
    configs = {"on": (ROOT, True), "off": (ROOT, False)}
    if args.before:
        configs["before_off"] = (args.before.absolute(), False)
    servers, processes = {}, []
    try:
        for offset, (name, (code, memory)) in enumerate(configs.items()):
            port = args.port + offset
            if not bench.port_is_free(port):
                raise SystemExit(f"port {port} is in use")
            log = args.output.with_name(f"pages-server-{name}.log")
            processes.append(start(code, database, port, memory, log))
            servers[name] = port
        for process, port in zip(processes, servers.values(), strict=True):
            bench.wait_until_up(port, process)
        time.sleep(20)  # the workers' warm-up of the start pages (about 8 to 13 s)
        measured = []
        for label, path in pages(database, servers["on"]):
            if args.only and not any(part in label for part in args.only.split(",")):
                continue
            load_before = os.getloadavg()[0]
            timing = time_side_by_side(servers, path, args.requests, args.warmup)
            load_after = os.getloadavg()[0]
            measured.append(
                {"page": label, "path": path, "load": [load_before, load_after], **timing}
            )
            summary = "; ".join(
                f"{name} {t['p50_ms']:.0f}/{t['p95_ms']:.0f} (first {t['first_ms']:.0f},"
                f" max {t['max_ms']:.0f}) {t['bytes'] // 1024}/{t['bytes_uncompressed'] // 1024} KB"
                f"{'' if t['status'] == 200 else ' HTTP ' + str(t['status'])}"
                for name, t in timing.items()
            )
            print(f"{label} [load {load_before:.2f}-{load_after:.2f}]: {summary}", flush=True)
        args.output.write_text(
            json.dumps(
                {
                    "database": str(database),
                    "before": str(args.before) if args.before else None,
                    "requests": args.requests,
                    "warmup": args.warmup,
                    "finished": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
                    "pages": measured,
                },
                indent=2,
            )
        )
    finally:
        for process in processes:
            bench.stop_server(process)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
