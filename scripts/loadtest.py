#!/usr/bin/env python3
"""Bounded load test against a real Datasette on 127.0.0.1: one worker, then N.

For each worker count (default: 1, then the number of cores), starts a
server exactly as `make serve` does (newsroom.serving.serve_command, which
runs newsroom/workers.py), then runs the same load against each — C
concurrent clients for S seconds in all over the main HTML and JSON pages,
each client asking for gzip as a browser does — in turns (S/6 seconds each,
alternating), so that whatever else the machine runs weighs on every server
alike. Reports requests/s, p50/p95/p99 latency, errors, bytes per response,
and the CPU time each server used. Exits non-zero if any request failed.
Only loopback addresses are used; every run stops by itself.

    python scripts/loadtest.py --clients 32 --seconds 30 [--workers 1,2] [--json results.json]
    python scripts/loadtest.py --url http://127.0.0.1:8001   # a server already running

The JSON has {"runs": [{"workers": 1, "requests_per_second": ..., "p50_ms": ...,
"p95_ms": ..., "p99_ms": ..., "errors": ...}, {"workers": N, ...}], "speedup": ...}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsroom import serving  # noqa: E402

PAGES = [
    "/",
    "/corpus",
    "/corpus/quotes",
    "/corpus/quotes.json?_shape=array",
    "/corpus/articles",
    "/corpus/locations",
    "/corpus/locations.json?_shape=array",
    "/corpus/people.json?_labels=on",
    "/corpus/quotes.json?_search=withdrawal",
    "/corpus/who_said_what",
    "/corpus/figures_compared.json",
    "/-/articles/tns-putin-ready-to-talk-with-nato",
    "/corpus/people/vladimir-putin",
]
MAX_REQUESTS = 1_000_000  # a hard stop, whatever the duration
LOOPBACK = ("127.0.0.1", "localhost", "::1")
TARGET_SPEEDUP = 1.6  # N workers on 2 cores against one


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


# --- A small HTTP/1.1 client -----------------------------------------------------------
# The load generator shares the machine's cores with the server it measures, so
# it must cost little: keep-alive connections, no decompression, no parsing
# beyond the status line, the headers and the body's length.


class Connection:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, int]:
        """(status, body bytes as sent) for GET path; reconnects if needed."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            "Accept-Encoding: gzip\r\nConnection: keep-alive\r\n\r\n"
        )
        self.writer.write(request.encode("latin-1"))
        try:
            status_line = await self.reader.readline()
            if not status_line:
                raise ConnectionError("connection closed")
            status = int(status_line.split()[1])
            length, chunked, close = None, False, False
            while True:
                line = await self.reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                name, value = name.strip().lower(), value.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "transfer-encoding" and "chunked" in value:
                    chunked = True
                elif name == "connection" and value == "close":
                    close = True
            size = 0
            if chunked:
                while True:
                    chunk = int((await self.reader.readline()).split(b";")[0], 16)
                    await self.reader.readexactly(chunk + 2)
                    size += chunk
                    if chunk == 0:
                        break
            elif length is not None:
                await self.reader.readexactly(length)
                size = length
            else:
                size = len(await self.reader.read())
                close = True
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            self.close()
            raise
        if close:
            self.close()
        return status, size

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def client_loop(host, port, offset, deadline, latencies, sizes, errors, budget):
    connection = Connection(host, port)
    index = offset
    try:
        while time.monotonic() < deadline and budget[0] > 0:
            budget[0] -= 1
            path = PAGES[index % len(PAGES)]
            index += 1
            started = time.perf_counter()
            try:
                status, size = await asyncio.wait_for(connection.get(path), timeout=10)
                if status != 200:
                    errors.append(f"{status} {path}")
                else:
                    sizes.append(size)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as e:
                connection.close()
                errors.append(f"{type(e).__name__} {path}")
            latencies.append(time.perf_counter() - started)
    finally:
        connection.close()


