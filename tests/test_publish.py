"""One-command publishing: the bundle `make bundle` generates is run the way
its platform would run it (the Dockerfile's pip install, inspect and CMD, in a
fresh virtualenv on 127.0.0.1) and smoke-tested; no secret goes into it; and
`publish` prints its exact command and fails clearly without the platform tool."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from newsroom import bundle as bundle_module
from newsroom import serving
from newsroom.build import build

from .conftest import ROOT, SEED_CORPUS, free_port

pytestmark = pytest.mark.slow
BUNDLE_PROCESS: list[subprocess.Popen] = []  # the running bundle's server, for its workers


@pytest.fixture(scope="module")
def public_db(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("public") / "corpus.db"
    build(SEED_CORPUS, output, progress=False, withhold_bodies=True)
    return output


@pytest.fixture(scope="module")
def bundle(public_db, tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("dist") / "fly"
    result = subprocess.run(
        [
            sys.executable,
            "build_db.py",
            "bundle",
            "--target",
            "fly",
            "--database",
            str(public_db),
            "--output",
            str(output),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="module")
def bundle_server(bundle, tmp_path_factory):
    port = free_port()
    command = bundle_module.prepare_bundle(bundle, port, tmp_path_factory.mktemp("venv") / "venv")
    env = {key: value for key, value in os.environ.items() if key != "DATASETTE_SECRET"}
    env["DATASETTE_SECRET"] = "secret-from-the-environment"
    # As a platform would size it: one worker per core of a 2-core machine.
    env["WEB_CONCURRENCY"] = "2"
    process = subprocess.Popen(
        ["/bin/sh", "-c", command], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.3)
    BUNDLE_PROCESS[:] = [process]
    yield url
    process.terminate()
    process.wait(timeout=20)


def get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get("content-type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), ""


def test_bundle_holds_no_secret(bundle):
    for path in bundle.rglob("*"):
        if path.is_file() and path.suffix not in (".db",) and ".venv" not in path.parts:
            text = path.read_bytes().decode("utf-8", "replace")
            assert serving.SECRET_PLACEHOLDER not in text, path
            if path.name != "workers.py":  # our own source, which reads the variable
                assert "DATASETTE_SECRET" not in text, path


def test_bundle_pins_every_plugin_and_carries_the_settings(bundle):
    install, inspect, serve = bundle_module.dockerfile_steps(bundle)
    assert all("==" in package for package in install if package != "datasette")
    assert set(serving.pinned_installs()) <= set(install)
    assert inspect[:2] == ["datasette", "inspect"]
    for name, value in serving.PUBLISHED_SETTINGS.items():
        assert f"--setting {name} {value}" in serve
    assert re.search(r"--version-note corpus@[0-9a-f]+", serve)
    # Served the way `make serve` serves: by workers.py, copied in as it is.
    assert serve.startswith("python workers.py ") and "datasette serve" not in serve
    assert (bundle / "workers.py").read_bytes() == serving.WORKERS_SCRIPT.read_bytes()
    assert (bundle / "readers.py").read_bytes() == serving.READERS_MODULE.read_bytes()


def test_bundle_runs_several_workers(bundle_server):
    pid = BUNDLE_PROCESS[0].pid  # /bin/sh exec'd into workers.py: gunicorn's arbiter
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        workers = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        if len(workers) == 2:
            break
        time.sleep(0.2)
    assert len(workers) == 2
    status, body, _ = get(bundle_server + "/corpus/quotes.json?_shape=array")
    assert status == 200


def test_bundle_smoke(bundle_server, public_db):
    import sqlite_utils

    status, body, _ = get(bundle_server + "/")
    assert status == 200 and b"Who said what?" in body
    db = sqlite_utils.Database(public_db)
    for table in db.table_names() + db.view_names():
        if "_fts" not in table:
            assert get(f"{bundle_server}/corpus/{table}")[0] == 200, table
    status, body, _ = get(bundle_server + "/corpus/figures_compared.json?_shape=array")
    assert status == 200 and b"over 150,000 troops" in body
    status, body, _ = get(bundle_server + "/corpus/quotes.json?_shape=array&_labels=on")
    assert status == 200 and b'"label": "Dmytro Kuleba"' in body
    status, body, _ = get(bundle_server + "/-/articles/latin-times-putin-open-to-talks")
    assert status == 200 and b"not published here" in body


def test_bundle_serves_map_chart_and_tile_assets(bundle_server):
    html = get(bundle_server + "/corpus/locations")[1].decode()
    scripts = re.findall(r'src="(/-/static-plugins/[^"]+\.js)"', html)
    assert any("cluster" in src for src in scripts) and any("vega" in src for src in scripts)
    for src in scripts:
        assert get(bundle_server + src)[0] == 200, src
    status, _, content_type = get(bundle_server + "/-/tiles/basemap/2/2/1.png")
    assert status == 200 and content_type == "image/png"


def test_publish_and_bundle_share_every_option(public_db):
    published = serving.publish_command("fly", public_db, "app", "s", "corpus@x")
    bundled = serving.publish_command(
        "fly", public_db, "app", "s", "corpus@x", generate_dir=Path("out")
    )
    assert bundled == published + ["--generate-dir", "out"]


@pytest.mark.parametrize("target", sorted(serving.TARGETS))
def test_publish_prints_its_command_and_explains_a_missing_tool(target, public_db, tmp_path):
    # A PATH with Python's tools and git but no platform CLI, even on a machine
    # that has one: this test must never really publish.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "git").symlink_to(
        subprocess.run(["which", "git"], capture_output=True, text=True).stdout.strip()
    )
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{bin_dir}"}
    result = subprocess.run(
        [
            sys.executable,
            "build_db.py",
            "publish",
            "--target",
            target,
            "--database",
            str(public_db),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert f"`{serving.TARGETS[target].tool}` is not installed" in result.stderr
    assert not re.search(r"[0-9a-f]{64}", result.stderr)
    if serving.TARGETS[target].from_bundle:
        # The bundle `make bundle` makes (and the tests run), then the platform's deploy.
        assert f"datasette publish fly {public_db}" in result.stderr
        assert f"$ {serving.TARGETS[target].tool} " in result.stderr
        assert serving.ONE_TIME_SHOWN not in result.stderr
    else:
        # The secret datasette publish bakes into the image is a fresh random value, never
        # shown; the lasting one goes in the platform's secret store, as the command says.
        assert f"datasette publish {target} {public_db}" in result.stderr
        assert serving.ONE_TIME_SHOWN in result.stderr
        assert "DATASETTE_SECRET" in result.stderr.split(serving.ONE_TIME_SHOWN, 1)[1]
        # Vercel's generated app reads --setting, not --extra-options.
        assert "--setting sql_time_limit_ms 1500" in result.stderr


def test_dist_is_ignored_by_git():
    result = subprocess.run(["git", "check-ignore", "-q", "dist/fly/Dockerfile"], cwd=ROOT)
    assert result.returncode == 0
