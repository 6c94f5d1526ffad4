"""Shared fixtures: small inline corpora written to temporary directories, and
the seed corpus built once per test session."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import settings as hypothesis_settings

from newsroom.build import build

# In CI the property tests replay a fixed sequence of examples, so that a
# submission passes or fails on its own merits; on a laptop they explore anew.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEED_CORPUS = ROOT / "corpus"

MINIMAL_PEOPLE = [
    {
        "id": "jan-bakker",
        "name": "Jan Bakker",
        "aliases": ["Jan Bakker", "Bakker"],
        "role": "chief executive",
        "affiliation": "port-authority",
    }
]
MINIMAL_ORGANIZATIONS = [
    {
        "id": "port-authority",
        "name": "Port Authority",
        "aliases": ["Port Authority"],
        "kind": "government",
        "country": "netherlands",
    }
]
MINIMAL_LOCATIONS = [
    {
        "id": "netherlands",
        "name": "Netherlands",
        "aliases": ["Netherlands"],
        "kind": "country",
        "country": "netherlands",
        "latitude": 52.25,
        "longitude": 5.75,
        "precision": "centroid",
        "coordinates_source": "GeoNames feature 2750405",
    },
    {
        "id": "rotterdam",
        "name": "Rotterdam",
        "aliases": ["Rotterdam"],
        "kind": "city",
        "country": "netherlands",
        "latitude": 51.9225,
        "longitude": 4.47917,
        "precision": "centroid",
        "coordinates_source": "GeoNames 2747891",
    },
]
MINIMAL_BODY = (
    "Port of Rotterdam handles record cargo\n"
    "Rotterdam handled 2.6 million tonnes more cargo than last year, the Port Authority said "
    "on Monday.\n"
    "\u201cWe have never been busier,\u201d said Jan Bakker, the port\u2019s chief executive. "
    "Bakker said more than 300 ships docked in the Netherlands last week."
)


def minimal_article(**overrides) -> dict:
    front_matter = {
        "id": "port-record",
        "title": "Port of Rotterdam handles record cargo",
        "published": None,
        "byline": None,
        "quotes": [
            {
                "speaker": "jan-bakker",
                "text": "We have never been busier",
                "attribution": "said Jan Bakker",
            }
        ],
        "figures": [
            {
                "text": "2.6 million tonnes",
                "value": 2600000,
                "unit": "tonnes",
                "subject": "extra cargo handled",
            },
            {
                "text": "more than 300 ships",
                "value": 300,
                "unit": "ships",
                "qualifier": "more than",
                "subject": "ships docked",
                "stated_by": "jan-bakker",
            },
        ],
    }
    front_matter.update(overrides)
    return front_matter


def article_text(front_matter: dict, body: str = MINIMAL_BODY) -> str:
    dumped = yaml.safe_dump(front_matter, sort_keys=False, allow_unicode=True)
    return f"---\n{dumped}---\n{body}\n"


def write_corpus(
    root: Path,
    articles: dict[str, str] | None = None,
    people=None,
    organizations=None,
    locations=None,
) -> Path:
    """Write a corpus directory. ``articles`` maps file names to full file text;
    registries are lists of dicts, or raw YAML text when given as a str."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "articles").mkdir(exist_ok=True)
    for name, records in (
        ("people.yml", people if people is not None else MINIMAL_PEOPLE),
        (
            "organizations.yml",
            organizations if organizations is not None else MINIMAL_ORGANIZATIONS,
        ),
        ("locations.yml", locations if locations is not None else MINIMAL_LOCATIONS),
    ):
        text = (
            records
            if isinstance(records, str)
            else yaml.safe_dump(records, sort_keys=False, allow_unicode=True)
        )
        (root / name).write_text(text, encoding="utf-8")
    if articles is None:
        articles = {"port-record.md": article_text(minimal_article())}
    for name, text in articles.items():
        (root / "articles" / name).write_text(text, encoding="utf-8")
    return root


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


@pytest.fixture
def minimal_corpus(tmp_path) -> Path:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """The real corpus, copied and built once for the session."""
    workdir = tmp_path_factory.mktemp("seed")
    corpus = workdir / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    output = workdir / "corpus.db"
    build(corpus, output, progress=False)
    return output


# --- A real Datasette server on 127.0.0.1 ---------------------------------------


def wait_until_serving(process, url: str, seconds: float) -> None:
    """Return once the server at ``url`` answers; raise if its process exits
    or it does not answer within ``seconds``."""
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server exited: " + process.stderr.read().decode())
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not start within {seconds:.0f} s")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """`datasette serve` as `make serve` runs it, on a free loopback port."""

    def __init__(self, database: Path, extra_args: tuple[str, ...] = ()):
        import subprocess

        from newsroom.serving import serve_command

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = serve_command(database, "127.0.0.1", self.port) + list(extra_args)
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_until_serving(self.process, self.url, seconds=30)
        except RuntimeError:
            self.stop()
            raise

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()


@pytest.fixture(scope="session")
def live_server(seed_db):
    server = LiveServer(seed_db)
    yield server
    server.stop()


# --- A corpus full of HTML and script, to prove every page escapes it ----------------

HOSTILE = {
    "body_script": "<script>alert('body')</script>",
    "quote_img": "<img src=x onerror=alert('quote')>",
    "caption_link": "<a href=\"javascript:alert('caption')\">click me</a>",
    "person_name": "<b onmouseover=alert('person')>Eve Vil</b>",
    "place_name": "<script>alert('place')</script>Evilton",
}


def hostile_corpus(root: Path) -> Path:
    body = (
        f"Headline with {HOSTILE['body_script']} in it\n"
        f"“{HOSTILE['quote_img']}” said Eve Vil in Evilton on Monday.\n"
        f"{HOSTILE['caption_link']} Photo by Eve Vil\n"
        "The town counts more than 300 ships.\n"
    )
    article = {
        "id": "hostile",
        "title": f"Hostile {HOSTILE['body_script']}",
        "rights": HOSTILE["caption_link"],
        "quotes": [{"speaker": "eve-vil", "text": HOSTILE["quote_img"]}],
        "figures": [
            {
                "text": "more than 300 ships",
                "value": 300,
                "unit": "ships <i>",
                "qualifier": "more than",
                "subject": HOSTILE["body_script"],
            }
        ],
        "dates": [{"text": "Monday", "date": "2022-02-14", "event": HOSTILE["quote_img"]}],
        "photos": [
            {
                "caption": HOSTILE["caption_link"],
                "credit": "Photo by Eve Vil",
                "photographer": "eve-vil",
            }
        ],
    }
    people = [
        {
            "id": "eve-vil",
            "name": HOSTILE["person_name"],
            "aliases": ["Eve Vil"],
            "role": HOSTILE["quote_img"],
        }
    ]
    locations = [
        {
            "id": "evilton",
            "name": HOSTILE["place_name"],
            "aliases": ["Evilton"],
            "kind": "city <u>",
            "latitude": 50.0,
            "longitude": 10.0,
            "precision": "approximate",
            "coordinates_source": HOSTILE["caption_link"],
        }
    ]
    return write_corpus(
        root,
        articles={"hostile.md": article_text(article, body)},
        people=people,
        organizations=[],
        locations=locations,
    )


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> Path:
    workdir = tmp_path_factory.mktemp("hostile")
    output = workdir / "corpus.db"
    build(hostile_corpus(workdir / "corpus"), output, progress=False)
    return output
