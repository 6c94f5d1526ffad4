"""`draft` and `accept`: new articles in, and their registry proposals kept."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from tabulate import tabulate
from tqdm import tqdm

from .base import CORPUS_OPTION, main


@main.command(name="draft")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="Corpus whose registries resolve the names found, and where drafts are written.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: <corpus>/articles/<id>.md). Not for a folder.",
)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the draft as JSON instead of writing a file."
)
@click.option(
    "--year",
    type=int,
    default=None,
    help="Year for dates printed without one (default for a page: its publication year).",
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="Publication date, as you know it: written into the draft's `published`, and it "
    "resolves weekdays and 'yesterday' and gives the year (default for a page: the date "
    "the page states, which it does not override).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar for a folder (default: on a terminal).",
)
def draft_command(
    path: Path,
    corpus_dir: Path,
    output: Path | None,
    force: bool,
    as_json: bool,
    year: int | None,
    published,
    progress: bool | None,
):
    """Draft annotations for a new article: PATH is a plain-text file (headline
    first), a web page saved from a browser (.html), or a folder of them.

    Writes a corpus file marked 'draft: true', which the build refuses until an
    editor has checked it and run `build_db.py accept FILE --publish`; or prints
    JSON with --json. A page's title, byline, URL, date and outlet are taken only where the page
    states them. In a folder, a file that fails is reported and the others draft.
    """
    from ..draft import DraftError, review_count, write_draft
    from ..ingest import draft_file, json_of

    published = published.date() if published else None
    if path.is_dir():
        if output is not None:
            raise click.BadParameter(
                "give --output for one file, not a folder", param_hint="--output"
            )
        _draft_folder(path, corpus_dir, force, as_json, year, progress, published)
        return
    try:
        drafted = draft_file(path, corpus_dir, year=year, published=published)
        if as_json:
            click.echo(json.dumps(json_of(drafted), ensure_ascii=False, indent=2))
            return
        draft = drafted.draft
        target = output or corpus_dir / "articles" / f"{draft.id}.md"
        target = write_draft(draft, target, path.name, force=force)
    except DraftError as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"Wrote {target}: {len(draft.quotes)} quotes, {len(draft.people)} people, "
        f"{len(draft.locations)} places, {len(draft.figures)} figures, {len(draft.dates)} dates, "
        f"{review_count(draft)} to review (draft: true; check before building)",
        err=True,
    )


def _draft_folder(folder, corpus_dir, force, as_json, year, progress, published=None) -> None:
    from ..draft import DraftError, review_count, write_draft
    from ..ingest import draft_file, files_to_draft, json_of

    files = files_to_draft(folder)
    if not files:
        raise click.ClickException(f"{folder} holds no .txt or .html file to draft")
    rows, failures, drafts = [], [], []
    for path in tqdm(
        files, desc="Drafting", unit="file", disable=None if progress is None else not progress
    ):
        try:
            drafted = draft_file(path, corpus_dir, year=year, published=published)
            draft = drafted.draft
            if as_json:
                drafts.append({"file": path.name, **json_of(drafted)})
            else:
                write_draft(
                    draft, corpus_dir / "articles" / f"{draft.id}.md", path.name, force=force
                )
        except DraftError as error:
            failures.append(str(error))
            rows.append([path.name, "FAILED", "", "", "", "", ""])
            continue
        rows.append([path.name, draft.id, len(draft.quotes), len(draft.people),
                     len(draft.locations), len(draft.figures), review_count(draft)])  # fmt: skip
    if as_json:
        click.echo(json.dumps(drafts, ensure_ascii=False, indent=2))
    headers = ["file", "id", "quotes", "people", "places", "figures", "needs review"]
    click.echo(tabulate(rows, headers=headers), err=True)
    for failure in failures:
        click.echo(f"failed: {failure}", err=True)
    if failures:
        sys.exit(1)


@main.command(name="accept")
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@CORPUS_OPTION
@click.option(
    "--publish",
    is_flag=True,
    help="Also remove 'draft: true', only if every check passes with the article as reviewed.",
)
def accept_command(article: Path, corpus_dir: Path, publish: bool):
    """Add the registry entries an editor kept in the draft ARTICLE to
    people.yml, organizations.yml and locations.yml, then run the build's checks.

    Keep a proposal by leaving it in the draft's commented block; reject it by
    deleting its lines. On any clash or failing check every file is left
    exactly as it was and every problem is listed.
    """
    from ..accept import AcceptRefused, accept

    try:
        report = accept(article, corpus_dir, publish=publish)
    except AcceptRefused as refused:
        click.echo(str(refused), err=True)
        sys.exit(1)
    click.echo(report.message, err=True)
