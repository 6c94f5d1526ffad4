"""Serve Datasette from several worker processes: gunicorn's arbiter over
uvicorn workers, each running its own Datasette.

    python workers.py [--workers N] DATASETTE-SERVE-OPTIONS...

It takes exactly the options of ``datasette serve`` (parsed by Datasette's
own ``serve`` command, so they mean what they mean there), plus ``--workers``
(default: $WEB_CONCURRENCY, else the number of cores this process may use).

- The options are checked once, before any worker starts, so a mistake fails
  at once with Datasette's own message.
- Gunicorn binds the socket and forks the workers; each worker then builds
  its Datasette and runs the startup hooks after the fork, so no SQLite
  connection or thread is ever shared between processes. Gunicorn restarts a
  worker that dies.
- Without --secret or $DATASETTE_SECRET, one random secret is made here and
  handed to every worker, so that they all sign and check cookies alike.

Standalone on purpose (it imports only datasette, gunicorn and uvicorn-worker):
``make bundle`` copies this file into the published app, so the platform runs
the publication exactly as ``make serve`` does.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import secrets
import sys

try:
    from .readers import hold_readers_lock, undo_interrupted_patch
except ImportError:  # run as a script, here or in the bundle, beside readers.py
    from readers import hold_readers_lock, undo_interrupted_patch

WORKER_CLASS = "uvicorn_worker.UvicornWorker"
PARAMETER = re.compile(r"(?<!:):[a-zA-Z_]\w*")  # a canned query's :parameter
# `datasette serve` options that make no sense behind gunicorn's arbiter.
UNSUPPORTED = ("--reload", "--root", "--get", "--open", "-o", "--uds", "--pdb", "--ssl-keyfile")


def default_workers() -> int:
    """$WEB_CONCURRENCY (the convention gunicorn and the platforms share), else
    the cores this process may run on."""
    if os.environ.get("WEB_CONCURRENCY", "").isdigit():
        return max(1, int(os.environ["WEB_CONCURRENCY"]))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def parse_serve_options(options: list[str]):
    """Datasette's own parse of `datasette serve OPTIONS` (a click context)."""
    from datasette.cli import serve

    return serve.make_context("datasette serve", list(options))


def build_app(options: list[str], warm: bool = True):
    """One worker's ASGI app: the Datasette that `datasette serve OPTIONS` would
    run, with its startup hooks done, its databases checked, and the table
    counts Datasette otherwise computes on its first request computed now, so
    that no reader waits for them."""
    from datasette.cli import check_databases, run_sync, serve

    params = parse_serve_options(options).params
    datasette = serve.callback(**params, return_instance=True)
    run_sync(datasette.invoke_startup)
    run_sync(lambda: check_databases(datasette))

    async def count_tables():
        for database in datasette.databases.values():
            if not database.is_mutable:
                await database.table_counts(limit=60 * 60 * 1000)  # as Datasette's own

    run_sync(count_tables)
    if warm:
        asyncio.run(warm_up(datasette))
    settle_garbage_collector()
    return datasette.app()


def settle_garbage_collector() -> None:
    """Leave what the worker built before serving (Datasette, its plugins,
    templates and warm-up answers: some 70,000 objects) out of Python's full
    garbage collections. Each full collection walked all of them, 25 to 45 ms
    at 100,000 articles, in the middle of whichever request was running: single
    slow requests on pages that are otherwise fast. After gc.freeze() it walks
    only what came later (2 to 3 ms). Garbage made so far is collected first."""
    import gc

    gc.collect()
    gc.freeze()


async def warm_up(datasette) -> list[tuple[str, int]]:
    """Ask this worker for the pages every visitor starts from (the home page,
    each database, each table and each canned query that needs no parameter)
    before it takes requests, so that what it caches for them (counts, facets:
    plugins/immutable_reads.py) is ready for the first reader."""
    paths = ["/"]
    for name, database in datasette.databases.items():
        if database.is_mutable or database.is_memory:
            continue
        paths.append(datasette.urls.database(name))
        hidden = set(await database.hidden_table_names())
        paths += [
            datasette.urls.table(name, table)
            for table in await database.table_names()
            if table not in hidden
        ]
        queries = await datasette.get_canned_queries(name, None)
        paths += [
            datasette.urls.query(name, query)
            for query, spec in queries.items()
            if not spec.get("params") and not PARAMETER.search(spec.get("sql", ""))
        ]
    answered = []
    for path in paths:
        try:
            response = await datasette.client.get(path)
            answered.append((path, response.status_code))
        except Exception as error:  # a warm-up must never keep a worker from serving
            print(f"warm-up of {path} failed: {error!r}", file=sys.stderr, flush=True)
            answered.append((path, None))
    return answered


def gunicorn_application(options: list[str], host: str, port: int, workers: int):
    import gunicorn.app.base

    class Application(gunicorn.app.base.BaseApplication):
        def load_config(self):
            settings = {
                "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
                "workers": workers,
                "worker_class": WORKER_CLASS,
                # Each worker listens on its own socket (SO_REUSEPORT) and the
                # kernel spreads new connections between them. On one shared
                # socket, asyncio accepts every pending connection at once, so
                # the first worker to wake took nearly all of a crowd's
                # keep-alive connections and the others idled.
                "reuse_port": True,
                # One server per machine is not a given here (tests, the load
                # test's 1-worker and N-worker servers): no shared control socket.
                "control_socket_disable": True,
                # Behind a platform's load balancer, keep idle connections a while.
                "keepalive": 5,
                # A worker that stops answering its heartbeat this long is
                # replaced; Datasette's own SQL time limit is far below.
                "timeout": 60,
                "graceful_timeout": 10,
                "proc_name": "newsroom-datasette",
            }
            for name, value in settings.items():
                self.cfg.set(name, value)

        def load(self):  # in each worker, after the fork
            return build_app(options)

    return Application()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        usage="%(prog)s [--workers N] DATASETTE-SERVE-OPTIONS...",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="worker processes (default: $WEB_CONCURRENCY, else the number of cores)",
    )
    args, options = parser.parse_known_args(argv)
    workers = args.workers if args.workers and args.workers > 0 else default_workers()
    for option in options:
        if option.split("=")[0] in UNSUPPORTED:
            parser.error(f"{option} does not work with several workers")
    import click

    try:
        context = parse_serve_options(options)  # fail now, not in every worker
    except click.ClickException as error:
        error.show()
        return error.exit_code
    for database in context.params.get("immutable") or ():
        hold_readers_lock(database)
        undo_interrupted_patch(database)
    if not context.params.get("secret"):
        os.environ["DATASETTE_SECRET"] = secrets.token_hex(32)
    host, port = context.params["host"], context.params["port"]
    print(
        f"Serving on http://{host}:{port}/ with {workers} worker process(es)",
        file=sys.stderr,
        flush=True,
    )
    gunicorn_application(options, host, port, workers).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
