"""`build`: check the corpus and build the database."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .base import CORPUS_OPTION, main


@main.command(name="build")
@CORPUS_OPTION
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("corpus.db"),
    show_default=True,
    help="Database to write. It is replaced only if the whole build succeeds.",
)
@click.option(
    "--drafts",
    "allow_drafts",
    is_flag=True,
    help="Include articles marked 'draft: true' (their people and places must be in the "
    "registries already: accept a draft to add its proposals).",
)
@click.option(
    "--withhold-bodies",
    is_flag=True,
    help="Leave every article's full text out (for publishing); keep annotations, spans "
    "and checksums.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: only on a terminal).",
)
@click.option(
    "--full",
    is_flag=True,
    help="Rebuild everything, even when only some article files changed since the last build.",
)
def build_command(
    corpus_dir: Path,
    output: Path,
    allow_drafts: bool,
    withhold_bodies: bool,
    progress: bool | None,
    full: bool,
):
    """Check the corpus and build the SQLite database from it.

    Every problem in the corpus is listed at once, with file, line, field and a
    fix; then the command exits with status 1 and the old database is left as it was.

    When only some article files changed since OUTPUT was built (same code,
    options and registries), only those are rebuilt: in OUTPUT itself, in one
    transaction, or in a copy swapped in if a server (`make serve`, `build_db.py
    serve`) is reading OUTPUT; restart it to serve the new build.
    """
    from ..build import build
    from ..problems import CorpusInvalid

    if not corpus_dir.is_dir():
        raise click.BadParameter(f"{corpus_dir} is not a directory", param_hint="--corpus")
    started = time.perf_counter()
    try:
        report = build(
            corpus_dir,
            output,
            allow_drafts=allow_drafts,
            progress=progress,
            withhold_bodies=withhold_bodies,
            incremental=not full,
        )
    except CorpusInvalid as invalid:
        click.echo(str(invalid), err=True)
        sys.exit(1)
    elapsed = time.perf_counter() - started
    summary = ", ".join(f"{count} {table}" for table, count in report.counts.items())
    click.echo(
        f"Built {report.output} ({report.mode}) in {elapsed:.2f}s"
        + (f": {summary}" if summary else ""),
        err=True,
    )