async def warm_up(base: str) -> None:
    """One request for each page, not measured: each must answer."""
    url = urlparse(base)
    warm = Connection(url.hostname, url.port or 80)
    for path in PAGES:
        status, _ = await warm.get(path)
        if status != 200:
            raise SystemExit(f"warm-up: {path} answered {status}")
    warm.close()


def new_tally() -> dict:
    return {"latencies": [], "sizes": [], "errors": [], "seconds": 0.0}


async def load(base: str, clients: int, seconds: float, tally: dict) -> None:
    """`clients` clients for `seconds` against base, added to tally."""
    url = urlparse(base)
    budget = [MAX_REQUESTS]
    started = time.monotonic()
    deadline = started + seconds
    await asyncio.gather(
        *(
            client_loop(
                url.hostname,
                url.port or 80,
                n,
                deadline,
                tally["latencies"],
                tally["sizes"],
                tally["errors"],
                budget,
            )
            for n in range(clients)
        )
    )
    tally["seconds"] += time.monotonic() - started


def summary(tally: dict, clients: int) -> dict:
    ordered = sorted(tally["latencies"])
    elapsed = tally["seconds"]
    return {
        "clients": clients,
        "seconds": round(elapsed, 2),
        "requests": len(ordered),
        "errors": len(tally["errors"]),
        "error_samples": tally["errors"][:10],
        "requests_per_second": round(len(ordered) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(1000 * percentile(ordered, 0.50), 1),
        "p95_ms": round(1000 * percentile(ordered, 0.95), 1),
        "p99_ms": round(1000 * percentile(ordered, 0.99), 1),
        "mean_ms": round(1000 * statistics.fmean(ordered), 1) if ordered else None,
        "mean_response_bytes": (
            round(statistics.fmean(tally["sizes"])) if tally["sizes"] else None
        ),
    }


async def run_load(base: str, clients: int, seconds: float) -> dict:
    await warm_up(base)
    tally = new_tally()
    await load(base, clients, seconds, tally)
    return summary(tally, clients)


def compare(
    servers: list[tuple[int, subprocess.Popen, str]], clients: int, seconds: float, slices: int
):
    """The same load against each server, in turns of seconds/slices, so that
    whatever else the machine runs weighs on every server alike; each server
    gets `seconds` of load in all. Returns one run per server."""
    for _, _, base in servers:
        asyncio.run(warm_up(base))
    tallies = [new_tally() for _ in servers]
    cpu = [0.0 for _ in servers]
    loads = [[] for _ in servers]
    for _ in range(slices):
        for index, (_, server, base) in enumerate(servers):
            loads[index].append(os.getloadavg()[0])
            before = cpu_seconds(server)
            asyncio.run(load(base, clients, seconds / slices, tallies[index]))
            after = cpu_seconds(server)
            cpu[index] = (
                None if None in (before, after, cpu[index]) else cpu[index] + after - before
            )
    runs = []
    for index, (workers, server, _) in enumerate(servers):
        run = {"workers": workers, **summary(tallies[index], clients)}
        run["worker_processes"] = worker_processes(server)
        run["load_average"] = round(statistics.fmean(loads[index]), 2)
        if cpu[index] is not None and run["requests"]:
            run["server_cpu_seconds"] = round(cpu[index], 2)
            run["server_cores_used"] = round(cpu[index] / run["seconds"], 2)
            run["cpu_ms_per_request"] = round(1000 * cpu[index] / run["requests"], 2)
        runs.append(run)
    return runs


# --- Servers ---------------------------------------------------------------------------


def start_server(database: Path, workers: int, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = serving.serve_command(database, "127.0.0.1", port, workers=workers)
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=log.open("w"), start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited; see {log}")
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            return process, base
        except OSError:
            time.sleep(0.3)
    stop_server(process)
    raise SystemExit(f"the server did not start within 60 s; see {log}")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()  # gunicorn's arbiter stops its workers on SIGTERM
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(server: subprocess.Popen) -> float | None:
    """CPU time (user + system) of the server and its workers so far, from
    Linux's /proc; None elsewhere. With the machine shared, requests/s depend
    on how much CPU the server got; CPU per request does not."""
    try:
        pids = [server.pid] + [
            int(pid)
            for pid in Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        ]
        total = 0
        for pid in pids:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime in clock ticks
        return total / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def worker_processes(server: subprocess.Popen) -> int:
    """How many worker processes the server's arbiter runs (Linux /proc)."""
    try:
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    except OSError:
        return -1
    return len(children)


def print_run(run: dict) -> None:
    label = f"{run['workers']} worker(s)" if "workers" in run else "server"
    print(
        f"  {label:<12} {run['requests_per_second']:>8} req/s   p50 {run['p50_ms']:>7} ms   "
        f"p95 {run['p95_ms']:>7} ms   p99 {run['p99_ms']:>7} ms   errors {run['errors']}   "
        f"{run['mean_response_bytes']} bytes/response"
    )
    if "cpu_ms_per_request" in run:
        print(
            f"  {'':<12} server used {run['server_cores_used']} cores, "
            f"{run['cpu_ms_per_request']} CPU ms/request; machine load average "
            f"{run['load_average']:.1f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (default 32)")
    parser.add_argument("--seconds", type=float, default=30, help="per run (default 30)")
    parser.add_argument(
        "--workers",
        default=f"1,{serving.default_workers()}",
        help="worker counts to compare, comma-separated (default: 1 and the number of cores)",
    )
    parser.add_argument(
        "--database", type=Path, default=ROOT / "corpus.db", help="database to serve"
    )
    parser.add_argument("--url", help="load-test a server already running on 127.0.0.1 instead")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--slices",
        type=int,
        default=6,
        help="turns each server's load is cut into, alternating between servers (default 6)",
    )
    args = parser.parse_args(argv)
    if args.clients < 1 or not 0 < args.seconds <= 600:
        parser.error("--clients must be at least 1 and --seconds between 0 and 600")

    runs = []
    if args.url:
        if urlparse(args.url).hostname not in LOOPBACK:
            parser.error("only loopback addresses may be load-tested")
        runs.append(asyncio.run(run_load(args.url.rstrip("/"), args.clients, args.seconds)))
    else:
        if not args.database.exists():
            parser.error(f"{args.database} does not exist: run `make build` first")
        counts = [int(part) for part in args.workers.split(",") if part.strip()]
        log_dir = Path(os.environ.get("LOADTEST_LOGS", ROOT / "bench-results"))
        log_dir.mkdir(parents=True, exist_ok=True)
        servers = []
        try:
            for workers in counts:
                server, base = start_server(
                    args.database, workers, log_dir / f"loadtest-{workers}-workers.log"
                )
                servers.append((workers, server, base))
            print(
                f"{' and '.join(str(count) for count in counts)} worker(s), in turns: "
                f"{args.clients} clients for {args.seconds} s each",
                flush=True,
            )
            runs = compare(servers, args.clients, args.seconds, args.slices)
        finally:
            for _, server, _ in servers:
                stop_server(server)

    results = {
        "clients": args.clients,
        "seconds": args.seconds,
        "pages": PAGES,
        "cores": os.cpu_count(),
        "load_average_at_end": list(os.getloadavg()),
        "runs": runs,
    }
    print(f"\nLoad test: {args.clients} clients × {args.seconds} s over {len(PAGES)} pages")
    for run in runs:
        print_run(run)
    if len(runs) > 1 and runs[0]["requests_per_second"]:
        speedup = runs[-1]["requests_per_second"] / runs[0]["requests_per_second"]
        results["speedup"] = round(speedup, 2)
        results["target_speedup"] = TARGET_SPEEDUP
        print(
            f"  {runs[-1]['workers']} workers serve {speedup:.2f} × the requests/s of "
            f"{runs[0]['workers']} (target ≥ {TARGET_SPEEDUP} × on 2 cores)"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if any(run["errors"] for run in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
