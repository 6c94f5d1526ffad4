"""`serve`, `publish`, `bundle` and `serve-bundle`: Datasette with this publication's options."""

from __future__ import annotations

import os
import secrets
import shlex
import shutil
import subprocess
from pathlib import Path

import click

from .. import bundle as bundles
from .. import serving
from .base import EXISTING_DB, main

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
        bundles.finish_bundle(output)
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
        command = bundles.prepare_bundle(bundle_dir, port, venv)
    except serving.ServingError as error:
        raise click.ClickException(str(error)) from None
    click.echo("$ " + command, err=True)
    os.execv("/bin/sh", ["/bin/sh", "-c", command])
