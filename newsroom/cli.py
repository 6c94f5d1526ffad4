"""The one command line: ``python build_db.py COMMAND``; with no command, ``build``.

Every command is defined here and nowhere else. Library modules raise their own
errors (``CorpusInvalid``, ``DraftError``, ``ServingError``); this module turns
them into messages and exit statuses.
"""

from __future__ import annotations

import json
import os
import secrets
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import click
from click_default_group import DefaultGroup
from tabulate import tabulate
from tqdm import tqdm

from . import serving

# The heavier modules (the build, the drafter, page extraction, YAML round trips)
# are imported inside the command that needs them: `build` should not wait for
# trafilatura to load.

CORPUS_OPTION = click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="Corpus directory: people.yml, organizations.yml, locations.yml, articles/*.md",
)
EXISTING_DB = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group(cls=DefaultGroup, default="build", default_if_no_args=True)
def main():
    """Newsroom corpus: verified article annotations, published with Datasette.

    With no command, builds the database: `build` (marked *) is the default.
    The daily loop: draft a new article, review it, accept it, build, serve,
    publish. Each command has --help.
    """


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
    "--drafts", "allow_drafts", is_flag=True, help="Include articles marked 'draft: true'."
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
    options and registries), only those are rebuilt, into a copy of OUTPUT.
    """
    from .build import build
    from .problems import CorpusInvalid

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
    click.echo(f"Built {report.output} ({report.mode}) in {elapsed:.2f}s: {summary}", err=True)


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
    progress: bool | None,
):
    """Draft annotations for a new article: PATH is a plain-text file (headline
    first), a web page saved from a browser (.html), or a folder of them.

    Writes a corpus file marked 'draft: true', which the build refuses until an
    editor has checked it and run `build_db.py accept FILE --publish`; or prints
    JSON with --json. A page's title, byline, URL, date and outlet are taken only where the page
    states them. In a folder, a file that fails is reported and the others draft.
    """
    from .draft import DraftError, write_draft
    from .ingest import draft_file, json_of, needs_review

    if path.is_dir():
        if output is not None:
            raise click.BadParameter(
                "give --output for one file, not a folder", param_hint="--output"
            )
        _draft_folder(path, corpus_dir, force, as_json, year, progress)
        return
    try:
        drafted = draft_file(path, corpus_dir, year=year)
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
        f"{needs_review(draft)} to review (draft: true; check before building)",
        err=True,
    )


def _draft_folder(folder, corpus_dir, force, as_json, year, progress) -> None:
    from .draft import DraftError, write_draft
    from .ingest import draft_file, files_to_draft, json_of, needs_review

    files = files_to_draft(folder)
    if not files:
        raise click.ClickException(f"{folder} holds no .txt or .html file to draft")
    rows, failures, drafts = [], [], []
    for path in tqdm(
        files, desc="Drafting", unit="file", disable=None if progress is None else not progress
    ):
        try:
            drafted = draft_file(path, corpus_dir, year=year)
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
                     len(draft.locations), len(draft.figures), needs_review(draft)])  # fmt: skip
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
    from .accept import AcceptRefused, accept

    try:
        report = accept(article, corpus_dir, publish=publish)
    except AcceptRefused as refused:
        click.echo(str(refused), err=True)
        sys.exit(1)
    click.echo(report.message, err=True)


WORKERS_OPTION = click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=lambda: int(os.environ.get("WORKERS") or 0),
    show_default="$WORKERS, else the number of cores",
    help="Worker processes, each running Datasette (0: the number of cores).",
)


@main.command()
@click.option(
    "--database",
    type=EXISTING_DB,
    default=Path("corpus.db"),
    show_default=True,
    help="The database to serve (built by `build`).",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port",
    type=int,
    default=lambda: int(os.environ.get("PORT", "8001")),
    show_default="8001, or $PORT",
)
@WORKERS_OPTION
def serve(database: Path, host: str, port: int, workers: int):
    """Serve the database, immutable, with metadata.yml and plugins/, from
    several worker processes (newsroom/workers.py: gunicorn over uvicorn)."""
    command = serving.serve_command(database, host, port, workers=workers or None)
    click.echo(shlex.join(command), err=True)
    os.execv(command[0], command)


@main.command()
@click.option(
    "--target",
    type=click.Choice(sorted(serving.TARGETS)),
    default=serving.DEFAULT_TARGET,
    show_default=True,
)
@click.option("--database", type=EXISTING_DB, required=True)
@click.option(
    "--app",
    default=serving.DEFAULT_APP,
    show_default=True,
    help="App, project or service name on the platform.",
)
@click.option(
    "--machines",
    type=click.IntRange(min=1),
    default=serving.Scale.machines,
    show_default=True,
    help="Fly: machines to run (`flyctl scale count`).",
)
@click.option(
    "--min-instances",
    type=click.IntRange(min=0),
    default=serving.Scale.min_instances,
    show_default=True,
    help="Cloud Run: instances kept running.",
)
@click.option(
    "--max-instances",
    type=click.IntRange(min=1),
    default=serving.Scale.max_instances,
    show_default=True,
    help="Cloud Run: the most instances it starts under load.",
)
def publish(
    target: str, database: Path, app: str, machines: int, min_instances: int, max_instances: int
):
    """Publish DATABASE to a platform.

    Fly and Cloud Run get the app `make bundle` generates (one `datasette
    publish` command, then several workers per machine), deployed with the
    platform's tool, with the number of machines or instances to run. Vercel
    gets `datasette publish vercel`. Prints every command, then runs them.
    Needs the platform's tool; the secret is kept in the platform's secret
    store, never in the repository.
    """
    spec = serving.TARGETS[target]
    if min_instances > max_instances:
        raise click.BadParameter("must not exceed --max-instances", param_hint="--min-instances")
    scale = serving.Scale(machines, min_instances, max_instances)
    version_note = serving.corpus_version_note()
    # `datasette publish` writes whatever secret it is given into the image in
    # plain text: a bundle has that line removed; Vercel gets a fresh random
    # value that is never stored or shown. The lasting secret lives in the
    # platform's secret store (DATASETTE_SECRET in the app's environment).
    one_time = secrets.token_hex(32)
    bundle_dir = serving.ROOT / "dist" / f"publish-{target}"
    try:
        if spec.from_bundle:
            generate = serving.publish_command(
                "fly",
                database,
                app,
                serving.SECRET_PLACEHOLDER,
                version_note,
                generate_dir=bundle_dir,
            )
            steps = [generate, *serving.deploy_commands(target, bundle_dir, app, scale)]
        else:
            steps = [serving.publish_command(target, database, app, one_time, version_note)]
    except serving.ServingError as error:
        raise click.ClickException(str(error)) from None
    for step in steps:
        printable = [serving.ONE_TIME_SHOWN if part == one_time else part for part in step]
        click.echo("$ " + shlex.join(printable), err=True)
    click.echo(
        f"To keep signed cookies valid across deploys and replicas, store a secret once: "
        f"{spec.secret_store}",
        err=True,
    )
    if shutil.which(spec.tool) is None:
        raise click.ClickException(
            f"`{spec.tool}` is not installed, and publishing to {target} needs it. "
            f"Publishing to {target} needs {spec.setup}."
        )
    if not spec.from_bundle:
        os.execv(steps[0][0], steps[0])
    _generate_bundle(steps[0], bundle_dir)
    if target == "fly":
        exists, create = serving.fly_app_commands(app)
        if subprocess.run(exists, capture_output=True).returncode != 0:
            click.echo("$ " + shlex.join(create), err=True)
            subprocess.run(create, check=True)
    for step in steps[1:]:
        result = subprocess.run(step)
        if result.returncode:
            raise click.ClickException(f"`{shlex.join(step)}` failed")


def _generate_bundle(command: list[str], output: Path) -> None:
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(command, check=True)
    try:
        serving.finish_bundle(output)
    except serving.ServingError as error:
        raise click.ClickException(str(error)) from None


@main.command()
@click.option(
    "--target",
    type=click.Choice(sorted(t for t, spec in serving.TARGETS.items() if spec.generates)),
    default=serving.DEFAULT_TARGET,
    show_default=True,
)
@click.option("--database", type=EXISTING_DB, required=True)
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=serving.ROOT / "dist" / "bundle",
    show_default=True,
)
@click.option("--app", default=serving.DEFAULT_APP, show_default=True)
def bundle(target: str, database: Path, output: Path, app: str):
    """Generate the deployable app into OUTPUT, offline, without deploying: the
    app `make publish` deploys to Fly and Cloud Run."""
    try:
        command = serving.publish_command(
            target,
            database,
            app,
            serving.SECRET_PLACEHOLDER,
            serving.corpus_version_note(),
            generate_dir=output,
        )
    except serving.ServingError as error:
        raise click.ClickException(str(error)) from None
    click.echo("$ " + shlex.join(command), err=True)
    _generate_bundle(command, output)
    click.echo(f"Bundle written to {output}", err=True)


@main.command(name="serve-bundle")
@click.argument("bundle_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--port", type=int, default=8002, show_default=True)
@click.option(
    "--venv",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Virtualenv to install the bundle's packages into (default: BUNDLE_DIR/.venv).",
)
def serve_bundle(bundle_dir: Path, port: int, venv: Path | None):
    """Run a generated bundle as its Dockerfile would, in a fresh virtualenv on 127.0.0.1."""
    try:
        command = serving.prepare_bundle(bundle_dir, port, venv)
    except serving.ServingError as error:
        raise click.ClickException(str(error)) from None
    click.echo("$ " + command, err=True)
    os.execv("/bin/sh", ["/bin/sh", "-c", command])
