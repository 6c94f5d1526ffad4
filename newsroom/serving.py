"""How Datasette runs this publication: one list of options for every way of
running it (``make serve``, the tests' servers, ``make bundle``, ``make publish``),
so that they cannot drift apart.

Run ``python -m newsroom.serving --help``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "metadata.yml"
PLUGINS_DIR = ROOT / "plugins"
TEMPLATES_DIR = ROOT / "templates"
STATIC_DIR = ROOT / "static"

# Settings for a public, read-only instance. The time limits cut off runaway
# SQL (a recursive CTE that never ends) without hurting ordinary queries, which
# answer in milliseconds.
SETTINGS: dict[str, str] = {
    "sql_time_limit_ms": "1500",
    "facet_time_limit_ms": "300",
    "facet_suggest_time_limit_ms": "100",
    # Suggested facets cost a query per column on every table page; the useful
    # facets are configured in metadata.yml instead.
    "suggest_facets": "off",
    "default_page_size": "50",
    "max_returned_rows": "1000",
    "num_sql_threads": "3",
    "allow_download": "off",
    "default_cache_ttl": "300",
}


def datasette_options(inspect_file: Path | None = None) -> list[str]:
    """Options shared by `datasette serve` and `datasette publish`."""
    options = [
        "--metadata", str(METADATA),
        "--plugins-dir", str(PLUGINS_DIR),
        "--template-dir", str(TEMPLATES_DIR),
        "--static", f"static:{STATIC_DIR}",
    ]
    for name, value in SETTINGS.items():
        options += ["--setting", name, value]
    if inspect_file is not None:
        options += ["--inspect-file", str(inspect_file)]
    return options


def serve_command(database: Path, host: str, port: int, inspect_file: Path | None = None) -> list[str]:
    datasette = str(Path(sys.executable).parent / "datasette")
    # -i: immutable. The database is opened read-only and never locked, and
    # Datasette may trust counts from the inspect file.
    return [datasette, "serve", "-i", str(database), "--host", host, "--port", str(port), "--cors",
            *datasette_options(inspect_file)]


def datasette_instance(database: Path):
    """The same publication as `serve`, in-process, for Datasette's test client."""
    import yaml
    from datasette.app import Datasette

    return Datasette(
        immutables=[str(database)],
        metadata=yaml.safe_load(METADATA.read_text(encoding="utf-8")),
        plugins_dir=str(PLUGINS_DIR),
        template_dir=str(TEMPLATES_DIR),
        static_mounts=[("static", str(STATIC_DIR))],
        settings={name: _setting_value(value) for name, value in SETTINGS.items()},
    )


def _setting_value(value: str):
    if value in ("on", "off"):
        return value == "on"
    return int(value) if value.isdigit() else value


@click.group()
def cli():
    """Run Datasette with this publication's options."""


@cli.command()
@click.option("--database", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=ROOT / "corpus.db", show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=lambda: int(os.environ.get("PORT", "8001")),
              show_default="8001, or $PORT")
def serve(database: Path, host: str, port: int):
    """Serve the database, immutable, with metadata.yml and plugins/."""
    command = serve_command(database, host, port)
    click.echo(" ".join(command), err=True)
    os.execv(command[0], command)


if __name__ == "__main__":
    cli()
