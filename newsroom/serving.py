"""How Datasette runs this publication: one list of options for every way of
running it (``make serve``, the tests' servers, ``make bundle``, ``make publish``),
so that they cannot drift apart.

The command line (``build_db.py serve``, ``publish``, ``bundle``,
``serve-bundle``) is in ``cli``; this module raises ``ServingError`` only.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


class ServingError(Exception):
    """A publishing step that cannot go on; the message says what to do."""


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
    # Table pages show the start of long texts (an article's body is 3 to 5 KB:
    # 50 of them made the articles page 300 KB); row pages, the annotated
    # article and the JSON keep them whole.
    "truncate_cells_html": "300",
}


def publication_files() -> list[str]:
    """The metadata, plugins, templates and static files every way of running
    the publication passes to Datasette."""
    return [
        "--metadata",
        str(METADATA),
        "--plugins-dir",
        str(PLUGINS_DIR),
        "--template-dir",
        str(TEMPLATES_DIR),
        "--static",
        f"static:{STATIC_DIR}",
    ]


def datasette_options(inspect_file: Path | None = None) -> list[str]:
    """Options shared by `datasette serve` and `datasette publish`."""
    options = publication_files()
    for name, value in SETTINGS.items():
        options += ["--setting", name, value]
    if inspect_file is not None:
        options += ["--inspect-file", str(inspect_file)]
    return options


WORKERS_SCRIPT = Path(__file__).resolve().parent / "workers.py"
READERS_MODULE = WORKERS_SCRIPT.with_name("readers.py")


def default_workers() -> int:
    """The number of cores: what `make serve` runs without WORKERS=."""
    from .workers import default_workers as from_environment

    return from_environment()


def serve_command(
    database: Path,
    host: str,
    port: int,
    inspect_file: Path | None = None,
    workers: int | None = None,
) -> list[str]:
    """`datasette serve` with this publication's options, run by workers.py in
    `workers` processes (default: $WEB_CONCURRENCY, else the number of cores)."""
    # -i: immutable. The database is opened read-only and never locked, and
    # Datasette may trust counts from the inspect file.
    return [
        sys.executable,
        str(WORKERS_SCRIPT),
        "--workers",
        str(workers or default_workers()),
        "-i",
        str(database),
        "--host",
        host,
        "--port",
        str(port),
        "--cors",
        *datasette_options(inspect_file),
    ]


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


# --- Publishing -------------------------------------------------------------------

# What the published app installs, pinned to the versions in requirements.txt:
# Datasette and its plugins, and the multi-worker server workers.py runs.
PUBLISHED_PACKAGES = (
    "datasette",
    "datasette-cluster-map",
    "datasette-leaflet",
    "datasette-vega",
    "datasette-search-all",
    "datasette-basemap",
    "datasette-tiles",
    "datasette-reconcile",
    "datasette-atom",
    "datasette-ics",
    "datasette-copyable",
    "datasette-gzip",
    "asgi-gzip",
    "gunicorn",
    "uvicorn",
    "uvicorn-worker",
)
# Published apps are reached over HTTPS through the platform's proxy, which
# speaks plain HTTP to the app: absolute URLs (next pages, the Link header)
# must still say https.
PUBLISHED_SETTINGS = {**SETTINGS, "force_https_urls": "on"}
DEFAULT_TARGET = "fly"
DEFAULT_APP = "newsroom-corpus"
SECRET_PLACEHOLDER = "set-DATASETTE_SECRET-in-the-environment"
ONE_TIME_SHOWN = "<one-time random value>"


@dataclass(frozen=True)
class Scale:
    """How many copies of the app the platform runs: each is a stateless,
    read-only replica of the same immutable database, behind the platform's
    load balancer, running one worker per core (workers.py)."""

    machines: int = 2  # Fly: machines kept running (`flyctl scale count`)
    min_instances: int = 1  # Cloud Run: kept warm, so no reader waits for a cold start
    max_instances: int = 10  # Cloud Run: the most it starts under load


@dataclass(frozen=True)
class Target:
    tool: str  # the platform's command-line tool
    setup: str  # what an editor needs before publishing
    app_option: str  # how `datasette publish` names the app
    generates: bool  # supports --generate-dir, so `make bundle` can use it
    secret_store: str  # how to set DATASETTE_SECRET in the app's environment
    # Deployed from the generated bundle (the same app `make bundle` writes and
    # the tests run), with several workers; otherwise by `datasette publish` itself.
    from_bundle: bool


TARGETS = {
    "fly": Target(
        "flyctl",
        "a Fly.io account; flyctl installed (https://fly.io/docs/flyctl/install/) and "
        "`flyctl auth login`",
        "--app",
        True,
        "flyctl secrets set DATASETTE_SECRET=... --app APP",
        True,
    ),
    "vercel": Target(
        "vercel",
        "a Vercel account; the Vercel CLI (`npm install -g vercel`) and `vercel login`",
        "--project",
        False,  # its --generate-dir still insists on the vercel CLI
        "vercel env add DATASETTE_SECRET production",
        False,  # serverless functions: Vercel runs as many as requests need
    ),
    "cloudrun": Target(
        "gcloud",
        "a Google Cloud project with Cloud Run and Cloud Build enabled; the gcloud CLI, "
        "`gcloud auth login`, `gcloud config set project PROJECT` and "
        "`gcloud config set run/region REGION`",
        "--service",
        False,
        "gcloud run services update SERVICE --update-secrets=DATASETTE_SECRET=SECRET_NAME:latest",
        True,
    ),
}


def pinned_installs(requirements: Path = ROOT / "requirements.txt") -> list[str]:
    """`name==version` for every published package, read from the lock file so
    the published app runs exactly what the tests ran."""
    pins = {}
    for line in requirements.read_text().splitlines():
        name, _, version = line.strip().partition("==")
        if version:
            pins[name.lower().replace("_", "-")] = f"{name}=={version}"
    missing = [name for name in PUBLISHED_PACKAGES if name not in pins]
    if missing:
        raise ServingError(f"requirements.txt does not pin {', '.join(missing)}")
    return [pins[name] for name in PUBLISHED_PACKAGES]


def corpus_version_note() -> str:
    """'corpus@<commit>', with '+uncommitted' when corpus/ has uncommitted changes."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "corpus"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "corpus@unknown"
    return f"corpus@{commit}" + ("+uncommitted" if dirty else "")


