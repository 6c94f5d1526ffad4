#!/usr/bin/env python3
"""Bounded load test against a real Datasette on 127.0.0.1.

Starts `datasette serve` exactly as `make serve` does (unless --url points at
a running one), then runs N concurrent clients for a fixed time over the main
HTML and JSON pages, and reports requests/s and p50/p95/p99 latency. Exits
non-zero if any request failed. Only loopback addresses are accepted.

    python scripts/loadtest.py --clients 32 --seconds 30 [--json results.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


async def client_loop(
    client, base: str, offset: int, deadline: float, latencies: list, errors: list, budget: list
):
    index = offset
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        path = PAGES[index % len(PAGES)]
        index += 1
        started = time.perf_counter()
        try:
            response = await client.get(base + path)
            if response.status_code != 200:
                errors.append(f"{response.status_code} {path}")
        except httpx.HTTPError as error:
            errors.append(f"{type(error).__name__} {path}")
        latencies.append(time.perf_counter() - started)


async def run(base: str, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    budget = [MAX_REQUESTS]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=10, limits=limits) as client:
        for path in PAGES:  # warm up: one of each, not measured
            (await client.get(base + path)).raise_for_status()
        started = time.monotonic()
        deadline = started + seconds
        await asyncio.gather(
            *(
                client_loop(client, base, n, deadline, latencies, errors, budget)
                for n in range(clients)
            )
        )
        elapsed = time.monotonic() - started
    ordered = sorted(latencies)
    return {
        "clients": clients,
        "seconds": round(elapsed, 2),
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:10],
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(1000 * percentile(ordered, 0.50), 1),
        "p95_ms": round(1000 * percentile(ordered, 0.95), 1),
        "p99_ms": round(1000 * percentile(ordered, 0.99), 1),
        "mean_ms": round(1000 * statistics.fmean(ordered), 1) if ordered else None,
        "pages": PAGES,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (default 32)")
    parser.add_argument(
        "--seconds", type=float, default=30, help="duration in seconds (default 30)"
    )
    parser.add_argument(
        "--database", type=Path, default=ROOT / "corpus.db", help="database to serve"
    )
    parser.add_argument("--url", help="a server already running on 127.0.0.1 (default: start one)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    server = None
    if args.url:
        if urlparse(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
            parser.error("only loopback addresses may be load-tested")
        base = args.url.rstrip("/")
    else:
        from tests.conftest import LiveServer  # the same launcher the tests use

        server = LiveServer(args.database)
        base = server.url
    try:
        results = asyncio.run(run(base, args.clients, args.seconds))
    finally:
        if server:
            server.stop()
    print(
        f"Load test: {results['clients']} clients for {results['seconds']} s over {len(PAGES)} pages"
    )
    print(f"  requests      {results['requests']:>10}")
    print(f"  errors        {results['errors']:>10}")
    print(f"  requests/s    {results['requests_per_second']:>10}")
    for key in ("p50_ms", "p95_ms", "p99_ms"):
        print(f"  {key:<13} {results[key]:>10}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if results["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
