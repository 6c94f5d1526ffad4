"""Command line: ``python build_db.py [build] [--corpus corpus] [--output corpus.db]``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from click_default_group import DefaultGroup

from .build import build
from .problems import CorpusInvalid


@click.group(cls=DefaultGroup, default="build", default_if_no_args=True)
def main():
    """Newsroom corpus: verified article annotations, published with Datasette.

    With no command, builds the database (the same as `build`).
    """


@main.command(name="build")
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="Corpus directory: people.yml, organizations.yml, locations.yml, articles/*.md",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("corpus.db"),
    show_default=True,
    help="Database to write. It is replaced only if the whole build succeeds.",
)
@click.option(
    "--drafts", "allow_drafts", is_flag=True, help="Include articles marked 'draft: true'."
)
@click.option(
    "--withhold-bodies",
    is_flag=True,
    help="Leave every article's full text out (for publishing); keep annotations, spans and checksums.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: only on a terminal).",
)
def build_command(
    corpus_dir: Path, output: Path, allow_drafts: bool, withhold_bodies: bool, progress: bool | None
):
    """Check the corpus and build the SQLite database from it.

    Every problem in the corpus is listed at once, with file, line, field and a
    fix; then the command exits with status 1 and the old database is left as it was.
    """
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
        )
    except CorpusInvalid as invalid:
        click.echo(str(invalid), err=True)
        sys.exit(1)
    elapsed = time.perf_counter() - started
    summary = ", ".join(f"{count} {table}" for table, count in report.counts.items())
    click.echo(f"Built {report.output} in {elapsed:.2f}s: {summary}", err=True)


# `python build_db.py draft PATH`: a machine draft of a new article (draft.py).
from .draft import draft_command  # noqa: E402  (after main, which it is added to)

main.add_command(draft_command)