def publish_command(
    target: str,
    database: Path,
    app: str,
    secret: str,
    version_note: str,
    generate_dir: Path | None = None,
) -> list[str]:
    """The one `datasette publish` command behind both `make publish` and
    `make bundle`: the same metadata, plugins, templates, static files, pins
    and settings, so the two cannot drift apart."""
    settings = " ".join(f"--setting {name} {value}" for name, value in PUBLISHED_SETTINGS.items())
    command = [
        str(Path(sys.executable).parent / "datasette"),
        "publish",
        target,
        str(database),
        *publication_files(),
    ]
    for package in pinned_installs():
        command += ["--install", package]
    if target == "vercel":
        # Its generated index.py reads --setting options and ignores --extra-options.
        for name, value in PUBLISHED_SETTINGS.items():
            command += ["--setting", name, value]
    else:
        command += ["--extra-options", settings]
    command += [
        "--version-note",
        version_note,
        "--secret",
        secret,
        TARGETS[target].app_option,
        app,
    ]
    if generate_dir is not None:
        command += ["--generate-dir", str(generate_dir)]
    return command


def deploy_commands(target: str, bundle: Path, app: str, scale: Scale) -> list[list[str]]:
    """The platform's own commands that deploy a finished bundle and set how
    many copies of it run."""
    if target == "fly":
        return [
            [
                "flyctl",
                "deploy",
                str(bundle),
                "--app",
                app,
                "--config",
                str(bundle / "fly.toml"),
                "--remote-only",
            ],
            ["flyctl", "scale", "count", str(scale.machines), "--app", app, "--yes"],
        ]
    if target == "cloudrun":
        return [
            [
                "gcloud",
                "run",
                "deploy",
                app,
                "--source",
                str(bundle),
                "--allow-unauthenticated",
                "--platform",
                "managed",
                "--min-instances",
                str(scale.min_instances),
                "--max-instances",
                str(scale.max_instances),
                "--quiet",
            ]
        ]
    raise ServingError(f"{target} is published by `datasette publish {target}` itself")


def fly_app_commands(app: str) -> tuple[list[str], list[str]]:
    """(does the app exist?, create it): `flyctl deploy` needs an existing app."""
    return ["flyctl", "status", "--app", app], ["flyctl", "apps", "create", "--name", app]
